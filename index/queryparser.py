"""What the clerk typed, parsed by Whoosh's QueryParser (whoosh.qparser) with plugins of ours, then
understood into the query tree the engine runs (index.queries).

Syntax (all optional; plain text is what clerks type):
- plain words: literal concepts with their synonyms, a compound's parts and pinyin respellings
  (index.understanding), matched graded: the measures covering most of them first;
- "quoted" (“…”「…」 too): literal, and every hit must hold it;
- -word (－ too) at the start of a word: measures holding it are left out;
- a OR b: either (one concept of both wordings);
- 地区:平谷 行业:制造业 类型:税费减免 文件:… 单位:区商务局 (： too): measures whose facet value, or
  responsible unit, contains the text.

`parse` gives the tree Whoosh's parser made (leaves: Words, Quoted, FacetQuery); `understand` turns
it into the tree that runs: one ConceptsQuery of the plain words and quoted literals (as
index.understanding understands them: fillers dropped, synonyms added), ANDed with the field
queries, less the excluded literals.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from whoosh import query
from whoosh.fields import FieldType, Schema
from whoosh.qparser import QueryParser, syntax
from whoosh.qparser.plugins import FieldsPlugin, OperatorsPlugin, PlusMinusPlugin, TaggingPlugin
from whoosh.qparser.taggers import RegexTagger

from index.analysis import RUN
from index.queries import ConceptsQuery, FacetQuery, LiteralQuery, RowsAnd, RowsAndNot, RowsNot, RowsOr, RowsQuery
from index.understanding import Query, Understanding
from index.userquery import MAX_QUERY_CHARS, UserQuery

# the field prefixes a clerk may type, and the facet each searches
FIELD_NAMES = {"地区": "district", "区域": "district", "行业": "industry", "类型": "benefit_type", "优惠": "benefit_type",
               "文件": "document", "单位": "unit", "部门": "unit"}
_QUOTES = "\"“”「」『』"
DEFAULT_FIELD = "text"


class Words(RowsQuery):
    """Plain words as typed (one chunk between spaces), before understanding."""

    def __init__(self, text: str, boost: float = 1.0):
        self.text, self.boost, self.fieldname = text, boost, DEFAULT_FIELD

    def _key(self):
        return self.text

    def runs(self) -> list[str]:
        return [run.lower() for run in RUN.findall(self.text)]

    def __repr__(self):
        return f"Words({self.text!r})"

    def __unicode__(self):
        return self.text

    __str__ = __unicode__

    def rows(self, searcher, context) -> int:  # not understood: every run literally
        rows = context.policy.literals.everything
        for run in self.runs():
            rows &= context.policy.literals.literal(run)
        return rows


class Quoted(Words):
    """A quoted literal (punctuation inside it only separates literals, all of which must occur)."""

    def __repr__(self):
        return f"Quoted({self.text!r})"

    def __unicode__(self):
        return f"“{self.text}”"

    __str__ = __unicode__


class _WordsField(FieldType):
    """The parser's default field: plain words and quoted text become Words / Quoted."""
    format = analyzer = vector = None
    scorable = stored = unique = False
    multitoken_query = "default"

    def __init__(self):  # noqa: D107 - nothing is indexed under it
        pass

    def self_parsing(self):
        return True

    def parse_query(self, fieldname, qstring, boost=1.0):
        return Words(qstring, boost)

    def parse_literal(self, qstring):
        return Quoted(qstring)


class _FacetField(_WordsField):
    def __init__(self, facet: str, label: str):
        self.facet, self.label = facet, label

    def parse_query(self, fieldname, qstring, boost=1.0):
        return FacetQuery(self.facet, qstring, self.label, boost)

    def parse_literal(self, qstring):
        return FacetQuery(self.facet, qstring, self.label)


class QuotedPlugin(TaggingPlugin):
    """Text between quotes (an unclosed quote runs to the end)."""
    expr = rf"[{_QUOTES}](?P<text>.*?)(?:[{_QUOTES}]|$)"
    priority = 0

    class QuotedNode(syntax.TextNode):
        def query(self, parser):
            return parser.schema[self.fieldname or parser.fieldname].parse_literal(self.text)

    nodetype = QuotedNode


class _Parser(QueryParser):
    """Whoosh's QueryParser, its plugins' taggers and filters sorted by priority once per set of plugins
    rather than on every parse (a third of parsing a short query)."""

    def _priorized(self, methodname):
        cache = self.__dict__.setdefault("_sorted", {})
        key = (methodname, *map(id, self.plugins))
        if key not in cache:
            cache[key] = super()._priorized(methodname)
        return cache[key]

    def tag(self, text, pos=0, debug=False):
        """Whoosh's tagging loop (QueryParser.tag: at each position the taggers in priority order, the
        first match taken, else one character on), with the positions where no tagger's expression
        matches skipped in C: one search of all the expressions together finds the next position
        where one may (the same nodes; plain words in a query are most of its characters)."""
        taggers = self.taggers()
        anywhere = _any_tagger(tuple(taggers))
        if anywhere is None or debug:
            return super().tag(text, pos, debug)
        stack = []
        prev = pos
        while pos < len(text):
            found = anywhere.search(text, pos)
            if found is None:
                break
            pos = found.start()
            node = None
            for tagger in taggers:
                node = tagger.match(self, text, pos)
                if node is not None:
                    if node.endchar <= pos:
                        raise Exception(f"Token {tagger!r} did not move cursor forward. ({text!r}, {pos})")
                    if prev < pos:
                        stack.append(_interstitial(text, prev, pos))
                    stack.append(node)
                    prev = pos = node.endchar
                    break
            if not node:
                pos += 1
        if prev < len(text):
            stack.append(_interstitial(text, prev, len(text)))
        return self.group(stack)


def _interstitial(text: str, start: int, end: int) -> syntax.WordNode:
    """The text between two tagged nodes, as QueryParser.tag makes it."""
    node = syntax.WordNode(text[start:end])
    node.startchar, node.endchar = start, end
    return node


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


@lru_cache(maxsize=8)
def _any_tagger(taggers: tuple) -> re.Pattern | None:
    """One expression matching where any of `taggers`' expressions matches (their named groups made
    plain), or None when a tagger is not a plain RegexTagger of one set of flags (then every position
    is tried, as Whoosh does)."""
    if not taggers or any(type(t).match is not RegexTagger.match or not isinstance(getattr(t, "expr", None), re.Pattern)
                          for t in taggers):
        return None
    flags = {t.expr.flags for t in taggers}
    patterns = [t.expr.pattern for t in taggers]
    if len(flags) != 1 or any("(?P=" in p or re.search(r"\\\d", p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{_GROUP_NAME.sub('(?:', p)})" for p in patterns), flags.pop())
    except re.error:
        return None


def parser() -> QueryParser:
    schema = Schema(**{DEFAULT_FIELD: _WordsField()}, **{label: _FacetField(name, label) for label, name in FIELD_NAMES.items()})
    names = "|".join(FIELD_NAMES)
    return _Parser(DEFAULT_FIELD, schema, plugins=[
        QuotedPlugin(),
        FieldsPlugin(expr=rf"(?<![^\s\-－])(?P<text>{names})[:：]"),
        PlusMinusPlugin(plusexpr=r"(?!)", minusexpr=r"(?<!\S)[-－](?=\S)"),
        OperatorsPlugin(And=None, AndNot=None, AndMaybe=None, Not=None, Require=None),  # OR only
    ])


def cleaned(text: str) -> tuple[str, bool]:
    """The text as parsed: ideographic spaces as spaces, trimmed, at most MAX_QUERY_CHARS (and
    whether it was cut)."""
    text = (text or "").replace("\u3000", " ").strip()
    return text[:MAX_QUERY_CHARS], len(text) > MAX_QUERY_CHARS


class Understood:
    """A parsed query understood: `q` (the engine's Query of concepts and exclusions), `ran` (the
    Whoosh query tree to run)."""

    def __init__(self, parsed, q: Query, others: list):
        self.parsed, self.q, self.others = parsed, q, others
        concepts = ConceptsQuery(q)
        positive = RowsAnd([concepts, *others]) if others else concepts
        self.ran = RowsAndNot(positive, RowsOr([LiteralQuery(w) for w in q.excluded])) if q.excluded else positive


def understand(parsed, text: str, truncated: bool, understanding: Understanding) -> Understood:
    """The tree that runs for a parsed query (see the module's docstring)."""
    raw = UserQuery(text=text, truncated=truncated)
    others: list = []
    alternatives: list[list[Words]] = []

    def positive(node) -> None:
        if isinstance(node, Quoted):
            raw.phrases.extend(node.runs())
        elif isinstance(node, Words):
            raw.terms.extend(node.runs())
        elif isinstance(node, FacetQuery):
            others.append(node)
        elif isinstance(node, query.AndNot):
            positive(node.a)
            negative(node.b)
        elif isinstance(node, query.AndMaybe):
            positive(node.a)
        elif isinstance(node, query.Not):
            negative(node.query)
        elif isinstance(node, query.Or):
            choices = list(node.subqueries)
            if all(type(c) is Words for c in choices):
                alternatives.append(choices)
            else:
                others.append(RowsOr([_plain(c) for c in choices]))
        elif isinstance(node, query.And):
            for child in node.subqueries:
                positive(child)

    def negative(node) -> None:
        if isinstance(node, Words):
            raw.excluded.extend(node.runs())
        elif isinstance(node, (query.And, query.Or)):
            for child in node.subqueries:
                negative(child)
        elif node is not query.NullQuery:
            others.append(RowsNot(_plain(node)))

    positive(parsed)
    raw.terms = list(dict.fromkeys(raw.terms))
    q = understanding.build(raw)
    for choices in alternatives:
        either = _either(choices, understanding)
        if either is not None:
            q = replace(q, concepts=q.concepts + (either,))
    return Understood(parsed, q, others)


def _plain(node):
    """A node outside the graded match: its literal rows."""
    if isinstance(node, Words):
        runs = node.runs()
        return RowsAnd([LiteralQuery(r) for r in runs]) if len(runs) > 1 else LiteralQuery(runs[0]) if runs else RowsOr([])
    if isinstance(node, query.And):
        return RowsAnd([_plain(c) for c in node.subqueries])
    if isinstance(node, query.Or):
        return RowsOr([_plain(c) for c in node.subqueries])
    if isinstance(node, query.Not):
        return RowsNot(_plain(node.query))
    if isinstance(node, query.AndNot):
        return RowsAndNot(_plain(node.a), _plain(node.b))
    if isinstance(node, query.AndMaybe):
        return _plain(node.a)
    return node


def _either(choices: list[Words], understanding: Understanding):
    """One concept for "a OR b": any wording of either (an alternative of several words counts as
    its literal text)."""
    variants: list[str] = []
    phrasings: list[str] = []
    first = None
    for choice in choices:
        built = understanding.build(UserQuery(text=choice.text, terms=choice.runs()))
        if len(built.concepts) == 1:
            concept = built.concepts[0]
            variants += concept.variants
            phrasings += concept.phrasings
            first = first or concept
        else:
            variants += choice.runs()
    if not variants:
        return None
    base = first or understanding.concept(variants[0])
    return replace(base, typed=" OR ".join(choice.text for choice in choices), variants=tuple(dict.fromkeys(variants)),
                   phrasings=tuple(dict.fromkeys(phrasings)), parts=(), district=None, weight=1.0)
