"""Printed documents (PDF, reportlab): the action plan, the full report, blank questionnaires.

Importing this package imports reportlab: only do it when a document is made.
"""

from peerready.report.blank import blank_questionnaire
from peerready.report.plan import action_plan, full_report

__all__ = ["action_plan", "blank_questionnaire", "full_report"]
