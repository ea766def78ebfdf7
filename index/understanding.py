"""What the visitor means, understood once: the typed text → one Query of concepts, literals and
exclusions that the engine evaluates in stages (candidates → verify → rank → facets → snippets)
without coming back here.

- Filler and question words ("我们公司", "怎么申请", "…吗") are dropped by a reviewed list
  (resources/query_fillers.txt, drawn from jieba's pronoun/particle/modal tags and counter phrasing);
  when nothing else is left they are kept, so a query never becomes empty by stripping.
- A concept is one thing the visitor asked about: the word as typed and its synonyms (any of which
  matches it fully), and for a compound its parts (all parts → full credit, some → partial credit).
  A district name ("朝阳") is a concept its district's measures match.
- Quoted text stays literal and required; -词 excludes; amounts ("500万", "0.5%", "3个月") are kept whole.
- Typing slips of the pinyin input method (房租建免) are respelled by `respelled` when the literal
  query finds nothing: spans that occur nowhere become the corpus words with the same pinyin.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product
from collections.abc import Callable
from pathlib import Path

from index.analysis import cut_words, domain_words
from index.synonyms import Synonyms, UserSynonyms
from index.userquery import UserQuery, parse_user_query

SINGLE_CHAR_WEIGHT = 0.5  # a lone character among other words says little (交, 换, 小)
PART_CREDIT = 0.5  # a compound matched by only some of its parts
MAX_VARIANTS = 12
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|万|亿|元|个百分点|个月|倍|年|天|日|人|家|台|亩)?")
_CJK = re.compile(r"[\u3400-\u9fff]")
DISTRICTS = ("东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区", "顺义区",
             "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区")
_DISTRICT_NAMES = {**{d: d for d in DISTRICTS}, **{d[:-1]: d for d in DISTRICTS}, "亦庄": "北京经济技术开发区",
                   "经开区": "北京经济技术开发区", "北京经济技术开发区": "北京经济技术开发区"}


@dataclass(frozen=True)
class Concept:
    typed: str
    variants: tuple[str, ...]  # literal strings; any one matches the concept fully (typed first)
    # a compound said in its parts' other wordings (房租减免 → 租金减免): never looked up (a measure
    # holding one holds every part, so it matches anyway), but ranked, marked and matched to benefit types
    phrasings: tuple[str, ...] = ()
    parts: tuple[tuple[str, ...], ...] = ()  # a compound's parts, each with its variants
    # every part held counts as the compound held; not for the domain's own words (专精特新,
    # 政府采购: the user dictionary keeps them whole on purpose), whose parts give partial credit only
    parts_match: bool = True
    district: str | None = None  # a district name: that district's measures match
    weight: float = 1.0
    required: bool = False  # a quoted literal: every hit holds it
    via: str = ""  # "" as typed, "pinyin" when respelled from a typing slip
    glued: bool = False  # three characters kept whole (个转企): its parts give partial credit, and are marked

    def literals(self) -> tuple[str, ...]:
        """What to mark in a snippet: the wordings, and the parts when they match the compound
        (a domain word's hits hold it whole: marking each 减免 of 房租减免 would only be noise)."""
        parts = tuple(v for part in self.parts for v in part) if self.parts_match or self.glued else ()
        return tuple(dict.fromkeys(self.variants + self.phrasings + parts))


@dataclass(frozen=True)
class Query:
    text: str
    concepts: tuple[Concept, ...] = ()
    excluded: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()  # filler words left out
    truncated: bool = False
    respellings: tuple[tuple[str, str], ...] = ()  # (typed, found) pinyin respellings

    @property
    def empty(self) -> bool:
        return not self.concepts

    @property
    def weight(self) -> float:
        return sum(c.weight for c in self.concepts) or 1.0

    def highlight(self) -> tuple[str, ...]:
        """Literal strings to mark in snippets: every variant and part of every concept."""
        terms = {t.lower() for c in self.concepts for t in c.literals() if t}
        return tuple(sorted(terms, key=lambda t: (-len(t), t)))


def load_fillers(path: Path) -> frozenset[str]:
    """One word or phrase a line, "#" starts a comment."""
    if not path.is_file():
        return frozenset()
    words = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        words.update(raw.split("#", 1)[0].split())
    return frozenset(words)


class Understanding:
    """Turns typed text into a Query. Holds the synonym table and the filler list; thread-safe (read-only)."""

    def __init__(self, synonyms: Synonyms, fillers: frozenset[str] = frozenset(), user_file: Path | None = None):
        self._tables = UserSynonyms(synonyms, user_file)  # the maintainer's own rows (数据 → 同义词…) merged in
        self.fillers = fillers
        self._phrases_of: Synonyms | None = None
        self._domain = domain_words()  # read once: resolving its path per word cost ~0.1 ms a concept
        self._refresh()

    @property
    def synonyms(self) -> Synonyms:
        return self._tables.table

    def _refresh(self) -> None:
        """Take in the user's synonym file when it changed since the last query."""
        synonyms = self._tables.current()
        if synonyms is not self._phrases_of:
            # phrases jieba cuts apart but the tables know whole (还不上, 交不起, 小饭馆)
            phrases = {w for w in (*synonyms.keys(), *self.fillers) if len(w) > 1}
            self._phrases, self._longest = phrases, max((len(w) for w in phrases), default=1)
            self._phrases_of = synonyms

    def understand(self, text: str) -> Query:
        return self.build(parse_user_query(text))

    def build(self, raw: UserQuery) -> Query:
        """The Query of a typed text already split into terms, quoted phrases and exclusions (by
        index.userquery, or by the engine's Whoosh query parser, index.queryparser)."""
        self._refresh()
        concepts: list[Concept] = []
        for phrase in raw.phrases:
            concepts.append(Concept(phrase, (phrase,), required=True))
        dropped: list[str] = []
        typed: list[Concept] = []
        for term in raw.terms:
            for token in self.tokens(term):
                if token in self.fillers:
                    dropped.append(token)
                    continue
                typed.append(self.concept(token))
        if not typed and dropped and not concepts:
            typed, dropped = [self.concept(t) for t in dict.fromkeys(dropped)], []
        typed = list({c.typed: c for c in typed}.values())
        if len(typed) + len(concepts) > 1:
            typed = [replace(c, weight=SINGLE_CHAR_WEIGHT) if len(c.typed) == 1 and not c.district else c for c in typed]
        return Query(raw.text, tuple(concepts + typed), tuple(raw.excluded), tuple(dict.fromkeys(dropped)), raw.truncated)

    def tokens(self, term: str) -> list[str]:
        """Words of one typed chunk: amounts kept whole, jieba words, and adjacent words merged back
        into a phrase the synonym or filler tables know."""
        out: list[str] = []
        last = 0
        for match in _AMOUNT.finditer(term):
            if match.start() > last:
                out += self._words(term[last : match.start()])
            out.append(match.group(0).replace(" ", "").lower())
            last = match.end()
        out += self._words(term[last:])
        return out

    def _words(self, text: str) -> list[str]:
        words = [piece for w, _, _ in cut_words(text) if text for piece in self._unglue(w.lower())]
        merged: list[str] = []
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i + 1, -1):
                joined = "".join(words[i:j])
                if len(joined) <= self._longest and joined in self._phrases:
                    merged.append(joined)
                    i = j
                    break
            else:
                merged.append(words[i])
                i += 1
        if _glued(text, merged, self.fillers) and not any(self.synonyms.variants(w) for w in merged):
            return [text.lower()]
        return merged

    def _unglue(self, word: str) -> list[str]:
        """jieba's HMM glues unknown neighbours into one word (我开, 开个): a word outside the
        dictionary loses a filler character at either end."""
        import jieba

        if len(word) < 2 or jieba.dt.FREQ.get(word) or word in self._phrases:
            return [word]
        out = [word]
        if word[0] in self.fillers:
            out = [word[0], *self._unglue(word[1:])]
        elif word[-1] in self.fillers:
            out = [*self._unglue(word[:-1]), word[-1]]
        return out

    def concept(self, word: str, via: str = "") -> Concept:
        variants = list(dict.fromkeys(v.lower() for v in (word, *self.synonyms.variants(word)) if v))[:MAX_VARIANTS]
        phrasings: list[str] = []
        district = _DISTRICT_NAMES.get(word)
        parts: list[tuple[str, ...]] = []
        pieces = compound_parts(word)
        # three characters kept whole (个转企, not a word the tables know): its parts give partial credit only
        short = () if pieces or word in self._phrases or self.synonyms.variants(word) else _short_parts(word)
        pieces = pieces or short
        if pieces and not district:
            parts = [tuple([p, *self.synonyms.variants(p)]) for p in pieces]
            # the compound said with the parts' other wordings: 房租减免 → 租金减免, 房屋租金减免
            for combo in product(*parts):
                if len(phrasings) >= MAX_VARIANTS:
                    break
                if "".join(combo) not in variants:
                    phrasings.append("".join(combo).lower())
        return Concept(word, tuple(variants), phrasings=tuple(phrasings), parts=tuple(parts), district=district,
                       parts_match=word not in self._domain and not short, via=via, glued=bool(short))

    def respelled(self, query: Query, unmatched: set[str], pinyin_index, occurs: Callable[[str], bool]) -> Query:
        """The query with every typed word that matched nothing replaced by the corpus words of the
        same pinyin (房租建免 → 房租 减免; 公基金 → 公积金). Spans across neighbouring words are tried
        longest first, so a slip that jieba cut apart (公/基金) is still found whole."""
        typed = [c for c in query.concepts if not c.required]
        kept = [c for c in query.concepts if c.required]
        found: list[tuple[str, str]] = []
        out: list[Concept] = []
        i = 0
        while i < len(typed):
            done = False
            for j in range(len(typed), i, -1):
                span = "".join(c.typed for c in typed[i:j])
                if len(span) < 2 or not _CJK.search(span):
                    continue
                if (span not in unmatched) if j - i == 1 else occurs(span):
                    continue
                words = pinyin_index.lookup(span)
                if words:
                    found.append((span, words[0]))
                    out.append(replace(self.concept(words[0], via="pinyin"), typed=span,
                                       variants=tuple(dict.fromkeys(v for w in words for v in self.concept(w).variants))))
                    i, done = j, True
                    break
            if not done:
                out.append(typed[i])
                i += 1
        if not found:
            return query
        return replace(query, concepts=tuple(kept + out), respellings=tuple(found))


def _glued(text: str, words: list[str], fillers: frozenset[str]) -> bool:
    """Three characters jieba cuts into a lone character and a word (个转企 → 个 / 转企), none of
    them a filler: kept whole, as an abbreviation may be (its parts still match, index.concepts).
    The caller keeps a word the synonym table knows apart (水电 / 气: the table's wordings of 水电)."""
    return (len(text) == 3 and len(words) == 2 and "".join(words) == text.lower() and _CJK.fullmatch(text[0]) is not None
            and all(_CJK.fullmatch(c) for c in text) and not any(w in fillers for w in words) and text not in fillers)


def _short_parts(word: str) -> tuple[str, ...]:
    """A three-character word's jieba pieces when there are two (个转企 → 个, 转企); () otherwise."""
    if len(word) != 3 or not all(_CJK.fullmatch(c) for c in word):
        return ()
    pieces = tuple(w for w, _, _ in cut_words(word))
    return pieces if len(pieces) == 2 else ()


@lru_cache(maxsize=4096)
def compound_parts(word: str) -> tuple[str, ...]:
    """The dictionary words a compound is made of (房租减免 → 房租, 减免), by jieba's search-mode
    pieces without the word itself, left to right and non-overlapping; () for a plain word."""
    if len(word) < 4 or not _CJK.search(word):
        return ()
    import jieba

    found = {(word.find(p), p) for p in jieba.cut_for_search(word, HMM=False) if 2 <= len(p) < len(word)}
    pieces = sorted(found, key=lambda item: (item[0], -len(item[1])))  # the longest piece at each start
    out: list[str] = []
    end = 0
    for start, piece in pieces:
        if start >= end:
            out.append(piece)
            end = start + len(piece)
    return tuple(out) if len(out) > 1 else ()

