"""Extraction in worker processes: the same claims, in the same order, on every core.

Articles are read and extracted in chunks by a `ProcessPoolExecutor`; results come back in
the order the articles were given, so the output never depends on how many workers ran or
which finished first. With one job, or too few articles to be worth a pool, everything runs
in this process.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from .corpus import read_article
from .errors import ArticleError
from .extract.article import extract
from .models import Article, ClaimsFile
from .runtime import without_cycle_collector
from .settings import Settings

CHUNK = 16
"""Articles per task: large enough that task overhead is small, small enough that the
last tasks of a run do not leave one core idle for long."""

MIN_PARALLEL = 2 * CHUNK
"""Fewer articles than this are extracted in this process: a pool costs more to start."""

T = TypeVar("T")

Item = Path | Article
Outcome = ClaimsFile | ArticleError


def default_jobs() -> int:
    """Worker processes to use by default: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_many(
    items: Sequence[Item],
    settings: Settings,
    jobs: int | None = None,
    shown_root: str | None = None,
) -> list[Outcome]:
    """Claims for every item (an article file, read here, or an Article already read), in
    the order given; a file that cannot be read gives its ArticleError in its place.

    `jobs` worker processes (default: the CPU count; 1 runs inline). Identical results for
    any `jobs`: each article is extracted on its own, and results are put back in order.
    """
    return list(extract_iter(items, settings, jobs, shown_root))


def extract_iter(
    items: Sequence[Item],
    settings: Settings,
    jobs: int | None = None,
    shown_root: str | None = None,
) -> Iterator[Outcome]:
    """:func:`extract_many` one outcome at a time, in the order given, so a caller that
    writes each claims file and lets it go never holds the whole corpus's claims."""
    for packed in map_ordered(_packed_one, items, jobs, settings, shown_root):
        yield _unpack(packed)


def map_ordered(
    function: Callable[..., T],
    items: Sequence[object],
    jobs: int | None,
    *args: object,
    chunk: int | None = None,
    minimum: int | None = None,
) -> Iterator[T]:
    """`function(item, *args)` for each item, in order; in `jobs` worker processes (chunks
    of `chunk` items, default CHUNK) when there are at least `minimum` items (default
    MIN_PARALLEL), else here. `function` must be a module-level function and its results
    picklable."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if jobs == 1 or len(items) < (MIN_PARALLEL if minimum is None else minimum):
        for item in items:
            yield function(item, *args)
        return
    size = CHUNK if chunk is None else chunk
    chunks = [list(items[i : i + size]) for i in range(0, len(items), size)]
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(chunks)), initializer=_watch_parent, initargs=(os.getpid(),)
    ) as pool:
        for done in pool.map(_chunk, _repeat(function), chunks, _repeat(args)):
            yield from done


def _watch_parent(parent: int) -> None:
    """Worker start-up: no cycle collector (see `without_cycle_collector`), and end this
    worker when the run that started it is gone. A run killed with SIGKILL cannot stop its
    pool, and orphaned workers would wait on their queue (and hold the run's stdout and
    stderr open) forever."""
    without_cycle_collector()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="claimcheck-parent-watch", daemon=True).start()


def _repeat(value: object) -> Iterator[object]:
    while True:
        yield value


def _one(item: Item, settings: Settings, shown_root: str | None) -> Outcome:
    try:
        article = (
            item
            if isinstance(item, Article)
            else read_article(item, settings.corpus, settings, shown_root)
        )
    except ArticleError as error:
        return error
    return extract(article, settings)


def _chunk(function: Callable[..., T], items: list[object], args: tuple) -> list[T]:
    """Worker side: one chunk's results, in order."""
    return [function(item, *args) for item in items]


def _packed_one(item: Item, settings: Settings, shown_root: str | None) -> object:
    """One extraction with its error packed (an ArticleError does not pickle)."""
    return _pack(_one(item, settings, shown_root))


def _pack(outcome: Outcome) -> object:
    if isinstance(outcome, ArticleError):
        return ("error", type(outcome), outcome.path, outcome.detail, outcome.line)
    return outcome


def _unpack(packed: object) -> Outcome:
    if isinstance(packed, tuple) and packed and packed[0] == "error":
        _, kind, path, detail, line = packed
        return kind(path, detail, line=line)
    assert isinstance(packed, ClaimsFile)
    return packed
