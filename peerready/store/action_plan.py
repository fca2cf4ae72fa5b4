"""The stored action plan of an assessment: suggestions merged with what people did to them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peerready.engine import plan, vocabulary
from peerready.engine import text as texts
from peerready.store import assessments, errors, summaries
from peerready.store.database import Store, dumps, new_id, now

EDITABLE = {"title", "steps", "owner_role", "owner_name", "due_date", "status", "notes", "priority", "horizon"}


@dataclass(frozen=True)
class StoredAction:
    id: str
    assessment_id: str
    template_id: str | None
    title: str
    steps: tuple[str, ...]
    factors: tuple[str, ...]
    priority: str
    owner_role: str
    owner_name: str
    horizon: str
    due_date: str
    status: str
    notes: str
    position: int
    user_added: bool
    edited: bool
    suggested: bool
    because: tuple[str, ...]
    carried_from: str | None

    @property
    def open(self) -> bool:
        return self.status in ("todo", "doing")

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "template_id": self.template_id,
            "title": self.title,
            "steps": list(self.steps),
            "factors": list(self.factors),
            "priority": self.priority,
            "owner_role": self.owner_role,
            "owner_name": self.owner_name,
            "horizon": self.horizon,
            "due_date": self.due_date,
            "status": self.status,
            "notes": self.notes,
            "position": self.position,
            "user_added": self.user_added,
            "edited": self.edited,
            "suggested": self.suggested,
            "because": list(self.because),
            "carried_from": self.carried_from,
        }


def action_from_row(row: dict) -> StoredAction:
    return StoredAction(
        id=row["id"],
        assessment_id=row["assessment_id"],
        template_id=row["template_id"],
        title=row["title"],
        steps=tuple(json.loads(row["steps"] or "[]")),
        factors=tuple(json.loads(row["factors"] or "[]")),
        priority=row["priority"] or "medium",
        owner_role=row["owner_role"] or "direction",
        owner_name=row["owner_name"] or "",
        horizon=row["horizon"] or "ongoing",
        due_date=row["due_date"] or "",
        status=row["status"],
        notes=row["notes"] or "",
        position=row["position"] or 0,
        user_added=bool(row["user_added"]),
        edited=bool(row["edited"]),
        suggested=bool(row["suggested"]),
        because=tuple(json.loads(row["because"] or "[]")),
        carried_from=row["carried_from"],
    )


def list_actions(store: Store, assessment_id: str) -> list[StoredAction]:
    return [
        action_from_row(r)
        for r in store.rows(
            "SELECT * FROM actions WHERE assessment_id = ? ORDER BY position, created_at", [assessment_id]
        )
    ]


def get_action(store: Store, action_id: str) -> StoredAction:
    rows = list(store.rows("SELECT * FROM actions WHERE id = ?", [action_id]))
    if not rows:
        raise errors.RecordError(f"Action inconnue « {action_id} ».")
    return action_from_row(rows[0])


def sync_plan(store: Store, assessment_id: str) -> list[StoredAction]:
    """Recompute the suggestions and merge them with the stored plan; return the plan.

    The results are computed once (``summaries.assessment_results``). Only real changes are
    written, in one transaction; when neither the results' stamp nor the stored plan changed
    since the last merge, nothing is merged again (the plan is read, that is all).
    """
    assessment = assessments.get_assessment(store, assessment_id)
    existing = list_actions(store, assessment.id)
    memo = store.plan_memo.get(assessment.id)
    if assessment.result_stamp is not None and memo == (assessment.result_stamp, existing):
        return existing
    questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    computed = summaries.assessment_results(store, assessment.id, assessment)
    suggestions = plan.build(questionnaire, computed).actions
    changes = _merge(assessment.id, existing, suggestions)
    if changes:
        with store.write() as db:
            for sql, params in changes:
                db.execute(sql, params)
        existing = list_actions(store, assessment.id)
    if assessment.result_stamp is not None:
        store.plan_memo[assessment.id] = (assessment.result_stamp, existing)
    return existing


_SUGGESTED_FIELDS = ("title", "steps", "factors", "priority", "owner_role", "horizon", "because", "suggested")


def _merge(assessment_id: str, existing: list[StoredAction], suggestions) -> list[tuple[str, list]]:
    """The statements that bring the stored plan in line with the suggestions (none if it already is)."""
    ranks = list(vocabulary.PRIORITIES)
    by_template = {a.template_id: a for a in existing if a.template_id}
    suggested_ids = {s.id for s in suggestions}
    order = list(existing)
    stamp = now()
    changes: list[tuple[str, list]] = []
    for suggestion in suggestions:
        current = by_template.get(suggestion.id)
        if current is None:
            row = _suggestion_row(assessment_id, suggestion, stamp)
            columns = ", ".join(row)
            changes.append(
                (f"INSERT INTO actions ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            )
            new = action_from_row(row)
            at = next(
                (i for i, a in enumerate(order) if ranks.index(a.priority) > ranks.index(new.priority)), len(order)
            )
            order.insert(at, new)
            continue
        wanted = {"because": tuple(suggestion.because), "suggested": True}
        if not (current.edited or current.status != "todo"):  # untouched: follows the suggestion
            wanted.update(
                title=suggestion.title,
                steps=tuple(suggestion.steps),
                factors=tuple(suggestion.factors),
                priority=suggestion.priority,
                owner_role=suggestion.owner_role,
                horizon=suggestion.horizon,
            )
        differing = {k: v for k, v in wanted.items() if getattr(current, k) != v}
        if differing:
            values = {
                k: dumps(list(v)) if isinstance(v, tuple) else int(v) if isinstance(v, bool) else v
                for k, v in differing.items()
            }
            if set(differing) - {"because", "suggested"}:
                values["updated_at"] = stamp
            sets = ", ".join(f"{k} = ?" for k in values)
            changes.append((f"UPDATE actions SET {sets} WHERE id = ?", [*values.values(), current.id]))
    for action in existing:
        if action.template_id and action.template_id not in suggested_ids:
            untouched = not action.edited and action.status == "todo" and not action.carried_from
            if untouched and not action.user_added:
                changes.append(("DELETE FROM actions WHERE id = ?", [action.id]))
                order = [a for a in order if a.id != action.id]
            elif action.suggested:
                changes.append(("UPDATE actions SET suggested = 0 WHERE id = ?", [action.id]))
    for position, action in enumerate(order):
        if action.position != position:
            changes.append(("UPDATE actions SET position = ? WHERE id = ?", [position, action.id]))
    return changes


def _suggestion_row(assessment_id: str, suggestion: plan.Action, stamp: str) -> dict:
    return {
        "id": new_id(),
        "assessment_id": assessment_id,
        "template_id": suggestion.id,
        "title": suggestion.title,
        "steps": dumps(list(suggestion.steps)),
        "factors": dumps(list(suggestion.factors)),
        "priority": suggestion.priority,
        "owner_role": suggestion.owner_role,
        "owner_name": "",
        "horizon": suggestion.horizon,
        "due_date": "",
        "status": "todo",
        "notes": "",
        "position": 0,
        "user_added": 0,
        "edited": 0,
        "suggested": 1,
        "because": dumps(list(suggestion.because)),
        "carried_from": None,
        "created_at": stamp,
        "updated_at": stamp,
    }


def update_action(store: Store, action_id: str, **fields) -> StoredAction:
    """Change what a person can change; the action is then kept as they left it."""
    fields = texts.clean_fields(fields, multiline=("notes",))
    unknown = set(fields) - EDITABLE
    if unknown:
        raise errors.RecordError(f"Champ non modifiable : {', '.join(sorted(unknown))}.")
    _check_fields(fields)
    if "steps" in fields:
        fields["steps"] = dumps([s.strip() for s in fields["steps"] if s.strip()])
    with store.write() as db:
        get_action(store, action_id)
        db["actions"].update(action_id, {**fields, "edited": 1, "updated_at": now()})
    return get_action(store, action_id)


def _check_fields(fields: dict) -> None:
    checks = {
        "status": vocabulary.STATUSES,
        "priority": vocabulary.PRIORITIES,
        "owner_role": vocabulary.OWNER_ROLES,
        "horizon": vocabulary.HORIZONS,
    }
    for key, allowed in checks.items():
        if key in fields and fields[key] not in allowed:
            raise errors.RecordError(f"Valeur inconnue pour {key} : « {fields[key]} ».")
    if "title" in fields and not (fields["title"] or "").strip():
        raise errors.RecordError("Le titre d'une action ne peut pas être vide.")
    due = fields.get("due_date")
    if due:
        try:
            dt.date.fromisoformat(due)
        except ValueError:
            raise errors.RecordError(f"Date d'échéance invalide « {due} » (attendu : AAAA-MM-JJ).") from None


def add_action(store: Store, assessment_id: str, title: str, **fields) -> StoredAction:
    """An action of the team's own, placed at the end of the plan."""
    title, fields = texts.clean(title), texts.clean_fields(fields, multiline=("notes",))
    fields = {"owner_role": "service_head", "priority": "medium", "horizon": "within_3_months", **fields}
    _check_fields({"title": title, **fields})
    with store.write() as db:
        assessments.get_assessment(store, assessment_id)
        position = db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM actions WHERE assessment_id = ?", [assessment_id]
        ).fetchone()[0]
        stamp = now()
        row = {
            "id": new_id(),
            "assessment_id": assessment_id,
            "template_id": None,
            "title": title.strip(),
            "steps": dumps(list(fields.get("steps", []))),
            "factors": dumps(list(fields.get("factors", []))),
            "priority": fields["priority"],
            "owner_role": fields["owner_role"],
            "owner_name": fields.get("owner_name", ""),
            "horizon": fields["horizon"],
            "due_date": fields.get("due_date", ""),
            "status": fields.get("status", "todo"),
            "notes": fields.get("notes", ""),
            "position": position,
            "user_added": 1,
            "edited": 1,
            "suggested": 0,
            "because": "[]",
            "carried_from": None,
            "created_at": stamp,
            "updated_at": stamp,
        }
        db["actions"].insert(row)
    return action_from_row(row)


def move_action(store: Store, action_id: str, new_position: int) -> list[StoredAction]:
    action = get_action(store, action_id)
    with store.write() as db:
        order = [a for a in list_actions(store, action.assessment_id) if a.id != action_id]
        new_position = max(0, min(new_position, len(order)))
        order.insert(new_position, action)
        for position, item in enumerate(order):
            db.execute("UPDATE actions SET position = ? WHERE id = ?", [position, item.id])
        db.execute("UPDATE actions SET edited = 1, updated_at = ? WHERE id = ?", [now(), action_id])
    return list_actions(store, action.assessment_id)


def delete_action(store: Store, action_id: str) -> None:
    """Only the team's own actions can be deleted; suggested ones are dismissed (status dropped)."""
    action = get_action(store, action_id)
    if not action.user_added:
        raise errors.RecordError("Une action proposée ne se supprime pas : passez-la à « Abandonné ».")
    with store.write() as db:
        db.execute("DELETE FROM actions WHERE id = ?", [action_id])


def carry_over(store: Store, previous_id: str, new_id_: str) -> int:
    """Copy the open actions of the previous assessment into the new one."""
    stamp = now()
    count = 0
    with store.write() as db:
        for position, action in enumerate(a for a in list_actions(store, previous_id) if a.open):
            row = {
                **action.to_dict(),
                "id": new_id(),
                "assessment_id": new_id_,
                "position": position,
                "carried_from": action.id,
                "created_at": stamp,
                "updated_at": stamp,
                "suggested": 0,
            }
            row.update(
                {
                    "steps": dumps(list(action.steps)),
                    "factors": dumps(list(action.factors)),
                    "because": dumps(list(action.because)),
                    "user_added": int(action.user_added),
                    "edited": int(action.edited),
                }
            )
            db["actions"].insert(row)
            count += 1
    return count
