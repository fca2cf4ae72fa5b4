"""PySide's import hook, made faster at start-up, still gives PySide's own answer for every module."""

import sys

import pytest


def test_the_faster_check_answers_as_pysides_own_for_every_loaded_module():
    import sqlite_utils  # large files among them: sqlite-utils, the engine, the store

    import peerready.engine.instrument
    import peerready.store.summaries
    import peerready.ui.app  # installs the faster check
    import peerready.ui.context

    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide has no import hook to make faster")
    faster = feature._mod_uses_pyside
    assert faster.reads_bytes
    modules = [module for module in list(sys.modules.values()) if module is not None]
    assert len(modules) > 100
    differing = [module.__name__ for module in modules if faster(module) != faster.original(module)]
    assert differing == []
    assert faster(peerready.ui.app) and not faster(peerready.engine.instrument) and not faster(sqlite_utils)


def test_installing_it_twice_keeps_one_layer():
    from peerready.ui import app

    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide has no import hook to make faster")
    installed = feature._mod_uses_pyside
    app._read_imported_sources_faster()
    assert feature._mod_uses_pyside is installed
    assert not getattr(installed.original, "reads_bytes", False)
