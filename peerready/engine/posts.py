"""The peer posts an assessment describes: one or several, each with its status and terms.

A structure may have several peers on very different terms (a volunteer, a CDD at part time,
a CDI in the collective agreement…). The posts are facts entered when the assessment is
prepared (the set-up dialog, or ``posts:`` in an answers file); flags can look at them one by
one (« au moins un poste… ») or together (« statuts incohérents »). A post holds no name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


def line_of(container, key) -> int | None:
    """The line of ``container[key]`` when it was read from a file (``yamlsource``' containers know it).

    Asked of the container, so that reading stored posts does not load the YAML reader (start-up).
    """
    finder = getattr(container, "line_of", None)
    return finder(key) if callable(finder) else None


#: The most posts an assessment may describe.
MAX_POSTS = 30

STATUSES: dict[str, str] = {"employee": "Emploi salarié", "volunteer": "Bénévolat"}
CONTRACTS: dict[str, str] = {
    "cdi": "CDI",
    "cdd": "CDD",
    "cddi": "CDDI (insertion)",
    "aided": "Contrat aidé",
    "adult_relay": "Adulte-relais",
    "civic_service": "Service civique",
    "secondment": "Mise à disposition",
    "session": "Vacation",
}
WORKING_TIMES: dict[str, str] = {
    "full_time": "Temps plein",
    "part_time_chosen": "Temps partiel choisi",
    "part_time_imposed": "Temps partiel imposé",
}
#: Pay compared with the moniteur-éducateur level (the sources' reference).
PAY_LEVELS: dict[str, str] = {
    "above": "Salaire au-dessus du niveau moniteur-éducateur",
    "equal": "Salaire au niveau moniteur-éducateur",
    "slightly_below": "Salaire un peu en dessous du niveau moniteur-éducateur",
    "well_below": "Salaire nettement en dessous du niveau moniteur-éducateur",
}
CLASSIFICATIONS: dict[str, str] = {
    "in_agreement": "Poste classé dans la convention collective",
    "outside_grid": "Hors grille (sans classification)",
}

#: Each field of a post, with its possible values. A volunteer has only a status and a working time.
FIELDS: dict[str, dict[str, str]] = {
    "status": STATUSES,
    "contract": CONTRACTS,
    "working_time": WORKING_TIMES,
    "pay": PAY_LEVELS,
    "classification": CLASSIFICATIONS,
}
EMPLOYEE_ONLY = ("contract", "pay", "classification")
#: The fields whose differences between posts make statuses incoherent.
COHERENCE_FIELDS = ("status", "contract", "pay", "classification")


@dataclass(frozen=True)
class Post:
    status: str
    contract: str | None = None
    working_time: str | None = None
    pay: str | None = None
    classification: str | None = None

    def to_dict(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value is not None}

    def describe(self) -> str:
        """The post in words, for a screen or a document: « Emploi salarié, CDD, temps partiel imposé »."""
        parts = [FIELDS[key][value] for key, value in asdict(self).items() if value is not None]
        return ", ".join(parts[:1] + [_in_sentence(part) for part in parts[1:]])


def _in_sentence(label: str) -> str:
    """A label inside a sentence: lower-cased, except an acronym (« CDD », « CDDI (insertion) »)."""
    first = label.split()[0]
    return label if first.isupper() else label[0].lower() + label[1:]


def incoherent(posts: tuple[Post, ...]) -> bool:
    """Whether peers of the same structure are on different terms (status, contract, pay, classification)."""
    if len(posts) < 2:
        return False
    return any(len({getattr(post, key) for post in posts}) > 1 for key in COHERENCE_FIELDS)


def matching(posts: tuple[Post, ...], condition: dict[str, tuple[str, ...]]) -> int:
    """How many posts meet every field of ``condition`` (a field: the values that match)."""
    return sum(1 for post in posts if all(getattr(post, key) in values for key, values in condition.items()))


def read(raw, where: str, problems: list) -> tuple[Post, ...]:
    """The ``posts:`` list of an answers file (or of stored JSON); problems are ``(line, message)``."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append((None, f"{where} : « posts » doit être une liste de postes"))
        return ()
    if len(raw) > MAX_POSTS:
        problems.append((None, f"{where} : plus de {MAX_POSTS} postes, c'est invraisemblable"))
        return ()
    posts = []
    for index, node in enumerate(raw):
        line = line_of(raw, index)
        here = f"{where}, poste {index + 1}"
        if not isinstance(node, dict):
            problems.append((line, f"{here} : un poste s'écrit status: employee|volunteer, contract: …"))
            continue
        values, ok = {}, True
        for key, value in node.items():
            if key not in FIELDS:
                problems.append((line_of(node, key) or line, f"{here} : clé inconnue « {key} »"))
                ok = False
            elif value is not None and (not isinstance(value, str) or value not in FIELDS[key]):
                expected = ", ".join(FIELDS[key])
                problems.append((line_of(node, key) or line, f"{here} : « {key} » inconnu (attendu : {expected})"))
                ok = False
            else:
                values[key] = value
        if "status" not in node:
            problems.append((line, f"{here} : « status » manquant (employee ou volunteer)"))
            ok = False
        elif values.get("status") == "volunteer":
            for key in EMPLOYEE_ONLY:
                if values.get(key) is not None:
                    problems.append((line_of(node, key) or line, f"{here} : un poste bénévole n'a pas de « {key} »"))
                    ok = False
        if ok:
            posts.append(Post(**values))
    return tuple(posts)
