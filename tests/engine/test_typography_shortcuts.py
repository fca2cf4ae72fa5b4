"""French typography skips the rules whose character is absent: the result is the same as running them all."""

from hypothesis import given, settings
from hypothesis import strategies as st

from peerready.engine import typography as t


def every_rule(text: str) -> str:
    text = t._APOSTROPHE.sub("’", text)
    text = t._OPEN_QUOTE.sub("«" + t.NBSP, text)
    text = t._CLOSE_QUOTE.sub(t.NBSP + "»", text)
    text = t._SPACE_BEFORE_HIGH_PUNCT.sub(t.NARROW_NBSP + r"\1", text)
    return t._SPACE_BEFORE_COLON.sub(t.NBSP + ":", text)


@settings(max_examples=2000)
@given(st.text(alphabet="aé1 '«»?!;:\t\u00a0\u202f.(/[)…\n", max_size=24))
def test_skipping_absent_rules_changes_nothing(text):
    assert t.french(text) == every_rule(text)


def test_the_bundled_questionnaires_texts_read_the_same(bundled):
    texts = [q.text for q in bundled.questions] + [q.help for q in bundled.questions if q.help]
    assert texts and all(t.french(x) == every_rule(x) for x in texts)
