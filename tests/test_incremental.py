"""compare reuses what did not change, and its outputs are those of a run from scratch.

Each step changes the corpus (or the acknowledgements, a reviewed claims file, the cache
itself, a page) and runs `compare` again in the same folder; the outputs must be byte for
byte those of a cold run on a copy with the same inputs, and `check` (which compares in
memory, without the cache) must find nothing stale.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.store import CACHE_DIR

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
SMALL = sorted((ROOT / "tests" / "fixtures" / "small").iterdir())

pytestmark = pytest.mark.skipif(not SEEDS, reason="no shipped corpus")


def outputs(base: Path) -> dict[str, bytes]:
    """Every output file under claims/ and reports/ (not the cache, nor the run state)."""
    found = {}
    for folder in ("claims", "reports"):
        for path in sorted((base / folder).rglob("*")):
            relative = path.relative_to(base)
            hidden = CACHE_DIR in relative.parts or path.name == ".claimcheck-state.json"
            if path.is_file() and not hidden:
                found[relative.as_posix()] = path.read_bytes()
    return found


def compare(base: Path, monkeypatch, *extra: str) -> None:
    monkeypatch.chdir(base)
    result = CliRunner().invoke(app, ["compare", "corpus", "-q", *extra])
    assert result.exit_code == 0, result.output


def cold(base: Path, tmp: Path, monkeypatch) -> dict[str, bytes]:
    """The outputs of a run from scratch on the same inputs: the corpus, the
    acknowledgements and any reviewed claims file."""
    fresh = tmp / "cold"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(base / "corpus", fresh / "corpus")
    (fresh / "claims").mkdir(parents=True)
    for path in (base / "claims").rglob("*.json"):
        data = path.read_text(encoding="utf-8")
        if path.name == "acknowledged.json" or '"reviewed": true' in data:
            target = fresh / "claims" / path.relative_to(base / "claims")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(data, encoding="utf-8")
    compare(fresh, monkeypatch)
    return outputs(fresh)


def assert_same_as_cold(base: Path, tmp: Path, monkeypatch, step: str) -> None:
    incremental = outputs(base)
    expected = cold(base, tmp, monkeypatch)
    assert sorted(incremental) == sorted(expected), step
    for name in expected:
        assert incremental[name] == expected[name], f"{step}: {name} differs"
    monkeypatch.chdir(base)
    check = CliRunner().invoke(app, ["check", "corpus", "--fail-on", "never"])
    assert check.exit_code == 0, f"{step}: {check.output}"
    assert in_memory_plan(base) == {
        name: data for name, data in incremental.items() if name != "claims/acknowledged.json"
    }, step


def in_memory_plan(base: Path) -> dict[str, bytes]:
    """What the whole-corpus, in-memory pipeline (used by --strict) would write."""
    from claimcheck.pipeline import compare_corpus, planned_claims, planned_reports
    from claimcheck.settings import Settings

    settings = Settings(
        corpus=Path("corpus"), claims_dir=Path("claims"), reports_dir=Path("reports")
    )
    comparison = compare_corpus(settings, shown_root="corpus")  # acknowledgements applied
    plan = planned_claims(comparison.extraction, settings)
    plan.update(planned_reports(comparison, settings))
    reviewed = {
        path.as_posix(): path.read_bytes()
        for path in Path("claims").rglob("*.json")
        if path.name != "acknowledged.json" and path not in plan
    }
    return {path.as_posix(): text.encode("utf-8") for path, text in plan.items()} | reviewed


HARBOUR = (
    "OSLO, Jan 9 (Reuters) - Norway's fisheries minister Kari Dahl opened a new harbour "
    "in Tromso on Thursday.\n"
)
"""A new article of an event of its own, naming nobody the other articles name."""
MEETING = (
    "OSLO, Jan 9 (Reuters) - Norwegian Foreign Minister Kari Dahl met Swedish Defence "
    "Minister Lars Berglund in Oslo on Thursday, the ministry said.\n"
)
"""A new article of an event of its own, with two new people."""


def add_article(base: Path, text: str) -> None:
    (base / "corpus" / "zz_other.txt").write_text(text, encoding="utf-8")


def spy(monkeypatch, owner: object, name: str, seen) -> list:
    """Calls of `owner.name` from now on, each recorded as `seen(*args)`; the calls go
    through unchanged."""
    calls: list = []
    real = getattr(owner, name)

    def recording(*args, **kwargs):
        calls.append(seen(*args))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return calls


@pytest.fixture
def base(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    (folder / "corpus").mkdir(parents=True)
    for path in SEEDS + SMALL:
        shutil.copy(path, folder / "corpus" / path.name)
    return folder


def test_every_change_gives_the_outputs_of_a_fresh_run(base, tmp_path, monkeypatch):
    compare(base, monkeypatch)
    assert list((base / "reports" / CACHE_DIR / "articles").glob("*.json"))
    corpus = base / "corpus"
    seed = SEEDS[0].read_text(encoding="utf-8")

    # an outlet's copy with one figure changed joins an existing event
    changed = seed.replace("2023", "2022", 1) if "2023" in seed else seed + "\nIt cost 5 million."
    (corpus / "zz_changed.txt").write_text(changed, encoding="utf-8")
    compare(base, monkeypatch)
    assert_same_as_cold(base, tmp_path, monkeypatch, "article added")

    # an article edited in place, another removed
    (corpus / SEEDS[1].name).write_text(
        SEEDS[1].read_text(encoding="utf-8") + "\nThe talks lasted two hours.\n", encoding="utf-8"
    )
    (corpus / SMALL[0].name).unlink()
    compare(base, monkeypatch)
    assert_same_as_cold(base, tmp_path, monkeypatch, "article edited and one removed")

    # every finding acknowledged: findings.json and the pages carry the reasons
    monkeypatch.chdir(base)
    acked = CliRunner().invoke(app, ["ack", "corpus", "--all", "--reason", "checked by desk"])
    assert acked.exit_code == 0, acked.output
    compare(base, monkeypatch)
    assert b"checked by desk" in (base / "reports" / "findings.json").read_bytes()
    assert_same_as_cold(base, tmp_path, monkeypatch, "acknowledged")

    # a person reviews a claims file and removes a claim
    path = base / "claims" / (SEEDS[2].stem + ".json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reviewed"] = True
    data["claims"] = data["claims"][1:]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    compare(base, monkeypatch)
    assert_same_as_cold(base, tmp_path, monkeypatch, "claims file reviewed")


def test_a_damaged_or_foreign_cache_changes_nothing_but_time(base, tmp_path, monkeypatch):
    compare(base, monkeypatch)
    expected = outputs(base)
    cache = base / "reports" / CACHE_DIR
    shards = sorted((cache / "articles").glob("*.json"))
    shards[0].write_text('{"format": "claimcheck.cache/1", "articles": 3}', encoding="utf-8")
    for shard in shards[1:]:
        data = json.loads(shard.read_text(encoding="utf-8"))
        for record in data["articles"].values():
            record["profile"]["people"] = ["not", "a", "mapping"]
        shard.write_text(json.dumps(data), encoding="utf-8")
    (cache / "pages.json").write_bytes(b"\xff\xfe not json")
    for event in (cache / "events").iterdir():
        event.write_text("garbage\n{", encoding="utf-8")
    # the cache's other files: unreadable, of the wrong shape, or with a seal that fails
    (cache / "copies.json").write_text('{"format": 1, "contained": [1, 2]}', encoding="utf-8")
    sections = json.loads((cache / "entities-sections.json").read_text(encoding="utf-8"))
    sections["value"] = {key: ["## Someone else", 7] for key in sections["value"]}
    (cache / "entities-sections.json").write_text(json.dumps(sections), encoding="utf-8")
    (cache / "findings-spans.json").write_text("[", encoding="utf-8")
    (corpus_file := base / "corpus" / "zz.txt").write_text(
        "BAKU, March 3. Minister Ali Veli met Ambassador John Smith.", encoding="utf-8"
    )
    compare(base, monkeypatch)
    corpus_file.unlink()
    compare(base, monkeypatch)
    assert outputs(base) == expected
    shutil.rmtree(cache)
    (base / "reports" / ".claimcheck-state.json").unlink()
    compare(base, monkeypatch)
    assert outputs(base) == expected


def test_pages_and_findings_edited_by_hand_are_rewritten_by_the_next_run(base, monkeypatch):
    compare(base, monkeypatch)
    pages = sorted(p for p in (base / "reports").glob("*.md") if p.name != "index.md")
    page = next(p for p in pages if p.name != "entities.md")
    original = page.read_bytes()
    page.write_bytes(original + b"\nhand-written note\n")
    findings = base / "reports" / "findings.json"
    findings.write_text("{}", encoding="utf-8")
    (base / "reports" / ".claimcheck-state.json").unlink()
    compare(base, monkeypatch)
    assert page.read_bytes() == original
    assert json.loads(findings.read_text(encoding="utf-8"))["events"]


def test_the_cache_is_kept_out_of_version_control(base, monkeypatch):
    compare(base, monkeypatch)
    ignore = base / "reports" / CACHE_DIR / ".gitignore"
    assert ignore.read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_nothing_is_compared_again_for_an_unrelated_article(base, monkeypatch):
    from claimcheck import incremental

    compare(base, monkeypatch)
    compared = spy(
        monkeypatch, incremental, "compare_event", lambda event, *_: sorted(event.articles)
    )
    add_article(base, HARBOUR)
    compare(base, monkeypatch)
    assert compared == [["zz_other"]]


def test_events_compared_in_worker_processes_match_serial_ones(base, tmp_path, monkeypatch):
    from claimcheck import incremental, parallel

    monkeypatch.setattr(incremental, "MIN_PARALLEL", 1)
    monkeypatch.setattr(incremental, "GROUP_CHUNK", 1)
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)
    monkeypatch.setattr(parallel, "CHUNK", 2)
    serial = tmp_path / "serial"
    shutil.copytree(base, serial)
    compare(base, monkeypatch, "--jobs", "2")
    compare(serial, monkeypatch, "--jobs", "1")
    assert outputs(base) == outputs(serial)
    assert len(list((base / "reports" / CACHE_DIR / "events").iterdir())) >= 2
    # without the cache, the claims files are read back in workers
    shutil.rmtree(base / "reports" / CACHE_DIR)
    (base / "reports" / ".claimcheck-state.json").unlink()
    compare(base, monkeypatch, "--jobs", "2")
    assert outputs(base) == outputs(serial)


def test_a_cut_or_edited_cache_entry_is_never_part_of_an_output(base, monkeypatch):
    compare(base, monkeypatch)
    expected = outputs(base)
    events = base / "reports" / CACHE_DIR / "events"
    for path in events.iterdir():
        text = path.read_text(encoding="utf-8")
        # a valid first line, then a body cut in half (or a page with one word changed)
        path.write_text(text[: len(text) // 2 + 200].replace("agree", "disagree"), "utf-8")
    (base / "reports" / ".claimcheck-state.json").unlink()
    for page in (base / "reports").glob("*.md"):
        page.unlink()
    compare(base, monkeypatch)
    assert outputs(base) == expected


def test_a_cache_folder_that_is_a_link_is_neither_read_nor_written(base, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (base / "reports").mkdir()
    (base / "reports" / CACHE_DIR).symlink_to(elsewhere, target_is_directory=True)
    compare(base, monkeypatch)
    assert list(elsewhere.iterdir()) == []
    assert (base / "reports" / "findings.json").is_file()


def test_a_hand_edited_date_cannot_name_a_page_outside_the_reports(base, tmp_path, monkeypatch):
    compare(base, monkeypatch)
    path = base / "claims" / (SEEDS[3].stem + ".json")  # an event of its own
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reviewed"] = True
    for claim in data["claims"]:
        if claim["kind"] in ("meeting", "visit"):
            claim["date"] = "2023-03-09/../../../escaped"
            claim["date_precision"] = "day"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    compare(base, monkeypatch)
    pages = sorted(p.name for p in (base / "reports").glob("*.md"))
    assert any("escaped" in name for name in pages)  # the date did name a page...
    assert [p for p in tmp_path.rglob("*escaped*")] == [  # ...inside the reports folder
        base / "reports" / name for name in pages if "escaped" in name
    ]


def test_events_compared_by_another_version_are_compared_again(base, monkeypatch):
    from claimcheck import incremental

    compare(base, monkeypatch)
    compared = spy(monkeypatch, incremental, "compare_group", lambda group, *_: group.ids)
    monkeypatch.setattr(incremental, "_version", lambda settings: "another version")
    (base / "reports" / ".claimcheck-state.json").unlink()
    compare(base, monkeypatch)
    assert len(compared) >= 3  # every event, none taken from the old version's cache


def test_check_without_a_cache_leaves_no_files_anywhere(base, tmp_path, monkeypatch):
    import tempfile

    compare(base, monkeypatch)
    shutil.rmtree(base / "reports" / CACHE_DIR)
    before = outputs(base)
    spill = tmp_path / "tmp"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    monkeypatch.chdir(base)
    result = CliRunner().invoke(app, ["check", "corpus", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert outputs(base) == before
    assert not (base / "reports" / CACHE_DIR).exists()
    assert list(spill.iterdir()) == []


def test_extract_streams_the_same_claims_and_table_as_the_whole_corpus_path(base, monkeypatch):
    monkeypatch.chdir(base)
    streamed = CliRunner().invoke(app, ["extract", "corpus", "--claims", "c1"])
    whole = CliRunner().invoke(app, ["extract", "corpus", "--claims", "c2", "--strict"])
    assert streamed.exit_code == 0 and whole.exit_code == 0, streamed.output + whole.output
    assert streamed.stdout == whole.stdout
    files = {p.relative_to(base / "c1"): p.read_bytes() for p in (base / "c1").rglob("*.json")}
    assert files == {
        p.relative_to(base / "c2"): p.read_bytes() for p in (base / "c2").rglob("*.json")
    }
    assert len(files) == len(SEEDS + SMALL)
    assert not (base / "reports").exists()  # extract leaves the reports folder alone


def test_a_cache_that_cannot_be_written_only_costs_time(base, monkeypatch):
    compare(base, monkeypatch)
    expected = outputs(base)
    events = base / "reports" / CACHE_DIR / "events"
    shutil.rmtree(events)
    events.write_text("a file where the folder was", encoding="utf-8")
    shards = base / "reports" / CACHE_DIR / "articles"
    shutil.rmtree(shards)
    shards.write_text("another one", encoding="utf-8")
    (base / "reports" / ".claimcheck-state.json").unlink()
    for page in (base / "reports").glob("*.md"):
        page.unlink()
    compare(base, monkeypatch)
    assert outputs(base) == expected


def test_a_run_that_finds_nothing_changed_prints_the_same_summary(base, monkeypatch):
    monkeypatch.chdir(base)
    first = CliRunner().invoke(app, ["compare", "corpus"])
    again = CliRunner().invoke(app, ["compare", "corpus"])
    assert first.exit_code == 0 and again.exit_code == 0
    assert "nothing changed" in again.stderr
    table = first.stderr.split("\nwrote ")[0]
    assert "agreements" in table and again.stderr.startswith(table)


def test_findings_json_copies_the_events_that_did_not_change(base, tmp_path, monkeypatch):
    from claimcheck import incremental

    compare(base, monkeypatch)
    assert (base / "reports" / CACHE_DIR / "findings-spans.json").is_file()
    made = spy(monkeypatch, incremental._Events, "text", lambda _, event, *__: event.id)
    add_article(base, HARBOUR)
    compare(base, monkeypatch)
    events = json.loads((base / "reports" / "findings.json").read_text(encoding="utf-8"))
    assert len(events["events"]) > 2
    new = [e["id"] for e in events["events"] if "zz_other" in e["articles"]]
    assert made == new  # the one new event made, every other one copied
    assert_same_as_cold(base, tmp_path, monkeypatch, "article added, events copied")


def test_findings_spans_edited_in_the_cache_are_not_trusted(base, tmp_path, monkeypatch):
    compare(base, monkeypatch)
    path = base / "reports" / CACHE_DIR / "findings-spans.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["value"] = {identity: [0, 10] for identity in data["value"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    add_article(base, HARBOUR)
    compare(base, monkeypatch)
    assert_same_as_cold(base, tmp_path, monkeypatch, "spans edited")


def test_entities_md_makes_again_only_the_sections_of_changed_people(base, tmp_path, monkeypatch):
    from claimcheck.report import markdown

    compare(base, monkeypatch)
    made = spy(monkeypatch, markdown, "_person", lambda mentions: mentions[0].entity.name)
    add_article(base, MEETING)
    compare(base, monkeypatch)
    people = (base / "reports" / "entities.md").read_text(encoding="utf-8").count("\n## ")
    assert people > 5
    assert sorted(made) == ["Kari Dahl", "Lars Berglund"]
    assert_same_as_cold(base, tmp_path, monkeypatch, "entities reused")


def test_check_reads_only_the_discrepancies_of_each_event(base, monkeypatch):
    from claimcheck import incremental

    compare(base, monkeypatch)
    findings = json.loads((base / "reports" / "findings.json").read_text(encoding="utf-8"))
    clashes = sorted(
        (e["id"], f["id"]) for e in findings["events"] for f in e["findings"]
        if f["type"] == "discrepancy"
    )  # fmt: skip
    assert clashes
    parsed = spy(monkeypatch, incremental, "_full", lambda text, event_id: event_id)
    monkeypatch.chdir(base)
    result = CliRunner().invoke(app, ["check", "corpus", "--fail-on", "never", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert parsed == []  # no event read in full: its discrepancies are on a line of their own
    seen = json.loads(result.output)["findings"]
    assert sorted((f["event"], f["id"]) for f in seen) == clashes
    by_id = {f["id"]: f for e in findings["events"] for f in e["findings"]}
    for finding in seen:
        expected = dict(by_id[finding["id"]], event=finding["event"], gate=finding["gate"])
        assert finding == expected
    # acknowledged, the same discrepancies pass the gate
    acked = CliRunner().invoke(app, ["ack", "corpus", "--all", "--reason", "checked"])
    assert acked.exit_code == 0, acked.output
    compare(base, monkeypatch)
    parsed.clear()  # (ack and compare read events in full: check must not)
    result = CliRunner().invoke(app, ["check", "corpus", "--fail-on", "info", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert parsed == []
    seen = json.loads(result.output)["findings"]
    assert len(seen) == len(clashes) and all(f["gate"] == "acknowledged" for f in seen)


def test_findings_json_is_spliced_the_same_without_kernel_copies(base, tmp_path, monkeypatch):
    """Where the kernel cannot copy between files (another file system, an old kernel, no
    pread), the unchanged events are read and written: the same bytes."""
    import os

    compare(base, monkeypatch)
    monkeypatch.delattr(os, "copy_file_range", raising=False)
    monkeypatch.delattr(os, "pread", raising=False)
    add_article(base, MEETING)
    compare(base, monkeypatch)
    monkeypatch.undo()
    assert_same_as_cold(base, tmp_path, monkeypatch, "spliced by reads and writes")


def test_a_cached_event_whose_discrepancies_were_edited_is_not_believed(base, monkeypatch):
    compare(base, monkeypatch)
    monkeypatch.chdir(base)
    args = ["check", "corpus", "--fail-on", "never", "--format", "json"]
    expected = json.loads(CliRunner().invoke(app, args).output)["findings"]
    assert expected
    for path in (base / "reports" / CACHE_DIR / "events").iterdir():
        if path.suffix != ".md":
            head, acks, _, rest = path.read_text(encoding="utf-8").split("\n", 3)
            path.write_text("\n".join((head, acks, "[]", rest)), encoding="utf-8")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["findings"] == expected
