"""The receiver of a grant named by its role, and the bounds a receiver phrase puts on a firm's size.

Official texts name the receiver where the grant falls: the head of "对…的 + head，给予…", the head of the phrase a
sentence opens with when that party applies ("在…企业工作的技术人员，可以申请…"), or the party right after 给予 ("给予平台补贴", "给予主办单位补贴", "给予出租方补贴", "给予合作银行风险补偿"). When that receiver is a role — the lender, the
guarantor, the platform, the landlord, the organiser or operator, the dealer, a worker — the grant is that role's,
and the businesses the sentence also names (the small firms a bank lends to, the tenants whose rent was cut, the
stores a platform serves) are not its receivers:
  - a lender, guarantor or insurer: a financial firm (industry 金融);
  - a platform: a platform enterprise (trait 平台企业);
  - a landlord (出租方, 业主, 产权方): a party that cut its tenants' rent (situation 减免了租户房租), or asked;
  - an organiser or operator (主办单位, 运营主体): asked whether the visitor is the one;
  - a dealer (销售企业, 经销商): a retailer (industry 批发零售), asked;
  - a worker or an individual (职工, 劳动者, 借款人 who is a person): a natural person.

A large firm named as the partner the receivers team up with ("大型企业与中小企业组成联合体参与投标的，按照中小企业
承担部分计算预留份额", "中小企业与龙头企业联合开展技术攻关的") is the context of their grant, not a receiver: unless the
grant names it again after the partnership, its size does not widen the grant to large firms. Nor does a large firm
named as the owner of what the small ones enter ("对中小企业进入大型企业供应链的，给予中小企业奖励").

A project as the receiver ("对符合…的节能项目，金融机构应当给予优先贷款") is granted to whoever carries it out, a firm, asked
whether it has such a project; a sector beside it ("对重点扶持的产业和项目") names nobody.

An upper bound on a firm's size measures in the receiver phrase ("年营业收入2000万元以下的企业", "从业人员不超过50人的")
is a condition to ask; one low enough that no enterprise under it is large in any trade (fewer than 300 employees,
revenue under 50 million yuan: the thresholds of 国家统计局《统计上大中小微型企业划分办法》) also keeps large firms out.
"""
from __future__ import annotations

import re

FINANCE, PLATFORM, LANDLORD, OPERATOR, DEALER, PERSON = "finance", "platform", "landlord", "operator", "dealer", "person"
EMPLOYER = "employer"
_ROLES = (
    (FINANCE, r"金融机构|商业银行|银行|融资担保机构|担保机构|担保公司|保险机构|保险公司|小额贷款公司|融资租赁公司"),
    (PLATFORM, r"(?:外卖|电商|互联网|网络|第三方)?平台(?:企业|运营方|公司)?"),
    (LANDLORD, r"出租方|出租人|业主|产权方|产权单位|房东"),
    # (the place it runs may stand before it: "给予街区运营管理主体补助")
    (OPERATOR, r"(?:[^，。；的、给予对]{1,4}?)?(?:主办单位|主办方|承办单位|承办方|开办(?:方|单位|者)|运营(?:管理)?(?:主体|方|单位|机构)|管理主体|"
               r"建设主体|实施主体)"),
    (DEALER, r"(?:汽车|家电)?销售企业|经销商|销售商"),
    (PERSON, r"职工|员工|劳动者|(?:研究|科研|技术|专业|从业)人员|高校毕业生|毕业生|人才|个人|消费者|自然人"),
)
_ROLE = "|".join(f"(?P<{kind}>{words})" for kind, words in _ROLES)
# "对…的 + role，给予" (the role heads the receiver phrase) or "给予 + role + …补贴" (the role right after 给予)
_HEADED = re.compile(r"对[^。；]{2,60}?的(?:[^，。；的、和及与或]{0,8}?)(?:" + _ROLE + r")(?=[，,]|给予|予以|按照)")
# "在本区…企业工作的研发人员，可以申请…": a person named by where it works heads the phrase the sentence opens with, the
# party that applies (the businesses it names are where the person works, not receivers; not "企业引进的人才", a firm's
# own recruits, whose support is the firm's too)
_OPENING = re.compile(r"^在[^，。；]{2,40}?(?:工作|就业|任职|从业)的(?:[^，。；的、和及与或]{0,8}?)(?:" + _ROLE + r")[，,]?(?:均)?(?:可以|可)"
                      r"(?:按规定|按照规定|自愿)?(?:申请|申领|享受|获得|领取)")
# "可以由展会主办单位统一向…申请": the role that applies (for the others it names)
_APPLYING = re.compile(r"由(?:" + _ROLE + r")(?:统一|集中)?向[^，。；]{1,24}?申请")
_AFTER_GIVE = re.compile(r"给予(?:其|该)?(?:合作|放贷|贷款|经办|承贷|相关|有关)?(?:" + _ROLE + r")(?=[^，。；]{0,16}?(?:补贴|奖励|补助|资助|贴息|资金|支持|补偿))")

# "…的，对该商业街运营管理单位予以补助", "对街区运营主体按照改造投入的20%给予奖励": an operator or a landlord named right after
# 对, before the grant (the other roles after 对 are read by the sentence's other words)
_TO_ROLE = re.compile(r"对(?:该|其|本)?(?:" + _ROLE + r")(?=[^，。；]{0,24}?(?:给予|予以))")
_TO_ROLE_KINDS = (OPERATOR, LANDLORD)


# the losses of a lender or a guarantor on what it lent or guaranteed, compensated ("对合作银行发放的小微企业贷款损失给予
# 风险补偿", "对担保机构代偿的损失予以补偿"): the grant is the lender's, the businesses it lent to are its customers
_LOSSES_COVERED = re.compile(r"对[^。；]{0,30}?(?P<finance>" + _ROLES[0][1] + r")[^。；]{0,40}?(?:损失|代偿)[^。；]{0,6}?[，,]?"
                             r"(?:[^。；]{0,12}?)(?:给予|予以)[^。；]{0,8}?补偿")


# the firm a worker belongs to, designated as the one that applies for what its people receive ("对…认定的高技能人才，
# 由其所在企业统一向区住房城乡建设委申请人才公寓配租", "由用人单位集中向区人力资源和社会保障局申报"): the firm files and
# holds the grant (a place, an allocation), it is the receiver, not the persons; not a firm filing only on their behalf
# (代为申请), nor bound to (应当由…申请)
_EMPLOYER_APPLIES = re.compile(r"(?<!应当)(?<!须)由(?:其|该)?(?:所在|所属)?(?P<employer>企业|用人单位|单位|公司)(?:统一|集中|直接)?"
                               r"向[^，。；]{1,24}?(?:提出|提交|报送)?(?:申请|申报)(?P<what>[^，。；]{2,})")
# (only for what it names inside that clause, a place or an allocation: not cash the text gives to the persons, named
# there or after it — "…统一向…申报，给予个人最高50万元安家补贴", "…申请安家补贴，每人…" (review 33 P3))
_PERSONAL = re.compile(r"给予(?:其)?(?:个人|每人|本人)|每人|个人|安家|生活补贴|津贴|薪酬|工资")


def role_receiver(text: str) -> tuple[str, str] | None:
    """(role, the words naming it) of the receiver of `text` when it is named by a role (see the module), or None."""
    if (m := _EMPLOYER_APPLIES.search(text)) and (role := _person_headed(text)) and m.start() > role[1] \
            and not _PERSONAL.search(text[m.start("what"):]):
        return EMPLOYER, m.group(0)
    for rx in (_AFTER_GIVE, _HEADED, _OPENING, _APPLYING):
        if m := rx.search(text):
            kind = next(k for k, _ in _ROLES if m.group(k))
            return kind, m.group(kind)
    if (m := _TO_ROLE.search(text)) and (kind := next(k for k, _ in _ROLES if m.group(k))) in _TO_ROLE_KINDS:
        return kind, m.group(kind)
    if m := _LOSSES_COVERED.search(text):
        return FINANCE, m.group("finance")
    return None


def _person_headed(text: str) -> tuple[str, int] | None:
    """(the person's words, where they end) when the receiver phrase (对…的 + head) is headed by a person, or None."""
    m = _HEADED.search(text)
    return (m.group(PERSON), m.end()) if m and m.group(PERSON) else None


_MEASURE = r"(?:年?营业收入|年?营业额|年?销售额|年?销售收入|年?营收|主营业务收入|从业人员|职工人数|员工人数|在职职工|资产总额|注册资本|实缴资本|实收资本)"
# (a bound on the capital a firm registered is asked, but says nothing of its size class: a large firm may have little)
_CAPITAL = re.compile(r"注册资本|实缴资本|实收资本")
_UPPER = re.compile(_MEASURE + r"[^，。；]{0,6}?(?P<bound>(?:不超过|不足|低于|少于|不满|未满|不高于|在)?\s*(?P<n>\d+(?:\.\d+)?)\s*"
                    r"(?P<unit>万元|亿元|元|人|名)(?:以下|以内|及以下)?)")


def size_bound(text: str) -> tuple[str, bool] | None:
    """(the words of an upper bound on a firm's size measures, whether it keeps large firms out), or None."""
    for m in _UPPER.finditer(text):
        words = m.group(0)
        if not (re.match(r"不超过|不足|低于|少于|不满|未满|不高于", m.group("bound")) or re.search(r"以下|以内", words)):
            continue  # "营业收入5000万元以上": a lower bound (a threshold, asked elsewhere)
        n, unit = float(m.group("n")), m.group("unit")
        yuan = n * {"万元": 1e4, "亿元": 1e8, "元": 1}.get(unit, 0)
        small = (unit in ("人", "名") and n <= 300) or (unit not in ("人", "名") and yuan <= 5e7)
        small = small and not _CAPITAL.match(words)
        return words, small
    return None


_LARGE = r"(?:大型企业|大企业|龙头企业|领军企业|链主企业|行业骨干企业|大中型企业)"
_SMALL = r"(?:本区|本市|区内)?(?:中小微|中小|小微|小型微型|科技型中小|专精特新中小)企业"
_TEAMING = r"(?=[^，。；]{0,16}?(?:组成|组建|成立|开展|建立|形成|共同|签订|合作|协作|配套|协同|联合体|联合申报|联合投标))"
_PARTNER = re.compile(r"(?P<a>" + _LARGE + r")(?:与|和|同|联合)(?P<sa>" + _SMALL + ")" + _TEAMING + r"|"
                      r"(?P<sb>" + _SMALL + r")(?:与|和|同|联合)(?P<b>" + _LARGE + r")" + _TEAMING)
# a large firm named by its size (not by its standing, 龙头企业): a grant to the joint act is its too
_SIZED_LARGE = re.compile(r"大型企业|大企业|大中型企业")


# a large firm named as the owner of what the small ones enter or serve ("进入大型企业供应链", "对接大企业采购需求")
_LARGE_OWNS = re.compile(r"(?P<a>" + _LARGE + r")(?=(?:的)?(?:供应链|产业链|创新链|采购需求|采购|订单|配套体系|配套|需求|"
                         r"生态|应用场景|场景|开放平台))")


# the role the large firm plays in the partnership, named as the one granted ("给予采购方奖励", "对牵头单位给予…")
_LEAD_ROLE = r"(?:采购方|采购单位|牵头方|牵头单位|牵头企业|发包方|总包方|总承包方|委托方|需求方)"


def without_large_partner(text: str) -> str:
    """`text` with the partner who is not the grant's receiver blanked (see the module): the large firm where the
    grant after the partnership is the small firms' (it names them again: "按中小企业所占份额", "按照小微企业实际投入的
    20%", "给予中小企业补助", or names neither party again and the large one only by its standing, 龙头企业); the small
    firms where the grant goes to the role the large firm plays ("给予采购方奖励", "对牵头单位给予…"). Both stay where
    the grant names a large firm again ("…的，对牵头的大型企业给予奖励") or goes to the joint act of a firm named large
    by its size ("对大型企业和中小企业共同建设平台的，给予补贴"). A large firm named as the owner of what the small ones
    enter ("进入大型企业供应链") is blanked too."""
    text = _LARGE_OWNS.sub(lambda m: "\0" * len(m.group(0)), text)
    for m in _PARTNER.finditer(text):
        name = "a" if m.group("a") else "b"
        after = text[m.end():]
        if re.search(_LEAD_ROLE, after):
            name = "sa" if m.group("a") else "sb"
        elif re.search(_LARGE, after) or (not re.search(_SMALL, after) and _SIZED_LARGE.fullmatch(m.group(name))):
            continue
        text = text[:m.start(name)] + "\0" * (m.end(name) - m.start(name)) + text[m.end(name):]
    return text


# a project as the receiver ("对符合国家产业政策的节能、节水等项目，金融机构应当给予优先贷款", "对列入计划的技术改造项目，给予
# 贴息"): whoever carries the project out receives, a firm (the one that owns or runs it), asked whether it has one;
# not a sector beside it ("对重点扶持的产业和项目，给予…优惠": a policy for a sector names nobody), nor a project
# named by the money it was funded with (taxonomy._REFERRED_GRANT)
_PROJECT = re.compile(r"(?<![针相绝面核比])对(?!于|外|此|照|应)(?P<p>[^，。；]{2,60}?项目)(?:[，,]|(?=[^，。；]{0,30}?(?:给予|予以|提供|发放)))"
                      r"(?=[^。；]{0,40}?(?:给予|予以|提供|发放|优先))")
_SECTOR = re.compile(r"产业|行业|领域")


def project_receiver(scope: str) -> str | None:
    """The words naming the project a grant in `scope` goes to (see above), or None."""
    m = _PROJECT.search(scope)
    return m.group("p") if m and not _SECTOR.search(m.group("p").split("的")[-1]) else None


PROJECT_QUESTION = "本条支持的是项目（“{}”），由承担项目的单位享受：您是否有符合条件的项目？"
