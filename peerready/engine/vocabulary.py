"""The stable vocabulary shared by every questionnaire: factors, groups, stages, roles.

The ids come from FACTORS.md and are an interface (exports, comparisons over years):
never rename one. A questionnaire may add factors of its own. Each id's own name is said here,
once; every other form of it (short, in a sentence, marked), and the colours, dates and numbers
people read, are in ``wording``, which is what the screen, the documents and the commands use.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Factor:
    id: str
    label: str
    core: bool = False
    risk: bool = False
    #: for a risk, how its score reads (a high score means the risk is kept away)
    score_label: str = ""

    @property
    def shown_label(self) -> str:
        return self.score_label or self.label


FACTORS: tuple[Factor, ...] = (
    Factor("project_purpose", "Sens du projet"),
    Factor("cosmetic_hiring", "Recrutement d’affichage", risk=True, score_label="Pas de recrutement d’affichage"),
    Factor("governance_support", "Portage institutionnel"),
    Factor("team_consent", "Adhésion de l’équipe", core=True),
    Factor("vertical_imposition", "Démarche imposée", risk=True, score_label="Démarche partagée, pas imposée"),
    Factor("team_capacity", "Disponibilité de l’équipe"),
    Factor("team_preparation", "Préparation de l’équipe"),
    Factor("professional_concerns", "Craintes des professionnels"),
    Factor("job_description", "Fiche de poste et missions", core=True),
    Factor(
        "dirty_work",
        "Délégation du « sale boulot »",
        core=True,
        risk=True,
        score_label="Pas de « sale boulot » délégué",
    ),
    Factor("horizontality", "Place et horizontalité"),
    Factor("supervision", "Encadrement et supervision", core=True),
    Factor("peer_network", "Rompre l’isolement"),
    Factor("salary_parity", "Rémunération", core=True),
    Factor("contract_stability", "Contrat (CDI / CDD)", core=True),
    Factor("funding_sustainability", "Pérennité du financement"),
    Factor("status_equity", "Cohérence des statuts"),
    Factor("recruitment", "Recrutement"),
    Factor("disclosure_choice", "Choix de dévoiler son parcours"),
    Factor(
        "stigma_paternalism",
        "Stigmatisation et paternalisme",
        risk=True,
        score_label="Ni stigmatisation ni paternalisme",
    ),
    Factor("accommodations", "Aménagements"),
    Factor("boundaries", "Bonne distance et limites"),
    Factor("institutional_history", "Histoire avec l’institution"),
    Factor("dual_relationship", "Double relation"),
    Factor("benefits_impact", "Effets sur les droits sociaux"),
    Factor("training_access", "Formation"),
    Factor("career_paths", "Parcours et débouchés"),
    Factor("recognition", "Reconnaissance du travail pair"),
    Factor("user_participation", "Participation des personnes accompagnées"),
    Factor("external_support", "Appui extérieur"),
    Factor("practice_questioning", "Accepter d’être questionné"),
    Factor("multireference", "Multiréférence et information partagée"),
    Factor("relapse_support", "Rechute et santé au travail"),
    Factor("change_efficacy", "Confiance dans notre capacité à faire"),
)

CORE_FACTORS: tuple[str, ...] = tuple(f.id for f in FACTORS if f.core)

GROUPS: dict[str, str] = {
    "management": "Direction et encadrement",
    "team": "Équipe",
    "peer": "Travailleur pair ou travailleuse paire",
    "people": "Personnes accompagnées",
}

#: How a table's column names each group, where the full name would not fit.
GROUPS_SHORT: dict[str, str] = {
    "management": "Direction",
    "team": "Équipe",
    "peer": "Pairs",
    "people": "Personnes accompagnées",
}

#: How a sentence names each group ("entre la direction et l’équipe").
GROUPS_IN_TEXT: dict[str, str] = {
    "management": "la direction",
    "team": "l’équipe",
    "peer": "la personne en poste de travail pair",
    "people": "les personnes accompagnées",
}

STAGES: dict[str, str] = {
    "preparing": "Réflexion / préparation, pas encore de recrutement",
    "recruiting": "Recrutement en cours",
    "integrating": "Poste de travail pair occupé depuis moins d’un an",
    "established": "Poste installé depuis plus d’un an",
}

#: Stages at which a peer worker is already in post.
STAGES_WITH_PEER: frozenset[str] = frozenset({"integrating", "established"})
#: Stages before a peer worker is in post: nothing is carried by them, nothing is said of « la personne en poste ».
STAGES_BEFORE_PEER: frozenset[str] = frozenset(STAGES) - STAGES_WITH_PEER

MODES: dict[str, str] = {
    "individual": "À tour de rôle",
    "tally": "Décompte (vote à main levée ou bulletins)",
    "consensus": "Réponse commune",
}

OWNER_ROLES: dict[str, str] = {
    "direction": "Direction",
    "service_head": "Chef ou cheffe de service",
    "hr": "Ressources humaines",
    "team": "Équipe",
    "peer": "Travailleur pair ou travailleuse paire",
    "platform": "Plateforme de soutien",
}
#: Owner roles of earlier versions, read as today's (stored plans, older ``.peerready`` files).
FORMER_OWNER_ROLES: dict[str, str] = {"board": "direction", "partner": "platform"}

#: Horizons in the order they are due.
HORIZONS: dict[str, str] = {
    "immediately": "Dès\u00a0maintenant",
    "before_recruiting": "Avant l’arrivée de la personne",
    "within_3_months": "Dans les 3\u00a0mois",
    "within_6_months": "Dans les 6\u00a0mois",
    "within_a_year": "Dans l’année",
    "ongoing": "Dans la durée",
}

#: Priorities from the most to the least urgent.
PRIORITIES: dict[str, str] = {
    "critical": "Critique",
    "high": "Haute",
    "medium": "Moyenne",
    "low": "Basse",
}

SEVERITIES: dict[str, str] = {
    "critical": "Alerte grave",
    "warning": "Point de vigilance",
}

LEVELS: dict[str, str] = {
    "insufficient": "Pas assez de réponses pour conclure",
    "not_ready": "Pas encore prêt",
    "partly_ready": "En partie prêt",
    "ready": "Prêt",
}

#: Answer kinds that carry no score.
DONT_KNOW = "dont_know"
NOT_APPLICABLE = "not_applicable"

#: The statuses of an action in a plan.
STATUSES: dict[str, str] = {"todo": "À faire", "doing": "En cours", "done": "Fait", "dropped": "Abandonné"}

#: Roughly when each horizon falls, to suggest a date when someone first sets one.
HORIZON_MONTHS = {
    "immediately": 0,
    "before_recruiting": 2,
    "within_3_months": 3,
    "within_6_months": 6,
    "within_a_year": 12,
    "ongoing": 12,
}

#: What a person of a small group (fewer than three answering one by one: the peer, almost always)
#: agrees to share. Absent means « weight »: their answers count in the scores and the level only.
CONSENTS: dict[str, str] = {
    "all": "Tout partager : mes réponses peuvent apparaître dans les résultats communs",
    "risks": "Partager les risques que je signale, sans mes réponses",
    "weight": "Ne rien partager : mes réponses comptent seulement dans les scores d’ensemble et le niveau",
}
