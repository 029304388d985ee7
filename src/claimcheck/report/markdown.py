"""Findings and claims -> markdown: `index.md`, one `<event id>.md` per event, `entities.md`.

Everything here is pure and deterministic: the same findings and claims give byte-identical
text whatever order the lists and dicts arrive in, because every collection is sorted by a
stable key before it is printed.  Every piece of text that comes from an article goes through
:func:`escape_cell` (tables, headings and list items alike), and every link is built by
:func:`link`, which percent-encodes its target, so hostile article text can neither break a
table nor inject links, images or HTML.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import quote

from ..models import ArticleMeta, Claim, ClaimsFile, Entity, Event, Finding, FindingsFile
from ..text import name_key, surname_key
from ..unionfind import UnionFind

#: Longest cell (in characters of article text, before escaping); longer ones end in `…`.
CELL_LIMIT = 300
#: Fact labels in the coverage matrix are shorter: the matrix is read across, not down.
FACT_LIMIT = 80
#: Outlet names used as column headers are clipped to this length.
OUTLET_LIMIT = 24
#: Claims listed per article under "reported by one outlet only".
SOLO_LIMIT = 15
#: Two articles this many days apart or less report on the same period.
PERIOD_DAYS = 30
#: Claim kinds worth listing as reported by one outlet only (role claims repeat the entities).
SOLO_KINDS = ("meeting", "visit", "statement", "quantity", "event")

UNKNOWN = "–"
PRESENT = "✓"
ABSENT = "—"
WARNING = "⚠"

_TYPE_ORDER = {"discrepancy": 0, "omission": 1, "agreement": 2}
_SEVERITY_ORDER = {"major": 0, "minor": 1, "info": 2}
SEVERITIES = ("major", "minor", "info")

# Markdown (and GitHub's math) syntax characters, escaped wherever they appear.  `&` is
# escaped so that an entity written in the article (`&lt;`) shows as written.
_CHAR_ESCAPES = {
    "\\": "\\\\",
    "|": "\\|",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "~": "\\~",
    "[": "\\[",
    "]": "\\]",
    "!": "\\!",
    "$": "\\$",
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
}
_ESCAPE_TABLE = str.maketrans(_CHAR_ESCAPES)
_HASH_OR_PAREN = re.compile(r"(?<=\])\(|(?:(?<=\s)|^)#")

# Bidirectional overrides and isolates can reorder what a reader sees around them.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_WHITESPACE = re.compile(r"\s+")
# A list item or heading that starts like this would open a nested block.
_BLOCK_START = re.compile(r"[-+=]")
_ORDERED_START = re.compile(r"(\d+)([.)])")
# align.py ends omission and agreement summaries with who reports the fact; the reports give
# that in columns and lists of their own, so the fact is printed without it.
_REPORTED_BY = re.compile(r"\s+[—–-]\s+reported by\b.*$", re.DOTALL)


# ---------------------------------------------------------------------------------------------
# Escaping and links
# ---------------------------------------------------------------------------------------------


_DROPPED = re.compile(
    "["
    + "".join(
        re.escape(chr(c))
        for c in range(0x250)
        if unicodedata.category(chr(c)) == "Cc" and not chr(c).isspace()
    )
    + "".join(re.escape(ch) for ch in sorted(_BIDI))
    + "]"
)
"""Control characters that are not whitespace, and bidirectional overrides: dropped."""


def _flatten(text: str) -> str:
    """One line: control characters dropped, every run of whitespace (newlines, tabs, Unicode
    line separators) one space."""
    return _WHITESPACE.sub(" ", _DROPPED.sub("", text)).strip()


def clip(text: str, limit: int = CELL_LIMIT) -> str:
    """`text` cut to `limit` characters, the last one `…` when it was cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


@lru_cache(maxsize=1 << 16)
def escape_cell(text: object, limit: int = CELL_LIMIT) -> str:
    """Article text made safe for a table cell, a heading or a list item.

    One line, clipped to `limit` characters, with every character that markdown, GitHub's
    tables or HTML would read as syntax escaped: ``|`` and backticks, ``*``, ``_``, ``~``,
    ``$``, ``[``, ``]`` and ``!`` (so no link or image forms), ``(`` after ``]``, ``<``, ``>``
    and ``&`` as entities (no tag, no ``<!--`` comment), ``#`` starting a word, and a leading
    ``-``, ``+``, ``=`` or ``1.`` that would open a block.  ``None`` is the empty string.
    """
    if text is None:
        return ""
    return _escaped(str(text), limit)


@lru_cache(maxsize=1 << 16)
def _escaped(text: str, limit: int) -> str:
    """`escape_cell` of a string (remembered: a page repeats its evidence sentences)."""
    if (
        len(text) <= limit
        and text.isprintable()  # no control, bidi or line-breaking character, no tab
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and _SYNTAX.isdisjoint(text)
        and not _BLOCK_START.match(text)
        and not _ORDERED_START.match(text)
    ):
        return text  # most sentences: nothing to flatten, clip or escape
    return _escaped_fully(text, limit)


_SYNTAX = frozenset([*_CHAR_ESCAPES, "#"])
"""The characters escaping may change (and `(`, but only after `]`)."""


def _escaped_fully(text: str, limit: int) -> str:
    """What `_escaped` does to any string: flatten, clip, escape."""
    flat = clip(_flatten(text), limit)
    # `(` right after `]`, and `#` starting a word, are escaped where the original text has
    # them; the rest is one translation
    flat = _HASH_OR_PAREN.sub(lambda m: "\x00" + m.group(0), flat)
    escaped = flat.translate(_ESCAPE_TABLE).replace("\x00", "\\")
    if _BLOCK_START.match(escaped):
        return "\\" + escaped
    ordered = _ORDERED_START.match(escaped)
    if ordered:
        return ordered[1] + "\\" + escaped[len(ordered[1]) :]
    return escaped


def url(target: str, fragment: str | None = None) -> str:
    """`target` percent-encoded (spaces, `#`, `|`, parentheses, `<`, `>`, `:`, non-ASCII…),
    `/` kept, then `#fragment`."""
    encoded = quote(target, safe="/")
    return f"{encoded}#{quote(fragment, safe='')}" if fragment else encoded


def link(text: str, target: str, fragment: str | None = None) -> str:
    """A markdown link whose text is escaped and whose target is percent-encoded."""
    label = escape_cell(text) or escape_cell(target) or "link"
    return f"[{label}]({url(target, fragment)})"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """A GitHub table of one-line cells already escaped; numbers stay as written.

    The layout of tabulate's `github` format (cells stripped and left-aligned, each column
    as wide as its widest cell and at least its header plus two), built with plain joins:
    the reports hold hundreds of thousands of cells, and tabulate's type guessing and
    padding cost more than all the rest of rendering. Widths count characters, whatever
    the terminal would show, so the text never depends on what else is installed.
    """
    head = list(headers)
    body = [[c.strip() for c in row] for row in rows]
    widths = [len(h) + 2 for h in headers]
    for row in body:
        for i, cell in enumerate(row):
            if len(cell) > widths[i]:
                widths[i] = len(cell)
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in body:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(lines)


def _page(blocks: Iterable[str]) -> str:
    """Blocks separated by one blank line; one trailing newline."""
    return "\n\n".join(block.rstrip("\n") for block in blocks if block) + "\n"


# ---------------------------------------------------------------------------------------------
# Articles and findings, in a stable order
# ---------------------------------------------------------------------------------------------


_METAS: ContextVar[dict[str, ArticleMeta] | None] = ContextVar("article_metas", default=None)
"""The metadata of every article, built once per render instead of once per event."""


def _articles(findings: FindingsFile, claims: dict[str, ClaimsFile]) -> dict[str, ArticleMeta]:
    """Metadata of every article known, by id: the claims files' first, findings.json's else."""
    ready = _METAS.get()
    if ready is not None:
        return ready
    metas: dict[str, ArticleMeta] = {}
    for article in findings.articles:
        metas[article.id] = ArticleMeta(
            id=article.id,
            path=article.path,
            sha256="",
            outlet=article.outlet,
            published=article.published,
            title=article.title,
        )
    for claims_file in claims.values():
        metas[claims_file.article.id] = claims_file.article
    return metas


def _claims_by_id(claims: dict[str, ClaimsFile]) -> dict[str, ClaimsFile]:
    return {c.article.id: c for c in claims.values()}


def _finding_key(finding: Finding) -> _FindingKey:
    """Total order on findings: type, severity, then every field, lists and dicts sorted
    (those only when all else is equal)."""
    return _FindingKey(finding)


class _FindingKey:
    """`_finding_key` of one finding; its sorted lists and dicts are made only when two
    findings agree on everything before them."""

    __slots__ = ("_tail", "finding", "head")

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        self.head = (
            _TYPE_ORDER.get(finding.type, 9),
            _SEVERITY_ORDER.get(finding.severity, 9),
            finding.background,
            finding.summary,
            finding.kind,
            finding.slot or "",
            finding.id,
        )
        self._tail: tuple | None = None

    def tail(self) -> tuple:
        if self._tail is None:
            f = self.finding
            self._tail = (
                sorted(f.values.items()),
                sorted(f.present_in),
                sorted(f.missing_from),
                sorted(f.evidence.items()),
                sorted(f.lines.items()),
                sorted(f.claims.items()),
            )
        return self._tail

    def __lt__(self, other: _FindingKey) -> bool:
        if self.head != other.head:
            return self.head < other.head
        return self.tail() < other.tail()


def _sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=_finding_key)


def _sorted_events(events: Iterable[Event]) -> list[Event]:
    """Newest first; undated last; equal dates by id."""
    by_id = sorted(events, key=lambda e: e.id)
    return sorted(by_id, key=lambda e: e.date or "", reverse=True)


def _present(finding: Finding) -> set[str]:
    return set(finding.present_in) | set(finding.values)


def _finding_articles(finding: Finding) -> list[str]:
    """Every article a finding names, sorted by id."""
    named = (
        _present(finding)
        | set(finding.missing_from)
        | set(finding.evidence)
        | set(finding.lines)
        | set(finding.claims)
    )
    return sorted(named)


def _labels(article_ids: Iterable[str], metas: dict[str, ArticleMeta]) -> dict[str, str]:
    """A short column label per article: its outlet, or its id when the outlet is unknown
    or two articles of the event share it."""
    ids = sorted(set(article_ids))
    outlets = {a: (metas[a].outlet if a in metas else None) for a in ids}
    counts = Counter(o for o in outlets.values() if o)
    return {
        a: clip(_flatten(o), OUTLET_LIMIT) if o and counts[o] == 1 and _flatten(o) else a
        for a, o in outlets.items()
    }


_TARGETS: ContextVar[dict[str, str] | None] = ContextVar("corpus_targets", default=None)
"""Article id -> its file as seen from the reports folder, for the render in progress."""


def _corpus_path(meta: ArticleMeta) -> str:
    """The article file seen from the reports folder (`../corpus/x.txt` by default)."""
    return (_TARGETS.get() or {}).get(meta.id) or "../" + meta.path


def _count(findings: Iterable[Finding]) -> dict[str, int]:
    """Agreements, omissions and discrepancies by severity."""
    counts = dict.fromkeys(("agreement", "omission", *SEVERITIES), 0)
    for f in findings:
        if f.type == "discrepancy":
            counts[f.severity] += 1
        else:
            counts[f.type] += 1
    return counts


def _fact(finding: Finding) -> str:
    """The summary without its `— reported by …; not by …` tail."""
    return _REPORTED_BY.sub("", finding.summary) or finding.summary


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


def _consistency(event: Event) -> str:
    return UNKNOWN if event.consistency is None else f"{event.consistency:.2f}"


def _event_date(event: Event) -> str:
    if not event.date:
        return UNKNOWN
    return event.date


def _event_file(event: Event) -> str:
    return f"{event.id}.md"


# ---------------------------------------------------------------------------------------------
# index.md
# ---------------------------------------------------------------------------------------------

CONSISTENCY_NOTE = (
    "Consistency = agreements / (agreements + omissions + 2 × major discrepancies + minor "
    "discrepancies); 1.00 means the outlets agree on everything compared, `–` means the event "
    "has one article and nothing to compare."
)


@dataclass(frozen=True)
class Tally:
    """What index.md shows of an event's findings: counts, not the findings."""

    counts: dict[str, int]
    """Agreements, omissions and discrepancies by severity (:func:`_count`)."""
    severities: dict[str, int]
    """Every finding by severity."""
    types: dict[str, int]
    """Every finding by type."""

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Tally:
        findings = list(findings)
        return cls(
            counts=_count(findings),
            severities=dict(Counter(f.severity for f in findings)),
            types=dict(Counter(f.type for f in findings)),
        )

    def to_dict(self) -> dict:
        return {"counts": self.counts, "severities": self.severities, "types": self.types}

    @classmethod
    def from_dict(cls, data: dict) -> Tally:
        return cls(data["counts"], data["severities"], data["types"])


def render_index(findings: FindingsFile, claims: dict[str, ClaimsFile]) -> str:
    """The events, newest first, with their counts and consistency, under a line of totals."""
    metas = _articles(findings, claims)
    tallies = {id(e): Tally.of(e.findings) for e in findings.events}
    return index_page(findings.events, lambda e: tallies[id(e)], metas)


def index_page(
    events: Iterable[Event], tally: Callable[[Event], Tally], metas: dict[str, ArticleMeta]
) -> str:
    """index.md from each event's description and the tally of its findings (the events'
    own `findings` are not read)."""
    events = _sorted_events(events)
    tallies = [tally(e) for e in events]
    severities: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for t in tallies:
        severities.update(t.severities)
        types.update(t.types)
    totals = (
        f"{_plural(len(metas), 'article')} · {_plural(len(events), 'event')} · findings: "
        + ", ".join(f"{severities[s]} {s}" for s in SEVERITIES)
        + f" ({_plural(types['agreement'], 'agreement')}, {_plural(types['omission'], 'omission')}"
        + f", {_plural(types['discrepancy'], 'discrepancy', 'discrepancies')})"
    )
    headers = [
        "date",
        "event",
        "outlets",
        "agreements",
        "omissions",
        "major",
        "minor",
        "info",
        "consistency",
    ]
    rows = []
    for event, t in zip(events, tallies, strict=True):
        labels = _labels(event.articles, metas)
        counts = t.counts
        rows.append(
            [
                escape_cell(_event_date(event)),
                link(event.title or event.id, _event_file(event)),
                ", ".join(escape_cell(labels[a]) for a in sorted(labels)),
                *(str(counts[k]) for k in ("agreement", "omission", *SEVERITIES)),
                _consistency(event),
            ]
        )
    return _page(
        [
            "# claimcheck report",
            totals,
            _table(headers, rows) if rows else "No events.",
            "major, minor and info count discrepancies by severity. " + CONSISTENCY_NOTE,
            f"Who is who across the corpus: {link('entities.md', 'entities.md')}.",
        ]
    )


# ---------------------------------------------------------------------------------------------
# <event id>.md
# ---------------------------------------------------------------------------------------------


def _source_link(meta: ArticleMeta | None, line: int | None) -> str:
    if meta is None:
        return UNKNOWN
    if line is None:
        return link(meta.path.rsplit("/", 1)[-1], _corpus_path(meta))
    if "text" in meta.sources:
        # A saved page or an export: the line counts in the text extracted from the file
        # (corpus.py), so a `#L` anchor into the HTML or JSON would point elsewhere.
        return link(f"L{line}", _corpus_path(meta))
    return link(f"L{line}", _corpus_path(meta), f"L{line}")


def _copies(findings: FindingsFile) -> dict[str, str]:
    """{copy id: `copy of <original> (syndication)`} for the articles that repeat another."""
    return {
        a.id: f"copy of {a.copy_of} ({a.copy_kind or 'duplicate'}), not an independent source"
        for a in findings.articles
        if a.copy_of
    }


def _sources(
    article_ids: list[str],
    metas: dict[str, ArticleMeta],
    inferred: frozenset[str] = frozenset(),
    copies: dict[str, str] | None = None,
) -> str:
    copies = copies or {}
    rows = []
    for aid in article_ids:
        meta = metas.get(aid)
        if meta is None:
            rows.append([UNKNOWN, UNKNOWN, UNKNOWN, escape_cell(aid)])
            continue
        rows.append(
            [
                (escape_cell(meta.outlet) or UNKNOWN)
                + (f" ({escape_cell(copies[aid])})" if aid in copies else ""),
                (escape_cell(meta.published) or UNKNOWN)
                + (
                    " (dates without a year: year inferred from the event)"
                    if aid in inferred
                    else ""
                ),
                escape_cell(meta.title) or UNKNOWN,
                link(meta.path, _corpus_path(meta)),
            ]
        )
    return _table(["outlet", "published", "title", "file"], rows)


def _discrepancy(
    finding: Finding, labels: dict[str, str], metas: dict[str, ArticleMeta], number: int
) -> str:
    """Summary, then one row per article: what it says and where."""
    rows = []
    for aid in _finding_articles(finding):
        missing = aid in finding.missing_from and aid not in _present(finding)
        rows.append(
            [
                escape_cell(labels.get(aid, aid)),
                ABSENT if missing else escape_cell(finding.values.get(aid)) or UNKNOWN,
                escape_cell(finding.evidence.get(aid)) or ("not reported" if missing else ""),
                _source_link(metas.get(aid), finding.lines.get(aid)),
            ]
        )
    slot = f" {escape_cell(finding.slot)}:" if finding.slot else ""
    head = f"**{number}.{slot}** {escape_cell(finding.summary)} `{escape_cell(finding.id)}`"
    if finding.acknowledged is not None:
        head += f"\n\n✔ Acknowledged: {escape_cell(finding.acknowledged)}"
    return head + "\n\n" + _table(["outlet", "value", "evidence", "source"], rows)


def _values_line(finding: Finding, labels: dict[str, str]) -> str:
    pairs = sorted(finding.values.items())
    values = "; ".join(f"{escape_cell(labels.get(a, a))}: {escape_cell(v)}" for a, v in pairs)
    acknowledged = (
        f" (✔ acknowledged: {escape_cell(finding.acknowledged)})"
        if finding.acknowledged is not None
        else ""
    )
    return f"- {escape_cell(finding.summary)}" + (f" — {values}" if values else "") + acknowledged


def _discrepancies(
    findings: list[Finding], labels: dict[str, str], metas: dict[str, ArticleMeta]
) -> list[str]:
    blocks = ["## Discrepancies"]
    for severity in ("major", "minor"):
        chosen = [f for f in findings if f.type == "discrepancy" and f.severity == severity]
        blocks.append(f"### {severity.capitalize()}")
        if not chosen:
            blocks.append("None.")
        blocks.extend(_discrepancy(f, labels, metas, i) for i, f in enumerate(chosen, 1))
    info = [f for f in findings if f.type == "discrepancy" and f.severity == "info"]
    blocks.append("### Info (same fact, different form)")
    blocks.append("\n".join(_values_line(f, labels) for f in info) if info else "None.")
    return blocks


def _coverage(findings: list[Finding], article_ids: list[str], labels: dict[str, str]) -> str:
    """One row per finding, one column per outlet: who reports the fact."""
    headers = ["fact", "finding", *(escape_cell(labels[a]) for a in article_ids)]
    rows = []
    for f in findings:
        present, missing = _present(f), set(f.missing_from)
        kind = f.type if f.type != "discrepancy" else f"{f.severity} discrepancy"
        cells = [PRESENT if a in present else ABSENT if a in missing else "" for a in article_ids]
        rows.append([escape_cell(_fact(f), FACT_LIMIT), kind, *cells])
    return _table(headers, rows)


def _outlets(article_ids: Iterable[str], labels: dict[str, str]) -> str:
    return ", ".join(escape_cell(labels.get(a, a)) for a in sorted(article_ids)) or UNKNOWN


def _omission_line(finding: Finding, labels: dict[str, str]) -> str:
    return (
        f"- {escape_cell(_fact(finding))} — reported by {_outlets(_present(finding), labels)};"
        f" not by {_outlets(finding.missing_from, labels)}"
    )


def _omissions(findings: list[Finding], labels: dict[str, str]) -> list[str]:
    omissions = [f for f in findings if f.type == "omission"]
    event_ones = [f for f in omissions if not f.background]
    background = [f for f in omissions if f.background]
    return [
        "## Omissions",
        "\n".join(_omission_line(f, labels) for f in event_ones) if event_ones else "None.",
        "### Background omissions (history and context)",
        "\n".join(_omission_line(f, labels) for f in background) if background else "None.",
    ]


def _agreements(findings: list[Finding], labels: dict[str, str]) -> list[str]:
    agreements = [f for f in findings if f.type == "agreement"]
    lines = [
        f"- {escape_cell(_fact(f))} — {_outlets(_present(f) | set(f.evidence), labels)}"
        for f in agreements
    ]
    return ["## Agreements", "\n".join(lines) if lines else "None."]


def _claim_order(claim: Claim) -> tuple:
    number = re.sub(r"\D", "", claim.id)
    return (claim.evidence.start, claim.evidence.line, int(number) if number else 0, claim.id)


def _solo_claims(claims_file: ClaimsFile, covered: set[str]) -> list[Claim]:
    return sorted(
        (
            c
            for c in claims_file.claims
            if c.kind in SOLO_KINDS and not c.background and c.id not in covered
        ),
        key=_claim_order,
    )


def _solo(
    article_ids: list[str],
    findings: list[Finding],
    labels: dict[str, str],
    claims: dict[str, ClaimsFile],
) -> list[str]:
    """Per article, its event claims that no finding rests on."""
    covered: dict[str, set[str]] = defaultdict(set)
    for f in findings:
        for aid, claim_id in f.claims.items():
            covered[aid].add(claim_id)
    blocks = ["## Reported by one outlet only"]
    for aid in article_ids:
        blocks.append(f"### {escape_cell(labels[aid])}")
        claims_file = claims.get(aid)
        if claims_file is None:
            blocks.append("No claims file.")
            continue
        solo = _solo_claims(claims_file, covered[aid])
        lines = [
            f"- {escape_cell(c.text)} ({_source_link(claims_file.article, c.evidence.line)})"
            for c in solo[:SOLO_LIMIT]
        ]
        if len(solo) > SOLO_LIMIT:
            lines.append(f"- … and {len(solo) - SOLO_LIMIT} more")
        blocks.append("\n".join(lines) if lines else "None.")
    return blocks


def render_event(event: Event, findings: FindingsFile, claims: dict[str, ClaimsFile]) -> str:
    """One event: sources, discrepancies side by side, coverage, omissions, agreements and
    the claims only one outlet reports."""
    metas = _articles(findings, claims)
    by_id = claims  # keyed by article id (render_reports makes sure)
    article_ids = sorted(set(event.articles))
    ordered = _sorted_findings(event.findings)
    labels = _labels(article_ids + [a for f in ordered for a in _finding_articles(f)], metas)
    counts = _count(ordered)
    summary = (
        f"Findings: {counts['major']} major, {counts['minor']} minor, {counts['info']} info "
        f"discrepancies · {_plural(counts['omission'], 'omission')} · "
        f"{_plural(counts['agreement'], 'agreement')}"
    )
    header = (
        f"**Date:** {escape_cell(_event_date(event))} · "
        f"**Articles:** {len(article_ids)} · **Consistency:** {_consistency(event)}"
    )
    return _page(
        [
            f"# {escape_cell(event.title or event.id)}",
            header,
            summary,
            link("← all events", "index.md"),
            "## Sources",
            _sources(article_ids, metas, frozenset(event.years_inferred), _copies(findings)),
            *_discrepancies(ordered, labels, metas),
            "## Coverage",
            (
                f"{PRESENT} reports the fact, {ABSENT} does not."
                + "\n\n"
                + _coverage(ordered, article_ids, labels)
            )
            if ordered
            else "No findings.",
            *_omissions(ordered, labels),
            *_agreements(ordered, labels),
            *_solo(article_ids, ordered, labels, by_id),
        ]
    )


def event_page(
    event: Event,
    articles: FindingsFile,
    claims: dict[str, ClaimsFile],
    metas: dict[str, ArticleMeta],
) -> str:
    """One event's page from its own articles alone: `articles` lists them (copies marked),
    `claims` and `metas` are theirs, keyed by article id."""
    token = _METAS.set(metas)
    try:
        return render_event(event, articles, claims)
    finally:
        _METAS.reset(token)


# ---------------------------------------------------------------------------------------------
# entities.md
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    """One article's entity for a person."""

    article: ArticleMeta
    entity: Entity

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.article.published or "9999", self.article.id, self.entity.id)

    @property
    def day(self) -> date | None:
        try:
            return date.fromisoformat(self.article.published or "")
        except ValueError:
            return None


def _given_names(name: str) -> list[str]:
    """Name-key tokens before the surname: `Z. Hasanov` -> [`z`], `Hasanov` -> []."""
    tokens = name_key(name).split()
    surname = surname_key(name).split()
    if surname and tokens[-len(surname) :] == surname:
        return tokens[: -len(surname)]
    return tokens[:-1]


def _join_same_first(members: list[int], first: dict[int, str], groups: UnionFind[int]) -> None:
    """Members giving the same first name (or initial) are one person."""
    anchor: dict[str, int] = {}
    for i in members:
        groups.union(anchor.setdefault(first[i], i), i)


def _merge_by_surname(mentions: list[_Mention], groups: UnionFind[int]) -> None:
    """Mentions sharing a surname key are one person unless their first names tell them apart.

    `Zakir Hasanov`, `Z. Hasanov` and `Hasanov` are one person; with `Ramil Hasanov` also
    in the corpus, `Z. Hasanov` still joins Zakir (the only first name it fits) but a bare
    `Hasanov` fits both and stays on its own.
    """
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        key = surname_key(m.entity.name)
        if key:
            buckets[key].append(i)
    for members in buckets.values():
        first = {}
        for i in members:
            given = _given_names(mentions[i].entity.name)
            first[i] = given[0] if given else ""
        names = sorted({f for f in first.values() if len(f) > 1})
        initials = sorted({f for f in first.values() if len(f) == 1})
        # A bare surname may belong to any first name, or to an initial no first name fits.
        candidates = names + [c for c in initials if not any(n.startswith(c) for n in names)]
        _join_same_first([i for i in members if first[i]], first, groups)
        anchors = {first[i]: i for i in reversed(members) if first[i]}
        for i in members:
            if len(first[i]) > 1:
                continue
            fits = [f for f in (candidates if not first[i] else names) if f.startswith(first[i])]
            if len(fits) == 1:
                groups.union(anchors[fits[0]], i)


def _people(persons: Iterable[tuple[ArticleMeta, list[Entity]]]) -> list[list[_Mention]]:
    """Person entities of every article grouped into people: by Entity.key, then by surname."""
    mentions = sorted(
        (
            _Mention(meta, e)
            for meta, entities in persons
            for e in entities
            if e.type == "person" and (e.name.strip() or e.key)
        ),
        key=lambda m: m.order,
    )
    groups = UnionFind(range(len(mentions)))
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        key = m.entity.key or name_key(m.entity.name)
        if key:
            groups.union(by_key.setdefault(key, i), i)
    _merge_by_surname(mentions, groups)
    people: dict[int, list[_Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        people[groups.find(i)].append(m)
    return sorted(people.values(), key=lambda ms: (_display_name(ms).casefold(), ms[0].order))


def _display_name(mentions: list[_Mention]) -> str:
    """The name most articles use; the longest, then the first alphabetically, on a tie."""
    counts = Counter(m.entity.name for m in mentions)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def _rank(entity: Entity) -> str:
    rank, original = entity.rank, entity.rank_original
    if rank and original and original.casefold() != rank.casefold():
        return f"{rank} ({original})"
    return rank or original or ""


def _differs(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.strip().casefold() != b.strip().casefold())


def _clashes(mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """Pairs of articles published within PERIOD_DAYS of each other that give the person a
    different canonical rank or nationality."""
    # only mentions within PERIOD_DAYS of each other are compared: swept in date order (a
    # head of state named in thousands of articles would otherwise cost millions of pairs),
    # then reported in the mentions' own order
    dated = sorted((m.day, i) for i, m in enumerate(mentions) if m.day is not None)
    found: list[tuple[int, int]] = []
    for pos, (day, i) in enumerate(dated):
        for later, j in dated[pos + 1 :]:
            if (later - day).days > PERIOD_DAYS:
                break
            a, b = (mentions[i], mentions[j]) if i < j else (mentions[j], mentions[i])
            if a.article.id == b.article.id:
                continue
            ea, eb = a.entity, b.entity
            if _differs(ea.rank, eb.rank) or _differs(ea.nationality, eb.nationality):
                found.append((min(i, j), max(i, j)))
    return [(mentions[i], mentions[j]) for i, j in sorted(found)]


def _both(a: object, b: object) -> str:
    return f"{escape_cell(a) or UNKNOWN} / {escape_cell(b) or UNKNOWN}"


def _clash_row(a: _Mention, b: _Mention) -> list[str]:
    ea, eb = a.entity, b.entity
    rank = f"{escape_cell(ea.rank)} ≠ {escape_cell(eb.rank)}" if _differs(ea.rank, eb.rank) else ""
    nationality = (
        f"{escape_cell(ea.nationality)} ≠ {escape_cell(eb.nationality)}"
        if _differs(ea.nationality, eb.nationality)
        else ""
    )
    return [
        f"{WARNING} {_both(a.article.published, b.article.published)}",
        _both(a.article.outlet, b.article.outlet),
        _both(a.article.id, b.article.id),
        _both(ea.name, eb.name),
        rank,
        "",
        nationality,
    ]


def _person(mentions: list[_Mention]) -> tuple[str, int]:
    """A person's section and how many inconsistencies it flags."""
    spellings = sorted(
        {s for m in mentions for s in (m.entity.name, *m.entity.aliases) if s.strip()},
        key=lambda s: (s.casefold(), s),
    )
    rows = [
        [
            escape_cell(m.article.published) or UNKNOWN,
            escape_cell(m.article.outlet) or UNKNOWN,
            link(m.article.id, _corpus_path(m.article)),
            escape_cell(m.entity.name),
            escape_cell(_rank(m.entity)),
            "; ".join(escape_cell(r) for r in sorted(set(m.entity.roles), key=str.casefold)),
            escape_cell(m.entity.nationality),
        ]
        for m in mentions
    ]
    clashes = _clashes(mentions)
    rows.extend(_clash_row(a, b) for a, b in clashes)
    headers = ["published", "outlet", "article", "name", "rank", "office", "nationality"]
    section = _page(
        [
            f"## {escape_cell(_display_name(mentions))}",
            "Spellings: " + ", ".join(escape_cell(s) for s in spellings),
            _table(headers, rows),
        ]
    )
    return section, len(clashes)


def render_entities(claims: dict[str, ClaimsFile]) -> str:
    """Who is who: each person with every spelling, and the rank, office and nationality
    each article gives them; clashes within one period flagged."""
    return entities_page(
        ((c.article, [e for e in c.entities if e.type == "person"]) for c in claims.values()),
        len(claims),
    )


def entities_page(persons: Iterable[tuple[ArticleMeta, list[Entity]]], articles: int) -> str:
    """entities.md from each article's metadata and person entities."""
    return entities_page_reusing(persons, articles)[0]


def entities_page_reusing(
    persons: Iterable[tuple[ArticleMeta, list[Entity]]],
    articles: int,
    stamps: dict[str, str] | None = None,
    known: dict[str, tuple[str, int]] | None = None,
) -> tuple[str, dict[str, tuple[str, int]]]:
    """:func:`entities_page`, reusing the sections of people whose articles did not change.

    `stamps` holds, for each article id, a string that changes whenever anything shown of
    the article changes (its claims file, its link); a person's section is then keyed by
    the stamps of their mentions, and taken from `known` (an earlier call's second value)
    when there. Returns the page and the sections by key."""
    people = _people(persons)
    made: dict[str, tuple[str, int]] = {}
    sections = []
    for mentions in people:
        key = None if stamps is None else _section_key(mentions, stamps)
        found = (known or {}).get(key) if key is not None else None
        section = found if found is not None else _person(mentions)
        if key is not None:
            made[key] = section
        sections.append(section)
    flagged = sum(n for _, n in sections)
    intro = (
        f"{_plural(len(people), 'person', 'people')} across {_plural(articles, 'article')}. "
        "Entities are one person when they share a name key, or a surname key with no "
        f"first name that tells them apart. {WARNING} marks two articles published within "
        f"{PERIOD_DAYS} days of each other that give a person a different canonical rank or "
        f"nationality: {flagged} found."
    )
    return _page(["# Who is who", intro, *(s for s, _ in sections)]), made


def _section_key(mentions: list[_Mention], stamps: dict[str, str]) -> str:
    """What a person's section is made from: which entity of which article, in order, and
    each article's stamp."""
    digest = hashlib.sha256()
    for m in mentions:
        digest.update(f"{m.article.id}\1{m.entity.id}\1{stamps[m.article.id]}\0".encode())
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# All of them
# ---------------------------------------------------------------------------------------------


def render_reports(
    findings: FindingsFile,
    claims: dict[str, ClaimsFile],
    targets: dict[str, str] | None = None,
) -> dict[str, str]:
    """{file name relative to the reports folder: markdown}: `index.md`, `<event id>.md` per
    event and `entities.md`, keys in sorted order."""
    claims = _claims_by_id(claims)
    token = _TARGETS.set(targets or {})
    metas_token = _METAS.set(_articles(findings, claims))
    try:
        pages = {
            "index.md": render_index(findings, claims),
            "entities.md": render_entities(claims),
        }
        for event in _sorted_events(findings.events):
            pages[_event_file(event)] = render_event(event, findings, claims)
    finally:
        _METAS.reset(metas_token)
        _TARGETS.reset(token)
    return {name: f"{REPORT_MARKER}\n{text}" for name, text in sorted(pages.items())}


REPORT_MARKER = "<!-- claimcheck report: generated, edits are overwritten -->"
"""First line of every page, so a rerun knows which files it may remove."""
