"""Time limits without one calendar day, as official texts write them, each with its words:

  - a moving window, counted from each business's own event ("在开业之日起6个月内提出申请", "取得证书后3个月内
    办理备案"): no date is common to all applicants, so it is shown as written; where the same sentence dates
    the latest such event ("首店须于2027年12月31日前开业，并在开业之日起6个月内提出申请") the last day it can
    reach is an end (2028-06-30);
  - a window that comes back for the applicant ("奖励申请于每年6月底前集中受理", "每季度首月10日前申报上季度补贴",
    "每月月底前申报"): its next occurrence as of a day the caller passes, and its last one inside a validity
    (a body's own routine, 每季度首月举办招聘会, is no time limit of the applicant's).

Periods counted from the document's own issue or entry into force (自印发之日起2年内有效) are ends of the text
and read in index/source/dates.py, as are windows every year a text only mentions beside a fixed end.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from index.source.dates import _APPLYING, _POINT, APPLY, END, ISSUE_VERBS, TimeFact, add_period, cn_count, iso, last_day, normalise, _point
from index.source.periods import EVERY, count
from index.source.sentences import clause_after, clause_around, split_sentences

WINDOW, RECURRING = "window", "recurring"

_COUNT = count(3)
# …之日起 / …后 / …起 N 日|个工作日|个月|年 内: the anchor is what the words before it name
_MOVING = re.compile(rf"(?P<anchor>[^，,。；;：:]{{1,30}}?)(?P<link>之日起|之日后|之日以后|之后|以后|后|起)(?:的)?\s*{_COUNT}\s*"
                     r"(?P<unit>个工作日|工作日|日|天|个月|年)(?:内|以内)")
# the words an anchor starts after: the subject and its modal ("企业应当在", "并自"), or the period it defines
# ("申报期限为通知发布之日起30日内")
_ANCHOR_LEAD = re.compile(r"^.*(?:自|从|在|于|(?:期限|时限|时间|期)(?:为|是|：|:))")
# anchors that are the document's own (印发, 本措施施行: its period is the text's, read in dates.py) or no event
# at all (即日); "申报通知发布" is another text's, a window of its own
_DOCUMENT_ANCHOR = re.compile(rf"^(?:本(?:实施)?(?:措施|办法|方案|通知|政策|细则|规定|意见|条例|决定|若干措施))?(?:{ISSUE_VERBS}|施行|实施|生效|执行)$|^(?:即日|今日)$")
# the applicant acts within the window (申报, 申请, 备案 …), not a body deciding (作出…登记的决定, 发给营业执照) or a
# landlord reducing rent; nor is a bar a window (自…之日起5年内不得申请 / 不得迁出)
_ACTS = re.compile(r"申报|申请|申领|报名|备案|提交|递交|报送|填报")
_BARRED = re.compile(r"不得|不再|禁止|不予")
# a body or an office as the one acting (登记机关应当自…, 技术合同登记机构应当在…)
_BODY = re.compile(r"机关|机构|部门|人民政府|办事处|[局委]$|[局委](?:应当|应|须|要)")

_YEARLY = re.compile(r"^[^，,。；;]{0,8}?(?:次年|下一?年度?)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|(?P<me>底|末|份))?"
                     r"(?:(?:至|到|—|－|-|~|～)(?:次年)?(?P<m2>\d{1,2})月(?:(?P<d2>\d{1,2})日|底|末)?)?")
_QUARTERLY = re.compile(r"^[^，,。；;]{0,4}?(?:(?P<first>首月|第一个月|初)(?:(?P<d>\d{1,2})日)?|(?P<last>末|最后一个月))")
_MONTHLY = re.compile(r"^[^，,。；;]{0,4}?(?:(?P<d>\d{1,2})日|月?(?:底|末))")
_BY = re.compile(r"^(?:[（(]含[）)])?(?:前|之前|以前|截止|止)")


# a sentence may hold a window only where it counts days, months or years within something, or says 每
_MAY_HOLD = re.compile(r"(?:日|天|月|年)(?:内|以内)|每")


def read_windows(text: str, year: int | None = None) -> list[TimeFact]:
    """The moving and recurring windows of a text, in order, each with the clause that states it as its words
    (and the sentence as its basis); a moving window whose latest event the sentence dates gives that last
    reachable day as an END fact too. `year`: for dates written without one."""
    facts: list[TimeFact] = []
    for sentence in split_sentences(text):
        if _MAY_HOLD.search(sentence):  # most sentences hold none (a build reads every sentence of 100,000 measures)
            facts += [TimeFact(kind, day, sentence, words) for kind, day, words in _sentence_windows(sentence, year)]
    return facts


@lru_cache(maxsize=65536)
def _sentence_windows(sentence: str, year: int | None) -> tuple[tuple[str, str, str], ...]:
    """(kind, ISO date or "", words) of the windows of one sentence (read once: a clause is read again for its
    benefit line)."""
    found: list[tuple[str, str, str]] = []
    s = normalise(sentence)
    for m in _MOVING.finditer(s):
        anchor = _ANCHOR_LEAD.sub("", m.group("anchor")).strip()
        lead = m.group("anchor")[: len(m.group("anchor").rstrip()) - len(anchor)]  # "补贴申请应当自"
        act = lead + clause_after(s, m.end())  # what is done in the window, and by whom
        if (not anchor or _DOCUMENT_ANCHOR.search(anchor) or re.search(r"\d月|\d日", anchor) or not _ACTS.search(act)
                or _BARRED.search(act) or _BODY.search(lead)):
            continue
        found.append((WINDOW, "", clause_around(s, m.start(), m.end())))
        reach = _last_reach(s, anchor, m, year)
        if reach:
            found.append((APPLY if _APPLYING.search(act) else END, reach, ""))
    for m in EVERY.finditer(s):
        words = clause_around(s, m.start(), m.end())
        if _spec(s[m.start():]) is not None and is_applicants(words):
            found.append((RECURRING, "", words))
    return tuple(found)


def _last_reach(s: str, anchor: str, m: re.Match, year: int | None) -> str | None:
    """The last day a moving window can reach where the sentence dates the latest event it counts from:
    "首店须于2027年12月31日前开业，并在开业之日起6个月内…" → 2028-06-30 (None for working days, which no calendar
    here counts)."""
    event = re.escape(anchor[-2:])  # its verb or object: 开业, 闭幕, 验收, 执照
    by_event = re.compile(rf"{_POINT}(?:[（(]含[）)])?(?:前|之前|以前)[^，,。；;]{{0,8}}?{event}")
    day = _latest_start(s, (by_event,), year)
    of_event = day is not None  # the event itself dated, not the start a span of running counts from
    held = _HELD_FOR.search(anchor)
    if not day and held:
        # "…期间新登记设立的，…自连续经营满6个月之日起3个月内申请": the event is a span after the business's own
        # start, which the sentence dates (by a day, or as the end of a period it must start in)
        day = _latest_start(s, (_STARTED_BY, _STARTED_IN), year)
    if not day or "工作日" in m.group("unit"):
        return None
    n = cn_count(m.group("n"))
    if not n:
        return None
    if held and not of_event:
        span, unit = cn_count(held.group("n")), held.group("unit")
        if not span:
            return None
        start = date.fromisoformat(day) + timedelta(days=1)
        day = (add_period(start, years=span) if unit == "年" else add_period(start, months=span)).isoformat()
    begin = date.fromisoformat(day) + timedelta(days=1)  # the day of the event is not counted: its window ends
    unit = m.group("unit")                                 # on the corresponding day (6月30日 + 3个月 → 9月30日)
    if unit == "年":
        return add_period(begin, years=n).isoformat()
    if unit == "个月":
        return add_period(begin, months=n).isoformat()
    return (begin + timedelta(days=n - 1)).isoformat()  # 30日内 from 3月1日: 3月31日


# an anchor that is a span of the business's own running ("连续经营满6个月", "入驻满1年"), and the sentence's date of the
# latest start it counts from ("2026年12月31日前开业的", "2026年1月1日至12月31日期间新登记设立的")
_HELD_FOR = re.compile(r"(?:连续|持续|正常)?(?:经营|运营|营业|生产|入驻|开业|设立|注册)?满(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})"
                       r"(?P<unit>个月|年)$")
_STARTS = r"(?:新)?(?:登记|设立|注册|成立|开业|入驻|开设)"
_STARTED_BY = re.compile(rf"{_POINT}(?:[（(]含[）)])?(?:前|之前|以前)[^，,。；;]{{0,12}}?{_STARTS}")
_STARTED_IN = re.compile(rf"(?:至|到|—|－|-|~|～){_POINT}(?:期间|之间|内)?[^，,。；;]{{0,16}}?{_STARTS}")
# a dated start the sentence shuts out rather than admits: "2025年12月31日前开业的企业不享受本政策", "…前注册的，不纳入支持
#范围", "…前开业的除外", "除2025年12月31日前已开业的门店外" (not a condition of its own: "…前开业、不享受其他补贴的")
_SHUT_OUT = r"(?:不享受|不予|不纳入|不属于|不适用|不在|不再|除外)"
_SHUT_AFTER = re.compile(rf"^[^，,。；;、]{{0,2}}?的[^，,。；;、]{{0,10}}?[，,]?\s*{_SHUT_OUT}")
_SHUT_BEFORE = re.compile(r"(?:除|非|不含|不包括|不属于)[^，,。；;\d]{0,3}$")


def _latest_start(s: str, patterns: tuple[re.Pattern, ...], year: int | None) -> str | None:
    """The latest day (ISO) of a business's start the sentence admits, over every dated start the patterns find
    ("2026年6月30日前开业的…，2026年12月31日前开业的…" → the later), leaving out the starts it shuts out."""
    days = []
    for pattern in patterns:
        for found in pattern.finditer(s):
            head = re.split(r"[，,。；;]", s[:found.start()])[-1]
            if _SHUT_AFTER.search(s[found.end():]) or _SHUT_BEFORE.search(head):
                continue
            point = _point(found)
            y = point[0] or year
            day = iso(y, point[1], point[2]) if y else None
            if day:
                days.append(day)
    return max(days) if days else None


def _spec(words: str) -> tuple[int, int, int | None] | None:
    """(months between occurrences, month of the period it falls in (1-based), day or None for the month's
    end) of the first window every year / quarter / month the words state, else None (also for a month or
    day no calendar has: 每年13月底前 / 每月0日前 are a typo, never a build's crash)."""
    spec = _spec_read(words)
    if spec is None:
        return None
    every, month, day = spec
    if not 1 <= month <= every or (day is not None and not 1 <= day <= 31):
        return None
    return spec


def _spec_read(words: str) -> tuple[int, int, int | None] | None:
    m = EVERY.search(words)
    if not m:
        return None
    rest = words[m.end():]
    per = m.group("per").lstrip("个")
    if per in ("年", "年度"):
        y = _YEARLY.match(rest)
        if not y:
            return None
        if y.group("m2"):  # 每年3月1日至3月31日: the window ends on its last day
            return 12, int(y.group("m2")), int(y.group("d2")) if y.group("d2") else None
        if not (y.group("d") or y.group("me") or _BY.match(rest[y.end():])) and not re.match(r"^(?:集中|组织|开展|受理|申报)", rest[y.end():]):
            return None
        return 12, int(y.group("m")), int(y.group("d")) if y.group("d") else None
    if per in ("季度", "季"):
        q = _QUARTERLY.match(rest)
        if not q:
            return None
        return (3, 1, int(q.group("d")) if q.group("d") else None) if q.group("first") else (3, 3, None)
    q = _MONTHLY.match(rest)
    if not q:
        return None
    return 1, 1, int(q.group("d")) if q.group("d") else None


def _occurrences(spec: tuple[int, int, int | None], first_year: int, last_year: int):
    every, month, day = spec
    for y in range(first_year, last_year + 1):
        for start in range(1, 13, every):
            m = start + month - 1
            end = last_day(y, m)
            yield end if day is None else end.replace(day=min(day, end.day))


def next_occurrence(words: str, today: date) -> date | None:
    """The next day (today or later) of the window every year / quarter / month the words state:
    "奖励申请于每年6月底前集中受理" on 2026-12-04 → 2027-06-30; None when the words state none."""
    spec = _spec(normalise(words))
    if spec is None:
        return None
    return next((d for d in _occurrences(spec, today.year, today.year + 1) if d >= today), None)


def last_occurrence(words: str, until: date, since: date | None = None) -> date | None:
    """The last day of the recurring window on or before `until` (a validity's end), not before `since`:
    "每年6月底前" within a validity to 2028-07-31 → 2028-06-30."""
    spec = _spec(normalise(words))
    if spec is None:
        return None
    found = [d for d in _occurrences(spec, (since or until).year - (0 if since else 1), until.year)
             if d <= until and (since is None or d >= since)]
    return found[-1] if found else None


# a round to claim the benefit in: not a report a business owes (每月10日前报送用工数据) nor a body's own routine
_CLAIMS = re.compile(r"申报|申请|受理|申领|报名|兑付|兑现")


def is_applicants(words: str) -> bool:
    """A window the applicant claims the benefit in (申报, 申请, 受理 …), not a report a business owes every month
    (报送用工数据) nor a body's own routine (每季度首月举办招聘会)."""
    return bool(_CLAIMS.search(words))


def is_yearly(words: str) -> bool:
    """A window every year (每年6月底前, 每年4月1日至4月30日): its last round inside a validity ends the measure;
    a monthly or quarterly one is the ordinary running of the measure until its validity ends."""
    spec = _spec(normalise(words))
    return bool(spec and spec[0] == 12)
