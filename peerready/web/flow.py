"""One phone's way through the questionnaire: which screen it is on, and what each form it posts does.

A phone is one anonymous respondent of the group. What it answers is kept by the workshop model
(``workshop.answering``: each answer saved at once, with where the respondent stands), so a phone
that reloads, sleeps or loses the Wi-Fi comes back on the same question; only what a screen
shows between two requests (a note, a comment waiting for its answer, the list of questions
passed) is kept here, in memory. The rules are the desktop's: a question passed is said on the
next one, the questions without an answer are listed before the end, the end is recorded only
when every answer is on the disk, and a peer answering alone chooses what is shared.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerready.engine.errors import PeerReadyError
from peerready.web import pages
from peerready.workshop import answering, sharing, skipping

if TYPE_CHECKING:
    from peerready.store.database import Store
    from peerready.workshop.answering import Session

QUESTION, PASSED, SHARING, THANKS = "question", "passed", "sharing", "thanks"


class Refused(PeerReadyError):
    """A form a phone could not have sent (an unknown question, option or choice): nothing is written."""


class Stale(PeerReadyError):
    """A form made for a screen the phone has left (a double tap, an old tab): nothing is written."""


@dataclass
class Phone:
    """One phone of the collection, known by its cookie; its respondent's answers are in the database."""

    id: str
    respondent_id: str
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: Counts the forms taken: a form carries the step it was made at, one from an earlier step is stale.
    step: int = 0
    screen: str = QUESTION
    #: Back on a question from the list of those without an answer: « next » goes to the next of them.
    reviewing: bool = False
    #: Said once on the next page (a question passed, a comment waiting for its answer).
    note: str = ""
    #: Comments typed on a question that has no answer yet, kept until it has one.
    drafts: dict[str, str] = field(default_factory=dict)
    finished: bool = False


def session(store: Store, phone: Phone) -> Session:
    """The phone's respondent on the question they stand on."""
    return answering.open_session(store, phone.respondent_id, exact=True)


# -- what a phone is shown -----------------------------------------------------------------------


def render(store: Store, phone: Phone, prefix: str, form: pages.Form) -> str:
    """The page of the screen the phone is on; the note it carried is said once."""
    s = session(store, phone)
    if phone.screen == QUESTION and s.finished:
        phone.screen = THANKS
    if phone.screen == PASSED:
        entries = skipping.passed(s)
        if entries:
            return pages.passed(prefix, form, entries, s.count)
        phone.screen = QUESTION
    if phone.screen == SHARING:
        return pages.sharing(prefix, form, sharing.view(store, s), sharing.CAVEAT)
    if phone.screen == THANKS:
        return pages.thanks(prefix, form)
    note, phone.note = phone.note, ""
    return pages.question(prefix, form, s, note=note, comment=phone.drafts.get(s.question.id))


# -- what a form does ------------------------------------------------------------------------------


def answer(store: Store, phone: Phone, fields: dict[str, str]) -> bool:
    """The question page's form: a choice (saved, then on to the next), a comment, next or previous.

    Returns True when the phone's respondent has just finished.
    """
    if phone.screen != QUESTION:
        raise Stale("Cette page n’est plus à jour.")
    s = session(store, phone)
    if s.finished:
        raise Stale("Vos réponses sont déjà terminées.")
    question_id = s.question.id
    if fields.get("question") != question_id:
        raise Refused("Cette question n’est pas celle où vous en êtes.")
    if "comment" in fields:
        text = fields["comment"]
        if len(text) > pages.COMMENT_MAX:
            raise Refused(f"Un commentaire tient en {pages.COMMENT_MAX} caractères au plus.")
        s = answering.draft_comment(s, text)
    choice, action = fields.get("choice"), fields.get("action")
    if choice is not None:
        if s.question.option(choice) is None:
            raise Refused("Cette réponse n’existe pas pour cette question.")
        s = answering.save(store, answering.choose(s, choice))
        phone.drafts.pop(question_id, None)
        return _forward(store, phone, s)
    if action == "comment":
        if question_id in s.answered:
            answering.comment(store, s)
            phone.drafts.pop(question_id, None)
            phone.note = "Commentaire enregistré."
        else:
            phone.drafts[question_id] = s.comment
            phone.note = pages.WAITING
        return False
    if action not in ("next", "previous"):
        raise Refused("Ce bouton n’existe pas.")
    if question_id not in s.answered:  # a comment typed waits for an answer, as on the laptop
        if s.comment.strip():
            phone.drafts[question_id] = s.comment
        else:
            phone.drafts.pop(question_id, None)
    if action == "previous":
        answering.previous_question(store, s)  # saves the comment typed, with the answer it goes with
        return False
    return _forward(store, phone, answering.comment(store, s))


def passed(store: Store, phone: Phone, fields: dict[str, str]) -> bool:
    """The list of questions without an answer: back to one of them, or the end without them."""
    if phone.screen != PASSED:
        raise Stale("Cette page n’est plus à jour.")
    s = session(store, phone)
    if fields.get("action") == "finish":
        return _finish(store, phone, s)
    chosen = fields.get("goto", "")
    if not chosen.isdigit() or not 0 <= int(chosen) < s.count:
        raise Refused("Cette question n’existe pas.")
    phone.reviewing = True
    phone.screen = QUESTION
    answering.go_to(store, s, int(chosen))
    return False


def share(store: Store, phone: Phone, fields: dict[str, str]) -> None:
    """The peer's choice of what is shared, kept at once; then the thank-you page."""
    if phone.screen != SHARING:
        raise Stale("Cette page n’est plus à jour.")
    consent = fields.get("consent", "weight")
    if consent not in ("all", "risks", "weight"):
        raise Refused("Ce choix de partage n’existe pas.")
    sharing.choose(store, session(store, phone), None if consent == "weight" else consent)
    phone.screen = THANKS


def _forward(store: Store, phone: Phone, s: Session) -> bool:
    """On to the next question (the next one without an answer when going back to them); at the end, the end."""
    passing = skipping.unanswered(s)
    target = skipping.next_passed(s) if phone.reviewing else (None if s.is_last else s.index + 1)
    if target is None:
        left = () if s.unsaved else skipping.passed(s)
        if left:
            answering.remember(store, s)
            phone.screen = PASSED
            return False
        return _finish(store, phone, s)
    number = s.number
    s = answering.go_to(store, s, target)
    if passing:
        phone.note = pages.passed_note(number, skipping.passed_before(s))
    return False


def _finish(store: Store, phone: Phone, s: Session) -> bool:
    s = answering.finish(store, s)
    if not s.finished:  # an answer is not on the disk: back to it
        phone.screen = QUESTION
        return False
    phone.finished = True
    phone.screen = SHARING if sharing.asks_consent(s) else THANKS
    return True
