"""Printed documents (PDF, reportlab): the action plan, the full report, blank questionnaires,
the peer's private sheet.

Importing this package imports reportlab: only do it when a document is made.
"""

from peerready.report.blank import blank_questionnaire
from peerready.report.plan import action_plan, full_report
from peerready.report.private import private_sheet

__all__ = ["action_plan", "blank_questionnaire", "full_report", "private_sheet"]
