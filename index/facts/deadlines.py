"""Amounts, limits and deadlines a clerk quotes, read out of a measure's text; validity against a date.

Why here and not in the parser: these are facts *about* the text (for the eligibility answer and the
handout), quoted from it verbatim (amounts) or normalised to ISO dates (deadlines), each date with the
sentence it was read from (index/source/dates.py reads them). Only dates the text marks as an end count as
deadlines (截止时间为…, 须于…前申报, 至…止, 执行至…, 有效期N年, 2026年度…); "从2022年4月1日起" is a start:
before it the measure is 尚未施行. A date without a year ("6月30日前") takes the year of its document.

Status is judged against the date the app passes, never the clock: a regulation without an expiry is in
force (现行有效) until repealed; a plan that states no end is 未注明期限, and once its year is over the
eligibility answer asks to confirm it ("文件印发于2022年，未写期限，请向责任单位确认是否仍在执行").
"""
from __future__ import annotations

import re
from datetime import date

from index.facts.lifecycle import is_superseded_text
from index.source.dates import APPLY, CONDITION, END, LASTING, PAID, START, TARGET, WORK, TimeFact, read_time
from index.source.windows import RECURRING, WINDOW, is_yearly, last_occurrence, next_occurrence, read_windows

VALID = "有效"
EXPIRED = "已过期"
UNKNOWN = "未注明期限"
NOT_YET = "尚未施行"

_NUM = r"\d+(?:\.\d+)?"

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


def _read(text: str, year: int | None, issued: str | None = None, effective: str | None = None) -> list[TimeFact]:
    """Every time fact of a text: its dates and periods (index/source/dates.py), then its moving and recurring
    windows (index/source/windows.py)."""
    return read_time(text, year, issued, effective) + read_windows(text, year)


def extract_targets(text: str, year: int | None, issued: str | None = None, effective: str | None = None) -> list[str]:
    """ISO dates by which a part of the measure is to be done ("6月30日前明确还款计划"), in order."""
    return _dates(read_time(text, year, issued, effective), TARGET)


def extract_deadlines(text: str, year: int | None, issued: str | None = None, effective: str | None = None,
                      kind: str | None = None) -> list[str]:
    """ISO end dates written in the text, in order of appearance, without repeats (targets excluded, but for
    government work, `kind` "duty"): the applicant's last days where the text states any ("须于…前完成报名",
    "申报截止时间为…"), else every end."""
    return [fact.date for fact in _counted_ends(_read(text, year, issued, effective), kind)]


def extract_starts(text: str, year: int | None, issued: str | None = None, effective: str | None = None) -> list[str]:
    """ISO dates before which the text does not apply ("自2027年1月1日起施行")."""
    return _dates(read_time(text, year, issued, effective), START)


def time_basis(text: str, year: int | None, issued: str | None = None,
               effective: str | None = None, kind: str | None = None, valid_until: str | None = None) -> dict[str, dict[str, str]]:
    """{"deadlines": {iso: sentence}, "starts": {iso: sentence}, and "lasting": {"长期有效": sentence} when it says
    so, "conditions": {iso: sentence} for dates that say who qualifies, not until when (对2025年12月31日前注册的…), "windows": {words: sentence} for windows counted from each business's own event (开业之日起6个月内提出申请)
    and "recurring": {words: sentence} for the applicant's windows that come back (每年6月底前集中受理)}: the words
    each date was read from (the deadlines those extract_deadlines counts). A measure that states no end but a
    window every year ends, within the document's validity (`valid_until`), on the last one inside it (a monthly or
    quarterly one runs until the validity ends)."""
    facts = _read(text, year, issued, effective)
    out: dict[str, dict[str, str]] = {"deadlines": {}, "starts": {}}
    for fact in _counted_ends(facts, kind):
        out["deadlines"].setdefault(fact.date, fact.basis)
    for fact in facts:
        if fact.kind == START:
            out["starts"].setdefault(fact.date, fact.basis)
        elif fact.kind == LASTING:
            out.setdefault("lasting", {}).setdefault("长期有效", fact.basis)
        elif fact.kind == CONDITION:  # who qualifies (对2025年12月31日前注册的…): shown as a condition, never an end
            out.setdefault("conditions", {}).setdefault(fact.date, fact.basis)
        elif fact.kind in (WINDOW, RECURRING):
            out.setdefault(fact.kind + ("s" if fact.kind == WINDOW else ""), {}).setdefault(fact.words, fact.basis)
    until = _day(valid_until)
    if not out["deadlines"] and until:
        since = _day(effective or issued)
        last = [(d, sentence) for words, sentence in (out.get("recurring") or {}).items()
                if is_yearly(words) and (d := last_occurrence(words, until, since))]
        if last:
            day, sentence = max(last)
            out["deadlines"][day.isoformat()] = sentence
    return out


DUTY = "duty"  # the kind of a measure that is government work (index/facts/kinds.py)
GENERAL = "general"  # … and of a general provision: neither is claimed by a business
_WORK = (DUTY, GENERAL)
# an aim the work is to reach (确保8月底前资金使用到位, 力争年底前…): not the day the measure ends
_AIM = re.compile(r"确保|力争|争取")


# a grant nobody applies for: paid to those a body's records show ("免申即享", "无需申报", "直接拨付至企业账户")
_UNAPPLIED = re.compile(r"免申|无需(?:企业|经营主体)?(?:提出)?(?:申请|申报)|不需(?:要)?(?:申请|申报)|免予申报|直接(?:拨付|兑付|发放)(?:至|到|给)")


def _counted_ends(facts: list[TimeFact], kind: str | None = None) -> list[TimeFact]:
    """The ends that are the measure's: the applicant's last days when stated (a voucher campaign running to
    October whose shops must sign up by 6月20日 ends, for a business, on 6月20日), else every end, else the day
    the grant is paid or decided by (免申即享: 返还资金于11月30日前拨付完毕); no repeats.
    In a measure that is government work (or a general provision) the dates its work is to be done by are its ends (各街道于9月30日前
    设立服务站), not its aims (确保…前…到位): in a grant they are not the applicant's (区商务局于6月30日前划定区域)."""
    applying = [f for f in facts if f.kind == APPLY]
    chosen = (applying or [f for f in facts if f.kind == END or (kind in _WORK and f.kind in (TARGET, WORK) and not _AIM.search(f.basis))]
              or [f for f in facts if f.kind == PAID])
    if not applying and (last := max((f.date for f in chosen), default="")):
        # 免申即享: nobody applies, the grant comes by the day it is paid ("对2026年度…的企业给予奖励…免申即享…于2027年
        # 3月底前拨付"): a later payment day is the measure's end, not the year its condition names
        chosen = chosen + [f for f in facts if f.kind == PAID and f.date > last and _UNAPPLIED.search(f.basis)]
    out: list[TimeFact] = []
    for fact in chosen:
        if fact.date not in [f.date for f in out]:
            out.append(fact)
    return out


def _dates(facts: list[TimeFact], kind: str) -> list[str]:
    out: list[str] = []
    for fact in facts:
        if fact.kind == kind and fact.date not in out:
            out.append(fact.date)
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


def measure_start(measure: dict) -> str | None:
    """The date before which the measure does not apply: the document's entry into force (自…起施行) or the
    measure's own earliest start, whichever is later."""
    basis = measure.get("tag_basis") or {}
    own = sorted(basis.get("starts") or {})
    document = next(iter(basis.get("effective") or {}), None) or (measure.get("document") or {}).get("effective")
    found = [d for d in (own[0] if own else None, document) if d]
    return max(found) if found else None


# a standing text (a law, regulation, rules): in force from its start until revised or repealed
_STANDING = re.compile(r"(?:条例|法|办法|规定|规则|细则|规程|准则|决定)(?:[（(][^）)]{1,12}[）)])?$")
REPEALED = "已废止"


def is_retired(measure: dict) -> bool:
    """The document was repealed (已废止) or replaced by a revision (已被《…》取代): for information only."""
    status = (measure.get("document") or {}).get("status") or ""
    return status == REPEALED or is_superseded_text(status)


LASTING_STATUS = "长期有效"


def is_standing(measure: dict) -> bool:
    """A regulation or rules (条例, 办法, 规定 …), as opposed to a plan or a set of measures for a time; or a text
    that says it has no end (长期有效, in the measure or of the whole document)."""
    document = measure.get("document") or {}
    return (bool(_STANDING.search((document.get("title") or "").strip())) or is_lasting(measure))


def is_lasting(measure: dict) -> bool:
    """The measure or its document says 长期有效."""
    return bool((measure.get("tag_basis") or {}).get("lasting")) or stored_status(measure) == LASTING_STATUS


def stored_status(measure: dict) -> str | None:
    """The document's status in its own words (长期有效, 已被《…》2025年修订版取代 …): a measure read from the
    store carries them as "status_text" beside the contract's status (index/facts/lifecycle.py)."""
    document = measure.get("document") or {}
    return document.get("status_text", document.get("status"))


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:  # a malformed stored date: say nothing rather than guess
        return None


def status_key(measure: dict) -> list:
    """What measure_status reads of the measure itself, as plain JSON (the search data groups rows by it
    and judges each group once a day): its deadlines, own validity, own starts, the entry into force
    its text gives, and 长期有效. Its document's facts are added from the document (status_of)."""
    basis = measure.get("tag_basis") or {}
    return [list(measure.get("deadlines") or []), measure.get("valid_until"), sorted(basis.get("starts") or {}),
            next(iter(basis.get("effective") or {}), None), bool(basis.get("lasting"))]


def status_of(key: list, document: dict, today: date) -> str:
    """measure_status of a measure known by its status_key and its document (title, status, effective,
    valid_until): the status its card shows."""
    deadlines, until, starts, effective, lasting = key
    basis = {"starts": dict.fromkeys(starts, ""), "effective": {effective: ""} if effective else {}, "lasting": lasting}
    return measure_status({"deadlines": deadlines, "valid_until": until, "tag_basis": basis,
                           "document": {name: document.get(name) for name in ("title", "status", "status_text", "effective", "valid_until")
                                        if name in document}},
                          today)


def measure_status(measure: dict, today: date) -> str:
    """有效 / 已过期 / 尚未施行 / 未注明期限 against `today`, the date the app passes (rules never read the clock).

    A regulation that states no expiry is 有效 (现行有效) from its entry into force until it is repealed."""
    end, start = _day(measure_deadline(measure)), _day(measure_start(measure))
    if is_retired(measure) or (end is not None and end < today):
        return EXPIRED
    if start is not None and start > today:
        return NOT_YET
    if end is not None or is_standing(measure):
        return VALID
    return UNKNOWN


def confirm_question(measure: dict, today: date) -> str | None:
    """What to ask when a plan states no end and its year is over (never offered outright), else None:
    "文件印发于2022年，未写期限，请向责任单位确认是否仍在执行"."""
    if measure_status(measure, today) != UNKNOWN:
        return None
    year = document_year(measure)
    if year is None or year >= today.year:
        return None
    return f"文件印发于{year}年，未写期限，请向责任单位确认是否仍在执行"


def deadline_note(measure: dict, today: date) -> str:
    """The one sentence the clerk reads about a measure's time limit, saying whose date it is:
    the measure's own (its latest) or, failing that, the document's validity; then the windows that have no
    one calendar day, as the text writes them (自开业之日起6个月内申请; 每年6月底前申报, with its next day)."""
    note = _end_note(measure, today)
    windows = window_notes(measure, today) if measure_status(measure, today) != EXPIRED else []
    return "；".join([note, *windows])


def window_notes(measure: dict, today: date) -> list[str]:
    """"时限按原文：在开业之日起6个月内提出申请（从各自的日期起算）", "按原文：奖励申请于每年6月底前集中受理，
    下一次截至2027-06-30" — for the moving and recurring windows the measure's text states."""
    basis = measure.get("tag_basis") or {}
    out = [f"时限按原文：{words}（从各自的日期起算）" for words in basis.get("windows") or {}]
    for words in basis.get("recurring") or {}:
        nxt = next_occurrence(words, today)
        end = _day(measure_deadline(measure))
        if nxt and (end is None or nxt <= end):  # never a next round after the measure has ended
            out.append(f"按原文：{words}，下一次截至{nxt.isoformat()}")
    return out


def _end_note(measure: dict, today: date) -> str:
    status = measure_status(measure, today)
    if status == UNKNOWN:
        return confirm_question(measure, today) or "原文未注明期限，请向责任单位确认是否仍在执行"
    if status == NOT_YET:
        return f"自{measure_start(measure)}起施行，目前尚未施行：施行后才能办理"
    deadline = measure_deadline(measure)
    if status == EXPIRED and is_retired(measure):
        return f"文件{stored_status(measure)}，仅供了解"
    if deadline is None:  # a standing text
        start = measure_start(measure)
        since = f"自{start}起施行，" if start else ""
        if is_lasting(measure):
            return f"原文写明长期有效：{since}被修订或废止前一直有效"
        return f"现行有效：{since}未规定有效期，被修订或废止前一直有效"
    own = any(d for d in measure.get("deadlines") or [])
    whose = "本条期限至" if own else "文件有效期至"
    if status == EXPIRED:
        return f"{whose}{deadline}，已过期：不能再承诺办理，仅供了解"
    return f"{whose}{deadline}，目前有效"
