"""`claimcheck compare`, event by event, redoing only what changed.

The outputs are exactly those of :func:`claimcheck.pipeline.compare_corpus` followed by
`write_claims` and `write_reports` (tests hold the two paths to byte equality); what
differs is how much is kept in memory and how much is done again:

1. **Extract.** An article whose claims file is fresh is not parsed again: its grouping
   profile, copy-detection body, metadata and person entities come from the run cache
   (:mod:`claimcheck.store`) while the claims file is unchanged. Articles that must be
   extracted are, in worker processes; each claims file is written as it comes back and let go.
2. **Group** from the profiles alone (:func:`claimcheck.cluster.components_of`).
3. **Compare** each group whose key (its articles' claims, the copies among them, the
   settings, claimcheck's code) is not in the cache: only then are its claims files read.
4. **Write** findings.json a piece at a time (the events as cached, ids and
   acknowledgements set), the pages whose inputs changed, index.md and entities.md.

Memory is bounded by the largest event's claims plus one small record per article, not by
the corpus; an unchanged event costs a file read.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import cluster
from .align import compare_event
from .cache import file_sha256
from .corpus import corpus_files, display_path
from .errors import ArticleError, OutputError
from .extract.article import EXTRACTOR_VERSION
from .gate import AckFile, acknowledge_event, finding_values, load_acks
from .models import FINDINGS_SCHEMA, ClaimsFile, Event, FindingsArticle, FindingsFile
from .parallel import extract_iter
from .pipeline import (
    _code_digest,
    _generated_claims,
    _generated_reports,
    claims_path,
    read_claims_file,
    record_run,
)
from .report.markdown import (
    REPORT_MARKER,
    Tally,
    entities_page,
    event_page,
    index_page,
)
from .settings import Settings
from .store import ArticleRecord, CachedEvent, RunStore, digest, stat_key
from .syndication import Copy, copy_item, find_copy_records
from .writer import _FILE_MODE, to_json, write_if_changed

Progress = Callable[[int, int], None]


@dataclass
class Outcome:
    """What a compare did, for the summary it prints."""

    articles: int = 0
    events: int = 0
    claims_files: int = 0
    pages: int = 0
    errors: list[ArticleError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    """Findings: agreements, omissions, and discrepancies by severity."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage: read, extract, group, align, report."""
    largest: int = 0


class _Clock:
    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - started


def compare(settings: Settings, shown_root: str, progress: Progress | None = None) -> Outcome:
    """Extract, group, compare and write claims/ and reports/ (see the module docstring)."""
    outcome = Outcome()
    clock = _Clock(outcome.timings)
    store = RunStore(settings.reports_dir, _version(settings))
    with clock.stage("read"):
        records, todo, reviewed = _survey(settings, shown_root, store, outcome)
    if progress is not None:
        progress(len(records), len(records) + len(todo))
    with clock.stage("extract"):
        _extract(todo, settings, shown_root, store, records, outcome)
        written = _remove_stale_claims(settings, records, reviewed)
    outcome.claims_files = written
    if progress is not None:
        progress(len(records), len(records))
    outcome.articles = len(records)
    store.keep_only(set(records))
    ordered = [records[i] for i in sorted(records)]
    with clock.stage("group"):
        copies = find_copy_records(r.copy for r in ordered)
        groups, words_df = cluster.components_of(r.profile for r in ordered)
    with clock.stage("align"):
        keyed = [_event(ids, records, copies, settings, store) for ids in groups]
        events = _events(keyed, words_df)
    with clock.stage("report"):
        pages = _write_reports(events, ordered, copies, settings, store, outcome)
        store.save(pages)
        record_run(settings, shown_root, outcome.errors)
    outcome.events = len(events)
    outcome.largest = max((len(e.articles) for e, _, _ in events), default=0)
    return outcome


def _version(settings: Settings) -> str:
    """What the cache is valid for: claimcheck's code and the settings that shape outputs."""
    return digest(_code_digest(), EXTRACTOR_VERSION, settings.model_dump_json(exclude=_NOT_OUTPUT))


_NOT_OUTPUT = {"jobs", "corpus", "claims_dir", "reports_dir"}


# --- 1. claims ---------------------------------------------------------------------------------


def _survey(
    settings: Settings, shown_root: str, store: RunStore, outcome: Outcome
) -> tuple[dict[str, ArticleRecord], list[tuple[str, Path]], set[str]]:
    """Records for the articles whose claims file can be used as it is; the rest to extract."""
    entries, outcome.errors = corpus_files(settings)
    root = settings.corpus
    records: dict[str, ArticleRecord] = {}
    todo: list[tuple[str, Path]] = []
    reviewed: set[str] = set()
    for identifier, path in entries:
        target = claims_path(settings, identifier)
        try:
            sha = file_sha256(path)
        except OSError:
            todo.append((identifier, path))  # reading it again gives the proper error
            continue
        shown = display_path(path, root, shown_root)
        hit = store.record(identifier, stat_key(target))
        usable = hit is not None and hit.meta.path == shown
        if usable and (
            hit.reviewed or (hit.meta.sha256 == sha and hit.extractor == EXTRACTOR_VERSION)
        ):
            if hit.reviewed:
                reviewed.add(identifier)
            records[identifier] = hit
            continue
        existing = read_claims_file(target)
        if existing is not None and existing.reviewed:
            reviewed.add(identifier)
            records[identifier] = _put(store, existing, target)
            continue
        if (
            existing is not None
            and existing.article.sha256 == sha
            and existing.extractor == EXTRACTOR_VERSION
            and existing.article.path == shown
        ):
            records[identifier] = _put(store, existing, target)
            continue
        todo.append((identifier, path))
    return records, todo, reviewed


def _extract(
    todo: list[tuple[str, Path]],
    settings: Settings,
    shown_root: str,
    store: RunStore,
    records: dict[str, ArticleRecord],
    outcome: Outcome,
) -> None:
    """Extract in workers; write each claims file as it comes and keep only its record."""
    paths = [p for _, p in todo]
    for (identifier, _), result in zip(
        todo, extract_iter(paths, settings, settings.jobs, shown_root), strict=True
    ):
        if isinstance(result, ArticleError):
            outcome.errors.append(result)
            continue
        target = claims_path(settings, identifier)
        write_if_changed(target, to_json(result))
        records[identifier] = _put(store, result, target)


def _put(store: RunStore, claims: ClaimsFile, path: Path) -> ArticleRecord:
    """The record of a claims file just read or written, kept in the cache."""
    record = ArticleRecord(
        stat=stat_key(path) or "",
        digest=hashlib.sha256(path.read_bytes()).hexdigest(),
        extractor=claims.extractor,
        reviewed=claims.reviewed,
        meta=claims.article,
        profile=cluster.profile(claims),
        copy=copy_item(claims),
        persons=[e for e in claims.entities if e.type == "person"],
    )
    store.put_record(record)
    return record


def _remove_stale_claims(
    settings: Settings, records: dict[str, ArticleRecord], reviewed: set[str]
) -> int:
    """Claims files of articles that are gone (reviewed files and others never touched)."""
    keep = {claims_path(settings, a) for a in records}
    resolved: set[Path] | None = None
    for path in _generated_claims(settings.claims_dir, skip=keep):
        if resolved is None:
            resolved = {p.resolve() for p in keep}
        if path.resolve() not in resolved:
            path.unlink(missing_ok=True)
    return len([a for a in records if a not in reviewed])


def _load_claims(settings: Settings, identifier: str) -> ClaimsFile:
    claims = read_claims_file(claims_path(settings, identifier))
    if claims is None:
        raise OutputError(
            f"{claims_path(settings, identifier)}: claims file vanished during the run"
        )
    return claims


# --- 2. and 3. events ----------------------------------------------------------------------------


def _event(
    ids: list[str],
    records: dict[str, ArticleRecord],
    copies: list[Copy],
    settings: Settings,
    store: RunStore,
) -> tuple[str, CachedEvent]:
    """(key, cached event) of one group, compared now if the cache does not have it."""
    members = set(ids)
    copy_of = {c.copy: c for c in copies if c.copy in members}
    key = digest(
        [(i, records[i].digest) for i in ids],
        [(c.copy, c.original) for c in copy_of.values()],
    )
    cached = store.event(key)
    if cached is not None and list(cached.description.articles) == ids:
        return key, cached
    files = {i: _load_claims(settings, i) for i in ids}
    description = cluster.describe([files[i] for i in ids])
    blank = cluster.event_from(description, {}).model_copy(update={"id": ""})
    originals = {c.copy: c.original for c in copies}
    event = compare_event(blank, files, settings, originals)
    cached = CachedEvent(
        description=description,
        tally=Tally.of(event.findings).to_dict(),
        consistency=event.consistency,
        acks=[[f.id, finding_values(f)] for f in event.findings],
        text=to_json(event).rstrip("\n"),
    )
    store.put_event(key, cached)
    return key, cached


def _events(
    keyed: list[tuple[str, CachedEvent]], words_df: dict[str, int]
) -> list[tuple[Event, str, CachedEvent]]:
    """(event without findings, key, cached) in findings.json order, ids made unique."""
    by_articles = {cached.description.articles: (key, cached) for key, cached in keyed}
    light = [
        cluster.event_from(cached.description, words_df).model_copy(
            update={"consistency": cached.consistency}
        )
        for _, cached in keyed
    ]
    ordered = cluster._unique_ids(light)
    return [(e, *by_articles[tuple(e.articles)]) for e in ordered]


# --- 4. reports ----------------------------------------------------------------------------------


def _write_reports(
    events: list[tuple[Event, str, CachedEvent]],
    records: list[ArticleRecord],
    copies: list[Copy],
    settings: Settings,
    store: RunStore,
    outcome: Outcome,
) -> set[str]:
    folder = settings.reports_dir
    acks = load_acks(settings.claims_dir)
    acked = {(a.fingerprint, tuple(a.values)) for a in acks.acknowledged}
    copy_of = {c.copy: c for c in copies}
    articles = {
        r.id: FindingsArticle.of(
            r.meta,
            copy_of=copy_of[r.id].original if r.id in copy_of else None,
            copy_kind=copy_of[r.id].kind if r.id in copy_of else None,
        )
        for r in records
    }
    metas = {r.id: r.meta for r in records}
    targets = {r.id: t for r in records if (t := _target(r.meta.path, folder)) is not None}
    pages: set[str] = set()
    tallies: dict[str, Tally] = {}
    with _Streamed(folder / "findings.json") as out:
        out.write('{\n  "schema": "' + FINDINGS_SCHEMA + '",\n  "articles": ')
        out.write(_json_list(to_json(articles[r.id]) for r in records))
        out.write(',\n  "events": ')
        fragments = (
            _publish(
                event,
                key,
                cached,
                acks,
                acked,
                articles,
                metas,
                targets,
                settings,
                store,
                pages,
                outcome,
            )
            for event, key, cached in events
        )
        out.write(_json_list(fragments))
        out.write("\n}\n")
    for event, _, cached in events:
        tallies[event.id] = Tally.from_dict(cached.tally)
        for kind, n in tallies[event.id].counts.items():
            outcome.counts[kind] = outcome.counts.get(kind, 0) + n
    light = [e for e, _, _ in events]
    index = index_page(light, lambda e: tallies[e.id], metas)
    write_if_changed(folder / "index.md", f"{REPORT_MARKER}\n{index}")
    pages.add("index.md")
    entities_key = digest([(r.id, r.digest, targets.get(r.id)) for r in records])
    if not store.page_fresh("entities.md", entities_key, folder / "entities.md"):
        text = _with_targets(
            targets, lambda: entities_page(((r.meta, r.persons) for r in records), len(records))
        )
        write_if_changed(folder / "entities.md", f"{REPORT_MARKER}\n{text}")
    store.put_page("entities.md", entities_key, folder / "entities.md")
    pages.add("entities.md")
    keep = {(folder / name).resolve() for name in pages}
    for path in _generated_reports(folder):
        if path.resolve() not in keep:
            path.unlink(missing_ok=True)
    outcome.pages = len(pages)
    return pages


def _publish(
    event: Event,
    key: str,
    cached: CachedEvent,
    acks: AckFile,
    acked: set[tuple[str, tuple[str, ...]]],
    articles: dict[str, FindingsArticle],
    metas: dict,
    targets: dict[str, str],
    settings: Settings,
    store: RunStore,
    pages: set[str],
    outcome: Outcome,
) -> str:
    """The event's findings.json text, with its page written when its inputs changed."""
    applied = [fid for fid, values in cached.acks if (fid, tuple(values)) in acked]
    full: Event | None = None
    if applied:
        full = _full(cached, event.id)
        full = acknowledge_event(full, acks)
        text = to_json(full).rstrip("\n")
        reasons = [(f.id, f.acknowledged) for f in full.findings if f.acknowledged is not None]
    else:
        text = _with_id(cached.text, event.id)
        reasons = []
    name = f"{event.id}.md"
    path = settings.reports_dir / name
    page_key = digest(key, event.id, reasons, [(a, targets.get(a)) for a in event.articles])
    pages.add(name)
    if not store.page_fresh(name, page_key, path):
        if full is None:
            full = _full(cached, event.id)
        files = {a: _load_claims(settings, a) for a in event.articles}
        members = FindingsFile(articles=[articles[a] for a in sorted(event.articles)], events=[])
        page = _with_targets(
            targets,
            lambda: event_page(full, members, files, {a: metas[a] for a in event.articles}),
        )
        write_if_changed(path, f"{REPORT_MARKER}\n{page}")
        store.put_page(name, page_key, path)
    return text


def _full(cached: CachedEvent, event_id: str) -> Event:
    return Event.model_validate_json(_with_id(cached.text, event_id))


_BLANK_ID = '{\n  "id": ""'


def _with_id(text: str, event_id: str) -> str:
    if not text.startswith(_BLANK_ID):
        raise ValueError("cached event without a blank id")
    return '{\n  "id": ' + _json_string(event_id) + text[len(_BLANK_ID) :]


def _json_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _json_list(items) -> Iterator[str]:
    """A JSON list nested at depth one of a two-space-indented document, item by item."""
    first = True
    for item in items:
        yield ("[\n    " if first else ",\n    ") + item.rstrip("\n").replace("\n", "\n    ")
        first = False
    yield "[]" if first else "\n  ]"


def _target(path: str, reports: Path) -> str | None:
    """An article's file as a link from the reports folder (see pipeline._targets)."""
    if os.path.isabs(path):
        return Path(os.path.relpath(path, os.path.abspath(reports))).as_posix()
    if not reports.is_absolute():
        return Path(os.path.relpath(path, reports)).as_posix()
    return None


def _with_targets(targets: dict[str, str], render: Callable[[], str]) -> str:
    from .report.markdown import _TARGETS

    token = _TARGETS.set(targets)
    try:
        return render()
    finally:
        _TARGETS.reset(token)


class _Streamed:
    """A file written piece by piece into a temporary file beside it, then moved into place
    only if its content changed (no reader ever sees half of it)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> _Streamed:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, self.temp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
            self.out = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
        self.digest = hashlib.sha256()
        return self

    def write(self, text: str | Iterator[str]) -> None:
        pieces = [text] if isinstance(text, str) else text
        for piece in pieces:
            data = piece.encode("utf-8")
            self.digest.update(data)
            try:
                self.out.write(piece)
            except OSError as exc:
                raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from None

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self.out.flush()
                os.fsync(self.out.fileno())
            self.out.close()
            if kind is not None:
                return
            if _file_digest(self.path) == self.digest.hexdigest():
                return
            os.chmod(self.temp, _FILE_MODE)
            os.replace(self.temp, self.path)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
        finally:
            Path(self.temp).unlink(missing_ok=True)


def _file_digest(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None
