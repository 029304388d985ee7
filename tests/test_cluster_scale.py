"""Grouping at scale: a chain of weak links never makes one giant event."""

from __future__ import annotations

import random

from claimcheck.cluster import DEFAULTS, _capped, components
from claimcheck.unionfind import UnionFind


def _found(n: int, links: list[tuple[float, int, int]]):
    found = UnionFind(range(n))
    for _, i, j in links:
        found.union(i, j)
    members: dict[int, list[int]] = {}
    for index in range(n):
        members.setdefault(found.find(index), []).append(index)
    return found, members


def _groups(found: UnionFind[int], n: int) -> list[list[int]]:
    out: dict[int, list[int]] = {}
    for index in range(n):
        out.setdefault(found.find(index), []).append(index)
    return sorted(out.values())


def test_an_oversize_group_keeps_its_strongest_links_within_the_cap():
    # 0-1-2-3-4 chained, the 2-3 link weakest; 5-6 a small group of its own
    links = [(0.9, 0, 1), (0.8, 1, 2), (0.5, 2, 3), (0.85, 3, 4), (0.7, 5, 6)]
    found, members = _found(7, links)
    capped = _capped(found, members, links, cap=3)
    assert _groups(capped, 7) == [[0, 1, 2], [3, 4], [5, 6]]


def test_groups_within_the_cap_are_untouched():
    links = [(0.9, 0, 1), (0.45, 2, 3)]
    found, members = _found(4, links)
    assert _groups(_capped(found, members, links, cap=2), 4) == [[0, 1], [2, 3]]


def test_the_cap_does_not_depend_on_link_order():
    rng = random.Random(7)
    links = [(round(rng.random(), 3), i, i + 1) for i in range(40)]
    found, members = _found(41, links)
    expected = _groups(_capped(found, members, links, cap=5), 41)
    for _ in range(5):
        rng.shuffle(links)
        assert _groups(_capped(found, members, links, cap=5), 41) == expected
    assert max(len(g) for g in expected) <= 5


def test_seed_events_split_under_a_small_cap(seed_claims):
    files = list(seed_claims.values())
    assert max(len(g) for g in components(files)) > 2
    small = DEFAULTS.__class__(max_event_articles=2)
    groups = components(files, small)
    assert max(len(g) for g in groups) <= 2
    assert components(list(reversed(files)), small) == groups


def test_term_order_in_a_profile_changes_no_weight(seed_claims):
    import dataclasses

    import numpy as np

    from claimcheck.cluster import build_corpus, profile

    profiles = [profile(c) for c in seed_claims.values()]
    assert all(list(p.terms) == sorted(p.terms) for p in profiles)  # the fast path's premise
    rng = random.Random(7)
    shuffled = []
    for p in profiles:
        items = list(p.terms.items())
        rng.shuffle(items)
        shuffled.append(dataclasses.replace(p, terms=dict(items)))
    a, b = build_corpus(profiles), build_corpus(shuffled)
    assert np.array_equal(a.term_ids, b.term_ids) and np.array_equal(a.offsets, b.offsets)
    assert np.array_equal(a.weights, b.weights)
