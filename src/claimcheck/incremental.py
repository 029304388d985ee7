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
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import cluster
from .align import compare_event
from .cache import _code_digest, file_sha256, record_run, stat_key
from .corpus import corpus_files, display_path, read_article
from .errors import ArticleError, OutputError
from .gate import acknowledge_event, finding_values, load_acks, review_drift
from .models import (
    EXTRACTOR_VERSION,
    FINDINGS_SCHEMA,
    ArticleMeta,
    ClaimsFile,
    Event,
    Finding,
    FindingsArticle,
    FindingsFile,
)
from .parallel import MIN_PARALLEL, _one, _pack, _unpack, map_ordered
from .pipeline import (
    Staleness,
    _generated_claims,
    _generated_reports,
    _read,
    claims_path,
    link_target,
    read_claims_file,
)
from .report.markdown import (
    REPORT_MARKER,
    Tally,
    entities_page_reusing,
    event_page,
    index_page,
)
from .settings import Settings
from .store import ArticleRecord, CachedEvent, EventBody, RunStore, digest
from .syndication import Copy, copy_item, find_copies_since
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
    stale: Staleness = field(default_factory=Staleness)
    """With `dry`: how claims/ and reports/ differ from what this run would write."""
    stale_reviews: dict[str, list[str]] = field(default_factory=dict)
    """Reviewed claims files whose article changed since: the sentences it no longer has."""
    metas: dict[str, ArticleMeta] = field(default_factory=dict)
    """Every article's metadata, by id."""
    entries: list[tuple[str, Path]] | None = None
    """The corpus files as the run found them (id, path), when every one could be read."""


@dataclass(frozen=True)
class Listener:
    """Who is handed the events of a run (`compare`'s `on_event`, `only`, `clashes_only`)."""

    on_event: Callable[[Event], None]
    only: Callable[[dict], bool] | None = None
    clashes_only: bool = False

    def wants(self, tally: dict) -> bool:
        return self.only is None or self.only(tally)


class _Output:
    """Where a run's outputs go: written (compare), or compared with what is on disk and
    the differences noted (check)."""

    def __init__(self, dry: bool, stale: Staleness) -> None:
        self.dry = dry
        self.stale = stale
        self.removed_reports: list[str] = []

    def finish(self) -> None:
        """Changed reports in name order, then the ones that would be removed."""
        self.stale.reports = sorted(self.stale.reports) + self.removed_reports

    def claims(self, path: Path, text: str, article_path: str) -> None:
        if not self.dry:
            write_if_changed(path, text, durable=False)  # synced at the end of the run
            return
        old = _read(path)
        if old is None:
            self.stale.added.append(article_path)
        elif old != text:
            self.stale.changed.append(article_path)

    def remove_claims(self, path: Path) -> None:
        if self.dry:
            self.stale.removed.append(str(path))
        else:
            path.unlink(missing_ok=True)

    def report(self, path: Path, text: str, durable: bool = True) -> None:
        if not self.dry:
            write_if_changed(path, text, durable)
        elif _read(path) != text:
            self.stale.reports.append(path.name)

    def remove_report(self, path: Path) -> None:
        if self.dry:
            self.removed_reports.append(path.name)
        else:
            path.unlink(missing_ok=True)


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


def compare(
    settings: Settings,
    shown_root: str,
    progress: Progress | None = None,
    *,
    dry: bool = False,
    on_event: Callable[[Event], None] | None = None,
    only: Callable[[dict], bool] | None = None,
    clashes_only: bool = False,
    survey: tuple[list[tuple[str, Path]], list[ArticleError]] | None = None,
) -> Outcome:
    """Extract, group, compare and write claims/ and reports/ (see the module docstring).

    `dry` writes nothing in the output folders (not even the cache; the events it compares
    wait in a temporary folder, removed at the end): the outputs are compared with what is
    on disk instead, and `Outcome.stale` says how they differ. `on_event` receives every
    event with its findings as findings.json holds them (acknowledgements set); with
    `only`, just the events whose tally (`Tally.to_dict()`) it accepts, the others are not
    even read; with `clashes_only`, each event with its discrepancies alone (all it needs
    to read of most events). `survey`: `corpus_files(settings)` when the caller has just
    listed the corpus (the command line does, for its nothing-changed check).
    """
    outcome = Outcome()
    _new_run()
    store = RunStore(settings.reports_dir, _version(settings), readonly=dry)
    try:
        listener = None if on_event is None else Listener(on_event, only, clashes_only)
        return _compare(settings, shown_root, progress, dry, listener, outcome, store, survey)
    finally:
        store.close()


def _compare(
    settings: Settings,
    shown_root: str,
    progress: Progress | None,
    dry: bool,
    listener: Listener | None,
    outcome: Outcome,
    store: RunStore,
    survey: tuple[list[tuple[str, Path]], list[ArticleError]] | None = None,
) -> Outcome:
    clock = _Clock(outcome.timings)
    output = _Output(dry, outcome.stale)
    with clock.stage("read"):
        records, rest, reviewed = _survey(settings, shown_root, store, outcome, survey)
    if progress is not None:
        progress(len(records), len(records) + len(rest))
    texts: dict[str, str] = {}
    with clock.stage("extract"):
        _extract(rest, settings, shown_root, store, records, reviewed, outcome, output, texts)
        written = _remove_stale_claims(settings, records, reviewed, output)
        _drifted_reviews(settings, shown_root, records, outcome)
    outcome.claims_files = written
    if progress is not None:
        progress(len(records), len(records))
    outcome.articles = len(records)
    outcome.metas = {i: records[i].meta for i in sorted(records)}
    store.keep_only(set(records))
    ordered = [records[i] for i in sorted(records)]
    with clock.stage("group"):
        store.save_articles()
        copies, contained = find_copies_since((r.copy for r in ordered), store.contained())
        store.put_contained(contained)
        groups, words_df = cluster.components_of(r.profile for r in ordered)
        for record in ordered:
            record.release()  # grouping was all the profile and body were for
    work = _Events(settings, store, ordered, copies, outcome, output, texts, listener)
    with clock.stage("align"):
        events = work.ordered(work.events(groups), words_df)
    with clock.stage("report"):
        pages = work.write(events)
        output.finish()
        store.save(pages)
        if not dry:
            # claims files and pages were written (atomically) without waiting for the disk
            # one by one; one sync makes them all durable before the run is recorded
            if hasattr(os, "sync"):  # Unix only
                os.sync()
            summary = {
                "articles": outcome.articles,
                "events": len(events),
                "counts": outcome.counts,
            }
            record_run(settings, shown_root, outcome.errors, summary, outcome.entries)
    outcome.events = len(events)
    outcome.largest = max((len(e.articles) for e, _, _ in events), default=0)
    return outcome


def extract_claims(
    settings: Settings, shown_root: str, progress: Progress | None = None
) -> tuple[list[ArticleRecord], list[ArticleError]]:
    """`claimcheck extract`: the claims files of the corpus written (each as it comes back
    from a worker) and stale ones removed; returns every article's record, by id, and the
    files that could not be read. The run cache is read, never written."""
    outcome = Outcome()
    _new_run()
    store = RunStore(settings.reports_dir, _version(settings), readonly=True)
    try:
        records, rest, reviewed = _survey(settings, shown_root, store, outcome)
        if progress is not None:
            progress(len(records), len(records) + len(rest))
        output = _Output(False, outcome.stale)
        _extract(rest, settings, shown_root, store, records, reviewed, outcome, output, {})
        _remove_stale_claims(settings, records, reviewed, output)
        if progress is not None:
            progress(len(records), len(records))
        if hasattr(os, "sync"):  # Unix only: the claims files were written without an fsync
            os.sync()
    finally:
        store.close()
    return [records[i] for i in sorted(records)], outcome.errors


def _version(settings: Settings) -> str:
    """What the cache is valid for: claimcheck's code and the settings that shape outputs."""
    return digest(_code_digest(), EXTRACTOR_VERSION, settings.model_dump_json(exclude=_NOT_OUTPUT))


_NOT_OUTPUT = {"jobs", "corpus", "claims_dir", "reports_dir"}


# --- 1. claims ---------------------------------------------------------------------------------


def _survey(
    settings: Settings,
    shown_root: str,
    store: RunStore,
    outcome: Outcome,
    survey: tuple[list[tuple[str, Path]], list[ArticleError]] | None = None,
) -> tuple[dict[str, ArticleRecord], list[tuple[str, Path, str]], set[str]]:
    """Records for the articles whose claims file is unchanged since the cache was written;
    the rest as (id, article path, sha256) to load or extract."""
    entries, errors = survey if survey is not None else corpus_files(settings)
    outcome.errors = list(errors)
    outcome.entries = None if outcome.errors else entries
    records: dict[str, ArticleRecord] = {}
    rest: list[tuple[str, Path, str]] = []
    reviewed: set[str] = set()
    for identifier, path in entries:
        try:
            sha = file_sha256(path)
        except OSError:
            rest.append((identifier, path, ""))  # reading it again gives the proper error
            continue
        target = _path(settings, identifier)
        hit = store.record(identifier, stat_key(target))
        shown = display_path(path, settings.corpus, shown_root)
        if hit is not None and hit.meta.path == shown and _usable(hit, sha):
            if hit.reviewed:
                reviewed.add(identifier)
            records[identifier] = hit
            continue
        rest.append((identifier, path, sha))
    return records, rest, reviewed


_RESOLVED: dict[str, str] = {}
"""Real paths of the claims folders, for one run (cleared when a run starts)."""
_PATHS: dict[tuple[Path, str], Path] = {}
"""Claims file paths by (claims folder, article id), for one run (cleared with _RESOLVED)."""


def _path(settings: Settings, identifier: str) -> Path:
    key = (settings.claims_dir, identifier)
    found = _PATHS.get(key)
    if found is None:
        found = _PATHS[key] = claims_path(settings, identifier, _RESOLVED)
    return found


def _new_run() -> None:
    """Forget the paths of the last run: folders may have been moved or linked since."""
    _RESOLVED.clear()
    _PATHS.clear()


def _usable(record: ArticleRecord, sha: str) -> bool:
    """A claims file reviewed by a person is used as it stands; another only if it was
    written for these bytes by this extractor."""
    return record.reviewed or (record.meta.sha256 == sha and record.extractor == EXTRACTOR_VERSION)


@dataclass
class Prepared:
    """An article's claims file as a worker leaves it for the run: its text when it must be
    (re)written, and the record the corpus-wide steps need (its `stat` set once written)."""

    text: str | None
    record: ArticleRecord


def _prepare(claims: ClaimsFile, text: str | None, raw: bytes) -> Prepared:
    record = ArticleRecord(
        stat="",
        digest=hashlib.sha256(raw).hexdigest(),
        extractor=claims.extractor,
        reviewed=claims.reviewed,
        meta=claims.article,
        profile=cluster.profile(claims),
        copy=copy_item(claims),
        persons=[e.model_dump(mode="json") for e in claims.entities if e.type == "person"],
        kinds=dict(Counter(c.kind for c in claims.claims)),
    )
    return Prepared(text, record)


def _load_existing(item: tuple[Path, str, str], settings: Settings) -> Prepared | None:
    """Worker side: the prepared claims file at `item`'s path when it can be used as it is
    (reviewed by a person, or written for these bytes by this extractor), else None."""
    target, sha, shown = item
    try:
        raw = target.read_bytes()
    except OSError:
        return None
    existing = read_claims_file(target)
    if existing is None:
        return None
    fresh = (
        existing.article.sha256 == sha
        and existing.extractor == EXTRACTOR_VERSION
        and existing.article.path == shown
    )
    return _prepare(existing, None, raw) if existing.reviewed or fresh else None


def _extract_one(path: Path, settings: Settings, shown_root: str) -> Prepared | object:
    """Worker side: read and extract one article (an error comes back packed)."""
    result = _one(path, settings, shown_root)
    if isinstance(result, ArticleError):
        return _pack(result)
    text = to_json(result)
    return _prepare(result, text, text.encode("utf-8"))


def _extract(
    rest: list[tuple[str, Path, str]],
    settings: Settings,
    shown_root: str,
    store: RunStore,
    records: dict[str, ArticleRecord],
    reviewed: set[str],
    outcome: Outcome,
    output: _Output,
    texts: dict[str, str],
) -> None:
    """Claims files that can be used as they are, read in workers; the other articles
    extracted in workers. Each claims file is written as it comes back; only its record is
    kept."""
    shown = {i: display_path(p, settings.corpus, shown_root) for i, p, _ in rest}
    items = [(_path(settings, i), sha, shown[i]) for i, _, sha in rest]
    todo: list[tuple[str, Path]] = []
    for (identifier, path, _), item, prepared in zip(
        rest, items, map_ordered(_load_existing, items, settings.jobs, settings), strict=True
    ):
        if prepared is None:
            todo.append((identifier, path))
            continue
        if prepared.record.reviewed:
            reviewed.add(identifier)
        records[identifier] = _record(store, prepared, item[0])
    paths = [p for _, p in todo]
    extracted = map_ordered(_extract_one, paths, settings.jobs, settings, shown_root)
    for (identifier, _), result in zip(todo, extracted, strict=True):
        if not isinstance(result, Prepared):
            outcome.errors.append(_unpack(result))
            continue
        target = _path(settings, identifier)
        assert result.text is not None
        output.claims(target, result.text, result.record.meta.path)
        if output.dry:
            texts[identifier] = result.text  # what the claims file would hold
        records[identifier] = _record(store, result, target)


def _record(store: RunStore, prepared: Prepared, path: Path) -> ArticleRecord:
    """The record of a claims file just read or written, kept in the cache."""
    record = prepared.record
    record.stat = stat_key(path) or ""
    store.put_record(record)
    return record


def _remove_stale_claims(
    settings: Settings, records: dict[str, ArticleRecord], reviewed: set[str], output: _Output
) -> int:
    """Claims files of articles that are gone (reviewed files and others never touched)."""
    keep = {_path(settings, a) for a in records}
    resolved: set[Path] | None = None
    for path in _generated_claims(settings.claims_dir, skip=keep):
        if resolved is None:
            resolved = {p.resolve() for p in keep}
        if path.resolve() not in resolved:
            output.remove_claims(path)
    return len([a for a in records if a not in reviewed])


def _drifted_reviews(
    settings: Settings, shown_root: str, records: dict[str, ArticleRecord], outcome: Outcome
) -> None:
    """Reviewed claims files whose article has changed since: what they rest on that the
    article no longer says."""
    if not any(record.reviewed for record in records.values()):
        return
    by_id = dict(corpus_files(settings)[0])
    for identifier, record in sorted(records.items()):
        if not record.reviewed or identifier not in by_id:
            continue
        try:
            sha = file_sha256(by_id[identifier])
        except OSError:
            continue
        if sha == record.meta.sha256:
            continue
        existing = read_claims_file(_path(settings, identifier))
        try:
            text = read_article(by_id[identifier], settings.corpus, settings, shown_root).text
        except ArticleError:
            text = ""
        if existing is not None:
            outcome.stale_reviews[identifier] = review_drift(existing, text)


# --- 2. and 3. events ----------------------------------------------------------------------------


class _Events:
    """Groups of articles -> compared events, from the cache where their articles did not
    change; then findings.json, the pages, index.md and entities.md."""

    def __init__(
        self,
        settings: Settings,
        store: RunStore,
        records: list[ArticleRecord],
        copies: list[Copy],
        outcome: Outcome,
        output: _Output,
        texts: dict[str, str],
        listener: Listener | None,
    ) -> None:
        self.settings = settings
        self.listener = listener
        self.tallies: dict[str, dict] = {}
        self.store = store
        self.output = output
        self.texts = texts
        self.records = records
        self.by_id = {r.id: r for r in records}
        self.copies = copies
        self.originals = {c.copy: c.original for c in copies}
        self.outcome = outcome
        folder = settings.reports_dir
        self.targets = {
            r.id: t for r in records if (t := link_target(r.meta.path, folder)) is not None
        }
        self.metas = {r.id: r.meta for r in records}
        copy_of = {c.copy: c for c in copies}
        self.articles = {
            r.id: FindingsArticle.of(
                r.meta,
                copy_of=copy_of[r.id].original if r.id in copy_of else None,
                copy_kind=copy_of[r.id].kind if r.id in copy_of else None,
            )
            for r in records
        }
        self.acks = load_acks(settings.claims_dir)
        self.acked = {(a.fingerprint, tuple(a.values)) for a in self.acks.acknowledged}
        self.acks_digest = digest(self.acks.model_dump(mode="json"))
        self.applied: set[str] = set()
        """Keys of the events some acknowledgement applies to."""
        self.pages: set[str] = set()

    # --- comparing -------------------------------------------------------------------------

    def key(self, ids: list[str]) -> str:
        """What an event's findings depend on: its articles' claims files, which of them
        copy which, and the cache's version (claimcheck's code and the settings)."""
        copies = [(i, self.originals[i]) for i in ids if i in self.originals]
        return digest(self.store.version, [(i, self.by_id[i].digest) for i in ids], copies)

    def events(self, groups: list[list[str]]) -> list[tuple[str, CachedEvent]]:
        """(key, cached event) of every group; the groups the cache does not have are
        compared now, in worker processes when there are many (`settings.jobs`)."""
        keys = [self.key(ids) for ids in groups]
        found: dict[str, CachedEvent] = {}
        todo: list[GroupJob] = []
        for key, ids in zip(keys, groups, strict=True):
            cached = self.store.event(key)
            if cached is not None and list(cached.description.articles) == ids:
                found[key] = cached
            elif key not in found:
                todo.append(self.group(key, ids))
        for group, (cached, body) in zip(todo, map_groups(todo, self.settings), strict=True):
            self.store.put_event(group.key, cached, body)
            found[group.key] = cached
        return [(key, found[key]) for key in keys]

    def compare(self, key: str, ids: list[str]) -> tuple[CachedEvent, EventBody]:
        """Compare one group here and keep the result."""
        cached, body = compare_group(self.group(key, ids), self.settings)
        self.store.put_event(key, cached, body)
        return cached, body

    def group(self, key: str, ids: list[str]) -> GroupJob:
        """Everything a worker needs to compare one group and render its page."""
        return GroupJob(
            key=key,
            ids=ids,
            originals={i: self.originals[i] for i in ids if i in self.originals},
            articles=[self.articles[a] for a in sorted(ids)],
            metas={a: self.metas[a] for a in ids},
            targets={a: self.targets[a] for a in ids if a in self.targets},
            page_key=self.page_inputs(ids),
            texts={a: self.texts[a] for a in ids if a in self.texts},
        )

    def claims(self, identifier: str) -> ClaimsFile:
        return _claims(self.settings, identifier, self.texts)

    def render(self, event: Event, files: dict[str, ClaimsFile]) -> str:
        group = self.group("", list(event.articles))
        return _render(event, files, group)

    def page_inputs(self, ids: list[str]) -> str:
        return digest([(a, self.targets.get(a)) for a in ids])

    @staticmethod
    def ordered(
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

    # --- writing ---------------------------------------------------------------------------

    def write(self, events: list[tuple[Event, str, CachedEvent]]) -> set[str]:
        """findings.json, the pages whose inputs changed, index.md, entities.md; stale pages
        removed. Returns the names of the pages."""
        folder = self.settings.reports_dir
        articles = _json_list(to_json(self.articles[r.id]) for r in self.records)
        head = '{\n  "schema": "' + FINDINGS_SCHEMA + '",\n  "articles": '
        head += "".join(articles) + ',\n  "events": '
        self.tallies = {key: cached.tally for _, key, cached in events}
        pieces = [(self.identity(event, key), event, key) for event, key, _ in events]
        identities = {key: identity for identity, _, key in pieces}
        published: set[str] = set()

        def text(event: Event, key: str) -> str:
            # an event read from the cache for findings.json has its page seen to at once
            body = self.body(event, key)
            if key not in published:
                self.publish(event, key, identities[key], body)
                published.add(key)
            return self.text(event, key, body)

        self.write_findings(folder / "findings.json", head, pieces, text)
        for identity, event, key in pieces:
            if key not in published:
                self.publish(event, key, identity)
        tallies = {event.id: Tally.from_dict(cached.tally) for event, _, cached in events}
        for tally in tallies.values():
            for kind, n in tally.counts.items():
                self.outcome.counts[kind] = self.outcome.counts.get(kind, 0) + n
        index = index_page([e for e, _, _ in events], lambda e: tallies[e.id], self.metas)
        self.output.report(folder / "index.md", f"{REPORT_MARKER}\n{index}")
        self.pages.add("index.md")
        self.write_entities()
        keep = {(folder / name).resolve() for name in self.pages}
        for path in _generated_reports(folder):
            if path.resolve() not in keep:
                self.output.remove_report(path)
        self.outcome.pages = sum(name.endswith(".md") for name in self.pages)
        return self.pages

    def identity(self, event: Event, key: str) -> str:
        """What an event's text in findings.json and its page stand for: its cache key, its
        id and the acknowledgements that apply to its findings."""
        applied: list = []
        if self.acked:
            head = self.store.event_head(key)
            pairs = head[0] if head is not None else self.body(event, key).acks
            applied = sorted({(f, tuple(v)) for f, v in pairs} & self.acked)
            if applied:
                self.applied.add(key)
        return digest(key, event.id, applied, self.acks_digest if applied else None)

    def body(self, event: Event, key: str) -> EventBody:
        """The event's findings (and page) from the cache, compared again if it lost them."""
        body = self.store.event_body(key, with_acks=bool(self.acked))
        if body is None:  # the cache lost it since: compare again
            body = self.compare(key, list(event.articles))[1]
        return body

    def hand_clashes(self, listener: Listener, event: Event, key: str) -> None:
        """The event with its discrepancies only, to `listener`, read from the head of its
        cache file; the whole event when the cache cannot tell."""
        head = self.store.event_head(key)
        if head is None:
            listener.on_event(self.full(event, key, self.body(event, key)))
            return
        found = [Finding.model_validate(f) for f in json.loads(head[1])]
        light = event.model_copy(update={"findings": found})
        listener.on_event(acknowledge_event(light, self.acks) if key in self.applied else light)

    def full(self, event: Event, key: str, body: EventBody) -> Event:
        """The event with its findings, acknowledgements set."""
        full = _full(body.text, event.id)
        return acknowledge_event(full, self.acks) if key in self.applied else full

    def text(self, event: Event, key: str, body: EventBody) -> str:
        """The event as findings.json holds it (indented for its place there)."""
        if key in self.applied:
            return _nested(to_json(self.full(event, key, body)))
        return _with_id(body.text, event.id)

    def write_findings(
        self,
        target: Path,
        head: str,
        pieces: list[tuple[str, Event, str]],
        text: Callable[[Event, str], str],
    ) -> None:
        """findings.json: left alone when its pieces are those it was written from; else
        written again, each event that was in it before copied from it byte for byte (the
        run cache knows where each one is), the others from the cache of events."""
        name = target.name
        self.pages.add(name)
        key = digest(hashlib.sha256(head.encode("utf-8")).hexdigest(), [p[0] for p in pieces])
        recorded = self.store.page_key(name, target)
        if recorded == key:
            return
        if self.output.dry:
            if recorded is not None or _file_digest(target) != _content_digest(head, pieces, text):
                self.output.stale.reports.append(name)
            return
        spans = self.store.findings_spans(recorded) if recorded is not None else {}
        written = _write_pieces(target, head, pieces, spans, text, recorded is None)
        self.store.put_page(name, key, target)
        self.store.put_findings_spans(key, written)

    def publish(self, event: Event, key: str, identity: str, body: EventBody | None = None) -> None:
        """The event's page, written when its inputs changed; the event handed to
        `on_event`. `body`: the event's findings, when read already."""
        name = f"{event.id}.md"
        path = self.settings.reports_dir / name
        inputs = self.page_inputs(list(event.articles))
        page_key = digest(identity, inputs)
        self.pages.add(name)
        fresh = self.store.page_fresh(name, page_key, path)
        listener = self.listener
        if listener is not None and not listener.wants(self.tallies[key]):
            listener = None
        if fresh and listener is None:
            return
        if fresh and listener is not None and listener.clashes_only and body is None:
            self.hand_clashes(listener, event, key)
            return
        body = body or self.body(event, key)
        full = None
        if listener is not None:
            full = self.full(event, key, body)
            listener.on_event(full)
        if fresh:
            return
        if key not in self.applied and body.page is not None and body.page_key == inputs:
            page = body.page
        else:
            full = full or self.full(event, key, body)
            page = self.render(full, {a: self.claims(a) for a in event.articles})
        self.output.report(path, f"{REPORT_MARKER}\n{page}", durable=False)
        self.store.put_page(name, page_key, path)

    def write_entities(self) -> None:
        folder = self.settings.reports_dir
        path = folder / "entities.md"
        key = digest([(r.id, r.digest, self.targets.get(r.id)) for r in self.records])
        if not self.store.page_fresh("entities.md", key, path):
            persons = ((r.meta, r.person_entities()) for r in self.records)
            stamps = {r.id: f"{r.digest}:{self.targets.get(r.id)}" for r in self.records}
            known = self.store.sections()
            text, sections = _with_targets(
                self.targets,
                lambda: entities_page_reusing(persons, len(self.records), stamps, known),
            )
            self.store.put_sections(sections)
            self.output.report(path, f"{REPORT_MARKER}\n{text}")
        self.store.put_page("entities.md", key, path)
        self.pages.add("entities.md")


@dataclass
class GroupJob:
    """One group of articles to compare, with what its page needs of them."""

    key: str
    ids: list[str]
    originals: dict[str, str]
    articles: list[FindingsArticle]
    metas: dict[str, ArticleMeta]
    targets: dict[str, str]
    page_key: str
    texts: dict[str, str] = field(default_factory=dict)
    """Claims files as this run would write them, where that is not on disk (`dry`)."""


def compare_group(group: GroupJob, settings: Settings) -> tuple[CachedEvent, EventBody]:
    """Compare a group's articles (reading their claims files), with the event's page as
    rendered before any acknowledgement."""
    files = {i: _claims(settings, i, group.texts) for i in group.ids}
    description = cluster.describe([files[i] for i in group.ids])
    blank = cluster.event_from(description, {}).model_copy(update={"id": ""})
    event = compare_event(blank, files, settings, group.originals)
    cached = CachedEvent(
        description=description,
        tally=Tally.of(event.findings).to_dict(),
        consistency=event.consistency,
    )
    clashes = [f.model_dump(mode="json") for f in event.findings if f.type == "discrepancy"]
    body = EventBody(
        acks=[[f.id, finding_values(f)] for f in event.findings],
        text=_nested(to_json(event)),
        clashes=json.dumps(clashes, ensure_ascii=False, separators=(",", ":")),
    )
    if event.title:  # then the page does not name the event's id (not known yet)
        body.page = _render(event, files, group)
        body.page_key = group.page_key
    return cached, body


def map_groups(
    groups: list[GroupJob], settings: Settings
) -> Iterator[tuple[CachedEvent, EventBody]]:
    """:func:`compare_group` of each group, in order; in worker processes when there are
    enough groups to be worth a pool (the same results either way)."""
    return map_ordered(
        compare_group, groups, settings.jobs, settings, chunk=GROUP_CHUNK, minimum=MIN_PARALLEL
    )


GROUP_CHUNK = 8
"""Groups per worker task."""


def _claims(settings: Settings, identifier: str, texts: dict[str, str]) -> ClaimsFile:
    if identifier in texts:
        return ClaimsFile.model_validate_json(texts[identifier])
    path = claims_path(settings, identifier)
    claims = read_claims_file(path)
    if claims is None:
        raise OutputError(f"{path}: claims file vanished during the run")
    return claims


def _render(event: Event, files: dict[str, ClaimsFile], group: GroupJob) -> str:
    members = FindingsFile(articles=group.articles, events=[])
    return _with_targets(group.targets, lambda: event_page(event, members, files, group.metas))


def _full(text: str, event_id: str) -> Event:
    return Event.model_validate_json(_with_id(text, event_id))


_BLANK_ID = '{\n      "id": ""'


def _with_id(text: str, event_id: str) -> str:
    if not text.startswith(_BLANK_ID):
        raise ValueError("cached event without a blank id")
    return '{\n      "id": ' + _json_string(event_id) + text[len(_BLANK_ID) :]


def _nested(text: str) -> str:
    """An item's two-space-indented JSON as it stands in a list at depth one of findings.json
    (kept so in the cache: the file is then written without re-indenting every event)."""
    return text.rstrip("\n").replace("\n", "\n    ")


def _json_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


_OPEN, _NEXT, _EMPTY, _CLOSE = "[\n    ", ",\n    ", "[]", "\n  ]"
"""How a list at depth one of findings.json opens, goes on, is empty, closes."""


def _json_list(items) -> Iterator[str]:
    """A JSON list at depth one of a two-space-indented document, item by item."""
    first = True
    for item in items:
        yield (_OPEN if first else _NEXT) + _nested(item)
        first = False
    yield _EMPTY if first else _CLOSE


def _with_targets(targets: dict[str, str], render: Callable[[], str]) -> str:
    from .report.markdown import _TARGETS

    token = _TARGETS.set(targets)
    try:
        return render()
    finally:
        _TARGETS.reset(token)


_SEPARATOR = (_OPEN.encode(), _NEXT.encode())
"""What comes before the first event of findings.json's list, and before each other one."""


def _pieces_bytes(
    head: str, pieces: list[tuple[str, Event, str]], text: Callable[[Event, str], str]
) -> Iterator[bytes]:
    """findings.json, part by part."""
    yield head.encode("utf-8")
    for n, (_, event, key) in enumerate(pieces):
        yield _SEPARATOR[n > 0]
        yield text(event, key).encode("utf-8")
    yield _END[bool(pieces)]


_END = ((_EMPTY + "\n}\n").encode(), (_CLOSE + "\n}\n").encode())
"""How findings.json ends: after an empty list of events, after a list with some."""


def _content_digest(
    head: str, pieces: list[tuple[str, Event, str]], text: Callable[[Event, str], str]
) -> str:
    """The sha256 findings.json would have (every event read from the cache)."""
    digest = hashlib.sha256()
    for data in _pieces_bytes(head, pieces, text):
        digest.update(data)
    return digest.hexdigest()


class _SpliceFailed(Exception):
    """The previous findings.json was not as the run cache remembers it."""


def _write_pieces(
    target: Path,
    head: str,
    pieces: list[tuple[str, Event, str]],
    spans: dict[str, list[int]],
    text: Callable[[Event, str], str],
    compare: bool,
) -> dict[str, list[int]]:
    """Write findings.json through a temporary file moved into place (no reader sees half
    of it); each event found in `spans` (identity -> [start, end] in the present file) is
    copied from that file, the others made by `text`. `compare`: leave the file alone if
    its content would not change. Returns the spans of the file now in place."""
    try:
        return _write_spliced(target, head, pieces, spans, text, compare)
    except _SpliceFailed:
        return _write_spliced(target, head, pieces, {}, text, compare)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None


def _write_spliced(target, head, pieces, spans, text, compare) -> dict[str, list[int]]:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    out = _Appender(handle)
    source = None
    try:
        if spans:
            try:
                source = os.open(target, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            except OSError:
                spans = {}
        written: dict[str, list[int]] = {}
        out.write(head.encode("utf-8"))
        for n, (identity, event, key) in enumerate(pieces):
            out.write(_SEPARATOR[n > 0])
            start = out.position
            span = spans.get(identity)
            if span is not None and source is not None:
                out.copy(source, span[0], span[1] - span[0])
            else:
                out.write(text(event, key).encode("utf-8"))
            written[identity] = [start, out.position]
        out.write(_END[bool(pieces)])
        out.close()
        if compare and _file_digest(target) == _file_digest(Path(temp)):
            return written  # the same bytes: the file in place keeps its time and inode
        os.chmod(temp, _FILE_MODE)
        os.replace(temp, target)
        return written
    finally:
        out.close(quietly=True)
        if source is not None:
            os.close(source)
        Path(temp).unlink(missing_ok=True)


class _Appender:
    """Appends bytes to an open file descriptor, buffered; ranges of another file are
    copied by the kernel where it can (`os.copy_file_range`), else read and written."""

    def __init__(self, handle: int) -> None:
        self.handle = handle
        self.position = 0
        self.buffer: list[bytes] = []
        self.buffered = 0

    def write(self, data: bytes) -> None:
        self.buffer.append(data)
        self.buffered += len(data)
        self.position += len(data)
        if self.buffered >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            _write_all(self.handle, b"".join(self.buffer))
            self.buffer, self.buffered = [], 0

    def copy(self, source: int, offset: int, count: int) -> None:
        self.flush()
        self.position += count
        copy_range = getattr(os, "copy_file_range", None)
        while count > 0:
            done = 0
            if copy_range is not None:
                try:
                    done = copy_range(source, self.handle, count, offset)
                except OSError:
                    copy_range = None  # another file system, an old kernel: read and write
                    continue
            else:
                data = _read_at(source, offset, min(count, 1 << 20))
                _write_all(self.handle, data)
                done = len(data)
            if done <= 0:
                raise _SpliceFailed  # the file is shorter than the cache remembers
            offset += done
            count -= done

    def close(self, quietly: bool = False) -> None:
        """Write what is buffered, wait for the disk and close (`quietly`: only close, if
        still open, after an error)."""
        if self.handle < 0:
            return
        handle, self.handle = self.handle, -1
        try:
            if not quietly:
                _write_all(handle, b"".join(self.buffer))
                os.fsync(handle)
        finally:
            os.close(handle)


def _read_at(handle: int, offset: int, size: int) -> bytes:
    """Up to `size` bytes of an open file from `offset` (`os.pread` where there is one)."""
    if hasattr(os, "pread"):
        return os.pread(handle, size, offset)
    os.lseek(handle, offset, os.SEEK_SET)
    return os.read(handle, size)


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]


def _file_digest(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None
