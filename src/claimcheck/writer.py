"""Writing claims and reports so that no input can break them.

* Atomic: a temporary file in the same folder, then a rename, so a run killed at any moment
  leaves the previous file or the new one, never half of one (:func:`write_text`).
* Deterministic JSON (:func:`to_json`).
* Safe names: article ids come from file names (spaces, unicode, `#`, `|`, `..`, leading
  dashes, `CON`); :func:`safe_relative_path` and :func:`safe_relative_paths` turn them into
  paths that are valid on Linux, macOS and Windows, distinct, and inside the output folder
  (:func:`inside` checks the join).
* One run at a time per output folder (:class:`RunLock`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import socket
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from pydantic import BaseModel

from .errors import ClaimcheckError, OutputError


def _file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()
"""The mode an ordinary new file gets under this process's umask."""


def to_json(model: BaseModel) -> str:
    """Stable JSON: contract field names, UTF-8 kept, two-space indent, trailing newline.
    (pydantic's serialiser writes the same text as `json.dumps(indent=2)` many times
    faster, which matters for a findings.json of thousands of events.)"""
    return model.model_dump_json(by_alias=True, indent=2) + "\n"


def write_text(path: Path, content: str, durable: bool = True) -> None:
    """Write via a temp file in the same folder and rename, so no reader sees half a file;
    `durable` also waits for the disk (not needed for a cache that can be rebuilt)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(content)
                if durable:
                    out.flush()
                    os.fsync(out.fileno())
            os.chmod(temp, _FILE_MODE)  # mkstemp makes 0600; outputs are ordinary files
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def write_if_changed(path: Path, content: str, durable: bool = True) -> bool:
    """Write only when the content differs; True when the file was (re)written."""
    try:
        if path.read_text(encoding="utf-8") == content:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    write_text(path, content, durable)
    return True


# --- safe names ------------------------------------------------------------------------------

HASH_CHARS = 12
"""Hex digits of the id's SHA-256 appended to a name that had to change: 48 bits, so two ids
share a name only by a hash collision (about one in 10^14 for any given pair)."""

MAX_NAME_BYTES = 200
"""Longest file or folder name written, in UTF-8 bytes, suffix and hash included: 255 is the
limit on Linux and macOS (and 255 UTF-16 units on Windows), and write_text's temporary name
adds a dot, eight random characters and `.tmp`."""

_FORBIDDEN = frozenset('<>:"/\\|?*')
"""Characters Windows forbids in names (`/` and `\\` separate folders everywhere)."""

_BAD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Unicode categories never kept in a name: control and format characters (a newline, a
bidirectional override that would show the name reversed), surrogates, private-use and
unassigned code points, line and paragraph separators."""

_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")}
)
"""Device names Windows reserves whatever the extension: `con.json` cannot be created."""

_HASHED = re.compile(rf"-[0-9a-f]{{{HASH_CHARS}}}$", re.IGNORECASE)
"""The tail :func:`safe_file_name` appends. A name that already ends like this is treated
as changed, so an unchanged name can never equal another id's changed one."""


_UNSAFE_ASCII = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
"""The ASCII characters `_clean` replaces: the forbidden ones and the control characters."""


def _clean(part: str) -> str:
    """One name made safe: NFC, forbidden and invisible characters `_`, no leading `-`, `.`
    or space (an option to a shell command, a hidden file, `..`), no trailing dot or space
    (Windows drops them), no reserved device name, never empty."""
    if part.isascii():  # NFC leaves ASCII alone; its only bad characters are controls
        text = _UNSAFE_ASCII.sub("_", part)
    else:
        text = "".join(
            "_" if ch in _FORBIDDEN or unicodedata.category(ch) in _BAD_CATEGORIES else ch
            for ch in unicodedata.normalize("NFC", part)
        )
    if text[:1] in ("-", ".", " "):
        text = "_" + text[1:]
    stripped = text.rstrip(". ")
    if stripped != text:
        text = stripped + "_"
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED:
        text = "_" + text
    return text or "_"


def _clip_bytes(text: str, limit: int) -> str:
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]


def safe_file_name(
    name: str, suffix: str = "", *, key: str | None = None, hashed: bool = False
) -> str:
    """`name` + `suffix` as one file name safe on Linux, macOS and Windows.

    A name that is already safe stays as it is (`2023-03-09-hasanov-oguz` + `.md`). Anything
    else is cleaned (see :func:`_clean`), clipped to :data:`MAX_NAME_BYTES`, and gets `-` and
    :data:`HASH_CHARS` hex digits of the SHA-256 of `key` (default: `name`) so two names that
    clean to the same text stay apart: `a|b` -> `a_b-3f0c…`, `CON` -> `_CON-…`. `hashed`
    forces the hash (for a name that collides with another only case-insensitively).
    """
    cleaned = _clean(name)
    changed = hashed or cleaned != name or bool(_HASHED.search(name))
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    if len(cleaned.encode("utf-8")) > room:
        changed = True
    if not changed:
        return cleaned + suffix
    base = _clip_bytes(cleaned, room - HASH_CHARS - 1)
    return f"{base}-{_digest(name if key is None else key)}{suffix}"


def safe_relative_path(article_id: str, suffix: str = "", *, hashed: bool = False) -> PurePosixPath:
    """The relative path claimcheck writes an article's file at: `2024/trend` + `.json` ->
    `2024/trend.json`, the same as the id wherever the id is safe (the output contract).

    Every `/`-separated part is cleaned as in :func:`safe_file_name`; when any part changed,
    the last one carries the hash of the whole id. The result has no empty, `.` or `..`
    part and no root, so joined to a folder it stays inside; it is deterministic, and two
    distinct ids never get the same path. Names that differ only in case or Unicode
    normalisation, which macOS and Windows treat as one, are separated by
    :func:`safe_relative_paths`, which sees every id of a run.
    """
    parts = article_id.split("/")
    folders = [_clip_bytes(_clean(p), MAX_NAME_BYTES) for p in parts[:-1]]
    moved = hashed or any(f != p for f, p in zip(folders, parts[:-1], strict=True))
    name = safe_file_name(parts[-1], suffix, key=article_id, hashed=moved)
    return PurePosixPath(*folders, name)


def safe_relative_paths(
    ids: Iterable[str], suffix: str = "", taken: Iterable[str] = ()
) -> dict[str, PurePosixPath]:
    """{id: relative path} for every id of a run, collision-free on every file system.

    Starting from :func:`safe_relative_path`, an id gets the hashed form when its path equals
    another's once case and Unicode normalisation are ignored (macOS and Windows: `Trend`
    and `trend`), when a folder of another path has its name (`x` + `.json` beside a folder
    `x.json`), or when it is one of `taken`, the names claimcheck keeps in the folder itself
    (`acknowledged.json`).
    """
    paths = {i: safe_relative_path(i, suffix) for i in sorted(set(ids))}

    def folded(path: PurePosixPath | str) -> str:
        return unicodedata.normalize("NFC", str(path)).casefold()

    counts = Counter(folded(p) for p in paths.values())
    blocked = {folded(f) for p in paths.values() for f in list(p.parents)[:-1]}
    blocked |= {folded(t) for t in taken}
    for identifier, path in paths.items():
        if counts[folded(path)] > 1 or folded(path) in blocked:
            paths[identifier] = safe_relative_path(identifier, suffix, hashed=True)
    return paths


def inside(folder: Path, relative: PurePosixPath, resolved: dict[str, str] | None = None) -> Path:
    """`folder / relative`, or OutputError if that would leave `folder`: an absolute or `..`
    path, or a symlink inside `folder` pointing elsewhere. `resolved` remembers the folders'
    real paths across the calls of one run (thousands of files share a few folders), by the
    folders' paths as text."""
    if relative.is_absolute() or any(p in ("", ".", "..") for p in relative.parts):
        raise OutputError(f"{folder}: refusing to write outside it: {relative}")
    path = folder.joinpath(*relative.parts)
    memo: dict[str, str] = {} if resolved is None else resolved
    top = os.fspath(folder)
    real_folder = memo.get(top) or memo.setdefault(top, os.path.realpath(top))
    parent = os.path.dirname(os.fspath(path))
    real_parent = memo.get(parent) or memo.setdefault(parent, os.path.realpath(parent))
    if not _within(real_folder, real_parent):
        raise OutputError(f"{path}: refusing to write outside {folder} (a symlink leads out)")
    return path


@functools.lru_cache(maxsize=4096)
def _within(folder: str, path: str) -> bool:
    """`path` is `folder` or inside it (both real, absolute paths)."""
    return os.path.commonpath([folder, path]) == folder


# --- one run at a time -----------------------------------------------------------------------

LOCK_NAME = ".claimcheck.lock"
"""The lock file's name in each output folder (hidden: not an article, not a report)."""

STALE_UNREADABLE_SECONDS = 10.0
"""A lock file without a readable pid (its writer died between creating and filling it) is
stale once it is this old."""


class RunLock:
    """Exclusive use of output folders by one claimcheck run: ``with RunLock(claims, reports):``.

    Entering creates `<folder>/.claimcheck.lock` in every folder with `O_CREAT | O_EXCL`
    (atomic on local file systems and NFSv3+) holding the pid and host name. A lock whose
    process is gone (same host, pid not running) is stale and taken over; a live one is a
    ClaimcheckError naming the pid and the lock file, so a second run refuses rather than
    interleaving its writes with the first. Leaving removes the locks this run holds, and
    only those. Folders given twice (claims and reports in one folder) are locked once.
    """

    def __init__(self, *folders: Path) -> None:
        unique: dict[str, Path] = {}
        for folder in folders:
            unique.setdefault(os.path.realpath(folder), Path(folder))
        self.folders = [unique[k] for k in sorted(unique)]
        self.held: list[Path] = []
        self.token = f"{os.getpid()}\n{socket.gethostname()}\n"

    def __enter__(self) -> RunLock:
        try:
            for folder in self.folders:
                self.held.append(self._acquire(folder))
        except BaseException:
            self.release()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def release(self) -> None:
        """Remove the lock files this run holds (still holding this run's pid)."""
        while self.held:
            path = self.held.pop()
            try:
                if path.read_text(encoding="utf-8") == self.token:
                    path.unlink()
            except OSError:
                pass

    def _acquire(self, folder: Path) -> Path:
        path = folder / LOCK_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{folder}: cannot create: {exc.strerror or exc}") from None
        for _ in range(3):
            try:
                descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = _lock_holder(path)
                if holder is None:  # stale: removed, try again
                    continue
                raise ClaimcheckError(
                    f"{folder}: another claimcheck run ({holder}) is writing here; wait for "
                    f"it to finish, or delete {path} if it is not running"
                ) from None
            except OSError as exc:
                raise OutputError(f"{path}: cannot create lock: {exc.strerror or exc}") from None
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(self.token)
            return path
        raise ClaimcheckError(f"{folder}: cannot take the lock {path}; another run keeps taking it")


def _lock_holder(path: Path) -> str | None:
    """`pid 1234` (or `pid 1234 on host`) of a live lock; None after removing a stale one.

    The pid is checked with signal 0 (no signal is sent). A pid on another host cannot be
    checked and counts as live. Between the check and the removal another run could take
    over the stale lock; the removal compares the inode it checked, so the window is the few
    microseconds between `stat` and `unlink`.
    """
    try:
        before = path.stat()
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return "unknown pid"
    pid_text, _, rest = content.partition("\n")
    host = rest.strip()
    if not pid_text.strip().isdigit():
        if time.time() - before.st_mtime < STALE_UNREADABLE_SECONDS:
            return "pid not yet written"
        return _remove_stale(path, before)
    pid = int(pid_text)
    if host and host != socket.gethostname():
        return f"pid {pid} on {host}"
    if _alive(pid):
        return f"pid {pid}"
    return _remove_stale(path, before)


def _remove_stale(path: Path, checked: os.stat_result) -> None:
    try:
        if path.stat().st_ino == checked.st_ino:
            path.unlink()
    except FileNotFoundError:
        pass
    return None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True  # cannot tell (e.g. Windows without the signal): assume live
    return True


def remove_temp_files(folder: Path) -> list[Path]:
    """Delete the temporary files an interrupted write_text left in `folder` (recursively).

    Call it only while holding :class:`RunLock`: another run's temporary file is live until
    its rename. Returns what was removed, sorted.
    """
    removed = []
    if not folder.is_dir():
        return removed
    for path in sorted(folder.rglob(".*.tmp")):
        if path.is_file() and _TEMP_NAME.match(path.name):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


_TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
"""`.<name>.<8 random characters>.tmp`, the name write_text's mkstemp gives."""
