"""The structures as the home page lists them: each with its last assessment, its level and open actions.

Light on purpose: it loads neither the engine's results nor the questionnaires (``summaries``
does), so that the home page is read as soon as the data folder is open.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerready.store.database import Store
from peerready.store.structures import Structure, structure_from_row

#: An assessment that says where a structure stands: closed, with answers (SQL on ``assessments a``).
SETTLED = (
    "(a.closed_at IS NOT NULL AND a.closed_at != '' AND EXISTS "
    "(SELECT 1 FROM respondents r JOIN answers x ON x.respondent_id = r.id WHERE r.assessment_id = a.id))"
)
#: « The last assessment » of a structure comes first in this order: the last closed one with answers;
#: only when there is none, the latest started. A session opened by mistake, or still running, is never
#: taken for where the structure stands (home, overview, the actions carried over).
LAST_FIRST = f"{SETTLED} DESC, a.started_at DESC"


@dataclass(frozen=True)
class StructureSummary:
    structure: Structure
    assessments: int
    last_assessment_id: str | None
    last_date: str | None
    last_stage: str | None
    level: str | None
    open_actions: int
    #: The last assessment is closed but its summary is not kept yet (``keep_missing`` computes it).
    level_pending: bool = False


def list_structures(store: Store, search: str = "") -> list[StructureSummary]:
    """Structures with their latest assessment, most recently active first.

    A level whose summary is not kept yet (after a restore, a database from an older version) is
    ``level_pending``: ``summaries.list_structures`` computes it, or the app computes them all on
    a worker thread (``summaries.keep_missing``) and asks again.
    """
    sql = f"""
        WITH picked AS (
            SELECT s.*, coalesce(
                (SELECT a.id FROM assessments a WHERE a.structure_id = s.id AND {SETTLED}
                 ORDER BY a.started_at DESC LIMIT 1),
                (SELECT a.id FROM assessments a WHERE a.structure_id = s.id ORDER BY a.started_at DESC LIMIT 1)
            ) AS last_id
            FROM structures s
            WHERE (? = '' OR s.name LIKE '%' || ? || '%' OR s.sector LIKE '%' || ? || '%')
        )
        SELECT p.*, l.started_at AS last_date, l.stage AS last_stage, l.closed_at AS last_closed,
               (SELECT count(*) FROM assessments b WHERE b.structure_id = p.id) AS total, c.level AS level,
               (SELECT count(*) FROM actions x WHERE x.assessment_id = l.id AND x.status IN ('todo', 'doing'))
                   AS open_actions
        FROM picked p
        LEFT JOIN assessments l ON l.id = p.last_id
        LEFT JOIN results_cache c ON c.assessment_id = l.id
        ORDER BY coalesce(l.started_at, p.updated_at) DESC, p.name
    """
    search = (search or "").strip()
    out = []
    for row in store.rows(sql, [search, search, search]):  # read all before keeping any summary
        level = row["level"]
        pending = level is None and bool(row["last_id"] and row["last_closed"])
        out.append(
            StructureSummary(
                structure=structure_from_row(row),
                assessments=row["total"] or 0,
                last_assessment_id=row["last_id"],
                last_date=row["last_date"],
                last_stage=row["last_stage"],
                level=level,
                open_actions=row["open_actions"] or 0,
                level_pending=pending,
            )
        )
    return out
