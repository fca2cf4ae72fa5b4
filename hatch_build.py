"""Build hook: the interface's translations are compiled (.ts → .qm) into every wheel, editable or not."""

from __future__ import annotations

import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "translations"

    def initialize(self, version, build_data):
        sys.path.insert(0, str(Path(self.root)))
        try:
            from tools.translations import compile_catalogues
        finally:
            sys.path.pop(0)
        for made in compile_catalogues(Path(self.root) / "resources" / "translations"):
            self.app.display_info(f"{made.qm.name}: {made.finished} translations")
