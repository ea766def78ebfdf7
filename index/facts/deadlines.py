"""Amounts, limits and deadlines a clerk quotes, read out of a measure's text; validity against a date.

Why here and not in the parser: these are facts *about* the text (for the eligibility answer and the
handout), quoted from it verbatim (amounts) or normalised to ISO dates (deadlines). Only dates the text
marks as an end (至/到/前/底/截至/执行期限) count as deadlines; "从2022年4月1日起" is a start, not a deadline.
A date without a year ("6月30日前") takes the year of its document.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

VALID = "有效"
EXPIRED = "已过期"
UNKNOWN = "未注明期限"

_NUM = r"\d+(?:\.\d+)?"
_YEAR = r"(?:(?P<y>20\d{2})年)"

# amounts and limits, quoted as written; longer phrases first so they win over their parts
_AMOUNT_PATTERNS = [
    re.compile(rf"(?:单场补贴|支持额度|总额度|给予总额)?(?:最高|最多)?(?:不超过|不高于|不低于)?(?:每人|单个项目)?{_NUM}(?:万|亿)?元(?:/台)?(?!以上|以下|以内|的货物|的工程|的设备)"),
    re.compile(rf"(?:减免|延缓|顺延|延长)[^，。；]{{0,2}}{_NUM}个月(?:房屋租金|缴纳)?"),
    re.compile(rf"(?:(?:按照?|不超过|不高于|降至|提高至|控制在)[^，。；%]{{0,14}}?)?{_NUM}%(?:\s*[-—至]\s*{_NUM}%)?(?:的[^，。；]{{0,6}}?(?:费率|利率标准|比例))?(?:左右|以下)?"),
]
# amounts that are thresholds or targets, not something a beneficiary receives
_NOT_AMOUNT = re.compile(r"亿元(?:科技创新|交通物流)?(?:再贷款)?$|^\d+(?:\.\d+)?%$")


def extract_amounts(text: str) -> list[str]:
    """["最高不超过100万元", "减免6个月房屋租金", "按0.5%的费率", "1500元", …] — each a substring of text."""
    found: list[tuple[int, int, str]] = []
    for pattern in _AMOUNT_PATTERNS:
        for m in pattern.finditer(text or ""):
            phrase = m.group(0)
            if len(phrase) < 2 or _NOT_AMOUNT.search(phrase):
                continue
            if any(s <= m.start() and m.end() <= e for s, e, _ in found):
                continue
            found = [f for f in found if not (m.start() <= f[0] and f[1] <= m.end())]
            found.append((m.start(), m.end(), phrase))
    out: list[str] = []
    for _, _, phrase in sorted(found):
        if phrase not in out:
            out.append(phrase)
    return out


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        return (date(year, month, day) if day else _last_day(year, month)).isoformat()
    except ValueError:
        return None


# 至2022年底 / 2022年底前 / 到2022年12月31日 / 2022年6月1日至12月31日 / 2022年4月至12月 / 6月30日前 / 8月底前
_END_CUE = r"(?:至|到|截至|延长至|期限至|执行期限至)"
_DATE = rf"{_YEAR}?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日|(?P<end>底))?"
_PATTERNS = [
    re.compile(rf"{_END_CUE}\s*(?P<y>20\d{{2}})年底"),
    re.compile(rf"(?P<y>20\d{{2}})年底前"),
    re.compile(rf"(?P<y>20\d{{2}})年度内"),
    # a benefit scoped to a year ("2022年对承租…减免3个月房屋租金", "2022年内", "2022年新申请银行贷款",
    # "2022年度新增…担保业务", "2022年发生担保代偿的", "2022年6月减免的…费用") ends with that year
    re.compile(rf"(?P<y>20\d{{2}})年(?:内|对)"),
    re.compile(rf"(?P<y>20\d{{2}})年度?(?:新申请|新增|发生)"),
    re.compile(rf"(?P<y>20\d{{2}})年\d{{1,2}}月(?:份)?减免的"),
    re.compile(rf"{_END_CUE}\s*{_DATE}"),
]
# "确保2022年6月30日前…应退尽退", "6月30日前明确还款计划", "8月底前…资金基本使用到位": a date by which a task is
# done is a target for that part, not the end of the benefit (nor of the measure); shown on its benefit.
_TARGET = re.compile(rf"{_DATE}(?:前|之前)")


def extract_targets(text: str, year: int | None) -> list[str]:
    """ISO dates by which a part of the measure is to be done ("6月30日前明确还款计划"), in order."""
    return _dates(text, year, [_TARGET])


def extract_deadlines(text: str, year: int | None) -> list[str]:
    """ISO end dates written in the text, in order of appearance, without repeats (targets excluded)."""
    return _dates(text, year, _PATTERNS)


def _dates(text: str, year: int | None, patterns: list[re.Pattern]) -> list[str]:
    hits: list[tuple[int, str]] = []
    for pattern in patterns:
        for m in pattern.finditer(text or ""):
            groups = m.groupdict()
            y = int(groups["y"]) if groups.get("y") else year
            if y is None:
                continue
            if groups.get("m") is None:
                iso = _iso(y, 12, 31)
            else:
                month = int(groups["m"])
                day = int(groups["d"]) if groups.get("d") else None
                iso = _iso(y, month, day)
            if iso:
                hits.append((m.start(), iso))
    out: list[str] = []
    for _, iso in sorted(hits):
        if iso not in out:
            out.append(iso)
    return out


def document_year(measure: dict) -> int | None:
    """The year a yearless date ("6月30日前") belongs to: the document's dates, else its id ("chaoyang-2022")."""
    doc = measure.get("document") or {}
    for value in (doc.get("published"), doc.get("signed"), doc.get("valid_until"), measure.get("valid_until")):
        if value and re.match(r"20\d{2}", str(value)):
            return int(str(value)[:4])
    m = re.search(r"(20\d{2})", str(doc.get("id") or measure.get("document_id") or measure.get("id") or ""))
    return int(m.group(1)) if m else None


def measure_deadline(measure: dict) -> str | None:
    """The date the measure ends: its own latest stated deadline, else the document's validity."""
    own = [d for d in measure.get("deadlines") or [] if d]
    if own:
        return max(own)
    return measure.get("valid_until") or (measure.get("document") or {}).get("valid_until")


def measure_status(measure: dict, today: date | None = None) -> str:
    """有效 / 已过期 / 未注明期限 against `today` (default: the real today)."""
    deadline = measure_deadline(measure)
    try:
        end = date.fromisoformat(deadline) if deadline else None
    except ValueError:  # a malformed stored date: say nothing rather than guess
        end = None
    if end is None:
        return UNKNOWN
    return EXPIRED if end < (today or date.today()) else VALID


def deadline_note(measure: dict, today: date | None = None) -> str:
    """The one sentence the clerk reads about a measure's time limit, saying whose date it is:
    the measure's own (its latest) or, failing that, the document's validity."""
    status = measure_status(measure, today)
    if status == UNKNOWN:
        return "原文未注明期限，请向责任单位确认是否仍在执行"
    deadline = measure_deadline(measure)
    own = any(d for d in measure.get("deadlines") or [])
    whose = "本条期限至" if own else "文件有效期至"
    if status == EXPIRED:
        return f"{whose}{deadline}，已过期：不能再承诺办理，仅供了解"
    return f"{whose}{deadline}，目前有效"
