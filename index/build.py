"""`build`: parse every catalogued document with its corrections and write a new store atomically."""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index import __version__
from index.catalog import CatalogEntry, load_all
from index.source.corrections import load_corrections
from index.errors import PolicyDataError, storage_error
from index.models import ParsedDocument
from index.source.parser import parse_source
from index.source.readers import read_source
from index.records import document_record, measure_records
from index.paths import refuse_linked_out, resources_dir, using_library
from index.store import (DB_NAME, LIBRARY_DIR, PACK_FILE, SCHEMA_VERSION, abandon_store, active_store, begin_store,
                         build_lock, close_db, commit_store, create_db, insert_document, pack_info, set_meta, store_library)
from index.searchindex import INDEX_DIR, write_index
from index.source.textio import read_bytes

Progress = Callable[[int, int, str], None]


@dataclass
class BuildResult:
    store: Path
    documents: int
    measures: int
    warnings: list[str]
    seconds: float


def parse_entry(entry: CatalogEntry) -> ParsedDocument:
    source = read_source(entry.file)  # an imported .docx or .pdf is rebuilt from its kept copy, too
    corrections = load_corrections(entry.corrections) if entry.corrections else None
    doc = parse_source(source, corrections=corrections, district=entry.district, title=entry.title)
    doc.status = entry.status or doc.status  # the maintainer's 已废止 / 已被《…》取代 outranks what the text says
    doc.superseded_by = entry.superseded_by
    doc.published = entry.published or doc.published  # so do the date and validity the maintainer corrected
    if entry.valid_until:
        doc.valid_until = entry.valid_until
        doc.valid_until_basis = f"维护人员更正：{entry.correction_why or '（未写理由）'}"
    return doc


def build(data_dir: Path, progress: Progress | None = None, resources: Path | None = None,
          pack: dict | None = None, check: Callable[[], None] | None = None) -> BuildResult:
    """Parse every catalogued document of the library `resources` and switch `data_dir` to the new
    store. The library is by default that of the data in use (a data pack's, kept in its store), else
    resources/; `pack` describes the pack it came from. One build at a time per data folder (others
    wait, see store.build_lock); what to build (the data in use, the imports catalogue) is read only
    once the folder is held, so a build that waited never undoes the one it waited for (a pack
    applied meanwhile). `check`, if given, runs once the folder is held, before anything is built
    (a pack's version is compared there). Any failure leaves the previous data active and is raised
    as a PolicyDataError saying what to do."""
    started = time.perf_counter()
    report = progress or (lambda step, total, message: None)
    refuse_linked_out(data_dir, "数据文件夹")
    with build_lock(data_dir, on_wait=lambda message: report(0, 0, message)):
        if check is not None:
            check()
        if resources is None:
            current = active_store(data_dir)
            if current is not None and store_library(current) is not None:
                resources, pack = store_library(current), pack or pack_info(current)
        with using_library(resources):
            return _build(data_dir, report, resources, pack, started)


def _build(data_dir: Path, report: Progress, resources: Path | None, pack: dict | None, started: float) -> BuildResult:
    """The build itself; the caller holds the build lock of `data_dir`."""
    skipped: list[str] = []  # imports that cannot be read: the build goes on without them
    entries = load_all(resources, warnings=skipped)
    total = len(entries) + 2
    building = begin_store(data_dir)
    try:
        db = create_db(building / DB_NAME)
        warnings: list[str] = list(skipped)
        parsed: list[tuple[str, list[dict]]] = []
        dates: list[str] = []
        measures = 0
        for step, entry in enumerate(entries, 1):
            report(step, total, f"解析 {entry.relative_file}")
            doc = parse_entry(entry)
            records = measure_records(entry.id, doc)
            insert_document(db, document_record(entry.id, entry.source_file, _sha256(entry.file), doc), records)
            parsed.append((entry.id, records))
            dates += [d for d in (doc.published, doc.signed) if d]
            measures += len(records)
            warnings.extend(f"{entry.relative_file}：{w}" for w in doc.warnings)
            if entry.expected_measures is not None and len(records) != entry.expected_measures:
                warnings.append(f"{entry.relative_file}：解析出{len(records)}条措施，目录中登记为{entry.expected_measures}条。")
        report(total - 1, total, "建立搜索索引")
        all_measures = [m for _, records in parsed for m in records]
        catalogue = {doc_id: i for i, (doc_id, _) in enumerate(parsed)}  # the store's order
        write_index(building / INDEX_DIR, all_measures, len(all_measures),
                    order=lambda m: (catalogue[m["document_id"]], m["number"]),
                    progress=lambda done, count: done % 1000 == 0 and report(total - 1, total, f"建立搜索索引（{done}/{count}）"))
        built_at = time.strftime("%Y-%m-%dT%H:%M:%S")
        set_meta(db, schema_version=SCHEMA_VERSION, app_version=__version__, built_at=built_at,
                 documents=len(entries), measures=measures, warnings=json.dumps(skipped, ensure_ascii=False),
                 newest_document=max(dates, default=""),
                 **({"pack_version": pack["pack_version"], "pack_key_id": pack["key_id"]} if pack else {}))
        close_db(db, building / DB_NAME)
        if resources is not None and resources.resolve() != resources_dir().resolve():
            shutil.copytree(resources, building / LIBRARY_DIR)  # later rebuilds of this data use it
        if pack:
            (building / PACK_FILE).write_text(json.dumps(pack, ensure_ascii=False, indent=1), encoding="utf-8")
        report(total, total, "切换到新数据")
        store = commit_store(data_dir, building)
    except (OSError, sqlite3.Error) as exc:
        abandon_store(building)
        raise storage_error(exc, data_dir, "构建数据") from exc
    except BaseException:
        abandon_store(building)
        raise
    return BuildResult(store=store, documents=len(entries), measures=measures, warnings=warnings,
                       seconds=time.perf_counter() - started)


def _sha256(path: Path) -> str:
    return hashlib.sha256(read_bytes(path)).hexdigest()  # read a moment ago by parse_entry: it may have gone


__all__ = ["BuildResult", "PolicyDataError", "build", "parse_entry"]
