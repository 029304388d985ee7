"""Build an article from a string and extract it, for unit tests of the extraction rules."""

from __future__ import annotations

from pathlib import Path

from claimcheck.corpus import read_article
from claimcheck.extract.article import extract
from claimcheck.models import Claim, ClaimsFile, Entity
from claimcheck.settings import Settings


def run(
    tmp_path: Path, body: str, published: str | None = "2024-05-16", name: str = "a"
) -> ClaimsFile:
    """Extract claims from `body`, published on `published` (front matter) unless None."""
    head = f"---\npublished: {published}\n---\n" if published else ""
    path = tmp_path / f"{name}.txt"
    path.write_text(head + body, encoding="utf-8")
    settings = Settings(corpus=tmp_path)
    return extract(read_article(path, tmp_path, settings), settings)


def entity(claims: ClaimsFile, ref: str | None) -> Entity | None:
    return next((e for e in claims.entities if e.id == ref), None)


def person_named(claims: ClaimsFile, name: str) -> Entity:
    """The person entity of that name (StopIteration when there is none)."""
    return next(e for e in claims.entities if e.type == "person" and e.name == name)


def name_of(claims: ClaimsFile, ref: str | None) -> str | None:
    found = entity(claims, ref)
    return found.name if found else ref


def of_kind(claims: ClaimsFile, kind: str) -> list[Claim]:
    return [c for c in claims.claims if c.kind == kind]


def meetings(claims: ClaimsFile) -> set[tuple[str, str]]:
    """Meetings as (subject name, object name) pairs."""
    return {
        (name_of(claims, c.subject) or "", name_of(claims, c.object) or "")
        for c in of_kind(claims, "meeting")
    }


def statements(claims: ClaimsFile, family: str | None = None) -> list[tuple[str | None, str]]:
    """(speaker name, value) of statements, optionally of one family."""
    return [
        (name_of(claims, c.subject), c.value or "")
        for c in of_kind(claims, "statement")
        if family is None or c.family == family
    ]
