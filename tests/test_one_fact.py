"""One fact changed in a copy of an article: one major discrepancy naming both values, and
nothing else new (`bench/one_fact.py`, run here on the invented multi-outlet events of
`bench/events/`; the seed articles' changes run in the benchmark)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
_spec = importlib.util.spec_from_file_location("one_fact", BENCH / "one_fact.py")
assert _spec is not None and _spec.loader is not None
one_fact = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(one_fact)


@pytest.mark.parametrize(
    ("event", "article", "slot", "old", "new"),
    one_fact.EVENT_CHANGES,
    ids=[f"{e}-{a}-{s}" for e, a, s, _, _ in one_fact.EVENT_CHANGES],
)
def test_one_changed_fact_is_one_major(event, article, slot, old, new):
    ok, detail = one_fact.check(article, old, new, False, one_fact.EVENTS / event)
    assert ok, detail


def test_the_events_hold_no_clash_of_their_own(tmp_path):
    from claimcheck.pipeline import compare_corpus
    from claimcheck.settings import Settings

    for folder in sorted(one_fact.EVENTS.iterdir()):
        settings = Settings(
            corpus=folder, claims_dir=tmp_path / folder.name / "c", reports_dir=tmp_path / "r"
        )
        events = compare_corpus(settings).findings.events
        assert len(events) == 1, folder.name
        clashes = [
            f.summary
            for f in events[0].findings
            if f.type == "discrepancy" and f.severity in {"major", "minor"}
        ]
        # the outlets differ only where they truly do: two sources' trade figures ($240
        # and $227.8 billion), `about $57 billion` against `$57 billion`, and two offices
        # named more or less fully (minor: no other office)
        expected = {"beijing_visit": 1, "moscow_talks": 1, "ankara_defence": 2}
        assert len(clashes) == expected.get(folder.name, 0), clashes
