"""Documents made from the engine's values: PDF (reportlab), word-processor files (python-docx),
spreadsheets (openpyxl) and CSV.

Each library is imported only when its document is made: the names below load their module on
first use (``report.action_plan`` imports reportlab, ``report.plan_docx`` python-docx,
``report.followup_xlsx`` openpyxl; ``report.followup_csv`` only the standard library).
"""

from __future__ import annotations

import importlib

#: Each public name, and the module that makes it.
_MADE_BY = {
    "action_plan": "plan",
    "full_report": "plan",
    "blank_questionnaire": "blank",
    "private_sheet": "private",
    "plan_docx": "documents",
    "report_docx": "documents",
    "followup_xlsx": "sheets",
    "followup_csv": "followup",
    "overview_xlsx": "sheets",
}

__all__ = sorted(_MADE_BY)


def __getattr__(name: str):
    module = _MADE_BY.get(name)
    if module is None:
        raise AttributeError(f"module 'peerready.report' has no attribute {name!r}")
    # Deferred import: the document's library loads only when it is made (keeps start-up fast).
    return getattr(importlib.import_module(f"peerready.report.{module}"), name)
