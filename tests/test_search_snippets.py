"""Snippets: the window holding the most distinct hits, the rest of the text left out, marked and escaped
(index.snippets; the shortcuts for a text no longer than the window and for hits all in one window)."""
from __future__ import annotations

from index.snippets import snippet


def test_a_snippet_of_a_short_text_is_the_whole_text_marked():
    assert snippet("房租减免<三个月>", ("房租",)) == "<mark>房租</mark>减免&lt;三个月&gt;"
    # hits all within the first hit's window: the window starts at a clause boundary before the first
    text = "前言" * 60 + "，对承租国有房屋的企业减免房租三个月，房租按月结算。" + "后记" * 60
    got = snippet(text, ("房租", "减免"))
    assert got.startswith("…对承租国有房屋的企业<mark>减免</mark><mark>房租</mark>三个月，<mark>房租</mark>按月结算。")
    assert got.endswith("…")
