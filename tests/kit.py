"""Plain helpers shared by test modules (no fixtures here: those live in conftest.py). Qt-free."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from index.paths import LIBRARY_PARTS, resources_dir

ROOT = Path(__file__).resolve().parent.parent
CHAOYANG = "documents/chaoyang-2022-stabilize-economy-draft.txt"
PASSPHRASE = "测试用口令 test-passphrase"  # the signing keys the fixtures make are encrypted with it
# the opening of a made-up district plan, for layout tests
HEAD = "北京市某区关于支持中小微企业的若干措施\n\n为支持中小微企业发展，制定以下措施。\n"


def measure(parsed, doc_id: str, number: int):
    return next(m for m in parsed[doc_id].measures if m.number == number)


def fake_measure(text: str, **extra) -> dict:
    """A measure as the store gives it, with markup in every field that the window must escape."""
    m = {
        "id": "test-2022/1", "district": "朝阳区", "number": 1, "section": "一、<b>节</b>", "subsection": "（一）<i>小节</i>",
        "title": None, "text": text, "units_text": "区财政局", "responsible_units": ["区财政局<script>"], "flags": ["文本重组"],
        "industries": [], "benefit_types": ["租金减免"], "entity_types": [], "sizes": [], "deadlines": ["2022-12-31"],
        "amounts": ["减免3个月房屋租金"], "valid_until": None,
        "document": {"id": "test-2022", "title": "测试<文件>", "issuer": "区政府", "doc_number": "测〔2022〕1号",
                     "published": "2022-05-01", "status": "已印发", "valid_until": None, "source_file": None},
    }
    m.update(extra)
    return m


def annotated_measure(text: str, doc_id: str, number: int = 1, district: str = "朝阳区",
                      document: dict | None = None) -> dict:
    """A measure of `text` with every field the build derives for it (index.records.annotate_measure: kind,
    clauses, rights, deadlines), in a document published 2026-03-01 unless `document` says otherwise."""
    from index.records import annotate_measure
    m = {"id": f"{doc_id}/{number}", "number": number, "district": district, "text": text, "flags": [],
         "responsible_units": [], "document": {"id": doc_id, "published": "2026-03-01", **(document or {})}}
    m.update(annotate_measure(m, m["document"]))
    return m


def judged(profile: dict, measure: str | dict, *, today: date, doc_id: str = "test", district: str = "朝阳区",
           document: dict | None = None) -> dict:
    """What index.facts.eligibility.eligible answers `profile` about one measure on `today` (the measure's fields
    with its verdict: status, reasons, missing, questions, benefits …). `measure` is a measure, or the text of one,
    made into measure 1 of `doc_id` in `district` (and `document`) by annotated_measure."""
    from index.facts.eligibility import eligible
    if isinstance(measure, str):
        measure = annotated_measure(measure, doc_id, district=district, document=document)
    [result] = eligible(profile, [measure], today)
    return result


def visitors(district: str) -> tuple[dict, dict, dict]:
    """Three visitors of `district` the kinds tests judge offers for: a small restaurant (企业), an individual
    shop (个体工商户, 批发零售) and a large manufacturer."""
    restaurant = {"district": district, "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
                  "situations": None}
    shop = {**restaurant, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}
    large = {**restaurant, "size": "大型", "industries": ["制造业"]}
    return restaurant, shop, large


def library_copy(tmp_path: Path, name: str) -> Path:
    lib = tmp_path / name
    lib.mkdir()
    for part in LIBRARY_PARTS:
        source = resources_dir() / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, lib / part)
    return lib


def with_extra_document(tmp_path: Path) -> Path:
    """The library plus one more document (the 朝阳 plan again, under a new id)."""
    lib = library_copy(tmp_path, "lib2")
    shutil.copy(lib / CHAOYANG, lib / "documents" / "chaoyang-copy.txt")
    with (lib / "documents.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[document]]\nid = "chaoyang-copy"\nfile = "documents/chaoyang-copy.txt"\ndistrict = "朝阳区"\nmeasures = 45\n')
    return lib


def snapshot(data: Path) -> dict:
    """Every path under a data folder with its modification time: a refusal must leave it identical."""
    return {p.relative_to(data).as_posix(): p.stat().st_mtime_ns for p in data.rglob("*")}
