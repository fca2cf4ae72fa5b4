"""The phone pages as HTML, rendered on the laptop: plain forms that work without JavaScript.

Every page has one ``<h1>``, ``lang="fr"``, a viewport for phones and PeerReady's own style
sheet; every form posts, then the server redirects (303) to the page to show. Nothing here
decides anything: the screens show what ``workshop`` says about the phone's respondent. Every
text that comes from the questionnaire or a person is escaped.

For screen readers (TalkBack, VoiceOver) and keyboards (tests/web/test_phone_accessibility.py):
a page's title says what its heading says (a question's, where it is: « Question 3 sur 15 »),
and « Erreur » first on a page that refuses what the person did, whose words are an alert; the
answers of a question are a group named by the question; a hint under a field is that field's
description; the parts of a page are headings, never bold paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from peerready.engine import typography, vocabulary, wording
from peerready.engine.results.personal import PersonalView
from peerready.workshop.answering import Session
from peerready.workshop.skipping import Passed

#: The reminder the desktop shows in its comment field, word for word.
COMMENT_REMINDER = "Commentaire facultatif : n’écrivez aucun nom"
#: Said under a comment typed on a question without an answer yet (the desktop's words), or before.
WAITING = "Le commentaire sera enregistré avec la réponse, dès qu’une réponse sera choisie."
BEFORE_CHOOSING = "Écrivez-le avant de choisir votre réponse, ou enregistrez-le ici."
#: The longest comment a phone may send (the form says it too).
COMMENT_MAX = 2000


@dataclass(frozen=True)
class Form:
    """What every form of a phone carries: its anti-forgery token and the screen it was made for."""

    csrf: str
    step: int


def french(text: str) -> str:
    """A text of these pages with French typography, escaped for HTML."""
    return escape(typography.french(text), quote=True)


def document(prefix: str | None, title: str, body: str) -> str:
    """A whole page: ``prefix`` is the collection's path (``/<token>/``), where the style sheet is too.

    Without ``prefix`` (an address that is not the collection's), the page has no style sheet: its
    link would give the token away.
    """
    sheet = f'<link rel="stylesheet" href="{escape(prefix)}style.css">\n' if prefix is not None else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="same-origin">\n'
        f"<title>{french(title)} — PeerReady</title>\n"
        f"{sheet}</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _hidden(form: Form) -> str:
    return (
        f'<input type="hidden" name="csrf" value="{escape(form.csrf)}">'
        f'<input type="hidden" name="step" value="{form.step}">'
    )


def _post(prefix: str, action: str, form: Form, inner: str, extra: str = "") -> str:
    return f'<form method="post" action="{escape(prefix)}{action}"{extra}>{_hidden(form)}\n{inner}\n</form>'


# -- start ------------------------------------------------------------------------------------


def start(prefix: str, form: Form, *, title: str, group: str, questions: int, minutes: int) -> str:
    if group == "people":  # the easy-to-read wording, as in the questionnaire for accompanied people
        lines = [
            f"Vous allez répondre à {wording.plural(questions, 'question')}. Cela prend environ "
            f"{wording.plural(minutes, 'minute')}.",
            "On ne vous demande pas votre nom. Personne ne verra vos réponses une par une.",
            "Vous pouvez répondre « Je ne sais pas ».",
            "Si la page se ferme, revenez à la même adresse : vous reprenez là où vous étiez.",
        ]
    else:
        lines = [
            f"Vous répondez pour le groupe « {vocabulary.GROUPS.get(group, group)} » : "
            f"{wording.plural(questions, 'question')}, environ {wording.plural(minutes, 'minute')}.",
            "Vos réponses restent anonymes : elles ne seront jamais montrées une par une, et aucun résultat "
            "ne s'affiche sur ce téléphone. Aucun nom n'est demandé.",
            "Chaque réponse est enregistrée dès que vous la donnez, sur l'ordinateur de la personne qui anime. "
            "Si la page se ferme, revenez à la même adresse : vous reprenez là où vous étiez.",
        ]
    body = f"<h1>{french(title)}</h1>\n" + "\n".join(f"<p>{french(line)}</p>" for line in lines)
    body += "\n" + _post(prefix, "start", form, '<button type="submit" class="primary">Commencer</button>')
    return document(prefix, f"Bienvenue : {title}", body)


# -- a question -------------------------------------------------------------------------------


def question(prefix: str, form: Form, s: Session, *, note: str = "", comment: str | None = None) -> str:
    """One question in large type, its answers as big buttons, « Pourquoi cette question ? », a comment.

    Choosing an answer saves it (with the comment typed) and goes on to the next question.
    """
    q = s.question
    chosen = s.shown.value
    parts = []
    if note:
        parts.append(f'<p class="note" role="status">{french(note)}</p>')
    parts.append(f'<p class="progress">{french(f"Question {s.number} sur {s.count}")}</p>')
    parts.append(f'<p class="dimension">{escape(s.dimension_label)}</p>')
    parts.append(f'<h1 id="question">{escape(s.text)}</h1>')

    scored = [o for o in q.options if o.kind == "scored"]
    unknown = [o for o in q.options if o.kind != "scored"]

    def button(option, css: str) -> str:
        classes = " ".join(c for c in (css, "chosen" if option.value == chosen else "") if c)
        attributes = f' class="{classes}"' if classes else ""
        pressed = "true" if option.value == chosen else "false"
        return (
            f'<button type="submit" name="choice" value="{escape(option.value)}"{attributes} aria-pressed="{pressed}">'
            f"{escape(option.label)}</button>"
        )

    answers = [button(o, "") for o in scored]
    if unknown:
        answers.append('<div class="answers unknown">' + "".join(button(o, "secondary") for o in unknown) + "</div>")
    inner = [f'<input type="hidden" name="question" value="{escape(q.id)}">']
    inner.append('<div class="answers" role="group" aria-labelledby="question">' + "\n".join(answers) + "</div>")

    why = [f"<p>{escape(q.help)}</p>"] if q.help else ["<p>Pas d’explication pour cette question.</p>"]
    if s.sources:
        why.append(f"<p>{french('Sources :')}</p><ul>" + "".join(f"<li>{escape(t)}</li>" for t in s.sources) + "</ul>")
    inner.append(f"<details><summary>{french('Pourquoi cette question ?')}</summary>" + "".join(why) + "</details>")

    text = s.comment if comment is None else comment
    waiting = bool(text.strip()) and q.id not in s.answered
    inner.append(
        f"<details{' open' if text else ''}><summary>Ajouter un commentaire</summary>"
        f'<label for="comment">{french(COMMENT_REMINDER)}</label>'
        f'<textarea id="comment" name="comment" maxlength="{COMMENT_MAX}" rows="4" aria-describedby="comment-hint">'
        f"{escape(text)}</textarea>"
        + f'<p class="hint" id="comment-hint">{french(WAITING if waiting else BEFORE_CHOOSING)}</p>'
        + '<button type="submit" name="action" value="comment" class="secondary">Enregistrer le commentaire</button>'
        "</details>"
    )
    navigation = []
    if not s.is_first:
        navigation.append(
            '<button type="submit" name="action" value="previous" class="secondary">Question précédente</button>'
        )
    last = "Terminer" if s.is_last else ("Question suivante" if chosen else "Passer cette question")
    navigation.append(f'<button type="submit" name="action" value="next" class="secondary">{last}</button>')
    inner.append('<div class="navigation">' + "".join(navigation) + "</div>")
    parts.append(_post(prefix, "answer", form, "\n".join(inner)))
    return document(prefix, f"Question {s.number} sur {s.count}", "\n".join(parts))


def passed_note(number: int, passed: int) -> str:
    """What the next question says when one was passed without an answer (the desktop's words)."""
    if passed <= 1:
        return f"Question {number} passée sans réponse : elle sera rappelée avant la fin."
    questions = wording.plural(passed, "question sans réponse", "questions sans réponse")
    return f"Question {number} passée sans réponse ({questions} jusqu'ici) : elles seront rappelées avant la fin."


# -- before the end ---------------------------------------------------------------------------


def passed(prefix: str, form: Form, entries: tuple[Passed, ...], count: int) -> str:
    """The questions still without an answer, each a way back to it; or the end without them."""
    title = f"Avant de terminer : {wording.plural(len(entries), 'question')} sans réponse sur {count}"
    rows = "\n".join(
        f'<button type="submit" name="goto" value="{e.index}">{french(f"Question {e.number}")} · {escape(e.text)}'
        "</button>"
        for e in entries
    )
    inner = (
        f'<div class="answers passed">{rows}</div>'
        f"<p>{french('Vous pouvez y répondre maintenant, ou terminer : ces questions resteront sans réponse.')}</p>"
        '<button type="submit" name="action" value="finish" class="primary">Terminer sans y répondre</button>'
    )
    return document(prefix, title, f"<h1>{french(title)}</h1>\n" + _post(prefix, "passed", form, inner))


# -- the peer's own sheet and choice ------------------------------------------------------------


def sharing(prefix: str, form: Form, view: PersonalView, caveat: str) -> str:
    """The private sheet of a person of a small group and what they share (``workshop.sharing``)."""
    title = "Avant de finir : ce que vous partagez"
    parts = [f"<h1>{french(title)}</h1>"]
    parts.append(
        "<p>"
        + french(
            "Votre groupe compte peu de personnes : on pourrait vous reconnaître. Voici ce que vous avez dit qui "
            "signale un risque ou qui diffère des autres. Personne d'autre ne le voit. Choisissez ce qui peut "
            "apparaître dans les résultats communs."
        )
        + "</p>"
    )
    if view.risks:
        parts.append(f"<h2>{french('Ce que vous avez signalé')}</h2><ul>")
        parts += [f"<li>{french(f'{r.title} — vous avez répondu « {r.answer} »')}</li>" for r in view.risks]
        parts.append("</ul>")
    if view.differences:
        parts.append(f"<h2>{french('Là où votre regard diffère')}</h2><ul>")
        for (text, answer), others in view.differences_by_question().items():
            seen = ", ".join(f"{d.other_group} {wording.score(d.other_score)}" for d in others)
            line = f"« {text} » — vous avez répondu « {answer} » ; les autres voient les choses autrement : {seen}"
            parts.append(f"<li>{french(line)}</li>")
        parts.append("</ul>")
    if not view.risks and not view.differences:
        parts.append(
            f"<p>{french('Rien de ce que vous avez dit ne signale un risque ni ne diffère nettement des autres.')}</p>"
        )
    choices = "".join(
        f'<label class="choice"><input type="radio" name="consent" value="{consent}"'
        f"{' checked' if consent == 'weight' else ''}> <span>{french(label)}</span></label>"
        for consent, label in vocabulary.CONSENTS.items()
    )
    inner = (
        '<fieldset class="choices" aria-describedby="caveat">'
        f"<legend>{french('Ce que vous partagez')}</legend>{choices}</fieldset>"
        f'<p class="hint" id="caveat">{french(caveat)}</p>'
        '<button type="submit" class="primary">Valider mon choix</button>'
    )
    parts.append(_post(prefix, "sharing", form, inner))
    parts.append(f"<h2>{french('Pour en parler, en dehors des résultats communs')}</h2><ul>")
    parts += [f"<li>{french(line)}</li>" for line in view.support]
    parts.append("</ul>")
    return document(prefix, title, "\n".join(parts))


# -- the end, and the pages that say no ---------------------------------------------------------


def thanks(prefix: str, form: Form) -> str:
    title = "Merci, vos réponses sont enregistrées"
    body = (
        f"<h1>{french(title)}</h1>\n"
        f"<p>{french('Vous pouvez fermer cette page. Aucun résultat ne s’affiche sur les téléphones.')}</p>\n"
        + _post(
            prefix,
            "another",
            form,
            f"<p>{french('Quelqu’un d’autre n’a pas de téléphone ? Cette personne peut répondre sur celui-ci.')}</p>"
            '<button type="submit" class="secondary">Une autre personne répond sur ce téléphone</button>',
        )
    )
    return document(prefix, title, body)


def message(prefix: str | None, title: str, lines: list[str], *, again: bool = False, error: bool = False) -> str:
    """A page that only says something (closed, full, busy…), optionally with a way back to the questions.

    An ``error`` (what the person did was refused, or not saved) says so first in its title, the
    first words a screen reader speaks on a new page, and its words are an alert.
    """
    said = "\n".join(f"<p>{french(line)}</p>" for line in lines)
    body = f"<h1>{french(title)}</h1>\n" + (f'<div role="alert">{said}</div>' if error else said)
    if again:
        body += f'\n<p><a class="button" href="{escape(prefix)}">{french("Revenir aux questions")}</a></p>'
    return document(prefix, f"Erreur : {title[:1].lower()}{title[1:]}" if error else title, body)


#: What an address that is not the collection's shows: nothing of the collection (no token, no style sheet).
NOT_FOUND_TITLE = "Adresse inconnue"
NOT_FOUND = [
    "Cette adresse ne mène à aucun questionnaire ouvert. Vérifiez-la, ou scannez à nouveau le code que montre "
    "la personne qui anime : l'adresse change à chaque collecte.",
]


def not_found() -> str:
    """The page of a mistyped address or of a collection's old code, in French: the same for every such address."""
    return message(None, NOT_FOUND_TITLE, NOT_FOUND, error=True)
