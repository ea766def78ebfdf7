"""Abbreviations read from the library's own texts (index.abbreviations): a short word no text holds
finds the phrases whose words start with its characters, for imported documents too."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.abbreviations import full_forms
from index.cli import main
from index.search import SearchEngine
from index.synonyms import Synonyms
from index.understanding import Understanding

ROOT = Path(__file__).resolve().parent.parent
REALDOCS = Path(os.environ.get("POLICY_BROWSER_REALDOCS", ROOT.parent / "shared" / "realdocs"))


def test_an_abbreviation_stands_for_the_phrase_whose_words_start_with_its_characters():
    texts = ["个体工商户申请转变为企业组织形式，符合法定条件的，登记机关和有关行政机关应当为其提供便利。",
             "个体工商户应当于每年1月1日至6月30日，向登记机关报送年度报告。",
             "依法缴纳个人所得税。"]
    assert full_forms("个转企", texts) == ["个体工商户申请转变为企业"]
    assert full_forms("年报", texts) == ["年度报告"]
    assert full_forms("个税", texts[2:]) == ["个人所得税"]
    assert full_forms("房租", ["减免3个月房屋租金；房屋租金按月支付。", "减免租金"]) == ["房屋租金"]


def test_characters_inside_words_or_across_clauses_make_no_abbreviation():
    # 年 of 每年 starts no word; 报 of 报送 and 年 across a comma are not one phrase
    assert full_forms("年报", ["每年向登记机关报送材料。", "当年，报送材料。"]) == []
    assert full_forms("个转企", ["个人转让，企业受让。"]) == []
    assert full_forms("税", ["个人所得税"]) == []  # one character abbreviates nothing


def test_three_characters_jieba_cuts_into_a_character_and_a_word_stay_one_concept():
    understand = Understanding(Synonyms({})).understand
    assert [c.typed for c in understand("个转企").concepts] == ["个转企"]
    (concept,) = understand("个转企").concepts
    assert concept.parts == (("个",), ("转企",)) and not concept.parts_match and concept.glued
    # a piece the synonym table knows keeps the words apart, with the table's wordings
    table = Synonyms({"水电": ("用水", "用电")})
    assert [c.typed for c in Understanding(table).understand("水电气").concepts] == ["水电", "气"]


@pytest.fixture
def imported(tmp_path, home):
    files = sorted(REALDOCS.glob("个体工商户条例*.md"))
    if not files:
        pytest.skip("the real regulations are not on this machine")
    data = tmp_path / "data"
    assert main(["import", str(files[0]), "--district", "北京市", "--data", str(data)]) == 0
    engine = SearchEngine(data)
    yield engine
    engine.close()


def test_an_abbreviation_finds_the_article_of_an_imported_regulation_that_spells_it_out(imported):
    hits = imported.search("个转企", limit=3)["hits"]
    assert hits[0]["id"].endswith("/28")
    assert "个体工商户申请转变为企业组织形式" in hits[0]["text"]
    top = [h["id"].rsplit("/", 1)[1] for h in imported.search("个体户年报", limit=3)["hits"]]
    assert top[0] == "13"


def test_a_typing_slip_is_respelled_not_read_as_an_abbreviation(data_dir):
    engine = SearchEngine(data_dir)
    try:
        result = engine.search("公基金")
    finally:
        engine.close()
    assert result["notices"][0] == "没有找到“公基金”，按“公积金”查找。"


def test_a_rare_official_phrase_outranks_a_row_holding_only_another_word(tmp_path, home):
    """以工代赈 (a four-character term, one measure) and 碳票 (one measure, three times): no measure holds
    both, so each holds half the query's words; the rare official phrase comes first although the
    other measure says its word more often (BM25 alone put that one first)."""
    from index.build import build
    from tests.kit import HEAD, library_copy

    lib = library_copy(tmp_path, "lib")
    (lib / "documents" / "made-up.txt").write_text(
        HEAD + "1.支持企业以碳票质押融资，碳票由区生态环境局核发，碳票交易给予补贴。（责任单位：区财政局）\n"
        "2.在农村公路建设和管护中推广以工代赈方式，吸纳当地群众就近务工。（责任单位：区发展改革委）\n",
        encoding="utf-8")
    with (lib / "documents.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[document]]\nid = "made-up"\nfile = "documents/made-up.txt"\ndistrict = "朝阳区"\nmeasures = 2\n')
    data = tmp_path / "data"
    build(data, resources=lib)
    engine = SearchEngine(data)
    try:
        top = [h["id"] for h in engine.search("碳票 以工代赈", limit=2)["hits"]]
    finally:
        engine.close()
    assert top == ["made-up/2", "made-up/1"]
