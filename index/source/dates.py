"""Dates and periods as official Chinese texts write them, read into ISO dates with the sentence they stand in.

One reader for the document's own dates (metadata: 印发, 通过, 施行, 有效期) and for a measure's time limits
(index/facts/deadlines.py). Every fact names its kind:
  - end:    a date after which the benefit or the text no longer applies ("至2026年10月31日止", "执行至2027年底",
            "有效期2年", "2026年度内", "2026年上半年，…", "对2026年12月31日前获得…的企业");
  - apply:  an end that is the applicant's last day ("申报截止时间为2026年6月30日", "须于2027年1月15日前完成报名",
            "下半年集中组织一次申报"): where a measure states one, it is the measure's end, over the period of
            the activity ("消费券7月至10月发放，商户须在6月20日前完成入驻登记" ends on 6月20日 for a business);
  - lasting: the text says it has no end (长期有效);
  - paid:   a date by which the grant is paid or decided ("返还资金于11月30日前拨付完毕", "于年底前完成奖励认定"):
            after it nothing is paid, so it ends a measure that states no other end (免申即享);
  - work:   a date by which a government body is to do its own part (区商务局于9月30日前完成审核, 各街道于…前
            建成…): not the applicant's, the end only of a measure that is government work;
  - target: a date by which a part of the work is to be done ("确保6月30日前…应退尽退", "8月底前资金使用到位");
  - start:  a date before which it does not apply ("自2027年1月1日起施行");
  - condition: a date that says who or what qualifies, not until when the measure runs: an event of the
            receiver dated before or after it ("对2025年12月31日前注册的个体工商户", "2024年1月1日至2025年12月31日
            期间成立的", "自2026年1月1日起新设立的"), or the day a supported project must be done by ("获得支持的技改
            项目须于2026年11月30日前完成"): never the measure's end, whoever's work the measure is.
Chinese-numeral dates (二〇二六年六月三十日) and full-width digits are read as the Arabic ones; a date without
a year takes the year last written before it in the same text, else the year given (the document's).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta

from index.source.periods import CN_COUNT_DIGITS, RECURS, count
from index.source.sentences import split_sentences

END, APPLY, PAID, TARGET, WORK, START, LASTING = "end", "apply", "paid", "target", "work", "start", "lasting"
CONDITION = "condition"

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})(?=年)")
_CN_MONTH_DAY = re.compile(r"(?<=[年\d])([一二三四五六七八九十]{1,3})(?=月)|([一二三四五六七八九十]{1,3})(?=月[一二三四五六七八九十]{1,3}日)"
                           r"|(?<=[年\d])([一二三四五六七八九十]{1,3})(?=月)|(?<=月)([一二三四五六七八九十]{1,3})(?=日)")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# a day written with dots, slashes or dashes (2027.3.31, 2027/1/15, 2027-03-31): a year, a month, a day that exist
_SEPARATED_DAY = re.compile(r"(?<![\d.．])(20\d{2})([.．/／-])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.．%％])")


def cn_count(text: str) -> int | None:
    """"三" → 3, "十二" → 12, "二十" → 20, "两" → 2, "3" → 3; None for anything else."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGIT and ch != "十" for ch in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    return _CN_DIGIT[text] if len(text) == 1 else None


def normalise(text: str) -> str:
    """Full-width digits, Chinese-numeral dates and days written with separators as Arabic ones with 年月日:
    "二〇二六年六月三十日" → "2026年6月30日", "2027.3.31" → "2027年3月31日"."""
    text = (text or "").translate(_FULL_DIGITS)
    text = _SEPARATED_DAY.sub(lambda m: f"{m.group(1)}年{int(m.group(3))}月{int(m.group(4))}日", text)
    text = _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGIT[c]) for c in m.group(1)), text)

    def month_day(m: re.Match) -> str:
        value = cn_count(next(g for g in m.groups() if g))
        return str(value) if value is not None else m.group(0)

    return _CN_MONTH_DAY.sub(month_day, text)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def iso(year: int | str, month: int | str, day: int | str | None = None) -> str | None:
    """ISO date (the month's last day when no day is given); None for a date that does not exist."""
    try:
        y, m = int(year), int(month)
        return (date(y, m, int(day)) if day else last_day(y, m)).isoformat()
    except (ValueError, TypeError):
        return None


def add_period(start: date, years: int = 0, months: int = 0) -> date:
    """The last day of a period of N years / months that begins on `start` (有效期2年 from 2026-07-01 → 2028-06-30)."""
    total = start.year * 12 + start.month - 1 + years * 12 + months
    y, m = divmod(total, 12)
    m += 1
    if start.day > calendar.monthrange(y, m)[1]:  # 1月31日起1个月: 2月没有31日, the period ends on its last day
        return last_day(y, m)
    return date(y, m, start.day) - timedelta(days=1)


@dataclass(frozen=True)
class TimeFact:
    kind: str  # END, APPLY, PAID, WORK, TARGET, START, LASTING (or a window of index/source/windows.py)
    date: str  # ISO ("" for a window without a calendar day: 长期有效, 开业之日起6个月内, 每年6月底前)
    basis: str  # the sentence it was read from, as the text writes it
    words: str = ""  # a window's own words, as written: "开业之日起6个月内提出申请", "每年6月底前"


# one point in time: 2026年6月30日 / 6月30日 / 2026年6月 / 6月底 / 2026年底 / 2026年上半年 / 2026年第三季度 / 年底
_POINT = (rf"(?:(?:(?P<y1>20\d{{2}})年)?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日|(?P<me>底|末|份))?"
          rf"|(?:(?P<y2>20\d{{2}})年)?(?P<half>上半年|下半年)(?:末|底)?"
          rf"|(?:(?P<y3>20\d{{2}})年)?第?(?P<q>[一二三四1-4])季度(?:末|底)?"
          rf"|(?:(?P<yy>20\d{{2}})|(?P<this>今|本|当))?年(?:底|末))")


def _point(m: re.Match, prefix: str = "") -> tuple[int | None, int, int | None] | None:
    """(year or None, month, day or None for the month's end) of a _POINT match whose groups carry `prefix`."""
    g = {k[len(prefix):]: v for k, v in m.groupdict().items() if k.startswith(prefix)} if prefix else m.groupdict()
    year = next((v for k, v in g.items() if k[:1] == "y" and v), None)
    year = int(year) if year else None
    if g.get("m"):
        return year, int(g["m"]), int(g["d"]) if g.get("d") else None
    if g.get("half"):
        return year, 6 if g["half"] == "上半年" else 12, None
    if g.get("q"):
        return year, 3 * cn_count_or_digit(g["q"]), None
    return year, 12, None


def cn_count_or_digit(text: str) -> int:
    return int(text) if text.isdigit() else cn_count(text) or 0


def _renamed(pattern: str, prefix: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{prefix}{m.group(1)}>", pattern)


_APPLY = (r"(?:(?:向|通过|到|在|将)[^，。；]{0,15}?)?(?:(?:完成|提出|进行|办理|提交|报送)[^，。；]{0,4}?)?"
          r"(?:申报|申请|申领|填报|报名|提交|递交|报送|登记|备案|注册|签约|签订|兑付|领取|核销|使用|消费|购买|购置|入驻|报备|认定|参加|参评|上传)")
_END_CUE = r"(?:截止|截至|截止到|截止至|止于)(?:时间|日期|期限|日)?(?:均|都|统一)?(?:为|是|：|:|到|至|于)?"
_TO_CUE = r"(?:至|到|直至|延长至|延续至|顺延至|执行至|实施至|有效期至|期限至)"
# a metric of the year, not a period of the benefit: "2025年度营业收入", "上年度纳税额"
_METRIC = r"(?:获|被|认定|评为|入选|营业|营收|纳税|税收|产值|销售(?!合同|协议|订单)|主营|收入|利润|研发|实缴|净利|经营|产量|出口|进口|用工|工资|社保|缴纳|评价|考核|统计)"

# the words of a clause that make its end the applicant's last day ("申报截止时间为…", "受理时间截至…")
_APPLYING = re.compile(r"申报|申请|报名|受理|申领|填报|递交|报送|提交|登记|兑付")
# whose work a date is: a government body acting (区财政局于…前拨付, 各街道办事处于…前完成…建设) is not the applicant
_GOVERNMENT = re.compile(r"(?<![向到经与])(?:[区市县]|各)[^，。；、企业]{0,14}?(?:局|委员会|委|办公室|人民政府|政府|管委会|办事处|街道|镇)"
                         r"(?![属级])|(?:有关|相关|主管|行业主管)部门")
_BUSINESS = re.compile(r"企业|商户|单位|申请人|个体工商户|经营者|主体|项目")
# a must addressed to whoever applies, right before the date: 须于 / 应当在 / 请于 … 前 (what they must do follows
# in the clause: "承租的个体工商户须于…前持营业执照和租赁合同向出租方提出书面申请")
# a round of applications named by its period, then the day it closes ("2026年第四季度申报于12月10日前截止")
# (the next clause at most, and the round's own close: not another stage ending later, "材料审核至2027年8月31日止",
# "项目实施期至…止", "资金兑付于…前结束")
_ROUND_CLOSES = re.compile(rf"[，,]?(?:(?!审核|审查|评审|复核|实施|兑付|兑现|拨付|发放|公示|验收|考核|认定|建设)[^，,。；]){{0,8}}?"
                           rf"(?:于|在|至)?\s*{_POINT}(?:前|之前)?(?:截止|结束|止)")
_MUST = re.compile(r"(?:须|需|需要|应|应当|应该|必须|务必|请|要)(?:于|在)$")
# government taking applications (于…前受理申请) sets the applicant's last day all the same
_ACCEPTS = re.compile(r"受理|征集|(?:组织|开展)[^，。；]{0,4}?(?:申报|申请)|接受申请")
# the grant's own payment or decision (资金于…前拨付完毕, 奖励认定于年底前完成, 审核确定奖励名单): after it nothing is paid
_MONEY = r"(?:资金|奖励|补贴|补助|奖补|贴息|奖金)"
_PAYS = re.compile(rf"拨付|兑付|兑现|划拨|返还|(?:发放|支付|认定|审核|确定|核定)[^，。；]{{0,8}}?{_MONEY}"
                   rf"|{_MONEY}[^，。；]{{0,8}}?(?:发放|支付|认定|审核|确定|核定)")
# the grant itself as the subject of the date ("…企业的奖励于", "减免须于", "补贴资金应当在"): paid or delivered by then
_GRANT_SUBJECT = re.compile(rf"(?:^|的)(?:减免|优惠|{_MONEY})(?:资金|款项)?(?:须|需|应当|应|将|均)?(?:于|在)$")
_DELIVERED = re.compile(r"落实到位|落实完毕|执行到位|兑现|发放到位|拨付到位|抵扣完毕|减免到位")
# a precondition: what is not done by the date is excluded (逾期不予…, 未备案的项目不予支持)
_LATE_EXCLUDED = re.compile(r"逾期|未(?:按期|按时|在规定时间内)?[^，。；]{0,10}?(?:不予|不再|不纳入|不享受|不得|取消)")
# the step a business takes to get in (备案, 入库, 报名 …): its window is the applicant's last day
_ENTRY = re.compile(r"备案|登记|入库|报名|注册|申报|申请|签约|入驻|认定|取得|填报")
# an event that places a business among those the benefit is for, in a year: 2026年新认定的, 2025年度首次认定的
_EVENT = (r"(?:新|首次|当年)?(?:认定|获评|获得|评为|入选|新增|申请|发生|开业|开设|入驻|招用|吸纳|设立|注册(?!资本)|签订|纳入|升规|上市)")
# a qualifying condition "对…的" opened before the date: 对2026年12月31日前获得…受理的本区企业 (not the work of
# government: 确保在6月30日前符合条件的企业…应退尽退)
# (or the scope the grant is said to cover: 本项补贴适用于2027年6月30日前新入驻的企业, 限于…前注册的…)
_CONDITION_OPENS = re.compile(r"(?:对|凡|对于|凡是|在|适用于|适用|限于|仅限于?|面向|针对)$")
_SCOPE_OPENS = re.compile(r"(?:适用于|适用|限于|仅限于?|面向|针对)$")
_WORK_TARGET = re.compile(r"确保|力争|争取|督促|推动|要求")
# a period at the head of a sentence scopes what follows: "2026年上半年，在全区认定一批…"
_HEAD = r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?"

_RULES: list[tuple[str, re.Pattern]] = [
    (END, re.compile(rf"{_END_CUE}\s*{_POINT}")),
    (END, re.compile(rf"{_TO_CUE}\s*{_POINT}")),
    (END, re.compile(rf"{_renamed(_POINT, 'a_')}\s*(?:—|–|－|-|~|～|〜)\s*{_POINT}")),  # 5月1日—6月30日
    # 受理期限为2026年9月30日 / 申报时限：9月30日 (a single day: not the start of a range)
    (END, re.compile(rf"(?:期限|时限)(?:为|是|：|:)\s*{_POINT}(?![起\d]|开始|至|到|—|–|－|-|~|～)")),
    # 2026年6月30日截止 / 于2026年6月30日结束 / 2026年12月31日到期
    (END, re.compile(rf"{_POINT}(?:[（(]含[）)])?(?:截止|结束|到期|为止|止)")),
    # 2022年底前对报废…: a year's end with its year is the end of the benefit
    # (2026年年底前, as 2026年底前; read, as a day before which a thing is done, by whose act it is: 区科委于2026年底前建成…)
    (END, _YEAR_END := re.compile(r"(?P<y>20\d{2})年年?(?:底|末)(?:前|之前|以前)")),
    # a benefit scoped to a year: 2022年度内, 2022年内, 2022年对…, 2022年新申请, 2022年6月减免的
    (END, _YEAR_WITHIN := re.compile(r"(?P<y>20\d{2})年度?内")),
    (END, _YEAR_FOR := re.compile(r"(?P<y>20\d{2})年对")),
    (END, _IN_YEAR := re.compile(rf"(?P<y>20\d{{2}})年度?{_EVENT}")),
    # a half or a quarter of a year the event falls in (对小微企业2027年上半年新增贷款…, 2026年第四季度内新招用…的)
    (END, _IN_PART := re.compile(rf"(?P<y2>20\d{{2}})年(?:(?P<half>上半年|下半年)|第?(?P<q>[一二三四1-4])季度)(?:内|期间)?{_EVENT}")),
    (END, re.compile(r"(?P<y>20\d{2})年\d{1,2}月(?:份)?减免的")),
    (END, _YEAR_METRICLESS := re.compile(rf"(?P<y>20\d{{2}})年度(?!{_METRIC}|[^，。；]{{0,3}}{_METRIC})")),
    # 须于2027年1月15日前完成报名 / 2027年9月30日前申报 / 年底前申报: the applicant's last day
    (END, _BY_APPLYING := re.compile(rf"{_POINT}(?:[（(]含[）)])?(?:前|之前|以前|为止)[，,]?{_APPLY}")),
    (END, _HALF_APPLYING := re.compile(r"(?:(?P<y2>20\d{2})年)?(?:(?P<half>上半年|下半年)|第?(?P<q>[一二三四1-4])季度)(?:末|底)?(?:内|前|之前)?"
                     r"[^，。；0-9]{0,8}?(?:申报|申请|报名|受理|申领)(?!的)")),
    # 2026年上半年，… / 2026年第四季度，… / 2026年，…: the period the sentence's action falls in
    (END, _HEADING := re.compile(rf"{_HEAD}(?:(?P<y2>20\d{{2}})年(?P<half>上半年|下半年)|(?P<y3>20\d{{2}})年第?(?P<q>[一二三四1-4])季度"
                                 rf"|(?P<yy>20\d{{2}})年度?)(?:内|期间)?[，,]")),
    # 最后申报日期：2027年6月30日 / 最后一次申报为2028年11月30日: the last day to apply
    (END, _LAST_CALL := re.compile(rf"最后(?:一次|一期|一批|一轮)?(?:申报|申请|报名|受理|申领)(?:的)?(?:日期|时间|日|期限)?"
                                   rf"(?:为|是|：|:|在)?\s*{_POINT}")),
    # 2028年为最后一个申报年度 / 2028年度为最后申报年度: that year's end is the last day to apply
    (END, _LAST_YEAR := re.compile(r"(?P<y>20\d{2})年度?(?:为|是)(?:本(?:政策|措施|项目)的?)?最后(?:一个)?(?:申报|申请|受理)年度")),
    # 最迟不晚于2027年6月30日 / 不迟于… / 最晚不超过…: the latest day
    (END, _LATEST := re.compile(rf"(?:(?:最迟|最晚)(?:不晚于|不迟于|不超过|不得超过|于|在|为|至)?|不晚于|不迟于)\s*{_POINT}(?:前|之前)?")),
    # 确保6月30日前…应退尽退 / 8月底前资金使用到位: a date a part of the work is done by
    (TARGET, re.compile(rf"{_POINT}(?:[（(]含[）)])?(?:前|之前|以前)")),
    # 于2026年上半年完成 / 资金于2026年第四季度拨付: a point the work is done at
    # (the place may come between: 于2026年上半年在各街道便民服务中心设立专窗)
    # (or handed in then: 奖励申请于2027年上半年提交 / 申请材料于第一季度报送区商务局 — whose act it is decides, _kind_in_context)
    # (the work's own verb may stand before its completion: 于2026年上半年编制完成…, 于第三季度修订完成…)
    (TARGET, _DONE_IN := re.compile(rf"(?:于|在){_POINT}(?:内|期间)?(?=(?:在[^，。；]{{1,30}}?)?(?:[^，。；\d]{{0,4}}?(?:完成|建成|办结)|拨付|兑付|兑现|发放|划拨|返还|"
                                    rf"建成|办结|审核|设立|开设|设置|建立|开通|上线|出台|制定|组建|提交|提出|报送|递交))")),
    # 申请须于2026年上半年向出租方提出 / 应在第三季度内完成申报: a period (no 前) a must is due in, its end the last day
    # (or any step whose lateness shuts the business out: 应于2026年上半年…确认收款账户信息，逾期未确认的视为放弃)
    (TARGET, re.compile(rf"(?:须|需|应当?|必须|务必)(?:于|在){_POINT}(?:内|期间)?(?=[^，。；]{{0,20}}?(?:提出|提交|申请|申报|报名|办理|完成)"
                        rf"|[^。；]{{0,40}}?逾期)")),
    (START, re.compile(rf"(?:自|从|于)?{_POINT}(?:起|开始)")),
    (START, re.compile(rf"{_POINT}(?:正式)?(?:施行|实施|生效)")),
]
# 有效期2年 / 有效期为三年 / 自发布之日起2年内 / 自印发之日起施行，有效期3年 / 6个月内有效 / 试行一年 / 期限暂定两年 / 为期两年
_COUNT = count(2)
_PERIOD = re.compile(rf"(?:(?P<term>有效期限?|执行期|实施期|试行期?|期限|为期)(?:暂定|暂按)?(?:为|是|：|:)?|(?P<link>之日起|起))"
                     rf"\s*{_COUNT}\s*(?P<unit>年|个月)")
# 施行，两年内有效 / 三年有效: the text's own period, counted from its issue or entry into force
_LASTS = re.compile(rf"(?<![\d{CN_COUNT_DIGITS}]){_COUNT}\s*(?P<unit>年|个月)(?:内|以内)?有效")
# the anchor of "…之日起N年" that is the text's own (印发之日, 施行之日, 即日): any other is a business's own event
# (开业之日起6个月内申请: index/source/windows.py)
# the verbs of a text's issue, for every reader of "自印发之日起" (here, windows.py, metadata.py)
ISSUE_VERBS = "印发|发布|公布|颁布|签发"
_ISSUE_ANCHOR = re.compile(rf"(?:{ISSUE_VERBS}|即日|今日)$")
# a period of something a business holds or receives (消费券有效期3个月, 认定资格有效期三年, 贷款期限为1年, 补贴期限
#最长12个月): not the measure's own, unless the words name the text (本项补贴执行期限为两年)
_HELD = re.compile(r"券|资格|结果|称号|证书|证照|执照|许可|资质|贷款|借款|合同|租期|担保|授信|保险|牌匾|荣誉|补贴|补助|贴息|减免|奖励|聘期|任期")
# a period counted from the approval of what one applied for ("经审核同意后有效期1年", "获批之日起2年内有效"), or
# following the issue of a thing held ("核发临时外摆许可，有效期一年"): the validity of what is granted, not the text's
_APPROVED = re.compile(r"(?:审核|审批|批准|核准|同意|获批|核发|颁发|认定|备案|登记|签约|发放|领取|申领|取得|获得)"
                       r"(?:通过|同意|完成)?(?:后|之日起|之日|以后|起|$)$")
_ISSUED_THING = re.compile(r"(?:核发|颁发|发放|发给|授予|出具|办理|发证|准予)[^，。；]{0,16}?(?:券|证|证书|许可|执照|资格|牌照|书|函|证明|"
                           r"批复|凭证|备案|资质)")
_OWN_TEXT = re.compile(r"[本此该](?:项|条|款|措施|政策|办法|方案|细则|通知|规定)|^(?:政策|措施)")
_EFFECT_ANCHOR = re.compile(r"(?:施行|实施|生效|执行)$")
_OTHER_TEXT = re.compile(r"(?<!本)(?:通知|公告|指南|名单|结果|细则|公示)(?:正式)?(?:印发|发布|公布|签发)$")
_FROM_ISSUE = re.compile(rf"(?:{ISSUE_VERBS})之日")
_FROM_EFFECT = re.compile(r"(?:施行|实施|生效)之日")
_EXPLICIT_START = re.compile(rf"(?:自|从){_POINT}(?:起|开始)")
_LASTING = re.compile(r"长期有效(?=[。；;，,）)]|$)")


def read_time(text: str, year: int | None = None, issued: str | None = None,
              effective: str | None = None) -> list[TimeFact]:
    """The time facts of a text, in order of appearance, each with its sentence. `year`: the document's, for
    dates written without one (and to tell a past year's condition from the benefit's own year); `issued`: the
    document's date, for periods counted from 印发/发布之日; `effective`: its entry into force, for 施行之日."""
    facts: list[TimeFact] = []
    last_year = year
    for sentence in split_sentences(text):
        if not _MAY_HOLD_TIME.search(sentence):
            continue  # most sentences name no date: skip the rules (a build reads every sentence of 100,000 measures)
        found, written = _sentence_time(sentence, last_year, issued, effective, year)
        facts += [TimeFact(kind, day, sentence) for kind, day in found]
        last_year = written or last_year
    return facts


# the hour or weekday written after a day: 9月30日17时前 / 9月30日（星期三）前 / 9月30日24:00前 — the day counts
_CLOCK = re.compile(r"(?<=日)(?:\s*[（(](?:星期|周|礼拜)[一二三四五六日天][）)]|\s*\d{1,2}\s*[:：]\s*\d{2}|\s*\d{1,2}\s*[时点](?:\d{1,2}分|整|半)?)")
# every date, period or season is written with 年, 月 or 季度, or as 2027.3.31 (or says it has none: 长期有效)
_MAY_HOLD_TIME = re.compile(r"[年月]|季度|长期有效|20\d{2}[.．/／-]\d")


def _is_past(day: str, issued: str | None, doc_year: int | None) -> bool | None:
    """Whether `day` lies before the document was issued (None when the document's date is unknown)."""
    if issued:
        return day < issued
    if doc_year:
        return int(day[:4]) < doc_year
    return None


@lru_cache(maxsize=65536)
def _sentence_time(sentence: str, last_year: int | None, issued: str | None, effective: str | None = None,
                   doc_year: int | None = None) -> tuple[tuple[tuple[str, str], ...], int | None]:
    """((kind, ISO date) …, the last year written in it) of one sentence; the same sentence is read once
    (a clause's words are read again for its benefit line)."""
    s = _CLOCK.sub("", _relative_years(normalise(sentence), doc_year or last_year))
    hits: list[tuple[int, int, str, str]] = []  # (start, end, kind, iso)
    scopes: set[int] = set()  # where a year-scope rule found its date (2026年度, 2026年内)
    years = [(m.start(), int(m.group(1))) for m in re.finditer(r"(20\d{2})年", s)]

    def year_at(pos: int) -> int | None:
        before = [y for p, y in years if p < pos]
        return before[-1] if before else (doc_year or last_year)

    for kind, pattern in _RULES:
        for m in pattern.finditer(s):
            if any(a <= m.start() < b or a < m.end() <= b for a, b, _, _ in hits):
                continue
            clause = re.split(r"[，,；：:]", s[max(0, m.start() - 12) : m.start()])[-1]
            if kind != START and RECURS.search(clause):
                continue  # 每年1月1日至6月30日报送年度报告: a window every year, not an end
            point = _point(m)
            y = point[0] if point[0] is not None else year_at(m.end())
            if y is None:
                continue
            day = iso(y, point[1], point[2])
            if not day:
                continue
            found = _kind_in_context(kind, pattern, m, s, day, issued, doc_year)
            if found in (END, APPLY, PAID) and issued and day < issued and not any(p < m.end() for p, _ in years):
                # a date without a year that would end before the text was issued: the next year it comes to
                # (a plan of 2026-11-20: 申报截止时间为1月15日), or the later year the text was speaking of
                y = last_year if last_year and last_year > y else y + 1
                day = iso(y, point[1], point[2]) or day
            if found:
                hits.append((m.start(), m.end(), found, day))
                if pattern in _YEAR_SCOPES:
                    scopes.add(m.start())
    # a year that scopes the benefit ("2026年度补贴于11月1日至11月20日集中申报") is no last day of its own where the
    # same sentence gives the application's own dated window, or a day the grant is decided or paid by
    # ("2026年度名单于2027年1月底前确定并完成拨付": the year names the round, the day ends it)
    if scopes and any(start not in scopes and (kind == APPLY or (kind == END and _APPLYING.search(s))
                                               or (kind == PAID and re.search(r"前|截止|止", s[start:end])))
                      for start, end, kind, _ in hits):
        hits = [h for h in hits if h[0] not in scopes]
    for pattern in (_PERIOD, _LASTS):
        for m in pattern.finditer(s):
            if any(a <= m.start() < b or a < m.end() <= b for a, b, _, _ in hits):
                continue  # 自发布之日起2年内有效: read once
            lead = re.split(r"[，,。；;：:]", s[: m.start()])[-1]
            if (_HELD.search(lead) and not _OWN_TEXT.search(lead)) or (pattern is _LASTS and re.search(r"[起后]$", lead)):
                continue  # 消费券有效期3个月 / 资格自认定之日起3年内有效: a period of what is held, or of each one's own
            before = re.split(r"[，,。；;：:]", s[: m.start()].rstrip("，,；;：:"))[-1]  # the clause before an empty lead
            if not _OWN_TEXT.search(lead) and (_APPROVED.search(lead) or (not lead.strip() and not _OWN_TEXT.search(before) and (
                    _ISSUED_THING.search(before) or _APPROVED.search(before.removesuffix("的"))))):
                continue  # 经审核同意后有效期1年 / 核发临时经营许可证，有效期一年: the validity of what is granted
            if pattern is _PERIOD and m.group("term") == "为期" and (s[m.end():].startswith("的")
                                                                   or (lead and not _OWN_TEXT.search(lead))):
                continue  # 为期3个月的培训 / 免除为期6个月的租金: the length of what is done or given, not the text's
            n = cn_count(m.group("n"))
            start = _period_start(s, m, year_at, issued, effective)
            if not n or not start:
                continue
            try:
                begin = date.fromisoformat(start)
            except ValueError:
                continue
            end = add_period(begin, years=n) if m.group("unit") == "年" else add_period(begin, months=n)
            hits.append((m.start(), m.end(), END, end.isoformat()))
    for m in _LASTING.finditer(s):
        hits.append((m.start(), m.end(), LASTING, ""))
    return tuple((kind, day) for _, _, kind, day in sorted(hits)), (years[-1][1] if years else None)


# the rules that read a year as the benefit's scope, not a dated day
_YEAR_SCOPES = {_YEAR_WITHIN, _YEAR_FOR, _IN_YEAR, _YEAR_METRICLESS}


# a year named relative to the document's: 本年度11月30日, 当年11月底, 次年3月底, 于年内, 本年度内
_THIS_YEAR = re.compile(r"(?:本年度|本年|今年|当年)(?=\d{1,2}月|底|末|[上下]半年|第?[一二三四1-4]季度)"
                        r"|(?:本年度|本年|今年|(?<=[于在])当年)(?=内)|(?<=[于在])(?=年内)")
# (当年内 after a business's own event — 设立当年内, 认定的当年内 — is that year, not the document's: not read here)
_NEXT_YEAR = re.compile(r"(?:次年|明年|翌年|下一?年度?)(?=\d{1,2}月|底|末|[上下]半年|第?[一二三四1-4]季度)")


def _relative_years(s: str, year: int | None) -> str:
    """本年度/当年/今年 and 次年/明年 before a month or season, written as the year they mean (the document's; the
    year after the last one written before 次年, else after the document's)."""
    if year is None:
        return s
    s = _THIS_YEAR.sub(lambda m: f"{year}年" if m.group(0) else str(year), s)

    def following(m: re.Match) -> str:
        before = re.findall(r"(20\d{2})年", s[: m.start()])
        return f"{int(before[-1]) + 1 if before else year + 1}年"

    return _NEXT_YEAR.sub(following, s)


def _kind_in_context(kind: str, pattern: re.Pattern, m: re.Match, s: str, day: str, issued: str | None,
                     doc_year: int | None) -> str | None:
    """What a rule's date is, read with the clause around it: the applicant's last day, the end of a window
    a business must enter by, a condition on who (a date already past when the text was issued), or none."""
    lead = re.split(r"[，,；;。]", s[: m.start()])[-1]  # the clause before the date
    if pattern is _HALF_APPLYING and _ROUND_CLOSES.match(s[m.end():]):
        return None  # 第四季度申报于12月10日前截止: the period names the round; the day after it closes it
    tail = re.match(r"[^，,。；;]*", s[m.end():]).group(0)  # the clause after it
    qualifies = re.search(r"的(?!话)", tail) is not None
    act = m.group(0) + tail[:4]  # the verb the date is for: 前完成入驻登记 / 前提交申报材料
    opens = _CONDITION_OPENS.search(lead) or not lead.strip()  # 对…前…的 / a sentence that opens with the date
    # what follows the date's own words (for a rule that reads the act too, "2025年12月31日前注册": "前注册" and the clause)
    after = _DATE_WORDS.sub("", m.group(0)) + tail
    if _is_condition(kind, lead, after, day, issued, doc_year):
        return CONDITION
    if (kind == TARGET or pattern is _BY_APPLYING or pattern is _YEAR_END) and not (qualifies and opens):
        whose = _whose_date(lead, m.group(0) + tail, s[m.end():])
        if whose and (pattern is not _YEAR_END or whose in (WORK, PAID)):
            return whose
    if pattern is _BY_APPLYING or (kind == TARGET and qualifies and opens and not _WORK_TARGET.search(lead)):
        if pattern is _BY_APPLYING and not qualifies:
            return APPLY if _APPLYING.search(act) else END
        if not qualifies:
            return kind
        # 对2026年12月31日前获得…的企业 / 2026年10月31日前完成申报的: whoever enters by then; a date past when the
        # text was issued is a condition on who (对2026年3月31日前已签订合同的…), not an end
        # (as is one whose act is written as done by then, 对2026年6月30日前已签订合同的…: those who had, whenever they apply)
        past = _is_past(day, issued, doc_year)
        if past or tail.startswith(("已", "已经")):
            return CONDITION
        # a scope the grant is said to cover (仅限于/适用于/面向…前开业的…) in a text whose date is unknown: who may
        # have entered by then, asked, never the measure's end (review 33 P4: a past day read as the grant's expiry)
        if past is None and _SCOPE_OPENS.search(lead):
            return CONDITION
        return APPLY if _APPLYING.search(act) else END
    if pattern in (_IN_YEAR, _HEADING, _YEAR_METRICLESS) and _is_past(day, issued[:4] + "-01-01" if issued else None, doc_year):
        return None  # 对2025年度首次认定的… in a 2026 text: the year of a condition, not of the benefit
    if pattern is _IN_PART and _is_past(day, issued, doc_year):
        return None  # 对2025年度首次认定的… in a 2026 text: the year of a condition, not of the benefit
    if kind == END and (pattern is _HALF_APPLYING or _APPLYING.search(_head(lead))
                        or (pattern is _LATEST and _APPLYING.search(s[: m.start()]))):
        return APPLY  # 申报截止时间为… / 受理时间截至… / 补贴申报窗口期：…至…
    if kind == TARGET and _APPLYING.search(lead) and not _WORK_TARGET.search(lead):
        return APPLY  # 申请须于2026年8月31日前提出
    if kind == TARGET and _MUST.search(lead) and not _WORK_TARGET.search(lead) and (_APPLYING.search(tail) or _ENTRY.search(tail)):
        return APPLY  # 须于2026年12月20日前持营业执照…提出书面申请 / 项目须于6月底前完成…备案
    # a must with a bare completion ("第一批须于6月30日前完成"): what is completed is the sentence's topic, named before
    # it ("补贴分两批申报，…", "报名分三轮进行，…"); when that is the application, the date is the applicant's last day
    if kind == TARGET and _MUST.search(lead) and not _WORK_TARGET.search(lead) and _BARE_DONE.match(tail) \
            and _APPLYING.search(s[: m.start()]) and not _GOVERNMENT.search(s[: m.start()]):
        return APPLY
    if kind == TARGET and "逾期" in s[m.end():] and not _WORK_TARGET.search(lead):
        return END  # 项目须在2027年3月底前竣工验收，逾期不予拨付: nothing after it
    return kind


# an event of the receiver itself, which a date before or after it makes a condition on who may apply
# (注册, 成立, 开业, 入驻, 设立, 落户, 签订, 投产 …), written between the date and the 的 that qualifies the receiver
_RECEIVER_EVENT = re.compile(r"^(?:[（(]含[）)])?(?:前|之前|以前|后|之后|以后|起|期间|内|止)?[^，,。；;的]{0,12}?"
                             r"(?:注册|登记|成立|开业|开办|开设|入驻|设立|新设|落户|迁入|签订|签署|投产|建成)[^，,。；;]{0,16}?的(?!话)")
# the events above that are the receiver's own whatever it is; completion (建成, 投产) is one only of a business
# ("…前建成投产的企业"), not of a facility or project the grant supports ("…前建成并投入使用的充电设施")
_RECEIVER_DID = re.compile(r"注册|登记|成立|开业|开办|开设|入驻|设立|新设|落户|迁入|签订|签署")
_PARTY_HEAD = re.compile(r"^[^，,。；;]{0,8}?(?:企业|公司|商户|个体工商户|经营主体|市场主体|经营者|单位|门店|店铺)")
# the events a business has from its founding, which a day before them makes who it is, whether or not the text's
# date is known (对2025年12月31日前注册的个体工商户)
_FOUNDED = re.compile(r"注册|登记|成立|开业|开办|开设|设立|新设")
_BEFORE = re.compile(r"^(?:[（(]含[）)])?(?:前|之前|以前|止)")
# the work a grant has already been given for (获得支持的技改项目, 获批的项目, 已立项的工程): the day it must be done by
# is a condition of the grant, not the day applications close
_SUPPORTED_WORK = re.compile(r"(?:获得|获|取得|得到|享受|纳入)[^，,。；;]{0,8}?(?:支持|补助|补贴|资助|奖励|贴息|扶持|资金)的"
                             r"|(?:获批|批准|已立项|立项|入选|入库)的|^(?:受|被)?支持的")
_WORK_DONE = re.compile(r"完成|建成|竣工|投产|验收|实施完毕|投入使用|开工")
_APPLICATION_ACT = re.compile(r"报名|申报|申请|申领|提交|报送|递交|填报|备案|登记")
# a date that opens a range (对2024年1月1日至…): read with the lead as if it were not there
_LEAD_DATES = re.compile(r"(?:自|从)?(?:20\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?$")


# the receiver's event named before its date: 注册时间在… / 成立日期为…
_EVENT_DATED = re.compile(r"(?:注册|登记|成立|开业|设立|落户|迁入|入驻|签订|投产)(?:时间|日期)(?:在|为|是|于)?$")
_DATE_WORDS = re.compile(r"^.*(?:\d日|\d月(?:底|末|份)?|年(?:底|末)|\d年度?|半年|季度)(?:底|末)?")


def _is_condition(kind: str, lead: str, tail: str, day: str, issued: str | None, doc_year: int | None) -> bool:
    """Whether a date says who qualifies rather than when the measure ends (CONDITION): a receiver's event
    dated by it in the phrase that names the receiver ("对2025年12月31日前注册的个体工商户", "截至2025年底已在本区
    落户的企业", "2024年1月1日至2025年12月31日期间成立的", "自2026年1月1日起新设立的"), when the day had passed as
    the text was issued, is not known to be still to come, or is where the event begins (起/后); or the day a project
    already supported must be finished by ("获得支持的技改项目须于…前完成", whatever befalls it when late).
    A future day before which the receiver must have entered stays the last day to enter (本项补贴适用于2027年6月30日
    前新入驻的企业), as does, in a text whose date is unknown, a day a business can still act by (…前签约并迁入的; a
    founding before it, …前注册的, is who the business is); a facility or project the grant supports, finished by a
    day (…前建成并投入使用的充电设施), is no event of the receiver; a must to apply, report or hand in (须于…前完成报名/
    申报/提交) stays the applicant's."""
    bare_lead = _LEAD_DATES.sub("", lead.rstrip("至到—–－-~～〜 "))
    if kind == TARGET and _SUPPORTED_WORK.search(lead) and _WORK_DONE.search(tail) and not _APPLICATION_ACT.search(tail):
        return True
    if _EVENT_DATED.search(lead) and re.match(r"(?:[（(]含[）)])?(?:前|之前|以前|止)?[^，,。；;]{0,2}?的", tail):
        past = _is_past(day, issued, doc_year)  # 对注册时间在2025年12月31日前的…
        return past is None or past
    event = _RECEIVER_EVENT.match(tail)
    if not event or not (_CONDITION_OPENS.search(bare_lead) or not bare_lead.strip() or re.search(r"(?:截至|截止|截止到)$", lead)):
        return False
    if _APPLICATION_ACT.search(tail[: event.end()]) and not re.search(r"登记注册|注册登记|注册|登记成立", tail[: event.end()]):
        return False  # 前完成申报的 / 前完成备案登记的: the applicant's own step, read as before
    if kind == START or re.match(r"(?:[（(]含[）)])?(?:后|之后|以后|起)", tail):
        return True  # where the event begins: who is new, not when the measure starts
    if re.match(r"[^，,。；;的]{0,4}?已", tail):
        return True  # 截至…已在本区注册的: those who had, whenever they apply
    if not _RECEIVER_DID.search(tail[: event.end()]) and not _PARTY_HEAD.match(tail[event.end():]):
        return False  # 对…前建成并投入使用的充电设施: the supported thing finished by then, no event of the receiver
    past = _is_past(day, issued, doc_year)
    if past is None and _BEFORE.match(tail) and not _FOUNDED.search(tail[: event.end()]):
        # a text whose date is unknown: an act a business can still do to qualify by the day (…前签订入驻协议并入驻
        # …的, …前迁入的) looks ahead, the end as before; a founding before it (…前注册的) is who the business is
        return False
    return past is None or past


# a completion with no object of its own, closing its clause ("完成", "办理完毕", "结束")
_BARE_DONE = re.compile(r"^(?:完成|办结|结束|办理完毕|完毕)(?:[。；，,]|$)")


def _head(lead: str) -> str:
    """The head of the noun phrase a date is said of, after its last 的: "已申领服务券的使用截止日期为" → "使用截止日期为"
    (the vouchers' use ends then, not their application)."""
    return lead.rsplit("的", 1)[-1]


def _whose_date(lead: str, act: str, rest: str) -> str | None:
    """A date something is to be done by, read by who does it: a government body's own work is not the
    applicant's last day (WORK), unless it takes the applications (APPLY) or pays or decides the grant (PAID:
    区财政局于…前拨付, 返还资金于…前拨付完毕 — after it nothing is paid); a step a business must take by the date,
    on pain of exclusion (须于…前完成备案，未备案的不予支持), is the applicant's last day. None: no such reading."""
    if _WORK_TARGET.search(lead):
        return None
    if _GOVERNMENT.search(lead):
        if _ACCEPTS.search(act):
            return APPLY
        return PAID if _PAYS.search(lead + act) else WORK
    if (not _BUSINESS.search(lead) or _GRANT_SUBJECT.search(lead)) and _PAYS.search(lead + act):
        return PAID  # (the money may be named as the businesses': "2026年新认定企业的奖励于…前拨付完毕")
    if _GRANT_SUBJECT.search(lead) and _DELIVERED.search(act):
        return PAID  # "减免须于2026年6月30日前落实到位": the grant itself delivered by then
    if _LATE_EXCLUDED.search(rest):
        return APPLY if _ENTRY.search(lead + act) else END
    return None


def _period_start(s: str, m: re.Match, year_at, issued: str | None, effective: str | None) -> str | None:
    """The day a period of N years / months begins: a date the sentence gives (自2026年7月1日起), else the text's
    entry into force or issue as the sentence names them; for "…之日起N年" only when the anchor is the text's
    own (自印发之日起两年内), never a business's own event (自开业之日起6个月内)."""
    explicit = _explicit_start(s, year_at)
    if "link" in m.re.groupindex and m.group("link"):
        before = s[: m.start()]
        if m.group("link") == "起" and explicit:
            return explicit
        if _ISSUE_ANCHOR.search(before):
            # 申报通知发布之日起2个月: another text's issue (a notice, a list, a guide still to come), not this one's
            return None if _OTHER_TEXT.search(before) else issued
        if _EFFECT_ANCHOR.search(before):
            return effective or issued
        return None
    return (explicit or (effective if _FROM_EFFECT.search(s) and effective else None)
            or (issued if _FROM_ISSUE.search(s) else None) or effective or issued)


def _explicit_start(sentence: str, year_at) -> str | None:
    m = _EXPLICIT_START.search(sentence)
    if not m:
        return None
    point = _point(m)
    y = point[0] if point[0] is not None else year_at(m.start())
    return iso(y, point[1], point[2] or 1) if y else None
