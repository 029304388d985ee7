"""An event's claims -> findings: agreements, omissions and discrepancies with severity.

Claims are compared as slots, never as sentences. Within an event, claims that state the
same fact are aligned (same kind, same participants by name key, compatible predicate
family, similar content); then each slot is compared on its own normalised terms:

* `info`: one fact in another form (Oğuz / Oguz, Lt-Gen / Lieutenant General, a weekday
  that is the same day, LANDCOM / Allied Land Command);
* `minor`: a detail differs while the facts do not clash (`up to 250` / `around 250`,
  an office named more or less fully, a quotation reworded with the same meaning);
* `major`: the facts clash (another date, number, rank, office, nationality, person or
  place, or a quotation whose words or figures change).

Paraphrase of reported speech is agreement, never a discrepancy.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from .entities import DEPUTY_WORDS, TITLE_STOP, title_words
from .extract.article import at_place, topic_words
from .gazetteer import CAPITALS, OFFICE_HEADS, capital_named, country_of, is_place, org_key
from .models import Claim, ClaimsFile, Entity, Event, Finding
from .settings import Settings
from .syndication import independent
from .text import fold, surname_key

SIDES = "the sides"

# --- people across the articles of an event -------------------------------------------------


@dataclass
class Person:
    """One person as all articles of an event describe them."""

    pid: str
    names: dict[str, str] = field(default_factory=dict)  # article -> name as written
    entities: dict[str, Entity] = field(default_factory=dict)  # article -> entity
    initial: str | None = None

    @property
    def display(self) -> str:
        counts = Counter(self.names.values())
        return max(counts, key=lambda n: (len(n.split()) > 1, counts[n], -len(n), n))

    def roles(self) -> list[str]:
        return [role for e in self.entities.values() for role in e.roles]

    def nationalities(self) -> set[str]:
        return {e.nationality for e in self.entities.values() if e.nationality}


def _initial(name: str) -> str | None:
    parts = name.split()
    return fold(parts[0][0]).upper() if len(parts) > 1 else None


class People:
    """Entities of several articles merged by surname key and first initial."""

    def __init__(self, files: list[ClaimsFile]) -> None:
        self.people: list[Person] = []
        self._by_entity: dict[tuple[str, str], Person] = {}
        ordered = sorted(files, key=lambda f: f.article.id)
        entities = [(f.article.id, e) for f in ordered for e in f.entities if e.type == "person"]
        # full names first, so a lone surname joins the right person
        entities.sort(key=lambda item: (-len(item[1].name.split()), item[0], item[1].id))
        for article, entity in entities:
            person = self._find(entity)
            if person is None:
                person = Person(pid=surname_key(entity.name) or entity.key or entity.name)
                person.initial = _initial(entity.name)
                self.people.append(person)
            person.names.setdefault(article, entity.name)
            person.entities.setdefault(article, entity)
            self._by_entity[(article, entity.id)] = person
        self._dedupe_ids()

    def _find(self, entity: Entity) -> Person | None:
        key = surname_key(entity.name)
        initial = _initial(entity.name)
        for person in self.people:
            if surname_key(person.display) != key:
                continue
            if initial and person.initial and initial != person.initial:
                continue
            return person
        return None

    def _dedupe_ids(self) -> None:
        seen: Counter[str] = Counter()
        for person in sorted(self.people, key=lambda p: (p.pid, p.display)):
            seen[person.pid] += 1
            if seen[person.pid] > 1:
                person.pid = f"{person.pid}#{seen[person.pid]}"

    def resolve(self, article: str, ref: str | None) -> str | None:
        """An entity id, or a title such as `the Azerbaijani defense minister`, -> person id."""
        if ref is None:
            return None
        person = self._by_entity.get((article, ref))
        if person is not None:
            return person.pid
        if ref == SIDES:
            return SIDES
        titled = self.by_title(ref)
        return titled.pid if titled else ref

    def by_title(self, phrase: str) -> Person | None:
        """The person whose office best matches a title phrase (memoised: an event's claims
        name the same few titles again and again)."""
        titles = self.__dict__.setdefault("_titles", {})
        if phrase not in titles:
            titles[phrase] = self._by_title(phrase)
        return titles[phrase]

    def _by_title(self, phrase: str) -> Person | None:
        words = [w for w in title_words(phrase) if w not in TITLE_STOP]
        if not words:
            return None
        head = words[-1]
        wanted = set(words)
        deputy = bool(DEPUTY_WORDS & wanted)
        nationality = next((country_of(w) for w in phrase.split() if country_of(w)), None)
        best: tuple[int, str, Person] | None = None
        for person, nationalities, roles in self._offices():
            if nationality and nationalities and nationality not in nationalities:
                continue
            for role_words in roles:
                if DEPUTY_WORDS & role_words and not deputy:
                    continue
                if head not in role_words:
                    continue
                score = len(wanted & role_words)
                if best is None or (score, person.pid) > (best[0], best[1]):
                    best = (score, person.pid, person)
        return best[2] if best else None

    def _offices(self) -> list[tuple[Person, set[str], list[set[str]]]]:
        """Each person with their nationalities and the title words of each of their roles
        (worked out once: every title phrase is matched against them)."""
        found = self.__dict__.get("_offices_found")
        if found is None:
            found = [
                (p, p.nationalities(), [set(title_words(role)) for role in p.roles()])
                for p in self.people
            ]
            self.__dict__["_offices_found"] = found
        return found

    def name(self, pid: str | None) -> str:
        for person in self.people:
            if person.pid == pid:
                return person.display
        return pid or "someone"

    def get(self, pid: str | None) -> Person | None:
        return next((p for p in self.people if p.pid == pid), None)


# --- facts: claims with their event-level participants ---------------------------------------


@dataclass
class Fact:
    """One article's claim, with participants resolved to the event's people."""

    article: str
    claim: Claim
    subject: str | None
    object: str | None
    merged: list[Claim] = field(default_factory=list)  # same-article duplicates folded in
    subject_entity: Entity | None = None

    @property
    def kind(self) -> str:
        return self.claim.kind

    def own_date(self) -> tuple[str | None, str | None, str | None]:
        """(iso, month-day, as written) of the claim's own date, or Nones when inherited."""
        for claim in (self.claim, *self.merged):
            if claim.date_precision not in {None, "context"} and (claim.date or claim.month_day):
                return claim.date, claim.month_day, claim.date_text
        return None, None, None

    # What the scorers compare, worked out once per fact (alignment scores every fact
    # against many others). `merged` is filled before alignment starts, never during.

    @cached_property
    def own(self) -> tuple[str | None, str | None, str | None]:
        return self.own_date()

    @cached_property
    def value_words(self) -> frozenset[str]:
        return frozenset(content_words(self.claim.value))

    @cached_property
    def sentence_words(self) -> frozenset[str]:
        return frozenset(content_words(self.claim.evidence.sentence))

    @cached_property
    def topic_set(self) -> frozenset[str]:
        return frozenset(self.claim.topic)

    @cached_property
    def count(self) -> tuple | None:
        quantity = self.claim.quantity
        if quantity is None:
            return None
        sentence = self.claim.evidence.sentence
        key = count_key(quantity, sentence)
        if key[1] == "vote" or (key == (None, None) and _VOTING.search(sentence)):
            side = _vote_side(self.claim)
            if side is not None:
                return (key[0], f"vote {side}")
        return key

    @cached_property
    def words_before(self) -> set[str]:
        return _words_before(self.claim)

    def place(self) -> str | None:
        """The most precise place the article gives: a building before a city, a city
        before a country (`the Defense Ministry`, not `Azerbaijan` of `on a visit to
        Azerbaijan`); the first of equals."""
        places = [c.place for c in (self.claim, *self.merged) if c.place]
        return min(places, key=_breadth) if places else None


@dataclass
class Group:
    """Facts of different articles aligned as one."""

    facts: dict[str, Fact] = field(default_factory=dict)

    def articles(self) -> set[str]:
        return set(self.facts)


# --- similarity ----------------------------------------------------------------------------

COMPATIBLE_FAMILIES = (
    frozenset({"note", "say"}),
    frozenset({"praise", "express_satisfaction"}),
)


def families_match(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    return any(a in group and b in group for group in COMPATIBLE_FAMILIES)


def _shares(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(overlap, jaccard) of two word sets, the intersection counted once."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / min(len(a), len(b)), common / (len(a) + len(b) - common)


def overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Overlap coefficient |A ∩ B| / min(|A|, |B|): paraphrases that add detail still match."""
    set_a, set_b = set(a), set(b)
    if not set_a or not set_b:
        return 0.0
    return len(set_a & set_b) / min(len(set_a), len(set_b))


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    set_a, set_b = set(a), set(b)
    if not set_a or not set_b:
        return 0.0
    return len(set_a & set_b) / len(set_a | set_b)


_WORD = re.compile(r"[a-z0-9]+")


def content_words(text: str | None) -> list[str]:
    """Folded, lightly stemmed content words (the same rule as claim topics)."""
    return topic_words(text)


def named_explicitly(fact: Fact) -> bool:
    """The sentence names the subject (`Lieutenant General Oğuz expressed …`) rather than
    leaving it to a title, a pronoun or the visiting delegation."""
    entity, text = fact.subject_entity, fact.claim.subject_text
    if entity is None or not text:
        return False
    surname = fold(entity.name.split()[-1]).lower()
    return surname in fold(text).lower()


def _subjects_compatible(a: Fact, b: Fact) -> tuple[bool, float]:
    if a.subject == b.subject:
        return True, 1.0
    loose = {SIDES, None}
    if a.subject in loose or b.subject in loose:
        return True, 0.6
    if not (named_explicitly(a) and named_explicitly(b)) and _verbatim(a, b):
        # one side found its speaker through a title or a pronoun: the words decide
        return True, 0.5
    return False, 0.0


def _verbatim(a: Fact, b: Fact, threshold: float = 90) -> bool:
    text_a = fold(a.claim.quote or a.claim.value or "").lower()
    text_b = fold(b.claim.quote or b.claim.value or "").lower()
    if len(text_a) < 12 or abs(len(text_a) - len(text_b)) > 0.2 * len(text_a):
        return False
    return fuzz.ratio(text_a, text_b) >= threshold


STATEMENT_SHARED = 2
STATEMENT_SIMILAR = 0.25
"""Two statements below `Settings.statement_overlap` still align with at least
STATEMENT_SHARED topic words in common and this Jaccard."""


def statement_score(a: Fact, b: Fact, settings: Settings) -> float:
    if not families_match(a.claim.family, b.claim.family):
        return 0.0
    ok, subject_weight = _subjects_compatible(a, b)
    if not ok:
        return 0.0
    words_a, words_b = a.topic_set, b.topic_set
    shared, similar = _shares(words_a, words_b)
    if shared < settings.statement_overlap and not (
        len(words_a & words_b) >= STATEMENT_SHARED and similar >= STATEMENT_SIMILAR
    ):
        return 0.0
    return 0.45 * shared + 0.35 * similar + 0.2 * subject_weight


def _quantity_key(claim: Claim) -> tuple:
    q = claim.quantity
    if q is None:
        return ()
    return (q.unit, q.counts)


_COUNT_SYNONYMS = {
    "serviceman": "personnel", "servicemen": "personnel", "soldier": "personnel",
    "troop": "personnel", "troops": "personnel", "military": "personnel",
    "person": "people", "persons": "people", "dead": "dead", "death": "dead",
    "killed": "dead", "fatality": "dead", "wounded": "injured", "injured": "injured",
}  # fmt: skip
"""What two outlets count under other nouns: `40 servicemen` and `40 personnel`."""


_VOTERS = frozenset(
    {
        "lawmaker",
        "lawmakers",
        "deputy",
        "deputies",
        "legislator",
        "legislators",
        "mp",
        "mps",
        "senator",
        "senators",
        "member",
        "members",
    }
)
_VOTING = re.compile(r"\b(?:vot\w*|backed|in favou?r|approv\w*|support\w*|against)\b", re.I)


def count_key(quantity, sentence: str = "") -> tuple:
    """What a figure counts, with synonyms folded: `81 lawmakers backed it` counts votes."""
    counts = quantity.counts
    if counts in _VOTERS and _VOTING.search(sentence):
        counts = "vote"
    return (quantity.unit, _COUNT_SYNONYMS.get(counts, counts) if counts else None)


def _vote_side(claim: Claim) -> str | None:
    """Whether a figure of a vote counts the votes for or against: `by 84 votes to 30`,
    `84 voting in favor and 30 against`, `while 30 voted against` (30 against, 84 for).
    None for a bare number that is neither (`in its third reading`)."""
    sentence, value = claim.evidence.sentence, claim.value or ""
    at = sentence.find(value) if value else -1
    if at < 0:
        return None
    side = _SIDE_AFTER.match(sentence, at + len(value), at + len(value) + 40)
    if (side and side.group("against")) or _TO_BEFORE.search(sentence, 0, at):
        return "against"  # `30 voted against`, `by 84 votes to 30`
    counted = claim.quantity is not None and claim.quantity.counts is not None
    return "for" if counted or side else None


_SIDE_AFTER = re.compile(
    r"\s*(?:(?:votes?|lawmakers|deputies|legislators|members|senators|MPs)\s+)?"
    r"(?:(?:had\s+)?voted\s+|voting\s+|were\s+)?"
    r"(?:(?P<against>against|opposed)|for|in\s+favou?r)\b",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\bvotes?\s+to\s*$", re.IGNORECASE)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words_before(claim: Claim, width: int = 5) -> set[str]:
    """Content words just before a figure in its sentence: what the bare number measures."""
    sentence = claim.evidence.sentence
    at = sentence.find(claim.value or "\0")
    before = sentence[: at if at >= 0 else len(sentence)]
    words = content_words(" ".join(before.split()[-width:]))
    return {_stem(w) for w in words}


def quantity_score(a: Fact, b: Fact, settings: Settings) -> float:
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa is None or qb is None:
        return 0.0
    if a.count != b.count:
        return 0.0
    context = _shares(a.sentence_words, b.sentence_words)[1]
    if qa.counts is None and qa.unit is None and a.count == (None, None):
        # a bare number (`the retirement age to 65`) aligns only on the words around it
        near = overlap(a.words_before, b.words_before)
        if near < 0.5:
            return 0.0
        context = max(context, near)
    near = 1.0 if qa.number == qb.number else 0.0
    return 0.4 + 0.4 * context + 0.2 * near


def visit_score(a: Fact, b: Fact, settings: Settings) -> float:
    if a.subject != b.subject and (
        (named_explicitly(a) and named_explicitly(b)) or not _verbatim(a, b)
    ):
        return 0.0
    shared = _shares(a.value_words, b.value_words)[0]
    if shared < settings.visit_overlap:
        return 0.0
    return 0.5 + 0.5 * shared


EVENT_SAME_DAY_OVERLAP = 0.2
"""Share of content words two happenings on the same day need to align."""
EVENT_SIMILAR = 0.4
"""Jaccard two happenings on different days need besides `Settings.event_overlap`."""


def event_score(a: Fact, b: Fact, settings: Settings) -> float:
    shared, similar = _shares(a.value_words, b.value_words)
    same_day = _same_day(a.own, b.own)
    if same_day and shared >= EVENT_SAME_DAY_OVERLAP:
        return 0.5 + 0.5 * shared
    if shared >= settings.event_overlap and similar >= EVENT_SIMILAR:
        return 0.3 + 0.5 * shared
    return 0.0


def role_score(a: Fact, b: Fact, settings: Settings) -> float:
    if a.subject != b.subject or a.claim.predicate != b.claim.predicate:
        return 0.0
    if a.claim.predicate != "office":
        return 1.0
    words_a, words_b = office_words(a.claim.value), office_words(b.claim.value)
    return 0.3 + 0.7 * jaccard(words_a, words_b)


def meeting_score(a: Fact, b: Fact, settings: Settings) -> float:
    pair_a, pair_b = {a.subject, a.object}, {b.subject, b.object}
    return 1.0 if pair_a == pair_b else 0.0


SCORERS = {
    "meeting": meeting_score,
    "statement": statement_score,
    "quantity": quantity_score,
    "visit": visit_score,
    "event": event_score,
    "role": role_score,
}


# --- normalising slot values ----------------------------------------------------------------

_OFFICE_DROP = frozenset(TITLE_STOP | {"republic", "nato", "s"})
_MODIFIERS = frozenset(
    {"deputy", "first", "vice", "acting", "assistant", "chief", "senior", "head", "director",
     "commander", "minister", "secretary", "general", "president", "chairman", "ambassador",
     "prime", "foreign", "defense", "interior", "staff", "former", "second", "under"}
)  # fmt: skip
"""Words that change which office is meant, unlike a country or organisation added."""


_OFFICE_SYNONYMS = {
    "affairs": "",
    "internal": "interior",
    "defence": "defense",
    "ministry": "minister",
    "secretary-general": "secretary",
}
"""`Minister of Foreign Affairs` is the `Foreign Minister`; `Internal Affairs`, `Interior`."""

_UMBRELLAS = frozenset({"NATO", "UN", "EU", "OSCE", "CIS", "CSTO", "AU"})
"""Bodies an office's organisation is often named without (`NATO Allied Land Command`)."""


def office_words(office: str | None) -> set[str]:
    """`Chief of Staff of the NATO LANDCOM` -> {chief, staff, allied, land, command}."""
    if not office:
        return set()
    expanded = re.sub(
        r"\b[A-Z]{3,}\b",
        lambda m: "" if m.group(0) in _UMBRELLAS else org_key(m.group(0)),
        office,
    )
    words = set()
    for word in title_words(expanded):
        word = _OFFICE_SYNONYMS.get(word, word)
        if word in _OFFICE_DROP or not word:
            continue
        country = country_of(word.title())
        words.add(f"country:{country}" if country else word)
    return words


def compare_offices(a: str, b: str) -> str | None:
    """None when the same office; `info`/`minor`/`major` otherwise."""
    words_a, words_b = office_words(a), office_words(b)
    if words_a == words_b:
        return None if fold(a).lower() == fold(b).lower() else "info"
    extra = words_a ^ words_b
    if words_a <= words_b or words_b <= words_a:
        if extra & _MODIFIERS:
            return "major"
        # `Defense Minister` / `Minister of Defense of Azerbaijan`: the country is implied
        return "info" if all(w.startswith("country:") for w in extra) else "minor"
    return "major"


def _same_day(a: tuple, b: tuple) -> bool:
    (iso_a, md_a, _), (iso_b, md_b, _) = a, b
    if iso_a and iso_b:
        return iso_a == iso_b
    if md_a and md_b:
        return md_a == md_b
    return False


def compare_dates(a: tuple, b: tuple) -> str | None:
    """None: same day written alike or unknown; `info`: same day, other form; `major`."""
    (iso_a, md_a, text_a), (iso_b, md_b, text_b) = a, b
    if not (md_a or iso_a) or not (md_b or iso_b):
        return None
    if iso_a and iso_b and iso_a != iso_b:
        return "major"
    if md_a and md_b and md_a != md_b:
        return "major"
    return None if fold(text_a or "").lower() == fold(text_b or "").lower() else "info"


_NEGATIONS = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without"}
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _quote_words(text: str) -> list[str]:
    """The words of a quotation, folded, a country written any way as one (`Turkey`,
    `Türkiye`)."""
    words: list[str] = []
    text = _CONTRACTION.sub(_expanded, text)
    for token in _CASED_WORD.findall(text):
        country = country_of(token) if token[:1].isupper() else None
        words.extend(_WORD.findall(fold(country or token).lower()))
    return words


def _expanded(match: re.Match[str]) -> str:
    found = match.group(0).lower().replace("’", "'")
    return _CONTRACTIONS.get(found, " not")


_CASED_WORD = re.compile(r"[^\W_]+")
_CONTRACTIONS = {
    "won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not"
}  # fmt: skip
_CONTRACTION = re.compile(r"\b(?:won['’]t|can['’]t|cannot|shan['’]t)\b|n['’]t\b", re.IGNORECASE)
"""`won't` and `will not`, `isn't` and `is not` are the same words."""


def compare_quotes(a: str, b: str) -> str | None:
    """None when the words are the same; `major` when numbers, negation or a word of a
    near-verbatim quotation change; `minor` when the quotation is rendered in other words."""
    words_a, words_b = _quote_words(a), _quote_words(b)
    if words_a == words_b:
        return None
    joined_a, joined_b = " ".join(words_a), " ".join(words_b)
    if len(min(words_a, words_b, key=len)) >= 4 and (joined_a in joined_b or joined_b in joined_a):
        return "info"  # one outlet quotes more of the same words
    if sorted(_NUMBER.findall(a)) != sorted(_NUMBER.findall(b)):
        return "major"
    if _NEGATIONS.isdisjoint(words_a) != _NEGATIONS.isdisjoint(words_b):
        return "major"
    content_a = [w for w in words_a if w not in TITLE_STOP]
    content_b = [w for w in words_b if w not in TITLE_STOP]
    if content_a == content_b:
        return "info"
    matcher = difflib.SequenceMatcher(a=words_a, b=words_b, autojunk=False)
    if matcher.ratio() >= 0.8 and any(op[0] == "replace" for op in matcher.get_opcodes()):
        return "major"  # word for word but for a changed word: a misquote
    return "minor"


_NAME_PHRASE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:Mr|Mrs|Ms|Dr)\b)(?:[A-Z][\w'’-]+|[A-Z]{2,})"
    r"(?:\s+(?:of\s+|the\s+|for\s+)*(?!(?:Mr|Mrs|Ms|Dr)\b)(?:[A-Z][\w'’-]+|[A-Z]{2,}))*"
)


def name_phrases(text: str | None) -> set[str]:
    """Proper names inside a value, normalised: `Ilham Aliyev`, `Operational Capabilities
    Concept`; acronyms expand to their organisation, countries to one key."""
    if not text:
        return set()
    names = set()
    for match in _NAME_PHRASE.finditer(text):
        phrase = re.sub(r"^(?:The|Mr\.?|Mrs\.?|Ms\.?)\s+", "", match.group(0)).strip()
        if not phrase:
            continue
        key = org_key(phrase)
        country = country_of(phrase)
        names.add(fold(country or key).lower())
    return names


_TOKEN = re.compile(r"[\w’'-]+|\d+(?:[.,]\d+)*")


@lru_cache(maxsize=1 << 16)
def substitution(a: str | None, b: str | None, min_equal: float = 0.6) -> tuple[str, str] | None:
    """One text with a name or figure swapped for another, the rest word for word.

    Returns the two replaced stretches (`Mustafa Oğuz` / `Ahmet Yilmaz`) or None. Only a
    near-verbatim pair qualifies: at most two changed stretches, at least `min_equal` of the
    words the same, and a replaced stretch holding a capitalised word or a number on both
    sides. Reworded paraphrase never qualifies, so it is never called a clash.
    """
    if not a or not b or a == b:
        return None  # (the same text has nothing swapped)
    (words_a, folded_a), (words_b, folded_b) = _tokens(a), _tokens(b)
    longest = max(len(words_a), len(words_b))
    if abs(len(words_a) - len(words_b)) > 8:
        return None  # two changed stretches of at most 4 words cannot make up the rest
    common = sum((Counter(folded_a) & Counter(folded_b)).values())
    if common / longest < min_equal or longest - common > 8:
        return None  # too few words in common for that many to be equal in order, or to
        # leave at most two changed stretches of at most 4 words each
    matcher = difflib.SequenceMatcher(a=folded_a, b=folded_b, autojunk=False)
    opcodes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not opcodes or len(opcodes) > 2:
        return None
    if any(max(i2 - i1, j2 - j1) > 4 for _, i1, i2, j1, j2 in opcodes):
        return None
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in matcher.get_opcodes() if tag == "equal")
    if equal / longest < min_equal:
        return None
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "replace":
            continue
        old, new = words_a[i1:i2], words_b[j1:j2]
        if _salient(old) and _salient(new) and not (_by_title(old) or _by_title(new)):
            return " ".join(old), " ".join(new)
    return None


def _by_title(words: list[str]) -> bool:
    """`The Turkish minister`, `the spokesman`: a person referred to by office, which another
    outlet may call by name (`Guler`); not a name swapped for another."""
    return any(w.islower() and w in _ONE_WORD_HEADS for w in words)


@lru_cache(maxsize=1 << 14)
def _tokens(text: str) -> tuple[list[str], list[str]]:
    """The words of a text, as written and folded to lowercase ASCII."""
    words = _TOKEN.findall(text)
    return words, [fold(w).lower() for w in words]


def _salient(words: list[str]) -> bool:
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def compare_quantities(a: Claim, b: Claim) -> tuple[str | None, str]:
    """(severity, slot) for two figures of the same thing."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if qa.number != qb.number:
        return "major", "number"
    if qa.qualifier != qb.qualifier:
        return "minor", "qualifier"
    return None, "number"


def quantity_value(claim: Claim) -> str:
    q = claim.quantity
    if q is None:
        return claim.value or ""
    if q.counts_text is None and q.unit is not None and claim.value:
        return claim.value  # as written: `two-day`, `$57 billion`, `about 3%`
    qualifier = f"{q.qualifier_text} " if q.qualifier_text else ""
    counted = f" {q.counts_text}" if q.counts_text else ""
    return f"{qualifier}{q.number_text}{counted}".strip()


# --- the alignment ---------------------------------------------------------------------------


def facts_of(files: list[ClaimsFile], people: People) -> list[Fact]:
    """Every claim as a fact; same-article duplicates of one meeting fold into one, and so
    do the ranks (or nationalities) one article gives one person."""
    facts: list[Fact] = []
    for claims in sorted(files, key=lambda f: f.article.id):
        article = claims.article.id
        meetings: dict[frozenset, Fact] = {}
        single: dict[tuple, Fact] = {}
        for claim in claims.claims:
            if claim.kind == "role" and claim.predicate in {"rank", "nationality"}:
                subject = people.resolve(article, claim.subject)
                key = (subject, claim.predicate)
                if key in single:
                    single[key].merged.append(claim)
                    continue
            subject = people.resolve(article, claim.subject)
            obj = people.resolve(article, claim.object) if claim.kind == "meeting" else claim.object
            entity = next((e for e in claims.entities if e.id == claim.subject), None)
            fact = Fact(article, claim, subject, obj, subject_entity=entity)
            if claim.kind == "meeting":
                if subject is None or obj is None or subject == obj:
                    continue
                pair = frozenset({subject, obj})
                if pair in meetings:
                    meetings[pair].merged.append(claim)
                    continue
                meetings[pair] = fact
            if claim.kind == "role" and claim.predicate in {"rank", "nationality"}:
                single[(subject, claim.predicate)] = fact
            facts.append(fact)
    return facts


def role_value(fact: Fact) -> str:
    """A rank or nationality as one article gives it; two when it contradicts itself."""
    values = []
    for claim in (fact.claim, *fact.merged):
        if claim.value and claim.value not in values:
            values.append(claim.value)
    return " / ".join(values)


def align(facts: list[Fact], settings: Settings) -> list[Group]:
    """Greedy, order-free alignment: best-scoring pairs first, one fact per article a group."""
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_kind[fact.kind].append(fact)
    groups: list[Group] = []
    for kind in sorted(by_kind):
        groups.extend(_align_kind(by_kind[kind], SCORERS[kind], settings))
    return groups


def _candidate_pairs(facts: list[Fact], settings: Settings) -> Iterable[tuple[int, int]]:
    """Index pairs (i < j) of facts that can score above zero: those sharing a blocking key
    (`_blocking_keys`), or all pairs when the kind has none. The order does not matter: the
    pairs are sorted by score and fact keys before they are used.

    Where a kind needs several words in common (statements, happenings: `_probes`), each
    pair is found from the smaller fact's rarest words only: when two facts must share at
    least c of the smaller one's n words, any n - c + 1 of its words hold one of them."""
    probes = [_probes(fact, settings) for fact in facts] if len(facts) >= PROBE_FROM else []
    if probes and all(p is not None for p in probes):
        pairs: set[tuple[int, int]] = set()
        for rank in range(len(probes[0])):  # type: ignore[arg-type]
            pairs |= _probed_pairs([p[rank] for p in probes])  # type: ignore[index]
        return sorted(pairs)
    keys = [_blocking_keys(fact, settings) for fact in facts]
    if any(k is None for k in keys):
        return ((i, j) for i in range(len(facts)) for j in range(i + 1, len(facts)))
    postings: dict[object, list[int]] = defaultdict(list)
    for index, fact_keys in enumerate(keys):
        for key in fact_keys or ():
            postings[key].append(index)
    pairs = set()
    for indexes in postings.values():
        pairs.update(itertools.combinations(indexes, 2))
    return sorted(pairs)


PROBE_FROM = 40
"""Facts of one kind from which looking up the rarest words pays (with fewer, every pair
sharing a word is scored: the same candidates, or a few more)."""


def _probed_pairs(probes: list[tuple[frozenset, int]]) -> set[tuple[int, int]]:
    """Pairs of facts sharing at least `needed` keys of the smaller one's (keys, needed),
    and some more: each fact looks up its n - needed + 1 rarest keys among facts at least
    as large (ties by index)."""
    postings: dict[object, list[int]] = defaultdict(list)
    for index, (keys, _) in enumerate(probes):
        for key in keys:
            postings[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for i, (keys, needed) in enumerate(probes):
        size = len(keys)
        if not size or needed > size:
            continue
        rarest = sorted(keys, key=lambda k: len(postings[k]))  # any order finds every pair
        for key in rarest[: size - max(needed, 1) + 1]:
            for j in postings[key]:
                other = len(probes[j][0])
                if other > size or (other == size and j > i):
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def _at_least(size: int, share: float) -> int:
    """The fewest of `size` words that are at least `share` of them (as the scorers divide)."""
    if not size:
        return 1
    count = max(0, min(size, math.ceil(share * size)))
    while count > 0 and (count - 1) / size >= share:
        count -= 1
    while count <= size and count / size < share:
        count += 1
    return count


def _probes(fact: Fact, settings: Settings) -> tuple[tuple[frozenset, int], ...] | None:
    """For statements and happenings: (keys, how many of them a pair needs at least) per
    way the scorer can align two facts, for the smaller fact of the pair; None for the
    other kinds.

    statement: the same family, and at least `statement_overlap` of the smaller topic, or
    STATEMENT_SHARED words with STATEMENT_SIMILAR Jaccard (which needs 0.4 of the smaller
    topic: c >= 0.25 (a + b - c) >= 0.25 (2a - c)); happening: on the same day, at least
    EVENT_SAME_DAY_OVERLAP of the smaller one's words, or at least `event_overlap`."""
    claim = fact.claim
    if claim.kind == "statement" and settings.statement_overlap > 0 and _FAMILY_GROUPS is not None:
        family = _FAMILY_GROUPS.get(claim.family, claim.family)
        words = fact.topic_set
        size = len(words)
        needed = min(
            _at_least(size, settings.statement_overlap),
            max(STATEMENT_SHARED, int(0.4 * size)),  # rounded down: never too many
        )
        return ((frozenset((family, w) for w in words), needed),)
    if claim.kind == "event" and min(settings.event_overlap, EVENT_SAME_DAY_OVERLAP) > 0:
        words = fact.value_words
        size = len(words)
        iso, month_day, _ = fact.own
        same_day = _at_least(size, EVENT_SAME_DAY_OVERLAP)
        return (  # the same day: the same full date, else the same month and day
            (frozenset(("iso", iso, w) for w in words) if iso else frozenset(), same_day),
            (
                frozenset(("md", month_day, w) for w in words) if month_day else frozenset(),
                same_day,
            ),
            (frozenset(words), _at_least(size, settings.event_overlap)),
        )
    return None


def _blocking_keys(fact: Fact, settings: Settings) -> set[object] | None:
    """Keys two facts must share to score above zero (see the scorers); None: no such keys,
    compare with every fact. A large event is then not an all-pairs comparison of its claims.

    meeting: the same two people; role: the same person and predicate; quantity: the same
    count key (for a bare number, also a word just before it: `near` needs one); visit: a
    content word of the value in common. Statements and happenings: see `_probes`.
    """
    claim = fact.claim
    kind = claim.kind
    if kind == "meeting":
        return {frozenset((fact.subject, fact.object))}
    if kind == "role":
        return {(fact.subject, claim.predicate)}
    if kind == "quantity":
        if claim.quantity is None:
            return set()
        if fact.count == (None, None):
            return {(fact.count, word) for word in fact.words_before}
        return {fact.count}
    if kind == "visit" and settings.visit_overlap > 0:
        return set(content_words(claim.value))
    return None


def _family_groups() -> dict[str | None, object] | None:
    """Family -> the group of families it matches (`families_match`); None when the groups
    overlap, so that no single key stands for them."""
    groups: dict[str | None, object] = {}
    for group in COMPATIBLE_FAMILIES:
        for family in group:
            if family in groups:
                return None
            groups[family] = group
    return groups


_FAMILY_GROUPS = _family_groups()


def _fact_key(fact: Fact) -> tuple[str, str]:
    return (fact.article, fact.claim.id)


def _align_kind(facts: list[Fact], scorer, settings: Settings) -> list[Group]:
    pairs: list[tuple[float, tuple, tuple, int, int]] = []
    keys = [_fact_key(fact) for fact in facts]
    articles = [fact.article for fact in facts]
    for i, j in _candidate_pairs(facts, settings):
        if articles[i] == articles[j]:
            continue
        score = scorer(facts[i], facts[j], settings)
        if score > 0:
            key_a, key_b = (keys[i], keys[j]) if keys[i] <= keys[j] else (keys[j], keys[i])
            pairs.append((-score, key_a, key_b, i, j))
    pairs.sort()  # best first, then by fact keys (distinct for every pair: no further ties)
    owner: list[Group | None] = [None] * len(facts)
    members: dict[int, list[int]] = {}  # id of a group -> indexes of its facts
    first: list[int] = []  # facts in the order they joined a group (the groups' order)
    for _, _, _, i, j in pairs:
        group_a, group_b = owner[i], owner[j]
        if group_a is not None and group_a is group_b:
            continue
        if group_a is None and group_b is None:
            group = Group({articles[i]: facts[i], articles[j]: facts[j]})
            members[id(group)] = [i, j]
            owner[i] = owner[j] = group
            first += (i, j)
        elif group_a is not None and group_b is None:
            if articles[j] in group_a.facts:
                continue
            group_a.facts[articles[j]] = facts[j]
            members[id(group_a)].append(j)
            owner[j] = group_a
            first.append(j)
        elif group_b is not None and group_a is None:
            if articles[i] in group_b.facts:
                continue
            group_b.facts[articles[i]] = facts[i]
            members[id(group_b)].append(i)
            owner[i] = group_b
            first.append(i)
        else:
            assert group_a is not None and group_b is not None
            if not group_a.facts.keys().isdisjoint(group_b.facts):
                continue
            group_a.facts.update(group_b.facts)
            for k in members.pop(id(group_b)):
                owner[k] = group_a
                members[id(group_a)].append(k)
    groups = {id(g): g for g in (owner[k] for k in first) if g is not None}
    singles = [Group({f.article: f}) for f, g in zip(facts, owner, strict=True) if g is None]
    return [*groups.values(), *singles]


def pair_changed_people(groups: list[Group], event_articles: list[str]) -> list[tuple]:
    """Meetings of two articles that share one participant and differ in the other, where
    neither article reports the other's pair: one meeting with a person changed."""
    meetings = [g for g in groups if next(iter(g.facts.values())).kind == "meeting"]
    found = []
    for i, g in enumerate(meetings):
        for h in meetings[i + 1 :]:
            if g.articles() & h.articles():
                continue
            fg, fh = next(iter(g.facts.values())), next(iter(h.facts.values()))
            pair_g, pair_h = {fg.subject, fg.object}, {fh.subject, fh.object}
            shared = pair_g & pair_h
            if len(shared) != 1:
                continue
            if any(_reports_pair(o, pair_h, meetings) for o in g.articles()):
                continue
            if any(_reports_pair(o, pair_g, meetings) for o in h.articles()):
                continue
            found.append((g, h, (pair_g - shared).pop(), (pair_h - shared).pop()))
    return found


def _reports_pair(article: str, pair: set, meetings: list[Group]) -> bool:
    for group in meetings:
        fact = group.facts.get(article)
        if fact is not None and {fact.subject, fact.object} == pair:
            return True
    return False


# --- findings --------------------------------------------------------------------------------


@dataclass
class Context:
    """What findings need to know about the event's articles."""

    event_articles: list[str]
    files: dict[str, ClaimsFile]
    people: People
    settings: Settings
    copies: dict[str, str] = field(default_factory=dict)

    def outlet(self, article: str) -> str:
        return self.files[article].article.outlet or article

    def outlets(self, articles: Iterable[str]) -> str:
        return ", ".join(self.outlet(a) for a in sorted(articles))

    def published(self, article: str) -> str | None:
        return self.files[article].article.published


def _fingerprint(*parts: object) -> str:
    text = "\x1f".join(str(p) for p in parts)
    return "f-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def describe_fact(fact: Fact, people: People) -> str:
    """The fact in a few words for a summary line."""
    claim = fact.claim
    subject = (
        people.name(fact.subject)
        if fact.subject not in {None, SIDES}
        else (fact.subject or "it was reported that")
    )
    if claim.kind == "meeting":
        return f"{people.name(fact.subject)} met {people.name(fact.object)}"
    if claim.kind == "role":
        return f"{people.name(fact.subject)}: {claim.predicate} {claim.value}"
    if claim.kind == "quantity":
        return quantity_value(claim)
    if claim.kind == "visit":
        return f"{subject} {claim.predicate} {_clip(claim.value, 70)}"
    if claim.kind == "event":
        return _clip(claim.value, 90)
    words = f"“{claim.quote}”" if claim.quote else _clip(claim.value, 80)
    return f"{subject} {claim.predicate}: {words}"


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def signature(fact: Fact, people: People) -> str:
    claim = fact.claim
    if claim.kind == "meeting":
        return "|".join(sorted(str(p) for p in (fact.subject, fact.object)))
    if claim.kind == "role":
        return f"{fact.subject}|{claim.predicate}|{' '.join(sorted(office_words(claim.value)))}"
    if claim.kind == "quantity":
        return f"{_quantity_key(claim)}"
    return f"{fact.subject}|{claim.family}|{' '.join(claim.topic[:8])}"


def _base(group: Group, ctx: Context) -> dict:
    facts = group.facts
    return {
        "evidence": {a: f.claim.evidence.sentence for a, f in sorted(facts.items())},
        "lines": {a: f.claim.evidence.line for a, f in sorted(facts.items())},
        "claims": {a: f.claim.id for a, f in sorted(facts.items())},
        "background": any(f.claim.background for f in facts.values()),
    }


def _anchor(group: Group) -> Fact:
    return group.facts[min(group.facts)]


def group_findings(group: Group, ctx: Context) -> list[Finding]:
    """Agreement or discrepancies for an aligned group, plus its omissions."""
    anchor = _anchor(group)
    kind = anchor.kind
    what = describe_fact(anchor, ctx.people)
    sig = signature(anchor, ctx.people)
    findings: list[Finding] = []
    if len(group.facts) >= 2:
        findings.extend(slot_discrepancies(group, ctx, what, sig))
        confirmed = len(independent(group.facts, ctx.copies)) >= 2
        if confirmed and not any(f.severity in {"major", "minor"} for f in findings):
            base = _base(group, ctx)
            findings.append(
                Finding(
                    type="agreement",
                    severity="info",
                    kind=kind,
                    summary=f"{what} — reported by {ctx.outlets(group.facts)}",
                    present_in=sorted(group.facts),
                    id=_fingerprint("agreement", kind, sig),
                    **base,
                )
            )
        swapped = any(f.slot in {"name", "quote"} for f in findings)
        findings.extend(detail_omissions(group, ctx, what, sig, names=not swapped))
    missing = missing_from(group, ctx)
    if missing:
        base = _base(group, ctx)
        findings.append(
            Finding(
                type="omission",
                severity="minor" if not base["background"] else "info",
                kind=kind,
                summary=f"{what} — reported by {ctx.outlets(group.facts)}; not by "
                f"{ctx.outlets(missing)}",
                present_in=sorted(group.facts),
                missing_from=missing,
                slot="fact",
                id=_fingerprint("omission", kind, sig),
                **base,
            )
        )
    return findings


def missing_from(group: Group, ctx: Context) -> list[str]:
    """Articles of the event without the fact, leaving out those published before it."""
    iso = next((f.own_date()[0] for f in group.facts.values() if f.own_date()[0]), None)
    missing = []
    for article in ctx.event_articles:
        if article in group.facts:
            continue
        published = ctx.published(article)
        if iso and published and published < iso:
            continue
        missing.append(article)
    return missing


def _discrepancy(
    group: Group,
    ctx: Context,
    severity: str,
    slot: str,
    values: dict[str, str],
    summary: str,
    sig: str,
    kind: str,
) -> Finding:
    base = _base(group, ctx)
    subset = {a: v for a, v in sorted(values.items())}
    return Finding(
        type="discrepancy",
        severity=severity,
        kind=kind,
        summary=summary,
        present_in=sorted(group.facts),
        values=subset,
        slot=slot,
        id=_fingerprint("discrepancy", kind, sig, slot),
        **base,
    )


def _worst(severities: Iterable[str | None]) -> str | None:
    order = {"info": 1, "minor": 2, "major": 3}
    worst = None
    for severity in severities:
        if severity and (worst is None or order[severity] > order[worst]):
            worst = severity
    return worst


def _pairwise(values: dict[str, object], compare) -> str | None:
    items = sorted(values.items())
    return _worst(compare(a, b) for i, (_, a) in enumerate(items) for _, b in items[i + 1 :])


def _by_value(values: dict[str, str], ctx: Context, with_time: bool = False) -> str:
    """`2023-03-09 (News.Az, Trend) vs 2023-03-08 (Azernews)`."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for article, value in sorted(values.items()):
        grouped[value].append(article)
    parts = []
    for value, articles in sorted(grouped.items(), key=lambda kv: (min(kv[1]), kv[0])):
        who = []
        for article in articles:
            stamp = f" {ctx.published(article)}" if with_time and ctx.published(article) else ""
            who.append(f"{ctx.outlet(article)}{stamp}")
        parts.append(f"{value} ({', '.join(who)})")
    return " vs ".join(parts)


def slot_discrepancies(group: Group, ctx: Context, what: str, sig: str) -> list[Finding]:
    anchor = _anchor(group)
    kind = anchor.kind
    facts = group.facts
    found: list[Finding] = []

    def add(severity, slot, values, label, with_time=False, note=""):
        if severity is None:
            return
        why = "" if severity == "major" else _WHY.get((slot, severity), "")
        summary = f"{label}: {_by_value(values, ctx, with_time)}{note}{why}"
        found.append(_discrepancy(group, ctx, severity, slot, values, summary, sig, kind))

    if kind in {"meeting", "visit", "event"}:
        dates = {a: f.own_date() for a, f in facts.items() if any(f.own_date())}
        severity = _pairwise(dates, compare_dates)
        shown = {a: _date_shown(d) for a, d in dates.items()}
        add(severity, "date", shown, f"Date of: {what}")
        times = {a: f.claim.time_of_day for a, f in facts.items() if f.claim.time_of_day}
        if len(set(times.values())) > 1:
            add("minor", "time", times, f"Time of day of: {what}")
    if kind == "meeting":
        places = {a: f.place() for a, f in facts.items() if f.place()}
        add(_pairwise(places, compare_places), "place", places, f"Place of: {what}")
    if kind == "role":
        add(*_role_discrepancy(facts, what))
    if kind == "quantity":
        severity = _pairwise(
            {a: f.claim for a, f in facts.items()}, lambda x, y: compare_quantities(x, y)[0]
        )
        values = {a: quantity_value(f.claim) for a, f in facts.items()}
        dates = {ctx.published(a) for a in facts}
        note = " (published at different times: possibly an update)" if len(dates) > 1 else ""
        add(
            severity,
            "number",
            values,
            f"Figure for {anchor.claim.quantity.counts_text or what}",
            with_time=len(dates) > 1,
            note=note,
        )
    if kind == "statement":
        quotes = {a: f.claim.quote for a, f in facts.items() if f.claim.quote}
        add(_pairwise(quotes, compare_quotes), "quote", quotes, f"Quotation in: {what}")
        values = {a: f.claim.value or "" for a, f in facts.items() if not f.claim.quote}
        for a, b in _pairs(sorted(values)):
            swapped = substitution(values[a], values[b])
            if swapped and not any(ch.isdigit() for ch in "".join(swapped)):
                add("major", "name", {a: swapped[0], b: swapped[1]}, f"Name in: {what}")
                break
        titles = {a: t for a, f in facts.items() if (t := _speaker_title(f))}
        for a, b in _pairs(sorted(titles)):
            if _other_office(titles[a], titles[b]):
                add("major", "office", {a: titles[a], b: titles[b]}, f"Speaker's office in: {what}")
                break
    if kind in {"visit", "event"}:
        years = {
            a: f.claim.date_text or "" for a, f in facts.items() if f.claim.date_precision == "year"
        }
        if len(set(years.values())) > 1:
            add("major", "date", years, f"Year of: {what}")
        objects = {a: f.claim.value or "" for a, f in facts.items()}
        for a, b in _pairs(sorted(objects)):
            swapped = substitution(objects[a], objects[b])
            if swapped:
                slot = _swap_slot(swapped)
                add("major", slot, {a: swapped[0], b: swapped[1]}, f"{slot.title()} in: {what}")
                break
    return found


def _speaker_title(fact: Fact) -> str | None:
    """The office a statement's speaker is known by when the sentence gives no name (`the
    Chief of Staff of the NATO LANDCOM expressed …`), else None."""
    text = fact.claim.subject_text
    if not text or named_explicitly(fact) or not _office_words(text) & _ONE_WORD_HEADS:
        return None
    return text


def _office_words(title: str) -> frozenset[str]:
    """`office_words` without the countries (`the Turkish defense minister`: defense,
    minister)."""
    return frozenset(w for w in office_words(title) if not w.startswith("country:"))


_ONE_WORD_HEADS = frozenset(w for w in OFFICE_HEADS if w.isalpha()) | DEPUTY_WORDS
"""Words that make an office: which office a title names turns on them."""


def _other_office(a: str, b: str) -> bool:
    """Two titles for one speaker naming different offices of the same body: `the Chief of
    Staff of the NATO LANDCOM` and `the Commander of the NATO LANDCOM`, `the minister` and
    `the deputy minister`. Another wording (`the Defense Minister`, `the Minister of
    Defense`), a fuller one (`the commander`, `the NATO commander`), a country added or two
    titles with nothing in common are not."""
    words_a, words_b = _office_words(a), _office_words(b)
    shared, differ = words_a & words_b, words_a ^ words_b
    return bool(shared) and bool(differ & _ONE_WORD_HEADS)


_WHY = {
    ("date", "info"): " (the same day, written differently)",
    ("place", "info"): " (the same place, named more or less fully)",
    ("office", "info"): " (the same office, worded differently)",
    ("office", "minor"): " (an office named more or less fully, not another office)",
    ("number", "minor"): " (the same figure with another qualifier)",
    ("quote", "minor"): " (the quotation in other words; figures and negation agree)",
    ("quote", "info"): " (the same words; one quotes more or less of them, or small words differ)",
    ("time", "minor"): " (the time of day differs; the date agrees)",
}
"""Why a difference is not called a clash, said in the summary so a reader can judge."""


def _swap_slot(swapped: tuple[str, str]) -> str:
    """What a swapped stretch is: a figure, a place, or another name."""
    if any(ch.isdigit() for ch in "".join(swapped)):
        return "number"
    if any(is_place(part) or country_of(part) for part in swapped):
        return "place"
    return "name"


def _pairs(items: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1 :]]


def _date_shown(date: tuple) -> str:
    iso, month_day, text = date
    shown = iso or (month_day[2:] if month_day else "?")
    if text and fold(text).lower() not in {shown, (iso or "")}:
        return f"{shown} ({text})"
    return shown


def compare_places(a: str, b: str) -> str | None:
    """Two outlets' place of one meeting: `major` for another city, country or building;
    `info` for the same one named more or less fully or spelt otherwise (`Kyiv`, `Kiev`);
    None for a place and a narrower one in it (`in Azerbaijan`, `in Baku`, `at the Defense
    Ministry`): one outlet is only less precise. A building with its city (`Great Hall of
    the People, Beijing`) is compared part by part."""
    named = _compare_names(a, b)
    if named != "major":
        return named
    (building_a, where_a), (building_b, where_b) = _place_parts(a), _place_parts(b)
    verdicts = []
    if building_a and building_b:
        verdicts.append(_compare_names(building_a, building_b))
    if where_a and where_b:
        verdicts.append(_compare_where(where_a, where_b))
    return _worst(verdicts)


def _compare_names(a: str, b: str) -> str | None:
    """None for the same words, `info` when one name holds the other's, else `major`."""
    words_a, words_b = set(content_words(a)) - {"the"}, set(content_words(b)) - {"the"}
    if words_a == words_b:
        return None
    return "info" if words_a <= words_b or words_b <= words_a else "major"


def _place_parts(place: str) -> tuple[str | None, tuple[str, str] | None]:
    """(building, (kind, city or country)) of a place, either part None when not given."""
    building, comma, last = place.rpartition(", ")
    if comma and (where := _where(last)) is not None:
        return building, where
    where = _where(place)
    return (None, where) if where is not None else (place, None)


def _compare_where(a: tuple[str, str], b: tuple[str, str]) -> str | None:
    """Two cities or countries (`_where`): another is `major`, another spelling `info`, a
    capital in its country or a city whose country is not known here None."""
    (kind_a, value_a), (kind_b, value_b) = a, b
    if kind_a == kind_b:
        if value_a == value_b:
            return "info"
        return "info" if kind_a == "city" and fuzz.ratio(value_a, value_b) >= 75 else "major"
    city, country = (value_a, value_b) if kind_a == "city" else (value_b, value_a)
    home = _CAPITAL_OF.get(city)
    if home is None or home == country:
        return None
    return "major"


def _where(place: str) -> tuple[str, str] | None:
    """("city", folded name) or ("country", canonical name) of a place a gazetteer knows
    (`the Hungarian capital` is Budapest); None for a building or an unknown name."""
    text = re.sub(r"^the\s+", "", place.strip(), flags=re.IGNORECASE)
    capital = capital_named(text)
    if capital is not None:
        return "city", fold(capital).lower()
    country = country_of(text)
    if country is not None and fold(text).lower() not in _CAPITAL_OF:
        return "country", country
    if is_place(text):
        return "city", fold(text).lower()
    return None


_CAPITAL_OF = {fold(city).lower(): country for country, city in CAPITALS.items()}


def _breadth(place: str) -> int:
    """0 for a building (or a name not known as a city or country), 1 a city, 2 a country."""
    where = _where(place)
    return 0 if where is None else 1 if where[0] == "city" else 2


def _role_discrepancy(facts: dict[str, Fact], what: str) -> tuple:
    anchor = facts[min(facts)]
    predicate = anchor.claim.predicate
    values = {a: role_value(f) for a, f in facts.items()}
    if predicate == "rank":
        canon = set(values.values())
        if len(canon) > 1:
            shown = {}
            for article, fact in facts.items():
                written = fact.subject_entity.rank_original if fact.subject_entity else None
                value = values[article]
                shown[article] = f"{value} ({written})" if written and written != value else value
            return "major", "rank", shown, f"Rank of {what.split(':')[0]}"
        originals = {}
        for article, fact in facts.items():
            entity = fact.subject_entity
            if entity and entity.rank_original:
                originals[article] = entity.rank_original
        if len({fold(v).lower() for v in originals.values()}) > 1:
            return "info", "rank", originals, f"Rank of {what.split(':')[0]} written differently"
        return None, "rank", {}, ""
    if predicate == "office":
        return (
            _pairwise(values, compare_offices),
            "office",
            values,
            (f"Office of {what.split(':')[0]}"),
        )
    if len({fold(v).lower() for v in values.values()}) > 1:
        return "major", predicate, values, f"{predicate.title()} of {what.split(':')[0]}"
    return None, predicate, {}, ""


def detail_omissions(
    group: Group, ctx: Context, what: str, sig: str, names: bool = True
) -> list[Finding]:
    """A detail some outlets give within an aligned fact and others leave out: the meeting
    place, a name inside a statement (`under the leadership of … Ilham Aliyev`)."""
    anchor = _anchor(group)
    found: list[Finding] = []
    facts = group.facts
    if anchor.kind == "meeting":
        with_place = sorted(a for a, f in facts.items() if f.place())
        without = sorted(a for a in facts if a not in with_place)
        if with_place and without:
            place = facts[with_place[0]].place()
            summary = f"{what} {at_place(place)}"
            found.append(_omission(group, ctx, "place", with_place, without, summary, sig))
    if anchor.kind == "statement" and names:
        names = {a: name_phrases(f.claim.value) for a, f in facts.items()}
        people_names = {n for values in names.values() for n in values if len(n.split()) >= 2}
        for name in sorted(people_names):
            having = sorted(a for a, v in names.items() if name in v)
            lacking = sorted(a for a, v in names.items() if name not in v)
            if having and lacking and len(having) >= 1:
                label = _display_name(name, facts[having[0]].claim.value or "")
                found.append(
                    _omission(
                        group,
                        ctx,
                        f"name:{name}",
                        having,
                        lacking,
                        f"{what} — mentions {label}",
                        sig,
                    )
                )
    return found


def _display_name(key: str, value: str) -> str:
    for match in _NAME_PHRASE.finditer(value):
        if fold(org_key(match.group(0))).lower() == key or key in fold(match.group(0)).lower():
            return match.group(0)
    return key


def _omission(
    group: Group,
    ctx: Context,
    slot: str,
    having: list[str],
    lacking: list[str],
    label: str,
    sig: str,
) -> Finding:
    base = _base(group, ctx)
    return Finding(
        type="omission",
        severity="info",
        kind=_anchor(group).kind,
        summary=f"{label} — reported by {ctx.outlets(having)}; not by {ctx.outlets(lacking)}",
        present_in=having,
        missing_from=lacking,
        slot=slot,
        id=_fingerprint("omission", _anchor(group).kind, sig, slot),
        **base,
    )


def spelling_findings(ctx: Context) -> list[Finding]:
    """One person, several spellings across outlets (Oğuz / Oguz): `info`."""
    found = []
    for person in sorted(ctx.people.people, key=lambda p: p.pid):
        names = {a: n for a, n in person.names.items() if a in ctx.event_articles}
        if len(names) < 2:
            continue
        full = {a: n for a, n in names.items() if len(n.split()) > 1}
        surnames = {a: n.split()[-1] for a, n in names.items()}
        spellings = {a: surnames[a] for a in names}
        if len(set(spellings.values())) < 2:
            if len({fold(n) for n in full.values()}) > 1 and len(set(full.values())) > 1:
                spellings = full
            else:
                continue
        evidence = {}
        lines = {}
        for article in spellings:
            entity = person.entities[article]
            evidence[article] = f"{entity.name} ({', '.join(entity.aliases[:3])})".strip()
            lines[article] = 0
        summary = f"{person.display} spelled {_by_value(spellings, ctx)}"
        found.append(
            Finding(
                type="discrepancy",
                severity="info",
                kind="role",
                summary=summary,
                present_in=sorted(spellings),
                values=dict(sorted(spellings.items())),
                slot="name",
                evidence=dict(sorted(evidence.items())),
                id=_fingerprint("discrepancy", "role", person.pid, "name"),
            )
        )
    return found


def _participants(groups: list[Group]) -> set[str | None]:
    """The people the event is about: those who meet, visit or speak in it."""
    people: set[str | None] = set()
    for group in groups:
        for fact in group.facts.values():
            if fact.kind == "meeting":
                people.update({fact.subject, fact.object})
            elif fact.kind in {"visit", "statement"}:
                people.add(fact.subject)
    return people


def pair_changed_speakers(groups: list[Group]) -> list[tuple[Group, Group]]:
    """Statements (or visits) word for word the same but for who said (or went): one fact
    with its person changed, when neither article reports the other's version."""
    found = []
    candidates = [
        g for g in groups
        if _anchor(g).kind in {"statement", "visit"}
        and all(named_explicitly(f) for f in g.facts.values())
    ]  # fmt: skip
    used: set[int] = set()
    for i, g in enumerate(candidates):
        if id(g) in used:
            continue
        fg = _anchor(g)
        for h in candidates[i + 1 :]:
            fh = _anchor(h)
            if id(h) in used or g.articles() & h.articles() or fg.kind != fh.kind:
                continue
            if fg.subject == fh.subject or not families_match(fg.claim.family, fh.claim.family):
                continue
            if _near_verbatim(g, h):
                found.append((g, h))
                used.update({id(g), id(h)})
                break
    return found


def _near_verbatim(g: Group, h: Group) -> bool:
    """Some fact of one group says word for word what some fact of the other says."""
    return any(_verbatim(a, b) for a in g.facts.values() for b in h.facts.values())


def changed_speaker_findings(groups: list[Group], ctx: Context) -> tuple[list[Finding], set]:
    found = []
    used: set[int] = set()
    for g, h in pair_changed_speakers(groups):
        merged = Group({**g.facts, **h.facts})
        values = {a: _subject_name(f, ctx) for a, f in merged.facts.items()}
        anchor = _anchor(merged)
        what = describe_fact(anchor, ctx.people)
        label = "Speaker" if anchor.kind == "statement" else "Visitor"
        summary = f"{label} of: {what}: {_by_value(values, ctx)}"
        found.append(
            _discrepancy(merged, ctx, "major", "person", values, summary,
                         signature(anchor, ctx.people), anchor.kind)
        )  # fmt: skip
        used.update({id(g), id(h)})
    return found, used


def _subject_name(fact: Fact, ctx: Context) -> str:
    if fact.subject_entity is not None:
        return fact.subject_entity.name
    return ctx.people.name(fact.subject) if fact.subject else "someone"


def changed_person_findings(groups: list[Group], ctx: Context) -> tuple[list[Finding], set]:
    """A meeting reported with another participant: `major`, both names given."""
    found = []
    used: set[int] = set()
    for g, h, one, other in pair_changed_people(groups, ctx.event_articles):
        merged = Group({**g.facts, **h.facts})
        values = {a: ctx.people.name(one) for a in g.facts}
        values.update({a: ctx.people.name(other) for a in h.facts})
        anchor = _anchor(merged)
        what = describe_fact(anchor, ctx.people)
        summary = f"Participant of: {what}: {_by_value(values, ctx)}"
        found.append(
            _discrepancy(
                merged,
                ctx,
                "major",
                "person",
                values,
                summary,
                signature(anchor, ctx.people),
                "meeting",
            )
        )
        used.update({id(g), id(h)})
    return found, used


def compare_event(
    event: Event,
    files: dict[str, ClaimsFile],
    settings: Settings,
    copies: dict[str, str] | None = None,
) -> Event:
    """The event with its findings and consistency score. `copies` maps an article that
    repeats another word for word to that original: it never confirms it."""
    members = [files[a] for a in event.articles]
    people = People(members)
    ctx = Context(sorted(event.articles), files, people, settings, copies or {})
    facts = facts_of(members, people)
    groups = align(facts, settings)
    findings: list[Finding] = []
    if len(event.articles) > 1:
        changed, used = changed_person_findings(groups, ctx)
        findings.extend(changed)
        speakers, used_speakers = changed_speaker_findings(
            [g for g in groups if id(g) not in used], ctx
        )
        findings.extend(speakers)
        used |= used_speakers
        participants = _participants(groups)
        for group in groups:
            if id(group) in used:
                continue
            anchor = _anchor(group)
            if anchor.kind == "role" and anchor.claim.predicate == "affiliation":
                continue
            found = group_findings(group, ctx)
            if anchor.kind == "role" and anchor.subject not in participants:
                # who a bystander is (a president named in passing) is no omission
                found = [f for f in found if f.type != "omission"]
            findings.extend(found)
        findings.extend(spelling_findings(ctx))
    findings = _dedupe(_one_major_per_sentence(sorted(findings, key=_finding_order)))
    return event.model_copy(
        update={
            "findings": findings,
            "consistency": consistency(findings, len(event.articles)),
        }
    )


_TYPE_ORDER = {"discrepancy": 0, "omission": 1, "agreement": 2}
_SEVERITY_ORDER = {"major": 0, "minor": 1, "info": 2}


def _finding_order(finding: Finding) -> tuple:
    return (
        _TYPE_ORDER[finding.type],
        _SEVERITY_ORDER[finding.severity],
        finding.background,
        finding.kind,
        finding.summary,
        finding.id,
    )


_SLOT_PREFERENCE = (
    "date",
    "number",
    "rank",
    "office",
    "person",
    "nationality",
    "place",
    "quote",
    "name",
)


def _one_major_per_sentence(findings: list[Finding]) -> list[Finding]:
    """One changed fact can surface in two slots (a figure inside a quotation): keep the more
    specific discrepancy when two majors rest on the same sentences."""
    kept: list[Finding] = []
    by_evidence: dict[tuple, Finding] = {}
    for finding in findings:
        if finding.type != "discrepancy" or finding.severity != "major":
            kept.append(finding)
            continue
        key = tuple(sorted(finding.evidence.items()))
        if finding.kind == "statement" and finding.slot == "office":
            # a speaker's title changed: the same finding for every statement of the sentence
            key = ("speaker", *sorted((a, finding.evidence[a]) for a in finding.values))
        other = by_evidence.get(key)
        if other is None:
            by_evidence[key] = finding
            kept.append(finding)
            continue
        rank = _SLOT_PREFERENCE.index
        if rank(finding.slot or "name") < rank(other.slot or "name"):
            kept[kept.index(other)] = finding
            by_evidence[key] = finding
    return kept


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: Counter[str] = Counter()
    unique = []
    for finding in findings:
        seen[finding.id] += 1
        if seen[finding.id] > 1:
            finding = finding.model_copy(update={"id": f"{finding.id}-{seen[finding.id]}"})
        unique.append(finding)
    return unique


def consistency(findings: list[Finding], articles: int) -> float | None:
    """agreements / (agreements + omissions + 2 x major + minor), None for one article."""
    if articles < 2:
        return None
    count = Counter(
        "major"
        if f.type == "discrepancy" and f.severity == "major"
        else "minor"
        if f.type == "discrepancy" and f.severity == "minor"
        else f.type
        for f in findings
        if not (f.type == "discrepancy" and f.severity == "info")
    )
    total = count["agreement"] + count["omission"] + 2 * count["major"] + count["minor"]
    return round(count["agreement"] / total, 3) if total else 1.0
