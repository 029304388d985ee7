"""Union-find (disjoint sets) for grouping: articles into events, mentions into people,
copies with their originals. The smaller key becomes the root, so groups do not depend on
the order unions were made in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets over any sortable keys (ints, ids)."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        parent = self.parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # path halving
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> list[list[T]]:
        """Every set, members sorted, sets sorted by their first member."""
        out: dict[T, list[T]] = defaultdict(list)
        for item in list(self.parent):
            out[self.find(item)].append(item)
        return sorted(sorted(members) for members in out.values())
