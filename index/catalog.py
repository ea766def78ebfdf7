"""The list of policy documents the build reads (resources/documents.toml)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from index.errors import PolicyDataError
from index.paths import app_data_dir, library_dir, resources_dir
from index.source.textio import read_toml


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


CATALOG_NAME = "documents.toml"


def read_catalog_file(path: Path) -> list[dict]:
    """The [[document]] tables of a catalogue file, or a PolicyDataError that names it."""
    data = read_toml(path, "文件目录", "请由维护人员修正这个文件。")
    documents = data.get("document", [])
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise PolicyDataError(f"{path}：格式错误（document 应为 [[document]] 表）。请由维护人员修正这个文件。")
    return documents


def load_catalog(root: Path | None = None, *, root_is_resources: bool = True,
                 warnings: list[str] | None = None) -> list[CatalogEntry]:
    """The catalogue of `root` (the library in use by default); a missing user-imports catalogue is empty.

    In the user-imports catalogue, which any program on the machine could have written, an entry whose
    file lies outside the imports folder, or whose copy is gone, is skipped; why goes to `warnings`."""
    root = root or library_dir()
    in_resources = root_is_resources and root.resolve() == resources_dir().resolve()
    path = root / CATALOG_NAME
    if not root_is_resources and not path.is_file():
        return []
    entries = []
    for item in read_catalog_file(path):
        try:
            if not root_is_resources:
                skipped = _unusable_import(root, item)
                if skipped:
                    if warnings is not None:
                        warnings.append(skipped)
                    continue
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
                )
            )
        except (KeyError, TypeError) as exc:
            raise PolicyDataError(f"{path}：[[document]] 缺少字段或字段有误 {exc}：{item!r}") from exc
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise PolicyDataError(f"{path}：文件 id 重复：{ids}")
    return entries


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


def load_all(resources: Path | None = None, warnings: list[str] | None = None) -> list[CatalogEntry]:
    """The library's documents, then this machine's imports (those that cannot be read are skipped,
    saying why in `warnings`; those a data pack already carries, with the same id and so the same
    bytes, once)."""
    entries = load_catalog(resources)
    known = {e.id for e in entries}
    imported = [e for e in load_catalog(imports_dir(), root_is_resources=False, warnings=warnings)
                if not (e.id.startswith("import-") and e.id in known)]
    clash = [e.id for e in imported if e.id in known]
    if clash:
        raise PolicyDataError(f"{imports_dir() / CATALOG_NAME}：导入文件的 id 与内置文件重复：{clash}")
    return entries + imported
