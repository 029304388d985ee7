"""The one place that strings the stages together: corpus -> claims -> events -> findings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import cluster
from .align import compare_event
from .corpus import read_corpus
from .errors import ArticleError
from .extract.article import extract
from .models import CLAIMS_SCHEMA, ClaimsFile, FindingsArticle, FindingsFile
from .report.markdown import REPORT_MARKER, render_reports
from .settings import Settings
from .writer import to_json, write_if_changed


@dataclass
class Extraction:
    """Claims for every article that could be read, and the errors of those that could not."""

    files: list[ClaimsFile] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)


def extract_corpus(settings: Settings, shown_root: str | None = None) -> Extraction:
    result = Extraction()
    for item in read_corpus(settings, shown_root):
        if isinstance(item, ArticleError):
            result.errors.append(item)
        else:
            result.files.append(extract(item, settings))
    return result


def claims_path(settings: Settings, article_id: str) -> Path:
    return settings.claims_dir / f"{article_id}.json"


def write_claims(files: list[ClaimsFile], settings: Settings) -> list[Path]:
    """claims/<id>.json for each article; stale claims files of removed articles go."""
    written: list[Path] = []
    keep = set()
    for claims in files:
        path = claims_path(settings, claims.article.id)
        keep.add(path.resolve())
        write_if_changed(path, to_json(claims))
        written.append(path)
    _remove_stale_claims(settings.claims_dir, keep)
    return written


def _remove_stale_claims(folder: Path, keep: set[Path]) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*.json")):
        if path.resolve() in keep:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("schema") == CLAIMS_SCHEMA:
            path.unlink(missing_ok=True)


def findings_of(files: list[ClaimsFile], settings: Settings) -> FindingsFile:
    """Group the articles into events and compare each event's claims."""
    articles = [
        FindingsArticle(
            id=c.article.id,
            path=c.article.path,
            outlet=c.article.outlet,
            published=c.article.published,
            title=c.article.title,
        )
        for c in sorted(files, key=lambda c: c.article.id)
    ]
    by_id = {c.article.id: c for c in files}
    groups = cluster.group_articles(files, settings)
    events = [compare_event(e, by_id, settings) for e in groups]
    return FindingsFile(articles=articles, events=events)


@dataclass
class Comparison:
    """Everything `claimcheck compare` produces."""

    extraction: Extraction
    findings: FindingsFile


def compare_corpus(settings: Settings, shown_root: str | None = None) -> Comparison:
    extraction = extract_corpus(settings, shown_root)
    return Comparison(extraction, findings_of(extraction.files, settings))


REPORT_SUFFIX = ".md"


def write_reports(comparison: Comparison, settings: Settings) -> list[Path]:
    """findings.json and the markdown reports; report files of vanished events go."""
    folder = settings.reports_dir
    written = [folder / "findings.json"]
    write_if_changed(written[0], to_json(comparison.findings))
    claims = {c.article.id: c for c in comparison.extraction.files}
    pages = render_reports(comparison.findings, claims)
    for name, content in sorted(pages.items()):
        path = folder / name
        write_if_changed(path, content)
        written.append(path)
    keep = {p.resolve() for p in written}
    for path in sorted(folder.glob(f"*{REPORT_SUFFIX}")):
        if path.resolve() not in keep and _is_report(path):
            path.unlink(missing_ok=True)
    return written


def _is_report(path: Path) -> bool:
    """Only files claimcheck wrote are removed: they start with its marker line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return handle.readline().rstrip("\n") == REPORT_MARKER
    except (OSError, UnicodeDecodeError):
        return False
