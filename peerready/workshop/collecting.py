"""The hub of a collection: groups and how each answers, who finished, who is in progress, closing.

What the facilitator's overview shows (never a result), and the places people answer in: a
new person (or the empty place someone left), a tally sheet, the group's common answer.
Results may be shown only once the collection is closed, so nobody answers under the
influence of the room. Every function takes the store it works with: two screens (two
phones, two server threads) each bring their own connection to the same data folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerready.store import assessments, errors, respondents, summaries
from peerready.store.assessments import Assessment
from peerready.store.respondents import Respondent

if TYPE_CHECKING:
    from peerready.store.database import Store


@dataclass(frozen=True)
class Person:
    """One respondent of a group (a person, a tally sheet, the common answer) and how far they are."""

    respondent: Respondent
    answered: int
    total: int

    @property
    def done(self) -> bool:
        """Reached the end, or answered every question."""
        return self.respondent.finished or self.answered == self.total

    @property
    def in_progress(self) -> bool:
        return not self.done and self.answered > 0


@dataclass(frozen=True)
class Group:
    """A group taking part: how it answers, how many questions it is asked, its respondents by number."""

    id: str
    mode: str
    questions: int
    people: tuple[Person, ...]

    @property
    def done(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.done)

    @property
    def in_progress(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.in_progress)

    @property
    def answered(self) -> int:
        """For a tally or a common answer: how many questions have an answer on the furthest sheet."""
        return max((p.answered for p in self.people), default=0)


@dataclass(frozen=True)
class Unfinished:
    """A group that has not finished: who is on the way (people, tally sheets, the common answer), or nobody yet."""

    group: Group
    #: the people (or sheets, or the common answer) that have started and not finished, by number
    on_the_way: tuple[Person, ...]

    @property
    def nobody(self) -> bool:
        """Not a single answer from this group yet, and nobody finished."""
        return not self.on_the_way


@dataclass(frozen=True)
class Collection:
    """What the overview of a collection shows."""

    assessment: Assessment
    groups: tuple[Group, ...]

    @property
    def closed(self) -> bool:
        return self.assessment.closed

    @property
    def results_visible(self) -> bool:
        """Results are hidden while people may still answer."""
        return self.assessment.closed

    @property
    def unfinished(self) -> tuple[Unfinished, ...]:
        """What closing now would leave unfinished, group by group, as the hub counts it.

        A group is unfinished while someone is on the way (a person, a tally sheet or the common
        answer started and not at the end), or when nobody of it has answered or finished yet.
        """
        found = []
        for group in self.groups:
            on_the_way = group.in_progress
            if on_the_way or not any(person.done or person.answered for person in group.people):
                found.append(Unfinished(group, on_the_way))
        return tuple(found)

    def group(self, group_id: str) -> Group:
        found = next((g for g in self.groups if g.id == group_id), None)
        if found is None:
            raise errors.RecordError(f"Le groupe « {group_id} » ne participe pas à cette évaluation.")
        return found


def collection(store: Store, assessment_id: str) -> Collection:
    """The groups of an assessment with their respondents and progress (one query for all the answers)."""
    assessment = assessments.get_assessment(store, assessment_id)
    return _collection(store, assessment)


def _collection(store: Store, assessment: Assessment) -> Collection:
    questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    everyone = respondents.answered_by_respondent(store, assessment.id)
    groups = []
    for group, mode in assessment.groups.items():
        ids = {q.id for q in questionnaire.questions_for(group, assessment.stage, assessment.short)}
        people = tuple(
            Person(respondent, len(ids & answered), len(ids))
            for respondent, answered in sorted(everyone, key=lambda entry: entry[0].number)
            if respondent.group == group
        )
        groups.append(Group(group, mode, len(ids), people))
    return Collection(assessment, tuple(groups))


def first_question(store: Store, assessment: Assessment, group: str) -> str | None:
    questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    asked = questionnaire.questions_for(group, assessment.stage, assessment.short)
    return asked[0].id if asked else None


def new_person(store: Store, assessment_id: str, group: str) -> Respondent:
    """A place for the next person of a group that answers person by person, taken at once.

    The place someone left without giving any answer is used again (it was never anybody's
    answers); a place somebody is on (a position) is never given to another screen.
    """
    with store.write():  # one transaction: two screens asking at once never get the same place
        assessment = _open_assessment(store, assessment_id, group, "individual")
        people = _collection(store, assessment).group(group).people
        free = next(
            (
                p.respondent
                for p in people
                if not p.answered
                and not p.respondent.finished
                and p.respondent.position is None
                and not respondents.respondent_answers(store, p.respondent.id)
            ),
            None,
        )
        respondent = free or respondents.add_respondent(store, assessment.id, group)
        return respondents.set_position(store, respondent.id, first_question(store, assessment, group))


def tally_sheet(store: Store, assessment_id: str, group: str, new_sheet: bool = False) -> Respondent:
    """The group's first tally sheet (made if there is none), or a new one: sheets add up."""
    with store.write():
        assessment = _open_assessment(store, assessment_id, group, "tally")
        sheets = [p.respondent for p in _collection(store, assessment).group(group).people]
        if sheets and not new_sheet:
            return sheets[0]
        return respondents.add_respondent(store, assessment.id, group)


def common_answer(store: Store, assessment_id: str, group: str) -> Respondent:
    """The group's one common answer (made the first time)."""
    with store.write():
        assessment = _open_assessment(store, assessment_id, group, "consensus")
        return respondents.add_respondent(store, assessment.id, group)


def close(store: Store, assessment_id: str) -> Assessment:
    """Nobody may answer any more; the results may be shown, and their summary is kept at once
    (for the lists and the overview, which then never compute them all at once)."""
    closed = assessments.set_collection_closed(store, assessment_id, True)
    summaries.summary(store, closed.id)
    return closed


def reopen(store: Store, assessment_id: str) -> Assessment:
    """Answers may be added or corrected again; the results are hidden until the next closing."""
    return assessments.set_collection_closed(store, assessment_id, False)


def _open_assessment(store: Store, assessment_id: str, group: str, mode: str) -> Assessment:
    assessment = assessments.get_assessment(store, assessment_id)
    if assessment.closed:
        raise errors.RecordError("La collecte est close : plus personne ne peut répondre.")
    if group not in assessment.groups:
        raise errors.RecordError(f"Le groupe « {group} » ne participe pas à cette évaluation.")
    if assessment.groups[group] != mode:
        raise errors.RecordError(f"Le groupe « {group} » ne répond pas ainsi dans cette évaluation.")
    return assessment
