"""`import`: read new policy documents a maintainer brings (text, .docx, .pdf, saved web pages) into
measures, and list or remove those imported before.

With --dry-run nothing is stored. Otherwise each file's bytes are saved into this machine's imports folder
(user data, never the install folder), listed in its catalogue (written by a TOML serializer, never by
pasting strings), and the data rebuilt. The import is one transaction: if the build fails, the copies and
catalogue entries it added are taken back, so a failed import leaves nothing behind.
"""
from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from filelock import FileLock

from index.boundedread import NotRegularFile, check_regular, read_regular
from index.build import BuildResult, Progress, build
from index.records import document_record, measure_records
from index.catalog import (CATALOG_NAME, LIBRARY_CORRECTIONS, import_label, imports_dir, is_inside, load_catalog, read_catalog_file,
                           read_imports_catalog)
from index.errors import PolicyDataError, reading_reason, storage_error
from index.inputs import shown
from index.models import ParsedDocument
from index.source.parser import parse_source
from index.paths import default_data_dir, refuse_linked_out
from index.source.readers import read_source
from index.vocab import PLACES

MAX_IMPORT_BYTES = 20 * 2**20  # a policy document is well under 1 MB; anything this big was chosen by mistake
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")  # the copy keeps a plain suffix (readers go by it), nothing else
_LOCK_NAME = ".imports.lock"
_HEADER = "# 本机导入的政策文件（由程序写入；每个 [[document]] 一份文件，副本在同一文件夹）\n\n"


@dataclass(frozen=True)
class ImportedDocument:
    """One document imported on this machine, as the window lists it."""
    id: str
    title: str  # the title given or recognised at import, else the name of the file it came from
    district: str | None
    measures: int | None
    imported_at: str | None  # "2024-05-01T10:00:00"; for imports older than that field, the copy's time
    original_name: str | None  # the file name it was imported from (None for imports older than that field)
    file: Path  # the copy
    present: bool  # the copy is there and inside the imports folder (else builds skip it)
    bundled: bool = False  # a document of the library (the program's own, or a data pack's): reviewed and
    #                        corrected like an import, never replaced or removed here


@dataclass
class ImportOutcome:
    results: list[dict]  # per file: the contract's {"document", "measures", "warnings"} plus "status":
    #                      "dry_run", "imported" or "already_imported"
    build: BuildResult | None  # the rebuild, when something new was stored


@dataclass
class RemoveOutcome:
    removed: ImportedDocument
    build: BuildResult


def read_document(path: Path, district: str | None, title: str | None) -> tuple[str, str, ParsedDocument]:
    """(document id, sha256 of the bytes, parsed document); the file is read once."""
    if district is not None and district not in PLACES:
        raise PolicyDataError(f"不认识的地区“{district}”。可用：{'、'.join(PLACES)}。")
    data = _read_bytes(path)
    doc = parse_source(read_source(data, str(path)), district=district, title=title)
    if doc.district is None:
        doc.warnings.append("无法从文本判断适用地区，请用 --district 指定（如 --district 朝阳区）。")
    sha = hashlib.sha256(data).hexdigest()
    return f"import-{sha[:10]}", sha, doc


def check_importable(path: Path) -> None:
    """Refuse what is not a regular file, or is over MAX_IMPORT_BYTES, from its stat alone: nothing is
    opened, so a FIFO cannot block and /dev/zero is never read."""
    try:
        info = check_regular(path)
    except NotRegularFile as exc:
        raise _not_file(path, exc) from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if info.st_size > MAX_IMPORT_BYTES:
        raise _too_big(path, info.st_size)


def _read_bytes(path: Path) -> bytes:
    check_importable(path)
    try:
        data = read_regular(path, MAX_IMPORT_BYTES)  # non-blocking, checked again on the open file
    except NotRegularFile as exc:
        raise _not_file(path, exc) from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(path, len(data))
    return data


def _not_file(path: Path, exc: NotRegularFile) -> PolicyDataError:
    if exc.is_dir:
        return PolicyDataError(f"{path}：这是一个文件夹，不是文件。请选择文件夹里的政策文件。")
    return _not_regular(path)


def _unreadable(path: Path, exc: OSError) -> PolicyDataError:
    return PolicyDataError(f"{path}：无法读取文件（{reading_reason(exc)}）。请检查文件是否存在、是否有读取权限。")


def _not_regular(path: Path) -> PolicyDataError:
    return PolicyDataError(f"{path}：不是普通文件（是设备、管道或套接字），无法导入。请选择保存在磁盘上的政策文件。")


def _too_big(path: Path, size: int) -> PolicyDataError:
    return PolicyDataError(f"{path}：文件有{size / 2**20:.1f} MB，超过导入上限{MAX_IMPORT_BYTES // 2**20} MB，未读取。"
                           "政策文件通常不到1 MB，请确认选对了文件。")


def import_files(paths: list[Path], *, district: str | None, title: str | None, dry_run: bool,
                 data_dir: Path | None = None, progress: Progress | None = None, replacing: str | None = None) -> ImportOutcome:
    """Parse `paths`; unless `dry_run`, store the new ones and rebuild `data_dir` (default: the app's).
    A file whose bytes were imported before is reported "already_imported" and causes no rebuild.
    `replacing`: the id of the document a revised file replaces; the maintainer's corrections of its
    measures whose text is unchanged go to the new ones before the build (index/corrections_local.py)."""
    results, accepted = [], []
    for path in paths:
        doc_id, sha, doc = read_document(path, district, title)
        record = document_record(doc_id, str(path), sha, doc)
        record.update(format=doc.source_format, reader=doc.reader)
        warnings = record.pop("warnings")
        result = {"document": record, "measures": measure_records(doc_id, doc), "warnings": warnings,
                  "status": "dry_run"}
        results.append(result)
        if not dry_run:
            if not doc.measures:
                raise PolicyDataError(f"{path}：没有识别出任何措施，未导入。请先用 --dry-run 查看原因。")
            if doc.district is None:
                raise PolicyDataError(f"{path}：无法判断适用地区，未导入。请加 --district（如 --district 朝阳区）。")
            accepted.append((path, doc_id, sha, doc, result))
    if dry_run:
        return ImportOutcome(results, None)
    folder = imports_dir()
    with _catalog_lock(folder, "保存导入的文件"):
        items = _load_items(folder)
        known = {item.get("id"): item for item in items}
        before = _snapshot(folder)
        added: list[Path] = []
        try:
            for path, doc_id, sha, doc, result in accepted:
                item = known.get(doc_id)
                if item is not None and is_inside(folder, item.get("file")) and (folder / item["file"]).is_file():
                    result["status"] = "already_imported"
                    result["already_imported"] = {"id": doc_id, "title": import_label(item)}
                    continue
                if item is None:
                    item = _new_item(path, doc_id, doc, title)
                    items.append(item)
                    known[doc_id] = item
                else:  # listed, but its copy is gone: this import brings it back
                    item["file"] = _new_item(path, doc_id, doc, title)["file"]
                _save_copy(path, sha, folder / item["file"])
                added.append(folder / item["file"])
                result["status"] = "imported"
                if replacing and known.get(replacing) is not None:
                    result["document_corrections_carried"] = _carry_document_correction(folder, known[replacing], item, doc)
            if not added:
                return ImportOutcome(results, None)
            _write_items(folder, items, "保存导入的文件")
            if replacing:
                from index.corrections_local import carry_over

                for _path, doc_id, _sha, _doc, result in accepted:
                    result["corrections_carried"] = carry_over(replacing, doc_id, result["measures"])
            built = build(data_dir or default_data_dir(), progress=progress)
        except BaseException:
            _restore(folder, before, added)
            raise
    return ImportOutcome(results, built)


def list_imports(warnings: list[str] | None = None) -> list[ImportedDocument]:
    """The documents imported on this machine, in import order; entries that cannot be used are left
    out, saying why in `warnings` (as builds skip them)."""
    folder = imports_dir()
    refuse_linked_out(folder, "导入文件夹")
    path = folder / CATALOG_NAME
    return [_describe(folder, item) for item in read_imports_catalog(path, warnings)] if path.is_file() else []


def remove_import(doc_id: str, data_dir: Path | None = None, progress: Progress | None = None) -> RemoveOutcome:
    """Un-import `doc_id` and rebuild `data_dir` (default: the app's). The copy is deleted only once the
    build has succeeded; if it fails, the catalogue is as it was."""
    folder = imports_dir()
    with _catalog_lock(folder, "移除导入的文件"):
        items = _load_items(folder)
        found = [item for item in items if item.get("id") == doc_id]
        if not found:
            listed = "、".join(shown(str(item.get("id"))) for item in items[:50])
            raise PolicyDataError(f"没有编号为 {shown(doc_id)} 的导入文件。" + (f"已导入的有：{listed}。" if listed else "本机还没有导入过文件。"))
        removed = _describe(folder, found[0])
        before = _snapshot(folder)
        try:
            _write_items(folder, [item for item in items if item.get("id") != doc_id], "移除导入的文件")
            built = build(data_dir or default_data_dir(), progress=progress)
        except BaseException:
            _restore(folder, before, [])
            raise
        if removed.present:  # never a file outside the imports folder, whatever the catalogue said
            try:
                removed.file.unlink()
            except OSError:
                pass  # no longer listed, so no build reads it; the next import of the same bytes overwrites it
    return RemoveOutcome(removed, built)


DOCUMENT_FIELDS = ("title", "published", "valid_until", "status", "superseded_by")  # as index.catalog.CORRECTED_FIELDS
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def correct_import(doc_id: str, fields: dict[str, str], why: str, data_dir: Path | None = None,
                   progress: Progress | None = None) -> BuildResult:
    """The maintainer corrects a document's title, date (published), validity or status (已废止 / 已被《…》取代)
    with a why: an imported one's in its catalogue entry, one of the library's (the bundled plans) in
    LIBRARY_CORRECTIONS beside the imports; read at every build and carried in packs. Rebuilds `data_dir`;
    if the build fails, the corrections are as they were."""
    fields = {k: str(v).strip() for k, v in fields.items() if k in DOCUMENT_FIELDS and v is not None and str(v).strip()}
    if not why.strip():
        raise PolicyDataError("请写明为什么更正（why），它随数据包发给各工作站。")
    if not fields:
        raise PolicyDataError("没有要更正的内容：请给出标题、日期、有效期或状态中的至少一项。")
    bad = [fields[k] for k in ("published", "valid_until") if k in fields and not _DAY.match(fields[k])]
    if bad:
        raise PolicyDataError(f"日期要写成 2026-06-30 这样：{'、'.join(bad)}。")
    folder = imports_dir()
    with _catalog_lock(folder, "保存更正"):
        items = _load_items(folder)
        found = [item for item in items if item.get("id") == doc_id]
        if not found:
            if doc_id in _library_ids(data_dir or default_data_dir()):  # a document of the library in use
                return _correct_library_document(folder, doc_id, fields, why, data_dir, progress)
            raise PolicyDataError(f"没有编号为 {shown(doc_id)} 的文件。")
        before = _snapshot(folder)
        found[0].update({k: _clean(v) for k, v in fields.items()}, correction_why=_clean(why.strip()))
        try:
            _write_items(folder, items, "保存更正")
            return build(data_dir or default_data_dir(), progress=progress)
        except BaseException:
            _restore(folder, before, [])
            raise


def _library_ids(data_dir: Path) -> set[str]:
    """The ids of the library the data in `data_dir` was built from (a data pack's, else resources/)."""
    from index.store import active_store, store_library

    current = active_store(data_dir) if data_dir.is_dir() else None
    library = store_library(current) if current is not None else None
    try:
        return {e.id for e in load_catalog(library)}
    except PolicyDataError:
        return {e.id for e in load_catalog()}


def _read_fields(doc: ParsedDocument) -> dict[str, str | None]:
    return {"title": doc.title, "published": doc.published, "valid_until": doc.valid_until, "status": doc.status}


def _carry_document_correction(folder: Path, old: dict, new: dict, new_doc: ParsedDocument) -> list[str]:
    """A revised file replaces the imported document `old`: each field the maintainer corrected there (title,
    date, validity, status) goes to `new` when the revised file reads as the old one did for it (its
    title, its date … unchanged), with the why; the fields carried. An old copy that cannot be read: none."""
    corrected = [k for k in DOCUMENT_FIELDS if isinstance(old.get(k), str) and old[k]]
    if not corrected or not old.get("correction_why") or not is_inside(folder, old.get("file")):
        return []
    try:
        old_doc = parse_source(read_source(folder / old["file"]), district=old.get("district"))
    except (PolicyDataError, OSError, ValueError):
        return []
    before, now = _read_fields(old_doc), _read_fields(new_doc)
    carried = [k for k in corrected if before[k] == now[k]]
    for key in carried:
        new[key] = old[key]
    if carried:
        new["correction_why"] = old["correction_why"]
    return carried


def _correct_library_document(folder: Path, doc_id: str, fields: dict[str, str], why: str, data_dir: Path | None,
                              progress: Progress | None) -> BuildResult:
    """correct_import for a document of the library (its files are the program's, never written): the
    correction goes to LIBRARY_CORRECTIONS, over an earlier one of the same fields. The caller holds the lock."""
    path = folder / LIBRARY_CORRECTIONS
    before = path.read_bytes() if path.is_file() else None
    try:
        doc = tomlkit.parse(before.decode("utf-8")) if before else tomlkit.document()
    except (UnicodeDecodeError, tomlkit.exceptions.ParseError) as exc:
        raise PolicyDataError(f"{path}：对程序自带文件的更正记录无法读取（{exc.__class__.__name__}）。"
                              "请把这个文件改名后重新更正。") from exc
    if not before:
        doc.add(tomlkit.comment("本机数据维护人员对程序自带文件的更正（由程序写入）：每份写明 why（为什么更正）。"))
    documents = doc.setdefault("document", tomlkit.table(is_super_table=True))
    entry = documents.get(doc_id) or tomlkit.table()
    for key, value in fields.items():
        entry[key] = _clean(value)
    entry["why"] = _clean(why.strip())
    documents[doc_id] = entry
    try:
        _atomic_write(path, tomlkit.dumps(doc).encode("utf-8"), folder, "保存更正")
        return build(data_dir or default_data_dir(), progress=progress)
    except BaseException:
        _put_back(path, before, folder, "恢复更正记录")
        raise


# -- the catalogue file ------------------------------------------------------------------------------------

@contextmanager
def _catalog_lock(folder: Path, doing: str) -> Iterator[None]:
    """One import or removal at a time per machine: each reads, changes and writes the whole catalogue.
    Never through a link out of the app-data folder."""
    refuse_linked_out(folder, "导入文件夹")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(folder / _LOCK_NAME)
        lock.acquire()
    except OSError as exc:
        raise storage_error(exc, folder, doing) from exc
    try:
        yield
    finally:
        lock.release()


def _load_items(folder: Path) -> list[dict]:
    path = folder / CATALOG_NAME
    if not path.is_file():
        return []
    items = read_catalog_file(path)  # the whole file, or refused: a catalogue is rewritten whole from this
    # catalogues written before these fields kept the original name in a comment: carry it over
    old_names = _commented_names(path.read_text(encoding="utf-8"))
    for item in items:
        if "original_name" not in item and item.get("id") in old_names:
            item["original_name"] = old_names[item["id"]]
    return items


def _commented_names(text: str) -> dict[str, str]:
    names = {}
    for block in text.split("[[document]]")[1:]:
        doc_id = re.search(r'^id = "([^"\n]*)"$', block, re.M)
        name = re.search(r"^# imported from (.*)$", block, re.M)
        if doc_id and name:
            names[doc_id.group(1)] = name.group(1)
    return names


def _new_item(path: Path, doc_id: str, doc: ParsedDocument, title: str | None) -> dict:
    suffix = path.suffix.lower() if _SUFFIX.fullmatch(path.suffix) else ".txt"
    item = {"id": doc_id, "file": f"{doc_id}{suffix}", "district": doc.district, "measures": len(doc.measures)}
    if title:
        item["title"] = _clean(title)  # read back by the build as the document's title
    if doc.title:
        item["document_title"] = _clean(doc.title)
    item["original_name"] = _clean(path.name)
    item["imported_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    return item


def _clean(text: str) -> str:
    """A string UTF-8 can hold: a file name with undecodable bytes arrives with lone surrogates."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _write_items(folder: Path, items: list[dict], doing: str) -> None:
    text = _HEADER + tomlkit.dumps({"document": items})
    _atomic_write(folder / CATALOG_NAME, text.encode("utf-8"), folder, doing)


def _save_copy(path: Path, sha: str, target: Path) -> None:
    data = _read_bytes(path)
    if hashlib.sha256(data).hexdigest() != sha:
        raise PolicyDataError(f"{path}：文件在导入过程中被改动了，未导入。请确认文件已保存好后重试。")
    _atomic_write(target, data, target.parent, "保存导入的文件")


def _atomic_write(target: Path, data: bytes, folder: Path, doing: str) -> None:
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise storage_error(exc, folder, doing) from exc


def _snapshot(folder: Path) -> bytes | None:
    path = folder / CATALOG_NAME
    return path.read_bytes() if path.is_file() else None


def _put_back(path: Path, before: bytes | None, folder: Path, action: str) -> None:
    """A file as it was before a change whose build failed: its bytes, or none (best effort: the failure
    itself is raised by the caller)."""
    try:
        if before is None:
            path.unlink(missing_ok=True)
        else:
            _atomic_write(path, before, folder, action)
    except (OSError, PolicyDataError):
        pass


def _restore(folder: Path, catalogue: bytes | None, copies: list[Path]) -> None:
    """Take back an import or removal whose build failed (best effort: the failure itself is raised)."""
    _put_back(folder / CATALOG_NAME, catalogue, folder, "恢复导入目录")
    for copy in copies:
        try:
            copy.unlink(missing_ok=True)
        except OSError:
            pass


def _describe(folder: Path, item: dict) -> ImportedDocument:
    name = item.get("file")
    file = folder / name if isinstance(name, str) else folder / str(item.get("id"))
    present = is_inside(folder, name) and file.is_file()
    imported_at = item.get("imported_at")
    if imported_at is None and present:
        imported_at = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(file.stat().st_mtime))
    measures = item.get("measures")
    return ImportedDocument(
        id=str(item.get("id")), title=import_label(item), district=item.get("district"),
        measures=measures if isinstance(measures, int) else None, imported_at=imported_at,
        original_name=item.get("original_name"), file=file, present=present,
    )
