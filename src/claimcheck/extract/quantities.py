"""Find and normalise quantity mentions in English wire copy.

Two outlets reporting one event give the same figure in different clothes: ``over 40
personnel`` (Trend), ``more than 40 servicemen`` (AZERTAC), ``killed at least 175 people``
(Reuters) against ``the death toll rose to 175`` (AP), ``$68.7 billion`` (Bloomberg) against
``68.7 bln dollars`` (TASS), ``Rs 615 crore`` (PTI).  To compare them every mention is
reduced to a number, a unit, what it counts and a qualifier.

Entry point
-----------
``find_quantities(sentence)``
    All quantity mentions of one sentence as :class:`QuantityMention`, sorted by offset and
    never overlapping; ``sentence[m.start:m.end] == m.text`` always holds.

Representation choices
----------------------
* **Ranges** (``20-25 people``, ``between 20 and 25``, ``two to three hours``) are *one*
  mention: ``number`` is the low end and the extra field ``number_high`` the high end
  (``None`` for every non-range).  A hyphenated pair whose second number is not larger
  (``won 3-1``) is a score and yields nothing.  ``from 20 to 25 percent`` is a change, not a
  range: two mentions, the first inheriting the unit (and scale) of the second.
* **Durations**: race times (``2:00:35``, ``2:05.3``) and seconds, minutes and hours are
  unit ``'duration'`` with ``number`` in seconds (``3 hours`` -> 10800.0), because these
  convert exactly.  Days, weeks, months, years and decades keep a calendar unit (``'day'``,
  ``'week'``, ``'month'``, ``'year'``, ``'decade'``) with the count as written, because
  months and years have no fixed length.  Ages (``a 45-year-old``, ``aged 45``) are
  unit ``'year'``, counts ``'age'``.
* **Clock times** are unit ``'clock'`` with ``number`` in minutes after midnight
  (``6:04 pm`` -> 1084.0) and the zone in ``timezone`` (``'IST'``, ``'GMT+4'``, ``'local'``,
  or a city for ``Baku time``).
* **Money** is an ISO code (``'USD'``, ``'INR'`` ...) and ``number`` is the full amount with
  the scale applied; ``number_text`` keeps a currency *prefix* (``'$68.7 billion'``) but not
  a suffix (``'5 million'`` of ``5 million manats``).  ``$95 a share`` counts ``'share'``.
* **Percent** and percentage points are both ``'%'``; basis points are ``'bp'``.
* **Gas volumes** in ``bcm``/``tcm`` become cubic metres (unit ``'m3'``) so that ``11 bcm``
  and ``11 billion cubic metres`` agree.  Bare ``pounds`` is weight (``'lb'``); money in
  pounds is written ``£`` or ``pounds sterling`` in wire copy.
* **Counted noun**: ``counts`` is a singular-insensitive key of the head noun; adjectives and
  nationality words before it and a short ``of``/``from`` phrase after it are kept in
  ``counts_text`` (``'personnel from the Azerbaijan Army'``).  Death and injury tolls are
  decided by the predicate: ``killed``, ``died``, ``dead``, ``death toll`` -> ``'dead'``;
  ``injured``, ``wounded`` -> ``'injured'``.  ``people``/``persons``/``person`` ->
  ``'people'``.  A unit's ``of`` phrase is what it measures (``52% of the vote`` ->
  ``'vote'``, ``5 tonnes of grain`` -> ``'grain'``).
* **Vague quantities** (``dozens``, ``hundreds of``, ``thousands of``) are not reported:
  they carry no number that could be compared.

How a sentence is read
----------------------
1. ``_rule_precheck`` rejects a sentence with no ASCII digit and no number word.
2. ``_rule_masks`` marks spans that contain digits but are not quantities (dates, year
   ranges, URLs, e-mail addresses, version strings, phone numbers).
3. ``_DIGIT_CORE_RE`` finds digit cores (``H:MM[:SS]``, digit groups); number-word
   sequences are matched only where a letter run is a number word (``_cores``).
4. Each core is read by the named ``_rule_*`` functions below, left context first
   (currency, sign, qualifier), then right context (scale, range, unit, counted noun),
   then the checks that may drop it (years, pronoun number words).  Every rule's docstring
   carries an example.

Nothing here raises on any input, does I/O or keeps state.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["NUMBER_WORDS", "QUALIFIERS", "QuantityMention", "find_quantities"]


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """One quantity in a sentence; see the module docstring for the representation."""

    start: int
    end: int
    text: str
    number: float
    number_text: str
    qualifier: str
    qualifier_text: str | None
    unit: str | None
    timezone: str | None
    counts: str | None
    counts_text: str | None
    scale_text: str | None
    number_high: float | None = None


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

_SCALES: dict[str, float] = {
    "dozen": 12.0,
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
}

#: Every number word this module reads, mapped to its value (scales included).
NUMBER_WORDS: dict[str, int] = {
    **_UNITS_WORDS,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

#: Qualifier phrase (lower case) -> normalised qualifier.
QUALIFIERS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "just over": "more_than",
    "well over": "more_than", "greater than": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "minimum of": "at_least", "or more": "at_least", "or above": "at_least",
    "and above": "at_least", "plus": "at_least", "+": "at_least",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most",
    "a maximum of": "at_most", "maximum of": "at_most", "no more than": "at_most",
    "not more than": "at_most", "at most": "at_most", "or fewer": "at_most",
    "or less": "at_most",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than",
    "about": "about", "around": "about", "some": "about", "roughly": "about",
    "approximately": "about", "approx.": "about", "an estimated": "about",
    "estimated": "about", "circa": "about", "ca.": "about", "~": "about", "or so": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly",
    "exactly": "exact", "precisely": "exact", "between": "exact",
}  # fmt: skip

# Money: symbol or code written before the number -> ISO code.
_CURRENCY_PREFIX = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "C$": "CAD", "A$": "AUD",
    "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "₹": "INR", "Rs": "INR",
    "Rs.": "INR", "INR": "INR", "₽": "RUB", "RUB": "RUB", "₼": "AZN", "AZN": "AZN",
    "₺": "TRY", "TRY": "TRY", "TL": "TRY", "¥": "JPY", "JPY": "JPY", "CNY": "CNY",
    "RMB": "CNY", "₴": "UAH", "UAH": "UAH", "₸": "KZT", "KZT": "KZT", "₾": "GEL",
    "GEL": "GEL", "CHF": "CHF", "AMD": "AMD", "PKR": "PKR", "SAR": "SAR", "AED": "AED",
}  # fmt: skip

# Unit words written after the number -> (normalised unit, factor applied to the number).
_UNIT_AFTER: dict[str, tuple[str, float]] = {
    # percent
    "%": ("%", 1.0), "％": ("%", 1.0), "percent": ("%", 1.0), "per cent": ("%", 1.0),
    "pct": ("%", 1.0), "pc": ("%", 1.0), "percentage points": ("%", 1.0),
    "percentage point": ("%", 1.0), "pp": ("%", 1.0), "ppt": ("%", 1.0),
    "p.p.": ("%", 1.0), "basis points": ("bp", 1.0), "basis point": ("bp", 1.0),
    "bps": ("bp", 1.0), "bp": ("bp", 1.0),
    # speed, area, length
    "km/h": ("km/h", 1.0), "kmh": ("km/h", 1.0), "kph": ("km/h", 1.0),
    "km per hour": ("km/h", 1.0), "kilometres per hour": ("km/h", 1.0),
    "kilometers per hour": ("km/h", 1.0), "mph": ("mph", 1.0), "miles per hour": ("mph", 1.0),
    "knots": ("kn", 1.0), "sq km": ("km2", 1.0), "square kilometres": ("km2", 1.0),
    "square kilometers": ("km2", 1.0), "square kilometre": ("km2", 1.0), "km2": ("km2", 1.0),
    "km²": ("km2", 1.0), "hectares": ("ha", 1.0), "hectare": ("ha", 1.0), "ha": ("ha", 1.0),
    "acres": ("acre", 1.0), "km": ("km", 1.0), "kilometres": ("km", 1.0),
    "kilometers": ("km", 1.0), "kilometre": ("km", 1.0), "kilometer": ("km", 1.0),
    "metres": ("m", 1.0), "meters": ("m", 1.0), "metre": ("m", 1.0), "meter": ("m", 1.0),
    "m": ("m", 1.0), "cm": ("cm", 1.0), "mm": ("mm", 1.0), "nautical miles": ("nmi", 1.0),
    "miles": ("mi", 1.0), "mile": ("mi", 1.0), "feet": ("ft", 1.0), "foot": ("ft", 1.0),
    "ft": ("ft", 1.0),
    # mass
    "kg": ("kg", 1.0), "kilograms": ("kg", 1.0), "kilogrammes": ("kg", 1.0),
    "kilogram": ("kg", 1.0), "kilos": ("kg", 1.0), "grams": ("g", 1.0), "g": ("g", 1.0),
    "tonnes": ("t", 1.0), "tonne": ("t", 1.0), "tons": ("t", 1.0), "ton": ("t", 1.0),
    "metric tons": ("t", 1.0), "t": ("t", 1.0), "pounds": ("lb", 1.0), "lbs": ("lb", 1.0),
    "lb": ("lb", 1.0),
    # volume, energy, temperature
    "litres": ("l", 1.0), "liters": ("l", 1.0), "barrels per day": ("bbl/d", 1.0),
    "barrels a day": ("bbl/d", 1.0), "bpd": ("bbl/d", 1.0), "barrels": ("bbl", 1.0),
    "bcm": ("m3", 1e9), "tcm": ("m3", 1e12), "cubic metres": ("m3", 1.0),
    "cubic meters": ("m3", 1.0), "m3": ("m3", 1.0), "m³": ("m3", 1.0),
    "MW": ("MW", 1.0), "GW": ("GW", 1.0), "kW": ("kW", 1.0), "kWh": ("kWh", 1.0),
    "MWh": ("MWh", 1.0), "GWh": ("GWh", 1.0), "TWh": ("TWh", 1.0),
    "megawatts": ("MW", 1.0), "gigawatts": ("GW", 1.0),
    "px": ("px", 1.0), "°C": ("C", 1.0), "degrees Celsius": ("C", 1.0), "degrees C": ("C", 1.0),
    "°F": ("F", 1.0), "degrees Fahrenheit": ("F", 1.0), "degrees": ("deg", 1.0),
    # time: exact units become seconds, calendar units stay as written
    "seconds": ("duration", 1.0), "second": ("duration", 1.0), "secs": ("duration", 1.0),
    "sec": ("duration", 1.0), "minutes": ("duration", 60.0), "minute": ("duration", 60.0),
    "mins": ("duration", 60.0), "min": ("duration", 60.0), "hours": ("duration", 3600.0),
    "hour": ("duration", 3600.0), "hrs": ("duration", 3600.0), "hr": ("duration", 3600.0),
    "days": ("day", 1.0), "day": ("day", 1.0), "weeks": ("week", 1.0), "week": ("week", 1.0),
    "months": ("month", 1.0), "month": ("month", 1.0), "years": ("year", 1.0),
    "year": ("year", 1.0), "yrs": ("year", 1.0), "decades": ("decade", 1.0),
    "decade": ("decade", 1.0),
    # earthquakes
    "magnitude": ("magnitude", 1.0), "on the Richter scale": ("magnitude", 1.0),
    # money written after the number
    "dollars": ("USD", 1.0), "dollar": ("USD", 1.0), "US dollars": ("USD", 1.0),
    "U.S. dollars": ("USD", 1.0), "American dollars": ("USD", 1.0),
    "Canadian dollars": ("CAD", 1.0), "Australian dollars": ("AUD", 1.0),
    "euros": ("EUR", 1.0), "euro": ("EUR", 1.0), "pounds sterling": ("GBP", 1.0),
    "sterling": ("GBP", 1.0), "British pounds": ("GBP", 1.0), "rupees": ("INR", 1.0),
    "rupee": ("INR", 1.0), "Indian rupees": ("INR", 1.0), "Pakistani rupees": ("PKR", 1.0),
    "rubles": ("RUB", 1.0), "roubles": ("RUB", 1.0), "ruble": ("RUB", 1.0),
    "rouble": ("RUB", 1.0), "manats": ("AZN", 1.0), "manat": ("AZN", 1.0),
    "lira": ("TRY", 1.0), "liras": ("TRY", 1.0), "Turkish lira": ("TRY", 1.0),
    "Turkish liras": ("TRY", 1.0), "yuan": ("CNY", 1.0), "renminbi": ("CNY", 1.0),
    "yen": ("JPY", 1.0), "tenge": ("KZT", 1.0), "lari": ("GEL", 1.0),
    "hryvnias": ("UAH", 1.0), "hryvnia": ("UAH", 1.0), "hryvnas": ("UAH", 1.0),
    "drams": ("AMD", 1.0), "rials": ("IRR", 1.0), "riyals": ("SAR", 1.0),
    "dirhams": ("AED", 1.0), "Swiss francs": ("CHF", 1.0),
    "USD": ("USD", 1.0), "EUR": ("EUR", 1.0), "AZN": ("AZN", 1.0), "RUB": ("RUB", 1.0),
    "TRY": ("TRY", 1.0), "TL": ("TRY", 1.0), "INR": ("INR", 1.0), "GBP": ("GBP", 1.0),
    "CNY": ("CNY", 1.0), "JPY": ("JPY", 1.0), "KZT": ("KZT", 1.0), "GEL": ("GEL", 1.0),
    "UAH": ("UAH", 1.0),
}  # fmt: skip

_MONEY_UNITS = frozenset(_CURRENCY_PREFIX.values()) | frozenset(
    u for u, _ in _UNIT_AFTER.values() if u.isupper() and len(u) == 3
) - {"MWh", "GWh", "TWh"}
# Units whose "of" phrase says what is measured; time units and magnitudes have none.
_OF_UNITS = frozenset({"%", "bp", "t", "kg", "g", "lb", "l", "bbl", "m3", "ha", "km2", "acre"})

_TIMEZONES = (
    "GMT|UTC|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|JST|KST|AEST|"
    "AEDT|HKT|SGT|PKT|GST|AZT|TRT|WIB|ET|PT"
)

# Words that end a counted-noun search: function words, auxiliaries, frequent verbs and
# adverbs.  Kept explicit because wire copy has no part-of-speech tags to lean on.
_STOP = frozenset(
    _wordset("""
    a an the of in on at to for from by with and or but nor as than that which who whom whose
    this these those it its they them their he she his her him we our us you your i me my
    is are was were be been being am has have had having will would can could may might must
    shall should do does did done not no per each every more less fewer most least also only
    just about after before since until till into onto over under up down out off among
    between during against through across including while when where why how what said says
    say saying told tell according ago earlier later abroad ahead away back so too very such
    all both another there here then now yet still already ever even if whether because
    although though respectively last next first second third fourth fifth sixth seventh
    eighth ninth tenth other others again once twice times time left took take takes taken
    met meet meets gave give gives went go goes came come comes made make makes held hold
    holds got get gets won win wins lost lose saw see sees sent send led lead leads fell
    rose rise rises became become began begin ran run kept keep brought bring put set spoke
    wrote chose drove flew fought hit struck stood sat knew know known paid pay found find
    remain remains remained reached reach reaches stand stands stood including included
    via amid within without toward towards upon near along around behind beyond beside
    reportedly approximately roughly nearly almost some any many much several few
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec percent cent plus minus versus vs per cent am pm
    strong odd long wide high deep tall fold
    """)
)

# Adjectives and other words that modify the counted noun rather than being it.
_MODIFIERS = frozenset(
    _wordset("""
    international foreign local new other additional extra senior junior military armed
    unarmed young old elderly small large big major minor key top former active separate
    different various national regional federal private public domestic global total
    registered eligible confirmed suspected alleged unidentified unknown further joint
    bilateral multilateral naval special main full current previous female male civilian
    nuclear regular similar solar popular modern heavy light combat peacekeeping more
    fresh recent possible potential long short high low tactical strategic rural urban
    """)
)

# Modifier-looking words that are nouns when nothing follows them ("one official said").
_HEAD_ED = frozenset(
    _wordset("""
    injured wounded killed dead detained arrested missing displaced evacuated rescued
    abducted kidnapped hospitalised hospitalized infected affected vaccinated employed
    unemployed surveyed polled questioned registered deceased accused convicted
    """)
)
_LY_NOUNS = _wordset("family ally assembly supply rally reply anomaly monopoly")

_LEMMA = {
    "dead": "dead", "death": "dead", "deaths": "dead", "killed": "dead", "fatality": "dead",
    "fatalities": "dead", "deceased": "dead", "bodies": "dead", "body": "dead",
    "injured": "injured", "wounded": "injured", "injury": "injured", "injuries": "injured",
    "hurt": "injured",
    "people": "people", "persons": "people", "person": "people", "men": "man",
    "women": "woman", "children": "child", "servicemen": "serviceman",
    "policemen": "policeman", "firemen": "fireman", "personnel": "personnel",
    "police": "police", "staff": "staff", "troops": "troop", "quake": "earthquake",
    "earthquakes": "earthquake", "tremor": "earthquake", "temblor": "earthquake",
    "series": "series", "species": "species", "news": "news", "media": "media",
    "data": "data", "criteria": "criterion", "crises": "crisis", "analyses": "analysis",
    "cattle": "cattle", "sheep": "sheep", "aircraft": "aircraft", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose",
}  # fmt: skip
# Plural-only or irregular plurals: a count before them is not a year (``1500 people``).
_PLURAL_FORMS = _wordset(
    "people persons men women children servicemen policemen firemen personnel police staff "
    "troops cattle aircraft sheep"
)


# ---------------------------------------------------------------------------------------------
# Regular expressions
# ---------------------------------------------------------------------------------------------

_SP = r"[ \t\u00a0\u202f\u2009]"


def _alternation(phrases: Iterable[str]) -> str:
    """Regex alternation, longest first so ``per cent`` wins over ``per``; spaces flexible."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", _SP + "+") for p in ordered)


_U = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_B100 = rf"(?:(?:{_TENS})(?:[ -](?:{_U}))?|{_TEEN}|{_U}|zero)"
_B1000 = rf"(?:(?:{_U}|a)[ ]hundred(?:[ ](?:and[ ])?{_B100})?|{_B100})"
_SCALE_WORDS = "dozen|hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?"

# The pre-check reads letter runs into a set: much cheaper than a word alternation regex.
_DIGIT_RE = re.compile(r"[0-9]")
_ALPHA_RE = re.compile(r"[a-z]+")
_ALPHA_POS_RE = re.compile(r"[A-Za-z]+")
_TRIGGER_WORDS = frozenset(
    [*_UNITS_WORDS, "hundred", "dozen", "thousand", "million", "billion", "trillion"]
)
_WORD_STARTS = frozenset([*_UNITS_WORDS, "a", "half"])

# Number cores.  Digit cores and word cores are scanned separately (the word scan only runs
# when a number word is present); the combined pattern reads the second end of a range.
# The leading look-ahead lets the regex engine jump from digit to digit instead of
# trying the look-behinds at every character (four times faster on wire copy).
_DIGIT_CORE = (
    r"(?=\d)(?:(?P<colon>(?<![\d:.,])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?![\d:]))"
    r"|(?P<digits>(?<![\d,])(?<!\d\.)(?:"
    rf"\d+,\d{{1,2}}(?={_SP}?(?:mln|bln|million|billion|thousand|trillion|%))"
    r"|\d{1,3}(?:,\d{2})*(?:,\d{3})+(?!,?\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]|\.\d)"
    r"|\d+)(?:\.\d+)?))"
)
_WORD_CORE = (
    rf"(?P<words>(?i:\b{_B1000}\b))"
    r"|(?P<aword>(?i:\b(?:half[ ]a|a)(?=[ ](?:dozen|thousand|million|billion|trillion)\b)))"
)
_DIGIT_CORE_RE = re.compile(_DIGIT_CORE)
_WORD_CORE_RE = re.compile(_WORD_CORE)
_CORE_RE = re.compile(_DIGIT_CORE + "|" + _WORD_CORE)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_RANGE = rf"{_DAY}(?:{_SP}*(?:-|–|—|to|and|until|through){_SP}*{_DAY})?"
_YEAR = r"(?:1[89]|20)\d{2}"
# Same look-ahead trick as the digit cores: every alternative starts with one of these.
_MASK_RE = re.compile(
    r"(?=[0-9JFMASOND+(vV])(?:"
    rf"\b{_MONTH}{_SP}+{_DAY_RANGE}(?:,?{_SP}+{_YEAR})?\b"
    rf"|\b{_DAY_RANGE}{_SP}+(?:of{_SP}+)?{_MONTH}(?:,?{_SP}+{_YEAR})?\b"
    rf"|\b{_MONTH},?{_SP}+{_YEAR}\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    rf"|\b{_YEAR}{_SP}*[-–/]{_SP}*(?:{_YEAR}|\d{{2}})\b"
    r"|\b[vV]?\d+(?:\.\d+){2,}\b"
    r"|\+\d[\d \t().-]{6,}\d"
    r"|\(\d{2,5}\)[ ]?\d[\d .-]{4,}\d)"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,64}\.[\w.]{1,64}")

_CUR_PREFIX_RE = re.compile(
    r"(?:(?<![A-Za-z])(?P<sym>(?:US|U\.S\.|C|A|AU|NZ|HK|S|R)?\$|[€£₹₽₼₺¥₴₸₾])"
    r"|\b(?P<code>USD|US\$|EUR|GBP|INR|Rs\.?|RUB|AZN|TRY|TL|CNY|RMB|JPY|KZT|GEL|UAH|CHF|"
    rf"AMD|PKR|SAR|AED)){_SP}?$"
)
_MAGNITUDE_PREFIX_RE = re.compile(rf"(?:\b[Mm]agnitude(?:{_SP}+of)?(?:{_SP}|-)*|(?<![A-Za-z])M)$")
_AGE_PREFIX_RE = re.compile(rf"\b(?:aged|age{_SP}+of){_SP}+$", re.I)

# One search for both label lists: the generic words in any case, names capitalised only.
_LABEL_RE = re.compile(
    r"(?:(?i:\b(?:resolutions?|articles?|art|flights?|pages?|pp?|chapters?|sections?|paragraphs?|"
    r"para|clauses?|decrees?|protocols?|annex|appendix|volume|vol|episodes?|seasons?|"
    r"versions?|platforms?|terminals?|highway|route|category|grade|stage|phase|level|tier|"
    r"channel|room|gate|nos?|numbers?|ext|tel|phone|fax|hotline)\.?|[#№])"
    r"|\b(?:Part|Order|Act|Law|Unit|Block|Building|Apartment|Flat|House|Street|Avenue|Box|"
    r"Case|Code|Day|Week|Round|Game|Match|Leg|Lap|Row|Division|Brigade|Battalion|Regiment|"
    r"Corps|Squadron|District|Ward|Precinct|Pillar|Point|Ticket|Batch|Reactor|Line|Track|"
    r"Boeing|Airbus|Windows|iPhone|Galaxy|Type|Class|Model|Group|Lot|Item|Bill|Formula|"
    rf"Falcon|Apollo|Soyuz|Gen|Mark|Mk|Cup)\.?){_SP}*$"
)
# Last character of every currency prefix ("Rs", "Rs.", "AZN", "$" ...): a cheap gate.
_CURRENCY_LAST = frozenset("$€£₹₽₼₺¥₴₸₾.s")

# Letters glued to a number that still leave it a quantity ("5km", "$2bn", "6pm").
_ATTACHED_OK = _wordset(
    "k K m mn mln bn b bln tn trn trln cr km kg kmh kph mph cm mm ft g t pc pct pp bps "
    "bp am pm MW GW kW kWh MWh GWh TWh hrs hr bcm tcm m3 km2 sec min mins px"
)
_ATTACHED_RE = re.compile(r"[^\W\d_]+")

_SCALE_RE = re.compile(
    r"(?P<att>k|K|mn|mln|m|bn|bln|b|tn|trn|trln|cr)(?![^\W\d_])"
    rf"|(?:{_SP}|-)?(?P<word>(?:{_SCALE_WORDS}|mn|mln|bn|bln|trn|tn|trln|cr)\b)"
)
_SECOND_SCALE_RE = re.compile(rf"{_SP}(?P<word>crores?|million|billion|trillion)\b")

_UNIT_RE = re.compile(rf"(?P<sep>{_SP}|-)?(?P<u>{_alternation(_UNIT_AFTER)})(?![^\W\d_])")
_AGE_SUFFIX_RE = re.compile(rf"-years?-old\b|{_SP}years?{_SP}old\b")
_QUAKE_RE = re.compile(rf"{_SP}+(?P<w>earthquake|quake|tremor|temblor)s?\b")

_AMPM_RE = re.compile(rf"{_SP}?(?P<ap>[aApP])(?:\.{_SP}?[mM]\.|[mM](?![^\W\d_]))")
_TZ_RE = re.compile(
    rf"{_SP}*(?:(?P<tz>{_TIMEZONES})(?P<off>{_SP}?[+\-−]{_SP}?\d{{1,2}}(?::?\d{{2}})?)?\b"
    rf"|(?P<local>[Ll]ocal{_SP}+time)\b|(?P<city>[A-Z][a-z]+){_SP}+time\b)"
)
_HRS_RE = re.compile(rf"{_SP}?(?:hrs|hours|hr|h)\b")

# Qualifiers written after the number; every other entry of QUALIFIERS precedes it.
_QUAL_AFTER_KEYS = frozenset(
    {"or more", "or above", "and above", "plus", "+", "or fewer", "or less", "or so", "~"}
)
_QUAL_BEFORE_RE = re.compile(
    rf"(?:(?<![\w])(?P<q>{_alternation(k for k in QUALIFIERS if k not in _QUAL_AFTER_KEYS)})"
    rf"|(?P<tilde>~)){_SP}*$",
    re.I,
)
_QUAL_AFTER_RE = re.compile(
    rf"{_SP}+(?P<q>or{_SP}+more|or{_SP}+above|and{_SP}+above|or{_SP}+fewer|or{_SP}+less"
    rf"|or{_SP}+so)\b|(?P<plus>\+|-plus\b)"
)

_RANGE_SEP_RE = re.compile(rf"{_SP}*(?P<sep>-|–|—|(?:to|or|and)\b){_SP}*")
_REPEAT_CURRENCY_RE = re.compile(rf"(?:(?:US|C|A|HK)?\$|[€£₹₽₼₺]|Rs\.?){_SP}?")
_FROM_BEFORE_RE = re.compile(rf"\bfrom{_SP}+$", re.I)

_TOKEN_RE = re.compile(rf"{_SP}{{1,3}}([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
_FIRST_TOKEN_RE = re.compile(rf"(?:{_SP}{{1,3}}|-)([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
# Both stop before the space that precedes the next word, which the token regexes expect.
_PP_RE = re.compile(rf"{_SP}+(?:from|of)(?:{_SP}+the)?(?={_SP})")
_OF_RE = re.compile(rf"{_SP}+of(?:{_SP}+(?:the|its|their|his|her|all|total))*(?={_SP})")
_RATE_RE = re.compile(rf"{_SP}+(?:a|an|per){_SP}+([^\W\d_]+)\b")
_ORDINAL_AFTER_WORD_RE = re.compile(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I
)
# Words after which "one" is a pronoun ("no one", "the one who", "each one").
_ONE_PRONOUN_AFTER = _wordset(
    "no the any every each this that which such another only last someone anyone everyone "
    "little big"
)
_PREV_WORD_RE = re.compile(r"([^\W\d_]+)[ \t\u00a0-]*$")

_AUX = (
    r"(?:(?:who|that|have|has|had|were|was|are|is|being|been|got|be|to|reportedly|reported"
    rf"|confirmed|feared|believed|later|also|all|now|already|so{_SP}+far){_SP}+)*"
)
_POST_DEAD_RE = re.compile(
    rf",?{_SP}+{_AUX}(?:killed|dead|died|perished|slain|drowned|lost{_SP}+their{_SP}+lives)\b",
    re.I,
)
_POST_INJURED_RE = re.compile(rf",?{_SP}+{_AUX}(?:injured|wounded|hurt|hospitali[sz]ed)\b", re.I)
_PRE_DEAD_RE = re.compile(
    rf"(?:\b(?:killed|killing|kills|kill){_SP}+"
    rf"|\b(?:claimed|claiming|took|taking){_SP}+the{_SP}+lives{_SP}+of{_SP}+"
    rf"|\b(?:death{_SP}+toll|toll|fatalities|deaths"
    rf"|number{_SP}+of{_SP}+(?:dead|deaths|fatalities|victims|people{_SP}+killed))"
    r"\b[^.;!?\d]{0,40})$",
    re.I,
)
_PRE_INJURED_RE = re.compile(
    rf"(?:\b(?:injuring|injured|wounding|wounded|injures|wounds|injure|wound){_SP}+"
    rf"|\b(?:number{_SP}+of{_SP}+(?:injured|wounded)|injury{_SP}+toll|injuries)"
    r"\b[^.;!?\d]{0,40})$",
    re.I,
)
_YEAR_PREP_RE = re.compile(
    r"\b(?:in|since|by|until|till|through|throughout|during|before|after|early|late|mid|"
    r"year|spring|summer|autumn|fall|winter|fiscal|FY|season"
    rf"|(?:as|end|beginning|start){_SP}+of)[\W_]*$",
    re.I,
)
_WS_RE = re.compile(r"\s+")
_HDOTMM_RE = re.compile(r"\d{1,2}\.\d{2}")
_GROUP_SEP_RE = re.compile(r"[, \u00a0\u202f\u2009]")
_COMMA_DECIMAL_RE = re.compile(r"\d+,\d{1,2}")
_WORD_SPLIT_RE = re.compile(r"[\s-]+")
_TO_ONLY_RE = re.compile(rf"{_SP}*to{_SP}*")
# Substrings without which no toll predicate can precede a number (a cheap gate).
_TOLL_HINTS = ("kill", "toll", "death", "fatalit", "victim", "lives", "injur", "wound")
_SENTENCE_START_CHARS = frozenset(".!?:;\"“”'‘’([—–\n")


# ---------------------------------------------------------------------------------------------
# Internal draft of a mention
# ---------------------------------------------------------------------------------------------


class _Draft:
    """A mention under construction; mutable so rules can fill it in one after another."""

    __slots__ = (
        "counts", "counts_text", "end", "factor", "high", "num_end", "num_start", "number",
        "qualifier", "qualifier_text", "raw", "raw_high", "scale_text", "start", "timezone",
        "unit",
    )  # fmt: skip

    def __init__(self, start: int, end: int, raw: float) -> None:
        self.start = start
        self.end = end
        self.num_start = start
        self.num_end = end
        self.raw = raw
        self.raw_high: float | None = None
        self.factor = 1.0
        self.number = raw
        self.high: float | None = None
        self.qualifier = "exact"
        self.qualifier_text: str | None = None
        self.unit: str | None = None
        self.timezone: str | None = None
        self.counts: str | None = None
        self.counts_text: str | None = None
        self.scale_text: str | None = None

    def freeze(self, s: str) -> QuantityMention:
        return QuantityMention(
            start=self.start,
            end=self.end,
            text=s[self.start : self.end],
            number=self.number,
            number_text=s[self.num_start : self.num_end],
            qualifier=self.qualifier,
            qualifier_text=self.qualifier_text,
            unit=self.unit,
            timezone=self.timezone,
            counts=self.counts,
            counts_text=self.counts_text,
            scale_text=self.scale_text,
            number_high=self.high,
        )


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------


def _rule_precheck(s: str) -> tuple[bool, bool]:
    """Cheap gate: (has an ASCII digit, has a number word).

    ``'The minister met his counterpart.'`` -> (False, False): nothing else is run.
    ``'One of the units'`` -> (False, True): only the number-word scan runs.
    """
    has_digit = _DIGIT_RE.search(s) is not None
    has_word = not _TRIGGER_WORDS.isdisjoint(_ALPHA_RE.findall(s.lower()))
    return has_digit, has_word


def _cores(s: str, has_digit: bool, has_word: bool) -> list[re.Match[str]]:
    """Number cores in offset order: digit cores by regex, word cores from letter runs."""
    cores = list(_DIGIT_CORE_RE.finditer(s)) if has_digit else []
    if has_word:
        words = []
        last = -1
        for tm in _ALPHA_POS_RE.finditer(s):
            if tm.start() < last or tm.group().lower() not in _WORD_STARTS:
                continue
            wm = _WORD_CORE_RE.match(s, tm.start())
            if wm is not None:
                words.append(wm)
                last = wm.end()
        if words:
            cores = sorted(cores + words, key=lambda m: m.start())
    return cores


def _rule_masks(s: str) -> list[tuple[int, int]]:
    """Spans with digits that are not quantities: dates, year ranges, URLs, versions, phones.

    ``'on March 9, 2023'``, ``'5-7 March'``, ``'2023-03-09'``, ``'the 2022-23 season'``,
    ``'www.example.az/news/123'``, ``'v2.1.3'``, ``'+994 12 555 01 02'`` are masked.
    """
    spans = [m.span() for m in _MASK_RE.finditer(s)]
    if "@" in s or "www." in s or "://" in s:
        spans += [m.span() for m in _URL_RE.finditer(s)]
    return spans


def _in_masks(i: int, masks: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in masks)


def _rule_identifier(s: str, start: int, end: int) -> bool:
    """A number glued to letters or behind a label is a name, not a quantity.

    ``'Su-25'``, ``'COVID-19'``, ``'flight MH17'``, ``'G20'``, ``'A320'``, ``'Resolution 2231'``,
    ``'Article 5'``, ``'No. 3'``, ``'the 16th'``, ``'5G'``, ``'1990s'``, ``'24/7'``,
    ``'news24.az'`` -> True (skip).
    """
    prev = s[start - 1] if start else ""
    if prev and (prev.isalpha() or prev in "_#№@/\\&'’"):
        return True
    if prev in "-‐" and start >= 2 and (s[start - 2].isalnum() or s[start - 2] in "-‐"):
        return True
    if prev in ".:" and start >= 2 and s[start - 2].isalnum():
        return True
    if _glued_after(s, end):
        return True
    return _LABEL_RE.search(s, max(0, start - 14), start) is not None


def _glued_after(s: str, end: int) -> bool:
    """Letters or code punctuation glued after the number (``16th``, ``5G``, ``24/7``)."""
    nxt = s[end : end + 2]
    if nxt[:1] == "/" and nxt[1:2].isdigit():
        return True
    if nxt[:1] in "._@" and nxt[1:2].isalnum():
        return True
    if nxt[:1] in "'’" and nxt[1:2] == "s":
        return True
    am = _ATTACHED_RE.match(s, end)
    return am is not None and am.group() not in _ATTACHED_OK


def _rule_colon_time(s: str, m: re.Match[str], floor: int) -> _Draft | None:
    """``H:MM[:SS]``: clock time with am/pm or a zone, else a clock, else a race time.

    ``'6:04 pm IST'`` -> clock 1084.0, tz 'IST'; ``'14:30 local time'`` -> clock 870.0, tz
    'local'; ``'2:00:35'`` -> duration 7235.0 s; ``'2:05.3'`` -> duration 125.3 s;
    ``'45:30'`` (no valid hour) -> duration 2730.0 s.
    """
    start, end = m.span()
    if start and (s[start - 1].isalpha() or s[start - 1] in "-/"):
        return None
    parts = m.group().split(":")
    h = int(parts[0])
    mi = int(parts[1][:2])
    frac = 0.0
    sec = 0.0
    if len(parts) == 3:
        sec = float(parts[2])
    elif "." in parts[1]:
        frac = float("0" + parts[1][2:])
    d = _Draft(start, end, 0.0)
    pos = end
    ap = _AMPM_RE.match(s, pos)
    if ap is not None:
        pos = ap.end()
    tz = _TZ_RE.match(s, pos)
    d.num_end = pos
    clock_ok = h <= 24 and mi <= 59 and sec < 60 and frac == 0.0
    if ap is not None and not (1 <= h <= 12):
        clock_ok = False
    if clock_ok and (ap is not None or tz is not None or len(parts) == 2):
        if ap is not None:
            h = h % 12 + (12 if ap.group("ap") in "pP" else 0)
        d.raw = h * 60 + mi + sec / 60.0
        d.unit = "clock"
        if tz is not None:
            d.timezone = _tz_name(tz)
            pos = tz.end()
    elif ap is None:
        if len(parts) == 3:
            d.raw = h * 3600 + mi * 60 + sec
        else:
            d.raw = h * 60 + mi + frac
        d.unit = "duration"
        d.num_end = end
        pos = end
    else:
        return None
    d.number = d.raw
    d.end = pos
    _rule_qualifier_before(s, d, floor)
    return d


def _tz_name(tz: re.Match[str]) -> str:
    if tz.group("tz"):
        off = tz.group("off") or ""
        return tz.group("tz") + _WS_RE.sub("", off).replace("−", "-")
    if tz.group("local"):
        return "local"
    return tz.group("city")


def _rule_hhmm_zone(s: str, d: _Draft, core: str) -> bool:
    """Four digits before a zone or ``hrs`` are a clock time (Reuters/PTI style).

    ``'(1234 GMT)'`` -> clock 754.0, tz 'GMT'; ``'1430 hrs IST'`` -> clock 870.0, tz 'IST'.
    """
    if len(core) != 4 or not core.isdigit():
        return False
    h, mi = int(core[:2]), int(core[2:])
    if h > 23 or mi > 59:
        return False
    pos = d.num_end
    hrs = _HRS_RE.match(s, pos)
    if hrs is not None:
        pos = hrs.end()
    tz = _TZ_RE.match(s, pos)
    if tz is None and hrs is None:
        return False
    d.unit = "clock"
    d.raw = d.number = float(h * 60 + mi)
    d.num_end = pos if tz is None else d.num_end
    if tz is not None:
        d.timezone = _tz_name(tz)
        pos = tz.end()
    d.end = pos
    return True


def _rule_ampm(s: str, d: _Draft, core: str) -> bool:
    """An hour (``6``) or ``H.MM`` before am/pm is a clock time.

    ``'at 6 pm'`` -> clock 1080.0; ``'10.33 a.m. local time'`` -> clock 633.0, tz 'local'.
    """
    ap = _AMPM_RE.match(s, d.num_end)
    if ap is None:
        return False
    if core.isdigit():
        h, mi = int(core), 0
    elif _HDOTMM_RE.fullmatch(core):
        h, mi = int(core.split(".")[0]), int(core.split(".")[1])
    else:
        return False
    if not (1 <= h <= 12) or mi > 59:
        return False
    h = h % 12 + (12 if ap.group("ap") in "pP" else 0)
    d.unit = "clock"
    d.raw = d.number = float(h * 60 + mi)
    d.num_end = d.end = ap.end()
    tz = _TZ_RE.match(s, d.end)
    if tz is not None:
        d.timezone = _tz_name(tz)
        d.end = tz.end()
    return True


def _rule_currency_prefix(s: str, start: int, floor: int) -> tuple[int, str] | None:
    """A currency symbol or code right before the number makes it money.

    ``'$68.7 billion'`` -> USD, ``'US$5 million'`` -> USD, ``'€3bn'`` -> EUR,
    ``'Rs 615 crore'`` -> INR, ``'AZN 20 million'`` -> AZN.
    """
    if start == 0:
        return None
    last = s[start - 1]
    if last in " \t\u00a0\u202f\u2009" and start >= 2:
        last = s[start - 2]
    if not (last in _CURRENCY_LAST or last.isupper()):
        return None
    cm = _CUR_PREFIX_RE.search(s, max(floor, start - 8), start)
    if cm is None:
        return None
    sym = cm.group("sym") or cm.group("code")
    return cm.start(), _CURRENCY_PREFIX.get(sym, "USD")


def _rule_scale(s: str, d: _Draft, money: bool) -> None:
    """A scale word multiplies the number; ``m``/``b`` alone only do so for money.

    ``'1.5 million'`` -> 1500000.0; ``'$2bn'`` -> 2e9; ``'Rs 615 crore'`` -> 6.15e9;
    ``'Rs 2 lakh crore'`` -> 2e12; ``'a dozen'`` -> 12.0; ``'5m'`` (no currency) is metres.
    """
    sm = _SCALE_RE.match(s, d.num_end)
    if sm is None:
        return
    word = sm.group("att") or sm.group("word")
    key = word.lower()
    if key in ("m", "b") and not money:
        return
    if key == "hundred" and d.raw != int(d.raw):
        return
    d.factor *= _SCALES.get(key, 1.0)
    d.scale_text = word
    d.num_end = d.end = sm.end()
    if key in ("lakh", "lakhs", "lac", "lacs", "thousand", "hundred"):
        # Indian copy stacks scales: "Rs 2 lakh crore" is 2e5 * 1e7.
        nm = _SECOND_SCALE_RE.match(s, d.num_end)
        if nm is not None:
            d.factor *= _SCALES[nm.group("word").lower()]
            d.scale_text = f"{word} {nm.group('word')}"
            d.num_end = d.end = nm.end()


def _rule_range(s: str, d: _Draft, kind: str, masks: list[tuple[int, int]]) -> str:
    """A second number after ``-``/``to``/``or`` (or ``and`` after ``between``) makes a range.

    ``'20-25 people'`` -> 20.0, number_high 25.0; ``'$5-6 billion'`` -> 5e9..6e9;
    ``'won 3-1'`` -> 'score' (nothing is reported); ``'from 20 to 25'`` -> 'none' (two
    mentions).  Returns 'range', 'score' or 'none'.
    """
    rm = _RANGE_SEP_RE.match(s, d.num_end)
    if rm is None:
        return "none"
    sep = rm.group("sep")
    between = d.qualifier_text is not None and d.qualifier_text.lower() == "between"
    if (sep == "and") != between:
        return "none"
    if sep in ("to", "or", "and") and rm.start("sep") == d.num_end:
        return "none"
    if sep == "to" and _FROM_BEFORE_RE.search(s, max(0, d.start - 8), d.start):
        return "none"
    pos = rm.end()
    if d.unit in _MONEY_UNITS:
        # "$5-$6 billion", "$5 million to $6 million": the currency may be repeated.
        cp = _REPEAT_CURRENCY_RE.match(s, pos)
        if cp is not None:
            pos = cp.end()
    nm = _CORE_RE.match(s, pos)
    if nm is None or nm.lastgroup != kind or _in_masks(pos, masks):
        return "none"
    high = _value_of(nm)
    if high is None or (kind == "digits" and _glued_after(s, nm.end())):
        return "none"
    hd = _Draft(nm.start(), nm.end(), high)
    _rule_scale(s, hd, d.unit in _MONEY_UNITS)
    if _is_yearish(s[d.num_start : d.num_end]) or _is_yearish(nm.group()):
        return "none"
    factor, scale_text = d.factor, d.scale_text
    if hd.scale_text is not None and scale_text is None and d.raw < high:
        # "5-6 million": the scale written once belongs to both ends; "500-1.5 million"
        # (low end larger than the bare high end) keeps 500 as written.
        factor, scale_text = hd.factor, hd.scale_text
    if high * hd.factor <= d.raw * factor:
        # "won 3-1", "ruled 7-2": a falling pair joined by a dash is a score.
        return "score" if sep in "-–—" else "none"
    d.factor, d.scale_text = factor, scale_text
    # Kept relative to the low end's factor so a unit read later scales both ends.
    d.raw_high = high * hd.factor / factor
    d.num_end = d.end = hd.num_end
    return "range"


def _rule_qualifier_after(s: str, d: _Draft) -> None:
    """``or more``, ``or so``, ``+`` after the number qualify it when nothing precedes.

    ``'40 or more people'`` -> at_least; ``'250 or so'`` -> about; ``'40+ delegates'`` ->
    at_least.
    """
    qm = _QUAL_AFTER_RE.match(s, d.end)
    if qm is None or d.qualifier_text is not None:
        return
    if qm.group("plus"):
        if qm.end() < len(s) and s[qm.end()].isdigit():
            return
        d.qualifier, d.qualifier_text = "at_least", qm.group("plus")
    else:
        text = qm.group("q")
        d.qualifier = QUALIFIERS[_WS_RE.sub(" ", text.lower())]
        d.qualifier_text = text
    d.end = qm.end()


def _rule_unit(s: str, d: _Draft) -> None:
    """A unit after the number: percent, money, length, mass, time, magnitude ...

    ``'12 per cent'`` -> '%'; ``'5 million manats'`` -> AZN; ``'10 kilometres'`` -> 'km';
    ``'3 hours'`` -> duration 10800.0; ``'6.1-magnitude'`` -> 'magnitude';
    ``'11 bcm'`` -> 1.1e10 'm3'; ``'a 45-year-old'`` -> 'year', counts 'age'.
    """
    am = _AGE_SUFFIX_RE.match(s, d.end)
    if am is not None and d.unit is None:
        d.unit, d.counts, d.counts_text = "year", "age", None
        d.end = am.end()
        return
    um = _UNIT_RE.match(s, d.end)
    if um is None:
        return
    u = _WS_RE.sub(" ", um.group("u"))
    unit, factor = _UNIT_AFTER.get(u, (None, 1.0))
    if unit is None:
        return
    if d.unit is not None and unit != d.unit:
        return
    d.unit = unit
    d.factor *= factor
    d.end = um.end()
    if u in ("bcm", "tcm"):
        # The "b"/"t" of bcm/tcm is a scale folded into the unit: keep it visible.
        d.scale_text = u


def _rule_magnitude_prefix(s: str, start: int, floor: int) -> int | None:
    """``magnitude 6.1``, ``magnitude-6.1`` and ``M6.1`` mark an earthquake magnitude.

    ``'a magnitude 6.1 earthquake'`` -> magnitude 6.1, counts 'earthquake'.
    """
    lo = max(floor, start - 16)
    if not (start and s[start - 1] == "M") and "agnitude" not in s[lo:start]:
        return None
    mm = _MAGNITUDE_PREFIX_RE.search(s, lo, start)
    return None if mm is None else mm.start()


def _rule_qualifier_before(s: str, d: _Draft, floor: int) -> None:
    """A qualifier right before the number (or its currency) sets ``qualifier``.

    ``'over 40'`` -> more_than; ``'at least 175'`` -> at_least; ``'up to 250'`` -> at_most;
    ``'fewer than 10'`` -> less_than; ``'some 250'`` -> about; ``'nearly 300'`` -> nearly.
    """
    qm = _QUAL_BEFORE_RE.search(s, max(floor, d.start - 24), d.start)
    if qm is None:
        return
    text = qm.group("q") or qm.group("tilde")
    key = _WS_RE.sub(" ", text.lower())
    # Case-insensitive on purpose: "Some 250" and "More than 40" open many wire leads.
    d.qualifier = QUALIFIERS.get(key, "exact")
    d.qualifier_text = text
    d.start = qm.start()


def _rule_counted_noun(
    s: str, pos: int, *, allow_proper: bool = False
) -> tuple[int, int, int, str] | None:
    """The noun the number counts, skipping adjectives and nationality words before it.

    ``'146 international events'`` -> 'events' (counts_text 'international events');
    ``'40 Turkish soldiers'`` -> 'soldiers'; ``'one official said'`` -> 'official';
    ``'the two met'`` -> None.  Returns (phrase start, phrase end, head start, head).
    """
    tokens: list[tuple[int, int, str]] = []
    tm = _FIRST_TOKEN_RE.match(s, pos)
    while tm is not None and len(tokens) < 5:
        tokens.append((tm.start(1), tm.end(1), tm.group(1)))
        tm = _TOKEN_RE.match(s, tm.end())
    mods = 0
    for i, (a, b, w) in enumerate(tokens):
        lw = w.lower()
        if lw in _STOP or lw in _UNITS_WORDS:
            # A second number word means a name or a list ("One Belt One Road").
            break
        nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else None
        if i < 3 and nxt is not None and nxt not in _STOP and _is_modifier(w, lw):
            mods += 1
            continue
        if _is_head(w, lw, allow_proper):
            return tokens[0][0], b, a, w
        break
    if mods:
        a, b, w = tokens[mods - 1]
        if _is_head(w, w.lower(), allow_proper):
            return tokens[0][0], b, a, w
    return None


def _is_modifier(w: str, lw: str) -> bool:
    if lw in _MODIFIERS or w[:1].isupper() or "-" in w:
        return True
    return lw.endswith(
        ("al", "ic", "ive", "ous", "ary", "ful", "less", "ian", "ese", "ish", "ed", "ing", "ern")
    )


def _is_head(w: str, lw: str, allow_proper: bool) -> bool:
    # A compound led by a function word is an idiom ("one-on-one", "one-off").
    if lw in _STOP or len(lw) < 2 or lw.split("-", 1)[0] in _STOP:
        return False
    if w[:1].isupper() and not allow_proper:
        # Proper nouns count only as plural demonyms or acronyms ("Palestinians", "MPs").
        return lw.endswith("s") and len(w) > 2 and w[-1] == "s"
    if lw.endswith("ed") and lw not in _HEAD_ED:
        return False
    return not (lw.endswith("ly") and lw not in _LY_NOUNS)


def _lemma(word: str) -> str:
    """Singular-insensitive key: ``'representatives'`` -> ``'representative'``."""
    w = word.lower().replace("’", "'")
    if w in _LEMMA:
        return _LEMMA[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")):
        return w[:-1]
    return w


def _rule_pp(s: str, pos: int) -> int | None:
    """A short ``of``/``from`` phrase after the head belongs to what is counted.

    ``'40 personnel from the Azerbaijan Army'`` -> counts_text 'personnel from the
    Azerbaijan Army'; ``'5 members of parliament'`` -> 'members of parliament';
    ``'people from across the country'`` -> no phrase.  Returns the phrase end or None.
    """
    pm = _PP_RE.match(s, pos)
    if pm is None:
        return None
    end = None
    tm = _FIRST_TOKEN_RE.match(s, pm.end())
    caps = 0
    while (
        tm is not None
        and tm.group(1)[:1].isupper()
        and caps < 5
        and "-" not in s[tm.start() : tm.start(1)]
    ):
        caps += 1
        end = tm.end(1)
        tm = _TOKEN_RE.match(s, tm.end())
    if tm is None or "-" in s[tm.start() : tm.start(1)]:
        return end
    w = tm.group(1)
    lw = w.lower()
    if lw in _STOP or (end is not None and lw.endswith(("ed", "ing"))):
        return end
    if w[:1].islower() and _is_head(w, lw, False) and not lw.endswith("ing"):
        after = _TOKEN_RE.match(s, tm.end())
        # The phrase must end there: a following verb is fine, a second noun is not.
        if after is None or after.group(1).lower() in _STOP or after.group(1).endswith("ed"):
            return tm.end(1)
    return None


def _rule_rate(s: str, d: _Draft) -> None:
    """``a``/``per`` + noun after money names what the price is for.

    ``'$95 a share'`` -> counts 'share'; ``'$80 per barrel'`` -> counts 'barrel'.
    """
    rm = _RATE_RE.match(s, d.end)
    if rm is None:
        return
    w = rm.group(1)
    if w.lower() in _STOP:
        return
    d.counts = _lemma(w)
    d.counts_text = w
    d.end = rm.end()


def _rule_of_phrase(s: str, d: _Draft) -> None:
    """A unit's ``of`` phrase says what is measured.

    ``'52% of the vote'`` -> counts 'vote'; ``'12 percent of GDP'`` -> 'gdp';
    ``'5 tonnes of grain'`` -> 'grain'.
    """
    om = _OF_RE.match(s, d.end)
    if om is None:
        return
    np = _rule_counted_noun(s, om.end(), allow_proper=True)
    if np is None:
        return
    a, b, _, head = np
    d.counts = _lemma(head)
    d.counts_text = s[a:b]
    d.end = b


def _rule_toll(s: str, d: _Draft, head_end: int | None) -> None:
    """Death and injury tolls are decided by the predicate, before or after the number.

    ``'killed at least 40 people'`` -> 'dead'; ``'the death toll rose to 288'`` -> 'dead';
    ``'injuring 900'`` -> 'injured'; ``'40 people died'`` -> 'dead'; ``'40 dead'`` -> 'dead'.
    """
    if d.counts in ("dead", "injured"):
        return
    after = head_end if head_end is not None else d.end
    if _POST_DEAD_RE.match(s, after):
        d.counts = "dead"
    elif _POST_INJURED_RE.match(s, after):
        d.counts = "injured"
    else:
        lo = max(0, d.start - 60)
        window = s[lo : d.start].lower()
        if not any(h in window for h in _TOLL_HINTS):
            return
        if _PRE_DEAD_RE.search(s, lo, d.start):
            d.counts = "dead"
        elif _PRE_INJURED_RE.search(s, lo, d.start):
            d.counts = "injured"


def _rule_code(core: str) -> bool:
    """Long digit runs and leading zeros are codes, not quantities.

    ``'ID 0412'``, ``'call 0125551234'`` -> True (skip); ``'0.5'`` -> False.
    """
    if not core.isdigit():
        return False
    return len(core) >= 10 or (core[0] == "0" and len(core) > 1)


def _is_yearish(core: str) -> bool:
    return len(core) == 4 and core.isdigit() and 1800 <= int(core) <= 2100


def _rule_year(s: str, d: _Draft, core: str, head: str | None) -> bool:
    """A bare four-digit 1800-2100 is a year unless it plainly counts a plural noun.

    ``'in 2019'``, ``'since 1997'``, ``'the 2019 election'``, ``'2022 World Cup'`` -> year
    (skip); ``'1500 people'``, ``'2000 votes'`` -> a count.
    """
    if not _is_yearish(core) or d.unit is not None or d.scale_text is not None:
        return False
    if _YEAR_PREP_RE.search(s, max(0, d.num_start - 16), d.num_start):
        return True
    if head is None or head[:1].isupper():
        return True
    lh = head.lower()
    return not (lh in _PLURAL_FORMS or _lemma(lh) != lh)


def _value_of(m: re.Match[str]) -> float | None:
    kind = m.lastgroup
    text = m.group()
    if kind == "digits":
        digits = _GROUP_SEP_RE.sub("", text)
        if _COMMA_DECIMAL_RE.fullmatch(text):
            digits = text.replace(",", ".")
        if len(digits.split(".")[0]) > 15:
            return None
        return float(digits)
    if kind == "words":
        return float(_words_value(text))
    if kind == "aword":
        return 0.5 if text.lower().startswith("half") else 1.0
    return None


def _words_value(text: str) -> int:
    """``'two hundred and fifty'`` -> 250, ``'ninety-nine'`` -> 99, ``'a hundred'`` -> 100."""
    total = 0
    for tok in _WORD_SPLIT_RE.split(text.lower()):
        if tok == "hundred":
            total = (total or 1) * 100
        elif tok in _UNITS_WORDS:
            total += _UNITS_WORDS[tok]
        elif tok == "a":
            total += 1
    return total


def _rule_number_word(s: str, m: re.Match[str]) -> bool:
    """Number words are quantities only when they could be: no pronoun ``one``, no names.

    ``'one of the units'``, ``'no one'``, ``'the one who'``, ``'Formula One'``,
    ``'twenty-first'`` -> False; ``'forty people'`` -> True (the noun is checked later).
    """
    start, end = m.span()
    text = m.group()
    if _ORDINAL_AFTER_WORD_RE.match(s, end):
        return False
    if text[:1].isupper():
        # Capitalised mid-sentence means a name ("Channel One", "Air Force One").
        i = start - 1
        while i >= 0 and s[i] in " \t\u00a0":
            i -= 1
        if i >= 0 and s[i] not in _SENTENCE_START_CHARS:
            return False
    if text.lower() == "one":
        pw = _PREV_WORD_RE.search(s, max(0, start - 20), start)
        if pw is not None and pw.group(1).lower() in _ONE_PRONOUN_AFTER:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Reading one core
# ---------------------------------------------------------------------------------------------


def _read_digit_prefix(s: str, d: _Draft, core: str, floor: int) -> str:
    """Look left of a digit core: magnitude, currency, age, sign, or an identifier.

    Returns 'skip' (not a quantity), 'clock' (complete clock time) or 'go'.
    """
    start, end = d.num_start, d.num_end
    mag = _rule_magnitude_prefix(s, start, floor)
    if mag is not None and s[mag:start] == "M" and "." not in core:
        mag = None  # "M5 motorway" is a road; magnitudes are written with a decimal
    cur = None if mag is not None else _rule_currency_prefix(s, start, floor)
    if mag is not None:
        d.unit = "magnitude"
        d.start = mag
        return "go"
    if cur is not None:
        d.start = d.num_start = cur[0]
        d.unit = cur[1]
        return "go"
    if _rule_identifier(s, start, end):
        return "skip"
    lo = max(floor, start - 12)
    if "ge" in s[lo:start] and _AGE_PREFIX_RE.search(s, lo, start):
        d.unit, d.counts = "year", "age"
        return "go"
    if _rule_hhmm_zone(s, d, core) or _rule_ampm(s, d, core):
        _rule_qualifier_before(s, d, floor)
        return "clock"
    if _rule_code(core):
        return "skip"
    # A minus glued to the number and not to a word is a sign ("-3.2%"); "Su-25" was
    # rejected above as an identifier.
    if (
        start >= 1
        and s[start - 1] in "-−+"
        and floor <= start - 1
        and (start == 1 or not (s[start - 2].isalnum() or s[start - 2] in "-−+"))
    ):
        if s[start - 1] != "+":
            d.raw = -d.raw
        d.start = d.num_start = start - 1
    return "go"


def _rule_percent_range(s: str, d: _Draft, kind: str, masks: list[tuple[int, int]]) -> bool:
    """A range written with the unit on both ends.

    ``'10%-15%'`` -> 10.0, number_high 15.0, number_text '10%-15%'.
    """
    saved = (d.num_end, d.end)
    d.num_end = d.end
    if _rule_range(s, d, kind, masks) != "range":
        d.num_end, d.end = saved
        return False
    um = _UNIT_RE.match(s, d.end)
    if um is not None and _UNIT_AFTER.get(um.group("u"), ("",))[0] == d.unit:
        d.end = d.num_end = um.end()
    return True


def _rule_what_is_counted(s: str, d: _Draft) -> tuple[str | None, int | None]:
    """Fill ``counts`` from the noun, a money rate, a unit's ``of`` phrase or a quake.

    ``'146 international events'`` -> 'event'; ``'$95 a share'`` -> 'share';
    ``'52% of the vote'`` -> 'vote'; ``'magnitude 6.1 earthquake'`` -> 'earthquake'.
    Returns the head noun as written and where it ends (None when there is none).
    """
    if d.unit is None:
        np = _rule_counted_noun(s, d.end)
        if np is None:
            return None, None
        a, b, _, head = np
        d.counts = _lemma(head)
        pp_end = _rule_pp(s, b)
        d.counts_text = s[a : (pp_end or b)]
        d.end = pp_end or b
        return head, b
    if d.unit in _MONEY_UNITS:
        _rule_rate(s, d)
        if d.counts is None:
            _rule_of_phrase(s, d)
    elif d.unit in _OF_UNITS:
        _rule_of_phrase(s, d)
    elif d.unit == "magnitude":
        qm = _QUAKE_RE.match(s, d.end)
        if qm is not None:
            d.counts, d.counts_text = "earthquake", qm.group("w")
            d.end = qm.end()
    return None, None


def _toll_governs(s: str, d: _Draft) -> bool:
    """``'killing three'``, ``'three were injured'``: a toll verb makes a bare word a count."""
    lo = max(0, d.start - 60)
    return bool(
        _PRE_DEAD_RE.search(s, lo, d.start)
        or _PRE_INJURED_RE.search(s, lo, d.start)
        or _POST_DEAD_RE.match(s, d.end)
        or _POST_INJURED_RE.match(s, d.end)
    )


def _read(
    s: str, m: re.Match[str], masks: list[tuple[int, int]], floor: int
) -> tuple[_Draft | None, int]:
    """Read the mention around core ``m``; return it (or None) and where scanning resumes."""
    kind = m.lastgroup or ""
    start, end = m.span()
    if _in_masks(start, masks):
        return None, end
    if kind == "colon":
        d = _rule_colon_time(s, m, floor)
        return d, (d.end if d is not None else end)
    raw = _value_of(m)
    if raw is None:
        return None, end
    d = _Draft(start, end, raw)
    core = m.group()
    is_words = kind != "digits"
    if is_words:
        glued = start >= 2 and s[start - 1] in "-‐" and s[start - 2].isalpha()
        if glued or not _rule_number_word(s, m):
            return None, end
    else:
        step = _read_digit_prefix(s, d, core, floor)
        if step == "skip":
            return None, end
        if step == "clock":
            return d, d.end

    _rule_scale(s, d, d.unit in _MONEY_UNITS)
    _rule_qualifier_before(s, d, floor)
    shape = _rule_range(s, d, kind, masks)
    if shape == "score":
        return None, _skip_score(s, d.num_end)
    if (
        shape != "range"
        and d.qualifier_text is not None
        and d.qualifier_text.lower() == ("between")
    ):
        # "between" without a second number qualifies nothing.
        d.qualifier, d.qualifier_text, d.start = "exact", None, d.num_start
    _rule_qualifier_after(s, d)
    _rule_unit(s, d)
    if d.unit == "%" and shape != "range" and _rule_percent_range(s, d, kind, masks):
        shape = "range"
    head, head_end = _rule_what_is_counted(s, d)

    bare = d.unit is None and d.scale_text is None and head is None
    if is_words and bare and not _toll_governs(s, d):
        # A bare number word ("the two met") is a pronoun.
        return None, end
    if not is_words and shape != "range" and _rule_year(s, d, core, head):
        return None, end
    if d.unit is None:
        _rule_toll(s, d, head_end)

    d.number = d.raw * d.factor
    if shape == "range" and d.raw_high is not None:
        d.high = d.raw_high * d.factor
    return d, d.end


def _skip_score(s: str, end: int) -> int:
    rm = _RANGE_SEP_RE.match(s, end)
    if rm is None:
        return end
    nm = _CORE_RE.match(s, rm.end())
    return nm.end() if nm is not None else end


def _rule_from_to(s: str, drafts: list[_Draft]) -> None:
    """``from A to B unit``: A takes B's unit (and B's scale when A is smaller).

    ``'rose from 20 to 25 percent'`` -> 20.0 '%' and 25.0 '%';
    ``'from 5 to 6 million tonnes'`` -> 5e6 't' and 6e6 't'.
    """
    for a, b in itertools.pairwise(drafts):
        if a.unit is not None or a.counts is not None or b.unit is None:
            continue
        if not _TO_ONLY_RE.fullmatch(s, a.end, b.start):
            continue
        if not _FROM_BEFORE_RE.search(s, max(0, a.start - 8), a.start):
            continue
        a.unit = b.unit
        unit_factor = b.factor
        if b.scale_text is not None:
            scale = _SCALES.get(b.scale_text.lower(), 1.0)
            if a.raw < b.raw:
                a.scale_text = b.scale_text
            else:
                unit_factor = b.factor / scale if scale else b.factor
        a.factor = unit_factor
        a.number = a.raw * a.factor
        a.counts = b.counts


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def find_quantities(sentence: str) -> list[QuantityMention]:
    """All quantity mentions in ``sentence``, in order, non-overlapping.

    >>> [(q.number, q.qualifier, q.counts) for q in find_quantities(
    ...     "Up to 250 representatives took part.")]
    [(250.0, 'at_most', 'representative')]
    """
    if not isinstance(sentence, str) or not sentence:
        return []
    has_digit, has_word = _rule_precheck(sentence)
    if not (has_digit or has_word):
        return []
    s = sentence
    cores = _cores(s, has_digit, has_word)
    if not cores:
        return []
    masks = _rule_masks(s) if has_digit else []
    drafts: list[_Draft] = []
    pos = 0
    floor = 0
    for m in cores:
        if m.start() < pos:
            continue
        d, nxt = _read(s, m, masks, floor)
        if d is not None and d.start >= floor and d.end > d.start:
            drafts.append(d)
            floor = d.end
        pos = max(nxt, m.end())
    _rule_from_to(s, drafts)
    return [d.freeze(s) for d in drafts]
