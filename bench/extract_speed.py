"""Extraction throughput: the seed articles repeated to about 1 MB, read and extracted.

    .venv/bin/python bench/extract_speed.py [--mb 1.0] [--jobs 1]

Prints articles/s and MB/s of `read + extract` (serial, one process).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from claimcheck.pipeline import extract_corpus
from claimcheck.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "corpus"


def build(folder: Path, megabytes: float) -> tuple[int, int]:
    """Copy the seed articles again and again until the folder holds `megabytes` of text."""
    seeds = sorted(SEEDS.glob("*.txt"))
    total = count = 0
    while total < megabytes * 1_000_000:
        for seed in seeds:
            target = folder / f"{count:05d}_{seed.name}"
            shutil.copyfile(seed, target)
            total += target.stat().st_size
            count += 1
    return count, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        count, size = build(folder, args.mb)
        started = time.perf_counter()
        result = extract_corpus(Settings(corpus=folder))
        seconds = time.perf_counter() - started
    claims = sum(len(f.claims) for f in result.files)
    print(f"articles {count}  MB {size / 1e6:.2f}  seconds {seconds:.2f}")
    print(f"articles/s {count / seconds:.0f}  MB/s {size / 1e6 / seconds:.3f}")
    print(f"claims {claims}  claims/article {claims / count:.1f}")


if __name__ == "__main__":
    main()
