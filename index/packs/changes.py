"""What applying a pack would change against the data in use: documents added, removed or replaced
(same id, other bytes), measures added, removed or changed, and for a changed one which fields."""
from __future__ import annotations

from pathlib import Path

from index.build import Progress, parse_entry
from index.records import measure_records
from index.catalog import load_all
from index.errors import PolicyDataError
from index.inputs import one_line
from index.paths import using_library
from index.store import Store, active_store
from index.source.textio import read_bytes

# field group → the measure keys that make it up ("status" is the document's in its own words: 征求意见稿, 已废止 …)
FIELDS = {"text": ("text",), "units": ("responsible_units",), "deadline": ("deadlines", "valid_until"),
          "status": ("status",), "tags": ("industries", "benefit_types", "entity_types", "sizes")}
LABELS = {"text": "原文", "units": "责任单位", "deadline": "期限", "status": "文件状态", "tags": "分类"}


def _library_state(library: Path, progress: Progress | None) -> tuple[dict, dict]:
    import hashlib

    docs, measures = {}, {}
    with using_library(library):
        entries = load_all(library)
        for step, entry in enumerate(entries, 1):
            if progress:
                progress(step, len(entries), f"解析 {entry.relative_file}")
            doc = parse_entry(entry)
            docs[entry.id] = {"id": entry.id, "title": one_line(doc.title) if doc.title else None, "district": doc.district,
                              "sha256": hashlib.sha256(read_bytes(entry.file)).hexdigest(), "measures": len(doc.measures)}
            for record in measure_records(entry.id, doc):
                measures[record["id"]] = {**record, "status": doc.status}
    return docs, measures


def _store_state(data_dir: Path) -> tuple[dict, dict]:
    if active_store(data_dir) is None:
        return {}, {}
    store = Store(data_dir)
    try:
        docs = {d["id"]: {"id": d["id"], "title": d["title"], "district": d["district"], "sha256": d["sha256"],
                          "measures": d["measure_count"]} for d in store.documents.values()}
        measures = {m["id"]: {**m, "status": m["document"].get("status_text")} for m in store.measures()}
    finally:
        store.close()
    return docs, measures


def library_changes(library: Path, data_dir: Path, progress: Progress | None = None) -> dict:
    """The change from the data in use in `data_dir` to what `library` would build."""
    return compare(_store_state(data_dir), _library_state(library, progress))


def changes_since(library: Path, data_dir: Path, progress: Progress | None = None) -> dict:
    """The change from what `library` (an earlier pack's) builds to the data in use in `data_dir`:
    what a pack of the data in use brings to a workstation still on that earlier pack."""
    return compare(_library_state(library, progress), _store_state(data_dir))


def compare(before: tuple[dict, dict], after: tuple[dict, dict]) -> dict:
    """The change between two states (documents by id, measures by id)."""
    (old_docs, old), (new_docs, new) = before, after
    changed = []
    for measure_id in sorted(set(old) & set(new), key=_order(new)):
        fields = [name for name, keys in FIELDS.items() if any(old[measure_id].get(k) != new[measure_id].get(k) for k in keys)]
        if fields:
            entry = {"id": measure_id, "fields": fields}
            if "deadline" in fields:
                entry["deadline"] = {"old": old[measure_id].get("valid_until"), "new": new[measure_id].get("valid_until"),
                                     "old_dates": old[measure_id].get("deadlines"), "new_dates": new[measure_id].get("deadlines")}
            changed.append(entry)
    result = {
        "documents": {
            "added": [new_docs[d] for d in new_docs if d not in old_docs],
            "removed": [old_docs[d] for d in old_docs if d not in new_docs],
            "replaced": [new_docs[d] for d in new_docs if d in old_docs and new_docs[d]["sha256"] != old_docs[d]["sha256"]],
        },
        "measures": {
            "added": sorted((m for m in new if m not in old), key=_order(new)),
            "removed": sorted((m for m in old if m not in new), key=_order(old)),
            "changed": changed,
        },
    }
    result["summary"] = summary(result)
    return result


def _order(measures: dict):
    position = {measure_id: i for i, measure_id in enumerate(measures)}
    return lambda measure_id: position.get(measure_id, 0)


def summary(changes: dict) -> str:
    """One readable line: 新增文件1份、措施45条；修改2条（期限1条、原文1条）；删除…；没有变化."""
    docs, measures = changes["documents"], changes["measures"]
    parts = []
    if docs["added"]:
        parts.append(f"新增文件{len(docs['added'])}份")
    if docs["replaced"]:
        parts.append(f"更换文件{len(docs['replaced'])}份")
    if docs["removed"]:
        parts.append(f"移除文件{len(docs['removed'])}份")
    if measures["added"]:
        parts.append(f"新增措施{len(measures['added'])}条")
    if measures["removed"]:
        parts.append(f"删除措施{len(measures['removed'])}条")
    if measures["changed"]:
        counts = {name: sum(name in c["fields"] for c in measures["changed"]) for name in FIELDS}
        detail = "、".join(f"{LABELS[name]}{n}条" for name, n in counts.items() if n)
        parts.append(f"修改措施{len(measures['changed'])}条（{detail}）")
    return "；".join(parts) if parts else "与正在使用的数据相同，没有变化"


__all__ = ["FIELDS", "PolicyDataError", "changes_since", "compare", "library_changes", "summary"]
