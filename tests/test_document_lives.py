"""Documents have lives (issue 23 item 5), checked on Word files written here, in shapes districts publish
them: the title never glued to what follows it (a title in two lines, the addressees 各街道办事处…： or the
number （某政发〔2026〕3号） glued after it, a dated note under it), dates in Chinese numerals inside the text,
the number and the issuer; a revision proposed as superseding its earlier text when titles match — an
imported one or a bundled one — and, once confirmed, the older kept searchable under its banner and never offered."""
from __future__ import annotations

import io
import json
from datetime import date

from index.cli import main
from index.facts.deadlines import EXPIRED, measure_status
from index.facts.eligibility import EXPIRED_GROUP, eligible, group_of
from index.importer import list_imports
from index.source.parser import parse_source
from index.source.readers import read_source
from index.store import Store

MEASURES = ["一、对承租区属国有企业房屋的小微商户，减免3个月房屋租金。（责任单位：区国资委）",
            "二、对新开业的社区便民店给予一次性补贴2万元，申报截止时间为二〇二六年九月三十日。（责任单位：区商务局）",
            "三、对个体工商户开展线上经营给予每户3000元补贴。（责任单位：区市场监管局）"]
SHOP = {"district": "朝阳区", "entity_type": "个体工商户", "size": None, "industries": ["批发零售"], "traits": [],
        "situations": []}


def word(paragraphs: list[str], centred: int = 2) -> bytes:
    """A Word file as a clerk types one: the first `centred` paragraphs centred (the title block)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    for n, text in enumerate(paragraphs):
        paragraph = document.add_paragraph(text)
        if n < centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def parsed(paragraphs: list[str], centred: int = 2):
    return parse_source(read_source(word(paragraphs, centred), "措施.docx"))


def test_a_title_in_two_lines_with_its_number_and_chinese_numeral_dates():
    doc = parsed(["北京市某某区关于进一步支持", "小微商户稳定经营的若干措施", "某政办发〔2026〕12号",
                  "为进一步稳定市场主体、促进消费恢复，结合本区实际，制定以下措施。", *MEASURES,
                  "本措施自二〇二六年七月一日起施行，有效期至二〇二七年十二月三十一日。", "北京市某某区人民政府办公室", "二〇二六年六月二十日"])
    assert doc.title == "北京市某某区关于进一步支持小微商户稳定经营的若干措施"
    assert (doc.doc_number, doc.issuer, doc.signed) == ("某政办发〔2026〕12号", "北京市某某区人民政府办公室", "2026-06-20")
    assert (doc.effective, doc.valid_until) == ("2026-07-01", "2027-12-31")
    assert doc.preamble == ["为进一步稳定市场主体、促进消费恢复，结合本区实际，制定以下措施。"]
    assert [m.number for m in doc.measures] == [1, 2, 3]


def test_the_addressees_glued_after_the_title_are_not_part_of_it():
    doc = parsed(["北京市某某区关于支持小微商户稳定经营的若干措施各街道办事处、各镇人民政府，区政府各委、办、局："
                  "为进一步稳定市场主体，制定以下措施。", *MEASURES, "本措施自2026年7月1日起施行。", "北京市某某区人民政府", "2026年6月20日"], 1)
    assert doc.title == "北京市某某区关于支持小微商户稳定经营的若干措施"
    assert doc.notice == ["各街道办事处、各镇人民政府，区政府各委、办、局："]
    assert doc.preamble == ["为进一步稳定市场主体，制定以下措施。"]
    assert (doc.issuer, doc.signed, doc.effective) == ("北京市某某区人民政府", "2026-06-20", "2026-07-01")


def test_a_number_in_brackets_glued_after_the_title_is_the_documents_number():
    doc = parsed(["北京市某某区关于支持小微商户稳定经营的若干措施（某政发〔2026〕3号）各街道办事处、各镇人民政府："
                  "为进一步稳定市场主体，制定以下措施。", *MEASURES, "北京市某某区人民政府", "2026年6月20日"], 1)
    assert doc.title == "北京市某某区关于支持小微商户稳定经营的若干措施"
    assert doc.doc_number == "某政发〔2026〕3号"
    assert doc.preamble == ["为进一步稳定市场主体，制定以下措施。"]
    # an edition in brackets is the title's own
    doc = parsed(["北京市某某区关于支持小微商户稳定经营的若干措施（2026年修订）为进一步稳定市场主体，制定以下措施。", *MEASURES], 1)
    assert doc.title == "北京市某某区关于支持小微商户稳定经营的若干措施（2026年修订）"


def test_a_dated_note_under_the_title_is_the_date_of_the_text_not_part_of_the_title():
    doc = parsed(["北京市某某区促进夜间经济发展的若干措施", "（2026年6月20日区政府第15次常务会议审议通过）",
                  "为繁荣夜间经济，制定以下措施。", *MEASURES, "本措施自2026年7月1日起施行，有效期至2028年6月30日。"])
    assert doc.title == "北京市某某区促进夜间经济发展的若干措施"
    assert doc.notice == ["（2026年6月20日区政府第15次常务会议审议通过）"]
    assert (doc.signed, doc.effective, doc.valid_until) == ("2026-06-20", "2026-07-01", "2028-06-30")


def test_dates_in_chinese_numerals_inside_the_measures_are_their_deadlines():
    from index.records import measure_records

    doc = parsed(["北京市某某区关于支持小微商户稳定经营的若干措施", "为进一步稳定市场主体，制定以下措施。",
                  "一、对二〇二六年十二月三十一日前新开业的社区便民店给予一次性补贴2万元。（责任单位：区商务局）",
                  "二、对便民店给予房租补贴，申报截止时间为二〇二六年十月三十一日，逾期不再受理。（责任单位：区商务局）",
                  "本措施自二〇二六年七月一日起施行，至二〇二七年六月三十日止。", "北京市某某区人民政府办公室", "二〇二六年六月二十日"], 1)
    assert (doc.signed, doc.effective, doc.valid_until) == ("2026-06-20", "2026-07-01", "2027-06-30")
    assert [r["deadlines"] for r in measure_records("x", doc)] == [["2026-12-31"], ["2026-10-31"]]


def test_a_revision_of_an_imported_word_document_is_proposed_and_once_confirmed_the_old_is_never_offered(tmp_path, home, capsys):
    data = tmp_path / "data"
    head = ["某政办发〔2026〕12号", "为进一步稳定市场主体，制定以下措施。"]
    old = tmp_path / "措施.docx"
    old.write_bytes(word(["北京市朝阳区关于支持小微商户稳定经营的若干措施", *head, *MEASURES, "北京市朝阳区人民政府办公室", "2026年1月20日"], 1))
    assert main(["import", str(old), "--data", str(data)]) == 0
    [imported] = list_imports()
    revised = tmp_path / "措施-修订.docx"
    revised.write_bytes(word(["北京市朝阳区关于支持小微商户稳定经营的若干措施（2026年修订）", *head,
                              *[m.replace("3个月", "6个月") for m in MEASURES], "北京市朝阳区人民政府办公室", "2026年5月8日"], 1))
    capsys.readouterr()
    assert main(["import", str(revised), "--dry-run", "--json", "--data", str(data)]) == 0
    proposed = json.loads(capsys.readouterr().out)["earlier_editions"]
    assert proposed == [{"id": imported.id, "title": "北京市朝阳区关于支持小微商户稳定经营的若干措施", "why": "标题相同（版本、年份不计）"}]
    assert main(["import", str(revised), "--supersedes", imported.id, "--data", str(data)]) == 0
    store = Store(data)
    assert store.documents[imported.id]["status"] == "已被《北京市朝阳区关于支持小微商户稳定经营的若干措施（2026年修订）》2026年修订版取代"
    older = store.measure(f"{imported.id}/3")  # still there: searchable, under its banner
    assert measure_status(older, date(2026, 6, 1)) == EXPIRED
    assert group_of(eligible(SHOP, [older], date(2026, 6, 1))[0]) == EXPIRED_GROUP


def test_an_imported_revision_of_a_bundled_plan_is_proposed_to_supersede_it(tmp_path, home, capsys):
    data = tmp_path / "data"
    assert main(["build", "--data", str(data)]) == 0
    bundled = Store(data).documents["pinggu-2022"]["title"]
    revision = tmp_path / "平谷修订.docx"
    revision.write_bytes(word([f"{bundled}（2023年修订）", "为稳定经济增长，制定以下措施。", *MEASURES,
                               "北京市平谷区人民政府", "2023年3月1日"], 1))
    capsys.readouterr()
    assert main(["import", str(revision), "--district", "平谷区", "--dry-run", "--json", "--data", str(data)]) == 0
    assert json.loads(capsys.readouterr().out)["earlier_editions"] == [
        {"id": "pinggu-2022", "title": bundled, "why": "标题相同（版本、年份不计）"}]
    assert main(["import", str(revision), "--district", "平谷区", "--supersedes", "pinggu-2022", "--data", str(data)]) == 0
    assert Store(data).documents["pinggu-2022"]["status"] == f"已被《{bundled}（2023年修订）》2023年修订版取代"


def test_a_title_in_two_lines_parted_by_blank_lines_as_a_web_copy_gives_it():
    from index.source.parser import parse_text

    lines = ["北京市某某区关于进一步支持", "小微商户稳定经营的若干措施", "某政办发〔2026〕12号",
             "为进一步稳定市场主体，制定以下措施。", *MEASURES, "北京市某某区人民政府办公室", "二〇二六年六月二十日"]
    doc = parse_text("\n\n".join(lines) + "\n")
    assert doc.title == "北京市某某区关于进一步支持小微商户稳定经营的若干措施"
    assert (doc.doc_number, doc.signed) == ("某政办发〔2026〕12号", "2026-06-20")
    assert doc.preamble == ["为进一步稳定市场主体，制定以下措施。"]
    # a whole title on its first line is not joined to what follows
    doc = parse_text("\n\n".join(["北京市某某区促进夜间经济发展的若干措施", "为繁荣夜间经济，制定以下措施。", *MEASURES]) + "\n")
    assert doc.title == "北京市某某区促进夜间经济发展的若干措施"


def test_a_validity_written_as_valid_within_n_years_or_in_an_articles_bracketed_heading_is_the_documents_end():
    from index.source.parser import parse_text

    def doc_of(closing: list[str], signed: str = "2026年3月10日"):
        lines = ["北京市某某区促进社区商业发展的若干措施", "为繁荣社区商业，制定以下措施。", *MEASURES, *closing,
                 "北京市某某区人民政府办公室", signed]
        return parse_text("\n\n".join(lines) + "\n")

    # "…之日起N年内有效": in force from that day, ending N years on (the day before)
    doc = doc_of(["本措施自发布之日起2年内有效，由区商务局负责解释。"])
    assert (doc.effective, doc.valid_until) == ("2026-03-10", "2028-03-09")
    # the validity in a last article that opens with its heading in brackets, the count in Chinese
    doc = doc_of(["四、（附则）本措施自2026年4月1日起施行，有效期两年。"])
    assert (doc.effective, doc.valid_until) == ("2026-04-01", "2028-03-31")
