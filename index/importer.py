"""`import`: read new policy documents a maintainer brings (text, .docx, .pdf, saved web pages) into measures.

With --dry-run nothing is stored. Otherwise each file is copied, byte for byte, into this machine's
imports folder (user data, never the install folder), listed in its catalogue, and the data rebuilt.
"""
from __future__ import annotations

import hashlib
import shutil
import tomllib
from pathlib import Path

from index.build import document_record, measure_records
from index.catalog import imports_dir
from index.errors import PolicyDataError
from index.metadata import DISTRICTS, ECONOMIC_ZONE, MUNICIPAL
from index.models import ParsedDocument
from index.parser import parse_source
from index.readers import read_source

KNOWN_DISTRICTS = (MUNICIPAL, *DISTRICTS, ECONOMIC_ZONE)


def read_document(path: Path, district: str | None, title: str | None) -> tuple[str, str, ParsedDocument]:
    """(document id, sha256 of the bytes, parsed document); the file is read once."""
    if district is not None and district not in KNOWN_DISTRICTS:
        raise PolicyDataError(f"不认识的地区“{district}”。可用：{'、'.join(KNOWN_DISTRICTS)}。")
    data = _read_bytes(path)
    doc = parse_source(read_source(data, str(path)), district=district, title=title)
    if doc.district is None:
        doc.warnings.append("无法从文本判断适用地区，请用 --district 指定（如 --district 朝阳区）。")
    sha = hashlib.sha256(data).hexdigest()
    return f"import-{sha[:10]}", sha, doc


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PolicyDataError(f"{path}：无法读取文件（{exc.strerror}）。请检查文件是否存在、是否有读取权限。") from exc


def import_files(paths: list[Path], *, district: str | None, title: str | None, dry_run: bool) -> list[dict]:
    results, accepted = [], []
    for path in paths:
        doc_id, sha, doc = read_document(path, district, title)
        record = document_record(doc_id, str(path), sha, doc)
        record.update(format=doc.source_format, reader=doc.reader)
        warnings = record.pop("warnings")
        results.append({"document": record, "measures": measure_records(doc_id, doc), "warnings": warnings})
        if not dry_run:
            if not doc.measures:
                raise PolicyDataError(f"{path}：没有识别出任何措施，未导入。请先用 --dry-run 查看原因。")
            if doc.district is None:
                raise PolicyDataError(f"{path}：无法判断适用地区，未导入。请加 --district（如 --district 朝阳区）。")
            accepted.append((path, doc_id, doc))
    if not dry_run:
        for path, doc_id, doc in accepted:
            _store_copy(path, doc_id, doc, title)
    return results


def _store_copy(path: Path, doc_id: str, doc: ParsedDocument, title: str | None) -> None:
    folder = imports_dir()
    catalog = folder / "documents.toml"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        existing = tomllib.loads(catalog.read_text(encoding="utf-8")) if catalog.is_file() else {}
        if any(d.get("id") == doc_id for d in existing.get("document", [])):
            return  # the same bytes were imported before
        target = folder / f"{doc_id}{path.suffix or '.txt'}"
        shutil.copyfile(path, target)
        entry = [
            "[[document]]",
            f'id = "{doc_id}"',
            f'file = "{target.name}"',
            f"district = {_toml_string(doc.district)}",
            f"measures = {len(doc.measures)}",
            f"# imported from {path.name}",
        ]
        if title:
            entry.insert(4, f"title = {_toml_string(title)}")
        with catalog.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(entry) + "\n\n")
    except OSError as exc:
        raise PolicyDataError(f"{folder}：无法保存导入的文件（{exc.strerror}）。") from exc


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
