"""What the clerk typed → Whoosh queries. Never raises on odd input: quotes, syntax characters,
punctuation-only and very long queries all become a (possibly empty) query."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from index.analysis import RUN as _RUN
from index.analysis import cut_words
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
        phrase = "".join(_RUN.findall(match.group(1)))
        if phrase:
            out.phrases.append(phrase.lower())
        last = match.end()
    rest.append(text[last:])
    for chunk in " ".join(rest).split():
        negative = chunk[0] in "-－" and len(chunk) > 1
        for run in _RUN.findall(chunk):
            (out.excluded if negative else out.terms).append(run.lower())
    out.terms = list(dict.fromkeys(out.terms))
    return out


def literal_query(text: str) -> wq.Query:
    """Matches every measure containing `text` literally (character bigram phrase; a single
    character is a prefix of the grams)."""
    runs = _RUN.findall(text.lower())
    parts: list[wq.Query] = []
    for run in runs:
        if len(run) == 1:
            parts.append(wq.Prefix("grams", run))
        elif len(run) == 2:
            parts.append(wq.Term("grams", run))
        else:
            parts.append(wq.Phrase("grams", [run[i : i + 2] for i in range(len(run) - 1)]))
    return parts[0] if len(parts) == 1 else wq.And(parts)


def word_query(text: str) -> wq.Query:
    """The jieba words of `text` as a phrase in heading and body (ranked), or literally anywhere."""
    words = [w.lower() for w, _, _ in cut_words(text)]
    parts: list[wq.Query] = [literal_query(text)]
    if len(words) == 1:
        parts += [wq.Term("heading", words[0]), wq.Term("body", words[0])]
    elif words:
        parts += [wq.Phrase("heading", words), wq.Phrase("body", words)]
    return wq.Or(parts)


class QueryBuilder:
    def __init__(self, synonyms: Synonyms):
        self.synonyms = synonyms

    def variants(self, word: str) -> list[str]:
        return [word, *self.synonyms.variants(word)]

    def term_query(self, term: str) -> wq.Query:
        """One typed term: all of its words (each with its synonyms), or a synonym of the whole."""
        words = [w.lower() for w, _, _ in cut_words(term)]
        if len(words) <= 1:
            return wq.Or([word_query(v) for v in self.variants(term)])
        # 房租减免 → (房租 | 房屋租金 | 租金) & 减免; the whole term literally or as a synonym also counts
        per_word = wq.And([wq.Or([word_query(v) for v in self.variants(w)]) for w in words])
        return wq.Or([per_word, *[word_query(v) for v in self.variants(term)]])

    def build(self, q: UserQuery, mode: str = "and") -> wq.Query | None:
        parts = [self.term_query(t) for t in q.terms] + [literal_query(p) for p in q.phrases]
        if not parts:
            return None
        if mode == "or":
            words = [w.lower() for t in q.terms for w, _, _ in cut_words(t)]
            parts = [wq.Or([word_query(v) for v in self.variants(w)]) for w in dict.fromkeys(words)]
            parts += [literal_query(p) for p in q.phrases]
            combined: wq.Query = wq.Or(parts)
        else:
            combined = parts[0] if len(parts) == 1 else wq.And(parts)
        if q.excluded:
            combined = wq.AndNot(combined, wq.Or([literal_query(e) for e in q.excluded]))
        return combined

    def highlight_terms(self, q: UserQuery) -> list[str]:
        """Literal strings to mark in snippets: the terms, their words, and all their synonyms."""
        out: list[str] = []
        for term in q.terms:
            out += self.variants(term)
            for word, _, _ in cut_words(term):
                out += self.variants(word.lower())
        out += q.phrases
        return sorted({t for t in out if t}, key=len, reverse=True)
