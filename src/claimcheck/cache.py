"""The claims cache: claims/<id>.json files double as the cache of extraction.

A claims file is reused when the article's bytes hash to the `sha256` it records and it was
written by the current extractor (`EXTRACTOR_VERSION`); anything else (another hash,
another version, a file that is not a claims file or does not parse) is a miss, and the
article is extracted again. The two keys sit in the first lines of every claims file, so a
miss costs a read of its head, not a parse.

A run whose inputs are all unchanged can skip every stage: `fingerprint` condenses the
(article id, sha256) pairs, the extractor version and the settings into one string that
`read_state` / `write_state` keep next to the outputs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import time
from pathlib import Path

from .corpus import corpus_files
from .errors import ArticleError
from .models import CLAIMS_SCHEMA, EXTRACTOR_VERSION, ClaimsFile
from .settings import Settings

HEAD_BYTES = 4096
"""How much of a claims file holds `schema`, `extractor` and `article.sha256` (they come
first: `writer.to_json` keeps the model's field order)."""

_HEAD_KEYS = re.compile(rb'"(schema|extractor|sha256)":\s*"([^"\\]*)"')


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes, as `ArticleMeta.sha256` records it. Remembered for the
    process by path, size, modification time and inode: a run hashes each article once,
    not once for its nothing-changed key, once to find its claims and once to record it."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns, st.st_ino)
    known = _HASHED.get(key)
    if known is not None:
        return known
    with path.open("rb") as handle:
        value = hashlib.file_digest(handle, "sha256").hexdigest()
    if time.time_ns() - st.st_mtime_ns > _SETTLED_NS:
        # a file changed moments ago could change again within the clock's granularity
        # without its time moving (the "racy" case): only settled files are remembered
        if len(_HASHED) > 1_000_000:
            _HASHED.clear()
        _HASHED[key] = value
    return value


_SETTLED_NS = 2_000_000_000


_HASHED: dict[tuple[str, int, int, int], str] = {}


def cached_keys(path: Path) -> dict[str, str]:
    """`schema`, `extractor` and `sha256` as the head of a claims file states them ({} when
    the file is missing or unreadable)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return {}
    keys: dict[str, str] = {}
    for match in _HEAD_KEYS.finditer(head):
        keys.setdefault(match.group(1).decode(), match.group(2).decode())
    return keys


def is_fresh(path: Path, sha256: str, version: str = EXTRACTOR_VERSION) -> bool:
    """Whether claims file `path` was written for these bytes by this extractor version
    (read from the file's head only)."""
    keys = cached_keys(path)
    return (
        keys.get("schema") == CLAIMS_SCHEMA
        and keys.get("extractor") == version
        and keys.get("sha256") == sha256
    )


def load_cached(path: Path, sha256: str, version: str = EXTRACTOR_VERSION) -> ClaimsFile | None:
    """The claims file at `path` if it was extracted from bytes hashing to `sha256` by
    extractor `version`; None otherwise (missing, stale, or not a valid claims file)."""
    if not is_fresh(path, sha256, version):
        return None
    try:
        claims = ClaimsFile.model_validate_json(path.read_bytes())
    except (OSError, ValueError):
        return None
    if claims.article.sha256 != sha256 or claims.extractor != version:
        return None  # the head was not what it seemed (hand-edited order, say)
    return claims


def fingerprint(
    articles: list[tuple[str, str]], settings: Settings, version: str = EXTRACTOR_VERSION
) -> str:
    """One key for a run's inputs: every (article id, sha256), the extractor version and the
    settings that shape the outputs. Equal keys mean the outputs would be equal."""
    digest = hashlib.sha256()
    digest.update(f"extractor {version}\n".encode())
    digest.update(settings.model_dump_json(exclude=_NOT_OUTPUT).encode())
    for article, sha in sorted(articles):
        digest.update(f"\n{article}\0{sha}".encode())
    return digest.hexdigest()


_NOT_OUTPUT = {"jobs", "corpus", "claims_dir", "reports_dir"}
"""Settings that change how a run works or where it writes, never what it writes (the
corpus as the user names it is part of the inputs, through the paths it gives)."""

STATE_FILE = ".claimcheck-state.json"
"""Kept in the reports folder: the fingerprint of the inputs the reports were made from."""


def read_state(folder: Path) -> str | None:
    """The fingerprint recorded in `folder`, or None."""
    try:
        data = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("fingerprint") if isinstance(data, dict) else None


def write_state(folder: Path, key: str, summary: dict | None = None) -> None:
    """Record the fingerprint of the inputs the outputs in `folder` were made from, and the
    run's summary (what a later run that finds nothing changed prints again)."""
    from .writer import write_if_changed

    state = {"fingerprint": key, "summary": summary}
    write_if_changed(folder / STATE_FILE, json.dumps(state, sort_keys=True) + "\n")


def read_summary(folder: Path) -> dict | None:
    """The summary recorded with the fingerprint: `articles`, `events` and `counts`."""
    try:
        data = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        summary = data["summary"]
        counts = summary["counts"]
        if all(isinstance(v, int) for v in (summary["articles"], summary["events"])) and all(
            isinstance(k, str) and isinstance(v, int) for k, v in counts.items()
        ):
            return summary
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return None


def stat_key(path: Path) -> str | None:
    """Size, modification time and inode of a file: any write changes one of them."""
    try:
        return _stat_text(path.stat())
    except OSError:
        return None


def _stat_text(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


# --- nothing changed -------------------------------------------------------------------------


def run_key(
    settings: Settings, shown_root: str, entries: list[tuple[str, Path]] | None = None
) -> str | None:
    """One key for everything a compare's outputs depend on: each article's bytes, the
    acknowledgements, the claims files as they stand (a person may have reviewed one), the
    settings and the extractor version. Computed from hashes, without parsing anything.

    `entries` are the corpus files as a run found them when it started (none refused): the
    key then stands for what that run read, even if files changed while it ran."""
    if entries is None:
        entries, refused = corpus_files(settings)
        if refused:
            return None  # files to warn about again: no shortcut
    inputs = [("\0corpus", shown_root), ("\0code", _code_digest())]
    for identifier, path in entries:
        try:
            inputs.append((identifier, file_sha256(path)))
        except OSError:
            return None
    # claims files by size, time and inode: written by the last run or edited since
    inputs.extend((f"\0claims/{name}", stat) for name, stat in json_stats(settings.claims_dir))
    return fingerprint(inputs, settings)


def json_stats(folder: Path) -> list[tuple[str, str]]:
    """(path relative to `folder`, `stat_key`) of every `*.json` below `folder`, as
    `folder.rglob("*.json")` finds them (symlinked folders not entered; what cannot be
    stat-ed left out), in no particular order. Walks with `os.scandir`: a tenth of the
    time pathlib takes over ten thousand claims files."""
    found: list[tuple[str, str]] = []
    top = os.fspath(folder)
    for root, dirs, files in os.walk(top):
        relative = os.path.relpath(root, top)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        for name in (*files, *dirs):
            if not name.endswith(".json"):
                continue
            try:
                found.append((prefix + name, _stat_text(os.stat(os.path.join(root, name)))))
            except OSError:
                continue
    return found


@functools.cache
def _code_digest() -> str:
    """A hash of claimcheck's own source: another version (or a local change) recomputes
    everything instead of trusting outputs it did not make."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def survey_unchanged(
    settings: Settings, shown_root: str
) -> tuple[tuple[list[tuple[str, Path]], list[ArticleError]], bool]:
    """The corpus listing (`corpus_files`), and whether the outputs already stand for it
    (nothing changed since the last compare; never when a file was refused, so it is
    warned about again). The listing is handed on to the run that follows."""
    listing = corpus_files(settings)
    key = None if listing[1] else run_key(settings, shown_root, listing[0])
    return listing, up_to_date(settings, key)


def up_to_date(settings: Settings, key: str | None) -> bool:
    """The reports were written from exactly these inputs (and are still there)."""
    if key is None:
        return False
    return read_state(settings.reports_dir) == key and (settings.reports_dir / "index.md").is_file()


def record_run(
    settings: Settings,
    shown_root: str,
    errors: list[ArticleError],
    summary: dict | None = None,
    entries: list[tuple[str, Path]] | None = None,
) -> None:
    """Remember the inputs the outputs now stand for (after claims and reports are written),
    with the run's `summary`; a run that could not read every file is not remembered, so the
    next one warns again. `entries`: see `run_key`."""
    key = None if errors else run_key(settings, shown_root, entries)
    if key is not None:
        write_state(settings.reports_dir, key, summary)
    else:
        (settings.reports_dir / STATE_FILE).unlink(missing_ok=True)
