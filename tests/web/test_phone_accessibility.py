"""The phone pages as a screen reader (TalkBack, VoiceOver) and a keyboard meet them, in Chromium.

Every page a participant can land on is opened on a phone's screen (390×844, French, touch), as
the browser tests do, then read three ways: Chromium's own accessibility tree (what Chrome on
Android hands to TalkBack: roles, names, descriptions, states), Playwright's ARIA snapshot (the
headings and groups in document order), and the page itself (the Tab key pressed until focus
comes back, the boxes of what can be touched, the colours of every text). Each check says what
it found; a page passes when none finds anything. The colour pairs of the style sheet are also
checked without a browser, from ``peerready/web/style.py`` itself.

Not tried here: a real TalkBack or VoiceOver (only what Chromium exposes to them), Safari.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from peerready.engine import instrument
from peerready.store.database import Store
from peerready.web import style
from peerready.web.server import Limits, PhoneCollection
from peerready.workshop import collecting
from tests.web import browser
from tests.web.conftest import start

#: The same on every Python: CI runs them on one (pyproject.toml's markers).
pytestmark = pytest.mark.one_python

MINI_GROUPS = {"management": "consensus", "team": "individual", "peer": "individual"}
BUNDLED_GROUPS = {"management": "consensus", "team": "individual", "peer": "individual", "people": "individual"}
FAST = Limits(burst=10_000, per_second=10_000)
#: WCAG 2.2, 2.5.8 (AA): a target of at least 24 by 24 CSS pixels.
TARGET = 24
#: WCAG 1.4.3 (AA) for text; 1.4.11 for what shows a control or the focus.
TEXT_CONTRAST, NON_TEXT_CONTRAST = 4.5, 3.0
#: The end of every page's title: the person knows the app they are in, before the page's own words.
TITLE_END = " — PeerReady"
#: The pages that say something went wrong with what the person did.
ERRORS = {"error-after-sending-nothing", "error-no-cookie", "error-busy", "wrong-link"}


# -- colours ------------------------------------------------------------------------------------


def rgb(colour: str) -> tuple[float, float, float, float]:
    """``#1a1a1a``, ``#fff``, ``rgb(26, 26, 26)`` or ``rgba(…, 0.5)`` as (r, g, b, alpha), 0–255 and 0–1."""
    colour = colour.strip().lower()
    if colour.startswith("#"):
        digits = colour[1:]
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), 1.0)
    found = re.fullmatch(r"rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)", colour)
    if found is None:
        raise ValueError(f"not a colour: {colour!r}")
    alpha = 1.0 if found[4] is None else float(found[4])
    return (float(found[1]), float(found[2]), float(found[3]), alpha)


def over(colour: str, background: str) -> tuple[float, float, float]:
    """``colour`` painted over an opaque ``background`` (alpha composited)."""
    *top, alpha = rgb(colour)
    *bottom, _ = rgb(background)
    return tuple(alpha * t + (1 - alpha) * b for t, b in zip(top, bottom, strict=True))


def luminance(channels: tuple[float, float, float]) -> float:
    """WCAG's relative luminance of an sRGB colour."""

    def linear(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    """WCAG's contrast ratio of ``foreground`` on the opaque ``background``, from 1 to 21."""
    lighter, darker = sorted((luminance(over(foreground, background)), luminance(over(background, "#ffffff"))))
    return (darker + 0.05) / (lighter + 0.05) if darker > lighter else (lighter + 0.05) / (darker + 0.05)


def css_rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """The style sheet's rules as (selector, {property: value}); comments and at-rules aside."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value.strip():
                declarations[name.strip()] = value.strip()
        rules.append((" ".join(selector.split()), declarations))
    return rules


def colour_in(value: str) -> str | None:
    found = re.search(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", value)
    return found[0] if found else None


def text_pairs(css: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) of every rule that sets a text colour.

    A rule without a background of its own sits on the page's (``body``'s); the style sheet puts
    no coloured box under another one, which the check in the browser (``page_colours``) confirms.
    """
    rules = css_rules(css)
    page = next(colour_in(d["background"]) for s, d in rules if s == "body")
    pairs = []
    for selector, declarations in rules:
        if "color" in declarations:
            background = colour_in(declarations.get("background", "") or declarations.get("background-color", ""))
            pairs.append((selector, declarations["color"], background or page))
    return pairs


def outline_and_border_pairs(css: str) -> list[tuple[str, str, str]]:
    """(selector, colour, page background) of the focus outline and of the borders that show a control."""
    rules = css_rules(css)
    page = next(colour_in(d["background"]) for s, d in rules if s == "body")
    controls = ("button", "textarea", ".choice", "focus-visible")
    pairs = []
    for selector, declarations in rules:
        for name in ("outline", "border", "border-color"):
            colour = colour_in(declarations.get(name, ""))
            if colour and any(part in selector for part in controls):
                pairs.append((f"{selector} ({name})", colour, page))
    return pairs


def test_the_contrast_function_gives_wcag_s_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes
    assert contrast("#777777", "#ffffff") < TEXT_CONTRAST
    assert contrast("rgb(255, 255, 255)", "#0b4f8a") == contrast("#0b4f8a", "#fff")  # symmetric, any notation
    assert contrast("rgba(0, 0, 0, 0.5)", "#ffffff") == pytest.approx(contrast("#808080", "#ffffff"), abs=0.05)


def test_every_text_colour_of_the_style_sheet_is_at_least_4_5_to_1_on_its_background():
    pairs = text_pairs(style.CSS)
    assert len(pairs) >= 10, pairs  # the parsing found the style sheet's colours
    low = [(s, fg, bg, round(contrast(fg, bg), 2)) for s, fg, bg in pairs if contrast(fg, bg) < TEXT_CONTRAST]
    assert low == []


def test_the_focus_outline_and_the_borders_of_controls_are_at_least_3_to_1():
    pairs = outline_and_border_pairs(style.CSS)
    assert any("focus-visible" in s for s, _, _ in pairs), pairs
    low = [(s, fg, bg, round(contrast(fg, bg), 2)) for s, fg, bg in pairs if contrast(fg, bg) < NON_TEXT_CONTRAST]
    assert low == []


# -- the pages, one by one ------------------------------------------------------------------------


@pytest.fixture
def serve(folder):
    """``serve(assessment, group, **options)``: that group's phone collection on 127.0.0.1, stopped at the end."""
    running = []

    def make(assessment, group="team", **options):
        options.setdefault("limits", FAST)
        collection = PhoneCollection(folder, assessment.id, group, host="127.0.0.1", port=0, **options)
        collection.start()
        running.append(collection)
        return collection

    yield make
    for collection in running:
        collection.stop()
        assert collection.wait(10)


@dataclass
class Room:
    """What a page's way needs: the data folder's store, the collections, phones on them."""

    store: Store
    serve: Callable[..., PhoneCollection]
    chromium: object
    phones: list

    def mini(self):
        return start(self.store, instrument.load(_mini_path()), MINI_GROUPS, stage="integrating", name="CHRS Petit")

    def bundled(self, stage):
        return start(self.store, instrument.find(None), BUNDLED_GROUPS, stage=stage, name="CHRS Grand")

    def phone(self, collection) -> browser.BrowserPhone:
        phone = browser.BrowserPhone(self.chromium, collection.url)
        self.phones.append(phone)
        return phone

    def started(self, group="team", assessment=None) -> browser.BrowserPhone:
        phone = self.phone(self.serve(assessment or self.mini(), group))
        phone.begin()
        return phone


def _mini_path():
    from tests.conftest import DATA

    return DATA / "mini.yaml"


def go(phone, action: Callable[[], object]) -> None:
    """Do ``action`` (a tap that posts a form) and wait for the page it leads to."""
    with phone.page.expect_navigation():
        action()
    phone.page.wait_for_load_state()


def button(phone, name: str):
    return phone.page.get_by_role("button", name=name, exact=True)


def open_both_details(phone) -> None:
    for summary in phone.page.locator("summary").all():
        summary.tap()


def welcome(room):
    phone = room.phone(room.serve(room.mini()))
    phone.open()
    return phone


def question_first(room):
    return room.started()


def question_explained_and_commented(room):
    phone = room.started()
    open_both_details(phone)
    return phone


def question_after_one_passed(room):
    phone = room.started()
    go(phone, button(phone, "Passer cette question").tap)
    return phone


def question_answered_already(room):
    phone = room.started()
    go(phone, lambda: phone.tap(0))
    go(phone, button(phone, "Question précédente").tap)
    return phone


def question_comment_waiting(room):
    phone = room.started()
    phone.write_comment("On en a parlé en réunion.")
    go(phone, button(phone, "Enregistrer le commentaire").tap)
    return phone


def question_last(room):
    phone = room.started()
    for _ in range(3):
        go(phone, lambda: phone.tap(0))
    return phone


def question_not_applicable(room):
    """The peer's questions of the integrating stage: some may be answered « ne s'applique pas »."""
    assessment = room.bundled("integrating")
    questions = instrument.find(None).questions_for("peer", "integrating", False)
    index = next(k for k, q in enumerate(questions) if any(o.kind == "not_applicable" for o in q.options))
    phone = room.started("peer", assessment)
    for _ in range(index):
        go(phone, button(phone, "Passer cette question").tap)
    return phone


def question_easy_to_read(room):
    return room.started("people", room.bundled("preparing"))


def error_after_sending_nothing(room):
    """The question's form sent with no button's value (a script, an old browser): refused, said."""
    phone = room.started()
    go(phone, lambda: phone.page.evaluate("document.querySelector('form').submit()"))
    return phone


def questions_without_an_answer(room):
    phone = room.started()
    go(phone, button(phone, "Passer cette question").tap)
    for _ in range(3):
        go(phone, lambda: phone.tap(0))
    return phone


def private_sheet(room):
    """A peer answering otherwise than the team: their own sheet, then what they share."""
    assessment = room.mini()
    team = room.serve(assessment, "team")
    for _ in range(3):  # three people: the team's answers are shown, so the peer's can differ from them
        person = room.phone(team)
        person.begin()
        for _ in range(4):
            go(person, lambda person=person: person.tap(0))
    peer = room.started("peer", assessment)
    go(peer, lambda: peer.tap(3))
    go(peer, lambda: peer.tap(0))
    assert peer.page.get_by_text("vous avez répondu « Pas du tout »").count() == 1  # a part of its own
    return peer


def thanks(room):
    phone = room.started()
    for _ in range(4):
        go(phone, lambda: phone.tap(0))
    return phone


def error_no_cookie(room):
    phone = room.phone(room.serve(room.mini()))
    phone.open()
    phone.context.clear_cookies()
    go(phone, button(phone, "Commencer").tap)
    return phone


def error_busy(room):
    """A phone that asked too much at once (the welcome page and its style sheet take the two allowed)."""
    phone = room.phone(room.serve(room.mini(), limits=Limits(burst=2, per_second=0.01)))
    phone.open()
    phone.page.reload()
    return phone


def full(room):
    collection = room.serve(room.mini(), "peer", max_phones=1)
    room.phone(collection).begin()
    phone = room.phone(collection)
    phone.open()
    return phone


def closed(room):
    """The collection closed on the laptop while a phone was on a question, which it then reloads.

    A collection that sees itself closed stops serving within half a second; here its looking is
    turned off, so that the phone is sure to get the page (and its style sheet) before the end.
    """
    assessment = room.mini()
    collection = room.serve(assessment)
    collection.look_at_the_collection = lambda: None
    collection.app.on_closed = None
    phone = room.phone(collection)
    phone.begin()
    collecting.close(room.store, assessment.id)
    phone.page.reload()
    return phone


def wrong_link(room):
    """An address mistyped, or last week's code: not this collection's token."""
    collection = room.serve(room.mini())
    phone = room.phone(collection)
    phone.url = collection.url.replace(collection.token, "x" * len(collection.token))
    phone.open()
    return phone


PAGES: dict[str, Callable] = {
    "welcome": welcome,
    "question-first": question_first,
    "question-explained-and-commented": question_explained_and_commented,
    "question-after-one-passed": question_after_one_passed,
    "question-answered-already": question_answered_already,
    "question-comment-waiting": question_comment_waiting,
    "question-last": question_last,
    "question-not-applicable": question_not_applicable,
    "question-easy-to-read": question_easy_to_read,
    "error-after-sending-nothing": error_after_sending_nothing,
    "questions-without-an-answer": questions_without_an_answer,
    "private-sheet": private_sheet,
    "thanks": thanks,
    "error-no-cookie": error_no_cookie,
    "error-busy": error_busy,
    "full": full,
    "closed": closed,
    "wrong-link": wrong_link,
}


@pytest.fixture
def room(store, serve, chromium):
    made = Room(store, serve, chromium, [])
    yield made
    for phone in made.phones:
        phone.close()


# -- what each check reads ------------------------------------------------------------------------


def ax_nodes(page) -> list[dict]:
    """Chromium's accessibility tree (what TalkBack is given), its ignored nodes left out, as plain dicts."""
    session = page.context.new_cdp_session(page)
    try:
        raw = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    by_id = {node["nodeId"]: node for node in raw}
    nodes = []
    for node in raw:
        if node.get("ignored"):
            continue
        properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
        parents, parent = [], by_id.get(node.get("parentId"))
        while parent is not None:
            if not parent.get("ignored"):
                parents.append((parent["role"]["value"], (parent.get("name") or {}).get("value", "")))
            parent = by_id.get(parent.get("parentId"))
        nodes.append(
            {
                "role": node["role"]["value"],
                "name": (node.get("name") or {}).get("value", ""),
                "description": (node.get("description") or {}).get("value", ""),
                "properties": properties,
                "parents": parents,
            }
        )
    return nodes


#: Chromium's roles for what a person acts on (``DisclosureTriangle`` is a ``<summary>``).
CONTROLS = {"button", "link", "textbox", "radio", "checkbox", "combobox", "DisclosureTriangle", "switch", "slider"}


def check_language(page) -> list[str]:
    lang = page.evaluate("document.documentElement.lang")
    return [] if lang == "fr" else [f'<html lang="{lang}">, not "fr"']


def check_zoom_allowed(page) -> list[str]:
    viewport = page.evaluate("document.querySelector('meta[name=viewport]')?.content ?? ''")
    return (
        [f"the viewport stops zooming: {viewport}"]
        if re.search(r"user-scalable\s*=\s*(no|0)|maximum-scale", viewport)
        else []
    )


def headings(snapshot: str) -> list[tuple[int, str]]:
    found = re.findall(r'^\s*- \'?heading "(.*)" \[level=(\d)\]', snapshot, re.M)
    return [(int(level), text) for text, level in found]


def check_headings(snapshot: str) -> list[str]:
    found = headings(snapshot)
    problems = []
    if [level for level, _ in found].count(1) != 1:
        problems.append(f"not one level-1 heading: {found}")
    elif found[0][0] != 1:
        problems.append(f"a heading before the level-1 one: {found}")
    for (before, _), (level, text) in itertools.pairwise(found):
        if level > before + 1:
            problems.append(f"heading level {before} then {level} ({text!r})")
    return problems


def check_headings_in_disguise(page) -> list[str]:
    """A paragraph that is only bold text, above a list or a section, is a heading a screen reader cannot jump to."""
    found = page.evaluate(
        """() => [...document.querySelectorAll('main p')].filter(p =>
            p.children.length === 1 && ['STRONG', 'B'].includes(p.children[0].tagName)
            && p.textContent.trim() === p.children[0].textContent.trim()).map(p => p.textContent.trim())"""
    )
    return [f"bold paragraph used as a heading: {text!r}" for text in found]


def check_names(nodes: list[dict]) -> list[str]:
    """Every control has a name, and its name starts with words (no « ✓ » or other decoration read aloud)."""
    problems = []
    for node in nodes:
        if node["role"] in CONTROLS or (node["properties"].get("focusable") and node["role"] != "RootWebArea"):
            name = node["name"].strip()
            if not name:
                problems.append(f"{node['role']} without a name")
            elif not re.match(r"[\w«]", name):
                problems.append(f"{node['role']} named {name!r}: a screen reader reads the decoration first")
    return problems


def check_groups(page, nodes: list[dict], h1: str) -> list[str]:
    """Radios in a named group; a question's answers in a group named by the question, so both are heard."""
    problems = []
    for node in nodes:
        if node["role"] == "radio":
            named = [name for role, name in node["parents"] if role in ("group", "radiogroup") and name.strip()]
            if not named:
                problems.append(f"radio {node['name']!r} outside a named group (fieldset and legend)")
    answers = page.locator('button[name="choice"]')
    if answers.count():
        group = page.get_by_role("group", name=h1, exact=True)
        if group.count() != 1:
            problems.append(f"no group named by the question {h1!r} around its answers")
        elif group.locator('button[name="choice"]').count() != answers.count():
            problems.append("some answers are outside the group named by the question")
    return problems


def check_descriptions(page, nodes: list[dict], kind: str) -> list[str]:
    """Errors are announced; a hint under a field is read with the field (its description)."""
    problems = []
    described = " ".join(node["description"] for node in nodes if node["description"])
    for hint in page.locator(".hint").all():
        text = " ".join(hint.inner_text().split())
        if text and text not in " ".join(described.split()):
            problems.append(f"hint not linked to its field (aria-describedby): {text[:60]!r}")
    for field in page.locator('[aria-invalid="true"]').all():
        ids = (field.get_attribute("aria-describedby") or "").split()
        if not ids or not all(page.locator(f"#{i}").count() for i in ids):
            problems.append("a field said invalid without its error linked (aria-describedby)")
    if kind in ERRORS:
        alerts = [n for n in nodes if n["role"] == "alert" or n["properties"].get("live") == "assertive"]
        if not alerts:
            problems.append("an error page whose message is not an alert (role=alert)")
    for note in page.locator(".note").all():  # « Question 3 passée sans réponse… », « Commentaire enregistré. »
        if note.get_attribute("role") not in ("status", "alert") and not note.get_attribute("aria-live"):
            problems.append(f"a note not announced (role=status): {note.inner_text()[:60]!r}")
    return problems


def check_title(page, kind: str, h1: str) -> list[str]:
    title = page.title()
    problems = []
    if not title.endswith(TITLE_END):
        return [f"title {title!r} does not end with {TITLE_END!r}"]
    where = title.removesuffix(TITLE_END)
    progress = page.locator("p.progress")
    if progress.count():
        if not where.startswith(progress.inner_text()):
            problems.append(f"question page titled {title!r}, not by its place ({progress.inner_text()!r})")
    elif h1.casefold() not in where.casefold():
        problems.append(f"title {title!r} does not say what the page's heading says ({h1!r})")
    if kind in ERRORS and not where.startswith("Erreur"):
        problems.append(f"error page titled {title!r}, not « Erreur… »")
    return problems


#: What the Tab key reaches, the way a person sees it: its box on the page, whether it is shown, its focus ring.
FOCUSED = """() => {
    const e = document.activeElement;
    if (!e || e === document.body || e === document.documentElement) return null;
    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
    const label = (e.getAttribute('aria-label') || e.innerText || e.value || e.name || e.id || '').trim();
    return {tag: e.tagName.toLowerCase(), label: label.slice(0, 50), key: e.outerHTML.slice(0, 200),
            top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right,
            viewTop: r.top, viewBottom: r.bottom, width: r.width, height: r.height,
            innerWidth, innerHeight, visibility: s.visibility, opacity: s.opacity,
            outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), shadow: s.boxShadow};
}"""
FOCUSABLE = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), textarea, select, summary, [tabindex]:not([tabindex="-1"])')]
    .filter(e => e.getClientRects().length && !e.disabled && !e.closest('details:not([open]) > :not(summary)'))
    .filter(e => !(e.type === 'radio' && !e.checked  // Tab stops once in a group of radios: on the one checked
                   && document.querySelector(`input[type=radio][name="${e.name}"]:checked`)))
    .map(e => e.outerHTML.slice(0, 200))"""


def tab_through(page) -> list[dict]:
    """Press Tab from the top of the page until focus leaves the page or comes back to the first element."""
    # Tab goes on from the last element tapped: it starts from a mark put before everything instead.
    page.evaluate(
        """() => { const mark = document.createElement('span'); mark.id = 'tab-start'; mark.tabIndex = -1;
                   document.body.prepend(mark); mark.focus(); window.scrollTo(0, 0); }"""
    )
    seen: list[dict] = []
    for step in range(60):
        page.keyboard.press("Tab")
        if step == 0:
            page.evaluate("document.getElementById('tab-start').remove()")
        focused = page.evaluate(FOCUSED)
        if focused is None or (seen and focused["key"] == seen[0]["key"]):
            break
        seen.append(focused)
    return seen


def check_focus(page) -> list[str]:
    order = tab_through(page)
    problems = []
    reachable = page.evaluate(FOCUSABLE)
    if [f["key"] for f in order] != reachable:
        problems.append(
            f"Tab reaches {[f['label'] for f in order]} but the page shows {len(reachable)} controls: {reachable}"
        )
    for before, after in itertools.pairwise(order):
        below = after["top"] >= before["bottom"] - 1
        beside = after["top"] < before["bottom"] and after["left"] >= before["right"] - 1
        if not (below or beside):
            problems.append(f"focus goes up or back: {before['label']!r} then {after['label']!r}")
    for f in order:
        if f["width"] < 1 or f["height"] < 1 or f["visibility"] != "visible" or float(f["opacity"]) == 0:
            problems.append(f"focus on something not shown: {f['key']}")
        elif (
            f["left"] < 0
            or f["right"] > f["innerWidth"] + 0.5
            or f["viewBottom"] <= 0
            or f["viewTop"] >= f["innerHeight"]
        ):
            problems.append(f"focus off the screen: {f['label']!r} at {f['left']:.0f},{f['viewTop']:.0f}")
        ring = f["outline"] == "auto" or (f["outline"] != "none" and f["outlineWidth"] >= 2)  # "auto": the browser's
        if not ring and f["shadow"] == "none":
            problems.append(f"no visible focus ring on {f['label']!r}")
    return problems


TARGETS = """() => [...document.querySelectorAll(
    'a[href], button, summary, textarea, select, input:not([type=hidden])')]
    .filter(e => e.getClientRects().length && getComputedStyle(e).visibility === 'visible')
    .map(e => {
        const target = (e.type === 'radio' || e.type === 'checkbox') && e.closest('label') || e;
        const r = target.getBoundingClientRect();
        return {label: (e.innerText || e.value || e.name || '').trim().slice(0, 40), width: r.width, height: r.height};
    })"""


def check_targets(page) -> list[str]:
    return [
        f"target {t['label']!r} is {t['width']:.0f}×{t['height']:.0f} px"
        for t in page.evaluate(TARGETS)
        if t["width"] < TARGET or t["height"] < TARGET
    ]


#: Every shown text with its colour and the colour of the first box under it that has one (the canvas: white).
TEXT_COLOURS = """() => {
    const found = [];
    const background = e => {
        for (let n = e; n; n = n.parentElement) {
            const c = getComputedStyle(n).backgroundColor;
            if (c && c !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(c)) return c;
        }
        return 'rgb(255, 255, 255)';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const e = t.parentElement;
        if (!t.textContent.trim() || !e.getClientRects().length) continue;
        const s = getComputedStyle(e);
        if (s.visibility !== 'visible' || e.closest('details:not([open]) > :not(summary)')) continue;
        found.push({text: t.textContent.trim().slice(0, 40), color: s.color, background: background(e)});
    }
    return found;
}"""


def page_colours(page) -> list[dict]:
    return page.evaluate(TEXT_COLOURS)


def check_contrast(page) -> list[str]:
    return [
        f"{c['text']!r}: {c['color']} on {c['background']} is {contrast(c['color'], c['background']):.2f}:1"
        for c in page_colours(page)
        if contrast(c["color"], c["background"]) < TEXT_CONTRAST
    ]


def check_reflow(page) -> list[str]:
    """No sideways scrolling at 320 CSS pixels wide (WCAG 1.4.10), nor on this phone at 200 % (195 pixels)."""
    problems = []
    for width in (320, browser.PHONE["viewport"]["width"] // 2):
        page.set_viewport_size({"width": width, "height": 640})
        scrolled = page.evaluate("document.documentElement.scrollWidth")
        if scrolled > width:
            problems.append(f"at {width} px wide the page scrolls sideways ({scrolled} px)")
    page.set_viewport_size(browser.PHONE["viewport"])
    return problems


def audit(page, kind: str) -> dict[str, list[str]]:
    """Every check on the page as it is: {check: what it found}, only the checks that found something."""
    snapshot = page.locator("html").aria_snapshot()
    nodes = ax_nodes(page)
    level_1 = page.get_by_role("heading", level=1)
    h1 = level_1.first.inner_text() if level_1.count() else ""
    results = {
        "language": check_language(page),
        "zoom": check_zoom_allowed(page),
        "headings": check_headings(snapshot) + check_headings_in_disguise(page),
        "names": check_names(nodes),
        "groups": check_groups(page, nodes, h1),
        "announced": check_descriptions(page, nodes, kind),
        "title": check_title(page, kind, h1),
        "focus": check_focus(page),
        "targets": check_targets(page),
        "contrast": check_contrast(page),
        "reflow": check_reflow(page),
    }
    return {check: problems for check, problems in results.items() if problems}


@pytest.mark.parametrize("kind", list(PAGES))
def test_a_phone_page_reads_well_with_a_screen_reader_and_a_keyboard(room, kind):
    phone = PAGES[kind](room)
    page = phone.page
    page.wait_for_load_state()
    assert page.locator("h1").count() == 1, page.content()[:500]  # the way led to a page, not the browser's error
    assert audit(page, kind) == {}


#: A page with one of each defect the checks look for, to be sure each finds what it should.
FLAWED = """<!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width, user-scalable=no">
<title>Page</title></head><body><main>
<button tabindex="1">Bouton sauté en premier</button>
<h1>Titre</h1><h3>Niveau sauté</h3>
<p><strong>Faux titre</strong></p><ul><li>Un point</li></ul>
<button style="width:20px;height:20px;padding:0"></button>
<p style="color:#999999">Gris trop clair</p>
<label><input type="radio" name="r"> Option seule</label>
<a href="#" style="position:absolute;left:-9999px">Aller au contenu</a>
<button style="outline:none">Sans anneau</button>
<div id="question">Question ?</div><button name="choice" value="a">Oui</button>
<textarea aria-label="Commentaire"></textarea><p class="hint">Astuce sans lien</p><p class="note">Note muette</p>
<input aria-invalid="true" aria-label="Âge">
<div style="width:600px">Trop large</div>
</main></body></html>"""


def test_each_check_finds_the_defect_it_looks_for(chromium):
    context = chromium.new_context(**browser.PHONE)
    try:
        page = context.new_page()
        page.set_content(FLAWED)
        found = audit(page, "error-after-sending-nothing")
    finally:
        context.close()
    said = {check: " | ".join(problems) for check, problems in found.items()}
    assert set(said) == {
        "language",
        "zoom",
        "headings",
        "names",
        "groups",
        "announced",
        "title",
        "focus",
        "targets",
        "contrast",
        "reflow",
    }, said
    assert "level 1 then 3" in said["headings"] and "Faux titre" in said["headings"]
    assert "button without a name" in said["names"]
    assert "Option seule" in said["groups"] and "group named by the question" in said["groups"]
    assert "Astuce sans lien" in said["announced"] and "not an alert" in said["announced"]
    assert "invalid without its error" in said["announced"] and "Note muette" in said["announced"]
    assert "PeerReady" in said["title"]
    assert "goes up or back" in said["focus"] and "off the screen" in said["focus"]
    assert "Sans anneau" in said["focus"]
    assert "20×20" in said["targets"] and "Gris trop clair" in said["contrast"]
