"""Matching claimcheck output against the hand-made reference (tests/gold_seeds.json).

The rules are the ones the reference states in its `about` field: a claim's text is its
JSON without the evidence, with entity ids replaced by the entity's name, aliases, rank
and roles; an item matches when every group has an alternative (a regex, case-insensitive,
on text folded to ASCII unless `raw`) found in that text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from claimcheck.models import Claim, ClaimsFile, Finding
from claimcheck.text import fold

GOLD_PATH = Path(__file__).parent / "gold_seeds.json"


def load_gold() -> dict:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def ascii_fold(text: str) -> str:
    return fold(text).encode("ascii", "ignore").decode("ascii")


def groups_match(groups: list[list[str]], text: str, raw: bool = False) -> bool:
    subject = text if raw else ascii_fold(text)
    return all(any(re.search(alt, subject, re.I) for alt in group) for group in groups)


def claim_text(claim: Claim, claims_file: ClaimsFile) -> str:
    entities = {e.id: e for e in claims_file.entities}
    data = claim.model_dump(mode="json", exclude={"evidence"})
    for slot in ("subject", "object"):
        entity = entities.get(data.get(slot) or "")
        if entity is not None:
            parts = [entity.name, *entity.aliases, entity.rank or "", *entity.roles]
            data[slot] = " | ".join(p for p in parts if p)
    return json.dumps(data, ensure_ascii=False)


def claim_fits(gold: dict, claim: Claim, claims_file: ClaimsFile) -> bool:
    if gold["kind"] != "*" and claim.kind != gold["kind"]:
        return False
    if "date" in gold and claim.date != gold["date"]:
        return False
    if "background" in gold and claim.background != gold["background"]:
        return False
    return groups_match(gold["groups"], claim_text(claim, claims_file), gold.get("raw", False))


def match_claims(gold_claims: list[dict], files: dict[str, ClaimsFile]) -> tuple[list, list]:
    """Maximum one-to-one matching of gold claims to tool claims; (matched, missed) ids."""
    options: dict[str, list[tuple[str, str]]] = {}
    for gold in gold_claims:
        claims_file = files.get(gold["article"])
        if claims_file is None:
            options[gold["id"]] = []
            continue
        options[gold["id"]] = [
            (gold["article"], c.id) for c in claims_file.claims if claim_fits(gold, c, claims_file)
        ]
    owner: dict[tuple[str, str], str] = {}

    def augment(gold_id: str, seen: set) -> bool:
        for option in options[gold_id]:
            if option in seen:
                continue
            seen.add(option)
            if option not in owner or augment(owner[option], seen):
                owner[option] = gold_id
                return True
        return False

    matched = [g["id"] for g in gold_claims if augment(g["id"], set())]
    missed = [g["id"] for g in gold_claims if g["id"] not in matched]
    return matched, missed


def finding_text(finding: Finding, with_evidence: bool = True) -> str:
    parts = [finding.summary, json.dumps(finding.values, ensure_ascii=False)]
    if with_evidence:
        parts.append(json.dumps(finding.evidence, ensure_ascii=False))
    return "\n".join(parts)


def finding_fits(gold: dict, finding: Finding) -> bool:
    if finding.type != gold["type"]:
        return False
    if "severity" in gold and finding.severity not in gold["severity"]:
        return False
    present = set(finding.present_in) | set(finding.values)
    if not set(gold.get("present", [])) <= present:
        return False
    if not set(gold.get("missing", [])) <= set(finding.missing_from):
        return False
    return groups_match(gold["groups"], finding_text(finding), gold.get("raw", False))


def match_findings(gold_findings: list[dict], findings: list[Finding]) -> tuple[list, list]:
    matched = [g["id"] for g in gold_findings if any(finding_fits(g, f) for f in findings)]
    return matched, [g["id"] for g in gold_findings if g["id"] not in matched]


def trap_hits(traps: list[dict], findings: list[Finding]) -> list[tuple[str, str]]:
    """(trap id, summary) for every discrepancy the reference says must not be raised."""
    hits = []
    for trap in traps:
        for finding in findings:
            if finding.type != "discrepancy" or finding.severity not in trap["severity"]:
                continue
            text = finding_text(finding, with_evidence=False)
            if groups_match(trap["groups"], text, trap.get("raw", False)):
                hits.append((trap["id"], finding.summary))
    return hits
