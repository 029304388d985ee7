"""Find and normalise date mentions in English wire copy.

Agencies write the same day in many ways: ``On March 9`` (Caucasus Watch), ``on Thursday``
(News.Az, published that Thursday), ``BAKU, Azerbaijan, March 9.`` (Trend dateline),
``09.03.2023`` (an AZERTAC stamp).  To compare a date claimed by one outlet with another's,
every mention is normalised to an ISO date when the day can be pinned down, and otherwise
to the most precise thing that is known (``--MM-DD``, a month, a year).

Entry points
------------
``find_dates(sentence, published, anchor)``
    All date mentions in one sentence, sorted by offset, never overlapping.
``find_dateline(text)`` / ``parse_stamp(text)``
    The dateline of an article / the date of a publication stamp line.
``resolve_month_day`` / ``resolve_weekday``
    The year and weekday inference used by ``find_dates``, exported so callers agree with it.

How a sentence is read
----------------------
1. A cheap pre-check (``_worth_reading``) rejects sentences with no digit, no capitalised
   month and none of day/night/morning/afternoon/evening/tomorrow/week; this is what keeps
   the cost low on tens of megabytes of text.
2. One master regular expression, built from the named *rules* in ``_RULES`` (a ``_P_*``
   pattern each, handled by a ``_rule_*`` function whose docstring gives an example), finds
   the core of each mention at word starts.  At one position the first rule that matches
   wins, so longer forms come first (``Thursday, March 9`` before ``Thursday``).
3. *Context rules* (``_ctx_*``) look around each core: a time of day (``on the morning of``,
   ``at 10:30``), an open range (``until``), the other end of a range (``March 3-5``).
4. Year-less dates, weekdays and relative phrases are resolved against the publication
   date or the narrative anchor; mentions that cannot be resolved keep ``iso=None``.

Conventions
-----------
* Numeric dates are day-first (``04/03/2023`` is 4 March) unless the second number cannot
  be a month (``03/19/2023``): the region's agencies and Europe write day first.
* A year-less date takes the year that puts it nearest the reference; a weekday is the
  latest such day on or before it (``on Thursday`` in a Thursday article is that day), so a
  future ``will meet on Friday`` resolves to the previous Friday: tense is not read.
* Lower-case ``march``/``may`` are never months and ``May`` needs a day or a year.

Reference dates
---------------
* Year-less dates, ``on the 9th`` and weekdays use ``published``, else ``anchor``.
* ``the same day``, ``the next day``, ``two days later`` ... use ``anchor``, else ``published``.
* ``today``, ``yesterday``, ``tomorrow``, ``last night``, ``two days ago`` use ``published`` only:
  they are relative to the moment of writing, which the narrative anchor is not.

``find_dates``, ``find_dateline``, ``parse_stamp`` and ``iso_weekday_name`` never raise, do no
I/O and keep no state; ``resolve_month_day`` / ``resolve_weekday`` raise ``ValueError`` for
a day or weekday that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from ..text import trie_pattern as _trie

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "DateMention",
    "find_dateline",
    "find_dates",
    "iso_weekday_name",
    "parse_stamp",
    "resolve_month_day",
    "resolve_weekday",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date mention in a sentence.

    ``precision`` is ``'day'`` (a calendar day, ``iso`` set), ``'month'``, ``'year'``,
    ``'weekday'`` (``on Thursday``; ``iso`` set when a reference date was given),
    ``'relative'`` (``the next day``; ``iso`` set when resolvable) or ``'partial'``
    (month and day known, year not: ``month_day`` set, ``iso`` None).
    """

    start: int
    end: int
    text: str
    iso: str | None
    precision: str
    month_day: str | None
    year: int | None
    month: int | None
    inferred_year: bool
    time_of_day: str | None
    range_end: bool


# --------------------------------------------------------------------------- name maps

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

_MONTH_ABBREVS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAY_ABBREVS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

#: Lower-case month name or abbreviation -> month number (``'sept'`` -> 9).
MONTHS: dict[str, int] = {n.lower(): i for i, n in enumerate(MONTH_NAMES, 1)} | _MONTH_ABBREVS
#: Lower-case weekday name or abbreviation -> ``date.weekday()`` number (Monday = 0).
WEEKDAYS: dict[str, int] = {n.lower(): i for i, n in enumerate(WEEKDAY_NAMES)} | _WEEKDAY_ABBREVS

_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def _ordinal_words() -> dict[str, int]:
    """``'first'`` .. ``'thirty-first'`` -> 1 .. 31 (also with a space for the hyphen)."""
    units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
    words = {w: i for i, w in enumerate(units, 1)} | {w: i for i, w in enumerate(teens, 10)}
    words |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31}
    for i, w in enumerate(units, 21):
        words[f"twenty-{w}"] = i
        words[f"twenty {w}"] = i
    return words


_ORDINAL_WORDS = _ordinal_words()


def _cases(*words: str) -> list[str]:
    """``'in'`` -> ``['in', 'In']``: sentence-initial capitals without ``re.IGNORECASE``."""
    return [v for w in words for v in (w, w[:1].upper() + w[1:])]


# Capitalised or ALL-CAPS only: lower-case 'march' and 'may' are a noun and a modal verb.
_MONTH_WORDS = [
    *MONTH_NAMES,
    *(n.upper() for n in MONTH_NAMES),
    *(a.capitalize() for a in _MONTH_ABBREVS),
    *(a.upper() for a in _MONTH_ABBREVS),
]
_MONTH_ANY = _trie(_MONTH_WORDS)
_FULL_MONTHS_NO_MAY = _trie(
    [n for n in MONTH_NAMES if n != "May"] + [n.upper() for n in MONTH_NAMES if n != "May"]
)
_ABBR3 = "|".join(a.capitalize() for a in _MONTH_ABBREVS if len(a) == 3)
_WEEKDAY_FULL = _trie([*WEEKDAY_NAMES, *(n.upper() for n in WEEKDAY_NAMES)])
_WEEKDAY_ANY = _trie([*WEEKDAY_NAMES, *(n.upper() for n in WEEKDAY_NAMES),
                      *(a.capitalize() for a in _WEEKDAY_ABBREVS)])  # fmt: skip


def _month(name: str) -> str:
    """A month word in group ``name``; an abbreviation may carry its dot (``Sept.``)."""
    return rf"(?P<{name}>{_MONTH_ANY})\b(?:(?<={_ABBR3})\.|(?<=Sept)\.)?"


def _weekday_prefix(name: str) -> str:
    """``Thursday, `` / ``last Tue. `` in front of a date; the date wins, the weekday is kept
    in the span so that ``Thursday, March 9`` is one mention, not two."""
    return (
        rf"(?:(?:(?:{_trie(_cases('last', 'next', 'this', 'coming', 'past'))})\s+)?"
        rf"(?P<{name}>{_WEEKDAY_ANY})(?:\.|\b),?\s+)?"
    )


# A 4-digit number right after a month or a preposition is a year only if what follows does
# not make it a count: 'in 2019 the army' is a year, 'of 2000 troops' and 'by 1230 GMT' are not.
_WORDS_AFTER_YEAR = (
    "and|or|nor|but|when|while|where|which|who|whose|that|the|a|an|this|these|those|its|his|"
    "her|their|our|to|as|at|after|before|with|without|was|were|is|are|has|had|have|will|"
    "would|could|should|can|may|might|must|did|does|it|he|she|they|we|i|you|for|until|till|"
    "through|on|in|into|by|amid|during|against|there|alone|onward|onwards|following|"
    "respectively|compared|versus|vs|from|also|saw|marked|became|began|ended|amounted|"
    "reached|rose|fell|increased|decreased|grew|totalled|totaled|itself|not|so|then|up|"
    "last|next|ago|morning|afternoon|evening|night"
)
_TAIL_COMMON = (
    r"(?![\w%$€£]|[.,]\d|[-/.]\d{1,2}[-/.]\d)"
    r"(?!\s*(?:GMT|UTC|CET|EET|MSK|hrs?\b|hours\b|local\s+time|Baku\s+time|Moscow\s+time"
    r"|MW\b|GW\b|kW\b|AZN\b|USD\b|EUR\b|TL\b|UAH\b|RUB\b))"
)
_YEAR_TAIL = _TAIL_COMMON + rf"(?!\s+(?!(?:{_WORDS_AFTER_YEAR})\b)[a-z])"
# After a month the number is far more likely a year: agencies write counts as '2,000', and
# 'On March 9, 2023 held ...' must keep its year.  Only an obvious count noun undoes that
# ('On March 5, 2000 soldiers ...').
_COUNT_NOUNS = (
    "people|persons|troops|soldiers|servicemen|servicemembers|personnel|officers|residents|"
    "civilians|refugees|citizens|families|houses|homes|buildings|units|vehicles|tanks|drones|"
    "mines|shells|rockets|missiles|km|kilometres|kilometers|kg|tonnes|tons|hectares|metres|"
    "meters|manat|dollars|euros|cases|deaths|victims|participants|delegates|students|"
    "workers|employees|jobs|votes|square|more|additional|new|other|percent|per|times|"
    "million|billion|thousand|hundred"
)
_DATE_YEAR_TAIL = _TAIL_COMMON + rf"(?!\s+(?:{_COUNT_NOUNS})\b)"
_YEAR4 = r"(?:1[89]\d\d|20\d\d|2100)"  # bare years: 1800..2100 only
_YEAR_CTX_WORDS = [
    *_cases("in", "since", "by", "from", "until", "till", "during", "between", "before", "after",
            "through", "early", "late", "mid", "mid-", "end-", "spring", "summer", "autumn",
            "winter", "as of"),
    "of", "and", "or", "to",
]  # fmt: skip
_YEAR_CTX = "(?:" + _trie(_YEAR_CTX_WORDS) + ")"

# --------------------------------------------------------------------------- pre-check

# Every rule needs a digit, a capitalised month or one of the words in ``_PRE_WORDS`` (weekday
# names, 'today' and 'yesterday' all contain 'day').  Checking for them first costs about
# 2 us per sentence and skips the master expression for most sentences of wire copy.
_PRE_DIGIT = re.compile(r"[0-9]")
_PRE_MONTH = re.compile(
    r"[JFMASOND](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|AN|EB|AR|PR|AY|UN|UL|UG|EP|CT|OV|EC)"
)
_PRE_WORDS = ("day", "night", "morning", "afternoon", "evening", "tomorrow", "week")


def _worth_reading(s: str) -> bool:
    # A regex for the digits and months (a leading character class lets ``re`` skip fast),
    # plain substring tests for the words (faster than an alternation of them).
    if _PRE_DIGIT.search(s) or _PRE_MONTH.search(s):
        return True
    low = s.lower()
    return any(w in low for w in _PRE_WORDS)


# --------------------------------------------------------------------------- internals


@dataclass(slots=True)
class _Cand:
    """A mention before resolution; ``kind`` decides how it is resolved."""

    start: int
    end: int
    kind: str  # 'day' | 'ordinal' | 'weekday' | 'relative' | 'month' | 'year'
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_written: bool = False
    weekday: int | None = None
    mode: str = ""  # weekday: ''|'before'|'after'|'week'; month: ''|'last'|'next'|'this'
    offset: int = 0  # relative: days from the base date
    base: str = ""  # relative: 'anchor' | 'published' | '' (not resolvable)
    tod: str | None = None
    time: str | None = None
    range_end: bool = False
    pair: bool = False  # shares its year with the next mention ('3-5 March')
    resolved: date | None = None
    inferred: bool = False
    core_start: int = -1  # start before a time-of-day prefix widened the span
    prefix_attr: str = ""  # 'tod' | 'time': what that prefix set


def _as_date(value) -> date | None:
    # A datetime is a date subclass; strip it so arithmetic and isoformat() stay date-only.
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    return None


def _shift(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether the day exists; without a year, 29 February counts as existing."""
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        date(2000 if year is None else year, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def _month_of(m: re.Match[str], name: str) -> int:
    return MONTHS.get((m.group(name) or "").lower(), 0)


def _hhmm(hour: int, minute: int, ampm: str | None) -> str | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"


# --------------------------------------------------------------------------- rules
# Each rule is a pattern (``_P_*``) plus a handler (``_rule_*``) that turns a match into
# candidates.  The master expression is the alternation of all patterns in ``_RULES`` order.

# Each pattern opens with a one-character look-ahead: a cheap test that lets the master
# expression give up on most positions before trying the alternatives' word lists.
_ISO_TIME = r"T(?P<iso_h>\d\d):(?P<iso_mi>\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
_P_ISO = (
    r"(?=[12])(?<![\w.,/:-])(?P<iso_y>"
    + _YEAR4
    + r")"
    + r"(?P<iso_sep>[-/.])(?P<iso_m>\d{1,2})(?P=iso_sep)(?P<iso_d>\d{1,2})"
    + f"(?:{_ISO_TIME})?"
    + r"(?![\w]|[./-]\d)"
)


def _rule_iso(m: re.Match[str], s: str) -> list[_Cand]:
    """ISO and year-first dates: ``Published: 2023-03-09T10:15:00Z`` -> 2023-03-09 (10:15)."""
    y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    c = _Cand(m.start(), m.end(), "day", y, mo, d, year_written=True)
    if m["iso_h"]:
        c.time = _hhmm(int(m["iso_h"]), int(m["iso_mi"]), None)
    return [c]


_P_NUMERIC = (
    r"(?=\d)(?<![\w.,/:-])(?P<num_a>\d{1,2})(?P<num_sep>[./-])(?P<num_b>\d{1,2})(?P=num_sep)"
    r"(?P<num_y>" + _YEAR4 + r")(?![\w]|[./-]\d)"
)


def _rule_numeric(m: re.Match[str], s: str) -> list[_Cand]:
    """Day-first numeric dates: ``09.03.2023`` and ``09/03/2023`` -> 2023-03-09.

    Agencies in the region (and Europe) write day first, so ``04/03/2023`` is 4 March.  Only
    when the second number cannot be a month (``03/19/2023``) is it read month-first.
    """
    a, b, y = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    day, month = (b, a) if b > 12 >= a else (a, b)
    return [_Cand(m.start(), m.end(), "day", y, month, day, year_written=True)]


_P_MONTH_DAY = (
    r"(?=[A-Zlntcp])\b"
    + _weekday_prefix("md_wd")
    + _month("md_m")
    + r"\s+(?P<md_d>\d{1,2})(?:st|nd|rd|th)?(?![\w:]|\.\d)"
    r"(?:,?\s*(?P<md_y>[12]\d{3})" + _DATE_YEAR_TAIL + ")?"
)

_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+\Z")
_LOWER_WORD_AFTER = re.compile(rf"\s+(?!(?:{_WORDS_AFTER_YEAR}|[ap]\.?m)\b)[a-z]")


def _rule_month_day(m: re.Match[str], s: str) -> list[_Cand]:
    """Month-first dates: ``On March 9, 2023``, ``Mar. 9``, ``Thursday, March 9``, the
    Reuters/TASS dateline ``KYIV, May 3 (Reuters)``.

    ``In March 5 soldiers died`` is a count after a month, not 5 March: after ``in`` a day
    followed by a lower-case noun is dropped and only the month is kept.
    """
    month, day = _month_of(m, "md_m"), int(m["md_d"])
    year = int(m["md_y"]) if m["md_y"] else None
    if (
        year is None
        and _IN_BEFORE.search(s, max(0, m.start() - 12), m.start())
        and _LOWER_WORD_AFTER.match(s, m.end())
    ):
        return [_Cand(m.start("md_m"), m.end("md_m"), "month", month=month)]
    cands = [_Cand(m.start(), m.end(), "day", year, month, day, year_written=year is not None)]
    if year is None:
        cands.extend(_ctx_range_tail(s, cands[0]))
    return cands


_P_DAY_MONTH = (
    r"(?=[\dA-Zlntcp])(?:\b" + _weekday_prefix("dm_wd") + r")?(?<![\w.,$/])(?<![A-Za-z][-–])"
    r"(?P<dm_d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    + _month("dm_m")
    + r"(?:,?\s+(?P<dm_y>[12]\d{3})"
    + _DATE_YEAR_TAIL
    + ")?"
)


def _rule_day_month(m: re.Match[str], s: str) -> list[_Cand]:
    """Day-first dates: ``9 March 2023``, ``9th of March``, ``the 20 January tragedy``
    (--01-20), Trend/AZERTAC ``Thursday, 9 March``; with a leading ``3-`` / ``3 to`` /
    ``between 3 and`` the first day of a range is emitted too."""
    month, day = _month_of(m, "dm_m"), int(m["dm_d"])
    year = int(m["dm_y"]) if m["dm_y"] else None
    main = _Cand(m.start(), m.end(), "day", year, month, day, year_written=year is not None)
    if m["dm_wd"] is None:
        head = _ctx_range_head(s, main)
        if head is not None:
            return [head, main]
    return [main]


_P_ORDINAL_WORD = (
    r"(?=[Tt][Hh][Ee]\s)\b(?i:the)\s+(?P<ow>(?i:"
    + _trie(_ORDINAL_WORDS)
    + r"))\s+of\s+"
    + _month("ow_m")
)


def _rule_ordinal_word(m: re.Match[str], s: str) -> list[_Cand]:
    """A spelled-out day: ``on the Fourth of July`` -> --07-04.

    ``the`` is required so that ``a third of March exports`` is not read as 3 March.
    """
    day = _ORDINAL_WORDS.get(m["ow"].lower(), 0)
    return [_Cand(m.start("ow"), m.end(), "day", None, _month_of(m, "ow_m"), day)]


_P_MONTH_YEAR = r"(?=[A-Z])" + _month("my_m") + r",?\s+(?:of\s+)?(?P<my_y>\d{4})" + _DATE_YEAR_TAIL


def _rule_month_year(m: re.Match[str], s: str) -> list[_Cand]:
    """A month of a year: ``in March 2023`` / ``May 2023`` -> precision month, 2023-03."""
    y = int(m["my_y"])
    if not 1000 <= y <= 2999:
        return []
    return [_Cand(m.start(), m.end(), "month", y, _month_of(m, "my_m"), year_written=True)]


_P_WEEKDAY = (
    r"(?=[A-Zlntcp])\b"
    + r"(?:(?P<wd_mod>[Ll]ast|[Nn]ext|[Tt]his\s+(?:coming|past)|[Tt]his|[Cc]oming|[Pp]ast|"
    + r"[Pp]revious)\s+)?(?P<wd>"
    + _WEEKDAY_FULL
    + r")\b"
)
_WEEKDAY_MODES = {
    "last": "before", "past": "before", "previous": "before", "this past": "before",
    "next": "after", "coming": "after", "this coming": "after", "this": "week",
}  # fmt: skip


def _rule_weekday(m: re.Match[str], s: str) -> list[_Cand]:
    """A weekday: ``on Thursday`` (AP: ``said Thursday``) is the latest Thursday on or before
    the reference; ``last Tuesday`` strictly before; ``next Monday`` / ``this coming Monday``
    strictly after; ``this Friday`` in the reference's Monday-Sunday week."""
    mod = " ".join(m["wd_mod"].lower().split()) if m["wd_mod"] else ""
    c = _Cand(m.start(), m.end(), "weekday", weekday=WEEKDAYS[m["wd"].lower()])
    c.mode = _WEEKDAY_MODES.get(mod, "")
    return [c]


_P_REL_PUBLISHED = (
    r"(?=[TtEeLlYy])\b"
    + r"(?P<relp>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:earlier|later)"
    + r"\s+today|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
    + r"last\s+night))\b"
)
_REL_PUBLISHED = {
    "today": (0, None), "tonight": (0, "night"), "yesterday": (-1, None),
    "tomorrow": (1, None), "last night": (-1, "night"), "this morning": (0, "morning"),
    "this afternoon": (0, "afternoon"), "this evening": (0, "evening"),
    "earlier today": (0, None), "later today": (0, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
}  # fmt: skip


def _rule_rel_published(m: re.Match[str], s: str) -> list[_Cand]:
    """Relative to the moment of writing: ``yesterday`` in an article of 2023-03-09 is
    2023-03-08, ``this morning`` is 2023-03-09 (morning), ``last night`` 2023-03-08 (night)."""
    offset, tod = _REL_PUBLISHED.get(" ".join(m["relp"].lower().split()), (0, None))
    return [_Cand(m.start(), m.end(), "relative", offset=offset, base="published", tod=tod)]


_P_REL_ANCHOR = (
    r"(?=[EeLlTt])\b"
    + r"(?P<rela>(?i:(?:earlier|later)\s+(?:that|the\s+same)\s+day|(?:the|that)\s+same\s+day"
    + r"|that\s+day|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
    + r"|the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    + r"|the\s+day\s+(?:before|after|prior)))\b(?!-)"
)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|when|while|as|in|at|on|he|she|they|it)\b)[A-Za-z]")


def _rule_rel_anchor(m: re.Match[str], s: str) -> list[_Cand]:
    """Relative to the narrative: ``On the same day, ...`` / ``the next day`` / ``the
    previous evening`` resolve against ``anchor`` (else ``published``).

    ``the day before the vote`` is relative to the vote, not to the anchor, so a noun after
    ``before``/``after`` leaves it unresolved.
    """
    words = m["rela"].lower().split()
    tod = words[-1] if words[-1] in ("morning", "afternoon", "evening", "night") else None
    if words[-1] in ("before", "after", "prior") and _NOUN_AFTER.match(s, m.end()):
        return [_Cand(m.start(), m.end(), "relative")]
    if "next" in words or "following" in words or words[-1] == "after":
        offset = 1
    elif "previous" in words or "preceding" in words or words[-1] in ("before", "prior"):
        offset = -1
    else:
        offset = 0
    return [_Cand(m.start(), m.end(), "relative", offset=offset, base="anchor", tod=tod)]


_P_N_DAYS = (
    r"(?=[\dAaOoTtFfSsEeNn])\b(?P<nd_n>\d{1,2}|(?i:" + _trie(_NUMBER_WORDS) + r"))\s+"
    r"(?P<nd_u>(?i:days?|weeks?))\s+"
    r"(?P<nd_dir>(?i:later|earlier|before|after|prior|ago))\b"
)


def _rule_n_days(m: re.Match[str], s: str) -> list[_Cand]:
    """Counted offsets: ``two days later`` (anchor + 2), ``a day earlier`` (anchor - 1),
    ``three days ago`` (published - 3), ``a week later`` (anchor + 7)."""
    n_word = m["nd_n"].lower()
    n = int(n_word) if n_word.isdigit() else _NUMBER_WORDS.get(n_word, 0)
    n *= 7 if m["nd_u"].lower().startswith("week") else 1
    direction = m["nd_dir"].lower()
    if direction in ("before", "after") and _NOUN_AFTER.match(s, m.end()):
        return [_Cand(m.start(), m.end(), "relative")]
    sign = 1 if direction in ("later", "after") else -1
    base = "published" if direction == "ago" else "anchor"
    return [_Cand(m.start(), m.end(), "relative", offset=sign * n, base=base)]


_P_DAY_ORDINAL = (
    r"(?=[OoBbUuTtSsFfAa])\b(?:"
    + _trie(
        [
            *_cases("on", "by", "until", "till", "since", "from", "before", "after", "between"),
            "to",
            "through",
            "and",
        ]
    )
    + r")\s+the\s+(?P<od>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)!?]|\Z)|\s+(?:at|and|or|in|when|to|as|after|before|while|with|through|"
    r"until|of\s+(?:this|the|that|last|next)\s+month)\b)"
)


def _rule_day_ordinal(m: re.Match[str], s: str) -> list[_Cand]:
    """A day of the month alone: ``on the 9th`` -> the 9th of the reference month, or of the
    month before or after when that is nearer (``on the 28th`` on 2 March = 28 February).

    Only after ``on the`` / ``by the`` ... and before punctuation or a function word, so
    ``the 16th NATO Days`` stays an ordinal.
    """
    return [_Cand(m.start("od"), m.end(), "ordinal", day=int(m["od"]))]


_P_YEAR = r"\b" + _YEAR_CTX + r"(?:\s+the\s+year)?\s*(?<=[\s-])(?P<yr>" + _YEAR4 + r")" + _YEAR_TAIL
_YEAR_RANGE_TAIL = re.compile(r"\s*[-–—/]\s*(?P<y>\d{4}|\d\d)(?![\w]|[-/.]\d)")


def _rule_year(m: re.Match[str], s: str) -> list[_Cand]:
    """A year in a year context: ``in 2019``, ``since 1997``, ``between 2019 and 2021``,
    ``mid-2023``; a bare number is not a year (``395 personnel``, ``1234 GMT``,
    ``Resolution 2231``, ``$2023 million``).  ``2019-2020`` / ``2019-20`` gives two."""
    y = int(m["yr"])
    main = _Cand(m.start("yr"), m.end(), "year", year=y, year_written=True)
    tail = _YEAR_RANGE_TAIL.match(s, m.end())
    if tail:
        y2 = int(tail["y"])
        y2 = y2 + (y // 100) * 100 if y2 < 100 else y2
        if y < y2 <= y + 100:
            end = _Cand(tail.start("y"), tail.end(), "year", year=y2, year_written=True)
            end.range_end = True
            return [main, end]
    return [main]


_P_BARE_MONTH = (
    r"\b(?P<bm_ctx>"
    + _trie(
        _cases(
            "in",
            "since",
            "until",
            "till",
            "by",
            "during",
            "early",
            "late",
            "mid-",
            "last",
            "next",
            "this",
            "through",
            "from",
            "before",
            "after",
        )
    )
    + r")(?:\s+|(?<=-))"
    r"(?P<bm>" + _FULL_MONTHS_NO_MAY + r")\b(?!\s*,?\s*\d)"
)


def _rule_bare_month(m: re.Match[str], s: str) -> list[_Cand]:
    """A month without day or year after a preposition: ``in March`` (the nearest March),
    ``last December`` (the latest before the reference month), ``next July``.

    ``May`` is never taken alone (``he may visit``); without a preposition ``March`` may be
    a noun (``March on the capital``).
    """
    ctx = m["bm_ctx"].lower()
    keeps_ctx = ctx in ("last", "next", "this")
    c = _Cand(m.start() if keeps_ctx else m.start("bm"), m.end(), "month",
              month=MONTHS[m["bm"].lower()])  # fmt: skip
    c.mode = ctx if keeps_ctx else ""
    return [c]


_Rule = Callable[[re.Match[str], str], list[_Cand]]

# Order matters: at one position the first alternative that matches wins.
_RULES: tuple[tuple[str, str, _Rule], ...] = (
    ("ISO", _P_ISO, _rule_iso),
    ("NUMERIC", _P_NUMERIC, _rule_numeric),
    ("MONTH_DAY", _P_MONTH_DAY, _rule_month_day),
    ("DAY_MONTH", _P_DAY_MONTH, _rule_day_month),
    ("ORDINAL_WORD", _P_ORDINAL_WORD, _rule_ordinal_word),
    ("MONTH_YEAR", _P_MONTH_YEAR, _rule_month_year),
    ("REL_PUBLISHED", _P_REL_PUBLISHED, _rule_rel_published),
    ("REL_ANCHOR", _P_REL_ANCHOR, _rule_rel_anchor),
    ("N_DAYS", _P_N_DAYS, _rule_n_days),
    ("WEEKDAY", _P_WEEKDAY, _rule_weekday),
    ("DAY_ORDINAL", _P_DAY_ORDINAL, _rule_day_ordinal),
    ("YEAR", _P_YEAR, _rule_year),
    ("BARE_MONTH", _P_BARE_MONTH, _rule_bare_month),
)
# Every rule starts at the start of a word; testing that once, before the alternatives,
# is four times faster than letting each alternative fail on its own at every character.
_MASTER = re.compile(
    r"\b(?=\w)(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat, _ in _RULES) + ")"
)
_HANDLERS: dict[str, _Rule] = {name: handler for name, _, handler in _RULES}


# --------------------------------------------------------------------------- context rules

_RANGE_TAIL = re.compile(
    r"\s*(?P<conn>[-–—]|to\b|through\b|thru\b|till\b|until\b|and\b)\s*(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?(?![\w:]|[.,]\d)(?!\s*(?:" + _MONTH_ANY + r")\b)"
    r"(?!" + _LOWER_WORD_AFTER.pattern + r")(?:,?\s+(?P<y>[12]\d{3})" + _DATE_YEAR_TAIL + ")?"
)


def _ctx_range_tail(s: str, first: _Cand) -> list[_Cand]:
    """The bare second day of a month-first range: ``March 3-5``, ``March 3 to 5, 2023``.

    A year after the second day belongs to both (``March 3-5, 2023``).
    """
    m = _RANGE_TAIL.match(s, first.end)
    if m is None:
        return []
    day = int(m["d"])
    if first.day is None or not first.day < day <= 31:
        return []
    second = _Cand(m.start("d"), m.end(), "day", None, first.month, day)
    if m["y"]:
        first.year = second.year = int(m["y"])
        first.year_written = second.year_written = True
    second.range_end = m["conn"] != "and" or _BETWEEN_BEFORE.search(
        s, max(0, first.start - 12), first.start) is not None  # fmt: skip
    first.pair = True
    return [second]


_RANGE_HEAD = re.compile(
    r"(?<![\w.,$/])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*(?P<conn>[-–—]|to|through|till|until|and)"
    r"\s*\Z"
)
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+(?:the\s+)?\Z")


def _ctx_range_head(s: str, main: _Cand) -> _Cand | None:
    """The bare first day of a day-first range: ``3-5 March``, ``between 3 and 5 March``,
    ``from 3 to 5 March 2023``; ``on 3 and 5 March`` gives two days that are not a range."""
    m = _RANGE_HEAD.search(s, max(0, main.start - 16), main.start)
    if m is None or main.day is None:
        return None
    day = int(m["d"])
    if not 0 < day < main.day:
        return None
    head = _Cand(m.start("d"), m.end("d"), "day", main.year, main.month, day,
                 year_written=main.year_written, pair=True)  # fmt: skip
    is_between = _BETWEEN_BEFORE.search(s, max(0, head.start - 12), head.start) is not None
    main.range_end = m["conn"] != "and" or is_between
    return head


_TOD_WORDS = r"morning|afternoon|evening|night"
_TOD_BEFORE = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?:(?:early|late)\s+)?(?P<tod>"
    + _TOD_WORDS
    + r"|(?:early|small|wee)\s+hours)\s+of\s+\Z"
)
_EARLY_LATE_BEFORE = re.compile(r"\b(?P<el>[Ee]arly|[Ll]ate)\s+(?:on\s+)?\Z")
_TIME = (
    r"(?:(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mi>[0-5]\d)(?::[0-5]\d)?"
    r"|(?P<h12>1[0-2]|0?[1-9])(?=\s*[AaPp]\.?[Mm]\b)"
    r"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s*(?:GMT|UTC)\b)"
    r"|(?P<noon>noon|midday|midnight))"
    r"(?:\s*(?:(?P<ap>[AaPp])\.[Mm]\.|(?P<ap2>[AaPp])[Mm]\b))?(?!\d)"
    r"(?:\s*(?:GMT|UTC|local\s+time)\b)?"
)
_TIME_BEFORE = re.compile(r"\b[Aa]t\s+(?:around\s+|about\s+)?" + _TIME + r",?\s+(?:on\s+)?\Z")
# No comma before 'at': in 'on 5 March, at 10:30 on 6 March' the time is the second day's.
_TIME_AFTER = re.compile(
    r"(?:,\s*(?=\d)|\s+)"
    r"(?P<at>(?:at|from)\s+(?:around\s+|about\s+|approximately\s+|roughly\s+)?)?"
    + _TIME
    + r"(?!,?\s+on\b)"
)
_TOD_AFTER = re.compile(r"(?:,\s*|\s+)(?:in\s+the\s+)?(?P<tod>" + _TOD_WORDS + r")\b")


def _time_from(m: re.Match[str], has_at: bool) -> str | None:
    if m["noon"]:
        return None if not has_at else ("00:00" if m["noon"] == "midnight" else "12:00")
    if m["h"] is not None:
        if m["sep"] == "." and not has_at:  # 'March 5, 10.50 percent' is not a time
            return None
        return _hhmm(int(m["h"]), int(m["mi"]), m["ap"] or m["ap2"])
    if m["h12"] is not None:
        return _hhmm(int(m["h12"]), 0, m["ap"] or m["ap2"])
    if m["h4"] is not None and has_at:  # Reuters '1030 GMT'
        return _hhmm(int(m["h4"]), int(m["mi4"]), None)
    return None


def _ctx_time_of_day(s: str, c: _Cand) -> None:
    """Attach a time of day written in the same phrase, widening the span to include it.

    ``on the morning of March 5`` and ``in the morning of 5 March`` both give ``'morning'``
    (the preposition is left out of the span so the two compare equal); ``March 5 morning``,
    ``Monday evening``; ``late on March 5`` / AP ``late Monday`` -> ``'evening'``, ``early
    Tuesday`` -> ``'morning'``; ``the early hours of March 5`` -> ``'night'``;
    ``March 5 at 10:30`` / ``at 10:30 on March 5`` / ``9 October 2024 11:16`` -> ``'HH:MM'``.
    A clock time wins over a part of the day when both are given.
    """
    lo = max(0, c.start - 40)
    c.core_start = c.start
    m = _TOD_BEFORE.search(s, lo, c.start)
    if m:
        c.tod = "night" if "hours" in m["tod"] else m["tod"]
        c.start, c.prefix_attr = m.start("the"), "tod"
    else:
        m = _EARLY_LATE_BEFORE.search(s, lo, c.start)
        if m:
            c.tod = "morning" if m["el"].lower() == "early" else "evening"
            c.start, c.prefix_attr = m.start("el"), "tod"
        else:
            m = _TIME_BEFORE.search(s, lo, c.start)
            if m:
                t = _time_from(m, True)
                if t:
                    c.time, c.start, c.prefix_attr = t, m.start(), "time"
    if c.time is None:
        m = _TIME_AFTER.match(s, c.end)
        if m:
            t = _time_from(m, bool(m["at"]))
            if t:
                c.time, c.end = t, m.end()
    if c.tod is None and c.time is None:
        m = _TOD_AFTER.match(s, c.end)
        if m:
            c.tod, c.end = m["tod"], m.end()
            # 'Sunday morning at 7 a.m.': the clock time still belongs to the same phrase.
            m = _TIME_AFTER.match(s, c.end)
            t = _time_from(m, bool(m["at"])) if m else None
            if m and t:
                c.time, c.end = t, m.end()


_OPEN_RANGE_BEFORE = re.compile(
    r"\b(?:[Uu]ntil|[Tt]ill|[Tt]il|[Tt]hrough|[Tt]hru|to|[Uu]p\s+to)\s+(?:the\s+)?\Z"
)


def _ctx_open_range(s: str, c: _Cand) -> None:
    """``until December 12`` / ``till`` / ``through`` / ``to`` mark the end of a period."""
    if _OPEN_RANGE_BEFORE.search(s, max(0, c.start - 16), c.start):
        c.range_end = True


_RANGE_GAP = re.compile(r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|till|until)\s+)(?:the\s+)?\Z")
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?\Z")


def _ctx_closed_ranges(s: str, cands: list[_Cand]) -> None:
    """``March 3 - March 5``, ``from December 28 to January 3, 2021`` and ``between March 3
    and March 5``: the second is an end date, and a year written on one end only belongs to
    the other end too."""
    for a, b in pairwise(cands):
        if b.kind != a.kind and {a.kind, b.kind} != {"day", "ordinal"}:
            continue
        gap = s[a.end : b.start]
        if len(gap) > 16:
            continue
        if _RANGE_GAP.match(gap) or (
            _AND_GAP.match(gap) and _BETWEEN_BEFORE.search(s, max(0, a.start - 12), a.start)
        ):
            b.range_end = True
            a.pair = True


def _share_years(cands: list[_Cand]) -> None:
    # 'from March 3 to March 5, 2023': the start of the range is in 2023 too, not in the
    # year nearest the reference; a December start before a January end is the year before.
    for a, b in pairwise(cands):
        if not a.pair or a.kind != "day" or b.kind != "day" or a.month is None or not b.month:
            continue
        if b.year_written and not a.year_written and b.year is not None:
            a.year = b.year - (1 if a.month > b.month else 0)
            a.year_written, a.inferred = True, False
            a.resolved = None
        elif a.year_written and not b.year_written and a.year is not None:
            b.year = a.year + (1 if b.month < a.month else 0)
            b.year_written, b.inferred = True, False
            b.resolved = None
        elif a.inferred and b.inferred and a.resolved is not None:
            y = a.resolved.year + (1 if b.month < a.month else 0)
            if _valid(y, b.month, b.day) and b.day is not None:
                b.resolved = date(y, b.month, b.day)


# --------------------------------------------------------------------------- resolution


def resolve_month_day(month: int, day: int, reference: date) -> date:
    """The date with this month and day nearest to ``reference``.

    ``resolve_month_day(12, 28, date(2024, 1, 3))`` -> 2023-12-28;
    ``resolve_month_day(1, 2, date(2023, 12, 30))`` -> 2024-01-02.  A tie goes to the past
    (news reports what happened).  29 February goes to the nearest leap year.
    Raises ``ValueError`` if no such day exists near the reference (31 April).
    """
    # The year before, of and after the reference always contain the nearest date; only
    # 29 February may need a wider search (+-8 years reaches a leap year even around 2100).
    for span in (1, 8):
        best: date | None = None
        best_key: tuple[int, bool] | None = None
        for y in range(reference.year - span, reference.year + span + 1):
            if not 1 <= y <= 9999:
                continue
            try:
                cand = date(y, month, day)
            except ValueError:
                continue
            key = (abs((cand - reference).days), cand > reference)
            if best_key is None or key < best_key:
                best, best_key = cand, key
        if best is not None:
            return best
    raise ValueError(f"no date {month:02d}-{day:02d} near {reference}")


def resolve_weekday(weekday: int, reference: date) -> date:
    """The latest ``weekday`` (Monday = 0 .. Sunday = 6) on or before ``reference``.

    Thursday 2023-03-09: ``resolve_weekday(3, ...)`` -> 2023-03-09 (that same day),
    ``resolve_weekday(0, ...)`` -> 2023-03-06.  Raises ``ValueError`` for a bad weekday and
    ``OverflowError`` before ``date.min``.
    """
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0..6, got {weekday}")
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _resolve_weekday_mode(weekday: int, mode: str, ref: date) -> date | None:
    if mode == "before":
        delta = -((ref.weekday() - weekday) % 7 or 7)
    elif mode == "after":
        delta = (weekday - ref.weekday()) % 7 or 7
    elif mode == "week":
        delta = weekday - ref.weekday()
    else:
        delta = -((ref.weekday() - weekday) % 7)
    return _shift(ref, delta)


def _resolve_ordinal(day: int, ref: date) -> date | None:
    best: date | None = None
    for dm in (-1, 0, 1):
        idx = ref.year * 12 + ref.month - 1 + dm
        y, mo = divmod(idx, 12)
        if not 1 <= y <= 9999:
            continue
        try:
            cand = date(y, mo + 1, day)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def _resolve_month_year(month: int, mode: str, ref: date) -> int:
    if mode == "last":
        return ref.year if month < ref.month else ref.year - 1
    if mode == "next":
        return ref.year if month > ref.month else ref.year + 1
    if mode == "this":
        return ref.year
    # Nearest month; at six months either way, the past (news reports what happened).
    diff = month - ref.month
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year - 1 if diff == 6 else ref.year


def _resolve(c: _Cand, published: date | None, anchor: date | None) -> bool:
    """Fill ``resolved`` / ``year`` / ``inferred``; False if the mention must be dropped."""
    ref = published or anchor
    if c.kind == "day":
        if c.month is None or c.day is None or not _valid(c.year, c.month, c.day):
            return False
        if c.year_written and c.year is not None:
            if not 1 <= c.year <= 9999:
                return False
            c.resolved = date(c.year, c.month, c.day)
        elif ref is not None:
            try:
                c.resolved = resolve_month_day(c.month, c.day, ref)
                c.inferred = True
            except ValueError:
                c.resolved = None
    elif c.kind == "ordinal":
        if c.day is None or not 1 <= c.day <= 31:
            return False
        if ref is not None:
            c.resolved = _resolve_ordinal(c.day, ref)
            c.inferred = c.resolved is not None
    elif c.kind == "weekday":
        if ref is not None and c.weekday is not None:
            c.resolved = _resolve_weekday_mode(c.weekday, c.mode, ref)
            c.inferred = c.resolved is not None
    elif c.kind == "relative":
        base = published if c.base == "published" else (anchor or published) if c.base else None
        if base is not None:
            c.resolved = _shift(base, c.offset)
            c.inferred = c.resolved is not None
    elif c.kind == "month":
        if c.month is None or not 1 <= c.month <= 12:
            return False
        if c.year is None and ref is not None:
            c.year = _resolve_month_year(c.month, c.mode, ref)
            c.inferred = True
    return True


def _finish(s: str, c: _Cand) -> DateMention:
    tod = c.time or c.tod
    common = {"start": c.start, "end": c.end, "text": s[c.start : c.end],
              "time_of_day": tod, "range_end": c.range_end}  # fmt: skip
    if c.kind in ("month", "year"):
        return DateMention(iso=None, precision=c.kind, month_day=None, year=c.year,
                           month=c.month, inferred_year=c.inferred, **common)  # fmt: skip
    d = c.resolved
    if d is not None:
        precision = c.kind if c.kind in ("weekday", "relative") else "day"
        return DateMention(iso=d.isoformat(), precision=precision,
                           month_day=f"--{d.month:02d}-{d.day:02d}", year=d.year,
                           month=d.month, inferred_year=c.inferred, **common)  # fmt: skip
    if c.kind == "day" and c.month is not None and c.day is not None:
        return DateMention(iso=None, precision="partial",
                           month_day=f"--{c.month:02d}-{c.day:02d}", year=None,
                           month=c.month, inferred_year=False, **common)  # fmt: skip
    precision = c.kind if c.kind in ("weekday", "relative") else "partial"
    return DateMention(iso=None, precision=precision, month_day=None, year=None, month=None,
                       inferred_year=False, **common)  # fmt: skip


# --------------------------------------------------------------------------- public API


def find_dates(
    sentence: str, published: date | None = None, anchor: date | None = None
) -> list[DateMention]:
    """All date mentions in ``sentence``, sorted by ``start``, never overlapping.

    >>> [m.iso for m in find_dates("He arrived on Thursday.", published=date(2023, 3, 9))]
    ['2023-03-09']
    """
    if not isinstance(sentence, str) or not _worth_reading(sentence):
        return []
    published, anchor = _as_date(published), _as_date(anchor)
    cands: list[_Cand] = []
    for m in _MASTER.finditer(sentence):
        group = m.lastgroup
        if group is not None:
            cands.extend(_HANDLERS[group](m, sentence))
    if not cands:
        return []
    for c in cands:
        if c.kind not in ("month", "year"):
            _ctx_time_of_day(sentence, c)
        if not c.range_end:
            _ctx_open_range(sentence, c)
    cands.sort(key=lambda c: (c.start, -c.end))
    kept: list[_Cand] = []
    for c in cands:
        if kept and c.start < kept[-1].end:
            # Only the borrowed prefix overlaps ('March 5 at 10:30 on March 6' would be odd
            # but possible): keep the date, give up the prefix.
            if not c.prefix_attr or c.core_start < kept[-1].end:
                continue
            setattr(c, c.prefix_attr, None)
            c.start, c.prefix_attr = c.core_start, ""
        if _resolve(c, published, anchor):
            kept.append(c)
    _ctx_closed_ranges(sentence, kept)
    _share_years(kept)
    for c in kept:
        if c.kind == "day" and c.year_written and c.resolved is None:
            if c.year is None or not 1 <= c.year <= 9999 or not _valid(c.year, c.month, c.day):
                c.kind = "drop"
                continue
            c.resolved = date(c.year, c.month or 1, c.day or 1)
    return [_finish(sentence, c) for c in kept if c.kind != "drop"]


_DATE_IN_LINE = (
    r"(?:" + _month("dl_m1") + r"\s+(?P<dl_d1>\d{1,2})(?:,\s+(?P<dl_y1>\d{4}))?"
    r"|(?P<dl_d2>\d{1,2})\s+" + _month("dl_m2") + r"(?:,?\s+(?P<dl_y2>\d{4}))?)"
)
_DATELINE = re.compile(
    r"(?:^|(?<=[\s>|]))[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,\s+[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3})?,\s+"
    + _DATE_IN_LINE
    + r"(?=\s*\.|\s+\(|\s+[-–—]|\s+/|,?\s+\(?AZ(?:ERTAC|ƏRTAC)\b)"
)
_DATELINE_AZERTAC = re.compile(
    r"(?:^|(?<=[\s>|]))[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][a-z]+)?,\s+"
    + _DATE_IN_LINE
    + r",?\s+\(?AZ(?:ERTAC|ƏRTAC)\b"
)


def find_dateline(text: str) -> tuple[int, int, int | None] | None:
    """``(month, day, year or None)`` of the dateline in the first ~300 characters.

    ``BAKU, Azerbaijan, March 9. The minister ...`` -> ``(3, 9, None)``; also
    ``MOSCOW, April 2. /TASS/.``, ``KYIV, May 3 (Reuters) -``, ``ANKARA, 9 March 2023 -``
    and AZERTAC's title-case ``Baku, March 9, AZERTAC``.  ``WASHINGTON (AP) —`` has no date:
    None.  The city must be ALL CAPS (or followed by AZERTAC) so an ordinary sentence
    ``Officials met on Monday, March 9.`` is not a dateline.
    """
    if not isinstance(text, str):
        return None
    head = text[:300]
    m = _DATELINE.search(head) or _DATELINE_AZERTAC.search(head)
    if m is None:
        return None
    if m["dl_d1"] is not None:
        month, day, y = _month_of(m, "dl_m1"), int(m["dl_d1"]), m["dl_y1"]
    else:
        month, day, y = _month_of(m, "dl_m2"), int(m["dl_d2"]), m["dl_y2"]
    year = int(y) if y else None
    if not _valid(year, month, day) or (year is not None and not 1 <= year <= 9999):
        return None
    return month, day, year


def parse_stamp(text: str) -> date | None:
    """The date of a publication stamp line, or None.

    ``'9 October 2024 11:16'``, ``'09.10.2024 11:16'``, ``'October 9, 2024 at 11:16 am'``,
    ``' date 2023-03-09 + ↺ − 16 px'``, ``'Published: 2023-03-09T10:15:00Z'``,
    ``'Updated 10:15 GMT 3 Mar 2024'`` -> the first date with a written year.
    """
    if not isinstance(text, str):
        return None
    for m in find_dates(text[:400]):
        if m.precision == "day" and not m.inferred_year and m.iso:
            return date.fromisoformat(m.iso)
    return None


def iso_weekday_name(iso: str) -> str:
    """``'2023-03-09'`` -> ``'Thursday'``; ``''`` if ``iso`` is not an ISO date."""
    try:
        return WEEKDAY_NAMES[date.fromisoformat(iso[:10]).weekday()]
    except (TypeError, ValueError):
        return ""
