"""The normalised JSON form of a questionnaire, printed by ``peerready questionnaire --json``.

Built from the dataclasses themselves (``dataclasses.fields``): every field of every class of
the model is there, and a field added later appears without anyone listing it. Fields marked
``NOT_IN_JSON`` (where it was read from) are left out; ``_ADAPTERS`` say where the JSON contract
reads differently from the plain fields.
"""

from __future__ import annotations

import dataclasses
import json

from peerready.engine import vocabulary
from peerready.engine.instrument.model import NOT_IN_JSON, Flag, Questionnaire

__all__ = ["NOT_IN_JSON", "json_fields", "to_dict", "to_json"]


def json_fields(value) -> list[dataclasses.Field]:
    """The fields of a model object that its JSON carries: all but those marked ``NOT_IN_JSON``."""
    return [f for f in dataclasses.fields(value) if not f.metadata.get("not_in_json")]


def to_dict(questionnaire: Questionnaire) -> dict:
    """The normalised form, as plain dicts and lists."""
    return _plain(questionnaire)


def to_json(questionnaire: Questionnaire) -> str:
    return json.dumps(to_dict(questionnaire), ensure_ascii=False, indent=2)


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        plain = {f.name: _plain(getattr(value, f.name)) for f in json_fields(value)}
        adapter = _ADAPTERS.get(type(value))
        return adapter(value, plain) if adapter else plain
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _questionnaire_json(questionnaire: Questionnaire, plain: dict) -> dict:
    # factors and references are lists of objects in the contract, in questionnaire order
    return {**plain, "factors": list(plain["factors"].values()), "references": list(plain["references"].values())}


_ADAPTERS = {
    Questionnaire: _questionnaire_json,
    # the label a score reads under: a risk is scored as its absence
    vocabulary.Factor: lambda factor, plain: {**plain, "score_label": factor.shown_label},
    # thresholds are kept 0–1 inside, shown 0–100 like every score of the JSON
    Flag: lambda flag, plain: {**plain, "threshold": round(flag.threshold * 100, 2)},
}
