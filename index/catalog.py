"""The list of policy documents the build reads (resources/documents.toml)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from index.boundedread import NotRegularFile, read_regular
from index.errors import PolicyDataError, reading_reason
from index.inputs import shown
from index.paths import app_data_dir, library_dir, linked_out, resources_dir
from index.vocab import PLACES


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    file: Path
    district: str | None
    expected_measures: int | None
    corrections: Path | None
    relative_file: str  # as written in the catalog
    source_file: str  # what a measure points back to: "resources/…", or the imported copy's path
    title: str | None = None  # a title given at import, when the text has none
    status: str | None = None  # set by the maintainer: 已废止, or 已被《…》2025年修订版取代 (index/facts/deadlines.py)
    superseded_by: str | None = None  # … with the id of the revision that replaced it
    published: str | None = None  # the maintainer's correction of the document's date (YYYY-MM-DD)
    valid_until: str | None = None  # … and of its validity
    correction_why: str | None = None  # why the maintainer corrected them (the basis the app then shows)


CATALOG_NAME = "documents.toml"
_DOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


MAX_CATALOG_BYTES = 16 * 2**20  # thousands of entries; a bigger catalogue is not one the program wrote


def read_catalog_file(path: Path) -> list[dict]:
    """The [[document]] tables of a catalogue file, or a PolicyDataError that names it."""
    return _documents(_parse(_catalog_text(path), path), path)


def _catalog_text(path: Path) -> str:
    try:
        data = read_regular(path, MAX_CATALOG_BYTES)
    except NotRegularFile:
        raise PolicyDataError(f"{path}：文件目录不是普通文件。请由维护人员修正。") from None
    except OSError as exc:
        raise PolicyDataError(f"{path}：无法读取文件目录（{reading_reason(exc)}）。") from exc
    if len(data) > MAX_CATALOG_BYTES:
        raise PolicyDataError(f"{path}：文件目录超过 {MAX_CATALOG_BYTES // 2**20} MB，不是本程序写的目录。请由维护人员修正这个文件。")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyDataError(f"{path}：文件目录不是 UTF-8 编码，请另存为 UTF-8。") from exc


def _parse(text: str, path: Path) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyDataError(f"{path}：文件目录格式错误（{exc}）。请由维护人员修正这个文件。") from exc
    except RecursionError as exc:
        raise PolicyDataError(f"{path}：文件目录中有嵌套过深的值，格式错误。请由维护人员修正这个文件。") from exc


def _documents(data: dict, path: Path) -> list[dict]:
    documents = data.get("document", [])
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise PolicyDataError(f"{path}：格式错误（document 应为 [[document]] 表）。请由维护人员修正这个文件。")
    return documents


_BLOCK = re.compile(r"^\[\[document\]\][ \t]*$", re.M)


def read_imports_catalog(path: Path, warnings: list[str] | None) -> list[dict]:
    """The usable entries of this machine's imports catalogue, which any program of the machine could
    have written: if the file does not parse as a whole, each [[document]] block (as the program
    writes them) is read on its own; a block that cannot be read, or an entry with a field of the wrong
    kind (an id that is not text, a district not in the vocabulary), is skipped, saying why in
    `warnings`. Only a file that cannot be read at all raises."""
    text = _catalog_text(path)
    try:
        items = _documents(_parse(text, path), path)
    except PolicyDataError:
        items = []
        starts = [m.start() for m in _BLOCK.finditer(text)]
        for n, (start, end) in enumerate(zip(starts, starts[1:] + [len(text)]), 1):
            try:
                items += _documents(_parse(text[start:end], path), path)
            except PolicyDataError:
                if warnings is not None:
                    warnings.append(f"{path}：第{n}个导入条目无法读取（格式错误或嵌套过深），已跳过。")
    usable = []
    for item in items:
        problem = entry_problem(item)
        if problem:
            if warnings is not None:
                warnings.append(f"{path}：{problem}，已跳过。")
            continue
        usable.append(item)
    return usable


def load_catalog(root: Path | None = None, *, root_is_resources: bool = True,
                 warnings: list[str] | None = None) -> list[CatalogEntry]:
    """The catalogue of `root` (the library in use by default); a missing user-imports catalogue is empty.

    In the user-imports catalogue, which any program on the machine could have written, an entry whose
    file lies outside the imports folder, whose copy is gone, or whose fields are not usable is skipped;
    why goes to `warnings`. In a library's catalogue (resources/, a data pack's) such an entry is an
    error: the files it names must lie inside the library, links resolved."""
    root = root or library_dir()
    in_resources = root_is_resources and root.resolve() == resources_dir().resolve()
    path = root / CATALOG_NAME
    if not root_is_resources:
        if linked_out(root) is not None:
            if warnings is not None:
                warnings.append(f"{root}：导入文件夹是指向程序数据文件夹以外（{linked_out(root)}）的链接，本次构建不读取其中的文件。"
                                "请删除这个链接。")
            return []
        if not path.is_file():
            return []
        items = read_imports_catalog(path, warnings)
    else:
        items = read_catalog_file(path)
    entries = []
    for item in items:
        try:
            if not root_is_resources:
                skipped = _unusable_import(root, item)
                if skipped:
                    if warnings is not None:
                        warnings.append(skipped)
                    continue
            elif not in_resources:
                _check_library_entry(root, item, path)
            corrections = item.get("corrections")
            file = root / item["file"]
            entries.append(
                CatalogEntry(
                    id=item["id"],
                    file=file,
                    district=item.get("district"),
                    expected_measures=item.get("measures"),
                    corrections=root / corrections if corrections else None,
                    relative_file=item["file"],
                    source_file=f"resources/{item['file']}" if in_resources else str(file),
                    title=item.get("title"),
                    status=item.get("status"),
                    superseded_by=item.get("superseded_by") if isinstance(item.get("superseded_by"), str) else None,
                    published=item.get("published") if isinstance(item.get("published"), str) else None,
                    valid_until=item.get("valid_until") if isinstance(item.get("valid_until"), str) else None,
                    correction_why=item.get("correction_why") if isinstance(item.get("correction_why"), str) else None,
                )
            )
        except (KeyError, TypeError) as exc:
            raise PolicyDataError(f"{path}：[[document]] 缺少字段或字段有误 {exc}：{shown(repr(item), 200)}") from exc
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise PolicyDataError(f"{path}：文件 id 重复：{ids}")
    return entries


def _check_library_entry(root: Path, item: dict, path: Path) -> None:
    """A library's entry (a data pack's) usable, naming files inside the library (no absolute path, no
    `..`, no link out of it)."""
    problem = entry_problem(item)
    if problem:
        raise PolicyDataError(f"{path}：{problem}。")
    for field in ("file", "corrections"):
        name = item.get(field)
        if name is not None and not is_within(root, name):
            raise PolicyDataError(f"{path}：文件“{shown(str(name), 80)}”不在文件库（{root}）之内（绝对路径、.. 或链接），已拒绝。")


def is_within(root: Path, name: object) -> bool:
    """`name` is a relative path naming something inside `root`, symbolic links resolved."""
    if not isinstance(name, str) or not name or Path(name).is_absolute() or "\0" in name:
        return False
    try:
        return (root / name).resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def entry_problem(item: dict) -> str | None:
    """What is wrong with one [[document]] of a catalogue (a pack's, the imports'), or None."""
    doc_id = item.get("id")
    if not isinstance(doc_id, str) or not _DOC_ID.fullmatch(doc_id):
        return f"条目的 id“{_value(doc_id)}”应为由字母、数字、- _ . 组成的文字"
    if not isinstance(item.get("file"), str):
        return f"条目“{doc_id}”的 file 应为文件名"
    for field in ("title", "document_title", "original_name", "corrections", "imported_at"):
        value = item.get(field)
        if value is not None and (not isinstance(value, str) or len(value) > 1000):
            return f"条目“{doc_id}”的 {field} 应为不超过1000字的文字"
    district = item.get("district")
    if district is not None and (not isinstance(district, str) or district not in PLACES):
        return f"条目“{doc_id}”的地区“{_value(district)}”不是北京市或其下的区（可用：{'、'.join(PLACES)}）"
    measures = item.get("measures")
    if measures is not None and not (is_int(measures) and 0 <= measures <= 100_000):
        return f"条目“{doc_id}”的 measures 应为整数"
    return None


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_KINDS = {bool: "true/false", int: "数字", float: "数字", list: "列表", dict: "表"}


def _value(value: object) -> str:
    if isinstance(value, str):
        return shown(value)
    return "（空）" if value is None else f"（{_KINDS.get(type(value), '其他')}）"


def import_label(item: dict) -> str:
    """How an imported document is named to a person: its title, else the name it was imported from."""
    return item.get("title") or item.get("document_title") or item.get("original_name") or item["id"]


def _unusable_import(root: Path, item: dict) -> str | None:
    """Why an imports-catalogue entry must not be read, or None."""
    name, corrections = item["file"], item.get("corrections")
    if not is_inside(root, name) or (corrections is not None and not is_inside(root, corrections)):
        return f"{root / CATALOG_NAME}：导入条目 {item['id']} 的文件 {name} 不在导入文件夹内，已跳过。"
    if not (root / name).is_file():
        return f"导入的文件“{import_label(item)}”（{item['id']}）的副本 {name} 已不存在，本次构建跳过。"
    return None


def is_inside(root: Path, name: object) -> bool:
    """`name` is a file directly in `root`, symbolic links resolved (no absolute paths, no `..`)."""
    if not isinstance(name, str):
        return False
    try:
        return (root / name).resolve().parent == root.resolve()
    except (OSError, ValueError):
        return False


def imports_dir() -> Path:
    """Documents a maintainer imported on this machine (copies, never the install folder)."""
    return app_data_dir() / "imports"


# the maintainer's corrections of the library's own documents (the bundled plans, a pack's), beside the imports:
# [document."chaoyang-2022"] title / published / valid_until / status, with why; read at every build, carried in packs
LIBRARY_CORRECTIONS = "library_corrections.toml"
CORRECTED_FIELDS = ("title", "published", "valid_until", "status", "superseded_by")


def library_corrections(warnings: list[str] | None = None) -> dict[str, dict[str, str]]:
    """document id → {field: value, "why": …} of this machine's corrections of library documents; {} when
    there are none, or (saying why in `warnings`) when the file cannot be read."""
    path = imports_dir() / LIBRARY_CORRECTIONS
    if not path.is_file() or linked_out(imports_dir()) is not None:
        return {}
    try:
        data = _parse(_catalog_text(path), path)
    except PolicyDataError as exc:
        if warnings is not None:
            warnings.append(f"{exc} 本次构建不使用对程序自带文件的更正。")
        return {}
    out = {}
    for doc_id, item in (data.get("document") or {}).items() if isinstance(data.get("document"), dict) else []:
        if not isinstance(item, dict) or not isinstance(item.get("why"), str) or not item["why"].strip():
            continue
        fields = {k: item[k] for k in CORRECTED_FIELDS if isinstance(item.get(k), str) and item[k].strip()}
        if fields:
            out[str(doc_id)] = {**fields, "why": item["why"]}
    return out


def _corrected(entry: CatalogEntry, correction: dict[str, str] | None) -> CatalogEntry:
    if not correction:
        return entry
    return replace(entry, **{k: v for k, v in correction.items() if k in CORRECTED_FIELDS}, correction_why=correction["why"])


def load_all(resources: Path | None = None, warnings: list[str] | None = None) -> list[CatalogEntry]:
    """The library's documents, with this machine's corrections of them (LIBRARY_CORRECTIONS), then this
    machine's imports (those that cannot be read are skipped, saying why in `warnings`; those a data pack
    already carries, with the same id and so the same bytes, once)."""
    corrections = library_corrections(warnings)
    entries = [_corrected(e, corrections.get(e.id)) for e in load_catalog(resources)]
    known = {e.id for e in entries}
    imported = [e for e in load_catalog(imports_dir(), root_is_resources=False, warnings=warnings)
                if not (e.id.startswith("import-") and e.id in known)]
    clash = [e.id for e in imported if e.id in known]
    if clash:
        raise PolicyDataError(f"{imports_dir() / CATALOG_NAME}：导入文件的 id 与内置文件重复：{clash}")
    return entries + imported
