"""What the clerk typed → a match plan and a ranking query. Never raises on odd input: quotes,
syntax characters, punctuation-only and very long queries all become a (possibly empty) plan.

Matching is literal: a measure matches a word when its heading or text contains the word or one of
its synonyms, so every substring the clerk types finds the measures that contain it. Ranking is
Whoosh BM25 over the jieba word fields (headings weigh more).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from index.analysis import RUN, cut_words
from index.synonyms import Synonyms

MAX_QUERY_CHARS = 200
_PHRASE = re.compile(r"[\"“”「」『』](.*?)(?:[\"“”「」『』]|$)")


@dataclass
class UserQuery:
    text: str
    terms: list[str] = field(default_factory=list)  # plain words, ANDed
    phrases: list[str] = field(default_factory=list)  # literal, quoted
    excluded: list[str] = field(default_factory=list)  # -词
    truncated: bool = False

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases)


def parse_user_query(text: str) -> UserQuery:
    text = (text or "").replace("\u3000", " ").strip()
    truncated = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    out = UserQuery(text=text, truncated=truncated)
    rest = []
    last = 0
    for match in _PHRASE.finditer(text):
        rest.append(text[last : match.start()])
        # a quoted phrase is literal; punctuation inside it only separates literals (all must occur)
        out.phrases.extend(run.lower() for run in RUN.findall(match.group(1)))
        last = match.end()
    rest.append(text[last:])
    for chunk in " ".join(rest).split():
        negative = chunk[0] in "-－" and len(chunk) > 1
        for run in RUN.findall(chunk):
            (out.excluded if negative else out.terms).append(run.lower())
    out.terms = list(dict.fromkeys(out.terms))
    return out


# A match plan is a small tree: ("any", [strings]) matches a measure containing any of the strings;
# ("all", [plans]) / ("either", [plans]) combine plans.
Plan = tuple


def words_of(text: str) -> list[str]:
    return [w.lower() for w, _, _ in cut_words(text)]


class QueryBuilder:
    def __init__(self, synonyms: Synonyms):
        self.synonyms = synonyms

    def variants(self, word: str) -> list[str]:
        return [word, *self.synonyms.variants(word)]

    def term_plan(self, term: str) -> Plan:
        """One typed term: literally (or a synonym of it), or all of its words each with synonyms:
        房租减免 → 房租减免 | ((房租 | 房屋租金 | 租金) & 减免)."""
        whole = ("any", self.variants(term))
        words = words_of(term)
        if len(words) <= 1:
            return whole
        return ("either", [whole, ("all", [("any", self.variants(w)) for w in words])])

    def plan(self, q: UserQuery, mode: str = "and") -> Plan | None:
        if mode == "or":
            words = list(dict.fromkeys(w for t in q.terms for w in words_of(t)))
            parts = [("any", self.variants(w)) for w in words] + [("any", [p]) for p in q.phrases]
            return ("either", parts) if parts else None
        parts = [self.term_plan(t) for t in q.terms] + [("any", [p]) for p in q.phrases]
        return ("all", parts) if parts else None

    def ranking_words(self, q: UserQuery) -> list[str]:
        """Every word of every variant of what was typed: BM25 over headings and bodies of these
        puts measures about more of the words, and with them in the heading, first."""
        words: dict[str, None] = {}
        for term in q.terms:
            for variant in self.variants(term):
                words.update(dict.fromkeys(words_of(variant)))
            for word in words_of(term):
                for variant in self.variants(word):
                    words.update(dict.fromkeys(words_of(variant)))
        for phrase in q.phrases:
            words.update(dict.fromkeys(words_of(phrase)))
        return list(words)

    def highlight_terms(self, q: UserQuery) -> list[str]:
        """Literal strings to mark in snippets: the terms, their words, and all their synonyms."""
        out: list[str] = []
        for term in q.terms:
            out += self.variants(term)
            for word in words_of(term):
                out += self.variants(word)
        out += q.phrases
        return sorted({t for t in out if t}, key=len, reverse=True)


def literal_candidates_query(text: str, searcher) -> wq.Query | None:
    """A query on the bigram field whose hits include every measure containing `text` (a superset:
    the caller verifies on the text): the rarest bigram of each run, so one short posting list is
    read and no positions are needed."""
    parts: list[wq.Query] = []
    for run in RUN.findall(text.lower()):
        if len(run) == 1:
            parts.append(wq.Prefix("grams", run))
        else:
            grams = {run[i : i + 2] for i in range(len(run) - 1)}
            parts.append(wq.Term("grams", min(grams, key=lambda g: (searcher.doc_frequency("grams", g), g))))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)
