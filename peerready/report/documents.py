"""The action plan and the full report as a word-processor file (DOCX), for people who don't have
PeerReady: editable, and readable with a screen reader (the accessible alternative to the PDF).

Each takes the engine's values, as the PDFs do, and gives the file's bytes. Importing this module
imports python-docx (``report`` loads it only when such a file is made).
"""

from __future__ import annotations

from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import contents, wordprocessor


def plan_docx(questionnaire: Questionnaire, results: Results, actions, *, date=None) -> bytes:
    """The action plan, as the PDF says it, in a file Word and LibreOffice Writer edit."""
    return wordprocessor.document(contents.plan_outline(questionnaire, results, actions, date=date))


def report_docx(
    questionnaire: Questionnaire, results: Results, actions, *, date=None, include_comments: bool = False
) -> bytes:
    """The full report, as the PDF says it; comments only when ``include_comments``."""
    outline = contents.report_outline(questionnaire, results, actions, date=date, include_comments=include_comments)
    return wordprocessor.document(outline)
