"""The structured store: SQLite through sqlite-utils, written whole into a new folder and swapped in.

Layout of a data folder:
    CURRENT            name of the active store folder (replaced atomically)
    store-<stamp>/     policy.db (and the search index, written by the same build)
A build writes a fresh store folder and only then points CURRENT at it, so a failed build leaves the
previous data working.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from index.errors import PolicyDataError

DB_NAME = "policy.db"
SCHEMA_VERSION = 2  # 2: tags, eligibility rules, government_only
_LIST_FIELDS = ("responsible_units", "flags", "industries", "benefit_types", "entity_types", "sizes", "deadlines", "amounts",
                "traits_required", "situations_required")
_JSON_FIELDS = ("eligibility", "tag_basis")  # eligibility rules (index/taxonomy.py): {"clauses": […], "government_only": bool};
# tag_basis: {field: {tag: the words of the text behind it}}
_DOC_LIST_FIELDS = ("press_note", "notice", "preamble", "closing", "unplaced", "removed", "warnings")


def active_store(data_dir: Path) -> Path | None:
    pointer = data_dir / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    store = data_dir / name
    return store if name and (store / DB_NAME).is_file() else None


def begin_store(data_dir: Path) -> Path:
    """A new, empty store folder to build into (not yet visible to readers)."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / f".building-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        path.mkdir()
    except OSError as exc:
        raise PolicyDataError(f"{data_dir}：无法写入数据目录（{exc.strerror}）。请用 --data 指定一个可写的目录。") from exc
    return path


def commit_store(data_dir: Path, building: Path) -> Path:
    """Make `building` the active store and remove the stores it replaces."""
    final = data_dir / building.name.replace(".building-", "store-", 1)
    building.rename(final)
    tmp = data_dir / "CURRENT.tmp"
    tmp.write_text(final.name, encoding="utf-8")
    os.replace(tmp, data_dir / "CURRENT")
    for old in data_dir.iterdir():
        if old.is_dir() and old != final and (old.name.startswith("store-") or old.name.startswith(".building-")):
            shutil.rmtree(old, ignore_errors=True)
    return final


def abandon_store(building: Path) -> None:
    shutil.rmtree(building, ignore_errors=True)


def create_db(path: Path) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["documents"].create(
        {
            "id": str, "title": str, "issuer": str, "doc_number": str, "published": str, "signed": str,
            "status": str, "valid_until": str, "district": str, "source_file": str, "encoding": str,
            "sha256": str, "scrambled": int, "duplicate_sentences": int, "measure_count": int,
            **{name: str for name in _DOC_LIST_FIELDS},
        },
        pk="id",
    )
    db["measures"].create(
        {
            "id": str, "document_id": str, "number": int, "district": str, "section": str, "subsection": str,
            "title": str, "text": str, "units_text": str, "valid_until": str, "government_only": int,
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
    rows, unit_rows = [], []
    for measure in measures:
        m = {k: v for k, v in measure.items() if k != "document"}
        for name in _LIST_FIELDS:
            m[name] = json.dumps(m.get(name) or [], ensure_ascii=False)
        for name in _JSON_FIELDS:
            m[name] = json.dumps(m.get(name), ensure_ascii=False)
        m["government_only"] = int(bool(m.get("government_only")))
        rows.append(m)
        unit_rows.extend({"measure_id": measure["id"], "unit": u, "position": i} for i, u in enumerate(measure["responsible_units"]))
    db["measures"].insert_all(rows)
    db["measure_units"].insert_all(unit_rows)


def set_meta(db: sqlite_utils.Database, **values: object) -> None:
    db["meta"].upsert_all([{"key": k, "value": str(v)} for k, v in values.items()], pk="key")


class Store:
    """Read access to the active store of a data folder."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        store = active_store(data_dir)
        if store is None:
            raise PolicyDataError(
                f"{data_dir}：还没有构建数据。请先运行 python -m index build --data {data_dir}（或在程序中点“重建数据”）。"
            )
        self.path = store
        try:
            conn = sqlite3.connect(f"file:{store / DB_NAME}?mode=ro", uri=True, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            self.meta = {row["key"]: row["value"] for row in self.db["meta"].rows}
        except sqlite3.DatabaseError as exc:
            raise PolicyDataError(f"{store / DB_NAME}：数据库已损坏（{exc}）。请重新运行 python -m index build。") from exc
        if self.meta.get("schema_version") != str(SCHEMA_VERSION):
            raise PolicyDataError(f"{store / DB_NAME}：数据格式版本不符。请重新运行 python -m index build。")
        self._documents = {row["id"]: _decode_document(row) for row in self.db["documents"].rows}

    def close(self) -> None:
        self.db.conn.close()

    @property
    def documents(self) -> dict[str, dict]:
        return self._documents

    def measure(self, measure_id: str) -> dict | None:
        rows = list(self.db["measures"].rows_where("id = ?", [measure_id]))
        return self._decode_measure(rows[0]) if rows else None

    def measures(self, document_id: str | None = None) -> list[dict]:
        where, args = ("document_id = ?", [document_id]) if document_id else (None, None)
        rows = self.db["measures"].rows_where(where, args, order_by="document_id, number")
        order = {doc_id: i for i, doc_id in enumerate(self._documents)}  # catalogue order
        return sorted((self._decode_measure(r) for r in rows), key=lambda m: (order[m["document"]["id"]], m["number"]))

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
        for name in _JSON_FIELDS:
            out[name] = json.loads(row[name]) if row.get(name) else None
        return out


def document_summary(doc: dict) -> dict:
    keys = ("id", "title", "issuer", "doc_number", "published", "signed", "status", "valid_until", "source_file")
    return {k: doc.get(k) for k in keys}


def _decode_document(row: dict) -> dict:
    out = dict(row)
    for name in _DOC_LIST_FIELDS:
        out[name] = json.loads(row[name] or "[]")
    return out
