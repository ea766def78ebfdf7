"""An article's heading in brackets (第六条　（人才公寓保障）…, 3．【稳岗返还】) is the measure's title, not the first
words of its text (issue 23 item 5); the documents are the tests' own."""
from __future__ import annotations

from index.source.parser import parse_text

RULES = """某区促进小微企业发展办法

第一条　（适用对象）本办法适用于在本区登记注册的小微企业和个体工商户。
第二条（补贴首台（套）装备保险）对本区企业投保首台（套）装备综合保险的，按照保费的50%给予补贴。
第三条　（租金补贴）对新入驻孵化器的企业给予租金补贴：
（一）第一年补贴50%；
（二）第二年补贴30%。
第四条　（附则）
本办法自2026年8月1日起施行，有效期两年。
"""


def test_a_bracketed_heading_becomes_the_title_and_leaves_the_text():
    doc = parse_text(RULES)
    assert [(m.number, m.title) for m in doc.measures] == [
        (1, "适用对象"), (2, "补贴首台（套）装备保险"), (3, "租金补贴"), (4, "附则")]
    assert doc.measures[0].text == "本办法适用于在本区登记注册的小微企业和个体工商户。"
    assert doc.measures[1].text.startswith("对本区企业投保首台（套）装备综合保险的")
    assert doc.measures[2].text.startswith("对新入驻孵化器的企业给予租金补贴：（一）第一年补贴50%；")
    # the heading on a line of its own: the text is what follows; the document's period is still read from it
    assert doc.measures[3].text == "本办法自2026年8月1日起施行，有效期两年。"
    assert (doc.effective, doc.valid_until) == ("2026-08-01", "2028-07-31")


PLAN = """某区关于稳定就业的若干措施

1．【稳岗返还】

对上年度未裁员的参保企业，返还其上年度实际缴纳失业保险费的60%。（责任单位：区人力资源和社会保障局）
2．（一）
对吸纳高校毕业生的企业给予补贴。（责任单位：区人力资源和社会保障局）
3．对招用就业困难人员的企业给予社会保险补贴（具体办法另行制定）。（责任单位：区人力资源和社会保障局）
"""


def test_a_bracketed_heading_on_its_own_line_and_what_is_not_a_heading():
    doc = parse_text(PLAN)
    titles = {m.number: m.title for m in doc.measures}
    assert titles[1] == "稳岗返还"
    assert doc.measures[0].text.startswith("对上年度未裁员的参保企业")
    # a bracket in the middle or at the end of the text is the text's own
    assert titles[3] is None and doc.measures[2].text.endswith("（具体办法另行制定）。")


def test_the_last_article_keeps_its_closing_formula_as_its_text():
    doc = parse_text("某区促进会展业发展办法\n\n第一条　对在本区举办展会的企业给予场租补贴。\n第二条　本办法自2026年9月1日起施行，有效期三年。\n")
    assert [m.text for m in doc.measures] == ["对在本区举办展会的企业给予场租补贴。", "本办法自2026年9月1日起施行，有效期三年。"]
    assert (doc.effective, doc.valid_until) == ("2026-09-01", "2029-08-31")


CLOSED = """某区小微企业贷款贴息办法
第一条　为支持小微企业发展，制定本办法。
第二条　（申请条件）在本区注册的小微企业可以申请。
第三条　（贷款贴息）对本区小微企业贷款给予贴息。
本办法自2026年1月1日起施行，有效期两年。
附件：1.申报表
某区人民政府
2026年1月1日
"""


def test_a_closing_formula_after_the_last_articles_words_closes_the_text():
    # unnumbered, after an article's own words: the closing with the 附件 list and signature after it, not
    # the last article's text; as an article's first words (above, 第四条　（附则）⏎本办法…) it stays its own
    doc = parse_text(CLOSED)
    assert doc.measures[-1].text == "对本区小微企业贷款给予贴息。"
    assert doc.closing[0] == "本办法自2026年1月1日起施行，有效期两年。"
    assert (doc.effective, doc.valid_until) == ("2026-01-01", "2027-12-31")
