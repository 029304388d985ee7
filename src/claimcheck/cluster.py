"""Articles -> events: which articles report the same happening.

Outlets report one happening with different words, different spellings of the same names,
and on different days; and one person takes part in many happenings. No single signal is
trusted, so grouping works in four pure steps:

1. **Profile** each article once (:func:`profile`): its participants as surname keys
   (:func:`claimcheck.text.surname_key`, so Oğuz, Oguz and Oghuz are one key), the meeting
   pairs it reports, who is visiting, the organisations and places it names, the dates of the
   meetings and visits it reports (``--MM-DD`` when the year is unknown), its publication date,
   the content words of its title and evidence sentences, and a digest of each long sentence.
2. **Block** (:func:`candidate_pairs`): two articles are compared only if they share a
   blocking key (a participant's surname key, one of each article's top TF-IDF terms, or a
   whole sentence) that at most max(50, 2% of the corpus) articles hold, *and* have dates
   within a few days of each other (sentence keys skip the date test, so a republished copy
   is always compared; an article without any date is compared with every holder of its
   keys). Each key's articles are swept in date order, so the cost grows with the corpus,
   not with its square.
3. **Score** each candidate pair (:func:`pair_score`), adding up:

   * participant overlap weighted by rarity (IDF-weighted cosine of surname keys: a name in
     every article counts little, a rare one much), including `Firstname Lastname` runs the
     extractor did not make people of (:func:`named_people`);
   * the meeting pair: the same pair is a bonus; different pairs with no shared visitor a
     penalty (one host, two guests); failing pairs, a shared participant while each article
     has another one the other never names is a smaller penalty; no shared person at all
     between two articles that both have participants is a penalty too;
   * the distance between the event dates (else publication dates; month and day when the
     year is unknown): a bonus for the same or next day, penalties from four days on;
   * shared organisations and places (IDF-weighted);
   * the TF-IDF cosine of the content words of title and evidence sentences, people's names
     left out (they are the participant signal), damped for very short texts.

   A pair at or above :attr:`ClusterSettings.link` is linked; a cosine at or above
   :attr:`ClusterSettings.near_duplicate` links whatever the other signals say (the same
   article republished, or with one fact, date or name changed).
4. **Group** the linked pairs, strongest first (union-find over articles sorted by id),
   skipping a link that would join two groups dated more than the date window apart, or
   two groups reporting meetings of different pairs of people with no visitor in common
   (:func:`_joined`), and describe each group as an
   :class:`~claimcheck.models.Event` (:func:`make_event`).

Nothing depends on the order of the input list: articles are sorted by id first, every
signal is symmetric, and links are taken by score, ties by article order.

The text similarity is this module's TF-IDF cosine. Measured on tests/test_cluster.py
against rapidfuzz's ``token_set_ratio`` over the same content words: over all 1,540 article
pairs they rank alike (AUC 0.989 cosine, 0.987 token_set_ratio); on the 97 date-compatible
candidate pairs token_set_ratio ranks better (0.987 against 0.970) and leaves a wider margin
at the threshold; with every date removed the cosine groups better (pair F1 0.84 against
0.82 at token_set_ratio's best threshold). token_set_ratio gives unrelated texts of one genre
about 0.5 and knows no rarity, so the cosine is kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np

from .gazetteer import family_name_first
from .models import Claim, ClaimsFile, Entity, Event
from .settings import Settings
from .text import fold, name_key, surname_key
from .unionfind import UnionFind

# --- settings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClusterSettings:
    """Thresholds and weights of the grouping; the defaults are tuned on tests/test_cluster.py."""

    date_window_days: int = 7
    """Blocking: two dated articles are compared only if some event or publication date of
    one is at most this many days from one of the other (outlets publish the same day, the
    next day or a few days later)."""

    max_future_days: int = 31
    """A meeting or visit date more than this many days after the article's publication is
    not the event's date (a preview announces days or weeks ahead, not months)."""

    top_terms: int = 20
    """Blocking: how many of an article's highest TF-IDF terms serve as blocking keys."""

    posting_cap_min: int = 50
    """Blocking: a key held by more than max(this, ``posting_cap_share`` x corpus size)
    articles is too common to block on ("NATO", "minister")."""

    posting_cap_share: float = 0.02
    """See ``posting_cap_min``."""

    sentence_min_words: int = 8
    """A sentence of at least this many words is a blocking key of its own (near-duplicates
    share whole sentences)."""

    mention_weight: float = 0.5
    """Weight of a person the article only names, against 1.0 for one who meets, visits or
    speaks in it."""

    weight_people: float = 0.25
    """Score per unit of participant overlap (IDF-weighted cosine of surname keys, 0..1)."""

    weight_text: float = 1.5
    """Score per unit of text similarity (TF-IDF cosine of content words, 0..1)."""

    weight_things: float = 0.1
    """Score per unit of organisation and place overlap (IDF-weighted cosine, 0..1)."""

    pair_match: float = 0.2
    """Bonus when both articles report a meeting of the same two people."""

    pair_conflict: float = 0.45
    """Penalty when both report meetings, none of the same pair, and no one they share is a
    visitor (one official meeting two guests is two events; a guest meeting two hosts on one
    visit is not a conflict)."""

    counterpart_conflict: float = 0.25
    """Penalty when the articles share someone who takes part in both, and each has another
    participant the other never names (one host, two different guests), and the meeting pairs
    did not already tell (they may be missing from one article)."""

    people_disjoint: float = 0.2
    """Penalty when both articles name people who take part (meet, visit, speak) and share
    no one at all."""

    date_bonus: float = 0.15
    """Bonus when the dates are at most one day apart."""

    date_near_days: int = 3
    """Dates at most this many days apart neither help nor hurt."""

    date_far_penalty: float = 0.15
    """Penalty when the dates are more than ``date_near_days`` but at most
    ``date_window_days`` apart."""

    date_conflict_penalty: float = 0.6
    """Penalty when the dates are more than ``date_window_days`` apart."""

    link: float = 0.42
    """A candidate pair whose score reaches this is linked."""

    text_min_terms: int = 8
    """The text similarity of an article with fewer distinct content words than this is
    scaled down in proportion: two one-line items that share `defence` and `Tallinn` are not
    alike."""

    near_duplicate: float = 0.8
    """A text cosine at or above this links the pair whatever dates and people say."""

    near_duplicate_min_terms: int = 10
    """... provided both texts have at least this many distinct content words (two one-line
    items `X met Y in Baku` are not copies of each other)."""

    title_chars: int = 90
    """A title taken from an evidence sentence is clipped to about this many characters."""

    max_event_articles: int = 60
    """A group of more articles than this is split: its links are taken again, strongest
    first, as long as the groups they join stay within this size. One happening is rarely
    reported by so many outlets; such a group is a chain of weak links across many stories,
    and aligning it would compare every claim of every article with every other."""


DEFAULTS = ClusterSettings()
"""The settings :func:`group_articles` uses unless given others."""


# --- words ----------------------------------------------------------------------------------


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _wordset(
    """
    a about above after again against all also although am among an and another any are
    around as at be because been before being below between both but by can could did do
    does doing down during each either else ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is it its itself
    just least less many may me might more most much must my no nor not now of off on once
    one only onto or other others our ours out over own per same she should since so some
    such than that the their theirs them themselves then there these they this those though
    through thus to too under until up upon us very was we were what when where whether which
    while who whom whose why will with within without would yet you your yours
    said says say told tell added add noted note stated stressed emphasized emphasised
    underlined highlighted according reported reports report informed informs announced
    also today yesterday tomorrow week weeks day days month months year years time times
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    mr mrs ms dr new first second third
    well part parties party sides side issue issues matter matters meeting meetings met meet
    meets talk talks held hold discuss discussed discussing visit visited visiting visits
    guest guests delegation minister ministry general official officials head chief
    """
)
"""Words too common in wire copy to tell two stories apart (function words, reporting
verbs, dates, and the vocabulary of every official meeting)."""

_GENERIC_NAMES = _wordset(
    """
    minister ministry defense defence foreign affairs interior justice finance deputy first
    vice prime president chairman chair speaker secretary director commander chief head
    general lieutenant colonel major brigadier admiral rear captain staff armed forces army
    navy air land police border service state national republic government parliament
    office department agency council committee court senate house union party news press
    international united north south east west central new
    """
)
"""Capitalised words that are titles or institution words, not names that tell stories
apart (\"Defense Minister\", \"Chief of General Staff\")."""

_NOT_NAME_TAILS = _wordset(
    """
    concept programme program plan centre center school academy university college institute
    brigade battalion regiment division command corps hall square street avenue park house
    palace corridor river sea lake mountains mountain region district province city county
    airport station bridge agreement treaty summit exercise cup games festival war award prize
    group company bank fund club network television radio times post agency forum conference
    initiative strategy directorate headquarters alliance organization organisation
    """
)
"""Last words that make a capitalised run a place, body or programme rather than a person
(`Wenceslas Square`, `Steppe Eagle Exercise`, `District Court`)."""

_CAP_RUN = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)*(?:[ \t]+[A-Z][a-z]+(?:['-][A-Za-z]+)*)+")
"""Two or more capitalised words in a row (folded text): `Justice Minister Marta Zielonka`."""

_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][\w'-]+")
"""A capitalised word (in folded text): a candidate name of a place, body or person."""

_WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")
"""A word of lowercased folded text, or a number (`1.2`, `2,000`)."""
_POSSESSIVE = re.compile(r"['’]s$")
"""`Vavrecka's` is Vavrecka."""
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam"})
"""Words the extractor may take for a one-word name."""


_NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100",
}  # fmt: skip
"""Spelled numbers compare as digits: `six years` and `6 years`, `forty hours` and `40`."""


def _stem(word: str) -> str:
    """A crude English stem, enough to match inflections across outlets: plural, `-ing`,
    `-ed` and a final `e` go (`sentenced`, `sentences`, `sentencing` -> `sentenc`)."""
    if word[0].isdigit():
        return word.replace(",", "")
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        word = word[:-1]
    if word.endswith("ing") and len(word) > 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 5:
        word = word[:-2]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


@lru_cache(maxsize=262_144)
def _term(word: str) -> str | None:
    """The term a lowercased word counts as, or None for a stop word or a short word."""
    if word in _STOPWORDS or (len(word) < 3 and not word[0].isdigit()):
        return None
    word = _stem(word)
    if word in _STOPWORDS or word in ("0", "1"):  # single 0 and 1 are noise
        return None
    return word


def content_words(text: str) -> list[str]:
    """Folded, lowercased, stemmed words of 3+ letters that are not stop words, in order."""
    return [term for word in _WORD.findall(fold(text).lower()) if (term := _term(word))]


def _sentence_key(words: list[str], min_words: int) -> str | None:
    """A digest of a sentence's folded lowercase words as a blocking key, or None when it is
    short (64 bits: two sentences sharing one by chance are only compared, never linked)."""
    if len(words) < min_words:
        return None
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


@lru_cache(maxsize=65_536)
def _proper_key(word: str) -> str:
    """Name key of one capitalised word, or '' for a title, institution or stop word."""
    word = _POSSESSIVE.sub("", word)
    lowered = word.lower()
    if lowered in _STOPWORDS or lowered in _GENERIC_NAMES or len(lowered) < 3:
        return ""
    return name_key(word)


def proper_names(folded: str) -> set[str]:
    """Name keys of the capitalised words of a folded sentence past its first word: the
    places, organisations and people it names, whether or not the extractor made entities of
    them."""
    out = set()
    first = len(folded) - len(folded.lstrip(" \"'(-"))  # where the first word starts
    for match in _CAPITALISED.finditer(folded):
        if match.start() <= first:
            continue
        key = _proper_key(match.group(0))
        if key:
            out.add(key)
    return out


def _generic_word(word: str) -> bool:
    return any(
        part in _STOPWORDS or part in _GENERIC_NAMES
        for part in _POSSESSIVE.sub("", word.lower()).split("-")
    )


def named_people(folded: str) -> set[str]:
    """Surname keys of `Firstname Lastname` runs in a folded sentence.

    The extractor makes people only of names with a rank, title or office; a run of two or
    three capitalised words, after leading titles and generic words (`Justice Minister Marta
    Zielonka`), with no generic or place-like word in it (`District Court`, `Wenceslas
    Square`) is taken as a person named in passing.
    """
    out = set()
    for match in _CAP_RUN.finditer(folded):
        key = _passing_person(match.group(0))
        if key:
            out.add(key)
    return out


@lru_cache(maxsize=65_536)
def _passing_person(run: str) -> str:
    """The surname key of a run of capitalised words taken as a person's name, or ''."""
    words = run.split()
    while words and _generic_word(words[0]):
        words.pop(0)
    if not 2 <= len(words) <= 3:
        return ""
    parts = [part.lower() for word in words for part in word.split("-")]
    if any(p in _STOPWORDS or p in _GENERIC_NAMES or p in _NOT_NAME_TAILS for p in parts):
        return ""
    return _person_key(words[-1])


def person_key(entity: Entity) -> str:
    """The surname key of a person entity, or '' when the name is no usable name."""
    return _person_key(entity.name)


@lru_cache(maxsize=65_536)
def _person_key(name: str) -> str:
    name = _POSSESSIVE.sub("", name.strip())
    if " " not in name and _generic_word(name):  # `Border`, `Mr`: a word taken for a name
        return ""
    key = surname_key(name)
    if len(key) < 3 or key in _HONORIFICS:
        return ""
    return key


def slugify(text: str) -> str:
    """ASCII, lowercase, words joined by `-`: `Mustafa Oğuz` -> `mustafa-oguz`."""
    ascii_text = fold(text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


# --- profiles -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Profile:
    """What grouping needs to know about one article, computed once."""

    id: str
    published: int | None
    """Publication date as a day ordinal."""
    days: frozenset[int]
    """Own dates (ordinals) of the meetings and visits it reports as news."""
    month_days: frozenset[tuple[int, int]]
    """(month, day) of those dates, including the ones whose year is unknown."""
    people: dict[str, float]
    """Surname key -> weight (1.0 participant, ``mention_weight`` otherwise)."""
    pairs: frozenset[frozenset[str]]
    """Meeting pairs as sets of two surname keys."""
    visitors: frozenset[str]
    """Surname keys of the people it says are visiting."""
    things: frozenset[str]
    """Name keys of organisations, places and other capitalised words (see proper_names)."""
    terms: dict[str, int]
    """Content word -> count over the title and the evidence sentences (in word order)."""
    sentences: frozenset[str]
    """Digests of the long evidence sentences, folded (blocking keys for near-duplicates)."""
    name_words: frozenset[str]
    """Content words that are part of a person's name here (left out of the text vector in
    every article: people are compared by the people signal, the text compares topics)."""

    def to_dict(self) -> dict:
        """Plain JSON data (sets as sorted lists), for the run cache."""
        return {
            "id": self.id,
            "published": self.published,
            "days": sorted(self.days),
            "month_days": sorted(self.month_days),
            "people": self.people,
            "pairs": sorted(sorted(pair) for pair in self.pairs),
            "visitors": sorted(self.visitors),
            "things": sorted(self.things),
            "terms": self.terms,
            "sentences": sorted(self.sentences),
            "name_words": sorted(self.name_words),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        return cls(
            id=data["id"],
            published=data["published"],
            days=frozenset(data["days"]),
            month_days=frozenset((m, d) for m, d in data["month_days"]),
            people={str(k): float(v) for k, v in data["people"].items()},  # a few a profile
            pairs=frozenset(frozenset(pair) for pair in data["pairs"]),
            visitors=frozenset(data["visitors"]),
            things=frozenset(data["things"]),
            terms=_counts(data["terms"]),
            sentences=frozenset(data["sentences"]),
            name_words=frozenset(data["name_words"]),
        )

    @property
    def anchors(self) -> frozenset[int]:
        """Every day ordinal the article is tied to: event dates and publication."""
        if self.published is None:
            return self.days
        return self.days | {self.published}

    @property
    def event_days(self) -> frozenset[int]:
        """The event dates, else the publication date, else nothing."""
        if self.days:
            return self.days
        return frozenset() if self.published is None else frozenset({self.published})


def _counts(data: object) -> dict[str, int]:
    """A word -> count mapping read back from JSON, checked rather than copied (profiles
    hold a few hundred words each, ten thousand profiles are read per run)."""
    if type(data) is not dict or not all(type(v) is int for v in data.values()):
        raise ValueError("not a mapping of words to counts")
    return data  # JSON object keys are strings


def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def _month_day(value: str | None) -> tuple[int, int] | None:
    if not value or not value.startswith("--") or len(value) < 7:
        return None
    try:
        return int(value[2:4]), int(value[5:7])
    except ValueError:
        return None


def is_own_event_date(claim: Claim) -> bool:
    """A meeting or visit reported as news with a date of its own (not carried from context)."""
    return (
        claim.kind in ("meeting", "visit")
        and not claim.background
        and claim.date_precision not in (None, "context")
        and (claim.date is not None or claim.month_day is not None)
    )


def own_dates(claims: ClaimsFile, settings: ClusterSettings = DEFAULTS) -> list[Claim]:
    """The meeting and visit claims whose own full date can be the event's date."""
    published = _ordinal(claims.article.published)
    out = []
    for claim in claims.claims:
        if not is_own_event_date(claim) or claim.date is None:
            continue
        day = _ordinal(claim.date)
        if day is None:
            continue
        if published is not None and day - published > settings.max_future_days:
            continue
        out.append(claim)
    return out


def profile(claims: ClaimsFile, settings: ClusterSettings = DEFAULTS) -> Profile:
    """The grouping signals of one article."""
    persons = {e.id: person_key(e) for e in claims.entities if e.type == "person"}
    persons = {ref: key for ref, key in persons.items() if key}
    active: set[str] = set()
    pairs: set[frozenset[str]] = set()
    visitors: set[str] = set()
    things: set[str] = set()
    for entity in claims.entities:
        if entity.type != "person":
            key = name_key(entity.name)
            if key:
                things.add(key)
    for claim in claims.claims:
        if claim.background:
            continue
        if claim.kind in ("meeting", "visit", "statement"):
            active.update(ref for ref in (claim.subject, claim.object) if ref in persons)
        if claim.kind == "meeting" and claim.subject in persons and claim.object in persons:
            pair = frozenset((persons[claim.subject], persons[claim.object]))
            if len(pair) == 2:
                pairs.add(pair)
        if claim.kind == "visit" and claim.subject in persons:
            visitors.add(persons[claim.subject])
            if claim.object and claim.object[:1].isupper() and len(claim.object.split()) <= 4:
                things.add(name_key(claim.object))
        if claim.place:
            things.add(name_key(claim.place))
    people: dict[str, float] = {}
    for ref, key in persons.items():
        weight = 1.0 if ref in active else settings.mention_weight
        people[key] = max(people.get(key, 0.0), weight)
    dated = own_dates(claims, settings)
    days: set[int] = {d for c in dated if (d := _ordinal(c.date))}
    year_less = [c for c in claims.claims if is_own_event_date(c) and c.date is None]
    month_days = {md for c in dated + year_less if (md := _month_day(c.month_day))}
    title = fold(claims.article.title or "")
    counted = list(map(_term, _WORD.findall(title.lower())))  # None for a word not counted
    things.update(proper_names(title))
    passing: set[str] = set()
    sentences: set[str] = set()
    seen: set[int] = set()
    for claim in claims.claims:
        if claim.evidence.start in seen:
            continue
        seen.add(claim.evidence.start)
        folded = fold(claim.evidence.sentence)
        words = _WORD.findall(folded.lower())
        counted.extend(map(_term, words))
        things.update(proper_names(folded))
        passing.update(named_people(folded))
        key = _sentence_key(words, settings.sentence_min_words)
        if key:
            sentences.add(key)
    terms = Counter(counted)
    terms.pop(None, None)
    for key in passing:
        people.setdefault(key, settings.mention_weight)
    for entity in claims.entities:
        if entity.type == "person":
            things.difference_update(name_key(word) for word in entity.name.split())
    return Profile(
        id=claims.article.id,
        published=_ordinal(claims.article.published),
        days=frozenset(days),
        month_days=frozenset(month_days),
        people=people,
        pairs=frozenset(pairs),
        visitors=frozenset(visitors),
        things=frozenset(k for k in things if k),
        terms=dict(sorted(terms.items())),  # in word order: see build_corpus
        sentences=frozenset(sentences),
        name_words=frozenset(
            word
            for entity in claims.entities
            if entity.type == "person"
            for word in content_words(_POSSESSIVE.sub("", entity.name))
        ),
    )


# --- corpus statistics ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Corpus:
    """Profiles plus the document frequencies that weight them.

    The text vectors are held as one sparse matrix in CSR form: article i's terms are
    ``term_ids[offsets[i]:offsets[i + 1]]`` (indexes into ``vocabulary``, ascending, so in
    term order) with their weights at the same places of ``weights``.
    """

    profiles: list[Profile]
    vocabulary: list[str]
    """Every content word of the text vectors, sorted."""
    offsets: np.ndarray
    term_ids: np.ndarray
    weights: np.ndarray
    """L2-normalised TF-IDF weight of each article's terms."""
    term_df: np.ndarray
    """Document frequency of each vocabulary word."""
    people: list[dict[str, float]]
    """Each article's people: its person entities, plus capitalised words that are some
    other article's person (a name this article's extractor did not make a person of)."""
    things: list[frozenset[str]]
    """Each article's other names: organisations, places, unresolved capitalised words."""
    people_idf: dict[str, float]
    things_idf: dict[str, float]
    words_df: dict[str, int]
    """Document frequency of every content word, people's names included (event names)."""
    people_norms: list[float] = field(default_factory=list)
    """IDF-weighted norm of each article's people (`weighted_norm`), computed once."""
    things_norms: list[float] = field(default_factory=list)
    """IDF-weighted norm of each article's things, computed once."""
    people_sq: dict[str, float] = field(default_factory=dict)
    """Squared IDF of each person key (what the people overlap multiplies by)."""
    things_sq: dict[str, float] = field(default_factory=dict)
    active: list[frozenset[str]] = field(default_factory=list)
    """Each article's participants (people of weight 1)."""
    named: list[frozenset[str]] = field(default_factory=list)
    """Everything each article names: its people (as the corpus sees them) and things."""
    paired: list[frozenset[str]] = field(default_factory=list)
    """Everyone in each article's meeting pairs."""
    event_days: list[frozenset[int]] = field(default_factory=list)
    month_days: list[frozenset[tuple[int, int]]] = field(default_factory=list)
    """Each article's month-days, else those of its event days (`date_distance`)."""

    def length(self, i: int) -> int:
        """How many terms article i's text vector has."""
        return int(self.offsets[i + 1] - self.offsets[i])

    def vector(self, i: int) -> dict[str, float]:
        """Article i's text vector as term -> weight."""
        start, end = int(self.offsets[i]), int(self.offsets[i + 1])
        words = self.vocabulary
        return {
            words[t]: w
            for t, w in zip(
                self.term_ids[start:end].tolist(), self.weights[start:end].tolist(), strict=True
            )
        }


def idf(df: int, n: int) -> float:
    """Smoothed inverse document frequency: rare keys weigh more, none weighs zero."""
    return math.log((n + 1) / (df + 1)) + 1.0


def _table(top: int, function: Callable[[int], float]) -> np.ndarray:
    """`function` of 0..top, for looking values up by index (computed with Python's math,
    so the results do not depend on the CPU numpy runs on)."""
    return np.array([function(v) for v in range(top + 1)], dtype=np.float64)


def build_corpus(profiles: list[Profile], settings: ClusterSettings = DEFAULTS) -> Corpus:
    """Document frequencies and TF-IDF vectors for a list of profiles."""
    n = len(profiles)
    person_keys = {k for p in profiles for k in p.people}
    name_words = {w for p in profiles for w in p.name_words}
    people: list[dict[str, float]] = []
    things: list[frozenset[str]] = []
    for p in profiles:
        named = {k: settings.mention_weight for k in p.things if k in person_keys}
        people.append({**named, **p.people})
        things.append(frozenset(k for k in p.things if k not in person_keys))
    people_df: Counter[str] = Counter()
    things_df: Counter[str] = Counter()
    for persons, names in zip(people, things, strict=True):
        people_df.update(persons.keys())
        things_df.update(names)
    # every content word once, as an index into the sorted list of them all
    every = sorted(set().union(*(p.terms.keys() for p in profiles)))
    index = {t: k for k, t in enumerate(every)}
    sizes = np.fromiter((len(p.terms) for p in profiles), dtype=np.int64, count=n)
    total = int(sizes.sum())
    words = chain.from_iterable(p.terms.keys() for p in profiles)
    ids = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=total)
    counts = chain.from_iterable(p.terms.values() for p in profiles)
    tf = np.fromiter(counts, dtype=np.int64, count=total)
    owner = np.repeat(np.arange(n, dtype=np.int64), sizes)
    all_df = np.bincount(ids, minlength=len(every))
    words_df = dict(zip(every, all_df.tolist(), strict=True))
    # the text vectors leave out the words of people's names
    kept_word = np.fromiter((t not in name_words for t in every), dtype=bool, count=len(every))
    vocabulary = [t for t, keep in zip(every, kept_word.tolist(), strict=True) if keep]
    renumber = np.cumsum(kept_word) - 1
    keep = kept_word[ids]
    ids, tf, owner = renumber[ids[keep]], tf[keep], owner[keep]
    if len(ids) > 1 and not np.all((owner[1:] != owner[:-1]) | (ids[1:] > ids[:-1])):
        # each article's terms in vocabulary order (`profile` gives them sorted already)
        order = np.lexsort((ids, owner))
        ids, tf, owner = ids[order], tf[order], owner[order]
    term_df = np.bincount(ids, minlength=len(vocabulary))
    # logarithms by Python's math, once per value: the same on every CPU
    tf_weight = _table(int(tf.max(initial=0)), lambda c: 1.0 + math.log(c) if c else 0.0)
    term_idf = _table(n, lambda df: idf(df, n))[term_df]
    raw = tf_weight[tf] * term_idf[ids]
    norms = np.sqrt(np.bincount(owner, weights=raw * raw, minlength=n))
    norms[norms == 0.0] = 1.0
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(owner, minlength=n), out=offsets[1:])
    people_idf = {k: idf(df, n) for k, df in people_df.items()}
    things_idf = {k: idf(df, n) for k, df in things_df.items()}
    return Corpus(
        profiles=profiles,
        vocabulary=vocabulary,
        offsets=offsets,
        term_ids=ids,
        weights=raw / norms[owner],
        term_df=term_df,
        people=people,
        things=things,
        people_idf=people_idf,
        things_idf=things_idf,
        words_df=words_df,
        people_norms=[weighted_norm(p, people_idf) for p in people],
        things_norms=[weighted_norm(t, things_idf) for t in things],
        people_sq={k: w**2 for k, w in people_idf.items()},
        things_sq={k: w**2 for k, w in things_idf.items()},
        active=[frozenset(k for k, w in p.people.items() if w >= 1.0) for p in profiles],
        named=[
            frozenset(persons.keys() | p.things)
            for p, persons in zip(profiles, people, strict=True)
        ],
        paired=[frozenset().union(*p.pairs) for p in profiles],
        event_days=[p.event_days for p in profiles],
        month_days=[p.month_days or _month_days_of(p.event_days) for p in profiles],
    )


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two L2-normalised sparse vectors. The shared terms are found by a set
    intersection; `math.fsum` makes the sum exact, so it does not depend on their order."""
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])


def cosines(corpus: Corpus, pairs: list[tuple[int, int]]) -> list[float]:
    """The text cosine of every pair (i, j), sorted by i, in one pass with numpy.

    Each article i's vector is spread once over a dense array of the whole vocabulary; the
    vectors of all its partners are gathered from it, multiplied and summed per partner in
    term order (deterministic). Hundreds of thousands of pairs of vectors sharing about a
    hundred terms each cost well under a second instead of tens.
    """
    first = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
    second = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
    return pair_cosines(corpus, first, second).tolist()


def pair_cosines(corpus: Corpus, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """:func:`cosines` of the pairs (first[k], second[k]), sorted by first."""
    offsets, term_ids, weights = corpus.offsets, corpus.term_ids, corpus.weights
    lengths = np.diff(offsets)
    out = np.zeros(len(first), dtype=np.float64)
    if not len(first):
        return out
    dense = np.zeros(len(corpus.vocabulary), dtype=np.float64)
    bounds = np.flatnonzero(np.diff(first)) + 1
    for start, end in zip([0, *bounds.tolist()], [*bounds.tolist(), len(first)], strict=True):
        i = int(first[start])
        partners = second[start:end]
        sizes = lengths[partners]
        if not lengths[i] or not sizes.any():
            continue
        own = slice(offsets[i], offsets[i + 1])
        dense[term_ids[own]] = weights[own]
        # the entries of every partner, one after the other
        before = np.cumsum(sizes) - sizes
        entries = np.arange(int(sizes.sum())) + np.repeat(offsets[partners] - before, sizes)
        products = dense[term_ids[entries]] * weights[entries]
        filled = sizes > 0
        out[start:end][filled] = np.add.reduceat(products, before[filled])
        dense[term_ids[own]] = 0.0
    return out


def weighted_norm(a: dict[str, float] | frozenset[str], weights: dict[str, float]) -> float:
    """The IDF-weighted length of a key set (or key -> weight map), as the people and the
    things overlaps of `pair_score` divide by it."""
    wa = a if isinstance(a, dict) else dict.fromkeys(a, 1.0)
    return math.sqrt(math.fsum((w * weights[k]) ** 2 for k, w in wa.items()))


# --- blocking -------------------------------------------------------------------------------


def top_terms(corpus: Corpus, cap: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each article's k heaviest terms that at least one other and at most `cap` articles
    hold (ties by term), as (article, term id) arrays."""
    owner = np.repeat(np.arange(len(corpus.profiles), dtype=np.int64), np.diff(corpus.offsets))
    df = corpus.term_df[corpus.term_ids]
    usable = (df >= 2) & (df <= cap)
    owner, ids, weights = owner[usable], corpus.term_ids[usable], corpus.weights[usable]
    order = np.lexsort((ids, -weights, owner))
    owner, ids = owner[order], ids[order]
    rank = np.arange(len(owner)) - np.searchsorted(owner, owner, side="left")
    return owner[rank < k], ids[rank < k]


@lru_cache(maxsize=1 << 12)
def _year_day(md: tuple[int, int]) -> int:
    """Day of the year of a month-day (in a leap year; 29 February counts as the 28th)."""
    month, day = md
    return dt.date(2000, month, min(day, 28 if month == 2 else day)).timetuple().tm_yday


@lru_cache(maxsize=1 << 16)
def _md_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two month-days, ignoring the year (both ways round the calendar)."""
    diff = abs(_year_day(a) - _year_day(b))
    return min(diff, 366 - diff)


def _month_days_of(days: Iterable[int]) -> frozenset[tuple[int, int]]:
    out = set()
    for day in days:
        date = dt.date.fromordinal(day)
        out.add((date.month, date.day))
    return frozenset(out)


def date_distance(a: Profile, b: Profile) -> int | None:
    """Days between the two articles' events (event dates, else publication dates).

    An article that knows only month and day is compared by month and day. None when
    either side has no date at all.
    """
    da, db = a.event_days, b.event_days
    if da and db:
        return min(abs(x - y) for x in da for y in db)
    mda = a.month_days or _month_days_of(da)
    mdb = b.month_days or _month_days_of(db)
    if mda and mdb:
        return min(_md_distance(x, y) for x in mda for y in mdb)
    return None


def dates_compatible(a: Profile, b: Profile, window: int) -> bool:
    """Blocking's date test: some dates within `window` days, or too little known to tell."""
    aa, ab = a.anchors, b.anchors
    if aa and ab:
        return any(abs(x - y) <= window for x in aa for y in ab)
    mda = a.month_days or _month_days_of(aa)
    mdb = b.month_days or _month_days_of(ab)
    if mda and mdb:
        return any(_md_distance(x, y) <= window for x in mda for y in mdb)
    return True


def posting_cap(n: int, settings: ClusterSettings) -> int:
    """Keys held by more articles than this are not used for blocking."""
    return max(settings.posting_cap_min, int(settings.posting_cap_share * n))


@dataclass(frozen=True, slots=True)
class Postings:
    """Blocking keys held by 2..cap articles, as parallel (key, article) arrays sorted by
    key then article: the people and term keys, which are date-tested, and the sentence
    keys, which are not."""

    keys: np.ndarray
    articles: np.ndarray
    sentence_keys: np.ndarray
    sentence_articles: np.ndarray


def postings(corpus: Corpus, settings: ClusterSettings) -> Postings:
    """Every article's blocking keys: its people, its top terms (:func:`top_terms`) and
    its long sentences; keys held by one article or more than the cap are dropped."""
    cap = posting_cap(len(corpus.profiles), settings)
    people: dict[str, int] = {}
    keys = [people.setdefault(k, len(people)) for persons in corpus.people for k in persons]
    owners = np.repeat(np.arange(len(corpus.people)), [len(p) for p in corpus.people])
    term_owners, term_ids = top_terms(corpus, cap, settings.top_terms)
    sentences: dict[str, int] = {}
    profiles = corpus.profiles
    said = [sentences.setdefault(s, len(sentences)) for p in profiles for s in p.sentences]
    said_owners = np.repeat(np.arange(len(profiles)), [len(p.sentences) for p in profiles])
    dated = _held(
        np.concatenate([np.array(keys, dtype=np.int64), len(people) + term_ids]),
        np.concatenate([owners, term_owners]).astype(np.int64),
        cap,
    )
    undated = _held(np.array(said, dtype=np.int64), said_owners.astype(np.int64), cap)
    return Postings(*dated, *undated)


def _held(keys: np.ndarray, articles: np.ndarray, cap: int) -> tuple[np.ndarray, np.ndarray]:
    """The (key, article) entries whose key 2..cap articles hold, sorted by key, article."""
    if not len(keys):
        return keys, articles
    held = np.bincount(keys)[keys]
    keep = (held >= 2) & (held <= cap)
    keys, articles = keys[keep], articles[keep]
    order = np.lexsort((articles, keys))
    return keys[order], articles[order]


def candidate_pairs(corpus: Corpus, settings: ClusterSettings) -> list[tuple[int, int]]:
    """Pairs (i < j), sorted, that share a blocking key and have compatible dates
    (:func:`pair_arrays` as a list)."""
    first, second = pair_arrays(corpus, settings)
    return list(zip(first.tolist(), second.tolist(), strict=True))


def pair_arrays(corpus: Corpus, settings: ClusterSettings) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) arrays of the pairs (i < j), sorted, that share a blocking key and have
    compatible dates.

    Per key, dated articles are swept in date order and paired only within the date window;
    articles without a full date are paired with every holder of the key (the posting cap
    bounds that) whose month and day are compatible (:func:`dates_compatible`). Sentence
    keys skip the date test. Done with numpy over every key at once.
    """
    n = len(corpus.profiles)
    window = settings.date_window_days
    found = postings(corpus, settings)
    anchors = [sorted(p.anchors) for p in corpus.profiles]
    # one entry per (key, article, anchor day)
    count = np.array([len(a) for a in anchors], dtype=np.int64)[found.articles]
    entry = np.repeat(np.arange(len(found.keys)), count)
    days = np.fromiter(
        (day for i in found.articles.tolist() for day in anchors[i]), np.int64, len(entry)
    )
    encoded = [
        _swept(found.keys[entry], days, found.articles[entry], window, n),
        _swept(
            found.sentence_keys,
            np.zeros(len(found.sentence_keys), dtype=np.int64),
            found.sentence_articles,
            0,
            n,
        ),
        _undated(corpus, found, window, n),
    ]
    pairs = np.unique(np.concatenate(encoded))
    return pairs // n, pairs % n


def _swept(
    keys: np.ndarray, days: np.ndarray, articles: np.ndarray, window: int, n: int
) -> np.ndarray:
    """Pairs of different articles holding one key at most `window` days apart, encoded as
    i * n + j (i < j)."""
    if not len(keys):
        return np.zeros(0, dtype=np.int64)
    first = int(days.min())
    span = int(days.max()) - first + window + 1
    order = np.lexsort((articles, days, keys))
    combined = keys[order] * span + (days[order] - first)
    articles = articles[order]
    end = np.searchsorted(combined, combined + window, side="right")
    after = end - np.arange(len(combined)) - 1
    left = np.repeat(np.arange(len(combined)), after)
    right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(after) - after, after)
    a, b = articles[left], articles[right]
    keep = a != b
    a, b = a[keep], b[keep]
    return np.minimum(a, b) * n + np.maximum(a, b)


def _undated(corpus: Corpus, found: Postings, window: int, n: int) -> np.ndarray:
    """Pairs of each article without a full date with the other holders of its keys whose
    month and day could be near its own (all of them when it knows none)."""
    profiles = corpus.profiles
    lone = np.array([not p.anchors for p in profiles], dtype=bool)
    entries = np.flatnonzero(lone[found.articles])
    if not len(entries):
        return np.zeros(0, dtype=np.int64)
    starts = np.searchsorted(found.keys, found.keys[entries], side="left")
    ends = np.searchsorted(found.keys, found.keys[entries], side="right")
    year_days = _year_days(profiles)
    near: dict[int, np.ndarray | None] = {}
    out: list[np.ndarray] = []
    for e, start, end in zip(entries.tolist(), starts.tolist(), ends.tolist(), strict=True):
        i = int(found.articles[e])
        if i not in near:
            near[i] = _near_days(profiles[i].month_days, year_days, window, n)
        members = found.articles[start:end]
        usable = near[i]
        if usable is not None:
            members = members[usable[members]]
        members = members[members != i]
        out.append(np.minimum(members, i) * n + np.maximum(members, i))
    return np.concatenate(out)


def _year_days(profiles: list[Profile]) -> tuple[np.ndarray, np.ndarray]:
    """(article, day of the year) of every month-day each article could be on: its own
    month-days, else those of its dates."""
    owners: list[int] = []
    days: list[int] = []
    for i, p in enumerate(profiles):
        for md in p.month_days or _month_days_of(p.anchors):
            owners.append(i)
            days.append(_year_day(md))
    return np.array(owners, dtype=np.int64), np.array(days, dtype=np.int64)


def _near_days(
    month_days: frozenset[tuple[int, int]],
    year_days: tuple[np.ndarray, np.ndarray],
    window: int,
    n: int,
) -> np.ndarray | None:
    """Which articles an article knowing only `month_days` may be paired with (none known:
    None, every article): those with no month-day at all or one within `window` days."""
    if not month_days:
        return None
    close = np.zeros(367, dtype=bool)
    for md in month_days:
        day = _year_day(md)
        for other in range(1, 367):
            diff = abs(day - other)
            if min(diff, 366 - diff) <= window:
                close[other] = True
    owners, days = year_days
    known = np.bincount(owners, minlength=n) > 0
    hits = np.bincount(owners, weights=close[days], minlength=n) > 0
    return hits | ~known


# --- scoring --------------------------------------------------------------------------------


def date_signal(distance: int | None, settings: ClusterSettings) -> float:
    """Bonus for the same or next day, nothing for a few days, penalties beyond."""
    if distance is None:
        return 0.0
    if distance <= 1:
        return settings.date_bonus
    if distance <= settings.date_near_days:
        return 0.0
    if distance <= settings.date_window_days:
        return -settings.date_far_penalty
    return -settings.date_conflict_penalty


@dataclass(frozen=True, slots=True)
class PairScore:
    """The signals of one candidate pair and the score they add up to."""

    text: float
    people: float
    things: float
    pair: int
    distance: int | None
    score: float
    linked: bool
    copy: bool = False
    """The texts are near-duplicates (linked whatever the score says)."""


def pair_score(
    corpus: Corpus,
    i: int,
    j: int,
    settings: ClusterSettings = DEFAULTS,
    cosine_ij: float | None = None,
) -> PairScore:
    """Score articles i and j of the corpus (symmetric); `cosine_ij` is their text cosine
    when it is known already (:func:`cosines`)."""
    return PairScore(*_pair_score(corpus, i, j, settings, cosine_ij))


_UNKNOWN = object()
"""`_pair_score`'s distance when the caller has not worked it out (None is a distance:
no dates to compare)."""


def _pair_score(
    corpus: Corpus,
    i: int,
    j: int,
    settings: ClusterSettings,
    cosine_ij: float | None,
    distance: object = _UNKNOWN,
) -> tuple[float, float, float, int, int | None, float, bool, bool]:
    """`pair_score`'s fields, from what `build_corpus` worked out per article: the same
    arithmetic on the same values (every sum over a set is an exact `math.fsum`), without
    rebuilding sets for each of hundreds of thousands of pairs (nor an object per pair)."""
    a, b = corpus.profiles[i], corpus.profiles[j]
    if cosine_ij is None:
        cosine_ij = cosine(corpus.vector(i), corpus.vector(j))
    shortest = min(corpus.length(i), corpus.length(j))
    damp = min(1.0, shortest / settings.text_min_terms) if settings.text_min_terms else 1.0
    text = cosine_ij * damp
    pa, pb = corpus.people[i], corpus.people[j]
    people = 0.0
    if pa and pb:
        sq = corpus.people_sq
        shared = math.fsum([pa[k] * pb[k] * sq[k] for k in pa.keys() & pb.keys()])
        if shared:
            people = shared / (corpus.people_norms[i] * corpus.people_norms[j])
    ta, tb = corpus.things[i], corpus.things[j]
    things = 0.0
    if ta and tb:
        sq = corpus.things_sq
        shared = math.fsum([sq[k] for k in ta & tb])
        if shared:
            things = shared / (corpus.things_norms[i] * corpus.things_norms[j])
    if not a.pairs or not b.pairs:
        pair = 0
    elif a.pairs & b.pairs:
        pair = 1
    elif corpus.paired[i] & corpus.paired[j] & (a.visitors | b.visitors):
        pair = 0
    else:
        pair = -1
    if distance is _UNKNOWN:  # not worked out by the caller
        distance = _distance(corpus, i, j)
    active_a, active_b = corpus.active[i], corpus.active[j]
    disjoint = people == 0.0 and bool(active_a) and bool(active_b)
    counterparts = (
        bool(active_a & active_b)
        and bool(active_a - corpus.named[j])
        and bool(active_b - corpus.named[i])
    )
    if pair == 0 and counterparts:
        pair_term = -settings.counterpart_conflict
    else:
        pair_term = (
            settings.pair_match if pair > 0 else -settings.pair_conflict if pair < 0 else 0.0
        )
    score = (
        settings.weight_text * text
        + settings.weight_people * people
        + settings.weight_things * things
        + pair_term
        + date_signal(distance, settings)
        - (settings.people_disjoint if disjoint else 0.0)
    )
    copy = text >= settings.near_duplicate and shortest >= settings.near_duplicate_min_terms
    linked = score >= settings.link or copy
    return text, people, things, pair, distance, score, linked, copy


def _distance(corpus: Corpus, i: int, j: int) -> int | None:
    """`date_distance` of articles i and j."""
    da, db = corpus.event_days[i], corpus.event_days[j]
    if da and db:
        return min([abs(x - y) for x in da for y in db])
    mda, mdb = corpus.month_days[i], corpus.month_days[j]
    if mda and mdb:
        return min([_md_distance(x, y) for x in mda for y in mdb])
    return None


# --- grouping -------------------------------------------------------------------------------


def components(files: list[ClaimsFile], settings: ClusterSettings = DEFAULTS) -> list[list[str]]:
    """Article ids grouped into events: each group sorted, groups sorted by first id."""
    return _components(files, settings)[0]


def _components(
    files: list[ClaimsFile], settings: ClusterSettings
) -> tuple[list[list[str]], dict[str, int]]:
    return components_of([profile(c, settings) for c in files], settings)


def components_of(
    profiles: Iterable[Profile], settings: ClusterSettings = DEFAULTS
) -> tuple[list[list[str]], dict[str, int]]:
    """Article ids grouped into events (each group sorted, groups by first id), and the
    document frequency of every content word (for :func:`event_from`), from profiles alone."""
    ordered = sorted(profiles, key=lambda p: p.id)
    corpus = build_corpus(ordered, settings)
    scored_links: list[tuple[float, int, int, bool]] = []
    first, second = pair_arrays(corpus, settings)
    texts = pair_cosines(corpus, first, second)
    for i, j, text, distance in _worth_scoring(corpus, first, second, texts, settings):
        *_, score, linked, copy = _pair_score(corpus, i, j, settings, text, distance)
        if linked:
            scored_links.append((score, i, j, copy))
    found, links = _joined(ordered, scored_links, settings.date_window_days)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(ordered)):
        members[found.find(index)].append(index)
    if any(len(m) > settings.max_event_articles for m in members.values()):
        found = _capped(found, members, links, settings.max_event_articles)
    groups: dict[int, list[str]] = defaultdict(list)
    for index, item in enumerate(ordered):
        groups[found.find(index)].append(item.id)
    return sorted(groups.values(), key=lambda ids: ids[0]), corpus.words_df


def _joined(
    profiles: list[Profile],
    links: list[tuple[float, int, int, bool]],
    window: int = DEFAULTS.date_window_days,
) -> tuple[UnionFind[int], list[tuple[float, int, int]]]:
    """The linked pairs joined into groups, strongest link first (ties by article order),
    and the links taken.

    A link is not taken when the days of the two groups it would join (event dates, else
    publication dates) are more than `window` days apart: an article with no date of its
    own, or one that scores high for the same two people, must not chain the meetings of
    one pair months apart into one event.

    A link from an article that reports no meeting is not taken when the two groups it
    would join each report a meeting, none of the same two people, and no one in both
    groups' meetings is visiting: one official meeting two guests on nearby days is two
    events, and a story that names neither meeting must not chain them. (Between two
    articles that both report meetings, the pair score has weighed the pairs already.) A
    near-duplicate (`copy`) is always taken: the same text cannot report another meeting.
    """
    found = UnionFind(range(len(profiles)))
    pairs = {i: p.pairs for i, p in enumerate(profiles) if p.pairs}
    visitors = {i: p.visitors for i, p in enumerate(profiles) if p.visitors}
    spans = {
        i: (min(p.event_days), max(p.event_days)) for i, p in enumerate(profiles) if p.event_days
    }
    taken: list[tuple[float, int, int]] = []
    for score, i, j, copy in sorted(links, key=lambda link: (-link[0], link[1], link[2])):
        ri, rj = found.find(i), found.find(j)
        if ri == rj:
            taken.append((score, i, j))
            continue
        span_i, span_j = spans.get(ri), spans.get(rj)
        if (
            not copy
            and span_i is not None
            and span_j is not None
            and max(span_i[0], span_j[0]) - min(span_i[1], span_j[1]) > window
        ):
            continue
        mine, theirs = pairs.get(ri), pairs.get(rj)
        bridge = not (profiles[i].pairs and profiles[j].pairs)
        if bridge and not copy and mine and theirs and not mine & theirs:
            present = frozenset().union(*mine) & frozenset().union(*theirs)
            guests = visitors.get(ri, frozenset()) | visitors.get(rj, frozenset())
            if not present & guests:
                continue
        found.union(ri, rj)
        root = found.find(ri)
        for table in (pairs, visitors):
            joined = table.pop(ri, frozenset()) | table.pop(rj, frozenset())
            if joined:
                table[root] = joined
        spans.pop(ri, None)
        spans.pop(rj, None)
        known = [s for s in (span_i, span_j) if s is not None]
        if known:
            spans[root] = (min(s[0] for s in known), max(s[1] for s in known))
        taken.append((score, i, j))
    return found, taken


def _ceiling(settings: ClusterSettings) -> float | None:
    """The most the people, things and meeting-pair signals can add to a pair's score (each
    overlap is at most 1): with the text and the dates known, a pair below the link score
    even with that much is not scored. None when a weight is negative (no such bound)."""
    weights = (settings.weight_text, settings.weight_people, settings.weight_things)
    if min(weights) < 0:
        return None
    return settings.weight_people + settings.weight_things + max(settings.pair_match, 0.0)


def _worth_scoring(
    corpus: Corpus,
    first: np.ndarray,
    second: np.ndarray,
    texts: np.ndarray,
    settings: ClusterSettings,
) -> Iterator[tuple[int, int, float, int | None]]:
    """(i, j, text cosine, date distance) of the candidate pairs that could reach the link
    score: a pair whose text and dates keep it below it even with full people, things and
    meeting-pair signals (:func:`_ceiling`) is not scored. Distances and the bound are
    worked out with numpy for all pairs at once."""
    distance, dated = _distances(corpus, first, second)
    ceiling = _ceiling(settings)
    if ceiling is None:
        worth = np.ones(len(first), dtype=bool)
    else:
        signal = np.select(
            [
                distance <= 1,
                distance <= settings.date_near_days,
                distance <= settings.date_window_days,
            ],
            [settings.date_bonus, 0.0, -settings.date_far_penalty],
            -settings.date_conflict_penalty,
        )
        bound = settings.weight_text * texts + ceiling + signal
        worth = ~dated | (texts >= settings.near_duplicate) | (bound >= settings.link)
    chosen = np.flatnonzero(worth)
    rows = zip(
        first[chosen].tolist(),
        second[chosen].tolist(),
        texts[chosen].tolist(),
        distance[chosen].tolist(),
        dated[chosen].tolist(),
        strict=True,
    )
    for i, j, text, days, known in rows:
        if known:
            yield i, j, text, days
            continue
        far = _distance(corpus, i, j)  # by month and day, or no dates at all
        if (
            ceiling is not None
            and text < settings.near_duplicate
            and settings.weight_text * text + ceiling + date_signal(far, settings) < settings.link
        ):
            continue
        yield i, j, text, far


def _distances(
    corpus: Corpus, first: np.ndarray, second: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_distance` of every pair whose two articles both have event days (the least
    gap over all their combinations), and which pairs those are."""
    sizes = np.fromiter((len(d) for d in corpus.event_days), dtype=np.int64)
    offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    days = np.fromiter(
        (day for d in corpus.event_days for day in sorted(d)), np.int64, int(offsets[-1])
    )
    a, b = sizes[first], sizes[second]
    dated = (a > 0) & (b > 0)
    combos = a * b
    pair = np.repeat(np.arange(len(first)), combos)
    step = np.arange(len(pair)) - np.repeat(np.cumsum(combos) - combos, combos)
    x = days[offsets[first[pair]] + step // b[pair]]
    y = days[offsets[second[pair]] + step % b[pair]]
    distance = np.zeros(len(first), dtype=np.int64)
    if len(pair):
        starts = (np.cumsum(combos) - combos)[dated]
        distance[dated] = np.minimum.reduceat(np.abs(x - y), starts)
    return distance, dated


def _capped(
    found: UnionFind[int],
    members: dict[int, list[int]],
    links: list[tuple[float, int, int]],
    cap: int,
) -> UnionFind[int]:
    """Split the groups larger than `cap`: their links again, strongest first (ties by
    article order), each taken only if the two groups it joins have at most `cap` articles
    together. Groups within the cap stay as they are."""
    oversize = {root for root, indexes in members.items() if len(indexes) > cap}
    capped = UnionFind(range(len(found.parent)))
    size = [1] * len(found.parent)
    for root, indexes in members.items():
        if root not in oversize:
            for index in indexes:
                capped.union(root, index)
    inner = [link for link in links if found.find(link[1]) in oversize]
    for _, i, j in sorted(inner, key=lambda link: (-link[0], link[1], link[2])):
        ri, rj = capped.find(i), capped.find(j)
        if ri != rj and size[ri] + size[rj] <= cap:
            capped.union(ri, rj)
            size[capped.find(ri)] = size[ri] + size[rj]
    return capped


def group_articles(
    files: list[ClaimsFile],
    settings: Settings | None = None,
    cluster: ClusterSettings = DEFAULTS,
) -> list[Event]:
    """Group articles into events, newest first by (date, id); see the module docstring.

    `settings` is accepted for the pipeline's signature; the thresholds are in `cluster`.
    """
    by_id = {c.article.id: c for c in files}
    found, words_df = _components(files, cluster)
    groups = [[by_id[i] for i in ids] for ids in found]
    events = [make_event(group, words_df, cluster) for group in groups]
    return _unique_ids(events)


# --- describing an event --------------------------------------------------------------------


def _earliest(group: list[ClaimsFile]) -> list[ClaimsFile]:
    """Articles by publication date (undated last), then id."""
    return sorted(group, key=lambda c: (c.article.published or "9999", c.article.id))


def event_date(group: list[ClaimsFile], settings: ClusterSettings = DEFAULTS) -> str | None:
    """The most common own date of the meetings (else visits) the articles report as news,
    each article voting once per date, ties to the earlier date; else the earliest
    publication date; else None."""
    for kind in ("meeting", "visit"):
        votes: Counter[str] = Counter()
        partial: list[set[str]] = []
        for claims in group:
            votes.update({c.date for c in own_dates(claims, settings) if c.kind == kind and c.date})
            partial.append(_partial_days(claims, kind))
        if votes:
            # an article that gives the day without the year votes for that day too
            for days in partial:
                votes.update({d for d in list(votes) if d[4:] in days})
            return min(votes, key=lambda d: (-votes[d], d))
    published = sorted(c.article.published for c in group if c.article.published)
    return published[0] if published else None


def _partial_days(claims: ClaimsFile, kind: str) -> set[str]:
    """`-MM-DD` of the year-less own dates an article gives its meetings (or visits)."""
    return {
        c.month_day[1:]
        for c in claims.claims
        if c.kind == kind
        and not c.background
        and c.date is None
        and c.month_day
        and c.date_precision not in {None, "context"}
    }


def needs_year(claims: ClaimsFile) -> bool:
    """An article that gives a day without a year and has no publication date."""
    return claims.article.published is None and any(
        c.month_day and not c.date for c in claims.claims
    )


def infer_years(event: Event, files: list[ClaimsFile]) -> dict[str, int]:
    """Article id -> year for the event's articles that give days without a year.

    The year is the one that puts the article's first year-less day nearest the event's
    date; articles of an undated event get none.
    """
    if not event.date:
        return {}
    anchor = dt.date.fromisoformat(event.date[:10])
    members = set(event.articles)
    out: dict[str, int] = {}
    for claims in sorted(files, key=lambda c: c.article.id):
        if claims.article.id not in members or not needs_year(claims):
            continue
        partial = [c for c in claims.claims if c.month_day and not c.date]
        first = next((c for c in partial if is_own_event_date(c)), partial[0])
        month_day = _month_day(first.month_day)
        if month_day is None:
            continue
        best: tuple[int, int] | None = None
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                day = dt.date(year, *month_day)
            except ValueError:
                continue
            gap = abs((day - anchor).days)
            if best is None or gap < best[0]:
                best = (gap, year)
        if best is not None:
            out[claims.article.id] = best[1]
    return out


def main_meeting(claims: ClaimsFile) -> tuple[str, str] | None:
    """Surname keys (subject, object) of the first meeting of two people the article reports
    as news, or None."""
    people = {e.id: key for e in claims.entities if e.type == "person" and (key := person_key(e))}
    for claim in claims.claims:
        if claim.kind != "meeting" or claim.background:
            continue
        sub, obj = people.get(claim.subject or ""), people.get(claim.object or "")
        if sub and obj and sub != obj:
            return sub, obj
    return None


def main_pair(group: list[ClaimsFile]) -> tuple[str, str] | None:
    """(subject name, object name) of the main meeting most articles report, or None.

    Each article's main meeting is its first (:func:`main_meeting`); ties go to the pair of
    the earliest article, named in its order. Each name is the spelling most articles use
    (longer, then alphabetical, on ties).
    """
    votes: Counter[frozenset[str]] = Counter()
    first_seen: dict[frozenset[str], tuple[int, tuple[str, str]]] = {}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for rank, claims in enumerate(_earliest(group)):
        for entity in claims.entities:
            if entity.type == "person" and person_key(entity):
                spellings[person_key(entity)][_POSSESSIVE.sub("", entity.name)] += 1
        meeting = main_meeting(claims)
        if meeting is not None:
            votes[frozenset(meeting)] += 1
            first_seen.setdefault(frozenset(meeting), (rank, meeting))
    if not votes:
        return None
    best = min(votes, key=lambda p: (-votes[p], first_seen[p][0]))
    sub, obj = first_seen[best][1]

    def spelling(key: str) -> str:
        names = spellings[key]
        return min(names, key=lambda n: (-names[n], -len(n), n))

    return spelling(sub), spelling(obj)


def salient_words(text: str, df: dict[str, int], count: int = 3) -> list[str]:
    """The `count` rarest content words of `text` (by document frequency), in text order."""
    seen: dict[str, int] = {}
    for position, word in enumerate(_WORD.findall(fold(text).lower())):
        if len(word) < 3 or word in _STOPWORDS or word in seen or word in _NUMBER_WORDS:
            continue
        if word[0].isdigit():
            continue
        seen[word] = position
    ranked = sorted(seen, key=lambda w: (df.get(_term(w) or w, 0), seen[w]))[:count]
    return sorted(ranked, key=lambda w: seen[w])


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _surname(name: str) -> str:
    """The name a person goes by alone: the last word, or a family name written first
    (`Xi` of `Xi Jinping`)."""
    plain = _POSSESSIVE.sub("", name)
    return family_name_first(plain) or plain.split()[-1]


@dataclass(frozen=True, slots=True)
class Description:
    """What a group of articles says about itself as an event: everything of the Event but
    its findings and the words of its id that depend on the rest of the corpus."""

    articles: tuple[str, ...]
    date: str | None
    title: str
    words: tuple[str, ...]
    """The id's words when the title names a meeting pair; empty when they are the title's
    rarest words, which depend on the whole corpus (:func:`salient_words`)."""
    outlets: tuple[str, ...]
    years_inferred: tuple[str, ...]

    def to_dict(self) -> dict:
        return {
            "articles": list(self.articles),
            "date": self.date,
            "title": self.title,
            "words": list(self.words),
            "outlets": list(self.outlets),
            "years_inferred": list(self.years_inferred),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Description:
        return cls(
            articles=tuple(data["articles"]),
            date=data["date"],
            title=data["title"],
            words=tuple(data["words"]),
            outlets=tuple(data["outlets"]),
            years_inferred=tuple(data["years_inferred"]),
        )


def make_event(
    group: list[ClaimsFile], words_df: dict[str, int], settings: ClusterSettings = DEFAULTS
) -> Event:
    """Describe a group of articles as an Event (id not yet unique; findings empty)."""
    return event_from(describe(group, settings), words_df)


def event_from(description: Description, words_df: dict[str, int]) -> Event:
    """The Event (id not yet unique; findings empty) of a described group of articles."""
    words = list(description.words) or salient_words(description.title, words_df)
    if not words:
        words = [description.articles[0]]
    # every part slugified: a date from a hand-edited claims file cannot carry a `/`
    day = slugify(description.date) if description.date else ""
    slug = "-".join(s for s in (day or "undated", *map(slugify, words)) if s)
    inferred = list(description.years_inferred)
    return Event(
        id=slug,
        title=_capitalised(description.title),
        date=description.date,
        articles=list(description.articles),
        findings=[],
        outlets=list(description.outlets),
        date_inferred=bool(inferred),
        years_inferred=inferred,
    )


def describe(group: list[ClaimsFile], settings: ClusterSettings = DEFAULTS) -> Description:
    """The group's date, title and the other corpus-independent parts of its Event."""
    group = sorted(group, key=lambda c: c.article.id)
    date = event_date(group, settings)
    pair = main_pair(group)
    words: list[str] = []
    if pair is not None:
        title = f"{pair[0]} meets {pair[1]}"
        words = [_surname(pair[0]), _surname(pair[1])]
    else:
        titles = Counter(c.article.title for c in group if c.article.title)
        if titles:
            order: dict[str, int] = {}
            for rank, c in enumerate(_earliest(group)):
                order.setdefault(c.article.title or "", rank)
            title = min(titles, key=lambda t: (-titles[t], order[t]))
        else:
            first = next((c for c in _earliest(group) if c.claims), None)
            sentence = first.claims[0].evidence.sentence if first else group[0].article.id
            title = _clip(sentence, settings.title_chars)
    articles = tuple(c.article.id for c in group)
    dated = Event(id="", title=title, date=date, articles=list(articles))
    return Description(
        articles=articles,
        date=date,
        title=title,
        words=tuple(words),
        outlets=tuple(c.article.outlet or c.article.id for c in group),
        years_inferred=tuple(sorted(infer_years(dated, group))),
    )


def _unique_ids(events: list[Event]) -> list[Event]:
    """Suffix -2, -3 … to events sharing an id, in (date, first article id) order; newest
    first."""
    taken: set[str] = set()
    out: list[Event] = []
    by_id: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_id[event.id].append(event)
    for base in sorted(by_id):
        for number, event in enumerate(
            sorted(by_id[base], key=lambda e: (e.date or "", e.articles)), start=1
        ):
            new_id = base if number == 1 else f"{base}-{number}"
            while new_id in taken:
                number += 1
                new_id = f"{base}-{number}"
            taken.add(new_id)
            out.append(event if new_id == event.id else event.model_copy(update={"id": new_id}))
    return sorted(out, key=lambda e: (e.date or "", e.id), reverse=True)


# --- one article, one event (kept for callers that want no grouping) --------------------------


def singleton_events(files: list[ClaimsFile]) -> list[Event]:
    """One event per article, described like any other event."""
    ordered = sorted(files, key=lambda c: c.article.id)
    words_df = Counter(t for c in ordered for t in profile(c).terms)
    return _unique_ids([make_event([c], words_df) for c in ordered])
