"""Questionnaires: their model (frozen dataclasses), their checking, where they come from, their JSON.

A questionnaire is a YAML file (see docs/questionnaire-format.md). ``load`` turns it into a
``Questionnaire`` or raises ``QuestionnaireError`` listing every problem at once, each as
``file:line: message``.

- ``model``: the frozen dataclasses (``Questionnaire``, ``Question``, ``Option``, ``Flag``…);
- ``reader``: typed values read out of the YAML tree, problems noted with their line;
- ``checker``, ``rules``, ``workstreams`` and ``coverage``: the whole file checked into the model
  (questions; flags and actions; the workstreams of the plan; twins, facts, what fits a workshop);
- ``catalogue``: ``load``, ``loads``, ``find`` and the bundled questionnaires;
- ``jsonform``: ``to_dict`` and ``to_json``, the normalised form of ``peerready questionnaire --json``.
"""

from peerready.engine.instrument.catalogue import MAX_BYTES, bundled_paths, find, load, loads
from peerready.engine.instrument.checker import FORMAT_VERSION, check
from peerready.engine.instrument.jsonform import json_fields, to_dict, to_json
from peerready.engine.instrument.model import (
    NOT_IN_JSON,
    ActionTemplate,
    Dimension,
    Flag,
    Option,
    Question,
    Questionnaire,
    Reference,
    Trigger,
    Workstream,
)
from peerready.engine.instrument.reader import QuestionnaireError

__all__ = [
    "FORMAT_VERSION",
    "MAX_BYTES",
    "NOT_IN_JSON",
    "ActionTemplate",
    "Dimension",
    "Flag",
    "Option",
    "Question",
    "Questionnaire",
    "QuestionnaireError",
    "Reference",
    "Trigger",
    "Workstream",
    "bundled_paths",
    "check",
    "find",
    "json_fields",
    "load",
    "loads",
    "to_dict",
    "to_json",
]
