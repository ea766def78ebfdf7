"""The files of a library as a pack carries them: every document of the library in use and of this
machine's imports (byte-identical), their corrections, the maintainer's tables, and a documents.toml
that lists them all, so that the unpacked library builds exactly like resources/ does."""
from __future__ import annotations

import json
from pathlib import Path

from index.catalog import load_all
from index.paths import LIBRARY_PARTS, library_dir
from index.source.textio import read_bytes

# the maintainer's tables (documents.toml is written anew, documents and corrections follow the catalogue)
TABLES = tuple(part for part in LIBRARY_PARTS if part not in ("documents.toml", "documents", "corrections"))
IMPORTED = "documents/imported"


def _toml(value: object) -> str:
    # a JSON string or integer is a valid TOML basic string or integer (JSON's escapes are a subset)
    return json.dumps(value, ensure_ascii=False)


def library_files(resources: Path | None = None) -> tuple[list[tuple[str, bytes]], list[dict]]:
    """([(library-relative name, bytes)], [document entry]) of the library in use plus the imports."""
    root = resources or library_dir()
    files: dict[str, bytes] = {}
    documents: list[dict] = []
    lines = ["# 数据包里的政策文件目录（由 pack create 生成）", ""]
    for entry in load_all(root):
        inside = entry.file.resolve().is_relative_to(root.resolve())
        name = entry.file.resolve().relative_to(root.resolve()).as_posix() if inside else f"{IMPORTED}/{entry.file.name}"
        files[name] = read_bytes(entry.file)
        doc = {"id": entry.id, "file": name, "district": entry.district, "title": entry.title,
               "measures": entry.expected_measures, "imported": not inside}
        lines += ["[[document]]", f"id = {_toml(entry.id)}", f"file = {_toml(name)}"]
        if entry.district:
            lines.append(f"district = {_toml(entry.district)}")
        if entry.expected_measures is not None:
            lines.append(f"measures = {entry.expected_measures}")
        if entry.title:
            lines.append(f"title = {_toml(entry.title)}")
        for key in ("status", "superseded_by", "published", "valid_until", "correction_why"):  # the maintainer's corrections, and why
            if getattr(entry, key, None):
                lines.append(f"{key} = {_toml(getattr(entry, key))}")
        if entry.corrections:
            corrections = f"corrections/{entry.corrections.name}"
            files[corrections] = read_bytes(entry.corrections)
            lines.append(f"corrections = {_toml(corrections)}")
            doc["corrections"] = corrections
        lines.append("")
        documents.append(doc)
    files["documents.toml"] = "\n".join(lines).encode("utf-8")
    for table in TABLES:
        if (root / table).is_file():
            files[table] = read_bytes(root / table)
    # this machine's corrections of its imported measures travel with them (index/corrections_local.py)
    from index.corrections_local import merged_into

    overrides = merged_into(files.get("measure_overrides.toml"))
    if overrides is not None:
        files["measure_overrides.toml"] = overrides
    return sorted(files.items()), documents
