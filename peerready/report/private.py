"""The peer's private sheet: their own results and where to find support. Never part of a shared report.

Made from ``engine.results.personal.PersonalView``: what this person said that points to a
risk or differs from the others, with the others' wording. It carries no name and no
structure, so that a sheet left on a printer points at no one.
"""

from __future__ import annotations

from peerready.engine import wording
from peerready.engine.results.personal import PersonalView
from peerready.report.layout import build, para, styles


def private_sheet(view: PersonalView, date=None) -> bytes:
    s = styles()
    story = [
        para("Ma fiche personnelle", s["title"]),
        para(
            f"Rempli le {wording.long_date(date)}. Cette fiche est pour vous, et personne d’autre : "
            "elle reprend ce que vous "
            "avez répondu et qui mérite qu’on en parle. Elle ne porte ni votre nom ni celui de la structure.",
            s["body"],
        ),
        para("Ce que vous avez signalé", s["h1"]),
    ]
    if view.risks:
        for risk in view.risks:
            story += [
                para(risk.title, s["h2"]),
                para(f"Vous avez répondu « {risk.answer} » à : « {risk.question} »", s["body"]),
                para(risk.explanation, s["body"]),
            ]
    else:
        story.append(para("Aucune de vos réponses ne signale un risque décrit par les sources.", s["body"]))
    story.append(para("Là où votre regard diffère de celui des autres", s["h1"]))
    if view.differences:
        for (question, answer), others in view.differences_by_question().items():
            seen = " ; ".join(
                f"{d.other_group}, à « {d.other_question} » : {wording.score(d.other_score)}" for d in others
            )
            story += [
                para(f"« {question} »", s["h2"]),
                para(f"Vous avez répondu « {answer} ». Les autres voient les choses autrement : {seen}.", s["body"]),
            ]
    else:
        story.append(para("Pas d’écart marqué avec les réponses des autres groupes, pour l’instant.", s["body"]))
    story.append(para("Où trouver du soutien", s["h1"]))
    story += [para(f"• {line}", s["body"]) for line in view.support]
    story.append(
        para(
            "Ce que vous choisissez de partager peut changer tant que la collecte est ouverte : "
            "demandez à la personne qui anime l’atelier.",
            s["small"],
        )
    )
    return build(
        story,
        title="Ma fiche personnelle",
        subject="PeerReady : fiche personnelle",
        header_left="Fiche personnelle",
        header_right=wording.short_date(date),
    )
