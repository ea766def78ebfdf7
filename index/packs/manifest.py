"""The signed manifest of a pack, checked field by field even once its signature is good (a trusted key
can still sign a mistake), and the pack's own catalogue (library/documents.toml), whose paths must stay
inside the pack's library. Every refusal is a PolicyDataError in Chinese; nothing here writes."""
from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path, PurePosixPath

from index.catalog import is_int, entry_problem
from index.errors import PolicyDataError
from index.inputs import shown

FORMAT = "policy-browser-pack"
FORMAT_VERSION = 1
MAX_KEY_ID_SHOWN = 24  # a key id is 16 hex digits; anything longer is cut when echoed
MAX_VERSION_CHARS = 64
MAX_NOTES_CHARS = 4000
_SHA256 = re.compile(r"[0-9a-f]{64}")
CATALOGUE = "documents.toml"


def _refuse(path: Path, what: str) -> PolicyDataError:
    return PolicyDataError(f"{path}：数据包清单有误（{what}），不是本程序能用的数据包，已拒绝，当前数据未改动。"
                           "请向数据维护人员重新索取。")




def check_manifest(body: bytes, path: Path, schema_version: int) -> dict:
    """The manifest of `body` with every field the program reads of the right kind; the format and the
    data schema no newer than this program reads."""
    try:
        manifest = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise _refuse(path, "不是正确的 JSON") from exc
    if not isinstance(manifest, dict):
        raise _refuse(path, "不是 JSON 对象")
    if manifest.get("format") != FORMAT:
        raise PolicyDataError(f"{path}：不是本程序的数据包（格式不符），已拒绝，当前数据未改动。")
    for field in ("format_version", "schema_version"):
        if not is_int(manifest.get(field)):
            raise _refuse(path, f"{field} 应为整数")
    if manifest["format_version"] > FORMAT_VERSION:
        raise PolicyDataError(f"{path}：数据包格式（{manifest['format_version']}）比本程序新，请先升级程序。")
    if manifest["schema_version"] > schema_version:
        raise PolicyDataError(f"{path}：数据包需要更新版本的程序（数据格式 {manifest['schema_version']}，"
                              f"本程序支持 {schema_version}），请先升级程序，当前数据未改动。")
    version = manifest.get("pack_version")
    if not isinstance(version, str) or not version.strip() or len(version) > MAX_VERSION_CHARS:
        raise _refuse(path, f"pack_version 应为不超过{MAX_VERSION_CHARS}个字的文字")
    for field, limit in (("notes", MAX_NOTES_CHARS), ("created_at", 64), ("app_version", 64), ("key_id", 64)):
        value = manifest.get(field)
        if value is not None and (not isinstance(value, str) or len(value) > limit):
            raise _refuse(path, f"{field} 应为不超过{limit}个字的文字")
    if manifest.get("measures") is not None and not is_int(manifest["measures"]):
        raise _refuse(path, "measures 应为整数")
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise _refuse(path, "files 应为文件表")
    for name, entry in files.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and _SHA256.fullmatch(entry["sha256"])
                and is_int(entry.get("size")) and entry["size"] >= 0):
            raise _refuse(path, f"files 中“{shown(name, 80)}”的 sha256 或 size 有误")
    documents = manifest.get("documents")
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise _refuse(path, "documents 应为文件列表")
    for doc in documents:
        if not isinstance(doc.get("id"), str) or not isinstance(doc.get("file"), str):
            raise _refuse(path, "documents 中有缺少 id 或 file 的条目")
        for field in ("district", "title"):
            if doc.get(field) is not None and not isinstance(doc[field], str):
                raise _refuse(path, f"documents 中“{shown(doc['id'])}”的 {field} 应为文字")
        if doc.get("measures") is not None and not is_int(doc["measures"]):
            raise _refuse(path, f"documents 中“{shown(doc['id'])}”的 measures 应为整数")
    return manifest


def _inside(name: object, files: set[str]) -> bool:
    """`name` is a relative path without `..` naming one of the pack's library files."""
    if not isinstance(name, str) or "\\" in name or ":" in name:
        return False
    parts = PurePosixPath(name).parts
    return bool(parts) and not name.startswith("/") and ".." not in parts and name in files


def check_catalogue(data: bytes, files: set[str], path: Path) -> None:
    """The pack's documents.toml names only files of the pack's library (no absolute path, no `..`),
    with ids, districts and titles the program can use."""
    try:
        catalogue = tomllib.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # TOMLDecodeError and UnicodeDecodeError are ValueErrors
        raise PolicyDataError(f"{path}：数据包里的文件目录（documents.toml）格式错误，已拒绝，当前数据未改动。") from exc
    documents = catalogue.get("document", [])
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise PolicyDataError(f"{path}：数据包里的文件目录（documents.toml）格式错误，已拒绝，当前数据未改动。")
    for doc in documents:
        problem = entry_problem(doc)
        if problem:
            raise PolicyDataError(f"{path}：数据包里的文件目录有误：{problem}，已拒绝，当前数据未改动。")
        for field in ("file", "corrections"):
            if field in doc and not _inside(doc[field], files):
                raise PolicyDataError(f"{path}：数据包里的文件目录中，“{shown(doc['id'])}”的 {field} “{shown(str(doc[field]), 80)}”"
                                      "不是数据包里的文件（绝对路径、.. 或不存在），已拒绝，当前数据未改动。")
