"""Benchmark claimcheck.text.split_sentences: throughput and accuracy on tricky cases.

Usage::

    .venv/bin/python bench/splitter.py [--mb 1.0] [--repeat 5] [--pysbd-kb 200]

Throughput is measured on ~1 MB of invented wire copy (paragraphs in the style of Reuters, AP,
Trend, TASS, Anadolu and News.Az repeated).  Accuracy is the share of ``SPLIT_CASES`` from
``tests/test_text.py`` whose sentences come out exactly as expected.  If ``pysbd`` is importable
(it is not a project dependency: put it on PYTHONPATH from a throwaway venv), it is measured
the same way for comparison, on a smaller sample because it is much slower.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent

PARAGRAPHS = [
    "KYIV, May 3 (Reuters) - Ukrainian air defences shot down 14 of 17 drones launched "
    "overnight, the air force said on Friday. Debris damaged two houses and a power line in "
    "the Sumy region, Governor Petro Lysak said on the Telegram messaging app.",
    "WASHINGTON (AP) — The U.S. Senate voted 61-39 on Tuesday to approve a $3.5 billion aid "
    'package. Sen. Laura Whitcombe, D-Ore., called it overdue. "We should have done this in '
    'Jan. 2023," she told reporters at 4 p.m. outside the Capitol.',
    "BAKU, Azerbaijan, June 4. On June 4, Georgian Defence Minister Levan Abashidze met with "
    "Brig. Gen. Tomas Lindqvist, deputy commander of the Nordic Battle Group, Trend reports "
    "via the ministry. The sides discussed No. 5 of the joint training plan.",
    "MOSCOW, April 2. /TASS/. Russian and Kazakh officials will hold talks in Astana next "
    "week, the Foreign Ministry said. Deputy Minister Oleg Sorokin will lead the delegation, "
    "which includes Capt. 1st Rank Ivan Belov and Col. Gen. Rauf Gasanov.",
    "ANKARA\n\nTurkish Foreign Minister Selim Ardahan will travel to Oslo on Monday, "
    "according to diplomatic sources who spoke to Anadolu Agency. He is expected to meet "
    "his Norwegian counterpart and visit the U.N. office in the city.",
    "The Defence Ministry told News.Az that Lt-Gen. Aino Ilves and Maj. Gen. J. Smith had "
    'inspected the units.Ilves noted: "The civilian population was not targeted. Demining '
    'continues." The ministry said the visit ended at approx. 6 p.m. on Sept. 12.',
    "Orion Dynamics Inc. said on Monday it would cut 1,200 jobs, or 4.5% of its workforce. "
    "Baltic Shipping Co. reported a profit, while Vega Corp. shares fell 2.3 percent.\n"
    'Analysts at Norden Ltd. said the results were "broadly in line" with forecasts.',
    "The ministry listed the losses:\n- two tanks destroyed\n- one drone downed\n- three "
    "soldiers wounded\n\n. The delegation also visited the port of Poti... and left late.",
    '"Will the talks resume?" Lt-Gen Peters asked. Nobody answered. "We will win," he '
    "said, adding that Mr. Okafor and Dr. Ortega of the E.U. mission would return in Dec. "
    "to the region.",
    "TBILISI, Oct 9 (Reuters) - Georgia's parliament on Wednesday approved a budget that\n"
    "raises defence spending by 12 percent, the speaker's office said. Opposition deputies\n"
    'boycotted the vote, saying the draft had been "rushed through" by the ruling party.',
]


def build_corpus(target_bytes: int) -> str:
    parts: list[str] = []
    size = 0
    i = 0
    while size < target_bytes:
        p = PARAGRAPHS[i % len(PARAGRAPHS)]
        parts.append(p)
        size += len(p.encode()) + 2
        i += 1
    return "\n\n".join(parts)


def load_cases() -> list[tuple[str, str, list[str]]]:
    path = ROOT / "tests" / "test_text.py"
    spec = importlib.util.spec_from_file_location("_claimcheck_test_text", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.SPLIT_CASES)


def throughput(split: Callable[[str], list[str]], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        split(text)
        best = min(best, time.perf_counter() - t0)
    return len(text.encode()) / 1e6 / best


def accuracy(
    split: Callable[[str], list[str]], cases: list[tuple[str, str, list[str]]]
) -> tuple[int, list[str]]:
    right = 0
    wrong: list[str] = []
    for case_id, text, expected in cases:
        if split(text) == expected:
            right += 1
        else:
            wrong.append(case_id)
    return right, wrong


def ours(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def make_pysbd() -> Callable[[str], list[str]] | None:
    try:
        import pysbd  # type: ignore[import-not-found]
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False)

    def run(text: str) -> list[str]:
        return [s.strip() for s in seg.segment(text) if s.strip()]

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size for our splitter (MB)")
    ap.add_argument("--repeat", type=int, default=5, help="timing repetitions (best is kept)")
    ap.add_argument("--pysbd-kb", type=int, default=200, help="corpus size for pysbd (KB)")
    args = ap.parse_args(argv)

    cases = load_cases()
    text = build_corpus(int(args.mb * 1e6))
    n_sent = len(split_sentences(text))
    mbs = throughput(ours, text, args.repeat)
    right, wrong = accuracy(ours, cases)
    sys.stdout.write(
        f"claimcheck.text: {mbs:6.2f} MB/s on {len(text.encode()) / 1e6:.2f} MB "
        f"({n_sent} sentences); cases {right}/{len(cases)}"
        + (f"; wrong: {', '.join(wrong)}" if wrong else "")
        + "\n"
    )

    pysbd_split = make_pysbd()
    if pysbd_split is None:
        sys.stdout.write("pysbd: not installed, skipped\n")
        return 0
    small = build_corpus(args.pysbd_kb * 1000)
    p_mbs = throughput(pysbd_split, small, max(1, min(args.repeat, 2)))
    p_right, p_wrong = accuracy(pysbd_split, cases)
    sys.stdout.write(
        f"pysbd:           {p_mbs:6.2f} MB/s on {len(small.encode()) / 1e6:.2f} MB; "
        f"cases {p_right}/{len(cases)}"
        + (f"; wrong: {', '.join(p_wrong)}" if p_wrong else "")
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
