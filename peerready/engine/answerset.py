"""The values of answers: what one person, one tally or one group said (``Response``), and a set of them.

Every answer is normalised to counts per option, so scoring treats the three modes alike.
``AnswersError`` says, with the file and the line, what is wrong in answers that came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peerready.engine import limits
from peerready.engine import text as texts
from peerready.engine.errors import PeerReadyError
from peerready.engine.posts import Post
from peerready.engine.yamlsource import MAX_PROBLEMS

MAX_COUNT = 100_000
MAX_BYTES = limits.MAX_TEXT_BYTES
MAX_NAME = 200


class AnswersError(PeerReadyError):
    """Answers are malformed. ``problems`` are ``(line or None, message)`` pairs."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]):
        # the file's own words are echoed escaped: a message never carries a control character
        self.path = texts.shown(str(path), 300)
        if len(problems) > MAX_PROBLEMS:
            problems = [*problems[:MAX_PROBLEMS], (None, f"… et {len(problems) - MAX_PROBLEMS} autres problèmes")]
        self.problems = [(line, texts.shown(message)) for line, message in problems]
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [f"{self.path}:{line}: {m}" if line else f"{self.path}: {m}" for line, m in self.problems]


@dataclass(frozen=True)
class Response:
    group: str
    mode: str
    #: question id -> {option value: count}; an individual or consensus answer is a count of 1.
    answers: dict[str, dict[str, int]]
    comments: dict[str, str] = field(default_factory=dict)
    #: consensus only: questions on which the group could not really agree.
    divided: frozenset[str] = frozenset()
    #: where each answer came from in the file, for error messages (question id -> line)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)
    #: individual only: what this person agrees to share (``vocabulary.CONSENTS``); None: « weight »
    consent: str | None = None


@dataclass(frozen=True)
class AnswerSet:
    responses: tuple[Response, ...]
    stage: str | None = None
    questionnaire: str = ""
    structure: str = ""
    short: bool | None = None  # None: inferred from the questions answered
    path: str = field(default="<réponses>", compare=False)
    posts: tuple[Post, ...] = ()
