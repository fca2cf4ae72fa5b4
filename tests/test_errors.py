"""One error hierarchy: every exception PeerReady defines is a ``PeerReadyError``.

The faces catch that one type (``peerready.cli``); the classes are found by walking the
package, never from a hand-written list, so an exception class added later is covered.
"""

import importlib
import pkgutil
from pathlib import Path

import pytest

import peerready
from peerready.engine.answers import AnswersError
from peerready.engine.errors import PeerReadyError
from peerready.engine.instrument import QuestionnaireError
from peerready.engine.yamlsource import SourceError
from peerready.store.bundle import BundleError
from peerready.store.errors import RecordError
from peerready.store.faults import StoreError
from peerready.store.instance import FolderInUse, Holder


def _exception_classes() -> set[type]:
    found = set()
    for info in pkgutil.walk_packages(peerready.__path__, "peerready."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == module.__name__:
                found.add(value)
    return found


def test_every_exception_class_of_peerready_derives_from_the_base():
    found = _exception_classes()
    assert {QuestionnaireError, AnswersError, SourceError, StoreError, RecordError, BundleError, FolderInUse} <= found
    assert sorted(f"{c.__module__}.{c.__qualname__}" for c in found if not issubclass(c, PeerReadyError)) == []


def test_lines_are_the_message_lines_unless_an_error_knows_its_file_and_line():
    assert PeerReadyError("un\ndeux").lines() == ["un", "deux"]
    assert RecordError("Aucune structure.").lines() == ["Aucune structure."]
    error = QuestionnaireError([("q.yaml", 3, "clé inconnue"), ("q.yaml", None, "vide")])
    assert error.lines() == ["q.yaml:3: clé inconnue", "q.yaml: vide"]
    assert str(error).splitlines() == error.lines()
    assert AnswersError("r.yaml", [(2, "groupe inconnu")]).lines() == ["r.yaml:2: groupe inconnu"]
    assert BundleError("x.peerready", ["abîmé", "tronqué"]).lines() == ["x.peerready: abîmé", "x.peerready: tronqué"]


def test_the_errors_keep_what_callers_read_from_them():
    error = StoreError("Le disque est plein.", "full", Path("sauvegarde"), path=Path("base"), advice="libérez")
    assert (error.kind, error.latest_backup, error.path, error.advice) == (
        "full",
        Path("sauvegarde"),
        Path("base"),
        "libérez",
    )
    assert SourceError([(4, "YAML illisible")]).problems == [(4, "YAML illisible")]
    busy = FolderInUse(Path("données"), Holder(program="app"))
    assert busy.folder == Path("données") and busy.holder.program == "app"


@pytest.mark.parametrize(
    "error",
    [
        RecordError("Aucune évaluation n'a l'identifiant « x »."),
        StoreError("La base est endommagée.", "damaged"),
        BundleError("x.peerready", ["ce n'est pas un fichier PeerReady"]),
    ],
)
def test_the_command_line_tells_any_of_them_in_french_and_exits_1(error, monkeypatch, capsys):
    from peerready import cli
    from peerready.store import history

    def fails(*args, **kwargs):
        raise error

    monkeypatch.setattr(history, "overview", fails)
    assert cli.main(["overview"]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-len(error.lines()) :] == error.lines()
