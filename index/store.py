"""The structured store: SQLite through sqlite-utils, written whole into a new folder and swapped in.

Layout of a data folder:
    CURRENT            name of the active store folder (replaced atomically)
    PREVIOUS           name of the store it replaced, kept for `pack rollback`
    store-<stamp>/     policy.db (and the search index, written by the same build); when the data came
                       from a data pack also library/ (the pack's documents and tables, which later
                       rebuilds use) and pack.json (its version, signer, notes, when it was applied)
A build writes a fresh store folder and only then points CURRENT at it, so a failed build leaves the
previous data working.
"""
from __future__ import annotations

import json
import logging
import math
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import orjson
import sqlite_utils
from filelock import FileLock, Timeout

from index.errors import PolicyDataError, storage_error
from index.facts.lifecycle import document_status
from index.paths import use_library

DB_NAME = "policy.db"
LIBRARY_DIR = "library"
PACK_FILE = "pack.json"
SCHEMA_VERSION = 3  # 2: tags, eligibility rules, government_only; 3: kind, kind_basis
_LIST_FIELDS = ("responsible_units", "flags", "industries", "benefit_types", "entity_types", "sizes", "deadlines", "amounts",
                "traits_required", "situations_required")
# tag_basis: {field: {tag: the words of the text behind it}} (its starts, entry into force and 长期有效 decide the
# status a result shows, so a search hit carries it); eligibility rules (index/facts/taxonomy.py): {"clauses": […],
# "government_only": bool}, last: the bulk of a card, which a hit does not carry
_JSON_FIELDS = ("tag_basis", "eligibility")
_DOC_LIST_FIELDS = ("press_note", "notice", "preamble", "closing", "unplaced", "removed", "warnings")

log = logging.getLogger(__name__)


NO_DATA_HINT = "请在程序里点“重建数据”，或由维护人员重新构建数据。"
BUILD_LOCK_NAME = ".build.lock"  # an OS lock: released by the OS when its process dies, even by kill -9
BUILD_LOCK_TIMEOUT_S = 600.0
BUILD_WAITING = "另一个构建正在进行，等待中…"


def active_store(data_dir: Path) -> Path | None:
    """The store CURRENT names, or None when there is none or the pointer is damaged in any way
    (unreadable, undecodable, empty, not a plain folder name, naming a folder without a database)."""
    return _pointed(data_dir, "CURRENT")


def previous_store(data_dir: Path) -> Path | None:
    """The store PREVIOUS names (the one the last switch replaced, kept for a rollback), or None."""
    return _pointed(data_dir, "PREVIOUS")


def _point(data_dir: Path, pointer: str, store: Path) -> None:
    tmp = data_dir / f"{pointer}.tmp"
    tmp.write_text(store.name, encoding="utf-8")
    os.replace(tmp, data_dir / pointer)


def pack_info(store: Path) -> dict | None:
    """What pack.json of a store says (None for data built from resources/ alone)."""
    try:
        return json.loads((store / PACK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def store_library(store: Path) -> Path | None:
    path = store / LIBRARY_DIR
    return path if path.is_dir() else None


def _pointed(data_dir: Path, pointer: str) -> Path | None:
    try:
        name = (data_dir / pointer).read_bytes().decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name or "\0" in name or Path(name).name != name or name in (".", ".."):
        return None
    store = data_dir / name
    try:
        return store if (store / DB_NAME).is_file() else None
    except (OSError, ValueError):
        return None


def missing_data_message(data_dir: Path) -> str:
    """Why `data_dir` has no usable store, for a clerk (the window offers a rebuild on it)."""
    if os.path.lexists(data_dir / "CURRENT"):
        return f"{data_dir}：数据缺失或损坏。{NO_DATA_HINT}"
    return f"{data_dir}：还没有构建数据。{NO_DATA_HINT}"


@contextmanager
def build_lock(data_dir: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold `data_dir` for one build, across threads and processes. A second build says it waits (via
    `on_wait`) and waits up to BUILD_LOCK_TIMEOUT_S, then gives up with a message."""
    lock = FileLock(data_dir / BUILD_LOCK_NAME)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait(BUILD_WAITING)
            try:
                lock.acquire(timeout=BUILD_LOCK_TIMEOUT_S)
            except Timeout:
                raise PolicyDataError(
                    f"{data_dir}：另一个构建已进行很久仍未结束（等待了{math.ceil(BUILD_LOCK_TIMEOUT_S)}秒）。"
                    "请等它结束后再试；如果没有别的构建在运行，请关闭程序后重试。") from None
    except OSError as exc:  # Timeout is an OSError too, but never reaches here
        raise storage_error(exc, data_dir, "构建数据") from exc
    try:
        yield
    finally:
        lock.release()


def begin_store(data_dir: Path) -> Path:
    """A new, empty store folder to build into (not yet visible to readers). The caller holds
    build_lock, so any other `.building-*` folder is left over from a build that was killed: removed."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        for leftover in data_dir.glob(".building-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        # mkdtemp: unique even for two builds in the same second of the same process
        return Path(tempfile.mkdtemp(prefix=f".building-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-", dir=data_dir))
    except OSError as exc:
        raise storage_error(exc, data_dir, "构建数据") from exc


def commit_store(data_dir: Path, building: Path) -> Path:
    """Make `building` the active store and remove the stores it replaces. If the switch fails, the
    previous store stays active and nothing of the new one is left behind."""
    final = data_dir / building.name.replace(".building-", "store-", 1)
    tmp = data_dir / "CURRENT.tmp"
    replaced = active_store(data_dir)
    building.rename(final)
    try:
        if replaced is not None:
            _point(data_dir, "PREVIOUS", replaced)  # kept for `pack rollback`
        tmp.write_text(final.name, encoding="utf-8")
        os.replace(tmp, data_dir / "CURRENT")
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise
    for old in data_dir.iterdir():
        if old.is_dir() and old not in (final, replaced) and (old.name.startswith("store-") or old.name.startswith(".building-")):
            shutil.rmtree(old, ignore_errors=True)
    return final


def rollback_store(data_dir: Path) -> Path:
    """Make PREVIOUS the active store again (and the current one PREVIOUS), under the build lock."""
    with build_lock(data_dir):
        current, previous = active_store(data_dir), previous_store(data_dir)
        if previous is None or current is None:
            raise PolicyDataError("没有可以恢复的上一版本数据（只有在更新过数据之后才能恢复）。")
        try:
            _point(data_dir, "PREVIOUS", current)
            _point(data_dir, "CURRENT", previous)
        except OSError as exc:
            raise storage_error(exc, data_dir, "恢复上一版本") from exc
    return previous


def abandon_store(building: Path) -> None:
    shutil.rmtree(building, ignore_errors=True)


def create_db(path: Path) -> sqlite_utils.Database:
    """A new, empty database for a build (close it with close_db). Written without SQLite's syncing
    and with its rollback journal in memory: the database is new, in a folder nobody reads until the
    build switches to it, and a build that fails is thrown away whole, so a commit need not wait for
    the disk (close_db syncs the file once, at the end)."""
    db = sqlite_utils.Database(path)
    db.conn.execute("PRAGMA synchronous=OFF")
    db.conn.execute("PRAGMA journal_mode=MEMORY")
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["documents"].create(
        {
            "id": str, "title": str, "issuer": str, "doc_number": str, "published": str, "signed": str,
            "status": str, "valid_until": str, "effective": str, "superseded_by": str, "district": str, "source_file": str, "encoding": str,
            "sha256": str, "scrambled": int, "duplicate_sentences": int, "measure_count": int,
            **{name: str for name in _DOC_LIST_FIELDS},
        },
        pk="id",
    )
    db["measures"].create(
        {
            "id": str, "document_id": str, "number": int, "district": str, "section": str, "subsection": str,
            "title": str, "text": str, "units_text": str, "valid_until": str, "government_only": int,
            "kind": str, "kind_basis": str,
            **{name: str for name in _LIST_FIELDS + _JSON_FIELDS},
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["measure_units"].create({"measure_id": str, "unit": str, "position": int}, pk=("measure_id", "position"),
                               foreign_keys=[("measure_id", "measures", "id")])
    db["measures"].create_index(["document_id", "number"], unique=True)
    db["measure_units"].create_index(["unit"])
    return db


def insert_document(db: sqlite_utils.Database, record: dict, measures: list[dict]) -> None:
    row = dict(record)
    for name in _DOC_LIST_FIELDS:
        row[name] = json.dumps(row.get(name) or [], ensure_ascii=False)
    db["documents"].insert(row)
    insert_measures(db, measures)


def insert_measures(db: sqlite_utils.Database, measures: list[dict]) -> None:
    """Measures of documents already inserted, in one transaction (one statement per set of
    columns: a build's records all have the same)."""
    by_columns: dict[tuple[str, ...], list[list]] = {}
    unit_rows = []
    for measure in measures:
        m = {k: v for k, v in measure.items() if k != "document"}
        for name in _LIST_FIELDS:
            m[name] = _to_json(m.get(name) or [])
        for name in _JSON_FIELDS:
            m[name] = _to_json(m.get(name))
        m["government_only"] = int(bool(m.get("government_only")))
        by_columns.setdefault(tuple(m), []).append([_column_value(v) for v in m.values()])
        unit_rows.extend((measure["id"], u, i) for i, u in enumerate(measure["responsible_units"]))
    with db.conn:
        for columns, rows in by_columns.items():
            names = ", ".join(f'"{name}"' for name in columns)
            db.conn.executemany(f"insert into measures ({names}) values ({', '.join('?' * len(columns))})", rows)
        db.conn.executemany("insert into measure_units (measure_id, unit, position) values (?, ?, ?)", unit_rows)


_to_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(value, ensure_ascii=False), its encoder made once


def _column_value(value: object) -> object:
    """A value as sqlite-utils would store it: lists and dicts as JSON."""
    return _to_json(value) if isinstance(value, (dict, list, tuple)) else value


def close_db(db: sqlite_utils.Database, path: Path) -> None:
    """Commit and close a database made by create_db and sync its file to the disk."""
    db.conn.commit()
    db.close()
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def set_meta(db: sqlite_utils.Database, **values: object) -> None:
    db["meta"].upsert_all([{"key": k, "value": str(v)} for k, v in values.items()], pk="key")


class Store:
    """Read access to the active store of a data folder."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        store = active_store(data_dir)
        if store is None:
            raise PolicyDataError(missing_data_message(data_dir))
        self.path = store
        self.library = store_library(store)
        self.pack = pack_info(store)
        use_library(self.library)  # the data in use brings its library (synonyms, dictionary, taxonomy)
        try:
            conn = sqlite3.connect(f"file:{store / DB_NAME}?mode=ro", uri=True, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            self.meta = {row["key"]: row["value"] for row in self.db["meta"].rows}
            if self.meta.get("schema_version") != str(SCHEMA_VERSION):
                raise PolicyDataError(f"{store / DB_NAME}：数据格式版本不符（由另一版本的程序构建）。{NO_DATA_HINT}")
            self._documents = {row["id"]: _decode_document(row) for row in self.db["documents"].rows}
            self._summaries: dict[str, dict] = {}  # document_summary per document, made when first needed
        except sqlite3.DatabaseError as exc:
            raise PolicyDataError(f"{store / DB_NAME}：数据库已损坏或无法读取。{NO_DATA_HINT}") from exc

    def close(self) -> None:
        self.db.conn.close()

    @property
    def documents(self) -> dict[str, dict]:
        return self._documents

    def measure(self, measure_id: str) -> dict | None:
        rows = list(self.db["measures"].rows_where("id = ?", [measure_id]))
        return self._decode_measure(rows[0]) if rows else None

    def measures_by_id(self, ids: list[str]) -> dict[str, dict]:
        """The measures of `ids` (those that exist), decoded, in one query."""
        out: dict[str, dict] = {}
        for start in range(0, len(ids), 500):  # well under SQLite's bound on parameters
            chunk = ids[start : start + 500]
            rows = self.db.conn.execute(f"select {_MEASURE_COLUMNS} from measures "
                                        f"where id in ({','.join('?' * len(chunk))})", chunk).fetchall()
            for measure in self._measures_from(rows):
                out[measure["id"]] = measure
        return out

    def measures(self, document_id: str | None = None) -> list[dict]:
        where, args = ("where document_id = ?", [document_id]) if document_id else ("", [])
        cursor = self.db.conn.execute(f"select {_MEASURE_COLUMNS} from measures {where}", args)
        measures = []
        while rows := cursor.fetchmany(1000):  # a batch at a time: the raw rows of a large library are never all held
            measures += self._measures_from(rows)
        order = {doc_id: i for i, doc_id in enumerate(self._documents)}  # catalogue order
        return sorted(measures, key=lambda m: (order[m["document"]["id"]], m["number"]))

    def _measures_from(self, rows: list[tuple]) -> list[dict]:
        """Measures from rows of _MEASURE_COLUMNS: the plain columns as read, and every row's lists and
        rules (stored as JSON text) joined by SQLite into one JSON array a row and decoded by one
        json.loads for all the rows (SQLite's json() on each field cost more than the decoding)."""
        if not rows:
            return []
        decoded = json.loads("[" + ",".join([row[-1] for row in rows]) + "]")
        return [self._with_document(dict(zip(_MEASURE_KEYS, (*row[:10], *encoded[:_LISTS], bool(row[10]), row[11], row[12],
                                                             *encoded[_LISTS:]))), row[2])
                for row, encoded in zip(rows, decoded)]

    def _with_document(self, measure: dict, document_id: str) -> dict:
        """`measure` with its document's summary (each measure its own copy of it; one summary a document)."""
        summary = self._summaries.get(document_id)
        if summary is None:
            summary = self._summary(document_id)
        measure["document"] = dict(summary)
        return measure

    def _summary(self, document_id: str) -> dict:
        summary = self._summaries[document_id] = document_summary(self._documents[document_id])
        return summary

    @contextmanager
    def _reading_cards(self) -> Iterator[None]:
        """A card the search data keeps that cannot be read is damaged data: the rebuild offer, logged."""
        try:
            yield
        except (ValueError, KeyError, IndexError, TypeError) as exc:  # orjson.JSONDecodeError is a ValueError
            log.error("a measure's card in the search data cannot be read: %r", exc)
            raise PolicyDataError(f"{self.path}：搜索数据已损坏，措施内容无法读出。请重新构建数据。") from exc

    def measures_from_cards(self, cards: list[bytes]) -> list[dict]:
        """Measures from their cards (measure_card), each with its document's summary: what
        measures_by_id reads for them, without SQLite (a page of hits is read from the cards the
        search data keeps, index.prepared)."""
        with self._reading_cards():
            return [self._with_document(dict(zip(_MEASURE_KEYS, values)), values[2]) for values in map(orjson.loads, cards)]

    def hits_from_heads(self, heads: list[bytes]) -> list[dict]:
        """Measures as search hits carry them (HIT_KEYS, hit_measure) from their cards' heads
        (SearchData.card_heads: each a JSON array of the HIT_KEYS values, or a whole card), each with its
        document's summary: the rules, most of a card, are not decoded."""
        out = []
        size = len(HIT_KEYS)
        summaries = self._summaries
        with self._reading_cards():
            # the heads decoded together, as one JSON array of them (one call instead of one a head); a
            # head that is no JSON array of its own cannot hide in it: it fails to decode, or changes the count
            decoded = orjson.loads(b"[" + b",".join(heads) + b"]") if heads else []
            if len(decoded) != len(heads) or not all(type(values) is list for values in decoded):
                raise ValueError("a card's head is no JSON array")
            for values in decoded:
                if len(values) != size:  # a whole card (data written before the heads were kept)
                    values = values[:size] if len(values) == len(_MEASURE_KEYS) else None
                summary = summaries.get(values[2])
                if summary is None:
                    summary = self._summary(values[2])
                values[2] = dict(summary)  # the document's summary in its id's place (_with_document's, made once)
                out.append(dict(zip(HIT_KEYS, values)))
        return out

    def _decode_measure(self, row: dict) -> dict:
        doc = self._documents[row["document_id"]]
        out = {
            "id": row["id"],
            "district": row["district"],
            "document": document_summary(doc),
            "number": row["number"],
            "section": row["section"],
            "subsection": row["subsection"],
            "title": row["title"],
            "text": row["text"],
            "units_text": row["units_text"],
            "valid_until": row["valid_until"],
        }
        for name in _LIST_FIELDS:
            out[name] = json.loads(row[name] or "[]")
        out["government_only"] = bool(row.get("government_only"))
        out["kind"], out["kind_basis"] = row.get("kind"), row.get("kind_basis")
        for name in _JSON_FIELDS:
            out[name] = json.loads(row[name]) if row.get(name) else None
        return out


# the keys of a decoded measure in their order ("document" holds the id until replaced by the summary)
_MEASURE_KEYS = ("id", "district", "document", "number", "section", "subsection", "title", "text", "units_text", "valid_until",
                 *_LIST_FIELDS, "government_only", "kind", "kind_basis", *_JSON_FIELDS)
_LISTS = len(_LIST_FIELDS)
# what a search hit carries of its measure, in the same order: every field but the eligibility rules (about half
# of a card's bytes), which `measure`/`show` read whole; the tags' evidence stays (the results list's status reads
# the measure's own starts and 长期有效 from it, index/facts/deadlines.py measure_status)
HIT_KEYS = _MEASURE_KEYS[:-1]


def measure_card(measure: dict) -> bytes:
    """A measure record (as insert_measures takes it) as the store reads it back, in _MEASURE_KEYS
    order, its document as its id: a JSON array (Store.measures_from_cards decodes it). The same
    normalising as insert_measures and _measures_from: a list field missing or empty is [], a rule
    missing is null, government_only a bool, and every value JSON's (tuples as lists)."""
    return orjson.dumps(_card_values(measure), option=orjson.OPT_NON_STR_KEYS)


def _card_values(measure: dict) -> list:
    values = []
    for name in _MEASURE_KEYS:
        if name == "document":
            value = measure["document_id"]
        elif name in _LIST_FIELDS:
            value = measure.get(name) or []
        elif name == "government_only":
            value = bool(measure.get(name))
        else:
            value = measure.get(name)
        values.append(value)
    return values


def measure_card_and_head(measure: dict) -> tuple[bytes, int]:
    """measure_card, and how many of its first bytes hold its HIT_KEYS values (card[:n] + b"]" is the
    JSON array of them: the card is that array with the rules after them); 0 if it does not start so."""
    values = _card_values(measure)
    card = orjson.dumps(values, option=orjson.OPT_NON_STR_KEYS)
    head = orjson.dumps(values[: len(HIT_KEYS)], option=orjson.OPT_NON_STR_KEYS)
    n = len(head) - 1
    return card, n if card[:n] == head[:n] and card[n : n + 1] == b"," else 0


def hit_measure(measure: dict) -> dict:
    """A measure as a search hit carries it: its HIT_KEYS fields, in order."""
    return {key: measure[key] for key in HIT_KEYS}


# the columns a measure is read from: the plain ones, then its lists and rules joined into one JSON array
# (the stored JSON texts concatenated: SQLite does no JSON work; an empty list field reads as [], an
# empty rule as null)
_MEASURE_COLUMNS = ", ".join(
    ["id", "district", "document_id", "number", "section", "subsection", "title", "text", "units_text", "valid_until",
     "government_only", "kind", "kind_basis"]) + ", '[' || " + " || ',' || ".join(
    [f"coalesce(nullif({name}, ''), '[]')" for name in _LIST_FIELDS]
    + [f"coalesce(nullif({name}, ''), 'null')" for name in _JSON_FIELDS]) + " || ']'"


def document_summary(doc: dict, today: date | None = None) -> dict:
    """A measure's "document": the contract's fields, its status in the contract's words as of `today`
    (index/facts/lifecycle.py) with the stored words as "status_text", and "in_force_from" (自…起施行)."""
    keys = ("id", "title", "issuer", "doc_number", "published", "signed", "status", "valid_until", "effective", "source_file")
    out = {k: doc.get(k) for k in keys}
    out.update(status=document_status(doc, today or date.today()), status_text=doc.get("status"),
               in_force_from=doc.get("effective"), superseded_by=doc.get("superseded_by"))
    return out


def _decode_document(row: dict) -> dict:
    out = dict(row)
    for name in _DOC_LIST_FIELDS:
        out[name] = json.loads(row[name] or "[]")
    return out
