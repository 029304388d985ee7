"""The run cache: what a compare keeps so that the next one redoes only what changed.

It lives in the reports folder, in `.claimcheck-cache/` (with a `.gitignore` of its own, so
it is never committed):

* `articles/<xx>.json`: per article (in 256 shards by a hash of its id, so that one new
  article rewrites one small file), the digest of its claims file and everything the corpus-wide
  steps need of it (grouping profile, body for copy detection, metadata, person entities),
  so that unchanged claims files are not parsed again;
* `events/<key>`: per group of articles, its description, the tally of its findings and the
  event as findings.json writes it. The key hashes the claims of its articles, the copies
  among them, the settings and claimcheck's own code: an event whose articles did not change
  is neither aligned nor rendered again;
* `pages.json`: per report page, the key of what it was rendered from and the size and time
  of the file written, so an unchanged page is not even rendered.

Nothing in it is trusted beyond its keys: a file that is missing, unreadable, of another
version or not what it should be is a miss, and the work is done again. Outputs never depend
on the cache, only the time they take.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .cache import stat_key
from .cluster import Description, Profile
from .errors import OutputError
from .models import ArticleMeta, Entity
from .syndication import Contained, CopyItem
from .writer import write_if_changed, write_text

CACHE_DIR = ".claimcheck-cache"
FORMAT = "claimcheck.cache/1"
COPIES_FILE = "copies.json"
"""The `contained` copies found by the last run (`syndication.Contained`)."""
SECTIONS_FILE = "entities-sections.json"
"""The sections of entities.md by what they were made from."""
SPANS_FILE = "findings-spans.json"
"""Where each event is in findings.json, so the next run can copy the unchanged ones."""


def digest(*parts: object) -> str:
    """A short stable hash of JSON-able parts."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class ArticleRecord:
    """What the corpus-wide steps need of one article, read once from its claims file."""

    stat: str
    """`stat_key` of the claims file it was read from."""
    digest: str
    """sha256 of that claims file's bytes."""
    extractor: str
    reviewed: bool
    meta: ArticleMeta
    profile: Profile
    copy: CopyItem
    persons: list[dict]
    """Its person entities, as JSON data (validated only for the who-is-who page)."""
    kinds: dict[str, int]
    """How many claims of each kind it holds (for `claimcheck extract`'s table)."""

    @property
    def id(self) -> str:
        return self.meta.id

    def person_entities(self) -> list[Entity]:
        return [Entity.model_validate(e) for e in self.persons]

    def release(self) -> None:
        """Drop what only grouping needs (after the cache has been saved)."""
        self.profile = None  # type: ignore[assignment]
        self.copy = None  # type: ignore[assignment]

    def to_dict(self) -> dict:
        return {
            "stat": self.stat,
            "digest": self.digest,
            "extractor": self.extractor,
            "reviewed": self.reviewed,
            "meta": self.meta.model_dump(mode="json"),
            "profile": self.profile.to_dict(),
            "body": self.copy.body,
            "persons": self.persons,
            "kinds": self.kinds,
        }

    @classmethod
    def from_dict(cls, data: dict) -> ArticleRecord:
        meta = ArticleMeta.model_validate(data["meta"])
        return cls(
            stat=data["stat"],
            digest=data["digest"],
            extractor=data["extractor"],
            reviewed=bool(data["reviewed"]),
            meta=meta,
            profile=Profile.from_dict(data["profile"]),
            copy=CopyItem(meta.id, meta.published, meta.outlet, meta.sha256, data["body"]),
            persons=list(data["persons"]),
            kinds={str(k): int(v) for k, v in data["kinds"].items()},
        )


@dataclass
class CachedEvent:
    """One group of articles as a previous run left it: what is needed of every event
    (kept in memory), its findings and page being read from disk when needed
    (:meth:`RunStore.event_body`)."""

    description: Description
    tally: dict
    """`report.markdown.Tally.to_dict()` of its findings."""
    consistency: float | None


@dataclass
class EventBody:
    """The heavy part of a cached event."""

    acks: list[list]
    """[finding id, values an acknowledgement must name] of every finding."""
    text: str
    """The event as findings.json holds it (indented for its place in the list, no trailing
    newline), with an empty id: ids depend on the other events and are set when the file is
    written."""
    clashes: str = "[]"
    """Its discrepancy findings, as one line of JSON (what the gate reads)."""
    page: str | None = None
    """Its markdown page as rendered when it was compared (no acknowledgements)."""
    page_key: str | None = None
    """What else that page was rendered from (the links to the articles)."""


class RunStore:
    """The cache folder of one reports folder, for runs of one code version and settings."""

    def __init__(self, reports_dir: Path, version: str, readonly: bool = False) -> None:
        self.folder = reports_dir / CACHE_DIR
        self.version = version
        self.readonly = readonly
        """Read what is there, write nothing here (`check`): what is new goes to a temporary
        folder, removed by `close`, so memory stays bounded without the cache."""
        self._spill: tempfile.TemporaryDirectory[str] | None = None
        self.articles: dict[str, ArticleRecord] = {}
        self.pages: dict[str, list[str]] = {}
        self._dirty: set[str] = set()
        """Shards of `articles/` whose records changed."""
        self._pages_changed = False
        self._sealed_files: dict[str, dict] = {}
        """Cache files to write at the end of the run (`_seal`), by name."""
        self._events_used: set[str] = set()
        self.usable = not (
            self.folder.is_symlink() or (self.folder.exists() and not self.folder.is_dir())
        )
        """False for a link (it may lead out of the reports folder) or a file in the cache's
        place: nothing is read from it or written to it."""
        if not self.usable:
            self.readonly = True
            return
        self._load()

    # --- reading -------------------------------------------------------------------------

    def _read_json(self, name: str) -> dict:
        try:
            data = json.loads((self.folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return {}
        if data.get("version") != self.version:
            return {}
        return data

    def _load(self) -> None:
        shards = self.folder / "articles"
        names = sorted(p.name for p in shards.glob("*.json")) if shards.is_dir() else []
        for name in names:
            raw = self._read_json(f"articles/{name}").get("articles")
            if not isinstance(raw, dict):
                continue
            for identifier, data in raw.items():
                if not isinstance(identifier, str) or f"{_shard(identifier)}.json" != name:
                    continue
                try:
                    self.articles[identifier] = ArticleRecord.from_dict(data)
                except Exception:
                    continue
        pages = self._read_json("pages.json").get("pages")
        if isinstance(pages, dict):
            self.pages = {k: v for k, v in pages.items() if isinstance(v, list) and len(v) == 2}

    def record(self, identifier: str, stat: str | None) -> ArticleRecord | None:
        found = self.articles.get(identifier)
        return found if found is not None and stat is not None and found.stat == stat else None

    def _event_dirs(self) -> list[Path]:
        """Where cached events are read from: this run's spill folder first, then the cache."""
        dirs = [Path(self._spill.name)] if self._spill is not None else []
        if self.usable:
            dirs.append(self.folder / "events")
        return dirs

    def event(self, key: str) -> CachedEvent | None:
        """The light part of a cached event (the first line of its file), or None."""
        self._events_used.add(key)
        for folder in self._event_dirs():
            found = _read_event(folder / key)
            if found is not None:
                return found
        return None

    def event_body(self, key: str, with_acks: bool = True) -> EventBody | None:
        """The findings (and page, if kept) of a cached event, or None. Without `with_acks`
        (no acknowledgement exists) the finding ids and values are not parsed."""
        for folder in self._event_dirs():
            found = _read_body(folder, key, with_acks)
            if found is not None:
                return found
        return None

    def event_head(self, key: str) -> tuple[list[list], str] | None:
        """([finding id, values] of every finding, the discrepancies as a JSON line) of a
        cached event, without reading its findings; None if the cache cannot tell."""
        for folder in self._event_dirs():
            found = _read_head(folder / key)
            if found is not None:
                return found
        return None

    def page_key(self, name: str, path: Path) -> str | None:
        """The key a page was recorded with, if the file is still as it was written."""
        entry = self.pages.get(name)
        return entry[0] if entry is not None and entry[1] == stat_key(path) else None

    def findings_spans(self, key: str) -> dict[str, list[int]]:
        """Where each event is in findings.json ([start, end] byte offsets by the event's
        identity), as written with this key; empty when the cache does not know."""
        spans = self._unseal(SPANS_FILE, key)
        if not isinstance(spans, dict):
            return {}
        valid = all(
            isinstance(v, list)
            and len(v) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in v)
            and v[0] <= v[1]
            for v in spans.values()
        )
        return spans if valid else {}

    def put_findings_spans(self, key: str, spans: dict[str, list[int]]) -> None:
        self._seal(SPANS_FILE, spans, key)

    def contained(self) -> Contained | None:
        """The `contained` copies the last run found, or None."""
        found = self._unseal(COPIES_FILE)
        if not isinstance(found, dict):
            return None
        try:
            return Contained.from_dict(found)
        except Exception:
            return None

    def put_contained(self, contained: Contained) -> None:
        self._seal(COPIES_FILE, contained.to_dict())

    def sections(self) -> dict[str, tuple[str, int]]:
        """The sections of entities.md the last run made, by key (empty if unknown)."""
        found = self._unseal(SECTIONS_FILE)
        if not isinstance(found, dict):
            return {}
        try:
            return {str(k): (str(text), int(n)) for k, (text, n) in found.items()}
        except Exception:
            return {}

    def put_sections(self, sections: dict[str, tuple[str, int]]) -> None:
        self._seal(SECTIONS_FILE, {k: list(v) for k, v in sorted(sections.items())})

    def _unseal(self, name: str, key: str = "") -> object:
        """The value a cache file of `_seal` holds, if written for `key` and its seal checks
        out; None otherwise."""
        data = self._read_json(name)
        value = data.get("value")
        if data.get("key") != key or data.get("seal") != _sealed(key, _compact(value)):
            return None  # another key, or changed since it was written
        return value

    def _seal(self, name: str, value: object, key: str = "") -> None:
        """Write `value` to the cache file `name` at the end of the run, sealed with `key`."""
        seal = _sealed(key, _compact(value))
        self._sealed_files[name] = {"key": key, "seal": seal, "value": value}

    def page_fresh(self, name: str, key: str, path: Path) -> bool:
        """The page at `path` was written from inputs with this key and not touched since."""
        entry = self.pages.get(name)
        return entry is not None and entry[0] == key and entry[1] == stat_key(path)

    # --- writing -------------------------------------------------------------------------

    def put_record(self, record: ArticleRecord) -> None:
        self.articles[record.id] = record
        self._dirty.add(_shard(record.id))

    def keep_only(self, identifiers: set[str]) -> None:
        for identifier in list(self.articles):
            if identifier not in identifiers:
                del self.articles[identifier]
                self._dirty.add(_shard(identifier))

    def put_event(self, key: str, event: CachedEvent, body: EventBody) -> None:
        self._events_used.add(key)
        if not self.readonly:
            try:
                self._put_event(self.folder / "events", key, event, body)
                return
            except (OSError, OutputError):
                self._give_up()  # the cache cannot be written: this run keeps it aside
        if self._spill is None:
            self._spill = tempfile.TemporaryDirectory(prefix="claimcheck-")
        self._put_event(Path(self._spill.name), key, event, body)

    def _give_up(self) -> None:
        """Stop writing the cache (it is in the way: a file where a folder should be, a
        full disk…); the run goes on without it."""
        self.readonly = True

    @staticmethod
    def _put_event(events: Path, key: str, event: CachedEvent, body: EventBody) -> None:
        acks = json.dumps(body.acks, ensure_ascii=False, separators=(",", ":"))
        meta = {
            "description": event.description.to_dict(),
            "tally": event.tally,
            "consistency": event.consistency,
            "body": _sealed(acks, body.clashes, body.text),
            "clashes": _sealed(acks, body.clashes),
        }
        head = json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
        if body.page is not None and body.page_key is not None:
            seal = _sealed(body.page_key, body.page)
            text = seal + "\n" + body.page_key + "\n" + body.page
            write_text(events / (key + ".md"), text, durable=False)
        else:
            (events / (key + ".md")).unlink(missing_ok=True)
        text = "\n".join((head, acks, body.clashes, body.text))
        write_text(events / key, text, durable=False)

    def put_page(self, name: str, key: str, path: Path) -> None:
        stat = stat_key(path)
        entry = [key, stat] if stat is not None else None
        if self.pages.get(name) != entry:
            if entry is None:
                self.pages.pop(name, None)
            else:
                self.pages[name] = entry
            self._pages_changed = True

    def close(self) -> None:
        """Remove this run's spill folder (`readonly`)."""
        if self._spill is not None:
            self._spill.cleanup()
            self._spill = None

    def save_articles(self) -> None:
        """Write the article records if they changed (before they are released)."""
        if self.readonly:
            return
        try:
            self._save_articles()
        except (OSError, OutputError):
            self._give_up()

    def _save_articles(self) -> None:
        self._ignore_file()
        (self.folder / "articles.json").unlink(missing_ok=True)  # the unsharded form
        if not self._dirty:
            return
        shards: dict[str, list[str]] = {name: [] for name in self._dirty}
        for identifier in self.articles:
            shard = _shard(identifier)
            if shard in shards:
                shards[shard].append(identifier)
        for shard, identifiers in sorted(shards.items()):
            path = f"articles/{shard}.json"
            if identifiers:
                records = {k: self.articles[k].to_dict() for k in sorted(identifiers)}
                self._write(path, {"articles": records})
            else:
                (self.folder / path).unlink(missing_ok=True)
        self._dirty.clear()

    def save(self, pages: set[str]) -> None:
        """Write what changed; forget pages and events this run did not use."""
        if self.readonly:
            return
        try:
            self._save(pages)
        except (OSError, OutputError):
            self._give_up()

    def _save(self, pages: set[str]) -> None:
        self._ignore_file()
        for name in list(self.pages):
            if name not in pages:
                del self.pages[name]
                self._pages_changed = True
        if self._pages_changed:
            self._write("pages.json", {"pages": dict(sorted(self.pages.items()))})
        for name, data in sorted(self._sealed_files.items()):
            self._write(name, data)
        events = self.folder / "events"
        if events.is_dir():
            for path in events.iterdir():
                if path.name.removesuffix(".md") not in self._events_used:
                    path.unlink(missing_ok=True)

    def _write(self, name: str, data: dict) -> None:
        body = {"format": FORMAT, "version": self.version, **data}
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        write_text(self.folder / name, text, durable=False)

    def _ignore_file(self) -> None:
        write_if_changed(self.folder / ".gitignore", "# claimcheck's run cache\n*\n")


def _read_event(path: Path) -> CachedEvent | None:
    """The first line of a cached event's file, checked for shape; None if unusable."""
    try:
        with path.open(encoding="utf-8") as handle:
            meta = json.loads(handle.readline())
        tally = meta["tally"]
        if not _valid_tally(tally):
            return None
        consistency = meta["consistency"]
        if consistency is not None and not isinstance(consistency, float | int):
            return None
        return CachedEvent(
            description=Description.from_dict(meta["description"]),
            tally=tally,
            consistency=consistency,
        )
    except Exception:
        return None


def _read_body(folder: Path, key: str, with_acks: bool) -> EventBody | None:
    """A cached event's findings and page, their seals checked; None if unusable."""
    try:
        raw = (folder / key).read_text(encoding="utf-8")
        head, acks, clashes, rest = raw.split("\n", 3)
        if json.loads(head).get("body") != _sealed(acks, clashes, rest):
            return None  # changed or cut short since it was written
        page_key, page = None, None
        try:
            page_raw = (folder / (key + ".md")).read_text(encoding="utf-8")
            seal, page_key, page = page_raw.split("\n", 2)
            if seal != _sealed(page_key, page):
                page_key, page = None, None
        except (OSError, UnicodeDecodeError, ValueError):
            page_key, page = None, None
        pairs = _acks(acks) if with_acks else []
        if pairs is None:
            return None
        return EventBody(acks=pairs, text=rest, clashes=clashes, page=page, page_key=page_key)
    except Exception:
        return None


def _compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def _acks(line: str) -> list[list] | None:
    """[finding id, values] of every finding, from their line of a cached event."""
    pairs = json.loads(line)
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and isinstance(p[1], list) for p in pairs
    ):
        return None
    return pairs


def _read_head(path: Path) -> tuple[list[list], str] | None:
    """The acknowledgement keys and the discrepancies of a cached event, read from the
    head of its file (not its findings), their seal checked; None if unusable."""
    try:
        with path.open(encoding="utf-8") as handle:
            head = json.loads(handle.readline())
            acks = handle.readline().removesuffix("\n")
            clashes = handle.readline().removesuffix("\n")
        if head.get("clashes") != _sealed(acks, clashes):
            return None
        pairs = _acks(acks)
        return None if pairs is None else (pairs, clashes)
    except Exception:
        return None


def _shard(identifier: str) -> str:
    """Which of the 256 files of `articles/` holds an article's record."""
    return hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:2]


_COUNTS = frozenset({"agreement", "omission", "major", "minor", "info"})


def _valid_tally(tally: object) -> bool:
    """The shape `report.markdown.Tally.to_dict()` gives, counts and all."""
    if not isinstance(tally, dict) or set(tally) != {"counts", "severities", "types"}:
        return False
    if not all(isinstance(part, dict) for part in tally.values()):
        return False
    if set(tally["counts"]) != _COUNTS:
        return False
    return all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0
        for part in tally.values()
        for n in part.values()
    )


def _sealed(*parts: str) -> str:
    """A hash of cached text, checked when it is read back: a cut or edited entry is a miss,
    never part of an output."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()
