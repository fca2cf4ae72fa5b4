"""Moving data between machines: round trip, idempotent merge, and hostile files refused."""

import hashlib
import json
import zipfile

import pytest

from peerready.engine import answers
from peerready.store import action_plan, bundle, respondents, structures, summaries
from peerready.store.database import Store
from peerready.workshop import recording
from tests.conftest import ROOT

TABLES = ("structures", "questionnaires", "assessments", "assessment_groups", "respondents", "answers", "actions")


def snapshot(store):
    return {t: sorted(json.dumps(dict(r), sort_keys=True) for r in store.db[t].rows) for t in TABLES}


@pytest.fixture
def filled(tmp_path, bundled):
    with Store.open(tmp_path / "laptop") as s:
        assessment = recording.record(
            s, "CHRS Les Tilleuls", answers.load(ROOT / "examples/chrs-mal-prepare.yaml"), bundled
        )
        respondent = respondents.add_respondent(s, assessment.id, "team")
        respondents.save_answer(s, respondent.id, "fears_discussed", counts={"nothing": 2}, comment="Nommer Paul ici")
        first = action_plan.list_actions(s, assessment.id)[0]
        action_plan.update_action(s, first.id, owner_name="Samia", status="doing", notes="Voir en janvier")
        yield s, assessment


def test_export_then_import_on_an_empty_folder_gives_everything_back(filled, tmp_path):
    source, assessment = filled
    path = tmp_path / "tilleuls.peerready"
    bundle.export(source, path, structure_id=assessment.structure_id, include_comments=True)
    with Store.open(tmp_path / "office") as target:
        report = bundle.import_bundle(target, path)
        assert report.assessments == 1 and report.answers == source.db["answers"].count
        assert snapshot(target) == snapshot(source)
        assert summaries.assessment_results(target, assessment.id) == summaries.assessment_results(
            source, assessment.id
        )


def test_comments_are_left_out_unless_asked_for(filled, tmp_path):
    source, assessment = filled
    path = tmp_path / "x.peerready"
    manifest = bundle.export(source, path, assessment_id=assessment.id)
    assert manifest["comments_included"] is False
    text = zipfile.ZipFile(path).read("data.json").decode("utf-8")
    assert "Nommer Paul" not in text
    assert "Voir en janvier" in text  # the plan's own notes are part of the plan


def test_importing_the_same_file_twice_changes_nothing(filled, tmp_path):
    source, assessment = filled
    path = tmp_path / "x.peerready"
    bundle.export(source, path, structure_id=assessment.structure_id)
    with Store.open(tmp_path / "office") as target:
        bundle.import_bundle(target, path)
        before = snapshot(target)
        assert bundle.import_bundle(target, path).changed == 0
        assert snapshot(target) == before


def test_an_assessment_continued_on_two_laptops_merges_by_uuid(filled, tmp_path):
    source, assessment = filled
    shared = tmp_path / "shared.peerready"
    bundle.export(source, shared, assessment_id=assessment.id)
    with Store.open(tmp_path / "laptop2") as other:
        bundle.import_bundle(other, shared)
        # Laptop 2 adds a person and edits an action later; laptop 1 adds another person.
        person = respondents.add_respondent(other, assessment.id, "team")
        respondents.save_answer(other, person.id, "fears_discussed", counts={"done": 3})
        action = action_plan.list_actions(other, assessment.id)[1]
        action_plan.update_action(other, action.id, owner_name="Léa")
        back = tmp_path / "back.peerready"
        bundle.export(other, back, assessment_id=assessment.id)
    mine = respondents.add_respondent(source, assessment.id, "team")
    respondents.save_answer(source, mine.id, "fears_discussed", counts={"planned": 1})
    bundle.import_bundle(source, back)
    team = [r for r in respondents.list_respondents(source, assessment.id) if r.group == "team"]
    assert sorted(r.number for r in team) == list(range(1, len(team) + 1))  # both kept, renumbered
    assert action_plan.get_action(source, action.id).owner_name == "Léa"  # the later edit wins


def test_a_clashing_structure_name_is_renamed_not_merged(filled, tmp_path):
    source, assessment = filled
    path = tmp_path / "x.peerready"
    bundle.export(source, path, structure_id=assessment.structure_id)
    with Store.open(tmp_path / "office") as target:
        structures.create_structure(target, "CHRS Les Tilleuls")
        report = bundle.import_bundle(target, path)
        assert report.renamed == ["CHRS Les Tilleuls → CHRS Les Tilleuls (2)"]
        assert target.db["structures"].count == 2


def rewrite(path, target, mutate_manifest=None, mutate_data=None, extra=None, fix_checksum=True):
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    if mutate_data:
        mutate_data(data)
    payload = json.dumps(data).encode("utf-8")
    if fix_checksum:
        manifest["files"]["data.json"]["sha256"] = hashlib.sha256(payload).hexdigest()
    if mutate_manifest:
        mutate_manifest(manifest)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", payload)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return target


def _negative_count(data):
    answer = next(a for a in data["answers"] if a["counts"] and json.loads(a["counts"]))
    option = next(iter(json.loads(answer["counts"])))
    answer["counts"] = json.dumps({option: -4})


def hostile_files(good, tmp_path):
    """(what, file, the reason it must be refused for)."""
    not_zip = tmp_path / "a.peerready"
    not_zip.write_bytes(b"MZ\x90\x00 not a zip")
    yield "pas un zip", not_zip, "illisible ou tronqué"
    truncated = tmp_path / "b.peerready"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    yield "tronqué", truncated, "illisible ou tronqué"
    yield (
        "chemin dans l'archive",
        rewrite(good, tmp_path / "c.peerready", extra={"../../evil.sh": "rm -rf /"}),
        "contenu inattendu : ../../evil.sh",
    )
    yield (
        "version future",
        rewrite(good, tmp_path / "d.peerready", mutate_manifest=lambda m: m.update(format_version=99)),
        "version de fichier 99",
    )
    yield (
        "somme de contrôle",
        rewrite(
            good, tmp_path / "e.peerready", mutate_data=lambda d: d["answers"][0].update(value="x"), fix_checksum=False
        ),
        "somme de contrôle",
    )
    yield (
        "questionnaire inconnu",
        rewrite(good, tmp_path / "f.peerready", mutate_data=lambda d: d.update(questionnaires=[])),
        "questionnaire inconnu",
    )
    yield (
        "réponse inconnue",
        rewrite(
            good,
            tmp_path / "g.peerready",
            mutate_data=lambda d: next(a for a in d["answers"] if a["value"]).update(value="maybe"),
        ),
        "réponse inconnue « maybe »",
    )
    yield "décompte négatif", rewrite(good, tmp_path / "h.peerready", mutate_data=_negative_count), "nombre invalide"
    deep = tmp_path / "i.peerready"
    payload = ('{"a":' * 100000 + "1" + "}" * 100000).encode()
    with zipfile.ZipFile(deep, "w") as archive:
        archive.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "peerready-bundle",
                    "format_version": 1,
                    "files": {"data.json": {"sha256": hashlib.sha256(payload).hexdigest()}},
                }
            ),
        )
        archive.writestr("data.json", payload)
    yield "imbriqué", deep, "imbriqué trop profondément"
    yield (
        "colonne en trop",
        rewrite(good, tmp_path / "j.peerready", mutate_data=lambda d: d["structures"][0].update(password="x")),
        "colonne inconnue « password »",
    )
    yield (
        "identifiant invalide",
        rewrite(good, tmp_path / "k.peerready", mutate_data=lambda d: d["structures"][0].update(id="'; DROP TABLE x")),
        "identifiant invalide",
    )


def test_hostile_or_broken_bundles_are_refused_and_nothing_is_written(filled, tmp_path, monkeypatch):
    source, assessment = filled
    good = tmp_path / "good.peerready"
    bundle.export(source, good, structure_id=assessment.structure_id)
    with Store.open(tmp_path / "office") as target:
        structures.create_structure(target, "Déjà là")
        before = snapshot(target)
        for label, path, reason in hostile_files(good, tmp_path):
            with pytest.raises(bundle.BundleError) as info:
                bundle.import_bundle(target, path)
            assert any(reason in problem for problem in info.value.problems), (label, info.value.problems)
            assert snapshot(target) == before, label
        monkeypatch.setattr(bundle, "MAX_FILE_BYTES", 100)
        with pytest.raises(bundle.BundleError, match="trop gros"):
            bundle.import_bundle(target, good)
        assert snapshot(target) == before
