"""Shared fixtures: the seed corpus, extracted once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.pipeline import extract_corpus
from claimcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_claims():
    """{article id: ClaimsFile} for the shipped corpus."""
    result = extract_corpus(Settings(corpus=CORPUS), shown_root="corpus")
    assert not result.errors, result.errors
    return {c.article.id: c for c in result.files}


@pytest.fixture(scope="session")
def seed_findings(tmp_path_factory):
    """findings.json of the shipped corpus, as a FindingsFile."""
    from claimcheck.pipeline import compare_corpus

    out = tmp_path_factory.mktemp("seed")
    settings = Settings(corpus=CORPUS, claims_dir=out / "claims", reports_dir=out / "reports")
    return compare_corpus(settings, shown_root="corpus").findings
