"""Golden files: the reports of a small invented corpus, end to end.

Set CLAIMCHECK_UPDATE_GOLDEN=1 to regenerate tests/golden/small/ after an intended change;
a mismatch fails with a unified diff.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from claimcheck.pipeline import compare_corpus, write_reports
from claimcheck.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "small"
GOLDEN = Path(__file__).parent / "golden" / "small"
UPDATE = os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1"


def _render(tmp_path: Path) -> dict[str, str]:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE, corpus)
    settings = Settings(corpus=corpus, claims_dir=tmp_path / "claims", reports_dir=tmp_path / "r")
    written = write_reports(compare_corpus(settings, shown_root="corpus"), settings)
    return {path.name: path.read_text(encoding="utf-8") for path in written}


def test_small_corpus_reports_match_golden_files(tmp_path):
    pages = _render(tmp_path)
    if UPDATE:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        GOLDEN.mkdir(parents=True)
        for name, text in pages.items():
            (GOLDEN / name).write_text(text, encoding="utf-8")
        return
    expected = sorted(p.name for p in GOLDEN.iterdir())
    assert sorted(pages) == expected, "report files differ; CLAIMCHECK_UPDATE_GOLDEN=1 updates"
    for name in expected:
        want = (GOLDEN / name).read_text(encoding="utf-8")
        if pages[name] != want:
            diff = "".join(
                difflib.unified_diff(
                    want.splitlines(True), pages[name].splitlines(True), f"golden/{name}", name
                )
            )
            raise AssertionError(f"{name} differs from its golden file:\n{diff}")


def test_stale_event_pages_are_removed_and_foreign_files_kept(tmp_path):
    _render(tmp_path)
    reports = tmp_path / "r"
    stale = reports / "2020-01-01-gone.md"
    stale.write_text((reports / "index.md").read_text(encoding="utf-8"), encoding="utf-8")
    notes = reports / "notes.md"
    notes.write_text("my own notes\n", encoding="utf-8")
    settings = Settings(corpus=tmp_path / "corpus", claims_dir=tmp_path / "c", reports_dir=reports)
    write_reports(compare_corpus(settings, shown_root="corpus"), settings)
    assert not stale.exists()
    assert notes.read_text(encoding="utf-8") == "my own notes\n"
