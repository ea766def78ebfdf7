"""Words of the corpus by their pinyin, for typing slips of the pinyin input method (房租建免 → 减免).

Built lazily (pypinyin's import and one pass over the vocabulary cost ~0.4 s at 20,000 measures): the
window prepares it in the background once the data is open (`prepare`), so the first respelling
typed does not wait for it; the command line builds it when a query first needs it.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable

_CJK_WORD = re.compile(r"^[\u3400-\u9fff]{2,8}$")


def pinyin_key(text: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(text))


class PinyinIndex:
    """{toneless pinyin of a word: [words]}, most frequent first. Thread-safe, built lazily."""

    def __init__(self, vocabulary: Iterable[tuple[str, int]]):
        self._source = vocabulary
        self._by_key: dict[tuple[str, ...], list[str]] | None = None
        self._lock = threading.Lock()

    def _built(self) -> dict[tuple[str, ...], list[str]]:
        with self._lock:
            if self._by_key is None:
                ranked: dict[tuple[str, ...], list[tuple[int, str]]] = {}
                for word, freq in self._source:
                    if _CJK_WORD.match(word):
                        ranked.setdefault(pinyin_key(word), []).append((-freq, word))
                self._by_key = {k: [w for _, w in sorted(v)] for k, v in ranked.items()}
                self._source = ()
            return self._by_key

    @property
    def ready(self) -> bool:
        """The table is built: a lookup costs no more than a dict access."""
        return self._by_key is not None

    def prepare(self) -> None:
        """Build the table now (a background task), not at the first lookup."""
        self._built()

    def lookup(self, span: str) -> list[str]:
        """Corpus words that sound like `span` but are spelled otherwise (at most three)."""
        if not _CJK_WORD.match(span):
            return []
        return [w for w in self._built().get(pinyin_key(span), []) if w != span][:3]
