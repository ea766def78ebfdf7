"""Plain-text renderings for the command line (the desktop app has its own views)."""
from __future__ import annotations


def measure_text_block(m: dict) -> str:
    doc = m["document"]
    lines = [
        f"{m['id']}　{m['district']}　{doc['title']}　第{m['number']}条",
        *(x for x in (m.get("section"), m.get("subsection"), m.get("title")) if x),
        "",
        m["text"],
        "",
        f"责任单位：{'、'.join(m['responsible_units']) or '（原文未注明）'}",
        f"有效期至：{m.get('valid_until') or '未注明'}",
    ]
    if m.get("kind"):
        from index.facts.kinds import KIND_LABELS

        basis = f"（依据：“{m['kind_basis']}”）" if m.get("kind_basis") else ""
        lines.append(f"性质：{KIND_LABELS.get(m['kind'], m['kind'])}{basis}")
    if m["flags"]:
        lines.append(f"提示：{'、'.join(m['flags'])}")
    return "\n".join(lines)


def import_summary(result: dict) -> str:
    doc = result["document"]
    lines = [f"{doc.get('source_file')}：{doc.get('title') or '（未识别出标题）'}　{doc.get('district') or '（地区未知）'}"
             f"　{len(result['measures'])}条措施"]
    for m in result["measures"]:
        lines.append(f"  {m['number']:>3}. {m['text'][:50]}{'…' if len(m['text']) > 50 else ''}")
    for warning in result["warnings"]:
        lines.append(f"  警告：{warning}")
    return "\n".join(lines)


def search_table(result: dict) -> str:
    import re

    lines = [f"“{result['query']}”：{result['total']}条"]
    lines += [f"（{n}）" for n in result.get("notices", [])]
    hidden = result.get("hidden") or {}
    if hidden.get("count"):
        lines.append(f"（另有{hidden['count']}条被筛选条件隐藏）")
    parts = result.get("parts") or []
    for row, hit in enumerate(result["hits"]):
        if parts and (row == 0 or result["hits"][row - 1].get("part") != hit.get("part")):
            part = parts[hit["part"]]
            lines.append(f"问{hit['part'] + 1}“{part['question']}”：{part['total']}条")
        text = re.sub(r"</?mark>", "", hit["snippet"])
        why = f"（{hit['why']}）" if hit.get("why") else ""  # found through a synonym or by pinyin
        lines.append(f"{hit['id']:<32} {hit['district']:<6} {why}{text[:60]}")
    for name, counts in result["facets"].items():
        if counts:
            lines.append(f"  {name}: " + "  ".join(f"{k}({v})" for k, v in list(counts.items())[:8]))
    return "\n".join(lines)


def data_version(meta: dict) -> str:
    """What the status bar and the handout call the data in use: the pack version (or that it is the
    data shipped with the program) and the newest document's date, not the build time."""
    newest = meta.get("newest_document") or "未知"
    if meta.get("pack_version"):
        return f"数据包{meta['pack_version']}，最新文件{newest}"
    return f"程序自带数据，最新文件{newest}"


def coverage(documents: list[dict]) -> tuple[list[str], list[str]]:
    """(districts with documents of their own, districts without any), in the official order; the
    city's own documents (北京市) are listed first when present."""
    from index.vocab import ENTERPRISE_PLACES, PLACES

    present = {d.get("district") for d in documents}
    return [d for d in PLACES if d in present], [d for d in ENTERPRISE_PLACES if d not in present]


def measure_heading(m: dict) -> str:
    """The one rule for a measure's heading in every view: its own title, else its subsection, else
    its part, else 第N条 (the contract's `number`)."""
    return m.get("title") or m.get("subsection") or m.get("section") or f"第{m['number']}条"
