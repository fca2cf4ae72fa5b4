"""Each questionnaire is read and validated once per process (issue 14), whoever asks for it."""

from peerready.engine import instrument
from peerready.engine.instrument import catalogue
from peerready.store import assessments, structures
from peerready.store.database import Store
from peerready.workshop import preparing


def test_the_bundled_questionnaire_is_parsed_once_for_the_app_the_cli_and_the_store(tmp_path, monkeypatch):
    monkeypatch.setattr(catalogue, "_READ", {})
    reads = []
    real = catalogue._read
    monkeypatch.setattr(catalogue, "_read", lambda text, path: reads.append(path) or real(text, path))
    first = instrument.find(None)
    again = instrument.find(None)
    assert again is first
    with Store.open(tmp_path / "data", automatic_backup=False) as store:
        structure = structures.create_structure(store, "Le Phare")
        made = preparing.start_assessment(store, structure.id, first, "recruiting", {"team": "tally"})
        store.questionnaire_cache.clear()  # as in a new session of the store: it reads the kept text
        kept = assessments.questionnaire(store, made.questionnaire_hash)
    assert len(reads) == 1
    assert kept.questions == first.questions and kept.path.startswith("questionnaire ")


def test_a_questionnaire_with_an_error_is_read_again_each_time(monkeypatch):
    """Only valid questionnaires are kept: a file being mended is read afresh, with its new errors."""
    import pytest

    monkeypatch.setattr(catalogue, "_READ", {})
    broken = "id: x\n"
    for _ in range(2):
        with pytest.raises(catalogue.QuestionnaireError):
            catalogue.loads(broken, "q.yaml")
    assert catalogue._READ == {}
