"""The maintainer's own corrections of what the app says about a measure — an imported one or one of the
library's (the bundled plans) — its kind, whom it is for, its deadline — kept as reviewed overrides of that
document, each with a why, in `<app data>/imports/measure_overrides.toml` (the same vocabulary as
resources/measure_overrides.toml; over a library measure's own reviewed override, field by field).

They are applied at every build (merged over the library's overrides by index.facts.taxonomy), carried
in data packs (index.packs.library merges them into the pack's measure_overrides.toml), and kept across a
re-import of a revised file for the measures whose text is unchanged (`carry_over`, by the text's
SHA-256 recorded with each correction).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import tomlkit

from index.catalog import imports_dir
from index.errors import PolicyDataError, storage_error
from index.facts.kinds import KIND_LABELS
from index.facts.taxonomy import ENTITY_TYPES, SIZES

FILE = "measure_overrides.toml"
HEADER = ("# 本机数据维护人员对导入文件的逐条更正（由程序写入）：每条写明 why（为什么更正）；\n"
          "# text_sha256 是更正时该条原文的校验和，换成修订版文件时原文没变的条目自动沿用。\n")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KINDS = tuple(KIND_LABELS)  # benefit, right, duty, obligation, general


def path() -> Path:
    return imports_dir() / FILE


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(where: Path | None = None) -> dict[str, dict]:
    """measure id → its correction (plain dicts); {} when there is none or the file cannot be read."""
    target = where or path()
    if not target.is_file():
        return {}
    try:
        data = tomlkit.parse(target.read_text(encoding="utf-8")).unwrap()
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.ParseError) as exc:
        raise PolicyDataError(f"{target}：本机更正记录无法读取（{exc.__class__.__name__}）。"
                              "请把这个文件交给技术人员，或改名后重新更正。") from exc
    measures = data.get("measure", {})
    return {k: v for k, v in measures.items() if isinstance(v, dict) and str(v.get("why", "")).strip()}


def check(changes: dict) -> list[str]:
    """What is wrong with a correction, in words (empty when it can be saved)."""
    problems = []
    if not str(changes.get("why", "")).strip():
        problems.append("请写明为什么更正（why），它随数据包发给各工作站。")
    if changes.get("kind") and changes["kind"] not in KINDS:
        problems.append(f"性质只能是：{'、'.join(KIND_LABELS.values())}。")
    for key, allowed in (("entity_types", ENTITY_TYPES), ("sizes", SIZES)):
        bad = [v for v in changes.get(key) or [] if v not in allowed]
        if bad:
            problems.append(f"不认识的{'主体' if key == 'entity_types' else '规模'}：{'、'.join(bad)}。可选：{'、'.join(allowed)}。")
    bad_dates = [d for d in changes.get("deadlines") or [] if not _DATE.match(str(d))]
    if bad_dates:
        problems.append(f"期限要写成 2026-06-30 这样的日期：{'、'.join(map(str, bad_dates))}。")
    return problems


def save(measure_id: str, text: str, changes: dict) -> Path:
    """Record (or replace) the correction of one imported measure; written whole and swapped in."""
    problems = check(changes)
    if problems:
        raise PolicyDataError("".join(problems))
    target = path()
    doc = tomlkit.parse(target.read_text(encoding="utf-8")) if target.is_file() else tomlkit.document()
    if not target.is_file():
        doc.add(tomlkit.comment(HEADER.strip().replace("# ", "", 1)))
    measures = doc.setdefault("measure", tomlkit.table(is_super_table=True))
    entry = tomlkit.table()
    entry["why"] = str(changes["why"]).strip()
    entry["text_sha256"] = text_sha(text)
    if changes.get("kind"):
        entry["kind"] = changes["kind"]
    who = {k: list(changes[k]) for k in ("entity_types", "sizes") if changes.get(k) is not None}
    if who:
        entry["beneficiaries"] = who
    if changes.get("deadlines"):
        entry["deadlines"] = list(changes["deadlines"])
    if "kind" in entry:
        entry["kind_basis"] = f"维护人员更正：{entry['why']}"
    measures[measure_id] = entry
    _write(target, tomlkit.dumps(doc))
    return target


def carry_over(old_doc_id: str, new_doc_id: str, new_measures: list[dict]) -> int:
    """A revised file replaces `old_doc_id`: each correction of it whose measure text reappears unchanged
    in the new file goes with that text to the new measure; the others stay with the old id (unused).
    Returns how many were carried."""
    target = path()
    if not target.is_file():
        return 0
    doc = tomlkit.parse(target.read_text(encoding="utf-8"))
    measures = doc.get("measure")
    if measures is None:
        return 0
    by_sha = {text_sha(m.get("text") or ""): m["number"] for m in new_measures}
    carried = 0
    for measure_id in [k for k in list(measures.keys()) if k.startswith(f"{old_doc_id}/")]:
        number = by_sha.get(str(measures[measure_id].get("text_sha256", "")))
        new_id = f"{new_doc_id}/{number}"
        if number is not None and new_id not in measures:
            measures[new_id] = dict(measures[measure_id].unwrap())
            carried += 1
    if carried:
        _write(target, tomlkit.dumps(doc))
    return carried


def merged_into(library_overrides: bytes | None) -> bytes | None:
    """The library's measure_overrides.toml with this machine's corrections added (for a data pack);
    unchanged when there are none."""
    local = path()
    if not local.is_file():
        return library_overrides
    doc = tomlkit.parse(library_overrides.decode("utf-8")) if library_overrides else tomlkit.document()
    measures = doc.setdefault("measure", tomlkit.table(is_super_table=True))
    for measure_id, entry in tomlkit.parse(local.read_text(encoding="utf-8")).get("measure", {}).items():
        if measure_id in measures:  # a library measure's reviewed override: the correction goes over it, field by field
            for key, value in entry.items():
                measures[measure_id][key] = value
        else:
            measures[measure_id] = entry
    return tomlkit.dumps(doc).encode("utf-8")


def _write(target: Path, text: str) -> None:
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, target.parent, "保存更正") from exc
