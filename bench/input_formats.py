"""Measure the input readers: encoding detection and HTML extraction.

Usage::

    .venv/bin/python bench/input_formats.py [--repeat 20]

Encodings: invented news sentences in eleven languages are encoded in Windows-1252 or
Windows-1251, short (one sentence) and long (a paragraph); a detector is right when its
decoded text equals the original.  claimcheck's :func:`claimcheck.decoding.decode` is compared
with charset-normalizer (installed with trafilatura), for accuracy and time per file.

HTML: the saved-page layouts of ``tests/html_pages.py`` are read by
:func:`claimcheck.corpus.read_article` (trafilatura inside); reported are the time per page,
whether every story paragraph arrived, whether any page chrome leaked into the segments claims
are taken from, and the title, date and outlet found.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from claimcheck.corpus import read_article
from claimcheck.decoding import decode
from claimcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from html_pages import CHROME_MARKERS, PAGES, STORY  # noqa: E402

SAMPLES: list[tuple[str, str, str]] = [
    (
        "en",
        "windows-1252",
        "The minister’s “historic” visit to Bogotá — the first since 2019 — cost €2.5 million, "
        "officials said. Café owners in the old town welcomed the delegation with coffee.",
    ),
    (
        "fr",
        "windows-1252",
        "Le ministre français a rencontré à Paris son homologue ivoirien ; les deux pays ont "
        "signé un accord de coopération économique d’une durée de cinq ans, a-t-il précisé.",
    ),
    (
        "de",
        "windows-1252",
        "Der Außenminister traf am Dienstag in München seinen österreichischen Amtskollegen. "
        "Die Gespräche über die Grenzkontrollen seien „sehr konstruktiv“ gewesen, hieß es.",
    ),
    (
        "es",
        "windows-1252",
        "El presidente mexicano anunció el miércoles una inversión de 300 millones de dólares "
        "en la región; según el Ministerio, la obra empezará el próximo año en Sonora.",
    ),
    (
        "pt",
        "windows-1252",
        "O ministro da Defesa português reuniu-se em Lisboa com a delegação angolana para "
        "discutir a cooperação técnico-militar e a formação de oficiais na academia.",
    ),
    (
        "da",
        "windows-1252",
        "Den danske forsvarsminister mødtes i går med sin svenske kollega i Malmø, hvor de "
        "drøftede øget samarbejde om luftforsvar i Østersøen og fælles øvelser.",
    ),
    (
        "ru",
        "windows-1251",
        "Министр обороны Азербайджана генерал-полковник Закир Гасанов встретился в Баку с "
        "начальником штаба командования сухопутных войск НАТО, сообщает News.Az.",
    ),
    (
        "uk",
        "windows-1251",
        "Міністр закордонних справ України провів у Києві зустріч із польським колегою; "
        "сторони обговорили питання енергетичної безпеки та відновлення інфраструктури.",
    ),
    (
        "bg",
        "windows-1251",
        "Българският премиер се срещна в София с министъра на отбраната на Гърция, "
        "съобщиха от правителствената пресслужба в сряда.",
    ),
    (
        "sr",
        "windows-1251",
        "Министар спољних послова Србије састао се у Београду са својим колегом из Северне "
        "Македоније и разговарали су о граничним прелазима и железници.",
    ),
    (
        "ru-mixed",
        "windows-1251",
        "Глава МИД Sergey Lavrov (Сергей Лавров) заявил 5 мая, что переговоры в Женеве "
        "продолжатся; по данным Reuters, делегации встретятся в 10:00.",
    ),
]
"""(language, code page, text)."""


def _variants() -> list[tuple[str, str, str]]:
    out = []
    for language, codec, text in SAMPLES:
        short = text.split(". ")[0].split("; ")[0]
        out.append((f"{language}/short", codec, short))
        out.append((f"{language}/long", codec, (text + " ") * 6))
    return out


def _ours(raw: bytes) -> str:
    return decode(raw, "sample")[0]


def _charset_normalizer(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return str(best) if best is not None else ""


def bench_encodings(repeat: int) -> None:
    detectors = {"claimcheck.decoding": _ours}
    try:
        import charset_normalizer  # noqa: F401

        detectors["charset-normalizer"] = _charset_normalizer
    except ImportError:
        print("charset-normalizer not installed: only claimcheck is measured")
    cases = _variants()
    print(f"Encodings: {len(cases)} files (Windows-1252 and Windows-1251, short and long)")
    for name, detect in detectors.items():
        right, wrong, times = 0, [], []
        for label, codec, text in cases:
            raw = text.encode(codec)
            started = time.perf_counter()
            for _ in range(repeat):
                decoded = detect(raw)
            times.append((time.perf_counter() - started) / repeat)
            if decoded == text:
                right += 1
            else:
                wrong.append(label)
        print(
            f"  {name:22} right {right}/{len(cases)}  median {statistics.median(times) * 1e3:.3f} "
            f"ms/file  wrong: {', '.join(wrong) or '-'}"
        )


def bench_html(repeat: int) -> None:
    print("HTML pages (trafilatura inside read_article):")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        settings = Settings(corpus=root)
        for name, build in PAGES.items():
            path = root / f"{name}.html"
            path.write_text(build(), encoding="utf-8")
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                article = read_article(path, root, settings)
                times.append(time.perf_counter() - started)
            segments = "\n".join(article.text[s.start : s.end] for s in article.segments)
            leaks = [m for m in CHROME_MARKERS if m in segments]
            missing = sum(1 for p in STORY if p not in segments)
            meta = article.meta
            print(
                f"  {name:9} {statistics.median(times) * 1e3:6.1f} ms  story paragraphs missing: "
                f"{missing}/{len(STORY)}  chrome leaked: {leaks or 'none'}  title: "
                f"{(meta.title or '-')[:30]!r}  published: {meta.published}  outlet: {meta.outlet}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    bench_encodings(args.repeat)
    bench_html(args.repeat)


if __name__ == "__main__":
    main()
