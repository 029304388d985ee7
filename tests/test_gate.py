"""The CI gate end to end through the CLI: check, ack, staleness, reviewed claims."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.gate import AckFile, acknowledgement_for, bringing_article, finding_values
from claimcheck.models import Finding

SEEDS = Path(__file__).resolve().parent.parent / "corpus"

CONTRADICTION = """---
outlet: Report
published: 2023-03-10
---
Azerbaijan's Defense Minister Colonel General Zakir Hasanov met with Chief of Staff of NATO
Allied Land Command Lieutenant General Mustafa Oguz on March 8, Report informs.

The sides discussed prospects for the development of Azerbaijan-NATO military cooperation.
"""

UNRELATED = """BRUSSELS, May 6 (Reuters) - Belgian Prime Minister Alexander De Croo met Dutch Prime
Minister Dick Schoof in Brussels on Monday.

The two leaders discussed port security and energy links.
"""


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A newsroom repository: the seed corpus, compared once, as a team would commit it."""
    shutil.copytree(SEEDS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["compare", "corpus"])
    assert result.exit_code == 0, result.output
    return runner


def check(runner, *extra):
    return runner.invoke(app, ["check", "corpus", *extra])


def add(name: str, text: str) -> None:
    Path("corpus", name).write_text(text, encoding="utf-8")


def test_a_consistent_corpus_passes(desk):
    result = check(desk)
    assert result.exit_code == 0, result.output
    assert "PASS" in result.stdout


def test_a_contradicting_article_fails_naming_file_line_and_values(desk):
    add("report_meeting.txt", CONTRADICTION)
    result = check(desk, "--fix")
    assert result.exit_code == 1
    assert "corpus/report_meeting.txt:5" in result.stdout
    assert "2023-03-08" in result.stdout and "03-09" in result.stdout


def test_github_format_prints_an_annotation_at_the_evidence_line(desk):
    add("report_meeting.txt", CONTRADICTION)
    result = check(desk, "--fix", "--format", "github")
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("::error file=")]
    assert len(lines) == 1
    assert lines[0].startswith("::error file=corpus/report_meeting.txt,line=5::major")
    assert "2023-03-08" in lines[0]


def test_the_whole_review_sequence(desk):
    add("report_meeting.txt", CONTRADICTION)
    failed = check(desk, "--fix", "--format", "json")
    assert failed.exit_code == 1
    blocking = [f for f in json.loads(failed.stdout)["findings"] if f["gate"] == "fail"]
    assert len(blocking) == 1
    fingerprint = blocking[0]["id"]

    acked = desk.invoke(app, ["ack", fingerprint, "--reason", "Report dated it by its own story"])
    assert acked.exit_code == 0, acked.output
    assert check(desk, "--fix").exit_code == 0

    saved = json.loads(Path("claims/acknowledged.json").read_text(encoding="utf-8"))
    entry = saved["acknowledged"][0]
    assert entry["fingerprint"] == fingerprint and entry["reason"].startswith("Report dated")
    assert entry["date"] and "2023-03-08" in entry["values"]

    add("reuters_other.txt", UNRELATED)
    assert check(desk, "--fix").exit_code == 0

    text = Path("corpus/report_meeting.txt").read_text(encoding="utf-8")
    add("report_meeting.txt", text.replace("on March 8", "on March 7"))
    again = check(desk, "--fix")
    assert again.exit_code == 1
    assert "2023-03-07" in again.stdout


def test_reports_show_acknowledged_findings_with_the_reason(desk):
    add("report_meeting.txt", CONTRADICTION)
    fingerprint = next(
        f["id"]
        for f in json.loads(check(desk, "--fix", "--format", "json").stdout)["findings"]
        if f["gate"] == "fail"
    )
    desk.invoke(app, ["ack", fingerprint, "--reason", "known dating difference"])
    desk.invoke(app, ["compare", "corpus"])
    pages = "".join(p.read_text(encoding="utf-8") for p in Path("reports").glob("*.md"))
    assert "Acknowledged: known dating difference" in pages


def test_an_edited_article_makes_claims_stale(desk):
    path = Path("corpus/003_fe1b989d3a4af603.txt")
    path.write_text(path.read_text(encoding="utf-8").replace("395", "396"), encoding="utf-8")
    result = check(desk)
    assert result.exit_code == 1
    assert "claims/ is stale" in result.stderr
    assert "corpus/003_fe1b989d3a4af603.txt" in result.stderr
    assert "claimcheck compare corpus" in result.stderr
    assert check(desk, "--fix").exit_code == 0
    assert check(desk).exit_code == 0


def test_a_removed_article_makes_claims_stale(desk):
    Path("corpus/004_fb4ce72fce0d63e5.txt").unlink()
    result = check(desk)
    assert result.exit_code == 1
    assert "1 removed" in result.stderr


def test_check_writes_nothing_without_fix(desk):
    add("reuters_other.txt", UNRELATED)
    before = {p: p.read_bytes() for p in Path(".").rglob("*") if p.is_file()}
    check(desk)
    after = {p: p.read_bytes() for p in Path(".").rglob("*") if p.is_file()}
    assert before == after


def _review(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reviewed"] = {"by": "desk editor", "note": "checked against the release"}
    data["claims"] = data["claims"][1:]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return data


def test_a_reviewed_claims_file_survives_compare_and_is_used(desk):
    path = Path("claims/004_fb4ce72fce0d63e5.json")
    reviewed = _review(path)
    assert desk.invoke(app, ["compare", "corpus"]).exit_code == 0
    assert json.loads(path.read_text(encoding="utf-8")) == reviewed
    findings = json.loads(Path("reports/findings.json").read_text(encoding="utf-8"))
    assert findings["events"]
    assert check(desk).exit_code == 0


def test_a_reviewed_file_whose_article_changed_fails_the_gate(desk):
    _review(Path("claims/004_fb4ce72fce0d63e5.json"))
    article = Path("corpus/004_fb4ce72fce0d63e5.txt")
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Janusz Adamczak.", "Janusz Adamczak in Baku."), "utf-8")
    result = check(desk, "--fix")
    assert result.exit_code == 1
    assert "reviewed for another version of corpus/004_fb4ce72fce0d63e5.txt" in result.stderr
    assert "First Deputy Minister of Defense" in result.stderr


def test_fail_on_never_passes_and_bad_values_are_usage_errors(desk):
    add("report_meeting.txt", CONTRADICTION)
    assert check(desk, "--fix", "--fail-on", "never").exit_code == 0
    bad = check(desk, "--fail-on", "sometimes")
    assert bad.exit_code == 2 and "Error:" in bad.stderr
    assert check(desk, "--format", "xml").exit_code == 2


def test_ack_needs_a_reason_and_a_known_id(desk):
    assert desk.invoke(app, ["ack", "f-000000000000", "--reason", "x"]).exit_code == 2
    assert desk.invoke(app, ["ack", "--all"]).exit_code == 2


def test_fingerprints_do_not_change_with_unrelated_articles_or_file_order(desk, tmp_path):
    add("report_meeting.txt", CONTRADICTION)
    first = {
        f["id"] for f in json.loads(check(desk, "--fix", "--format", "json").stdout)["findings"]
    }
    add("reuters_other.txt", UNRELATED)
    second = {
        f["id"] for f in json.loads(check(desk, "--fix", "--format", "json").stdout)["findings"]
    }
    assert first <= second


# --- unit ------------------------------------------------------------------------------------


def _finding(values: dict[str, str]) -> Finding:
    return Finding(
        type="discrepancy", severity="major", kind="meeting", summary="s", values=values,
        id="f-1", present_in=sorted(values),
    )  # fmt: skip


def test_values_ignore_the_words_as_written():
    one = _finding({"a": "2023-03-09 (Thursday)", "b": "2023-03-08 (March 8)"})
    two = _finding({"a": "2023-03-09 (March 9)", "b": "2023-03-08 (March 8)", "c": "2023-03-08"})
    assert finding_values(one) == finding_values(two) == ["2023-03-08", "2023-03-09"]


def test_a_new_value_unacknowledges():
    from claimcheck.gate import Acknowledgement

    acks = AckFile(
        acknowledged=[
            Acknowledgement(fingerprint="f-1", reason="r", date="2024-01-01",
                            values=["2023-03-08", "2023-03-09"])
        ]
    )  # fmt: skip
    assert acknowledgement_for(_finding({"a": "2023-03-09", "b": "2023-03-08"}), acks)
    third = _finding({"a": "2023-03-09", "b": "2023-03-08", "c": "2023-03-07"})
    assert acknowledgement_for(third, acks) is None


def test_the_odd_article_out_brings_the_clash():
    finding = _finding({"a": "2023-03-09", "b": "2023-03-09", "c": "2023-03-08"})
    assert bringing_article(finding, {}) == "c"
