"""Whose ban: when a ban (不得 / 禁止 / 严禁) on a government body, or on the state's own procedure, is a right a
business can invoke, and when it is only how the government must do its own work.

A ban or duty whose subject is a government body ("行政机关不得继续实施已取消的行政许可", "登记机构不得从事经营活动")
or the state's own procedure ("区域评估的费用不得由市场主体承担": the procedure's cost, the business named only as
the one who would bear it) is 政府职责. It is a right (可主张的权利) only where the sentence protects a business from
a concrete act done to it:
  - a business named as the object of the act: after 向 / 对 / 给 / 为 / 要求 / 强制 / 拖欠 / 支付 … ("不得向个体工商户
    收取", "不得要求企业重复提交", "不得对中小企业实行差别待遇", "不得拖欠市场主体账款");
  - or a demand that always lands on whoever deals with the body, named or not: charging, demanding papers or
    payments, fining, seizing, inspecting, imposing a condition ("不得索要证明", "不得收取费用",
    "不得将目录以外的…作为办理审批的条件", "不得实施没有法律依据的检查").
A party an advantage would be given to ("不得为投标人提供咨询服务", "不得向投标人透露标底") gains by the banned act: the
ban keeps the bound party's dealings fair to others and protects nobody from an act done to them (not what would be
pressed on it or harm it, "不得向企业推荐中介服务机构", "不得为企业提供虚假信息": that ban protects it).
The vocabulary is that of official Chinese in general (prepositions and verbs of acting on a party), not of one
document.
"""
from __future__ import annotations

import re

# a party that is a business, or any party dealing with a body (an applicant, a bidder, a supplier)
_PARTY = (r"(?:企业|公司|个体工商户|个体户|经营者|经营主体|市场主体|民营经济组织|商户|门店|用人单位|合作社|家庭农场|创业者|投资者|"
          r"申请人|当事人|投诉人|举报人|权利人|供应商|投标人|监管对象|行政相对人|纳税人|缴费人)")
# the party as the object of an act of another (not "由市场主体承担": the party there is the one who would act)
_TO_PARTY = re.compile(r"(?P<verb>向|对|给|(?<!转型)(?<![作转变更成认视称改列评定])为(?!了|由)|要求|强制|强迫|限制|排斥|歧视|干预|拖欠|欠付|支付|转嫁给?|违背|损害|侵害|侵犯|"
                       r"影响|阻碍|妨碍|刁难|检查)(?:或者变相强制|或者变相|或者)?[^，。；由]{0,16}?" + _PARTY)
# a demand on whoever deals with the body (the party may go unnamed)
_DEMAND = re.compile(r"收取|收费|索要|索取|摊派|集资|罚款|处罚|查封|冻结|扣押|没收|(?:检查|抽查|核查|上门)(?!工作)|赞助|捐赠|强制|"
                     r"限定为|"
                     r"要求[^，。；]{0,16}?(?:提供|提交|报送|出具|购买|接受|缴纳|承担|办理)|"
                     r"作为[^，。；]{0,24}?(?:条件|前置)|设置[^，。；]{0,16}?(?:门槛|条件|障碍|限制)|"
                     r"指定[^，。；]{0,12}?(?:服务|机构|产品|中介)|限定[^，。；]{0,12}?(?:渠道|方式|服务|机构|产品)|"
                     r"拖欠|违约|毁约|歧视|排斥|差别待遇")
_BAN = re.compile(r"不得|禁止|严禁|不准")
# persons as the object of an act (workers, job seekers, consumers, pupils …), where no business is named
_TO_PERSONS = re.compile(r"(?:向|对|给|为)[^，。；]{0,12}?(?:劳动者|求职者|职工|员工|消费者|公民|居民|群众|学生|患者|残疾人|农民工|"
                         r"旅客|乘客|老年人|儿童|未成年人|村民)$")


# an advantage given to the party ("不得为投标人提供咨询服务", "不得向投标人透露标底", "不得给予其优惠"): the party would
# gain by the act, the ban keeps the bound party's dealings fair to others; it protects nobody from an act done to them.
# Not what is pressed on the party or harms it ("不得向企业推荐中介服务机构", "不得为企业提供虚假信息", "不得向企业提供
# 有偿服务"): that ban protects it
_GIVEN_TO = re.compile(r"^[^，。；]{0,16}?(?:提供|给予|输送|透露|泄露)"
                       r"(?:(?!虚假|不实|误导|有偿|收费|强制|指定|违法|伪劣|劣质)[^，。；]){0,16}?"
                       r"(?:咨询|服务|便利|帮助|协助|优惠|照顾|利益|好处|标底|内幕|信息|情况)")


def _acted_upon(clause: str) -> re.Match | None:
    """The first party of `clause` (the words after a ban) an act is done to, not one something is given to."""
    for m in _TO_PARTY.finditer(clause):
        if m.group("verb") in ("为", "向", "给") and _GIVEN_TO.match(clause[m.end():]):
            continue
        return m
    return None


def protects_named(sentence: str) -> str | None:
    """The words of a ban in `sentence` naming a business as the object of the banned act ("不得对中小企业执行目录
    清单之外的收费", "强制中小企业赞助捐赠"), or None."""
    for ban in _BAN.finditer(sentence):
        clause = re.split(r"[，；。]", sentence[ban.end():], maxsplit=1)[0]
        if m := _acted_upon(clause):
            return ban.group(0) + clause[:m.end()]
    return None


def protects(sentence: str) -> str | None:
    """The words by which a ban in `sentence` protects a business from a concrete act done to it (a party named as
    the act's object, or a demand on whoever deals with the body), looked for after the ban, else a party named as an
    object before it; None when the ban
    only binds a body in its own conduct or the state's own procedure."""
    for ban in _BAN.finditer(sentence):
        rest = sentence[ban.start():]
        clause = re.split(r"[，；。]", rest[len(ban.group(0)):], maxsplit=1)[0]
        if m := _acted_upon(clause):
            return ban.group(0) + clause[:m.end()]
        # (not "不得向劳动者收取费用": the demand lands on the persons named, not on a business)
        if (m := _DEMAND.search(clause)) and not _TO_PERSONS.search(clause[:m.start()]):
            return ban.group(0) + clause[:m.end()]
    # the party named as the object before the ban ("对个体工商户的纳税评估实行预约制，不得…")
    if _BAN.search(sentence) and (m := _TO_PARTY.search(sentence[:_BAN.search(sentence).start()])):
        return m.group(0)
    return None


# what a body keeps or must not take: the party's information it holds ("不得泄露…企业的商业秘密"), gifts ("不得收受
# 当事人财物") — how the body keeps its records and its integrity, its own duty, as 应当保密 is
_KEPT = re.compile(r"(?:泄露|泄漏|披露|透露|公开|公布|提供给他人|向他人提供|出售|非法使用|收受|接受)[^，。；]{0,20}?$")
_HELD = re.compile(r"^[^，。；]{0,4}?(?:的)?(?:商业秘密|秘密|信息|数据|资料|隐私|个人信息|财物|礼品|礼金|好处)")


_STAFF = re.compile(r"(?:的)?(?:职工|员工|从业人员|劳动者|工作人员|雇员)")
# the rest of the name of public money that holds a business's name ("中小企业发展专项资金", "小微企业纾困基金"): the
# money is named, no business is acted upon (not "企业资金", "企业的资金": a business's own money)
_FUND_NAME = re.compile(r"(?:发展|扶持|纾困|帮扶|创新|成长|转型|服务|引导|担保|专项)+(?:资金|基金|经费)")
_BUSINESS_IN_FUND = re.compile(_PARTY + r"(?=" + _FUND_NAME.pattern + ")")


def without_fund_names(sentence: str) -> str:
    """`sentence` with the business named inside a fund's name taken out ("挪用中小企业发展专项资金" → "挪用中小发展专项资金")."""
    return _BUSINESS_IN_FUND.sub("", sentence)


def not_acted_upon(sentence: str, start: int, end: int) -> bool:
    """The business named at `start`…`end` is not one a banned act is done to: it is the one who would do the
    banned thing ("不得由市场主体承担": a 由 stands before it in its own phrase), the owner of information or the
    giver of gifts a body must keep or must not take ("不得泄露…企业信息", "不得收受当事人财物"), or the bound party
    itself as the employer of those protected ("不得侵犯本企业职工的合法权益"), or the one an advantage would be given to
    ("不得为投标人提供咨询服务")."""
    if re.search(r"由[^，。；向对给为]{0,10}$", sentence[:start]):
        return True
    # the one an advantage would be given to ("不得为投标人提供咨询服务"): it gains by the act, nothing is done to it
    # (the party's description may stand between: "不得向参加评选的企业透露评审情况")
    if re.search(r"(?:为|向|给)[^，。；为向给对]{0,12}$", sentence[:start]) and _GIVEN_TO.match(sentence[end:]):
        return True
    # the bound party's own people ("不得侵犯本企业职工的合法权益"): its staff are protected, not a business
    if re.search(r"(?:本|其)$", sentence[:start]) or _STAFF.match(sentence[end:]):
        return True
    # a capacity or a position ("不得以市场主体名义从事经营活动", "不得担任公司的法定代表人"): nothing done to a party
    if re.search(r"(?:以|担任|成为|冒用|假冒|借用)[^，。；]{0,4}$", sentence[:start]) or re.match(r"(?:的)?(?:名义|身份)", sentence[end:]):
        return True
    # a fund named after the businesses it is for ("不得挪用中小企业发展专项资金"): the money is acted upon, no business
    if _FUND_NAME.match(sentence[end:]):
        return True
    return bool(_KEPT.search(sentence[:start]) and _HELD.match(sentence[end:]))


# a protection from being asked again for what the same party must do ("不得要求市场主体重复报送")
_ASKED_AGAIN = re.compile(r"(?:不得|无需|不再)(?:再)?(?:要求)?[^，。；]{0,20}?" + _PARTY + r"(?:(?:、|和|或者)[^，。；]{0,12}?" + _PARTY +
                          r")*(?:重复|再次|另行|多次|再)(?P<act>[\u4e00-\u9fff]{2})")


def relieves(sentence: str, obligations: list[str]) -> str | None:
    """"市场主体应当…报送年度报告。…不得要求市场主体重复报送": the words of `sentence` sparing a party from doing
    again an act one of `obligations` (sentences of the same article binding a party) requires; None otherwise."""
    m = _ASKED_AGAIN.search(sentence)
    if m and any(m.group("act") in o for o in obligations):
        return m.group(0)
    return None
