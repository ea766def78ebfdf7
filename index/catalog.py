"""The list of policy documents the build reads (resources/documents.toml)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from index.errors import PolicyDataError
from index.paths import app_data_dir, library_dir, resources_dir


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


def load_catalog(root: Path | None = None, *, root_is_resources: bool = True) -> list[CatalogEntry]:
    """The catalogue of `root` (the library in use by default); a missing user-imports catalogue is empty."""
    root = root or library_dir()
    in_resources = root_is_resources and root.resolve() == resources_dir().resolve()
    path = root / "documents.toml"
    if not root_is_resources and not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyDataError(f"{path}：找不到文件目录（{exc.strerror}）。") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyDataError(f"{path}：格式错误（{exc}）。") from exc
    entries = []
    for item in data.get("document", []):
        try:
            corrections = item.get("corrections")
            entries.append(
                CatalogEntry(
                    id=item["id"],
                    file=root / item["file"],
                    district=item.get("district"),
                    expected_measures=item.get("measures"),
                    corrections=root / corrections if corrections else None,
                    relative_file=item["file"],
                    source_file=f"resources/{item['file']}" if in_resources else str(root / item["file"]),
                    title=item.get("title"),
                )
            )
        except KeyError as exc:
            raise PolicyDataError(f"{path}：[[document]] 缺少字段 {exc}：{item!r}") from exc
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise PolicyDataError(f"{path}：文件 id 重复：{ids}")
    return entries


def imports_dir() -> Path:
    """Documents a maintainer imported on this machine (copies, never the install folder)."""
    return app_data_dir() / "imports"


def load_all(resources: Path | None = None) -> list[CatalogEntry]:
    """The library's documents, then this machine's imports (those a data pack already carries, with
    the same id and so the same bytes, once)."""
    entries = load_catalog(resources)
    known = {e.id for e in entries}
    imported = [e for e in load_catalog(imports_dir(), root_is_resources=False)
                if not (e.id.startswith("import-") and e.id in known)]
    clash = [e.id for e in imported if e.id in known]
    if clash:
        raise PolicyDataError(f"{imports_dir() / 'documents.toml'}：导入文件的 id 与内置文件重复：{clash}")
    return entries + imported
