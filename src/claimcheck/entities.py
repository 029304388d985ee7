"""Mentions -> entities: people and organisations, their ranks, offices and nationality.

Within one article every mention of a person resolves to one entity: the full name, the
surname alone, an initial and surname (`Z. Hasanov`), a title alone (`the minister`,
`the Turkish guest`) and `he`/`his` for the previous sentence's subject. Across articles
entities are matched by `Entity.key` (see `text.name_key`), which survives diacritics and
transliteration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import (
    COUNTRIES,
    OFFICE_HEADS,
    ORG_ALIASES,
    ORG_HEADS,
    country_of,
    family_name_first,
    is_place,
    org_key,
    outlet_name,
)
from .text import (
    RANK_FIRST_WORDS,
    RANK_PATTERN,
    caseless,
    fold,
    name_key,
    normalize_rank,
    surname_key,
    trie_pattern,
)

# --- character classes -------------------------------------------------------------------


def _letters(predicate) -> str:
    chars = [chr(c) for c in range(0x41, 0x530) if predicate(chr(c)) and chr(c).isalpha()]
    return "".join(re.escape(c) for c in chars)


UPPER = _letters(str.isupper)
LOWER = _letters(str.islower)
_CAP_WORD = rf"[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}]?[{LOWER}]+)*"
_INITIALS = rf"(?:[{UPPER}]\.[ \t]?){{1,2}}"
_PARTICLE = (
    r"(?:al-|el-|bin |ibn |van |von |de |da |di |du |le |la |ter |van der |van den |van de |"
    r"von der |von dem |de la |del |dos |das )"
)

NAME = rf"(?:{_INITIALS}{_CAP_WORD}|{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE})?{_CAP_WORD}){{0,3}})"
"""A personal name: `Mustafa Oğuz`, `Z. Hasanov`, `Y.Karagülle`, `Ursula von der Leyen`."""

_RANKED_NAME = re.compile(rf"(?P<rank>{RANK_PATTERN})[ \t]+(?P<name>{NAME})")
"""A rank then a name: `Lt-Gen Mustafa Oguz`, `Rear Admiral Y.Karagülle`."""

_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Sheikh|Imam|Rev|Father|Pope|King|Queen|Prince|"
    r"Princess|Emir|Sultan|Crown Prince)\.?"
)
_TITLE_WORDS = (
    r"(?:(?:First|Deputy|Vice|Acting|Assistant|Principal|Under|Liaison|Prime|Foreign|Defen[cs]e|Interior|Finance|Economy|Justice|"
    r"Health|Energy|Education|Culture|Trade|Transport|Agriculture|Emergency|Emergencies|Digital|"
    r"Labou?r|Economic|Security|General|Chief|Executive|State|Senior|Former|Special|Permanent|"
    r"Presidential|Parliamentary|Federal|Army|Navy|Air|Land|Naval|Military|Supreme|Joint|"
    r"Regional|National|European|Foreign Affairs|Home|Internal Affairs)[ \t]+){0,4}"
    r"(?:Minister|President-elect|President|Premier|Chancellor|Secretary General|"
    r"Secretary(?:-General)?|Senator|Governor|Mayor|Ambassador|Envoy|Speaker|Chairman|"
    r"Chairwoman|Chair|Commander-in-Chief|Commander|Director General|Director-General|Director|"
    r"Spokesman|Spokeswoman|Spokesperson|Judge|Justice|"
    r"Prosecutor|Representative|Adviser|Advisor|Aide|Leader|Chief|Head|Commissioner|Rector|"
    r"Ombudsman|Attorney General)"
)
_COMPLEMENT_WORDS = (
    r"(?:Defen[cs]e|Foreign|Affairs|Internal|Interior|State|Economy|Economic|Finance|Justice|"
    r"Health|Energy|Education|Emergency|Emergencies|Situations|Agriculture|Culture|Trade|"
    r"Industry|Transport|Labou?r|Social|Protection|Population|Ecology|Natural|Resources|Science|"
    r"Sports?|Youth|Digital|Development|Homeland|Security|Army|Navy|Air|Force|Forces|Armed|"
    r"Staff|General|Joint|Chiefs|Parliament|Assembly|Council|Republic|National|Federation|"
    r"Ministry|Ministers|Cabinet|Tourism|Communications?|Information|Technology|Technologies|"
    r"Construction|Infrastructure|Environment|Water|Land|Command|Allied|Europe|Treasury|"
    r"Commerce|Veterans|Intelligence|Operations|Partnerships?|Directorate|Military|International|"
    r"Supreme|Headquarters|Powers|Union|Nations|Commission|Committee|Organization|Organisation|"
    r"Investment|Policy|Political|Planning|Cooperation|Relations|Logistics|Procurement|"
    r"Armaments|Capabilities|Innovation|Public|Diplomacy|Crisis|Management|Cyber|"
    r"Alliance|NATO|UN|EU|OSCE|CSTO|[A-Z]{2,6}|"
    + "|".join(
        sorted(
            {re.escape(w) for c in COUNTRIES for w in c.split() if w[:1].isupper()},
            key=len,
            reverse=True,
        )
    )
    + r")"
)
_COMPLEMENT_WORD = re.compile(_COMPLEMENT_WORDS)
_COUNTRY_WORDS = frozenset(w for c in COUNTRIES for w in c.split())


def _office_word(word: str) -> bool:
    """A word of an office's complement (`Affairs`, `Security`, `Defense`), not an acronym
    or a word of a country's name (`Lucia` of Saint Lucia is a first name too): no name
    opens with one."""
    return (
        _COMPLEMENT_WORD.fullmatch(word) is not None
        and not word.isupper()
        and word not in _COUNTRY_WORDS
    )


_COMPLEMENT = (
    rf"(?:[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?{_COMPLEMENT_WORDS}\b"
    rf"(?:[ \t]+(?:(?:of|and|for|at)[ \t]+)?(?:the[ \t]+)?{_COMPLEMENT_WORDS}\b)*)?"
)
"""The `of Defense` in `Secretary of Defense Lloyd Austin`: ministry and country words only,
so the name after it is not swallowed."""

_TITLED_NAME = re.compile(
    rf"(?P<title>(?:{_HONORIFIC}|{_TITLE_WORDS}(?>{_COMPLEMENT})))[ \t]+"
    rf"(?:(?P<rank>{RANK_PATTERN})[ \t]+)?(?P<name>{NAME})"
)
"""A title or honorific then a name: `Minister Hasanov`, `President Ilham Aliyev`,
`First Deputy Defense Minister Col-Gen Karim Valiyev`, `Mr. Ilham Aliyev`. The office's
complement is taken whole (an atomic group): `the Minister of Foreign Affairs of
Azerbaijan, met …` holds no name, not `Affairs` after `Minister of Foreign`."""

_ORG_HEAD_WORDS = "|".join(
    sorted({w.title() for w in ORG_HEADS if w.isalpha()}, key=len, reverse=True)
)
_TITLE_OF_ORG_NAME = re.compile(
    rf"(?P<title>{_TITLE_WORDS}[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?"
    rf"(?:[{UPPER}][\w'’.-]*[ \t]+(?:(?:of|and|for|on)[ \t]+(?:the[ \t]+)?)?){{0,6}}?"
    rf"(?:{_ORG_HEAD_WORDS})(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_COMPLEMENT_WORDS}\b)*)"
    rf"[ \t]+(?P<name>{NAME})"
)
"""An office in a body named in full, then the holder: `the Chairman of the Board of the
Asian Development Bank Masato Kanda`, `Speaker of the Milli Majlis Sahiba Gafarova`,
`the President of the Senate of Italy Ignazio La Russa`: the body's name ends at its head
word (and its country), the person's begins after it."""

SPEECH_VERBS = (
    r"(?:said|says|stated|states|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|"
    r"underlined|underscored|highlighted|pointed out|added|told|informed|expressed|welcomed|"
    r"greeted|thanked|praised|commended|appreciated|highly appreciated|positively assessed|"
    r"discussed|met|meets|visited|announced|warned|urged|called|declared|reiterated|recalled|"
    r"condoled|prayed|wished|confirmed|denied|accused|signed|received|hosted|congratulated|"
    r"briefed|described|remarked|explained|insisted|asked|agreed|vowed|promised|argued|wrote|"
    r"condemned|criticized|criticised|rejected|responded|replied|answered|claimed|admitted)"
)
_BARE_NAME = re.compile(
    rf"(?<![\w'’.-])(?P<name>{NAME})(?=,?[ \t]+(?:also[ \t]+|then[ \t]+|further[ \t]+|"
    rf"highly[ \t]+|positively[ \t]+|particularly[ \t]+|once again[ \t]+)?{SPEECH_VERBS}\b)"
)
"""A name directly before a speech or meeting verb (`Hasanov informed`, `Joe Biden said`)."""

_CONTEXT_NAME = re.compile(
    rf"\b(?:counterpart|colleague|met(?:[ \t]+with)?|received|hosted|talks[ \t]+with|"
    rf"meeting[ \t]+with|led[ \t]+by|headed[ \t]+by|visited[ \t]+by|envoy|spokesman|"
    rf"spokeswoman|spokesperson|leader|premier|chief)[ \t]+(?P<name>{NAME})"
)
"""A name in a slot only a person fills: `his Hungarian counterpart Peter Szijjarto`,
`met with Peter Szijjarto`, `a delegation led by Ding Xuexiang`."""

_WHO_NAME = re.compile(rf"(?:^|(?<=[\s(\"“]))(?P<name>{NAME}),[ \t]+who\b")
"""A name a `who` clause follows: `Peter Szijjarto, who flew to Baku on Monday, …`."""

_APPOSITIVE_NAME = re.compile(
    rf"\b(?:{_TITLE_WORDS})\b[^,;:\n]{{0,90}},[ \t]+(?P<name>{NAME})"
    rf"(?=[ \t]*(?:[,.;]|$|[ \t]+(?:who|met|said|and|in|on|at|has|had|was|is|visited|held)\b))"
)
"""An office, a comma, then the holder's name: `the Foreign Minister of Lithuania,
Gabrielius Landsbergis, who …`, `the Chairman of the Asian Development Bank, Masato Kanda`."""

MEETING_BETWEEN = r"\b(?:[Mm]eeting|[Tt]alks|[Nn]egotiations)[ \t]+between[ \t]+"
"""`The meeting between …`, `Talks between …`: who follows met each other."""

_BETWEEN_NAMES = re.compile(rf"{MEETING_BETWEEN}(?P<a>{NAME})[ \t]+and[ \t]+(?P<b>{NAME})\b")
"""`Talks between Ilham Aliyev and Recep Tayyip Erdogan were held …`: two people by name."""

_OFFICE_HEADS = trie_pattern([*(w for w in OFFICE_HEADS if w.isalpha()), "counterpart"])
"""The one-word offices, as written in running text (`minister`, `spokesman`, `counterpart`)."""
_NAME_THEN_OFFICE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{NAME}),[ \t]+(?:(?:the|a|an)[ \t]+|[{UPPER}][\w'’.-]*['’]s[ \t]+)?"
    rf"(?:(?!(?:{SPEECH_VERBS}|held|has|had|was|is|who|which|with)\b)[\w'’.-]+[ \t]+){{0,4}}?"
    rf"(?:{_TITLE_WORDS}|{_OFFICE_HEADS})\b"
)
"""A name, a comma, then the holder's office: `Kenji Tanaka, the Deputy Minister of Education
of Japan, met …`, `Kenji Tanaka, Japan's deputy education minister, said …`."""

_LOWER_TITLED_NAME = re.compile(rf"\b(?:{_OFFICE_HEADS})[ \t]+(?P<name>{NAME})")
"""An office written in lower case, then the holder: `Norway's fisheries minister Kari Dahl`,
`the country's prime minister Ali Asadov`."""

_OFFICE_HINT = re.compile(_OFFICE_HEADS)
"""An office head word, searched in the `caseless` sentence (in any case): a sentence
without one has no `_NAME_THEN_OFFICE` and no `_LOWER_TITLED_NAME`."""

_COORDINATED = re.compile(
    rf"(?<![\w'’.-])(?P<a>{NAME})[ \t]+and[ \t]+(?P<b>{NAME})(?=,?[ \t]+(?:also[ \t]+)?"
    rf"(?:discussed|met|held|signed|agreed|talked|exchanged|reviewed)\b)"
)
"""`Fidan and Szijjarto discussed …`: two people as one subject."""

_GROUP_WORDS = (
    r"guests?|visitors?|delegation|delegations|official|officials|"
    r"minister|ministers|chief|commander|director|president|premier|chancellor|secretary|"
    r"ambassador|envoy|general|admiral|head|chairman|spokesman|spokeswoman|spokesperson|"
    r"leader|counterpart|host|hosts|officer"
)
_CAPITAL_HEADS = (
    r"Minister|Chief|Director|Commander|President|Premier|Chancellor|Secretary|Ambassador|"
    r"Envoy|Chairman|Spokesman|Spokeswoman|Spokesperson|Leader"
)
"""Heads also taken capitalised (`the President said`); not `General`, `Admiral` or `Head`,
which end or open longer offices (`the Secretary General`, `the Head of State`)."""
_TITLE_ONLY = re.compile(
    rf"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?P<phrase>(?:(?:visiting|foreign|"
    rf"[{UPPER}][\w'’.-]*|[a-z]+(?=[ \t]+(?:{_GROUP_WORDS})\b))[ \t]+){{0,5}})"
    rf"(?P<head>[Hh]ead[ \t]+of[ \t]+(?:[Ss]tate|[Gg]overnment)|"
    rf"(?:[Ss]ecretary|[Dd]irector)[ \t-]+[Gg]eneral|{_GROUP_WORDS}|{_CAPITAL_HEADS})\b"
    rf"(?P<tail>(?:[ \t]+of[ \t]+(?:the[ \t]+)?[{UPPER}][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?"
    rf"(?:the[ \t]+)?[{UPPER}][\w'’.-]*)*)?)"
)
"""A person named by title alone: `the minister`, `the Turkish guest`, `the NATO official`,
`the Chief of the General Staff`, `the General Staff chief`, `the visiting guest`."""

_PRONOUN = re.compile(r"\b(?P<word>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")

_ACRONYM_DEF = re.compile(
    rf"(?P<full>(?:[{UPPER}][\w'’-]*[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*){{1,7}}"
    rf"[{UPPER}][\w'’-]*)[ \t]*\((?P<short>[A-Z][A-Za-z&]{{1,9}})\)"
)
"""An organisation defined with its short form: `Operational Capabilities Concept (OCC)`."""

_NOT_NAMES = frozenset(
    fold(w).lower()
    for w in [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Or",
        "If",
        "As",
        "So",
        "Then",
        "Meanwhile",
        "However",
        "Also",
        "During",
        "After",
        "Before",
        "Later",
        "Earlier",
        "Furthermore",
        "Moreover",
        "Speaking",
        "Welcoming",
        "Saying",
        "Noting",
        "First",
        "Finally",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "It",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "He",
        "She",
        "They",
        "We",
        "You",
        "I",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Its",
        "Prior",
        "Within",
        "Thanks",
        "Following",
        "According",
        "President",
        "Minister",
        "Army",
        "Ministry",
        "Defense",
        "Defence",
        "Alliance",
        "Council",
        "Command",
        "Staff",
        "General",
        "Colonel",
        "Lieutenant",
        "Chief",
        "Director",
        "Deputy",
        "Secretary",
        "Republic",
        "State",
        "States",
        "Union",
        "Nations",
        "Government",
        "Parliament",
        "Navy",
        "Forces",
        "Force",
        "Office",
        "Press",
        "Service",
        "Agency",
        "Headquarters",
        "North",
        "South",
        "East",
        "West",
        "Central",
        "NATO",
        "OCC",
        "UN",
        "EU",
        "US",
        "UK",
        "Shehids",
        "Martyrs",
        "Victory",
        "War",
        "Patriotic",
        "Concept",
        "Program",
        "Programme",
        "Partnership",
        "Operational",
        "Capabilities",
        "Turkish",
        "Azerbaijani",
        "Russian",
        "American",
        "Military",
        "Meeting",
        "Relations",
        "Supreme",
        "Commander",
        "Allied",
        "Land",
        "To",
        "Note",
        "Recall",
        "Yet",
        "Still",
        "Now",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
    ]
)
"""Capitalised words that start sentences or name things, never a person's name alone."""


@dataclass(slots=True)
class PersonRecord:
    """A person as an article describes them; becomes an `Entity`."""

    name: str
    first_start: int
    key: str
    aliases: list[str] = field(default_factory=list)
    rank: str | None = None
    rank_original: str | None = None
    roles: list[str] = field(default_factory=list)
    nationality: str | None = None
    organisations: list[str] = field(default_factory=list)
    id: str = ""
    other_ranks: list[str] = field(default_factory=list)  # an article that contradicts itself

    @property
    def first_initial(self) -> str | None:
        first = self.name.split()[0] if " " in self.name else None
        return fold(first[0]).upper() if first else None

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_role(self, role: str) -> None:
        role = " ".join(role.split()).strip(" ,;")
        if role and role not in self.roles:
            self.roles.append(role)


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of a sentence that names a person, by name, title or pronoun."""

    start: int
    end: int
    surface: str
    person: PersonRecord | None
    how: str  # name | title | pronoun


# --- ranks, names and offices ------------------------------------------------------------


def split_name(raw: str) -> tuple[str, str | None]:
    """`Y.Karagülle` -> (`Y. Karagülle`, `Y`); `Mustafa Oğuz` -> (`Mustafa Oğuz`, `M`)."""
    spaced = re.sub(rf"^((?:[{UPPER}]\.)+)(?=[{UPPER}])", r"\1 ", raw.strip())
    spaced = re.sub(r"\s+", " ", spaced)
    parts = spaced.split(" ")
    return spaced, (fold(parts[0][0]).upper() if len(parts) > 1 else None)


def is_initialled(name: str) -> bool:
    return bool(re.match(rf"^(?:[{UPPER}]\.\s?)+", name))


def clean_office(raw: str) -> tuple[str, str | None]:
    """`Azerbaijan’s Defense Minister` -> (`Defense Minister`, `Azerbaijan`)."""
    text = " ".join(raw.split()).strip(" ,;:")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    nationality = None
    first, _, rest = text.partition(" ")
    country = country_of(first.rstrip(",")) if rest else None
    if country and not re.match(r"(?:of|for)\b", rest):
        nationality = country
        text = rest
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    return text, nationality


def has_office_head(phrase: str) -> bool:
    words = fold(phrase).lower().replace("-", " ").split()
    return any(w.strip(",.()") in OFFICE_HEADS for w in words)


def has_org_head(phrase: str) -> bool:
    words = fold(phrase).lower().split()
    return bool(words) and any(w.strip(",.()") in ORG_HEADS for w in words)


def office_parts(office: str) -> list[str]:
    """`First Deputy Minister – Chief of the General Staff` is two offices."""
    return [p.strip() for p in re.split(r"\s+[–—-]\s+", office) if p.strip()]


_CLAUSE_START = re.compile(
    r"(?:^|,[ \t]+|\b(?:with|by|led by|and|that|when|as|to|received|hosted|met|welcomed|"
    r"visited|thanked|told|greeted|[a-z]+ed)[ \t]+|;[ \t]*|:[ \t]*|—[ \t]*)"
)
"""Where the office phrase before `, Rank Name` may begin: the last clause start."""


def office_before(before: str) -> str | None:
    """The office in `…, Minister of Defense of Azerbaijan, Colonel General Zakir Hasanov`:
    the phrase between the last clause start and the comma before the name."""
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    for start in reversed(starts):
        phrase = before[start:]
        if not re.search(r"[,;:]", re.sub(r"\([^)]*\)", "", phrase)):
            return phrase
    return None


_OFFICE_AFTER = re.compile(
    r"^,[ \t]+(?P<office>(?:the[ \t]+|a[ \t]+)?[^,;()]*?(?:\([^)]*\)[^,;()]*?)?)"
    r"(?=,|;|\.(?:\s|$)|$|[ \t]+(?:who|which|met|said|has|had|is|was|will|on[ \t]+[A-Z]))"
)
"""The office in `Zakir Hasanov, the Minister of Defense of Azerbaijan, met …`."""


# --- the per-article registry --------------------------------------------------------------


class Registry:
    """The people of one article, filled sentence by sentence, then frozen into entities."""

    def __init__(self) -> None:
        self.people: list[PersonRecord] = []
        self.host: PersonRecord | None = None
        self.guest: PersonRecord | None = None
        self.last_subject: PersonRecord | None = None
        self.organisations: dict[str, list[str]] = {}

    # people ----------------------------------------------------------------------------

    def person(self, raw_name: str, start: int) -> PersonRecord:
        """The record for a name, merging initial+surname and surname-only mentions."""
        name, initial = split_name(raw_name)
        key = surname_key(name)
        tokens = name.split(" ")
        single = len(tokens) == 1
        for record in self.people:
            if surname_key(record.name) != key:
                continue
            if single or record.first_initial is None or initial is None:
                break
            if record.first_initial == initial:
                break
        else:
            first = self._family_first(name) if single else None
            if first is not None:
                first.add_alias(name)
                return first
            record = PersonRecord(name=name, first_start=start, key=name_key(name))
            self.people.append(record)
            return record
        self._upgrade_name(record, name)
        return record

    def _family_first(self, word: str) -> PersonRecord | None:
        """The person whose family name is written first and is `word`: `Xi` of `Xi
        Jinping`."""
        for record in self.people:
            if family_name_first(record.name) == word:
                return record
        return None

    def _upgrade_name(self, record: PersonRecord, name: str) -> None:
        """Keep the fullest spelled-out form as the entity's name, the rest as aliases."""
        old = record.name
        better = (
            len(name.split()) > len(old.split()) or (is_initialled(old) and not is_initialled(name))
        ) and not is_initialled(name)
        if better:
            record.name = name
            record.key = name_key(name)
            record.add_alias(old)
            if name in record.aliases:
                record.aliases.remove(name)
        else:
            record.add_alias(name)

    def by_surname(self, word: str) -> PersonRecord | None:
        key = surname_key(word)
        for record in self.people:
            if surname_key(record.name) == key:
                return record
        return self._family_first(word)

    def note_org(self, full: str, short: str) -> None:
        """One organisation per short form; the first full name stated wins."""
        for name, aliases in self.organisations.items():
            if short in aliases:
                if full != name and full not in aliases:
                    aliases.append(full)
                return
        self.organisations[full] = [short]

    # titles ----------------------------------------------------------------------------

    def resolve_title(self, phrase: str, head: str) -> PersonRecord | None:
        """`the defense minister` -> the person whose office holds those words."""
        head_l = head.lower()
        words = [w for w in title_words(phrase) if w not in TITLE_STOP]
        if head_l in GUEST_HEADS:
            return self.guest or self._default_guest()
        if head_l in {"official", "officials", "officer", "counterpart"}:
            nationality = _nationality_in(phrase)
            for record in self.people:
                if nationality and record.nationality == nationality:
                    return record
            return self.guest or self._default_guest()
        if head_l in {"host", "hosts"}:
            return self.host
        head_l = " ".join(title_words(head))  # `Secretary-General` -> `secretary general`
        if head_l in _LEADER_HEADS:
            extra = set(words) - set(head_l.split()) - {"head", "state", "government"}
            if any(not country_of(w.title()) for w in extra):
                return None  # `the opposition leader`, `the Hamas leader`: someone else
            return self._leader(phrase, _LEADER_HEADS[head_l])
        best: tuple[int, int, PersonRecord] | None = None
        named = _named_qualifiers(phrase, head_l)
        country = _nationality_in(phrase)
        for order, record in enumerate(self.people):
            if country and record.nationality and record.nationality != country:
                continue  # `the Turkish minister` is not the Azerbaijani one
            score = self._title_score(record, head_l, set(words), named)
            if score is not None and (best is None or (score, order) > (best[0], best[1])):
                best = (score, order, record)
        return best[2] if best else None

    def _leader(self, phrase: str, offices: frozenset[str]) -> PersonRecord | None:
        """`the head of state`, `the Azerbaijani leader`: the one person holding such an
        office (of that country, when the phrase names one); None when no one or several
        do."""
        country = _nationality_in(phrase)
        found = []
        for record in self.people:
            for role in record.roles:
                words = set(title_words(role))
                if not words & offices or words & DEPUTY_WORDS:
                    continue
                if country and country not in (record.nationality, _nationality_in(role)):
                    continue
                found.append(record)
                break
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _title_score(
        record: PersonRecord, head: str, words: set[str], named: frozenset[str] = frozenset()
    ) -> int | None:
        """How many of the title's words one of the person's offices holds; None if no
        office has the head word (a deputy's office never answers to `the minister`), or
        the title names what the office does not (`named`: `the Commander of the NATO
        LANDCOM` is not `Supreme Commander-in-Chief of the Armed Forces`; a bare `Minister`
        says too little to differ)."""
        scores = []
        heads = set(head.split())
        kinds_named = words & _OFFICE_KINDS
        for role in record.roles:
            role_words = set(title_words(role))
            if DEPUTY_WORDS & role_words and not DEPUTY_WORDS & words:
                continue
            if not heads <= role_words:
                continue
            specific = role_words - TITLE_STOP - heads
            if specific and kinds_named:
                kinds = {_KIND_SYNONYMS.get(w, w) for w in role_words}
                if any(_KIND_SYNONYMS.get(w, w) not in kinds for w in kinds_named):
                    continue  # `the prime minister` is not the Foreign Minister
            if named and specific and named.isdisjoint(role_words | _held_words(record)):
                continue
            scores.append(len(words & role_words))
        if head in {"general", "admiral"} and record.rank and head in record.rank.lower():
            scores.append(1)
        return max(scores) if scores else None

    def _default_guest(self) -> PersonRecord | None:
        candidates = [p for p in self.people if p is not self.host]
        return candidates[0] if candidates else None


_OFFICE_KINDS = frozenset(
    {"prime", "foreign", "defense", "interior", "internal", "finance", "economy", "economic",
     "justice", "health", "energy", "education", "trade", "transport", "agriculture"}
)  # fmt: skip
"""Words that make one minister another: a title with one names only an office with it."""
_KIND_SYNONYMS = {"internal": "interior", "economic": "economy"}


def _held_words(record: PersonRecord) -> set[str]:
    """The words of the organisations a person is said to belong to."""
    return {w for text in record.organisations for w in title_words(text)}


@lru_cache(maxsize=16384)
def _named_qualifiers(phrase: str, head: str) -> frozenset[str]:
    """The capitalised words of a title phrase other than its head and country words
    (`NATO` and `LANDCOM` in `the Commander of the NATO LANDCOM`), folded as
    `title_words` folds them: the office they name is someone's only if it has one."""
    found = set()
    for token in phrase.split():
        word = token.strip(",.()’'")
        if not word[:1].isupper() or country_of(word):
            continue
        for folded in title_words(word):
            if folded != head and folded not in TITLE_STOP:
                found.add(folded)
    return frozenset(found)


_STATE_HEADS = frozenset({"president", "king", "queen", "emir", "sultan", "monarch"})
_GOVERNMENT_HEADS = frozenset({"prime", "premier", "chancellor"})
_LEADER_HEADS = {
    "head of state": _STATE_HEADS,
    "head of government": _GOVERNMENT_HEADS,
    "leader": _STATE_HEADS | _GOVERNMENT_HEADS,
}
"""Title heads that name no office but the person at the top, and the offices that are."""

GUEST_HEADS = frozenset({"guest", "guests", "visitor", "visitors", "delegation", "delegations"})
"""Title heads that stand for the visiting side."""

DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant", "acting", "former"})
TITLE_STOP = frozenset(["the", "of", "for", "at", "and", "a", "an", "his", "her", "their"])


def title_words(phrase: str) -> list[str]:
    return list(_title_words(phrase))


@lru_cache(maxsize=65536)
def _title_words(phrase: str) -> tuple[str, ...]:
    words = fold(phrase).lower().replace("-", " ").replace("–", " ").split()
    normal = []
    for word in words:
        word = word.strip(",.()’'")
        if word == "defence":
            word = "defense"
        if word.endswith("s") and word[:-1] in {"minister", "guest", "chief", "official"}:
            word = word[:-1]
        normal.append(word)
    return tuple(normal)


def _nationality_in(phrase: str) -> str | None:
    for word in phrase.split():
        country = country_of(word)
        if country:
            return country
    return None


# --- finding mentions in a sentence --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NamedSpan:
    start: int
    end: int
    name: str
    rank_raw: str | None
    title: str | None


def named_spans(sentence: str, registry: Registry) -> list[NamedSpan]:
    """Names in a sentence with what stands right before them (rank, title).

    The patterns run once per sentence (:func:`_name_candidates`, cached: both passes of
    the extractor read every sentence); what depends on the article's people so far (a
    lone surname already known, the spellings seen) is decided here, in pattern order.
    """
    spans: list[NamedSpan] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for start, end, name, rank, title, free_from, needs_registry in _name_candidates(sentence):
        if free_from >= 0 and not free(free_from, end):
            continue
        if needs_registry and registry.by_surname(name) is None:
            continue
        spans.append(NamedSpan(start, end, name, rank, title))
        taken.append((start, end))
    for record in list(registry.people):
        for variant in _known_variants(record):
            if variant not in sentence:  # a plain substring test rules most variants out
                continue
            for start, end in _whole_word_spans(sentence, variant):
                if free(start, end):
                    spans.append(NamedSpan(start, end, variant, None, None))
                    taken.append((start, end))
    spans.sort(key=lambda s: s.start)
    return spans


_Candidate = tuple[int, int, str, "str | None", "str | None", int, bool]
"""(start, end, name, rank, title, start of the free-span test or -1, needs the registry)."""


@lru_cache(maxsize=4096)
def _name_candidates(sentence: str) -> tuple[_Candidate, ...]:
    """What the name patterns find in a sentence, trimmed and checked for everything that
    does not depend on the article's registry, in the order `named_spans` takes them."""
    out: list[_Candidate] = []

    def add(start, end, name, rank, title, free_from, titled) -> None:
        begin = end - len(name)
        cut, name = _past_words(begin, name, _OPENERS, keep=1)  # `On Monday Kenji Tanaka`
        lead = _country_lead(sentence, cut, name)
        if lead is not None:  # `Ambassador of Japan to Azerbaijan Wataru Ishii`
            name, cut = name[len(lead) + 1 :], cut + len(lead) + 1
            title = f"{title} {lead}" if title else None
        if cut != begin:  # the span and the free-span test start where the name now does
            start = cut if start == begin else start
            free_from = cut if free_from == begin else free_from
        verdict = _name_verdict(name, titled)
        if verdict is not False:
            out.append((start, end, name, rank, title, free_from, verdict is None))

    titled = _TITLE_HINT.search(sentence) is not None
    for match in _TITLED_NAME.finditer(sentence) if titled else ():
        name = _trim_name(match.group("name"))
        if name:
            end = match.start("name") + len(name)
            title, rank = match.group("title"), match.group("rank")
            body = _body_before(sentence, match.start()) if title else None
            if body is not None:  # `European Council President Charles Michel`
                title = f"{body} {title}"
            if rank is None and title:
                title, rank = _rank_after_office(title)
            elif rank == "General" and title and _general_office(title):
                title, rank = f"{title} {rank}", None  # `Prosecutor General Anar Ivanov`
            add(match.start(), end, name, rank, title, -1, True)
    if _RANK_HINT.search(sentence):
        for match in _RANKED_NAME.finditer(sentence):
            name = _trim_name(match.group("name"))
            if name:
                end = match.start("name") + len(name)
                add(match.start(), end, name, match.group("rank"), None, match.start(), True)
    if titled and (" of " in sentence or " at " in sentence or " for " in sentence):
        for match in _TITLE_OF_ORG_NAME.finditer(sentence):
            name = _trim_name(match.group("name"))
            if name:
                start = match.start("name")
                add(start, start + len(name), name, None, match.group("title"), start, True)
    if titled and "," in sentence:
        for match in _APPOSITIVE_NAME.finditer(sentence):
            name = _trim_name(match.group("name"))
            if len(name.split()) >= 2:
                start = match.start("name")
                add(start, start + len(name), name, None, None, start, True)
    office = _OFFICE_HINT.search(caseless(sentence)) is not None
    if "," in sentence and (titled or office):
        for match in _NAME_THEN_OFFICE.finditer(sentence):
            start, name = _past_non_names(match.start("name"), _trim_name(match.group("name")))
            if len(name.split()) >= 2:
                add(start, start + len(name), name, None, None, start, True)
    if office:
        for match in _LOWER_TITLED_NAME.finditer(sentence):
            name = _trim_name(match.group("name"))
            if name:
                start = match.start("name")
                add(start, start + len(name), name, None, None, start, True)
    for match in _CONTEXT_NAME.finditer(sentence):
        name = _trim_name(match.group("name"))
        if len(name.split()) >= 2:
            start = match.start("name")
            add(start, start + len(name), name, None, None, start, False)
    if ", who " in sentence:
        for match in _WHO_NAME.finditer(sentence):
            start, name = _past_non_names(match.start("name"), _trim_name(match.group("name")))
            words = name.split()
            if (
                len(words) >= 2
                and not is_place(" ".join(words[:2]))
                and not any(is_place(w) for w in words)
            ):
                add(start, start + len(name), name, None, None, start, False)
    if " between " in sentence:
        for match in _BETWEEN_NAMES.finditer(sentence):
            for group in ("a", "b"):
                name = _trim_name(match.group(group))
                if len(name.split()) >= 2:
                    start = match.start(group)
                    add(start, start + len(name), name, None, None, start, False)
    if " and" in sentence or "\tand" in sentence:
        for match in _COORDINATED.finditer(sentence):
            for group in ("a", "b"):
                name = _trim_name(match.group(group))
                if name:
                    start = match.start(group)
                    add(start, start + len(name), name, None, None, start, False)
    for match in _BARE_NAME.finditer(sentence):
        name = _trim_name(match.group("name"))
        if name:
            end = match.start("name") + len(name)
            add(match.start(), end, name, None, None, match.start(), False)
    return tuple(out)


def _past_words(start: int, name: str, words: frozenset[str], keep: int = 0) -> tuple[int, str]:
    """A name run without its leading `words` (folded), keeping at least `keep` words, and
    where it then starts."""
    while (
        name and len(name.split(" ", keep)) > keep and fold(name.split(" ", 1)[0]).lower() in words
    ):
        head, _, name = name.partition(" ")
        start += len(head) + 1
    return start, name


def _past_non_names(start: int, name: str) -> tuple[int, str]:
    """A name run without the leading words no name opens with (`In Baku, the …`, `The
    United …`), and where it then starts."""
    return _past_words(start, name, _NOT_NAMES)


def _body_before(sentence: str, start: int) -> str | None:
    """The body an office before a name belongs to, written just before it: `European
    Council` (President), `NATO` (Secretary General), `Security Council` (Secretary) after
    `Armenian`; None when the words before are no organisation."""
    words = sentence[max(0, start - 60) : start].split(" ")
    if not words or words[-1] != "":
        return None  # the office does not start a word after a space
    words.pop()
    run: list[str] = []
    while words and words[-1][:1].isupper() and words[-1].strip(".,;:") == words[-1]:
        run.insert(0, words.pop())
    for first in range(len(run)):
        phrase = " ".join(run[first:])
        word = run[first]
        if country_of(word) or (fold(word).lower() in _NOT_NAMES and word not in ORG_ALIASES):
            continue  # `Armenian`, `On`, `Monday`: not the body's name
        last = fold(run[-1]).lower()
        if last in ORG_HEADS or phrase in ORG_ALIASES:
            return phrase
    return None


def _rank_after_office(title: str) -> tuple[str, str | None]:
    """(office, rank) of an office the rank follows: `Chief of General Staff General` (before
    `Metin Gurak`) -> (`Chief of General Staff`, `General`). Not the `General` of an office
    (`Director General`, `Secretary General`)."""
    words = title.split()
    for size in (3, 2, 1):
        if len(words) < size + 2:
            continue
        tail = " ".join(words[-size:])
        if normalize_rank(tail) is None:
            continue
        if size == 1 and _general_office(" ".join(words[:-1])):
            return title, None
        return " ".join(words[:-size]), tail
    return title, None


_GENERAL_OFFICES = frozenset(
    {
        "director", "secretary", "attorney", "surgeon", "auditor", "consul", "inspector",
        "governor", "solicitor", "procurator", "prosecutor", "postmaster", "comptroller",
        "controller", "commissioner", "adjutant", "quartermaster", "paymaster", "vicar",
    }
)  # fmt: skip
"""Offices that end in `General` (`Director General`): the word is not a rank there."""


def _general_office(title: str) -> bool:
    """`General` after this title is part of the office (`Prosecutor` + `General`)."""
    return fold(title.split()[-1]).lower() in _GENERAL_OFFICES


def _country_lead(sentence: str, start: int, name: str) -> str | None:
    """The country a title ends with, taken into the name after it: `Ambassador of Japan to
    Azerbaijan Wataru Ishii` (the name found: `Azerbaijan Wataru Ishii`) -> `Azerbaijan`. Only
    after `to`, `in`, `of` or `for`, and with two words of name left (`Israel Katz` stays)."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 2 or not (country_of(first) or is_place(first)):
        return None
    before = sentence[max(0, start - 5) : start].split()
    return first if before and before[-1].lower() in _LEAD_PREPOSITIONS else None


_LEAD_PREPOSITIONS = frozenset({"to", "in", "of", "for"})
_OPENERS = frozenset(
    {"in", "on", "at", "after", "during", "from", "meanwhile", "then", "also", "later",
     "earlier", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday"}
)  # fmt: skip
"""Words that open a sentence before a name, never a name's first word (`In Tokyo Kenji
Tanaka said …`); a country after them is taken off too (`_country_lead`)."""


_RANK_HINT = re.compile("|".join(re.escape(w) for w in sorted(RANK_FIRST_WORDS, key=len)))
"""Every rank form opens with one of these words, as written (see `RANK_FIRST_WORDS`): a
sentence without one has no ranked name, and the big pattern is skipped."""


_TITLE_HINT = re.compile(
    r"Mr|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Sheikh|Imam|Rev|Father|Pope|King|Queen|Prince|Emir|"
    r"Sultan|Minister|President|Premier|Chancellor|Secretary|Senator|Governor|Mayor|"
    r"Ambassador|Envoy|Speaker|Chair|Commander|Director|Spokes|Judge|Justice|Prosecutor|"
    r"Representative|Advis|Aide|Leader|Chief|Head|Commissioner|Rector|Ombudsman|Attorney"
)
"""A piece of every honorific and office head word `_TITLED_NAME` and `_APPOSITIVE_NAME` need
(case as written; tests/test_cache.py checks it against both patterns): most sentences have
none, and those two patterns, the costliest of all, are skipped."""


_ARTICLES = frozenset({"the", "a", "an"})
"""No personal name opens with an article."""


@lru_cache(maxsize=16384)
def _name_verdict(name: str, titled: bool) -> bool | None:
    """`_plausible_name` where the registry plays no part; None when it does (a lone
    untitled word is a name only if the article already knows the surname)."""
    tokens = name.split()
    folded = [fold(t).lower().strip(".") for t in tokens]
    if is_place(name) or country_of(name) or outlet_name(name):
        return False
    if folded[0] in _ARTICLES:  # `The Planning and Review Process met …`
        return False
    if any(t in ORG_HEADS for t in folded):
        return False
    if len(tokens) > 1 and folded[-1] in OFFICE_HEADS:
        return False  # `High Representative`, `Foreign Minister`: an office, not a name
    if _office_word(tokens[0]):
        return False  # `Affairs` left over from `… for Foreign Affairs and Security Policy`
    if not titled and len(tokens) == 1:
        if folded[0] in _NOT_NAMES or country_of(tokens[0]):
            return False
        return True if name.endswith(_SURNAME_ENDINGS) else None
    return not all(t in _NOT_NAMES for t in folded)


def _known_variants(record: PersonRecord) -> tuple[str, ...]:
    """Spellings already seen, longest first, plus the bare surname."""
    return _variants_of(record.name, tuple(record.aliases))


@lru_cache(maxsize=8192)
def _variants_of(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    variants = {name, *aliases}
    surname = name.split(" ")[-1]
    if len(surname) > 2:
        variants.add(surname)
    family = family_name_first(name)
    if family:
        variants.add(family)  # `Xi Jinping` is `Xi` later on
    plain = [v for v in variants if not v.islower() and not v.startswith(("the ", "The "))]
    return tuple(sorted(plain, key=lambda v: (-len(v), v)))


def _word_char(char: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return char.isalnum() or char == "_"


def _whole_word_spans(sentence: str, variant: str) -> list[tuple[int, int]]:
    """Where `variant` stands in the sentence as whole words, not after a word character or
    a dot: `re.finditer(rf"(?<![\\w.]){re.escape(variant)}(?![\\w])", sentence)`, without
    compiling a pattern for every spelling of every name."""
    spans: list[tuple[int, int]] = []
    size = len(variant)
    at = sentence.find(variant)
    while at >= 0:
        end = at + size
        before = sentence[at - 1] if at else ""
        after = sentence[end] if end < len(sentence) else ""
        if (not before or (before != "." and not _word_char(before))) and not (
            after and _word_char(after)
        ):
            spans.append((at, end))
            at = sentence.find(variant, end) if size else -1
        else:
            at = sentence.find(variant, at + 1)
    return spans


def _trim_name(name: str) -> str:
    """Drop trailing words that are not part of a name (`Hasanov On`) and a possessive
    (`Tomas Vavrecka's`); a run ending in an organisation word (`Border Service`) is no
    name at all."""
    tokens = name.split()
    last = re.sub(r"['’]s$", "", fold(tokens[-1]).lower().strip(".")) if tokens else ""
    if last in ORG_HEADS or (last.endswith("s") and last[:-1] in ORG_HEADS):
        return ""  # `Border Service`, `Turkic States`, `General Staff's`, `Armed Forces`
    if tokens:
        tokens[-1] = re.sub(r"[’']s$", "", tokens[-1])
    while tokens and fold(tokens[-1]).lower().strip(".") in _NOT_NAMES:
        tokens.pop()
    return " ".join(tokens)


_SURNAME_ENDINGS = (
    "ov", "ova", "ev", "eva", "yev", "yeva", "yan", "ian", "dze", "shvili", "enko", "ko",
    "ski", "sky", "ska", "czak", "wicz", "oğlu", "oglu", "li", "lı", "zade", "ic", "ić",
    "escu", "son", "sen", "ez", "es", "er", "ller", "lle",
)  # fmt: skip
"""Surname shapes common in the region's wire copy; a lone capitalised word before a speech
verb with such an ending is taken as a surname even on first mention."""


# --- offices, nationality and organisations around a name ---------------------------------


def describe(sentence: str, span: NamedSpan, record: PersonRecord) -> None:
    """Attach rank, offices, nationality and organisation stated around one name."""
    if span.rank_raw:
        rank = normalize_rank(span.rank_raw)
        if rank and record.rank is None:
            record.rank = rank
            record.rank_original = span.rank_raw
        elif rank and rank != record.rank and rank not in record.other_ranks:
            record.other_ranks.append(rank)
        record.add_alias(f"{span.rank_raw} {span.name}")
    if span.title:
        title, nationality = clean_office(span.title)
        if has_office_head(title) and title.split()[-1].lower() not in {"mr", "mrs", "ms", "dr"}:
            _add_office(record, title)
            _expand_title_office(sentence, span, record)
        record.add_alias(f"{span.title} {span.name}")
        if nationality and record.nationality is None:
            record.nationality = nationality
    before = sentence[: span.start]
    if before.rstrip().endswith(","):
        _office_before(before.rstrip()[:-1], record)
    elif not span.title and not _office_adjacent(before, record):
        _adjective_before(before, record)
    after = _OFFICE_AFTER.match(sentence[span.end :])
    if after:
        office, nationality = clean_office(after.group("office"))
        if has_office_head(office) and len(office.split()) <= 16 and _title_case_phrase(office):
            _add_office(record, office)
            if nationality and record.nationality is None:
                record.nationality = nationality


_CONNECTORS = frozenset({"of", "the", "for", "and", "at", "&", "–", "-"})


def _office_adjacent(before: str, record: PersonRecord) -> bool:
    """`Chief of Staff of NATO's Allied Land Command (LANDCOM) Lieutenant General X`: a
    capitalised office right before the rank or name, with no comma between."""
    tokens = before.split()
    taken: list[str] = []
    for token in reversed(tokens):
        bare = token.strip("()")
        if token.endswith((",", ";", ":", ".")) and taken:
            break
        if bare[:1].isupper() or bare.lower() in _CONNECTORS:
            taken.append(token)
            continue
        break
    phrase = " ".join(reversed(taken))
    while phrase.split() and phrase.split()[0].lower() in _CONNECTORS:
        phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
    if not phrase or not has_office_head(phrase) or len(phrase.split()) > 16:
        return False
    office, nationality = clean_office(phrase)
    if office.split()[0].lower() in {"mr", "mrs", "ms", "dr"} or not has_office_head(office):
        return False
    _add_office(record, office)
    if nationality and record.nationality is None:
        record.nationality = nationality
    return True


def _title_case_phrase(phrase: str) -> bool:
    """An office or organisation as wire copy writes it: capitalised words and connectors."""
    words = phrase.replace("(", " ").replace(")", " ").split()
    return bool(words) and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _expand_title_office(sentence: str, span: NamedSpan, record: PersonRecord) -> None:
    """`Azerbaijani First Deputy Defense Minister Col-Gen Karim Valiyev`: the adjective before
    the title gives the nationality."""
    before = sentence[: span.start].split()
    if before:
        country = country_of(before[-1].strip(",;:"))
        if country and record.nationality is None:
            record.nationality = country


def _office_before(before: str, record: PersonRecord) -> None:
    phrase = office_before(before)
    if not phrase:
        return
    office, nationality = clean_office(phrase)
    office = re.sub(r"^(?:On|In|At|During)\s+[^,]*,\s*", "", office)
    if not office or len(office.split()) > 18:
        return
    if nationality and record.nationality is None and len(office.split()) <= 4:
        record.nationality = nationality  # `the Polish guest, General Jan Nowak`
    if not _title_case_phrase(office):
        return
    if nationality and record.nationality is None:
        record.nationality = nationality
    if has_office_head(office):
        _add_office(record, office)
    elif has_org_head(office) or org_key(office) != office:
        record.organisations.append(office)
        record.add_role(office)


_DESCRIBED_AS = re.compile(
    r"(?P<adj>\b[A-Z][\w'’-]+)\s+(?:counterpart|colleague|envoy|leader|premier|opposite\s+"
    r"number|guest|official|diplomat|lawmaker|politician|activist|journalist)\s*$"
)


def _adjective_before(before: str, record: PersonRecord) -> None:
    """`Turkish Peter X` or `his Hungarian counterpart Peter X`: the nationality before a name."""
    words = before.split()
    if not words:
        return
    country = country_of(words[-1].strip(",;:"))
    described = _DESCRIBED_AS.search(before)
    if country is None and described:
        country = country_of(described.group("adj"))
    if country and record.nationality is None:
        record.nationality = country


def _add_office(record: PersonRecord, office: str) -> None:
    words = office.split()
    if len(words) == 1 and any(words[0].lower() in r.lower() for r in record.roles):
        return  # `Minister Hasanov` after `Defense Minister Zakir Hasanov`: a form of address
    for part in office_parts(office):
        record.add_role(part)
        nationality = _office_country(part)
        if nationality and record.nationality is None:
            record.nationality = nationality


def _office_country(office: str) -> str | None:
    """`Minister of Defense of the Republic of Azerbaijan` -> Azerbaijan."""
    match = re.search(r"\bof (?:the )?((?:Republic of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$", office)
    return country_of(match.group(1)) if match else None


_ACRONYM_SHORT = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")
"""The short form of `_ACRONYM_DEF` alone: a line without one holds no definition."""


def _acronym_definitions(text: str) -> Iterator[re.Match[str]]:
    """`_ACRONYM_DEF.finditer(text)`, run only over the lines that hold a short form: a
    definition never spans a line (its words are joined by spaces and tabs), so the long
    pattern need not be tried from every capital letter of the article."""
    end = -1
    for short in _ACRONYM_SHORT.finditer(text):
        if short.start() < end:
            continue
        start = text.rfind("\n", 0, short.start()) + 1
        end = text.find("\n", short.end())
        if end < 0:
            end = len(text)
        yield from _ACRONYM_DEF.finditer(text, start, end)


def find_acronyms(text: str, registry: Registry) -> None:
    """Record `Full Name (ABBR)` definitions so both forms are one organisation."""
    for match in _acronym_definitions(text):
        full = re.sub(r"^(?:The|the|At|at|Of|of|In|in|On|on)\s+", "", match.group("full"))
        full = re.sub(r"^\S+[’']s\s+", "", full)
        short = match.group("short")
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if short.upper()[:1] == initials[:1] or org_key(short) == org_key(full):
            registry.note_org(full, short)


def title_mentions(sentence: str) -> list[re.Match[str]]:
    return list(_TITLE_ONLY.finditer(sentence))


def pronoun_mentions(sentence: str) -> list[re.Match[str]]:
    return list(_PRONOUN.finditer(sentence))
