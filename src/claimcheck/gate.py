"""The CI gate: acknowledged findings, stale outputs, stale reviews and the verdict.

`claimcheck check` fails when a discrepancy at or above `--fail-on` is not acknowledged,
when claims/ or reports/ no longer match the corpus, or when a reviewed claims file was
reviewed for another version of its article. Acknowledgements live in
`claims/acknowledged.json`: a finding's fingerprint, the reason, the date and the values it
was acknowledged for, so a new value (a third outlet's date) makes it unacknowledged again.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ClaimcheckError
from .models import ArticleMeta, ClaimsFile, Event, Finding, FindingsFile
from .writer import to_json, write_text

ACK_FILE = "acknowledged.json"
ACK_SCHEMA = "claimcheck.acknowledged/1"
SEVERITY_RANK = {"info": 1, "minor": 2, "major": 3, "never": 4}
FAIL_ON = ("major", "minor", "info", "never")


class Acknowledgement(BaseModel):
    """One acknowledged finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str
    reason: str
    date: str = Field(description="Day of the acknowledgement, ISO, UTC.")
    values: list[str] = Field(description="The distinct values the finding had then.")
    summary: str = ""


class AckFile(BaseModel):
    """claims/acknowledged.json."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str = Field(ACK_SCHEMA, alias="schema")
    acknowledged: list[Acknowledgement] = Field(default_factory=list)


def ack_path(claims_dir: Path) -> Path:
    return claims_dir / ACK_FILE


def load_acks(claims_dir: Path) -> AckFile:
    path = ack_path(claims_dir)
    if not path.exists():
        return AckFile()
    try:
        return AckFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        reason = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
        raise ClaimcheckError(f"{path}: not a valid acknowledgements file ({reason})") from None


def save_acks(claims_dir: Path, acks: AckFile) -> Path:
    ordered = AckFile(acknowledged=sorted(acks.acknowledged, key=lambda a: a.fingerprint))
    path = ack_path(claims_dir)
    write_text(path, to_json(ordered))
    return path


_SURFACE = re.compile(r"\s*\([^()]*\)$")


def finding_values(finding: Finding) -> list[str]:
    """What an acknowledgement is for: a discrepancy's distinct values (without the words
    as written: `2023-03-09 (Thursday)` and `2023-03-09 (March 9)` are one value), or an
    omission's gaps."""
    if finding.type == "discrepancy":
        return sorted({_SURFACE.sub("", v) or v for v in finding.values.values()})
    return sorted(finding.missing_from)


def acknowledgement_for(finding: Finding, acks: AckFile) -> Acknowledgement | None:
    values = finding_values(finding)
    for ack in acks.acknowledged:
        if ack.fingerprint == finding.id and ack.values == values:
            return ack
    return None


def apply_acks(findings: FindingsFile, acks: AckFile) -> FindingsFile:
    """The findings with `acknowledged` set to the reason where one applies."""
    return findings.model_copy(
        update={"events": [acknowledge_event(event, acks) for event in findings.events]}
    )


def acknowledge_event(event: Event, acks: AckFile) -> Event:
    """The event with `acknowledged` set to the reason where one applies (the same object
    when nothing changes)."""
    fingerprints = {ack.fingerprint for ack in acks.acknowledged}
    updated = []
    changed = False
    for finding in event.findings:
        ack = acknowledgement_for(finding, acks) if finding.id in fingerprints else None
        reason = ack.reason if ack else None
        if reason != finding.acknowledged:
            finding = finding.model_copy(update={"acknowledged": reason})
            changed = True
        updated.append(finding)
    return event.model_copy(update={"findings": updated}) if changed else event


def acknowledge(
    findings: FindingsFile,
    acks: AckFile,
    reason: str,
    fingerprint: str | None = None,
    everything: bool = False,
    today: dt.date | None = None,
) -> tuple[AckFile, list[Finding]]:
    """Acknowledge one finding by fingerprint, or every discrepancy (`everything`)."""
    if not reason.strip():
        raise ClaimcheckError('a reason is required: --reason "why this is fine"')
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    chosen = [
        f
        for e in findings.events
        for f in e.findings
        if f.type == "discrepancy" and (everything or f.id == fingerprint)
    ]
    if fingerprint and not chosen:
        known = [f for e in findings.events for f in e.findings if f.id == fingerprint]
        if not known:
            raise ClaimcheckError(
                f"no finding {fingerprint}: `claimcheck check --format json` lists the ids"
            )
        chosen = known
    kept = [a for a in acks.acknowledged if a.fingerprint not in {f.id for f in chosen}]
    added = [
        Acknowledgement(
            fingerprint=f.id,
            reason=reason.strip(),
            date=day,
            values=finding_values(f),
            summary=f.summary,
        )
        for f in chosen
    ]
    return AckFile(acknowledged=kept + added), chosen


# --- the verdict ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Blocker:
    """An unacknowledged finding that fails the gate, with where to point."""

    event: Event
    finding: Finding
    article: str
    path: str
    line: int


@dataclass
class Verdict:
    blockers: list[Blocker] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    stale_reviews: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.blockers or self.stale or self.stale_reviews)


def has_discrepancies(tally: dict) -> bool:
    """Whether an event's tally (`report.markdown.Tally.to_dict()`) counts a discrepancy:
    the only events the gate needs to read."""
    return tally["types"].get("discrepancy", 0) > 0


def blocking_findings(
    events: Iterable[Event], metas: dict[str, ArticleMeta], fail_on: str
) -> list[Blocker]:
    """Unacknowledged discrepancies at or above `fail_on`, newest article first."""
    if fail_on not in FAIL_ON:
        raise ClaimcheckError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    threshold = SEVERITY_RANK[fail_on]
    blockers = []
    for event in events:
        for finding in event.findings:
            if finding.type != "discrepancy" or finding.acknowledged is not None:
                continue
            if SEVERITY_RANK[finding.severity] < threshold:
                continue
            article = bringing_article(finding, metas)
            meta = metas.get(article)
            blockers.append(
                Blocker(
                    event=event,
                    finding=finding,
                    article=article,
                    path=meta.path if meta else article,
                    line=finding.lines.get(article, 1) or 1,
                )
            )
    return blockers


def bringing_article(finding: Finding, metas: dict[str, ArticleMeta]) -> str:
    """The article that brings a clash: one holding the least common value, the latest
    published among them (a new article added to a corpus is usually the odd one out)."""
    counts: dict[str, int] = {}
    for value in finding.values.values():
        counts[value] = counts.get(value, 0) + 1
    candidates = sorted(finding.values) or sorted(finding.present_in)
    if finding.values:
        fewest = min(counts.values())
        candidates = [a for a in candidates if counts[finding.values[a]] == fewest]

    def recency(article: str) -> tuple[str, str]:
        meta = metas.get(article)
        return (meta.published or "" if meta else "", article)

    return max(candidates, key=recency)


def review_drift(reviewed: ClaimsFile, text: str) -> list[str]:
    """What changed under a reviewed claims file: the evidence sentences of its claims that
    the article's current text no longer holds."""
    missing = []
    for claim in reviewed.claims:
        sentence = claim.evidence.sentence
        if sentence and sentence not in text and sentence not in missing:
            missing.append(sentence)
    return missing
