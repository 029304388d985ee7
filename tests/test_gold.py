"""The seed corpus against the hand-made reference claims."""

from __future__ import annotations

from gold import load_gold, match_claims

CLAIM_RECALL_FLOOR = 0.90


def test_seed_claim_recall(seed_claims):
    gold = load_gold()
    matched, missed = match_claims(gold["claims"], seed_claims)
    recall = len(matched) / len(gold["claims"])
    print(f"seed claim recall {recall:.0%}; missed: {', '.join(missed) or 'none'}")
    assert recall >= CLAIM_RECALL_FLOOR, f"recall {recall:.0%}, missed {missed}"
