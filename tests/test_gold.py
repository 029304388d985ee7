"""The seed corpus against the hand-made reference claims."""

from __future__ import annotations

from gold import load_gold, match_claims, match_findings, trap_hits

CLAIM_RECALL_FLOOR = 0.90


def test_seed_claim_recall(seed_claims):
    gold = load_gold()
    matched, missed = match_claims(gold["claims"], seed_claims)
    recall = len(matched) / len(gold["claims"])
    print(f"seed claim recall {recall:.0%}; missed: {', '.join(missed) or 'none'}")
    assert recall >= CLAIM_RECALL_FLOOR, f"recall {recall:.0%}, missed {missed}"


FINDING_RECALL_FLOOR = 0.80


def test_seed_events_are_the_reference_events(seed_findings):
    gold = load_gold()
    events = sorted(sorted(e.articles) for e in seed_findings.events)
    assert events == sorted(sorted(e) for e in gold["events"])


def test_seed_finding_recall(seed_findings):
    gold = load_gold()
    findings = [f for e in seed_findings.events for f in e.findings]
    matched, missed = match_findings(gold["findings"], findings)
    recall = len(matched) / len(gold["findings"])
    print(f"seed finding recall {recall:.0%}; missed: {', '.join(missed) or 'none'}")
    assert recall >= FINDING_RECALL_FLOOR, f"recall {recall:.0%}, missed {missed}"


def test_seed_traps_are_not_raised(seed_findings):
    gold = load_gold()
    findings = [f for e in seed_findings.events for f in e.findings]
    assert trap_hits(gold["traps"], findings) == []
