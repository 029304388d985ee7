"""Article -> claims: the extraction pass that strings mentions, verbs, dates and numbers.

Two passes over the sentences of an article: the first collects the people it names (with
rank, offices, nationality) so that later mentions by surname or title resolve; the second
reads each sentence in order, keeping the narrative state (the date in force, the meeting
under way, the previous subject) and turns verbs, quotes, dates and numbers into claims.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as _sre
from re import _parser as _sre_parse

from ..entities import (
    GUEST_HEADS,
    MEETING_BETWEEN,
    Registry,
    describe,
    find_acronyms,
    has_office_head,
    named_spans,
    pronoun_mentions,
    title_mentions,
)
from ..gazetteer import (
    ORG_HEADS,
    capital_named,
    country_of,
    demonym_of,
    is_place,
    outlet_name,
)
from ..models import (
    EXTRACTOR_VERSION,
    Article,
    Claim,
    ClaimsFile,
    Entity,
    Evidence,
    Quantity,
)
from ..settings import Settings
from ..text import fold, line_of, line_starts, split_sentences, trie_pattern
from .dates import MONTH_NAMES, WEEKDAY_NAMES, DateMention, find_dates
from .quantities import find_quantities
from .verbs import (
    PASSIVE_FAMILY,
    PASSIVE_RE,
    RULES,
    VERB_RE,
    VerbRule,
    expressed_family,
    rule_of,
)

# --- sentences -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sent:
    """A sentence of article text with its absolute offsets."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


def sentences_of(article: Article) -> list[Sent]:
    out: list[Sent] = []
    for segment in article.segments:
        if segment.kind != "text":
            continue
        for piece in split_sentences(article.text, segment.start, segment.end):
            for start, end in _bounded(article.text, piece.start, piece.end):
                out.append(Sent(len(out), start, end, article.text[start:end], segment.paragraph))
    return out


MAX_SENTENCE_CHARS = 1500
"""No news sentence runs longer (the longest in the seed articles has 442 characters); a
longer run (a table flattened into one line, a list without stops, hostile input) is read
in pieces of at most this many characters, cut after a comma or semicolon where there is
one, so that no rule's cost grows with the square of a sentence."""


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces of text[start:end], each at most MAX_SENTENCE_CHARS long,
    cut after a comma or semicolon, else at a space, and stripped of whitespace."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(", ", start, limit), text.rfind("; ", start, limit))
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        cut = limit if cut <= start else cut + 1
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


# --- the narrative state and claim drafts ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class When:
    """A claim's date: resolved ISO day, or only month and day, with how it was known."""

    iso: str | None
    month_day: str | None
    precision: str
    text: str | None = None
    time_of_day: str | None = None
    year: int | None = None

    @classmethod
    def of(cls, mention: DateMention) -> When:
        return cls(
            iso=mention.iso,
            month_day=mention.month_day,
            precision=mention.precision,
            text=mention.text,
            time_of_day=mention.time_of_day,
            year=mention.year,
        )

    def inherited(self) -> When:
        return When(self.iso, self.month_day, "context", None, None, self.year)


@dataclass(slots=True)
class Draft:
    """A claim before ids are given: entity records or strings in the participant slots."""

    kind: str
    subject: object
    predicate: str
    sent: Sent
    object: object = None
    value: str | None = None
    when: When | None = None
    place: str | None = None
    quote: str | None = None
    family: str | None = None
    quantity: Quantity | None = None
    background: bool = False
    span: tuple[int, int] | None = None  # absolute span of `value` in the text
    evidence_end: int | None = None
    subject_text: str | None = None  # how the sentence names the subject


@dataclass(slots=True)
class Narrative:
    """What the story has established so far, read in order."""

    date: When | None = None
    meeting: tuple[object, object] | None = None
    in_meeting: bool = False


@dataclass(frozen=True, slots=True)
class MentionAt:
    start: int
    end: int
    who: object  # PersonRecord, or a string such as `the sides`
    how: str  # name, title, pronoun, group, document, org


# --- pass one: people ---------------------------------------------------------------------

_ON_VISIT = re.compile(r"^,?\s*who\s+(?:is|was|are|were)\s+on\s+(?:a|an)\s+(?:\w+\s+){0,2}visit")


def collect_people(sents: list[Sent], registry: Registry) -> dict[int, list[tuple]]:
    """Register every named person; return the role facts each sentence states."""
    facts: dict[int, list[tuple]] = {}
    for sent in sents:
        for span in named_spans(sent.text, registry):
            record = registry.person(span.name, sent.start + span.start)
            before = (record.rank, list(record.roles), record.nationality, list(record.other_ranks))
            describe(sent.text, span, record)
            added = _added_facts(before, record)
            if added:
                facts.setdefault(sent.index, []).extend((record, *fact) for fact in added)
            if registry.guest is None and _ON_VISIT.match(sent.text[span.end :]):
                registry.guest = record
    return facts


def _added_facts(before: tuple, record) -> list[tuple[str, str]]:
    rank, roles, nationality, other_ranks = before
    added: list[tuple[str, str]] = []
    if record.rank and record.rank != rank:
        added.append(("rank", record.rank))
    added.extend(("rank", r) for r in record.other_ranks if r not in other_ranks)
    added.extend(("office", role) for role in record.roles if role not in roles)
    if record.nationality and record.nationality != nationality:
        added.append(("nationality", record.nationality))
    return added


# --- pass two: mentions in a sentence -------------------------------------------------------

_GROUP = re.compile(
    r"\b(?:[Tt]he\s+(?:two\s+|both\s+)?(?:sides|parties|delegations)|[Bb]oth\s+sides|"
    r"[Tt]he\s+(?:meeting|talks|negotiations))\b"
)
_BARE_GROUP = re.compile(
    r"(?:^|(?<=,\s))(?P<phrase>(?:[A-Z][\w-]*\s+){1,2})(?P<head>delegation|guests|visitors)\b"
)
"""`…, NATO delegation also attended …`: a visiting group named without `the`."""

_DOCUMENT = re.compile(
    r"\b(?:(?:[Tt]he|[Aa])\s+(?:report|statement|release|press\s+release|message|document|"
    r"article|publication|source|sources)|[Ii]t|[Tt]hey)\b"
)
_SUBJECT_ORG = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w'’.-]*\s+){0,5}(?:"
    + "|".join(sorted((w.title() for w in ORG_HEADS), key=len, reverse=True))
    + r"))\s*$"
)


def mentions_in(sent: Sent, registry: Registry, narrative: Narrative, facts_out: list) -> list:
    text = sent.text
    found: list[MentionAt] = []
    named = named_spans(text, registry)
    for span in named:
        record = registry.person(span.name, sent.start + span.start)
        found.append(MentionAt(span.start, span.end, record, "name"))
    for match in title_mentions(text):
        if any(not (match.end() <= n.start or match.start() >= n.end) for n in named):
            continue
        if _appositive(text, match, named):
            continue
        phrase = f"{match.group('phrase')} {match.group('head')}{match.group('tail')}"
        if match.group("head").lower() in _PLURAL_HEADS and not match.group("tail"):
            found.append(MentionAt(match.start(), match.end(), "the sides", "group"))
            continue
        record = registry.resolve_title(phrase, match.group("head"))
        surface = match.group(0)
        if record is None:
            who: object = _plain_title(surface)
        else:
            who = record
            record.add_alias(_plain_title(surface))
            # `the Hungarian delegation` is the guest's: its country is no one else's, and
            # with no guest known the first person named is only a guess
            guessed = match.group("head").lower() in GUEST_HEADS and record is not registry.guest
            country = next((country_of(w) for w in phrase.split() if country_of(w)), None)
            if country and record.nationality is None and not guessed:
                record.nationality = country
                facts_out.append((record, "nationality", country))
        found.append(MentionAt(match.start(), match.end(), who, "title"))
    for match in _BARE_GROUP.finditer(text):
        guest = registry.guest or registry._default_guest()
        if guest is not None:
            found.append(MentionAt(match.start("phrase"), match.end(), guest, "title"))
    for match in pronoun_mentions(text):
        if match.group("word").lower() in {"he", "she"} and registry.last_subject is not None:
            found.append(MentionAt(match.start(), match.end(), registry.last_subject, "pronoun"))
    for match in _GROUP.finditer(text):
        found.append(MentionAt(match.start(), match.end(), "the sides", "group"))
    for match in _DOCUMENT.finditer(text):
        found.append(MentionAt(match.start(), match.end(), match.group(0), "document"))
    found.sort(key=lambda m: (m.start, -m.end))
    return _without_overlaps(found)


_PLURAL_HEADS = frozenset(
    {
        "ministers",
        "officials",
        "leaders",
        "presidents",
        "chiefs",
        "commanders",
        "delegations",
        "premiers",
        "heads",
        "diplomats",
    }
)
"""`The ministers discussed …`: both sides, not one person."""


def _plain_title(surface: str) -> str:
    return re.sub(r"^(?:The|His|Her|Their)\b", lambda m: m.group(0).lower(), surface)


def _appositive(text: str, match: re.Match[str], named) -> bool:
    """`the Chief of Staff of …, Lieutenant General X` names X: not a separate mention."""
    after = text[match.end() : match.end() + 3]
    if any(0 <= n.start - match.end() <= 3 for n in named) and (
        after.startswith(",") or after[:1] == " "
    ):
        return True
    if any(
        0 <= match.start() - n.end <= 3 and text[n.end : match.start()].strip() == ","
        for n in named
    ):
        return True
    # `Kenji Tanaka, a senior aide to the prime minister, said …`: a title inside a
    # description of the person just named is not someone else
    return any(
        (aside := _ASIDE.match(text, n.end)) is not None and aside.end() >= match.end()
        for n in named
        if n.end <= match.start()
    )


_ASIDE = re.compile(r",\s+(?:a|an|his|her|the)\s+[^,;]{0,100}?,")


def _without_overlaps(found: list[MentionAt]) -> list[MentionAt]:
    kept: list[MentionAt] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


# --- pass two: verbs -------------------------------------------------------------------------


@dataclass(slots=True)
class VerbAt:
    start: int
    end: int
    rule: VerbRule
    family: str
    predicate: str
    attribution: bool = False
    subject: object = None
    subject_mention: MentionAt | None = None


_INSTITUTION = re.compile(
    r"(?:[Mm]inistry|[Oo]ffice|[Ss]ervice|[Rr]eport|[Ss]tatement|[Rr]elease|[Aa]gency|"
    r"[Ss]ources?|[Dd]epartment|[Pp]ress|[Ii]t|[Tt]hey|[Ww]ebsite|[Cc]hannel|[Mm]edia)\s*$"
)
_ADVERBS = re.compile(
    r"^[\s,]*$|^(?:\s*,?\s*(?:also|then|further|once again|again|highly|positively|particularly|"
    r"strongly|in turn|in his turn|in her turn|first|later|separately|earlier|today|"
    r"on\s+(?:\d{1,2}\s+)?\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|in\s+the\s+\w+|yesterday|briefly|"
    r"warmly|personally|"
    r"subsequently|meanwhile|has|have|had|was|were|is|are|will|would|also\s+has|"
    r"has\s+also)\s*,?)*\s*$",
    re.I,
)


def verbs_in(sent: Sent) -> list[VerbAt]:
    text = sent.text
    verbs: list[VerbAt] = []
    for match in verb_matches(text):
        rule = rule_of(match)
        surface = match.group(0)
        before = text[: match.start()]
        after = text[match.end() :]
        if re.search(r"\b(?:to|the|a|an|of)\s*$", before) and rule.kind != "statement":
            continue
        if re.search(r"\bto\s*$", before):
            continue
        if surface.lower() in {"visits", "tours", "visiting"} and re.search(
            r"\b(?:mutual|reciprocal|regular|official|high-level|such|of|and|the|a|their|his|her)"
            r"\s*$",
            before,
            re.I,
        ):
            continue
        if (
            surface.lower() in {"meeting", "meets"}
            and not after.lstrip().startswith(("with", "With"))
            and surface.lower() == "meeting"
        ):
            continue
        family, predicate = rule.family, rule.predicate
        if rule.family == "express":
            found = expressed_family(after)
            if found is None:
                if surface.lower() in {"extended", "voiced"}:
                    continue
                family, predicate = "express", "expressed"
            else:
                family, predicate = found[0], f"expressed {found[1]}"
        attribution = _is_attribution(rule, surface, before, after)
        verbs.append(VerbAt(match.start(), match.end(), rule, family, predicate, attribution))
    return verbs


class _Unbounded(Exception):
    """A verb pattern whose first word is not a fixed set of words."""


def _first_words(items: list, prefix: str = "") -> set[str]:
    """The words (lowercase) a parsed case-insensitive pattern can open with.

    Walks the pattern until its first word ends: at whitespace, a non-word character or a
    word boundary. Anything else (a class of word characters, a repeat, a non-ASCII letter)
    raises `_Unbounded`, and the caller falls back to scanning with the whole pattern.
    """
    if not items:
        if not prefix:
            raise _Unbounded
        return {prefix}
    op, arg = items[0]
    rest = items[1:]
    if prefix and _ends_word(op, arg):
        return {prefix}
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return _first_words(rest, prefix)  # a look-around only rules matches out
    if op is _sre.LITERAL:
        char = chr(arg)
        if char.isascii() and char.isalpha():
            return _first_words(rest, prefix + char.lower())
        if prefix and not (char.isalnum() or char == "_"):
            return {prefix}
        raise _Unbounded
    if op is _sre.IN:
        if prefix and all(o is _sre.CATEGORY and a is _sre.CATEGORY_SPACE for o, a in arg):
            return {prefix}
        if all(o is _sre.LITERAL and chr(a).isascii() and chr(a).isalpha() for o, a in arg):
            return set().union(*(_first_words(rest, prefix + chr(a).lower()) for _, a in arg))
        raise _Unbounded
    if op is _sre.SUBPATTERN:
        return _first_words([*arg[-1], *rest], prefix)
    if op is _sre.BRANCH:
        return set().union(*(_first_words([*alt, *rest], prefix) for alt in arg[1]))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[:2] == (0, 1):
        return _first_words(rest, prefix) | _first_words([*arg[2], *rest], prefix)
    if op is _sre.AT and arg is _sre.AT_BOUNDARY:
        return {prefix} if prefix else _first_words(rest, prefix)
    raise _Unbounded


def _ends_word(op, arg) -> bool:
    """Whether this element can only match a non-word character (or a word's end)."""
    if op is _sre.LITERAL:
        char = chr(arg)
        return not (char.isalnum() or char == "_")
    if op is _sre.IN:
        return all(o is _sre.CATEGORY and a is _sre.CATEGORY_SPACE for o, a in arg)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        return arg[0] >= 1 and bool(arg[2]) and _ends_word(*arg[2][0])
    return op is _sre.AT and arg is _sre.AT_BOUNDARY


def _verb_first_words() -> frozenset[str] | None:
    try:
        return frozenset(
            word
            for rule in RULES
            for word in _first_words(list(_sre_parse.parse(rule.pattern, re.IGNORECASE)))
        )
    except _Unbounded:
        return None


_VERB_FIRST = _verb_first_words()
"""Every word a verb form can open with (`was`, `held`, `met`, `expressed` …): VERB_RE is
tried only where a sentence has one of them, which is most of the cost of a 30-way
case-insensitive alternation saved. None: some form has no fixed first word; scan as is."""

_WORD_RUN = re.compile(r"\w+")


_VERB_FIRST_RE = (
    re.compile(rf"(?<!\w){trie_pattern(_VERB_FIRST)}(?!\w)", re.ASCII | re.IGNORECASE)
    if _VERB_FIRST
    else None
)
"""A whole run of word characters that is one of `_VERB_FIRST`, in ASCII text."""


def verb_matches(text: str) -> list[re.Match[str]]:
    """`VERB_RE.finditer(text)`, run only at the words a verb form can start with.

    A match begins at the start of a run of word characters (the pattern opens with `\b`
    and a letter) and its first word ends at a non-word character, so it can only begin at
    a run that is one of `_VERB_FIRST`; a run with non-ASCII characters is always tried
    (case-insensitive matching folds a few of them onto ASCII letters).
    """
    if _VERB_FIRST is None or _VERB_FIRST_RE is None:
        return list(VERB_RE.finditer(text))
    found: list[re.Match[str]] = []
    done = 0
    if text.isascii():  # the candidate words found by one pattern
        for word in _VERB_FIRST_RE.finditer(text):
            if word.start() >= done and (match := VERB_RE.match(text, word.start())):
                found.append(match)
                done = match.end()
        return found
    first = _VERB_FIRST
    for word in _WORD_RUN.finditer(text):
        start = word.start()
        if start < done:
            continue
        token = word.group()
        if token.isascii() and token.lower() not in first:
            continue
        match = VERB_RE.match(text, start)
        if match is not None:
            found.append(match)
            done = match.end()
    return found


def _is_attribution(rule: VerbRule, surface: str, before: str, after: str) -> bool:
    """`…, the Defense Ministry told News.Az.` / `…," the report added.`: who reports, not what."""
    if rule.family not in {"say", "inform"} and surface.lower() not in {"reported", "reports"}:
        return False
    if surface.lower().startswith("told"):
        target = re.match(r"\s*([\w.]+(?:\s+[A-Z][\w.]*)?)", after)
        told = target.group(1).rstrip(".") if target else ""  # `told reporters.`: its full stop
        said = target is not None and re.match(r"\s+that\b", after[target.end() :])
        if told and (outlet_name(told) or "." in told) and not said:
            return True  # `told News.Az`; `told Reuters that …` says something
    tail = before.rstrip()
    words = tail.split()[-6:]
    near_quote_or_comma = re.search(r"[,”\"]\s*(?:\S+\s+){0,6}$", tail + " ")
    ends_sentence = not after.strip(' .”"')
    return bool(
        words and _INSTITUTION.search(" ".join(words)) and (near_quote_or_comma or ends_sentence)
    )


def assign_subjects(verbs: list[VerbAt], mentions: list, text: str) -> None:
    """Give each verb its subject: a mention right before it, or the chain's subject."""
    previous: object = None
    previous_mention = None
    pending: list[VerbAt] = []
    for verb in verbs:
        if verb.attribution:
            continue
        direct = _direct_subject(verb, mentions, text)
        if direct is not None:
            verb.subject, verb.subject_mention = direct.who, direct
            previous, previous_mention = direct.who, direct
            for waiting in pending:
                waiting.subject, waiting.subject_mention = direct.who, direct
            pending.clear()
        elif previous is not None:
            verb.subject, verb.subject_mention = previous, previous_mention
        else:
            pending.append(verb)


_RELATIVE_WHO = re.compile(r",?\s*who\s+(?:\w+\s+){0,2}$")


def _direct_subject(verb: VerbAt, mentions: list, text: str) -> MentionAt | None:
    relative = _RELATIVE_WHO.search(text, 0, verb.start)
    if relative:
        # `…, Lieutenant General X, who is on a visit to …`: the subject is before `who`
        before = [m for m in mentions if m.end <= relative.start() and m.how != "document"]
        if before:
            return before[-1]
    candidates = [m for m in mentions if m.end <= verb.start]
    if not candidates:
        return None
    mention = candidates[-1]
    between = text[mention.end : verb.start]
    if mention.how == "document":
        return mention if _ADVERBS.match(between) else None
    if _ADVERBS.match(between):
        return mention
    # `X, the Minister of Defense of Y, met …`: an appositive between subject and verb
    appositive = re.match(r"^\s*,[^,]{1,160},|^\s*\([^)]*\)", between)
    if appositive and _ADVERBS.match(between[appositive.end() :]):
        return mention
    return None


# --- pass two: claims from one sentence -------------------------------------------------------


_CLAUSE_END = re.compile(r",\s*(?:who|which|where|while|whereas)\b|;|\s+—\s+|\.\s*$")
_PLACE_AFTER = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:(?:capital|city|town|port\s+city|resort\s+city)(?:\s+of)?,?\s+)?"
    r"(?P<place>[A-Z][\w'’-]*\s+capital|"
    r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w'’-]*|ministry|headquarters|"
    r"presidential palace)\b"
)
_CITY_AFTER = re.compile(r"\s+in\s+(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
"""`at the Great Hall of the People in Beijing`: the city of a building."""
_MEETING_PLACE = re.compile(
    r"\b(?:meeting|talks)\s+(?:was\s+held\s+|were\s+held\s+|took\s+place\s+|held\s+)?"
    r"(?:at|in)\s+(?P<place>(?:the\s+)?[\w'’ -]{3,60}?)(?=\s*(?:[,.;]|$|\s+(?:and|with|on|"
    r"between|where)\b))"
)
_WHEN_NOT_WHERE = re.compile(
    rf"(?:\d|(?:{trie_pattern([*MONTH_NAMES, *WEEKDAY_NAMES, 'early', 'late', 'mid'])})\b)"
)
"""What follows `meeting in` when it says when, not where."""
_LEADING_THAT = re.compile(r"^\s*(?:that|about|on|of|:)(?:\s+|$)", re.I)


def sentence_claims(
    sent: Sent,
    mentions: list,
    verbs: list[VerbAt],
    dates: list[DateMention],
    narrative: Narrative,
    registry: Registry,
) -> tuple[list[Draft], set[int]]:
    """Drafts for the verbs and passives of one sentence; also the dates they used."""
    drafts: list[Draft] = []
    used_dates: set[int] = set()
    text = sent.text
    live = [v for v in verbs if not v.attribution]
    stops = sorted(
        {v.start for v in verbs}
        | {m.start() for m in PASSIVE_RE.finditer(text)}
        | {_attribution_start(text, v) for v in verbs if v.attribution}
        | {m.start() for m in _REPORTS_TAIL.finditer(text)}
    )
    if narrative.in_meeting is False and _IN_MEETING.search(text):
        narrative.in_meeting = True
    for verb in live:
        own = _own_date(verb, dates, verbs, text)
        if own is None and verb.rule.kind in {"meeting", "visit"}:
            own = _date_after(verb, dates, verbs, text, used_dates)
        when = When.of(dates[own]) if own is not None else None
        if own is not None:
            used_dates.add(own)
        pair = _coordinated_subject(verb, mentions, text)
        if pair is not None and verb.family in {"discuss", "meet", "agree", "sign"}:
            place = _place_in(text, verb.end)
            drafts.append(_pair_meeting(sent, pair, when, narrative, place))
            if verb.rule.kind == "meeting":
                continue
            verb.subject = "the sides"
        if verb.rule.kind == "meeting" or _welcomes_someone(verb, mentions, text):
            draft = _meeting(sent, verb, mentions, when, narrative, registry)
        elif verb.rule.kind == "visit":
            draft = _visit(sent, verb, mentions, when, narrative)
        else:
            draft = _statement(sent, verb, mentions, when, narrative, stops, verbs)
        if draft is not None:
            drafts.append(draft)
    drafts.extend(_passives(sent, narrative, stops, mentions))
    drafts.extend(_meeting_place(sent, narrative, registry, mentions))
    return drafts, used_dates


_PARENTHETICAL = re.compile(r",\s*(?:who|which)\b[^,;]*,")
"""`…met Y, who is on a visit to Baku, on March 9`: a relative clause closed by a comma."""


def _date_after(verb, dates, verbs, text, used) -> int | None:
    """`X met Y in Warsaw on Tuesday`: the first date after the verb in the same clause
    (a relative clause between commas is stepped over)."""
    limit = _clause_limit(text, verb.end)
    aside = _PARENTHETICAL.match(text, limit)
    if aside and re.match(r"\s*(?:on|in)\s", text[aside.end() :]):
        limit = _clause_limit(text, aside.end())
    for index, mention in enumerate(dates):
        if index in used or mention.range_end or not verb.end <= mention.start < limit:
            continue
        if attributive(text, mention):
            continue
        if any(verb.end <= other.start < mention.start for other in verbs if other is not verb):
            continue
        if mention.precision in {"year", "month"}:
            continue
        return index
    return None


_JOINED_BY_AND = re.compile(
    r"\s*,?\s*and\s+(?:(?:his|her|their)\s+)?"
    r"(?:(?!(?:met|meets|said|says|held|holds|discussed|signed|agreed|was|were|is|are|has|had|"
    r"then|also|later)\b)[\w'’-]+\s+){0,4}"
)
"""What may join two people who act together: `and`, then what the second is (`and his
Russian counterpart`, `and Hungarian Foreign Minister`), no verb."""


def _coordinated_subject(verb: VerbAt, mentions: list, text: str):
    """`Fidan and Szijjarto discussed …`: the two people joined by `and` before the verb."""
    people = [m for m in mentions if m.end <= verb.start and m.how in {"name", "title"}]
    if len(people) < 2 or verb.subject_mention is not people[-1]:
        return None
    first, second = people[-2], people[-1]
    between = text[first.end : second.start]
    if not _JOINED_BY_AND.fullmatch(between + " "):
        return None
    if first.who is second.who:
        return None
    return first.who, second.who


def _pair_meeting(sent: Sent, pair, when, narrative: Narrative, place: str | None = None) -> Draft:
    when = _date_or_context(when, narrative)
    if when is not None and when.precision != "context":
        narrative.date = when
    narrative.meeting = pair
    narrative.in_meeting = True
    return Draft(
        "meeting", pair[0], "met", sent, object=pair[1], when=when, place=place, family="meet"
    )


_BETWEEN = re.compile(MEETING_BETWEEN)


def _meeting_between(sent: Sent, mentions: list, dates: list, narrative: Narrative) -> list:
    """`The meeting between Foreign Minister Bayramov and his Hungarian counterpart Szijjarto
    took place in Budapest on Monday`: the two people after `between`, joined by `and`."""
    match = _BETWEEN.search(sent.text)
    if match is None:
        return []
    people = [m for m in mentions if m.start >= match.end() and m.how in {"name", "title"}]
    if len(people) < 2 or isinstance(people[0].who, str) or isinstance(people[1].who, str):
        return []
    first, second = people[0], people[1]
    if first.who is second.who or not _JOINED_BY_AND.fullmatch(
        sent.text[first.end : second.start] + " "
    ):
        return []
    if not _SPEAKER_LEAD.match(sent.text[match.end() : first.start]):
        return []  # `talks between the two countries' ministers …`: no one named first
    when = When.of(dates[0]) if dates else None
    place = _place_in(sent.text, second.end)
    return [_pair_meeting(sent, (first.who, second.who), when, narrative, place)]


_ACCORDING_TO = re.compile(r"^\W*[Aa]ccording\s+to\s+")


def _according_to(sent: Sent, mentions: list, narrative: Narrative) -> list:
    """`According to Foreign Minister Jeyhun Bayramov, the treaty is 80 percent agreed.`:
    what follows the comma is what the person named said."""
    match = _ACCORDING_TO.match(sent.text)
    if match is None:
        return []
    first = next((m for m in mentions if m.start >= match.end()), None)
    if first is None or first.how != "name" or isinstance(first.who, str):
        return []  # by name only: `according to the minister` is left to the title's reader
    if not _SPEAKER_LEAD.match(sent.text[match.end() : first.start]):
        return []
    comma = sent.text.find(",", first.end)
    if comma < 0 or sent.text[first.end : comma].strip():
        return []  # `According to X's office, …`, `According to X and Y, …`: not X alone
    value = _clean_value(sent.text[comma + 1 :])
    if len(value.split()) < 3:
        return []
    start = sent.start + sent.text.find(value, comma)
    return [
        Draft(
            "statement",
            first.who,
            "said",
            sent,
            subject_text=sent.text[first.start : first.end],
            value=value,
            when=_date_or_context(None, narrative),
            family="say",
            span=(start, start + len(value)),
        )
    ]


_REPORTS_TAIL = re.compile(
    r",\s*(?:[A-Z][\w.&-]*\s+){1,3}(?:reports|reported|informs|said|says)\b(?:\s+(?:via|per|"
    r"citing|with reference to)\b)?[^,]*$"
)
"""`…, Azernews reports per the ministry.`: the outlet's own attribution, not content."""

_IN_MEETING = re.compile(r"\b(?:[Dd]uring|[Aa]t|[Ii]n the course of)\s+the\s+(?:meeting|talks)\b")


def _attribution_start(text: str, verb: VerbAt) -> int:
    """Where `…, the Defense Ministry told News.Az` begins: the comma before it."""
    comma = max(
        text.rfind(",", 0, verb.start),
        text.rfind("”", 0, verb.start),
        text.rfind('"', 0, verb.start),
    )
    return comma if comma >= 0 and verb.start - comma < 80 else verb.start


def _own_date(verb: VerbAt, dates: list[DateMention], verbs: list[VerbAt], text: str) -> int | None:
    """The verb's own date: one leading the sentence before any verb (`On March 9, X met Y`),
    or one right before the verb (`X on Thursday met Y`)."""
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, 0, verb.start)]
    for index, mention in enumerate(dates):
        if mention.range_end or mention.end > verb.start:
            continue
        if any(mention.end <= other.start < verb.start for other in verbs if other is not verb):
            continue
        if any(start <= mention.start and mention.end <= end for start, end in asides):
            continue  # `X, who arrived in Baku on Monday, met Y on Tuesday`
        leading = not any(other.start < mention.start for other in verbs)
        adjacent = bool(_ADVERBS.match(text[mention.end : verb.start]))
        if not (leading or adjacent):
            continue
        if mention.iso or mention.month_day or mention.precision in {"relative", "weekday"}:
            return index
    return None


_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,")
"""`, who arrived in Baku on Monday,`: a clause about the subject, not the verb after it."""


def _welcomes_someone(verb: VerbAt, mentions: list, text: str) -> bool:
    """`Xi Jinping welcomed Putin with a ceremony`: a host welcoming a person named right
    after the verb meets them (welcoming a decision, or `the guest`, is said)."""
    if verb.family != "welcome" or verb.attribution:
        return False
    return any(
        m.how == "name"
        and _WELCOMED_LEAD.fullmatch(text, verb.end, m.start)
        and not text.startswith(("'s", "’s"), m.end)  # `welcomed Putin's proposal`
        for m in mentions
    )


_WELCOMED_LEAD = re.compile(r"\s+(?:(?:his|her|the|visiting|[A-Z][\w'’-]*)\s+)*")


def _object_after(verb: VerbAt, mentions: list, text: str) -> MentionAt | None:
    limit = _clause_limit(text, verb.end)
    after = [m for m in mentions if verb.end <= m.start < limit and m.how != "document"]
    named = [m for m in after if m.how == "name"]
    if named:
        return named[0]
    return after[0] if after else None


def _clause_limit(text: str, start: int) -> int:
    match = _CLAUSE_END.search(text, start)
    return match.start() if match else len(text)


def _date_or_context(when: When | None, narrative: Narrative) -> When | None:
    if when is not None and when.precision == "relative" and when.iso is None:
        return narrative.date.inherited() if narrative.date else None
    if when is not None:
        return when
    return narrative.date.inherited() if narrative.date else None


def _meeting(sent, verb, mentions, when, narrative, registry) -> Draft | None:
    subject = verb.subject
    obj_mention = _object_after(verb, mentions, sent.text)
    if subject is None or obj_mention is None or obj_mention.who is subject:
        return None
    obj = obj_mention.who
    if verb.rule.predicate == "received by":
        subject, obj = obj, subject
    if verb.predicate == "received" and not _RECEIVED_OBJECT.match(
        sent.text[verb.end : obj_mention.start]
    ):
        return None  # `received commendation …, General X said`: not a meeting
    when = _date_or_context(when, narrative)
    if when is not None and when.precision != "context":
        narrative.date = when
    narrative.meeting = (subject, obj)
    narrative.in_meeting = True
    if registry.host is None and not isinstance(subject, str):
        registry.host = subject
    if registry.guest is None and not isinstance(obj, str):
        registry.guest = obj
    place = _place_in(sent.text, obj_mention.end) or _visited_place(sent.text, obj_mention.end)
    return Draft("meeting", subject, "met", sent, object=obj, when=when, place=place, family="meet")


_VISIT_TO = re.compile(
    r"\bvisit(?:ing)?\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def _visited_place(text: str, start: int) -> str | None:
    """`met with X, who is on an official visit to Tbilisi`: the meeting is where the guest
    is visiting (a city or country only)."""
    match = _VISIT_TO.search(text, start)
    if match is None:
        return None
    place = _without_calendar_tail(match.group("place"))
    return place if _known_place(place) else None


_RECEIVED_OBJECT = re.compile(
    r"^(?![^,]*\b(?:commendation|praise|letters?|awards?|support|approval|calls?|messages?|"
    r"information|assistance|aid|reports?|requests?|invitations?|orders?|training)\b)"
    r"[^.;:!?]{0,160}$"
)
"""What may stand between `received` and the person received: their office or a few
descriptive words, not a thing received (`received commendation from General X`). Offices
run long: `the delegation led by Deputy Chief of Staff for Partnerships at NATO Supreme
Headquarters Allied Powers Europe, Rear Admiral …` is 125 characters."""


def _place_in(text: str, start: int) -> str | None:
    limit = _clause_limit(text, start)
    for match in _PLACE_AFTER.finditer(text, start, limit):
        place = _without_calendar_tail(match.group("place"))
        if _known_place(place):
            return place  # a country, a city (`in Brussels`), `the Azerbaijani capital`
        if _looks_like_venue(place):
            city = _CITY_AFTER.match(text, match.end(), limit)
            if city and is_place(city.group("city")):
                return f"{place}, {city.group('city')}"
            return place
    return None


def _without_calendar_tail(place: str) -> str:
    """A place without the day or month a capitalised run took with it (`Antalya Monday`)."""
    words = place.split()
    while len(words) > 1 and words[-1] in _CALENDAR_WORDS:
        words.pop()
    return " ".join(words)


_CALENDAR_WORDS = frozenset([*MONTH_NAMES, *WEEKDAY_NAMES])


def at_place(place: str) -> str:
    """`in Tbilisi`, `in the Hungarian capital`, but `at the Defense Ministry`."""
    return f"in {place}" if _known_place(place) else f"at {place}"


def _known_place(place: str) -> bool:
    """A country, a city or region the gazetteer knows, or `the Azerbaijani capital`."""
    return bool(country_of(place) or is_place(place) or capital_named(place))


def _looks_like_venue(place: str) -> bool:
    """A building by its head word: `Defense Ministry`, `Great Hall of the People`."""
    last = fold(place.split(" of ")[0].split()[-1]).lower()
    return last in {
        "ministry",
        "palace",
        "headquarters",
        "office",
        "building",
        "hall",
        "kremlin",
        "house",
        "residence",
        "centre",
        "center",
    }


_VISIT_OBJECT_END = re.compile(
    r",(?!\s*(?:and|as well as)\b)|,\s*(?:and\s+)?(?:honou?red|viewed|laid|paid|met|"
    r"expressed|got)\b|\s+and\s+(?:honou?red|viewed|laid|paid|met|got|was|were)\b|[;.]\s*$|\.$"
)


def _visit(sent, verb, mentions, when, narrative) -> Draft | None:
    subject = verb.subject
    if subject is None or verb.subject_mention is None or verb.subject_mention.how == "document":
        return None
    text = sent.text
    end_match = _VISIT_OBJECT_END.search(text, verb.end)
    end = end_match.start() if end_match else len(text)
    place = text[verb.end : end].strip(" ,.")
    if re.match(r"by\b", place):
        return None  # `The talks were attended by X`: who took part, not where they went
    place = re.sub(r"^(?:the\s+)?", lambda m: m.group(0), place)
    if not place:
        return None
    when = _date_or_context(when, narrative)
    if when is not None and when.precision != "context":
        narrative.date = when
    return Draft(
        "visit",
        subject,
        verb.predicate,
        sent,
        subject_text=_surface(sent, verb),
        object=place,
        value=place,
        when=when,
        family="visit",
        place=place if country_of(place) else None,
        span=(sent.start + verb.end, sent.start + end),
    )


def _statement(sent, verb, mentions, when, narrative, stops, verbs=()) -> Draft | None:
    subject = verb.subject
    if subject is None or (verb.subject_mention and verb.subject_mention.how == "document"):
        return None
    text = sent.text
    end = next((s for s in stops if s > verb.start), len(text))
    if _THAT.match(text, verb.end):
        # `noted that Russia and Türkiye agreed to …`: the verb of the clause is what was
        # said; one after a comma or `and` (`noted that …, expressed condolences and
        # wished …`), or with a person of its own (`…, and Fidan added`), starts another
        by_start = {v.start: v for v in verbs}
        later = [s for s in stops if s > verb.start]
        beyond = later[_INNER_VERBS] if len(later) > _INNER_VERBS else len(text)
        read = later[:_INNER_VERBS]
        end = next((s for s in read if not _inner(by_start.get(s), verb, text)), beyond)
    following_subject = [
        m for m in mentions if verb.end <= m.start < end and _ADVERBS.match(text[m.end : end])
    ]
    if following_subject and end < len(text):
        end = following_subject[-1].start
    value = text[verb.end : end]
    obj = None
    if verb.family == "inform":
        target = [m for m in mentions if verb.end <= m.start < verb.end + 30]
        if target:
            obj = target[0].who
            value = text[target[0].end : end]
    if verb.family.startswith("express_"):
        value = (
            re.sub(
                r"^\s*(?:(?:his|her|their|its|the|a|an|deep|deepest|sincere|profound|"
                r"great|strong|full|firm|heartfelt|warm|also|once again)\s+)*[a-z]+\b",
                "",
                value,
                count=1,
            )
            or value
        )
    value = _clean_value(value)
    told = text[verb.start : verb.end].lower().startswith(("told", "tell"))
    if told:
        whom, that, said = value.partition(" that ")
        if that and said and _ADDRESSEE.match(whom):
            value = said  # `told reporters on Monday that no date had been set`
        elif _ADDRESSEE.match(value):
            value = ""  # `"…," Fico told reporters after the vote.`: whom, not what
    fronted = _fronted_content(text, verb, value)
    if fronted is not None:  # `Moscow is ready to talk, Lavrov said on Monday.`
        value = fronted
    elif _AFTER_SPEECH.match(value):
        value = ""  # `"…," Lavrov said on Monday.`: when, not what
    if not value:
        if not verb.family.startswith("express"):
            return None  # `"…," Landsbergis said.`: the quotation makes the statement
        value = verb.predicate
    when = _date_or_context(when, narrative)
    span_start = sent.start + text.find(value, verb.end) if value in text else sent.start
    return Draft(
        "statement",
        subject,
        verb.predicate,
        sent,
        subject_text=_surface(sent, verb),
        object=obj,
        value=value,
        when=when,
        family=verb.family,
        span=(span_start, span_start + len(value)),
    )


_THAT = re.compile(r"\s+that\s+")
_COORDINATED_VERB = re.compile(r"(?:[,;]|\band)\s*$")


_INNER_VERBS = 8
"""At most this many verbs of a `that` clause are read over (a sentence of hundreds of
verbs costs no more than one of eight)."""


def _inner(other, verb, text: str) -> bool:
    """`other`, a verb after `verb … that`, belongs to what was said."""
    return (
        other is not None
        and not other.attribution
        and not _own_subject(other, verb.end)
        and not _COORDINATED_VERB.search(text, max(verb.end, other.start - 6), other.start)
    )


def _own_subject(verb, after: int) -> bool:
    """The verb has a person for its subject, named after `after` (not one it took over
    from the clause before)."""
    mention = verb.subject_mention
    return (
        verb.subject is not None
        and not isinstance(verb.subject, str)
        and mention is not None
        and mention.start >= after
    )


_AFTER_SPEECH = re.compile(
    r"^(?:(?:on|in|at|during|after|before|via|from)\b(?!.*\bthat\b)[^,;]{0,60}|"
    rf"(?:on\s+)?(?:{trie_pattern([*WEEKDAY_NAMES, 'today', 'yesterday'])}))$"
)
"""What may follow the verb when what was said stands before the speaker: when, where or
how it was said (`on Monday`, `in a statement`, `at a briefing in Baku`), not what."""

_SPEAKER_LEAD = re.compile(r"^(?:[\w'’.-]+\s+){0,6}$")
"""What may stand before a person's name where the name is expected: their office
(`Foreign Minister`), if anything (after `…, ` for a speaker, after `between`, after
`according to`)."""

_OPENERS = frozenset(
    ["in", "on", "at", "during", "after", "before", "according", "speaking", "meanwhile",
     "earlier", "later", "separately", "also", "however", "yesterday", "today", "when",
     "while", "as"]
)  # fmt: skip
"""First words of a sentence-opening phrase (`In a statement on Monday, Lavrov said …`),
which is not what was said."""


def _fronted_content(text: str, verb: VerbAt, after: str) -> str | None:
    """`Moscow is ready to resume talks, Foreign Minister Sergey Lavrov said on Monday.`:
    what was said, standing before the speaker and a comma, when nothing but when, where or
    to whom follows the verb. Quotations are left to `attach_quotes`."""
    mention = verb.subject_mention
    if mention is None or (after and not (_AFTER_SPEECH.match(after) or _ADDRESSEE.match(after))):
        return None
    if not _ADVERBS.match(text[mention.end : verb.start]):
        return None  # the speaker is not the one right before the verb
    comma = text.rfind(",", 0, mention.start)
    if comma < 0 or not _SPEAKER_LEAD.match(text[comma + 1 : mention.start].lstrip()):
        return None
    content = _clean_value(text[:comma])
    words = content.split()
    if len(words) < 3 or words[0].lower().strip("\"“”'") in _OPENERS:
        return None
    if any(q in content for q in '"“”«»'):
        return None
    return content


def _surface(sent: Sent, verb: VerbAt) -> str | None:
    """The words the sentence names the subject with (`Lieutenant General Oğuz`, `He`)."""
    mention = verb.subject_mention
    return sent.text[mention.start : mention.end] if mention is not None else None


_ADDRESSEE = re.compile(
    r"^(?:(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media|state\s+media|"
    r"state\s+television|(?:a|the)\s+(?:joint\s+)?(?:news|press)\s+conference|"
    r"(?:a|the)\s+briefing|"
    r"lawmakers|parliament|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?))"
    r"(?:\s+(?:after|before|at|on|in|during|with)\b[^,;]*)?$"
)
"""`told reporters after the vote`, `told a news conference in Kyiv`, `told Reuters`."""


def _clean_value(value: str) -> str:
    value = value.strip()
    value = _LEADING_THAT.sub("", value)
    value = re.sub(r"(?:,?\s*(?:and|as well as|while|,))+\s*$", "", value)
    previous = None
    while previous != value:
        previous = value
        value = value.strip(" ,;:.")
        if value.count('"') % 2 == 1:
            value = value.strip('"')
        if value.count("“") != value.count("”"):
            value = value.strip("“”")
    return value


def _passives(sent: Sent, narrative: Narrative, stops: list[int], mentions) -> list[Draft]:
    drafts: list[Draft] = []
    text = sent.text
    subject = "the sides" if narrative.in_meeting else None
    floor = 0
    for match in PASSIVE_RE.finditer(text):
        previous_floor, floor = floor, match.end()
        if match.group("it"):
            family = PASSIVE_FAMILY.get(match.group("it").split()[0], "note")
            end = next((s for s in stops if s > match.end()), len(text))
            value = _clean_value(text[match.end() : end])
            predicate = match.group("it")
            span = (sent.start + match.end(), sent.start + end)
        else:
            word = match.group("np") or match.group("recv") or match.group("held")
            family = PASSIVE_FAMILY.get(word, "note")
            begin = _clause_start(text, match.start(), previous_floor)
            value = _clean_value(re.sub(r",\s*it\s*$", "", text[begin : match.start()]))
            if match.group("held") and not re.search(
                r"\b(?:exchange|discussion|consultation|dialogue|talks|negotiation)", value, re.I
            ):
                continue
            value = re.sub(
                r"^(?:(?:At|During|In)\s+the\s+(?:meeting|talks)|In\s+the\s+end|Finally|"
                r"Also|In\s+addition|Besides|Then)\s*,?\s*",
                "",
                value,
            )
            predicate = _FAMILY_VERB.get(family, f"was {word}")
            span = (sent.start + begin, sent.start + match.start())
            if any(
                m.how in {"name", "title", "pronoun"}
                and begin <= m.start < match.start()
                and text[m.end : match.start()].strip() == ""
                for m in mentions
            ):
                continue
        if value and len(value.split()) >= 2:
            drafts.append(
                Draft(
                    "statement",
                    subject,
                    predicate,
                    sent,
                    value=value,
                    when=_date_or_context(None, narrative),
                    family=family,
                    span=span,
                )
            )
    return drafts


_FAMILY_VERB = {
    "note": "noted",
    "praise": "praised",
    "discuss": "discussed",
    "welcome": "welcomed",
    "say": "said",
}
"""A passive's predicate as the active verb of its family: `was highly appreciated` ->
`praised`, `an exchange of views was held` -> `discussed`."""


def _clause_start(text: str, end: int, floor: int = 0) -> int:
    """Where a passive's subject begins. `…was highly appreciated, as well as the directions
    … were discussed`: after an earlier passive, `as well as`/`and`/`while` open a new
    subject; before any, they are part of it (`an exchange of views on X, as well as Y`)."""
    best = 0
    patterns = [r";\s*", r"\b(?:meeting|talks),\s+"]
    if floor:
        patterns += [r",\s*as well as\s+", r",\s*while\s+", r",\s*and\s+"]
    for pattern in patterns:
        for match in re.finditer(pattern, text[:end]):
            if match.end() >= floor:
                best = max(best, match.end())
    return best


def _meeting_place(sent, narrative, registry, mentions) -> list[Draft]:
    match = _MEETING_PLACE.search(sent.text)
    if not match:
        return []
    place = re.sub(r"^the\s+", "", match.group("place"))
    if _WHEN_NOT_WHERE.match(place):  # `the next meeting in 2018`, `talks in March`
        return []
    if not (place[:1].isupper() or _looks_like_venue(place)):
        return []  # `discussed … in detail`, `at a meeting in Astana`: how, not where
    if narrative.meeting is not None:
        subject, obj = narrative.meeting
    else:
        people = [m.who for m in mentions if m.how in {"name", "title"} and m.start > match.end()]
        subject = people[0] if people else None
        guest = registry.guest or registry._default_guest()
        obj = guest if guest is not subject else None
        if subject is None or obj is None:
            return []
        narrative.meeting = (subject, obj)
    narrative.in_meeting = True
    return [
        Draft(
            "meeting",
            subject,
            "met",
            sent,
            object=obj,
            place=place,
            when=_date_or_context(None, narrative),
            family="meet",
        )
    ]


# --- quotes ----------------------------------------------------------------------------------

_QUOTE = re.compile(r"“(?P<a>[^”“]{2,2000})”|\"(?P<b>[^\"]{2,2000})\"")
_AFTER_QUOTE = re.compile(
    r"^[,.!?]?\s*(?P<who>(?:the\s+|a\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s+"
    r"(?:said|added|noted|stressed|emphasi[sz]ed|stated|told|underlined|wrote)\b"
)


def attach_quotes(
    article: Article,
    sents: list[Sent],
    drafts: list[Draft],
    registry,
    mention_cache: dict[int, list],
    dates_in_force: dict[int, When | None],
) -> list[Draft]:
    """Put quoted words on the statement they belong to, or make a statement of them."""
    new: list[Draft] = []
    for segment in article.segments:
        if segment.kind != "text":
            continue
        for match in _QUOTE.finditer(article.text, segment.start, segment.end):
            words = (match.group("a") or match.group("b")).strip()
            start, end = match.start(), match.end()
            if len(words.split()) < 3:
                continue
            owner = next(
                (
                    d
                    for d in drafts
                    if d.kind == "statement"
                    and d.span
                    and d.quote is None
                    and d.span[0] <= start + 1
                    and start < d.span[1] + 1
                ),
                None,
            )
            last = _sentence_at(sents, end - 1)
            if owner is not None:
                owner.quote = words
                if last is not None and last.end > owner.sent.end:
                    owner.evidence_end = last.end
                continue
            first = _sentence_at(sents, start)
            if first is None:
                continue
            speaker = _speaker_after(
                article.text[end : end + 80], mention_cache.get(first.index, []), first, end
            )
            if speaker == "document":
                continue
            if speaker is None:
                speaker = _sentence_speaker(drafts, mention_cache.get(first.index, []), first)
            if speaker is None:
                continue  # words in quotation marks that nobody in the sentence says
            draft = Draft(
                "statement",
                speaker,
                "said",
                first,
                value=words,
                quote=words,
                family="say",
                span=(start + 1, end - 1),
                when=dates_in_force.get(first.index),
            )
            if last is not None and last.end > first.end:
                draft.evidence_end = last.end
            new.append(draft)
    return new


def _sentence_speaker(drafts: list[Draft], mentions: list, sent: Sent) -> object:
    """`X called the vote “a betrayal” and said …`: the sentence's own speaker."""
    for draft in drafts:
        if draft.sent is sent and draft.kind == "statement" and draft.subject is not None:
            return draft.subject
    people = [m.who for m in mentions if m.how in {"name", "title"}]
    return people[0] if len(people) == 1 else None


def _sentence_at(sents: list[Sent], offset: int) -> Sent | None:
    for sent in sents:
        if sent.start <= offset < sent.end:
            return sent
    return None


def _speaker_after(after: str, mentions: list, sent: Sent, quote_end: int) -> object:
    match = _AFTER_QUOTE.match(after)
    if not match:
        return None
    who = match.group("who")
    if _DOCUMENT.fullmatch(who.strip()):
        return "document"
    absolute = quote_end + match.start("who")
    for mention in mentions:
        if sent.start + mention.start == absolute and mention.how in {"name", "title", "pronoun"}:
            return mention.who
    return None


# --- dated happenings, numbers and roles -----------------------------------------------------

_FUNCTION_WORDS = frozenset(
    [
        "and",
        "or",
        "but",
        "to",
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "by",
        "from",
        "as",
        "when",
        "while",
        "that",
        "which",
        "who",
        "after",
        "before",
        "until",
        "till",
        "through",
        "the",
        "a",
        "an",
        "this",
        "its",
        "his",
        "her",
        "their",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "had",
        "has",
        "have",
        "also",
        "it",
        "they",
        "he",
        "she",
        "where",
        "then",
        "during",
        "since",
    ]
)
_EVENT_NOUNS = re.compile(
    r"\b(?:earthquake|quake|provocation|attack|explosion|blast|crash|fire|flood|storm|shelling|"
    r"strike|election|vote|referendum|verdict|ruling|trial|sentenc\w+|signing|summit|ceremony|"
    r"tragedy|war|conflict|eruption|collapse|shooting|bombing|protest|rally|incident|accident|"
    r"agreement|treaty|visit|exercise|drills?|talks|conference|forum|session|Days|Week|games|"
    r"race|match|festival|operation|offensive|ceasefire|truce)\b",
    re.I,
)


_EVENT_CLAUSE = re.compile(r"[,;:]\s+|\bwhile\s+|\bwhen\s+|\s+and\s+(?=[a-z]+ed\b)")


def attributive(text: str, mention: DateMention) -> bool:
    """A date used as a name (`the 20 January tragedy`, `the March 9 meeting`): followed by
    a lowercase noun rather than a function word or punctuation."""
    following = text[mention.end :].lstrip()
    next_word = re.match(r"[A-Za-z]+", following)
    return bool(
        next_word
        and following[: next_word.end()] == next_word.group(0)
        and next_word.group(0).islower()
        and next_word.group(0) not in _FUNCTION_WORDS
    )


def dated_events(
    sent: Sent, dates: list[DateMention], used: set[int], narrative: Narrative, drafts: list[Draft]
) -> list[Draft]:
    """A date no meeting, visit or statement used marks another happening: an event claim."""
    events: list[Draft] = []
    text = sent.text
    for index, mention in enumerate(dates):
        if index in used:
            continue
        if attributive(text, mention):
            continue  # `the 20 January tragedy`: a name, not a dated report
        if not (mention.iso or mention.month_day or mention.year):
            continue  # `on Wednesday` with no date to count from: nothing to compare
        boundaries = [0] + [m.end() for m in _EVENT_CLAUSE.finditer(text, 0, mention.start)]
        begin = boundaries[-1]
        if re.match(r"\s*(?:which|that|who)\b", text[begin:]) and len(boundaries) > 1:
            begin = boundaries[-2]  # `NATO Days, which will run until …`: name what runs
        end = mention.end
        rest = re.match(r"\s+(?:when|as|after|before|where|while|with)\b[^,;.]{3,160}", text[end:])
        if rest:
            end += rest.end()  # `… in 1992 when Azerbaijan joined the Council`: what happened
        clause = text[begin:end].strip(" ,;")
        if len(clause.split()) < 3:
            stop = _clause_limit(text, mention.end)
            clause = text[begin:stop].strip(" ,;.")
        if not clause or len(clause.split()) < 2:
            continue
        nouns = list(_EVENT_NOUNS.finditer(clause))
        subject = nouns[-1].group(0) if nouns else clause.split(",")[0][:80]
        events.append(
            Draft(
                "event",
                subject,
                "until" if mention.range_end else "on",
                sent,
                value=clause,
                when=When.of(mention),
                family="event",
                span=(sent.start + begin, sent.start + end),
            )
        )
    return events


_THE_BEFORE = re.compile(r"\b[Tt]he\s*$")


def quantity_drafts(sent: Sent, narrative: Narrative) -> list[Draft]:
    drafts: list[Draft] = []
    for mention in find_quantities(sent.text):
        if mention.number_text.isalpha() and _THE_BEFORE.search(sent.text, 0, mention.start):
            continue  # `the two countries`, `The two ministers`: who, not how many
        quantity = Quantity(
            number=mention.number,
            number_text=mention.number_text,
            qualifier=mention.qualifier,
            qualifier_text=mention.qualifier_text,
            unit=mention.unit,
            counts=mention.counts,
            counts_text=mention.counts_text,
        )
        subject = mention.counts_text or mention.counts or mention.unit or "number"
        drafts.append(
            Draft(
                "quantity",
                subject,
                "numbers",
                sent,
                value=mention.text,
                quantity=quantity,
                when=_date_or_context(None, narrative),
                family="quantity",
                span=(sent.start + mention.start, sent.start + mention.end),
            )
        )
    return drafts


# --- background ------------------------------------------------------------------------------


def reference_year(article: Article, all_dates: list[list[DateMention]]) -> int | None:
    if article.meta.published:
        return int(article.meta.published[:4])
    years = [m.year for ds in all_dates for m in ds if m.year and not m.inferred_year]
    return max(years) if years else None


def mark_background(drafts: list[Draft], sents: list[Sent], all_dates, ref_year, settings) -> None:
    """History and context: claims dated a year or more before the article, sentences that
    only tell history, and the paragraphs that open with such history (an agency's closing
    'background' paragraphs). Roles are facts about people, never background."""
    if ref_year is None:
        return
    limit = ref_year - settings.background_years
    reported = {d.sent.index for d in drafts if d.kind in {"meeting", "visit"}}
    old_sentences: set[int] = set()
    old_paragraphs: dict[int, bool] = {}
    for sent, dates in zip(sents, all_dates, strict=True):
        old = any(d.year is not None and d.year <= limit and not d.inferred_year for d in dates)
        current = any(d.year is not None and d.year > limit for d in dates)
        history = old and not current and sent.index not in reported
        if history:
            old_sentences.add(sent.index)
        if sent.paragraph not in old_paragraphs:
            old_paragraphs[sent.paragraph] = history
        elif current or sent.index in reported:
            old_paragraphs[sent.paragraph] = False
    for draft in drafts:
        if draft.kind == "role":
            continue
        own_year = draft.when.year if draft.when and draft.when.precision != "context" else None
        if own_year is not None and own_year <= limit:
            draft.background = True
        elif draft.sent.index in old_sentences or old_paragraphs.get(draft.sent.paragraph):
            draft.background = draft.kind != "meeting"


# --- assembling the claims file --------------------------------------------------------------


def extract(article: Article, settings: Settings) -> ClaimsFile:
    """The claims file for one article."""
    sents = sentences_of(article)
    registry = Registry()
    find_acronyms(article.text, registry)
    facts = collect_people(sents, registry)
    published = dt.date.fromisoformat(article.meta.published) if article.meta.published else None
    narrative = Narrative()
    drafts: list[Draft] = []
    all_dates: list[list[DateMention]] = []
    mention_cache: dict[int, list] = {}
    extra_facts: list[tuple] = []
    in_force: dict[int, When | None] = {}
    for sent in sents:
        anchor = (
            dt.date.fromisoformat(narrative.date.iso)
            if narrative.date and narrative.date.iso
            else None
        )
        dates = find_dates(sent.text, published, anchor)
        all_dates.append(dates)
        sentence_facts: list[tuple] = []
        mentions = mentions_in(sent, registry, narrative, sentence_facts)
        extra_facts.extend((sent, *fact) for fact in sentence_facts)
        mention_cache[sent.index] = mentions
        verbs = verbs_in(sent)
        assign_subjects(verbs, mentions, sent.text)
        made, used = sentence_claims(sent, mentions, verbs, dates, narrative, registry)
        drafts.extend(made)
        if not any(d.kind == "meeting" for d in made):
            drafts.extend(_meeting_between(sent, mentions, dates, narrative))
        if not any(d.kind == "statement" for d in made):
            drafts.extend(_according_to(sent, mentions, narrative))
        drafts.extend(dated_events(sent, dates, used, narrative, made))
        drafts.extend(quantity_drafts(sent, narrative))
        in_force[sent.index] = narrative.date.inherited() if narrative.date else None
        first = next(
            (
                v.subject
                for v in verbs
                if not v.attribution and v.subject is not None and not isinstance(v.subject, str)
            ),
            None,
        )
        if first is not None:
            registry.last_subject = first
    drafts.extend(attach_quotes(article, sents, drafts, registry, mention_cache, in_force))
    for sent in sents:
        for record, predicate, value in facts.get(sent.index, []):
            drafts.append(_role(record, predicate, value, sent))
    for sent, record, predicate, value in extra_facts:
        drafts.append(_role(record, predicate, value, sent))
    mark_background(drafts, sents, all_dates, reference_year(article, all_dates), settings)
    return assemble(article, registry, drafts)


def _role(record, predicate: str, value: str, sent: Sent) -> Draft:
    """A rank, office, affiliation or nationality the article gives a person."""
    if predicate == "nationality":
        value = demonym_of(value) or value
    elif predicate == "office" and not has_office_head(value):
        predicate = "affiliation"
    return Draft("role", record, predicate, sent, value=value, family=predicate)


def assemble(article: Article, registry: Registry, drafts: list[Draft]) -> ClaimsFile:
    people = sorted(registry.people, key=lambda p: (p.first_start, p.name))
    entities: list[Entity] = []
    for number, record in enumerate(people, start=1):
        record.id = f"e{number}"
        entities.append(
            Entity(
                id=record.id,
                name=record.name,
                type="person",
                aliases=sorted(record.aliases),
                rank=record.rank,
                rank_original=record.rank_original,
                roles=list(record.roles),
                nationality=record.nationality,
                key=record.key,
            )
        )
    for full, shorts in sorted(registry.organisations.items()):
        entities.append(
            Entity(
                id=f"e{len(entities) + 1}",
                name=full,
                type="organization",
                aliases=sorted(shorts),
                key=fold(full).lower(),
            )
        )
    starts = line_starts(article.text)
    unique: dict[tuple, Draft] = {}
    for draft in drafts:
        key = _draft_key(draft)
        if key not in unique:
            unique[key] = draft
    ordered = sorted(
        unique.values(),
        key=lambda d: (d.sent.start, _KIND_ORDER[d.kind], d.span or (0, 0), _draft_key(d)),
    )
    claims = [
        _claim(f"c{number}", draft, article, starts)
        for number, draft in enumerate(ordered, start=1)
    ]
    return ClaimsFile(
        extractor=EXTRACTOR_VERSION, article=article.meta, entities=entities, claims=claims
    )


_KIND_ORDER = {"meeting": 0, "visit": 1, "statement": 2, "event": 3, "quantity": 4, "role": 5}


def _ref(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return value.id  # PersonRecord


def _name(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.name


def _draft_key(draft: Draft) -> tuple:
    return (
        draft.kind,
        _name(draft.subject) or "",
        draft.predicate,
        _name(draft.object) or "",
        draft.value or "",
        draft.quote or "",
        draft.sent.start,
        draft.when.iso if draft.when else "",
        draft.place or "",
    )


_TOPIC_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "that",
        "this",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "well",
        "all",
        "other",
        "such",
        "into",
        "about",
        "within",
        "between",
        "both",
        "further",
        "as",
        "our",
        "your",
        "it",
        "we",
        "they",
        "he",
        "she",
        "them",
        "there",
        "than",
        "then",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "during",
    ]
)


def topic_words(text: str | None) -> list[str]:
    """Content words of a claim's value, folded and lightly stemmed, sorted and unique."""
    return list(_topic_words(text)) if text else []


@lru_cache(maxsize=65536)
def _topic_words(text: str) -> tuple[str, ...]:
    """`topic_words`, cached: alignment asks for the same values' words again and again."""
    words = set()
    for word in re.findall(r"[a-z0-9]+", fold(text).lower()):
        if word in _TOPIC_STOP or len(word) < 3:
            continue
        if word.endswith("ies") and len(word) > 5:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 4:
            word = word[:-1]
        words.add("defense" if word == "defence" else word)
    return tuple(sorted(words))


def _claim(claim_id: str, draft: Draft, article: Article, starts: list[int]) -> Claim:
    sent = draft.sent
    end = draft.evidence_end or sent.end
    evidence = Evidence(
        sentence=article.text[sent.start : end],
        start=sent.start,
        end=end,
        line=line_of(starts, sent.start),
    )
    when = draft.when
    return Claim(
        id=claim_id,
        kind=draft.kind,
        subject=_ref(draft.subject),
        predicate=draft.predicate,
        object=_ref(draft.object),
        value=draft.value,
        date=when.iso if when else None,
        place=draft.place,
        quote=draft.quote,
        background=draft.background,
        text=_readable(draft),
        evidence=evidence,
        family=draft.family,
        date_text=when.text if when else None,
        date_precision=when.precision if when else None,
        month_day=when.month_day if when else None,
        time_of_day=when.time_of_day if when else None,
        quantity=draft.quantity,
        topic=topic_words(draft.quote or draft.value),
        subject_text=draft.subject_text,
    )


def _readable(draft: Draft) -> str:
    subject = _name(draft.subject) or "someone"
    when = draft.when
    date = ""
    if when is not None:
        shown = when.iso or (when.month_day[2:] if when.month_day else None)
        if shown:
            date = f" on {shown}"
    if draft.kind == "meeting":
        place = f" {at_place(draft.place)}" if draft.place else ""
        return f"{subject} met {_name(draft.object)}{date}{place}"
    if draft.kind == "visit":
        return f"{subject} {draft.predicate} {draft.value}{date}"
    if draft.kind == "role":
        return f"{subject}: {draft.predicate} {draft.value}"
    if draft.kind == "quantity":
        return f"{draft.value}"
    if draft.kind == "event":
        written = when is not None and when.text and when.text in (draft.value or "")
        return f"{draft.value}{'' if written else date}"
    target = f" {_name(draft.object)}" if draft.object is not None else ""
    words = f'"{draft.quote}"' if draft.quote and draft.quote == draft.value else draft.value
    return f"{subject} {draft.predicate}{target}: {words}{date}"
