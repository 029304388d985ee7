"""Tests for claimcheck.syndication: the same article twice, and word-for-word syndication.

Articles are files written by each test and read by claimcheck.corpus, so headers, datelines
and page chrome are left out exactly as in a run.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.corpus import read_article
from claimcheck.extract.article import extract
from claimcheck.models import Article
from claimcheck.settings import Settings
from claimcheck.syndication import (
    MIN_CONTAINED_WORDS,
    body_text,
    find_copies,
    find_copy_records,
    independent,
    normalize,
)

STORY = (
    "Georgian Economy Minister Davit Kalandadze and his Armenian counterpart Gevorg Papoyan "
    "agreed on Wednesday to open a second border crossing near Sadakhlo, the ministry said.\n\n"
    "The new checkpoint will handle up to 1,500 trucks a day once it opens in the spring, "
    "Kalandadze told reporters after the talks in Tbilisi.\n\n"
    '"This crossing will cut waiting times for exporters by half," Papoyan said, adding that '
    "the two governments would share the cost of the access roads.\n"
)


def article(
    tmp_path: Path,
    name: str,
    body: str,
    outlet: str | None = None,
    published: str | None = None,
    header: str = "",
) -> Article:
    front = [f"outlet: {outlet}"] if outlet else []
    front += [f"published: {published}"] if published else []
    text = ("---\n" + "\n".join(front) + "\n---\n" if front else "") + header + body
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path, tmp_path, Settings(corpus=tmp_path))


def test_the_same_file_saved_twice_is_a_duplicate(tmp_path):
    a = article(tmp_path, "a", STORY, "Trend", "2024-02-14")
    b = article(tmp_path, "b", STORY, "Trend", "2024-02-14")
    [record] = find_copy_records([a, b])
    assert (record.copy, record.original, record.kind, record.how) == (
        "b",
        "a",
        "duplicate",
        "identical file",
    )


def test_syndication_with_another_header_is_found(tmp_path):
    wire = article(tmp_path, "wire", STORY, "Trend", "2024-02-14")
    header = (
        "Georgia, Armenia to open second crossing\n\n"
        "TBILISI, February 14 (Trend) -\n\n"
        "By Caspian Aggregator staff\n\n"
    )
    copy = article(tmp_path, "aggregator", STORY, "Caspian Aggregator", "2024-02-15", header)
    [record] = find_copy_records([copy, wire])
    assert (record.copy, record.original, record.kind, record.how) == (
        "aggregator",
        "wire",
        "syndication",
        "same text",
    )


def test_whitespace_case_quotes_and_dashes_do_not_matter(tmp_path):
    restyled = (
        STORY.replace('"', "“", 1)
        .replace('," Papoyan', ",” Papoyan")
        .replace(" the ", "  THE ")
        .replace("\n\n", "\n\n\n")
    )
    assert normalize(restyled) == normalize(STORY)
    a = article(tmp_path, "a", STORY, "Trend", "2024-02-14")
    b = article(tmp_path, "b", restyled, "News.Az", "2024-02-14")
    assert find_copies([a, b]) == {"b": "a"}


def test_a_copy_with_a_paragraph_added_is_contained(tmp_path):
    wire = article(tmp_path, "wire", STORY, "Trend", "2024-02-14")
    longer = STORY + "\nThis story was republished from Trend under a content agreement.\n"
    copy = article(tmp_path, "copy", longer, "Caspian Aggregator", "2024-02-15")
    [record] = find_copy_records([wire, copy])
    assert (record.copy, record.original, record.how) == ("copy", "wire", "contained")


def test_an_article_with_one_fact_changed_is_not_a_copy(tmp_path):
    a = article(tmp_path, "a", STORY, "Trend", "2024-02-14")
    changed = STORY.replace("1,500 trucks", "1,200 trucks")
    b = article(tmp_path, "b", changed, "News.Az", "2024-02-14")
    assert find_copies([a, b]) == {}


def test_one_shared_sentence_is_not_a_copy(tmp_path):
    quote = "The new checkpoint will handle up to 1,500 trucks a day, Kalandadze said.\n"
    assert len(normalize(quote).split()) < MIN_CONTAINED_WORDS
    a = article(tmp_path, "a", STORY, "Trend", "2024-02-14")
    b = article(tmp_path, "b", quote, "News.Az", "2024-02-14")
    assert find_copies([a, b]) == {}


def test_original_is_the_earliest_published_then_the_smallest_id(tmp_path):
    late = article(tmp_path, "a_late", STORY, "Trend", "2024-02-16")
    early = article(tmp_path, "z_early", STORY, "News.Az", "2024-02-14")
    undated = article(tmp_path, "0_undated", STORY, "Azernews")
    same_day = article(tmp_path, "y_same_day", STORY, "APA", "2024-02-14")
    assert find_copies([late, early, undated, same_day]) == {
        "0_undated": "y_same_day",
        "a_late": "y_same_day",
        "z_early": "y_same_day",
    }


def test_unknown_outlet_copy_is_a_duplicate(tmp_path):
    a = article(tmp_path, "a", STORY, "Trend", "2024-02-14")
    b = article(tmp_path, "b", STORY + "\n")
    [record] = find_copy_records([a, b])
    assert record.kind == "duplicate" and record.how == "same text"


def test_claims_files_are_compared_by_their_evidence(tmp_path):
    config = Settings(corpus=tmp_path)
    wire = extract(article(tmp_path, "wire", STORY, "Trend", "2024-02-14"), config)
    header = "Georgia, Armenia to open second crossing\n\n"
    copy = extract(article(tmp_path, "copy", STORY, "APA", "2024-02-15", header), config)
    other = extract(article(tmp_path, "other", STORY.replace("1,500", "900"), "X"), config)
    assert body_text(wire) == body_text(copy)
    assert find_copies([wire, copy, other]) == {"copy": "wire"}


def test_independent_counts_each_story_once():
    copies = {"aggregator": "wire", "mirror": "wire"}
    assert independent(["aggregator", "mirror", "wire", "rival"], copies) == ["rival", "wire"]
    assert independent(["aggregator", "rival"], copies) == ["rival", "wire"]


def test_empty_bodies_are_not_copies_of_each_other(tmp_path):
    a = article(tmp_path, "a", "Headline only\n", "Trend")
    b = article(tmp_path, "b", "Another headline\n", "APA")
    assert find_copies([a, b]) == {}


@settings(max_examples=30, deadline=None)
@given(st.permutations(range(5)))
def test_result_does_not_depend_on_input_order(tmp_path_factory, order):
    folder = tmp_path_factory.mktemp("perm")
    items = [
        article(folder, "wire", STORY, "Trend", "2024-02-14"),
        article(folder, "copy", STORY, "APA", "2024-02-15", "Header line here\n\n"),
        article(folder, "dup", STORY, "Trend", "2024-02-14"),
        article(folder, "changed", STORY.replace("half", "a third"), "News.Az"),
        article(folder, "longer", STORY + "\nOne more paragraph of its own.\n", "Azernews"),
    ]
    expected = find_copy_records(items)
    assert find_copy_records([items[i] for i in order]) == expected
    assert {(r.copy, r.original) for r in expected} == {
        ("copy", "dup"),
        ("longer", "dup"),
        ("wire", "dup"),
    }


def test_two_hundred_articles_take_well_under_a_second(tmp_path):
    items = [article(tmp_path, "wire", STORY, "Trend", "2024-02-14")]
    for n in range(200):
        body = STORY.replace("Wednesday", f"day {n}") if n % 2 else STORY
        items.append(article(tmp_path, f"a{n:03}", body, f"Outlet {n}", "2024-02-15"))
    started = time.perf_counter()
    copies = find_copies(items)
    assert time.perf_counter() - started < 1.0
    assert len(copies) == 100 and set(copies.values()) == {"wire"}


def test_a_search_from_the_last_one_finds_what_a_full_search_finds():
    """Articles added, changed and removed since the last search: starting from what it
    found gives the copies (and the state) a search of every body gives."""
    from claimcheck.syndication import CopyItem, find_copies_since

    rng = random.Random(5)
    words = [f"w{k}" for k in range(30)]

    def body() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randrange(45, 70)))

    items = {f"a{k:02d}": body() for k in range(30)}
    for k in range(0, 30, 3):  # some bodies are contained in others, some equal
        items[f"c{k:02d}"] = f"x y {items[f'a{k:02d}']} z"
        items[f"d{k:02d}"] = " ".join(items[f"a{k:02d}"].split(" ")[2:])

    def as_items(bodies: dict[str, str]) -> list[CopyItem]:
        # one file hash for all: a reviewed claims file changes the body, not the article
        return [CopyItem(i, None, "o" + i[0], f"file of {i}", b) for i, b in bodies.items()]

    _, known = find_copies_since(as_items(items), None)
    for step in range(6):
        bodies = dict(items)
        for k in rng.sample(range(30), 3):  # changed in place
            bodies[f"a{k:02d}"] = body()
        for name in rng.sample(sorted(bodies), 2):  # removed
            del bodies[name]
        bodies[f"n{step}"] = "lead " + bodies[rng.choice(sorted(bodies))]  # added copies
        full = find_copies_since(as_items(bodies), None)
        since = find_copies_since(as_items(bodies), known)
        assert since == full, step
        assert any(r.how == "contained" for r in full[0])
        items, known = bodies, since[1]
