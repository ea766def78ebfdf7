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


def test_tagging_skips_only_positions_no_tagger_matches():
    """_Parser.tag jumps over the characters no tagger's expression matches at: the nodes and their
    ranges are Whoosh's own QueryParser.tag's for text full of the syntax (quotes, fields, -, OR)."""
    from whoosh.qparser import QueryParser

    made = parser()

    def nodes(group):
        out = []

        def walk(node, depth):
            out.append((depth, type(node).__name__, repr(node), node.startchar, node.endchar))
            for child in getattr(node, "nodes", ()):
                walk(child, depth + 1)

        walk(group, 0)
        return out

    texts = ["房租 -社保 单位:区商务局", "“房租减免” OR 社保", "地区：平谷 行业:制造业 -－ -", "a OR b OR", "社保-缓缴",
             "「首台套」『专精』\"500万元", " 部门:  文件: 类型:税费 ", "－平谷 优惠:免", "OR 房租 OR", "", "  "]
    for text in texts:
        assert nodes(made.tag(text)) == nodes(QueryParser.tag(made, text)), text
