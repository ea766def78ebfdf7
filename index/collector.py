"""The interpreter's cyclic garbage collector, tuned for the search (once per process, at its entry
point: the window and `python -m index`). A search builds its page of hits from the measures' cards:
some thousands of small dicts and lists (a measure's eligibility rules alone are ~140), nearly all
freed by reference counting when the page is dropped. With the default first-generation threshold
(700 new containers) the collector ran more than once per search, scanning what was still alive each
time (~10 % of a cold search at 20,000 measures). A higher threshold lets a search finish between
collections; garbage in cycles is still collected, only in larger batches."""
from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000  # new containers before a first-generation collection (CPython's default: 700)


def tune_collector() -> None:
    """Raise the first generation's threshold to YOUNG_THRESHOLD (never lower it; the older
    generations' are kept)."""
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, *older)
