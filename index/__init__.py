"""Qt-free core of policy-browser. The map, by stage (a document flows top to bottom):

1. source → measures (index/source/): readers/ (.txt, .docx, .pdf, .html, .doc/.wps → text), textio
   (encodings, read_bytes, read_toml), cleaning, tokens, structure, sentences, dates (dates and periods as texts write
   them, each with its sentence), metadata, reassembly with
   corrections (scrambled sources), completeness (text the collection lost), parser (the pipeline).
2. measures → store and index: models (parsed shapes), records (the stored record shapes and builders),
   catalog (which documents), build (parse all, write SQLite + Whoosh atomically under a lock), store
   (the data folder: CURRENT/PREVIOUS, read access), searchindex and analysis (the Whoosh schema, documents in row
   order, and our jieba tokenizer: its module path is pickled into every index), wordindex (the Whoosh segment
   written in bulk: words counted per sentence, postings handed to Whoosh's codec a block at a time), importer and importreview (a
   maintainer's documents), packs/ (signed data packs: keys, archive, manifest, library, changes, install),
   check (the data-quality report), export.
3. what a measure means (index/facts/): kinds (benefit, right, duty, obligation, general, from who acts and who
   receives), main_clause (the main clause's actor and modal), bans (whom a ban protects), shapes and support
   (sentence shapes of support, duties and reliefs), audience (whom a document declares itself for),
   measure_audience (a measure's own 本项补贴仅面向…), references (receivers named by 本法第N条…), taxonomy (tags
   with their basis, benefit clauses), receivers (a grant's receiver named by its role, bounds on a firm's size),
   inline_conditions (conditions in the receiver phrase), measure_heading (a measure's heading sentence folded into
   the clause detailing it), size_scope (sizes a grant is restricted to beyond its receiver phrase: exclusions,
   sizes listed one by one, 所称企业是指…, a part heading or the party the document faces), attainment (a status a grant rewards newly attaining), offer_guard (a last check of
   each derived benefit clause), own_choice (a business's own act with 可以 and no counterpart: a general provision,
   not a right), rewarded_actor (a firm rewarded for what it does for others is the receiver, one grant clause at a
   time), served_before (a bare 企业 spared a fee takes the size of the party an earlier sentence serves),
   unnamed_support (support that names nothing given is the government's work), condition_dates (a date that says
   who qualifies asked as a question, never the measure's end),
   deadlines (dates with their sentences, status against a day), lifecycle (a document's status in the contract's
   words), eligibility (a profile against each benefit), profile (reading a profile file), similar (同类措施, alike
   by the Whoosh index's key terms).
4. search (every query runs through a Whoosh Searcher): understanding (a query understood once), userquery,
   synonyms, pinyin, queryparser (Whoosh's QueryParser with our plugins: words, "quotes", -exclusions, OR,
   地区:/单位:… prefixes), queries (the Whoosh Query classes whose matchers are row bitmaps), literals (rows
   holding a literal), concepts (rows per concept, graded coverage, "why"), bm25 (the searcher's WeightingModel
   over the prepared counts), layered (the Collector that ranks the matched rows in bulk), facets (filters
   and facet counts), search (the engine: open, parse, run, build hits; `rank` the order without hits,
   `hits` a slice of it), questions (a question of several parts split into its parts), rowfacts (deadline
   status per row, for filters), prepared and bitmaps (the search data written at build time
   into the Whoosh index's storage, row sets as ints, and each measure's card: the page's hits are
   read from the cards' heads, all but the eligibility rules), collector (the garbage collector tuned for a search's allocations), snippets, vocabulary (suggestions), evaluation and
   bench (quality and speed). The Whoosh index's word fields give 同类措施 its key terms and the pinyin
   respelling its vocabulary.
5. around it: cli and __main__ (`python -m index`), present (plain-text and shared presentation rules),
   inputs (checks on what a person types), boundedread (the one way a named file is read), vocab (one vocabulary), errors, logs, paths (the one resource
   and library locator).
"""
from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
