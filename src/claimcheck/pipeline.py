"""The one place that strings the stages together: corpus -> claims -> events -> findings.

Outputs are first planned in memory ({path: content}); `compare` writes the plan, `check`
compares it with what is on disk to tell whether claims/ and reports/ are stale.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import cluster
from .align import compare_event
from .cache import (  # noqa: F401 - the nothing-changed key lives in cache, kept here too
    _code_digest,
    cached_keys,
    file_sha256,
    load_cached,
    record_run,
    run_key,
    up_to_date,
)
from .corpus import corpus_files, display_path, read_article
from .errors import ArticleError, ClaimcheckError
from .gate import ACK_FILE, apply_acks, load_acks, review_drift
from .models import CLAIMS_SCHEMA, ClaimsFile, FindingsArticle, FindingsFile
from .parallel import extract_many
from .report.markdown import REPORT_MARKER, render_reports
from .settings import Settings
from .syndication import Copy, find_copy_records
from .writer import inside, safe_relative_path, to_json, write_if_changed

Progress = Callable[[int, int], None]


@dataclass
class Extraction:
    """Claims for every article that could be read, and the errors of those that could not."""

    files: list[ClaimsFile] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)
    reviewed: set[str] = field(default_factory=set)
    stale_reviews: dict[str, list[str]] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)


def claims_path(
    settings: Settings, article_id: str, resolved: dict[str, str] | None = None
) -> Path:
    """claims/<article id>.json, with a name safe on every file system, always inside
    (`resolved`: see `writer.inside`)."""
    return inside(settings.claims_dir, safe_relative_path(article_id, ".json"), resolved)


def read_claims_file(path: Path) -> ClaimsFile | None:
    """A claims file on disk, or None when there is none (or it is not one)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot read claims file ({exc})") from None
    try:
        # the common case in one step; anything unusual takes the careful path below
        claims = ClaimsFile.model_validate_json(raw)
        if claims.schema_ == CLAIMS_SCHEMA:
            return claims
    except ValueError:
        pass
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:
        raise ClaimcheckError(f"{path}: cannot read claims file ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != CLAIMS_SCHEMA:
        return None
    try:
        return ClaimsFile.model_validate(data)
    except ValueError as exc:
        first = str(exc).splitlines()[0:3]
        raise ClaimcheckError(f"{path}: invalid claims file: {' '.join(first)}") from None


def extract_corpus(
    settings: Settings, shown_root: str | None = None, progress: Progress | None = None
) -> Extraction:
    """Claims for every article, extracting only what changed.

    A claims file written for the same bytes by the same extractor version is reused (the
    claims files are the cache); a file a person marked reviewed is used as it stands, and
    noted as stale when its article changed since; the rest is extracted in worker
    processes (`settings.jobs`), with the same result whatever their number.
    """
    result = Extraction()
    entries, result.errors = corpus_files(settings)
    root = settings.corpus
    shown = shown_root if shown_root is not None else str(root)
    ready: dict[str, ClaimsFile] = {}
    todo: list[tuple[str, Path]] = []
    for identifier, path in entries:
        target = claims_path(settings, identifier)
        try:
            sha = file_sha256(path)
        except OSError:
            todo.append((identifier, path))  # reading it again gives the proper error
            continue
        cached = load_cached(target, sha)
        if cached is not None and cached.article.path == display_path(path, root, shown):
            ready[identifier] = cached
            if cached.reviewed:
                result.reviewed.add(identifier)
            continue
        existing = read_claims_file(target)
        if existing is not None and existing.reviewed:
            result.reviewed.add(identifier)
            if existing.article.sha256 != sha:
                article = _read_quietly(path, root, settings, shown_root)
                text = article.text if article is not None else ""
                result.stale_reviews[identifier] = review_drift(existing, text)
            ready[identifier] = existing
            continue
        todo.append((identifier, path))
    if progress is not None:
        progress(len(ready), len(entries))
    outcomes = extract_many([p for _, p in todo], settings, settings.jobs, shown_root)
    for (identifier, _), outcome in zip(todo, outcomes, strict=True):
        if isinstance(outcome, ArticleError):
            result.errors.append(outcome)
        else:
            ready[identifier] = outcome
    if progress is not None:
        progress(len(entries), len(entries))
    result.files = [ready[identifier] for identifier in sorted(ready)]
    result.copies = find_copy_records(result.files)
    return result


def _read_quietly(path: Path, root: Path, settings: Settings, shown_root: str | None):
    try:
        return read_article(path, root, settings, shown_root)
    except ArticleError:
        return None


def findings_of(
    files: list[ClaimsFile], settings: Settings, copies: list[Copy] | None = None
) -> FindingsFile:
    """Group the articles into events and compare each event's claims; a copy of another
    article is marked and never counts as an independent confirmation."""
    copy_of = {c.copy: c for c in copies or []}
    articles = [
        FindingsArticle.of(
            c.article,
            copy_of=copy_of[c.article.id].original if c.article.id in copy_of else None,
            copy_kind=copy_of[c.article.id].kind if c.article.id in copy_of else None,
        )
        for c in sorted(files, key=lambda c: c.article.id)
    ]
    by_id = {c.article.id: c for c in files}
    originals = {copy: record.original for copy, record in copy_of.items()}
    groups = cluster.group_articles(files, settings)
    events = [compare_event(e, by_id, settings, originals) for e in groups]
    return FindingsFile(articles=articles, events=events)


@dataclass
class Comparison:
    """Everything `claimcheck compare` produces."""

    extraction: Extraction
    findings: FindingsFile

    @property
    def files(self) -> dict[str, ClaimsFile]:
        return {c.article.id: c for c in self.extraction.files}


def compare_corpus(
    settings: Settings, shown_root: str | None = None, progress: Progress | None = None
) -> Comparison:
    extraction = extract_corpus(settings, shown_root, progress)
    findings = findings_of(extraction.files, settings, extraction.copies)
    findings = apply_acks(findings, load_acks(settings.claims_dir))
    return Comparison(extraction, findings)


# --- planned outputs -------------------------------------------------------------------------


def planned_claims(extraction: Extraction, settings: Settings) -> dict[Path, str]:
    """claims/<id>.json for each article, leaving reviewed files as they are."""
    return {
        claims_path(settings, c.article.id): to_json(c)
        for c in extraction.files
        if c.article.id not in extraction.reviewed
    }


def planned_reports(comparison: Comparison, settings: Settings) -> dict[Path, str]:
    folder = settings.reports_dir
    pages = {folder / "findings.json": to_json(comparison.findings)}
    rendered = render_reports(comparison.findings, comparison.files, _targets(comparison, folder))
    pages.update({folder / name: text for name, text in sorted(rendered.items())})
    return pages


def _targets(comparison: Comparison, reports: Path) -> dict[str, str]:
    """Each article's file as a link from the reports folder (see `link_target`)."""
    targets = {}
    for claims in comparison.extraction.files:
        target = link_target(claims.article.path, reports)
        if target is not None:
            targets[claims.article.id] = target
    return targets


def link_target(path: str, reports: Path) -> str | None:
    """An article's file (its path as claims files give it) as a link from the reports
    folder: `../corpus/x.txt` when both are given relative to where claimcheck runs, a
    computed path when the corpus is given as an absolute path; None when only the report
    writer's default (`../` + path) can say."""
    if os.path.isabs(path):
        return _relative(path, os.path.abspath(reports))
    if not reports.is_absolute():
        return _relative(path, str(reports))
    return None


def _relative(path: str, start: str) -> str:
    """`os.path.relpath(path, start)` in posix form, worked out once per folder (thousands
    of articles share a few)."""
    folder, name = os.path.split(path)
    if not name or name in (".", ".."):
        return Path(os.path.relpath(path, start)).as_posix()
    base = _relative_folder(folder or os.curdir, start)
    return name if base == "." else f"{base}/{name}"


@functools.lru_cache(maxsize=4096)
def _relative_folder(folder: str, start: str) -> str:
    return Path(os.path.relpath(folder, start)).as_posix()


def write_claims(extraction: Extraction, settings: Settings) -> list[Path]:
    """claims/<id>.json for each article; claims files of removed articles go (reviewed
    files and other files are never touched)."""
    plan = planned_claims(extraction, settings)
    for path, content in sorted(plan.items()):
        write_if_changed(path, content)
    keep = {p.resolve() for p in plan}
    keep |= {claims_path(settings, a).resolve() for a in extraction.reviewed}
    for path in _generated_claims(settings.claims_dir):
        if path.resolve() not in keep:
            path.unlink(missing_ok=True)
    return sorted(plan)


def write_reports(comparison: Comparison, settings: Settings) -> list[Path]:
    """findings.json and the markdown reports; report files of vanished events go."""
    plan = planned_reports(comparison, settings)
    for path, content in plan.items():
        write_if_changed(path, content)
    keep = {p.resolve() for p in plan}
    for path in _generated_reports(settings.reports_dir):
        if path.resolve() not in keep:
            path.unlink(missing_ok=True)
    return list(plan)


def _generated_claims(folder: Path, skip: set[Path] = frozenset()) -> list[Path]:
    """Claims files claimcheck wrote (schema set, not marked reviewed by a person), but for
    those in `skip` (which are not even read)."""
    found = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*.json")):
        if path.name == ACK_FILE or path in skip:
            continue
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        if b'"reviewed"' not in raw:
            # the common case, decided without parsing: the schema sits in the file's head
            if cached_keys(path).get("schema") == CLAIMS_SCHEMA:
                found.append(path)
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(data, dict) or data.get("schema") != CLAIMS_SCHEMA:
            continue
        claims = data.get("claims") if isinstance(data.get("claims"), list) else []
        if data.get("reviewed") or any(isinstance(c, dict) and c.get("reviewed") for c in claims):
            continue
        found.append(path)
    return found


def _generated_reports(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*.md")) if _is_report(p)] if folder.is_dir() else []


def _is_report(path: Path) -> bool:
    """Only files claimcheck wrote are removed: they start with its marker line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return handle.readline().rstrip("\n") == REPORT_MARKER
    except (OSError, UnicodeDecodeError):
        return False


# --- staleness -------------------------------------------------------------------------------


@dataclass
class Staleness:
    """How claims/ and reports/ differ from what the corpus gives now."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.reports)

    def messages(self, corpus: str) -> list[str]:
        out = []
        refresh = f"`claimcheck compare {corpus}` refreshes them"
        parts = []
        if self.added:
            parts.append(f"{len(self.added)} added ({', '.join(self.added[:5])})")
        if self.changed:
            parts.append(f"{len(self.changed)} changed ({', '.join(self.changed[:5])})")
        if self.removed:
            parts.append(f"{len(self.removed)} removed ({', '.join(self.removed[:5])})")
        if parts:
            out.append(f"claims/ is stale: articles {'; '.join(parts)}; {refresh}")
        if self.reports:
            out.append(
                f"reports/ is stale: {len(self.reports)} file(s) differ "
                f"({', '.join(self.reports[:5])}); {refresh}"
            )
        return out


def staleness(comparison: Comparison, settings: Settings) -> Staleness:
    """Compare the planned outputs with the files on disk."""
    stale = Staleness()
    plan = planned_claims(comparison.extraction, settings)
    for claims in comparison.extraction.files:
        path = claims_path(settings, claims.article.id)
        if path not in plan:
            continue
        if not path.exists():
            stale.added.append(claims.article.path)
        elif _read(path) != plan[path]:
            stale.changed.append(claims.article.path)
    wanted = {p.resolve() for p in plan}
    wanted |= {claims_path(settings, a).resolve() for a in comparison.extraction.reviewed}
    for path in _generated_claims(settings.claims_dir):
        if path.resolve() not in wanted:
            stale.removed.append(str(path))
    reports = planned_reports(comparison, settings)
    for path, content in sorted(reports.items()):
        if _read(path) != content:
            stale.reports.append(path.name)
    keep = {p.resolve() for p in reports}
    stale.reports += [
        p.name for p in _generated_reports(settings.reports_dir) if p.resolve() not in keep
    ]
    return stale


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
