"""The data that flows between stages, defined once.

Field names of the models written to disk follow the output contract
(docs/contract.md); fields beyond the contract are additions, never renames.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CLAIMS_SCHEMA = "claimcheck.claims/1"
FINDINGS_SCHEMA = "claimcheck.findings/1"

EXTRACTOR_VERSION = "38"
"""Version of the claims extractor: a claims file written by another version is extracted
again (raise it whenever the claims of an unchanged article would change)."""

ClaimKind = Literal["meeting", "visit", "statement", "role", "quantity", "event"]
SegmentKind = Literal["text", "heading"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Segment(_Frozen):
    """A stretch of article text that is not page chrome."""

    start: int = Field(description="Offset of the first character in Article.text.")
    end: int = Field(description="Offset one past the last character.")
    kind: SegmentKind = Field("text", description="`heading`: a title line, no claims from it.")
    paragraph: int = Field(0, description="Index of the paragraph the segment belongs to.")


class ArticleMeta(_Frozen):
    """What the claims file and findings.json say about an article."""

    id: str
    path: str
    sha256: str
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = None
    encoding: str = Field("utf-8", description="How the file's bytes were decoded.")
    sources: dict[str, str] = Field(
        default_factory=dict,
        description="Where each metadata value came from: `front matter` or the rule that "
        "inferred it (e.g. `dateline`, `told <outlet>`).",
    )


class Article(_Frozen):
    """An article as read: decoded text, metadata, and the spans that are article text."""

    meta: ArticleMeta
    text: str = Field(description="The decoded file; evidence offsets point into it.")
    segments: tuple[Segment, ...] = Field(description="Article text, page chrome left out.")

    @property
    def id(self) -> str:
        return self.meta.id


class Entity(_Frozen):
    """A person or organisation an article mentions, with everything it says of them."""

    id: str
    name: str
    type: Literal["person", "organization", "group"] = "person"
    aliases: list[str] = Field(default_factory=list)
    rank: str | None = Field(None, description="Canonical rank, e.g. `Lieutenant General`.")
    rank_original: str | None = Field(None, description="The rank as the article writes it.")
    roles: list[str] = Field(default_factory=list, description="Offices and titles as written.")
    nationality: str | None = Field(None, description="Country the article ties them to.")
    key: str = Field("", description="Transliteration-proof key for matching across articles.")


class Evidence(_Frozen):
    sentence: str
    start: int = Field(description="Offset of the sentence in the article text.")
    end: int
    line: int = Field(description="1-based line of `start`.")


class Quantity(_Frozen):
    """A number normalised so two outlets' figures compare."""

    number: float
    number_text: str
    qualifier: str = Field(description="exact, more_than, at_least, less_than, at_most, about…")
    qualifier_text: str | None = None
    unit: str | None = None
    counts: str | None = Field(None, description="What is counted, as a key (`personnel`).")
    counts_text: str | None = None


class Claim(_Frozen):
    """One atomic fact an article states, as slots (contract: claims/<id>.json).

    Extra keys are kept, so a person's `"reviewed": true` or notes survive a round trip."""

    model_config = ConfigDict(frozen=True, extra="allow")

    id: str
    kind: ClaimKind
    subject: str | None = Field(description="Entity id, or plain text when no entity applies.")
    predicate: str
    object: str | None = None
    value: str | None = None
    date: str | None = Field(None, description="ISO date the fact happened, null if unknown.")
    place: str | None = None
    quote: str | None = Field(None, description="Words in quotation marks, for statements.")
    background: bool = False
    text: str = Field(description="The claim as one readable line.")
    evidence: Evidence
    family: str | None = Field(None, description="Predicate family: said/noted/stressed → note.")
    date_text: str | None = Field(None, description="The date as written, when one is.")
    date_precision: str | None = Field(
        None, description="day, weekday, partial (no year), month, year, or from-context."
    )
    month_day: str | None = Field(None, description="`--MM-DD` when month and day are known.")
    time_of_day: str | None = None
    quantity: Quantity | None = None
    topic: list[str] = Field(default_factory=list, description="Content words of the claim.")
    subject_text: str | None = Field(
        None, description="How the sentence names the subject: `Lieutenant General Oğuz`, `He`."
    )


class ClaimsFile(_Frozen):
    """claims/<article id>.json."""

    schema_: str = Field(CLAIMS_SCHEMA, alias="schema")
    extractor: str = Field(description="Extractor version that wrote the file.")
    article: ArticleMeta
    entities: list[Entity]
    claims: list[Claim]

    # extra keys (`"reviewed": {...}` added by a person) are kept as they are
    model_config = ConfigDict(frozen=True, extra="allow", populate_by_name=True)

    @property
    def reviewed(self) -> bool:
        """A person marked the file, or one of its claims, as reviewed."""
        extra = self.model_extra or {}
        if extra.get("reviewed"):
            return True
        return any((claim.model_extra or {}).get("reviewed") for claim in self.claims)


class Finding(_Frozen):
    """One thing the outlets of an event agree on, omit, or contradict (findings.json)."""

    type: Literal["agreement", "omission", "discrepancy"]
    severity: Literal["info", "minor", "major"]
    kind: ClaimKind
    summary: str
    present_in: list[str] = Field(default_factory=list)
    missing_from: list[str] = Field(default_factory=list)
    values: dict[str, str] = Field(default_factory=dict)
    evidence: dict[str, str] = Field(default_factory=dict)
    id: str = Field("", description="Stable fingerprint: the fact and slot, not the articles.")
    slot: str | None = Field(
        None, description="What differs or is missing: date, number, rank, office, person…"
    )
    background: bool = Field(False, description="About history or context, not the event.")
    lines: dict[str, int] = Field(
        default_factory=dict, description="Line of the evidence sentence in each article."
    )
    claims: dict[str, str] = Field(
        default_factory=dict, description="The claim id behind the finding in each article."
    )
    acknowledged: str | None = Field(
        None, description="The reason given when the finding was acknowledged, if it was."
    )


class Event(_Frozen):
    id: str
    title: str
    date: str | None
    articles: list[str]
    findings: list[Finding] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list, description="Outlets, in article order.")
    consistency: float | None = Field(
        None, description="Agreements / (agreements + omissions + 2 x major + minor); see index."
    )
    date_inferred: bool = Field(
        False, description="Some article gives days without a year; the event's year is used."
    )
    years_inferred: list[str] = Field(
        default_factory=list,
        description="Articles whose year-less dates take the event's year (marked inferred).",
    )


class FindingsArticle(_Frozen):
    id: str
    path: str
    outlet: str | None
    published: str | None
    title: str | None
    copy_of: str | None = Field(
        None, description="The article this one repeats word for word, if it is a copy."
    )
    copy_kind: str | None = Field(
        None, description="`duplicate` (saved twice) or `syndication` (another outlet)."
    )

    @classmethod
    def of(cls, meta: ArticleMeta, **extra: str | None) -> FindingsArticle:
        """What findings.json says of an article, from its claims file's metadata."""
        return cls(
            id=meta.id,
            path=meta.path,
            outlet=meta.outlet,
            published=meta.published,
            title=meta.title,
            **extra,
        )


class FindingsFile(_Frozen):
    """reports/findings.json."""

    schema_: str = Field(FINDINGS_SCHEMA, alias="schema")
    articles: list[FindingsArticle]
    events: list[Event]

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
