"""Time limits without one calendar day (issue 23 item 4): windows counted from each business's own event and
windows that come back every year, quarter or month, each shown with its words; the sentences are the tests' own."""
from __future__ import annotations

from datetime import date

from index.facts.deadlines import deadline_note, extract_deadlines, time_basis
from index.source.windows import RECURRING, WINDOW, last_occurrence, next_occurrence, read_windows

ISSUED = "2026-04-10"


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.date, f.words) for f in read_windows(text, 2026)]


def test_a_window_from_a_businesss_own_event_is_read_with_its_words_and_no_date():
    text = "获得市级首店认定的企业，应当在认定之日起6个月内向区商务局提出奖励申请。"
    assert _facts(text) == [(WINDOW, "", "应当在认定之日起6个月内向区商务局提出奖励申请")]
    assert extract_deadlines(text, 2026, ISSUED) == []  # no day common to every applicant
    assert time_basis(text, 2026, ISSUED)["windows"] == {"应当在认定之日起6个月内向区商务局提出奖励申请": text}


def test_a_window_whose_latest_event_is_dated_ends_on_the_last_day_it_can_reach():
    # the day of the event is not counted: 3 months from 6月30日 end on 9月30日, 30 days from 3月1日 on 3月31日
    text = "门店须于2027年6月30日前完成装修开业，并在开业之日起3个月内提交补贴申请。"
    assert extract_deadlines(text, 2027, ISSUED) == ["2027-09-30"]
    assert extract_deadlines("设备须于2027年3月1日前安装调试完毕，安装调试完毕之日起30日内报送验收申请。", 2027, ISSUED) == ["2027-03-31"]
    # the dated event may come after the window in the sentence
    assert extract_deadlines("奖励申请应当自展会闭幕之日起2个月内提出，展会须于2026年10月31日前闭幕。", 2026, ISSUED) == ["2026-12-31"]
    # working days are not counted on a calendar here: the window is shown, no day is made up (nor is the
    # event's own day taken for the last day to apply)
    text = "出口企业须于2026年9月30日前完成报关，报关之日起20个工作日内提交补贴申请。"
    assert extract_deadlines(text, 2026, ISSUED) == []
    assert _facts(text) == [(WINDOW, "", "报关之日起20个工作日内提交补贴申请")]


def test_a_window_in_which_a_landlord_or_a_body_acts_or_a_bar_is_not_the_applicants():
    assert _facts("出租单位应在收到承租人书面申请之日起10个工作日内完成租金减免。") == []
    assert _facts("区市场监管局自受理之日起15个工作日内作出认定决定。") == []
    assert _facts("审批机关应当自受理备案申请之日起20日内作出是否予以登记的决定。") == []
    assert _facts("资质审核机构应当在收到企业申报材料之日起10日内提交审核意见。") == []
    assert _facts("受到处罚的企业自处罚决定作出之日起3年内不得申请本项补贴。") == []


def test_a_period_from_a_businesss_own_event_is_not_counted_from_the_texts_entry_into_force():
    text = "自本措施施行之日起，新设立的企业可在注册登记之日起6个月内申请开办补贴。"
    assert extract_deadlines(text, 2026, ISSUED, "2026-05-01") == []
    assert _facts(text) == [(WINDOW, "", "新设立的企业可在注册登记之日起6个月内申请开办补贴")]


def test_a_window_that_comes_back_gives_its_next_round_as_of_the_day_asked():
    assert next_occurrence("奖励申请于每年6月底前集中受理", date(2026, 12, 4)) == date(2027, 6, 30)
    assert next_occurrence("奖励申请于每年6月底前集中受理", date(2026, 6, 30)) == date(2026, 6, 30)
    assert next_occurrence("专项资金受理时间为每年4月1日至4月30日", date(2026, 12, 4)) == date(2027, 4, 30)
    assert next_occurrence("每年度补贴于次年3月底前申报", date(2026, 12, 4)) == date(2027, 3, 31)
    assert next_occurrence("企业可于每季度首月15日前申报上季度补贴", date(2026, 12, 4)) == date(2027, 1, 15)
    assert next_occurrence("企业可于每季度首月15日前申报上季度补贴", date(2026, 10, 3)) == date(2026, 10, 15)
    assert next_occurrence("补贴按月申报，每月月底前申报上月补贴", date(2026, 2, 3)) == date(2026, 2, 28)
    assert next_occurrence("每年评选一次", date(2026, 12, 4)) is None  # no day in the year is named


def test_the_last_round_inside_a_validity_ends_a_measure_that_states_no_other_end():
    assert last_occurrence("每年6月底前集中受理", date(2028, 7, 31)) == date(2028, 6, 30)
    assert last_occurrence("每年6月底前集中受理", date(2028, 5, 31), since=date(2026, 6, 1)) == date(2027, 6, 30)
    text = "对首版次软件产品给予奖励，奖励申请于每年5月底前集中受理。"
    assert time_basis(text, 2026, "2026-06-01", valid_until="2028-05-20")["deadlines"] == {"2027-05-31": text}
    # the rounds of a report a business owes every month are not a round to claim in
    assert "recurring" not in time_basis("获得补贴的企业每月10日前报送用工数据。", 2026, ISSUED, valid_until="2027-12-31")
    assert [f.kind for f in read_windows("区人力资源和社会保障局每季度首月举办专场招聘会。", 2026)] == []


def _measure(text: str, valid_until: str | None = "2027-12-31") -> dict:
    basis = time_basis(text, 2026, ISSUED, valid_until=valid_until)
    return {"deadlines": list(basis["deadlines"]), "valid_until": valid_until,
            "tag_basis": {k: v for k, v in basis.items() if v},
            "document": {"id": "own-2026", "title": "某区促进商贸服务业发展的实施方案", "signed": ISSUED, "valid_until": valid_until}}


def test_the_clerks_note_gives_the_window_as_written_and_the_next_round():
    moving = _measure("对新开设的品牌首店，应当在开业之日起6个月内提出奖励申请。")
    assert deadline_note(moving, date(2026, 12, 4)) == (
        "文件有效期至2027-12-31，目前有效；时限按原文：应当在开业之日起6个月内提出奖励申请（从各自的日期起算）")
    yearly = _measure("对专精特新企业给予奖励，区级专项资金受理时间为每年4月1日至4月30日。")
    assert deadline_note(yearly, date(2026, 12, 4)) == (
        "本条期限至2027-04-30，目前有效；按原文：区级专项资金受理时间为每年4月1日至4月30日，下一次截至2027-04-30")
    quarterly = _measure("企业可于每季度首月15日前申报上一季度的用工补贴。")
    assert deadline_note(quarterly, date(2027, 11, 2)) == "文件有效期至2027-12-31，目前有效"  # no round left before the end
    assert deadline_note(quarterly, date(2026, 12, 4)).endswith("下一次截至2027-01-15")
    # an expired measure has no next round to offer
    assert "下一次" not in deadline_note(yearly, date(2027, 5, 4))


def test_check_lists_the_windows_with_their_sentences():
    from index.check import measure_line

    text = "对新开设的品牌首店给予奖励，应当在开业之日起6个月内提出奖励申请。"
    record = {"number": 5, "kind_basis": "给予奖励", "valid_until": "2027-12-31",
              "tag_basis": {k: v for k, v in time_basis(text, 2026, ISSUED).items() if v}}
    assert measure_line(record, "可申请的支持").endswith(
        f"期限：文件有效期至2027-12-31；时限按原文：应当在开业之日起6个月内提出奖励申请（依据“{text}”）")


def test_a_period_from_another_texts_issue_is_a_window_not_the_documents_period():
    # a notice or a list still to come is not this text: no end counted from this text's issue
    assert extract_deadlines("申报期限为申报通知发布之日起2个月。", 2026, ISSUED) == []
    assert _facts("申报期限为通知发布之日起30日内。") == [(WINDOW, "", "申报期限为通知发布之日起30日内")]
    assert _facts("企业应当在支持名单公布之日起15日内提交申请材料。") == [
        (WINDOW, "", "企业应当在支持名单公布之日起15日内提交申请材料")]
    # this text's own issue is its period
    assert extract_deadlines("自本通知发布之日起两年内有效。", 2026, ISSUED) == ["2028-04-09"]
    assert _facts("自本通知发布之日起两年内有效。") == []
