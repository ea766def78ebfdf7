"""Search data prepared at build time, kept in the Whoosh index's own storage (the file search.bin
in the index folder, written and opened through the index's Storage), for the engine's Whoosh queries.

Per bigram token (a character bigram, or a run's last character alone) and per single character
(any occurrence) the rows holding it; per bigram how often the heading and the text hold it (BM25's
term counts of a two-character word, without reading the text: the rows by (heading's count, text's
count), all in one blob, but for the commonest pair, once in the text alone, which is the rest of the
rows holding it); per facet value, for government-only measures and for those open to every industry
(不限行业) the rows having it; per wording of the library's synonym table (three characters or more: what
queries look up most) the rows holding it and its term counts, as a bigram's; the rows grouped by what their deadline status depends on (deadlines,
own validity, document: each group judged once a day); the measure ids and the lower-cased headings and texts
in row order (read at open without decoding the database's rows); and every measure's card, last (a JSON
array: the measure as the store reads it back, index.store.measure_card), with per card the length of
its head (the fields a search hit carries, index.store.HIT_KEYS, which come first: the eligibility rules
after them are about half of a card), so a page of hits is sliced from the mapped file and only its heads decoded by
orjson instead of read from SQLite. Rows are the engine's (store
order: catalogue, then number), which are also the Whoosh index's document numbers; every row set
is a bitmap, compressed unless dense (index.bitmaps). The header is JSON; the bitmaps and cards are
read on demand.

Written in one pass over the measures the index is built from (`SearchDataWriter.add`), holding per
token only an array of 4-byte measure numbers (the cards are spilled to a temporary file as they
come), so memory stays a small multiple of the corpus.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import shutil
import struct
import tempfile
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from itertools import accumulate, chain
from operator import concat, methodcaller

from index import bitmaps
from index.facts.deadlines import status_key
from index.analysis import RUN
from index.store import measure_card_and_head

SEARCH_DATA = "search.bin"
FORMAT = 6  # 2: bigram term counts; 3: the texts; 4: in the Whoosh index's storage (rows = its document numbers), 不限行业;
# 5: the measures' cards, dense bitmaps stored as they are (a program reading format 4 only asks for a rebuild);
# 6: term counts as the rows of each (heading's count, text's count) in one blob a token (5: nested layers, a blob each)
READABLE = (4, 5, FORMAT)  # 4 and 5 still read: their term counts are counted in the texts, format 4's pages come from SQLite
# the order of a card's values: 2 puts the tags' evidence before the eligibility rules (a hit carries the former).
# Cards of another layout (written before it, without "card_layout") are not read: pages come from SQLite until
# the data is rebuilt, never with one field's value under another's name
CARD_LAYOUT = 2
_MAGIC = b"PBSEARCH"
FACET_FIELDS = {"district": "district", "industry": "industries", "benefit_type": "benefit_types",
                "document": "document_id", "unit": "responsible_units"}

STATUS_GROUP_SIZE = 7  # a deadline group as written: the five facts of status_key, the document's id, the rows


def run_bigrams(runs: list[str]) -> Counter:
    """How often each bigram occurs in the runs of a text (overlapping, within each run)."""
    return Counter(chain.from_iterable(map(concat, run, run[1:]) for run in runs))


def ids_digest(ids: list[str]) -> str:
    return hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()


def facet_values_of(measure: dict, name: str) -> list[str]:
    """A measure's values for one facet: the one rule the prepared data and any list count by."""
    if name == "document":
        return [measure.get("document_id") or measure["document"]["id"]]
    value = measure[FACET_FIELDS[name]]
    return [value] if isinstance(value, str) else list(value)


def preparable(wording: str) -> bool:
    """A wording whose rows are worth preparing: lower-case, holding a run, of three characters or
    more (one or two characters of one run are exact from their postings already)."""
    return len(wording) > 2 and wording == wording.lower() and RUN.search(wording) is not None


def _rows() -> array:
    return array("I")


class SearchDataWriter:
    def __init__(self, wordings: Iterable[str] = ()) -> None:
        # wordings whose rows are prepared whole (the synonym table's: what a query's concepts look up
        # most), so a search reads their rows instead of checking their candidates' texts
        self.wordings = sorted({w.lower() for w in wordings if preparable(w.lower())})
        self.ids: list[str] = []
        self.keys: list[object] = []
        self.grams: dict[str, array] = defaultdict(_rows)  # bigram token → the measures holding it
        self.chars: dict[str, array] = defaultdict(_rows)  # character → the measures holding it
        self.facets: dict[str, dict[str, array]] = {name: {} for name in FACET_FIELDS}
        self.government = array("I")
        self.any_industry = array("I")  # 不限行业: a benefit (eligibility clause) that names no industry
        self.headings: list[str] = []  # lower-cased, as the engine matches and counts in them
        self.bodies: list[str] = []
        # term counts of bigrams: bigram → (heading's count, text's count) → the measures, for every pair
        # but (0, 1) (once in the text alone: most measures holding a bigram, the rest of its postings)
        self.term_counts: dict[str, dict[tuple[int, int], array]] = defaultdict(dict)
        # measures by what their deadline status depends on (deadlines, own validity, document): the
        # search judges each group once a day instead of reading every measure's deadlines
        self.deadline_groups: dict[str, array] = {}
        # every measure's card (index.store.measure_card), spilled to a temporary file as added (a large
        # library's cards are never all held), copied into the data in row order by `write`
        self._cards = tempfile.TemporaryFile()
        self._card_ends = array("Q")
        self._card_heads = array("I")  # per card, the bytes of its hit's fields (index.store.HIT_KEYS)

    def add(self, measure: dict, heading: str, key: object = None) -> None:
        """One measure, in any order: `key` sorts it into store order (None: the order added)."""
        i = len(self.ids)
        heading, text = heading.lower(), measure["text"].lower()
        self.ids.append(measure["id"])
        self.headings.append(heading)
        self.bodies.append(text)
        self.keys.append(i if key is None else key)
        card, head = measure_card_and_head(measure)
        self._cards.write(card)
        self._card_ends.append((self._card_ends[-1] if self._card_ends else 0) + len(card))
        self._card_heads.append(head)
        # what literal matching looks in is the heading and the text, Latin letters lower-cased: their
        # runs (a line break between them is no run); per run its bigrams and its last character alone
        heading_runs, body_runs = RUN.findall(heading), RUN.findall(text)
        in_heading, in_body = run_bigrams(heading_runs), run_bigrams(body_runs)
        runs = heading_runs + body_runs
        grams = {*in_heading, *in_body, *[run[-1] for run in runs]}
        for gram, n in in_heading.items():
            _rows_of(self.term_counts[gram], (n, in_body.get(gram, 0))).append(i)
        for gram, n in in_body.items():
            if n > 1 and gram not in in_heading:
                _rows_of(self.term_counts[gram], (0, n)).append(i)
        # one posting per token: each token's array gets i appended, the loop run in C
        append = methodcaller("append", i)
        deque(map(append, map(self.grams.__getitem__, grams)), 0)
        deque(map(append, map(self.chars.__getitem__, set("".join(runs)))), 0)
        for name, table in self.facets.items():
            for value in dict.fromkeys(facet_values_of(measure, name)):
                table.setdefault(value, array("I")).append(i)
        if measure.get("government_only"):
            self.government.append(i)
        key = json.dumps([*status_key(measure), facet_values_of(measure, "document")[0]], ensure_ascii=False)
        self.deadline_groups.setdefault(key, array("I")).append(i)
        clauses = (measure.get("eligibility") or {}).get("clauses") or []
        if any(not clause.get("industries") for clause in clauses):
            self.any_industry.append(i)

    def discard(self) -> None:
        """Close (and so remove) the spilled cards when nothing is written after all (a failed build)."""
        self._cards.close()

    def write(self, storage) -> None:
        """Write the data into the Whoosh index's storage (whoosh.filedb.filestore.Storage)."""
        count = len(self.ids)
        order = self.order()
        in_order = order == list(range(count))  # added in store order (as a build adds them): each row is as added
        row_of = array("I", bytes(4 * count))
        for row, i in enumerate(order):
            row_of[i] = row
        blobs: list[bytes] = []
        offset = 0

        def put(posting: array) -> list[int]:
            nonlocal offset
            blob = bitmaps.pack(bitmaps.from_rows(posting if in_order else map(row_of.__getitem__, posting), count))
            blobs.append(blob)
            offset += len(blob)
            return [offset - len(blob), len(blob), len(posting)]

        def put_counts(classes: dict[tuple[int, int], array]) -> list[int]:
            """A token's term counts as one blob (term_counts_blob)."""
            nonlocal offset
            blob = term_counts_blob({pair: bitmaps.from_rows(rows if in_order else map(row_of.__getitem__, rows), count)
                                     for pair, rows in classes.items()})
            blobs.append(blob)
            offset += len(blob)
            return [offset - len(blob), len(blob)]

        def put_cards() -> list[list[int]]:
            """Where each card ends, in row order (the cards themselves are written last, after every
            other blob, streamed from the spill file: `write_cards`)."""
            nonlocal offset
            lengths = [self._card_ends[i] - (self._card_ends[i - 1] if i else 0) for i in order]
            ends = array("Q", accumulate(lengths))
            blob = ends.tobytes()
            blobs.append(blob)
            offset += len(blob)
            return [[-1, ends[-1] if ends else 0], [offset - len(blob), len(blob)]]

        def put_heads() -> list[int]:
            """Per card (row order), how many of its first bytes hold a search hit's fields."""
            nonlocal offset
            blob = array("I", [self._card_heads[i] for i in order]).tobytes()
            blobs.append(blob)
            offset += len(blob)
            return [offset - len(blob), len(blob)]

        def put_text(texts: list[str]) -> list[int]:  # UTF-8, with each text's length in characters
            nonlocal offset
            ordered = [texts[i] for i in order]
            entries = []
            for blob in ("".join(ordered).encode("utf-8"), array("I", map(len, ordered)).tobytes()):
                blobs.append(blob)
                offset += len(blob)
                entries.append([offset - len(blob), len(blob)])
            return entries

        header = {
            "format": FORMAT, "rows": count, "ids": [self.ids[i] for i in order],
            "headings": put_text(self.headings), "bodies": put_text(self.bodies),
            "grams": {t: put(p) for t, p in self.grams.items()},
            "chars": {t: put(p) for t, p in self.chars.items()},
            "facets": {name: {v: put(p) for v, p in table.items()} for name, table in self.facets.items()},
            "government": put(self.government),
            "any_industry": put(self.any_industry),
            "term_counts": {t: put_counts(classes) for t, classes in self.term_counts.items()},
            "wordings": {w: self.put_wording(w, put, put_counts) for w in self.wordings},
            "deadline_groups": [[*json.loads(key), put(rows)] for key, rows in self.deadline_groups.items()],
            "cards": put_cards(),
            "card_heads": put_heads(),
            "card_layout": CARD_LAYOUT,
        }
        header["cards"][0][0] = offset  # after every other blob
        header["ids_sha256"] = ids_digest(header["ids"])
        head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        out = storage.create_file(SEARCH_DATA + ".tmp")
        try:
            out.write(_MAGIC + struct.pack("<I", len(head)) + head)
            for blob in blobs:
                out.write(blob)
            self.write_cards(out, order)
        finally:
            out.close()
            self._cards.close()
        storage.rename_file(SEARCH_DATA + ".tmp", SEARCH_DATA)

    def write_cards(self, out, order: list[int]) -> None:
        """The spilled cards, copied to `out` in row order (read, not mapped: a mapped spill file would
        count whole in the build's resident memory)."""
        spilled = self._cards
        spilled.flush()
        spilled.seek(0)
        if order == list(range(len(order))):  # added in row order: as spilled, 16 MB at a time
            shutil.copyfileobj(spilled, out, 1 << 24)
            return
        ends = self._card_ends
        for i in order:
            start = ends[i - 1] if i else 0
            spilled.seek(start)
            out.write(spilled.read(ends[i] - start))

    def put_wording(self, wording: str, put, put_counts) -> list:
        """A wording's rows and term counts, as a bigram's: [rows, term counts (put_counts)]."""
        held = self.holding(wording)
        classes: dict[tuple[int, int], array] = {}
        for i in held:
            pair = self.headings[i].count(wording), self.bodies[i].count(wording)
            if pair != ONCE_IN_TEXT:
                _rows_of(classes, pair).append(i)
        return [put(held), put_counts(classes)]

    def holding(self, wording: str) -> array:
        """The measures (in the order added) whose heading or text holds `wording`, as literal
        matching finds them (index.literals): the candidates its bigrams and characters give,
        checked on the lower-cased texts."""
        candidates: set[int] | None = None
        for run in RUN.findall(wording):
            tokens = [self.chars.get(run)] if len(run) == 1 else [self.grams.get(run[i : i + 2]) for i in range(len(run) - 1)]
            for posting in sorted(tokens, key=lambda t: len(t) if t is not None else 0):
                held = set(posting) if posting is not None else set()
                candidates = held if candidates is None else candidates & held
                if not candidates:
                    return array("I")
        headings, bodies = self.headings, self.bodies
        return array("I", sorted(i for i in candidates or ()
                                 if wording in bodies[i] or wording in headings[i]
                                 or ("\n" in wording and wording in f"{headings[i]}\n{bodies[i]}")))

    def order(self) -> list[int]:
        """The measures added, as the order of their rows (indexes into the order added)."""
        return sorted(range(len(self.ids)), key=self.keys.__getitem__)


ONCE_IN_TEXT = (0, 1)  # the term counts not kept: the rest of the rows holding the token


def _rows_of(classes: dict[tuple[int, int], array], pair: tuple[int, int]) -> array:
    rows = classes.get(pair)
    if rows is None:
        rows = classes[pair] = array("I")
    return rows


def term_counts_blob(classes: dict[tuple[int, int], int]) -> bytes:
    """A token's term counts as one blob: how many pairs, then per pair its heading's count, its text's
    count and its bitmap's length in bytes (4-byte integers), then the bitmaps' little-endian bytes; stored
    as they are (bitmaps.RAW): a query reads the counts of each of its words, and inflating them was about
    half of reading them (~5 % of a cold query at 20,000 measures), for ~8 MB more at 20,000. Data written
    with them deflated (bitmaps.pack_bytes) reads the same."""
    pairs = sorted(classes)
    raw = [classes[pair].to_bytes((classes[pair].bit_length() + 7) // 8, "little") for pair in pairs]
    sizes = array("I", [len(pairs), *[n for pair, blob in zip(pairs, raw) for n in (*pair, len(blob))]])
    return bitmaps.RAW + sizes.tobytes() + b"".join(raw)


def read_term_counts(blob: bytes) -> list[tuple[int, int, int]]:
    """The (heading's count, text's count, rows) of a term_counts_blob, in the order of the pairs."""
    data = memoryview(bitmaps.unpack_bytes(blob))
    sizes = array("I")
    sizes.frombytes(data[:4])
    pairs = sizes.pop()
    sizes.frombytes(data[4 : 4 + 12 * pairs])
    listed = sizes.tolist()
    if len(listed) != 3 * pairs:
        raise ValueError("term counts cut short")
    out, at = [], 4 + 12 * pairs
    for k in range(0, 3 * pairs, 3):
        length = listed[k + 2]
        out.append((listed[k], listed[k + 1], int.from_bytes(data[at : at + length], "little")))
        at += length
    if at != len(data):
        raise ValueError("term counts cut short")
    return out


class SearchData:
    """The prepared data of one store, read-only and safe across threads; the bitmaps are read from
    the mapped file when asked for."""

    def __init__(self, storage):
        """Open the data in a Whoosh index's storage (whoosh.filedb.filestore.Storage)."""
        with storage.open_file(SEARCH_DATA) as handle:
            if handle.read(len(_MAGIC)) != _MAGIC:
                raise ValueError("not a search data file")
            (length,) = struct.unpack("<I", handle.read(4))
            header = json.loads(handle.read(length).decode("utf-8"))
            if header.get("format") not in READABLE:
                raise ValueError(f"format {header.get('format')}")
            # mapped, not read: only the postings a query asks for are paged in (and shared by the OS)
            self._map = mmap.mmap(handle.file.fileno(), 0, access=mmap.ACCESS_READ)
        self._base = len(_MAGIC) + 4 + length
        self.rows: int = header["rows"]
        self.ids: list[str] = header["ids"]
        self.ids_sha256: str = header["ids_sha256"]
        self._grams: dict[str, list[int]] = header["grams"]
        self._chars: dict[str, list[int]] = header["chars"]
        self._facets: dict[str, dict[str, list[int]]] = header["facets"]
        self._government = header["government"]
        self._any_industry = header["any_industry"]
        self._texts = {"headings": header["headings"], "bodies": header["bodies"]}
        # format 6's term counts (None before: BM25 counts in the texts)
        self._term_counts: dict[str, list[int]] | None = header.get("term_counts") if header["format"] >= 6 else None
        self._wordings: dict[str, list] = header.get("wordings", {})  # absent from data written before
        self._deadline_groups: list[list] | None = header.get("deadline_groups")  # likewise
        cards = header.get("cards") if header.get("card_layout") == CARD_LAYOUT else None  # likewise
        self._card_ends: array | None = None
        self._card_heads: array | None = None  # likewise: then a hit's card is decoded whole
        if cards is not None:
            (self._cards_start, _), (ends_start, ends_length) = cards
            self._card_ends = array("Q")
            self._card_ends.frombytes(self._map[self._base + ends_start : self._base + ends_start + ends_length])
            if len(self._card_ends) != self.rows or self._base + self._cards_start + (
                    self._card_ends[-1] if self.rows else 0) > len(self._map):
                self._map.close()
                raise ValueError("the measures' cards are cut short")
            heads = header.get("card_heads")
            if heads is not None:
                start, length = heads
                self._card_heads = array("I")
                self._card_heads.frombytes(self._map[self._base + start : self._base + start + length])
                if len(self._card_heads) != self.rows:
                    self._map.close()
                    raise ValueError("the measures' card heads are cut short")

    def close(self) -> None:
        self._map.close()

    def _read(self, entry: list[int]) -> int:
        offset, length, _ = entry
        start = self._base + offset
        return bitmaps.unpack(self._map[start : start + length])

    def texts(self, name: str) -> list[str]:
        """Every row's heading ("headings") or text ("bodies"), lower-cased, in row order."""
        (start, length), (lengths_start, lengths_length) = self._texts[name]
        joined = self._map[self._base + start : self._base + start + length].decode("utf-8")
        lengths = array("I")
        lengths.frombytes(self._map[self._base + lengths_start : self._base + lengths_start + lengths_length])
        ends = list(accumulate(lengths))
        return list(map(joined.__getitem__, map(slice, [0, *ends[:-1]], ends)))

    @property
    def has_cards(self) -> bool:
        return self._card_ends is not None

    def cards(self, rows: list[int]) -> list[bytes]:
        """The cards of `rows` (index.store.measure_card: a measure as the store reads it back, its
        document as its id), straight from the mapped file."""
        ends, start, data = self._card_ends, self._base + self._cards_start, self._map
        return [data[start + (ends[row - 1] if row else 0) : start + ends[row]] for row in rows]

    def card_heads(self, rows: list[int]) -> list[bytes]:
        """What a search hit needs of the cards of `rows`: each card's HIT_KEYS values as a JSON array
        (the card's first bytes, closed), or the whole card where its head is not known (data written
        before the heads were kept; index.store.Store.hits_from_heads takes either)."""
        ends, start, data, heads = self._card_ends, self._base + self._cards_start, self._map, self._card_heads
        out = []
        for row in rows:
            begin = start + (ends[row - 1] if row else 0)
            end = start + ends[row]
            head = heads[row] if heads is not None else 0
            out.append(data[begin : begin + head] + b"]" if 0 < head < end - begin else data[begin:end])
        return out

    def gram_frequency(self, token: str) -> int:
        """Rows holding the bigram-field token (its document frequency)."""
        entry = self._grams.get(token)
        return entry[2] if entry else 0

    def gram(self, token: str) -> int:
        entry = self._grams.get(token)
        return self._read(entry) if entry else bitmaps.EMPTY

    def char_frequency(self, char: str) -> int:
        entry = self._chars.get(char)
        return entry[2] if entry else 0

    def char(self, char: str) -> int:
        """Rows holding `char` anywhere in a run (what a prefix query on the bigram tokens would find)."""
        entry = self._chars.get(char)
        return self._read(entry) if entry else bitmaps.EMPTY

    def facet(self, name: str) -> dict[str, int]:
        """Every value of one facet with its rows (in the order first met in the build)."""
        return {value: self._read(entry) for value, entry in self._facets[name].items()}

    def _counts(self, entry: list[int]) -> list[tuple[int, int, int]]:
        offset, length = entry
        start = self._base + offset
        return read_term_counts(self._map[start : start + length])

    def gram_counts(self, token: str) -> list[tuple[int, int, int]] | None:
        """How often a bigram occurs in the rows holding it: [(the heading's count, the text's count,
        rows)] for every pair but ONCE_IN_TEXT (the rest of its rows); None for data written before
        the counts were kept so."""
        if self._term_counts is None:
            return None
        entry = self._term_counts.get(token)
        return self._counts(entry) if entry else []

    def wording(self, wording: str) -> int | None:
        """The rows holding a prepared wording (lower-cased), or None when it was not prepared."""
        entries = self._wordings.get(wording)
        return self._read(entries[0]) if entries else None

    def wording_counts(self, wording: str) -> list[tuple[int, int, int]] | None:
        """A prepared wording's term counts as a bigram's (gram_counts), or None (not prepared, or data
        written before the counts were kept so)."""
        entries = self._wordings.get(wording)
        if not entries or self._term_counts is None:
            return None
        return self._counts(entries[1])

    def deadline_groups(self) -> list[tuple[list, str, int]] | None:
        """The rows grouped by what their deadline status depends on: (the measures' status_key, their
        document's id, rows); None for data written before they were prepared so."""
        if self._deadline_groups is None:
            return None
        if any(len(group) != STATUS_GROUP_SIZE for group in self._deadline_groups):
            return None  # grouped by deadlines and validity only (before 尚未施行, 现行有效, 已废止 counted): read SQLite
        return [(group[:-2], group[-2], self._read(group[-1])) for group in self._deadline_groups]

    def government(self) -> int:
        return self._read(self._government)

    def any_industry(self) -> int:
        """Rows of the measures with a benefit that names no industry (不限行业: the eligibility check's
        reading, index.facts.eligibility: a clause without industries)."""
        return self._read(self._any_industry)
