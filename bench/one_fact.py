"""Change one fact in a copy of a corpus article and check what comparison makes of it.

    .venv/bin/python bench/one_fact.py [-v]

For each change (a date, number, rank, title, person, place, organisation, nationality or
the words of a quotation) a copy of the article with that one change joins the corpus.
The change must come out as exactly one major discrepancy that names both values, with
nothing else new flagged between the copy and its original. Prints one line per change
and the totals.

The changes are made to the seed articles (`corpus/`) and to the invented multi-outlet
events of `bench/events/` (one folder each, several outlets' house styles).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from claimcheck.pipeline import compare_corpus
from claimcheck.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
EVENTS = Path(__file__).resolve().parent / "events"

CHANGES: list[tuple[str, str, str, str]] = [
    # (article, slot, old text, new text)
    ("000_47e231b3652e3066", "date", "On March 9, Colonel", "On March 8, Colonel"),
    ("000_47e231b3652e3066", "rank", "met with Lieutenant General Mustafa", "met with Major General Mustafa"),
    ("000_47e231b3652e3066", "title", "the Chief of Staff of NATO Allied Land Command", "the Deputy Chief of Staff of NATO Allied Land Command"),
    ("000_47e231b3652e3066", "date", "On March 10, the delegation", "On March 12, the delegation"),
    ("001_4014673d0be36c51", "date", "Hasanov on Thursday met", "Hasanov on Wednesday met"),
    ("001_4014673d0be36c51", "quote", "Your grief is our grief too", "Your grief is our pain too"),
    ("001_4014673d0be36c51", "nationality", "The Turkish guest first", "The Georgian guest first"),
    ("001_4014673d0be36c51", "place", "held at the Defense Ministry", "held at the General Staff"),
    ("001_4014673d0be36c51", "date", "in the morning of March 5", "in the morning of March 6"),
    ("002_ae231f01bc6e67f7", "date", "on the morning of March 5", "on the morning of March 4"),
    ("002_ae231f01bc6e67f7", "number", "program in 1994", "program in 1996"),
    ("002_ae231f01bc6e67f7", "rank", "Col-Gen Karim Valiyev", "Lt-Gen Karim Valiyev"),
    ("003_fe1b989d3a4af603", "number", "over 40 personnel", "over 45 personnel"),
    ("003_fe1b989d3a4af603", "number", "up to 250 representatives", "up to 260 representatives"),
    ("003_fe1b989d3a4af603", "number", "146 international events", "164 international events"),
    ("003_fe1b989d3a4af603", "rank", "Rear Admiral Yusuf", "Vice Admiral Yusuf"),
    ("003_fe1b989d3a4af603", "date", "until December 12", "until December 14"),
    ("003_fe1b989d3a4af603", "organisation", "Supreme Headquarters Allied Powers Europe (SHAPE)", "Allied Command Transformation (ACT)"),
    ("003_fe1b989d3a4af603", "title", "Deputy Chief of Staff for the Partnerships", "Chief of Staff for the Partnerships"),
    ("004_fb4ce72fce0d63e5", "person", "Lieutenant General Janusz Adamczak", "Lieutenant General Janusz Nowak"),
    ("004_fb4ce72fce0d63e5", "place", "particularly France", "particularly Greece"),
    ("004_fb4ce72fce0d63e5", "quote", "is mine terrorism", "is border terrorism"),
    ("004_fb4ce72fce0d63e5", "title", "the Director General of the NATO International", "the Deputy Director General of the NATO International"),
    ("004_fb4ce72fce0d63e5", "organisation", "the Naval Forces’ military unit", "the Air Forces’ military unit"),
    ("000_47e231b3652e3066", "rank", "Lieutenant General Oğuz expressed", "Major General Oğuz expressed"),
    ("000_47e231b3652e3066", "person", "Lieutenant General Oğuz expressed", "Lieutenant General Yilmaz expressed"),
    ("001_4014673d0be36c51", "number", "fallen in 1918", "fallen in 1920"),
    ("003_fe1b989d3a4af603", "number", "33 NATO events", "35 NATO events"),
    ("003_fe1b989d3a4af603", "person", "Colonel General Hasanov highly", "Colonel General Valiyev highly"),
    ("004_fb4ce72fce0d63e5", "place", "the Military Trophy Park", "the Military Glory Park"),
    ("004_fb4ce72fce0d63e5", "organisation", "Resolute Support non-combat mission", "Sea Guardian non-combat mission"),
    ("002_ae231f01bc6e67f7", "organisation", "North Atlantic Cooperation Council", "Euro-Atlantic Partnership Council"),
    ("001_4014673d0be36c51", "title", "the Chief of Staff of the NATO LANDCOM expressed", "the Commander of the NATO LANDCOM expressed"),
]  # fmt: skip

EVENT_CHANGES: list[tuple[str, str, str, str, str]] = [
    # (event folder, article, slot, old text, new text)
    ("ankara_defence", "reuters", "date", "in Ankara on Tuesday", "in Ankara on Wednesday"),
    ("ankara_defence", "reuters", "number", "about 1,200 Azerbaijani servicemen", "about 1,500 Azerbaijani servicemen"),
    ("ankara_defence", "azertac", "rank", "Colonel General Zakir Hasanov, who", "Lieutenant General Zakir Hasanov, who"),
    ("ankara_defence", "anadolu", "place", "in the capital Ankara", "in the city of Istanbul"),
    ("ankara_defence", "azertac", "title", "Turkish Minister of National Defense Yasar Guler", "Turkish Minister of Interior Yasar Guler"),
    ("ankara_defence", "anadolu", "quote", "Azerbaijan's security is Türkiye's security.", "Azerbaijan's stability is Türkiye's security."),
    ("moscow_talks", "tass", "place", "in Moscow on Friday", "in Sochi on Friday"),
    ("moscow_talks", "tass", "number", "reached $57 billion", "reached $75 billion"),
    ("moscow_talks", "ap", "person", "Turkish Foreign Minister Hakan Fidan met", "Turkish Foreign Minister Mevlut Cavusoglu met"),
    ("moscow_talks", "trend", "date", "met in Moscow on October 11", "met in Moscow on October 10"),
    ("moscow_talks", "ap", "quote", "close coordination on Syria.", "close coordination on Iraq."),
    ("tbilisi_vote", "reuters", "number", "by 84 votes to 30", "by 84 votes to 31"),
    ("tbilisi_vote", "tass", "number", "A total of 84 deputies", "A total of 86 deputies"),
    ("tbilisi_vote", "civil", "number", "13 people were detained", "15 people were detained"),
    ("tbilisi_vote", "reuters", "organisation", "European Council President Charles Michel", "European Commission President Charles Michel"),
    ("tbilisi_vote", "civil", "date", "in the third reading on May 14", "in the third reading on May 13"),
    ("beijing_visit", "xinhua", "place", "in Beijing on Thursday", "in Shanghai on Thursday"),
    ("beijing_visit", "ap", "number", "for a two-day state visit", "for a three-day state visit"),
    ("beijing_visit", "tass", "person", "Kremlin spokesman Dmitry Peskov said", "Kremlin aide Yuri Ushakov said"),
]  # fmt: skip


def check(
    article: str, old: str, new: str, verbose: bool, corpus: Path = CORPUS
) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "corpus"
        shutil.copytree(corpus, folder)
        source = (corpus / f"{article}.txt").read_text(encoding="utf-8")
        if old not in source:
            return False, "change text not found"
        copy = "zz_changed"
        (folder / f"{copy}.txt").write_text(source.replace(old, new, 1), encoding="utf-8")
        settings = Settings(
            corpus=folder, claims_dir=Path(temp) / "c", reports_dir=Path(temp) / "r"
        )
        findings = compare_corpus(settings).findings
    event = next(e for e in findings.events if copy in e.articles)
    if article not in event.articles:
        return False, f"copy grouped apart from its original ({event.articles})"
    caused = []
    for finding in event.findings:
        if finding.type != "discrepancy" or finding.severity == "info":
            continue
        values = finding.values
        if (copy in values and article in values and values[copy] != values[article]) or (
            copy in values
        ) != (article in values):
            caused.append(finding)
    majors = [f for f in caused if f.severity == "major"]
    names_both = [
        f
        for f in majors
        if any(_mentions(v, new) for v in f.values.values())
        and any(_mentions(v, old) for v in f.values.values())
    ]
    ok = len(caused) == 1 and len(names_both) == 1
    detail = "; ".join(f"{f.severity} {f.slot}: {f.summary[:110]}" for f in caused) or "nothing"
    if verbose and not ok:
        for finding in event.findings:
            involved = copy in finding.present_in or copy in finding.missing_from
            if (involved or copy in finding.values) and finding.type != "agreement":
                print(
                    "      ",
                    finding.type,
                    finding.severity,
                    finding.slot,
                    finding.summary[:140],
                )
    return ok, detail


def _mentions(value: str, text: str) -> bool:
    """A value names the changed text when it shares a distinctive word with it."""
    words = {w.strip(".,()’'").lower() for w in text.split()}
    return any(w.strip(".,()’'").lower() in words for w in value.split() if len(w) > 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    passed = 0
    runs = [(CORPUS, *change) for change in CHANGES]
    runs += [(EVENTS / event, *rest) for event, *rest in EVENT_CHANGES]
    for corpus, article, slot, old, new in runs:
        ok, detail = check(article, old, new, args.verbose, corpus)
        passed += ok
        where = article[:3] if corpus == CORPUS else f"{corpus.name}/{article}"
        print(f"{'ok  ' if ok else 'FAIL'} {where} {slot:12} {old[:28]!r:32} -> {detail}")
    print(f"{passed}/{len(runs)} changes come out as one major discrepancy and nothing else")
    return 0


if __name__ == "__main__":
    sys.exit(main())
