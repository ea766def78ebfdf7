"""Whoosh analyzers for Chinese policy text. The index pickles these by module path: keep this
module's name and the class names stable, and import it in the frozen app.

- words: jieba precise mode with sequential positions (phrase queries work) and character offsets;
  at index time also the dictionary sub-words of long words at their parent's position (recall of
  search mode without its position mess).
- grams: overlapping character bigrams over each run of letters, digits and CJK, plus the last
  character of a run alone, so every literal substring of two or more characters is a phrase of
  bigrams and any single character is a prefix. Since the search data prepared at build time holds
  them (index.prepared), new indexes have no bigram field; the analyzer stays for older indexes,
  whose pickled schema names it.
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from pathlib import Path
from functools import lru_cache

from whoosh.analysis import LowercaseFilter, Token, Tokenizer

from index.paths import library

# letters, digits, CJK, percent signs, and a decimal point between digits ("0.5%")
RUN = re.compile(r"(?:[0-9A-Za-z%％\u3400-\u9fff\uf900-\ufaff]|(?<=\d)\.(?=\d))+")
_WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]")
_lock = threading.Lock()
_loaded: set[Path] = set()  # the user dictionaries jieba has taken in


def ensure_jieba() -> None:
    """Initialise jieba once, with the user dictionary of the library in use (a data pack's library may
    add words: jieba then takes those in too; its words only ever grow). Call before starting worker
    threads: jieba's dictionary loading is not thread-safe."""
    userdict = userdict_path()
    if userdict in _loaded:
        return
    with _lock:
        if userdict in _loaded:
            return
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        if userdict.is_file():
            with userdict.open("rb") as handle:  # given a path, jieba leaves the file open
                jieba.load_userdict(handle)
        if _loaded:  # new words: cached cuts may now cut differently
            cut_words.cache_clear()
            sub_words.cache_clear()
            sentence_index_words.cache_clear()
        _loaded.add(userdict)


def userdict_path() -> Path:
    """The domain user dictionary of the library in use (one place names it)."""
    return library("userdict.txt")


def domain_words() -> frozenset[str]:
    """The user dictionary's words: compounds the domain keeps whole (专精特新, 政府采购)."""
    return _domain_words(userdict_path())


@lru_cache(maxsize=4)
def _domain_words(path: Path) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    return frozenset(line.split()[0].lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=65536)
def cut_words(text: str) -> tuple[tuple[str, int, int], ...]:
    """Precise-mode words of `text` with character offsets, punctuation and spaces dropped.
    Cached: policy texts repeat whole sentences, and queries repeat while the clerk types."""
    import jieba

    ensure_jieba()
    return tuple((w, s, e) for w, s, e in jieba.tokenize(text, HMM=True) if _WORD.search(w))


@lru_cache(maxsize=65536)
def sub_words(word: str) -> tuple[str, ...]:
    """Dictionary words of 2–3 characters inside a longer word (专精特新 → 专精, 特新)."""
    import jieba

    if len(word) <= 2:
        return ()
    freq = jieba.dt.FREQ
    out = []
    for n in (2, 3):
        if n >= len(word):
            break
        for i in range(len(word) - n + 1):
            piece = word[i : i + n]
            if freq.get(piece):
                out.append(piece)
    return tuple(dict.fromkeys(out))


def bigrams(text: str) -> list[tuple[str, int, int]]:
    """Character bigrams per run, and each run's last character alone: (gram, start, end)."""
    out: list[tuple[str, int, int]] = []
    for match in RUN.finditer(text):
        run, base = match.group(0), match.start()
        for i in range(len(run) - 1):
            out.append((run[i : i + 2], base + i, base + i + 2))
        out.append((run[-1], base + len(run) - 1, base + len(run)))
    return out


class _Base(Tokenizer):
    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self).__name__)


_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？\n]?")


def sentence_words(text: str):
    """cut_words sentence by sentence (jieba never joins words across 。；！？, so the words are the
    same), which lets the cache serve the sentences policy documents repeat from one plan to the next."""
    for match in _SENTENCE.finditer(text):
        if match.group(0):
            base = match.start()
            for word, start, end in cut_words(match.group(0)):
                yield word, base + start, base + end


@lru_cache(maxsize=65536)
def sentence_index_words(sentence: str) -> tuple[str, ...]:
    """The words the index analyzer gives one sentence in index mode (each word, then its
    sub-words), lower-cased as by its LowercaseFilter."""
    out: list[str] = []
    for word, _, _ in cut_words(sentence):
        out.append(word.lower())
        out.extend(piece.lower() for piece in sub_words(word))
    return tuple(out)


def text_index_words(text: str) -> Counter:
    """How often the index analyzer (word_analyzer, index mode) gives each word of `text`, counted
    sentence by sentence (index.wordindex writes the word fields from these)."""
    counts: Counter = Counter()
    for match in _SENTENCE.finditer(text):
        if match.group(0):
            counts.update(sentence_index_words(match.group(0)))
    return counts


class JiebaTokenizer(_Base):
    """Words, positions counted per word; sub-words only when indexing."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        indexing = mode == "index"
        for pos, (word, start, end) in enumerate(sentence_words(value), start_pos):
            yield _fill(token, word, pos, start_char + start, start_char + end, positions, chars, keeporiginal)
            if indexing:
                for piece in sub_words(word):
                    yield _fill(token, piece, pos, start_char + start, start_char + end, positions, chars, keeporiginal)


class BigramTokenizer(_Base):
    """Overlapping bigrams with sequential positions; a run's last character closes it."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, (gram, start, end) in enumerate(bigrams(value), start_pos):
            yield _fill(token, gram, pos, start_char + start, start_char + end, positions, chars, keeporiginal)


def _fill(token: Token, text: str, pos: int, start: int, end: int, positions: bool, chars: bool, keep: bool) -> Token:
    token.text = text
    token.boost = 1.0
    token.stopped = False
    if keep:
        token.original = text
    if positions:
        token.pos = pos
    if chars:
        token.startchar, token.endchar = start, end
    return token


def word_analyzer():
    return JiebaTokenizer() | LowercaseFilter()


def gram_analyzer():
    return BigramTokenizer() | LowercaseFilter()
