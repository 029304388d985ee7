"""Time `group_articles` on synthetic corpora of 1,000 and 10,000 articles.

Usage: .venv/bin/python bench/cluster_bench.py [N ...]

Articles are built directly as ClaimsFile objects (no extraction): events of one to five
articles, each about two officials (hosts recur across many events, as ministers do), a
place, a handful of topic words and wire-copy filler drawn from a Zipf-like vocabulary;
outlets publish on the event day or up to three days later, some without a date. Besides
the time, the script prints pairwise precision and recall against the generated events as
a sanity check (synthetic text is no measure of quality on real copy).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import sys
import time

from make_corpus import SYLLABLES

from claimcheck.cluster import group_articles
from claimcheck.models import ArticleMeta, Claim, ClaimsFile, Entity, Evidence
from claimcheck.text import name_key


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words = {_word(rng, rng.randint(2, 4)) for _ in range(size * 2)}
    return sorted(words)[:size]


def _name(rng: random.Random) -> str:
    return f"{_word(rng, 2).title()} {_word(rng, 3).title()}ov"


def _sentence(rng: random.Random, lead: str, topic: list[str], filler: list[str]) -> str:
    words = [lead]
    for _ in range(rng.randint(10, 18)):
        if rng.random() < 0.3:
            words.append(rng.choice(topic))
        else:  # Zipf-like: low ranks are common
            words.append(filler[min(int(rng.paretovariate(1.1)) - 1, len(filler) - 1)])
    return " ".join(words) + "."


def synthetic_corpus(n: int, seed: int = 7) -> tuple[list[ClaimsFile], dict[str, int]]:
    """n articles and the event number each belongs to."""
    rng = random.Random(seed)
    filler = _vocabulary(rng, 3000)
    topics = _vocabulary(rng, 4000)
    hosts = [_name(rng) for _ in range(max(20, n // 50))]
    guests = [_name(rng) for _ in range(max(200, n // 2))]
    places = [_word(rng, 3).title() for _ in range(300)]
    start = dt.date(2023, 1, 1).toordinal()
    files: list[ClaimsFile] = []
    truth: dict[str, int] = {}
    event = 0
    while len(files) < n:
        event += 1
        day = start + rng.randrange(730)
        host, guest, place = rng.choice(hosts), rng.choice(guests), rng.choice(places)
        topic = rng.sample(topics, 8)
        for _ in range(min(rng.choice((1, 2, 2, 3, 3, 4, 5)), n - len(files))):
            article_id = f"a{len(files):06d}"
            truth[article_id] = event
            published = None if rng.random() < 0.05 else day + rng.choice((0, 0, 1, 1, 2, 3))
            files.append(
                _article(rng, article_id, day, published, host, guest, place, topic, filler)
            )
    return files, truth


def _article(rng, article_id, day, published, host, guest, place, topic, filler) -> ClaimsFile:
    """One article; `day` None makes an article with no date at all."""
    iso = dt.date.fromordinal(day).isoformat() if day is not None else None
    month_day = f"--{iso[5:]}" if iso else None
    people = [
        Entity.model_construct(id="e1", name=host, type="person", key=name_key(host)),
        Entity.model_construct(id="e2", name=guest, type="person", key=name_key(guest)),
    ]
    claims: list[Claim] = []
    offset = 0

    def evidence(text: str) -> Evidence:
        nonlocal offset
        ev = Evidence.model_construct(sentence=text, start=offset, end=offset + len(text), line=1)
        offset += len(text) + 2
        return ev

    lead = f"Minister {host} met with {guest} in {place}."
    claims.append(
        Claim.model_construct(
            id="c1",
            kind="meeting",
            subject="e1",
            predicate="met",
            object="e2",
            date=iso,
            date_precision="day" if iso else None,
            month_day=month_day,
            background=False,
            text=lead,
            evidence=evidence(lead),
            place=place,
            topic=[],
        )
    )
    for number in range(rng.randint(4, 8)):
        speaker = rng.choice(("e1", "e2"))
        name = host if speaker == "e1" else guest
        sentence = _sentence(rng, name.split()[-1], topic, filler)
        claims.append(
            Claim.model_construct(
                id=f"c{number + 2}",
                kind="statement",
                subject=speaker,
                predicate="noted",
                object=None,
                date=iso,
                date_precision="context",
                month_day=month_day,
                background=False,
                text=sentence,
                evidence=evidence(sentence),
                place=None,
                topic=[],
            )
        )
    meta = ArticleMeta.model_construct(
        id=article_id,
        path=f"{article_id}.txt",
        sha256="0" * 64,
        outlet=f"Outlet {rng.randrange(40)}",
        published=dt.date.fromordinal(published).isoformat() if published else None,
        title=None,
    )
    return ClaimsFile.model_construct(
        schema_="claimcheck.claims/1",
        extractor="bench",
        article=meta,
        entities=people,
        claims=claims,
    )


def pair_quality(events: list[list[str]], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of the found events against the generated ones."""
    found = {frozenset(p) for ids in events for p in itertools.combinations(ids, 2)}
    by_event: dict[int, list[str]] = {}
    for article_id, event in truth.items():
        by_event.setdefault(event, []).append(article_id)
    true = {frozenset(p) for ids in by_event.values() for p in itertools.combinations(ids, 2)}
    hits = len(found & true)
    return hits / max(1, len(found)), hits / max(1, len(true))


def main(sizes: list[int]) -> None:
    for n in sizes:
        files, truth = synthetic_corpus(n)
        began = time.perf_counter()
        events = group_articles(files, None)
        seconds = time.perf_counter() - began
        precision, recall = pair_quality([e.articles for e in events], truth)
        print(
            f"N={n:>6}: {seconds:6.2f} s  events={len(events):>6}  "
            f"pair precision={precision:.3f} recall={recall:.3f}"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
