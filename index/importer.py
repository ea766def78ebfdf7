"""`import`: read new policy documents a maintainer brings (UTF-8 or GBK text) into measures."""
from __future__ import annotations

import hashlib
from pathlib import Path

from index.build import document_record, measure_records
from index.errors import PolicyDataError
from index.parser import parse_text
from index.textio import read_text


def import_files(paths: list[Path], *, district: str | None, title: str | None, dry_run: bool) -> list[dict]:
    if not dry_run:
        raise PolicyDataError(
            "直接导入尚未开放：请先用 --dry-run 检查解析结果，再把文件放入 resources/documents/ 并登记到 resources/documents.toml 后运行 build。"
        )
    results = []
    for path in paths:
        decoded = read_text(path)
        doc = parse_text(decoded.text, encoding=decoded.encoding, district=district, title=title)
        if decoded.encoding == "gb18030":
            doc.warnings.insert(0, "文件是GBK/GB18030编码，已自动转换。")
        if doc.district is None:
            doc.warnings.append("无法从文本判断适用地区，请用 --district 指定（如 --district 朝阳区）。")
        doc_id = f"import-{hashlib.sha256(path.read_bytes()).hexdigest()[:8]}"
        record = document_record(doc_id, str(path), hashlib.sha256(path.read_bytes()).hexdigest(), doc)
        warnings = record.pop("warnings")
        results.append({"document": record, "measures": measure_records(doc_id, doc), "warnings": warnings})
    return results
