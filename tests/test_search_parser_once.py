"""The engine's Whoosh QueryParser sorts its plugins' taggers and filters once (index.queryparser), not on
every parse; a plugin added later is still taken in."""
from __future__ import annotations

from whoosh.qparser.plugins import Plugin

from index.queryparser import parser


class Counting(Plugin):
    def __init__(self):
        self.asked = 0

    def taggers(self, parser):
        self.asked += 1
        return []

    def filters(self, parser):
        return []


def test_the_taggers_are_sorted_once_for_a_set_of_plugins():
    made = parser()
    counting = Counting()
    made.add_plugin(counting)
    first = made.parse("房租 -社保 单位:区商务局", normalize=False)
    again = made.parse("房租 -社保 单位:区商务局", normalize=False)
    assert counting.asked == 1
    assert repr(first) == repr(again)
    later = Counting()
    made.add_plugin(later)
    made.parse("房租", normalize=False)
    assert (counting.asked, later.asked) == (2, 1)
