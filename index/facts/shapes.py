"""Sentence shapes of official Chinese that settle a provision's kind before the general rules of kinds.py.

Each shape is a structure, not a phrase of one document:
  - a third party urged to serve businesses ("国家鼓励各类服务机构为中小企业提供…", "引导金融机构加大对小型微型
    企业的信贷支持"): the government's work with that party; what the party then gives is its own, not a grant;
  - parties urged to donate or sponsor ("国家鼓励企业…对职业教育捐资助学"): the givers, urged; nothing granted to them;
  - a government body bound to adopt measures listed as examples ("应当采取补贴、培训等措施", "应当及时采取税费
    减免…等措施"), to run a regime over lending ("对小微企业贷款实行差异化监管"), or to raise an aggregate
    ("增加小型微型企业贷款的规模和比重", "提高…容忍度"): its duty;
  - money used to build a system ("专项资金…重点用于支持…服务体系建设"): the government's work;
  - a market or a lender serving businesses with its own products ("区域性股权市场…提供挂牌展示、托管交易…等服务"),
    no public money and no concrete relief: its own business, which the government arranges;
  - a business as the subject of an application for a support noun ("小型微型企业…的，可以申请使用…转贷资金")
    or of a relief it may take ("…的，可以依法缩短折旧年限或者采取加速折旧方法"): a benefit, not a right;
  - a relief put in force for a receiver ("对…新开办的餐饮门店，…报装实行“零上门、零审批、零投资”",
    "国家对小型微型企业行政事业性收费实行减免"): a benefit for that receiver;
  - a strict regime put on named parties ("对…超过规定总量的重点企业，实行…重点监督管理制度", "对…限制类项目，实行限制性
    的价格政策"): the state's supervision, whatever resource or price it names, nothing granted.
"""
from __future__ import annotations

import re

_BUSINESS = r"(?:企业|个体工商户|个体户|经营主体|市场主体|民营经济组织|商户|门店|经营者|用人单位|合作社|家庭农场)"
# a party that is neither the government nor the business served: it is urged, then it gives
_THIRD = (r"(?:[^，。；：]{0,16}?(?:机构|银行|资本|社会资金|社会力量|高等学校|高校|院所|大型企业|大企业|龙头企业|平台企业|"
          r"行业协会|商会|产业联盟|社会组织|社会团体|中介组织|园区|人民政府|政府部门|有关部门))")  # (a government urged to serve: its own work)
_URGE = r"(?:鼓励|支持|引导|推动|督促|动员|倡导|吸引)(?:和|、)?(?:鼓励|支持|引导|推动|督促)?"
_URGED_THIRD = re.compile(_URGE + r"(?P<who>" + _THIRD + r")(?:等)?[^。；]{0,40}?"
                          r"(?:为|向|对|支持|帮助|服务于?|增加|加大|扩大|提高|降低)[^，。；]{0,24}?"
                          r"(?:" + _BUSINESS + r"|人员|劳动者|毕业生|从业者|创业者)")
# a system built (its name may hold a money word: "建立小企业贷款风险补偿机制")
_SYSTEM_BUILT = re.compile(r"(?:建立|健全|完善|设立|构建)[^，。；]{0,20}?(?:机制|制度|体系)")
# what only public money gives (a grant of the government beside the third party's service)
_PUBLIC_MONEY = re.compile(r"贴息|补贴|补助|奖励|资助|风险补偿|加计扣除|减免|免征|减征|退税|创新券|科技券|消费券")

# a concrete relief a lender or a provider grants the receiver (not "加大信贷支持", "提供融资服务")
_CONCRETE_RELIEF = re.compile(r"延期还本付息|延期还款|展期|无还本续贷|免收|免除|减收|减半|下调[^，。；]{0,6}?(?:利率|费率)|"
                              r"降低[^，。；]{0,8}?(?:利率|费率)|不抽贷|不断贷|\d+(?:\.\d+)?%")
# a duty to adopt measures given as examples ("采取补贴、培训等措施")
# (not "可以采取补贴等措施，支持…": a body that may grant, at its discretion, is asked about, kinds.discretionary)
_MEASURES_TO_TAKE = re.compile(r"(?:应当|应|负责)[^。；]{0,12}?采取[^。；]{1,40}?等(?:措施|方式|办法|手段)")
_BUILD_SYSTEM = re.compile(r"^[^，。；]{0,24}?(?:应当|应|负责)(?:[^，。；]{0,4}?|(?:配合|会同|协同|联合)[^，。；]{0,24}?)"
                           r"(?:建立|健全|完善|建设|构建)[^，。；]{0,20}?(?:体系|机制|制度)")
# an aggregate raised or widened: a target of policy, not a grant to any one receiver
# of a kind of business ("增加小型微型企业贷款的规模和比重"; not "扩大科研助理岗位规模", a quota of places)
_AGGREGATE = re.compile(r"(?:提高|增加|扩大|加大|提升|降低)[^，。；]{0,12}?" + _BUSINESS +
                        r"[^，。；]{0,12}?(?:规模|比重|比例|占比|容忍度|覆盖面|总量)")
# subsidies as the object of the government's own administration (their policy, procedure, review, timely payment)
_MONEY_WORD = r"(?:财政奖励|奖励|补贴|补助|资助|扶持资金|奖补|优惠政策)"
_SUBSIDY_ADMIN = re.compile(r"(?:制定|规范|公开|公布|评估|清理|建立)[^，。；]{0,24}?" + _MONEY_WORD +
                            r"[^，。；]{0,6}?(?:政策|程序|事项|制度|办法|依据|目录|清单)|"
                            r"(?:按照|在)[^，。；]{0,10}?时限(?:内)?(?:发放|拨付|兑现)")
# a body drafting the rules of an instrument ("于…前制定出台…券管理实施细则"): its own work, nobody granted here
_DRAFTS_RULES = re.compile(r"(?:制定|出台|印发|修订)[^，。；]{0,30}?(?:实施细则|管理细则|管理办法|实施办法|操作规程|申报指南|细则)")
# a receiver named as the one granted to ("对…企业给予", "向…企业发放")
# ("…等政策措施，支持企事业单位…吸纳…就业": the subsidies support a receiver)
_GRANTED_TO = re.compile(r"(?:(?<![针相绝面核比])对(?![象接标照于外话比])|向|为)[^，。；]{0,30}?" + _BUSINESS +
                         r"[^，。；]{0,20}?(?:给予|予以|发放|提供|减免|补贴|奖励)|"
                         r"(?:支持|扶持|鼓励)[^，。；]{0,12}?(?:" + _BUSINESS + r"|单位|组织)")
# a regulator's regime over lending to a kind of business (supervision, assessment, statistics of the lenders)
_LENDING_REGIME = re.compile(r"(?:贷款|信贷|融资|授信|金融服务)[^，。；]{0,8}?(?:实行|实施|执行|落实|完善|建立)[^，。；]{0,10}?"
                             r"(?:监管|考核|评价|统计|监测)")
# a fund or an appropriation used for building a system
_SYSTEM_USE = re.compile(r"(?:用于|支持)[^。；]{0,30}?(?:体系|机制|平台|基础设施)(?:和[^，。；]{0,12}?(?:体系|机制|平台))?建设")

# a business may apply for, use or enjoy a support noun, or take a relief itself
_SUPPORT_NOUN = (r"(?:资金|补贴|补助|奖励|贷款|转贷|担保|贴息|服务|券|优惠|减免|政策|场地|用房|房源|住房|额度|保险)")
# (a quota by which it applies may come first: "企业可按照在职员工人数的10%申请配租房源")
_APPLIES = re.compile(r"(?:可以|可)(?:依法|按规定|按照规定|按照[^，。；]{1,16}?)?(?:申请|申领|申报|享受|使用|获得)[^，。；]{0,16}?" + _SUPPORT_NOUN)
_TAKES_RELIEF = re.compile(r"(?:可以|可)(?:依法|按规定|按照规定)?(?:缩短|延长|减免|免征|减征|缓缴|抵扣|扣除|加速|加计|享受|申请|采取加速)"
                           r"[^，。；]{0,10}?(?:年限|税|费|折旧|期限|扣除)")

# recourse a business may seek (a right, not support): mediation, arbitration, review, complaint
_RECOURSE = re.compile(r"调解|仲裁|复议|诉讼|投诉|举报|申诉")
# a relief put in force for a receiver: 对 + receiver + … + 实行 + a relief ("零…", 免费, 减免, 简化)
_RELIEF_IN_FORCE = re.compile(r"对(?P<who>[^。；]{1,40}?)(?:的)?[^。；]{0,30}?实行[^，。；]{0,6}?"
                              r"(?P<relief>[“\"]?零|免费|减免|减半|免收|免征|简化|优惠|容缺|告知承诺|包容审慎)")


def urged_third_party(sentence: str) -> str | None:
    """"国家鼓励各类服务机构为中小企业提供…服务": the words urging a third party to serve businesses, when the
    sentence grants no public money beside it; None otherwise."""
    m = _URGED_THIRD.search(sentence)
    # ("鼓励保险机构设立…险，为…的企业…给予一定额度赔付": a product with a payout granted to the receiver;
    # "鼓励金融机构对…企业…实施延期还本付息…免收罚息": a concrete relief to a named receiver; not "建立…贷款风险补偿
    # 机制，鼓励金融机构…": public money inside a system built for the lenders is not granted to the business)
    money = without_systems(sentence)
    if not m or _PUBLIC_MONEY.search(money) or re.search(r"给予|予以", sentence) or _CONCRETE_RELIEF.search(sentence):
        return None
    return sentence[m.start():m.end("who")]


# parties urged to give to a cause or to others ("国家鼓励企业、社会组织…对职业教育捐资助学", "倡导经营主体向公益慈善组织捐赠
# 物资", "支持社会力量为社区体育提供赞助"): the parties urged are the givers, the government's work is the urging; what they
# give is theirs to give, no grant to them (unless a relief of the giver's comes with it: "…捐赠的，依法给予税收优惠")
_URGED_TO_GIVE = re.compile(_URGE + r"(?:和(?:鼓励|支持|引导|倡导|动员))?(?P<who>[^。；]{1,40}?)(?:依法|积极|自愿)?(?:对|向|为)[^，。；]{1,24}?"
                            r"(?:捐资|捐赠|捐款|捐物|捐助|(?:提供|进行)[^，。；]{0,6}?(?:捐赠|捐助|资助|赞助|援助))")
_GIVERS_RELIEF = re.compile(r"给予|予以|优惠|减免|免征|减征|扣除|抵扣|享受|补贴|奖励")
# parties urged to set up a prize or a fund of their own and reward or fund others with it ("鼓励社会组织和个人设立…奖项，
# 对…作出贡献的单位给予奖励"): the reward is the urged parties' to give, the government only urges (not "设立…奖项，由区
# 政府给予奖励": a body named as the giver)
_URGED_TO_AWARD = re.compile(_URGE + r"(?P<who>[^。；]{1,30}?)设立[^，。；]{0,24}?(?:奖项|奖|基金)[，,]?"
                             r"(?P<then>[^。；]{0,50}?)(?:给予|予以)[^，。；]{0,6}?(?:奖励|资助|表彰)")


def urged_to_give(sentence: str) -> str | None:
    """The words urging parties to donate or sponsor (see _URGED_TO_GIVE), or to set up a prize or fund and reward
    others with it (_URGED_TO_AWARD), when nothing comes back to the giver in the sentence; None otherwise."""
    m = _URGED_TO_GIVE.search(sentence)
    if m and not _GIVERS_RELIEF.search(sentence):
        return m.group(0)
    m = _URGED_TO_AWARD.search(sentence)
    if m and not re.search(r"政府|部门|机关|财政|由", m.group("then")) \
            and not re.search(_GIVERS_RELIEF.pattern + r"|列入成本|税前", sentence[:m.start()] + "，" + sentence[m.end():]):
        return m.group(0)
    return None


# a market or a lender as the one that acts: what it offers is its own line of business ("区域性股权市场设立…板，提供
# 挂牌展示、托管交易…等服务", "政策性金融机构应当通过开展进出口信贷…等业务，支持中小企业…"), arranged by the government
_MARKET_OR_LENDER = re.compile(r"(?:市场|交易所|交易中心|金融机构|银行|保险机构|担保机构|证券公司|基金公司)$")
_OWN_LINE = re.compile(r"(?:提供|开展|开发|设立)[^。；]{0,40}?(?:服务|业务|产品|板)")


def providers_own_business(sentence: str, who: str) -> str | None:
    """"区域性股权市场…提供挂牌展示…等服务": a market or a lender (`who`, the words before its verb) serving businesses
    with its own products, nothing granted by public money and no concrete relief; the words, or None."""
    if not _MARKET_OR_LENDER.search(who) or re.search(r"^(?:鼓励|支持|引导|推动|督促)", who):
        return None
    m = _OWN_LINE.search(sentence)
    if not m or _PUBLIC_MONEY.search(sentence) or re.search(r"给予|予以", sentence) or _CONCRETE_RELIEF.search(sentence):
        return None
    return who + sentence[sentence.find(who) + len(who):m.end()] if who in sentence else m.group(0)


# a buyer bound to prefer a kind of supplier under equal conditions ("在同等条件下，采购人应当优先从中小企业采购"): how
# public purchasing is run, no programme a business applies to (a reserved share or a price deduction is one: support.py)
_BUYER_PREFERS = re.compile(r"同等条件下[^。；]{0,24}?优先(?:从|向|采购|购买|选择|使用)")


def without_systems(text: str) -> str:
    """`text` without the systems it builds ("建立小微企业贷款风险补偿机制"): a party in a system's name is not its subject."""
    return _SYSTEM_BUILT.sub("", text)


def buyer_prefers(sentence: str) -> str | None:
    """"在同等条件下，采购人应当优先从中小企业采购": the words, or None (not with a reserved share, a price
    deduction or a first purchase, which are programmes a supplier enters)."""
    m = _BUYER_PREFERS.search(sentence)
    if not m or re.search(r"预留|份额|价格扣除|首购|订购|给予|予以", sentence):
        return None
    return m.group(0)


# the government urging its own lower levels ("鼓励有条件的地方安排…资金", "支持各区设立…"): its own work
_URGED_GOVERNMENT = re.compile(r"^(?:鼓励|支持|引导|推动|督促)(?:和(?:鼓励|支持|引导))?(?:有条件的)?"
                               r"(?:地方|各地|各区|区县|县区|街道|乡镇|各级人民政府|有关部门)")


def urged_government(sentence: str) -> str | None:
    """"鼓励有条件的地方安排中小企业纾困资金": the words of a government urging its own lower levels, or None."""
    m = _URGED_GOVERNMENT.match(sentence)
    return m.group(0) if m else None


# public money set aside whose use is the own act of a kind of business ("基金中…安排适当数额用于支持中小企业实施清洁生产",
# "…专项资金，用于扶持小微企业开展数字化改造"): a grant to those businesses, on terms the text does not state (asked)
# (not a system built for them, funds_a_system; not work named with no business, "用于…示范项目")
_FUND_FOR_PARTY = re.compile(r"(?:资金|基金|数额|经费)，?[^，。；]{0,12}?用于(?:支持|资助|扶持|补助|奖励)"
                             r"[^，。；]{0,10}?(?:企业|个体工商户|经营主体|市场主体|商户)"
                             r"(?:实施|开展|进行|从事|开发|购置|引进|研发|参加|参与)[^，。；]{0,12}")


# money a party already holds or has received ("获得专项资金支持的企业", "承担项目的单位…资金", "将扶持资金用于…"):
# how it must spend it is its duty, nothing is set aside for anyone
_HELD_MONEY = re.compile(r"(?:获得|取得|承担|申请到|争取到|领取|收到)[^，。；]{0,16}?(?:资金|基金|经费|款项)|"
                         r"将[^，。；]{0,12}?(?:资金|基金|经费|款项)[^，。；]{0,4}?用于")
# a party (not the government) before a modal: the one who holds the money and is bound or allowed to use it
_PARTY_MODAL = re.compile(r"(?P<who>[^，；]*?)(?:应当|必须|不得|(?<![无必])须|可以)")
_PARTY_END = re.compile(r"(?:企业|单位|公司|机构|组织|协会|商会|联合会|联盟|团体|基金|者|人|主体|工商户|商户|平台|银行)$")
_GOVERNMENT_WORDS = re.compile(r"人民政府|政府|财政|部门|机关|委员会|管委会|国务院|^(?:国家|本市|市|区|县|各级)")


def _money_holder(before: str) -> str:
    """The party that holds the money and is bound or allowed to use it, from the words before the use: the words
    before the last modal of that text (the clause before it when the modal opens its clause), else ""."""
    clauses = re.split(r"[，；]", before)
    for i in range(len(clauses) - 1, -1, -1):
        if m := _PARTY_MODAL.match(clauses[i]):
            who = m.group("who") or (clauses[i - 1] if i else "")
            return "" if re.match(r"^在[^，。；]{2,30}?中$", who) else who  # "在…基金中，应当安排…": a setting
    return ""


def funds_a_party(sentence: str) -> str | None:
    """Public money whose use is the own act of a kind of business: the words, or None (see _FUND_FOR_PARTY).
    Only money the government sets aside: not money a party already holds or received (_HELD_MONEY), nor money a
    party that is no government body is bound or allowed to use ("项目承担单位应当将…资金用于…",
    "…基金应当…，资金主要用于…", "社会组织可以募集资金，用于…")."""
    m = _FUND_FOR_PARTY.search(sentence)
    if not m or funds_a_system(sentence) or _HELD_MONEY.search(sentence[:m.end()]):
        return None
    holder = _money_holder(sentence[:m.start()])
    if _PARTY_END.search(holder) and not _GOVERNMENT_WORDS.search(holder):
        return None
    return m.group(0)


def funds_a_system(sentence: str) -> str | None:
    """"专项资金…重点用于支持…服务体系建设": money used to build a system; the words, or None."""
    m = _SYSTEM_USE.search(sentence)
    return m.group(0) if m else None


def government_measures(sentence: str) -> str | None:
    """A duty to adopt measures listed as examples or to raise an aggregate of a kind of business: the words."""
    # (not "应当采取贴息等方式，对…企业给予支持": a grant to a receiver, made in those ways)
    if (m := _MEASURES_TO_TAKE.search(sentence)) and not re.search(r"给予|予以", sentence):
        return m.group(0)
    # "…应当完善中小企业融资担保体系，推动…": a system to build, with nothing granted and no public money
    if (m := _BUILD_SYSTEM.search(sentence)) and not _PUBLIC_MONEY.search(sentence) and not re.search(r"给予|予以", sentence):
        return m.group(0)
    # "应当…制定…财政奖励、补贴政策，并严格规范…发放程序", "建立…补贴事项的定期评估制度", "按照规定的时限发放…补贴":
    # the government administering its subsidies (policy, procedure, review, payment on time), nobody granted here
    if (m := _SUBSIDY_ADMIN.search(sentence)) and not _GRANTED_TO.search(sentence):
        return m.group(0)
    if (m := _DRAFTS_RULES.search(sentence)) and not _GRANTED_TO.search(sentence) and not re.search(r"给予|予以", sentence):
        return m.group(0)
    # "金融监管部门应当对小微企业贷款实行差异化监管": a regulator's regime over lending, nothing granted to anyone
    if (m := _LENDING_REGIME.search(sentence)) and not _PUBLIC_MONEY.search(sentence) and not re.search(r"给予|予以", sentence):
        return m.group(0)
    # "增加小型微型企业贷款的规模和比重": only when nothing is granted to a receiver in the sentence
    if (m := _AGGREGATE.search(sentence)) and not _PUBLIC_MONEY.search(sentence) \
            and not re.search(r"给予|予以|(?:对|为|向)[^。；]{0,40}?(?:提供|发放|补贴|奖励|减免)", sentence):
        return m.group(0)
    return None


def business_applies(sentence: str, who: str) -> str | None:
    """"小型微型企业…的，可以申请使用…资金", "…的固定资产…确需加速折旧的，可以依法缩短折旧年限": a business
    (`who`, the actor before the modal) applying for a support noun or taking a relief; the words, or None."""
    if not re.search(_BUSINESS, who) or _RECOURSE.search(sentence):
        return None
    m = _APPLIES.search(sentence) or _TAKES_RELIEF.search(sentence)
    return m.group(0) if m else None


def relief_in_force(sentence: str) -> str | None:
    """"对在本区新开办的餐饮门店，…报装实行“零上门、零审批、零投资”": a relief in force for a receiver that is a
    business; the words from 实行, or None."""
    m = _RELIEF_IN_FORCE.search(sentence)
    if not m or not re.search(_BUSINESS + r"|小型微型|中小|小微", sentence[m.start():m.start("relief")]):
        return None
    return sentence[m.start():m.end()].split("，")[-1]


# a party relieved of a fee it would pay ("参展主体不承担展位费", "入驻企业无需缴纳物业费"); not a cost the public
# purse bears for its own works ("改造费用由区级财政承担，不向沿街商户摊派"), where nobody is relieved
_FEE_BORNE = re.compile(r"[^，。；]{0,10}?(?:" + _BUSINESS + r"|主体|方)(?:均|一律)?"
                        r"(?:不承担|无需承担|无须承担|不再承担|免于承担|无需缴纳|无须缴纳|无需支付|无须支付)[^，。；]{0,8}?(?<!消)费(?![券者])")


def fee_borne(sentence: str) -> str | None:
    """The words relieving a business of a fee, or None (a relief in force, whoever organises it)."""
    m = _FEE_BORNE.search(sentence)
    return m.group(0) if m else None


# inspections, enforcement or supervision of named parties put under a lighter regime ("对个体工商户和小微企业的日常
# 检查实行“双随机、一公开”"): a protection those parties can invoke
_PROTECTED_REGIME = re.compile(r"对(?P<who>[^，。；]{1,24}?" + _BUSINESS + r")的(?:日常|行政|涉企)?(?:检查|抽查|执法|监管|处罚|检测)"
                               r"[^，。；]{0,6}?实行")


def protection_regime(sentence: str) -> str | None:
    """The words putting the inspection or enforcement of named businesses under a regime, or None."""
    m = _PROTECTED_REGIME.search(sentence)
    # (not "对失信企业的检查实行重点监管": a stricter regime is a burden, not a protection)
    if not m or re.search(r"重点监管|严格|从严|加强|全覆盖|惩戒|失信|违法", sentence[m.start():m.end() + 12]):
        return None
    return m.group(0)


# the government backs a business's own act on the capital market ("支持…中小企业通过上市挂牌、发行债券…方式直接融资",
# "鼓励…企业在股权市场挂牌融资"): encouragement, nothing given by anyone
_OWN_FINANCING = re.compile(r"^(?:国家|本市|本区)?(?:支持|鼓励|引导)(?:和|、)?(?:支持|鼓励|引导)?[^，。；]{0,12}?" + _BUSINESS +
                            r"[^。；]{0,60}?(?:上市|挂牌|发行[^，。；]{0,14}?债券|股权融资|直接融资|债券融资)")
# support promised in areas listed as examples ("为个体工商户在创业创新、贷款融资…等方面提供资金支持")
_AREAS = re.compile(r"在[^。；]{2,40}?等方面(?:给予|提供|加大)[^，。；]{0,8}?(?:支持|扶持|帮助)")


# a party urged to cut a charge of its own to those it serves ("鼓励餐饮企业对外卖订单配送费减半收取", "引导商业综合体对入驻
# 商户物业费按八折收取"): the urged party's own price, nothing granted to it; the party and the payer, with the relief
_URGED_CHARGE = re.compile(r"(?:鼓励|引导|支持|推动|督促|倡导|动员)(?P<who>[^，。；]{1,16}?)(?:对|为|向)[^，。；]{0,24}?费(?:用)?"
                           r"[^，。；费]{0,6}?(?:减半|免收|减收|免缴|减免|按[^，。；]{0,8}?(?:折|%)收取|优惠|下调|降低)")


def urged_charge(sentence: str) -> tuple[str, str] | None:
    """(the party urged, the words) when `sentence` urges a party to cut a fee it charges others, with no public money
    given for it (a grant for the cut, "…的，按照减收金额的50%给予补贴", is another shape); None otherwise. The caller
    decides whether the party is a government body (a body urged to cut its fees grants the payer a relief)."""
    m = _URGED_CHARGE.search(sentence)
    if not m or re.search(r"给予|予以|补贴|补助|奖励", sentence):
        return None
    return m.group("who"), m.group(0)


def encouraged_own_act(sentence: str) -> str | None:
    """"支持有条件的中小企业通过上市挂牌…直接融资": the government backing a business's own financing with
    nothing given (no public money, no 给予); the words, or None."""
    m = _OWN_FINANCING.search(sentence)
    # (not "…，建立上市挂牌后备企业资源库，做好…培育和分类指导": a service of the government goes with it)
    if not m or _PUBLIC_MONEY.search(sentence) or re.search(r"给予|予以|培育|辅导|指导|服务|对接|资源库", sentence):
        return None
    return m.group(0)


def support_in_areas(sentence: str) -> str | None:
    """"…应当…为个体工商户在…等方面提供资金支持": support promised in areas, with no instrument or amount."""
    m = _AREAS.search(sentence)
    # (not beside a concrete grant: "对…用人单位依法给予税收优惠，并在…等方面给予扶持")
    if not m or re.search(r"\d|贴息|补贴|补助|奖励|减免|券|税收优惠|免征|减征|退税", sentence):
        return None
    return m.group(0)



# a body building or finishing something by a date ("区经济和信息化局于2027年3月底前建成…公共服务平台，提供…服务"): the
# thing it builds and the services that thing will give describe its task; a heading before it ("（…）", "…：") is
# the measure's title
_BUILDS_BY = re.compile(r"^(?:（[^）]{1,30}）|[^，。；：]{1,30}[：:])?(?P<who>[^，。；：]{2,30}?)(?:会同[^，。；]{0,20}?)?(?:于|在)"
                        r"(?P<when>\d{4}年[^，。；]{0,8}?(?:前|底|内)|年底前|年内|[^，。；]{0,6}?(?:月底|年底)前)"
                        r"(?:前)?(?:在[^，。；]{1,12}?)?(?P<verb>建成|完成|建设|搭建|上线|开通|组建|编制)")


def builds_by_date(sentence: str) -> tuple[str, str] | None:
    """(who builds, the words) when `sentence` sets a body a date to build or finish something, with no money granted
    to anyone beside it (a service the thing will give is not asked for here); None otherwise. The caller decides
    whether `who` is a government body."""
    m = _BUILDS_BY.match(sentence)
    if not m or _PUBLIC_MONEY.search(sentence) or re.search(r"给予|予以|(?:可以|可)(?:向[^，。；]{0,12}?)?(?:申请|预约|报名)", sentence):
        return None
    return m.group("who"), sentence[m.start("who"):m.end("verb")]


# a strict regime put on the parties named after 对 (supervision, restriction, control): a burden, not a grant
# (not a programme that serves them, "实行重点培育制度", "实行重点服务管理", "实行重点联系服务": 管理 alone is strict only
# right after 重点/严格/从严, "实行重点管理", "实行严格管理"; with a word between, only supervision or control is)
# (the regime on the party after 对 itself: not "对…的企业用电不加价，未达到的…实行阶梯电价", a relief for it, the burden for others)
_STRICT_REGIME = re.compile(r"对[^。；，,]{1,80}?[，,]?(?:实行|实施|执行)(?P<what>[^，。；]{0,16}?"
                            r"(?:(?:重点|严格|从严)(?:(?:(?!服务|培育|扶持|帮扶|联系|支持)[^，。；]){0,4}?(?:监督管理|监督|监管|管控|控制)|管理(?!服务))|"
                            r"限制性?[^，。；]{0,8}?(?:政策|措施|制度|价格)|"
                            r"总量控制|强制性?[^，。；]{0,6}?(?:标准|措施|制度)|淘汰[^，。；]{0,6}?制度|"
                            # (a price that rises with use or for the inefficient: "实行阶梯电价", "实行差别化水价")
                            r"(?:阶梯|差别化?|惩罚性|累进)[^，。；]{0,4}?(?:电价|水价|气价|热价|价格|收费)))")
# the words of giving (what a strict regime never names; what a procedure to go through does not end in)
GIVING = re.compile(r"给予|予以|减免|免征|减征|免收|补贴|补助|奖励|资助|贴息|优惠|扶持")


def strict_regime(sentence: str) -> str | None:
    """"国家对…超过规定总量的重点企业，实行能耗、水耗的重点监督管理制度": the words of a strict regime put on named parties
    (the state's supervision; the resource it names, 能耗, is what is supervised, not supplied), when the sentence
    gives nothing; None otherwise (not a lighter one, "实行包容审慎监管", which is protection_regime's or a relief's)."""
    m = _STRICT_REGIME.search(sentence)
    if not m or GIVING.search(sentence):
        return None
    return "实行" + m.group("what")
