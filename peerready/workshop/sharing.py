"""The peer's voice, with consent: what a person of a small group shares, chosen at the end of their answers.

A peer answering alone is one identifiable person. Once their answers are in, they see —
privately, on the screen in front of them — what they said that points to a risk or differs
from the others, and choose what is shared (``vocabulary.CONSENTS``): all of it, the risks
without their answers, or nothing but their weight in the overall scores and the level. The
choice is kept with them at once (it travels in backups and ``.peerready`` files) and can be
changed while the collection is open. Any face (the desktop page, a phone) drives this alike.
"""

from __future__ import annotations

from dataclasses import replace

from peerready.engine import vocabulary
from peerready.engine.answers import Response
from peerready.engine.results.personal import PersonalView, personal_view
from peerready.store import assessments, errors, respondents
from peerready.store.database import Store
from peerready.workshop.answering import Session

#: The groups whose people are asked, one by one, what they share (almost always a lone peer).
ASKED_GROUPS = ("peer",)
#: What the screen says to every person asked: the choice is theirs, and its limit is honest.
CAVEAT = (
    "Quel que soit votre choix, vos réponses comptent dans les scores d’ensemble et le niveau, "
    "sans jamais être citées. Avec peu de groupes, on peut parfois deviner d’où vient un signal."
)


def asks_consent(session: Session) -> bool:
    """Whether this person chooses what they share (a person answering one by one in a small group)."""
    return session.mode == "individual" and session.group in ASKED_GROUPS


def view(store: Store, session: Session) -> PersonalView:
    """What this person said that points to a risk or differs from the others (for their eyes only)."""
    assessment = assessments.get_assessment(store, session.respondent.assessment_id)
    everyone = respondents.answer_set(store, assessment.id)
    own = respondents.respondent_answers(store, session.respondent.id)
    mine = Response(
        group=session.group,
        mode="individual",
        answers={q: ({a["value"]: 1} if a.get("value") else {}) for q, a in own.items()},
    )
    questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    return personal_view(questionnaire, everyone, mine)


def choose(store: Store, session: Session, consent: str | None) -> Session:
    """Keep what this person shares, at once; refused once the collection is closed."""
    if consent is not None and consent not in vocabulary.CONSENTS:
        raise errors.RecordError(f"Choix de partage inconnu « {consent} ».")
    if assessments.get_assessment(store, session.respondent.assessment_id).closed:
        raise errors.RecordError("La collecte est close : le choix de partage ne peut plus changer.")
    return replace(session, respondent=respondents.set_consent(store, session.respondent.id, consent))
