"""Find the bundled questionnaires and resources, wherever PeerReady runs from.

In a wheel or a PyInstaller bundle they sit inside the package, under ``_data/``; in a
source checkout they are the top-level ``questionnaires/`` and ``resources/`` folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_root() -> Path:
    """The folder that holds ``questionnaires/`` and ``resources/``."""
    bundled = _PACKAGE_DIR / "_data"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def questionnaires_dir() -> Path:
    return data_root() / "questionnaires"


def resource_path(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)
