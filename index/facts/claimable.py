"""Benefits a regulation grants without naming what they are: read from the structure of the sentence.

Regulations often grant a business a preference whose content is set by other rules, or a body's help in
obtaining a permit or a status, and name no money, tax or service a word list would know:
  - a party that enjoys a preference ("…投资国家、本市鼓励发展的产业和技术项目的，享受相关优惠政策待遇",
    "…安置残疾人达到规定比例的，享受福利企业优惠政策", "经认定，可以…享受国家及本市规定的优惠政策"): 享受 with
    the party (or the condition that names it) as its subject — not a party urged to enjoy it ("支持企业享受
    市、区两级相关政策", the government's work), not equal treatment ("享受与国有企业同等的待遇", a right), not a
    preference named as what was already enjoyed ("已经享受优惠政策的，…查处");
  - a body bound to help a party it names obtain a permit or a status ("对符合国家规定条件的私营企业，商务行政主管部门
    应当支持其申办自营进出口权"): the party applies, with the body's help (可申请的支持), not the body's own work.
  - a business that may do something once a body approves or licenses it ("企业具有与…相适应的人员、资金条件的，经…主管
    部门批准，可以从事…活动"): a permit it obtains (可申请的支持) — its modal is 可以; one bound to apply ("开办…，应当
    …申请许可") is an obligation.
  - a business a text allows to do something ("允许符合食品安全和消防要求的餐饮经营主体开展临时外摆经营", "准许个体工商户
    在规定时段内占道经营"): a permit it applies for or an easing it uses (可申请的支持), not the government's work —
    not "不允许…" nor "未经允许…" (a ban), not a body allowed to act.
The content and the terms of each are written elsewhere, or decided by the body: such a grant is asked (需确认), never
可以申请 outright.
"""
from __future__ import annotations

import re

from index.facts.receivers import _ROLES as _RECEIVER_ROLES, FINANCE, OPERATOR, PLATFORM

# what is enjoyed: a preference, a policy or a treatment whose content other rules set
_ENJOYED = re.compile(r"享受(?P<what>[^，。；]{0,24}?(?:优惠政策|优惠待遇|政策待遇|优惠|待遇|政策))(?=[，。；]|$)")
# equal treatment is a right the party invokes, not a preference it applies for
_EQUAL = re.compile(r"同等|平等|一视同仁|国民待遇")
# persons holding an entitlement of their own (a worker's, a pensioner's), and the businesses that may enjoy a preference
_PERSONS = re.compile(r"职工|员工|劳动者|人员|消费者|居民|公民|学生|患者|老年人|儿童|妇女|残疾人")
_BUSINESS = re.compile(r"企业|公司|个体工商户|经营者|经营主体|市场主体|商户|单位|合作社")
# the government urging or arranging that others enjoy it ("支持企业享受…", "落实…享受…")
_URGED = re.compile(r"(?:支持|鼓励|推动|引导|帮助|协助|落实|争取|组织|督促|指导)[^，。；]{0,16}$")

# a body bound to help a party obtain a permit or a status ("…应当支持其申办自营进出口权"), the party named before
# (对 + party, or 其 for it)
_HELPED = re.compile(r"(?:应当|应|可以|可)(?:依法)?(?:支持|协助|帮助)(?P<who>其|[^，。；]{0,12}?(?:企业|个体工商户|经营主体|市场主体))"
                     r"(?P<act>申办|申领|申请|取得|获得)(?P<what>[^，。；]{2,16})")
_RECEIVER_NAMED = re.compile(r"(?:^|，)对[^，。；]{0,30}?(?:企业|个体工商户|经营主体|市场主体)，")


def enjoyed_preference(part: str) -> str | None:
    """The words by which a party enjoys a preference whose content is written elsewhere ("享受相关优惠政策待遇"),
    or None (see the module)."""
    for m in _ENJOYED.finditer(part):
        before = part[:m.start()]
        # ("依法平等享受…政策": equal treatment too; "职工…享受…待遇": a person's entitlement, not a business's)
        if _EQUAL.search(m.group("what")) or _EQUAL.search(before[-4:]) or _URGED.search(before) \
                or part[m.end():m.end() + 1] == "的" or (_PERSONS.search(before) and not _BUSINESS.search(before)):
            continue
        return m.group(0)
    return None


# a sentence opening with support for businesses to apply to a fund or a programme ("支持…企业按照规定申报…技术创新基金或者
# 资金项目", "鼓励中小企业积极申报市级专项资金"): a channel the business uses, on the fund's own terms
_APPLY_TO_FUND = re.compile(r"^(?:本市|本区|国家)?(?:支持|鼓励|引导|组织)(?P<who>[^，。；]{0,24}?(?:企业|个体工商户|经营主体|市场主体)"
                            r"(?:[、和][^，。；]{0,12}?)?)(?:积极)?(?:按照?规定|依法|按照[^，。；]{0,12}?规定)?(?P<act>申报|申请|争取)"
                            r"(?P<what>[^，。；]{0,40}?(?:基金|专项资金|资金项目|资金|专项)(?:项目)?)")


def helped_to_apply(sentence: str) -> str | None:
    """The words by which a body is bound to help a party it names apply for a permit or a status ("支持其申办
    自营进出口权"), or to apply to a fund ("支持…企业按照规定申报…基金"), or None: the party names it by 对 before the
    body, or after the verb of help."""
    if f := _APPLY_TO_FUND.search(sentence):
        return f.group(0)
    m = _HELPED.search(sentence)
    if not m or (m.group("who") == "其" and not _RECEIVER_NAMED.search(sentence[:m.start()])):
        return None
    return m.group(0)


# the business that opens the sentence (with any condition it meets, "…具有…条件的"), a body's approval, and what it
# may then do ("经…批准，可以从事…"); not "未经批准，不得从事…" (a ban), not "应当…申请许可" (an obligation)
_APPROVED = re.compile(r"^(?:[^，。；]{1,20}[，,])?(?P<who>[^，。；]{0,16}?(?:企业|公司|个体工商户|经营者|经营主体|市场主体|商户|合作社|门店|店铺|商家|纳税人))"
                       r"(?:[^。；]{0,80}?(?:^|，|的))?(?P<approval>经[^，。；]{1,60}?(?:批准|许可|核准|审批同意|同意|审核同意)(?:后)?)，?(?:方)?"
                       r"(?P<modal>可以|可)(?P<act>(?:从事|经营|开展|设立|开办|举办|进行|生产|销售|进口|出口|提供|分期缴纳|缓缴)[^，。；]{1,30}|(?:延期|续期|延续)[^，。；]{0,30})")
_NOT_PERMITTED = re.compile(r"未经|不得|禁止|应当|必须")


def approved_to_act(sentence: str) -> str | None:
    """The words by which a business may do something once a body approves it ("经…主管部门批准，可以从事电影发行活动"),
    or None: a permit it obtains, on conditions and by a decision the text leaves to the body."""
    m = _APPROVED.search(sentence)
    if not m or _NOT_PERMITTED.search(sentence[:m.start("modal")]):
        return None
    return m.group("approval") + "，" + m.group("modal") + m.group("act")


# a party that may apply to a body for a filing, a registration or a permit the body is bound to complete within a stated
# time in the same sentence ("…的，可以由…统一向区…局申请办理…备案，材料齐全的，区…局于3个工作日内办结"): a procedure
# eased for the applicant (可申请的支持); without the body's promise it is only how the procedure runs
_APPLIES_TO_BODY = re.compile(r"(?:可以|可)(?:由[^，。；]{1,16}?)?(?:统一|集中)?向[^，。；]{1,24}?申请(?:办理)?[^，。；]{0,16}?"
                              r"(?:备案|登记|许可|证|审批|核准|手续)(?=[，。；])")
_COMPLETED_IN = re.compile(r"(?:\d+|[一二三四五六七八九十]+)个?工作日内(?:办结|完成|办理完毕|作出[^，。；]{0,6}?决定)")


def applies_to_body(sentence: str) -> str | None:
    """The words by which a party may apply to a body for a procedure the body must complete in a stated time, or None."""
    m = _APPLIES_TO_BODY.search(sentence)
    return m.group(0) if m and _COMPLETED_IN.search(sentence, m.end()) else None


# the names of a business a permission is given to
_PERMITTED_HEAD = r"(?:企业|公司|个体工商户|个体户|经营者|经营主体|市场主体|商户|门店|店铺|商家|合作社)"
# a permission given to a business ("允许…的餐饮经营主体开展…", "准许个体工商户…经营")
_PERMITTED = re.compile(r"(?<![不未非])(?:允许|准许)(?P<who>[^，。；]{0,30}?" + _PERMITTED_HEAD + r")(?P<act>(?:在[^，。；]{1,16}?|将[^，。；]{1,20}?)?(?:开展|从事|经营|设置|设立|使用|利用|"
                        r"开设|举办|进行|占用|占道|外摆|延长|实行|销售|借用|改作|改为|用作|作为)[^，。；]{1,30})")


# the business named before, in the same sentence ("放宽餐饮经营主体外摆限制，允许在指定时段占道经营")
_PERMITTED_AFTER = re.compile(r"(?P<who>" + _PERMITTED_HEAD + r")[^。；]{0,16}?[，,]"
                              r"(?:并|同时)?(?<![不未非])(?:允许|准许)(?:其)?(?P<act>(?:在[^，。；]{1,16}?)?(?:开展|从事|经营|设置|使用|"
                              r"利用|开设|举办|进行|占用|占道|外摆|延长|销售|借用)[^，。；]{1,30})")
# the same supported ("支持餐饮企业在划定区域开展外摆经营"), where the sentence names the body's approval or the permit
# it issues ("经街道审核同意后，核发外摆经营许可"): without them, "支持企业开展…" is a policy promise (kinds.py)
_SUPPORTED = re.compile(_PERMITTED.pattern.replace("(?<![不未非])(?:允许|准许)", "(?:支持|鼓励)"))
_APPROVAL = re.compile(r"经[^，。；]{0,16}?(?:审核|审批|批准|同意|核准|备案)|核发|颁发|(?:办理|取得|申领)[^，。；]{0,8}?(?:许可|备案|证)")


# a permission withdrawn, barred or suspended in the words before it, in its clause ("不再允许商户外摆经营", "一律不得
# 允许…", "暂停准许…", "取消允许…的规定"); not a restriction lifted before a permission joined to it ("取消限制并允许…")
_WITHDRAWN = re.compile(r"不再|不得|不予|不能|不准|不宜|取消|停止|禁止|严禁|暂停|暂缓|撤销|收回|终止")


def _withdrawn(sentence: str, at: int) -> bool:
    head = re.split(r"[，,。；;：:]", sentence[:at])[-1]
    head = re.split(r"并|且|同时|之后|后", head)[-1]
    return bool(_WITHDRAWN.search(head))


def permitted_to_act(sentence: str) -> str | None:
    """The words by which a text allows a business to do something ("允许…餐饮经营主体开展临时外摆经营", or "支持…开展…，
    经…审核同意后，核发…许可"), or None: a permit it applies for, or an easing it uses, on the terms the text or the body
    sets — not one the clause withdraws, bars or suspends ("在重大活动期间，不再允许商户外摆经营")."""
    found = [m for m in _PERMITTED.finditer(sentence) if not _withdrawn(sentence, m.start())]
    m = (found[0] if found else None) or _PERMITTED_AFTER.search(sentence)
    if not m and _APPROVAL.search(sentence):
        m = next((m for m in _SUPPORTED.finditer(sentence) if not _withdrawn(sentence, m.start())), None)
    if not m or re.search(r"(?:部门|机关|人民政府|政府|机构|委员会)$", m.group("who")):
        return None
    return m.group(0)


PERMITTED_QUESTION = "本条允许经营主体从事的事项（“{}”）须符合原文所列条件，并按原文向主管部门申请或报备：是否具备条件并已办理？"
PERMIT_QUESTION = "本条是须经主管部门批准方可从事的事项（“{}”）：是否具备原文所列条件并已向主管部门申请批准？"


# conditions the text lists in items after its lead ("有下列情形之一的，…可以申请延期缴纳税款：（一）…"): the grant is for
# whoever meets them, which no profile answers
_LISTED = re.compile(r"(?:有|具有|具备|存在|属于)(?:下列|以下|如下)[^，。；：]{0,8}?(?:情形|条件|情况)(?:之一)?(?:的)?")


def listed_conditions(text: str) -> str | None:
    """The words of a lead that makes a grant conditional on the items it lists ("有下列情形之一的"), or None."""
    m = _LISTED.search(text)
    return m.group(0) if m else None


# a receiver named as a kind of person who runs the business ("对从事个体经营的退役军人，…扣减增值税"): who runs it is a
# condition no profile states
_RUN_BY = re.compile(r"(?:从事|开展|开办)个体经营的(?P<who>[^，。；的]{0,12}?(?:人员|军人|毕业生|残疾人|劳动力|农民|居民|青年|妇女))")


def run_by(text: str) -> str | None:
    """The words naming the kind of person a business must be run by to receive the grant, or None."""
    m = _RUN_BY.search(text)
    return m.group(0) if m else None


RUN_BY_QUESTION = "本条面向“{}”：经营者是否属于这类人员？"

# a business named as what a kind of person founds ("对高校毕业生在本区创办企业的", "科技人员…创办的企业"): who founded it is a
# condition no profile states. The person, a whole phrase, is the subject of 创办 (no 的 between them); not whom a firm employs or
# absorbs ("对招用高校毕业生的新创办小微企业", "对吸纳农民就业的新创办企业": the firm's act, a person kind as its object)
_FOUNDED_BY = re.compile(r"(?:^|(?<=[对，。；由、和的])|(?<=支持|鼓励|引导|扶持|帮助))"
                         r"(?P<who>(?:(?!招用|招收|招聘|吸纳|录用|聘用|雇用|安置|接收|带动|培训|服务|支持|鼓励|引导|扶持|帮助)[^，。；的、对]){0,8}?"
                         r"(?:人员|军人|毕业生|残疾人|劳动力|农民|青年|妇女|公民|自然人|人才|学生|专家))"
                         r"[^，。；的]{0,12}?(?:创办|兴办|领办|创立|出资设立|出资兴办|投资兴办)(?:的)?[^，。；]{0,12}?(?:企业|公司|个体工商户)")


def founded_by(text: str) -> str | None:
    """The kind of person a business must have been founded by to receive the grant ("高校毕业生"), or None."""
    m = _FOUNDED_BY.search(text)
    return m.group("who") if m else None


FOUNDED_BY_QUESTION = "本条面向由“{}”创办的企业：您的企业是否由这类人员创办？"
LISTED_QUESTION = "本条只给予符合所列条件的（“{}”，见本条各项）：是否符合？"
PREFERENCE_QUESTION = "本条写的是“{}”，具体内容和条件原文未写明（由其他规定确定）：是否已向责任单位确认可以享受？"


# a body's service or allocation opened to businesses who sign up or apply for it, read from who is to act: the
# businesses are named as the ones who sign up ("面向…经营主体开放报名", "向本区企业开放申请", "企业可自愿报名参加"), or
# as the ones designated to apply to a body ("由其所在企业统一向区住房城乡建设委申请…", "由用人单位集中向…申报"): the
# body's work is then a support the business requests (可申请的支持), not only the body's own duty
_APPLICANT = (r"(?:企业|公司|单位|个体工商户|个体户|经营者|经营主体|市场主体|商户|门店|商家|合作社)")
_OPENED_TO = re.compile(r"(?:面向|向)(?P<who>[^，。；]{0,24}?" + _APPLICANT + r")(?:[^，。；]{0,4}?)(?:免费)?(?:开放|接受)(?:报名|申请|申报|预约)")
_SIGNS_UP = re.compile(r"(?P<who>" + _APPLICANT + r")(?:均|都)?(?:可以|可)(?:自愿|自主|免费|直接)?(?:报名|预约)")
_DESIGNATED = re.compile(r"由(?P<who>[^，。；向]{0,10}?" + _APPLICANT + r")(?:统一|集中|直接)?向(?P<body>[^，。；]{1,24}?)(?:提出|提交|报送)?"
                         r"(?:申请|申报)")
_MUST_BEFORE = re.compile(r"(?:应当|应|须|必须|不得)$")
# (the roles that sign up to serve the businesses, not to be served: "融资担保公司均可自愿报名参与…资金池",
# "电商平台企业可自愿报名承担消费券发放工作")
_ROLE_WHO = re.compile(r"(?:" + "|".join(words for kind, words in _RECEIVER_ROLES if kind in (FINANCE, PLATFORM, OPERATOR)) + r")")


def opened_to_apply(sentence: str) -> str | None:
    """The words by which businesses sign up for a body's service or are designated to apply to a body for it (see
    above), or None. Not a business bound to apply ("企业应当由…向…申请登记"), nor one acting for others (代为申请)."""
    for rx in (_OPENED_TO, _SIGNS_UP, _DESIGNATED):
        for m in rx.finditer(sentence):
            if _MUST_BEFORE.search(sentence[:m.start()]) or re.search(r"代为|代理|代", m.group(0)):
                continue
            if _ROLE_WHO.search(sentence[max(0, m.start("who") - 8): m.end("who")]):
                continue  # a lender, a platform or an operator signing up to serve others (index/facts/receivers.py)
            return m.group(0)
    return None
