"""Each defect of text copied out of PDFs, Word and web pages, pinned with a literal expectation."""
from __future__ import annotations

from index.source.cleaning import clean, join_broken_lines, remove_residue, remove_stray_spaces, unify_punctuation


def test_spaces_inside_numbers_and_chinese_go():
    assert remove_stray_spaces("不低于 50 亿元，投资 3000 万元") == "不低于50亿元，投资3000万元"


def test_spaces_between_latin_words_stay():
    assert remove_stray_spaces("支持 5G 和 Model Y 应用") == "支持5G和Model Y应用"


def test_half_width_punctuation_in_chinese_becomes_full_width():
    assert unify_punctuation("(责任部门:市经济和信息化局,市财政局)") == "（责任部门：市经济和信息化局，市财政局）"


def test_decimal_points_and_ratios_stay_half_width():
    assert unify_punctuation("费率降至0.6%，比例1:1") == "费率降至0.6%，比例1:1"


def test_word_bookmark_and_byline_are_removed_and_reported():
    text, removed = remove_residue("[bookmark: _GoBack]为贯彻落实。\n抄送市政府办公厅。责任编辑：李墨轩")
    assert text == "为贯彻落实。\n抄送市政府办公厅。"
    assert removed == ["[bookmark: _GoBack]", "责任编辑：李墨轩"]


def test_page_break_inside_a_sentence_is_joined():
    text = "二、建立重大项目统筹协调机制\n建立项目库，为日常跟踪调度和服务\n\n提供支撑。（责任部门：市财政局）"
    assert join_broken_lines(text).split("\n") == [
        "二、建立重大项目统筹协调机制",
        "建立项目库，为日常跟踪调度和服务提供支撑。（责任部门：市财政局）",
    ]


def test_heading_lines_and_titles_are_not_glued_to_the_body():
    text = "北京市关于促进高精尖产业投资的若干措施\n\n为加快建设，现提出以下措施：\n一、鼓励投资\n营造良好营商环境。"
    assert join_broken_lines(text).split("\n") == [
        "北京市关于促进高精尖产业投资的若干措施",
        "为加快建设，现提出以下措施：",
        "一、鼓励投资",
        "营造良好营商环境。",
    ]


def test_a_wrapped_title_block_is_one_line():
    text = "朝阳区统筹疫情防控和稳定经济增长的\n实施方案\n（征求意见稿）\n\n为贯彻落实。"
    assert clean(text)[0].split("\n")[0] == "朝阳区统筹疫情防控和稳定经济增长的实施方案（征求意见稿）"
