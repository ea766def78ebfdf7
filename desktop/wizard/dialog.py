"""The eligibility wizard: a few questions in the clerk's words, then the measures this enterprise may
claim and why (the verdicts are index.facts.eligibility's). Opened by the main window; main thread only.

The main window's side:
    wizard = EligibilityWizard(engine.measures, settings, today, parent=window)
    wizard.measure_requested.connect(window.open_measure)          # str: measure id
    wizard.handout_requested.connect(...)                          # dict: {"profile", "results", "answers"}
    wizard.show()  /  wizard.clear()  (新访客)  /  wizard.profile()  /  wizard.set_profile(dict)
    wizard.set_measures(engine.measures)                           # new data opened (rebuild / reload)
Nothing the visitor answers is written anywhere unless the clerk clicks "保存资料…".
"""
from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QCheckBox, QWidget, QWizard

from desktop.dialogs import Prompter, documents_dir
from desktop.geometry import restore_or_fit
from desktop.settings import Settings
from desktop.wizard.pages import MultiChoicePage, PageId, QuestionPage, SingleChoicePage, note
from desktop.wizard.profile import (ELIGIBLE, MAYBE, Choice, Question, apply_answer, asks_size_and_traits,
                                    documented_size_definitions, normalise, results, vocabulary)
from desktop.wizard.results import ResultsPage
from desktop.present import esc
from index.errors import PolicyDataError, storage_reason
from index.facts.profile import read_profile, validate_profile
from index.facts.eligibility import coverage_note

UNKNOWN_SIZE = "不清楚"
FILE_PATTERN = "企业资料 (*.json)"

__all__ = ["EligibilityWizard", "PageId", "run_self_check"]


class DistrictPage(SingleChoicePage):
    """在哪里: the district, preselected with the workstation's default; the clerk may make the chosen
    district the new default (an explicit choice, so a visitor's answer is never remembered by itself)."""

    def __init__(self, settings: Settings | None, choices: list[Choice], title: str, subtitle: str,
                 parent: QWidget | None = None):
        super().__init__("district", title, subtitle, choices, columns=4, parent=parent)
        self.settings = settings
        self.remember = QCheckBox(self.tr("设为本机默认区（以后每位来访者先选中这个区）"), self)
        self.remember.setVisible(settings is not None)
        self.layout_.addWidget(self.remember)

    def validatePage(self) -> bool:
        if self.settings is not None and self.remember.isChecked() and self.value:
            self.settings.default_district = self.value
        return True


class EligibilityWizard(QWizard):
    """Asks where, who, what size, which trade, what kind, what is happening; then shows the results.

    Signals: measure_requested(str) when the clerk asks to read a measure in the main window;
    handout_requested(dict) when the clerk clicks 加入打印单; results_updated(int) after each
    computation (the number of eligible + maybe results). Main thread.
    """

    measure_requested = Signal(str)
    handout_requested = Signal(dict)
    results_updated = Signal(int)

    def __init__(self, measures: list[dict], settings: Settings | None = None, today: date | None = None,
                 parent: QWidget | None = None, prompter: Prompter | None = None):
        super().__init__(parent)
        self.measures = measures
        self.settings = settings
        self.prompter = prompter or Prompter()
        self.today = today or date.today()
        self.last_results: list[dict] = []
        self.last_compute_ms = 0.0
        self._confirmed: dict[str, bool] = {}
        self._known: set[str] = set()  # fields answered (Next clicked on their page) or loaded by set_profile
        self.setWindowTitle(self.tr("资格自查"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._build_pages()
        self._build_buttons()
        self.currentIdChanged.connect(self._on_current_id_changed)
        self._apply_default_district()
        em = self.fontMetrics().horizontalAdvance("中")
        restore_or_fit(self, settings, "wizard", QSize(em * 66, self.fontMetrics().height() * 46))

    # -- pages ---------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        voc = vocabulary()
        self.district_page = DistrictPage(self.settings, [Choice(d) for d in voc.districts], self.tr("在哪里"),
                                          self.tr("企业（或个人）注册、经营在哪个区？北京市的市级政策全市都适用，会一并列出。"))
        self.remember_district = self.district_page.remember

        self.entity_page = SingleChoicePage(
            "entity_type", self.tr("是谁"), self.tr("来办事的是哪一类？个体户、个人不会被问企业规模。"), list(voc.entity_types))

        sizes = [Choice(s) for s in voc.sizes] + [Choice(UNKNOWN_SIZE, self.tr("说不准时选这个，结果里会列出需要确认规模的措施"))]
        self.size_page = SingleChoicePage("size", self.tr("企业规模"), self.tr("企业是大型、中型、小型还是微型？"), sizes)
        self.size_help = note(self._size_help(), self.size_page)
        self.size_page.layout_.addWidget(self.size_help)
        self.size_page.layout_.setStretch(0, 0)  # five choices: keep the help right under them
        self.size_page.layout_.addStretch(1)

        self.industries_page = MultiChoicePage(
            self.tr("做什么"), self.tr("从事哪些行业？可以选几个；个人可以不选。"), list(voc.industries))
        self.traits_page = MultiChoicePage(
            self.tr("是什么类型"), self.tr("企业有没有下面这些认定或身份？都没有就直接点“下一步”。"), list(voc.traits))
        self.situations_page = MultiChoicePage(
            self.tr("遇到什么情况"), self.tr("现在有哪些情况？选中的才算“有”，没选的算“没有”。"), list(voc.situations))
        self.results_page = ResultsPage()
        self.results_page.entered.connect(self._on_results_page_entered)
        self.results_page.answer_given.connect(self._on_answer_given)
        self.results_page.measure_requested.connect(self.measure_requested)
        self.results_page.handout_clicked.connect(self._on_handout_clicked)
        pages = {PageId.DISTRICT: self.district_page, PageId.ENTITY: self.entity_page, PageId.SIZE: self.size_page,
                 PageId.INDUSTRIES: self.industries_page, PageId.TRAITS: self.traits_page,
                 PageId.SITUATIONS: self.situations_page, PageId.RESULTS: self.results_page}
        for page_id, page in pages.items():
            self.setPage(page_id, page)
        self.setStartId(PageId.DISTRICT)

    def _size_help(self) -> str:
        """What the documents say sizes mean: the taxonomy's plain meanings, and any numeric definition
        quoted from the documents with where it applies. No thresholds are made up here."""
        voc = vocabulary()
        parts = [f"<p><b>{esc(self.tr('文件里的说法是什么意思：'))}</b><br>"
                 + "<br>".join(esc(m) for m in voc.size_meanings if "：" in m) + "</p>"]
        definitions = documented_size_definitions(self.measures)
        if definitions:
            parts.append(f"<p><b>{esc(self.tr('文件中写明数字标准的（只对该条措施适用）：'))}</b><br>"
                         + "<br>".join(f"{esc(where)}：{esc(text)}" for where, text in definitions) + "</p>")
        parts.append(f"<p style='color:#555;'>{esc(self.tr('其他措施的文件没有写明小型、微型的具体标准（如餐馆多少人算小型），以责任单位认定为准；说不准就选“不清楚”。'))}</p>")
        return "".join(parts)

    def _build_buttons(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("关闭"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("读取资料…"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("保存资料…"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        B = QWizard.WizardButton
        self.setButtonLayout([B.CustomButton1, B.CustomButton2, B.Stretch, B.BackButton, B.NextButton,
                              B.FinishButton, B.CancelButton])
        self.customButtonClicked.connect(self._on_custom_button_clicked)

    def nextId(self) -> int:
        """The branching: size and traits only for enterprises; -1 after the results."""
        current = self.currentId()
        enterprise = asks_size_and_traits(self.entity_page.value or None)
        if current == PageId.ENTITY:
            return PageId.SIZE if enterprise else PageId.INDUSTRIES
        if current == PageId.INDUSTRIES:
            return PageId.TRAITS if enterprise else PageId.SITUATIONS
        if current == PageId.RESULTS:
            return -1
        return current + 1 if current >= 0 else int(PageId.DISTRICT)

    def _apply_default_district(self) -> None:
        default = self.settings.default_district if self.settings is not None else ""
        self.district_page.value = default if default in vocabulary().districts else ""
        self.remember_district.setChecked(False)

    # -- the profile -------------------------------------------------------------------------
    _FIELD_OF_PAGE = {PageId.SIZE: "size", PageId.INDUSTRIES: "industries", PageId.TRAITS: "traits",
                      PageId.SITUATIONS: "situations"}

    def validateCurrentPage(self) -> bool:
        """Next was clicked: the page's answer is now known (an empty list then means "none of these")."""
        ok = super().validateCurrentPage()
        if ok and self.currentId() in self._FIELD_OF_PAGE:
            self._known.add(self._FIELD_OF_PAGE[PageId(self.currentId())])
        return ok

    def profile(self) -> dict:
        """The answers as the contract's profile JSON (docs/contracts.md); unanswered fields are null.
        "confirmed" (added field) holds the clerk's yes/no to conditions the vocabulary cannot express."""
        size = self.size_page.value
        profile = {
            "district": self.district_page.value or None,
            "entity_type": self.entity_page.value or None,
            "size": size if size and size != UNKNOWN_SIZE and "size" in self._known else None,
            "industries": self.industries_page.values() if "industries" in self._known else None,
            "traits": self.traits_page.values() if "traits" in self._known else None,
            "situations": self.situations_page.values() if "situations" in self._known else None,
        }
        if self._confirmed:
            profile["confirmed"] = dict(self._confirmed)
        return normalise(profile)

    def set_profile(self, profile: dict) -> None:
        """Load a profile into the pages (ValueError listing the problems when it does not fit the contract).
        On the results page, the results are recomputed at once."""
        problems = validate_profile(profile)
        if problems:
            raise ValueError("\n".join(problems))
        p = normalise(profile)
        self.district_page.value = p["district"] or ""
        self.entity_page.value = p["entity_type"] or ""
        self.size_page.value = p["size"] or (UNKNOWN_SIZE if "size" in profile else "")
        self.industries_page.set_values(p["industries"])
        self.traits_page.set_values(p["traits"])
        self.situations_page.set_values(p["situations"])
        self._known = {k for k in ("size", "industries", "traits", "situations") if profile.get(k) is not None}
        self._confirmed = dict(p.get("confirmed", {}))
        if self.currentId() == PageId.RESULTS:
            self.recompute()

    def clear(self) -> None:
        """Forget every answer (新访客) and start again at the first page; nothing is kept anywhere."""
        self._confirmed, self._known = {}, set()
        self.entity_page.value = ""
        self.size_page.value = ""
        for page in (self.industries_page, self.traits_page, self.situations_page):
            page.set_values([])
        self.last_results = []
        self.results_page.reset_handout_groups()
        self.results_page.show_results([], self.today)
        self._apply_default_district()
        self.restart()

    def show_results_for(self, profile: dict) -> None:
        """Load `profile` and walk forward to the results (loading a saved profile, tests)."""
        self.set_profile(profile)
        self.restart()
        for _ in range(len(PageId)):
            if self.currentId() == PageId.RESULTS or not self.currentPage().isComplete():
                break
            self.next()

    # -- results -------------------------------------------------------------------------------
    def set_measures(self, measures: list[dict]) -> None:
        """New data (the main window rebuilt or reopened it): judge these measures from now on. Results
        already computed are computed again at once, so none is judged on the old data."""
        self.measures = measures
        self.size_help.setText(self._size_help())
        if self.last_results or self.currentId() == PageId.RESULTS:
            self.recompute()

    def recompute(self) -> list[dict]:
        """Judge every measure for the current profile and show it. Synchronous on purpose: judging the
        189 measures takes 1–2 ms (9 ms the first time, loading the taxonomy); building the cards
        (≈4 ms each, 25 at most at once) is the real cost and must stay on the UI thread anyway."""
        started = time.perf_counter()
        profile = self.profile()
        self.last_results = results(profile, self.measures, self.today)
        self.last_compute_ms = (time.perf_counter() - started) * 1000
        self.results_page.show_results(self.last_results, self.today, profile,
                                       coverage_note(profile.get("district"), self.measures))
        self.results_updated.emit(sum(1 for r in self.last_results if r["status"] in (ELIGIBLE, MAYBE)))
        return self.last_results

    def _on_results_page_entered(self) -> None:
        self.recompute()

    def _on_answer_given(self, question: Question, answer: object) -> None:
        self.set_profile(apply_answer(self.profile(), question, answer))  # type: ignore[arg-type]
        if self.currentId() != PageId.RESULTS:
            self.recompute()

    def answers(self) -> list[tuple[str, str]]:
        """(question, answer) pairs in the clerk's words, for the handout."""
        p = self.profile()
        none = self.tr("（未回答）")

        def join(values: list[str] | None, empty: str) -> str:
            return none if values is None else "、".join(values) or empty

        rows = [(self.tr("所在区"), p["district"] or none), (self.tr("主体类型"), p["entity_type"] or none)]
        if asks_size_and_traits(p["entity_type"]):
            rows.append((self.tr("企业规模"), p["size"] or self.tr("不清楚")))
        rows.append((self.tr("行业"), join(p["industries"], self.tr("未选"))))
        if asks_size_and_traits(p["entity_type"]):
            rows.append((self.tr("企业类型"), join(p["traits"], self.tr("都没有"))))
        rows.append((self.tr("目前情况"), join(p["situations"], self.tr("都没有"))))
        rows += [(q, self.tr("是") if a else self.tr("否")) for q, a in p.get("confirmed", {}).items()]
        return rows

    def handout_payload(self) -> dict:
        """What "加入打印单" hands over: the profile, the answers, and the eligible and maybe results
        shown (benefit filter applied), each with its reasons and open questions."""
        return {"profile": self.profile(), "answers": [list(a) for a in self.answers()],
                "results": [dict(r) for r in self.results_page.shown()]}

    def _on_handout_clicked(self) -> None:
        payload = self.handout_payload()
        self.handout_requested.emit(payload)
        self.results_page.handout_button.setText(self.tr("已加入打印单（{0}条）").format(len(payload["results"])))

    # -- save / load ---------------------------------------------------------------------------
    def _suggested_path(self) -> Path:
        return documents_dir() / self.tr("企业资料.json")

    def save_profile(self) -> Path | None:
        """Ask where, then write the profile JSON (UTF-8). The only way answers reach the disk."""
        path = self.prompter.save_path(self, self.tr("保存企业资料"), self._suggested_path(), self.tr(FILE_PATTERN))
        if path is None:
            return None
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        try:
            path.write_text(json.dumps(self.profile(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            self.prompter.warn(self, self.tr("没有保存"), self.tr("无法写入 {0}：{1}").format(path, storage_reason(exc)))
            return None
        return path

    def load_profile(self) -> Path | None:
        """Ask which file, read it and go to the results (or to the first question left open)."""
        path = self.prompter.choose_file(self, self.tr("读取企业资料"), self.tr(FILE_PATTERN))
        if path is None:
            return None
        try:
            # size, depth, encoding, types and values are all checked there, with the field named
            self.show_results_for(read_profile(path))
        except PolicyDataError as exc:
            self.prompter.warn(self, self.tr("没有读取"), str(exc))
            return None
        return path

    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.load_profile()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.save_profile()

    def _on_current_id_changed(self, page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton2).setEnabled(page_id >= 0)
        page = self.page(page_id) if page_id >= 0 else None
        if isinstance(page, QuestionPage):
            page.choices.focus_first()  # every question page starts with the keyboard on its answers

    def start_from(self, district: str | None, industries: list[str]) -> None:
        """What the clerk has already narrowed the search by becomes the first answers: the district
        (when one is ticked) and the industries, unless the wizard already holds answers of its own."""
        voc = vocabulary()
        if district in voc.districts and not self.district_page.value:
            self.district_page.value = district
        known = {c.name for c in voc.industries}
        wanted = [i for i in industries if i in known]
        if wanted and "industries" not in self._known and not self.industries_page.values():
            self.industries_page.set_values(wanted)

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.save_geometry(self, "wizard")
        super().done(result)


def run_self_check(measures: list[dict], today: date | None = None) -> dict:
    """For `python -m desktop --self-test`: walk the wizard offscreen for one profile, return figures.
    Needs a QApplication. Main thread."""
    started = time.perf_counter()
    wizard = EligibilityWizard(measures, None, today)
    try:
        wizard.show_results_for({"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"],
                                 "traits": [], "situations": ["租用国有房屋", "受疫情影响经营困难"]})
        counts = {s: sum(1 for r in wizard.last_results if r["status"] == s) for s in ("eligible", "maybe", "ineligible")}
        ok = wizard.currentId() == PageId.RESULTS and counts["eligible"] > 0
        return {"wizard_ok": ok, "wizard_counts": counts, "wizard_compute_ms": round(wizard.last_compute_ms, 1),
                "wizard_total_ms": round((time.perf_counter() - started) * 1000, 1)}
    finally:
        wizard.deleteLater()
