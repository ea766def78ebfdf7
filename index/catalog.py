"""The list of policy documents the build reads (resources/documents.toml)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from index.errors import PolicyDataError
from index.paths import resources_dir


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    file: Path
    district: str | None
    expected_measures: int | None
    corrections: Path | None
    relative_file: str  # as written in the catalog, for source_file

    @property
    def source_file(self) -> str:
        return f"resources/{self.relative_file}"


def load_catalog(root: Path | None = None) -> list[CatalogEntry]:
    root = root or resources_dir()
    path = root / "documents.toml"
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
                )
            )
        except KeyError as exc:
            raise PolicyDataError(f"{path}：[[document]] 缺少字段 {exc}：{item!r}") from exc
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise PolicyDataError(f"{path}：文件 id 重复：{ids}")
    return entries
