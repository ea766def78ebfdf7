"""The eligibility wizard walked as a clerk would: pages shown and skipped, results grouped exactly as
index.facts.eligibility judges them, the "maybe → answer → updated" loop, save/load, handout, new visitor."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWizard

from desktop.dialogs import RecordingPrompter
from desktop.settings import Settings
from desktop.wizard import EligibilityWizard, PageId
from desktop.wizard.profile import KIND_CONFIRM, KIND_SIZE
from index.facts.eligibility import Q_SIZE, eligible
from index.search import SearchEngine

TODAY = date(2026, 1, 5)  # every dated 2022 measure is past
RESTAURANT = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
              "situations": ["受疫情影响经营困难", "租用国有房屋"]}
CAR_BUYER = {"district": "昌平区", "entity_type": "个人", "size": None, "industries": [], "traits": [],
             "situations": ["购买乘用车"]}
HAIDIAN_FIRM = {"district": "海淀区", "entity_type": "企业", "size": "中型", "industries": ["信息技术"],
                "traits": ["高新技术企业"], "situations": ["有研发投入"]}
CAR_QUESTION = "所购乘用车是否为2.0升及以下排量、单车价格（不含增值税）不超过30万元？"


@pytest.fixture(scope="module")
def measures(data_dir):
    return SearchEngine(data_dir).measures


@pytest.fixture
def settings(tmp_path):
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def wizard(qtbot, measures, settings):
    w = EligibilityWizard(measures, settings, TODAY, prompter=RecordingPrompter())
    qtbot.addWidget(w)
    w.show()
    return w


def click_next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next disabled on page {wizard.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def walk(qtbot, wizard, profile: dict) -> list[int]:
    """Answer each page shown from `profile`, clicking Next; returns the page ids in the order shown."""
    shown = [wizard.currentId()]
    answers = {
        PageId.DISTRICT: lambda: setattr(wizard.district_page, "value", profile["district"]),
        PageId.ENTITY: lambda: setattr(wizard.entity_page, "value", profile["entity_type"]),
        PageId.SIZE: lambda: setattr(wizard.size_page, "value", profile["size"] or "不清楚"),
        PageId.INDUSTRIES: lambda: wizard.industries_page.set_values(profile["industries"]),
        PageId.TRAITS: lambda: wizard.traits_page.set_values(profile["traits"]),
        PageId.SITUATIONS: lambda: wizard.situations_page.set_values(profile["situations"]),
    }
    while wizard.currentId() != PageId.RESULTS:
        answers[PageId(wizard.currentId())]()
        click_next(qtbot, wizard)
        shown.append(wizard.currentId())
    return shown


def ids_by_status(results: list[dict]) -> dict[str, set[str]]:
    """The engine's groups: 可以申请, 可能可以, 已过期 (claimable but run out), 不适用."""
    from index.facts.eligibility import group_of

    out: dict[str, set[str]] = {"eligible": set(), "maybe": set(), "expired": set(), "ineligible": set()}
    for r in results:
        out[group_of(r)].add(r["id"])
    return out


def shown_by_status(wizard) -> dict[str, set[str]]:
    page = wizard.results_page
    return {status: {r["id"] for r in section.results} for status, section in page.sections.items()}


def card(wizard, measure_id: str):
    """The card of an eligible or maybe measure (不适用 is a compact list without cards)."""
    for status in ("eligible", "maybe", "expired"):
        wizard.results_page.sections[status].show_all()
    return next(c for c in wizard.results_page.cards() if c.measure_id == measure_id)


def result_of(wizard, measure_id: str) -> dict:
    return next(r for r in wizard.last_results if r["id"] == measure_id)


def test_a_cjk_font_is_installed(qapp):
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def test_chaoyang_restaurant_sees_every_page_and_the_engines_answer(qtbot, wizard, measures):
    shown = walk(qtbot, wizard, RESTAURANT)
    assert shown == [PageId.DISTRICT, PageId.ENTITY, PageId.SIZE, PageId.INDUSTRIES, PageId.TRAITS,
                     PageId.SITUATIONS, PageId.RESULTS]
    assert wizard.profile() == RESTAURANT | {"situations": ["受疫情影响经营困难", "租用国有房屋"]}
    expected = ids_by_status(eligible(RESTAURANT, measures, TODAY))
    assert shown_by_status(wizard) == expected
    assert "chaoyang-2022/4" in expected["expired"]  # 国有房租减免：小微、承租国有房屋, ended 2022-12-31
    # nothing is claimable outright in 2026: the city's 2022 measures that write no end date (6, 11, 13) are
    # 需确认 ("文件印发于2022年，未写期限…"), no longer 可以申请 as before issue 23
    assert expected["eligible"] == set()
    assert {"beijing-2022-manufacturing/6", "beijing-2022-manufacturing/11", "beijing-2022-manufacturing/13"} <= expected["maybe"]
    assert len(expected["expired"]) == 17 and len(expected["maybe"]) == 8


def test_expired_measures_are_visible_marked_and_never_first(qtbot, wizard):
    walk(qtbot, wizard, RESTAURANT)
    rent = card(wizard, "chaoyang-2022/4")
    assert rent.expired
    assert "已过期，仅供了解" in rent.text_label.text()
    assert "本条期限至2022-12-31，已过期：不能再承诺办理，仅供了解（今天是2026-01-05）" in rent.text_label.text()
    page = wizard.results_page
    assert not [r for s in ("eligible", "maybe") for r in page.sections[s].results if r["deadline_status"] == "已过期"]
    assert all(r["deadline_status"] == "已过期" for r in page.sections["expired"].results)
    assert rent in page.cards("expired") and not rent.question_rows
    assert "可以申请0条，可能可以8条；已过期17条（仅供了解，不能再承诺办理）" in page.summary.text()  # issue 23: 6, 11, 13 需确认


def test_an_individual_is_not_asked_size_or_traits(qtbot, wizard, measures):
    shown = walk(qtbot, wizard, CAR_BUYER)
    assert shown == [PageId.DISTRICT, PageId.ENTITY, PageId.INDUSTRIES, PageId.SITUATIONS, PageId.RESULTS]
    assert wizard.profile() == CAR_BUYER
    assert shown_by_status(wizard) == ids_by_status(eligible(CAR_BUYER, measures, TODAY))
    assert "changping-2022/47" in shown_by_status(wizard)["expired"]  # 购车补贴, 2022年底前


def test_a_sole_trader_is_not_asked_size_or_traits(qtbot, wizard):
    shown = walk(qtbot, wizard, RESTAURANT | {"entity_type": "个体工商户", "size": None, "traits": []})
    assert PageId.SIZE not in shown and PageId.TRAITS not in shown
    assert wizard.profile()["size"] is None and wizard.profile()["traits"] == []


def test_a_haidian_firm_gets_only_municipal_measures(qtbot, wizard, measures):
    walk(qtbot, wizard, HAIDIAN_FIRM)
    groups = shown_by_status(wizard)
    assert groups == ids_by_status(eligible(HAIDIAN_FIRM, measures, TODAY))
    by_id = {m["id"]: m for m in measures}
    assert groups["eligible"] | groups["maybe"]
    assert {by_id[i]["district"] for i in groups["eligible"] | groups["maybe"]} == {"北京市"}


def test_back_and_forward_keep_the_answers(qtbot, wizard, measures):
    walk(qtbot, wizard, RESTAURANT)
    while wizard.currentId() != PageId.DISTRICT:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.district_page.value == "朝阳区"
    assert wizard.situations_page.values() == ["受疫情影响经营困难", "租用国有房屋"]
    for _ in range(6):
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.RESULTS
    assert shown_by_status(wizard) == ids_by_status(eligible(RESTAURANT, measures, TODAY))


def test_answering_a_condition_on_the_spot_updates_the_result(qtbot, wizard, measures):
    buyer = CAR_BUYER | {"district": "朝阳区"}
    wizard.today = date(2022, 7, 1)  # while 朝阳's plan was in force: an expired card asks nothing
    walk(qtbot, wizard, buyer)
    assert "chaoyang-2022/33" in shown_by_status(wizard)["maybe"]
    row = next(r for r in card(wizard, "chaoyang-2022/33").question_rows if r.question.text == CAR_QUESTION)
    assert row.question.kind == KIND_CONFIRM
    with qtbot.waitSignal(wizard.results_updated, timeout=2000):
        qtbot.mouseClick(row.buttons["是"], Qt.MouseButton.LeftButton)
    assert "chaoyang-2022/33" in shown_by_status(wizard)["eligible"]
    assert wizard.profile()["confirmed"] == {CAR_QUESTION: True}
    assert any("已当面确认" in r for r in card(wizard, "chaoyang-2022/33").result["reasons"])
    # "no" makes it inapplicable, with the answer as the reason
    wizard.set_profile(wizard.profile() | {"confirmed": {CAR_QUESTION: False}})
    assert "chaoyang-2022/33" in shown_by_status(wizard)["ineligible"]
    assert f"已当面确认：{CAR_QUESTION}（否）" in result_of(wizard, "chaoyang-2022/33")["reasons"]


def test_answering_a_profile_question_updates_the_profile_and_the_pages(qtbot, wizard, measures):
    unknown_size = RESTAURANT | {"size": None}
    wizard.today = date(2022, 7, 1)  # the rent relief still in force: its card asks the open questions
    walk(qtbot, wizard, unknown_size)
    assert wizard.profile()["size"] is None
    assert shown_by_status(wizard) == ids_by_status(eligible(unknown_size, measures, wizard.today))
    row = next(r for r in card(wizard, "chaoyang-2022/4").question_rows if r.question.text == Q_SIZE)
    assert row.question.kind == KIND_SIZE
    with qtbot.waitSignal(wizard.results_updated, timeout=2000):
        row.combo.setCurrentIndex(row.combo.findText("小型"))
        row.combo.activated.emit(row.combo.currentIndex())
    assert wizard.size_page.value == "小型"
    assert wizard.profile() == RESTAURANT | {"situations": ["受疫情影响经营困难", "租用国有房屋"]}
    assert shown_by_status(wizard) == ids_by_status(eligible(RESTAURANT, measures, wizard.today))


def test_save_and_load_round_trip_through_the_prompter_seam(qtbot, wizard, measures, tmp_path):
    walk(qtbot, wizard, RESTAURANT)
    target = tmp_path / "餐馆"
    wizard.prompter.save_to, wizard.prompter.choose = target, target.with_suffix(".json")
    assert wizard.save_profile() == target.with_suffix(".json")
    saved = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert saved == RESTAURANT | {"situations": ["受疫情影响经营困难", "租用国有房屋"]}

    wizard.clear()
    assert wizard.currentId() == PageId.DISTRICT and wizard.profile()["entity_type"] is None
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.RESULTS
    assert wizard.profile() == saved
    assert shown_by_status(wizard) == ids_by_status(eligible(RESTAURANT, measures, TODAY))


def test_loading_a_bad_file_says_what_is_wrong(qtbot, wizard, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"district": "火星区"}, ensure_ascii=False), encoding="utf-8")
    wizard.prompter.choose = bad
    assert wizard.load_profile() is None
    assert wizard.prompter.messages[-1][:2] == ("warn", "没有读取") and "火星区" in wizard.prompter.messages[-1][2]


def test_nothing_is_written_unless_saved_and_clear_forgets(qtbot, wizard, settings, tmp_path):
    walk(qtbot, wizard, RESTAURANT)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # settings.ini not even created yet
    wizard.clear()
    assert wizard.profile() == {"district": None, "entity_type": None, "size": None, "industries": None,
                                "traits": None, "situations": None}
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_default_district_is_remembered_only_when_the_clerk_asks(qtbot, measures, settings):
    first = EligibilityWizard(measures, settings, TODAY)
    qtbot.addWidget(first)
    first.show()
    first.district_page.value = "朝阳区"
    first.remember_district.setChecked(True)
    click_next(qtbot, first)
    assert settings.default_district == "朝阳区"
    second = EligibilityWizard(measures, settings, TODAY)
    qtbot.addWidget(second)
    assert second.district_page.value == "朝阳区"
    second.show()
    second.district_page.value = "海淀区"
    click_next(qtbot, second)  # not ticked: a visitor's district is not remembered
    assert settings.default_district == "朝阳区"
    second.clear()
    assert second.district_page.value == "朝阳区"


def test_handout_payload_has_profile_answers_and_reasons(qtbot, wizard, measures):
    walk(qtbot, wizard, RESTAURANT)
    with qtbot.waitSignal(wizard.handout_requested, timeout=2000) as blocker:
        qtbot.mouseClick(wizard.results_page.handout_button, Qt.MouseButton.LeftButton)
    payload = blocker.args[0]
    assert payload["profile"] == wizard.profile()
    expected = ids_by_status(eligible(RESTAURANT, measures, TODAY))
    assert {r["id"] for r in payload["results"]} == expected["eligible"] | expected["maybe"]
    assert all(r["reasons"] and r["status"] in ("eligible", "maybe") for r in payload["results"])
    assert all(r["missing"] for r in payload["results"] if r["status"] == "maybe")
    assert ["所在区", "朝阳区"] in payload["answers"] and ["企业规模", "小型"] in payload["answers"]
    assert ["目前情况", "受疫情影响经营困难、租用国有房屋"] in payload["answers"]


def test_benefit_filter_narrows_every_group_and_the_handout(qtbot, wizard):
    walk(qtbot, wizard, RESTAURANT)
    combo = wizard.results_page.filter
    index = combo.findData("租金减免")
    assert index > 0 and combo.itemText(index).startswith("租金减免（")
    combo.setCurrentIndex(index)
    shown = [r for s in wizard.results_page.sections.values() for r in s.results]
    assert shown and all("租金减免" in r["benefit_types"] for r in shown)
    # C4 ended 2022-12-31: shown under 已过期, never handed out as claimable
    assert "chaoyang-2022/4" in {r["id"] for r in wizard.results_page.sections["expired"].results}
    assert "chaoyang-2022/4" not in {r["id"] for r in wizard.handout_payload()["results"]}
    assert all("租金减免" in r["benefit_types"] for r in wizard.handout_payload()["results"])


def test_open_a_measure_in_the_main_window(qtbot, wizard):
    walk(qtbot, wizard, RESTAURANT)
    button = card(wizard, "chaoyang-2022/4").open_button
    with qtbot.waitSignal(wizard.measure_requested, timeout=2000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert blocker.args == ["chaoyang-2022/4"]


def test_the_inapplicable_group_opens_a_measure_by_its_link(qtbot, wizard):
    walk(qtbot, wizard, RESTAURANT)
    section = wizard.results_page.sections["ineligible"]
    assert not section.header.isChecked() and not section.lines  # folded, and not built until opened
    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)
    assert len(section.lines) == len(section.results) == 164
    line = next(label for label in section.lines if "chaoyang-2022/20" in label.text())
    assert "加快布局京津冀协同重点领域产业链" in line.text() and "本条面向产业链龙头企业，您未选择" in line.text()  # never "企业企业" (issue 23)
    assert "已过期" in line.text()
    with qtbot.waitSignal(wizard.measure_requested, timeout=2000) as blocker:
        line.linkActivated.emit("chaoyang-2022/20")
    assert blocker.args == ["chaoyang-2022/20"]


def test_maybe_cards_are_built_in_batches(qtbot, wizard):
    wizard.today = date(2022, 7, 1)  # 朝阳's measures still in force: they are "maybe", not 已过期
    wizard.show_results_for({"district": "朝阳区"})  # nothing else known: most measures are "maybe"
    assert wizard.currentId() == PageId.ENTITY  # a required answer is missing: the walk stops there
    walk(qtbot, wizard, RESTAURANT)
    wizard.set_profile({"district": "朝阳区", "entity_type": "企业"})  # on the results page: recomputed at once
    assert wizard.profile()["industries"] is None and wizard.profile()["situations"] is None
    section = wizard.results_page.sections["maybe"]
    assert len(section.results) > 25 and len(section.cards) == 25 and section.more_button.isVisible()
    qtbot.mouseClick(section.more_button, Qt.MouseButton.LeftButton)
    assert len(section.cards) == min(50, len(section.results))


def test_self_check_for_the_packaged_smoke_test(qapp, measures):
    from desktop.wizard import run_self_check

    report = run_self_check(measures, TODAY)
    assert report["wizard_ok"] and report["wizard_counts"] == {"eligible": 15, "maybe": 10, "ineligible": 164}


def test_the_cards_say_what_the_measure_gives_and_what_the_data_covers(qtbot, wizard):
    """Issue 13: the card shows the benefit line with its amount and deadline; a district without a document
    of its own is told so; the visitor's own district comes before the city's."""
    wizard.today = date(2022, 7, 1)
    walk(qtbot, wizard, {"district": "平谷区", "entity_type": "农业经营主体", "size": None, "industries": ["农业"],
                         "traits": [], "situations": []})
    page = wizard.results_page
    first = page.sections["eligible"].results[0]
    assert first["district"] == "平谷区"
    farm = card(wizard, "pinggu-2022/46")
    assert "及时发放实际种地农民一次性补贴" in farm.text_label.text()
    assert "当前数据只有北京市市级和朝阳区、平谷区、昌平区的文件。" in page.summary.text()
    wizard.show_results_for({"district": "东城区", "entity_type": "个体工商户", "size": None, "industries": ["批发零售"],
                             "traits": [], "situations": ["受疫情影响经营困难"]})
    assert wizard.currentId() == PageId.RESULTS
    assert "当前数据只有北京市市级和朝阳区、平谷区、昌平区的文件；东城区的区级政策不在其中。" in page.summary.text()
    assert {r["district"] for r in page.sections["eligible"].results} == {"北京市"}


def test_the_handout_gets_the_ticked_groups_and_expired_ones_only_when_ticked(qtbot, wizard, measures):
    walk(qtbot, wizard, RESTAURANT)
    page = wizard.results_page
    expected = ids_by_status(eligible(RESTAURANT, measures, TODAY))
    assert expected["expired"] and "chaoyang-2022/4" in expected["expired"]
    assert [(box.text(), box.isChecked()) for box in page.handout_groups.values()] == [
        ("可以申请", True), ("可能可以", True), ("已过期", False)]
    assert {r["id"] for r in wizard.handout_payload()["results"]} == expected["eligible"] | expected["maybe"]
    page.handout_groups["maybe"].setChecked(False)
    assert {r["id"] for r in wizard.handout_payload()["results"]} == expected["eligible"]
    assert page.handout_button.text() == f"加入打印单（{len(expected['eligible'])}条）"
    page.handout_groups["expired"].setChecked(True)  # to explain on paper why they can no longer be promised
    assert {r["id"] for r in wizard.handout_payload()["results"]} == expected["eligible"] | expected["expired"]
    wizard.clear()  # 新访客: back to the default groups
    assert [box.isChecked() for box in page.handout_groups.values()] == [True, True, False]


def test_a_2022_plan_without_an_end_asks_whether_it_is_still_carried_out(qtbot, wizard, measures):
    """Issue 23: in 2026 a 2022 measure that writes no end is 可能可以 with the question to confirm it; "是"
    (the unit says it is still carried out) makes it 可以申请."""
    walk(qtbot, wizard, RESTAURANT)
    ask = "文件印发于2022年，未写期限，请向责任单位确认是否仍在执行"
    assert "beijing-2022-manufacturing/6" in shown_by_status(wizard)["maybe"]
    row = next(r for r in card(wizard, "beijing-2022-manufacturing/6").question_rows if r.question.text == ask)
    assert row.question.kind == KIND_CONFIRM
    with qtbot.waitSignal(wizard.results_updated, timeout=2000):
        qtbot.mouseClick(row.buttons["是"], Qt.MouseButton.LeftButton)
    assert {"beijing-2022-manufacturing/6", "beijing-2022-manufacturing/11",
            "beijing-2022-manufacturing/13"} <= shown_by_status(wizard)["eligible"]


def test_a_measure_not_yet_in_force_says_so_and_is_not_offered_outright(qtbot, wizard):
    """从2022年4月1日起 … 留抵退税 (manufacturing 6), judged in March 2022: 尚未施行, 可能可以 (issue 23)."""
    wizard.today = date(2022, 3, 1)
    walk(qtbot, wizard, RESTAURANT)
    assert "beijing-2022-manufacturing/6" in shown_by_status(wizard)["maybe"]
    text = card(wizard, "beijing-2022-manufacturing/6").text_label.text()
    assert "未注明期限" not in text and "自2022-04-01起施行，目前尚未施行：施行后才能办理" in text  # badge: 尚未施行
