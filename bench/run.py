"""The whole pipeline at scale: cold, warm (nothing changed), incremental (one new article)
and the CI gate.

    .venv/bin/python bench/run.py [--sizes 1000 10000] [--jobs N] [--seed 1] [--work DIR]

For each size a corpus of that many articles plus two is built with bench/make_corpus.py;
the two extra articles are held back. Each run is a fresh process (start-up and imports count),
timed stage by stage:

* cold: every article read and extracted in `--jobs` worker processes, grouped, aligned,
  claims and reports written;
* warm: nothing changed; the run fingerprint (claimcheck.cache) matches the one recorded
  with the reports, so no stage runs;
* warm, recomputed: nothing changed, but the run cache (reports/.claimcheck-cache) is
  removed first: the findings are made again from the claims files (what a run costs when
  nothing can be reused but the claims);
* incremental: a held-back article added; cached claims for all the others, one
  extraction, then grouping, alignment and reports again;
* check (+1): a second held-back article added and `claimcheck check` run on it (the CI
  gate on a pull request): one extraction, nothing written, every output compared with
  what is on disk.

Each run is `claimcheck compare` as the command line runs it (`claimcheck.incremental`),
with the stages it times: `key` hashes the inputs for the nothing-changed shortcut; `read`
finds the files, hashes them and takes each unchanged article's record from the run cache;
`extract` reads and extracts the articles that missed (in workers) and writes their claims
files; `group` finds copies and groups the articles; `align` compares the events whose
articles changed; `report` writes findings.json, the pages whose inputs changed, index.md,
entities.md and the cache. Peak RSS is that of the run's own process and of its largest
worker. Prints a table (tabulate).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


# --- one run, in its own process -------------------------------------------------------------


def one_run(corpus: Path, out: Path, jobs: int, mode: str) -> dict:
    """Run `claimcheck compare` once, as the command line does; seconds per stage."""
    started = time.perf_counter()
    from claimcheck import incremental
    from claimcheck.cache import survey_unchanged
    from claimcheck.gate import has_discrepancies
    from claimcheck.runtime import without_cycle_collector
    from claimcheck.settings import Settings
    from claimcheck.store import CACHE_DIR

    without_cycle_collector()  # as the command line runs
    imported = time.perf_counter()
    settings = Settings(
        corpus=corpus, claims_dir=out / "claims", reports_dir=out / "reports", jobs=jobs
    )
    stages: dict[str, float] = {"start": imported - started}
    if mode == "recompute":
        # nothing changed, but neither the fingerprint nor the run cache may be used
        shutil.rmtree(settings.reports_dir / CACHE_DIR, ignore_errors=True)
    if mode == "check":
        # the CI gate: compare nothing written, every event's discrepancies kept
        kept: list[int] = []
        outcome = incremental.compare(
            settings,
            str(corpus),
            dry=True,
            on_event=lambda e: kept.append(sum(f.type == "discrepancy" for f in e.findings)),
            only=has_discrepancies,
            clashes_only=True,
        )
        stages.update(outcome.timings)
        return _result(stages, outcome.articles, outcome.largest, started, outcome.events)
    clock = time.perf_counter()
    listing, unchanged = survey_unchanged(settings, str(corpus))
    if mode != "recompute" and unchanged:
        stages["read"] = time.perf_counter() - clock
        return _result(stages, 0, 0, started)
    stages["key"] = time.perf_counter() - clock
    outcome = incremental.compare(settings, str(corpus), survey=listing)
    stages.update(outcome.timings)
    return _result(stages, outcome.articles, outcome.largest, started, outcome.events)


def _result(stages, articles, largest, started, events=0) -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "stages": stages,
        "articles": articles,
        "events": events,
        "largest_event": largest,
        "in_process": time.perf_counter() - started,
        "rss_mb": own / 1024,
        "worker_rss_mb": workers / 1024,
    }


# --- the benchmark ---------------------------------------------------------------------------


def run(corpus: Path, out: Path, jobs: int, mode: str) -> dict:
    """One run in a fresh process; adds its wall time."""
    command = [sys.executable, __file__, "--one", str(corpus), str(out), str(jobs), mode]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = wall
    return result


def bench_size(size: int, jobs: int, seed: int, work: Path) -> list[list[object]]:
    from make_corpus import generate

    corpus, out = work / f"corpus{size}", work / f"out{size}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    articles = list(generate(size + 2, seed))
    checked_path, checked_text, _ = articles.pop()
    held_path, held_text, _ = articles.pop()
    total = 0
    for path, text, _ in articles:
        target = corpus / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    rows = []
    for label, mode in (("cold", "cold"), ("warm", "warm"), ("warm, recomputed", "recompute")):
        rows.append(_row(size, label, total, run(corpus, out, jobs, mode)))
    target = corpus / held_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(held_text, encoding="utf-8")
    total += len(held_text.encode("utf-8"))
    rows.append(_row(size + 1, "incremental (+1)", total, run(corpus, out, jobs, "incremental")))
    target = corpus / checked_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(checked_text, encoding="utf-8")
    total += len(checked_text.encode("utf-8"))
    rows.append(_row(size + 2, "check (+1)", total, run(corpus, out, jobs, "check")))
    return rows


def _row(articles: int, label: str, size: int, result: dict) -> list[object]:
    stages = result["stages"]
    extracted_mb = size / 1e6 if label == "cold" else None
    extract = stages.get("extract")
    return [
        articles,
        label,
        round(size / 1e6, 1),
        round(result["wall"], 2),
        *(round(stages[s], 2) if s in stages else "-" for s in STAGES),
        result["events"] or "-",
        result["largest_event"] or "-",
        round(articles / result["wall"]),
        round(extracted_mb / extract, 2) if extracted_mb and extract else "-",
        round(max(result["rss_mb"], result["worker_rss_mb"])),
    ]


STAGES = ("start", "key", "read", "extract", "group", "align", "report")
HEADERS = [
    "articles", "run", "MB", "wall s", "start s", "key s", "read s", "extract s", "group s",
    "align s",
    "report s", "events", "largest", "articles/s", "extract MB/s", "peak RSS MB",
]  # fmt: skip


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        corpus, out, jobs, mode = (
            Path(sys.argv[2]),
            Path(sys.argv[3]),
            int(sys.argv[4]),
            sys.argv[5],
        )
        print(json.dumps(one_run(corpus, out, jobs, mode)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000], help="Corpus sizes.")
    parser.add_argument("--jobs", type=int, default=None, help="Worker processes (default: CPUs).")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None, help="Keep corpora and outputs here.")
    args = parser.parse_args()
    from claimcheck.parallel import default_jobs

    jobs = args.jobs or default_jobs()
    work = args.work or Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    rows = []
    for size in args.sizes:
        rows.extend(bench_size(size, jobs, args.seed, work))
        print(tabulate(rows, headers=HEADERS), flush=True)
        print(flush=True)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
