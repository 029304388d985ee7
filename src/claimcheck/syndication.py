"""Copies: the same article saved twice, or syndicated word for word by another outlet.

A wire story republished by an aggregator under its own header is one source, not two: when
the copy agrees with the original, no second outlet has confirmed anything. This module finds
such copies so the comparison can count each story once and the reports can say which
article copies which.

What is compared is the article's body: the text segments (page chrome, headings and
datelines are left out by :mod:`claimcheck.corpus`), normalised by :func:`normalize` so that
whitespace, letter case, quotation-mark and dash styles do not matter. Rules, each named in
:class:`Copy.how`:

* `identical file`: the raw bytes are the same (same SHA-256), whatever they contain;
* `same text`: the normalised bodies are equal;
* `contained`: one normalised body appears whole inside the other (the aggregator added a
  paragraph of its own, or cut the last ones), provided the shorter has at least
  :data:`MIN_CONTAINED_WORDS` words, so one shared quoted sentence is no copy.

Anything else is not a copy: an article with one fact changed differs word for word and must
go on to produce its discrepancy. Of each group of copies the original is the earliest
published, then the smallest id; an unknown date counts as later than any known one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .models import Article, ClaimsFile
from .unionfind import UnionFind

MIN_CONTAINED_WORDS = 40
"""The shorter body must have this many words to count as contained in the longer one."""

SHINGLE_WORDS = 8
"""Words in the opening phrase used to find where a body may be contained in another."""

_QUOTES = re.compile(r"[\"'`´‘’‚‛“”„‟′″«»‹›]")
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SPACE = re.compile(r"\s+")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_format(match: re.Match[str]) -> str:
    return "" if unicodedata.category(match.group()) == "Cf" else match.group()


def normalize(text: str) -> str:
    """Text for word-for-word comparison: compatibility forms folded (NFKC, so a no-break
    space is a space), invisible format characters dropped, case folded, quotation marks
    removed (`“talks”`, `"talks"`, `«talks»` and `'talks'` are one), dashes one `-`, `…`
    three dots, whitespace one space."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():  # ASCII has no format characters
        text = _NON_ASCII.sub(_drop_format, text)
    text = _QUOTES.sub("", text.casefold())
    text = _DASHES.sub("-", text).replace("…", "...")
    return _SPACE.sub(" ", text).strip()


def body_text(item: Article | ClaimsFile) -> str:
    """The normalised body of an article: its text segments (not headings or chrome), or for
    a claims file the evidence sentences of its claims in text order.

    Compare articles with articles or claims files with claims files; the two bodies of one
    article are not the same string.
    """
    if isinstance(item, Article):
        pieces = [item.text[s.start : s.end] for s in item.segments if s.kind == "text"]
    else:
        spans = sorted({(c.evidence.start, c.evidence.sentence) for c in item.claims})
        pieces = [sentence for _, sentence in spans]
    return normalize(" ".join(pieces))


@dataclass(frozen=True, slots=True)
class Copy:
    """One article found to copy another."""

    copy: str
    """Id of the copy."""
    original: str
    """Id of the original: the earliest published of its group, then the smallest id."""
    kind: Literal["duplicate", "syndication"]
    """`duplicate`: the same outlet (or an unknown one) saved twice; `syndication`: another
    outlet republished it."""
    how: Literal["identical file", "same text", "contained"]
    """The rule that tied the copy to its group (the strongest one when several did)."""


@dataclass(frozen=True, slots=True)
class CopyItem:
    """What copy detection needs of one article (kept in the run cache)."""

    id: str
    published: str | None
    outlet: str | None
    sha256: str
    body: str


def copy_item(source: Article | ClaimsFile | CopyItem) -> CopyItem:
    if isinstance(source, CopyItem):
        return source
    meta = source.meta if isinstance(source, Article) else source.article
    return CopyItem(meta.id, meta.published, meta.outlet, meta.sha256, body_text(source))


_STRENGTH = {"identical file": 0, "same text": 1, "contained": 2}


@dataclass(frozen=True, slots=True)
class Contained:
    """The `contained` pairs (shorter, longer) found among some articles, with a hash of
    each article's body they were found for: what the next search can start from."""

    hashes: dict[str, str]
    pairs: list[tuple[str, str]]

    def to_dict(self) -> dict:
        return {"hashes": self.hashes, "pairs": [list(p) for p in self.pairs]}

    @classmethod
    def from_dict(cls, data: dict) -> Contained:
        hashes = data["hashes"]
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in hashes.items()):
            raise ValueError("not a mapping of ids to hashes")
        pairs = [(str(a), str(b)) for a, b in data["pairs"]]
        return cls(dict(hashes), pairs)


def find_copy_records(items: Iterable[Article | ClaimsFile | CopyItem]) -> list[Copy]:
    """Every copy among `items`, sorted by copy id. See the module docstring for the rules."""
    return find_copies_since(items, None)[0]


def find_copies_since(
    items: Iterable[Article | ClaimsFile | CopyItem], known: Contained | None
) -> tuple[list[Copy], Contained]:
    """:func:`find_copy_records`, and what the next call can start from. `known` is what
    an earlier call returned: the `contained` pairs of the articles whose files did not
    change are taken from it, and only the other articles are searched (each against every
    body), when they are few."""
    by_id = {item.id: item for item in map(copy_item, items)}
    links: list[tuple[str, str, str]] = []
    for rule, groups in (
        ("identical file", _groups_by(by_id.values(), lambda i: i.sha256)),
        ("same text", _groups_by(by_id.values(), lambda i: i.body)),
    ):
        for members in groups:
            links.extend((members[0], other, rule) for other in members[1:])
    contained = _contained_since(by_id, known)
    links.extend((a, b, "contained") for a, b in contained.pairs)
    groups: UnionFind[str] = UnionFind()
    how: dict[str, str] = {}
    for a, b, rule in links:
        groups.union(a, b)
        for member in (a, b):
            if member not in how or _STRENGTH[rule] < _STRENGTH[how[member]]:
                how[member] = rule
    records = []
    for members in groups.groups():
        original = min(members, key=lambda i: _age(by_id[i]))
        for member in sorted(members):
            if member == original:
                continue
            kind = "syndication" if _other_outlet(by_id[member], by_id[original]) else "duplicate"
            records.append(Copy(member, original, kind, how[member]))  # type: ignore[arg-type]
    return sorted(records, key=lambda r: r.copy), contained


def find_copies(items: Iterable[Article | ClaimsFile]) -> dict[str, str]:
    """{copy id: original id} for every copy among `items` (see :func:`find_copy_records`)."""
    return {record.copy: record.original for record in find_copy_records(items)}


def independent(article_ids: Iterable[str], copies: dict[str, str]) -> list[str]:
    """The ids that count as independent sources: each copy stands for its original, so
    `[wire, aggregator]` with the aggregator copying the wire is one source, `[wire]`.
    Sorted; use `len(...)` to count confirming outlets."""
    return sorted({copies.get(i, i) for i in article_ids})


def _groups_by(items: Iterable[CopyItem], key) -> list[list[str]]:
    buckets: dict[str, list[str]] = defaultdict(list)
    for item in items:
        value = key(item)
        if value:
            buckets[value].append(item.id)
    return [sorted(ids) for ids in buckets.values() if len(ids) > 1]


INCREMENTAL_SEARCHES = 50
"""At most this many new or changed articles are searched one by one against every body;
with more, every body is searched (the cost of the two ways breaks even about there)."""


def _contained_since(by_id: dict[str, CopyItem], known: Contained | None) -> Contained:
    # keyed by the body itself: a reviewed claims file can change it, the article not
    hashes = {i: _body_hash(item.body) for i, item in by_id.items()}
    if known is None:
        return Contained(hashes, _containments(by_id))
    fresh = sorted(i for i, sha in hashes.items() if known.hashes.get(i) != sha)
    if len(fresh) > INCREMENTAL_SEARCHES:
        return Contained(hashes, _containments(by_id))
    kept = {(a, b) for a, b in known.pairs if a in hashes and b in hashes}
    pairs = {(a, b) for a, b in kept if a not in fresh and b not in fresh}
    if fresh:
        padded = {i: f" {item.body} " for i, item in by_id.items() if item.body}
        sizes = {i: text.count(" ") - 1 for i, text in padded.items()}
        least = max(MIN_CONTAINED_WORDS, SHINGLE_WORDS)
        for new in fresh:
            if new not in padded:
                continue
            for other in padded:
                if other == new:
                    continue
                shorter, longer = (new, other) if sizes[new] < sizes[other] else (other, new)
                if sizes[shorter] == sizes[longer] or sizes[shorter] < least:
                    continue
                if padded[shorter] in padded[longer]:
                    pairs.add((shorter, longer))
    return Contained(hashes, sorted(pairs))


def _body_hash(body: str) -> str:
    return hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _containments(by_id: dict[str, CopyItem]) -> list[tuple[str, str]]:
    """(shorter, longer) pairs where the shorter body appears whole inside the longer.

    Only bodies that open with the same :data:`SHINGLE_WORDS` words as some stretch of the
    longer one are compared, so the cost grows with the corpus's words, not its square.
    """
    words = {i: item.body.split(" ") for i, item in by_id.items() if item.body}
    openings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for identifier, tokens in words.items():
        if len(tokens) >= max(MIN_CONTAINED_WORDS, SHINGLE_WORDS):
            openings[tuple(tokens[:SHINGLE_WORDS])].append(identifier)
    pairs: set[tuple[str, str]] = set()
    first_words = {opening[0] for opening in openings}
    for longer, tokens in words.items():
        padded = f" {by_id[longer].body} "
        for start in range(len(tokens) - SHINGLE_WORDS + 1):
            if tokens[start] not in first_words:
                continue  # no body opens with this word: no tuple to build
            for shorter in openings.get(tuple(tokens[start : start + SHINGLE_WORDS]), ()):
                if shorter == longer or len(words[shorter]) >= len(tokens):
                    continue
                if f" {by_id[shorter].body} " in padded:
                    pairs.add((shorter, longer))
    return sorted(pairs)


def _age(item: CopyItem) -> tuple[bool, str, str]:
    return (item.published is None, item.published or "", item.id)


def _other_outlet(a: CopyItem, b: CopyItem) -> bool:
    return bool(a.outlet and b.outlet and a.outlet.casefold() != b.outlet.casefold())
