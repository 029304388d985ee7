"""A run killed at any moment leaves whole files: SIGKILL `python -m claimcheck compare`.

The corpus is 80 copies of the shipped articles in sub-folders (more would pass the ~20 s
budget: events of many near-identical copies are the comparison's slowest case). One
complete run writes the previous claims and reports; then, several times, every article gets
a new front-matter outlet (so every claims file and report must be rewritten) and the run is
killed: on odd runs after a random delay from its start, on even runs a random few
milliseconds after it starts writing (files are written in the last tenth of a run, which a
delay from the start rarely hits). After each kill every file in claims/ and reports/ must
parse (JSON loads, markdown is UTF-8 that starts with the report marker and ends with a
newline) and no article's claims file may be missing.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.report.markdown import REPORT_MARKER

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
COPIES = 16
KILLS = 4

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def write_corpus(corpus: Path, run: int) -> list[str]:
    ids = []
    for copy in range(COPIES):
        folder = corpus / f"c{copy:02}"
        folder.mkdir(parents=True, exist_ok=True)
        for seed in SEEDS:
            body = seed.read_text(encoding="utf-8")
            front = f"---\noutlet: Outlet {run}-{copy}\n---\n"
            (folder / seed.name).write_text(front + body, encoding="utf-8")
            ids.append(f"c{copy:02}/{seed.stem}")
    return sorted(ids)


def compare(cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "compare", "corpus", "-q"],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )


def check_outputs(cwd: Path, ids: list[str], note: str) -> None:
    """Every visible output file parses; every article still has its claims file."""
    found = []
    for path in sorted((cwd / "claims").rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("schema") == "claimcheck.claims/1":
                found.append(data["article"]["id"])
    assert sorted(found) == ids, note
    reports = [p for p in (cwd / "reports").rglob("*") if p.is_file()]
    reports = [p for p in reports if not any(s.startswith(".") for s in p.relative_to(cwd).parts)]
    assert any(p.name == "findings.json" for p in reports), note
    for path in reports:
        text = path.read_bytes().decode("utf-8")
        if path.suffix == ".json":
            assert len(json.loads(text)["articles"]) == len(ids), (note, path.name)
        else:
            assert text.startswith(REPORT_MARKER + "\n") and text.endswith("\n"), (note, path)


def test_killed_runs_leave_every_file_whole(tmp_path):
    if not SEEDS:
        pytest.skip("no shipped corpus")
    ids = write_corpus(tmp_path / "corpus", 0)
    started = time.perf_counter()
    first = compare(tmp_path)
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err.decode()
    full_run = time.perf_counter() - started
    check_outputs(tmp_path, ids, "after the complete run")
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    for run in range(1, KILLS + 1):
        shutil.rmtree(tmp_path / "corpus")
        write_corpus(tmp_path / "corpus", run)
        baseline = newest_write(tmp_path)
        process = compare(tmp_path)
        if run % 2:
            delay = rng.uniform(0.1, full_run)
            time.sleep(delay)
            when = f"{delay:.2f} s after start"
        else:
            waited = wait_for_writes(tmp_path, baseline, process, limit=2 * full_run + 5)
            delay = rng.uniform(0.0, 0.5)
            time.sleep(delay)
            when = f"{delay * 1000:.0f} ms after writing began at {waited:.2f} s"
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        check_outputs(tmp_path, ids, f"seed {seed}: run {run} killed {when}")


def newest_write(cwd: Path) -> int:
    """Latest modification time (ns) of any file in claims/ or reports/."""
    times = [p.stat().st_mtime_ns for d in ("claims", "reports") for p in (cwd / d).rglob("*")]
    return max(times, default=0)


def wait_for_writes(cwd: Path, baseline: int, process: subprocess.Popen, limit: float) -> float:
    """Seconds until the run replaces its first output file (or ends, or `limit` passes)."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit and process.poll() is None:
        try:
            if newest_write(cwd) > baseline:
                break
        except FileNotFoundError:  # a file renamed away while listing: writing has begun
            break
        time.sleep(0.005)
    return time.perf_counter() - started
