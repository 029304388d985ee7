"""How a claimcheck process runs: settings of the Python runtime, the same for the command
line and its worker processes."""

from __future__ import annotations

import gc


def without_cycle_collector() -> None:
    """Turn Python's automatic collection of reference cycles off for this process.

    A run builds millions of small objects (claims files, records, facts, findings) that
    form no cycles, and keeps many of them to the end of a stage: the collector would walk
    the survivors again and again as they pile up (a pass every 700 new objects, a full one
    each time the heap grows by a quarter). Reference counting still frees everything the
    run lets go of. Measured: no cycle left after extracting 300 articles or comparing the
    events of 600, 317 objects after grouping them; reading 2,000 claims files 4.0 s with
    the collector, 1.1 s without.
    """
    gc.disable()
