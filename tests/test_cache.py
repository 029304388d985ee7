"""The claims cache: a claims file is reused only for the same bytes and extractor version."""

from __future__ import annotations

import shutil
from pathlib import Path

from claimcheck.cache import (
    cached_keys,
    file_sha256,
    fingerprint,
    is_fresh,
    load_cached,
    read_state,
    write_state,
)
from claimcheck.corpus import read_article
from claimcheck.extract.article import EXTRACTOR_VERSION, extract
from claimcheck.settings import Settings
from claimcheck.writer import to_json

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLE = "003_fe1b989d3a4af603"


def _claims_file(tmp_path: Path) -> tuple[Path, Path, str]:
    """(article copy, its claims file, the article's sha256)."""
    article = tmp_path / f"{ARTICLE}.txt"
    shutil.copyfile(CORPUS / f"{ARTICLE}.txt", article)
    settings = Settings(corpus=tmp_path)
    claims = extract(read_article(article, tmp_path, settings), settings)
    path = tmp_path / "claims" / f"{ARTICLE}.json"
    path.parent.mkdir()
    path.write_text(to_json(claims), encoding="utf-8")
    return article, path, claims.article.sha256


def test_the_sha256_is_the_one_the_claims_file_records(tmp_path):
    article, path, sha = _claims_file(tmp_path)
    assert file_sha256(article) == sha
    assert cached_keys(path) == {
        "schema": "claimcheck.claims/1",
        "extractor": EXTRACTOR_VERSION,
        "sha256": sha,
    }


def test_a_fresh_claims_file_is_loaded_as_written(tmp_path):
    _, path, sha = _claims_file(tmp_path)
    loaded = load_cached(path, sha)
    assert loaded is not None
    assert to_json(loaded) == path.read_text(encoding="utf-8")


def test_other_bytes_or_another_extractor_version_are_a_miss(tmp_path):
    _, path, sha = _claims_file(tmp_path)
    assert load_cached(path, "0" * 64) is None
    assert load_cached(path, sha, version=EXTRACTOR_VERSION + ".x") is None
    assert not is_fresh(path, "0" * 64)


def test_a_missing_or_broken_claims_file_is_a_miss(tmp_path):
    _, path, sha = _claims_file(tmp_path)
    assert load_cached(tmp_path / "nope.json", sha) is None
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")  # cut off mid-way
    assert is_fresh(path, sha)  # the head still says so ...
    assert load_cached(path, sha) is None  # ... but it does not parse


def test_the_fingerprint_changes_with_any_input(tmp_path):
    settings = Settings(corpus=tmp_path)
    base = fingerprint([("a", "1"), ("b", "2")], settings)
    assert base == fingerprint([("b", "2"), ("a", "1")], settings)  # order-free
    assert base != fingerprint([("a", "1"), ("b", "3")], settings)
    assert base != fingerprint([("a", "1")], settings)
    assert base != fingerprint([("a", "1"), ("b", "2")], settings, version="other")
    other = Settings(corpus=tmp_path, background_years=3)
    assert base != fingerprint([("a", "1"), ("b", "2")], other)
    workers = Settings(corpus=tmp_path, jobs=1)  # how many workers never changes the outputs
    assert base == fingerprint([("a", "1"), ("b", "2")], workers)


def test_the_state_is_kept_next_to_the_outputs(tmp_path):
    assert read_state(tmp_path) is None
    write_state(tmp_path, "abc")
    assert read_state(tmp_path) == "abc"
