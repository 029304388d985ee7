"""Tests for claimcheck.extract.dates (invented wire sentences in several agencies' styles)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.dates import (
    MONTHS,
    WEEKDAYS,
    DateMention,
    find_dateline,
    find_dates,
    iso_weekday_name,
    parse_stamp,
    resolve_month_day,
    resolve_weekday,
)

THU = date(2023, 3, 9)  # a Thursday


def isos(sentence: str, published: date | None = THU, anchor: date | None = None) -> list:
    return [m.iso for m in find_dates(sentence, published, anchor)]


def only(sentence: str, published: date | None = THU, anchor: date | None = None) -> DateMention:
    found = find_dates(sentence, published, anchor)
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("sentence", "iso", "text"),
    [
        ("WASHINGTON (AP) — The treaty was signed on March 9, 2023, officials said.",
         "2023-03-09", "March 9, 2023"),
        ("ANKARA (AA) - The talks were held on 9 March 2023 in the capital.",
         "2023-03-09", "9 March 2023"),
        ("The memorandum was signed on the 9th of March 2023, AZERTAC reports.",
         "2023-03-09", "9th of March 2023"),
        ("NEW YORK (AP) — The vote took place Mar. 9, 2023, at the United Nations.",
         "2023-03-09", "Mar. 9, 2023"),
        ("The decree dated 2023-03-09 entered into force.", "2023-03-09", "2023-03-09"),
        ("The order of 09.03.2023 was published by the ministry.", "2023-03-09", "09.03.2023"),
        ("The document is dated 09/03/2023, News.Az reports.", "2023-03-09", "09/03/2023"),
        ("The US filing dated 03/19/2023 was cited.", "2023-03-19", "03/19/2023"),
        ("The ceasefire of March 9th, 2023 held, Reuters reported.", "2023-03-09",
         "March 9th, 2023"),
        ("On Thursday, March 9, 2023, the delegation arrived.", "2023-03-09",
         "Thursday, March 9, 2023"),
        ("MOSCOW, March 9. /TASS/. The talks on 9 MARCH 2023 ended.", "2023-03-09",
         "9 MARCH 2023"),
    ],
)  # fmt: skip
def test_explicit_dates(sentence: str, iso: str, text: str) -> None:
    found = [m for m in find_dates(sentence, THU) if m.text == text]
    assert len(found) == 1
    m = found[0]
    assert (m.iso, m.precision, m.inferred_year) == (iso, "day", False)
    assert m.month_day == "--" + iso[5:]


def test_numeric_dates_are_day_first_when_ambiguous() -> None:
    assert isos("The sitting of 04.03.2023 and the letter of 04/03/2023.", None) == [
        "2023-03-04",
        "2023-03-04",
    ]


def test_month_year_has_month_precision() -> None:
    m = only("BAKU, Azerbaijan - The plant was commissioned in March 2023, Trend reports.")
    assert (m.text, m.precision, m.year, m.month, m.iso) == ("March 2023", "month", 2023, 3, None)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The soldiers fallen in 1918 were remembered.", 1918),
        ("Azerbaijan has cooperated with NATO since 1994, Anadolu reports.", 1994),
        ("The programme should be completed by 2030, the minister said.", 2030),
        ("The events of 1990 are still remembered.", 1990),
        ("During 2022 the army held 40 drills.", 2022),
    ],
)
def test_years_in_year_context(sentence: str, year: int) -> None:
    m = only(sentence)
    assert (m.precision, m.year, m.iso, m.month) == ("year", year, None, None)
    assert m.text == str(year)


def test_year_range() -> None:
    found = find_dates("Between 2019 and 2021, and again in 2023-24, output grew.", THU)
    assert [(m.year, m.range_end) for m in found] == [
        (2019, False),
        (2021, True),
        (2023, False),
        (2024, True),
    ]


# ----------------------------------------------------------------- year-less dates


@pytest.mark.parametrize(
    ("sentence", "published", "iso"),
    [
        ("The exercises will continue until December 12, Trend reports.", date(2025, 12, 9),
         "2025-12-12"),
        ("Two servicemen were killed on March 5, the ministry said.", THU, "2023-03-05"),
        ("The agreement was reached on December 28, Reuters reported.", date(2024, 1, 3),
         "2023-12-28"),
        ("The summit is due on January 2, AZERTAC reports.", date(2023, 12, 30), "2024-01-02"),
        ("The delegation arrived on 5 March, News.Az reports.", THU, "2023-03-05"),
        ("The armistice was recalled on February 29.", date(2023, 3, 1), "2024-02-29"),
    ],
)  # fmt: skip
def test_yearless_date_takes_nearest_year(sentence: str, published: date, iso: str) -> None:
    m = only(sentence, published)
    assert (m.iso, m.precision, m.inferred_year) == (iso, "day", True)
    assert m.year == int(iso[:4])


def test_yearless_date_uses_anchor_without_published() -> None:
    assert isos("The guests left on December 28.", None, date(2024, 1, 3)) == ["2023-12-28"]


def test_yearless_date_without_reference_is_partial() -> None:
    m = only("The minister met the envoy on March 9.", None)
    assert (m.iso, m.precision, m.month_day, m.year, m.month) == (
        None, "partial", "--03-09", None, 3,
    )  # fmt: skip
    assert m.inferred_year is False


# ----------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("The defence minister on Thursday met a NATO general, News.Az reports.", "2023-03-09"),
        ("WASHINGTON (AP) — The senator said Thursday that talks would resume.", "2023-03-09"),
        ("The talks began on Monday, the ministry said.", "2023-03-06"),
        ("The envoy arrived last Tuesday, Reuters reported.", "2023-03-07"),
        ("The envoy left last Thursday.", "2023-03-02"),
        ("The next round will open next Monday.", "2023-03-13"),
        ("The vote is set for this coming Thursday.", "2023-03-16"),
    ],
)
def test_weekdays(sentence: str, iso: str) -> None:
    m = only(sentence)
    assert (m.iso, m.precision, m.inferred_year) == (iso, "weekday", True)


def test_weekday_with_time_of_day() -> None:
    m = only("KYIV, (Reuters) - Shelling resumed on Monday evening, officials said.")
    assert (m.text, m.iso, m.time_of_day) == ("Monday evening", "2023-03-06", "evening")


def test_weekday_followed_by_date_is_one_mention() -> None:
    m = only("ANKARA (AA) - The foreign ministers met on Thursday, March 9.")
    assert (m.text, m.iso, m.precision) == ("Thursday, March 9", "2023-03-09", "day")


def test_weekday_without_reference() -> None:
    m = only("The guests arrived on Friday.", None)
    assert (m.iso, m.precision, m.month_day) == (None, "weekday", None)


# ----------------------------------------------------------------- ordinals and relative


@pytest.mark.parametrize(
    ("sentence", "published", "iso"),
    [
        ("The ceasefire was violated on the 9th, the ministry said.", THU, "2023-03-09"),
        ("The ceasefire was violated on the 28th.", date(2023, 3, 2), "2023-02-28"),
    ],
)
def test_day_ordinal_alone(sentence: str, published: date, iso: str) -> None:
    m = only(sentence, published)
    assert (m.iso, m.precision, m.inferred_year) == (iso, "day", True)


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("On the same day, the deputy minister met the delegation.", "2023-03-09"),
        ("The same day, talks continued, AZERTAC reports.", "2023-03-09"),
        ("That day the guests visited the academy.", "2023-03-09"),
        ("The next day, the delegation went to Ganja.", "2023-03-10"),
        ("The following day the talks resumed.", "2023-03-10"),
        ("The envoy had arrived the day before.", "2023-03-08"),
        ("The previous day a memorandum was signed.", "2023-03-08"),
        ("A day earlier, the minister visited Shusha.", "2023-03-08"),
        ("Two days later the agreement was ratified.", "2023-03-11"),
    ],
)
def test_relative_to_anchor(sentence: str, iso: str) -> None:
    m = only(sentence, date(2023, 3, 20), anchor=THU)
    assert (m.iso, m.precision, m.inferred_year) == (iso, "relative", True)


def test_relative_falls_back_to_published() -> None:
    assert isos("The next day the guests left.", THU, None) == ["2023-03-10"]


def test_relative_without_reference_is_unresolved() -> None:
    m = only("On the same day, the minister met the envoy.", None, None)
    assert (m.iso, m.precision, m.text) == (None, "relative", "the same day")


def test_day_before_a_named_event_is_unresolved() -> None:
    assert isos("The day before the vote, the opposition rallied.", THU, THU) == [None]


@pytest.mark.parametrize(
    ("sentence", "iso", "tod"),
    [
        ("MOSCOW, (TASS) - The minister said today that talks would go on.", "2023-03-09", None),
        ("The drone attack happened yesterday, officials said.", "2023-03-08", None),
        ("The minister will fly to Ankara tomorrow.", "2023-03-10", None),
        ("This morning the delegation visited the memorial.", "2023-03-09", "morning"),
        ("Explosions were heard last night, Reuters witnesses said.", "2023-03-08", "night"),
        ("Earlier today the ministry issued a statement.", "2023-03-09", None),
    ],
)
def test_relative_to_published(sentence: str, iso: str, tod: str | None) -> None:
    # The anchor is a different day on purpose: these phrases follow the publication date.
    m = only(sentence, THU, anchor=date(2023, 3, 1))
    assert (m.iso, m.precision, m.time_of_day) == (iso, "relative", tod)


# ----------------------------------------------------------------- datelines and stamps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAKU, Azerbaijan, March 9. The minister met the delegation.", (3, 9, None)),
        ("MOSCOW, April 2. /TASS/. Russia's foreign minister said ...", (4, 2, None)),
        ("KYIV, May 3 (Reuters) - Ukraine said on Wednesday ...", (5, 3, None)),
        (" date 2025-12-09 BAKU, Azerbaijan, December 9. On December 9, ...", (12, 9, None)),
        ("ANKARA, 9 March 2023 - Türkiye and Azerbaijan signed ...", (3, 9, 2023)),
        ("Baku, March 9, AZERTAC. The Chief of General Staff ...", (3, 9, None)),
        ("WASHINGTON (AP) — The Senate on Thursday ...", None),
        ("Officials met on Monday, March 9. Talks went on.", None),
        ("BAKU, Azerbaijan, February 30. Nothing.", None),
    ],
)
def test_find_dateline(text: str, expected: tuple | None) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("BAKU, Azerbaijan, June 4. The minister received the envoy.", "2023-06-04"),
        ("MOSCOW, April 2. /TASS/. The Kremlin said talks were useful.", "2023-04-02"),
        ("KYIV, May 3 (Reuters) - Air defences were active.", "2023-05-03"),
    ],
)
def test_datelines_are_ordinary_mentions(sentence: str, iso: str) -> None:
    assert isos(sentence, date(2023, 5, 1)) == [iso]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9 October 2024 11:16", date(2024, 10, 9)),
        ("09.10.2024 11:16", date(2024, 10, 9)),
        ("October 9, 2024 at 11:16 am", date(2024, 10, 9)),
        (" date 2023-03-09 + ↺ − 16 px", date(2023, 3, 9)),
        ("Published: 2023-03-09T10:15:00Z", date(2023, 3, 9)),
        ("Updated 10:15 GMT 3 Mar 2024", date(2024, 3, 3)),
        ("By Azernews", None),
        ("Updated on March 9", None),
    ],
)
def test_parse_stamp(line: str, expected: date | None) -> None:
    assert parse_stamp(line) == expected


# ----------------------------------------------------------------- time of day


@pytest.mark.parametrize(
    ("sentence", "text", "tod"),
    [
        ("The provocation was committed on the morning of March 5, Azernews reports.",
         "the morning of March 5", "morning"),
        ("The provocation was committed in the morning of 5 March, APA reports.",
         "the morning of 5 March", "morning"),
        ("Shelling was reported March 5 morning near the border.", "March 5 morning",
         "morning"),
        ("WASHINGTON (AP) — The bill passed late on March 5.", "late on March 5", "evening"),
        ("The blast occurred in the early hours of March 5.", "the early hours of March 5",
         "night"),
        ("The meeting began on March 5 at 10:30, the ministry said.", "March 5 at 10:30",
         "10:30"),
        ("The ship docked on March 5 at 2 p.m. local time.", "March 5 at 2 p.m. local time",
         "14:00"),
        ("At 09:15 on 5 March, the convoy set off.", "At 09:15 on 5 March", "09:15"),
        ("The alert was lifted on March 5 at 1030 GMT, Reuters reported.",
         "March 5 at 1030 GMT", "10:30"),
    ],
)  # fmt: skip
def test_time_of_day(sentence: str, text: str, tod: str) -> None:
    m = only(sentence)
    assert (m.text, m.time_of_day, m.iso) == (text, tod, "2023-03-05")


def test_in_the_morning_equals_on_the_morning() -> None:
    a = only("The attack came on the morning of March 5.")
    b = only("The attack came in the morning of 5 March.")
    assert (a.iso, a.time_of_day) == (b.iso, b.time_of_day)


def test_a_time_belongs_to_the_date_it_precedes() -> None:
    found = find_dates("Talks opened on 5 March, at 10:30 on 6 March they resumed.", THU)
    assert [(m.iso, m.time_of_day) for m in found] == [
        ("2023-03-05", None),
        ("2023-03-06", "10:30"),
    ]


# ----------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The drills will be held from March 3 to March 5, Trend reports.",
         ["March 3", "March 5"]),
        ("The drills will be held March 3-5, the ministry said.", ["March 3", "5"]),
        ("The forum takes place between 3 and 5 March, AZERTAC reports.", ["3", "5 March"]),
        ("The forum takes place from 3 to 5 March in Baku.", ["3", "5 March"]),
        ("The exhibition runs March 3 – March 5.", ["March 3", "March 5"]),
        ("Talks ran between March 3 and March 5.", ["March 3", "March 5"]),
    ],
)  # fmt: skip
def test_ranges_give_two_mentions(sentence: str, texts: list[str]) -> None:
    found = find_dates(sentence, THU)
    assert [m.text for m in found] == texts
    assert [m.range_end for m in found] == [False, True]
    assert [m.iso for m in found] == ["2023-03-03", "2023-03-05"]


def test_range_year_applies_to_both_ends() -> None:
    found = find_dates("The fair was held March 3-5, 2021.", THU)
    assert [(m.iso, m.inferred_year) for m in found] == [
        ("2021-03-03", False),
        ("2021-03-05", False),
    ]
    found = find_dates("The fair ran from December 28 to January 3, 2021.", THU)
    assert [m.iso for m in found] == ["2020-12-28", "2021-01-03"]


def test_two_days_joined_by_and_are_not_a_range() -> None:
    found = find_dates("Strikes were reported on 3 and 5 March.", THU)
    assert [(m.text, m.range_end) for m in found] == [("3", False), ("5 March", False)]


@pytest.mark.parametrize("word", ["until", "till", "through", "to"])
def test_open_range_end(word: str) -> None:
    m = only(f"The exercises were extended {word} December 12.", date(2025, 12, 9))
    assert (m.iso, m.range_end) == ("2025-12-12", True)


# ----------------------------------------------------------------- negative cases


@pytest.mark.parametrize(
    "sentence",
    [
        "The admiral is in Baku within the 16th NATO Days, Trend reports.",
        "The council recalled Resolution 2231 on Iran.",
        "Markets closed at 1234 GMT, Reuters reported.",
        "The bank approved a $1.2 billion loan.",
        "Over 395 personnel served in the mission.",
        "The budget reached $2023 million.",
        "A total of 2000 troops took part, the ministry said.",
        "The talks ended by 2030 GMT.",
        "He may visit Baku next month.",
        "May I ask a question, the reporter said.",
        "The march on the capital was stopped.",
        "Police dispersed a protest march.",
        "The 1990s were difficult.",
        "A third of March exports went to Europe.",
        "Version 1.2.3 of the software was released.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, THU) == []


def test_twenty_january_tragedy_is_a_date() -> None:
    m = only("Wreaths were laid in memory of the 20 January tragedy victims.", None)
    assert (m.text, m.month_day, m.precision) == ("20 January", "--01-20", "partial")


def test_the_fourth_of_july_is_a_date() -> None:
    m = only("WASHINGTON (AP) — Fireworks lit the sky on the Fourth of July.", None)
    assert (m.text, m.month_day) == ("Fourth of July", "--07-04")


@pytest.mark.parametrize(
    "sentence",
    ["The hearing is set for February 30, 2023.", "The file is dated 31.04.2023."],
)
def test_invalid_days_are_dropped(sentence: str) -> None:
    assert find_dates(sentence, THU) == []


def test_in_month_then_count_is_a_month_not_a_day() -> None:
    m = only("In March 5 soldiers were wounded, the ministry said.")
    assert (m.text, m.precision, m.month) == ("March", "month", 3)


def test_may_with_day_or_year_is_a_month() -> None:
    assert [m.text for m in find_dates("May 3 and May 2023 were busy; he may go.", THU)] == [
        "May 3",
        "May 2023",
    ]


# ----------------------------------------------------------------- structure and helpers


def test_results_sorted_and_not_overlapping() -> None:
    s = (
        "BAKU, Azerbaijan, March 9. On March 9, the minister, who met the envoy on Thursday "
        "and on the morning of March 5, said talks held in 2019 and 2021 would go on until "
        "December 12 at 10:00."
    )
    found = find_dates(s, THU)
    assert len(found) == 7
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert all(s[m.start : m.end] == m.text for m in found)


def test_sentence_without_date_words_is_rejected() -> None:
    assert find_dates("The minister stressed the importance of cooperation.", THU) == []


def test_resolve_month_day() -> None:
    assert resolve_month_day(12, 28, date(2024, 1, 3)) == date(2023, 12, 28)
    assert resolve_month_day(1, 2, date(2023, 12, 30)) == date(2024, 1, 2)
    with pytest.raises(ValueError):
        resolve_month_day(4, 31, THU)


def test_resolve_weekday() -> None:
    assert resolve_weekday(3, THU) == THU
    assert resolve_weekday(0, THU) == date(2023, 3, 6)
    assert resolve_weekday(4, THU) == date(2023, 3, 3)


def test_iso_weekday_name_and_maps() -> None:
    assert iso_weekday_name("2023-03-09") == "Thursday"
    assert iso_weekday_name("not a date") == ""
    assert MONTHS["sept"] == 9 and MONTHS["may"] == 5
    assert WEEKDAYS["thursday"] == 3


def test_datetime_published_is_treated_as_a_date() -> None:
    from datetime import datetime

    assert isos("He left yesterday.", datetime(2023, 3, 9, 23, 59)) == ["2023-03-08"]


# ----------------------------------------------------------------- property test

_TOKENS = st.sampled_from(
    [
        "March", "May", "9", "31", "2023", "09.03.2023", "2023-02-30", "on", "the", "9th",
        "Thursday", "last", "next", "until", "between", "and", "-", "–", ",", ".", " ",
        "morning", "of", "at", "10:30", "p.m.", "day", "same", "two", "days", "later",
        "yesterday", "BAKU", "(Reuters)", "/TASS/", "Feb.", "29", "in", "1918", "GMT", "$",
        "Fourth", "July", "to", "12", "00", "early", "hours", "late", "1030",
    ]
)  # fmt: skip
_DATES = st.none() | st.dates() | st.sampled_from([date.min, date.max, date(2100, 2, 28)])


@settings(max_examples=400, deadline=None)
@given(
    text=st.text() | st.lists(_TOKENS, max_size=25).map(" ".join),
    published=_DATES,
    anchor=_DATES,
)
def test_never_raises_and_offsets_match(text: str, published, anchor) -> None:
    found = find_dates(text, published, anchor)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.precision in ("day", "month", "year", "weekday", "relative", "partial")
    assert all(a.end <= b.start for a, b in pairwise(found))
    find_dateline(text)
    parse_stamp(text)
