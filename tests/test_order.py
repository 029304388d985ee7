"""Grouping and reports do not depend on the order the input files arrive in.

The shipped corpus and the small invented one are extracted once; hypothesis then hands
their claims files to grouping, comparison and rendering in every order it likes, and the
findings and every markdown page must come out byte-identical. A corpus written to disk in
two different orders must also give identical output files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.pipeline import extract_corpus, findings_of
from claimcheck.report import render_reports
from claimcheck.settings import Settings
from claimcheck.store import CACHE_DIR
from claimcheck.writer import to_json

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "corpus", ROOT / "tests" / "fixtures" / "small")


@pytest.fixture(scope="module")
def claims_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("order")
    for corpus in CORPORA:
        shutil.copytree(corpus, folder, dirs_exist_ok=True)
    result = extract_corpus(Settings(corpus=folder), shown_root="corpus")
    assert not result.errors
    return result.files


def outputs(files, config: Settings) -> tuple[str, dict[str, str]]:
    findings = findings_of(files, config)
    return to_json(findings), render_reports(findings, {c.article.id: c for c in files})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_grouping_and_reports_are_identical_under_any_permutation(claims_files, data):
    config = Settings(corpus=Path("corpus"))
    expected = outputs(sorted(claims_files, key=lambda c: c.article.id), config)
    order = data.draw(st.permutations(claims_files))
    assert outputs(order, config) == expected


def test_files_written_in_another_order_give_identical_outputs(tmp_path, monkeypatch):
    sources = sorted(p for corpus in CORPORA for p in corpus.iterdir() if p.is_file())
    trees = []
    for name, order in (("forward", sources), ("backward", sources[::-1])):
        base = tmp_path / name
        (base / "corpus").mkdir(parents=True)
        for path in order:
            shutil.copy(path, base / "corpus" / path.name)
        monkeypatch.chdir(base)
        result = CliRunner().invoke(app, ["compare", "corpus", "-q"])
        assert result.exit_code == 0, result.output
        trees.append(
            {
                p.relative_to(base).as_posix(): p.read_bytes()
                for folder in ("claims", "reports")
                for p in sorted((base / folder).rglob("*"))
                if p.is_file() and CACHE_DIR not in p.parts and p.name != ".claimcheck-state.json"
            }
        )
    assert trees[0] == trees[1]
