"""The Qt-free presentation rules every view shares."""
from __future__ import annotations

from index.present import coverage, data_version, measure_heading


def test_one_heading_rule_title_then_subsection_then_part_then_number():
    base = {"number": 4}
    assert measure_heading({**base, "title": "减免房租", "subsection": "（三）国有房租", "section": "一、助企"}) == "减免房租"
    assert measure_heading({**base, "title": None, "subsection": "（三）国有房租", "section": "一、助企"}) == "（三）国有房租"
    assert measure_heading({**base, "section": "一、助企"}) == "一、助企"
    assert measure_heading(base) == "第4条"


def test_the_data_version_names_the_pack_and_the_newest_document_not_the_build_time():
    assert data_version({"pack_version": "20261202.000001", "newest_document": "2022-06-13",
                         "built_at": "2026-12-02T10:00:00"}) == "数据包20261202.000001，最新文件2022-06-13"
    assert data_version({"built_at": "2026-12-02T10:00:00"}) == "程序自带数据，最新文件未知"


def test_coverage_lists_the_districts_with_and_without_documents_of_their_own():
    covered, missing = coverage([{"district": "平谷区"}, {"district": "北京市"}, {"district": "朝阳区"}])
    assert covered == ["北京市", "朝阳区", "平谷区"]
    assert missing[:3] == ["东城区", "西城区", "丰台区"] and "朝阳区" not in missing and len(missing) == 15
