"""What the clerk typed, split into plain terms, quoted literals and -exclusions. Never raises on odd input: quotes, syntax
characters, punctuation-only and very long queries all become a (possibly empty) UserQuery.
index.understanding builds the engine's Query on top of this.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.analysis import RUN

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
