"""What kind of provision a measure (an article) is, decided from the structure of its sentences.

Five kinds (contract: `kind`, with `kind_basis`, the words that make it so):
  benefit    可申请的支持 — money, tax or fee relief, credit, vouchers, a service, a permit, a preference
             granted to a party ("对…中小企业给予…", "…企业可以申请…补贴");
  right      可主张的权利 — a protection a business can invoke: a duty of another party towards it
             ("不得要求中小企业…", "应当自…之日起30日内支付"), a 可以 / 有权 of the business itself that
             is not an application for a benefit, a complaint channel, 告知承诺 / 容缺受理;
  duty       政府职责 — work of government bodies or of other parties that are not the visitor
             (市、区人民政府 / 有关部门 / 金融机构 + 应当 / 负责 / 建立 / 推动 / 鼓励 …); a ban or duty whose
             subject is a body or the state's own procedure ("行政机关不得继续实施已取消的行政许可", "登记机构
             不得从事经营活动") is one, unless it protects a business from an act done to it (index/facts/bans.py);
  obligation 企业义务 — what businesses must or must not do (企业 / 经营者 + 应当 / 不得 / 必须);
  general    一般规定 — purpose, scope, definitions, principles, liability, entry into force.

The vocabulary is that of official Chinese in general (who acts, the modal verb, who receives), not the
phrases of any one document. A sentence's *actor* is what stands before its first modal or action verb
(after any "…的，" condition; a modal inside the noun the sentence opens with, "依法必须进行招标的项目，…", qualifies
that noun and binds nobody there); a *protected* party is a business named after 不得 / 向 / 支付 of another
party. The measure takes the strongest kind among its sentences: benefit > right > obligation > duty >
general; a measure whose benefit sentences all have a government actor with a duty verb and no grant to
anyone is a duty.
"""
from __future__ import annotations

import re

from index.facts.bans import not_acted_upon, protects, protects_named, relieves, without_fund_names
from index.facts.claimable import applies_to_body, approved_to_act, helped_to_apply, opened_to_apply, permitted_to_act
from index.facts.shapes import (builds_by_date, business_applies, buyer_prefers, encouraged_own_act, funds_a_party, funds_a_system, government_measures,
                                GIVING, protection_regime, providers_own_business, relief_in_force, fee_borne, strict_regime, urged_charge,
                                support_in_areas,
                                urged_government, urged_third_party, urged_to_give, without_systems)
from index.facts.grant_terms import money_use_term
from index.facts.measure_heading import heads_obligation
from index.facts.main_clause import (ban_protecting, binds_its_items, condition_bound, government_power, introduces_list, is_item,
                                     issued_permit, lists_receivers, own_conduct_ban, same_procedure_ban, side_right,
                                     submits_for_approval)
from index.facts.own_choice import claim_carried, own_choice
from index.facts.recourse import handles_lodged
from index.facts.rewarded_actor import rewarded_actors, unrewarded_actors
from index.facts.unnamed_support import unnamed_support
from index.facts.private_roles import customer_holder, parties_agree, service_provider, worker_holder
from index.facts.support import public_offer, receiver_in_condition
from index.facts.tax_relief import RELIEF as TAX_RELIEF_WORDS, bound_by_relief, computation_rule, decides_relief, tax_relief, withheld_relief
from index.source.sentences import split_sentences

BENEFIT, RIGHT, DUTY, OBLIGATION, GENERAL = "benefit", "right", "duty", "obligation", "general"
KINDS = (BENEFIT, RIGHT, OBLIGATION, DUTY, GENERAL)  # strongest first
KIND_LABELS = {BENEFIT: "可申请的支持", RIGHT: "可主张的权利", DUTY: "政府职责", OBLIGATION: "企业义务",
               GENERAL: "一般规定"}

# ───────────────────────────── the vocabulary ─────────────────────────────
# a party that is a business (the visitor's kind of party)
_BUSINESS_HEAD = (r"(?:(?:单位|组织)和个人|企业|公司|(?:生产|经营|生产经营|销售|用能|用水|用电|用气|用热|排污)单位|个体工商户|个体户|经营者|经营主体|市场主体|民营经济组织|商户|门店|用人单位|农民专业合作社|"
                  r"合作社|家庭农场|创业者|投资者|投诉人|举报人|申请人|当事人|科技成果完成人|发明人|专利权人|权利人|纳税人|供应商)")
BUSINESS = re.compile(r"[^，。；：、和及与或的对为向在从由]{0,10}?" + _BUSINESS_HEAD)
# a party that is a government body, or another party acting for the public (not the visitor)
_GOV_HEAD = (r"(?:人民政府|政府|国务院|部门|机关|机构|委员会|管委会|协会|商会|联合会|银行|法院|检察院|"
             r"乡镇|街道|村民委员会|居民委员会|各级|有关方面)")
GOVERNMENT = re.compile(r"(?:^|[，：])(?:国家|本市|市(?![场民])|区(?!域|块|间)|县|省|各区|市、区|市和区|各级|国务院|省级以上)"
                        r"|" + _GOV_HEAD)
# modal and action verbs that end an actor ("市、区人民政府应当…", "有关部门负责…"); a bare 可 before a short
# verb phrase closed by 的 qualifies a noun ("保质期内可安全食用的食品", "可回收的包装"), it is no modal; one that
# opens with a preposition names whom the act is for ("…企业，可为其引进的骨干申请…"): a modal
# ("…给予补贴，须经街道推荐": 须经 names a step the grant goes through, a condition of it, not what a party must do)
# ("被禁止从事…的", "在禁止期限内", "作出的禁止决定": a party that was banned, a ban's term or decision named, no ban here)
_MODAL = (r"(?:应当|应(?=按|于|在|依|由|向|将|予|以|及时|严格|加强|建立|支持)|不得|(?<!被)禁止(?!期限|期间|决定|令|性|类|事项|目录|清单)|严禁|必须|(?<![无必])须(?!经)|可以|"
          r"(?<![许认不])可(?!持续|能|行|靠|视|控|信|及|抗力|(?![为向对给凭按依从])[^，。；的可以应当不得]{1,4}的)|(?<!享)有权(?![利益属])|负责)")
_ACTION = (r"(?:建立|健全|完善|推动|推进|促进|加强|加大|统筹|组织|制定|编制|鼓励|引导|支持|督促|指导|协调|"
           r"落实|实施|开展|依法|按照|会同|结合|根据|围绕|坚持|采取|优化|提升|强化|保障|做好|给予|提供|设立|"
           r"培育|发展|打造|构建|探索|规范|监督|加快|深化|建设|搭建|运用)")
ACTOR_END = re.compile(_MODAL + "|" + _ACTION)

# general provisions
_GENERAL = [
    re.compile(r"^为了?[^。]*?(?:制定本|特制定|制定此)"),
    re.compile(r"本(?:条例|办法|规定|法|细则|决定)(?:所称|中)[^。]{0,40}?(?:是指|指|包括)"),
    # the heading of a closing article ("实施期限。", "施行日期和解释。")
    re.compile(r"^(?:实施|施行|执行|有效)(?:期限|日期|时间|期)(?:和|及|与)?(?:解释)?。?$"),
    re.compile(r"(?:^|，)(?:前款|本条)?所称[^。]{0,40}?(?:是指|指|包括)"),
    re.compile(r"(?:适用|遵守)本(?:条例|办法|规定|法)|本(?:条例|办法|规定|法)适用于"),
    _DEFINITION := re.compile(r"的[^，。；]{0,6}，(?:为|是|称为)(?![^，。；]{0,12}?(?:提供|给予|予以|办理))[^，。；]{0,12}?"
                              r"(?:户|企业|组织|单位|机构|人员|者)。?$"),
    # a declaration with no act named: "…的合法权益受法律保护，任何单位和个人不得侵害"
    re.compile(r"合法权益[^。；]{0,4}(?:受法律保护|不受侵犯)(?:[^。；]{0,14}?不得(?:侵害|侵犯|非法干预))?。?$"),
    re.compile(r"(?:参照|依照)本(?:条例|办法|规定|法)[^。]{0,20}执行|按照[^。]{0,20}的(?:有关)?规定执行"),
    # what other text applies ("本条例有关X的规定，适用于Y"), rules to be made under it, who interprets it,
    # how it meets other policies ("从优不重复", "从其规定")
    re.compile(r"本(?:条例|办法|规定|措施)[^。]{0,30}的(?:有关)?规定，适用于|适用本(?:条例|办法|规定)[^。]{0,20}的(?:有关)?规定"),
    re.compile(r"(?:依据|根据|依照)本(?:条例|办法|规定)(?:的?规定)?，?[^。]{0,4}制定"),
    # "实施本条例需要制定规章或者具体办法的，…应当及时制定": the rules to be made under it
    re.compile(r"实施本(?:条例|办法|规定|法)[^。]{0,16}?(?:制定|规章|实施细则|具体办法)"),
    # principles of the whole work ("…建设应当坚持…", "…工作应当贯彻…理念")
    re.compile(r"(?:工作|建设|活动|发展)应当(?:坚持|贯彻|遵循|立足|尊重)"),
    re.compile(r"(?:遵循|坚持)[^。]{0,40}的原则"),
    re.compile(r"自\d{4}年\d{1,2}月\d{1,2}日起施行|(?:起|之日起)施行"),
    re.compile(r"同时废止"),
    re.compile(r"应当(?:坚持|遵循)[^。]{0,30}(?:原则|方针)|坚持[^。]{0,40}的(?:原则|方针)"),
]
# statements a plan makes about itself, never in a sentence that grants something (see _NO_GRANT_GENERAL)
_GENERAL_UNLESS_GRANTED = [
    # a term a plan defines: "本措施所称小微企业，是指…" (a 是指/系指 after the term, not 指南 or 指定), "本方案中的支持对象
    # 包括…和…。" as the whole sentence (not "符合本措施中规定条件的…，可按照申报指南…": a grant naming the plan)
    re.compile(r"^本(?:措施|方案|意见|通知)(?:中的?|所称的?|中所称的?)[^，。；]{1,20}?[，,]?(?:是指|系指|指的是)"),
    re.compile(r"^本(?:措施|方案|意见|通知)(?:中的?|所称的?|中所称的?)[^，。；]{1,20}?包括[^。；]*。?$"),
    # which rules apply when (a transitional or a yielding provision, no actor of its own): "本措施施行前已受理的事项，按照原
    # 政策执行", "执行期间如遇上级政策调整，按照上级政策执行"
    re.compile(r"(?:^|[，；])(?:依照|按照|按)(?:原|上级|新|调整后的?|最新|新出台的?)[^，。；]{0,10}?(?:政策|规定|办法)(?:执行|为准|办理)"),
    # a term the sentence opens by defining ("政府采购当事人是指…的各类主体", "小型微利企业，是指…"), with nothing granted
    _DEFINES_TERM := re.compile(r"^[^，。；]{2,20}?[，,]?(?:是指|系指)"),
    # a term defined by other rules ("本规定所称小微企业，按照国家《中小企业划型标准规定》确定")
    re.compile(r"(?:^|[，；])(?:本(?:条例|办法|规定|措施|方案)|前款|本条)?所称[^，。；]{1,20}[，,]?(?:按照|依照|根据)[^。；]{1,40}?(?:确定|认定|划分|界定)"),
]


def _no_grant(sentence: str) -> bool:
    """Whether `sentence` grants nothing (a plan's statement about its own terms and rules is a sentence of its own:
    "对…的小微企业，按照原政策执行，继续免收3个月租金" grants the rent, whatever rule it names)."""
    return not GRANTS.search(NEGATED_GRANT.sub("", sentence))


# liability: what follows a breach (of officials or of parties); a general provision, never offered
# what follows cheating a grant ("弄虚作假骗取补贴的，追回资金，三年内不得享受…"): liability only as the sentence's main
# clause; a warning or a pledge after a grant ("…给予补贴，最高5万元，对弄虚作假的追回补贴资金"; "…，申报企业须承诺所提交材料
# 真实，不以虚假材料申报") leaves the grant what it is (see liability)
_CHEATING = (r"骗取[^，。；]{0,10}?(?:补贴|补助|奖励|资金|支持|政策)|弄虚作假|以虚假[^，。；]{0,6}?(?:材料|资料|信息)|"
             r"追回[^，。；]{0,6}?(?:资金|补贴|补助|奖励|款项)|"
             # the money named first, then taken back ("已拨付资金予以追回", "奖励资金全额收回"), and the blacklist a cheat is
             # put on ("列入…严重违法失信行为记录名单"): what follows the breach, however the sentence orders it
             r"(?:资金|补贴|补助|奖励|奖金|款项)(?:予以|全额|全部|依法|一律)*(?:追回|收回)|"
             # (the blacklist only as a sanction on the one who breached, "并将其列入…", "…的，列入…名单": not when it
             # qualifies who is excluded, "被列入…失信名单的企业不予支持/除外", nor under a ban or a removal, "不得将…列入",
             # "…申请移出")
             r"(?:^|(?<=[，。；：]))(?:(?!不得|不予|不再|禁止|被|已|移出)[^，。；]){0,30}?列入[^，。；]{0,24}?失信[^，。；]{0,12}?"
             r"(?:名单|记录)(?![^，。；]{0,12}?(?:的|移出))")
_CHEATING_CLAUSE = re.compile(r"[^，。；]*(?:" + _CHEATING + r"|承诺[^，。；]{0,12}?真实)")
# (the duty to answer for a breach, in any of its forms: "依法承担民事责任", "应当承担赔偿责任", "承担相应的法律责任", "承担连带
# 赔偿责任"; a breach named by the articles it breaks, "有本法第七十一条、第七十二条违法行为之一"; not "具有独立承担民事责任的
# 能力", a party's capacity, nor a pledge to answer for what it declares, "书面承诺对…的真实性承担法律责任", a step of a procedure,
# nor "就…承担连带责任", how the parties of one contract share its duties)
_LIABILITY = re.compile(r"违反本(?:条例|办法|规定|法|措施)|规定的违法行为之一|(?:条|款)(?:规定)?的?违法行为之一|"
                        r"(?:^|(?<=[，。；：]))(?:(?!承诺|保证)[^，。；]){0,40}?承担(?:相应的?)?(?:(?:民事|法律|刑事|行政)(?:赔偿)?|(?:连带)?赔偿)责任(?!的能力)|" + _CHEATING + r"|失信联合惩戒|联合惩戒对象|(?:方面|领域)(?:依法依规|依法)?予以限制|免责|免除[^。]{0,8}责任|从轻、减轻责任|(?:依法|依规)?(?:给予|追究)[^。]{0,12}(?:处分|责任)|"
                        r"构成犯罪|责令(?:限期)?改正|处[^。]{0,16}罚款|吊销[^。]{0,10}(?:执照|许可证)|"
                        r"滥用职权|玩忽职守|徇私舞弊|依法(?:予以)?处理")

# a party protected: another party must not do this to a business, or must pay it in time
_PROTECT_VERB = r"(?:不得|(?<!被)禁止(?!期限|期间|决定|令|性|类|事项|目录|清单)|严禁|不准|不应)"
# ("不得将个体工商户数量增长率…作为考核指标": a statistic of businesses, not a business protected)
# (not "禁止投资的领域，外国投资者不得投资": a party followed by its own modal is the one bound, not protected)
_PROTECTED = re.compile(_PROTECT_VERB + r"[^。；]{0,100}?(?P<p>" + _BUSINESS_HEAD + r")(?!数量|户数|总数|增长率|比例|占比|年度报告率|所得税)"
                        r"(?![^，。；]{0,4}?(?:不得|应当|必须|禁止))")
def protected_match(sentence: str) -> re.Match | None:
    """The first business a ban in `sentence` names as one an act is done to (index/facts/bans.not_acted_upon)."""
    return next((m for m in _PROTECTED.finditer(sentence) if not not_acted_upon(sentence, *m.span("p"))), None)


# a period granted to businesses before a change bites ("留出一般不少于三十日的适应调整期")
_PERIOD_OWED = re.compile(r"(?:留出|预留|给予)[^。；]{0,12}?(?:\d+|[一二三四五六七八九十]+)(?:日|天|个月)[^。；]{0,6}?(?:期|时间)")
# a ban on charging or burdening ("不得收取任何费用", "不得摊派")
_FEE_BAN = re.compile(r"不得[^。；]{0,12}?(?:收取|收费|摊派|集资|罚款|侵占|强制|指定)")
# a party owed something: "…迟延支付中小企业款项的，应当支付逾期利息"
# (or compensation owed on the terms of rules: "…的房屋因建设需要拆迁的，拆迁人应当按照有关规定给予补偿")
_OWED = re.compile(r"(?:应当|应|须)(?:依法)?(?:向[^，。；]{0,12})?(?:支付|返还|退还|赔偿|补偿)|"
                   r"(?:应当|应|须)(?:依法|(?:按照|依照)[^，。；]{0,16}?规定)?(?:给予|予以)(?:合理的?|相应的?)?(?:补偿|赔偿)")
# a grant that is concrete (money, relief, a price): a government body that "shall provide support" in
# general words is doing its work; one that "shall grant a subsidy" grants a benefit
_CONCRETE = re.compile(r"补贴|补助|奖励|资助|贴息|减免|免征|减征|免收|免除[^，。；]{0,10}?收费|减半|资金支持|资金扶持|费用|优惠|担保|贷款|首贷|续贷|信贷|"
                       r"消费券|退税|缓缴|租金|价格扣除|预留|份额|\d")
# (the modal, not the 应 inside a word: "供应商可以…提出询问，采购人应当在三个工作日内答复" quotes the buyer's duty, not "应商…")
_PAY_IN_TIME = re.compile(r"(?<![供相适响反对效])(?:应当|应|须)[^。；]{0,30}?(?:\d+|[一二三四五六七八九十]+)(?:个工作日|日|天|个月)内"
                          r"[^。；]{0,12}?(?:支付|付款|返还|退还|确认|答复|作出)")
# a business as the payee of money another party owes it ("向中小企业支付款项", "支付中小企业款项")
# (the modal binds the payment itself, with only the manner between: not "应当将…尚未支付中小企业款项的合同…公开")
_PAY_TO_PARTY = re.compile(r"(?:应当|应|须)(?:按照[^，。；将]{0,12}?|依照[^，。；将]{0,12}?|依法|及时|按时|足额|如期)*(?:向(?P<p1>[^，。；]{0,12}?" + _BUSINESS_HEAD + r")[^，。；]{0,8}?"
                           r"(?:支付|付款|返还|退还|赔偿|补偿)|(?:支付|返还|退还|拨付|结清)(?P<p2>[^，。；]{0,10}?" + _BUSINESS_HEAD +
                           r")[^，。；]{0,4}?(?:款项|账款|价款|工程款|货款|费用|资金|保证金))")
# a trade debt one must hand over to a business ("…应当及时将货物、工程、服务款项支付给中小企业"): the business's claim,
# whoever owes it (a public buyer too), even where the taxonomy sees money given; not a grant's money ("将补贴资金拨付给企业")
_DEBT_HANDED_TO = re.compile(r"(?:应当|应|须)[^，。；]{0,20}?将[^，。；]{0,16}?(?:款项|账款|价款|工程款|货款|欠款)[^，。；]{0,4}?"
                             r"(?:支付|结清|偿还|付)给(?P<p>[^，。；]{0,10}?" + _BUSINESS_HEAD + ")")
# (not "受理投诉后，…", "处理投诉事项，需要…", "投诉处理程序": how a body goes on with a complaint already made)
_COMPLAINT = re.compile(r"(?:受理|处理)(?![^，。；]{0,12}?(?:后|事项|程序|期限))[^。；]{0,40}?(?:投诉|举报)|(?:投诉|举报)[^。；]{0,10}?(?:渠道|平台|热线|机制)|"
                        r"(?:有权|可以|可)[^。；]{0,40}?(?:投诉|举报|申诉|提出诉求|反映诉求|申请复议|提起诉讼|申请行政复议|拒绝)|"
                        # "…对不当检查行为，可以通过…热线反映": a channel to complain through
                        r"(?:有权|可以|可)(?:通过|向)[^。；]{0,30}?反映")
_PROMISE = re.compile(r"(?:承诺|符合[^，。；]{0,10}条件)[^，。；]{0,10}的，[^。；]{0,20}?应当(?:直接|当场|即时|当日)?(?:作出|予以)"
                      r"[^。；]{0,6}?(?:同意|准予|批准|许可|登记)|告知承诺|容缺(?:受理|办理|后补)|备案即可|无需(?:另行)?(?:审批|许可|办理[^，。；]{0,6}手续)|免予?(?:审批|许可)")
# an application by the business itself ("…企业可以申请…", "…可以享受…")
_APPLY = re.compile(r"(?:可以|可|有权)[^，。；]{0,8}?(?:申请|申报|享受|获得|领取|减免|免|减半|按照[^，。；]{0,10}享受)")
# a business bound to hand in its application, and granted in the same sentence once a body has checked it
# ("…须将贴息申报材料报送…审核，审核通过后…予以贴息", "…应当向…提交申请，经审核符合条件的，给予…"): the grant's
# procedure, not the business's obligation (the check is asked: index/facts/support.py)
_APPLIED_THEN_GRANTED = re.compile(r"(?:申报|申请)[^。；]{0,40}?(?:审核|审定|核实|核定|评审|认定|批准)[^。；]{0,30}?"
                                   r"(?:给予|予以|拨付|发放|兑付|享受)")
# a grant: someone gives something to a party ("对…给予", "为…提供", "向…发放")
# (对 as a preposition, not inside 对象, 对接, 针对 …)
_GRANT = re.compile(r"(?:(?<![针相绝面核比])对(?![象接标照于外话比])|(?<![作认成])为(?!了)|向|给)[^。；]{0,60}?(?:给予|提供|减免|免征|减征|免收|减收|补贴|补助|奖励|资助|贴息|发放|降低|"
                    r"减半|返还|退还|支持|予以)")
_GRANT_PLAIN = re.compile(r"给予[^，。；]{0,30}?(?:补贴|补助|奖励|资助|贴息|支持|减免|优惠|扶持|资金|保障)|"
                          r"(?:减免|免征|减征|免收|缓缴|退还|返还|补贴|奖励|贴息)")
# persons as the receivers of a grant (workers, job seekers, pupils …): a public service to people, not a business
_PERSONS = re.compile(r"(?:劳动者|求职者|职工|消费者|公民|居民(?!委员会)|群众|学生|患者|残疾人|农民工|老年人|儿童|未成年人)")


def for_persons(sentence: str) -> bool:
    """"县级以上人民政府…为劳动者免费提供下列服务": every grant of `sentence` goes to persons named after its
    preposition (对 / 为 / 向 / 给), with no business among them and no business they run ("对残疾人从事个体经营的"
    is a grant to a business); not where the sentence names businesses anywhere (consumption vouchers handed to
    consumers "在参与活动的…餐饮门店使用" are for the businesses where they are spent)."""
    grants = list(_GRANT.finditer(sentence))
    return bool(grants) and not re.search(_BUSINESS_HEAD, sentence) and all(
        _PERSONS.search(g.group(0)) and not re.search(_BUSINESS_HEAD + r"|经营|创业|单位|机构|组织", g.group(0))
        for g in grants)


# rules still to come, anywhere in the measure ("具体办法另行制定", "以申报通知为准")
RULES_ELSEWHERE = re.compile(
    r"具体(?:办法|措施|标准|细则|条件|程序|时间)[^。；]{0,16}?(?:另行(?:制定|规定|发布|公布|明确|确定|印发)|由[^。；]{0,40}?制定|制定|"
    r"以[^，。；]{0,8}为准)|另行(?:制定|规定|发布|公布|明确|确定|印发)|"
    # "认定条件和程序按照…有关规定执行": the conditions are those of other rules
    r"(?:条件|标准|程序)[^。；]{0,6}?(?:按照|依照|参照)[^。；]{0,20}?(?:有关|相关)?规定执行|"
    # (or rules named by their title: "申请条件和办理流程按照《…实施细则》执行")
    r"(?:条件|标准|程序|流程)[^。；]{0,6}?(?:按照|依照|参照)[^。；《]{0,12}?《[^》]{2,60}》|"
    # "奖励条件和兑付程序按照区市场监督管理局会同区财政局制定的实施细则执行": rules a body makes
    r"(?:条件|标准|程序)[^。；]{0,6}?(?:按照|依照|参照)[^。；]{0,30}?制定的[^。；]{0,8}?(?:细则|办法|规定|指南)(?:执行|办理|为准)|"
    r"(?:办法|标准|细则|指南)由[^，。；]{0,16}?(?:制定|发布)|以[^，。；]{0,16}(?:通知|指南|公告)为准|"
    r"详见[^，。；]{0,12}?(?:通知|指南|公告|细则|办法)|"
    r"制定[^。；]{0,30}?(?:措施|办法|细则)并组织实施|"
    # "具体按照政府采购促进中小企业发展的有关规定执行": the terms are those of other rules
    # (also with what is done named first: "具体执行按照…规定办理", "具体实施参照…规定执行"; or the rules named by their
    # title: "具体执行按照国家《政府采购促进中小企业发展管理办法》")
    r"具体(?:执行|实施|操作|办理)?(?:按照|依照|参照)(?:[^。；]{0,30}?规定(?:执行|办理)|[^。；《]{0,12}?《[^》]{2,40}》)")
# a sentence that urges the lenders and insurers themselves ("支持商业银行设立…", "鼓励保险机构开发…"): the
# government's work with them; what they then offer is theirs, not a grant
# (several listed, "支持商业银行、担保机构和小额贷款机构开展…"; where they act, "支持商业银行在示范区内设立…")
_PROVIDERS_URGED = re.compile(r"(?:支持|鼓励|引导|推动|督促)[^，。；]{0,6}?(?:商业银行|银行|金融机构|保险机构|担保机构|证券|基金)"
                              r"(?:(?:、|和|及|以及)[^，。；、]{0,8}?(?:银行|机构|公司))*(?:在[^，。；]{1,12}?(?:内|中))?"
                              # (the manner of their work may come first: "鼓励保险机构针对…的风险特点，开发…")
                              r"(?:(?:根据|按照|结合|针对|围绕)[^，。；]{1,24}?[，]?)?"
                              r"[^，。；]{0,4}?(?:设立|建立|健全|开展|开发|创新|完善|加大|提高|探索|推出|制定|与[^，。；]{0,12}?合作)")
# what the lenders urged then provide: their own services and products ("为…企业提供项目融资、保理等金融服务"), no
# grant of anyone's (not a concrete relief they are asked to give: "免收逾期罚息", "降低贷款利率")
_LENDERS_SERVICE = re.compile(r"(?:为|向)[^，。；]{0,20}?提供[^，。；]{0,16}?(?:融资|金融|信贷|贷款|保险|担保|保理|结算)"
                              r"(?:服务|产品|支持|保障)?(?=[，。；]|$)")
# any words that grant (a sentence without them only says how a grant is run)
GRANTS = re.compile(r"给予|予以|减免|免征|减征|免收|减半|补贴[^，。；]{0,4}元|奖励[^，。；]{0,4}元|可以申请|可申请|享受|发放|退还|返还|缓缴|延期|顺延")
# a condition written elsewhere: the grant is 需确认, never 可以申请 outright
CONDITION_ELSEWHERE = re.compile(
    # "按照规定给予补贴", "按照国家规定享受…减免": the grant's own standard is in rules elsewhere (not "按规定
    # 申请", "按规定计算折旧": how to apply or account)
    r"(?:按照|依照|按)(?:国家|本市|国家和本市)?(?:的)?(?:有关|相关)?规定(?:的?(?:标准|条件))?(?:实行|执行)?(?:给予|享受|予以|减免|免征|减征)|"
    # "依照税收法律、行政法规的规定享受税收优惠", "按照标准给予补贴": the laws or the standard named are not in the text
    # (or a system of rules named: "按照国家财务会计制度的规定予以扣除", how much is that system's)
    r"(?:依照|按照|依据|根据)(?!本)[^，。；]{0,16}?(?:法律|法规|规章|法|条例|制度)(?:及其实施条例)?(?:的)?规定(?:给予|享受|予以|减免|免征|减征)|"
    r"(?<![的准])(?:按照|按|依照)标准(?:给予|予以|发放|享受)|"
    # "对…企业给予税收优惠": a tax preference named by its kind only, whose terms are those of the tax laws
    r"(?:给予|享受|实行|予以)[^，。；\d]{0,4}?税收优惠(?:政策|待遇)?(?![^，。；]{0,8}?(?:\d|百分之|减半|全额))|"
    r"符合(?:[^，。；]{0,12}?)(?:条件|规定|要求|标准|政策)|按照?[^，。；]{0,8}?(?:有关|相关)规定|"
    # "按照投资额给予一定比例的风险补贴", "给予适当补助": how much is not written
    r"一定(?:的)?比例(?:的)?[^，。；]{0,6}?(?:补贴|补助|奖励|资助|贴息|支持|减免)|一定(?:的)?比例(?:给予|予以)|(?:给予|予以)适当(?:的)?[^，。；]{0,6}?(?:补贴|补助|奖励|资助|支持|减免)|适当(?:给予|予以)|"
    # "国家需要重点扶持的高新技术企业", "国家鼓励的…项目": a category the state designates by its own lists and recognition
    r"(?:国家|本市|省)(?:需要)?(?:重点)?(?:扶持|鼓励|支持)(?:和(?:鼓励|扶持|支持))?(?:发展)?的|"
    # "按照规定为其预留采购份额", "按规定对…给予…": the standard of a grant to a party is that of rules elsewhere
    r"按照?规定(?:为|对|向)[^，。；]{0,12}?(?:给予|予以|预留|提供|减免|发放|补贴|奖励)|"
    # "国家和本市规定的税收优惠待遇": a relief on the terms rules elsewhere set
    r"(?:国家|省|市|本市|本省)(?:和|、)?(?:省|市|本市|本省)?(?:有关)?规定的[^，。；]{0,8}?(?:优惠|待遇|政策|减免|补贴|扶持)|"
    # "…的研究开发费用，可以依法…加计扣除": a relief on the terms of the law, which the text does not restate
    r"(?:可以|可)依法[^，。；]{0,12}?(?:加计扣除|扣除|减免|免征|减征|缩短|加速折旧|抵扣|享受)|"
    # "享受本市相关优惠待遇": which relief, on what terms, is written in other rules
    r"享受[^，。；]{0,6}?(?:相关|有关)[^，。；]{0,4}?(?:优惠|政策|待遇|扶持)|"
    r"依(?:照|据)?(?:国家|本市)?有关规定|依法(?:享受|申请|给予|予以)|经(?![营济费销纪])(?:[^，。；]{0,8}?)(?:认定|认证|评审|审核|评估|备案|批准|"
    # a check or a selection by the body before it pays ("经街道办事处核实后", "经验收合格后", "择优给予")
    r"核实|核查|复核|审定|验收|遴选|评选)|择优(?:给予|予以|支持|奖励|补助|资助)|"
    # the body pays back or grants only once it has checked the claim ("…可以向税务机关要求退还…，税务机关及时查实后
    # 应当立即退还", "区人社局核实后拨付"): whether the claim holds is the body's finding
    r"(?:查实|核实|核查|审核|复核)(?:无误|属实)?后[^，。；]{0,8}?(?:退还|返还|给予|予以|发放|拨付|兑付)|"
    r"具体(?:办法|措施|标准|细则|条件)[^，。；]{0,10}?(?:另行|由|制定)|另行制定|另行规定|另行发布|另行公布|"
    r"制定[^。；]{0,30}?(?:措施|办法|细则)并组织实施")


_HEADING = re.compile(r"\s*#+\s*第[一二三四五六七八九十百零〇\d]+[章节编][^。；]*$")


def without_headings(text: str) -> str:
    """`text` without a chapter heading the source glued to its end ("…。## 第二章 政府采购当事人"): a heading names
    what the next articles are about, no party of this one."""
    return _HEADING.sub("", text)


def _clauses_of(sentence: str) -> list[str]:
    return [c for c in re.split(r"[，：]", sentence) if c]


def actor(sentence: str) -> tuple[str, str]:
    """(actor, verb) of a sentence: the words before its first modal verb (应当, 不得, 可以 …), else before
    its first action verb, in the first clause that has one after any "…的，" condition; a modal at the
    head of a clause takes the clause before it as actor ("享受支持的企业，应当…"); ("", "") when none."""
    clauses = _clauses_of(sentence)
    for i, clause in enumerate(clauses):
        m = re.search(_MODAL, clause)
        # "依法必须进行招标的项目，…，招标人应当…": the modal qualifies the noun the sentence opens with; the party named
        # after it acts, or the noun itself where it is a party the next modal binds ("依照本条例应当办理登记的经营者，应当…")
        if m and i == 0 and (q := _QUALIFYING_MODAL.fullmatch(clause)) \
                and any((n := re.search(_MODAL, c)) and (n.start() > 0 or _PARTY_NOUN.search(q.group("noun")))
                        for c in clauses[1:]):
            continue
        if m:
            who = clause[:m.start()]
            if not who.strip() and i:
                who = clauses[i - 1]
                # "劳动保障监察机构在查处…时，发生…情形的，可以…": the body the sentence opens with acts, not the
                # condition before the modal
                if who.endswith("的") and i >= 2 and (body := _OPENING_BODY.match(clauses[0])):
                    who = body.group("body")
            return who, m.group(0)
    for clause in clauses:
        for m in ACTOR_END.finditer(clause):
            if _IN_NAME.match(clause, m.end()):
                continue  # "市发展改革部门", "科学技术部门": a verb inside a body's name
            if clause.endswith("的"):
                break
            who = clause[:m.start()]
            # "本市实行…政策，逐步建立…制度": an adverb opening a later clause is no actor; the government the sentence
            # opened with goes on acting (a topic carried across its clauses)
            if _ADVERB_ONLY.fullmatch(who) and clause is not clauses[0] and (opening := _OPENING_STATE.match(clauses[0])):
                return opening.group(0), m.group(0)
            return who, m.group(0)
    return "", ""


# an adverb of manner or pace, no party ("逐步", "进一步", "积极")
_ADVERB_ONLY = re.compile(r"(?:逐步|积极|进一步|大力|加快|不断|稳步|继续|切实|着力|全面|同时|并|依法)+")
# a sentence opening with the state or a government as its subject ("本市实行…", "区人民政府推行…")
_OPENING_STATE = re.compile(r"^(?:本市|国家|各级人民政府|(?:市|区|县|省)(?:、区|和区)?人民政府)")


# a clause that is a noun phrase whose modifier holds the modal, with no party before it ("依法必须进行招标的项目",
# "应当报送审批的建设工程"): the modal qualifies what the sentence is about, it binds nobody there; the actor is in a
# later clause (not "企业必须遵守…的规定": a party before the modal is bound by it)
_QUALIFYING_MODAL = re.compile(r"(?:依法|依照[^，。；]{1,12}?|按照[^，。；]{1,12}?|根据[^，。；]{1,12}?)?"
                               r"(?:应当|必须|须|应)(?:[^，。；的]{2,16})的(?P<noun>[^，。；的]{1,6})")
_PARTY_NOUN = re.compile(r"(?:者|人|单位|企业|公司|机构|主体|个体工商户|经营户|商户)$")


# a body opening the sentence and acting on a breach ("登记机关对…涉嫌违反…的行为进行查处，可以…")
_ENFORCING_BODY = re.compile(r"[^，。；]{0,20}?(?:机关|部门|人民政府|机构)(?:依法)?(?:对|在|发现)[^。；]{0,40}?"
                             r"(?:查处|调查|检查|处理|核查)[^。；]{0,10}?(?:可以|应当|有权)|"
                             # "…有关行政主管部门应当按照各自职责对…进行检查…，对…违反…的行为予以纠正并依法处理"
                             r"^(?:[^，。；]{0,12}[，,])?[^，。；]{0,20}?(?:机关|部门|人民政府|机构)(?:应当|应|可以|有权)(?:依法|按照[^，。；]{0,10}?)?"
                             r"对[^。；]{0,40}?(?:检查|查处|调查|核查|监督检查)")
_OPENS = re.compile(r"^(?:开办|开设|设立|经营)[^，。；的]{1,12}?(?:店|馆|铺|摊|作坊|厂|场|社|所)$")
_STAFF_HEAD = re.compile(r"(?:人员|职工|员工|人才|劳动者|从业者)$")
# what a business owns or spends (a phrase headed by it is the business's own)
_OWN_MEANS = re.compile(r"(?:费用|支出|成本|收入|所得|资产|设备|利润|资金|款项|账款|投资|产品|税款|税额|价格|收费|收费标准)$")
# a sentence that opens with a body, then what it is doing ("X部门在查处…时", "X机关对…")
_OPENING_BODY = re.compile(r"(?P<body>[^，。；、在对于]{2,20}?(?:部门|机关|机构|人民政府|委员会))(?:在|对|于|根据|依照|按照|$)")
# the head of a body's name ("中小企业工作主管部门", "中小企业服务中心"): a body, whichever parties its name names
_SERVING_BODY = re.compile(r"(?:部门|机关|中心|委员会|管委会|办公室|(?<![结布格])局)$")
_IN_NAME = re.compile(r"(?:改革|和改革|和信息化|和城乡建设|和社会保障|技术)?[^，。；、]{0,3}?(?:部门|委员会|委|局|厅|办公室|机构)")


# the others of the bound party's own kind, named just before a party ("其他经营者", "其它当事人", "同行业经营者")
_PEERS = re.compile(r"(?:其他|其它|同行业?|同业)[^，。；的]{0,4}$")
# the party so named only by a generic role, of any kind of business ("其他经营者", "其他当事人"); not a size or a kind the
# bound party is not ("大型企业不得…排挤同行业中小企业", "…损害同行业个体工商户": those are protected)
_PEER_ROLE = re.compile(r"(?:经营|市场)?(?:者|主体)|当事人|供应商|投标人|竞争者|企业|单位")


def _peers(sentence: str, m: re.Match) -> bool:
    """Whether the protected party of `m` is named as the bound party's peers: 其他/同行业 and a generic role, nothing
    between them that names a size or a kind ("同行业中小企业", "其他民营企业" are protected)."""
    peers = _PEERS.search(sentence, 0, m.start("p"))
    return bool(peers) and not re.sub(r"其他|其它|同行业?|同业", "", sentence[peers.start():m.start("p")]) \
        and bool(_PEER_ROLE.fullmatch(m.group("p")))


# an activity of the state named as a compound noun ("政府采购", "政府投资项目", "财政资金"): it qualifies the party it
# opens ("政府采购当事人", "政府投资项目的施工企业" are businesses dealing with the state), it names no body
_STATE_ACTIVITY = re.compile(r"(?:政府|财政|国家)(?:采购|投资|购买服务|出资|资金|引导基金|和社会资本合作)")


# a place or a setting the sentence opens with ("在依照国家规定设立的中小企业发展基金中，应当安排…"): it names no actor
_SETTING = re.compile(r"^在[^，。；]{2,30}?(?:中|内|里|上|方面|期间|过程中)$")


def is_business(words: str) -> bool:
    return bool(re.search(_BUSINESS_HEAD, words)) and not re.search(_GOV_HEAD + r"$", words) \
        and not _SETTING.match(words.strip())


def is_government(words: str) -> bool:
    return bool(GOVERNMENT.search(words)) or words in ("", "国家", "本市", "市", "区")


def _span(sentence: str, who: str, modal: str) -> str:
    """The words of the sentence from its actor to its verb ("享受本措施支持的企业，应当")."""
    start = sentence.find(who) if who else -1
    end = sentence.find(modal, max(start, 0) + len(who)) if modal else -1
    if start < 0 or end < 0:
        return who + modal
    return sentence[start:end + len(modal)]


_HONOURS = re.compile(r"表彰")
# public money a body pays or settles to businesses ("核销资金由区级财政按季度结算给参与商户", "补贴资金由区财政直接拨付给
# 参与门店"): they receive it, whoever else the sentence names (the body paying, the consumers spending)
# (in any word order: "区财政按季度向参与商户结算核销资金", "核销资金由区财政与参与商户按月结算"; not a business bound to pass
# it on, "平台企业应当将…核销资金结算给参与商户，不得截留": its obligation, see sentence_kind)
_MERCHANTS = r"[^，。；]{0,6}?(?:商户|门店|企业|个体工商户|经营主体|市场主体|经营者)"
_PAYS = r"(?:结算|拨付|支付|兑付|返还|划拨)"
_SETTLED_TO = re.compile(r"(?:资金|补贴|补助|奖励|款项|费用|金额|抵扣部分|优惠部分)(?:由[^，。；]{1,12}?)?(?:按[^，。；]{1,8}?|直接|统一|及时)*"
                         + _PAYS + r"(?:给|至)" + _MERCHANTS + "|"
                         r"财政(?:部门|局)?[^，。；]{0,8}?(?:向|与)" + _MERCHANTS + r"[^，。；]{0,8}?" + _PAYS)
# the intensity of a body's support ("加大对…的资金支持力度", "加强…扶持力度", "提高…保障力度")
_EFFORT = re.compile(r"(?:加大|加强|提高|增加|强化|扩大)(?:对)?[^，。；]{0,30}?(?:支持|扶持|投入|保障|帮扶)(?:的)?力度")


_PROMISE_VERBS = ("支持", "鼓励")
# what the parties supported do themselves ("支持企业…通过…开展…等活动")
_OWN_ACTIVITY = re.compile(r"(?:开展|参与|从事|举办)[^。；]{0,40}?活动")
# what only public money gives (behind a bank's loan: 贴息, 风险补偿, 担保费补贴 …)
_PUBLIC_MONEY = re.compile(r"贴息|风险补偿|风险补助|补贴|补助|奖励|资助|担保费|财政")
# a concrete gift of anyone: money, relief, a price
_CONCRETE_GIFT = re.compile(r"补贴|补助|奖励|资助|贴息|减免|免征|减征|免收|减半|退税|缓缴|消费券|创新券|\d+(?:\.\d+)?(?:万元|元|%)")


_CLOSING = re.compile(r"由[^。]{0,60}?负责解释|解释权归|"
                      # the interpretation named first, then the body ("具体解释工作由区…局负责", "本办法的解释由…承担")
                      r"^(?:本|此|该)?(?:措施|办法|方案|通知|意见|规定|细则|政策)?(?:的)?(?:具体)?解释(?:工作)?(?:由|归)[^。；，]{1,30}?(?:负责|承担|办理)?(?:[。；]|$)|(?:从优|就高|从高|择优)[、，]?(?:(?:从优|就高|从高)[、，]?)?不重复|"
                      r"(?:从优|就高|从高|择优)(?:[、，“”\"]{0,2}(?:从优|就高|从高|不重复))*[“”\"]?(?:的)?原则|不(?:得)?重复享受|从其规定|"
                      # the text yields to later policies ("执行期间如遇…政策调整，按照新规定执行")
                      r"(?:如遇|遇有|如有|若遇|遇)[^。；]{0,24}?(?:调整|变化|变动|修订|出台)[^，。；]{0,4}?[，,]?"
                      r"(?:按照?|依照|以|从)(?:新|调整后的?|最新|新出台的?)[^，。；]{0,6}?(?:执行|为准)|"
                      # "执行期间上级出台新规定的，按照上级规定执行", "国家和本市另有新规定的，从其规定"
                      r"(?:出台|另有|制定)新(?:的)?(?:规定|政策)[^。；]{0,4}?[，,](?:按照?|依照|从)[^，。；]{0,8}?(?:执行|为准)|"
                      r"^本(?:措施|办法|方案|通知|意见|规定)自[^。]{0,16}?起(?:施行|实施|执行)")
# how a party meets several policies ("…的，按照从高不重复的原则享受"): the 享受 of the closing formula grants nothing
# ("…的，按照从高不重复的原则享受", "…有重叠的，企业可按照就高原则选择享受，不得重复享受")
# (the formula may be quoted and listed: "按照“从优、就高、不重复”原则享受")
_ENJOYED_ONCE = re.compile(r"(?:按照?|依照|遵循)?[“\"]?(?:从优|就高|从高|择优)(?:[、，]?(?:从优|就高|从高))?(?:[、，]?不重复)?[”\"]?(?:的)?(?:原则)?"
                           r"(?:自主)?(?:选择)?享受|不(?:得)?重复享受")
_LIGHTER = re.compile(r"(?:减少|降低|免予|免除|减轻|简化)[^，。；]{0,4}?(?:检查|抽查|核查|监管|审批|处罚)")
_LENIENCY = re.compile(r"(?:不予|免予)(?:行政)?处罚|从轻(?:或者|、)?减轻(?:行政)?处罚|依法从轻处罚|不得简单一罚了之")
_PENALTY = re.compile(r"失信联合惩戒|联合惩戒对象|予以限制|罚款|吊销|没收|追回|(?:\d+|[一二三四五])年内不得(?:享受|申报|申请)|责令[^，。；]{0,4}改正|查处|通报批评|经营异常名录|取消[^，。；]{0,12}资格|依法处理")
_EVERYONE = re.compile(r"(?:任何|其他)(?:单位|组织)(?:和|或者|、)(?:个人)")


# everyone as the holder ("任何单位和个人", "公民、法人和其他组织") of a right to report or accuse
_EVERYONE_HOLDS = re.compile(r"^[^，。；]{0,6}?(?:(?:任何|一切)(?:单位|组织)(?:和|或者|、)(?:个人)|(?:公民|个人)、法人(?:和|或者|、)其他组织)")
_REPORTS = re.compile(r"^(?:依法)?[^。；]{0,40}?(?:举报|检举|控告|揭发|投诉)")


def everyone_reports(sentence: str) -> str | None:
    """The words by which `sentence` lets everyone report or accuse anyone's breach ("任何单位和个人对…的行为，有权
    向…举报"), or None: a watch open to all, not a protection of the business (一般规定). Everyone must be the
    holder, the actor of the permission (not "任何单位和个人不得向中小企业摊派，中小企业…有权举报"); the permission may
    follow a duty of the same holder in a clause with no actor of its own ("任何单位和个人应当…，有权举报…")."""
    who, modal = actor(sentence)
    if not _EVERYONE_HOLDS.match(who):
        return None
    start = sentence.find(modal, sentence.find(who) + len(who))
    # the permission right after the holder, else a later clause that opens with it (the holder goes on)
    ends = [start + len(modal)] if modal in ("有权", "可以", "可") \
        else [m.end() for m in _CARRIED_PERMISSION.finditer(sentence, start)]
    return next((sentence[:end] for end in ends if _REPORTS.match(sentence[end:])), None)


# a clause that opens with a permission, its holder the sentence's actor ("…，有权举报…", "…，并可以向…投诉")
_CARRIED_PERMISSION = re.compile(r"[，；](?:并|也|还)?(?:有权|可以)")


# a party named by its role in a dealing or a procedure, not by a kind of business a visitor is
_ROLE = re.compile(r"当事人|权利人|申请人|投诉人|举报人|投资者|发明人|专利权人|科技成果完成人|创业者|供应商|(?:单位|组织)和个人")


# whoever complained or reported, any person or body: not a business of its own
_ANY_COMPLAINANT = re.compile(r"(?:投诉|举报|检举|控告)(?:、(?:投诉|举报|检举|控告))*人")


_RECOURSE = re.compile(r"(?:有权|可以|可)(?:依法)?[^。；]{0,30}?(?:投诉|举报|控告|申诉|检举)")


def business_recourse(sentence: str) -> str | None:
    """The words of a business's own recourse (有权 / 可以 + 投诉 / 举报 …) against a breach the sentence names
    ("中小企业对违反本条例规定的行为，有权…投诉"), or None; not everyone's (everyone_reports), not a person's."""
    if not _LIABILITY.search(sentence):
        return None
    who, modal = actor(sentence)
    holder = re.split(r"对|发现|认为|因", who, maxsplit=1)[0]
    if modal not in ("有权", "可以", "可") or not holder or not is_business(holder) or _EVERYONE.search(holder) \
            or GOVERNMENT.search(holder) or _STAFF_HEAD.search(holder):
        return None
    m = _RECOURSE.search(sentence)
    return _span(sentence, who, modal) if m else None


_REFUSE_OR_EQUAL = re.compile(r"(?:有权|可以)拒绝|(?:同等|平等)(?:的)?(?:政策)?待遇|一视同仁|平等(?:享受|适用)")


# a party named by what it does ("收集、运输单位", "检测机构"), not an applicant or an employer
_FUNCTION_HOLDER = re.compile(r"^[^，。；的]{1,16}?(?:单位|机构|中心|站)")


def _function_holder(who: str) -> str | None:
    """The party opening `who` when it is named by its function and is neither a business the vocabulary knows,
    nor a government body, nor an applicant, an employer or a project's unit; else None."""
    m = _FUNCTION_HOLDER.match(who or "")
    if not m or is_business(m.group(0)) or (GOVERNMENT.search(m.group(0)) and not _REGULATED.search(m.group(0))) \
            or _EVERYONE.search(m.group(0)) \
            or re.search(r"申请|申报|用人|参保|项目|承担|实施|建设|本|该|其", m.group(0)):
        return None
    return m.group(0)


def _shaped(sentence: str, grants: bool, who: str, modal: str, business_actor: bool, bound: bool) -> tuple[str, str] | None:
    """The kind a structure of official Chinese settles (index/facts/shapes.py), or None: a business applying
    for support or taking a relief, a relief in force for a receiver (benefits, where the taxonomy found the
    grant); a third party urged, measures to adopt, an aggregate to raise, a system to fund (duties); a
    sentence with no actor of its own that goes on binding the business of the sentence before (obligation)."""
    if words := protection_regime(sentence):
        return RIGHT, words  # "对个体工商户和小微企业的日常检查实行…": for the parties named
    if grants and (words := strict_regime(sentence)):
        return DUTY, words  # "对…重点企业，实行…重点监督管理制度": the state's supervision of them
    # "民族自治地方的自治机关…可以决定减征或者免征": a body's power to decide a relief is its work; "企业购置…的投资额，
    # 可以按一定比例实行税额抵免": a relief of a business's own tax (index/facts/tax_relief.py)
    # ("国家鼓励的软件企业，…免征…": a verb closed by 的 qualifies the business, the state is no actor there)
    attributive = bool(modal) and bool(re.match(r"(?:[和、][^，。；的]{1,4})?的", sentence[sentence.find(modal, max(sentence.find(who), 0)) + len(modal):]))
    body = bool(who and GOVERNMENT.search(who)) and not business_actor and not attributive
    if grants and body and (words := decides_relief(sentence, who)):
        return DUTY, words
    if grants and (words := tax_relief(sentence, body, modal)):
        return BENEFIT, words
    # "收集、运输单位发现…的，有权拒绝收运": a refusal held by a party named by its function, which the vocabulary
    # does not know as a kind of business, is how that party deals with those it serves, not the visitor's right
    if (m := _REFUSE_OR_EQUAL.search(sentence)) and m.group(0).endswith("拒绝") and (holder := _function_holder(who)):
        return OBLIGATION, holder + m.group(0)
    # a government body's own refusal ("有关部门有权拒绝…") is how it does its work
    if (m := _REFUSE_OR_EQUAL.search(sentence)) and m.group(0).endswith("拒绝") and who and GOVERNMENT.search(who) \
            and not _REGULATED.search(who) and not _EVERYONE.search(who) and not is_business(who):
        return DUTY, _span(sentence, who, modal)
    # "…有权拒绝…订购书籍报刊等侵权行为" (what is refused is never granted), "享受与国有企业同等的待遇"
    if (m := _REFUSE_OR_EQUAL.search(sentence)) and not re.search(r"\d|给予|予以", sentence):
        return RIGHT, m.group(0)  # (the areas of equal treatment may name 奖励, 信贷: nothing is given)
    if bound and modal in ("应当", "应", "不得", "必须", "须") and not (who and (is_business(who) or GOVERNMENT.search(who))) \
            and not protected_match(sentence):  # (not "…；不得损害中小企业合法权益": a party protected)
        return OBLIGATION, _span(sentence, who, modal)  # "…的经营主体，应当…；享受…期间，不得…"
    subject = who if business_actor else (m.group(0) if (m := BUSINESS.match(sentence)) else "")
    if grants and modal in ("可以", "可") and (words := business_applies(sentence, subject)):
        return BENEFIT, words
    # a way of being served the business may ask for (告知承诺, 容缺受理), with nothing given: a right
    if grants and (m := _PROMISE.search(sentence)) and not _CONCRETE_GIFT.search(sentence):
        return RIGHT, m.group(0)
    # "鼓励餐饮企业对外卖订单配送费减半收取": a party urged to cut its own charge to others is given nothing (the government
    # urges it); a body urged to cut its fees relieves the payer
    if grants and (urged := urged_charge(sentence)) and not GOVERNMENT.search(urged[0]):
        return DUTY, urged[1]
    if grants and (words := relief_in_force(sentence) or fee_borne(sentence)):
        return BENEFIT, words  # (a fee the public purse bears for them: "展位费由区级财政支付，参展企业不承担")
    # the party urged is the subject, whatever the actor rule reads ("支持金融机构基于…，为…中小企业提供…")
    if grants and (words := urged_third_party(sentence)) \
            and (GOVERNMENT.search(lead := sentence[:sentence.find(words)]) or not is_business(without_systems(lead))):
        return DUTY, words
    # "国家鼓励企业…对职业教育捐资助学": the parties urged give, nothing is granted to them (index/facts/shapes.py)
    if grants and (words := urged_to_give(sentence)):
        return DUTY, words
    # "区…局于2027年3月底前建成…平台，提供…服务": a body's task with a date, the services describe what it builds
    if grants and (built := builds_by_date(sentence)) and GOVERNMENT.search(built[0]) and not is_business(built[0]):
        return DUTY, built[1]
    if grants and (words := urged_government(sentence)):
        return DUTY, words  # "鼓励有条件的地方安排中小企业纾困资金": the government urging its own lower levels
    if grants and not business_actor and (words := buyer_prefers(sentence)):
        return DUTY, words  # "在同等条件下，采购人应当优先从中小企业采购": how the buyer behaves
    if grants and not business_actor and (words := providers_own_business(sentence, who)):
        return DUTY, words  # "区域性股权市场…提供挂牌展示、托管交易…等服务": the market's own business
    if grants and (words := funds_a_system(sentence)):
        return DUTY, words  # "…专项资金…重点用于支持…服务体系建设" (the fund's name may hold 中小企业)
    if grants and (words := funds_a_party(sentence)):
        return BENEFIT, words  # "…统筹…资金，用于资助中小企业参加…": money for the businesses' own act, whoever sets it aside
    if grants and not business_actor and (words := government_measures(sentence) or encouraged_own_act(sentence)
                                          or ((support_in_areas(sentence) or unnamed_support(sentence)) if is_government(who) else None)):
        return DUTY, words
    return None


def liability(sentence: str) -> re.Match | None:
    """The liability words of `sentence` (_LIABILITY), or None; cheating words count only when what stands before their
    clause grants nothing (the warning or pledge after a grant is a term of the grant, not the sentence's matter)."""
    m = _LIABILITY.search(sentence)
    if m and re.fullmatch(_CHEATING, m.group(0)) and (c := _CHEATING_CLAUSE.search(sentence)) \
            and not _no_grant(sentence[:c.start()]) and not re.search(r"违反本|失信|惩戒|处分|罚款|责令|吊销", sentence):
        return None
    if m and "承担" in m.group(0) and _grants_before(sentence[:m.start()]):
        return None  # "…给予每人3000元补贴，以虚构劳动关系方式申领的，依法承担法律责任": a warning attached to the grant
    return m


# a clause that states a breach, not a grant ("出租人未按约定减免租金，给…造成损失的"): its grant word is what was not done
_BREACH_MARK = re.compile(r"未|违反|不按|拒不|擅自|骗取|虚假|虚构|弄虚作假|冒领|造成")


def _grants_before(prefix: str) -> bool:
    """Whether a clause of `prefix` (what stands before a liability clause) grants in its own right: neither a condition
    ("…申领的") nor a breach ("未按约定减免租金")."""
    return any(clause and not clause.endswith("的") and not _BREACH_MARK.search(clause) and not _no_grant(clause)
               for clause in re.split(r"[，,；;。]", prefix))


def _secures_grant(sentence: str, grants: bool, modal: str) -> bool:
    """Whether a ban follows, in the same sentence, a grant the taxonomy read in it ("对承租…的个体工商户，免收2026年12月
    房租，出租方不得以任何理由拒绝"): the ban makes the grant hold; the sentence grants."""
    if not grants or modal not in ("不得", "禁止", "严禁"):
        return False
    ban = sentence.find(modal)
    return bool(re.search(r"[，,；;]", sentence[:ban])) and bool(GRANTS.search(NEGATED_GRANT.sub("", sentence[:ban])))


def sentence_kind(sentence: str, grants: bool, inherited: bool = False, urged: bool = False,
                  bound: bool = False) -> tuple[str, str]:
    """(kind, basis words) of one sentence; `grants` says the taxonomy found a benefit and a beneficiary in it;
    `inherited`: the sentence before it was a government body's work (its actor carries over); `urged`: the
    sentence before urged lenders or insurers to act ("支持商业银行…；开展…贷款；…"), whose products follow;
    `bound`: the sentence before bound a business (its actor carries over to a sentence without one)."""
    if words := government_power(sentence, actor(sentence)[0], is_government, is_business):
        return DUTY, words  # "登记机关对…涉嫌违反本条例…的行为进行查处，可以行使下列职权" (index/facts/main_clause.py)
    # "监督管理部门应当在收到投诉后三十个工作日内…作出处理决定": how a body deals with a recourse already lodged, the
    # right being the article that opens the channel (index/facts/recourse.py)
    if words := handles_lodged(sentence, actor(sentence)[0], is_business):
        return DUTY, words
    # "任何单位和个人对…的行为，有权举报": a watch everyone may keep on anyone's breach protects no business of its
    # own (read before liability: "对违反本条例的行为" names what is reported, not a breach of the reporter)
    if m := everyone_reports(sentence):
        return GENERAL, m
    # "市场主体对违反本条例的行为，可以向…举报": a business's own recourse against a breach it names is its right,
    # not liability (the breach is what it reports, not its own)
    if m := business_recourse(sentence):
        return RIGHT, m
    if m := liability(sentence):
        # a penalty on a business or a regulated unit for its own breach is what it must not do (企业义务);
        # the liability of officials and public bodies is a general provision
        opening = re.split(r"违反|未(?:按照|依照|依法|履行|办理|提交)|有下列|的，", sentence, maxsplit=1)[0]
        head = opening.split("的")[-1]
        # "登记机关对市场主体涉嫌违反本条例规定的行为进行查处，可以行使下列职权": the body's powers, its work
        if _ENFORCING_BODY.match(sentence):
            return DUTY, m.group(0)
        penalised = (re.search(_BUSINESS_HEAD + r"|侵权人|行为人", head) or _REGULATED.search(head)) \
            and not re.search(r"(?:部门|机关|政府)(?:及其)?(?:的)?工作人员|国家机关|行政机关|有关部门|^机关", head)
        return (OBLIGATION if penalised and _PENALTY.search(sentence) else GENERAL), m.group(0)
    for rx in _GENERAL:
        if m := rx.search(sentence):
            return GENERAL, m.group(0)
    for rx in _GENERAL_UNLESS_GRANTED:
        if (m := rx.search(sentence)) and _no_grant(sentence) \
                and not (rx is _DEFINES_TERM and TAX_RELIEF_WORDS.search(sentence)):  # "…，其所得减按…计入…": a relief
            return GENERAL, m.group(0)
    # "在计算应纳税所得额时，下列支出不得扣除": how a tax is computed (index/facts/tax_relief.py)
    if words := computation_rule(sentence, bool(GRANTS.search(NEGATED_GRANT.sub("", sentence)))):
        return GENERAL, words
    # "下列企业不得享受…免征、减征企业所得税优惠": a relief withheld is a rule of its scope; taken back ("…应当…对不符合
    # 条件的企业追缴已减征税款") the work of the body that does it; "纳税人享受…优惠，应当…办理备案": what a business
    # enjoying it must do (index/facts/tax_relief.py)
    if words := withheld_relief(sentence, GRANTS):
        holder = re.split(r"对|向|为", actor(sentence)[0], maxsplit=1)[0]  # (the body, not whom it acts on)
        return (DUTY if holder and GOVERNMENT.search(holder) and not is_business(holder) else GENERAL), words
    if words := bound_by_relief(sentence, *actor(sentence)):
        return OBLIGATION, words
    # who interprets the text, how it meets other policies: closing words, unless the sentence grants too
    # ("…给予5万元补贴，不重复享受")
    if (m := _CLOSING.search(sentence)) and not GRANTS.search(NEGATED_GRANT.sub("", _ENJOYED_ONCE.sub("", sentence))):
        return GENERAL, m.group(0)
    who, modal = actor(sentence)
    # a grant withheld, with nothing granted beside it ("在…市场内经营的商户，不再另行享受租金补贴", "…，不再给予摊位费补贴"):
    # a rule of the grants' scope, offered to nobody; not a body's work (no body is its subject; "区财政局不再给予…" is read
    # as the body's)
    if (m := _WITHHOLDS.search(sentence)) and _no_grant(sentence) and not GOVERNMENT.search(who):
        return GENERAL, m.group(0)
    # "个体工商户不再从事经营活动的，应当…": the party is named in the condition (not "支持企业…": the
    # party after a verb that opens the sentence is its object)
    opening = bool(modal) and bool(re.match(r"(?:本市|本区|积极|大力|进一步|继续)?(?:[^，。；]{0,2}和)?" + modal, sentence))
    if not who and modal and not opening:
        who = BUSINESS.match(sentence).group(0) if BUSINESS.match(sentence) else ""
    # "市场主体认为…规范性文件…相抵触的，可以…": the party the sentence opens with acts, whatever it names after
    # (not "登记机关接收个体工商户年度报告…不得…": a body before the business acts on it; not "任何单位和个人
    # 不得侵占": a ban on everyone protects whom the sentence names)
    lead = BUSINESS.match(who) if who else None
    # "用人单位与劳动者约定的工资支付日期，可以…": the phrase's head (after its last 的) is a thing, the business only
    # names whose it is; not "享受支持的企业" (head 企业) nor "…相抵触的" (a condition, no head)
    # (the business's own money or assets are its own: "企业购买专利所发生的费用，可以列入成本"; a party followed by
    # 对/在/因 is the subject: "单位和个人对其…收集的数据，可以…")
    head = who.split("的")[-1] if "的" in who else ""
    # (its staff are persons, not the business: "在中小企业工作的专业技术人员，可以…")
    thing = bool(head) and (not re.search(_BUSINESS_HEAD + r"|者|人|方", head) or bool(_STAFF_HEAD.search(head))) \
        and not _OWN_MEANS.search(head) \
        and not re.search(_BUSINESS_HEAD + r"(?:对|在|于|因|按照|依照|依法)", who)
    if thing:
        lead = None
    # (not a body named for the businesses it serves: "市中小企业主管部门应当…", "区中小企业服务中心…")
    business_actor = bool(who) and not thing and not _EVERYONE.match(who) and not _SERVING_BODY.search(who) and (
        bool(lead and not re.search(_GOV_HEAD, _STATE_ACTIVITY.sub("", lead.group(0))[:-2]))
        or (is_business(who) and not GOVERNMENT.search(_STATE_ACTIVITY.sub("", who)))
        # "开办小餐饮店，应当…": the one who opens or runs a business, named by that business
        or bool(_OPENS.match(who) and not GOVERNMENT.search(who))
        # "提供农业机械作业服务的组织或者个人": a party named by the service it provides (index/facts/private_roles.py)
        or service_provider(who))
    # a worker or an operator bound does the business's work; what it may do or refuse is its own, no business's
    # right ("操作人员有权拒绝违章指挥"); parties allowed to agree their terms ("当事人双方可以约定…") protect nobody
    if worker_holder(who) and modal in ("应当", "应", "不得", "必须", "须", "禁止", "严禁"):
        return OBLIGATION, _span(sentence, who, modal)
    if worker_holder(who) and modal in ("有权", "可以", "可") and not grants:  # (not a grant to the person: "职工…可…提取")
        return GENERAL, _span(sentence, who, modal)
    # a customer's recourse against the business it deals with ("消费者与经营者发生争议的，可以…投诉"): the customer's, a
    # person's, never the business's right (index/facts/private_roles.py)
    if customer_holder(who) and modal in ("有权", "可以", "可") and not grants:
        return GENERAL, _span(sentence, who, modal)
    if who and modal in ("可以", "可") and (words := parties_agree(sentence)) and who in words:
        return GENERAL, words
    # "…企业…可以采取股权奖励…等方式，对作出贡献的科技人员进行股权和分红激励": what a business or a unit gives its own
    # people is its freedom (可以) or its duty (应当), no benefit it receives
    # (not where the business applies for or enjoys something first, or pays its people out of public money: "…可以申请…
    # 补贴，对…人员给予奖励", "…可以在课题经费中列支…，用于激励课题团队" are a grant's)
    if who and modal and not GOVERNMENT.search(who) and (m := _OWN_PEOPLE_REWARDED.search(sentence, sentence.find(modal))) \
            and not re.search(r"申请|申报|享受|获得|领取|经费|财政|补贴|补助|资助|专项", sentence[sentence.find(modal):m.start()]):
        return (OBLIGATION if modal in ("应当", "应", "必须", "须") else GENERAL), _span(sentence, who, modal) + "…" + m.group(0)
    # "补助资金专项用于…，不得分配给入驻商户": how a grant's money is used (index/facts/grant_terms.py)
    if money_use_term(who, modal):
        return GENERAL, _span(sentence, who, modal)
    # the main clause's actor and modal decide (index/facts/main_clause.py)
    # (a party bound is a business, or any party that is not a government body: "餐饮服务提供者应当…，并有权拒绝…")
    if side_right(sentence, modal, business_actor or bool(who and not GOVERNMENT.search(who))) \
            or condition_bound(who, modal, protected_parties(sentence)):
        return OBLIGATION, _span(sentence, who, modal)
    # (a government body's ban is decided below, by whom it protects from an act done to them: index/facts/bans.py)
    # (not a ban that secures what the sentence has just granted, "对…的个体工商户，免收3个月房租，出租方不得拒绝": the
    # grant is the measure, read below, and the party bound by the ban is not its receiver)
    if not (who and GOVERNMENT.search(who)) and not _secures_grant(sentence, grants, modal) and (words := ban_protecting(
            sentence, who, modal, business_actor, protected_match, _GIVES, protected_parties(sentence))):
        return RIGHT, words
    # "招标人应当…报送项目审批部门核准": a party bound to submit to a body for its decision (index/facts/main_clause.py;
    # not where the sentence also gives, "…报送…审核，审核通过后予以贴息": the grant's procedure)
    if (words := submits_for_approval(sentence, who, modal, is_government)) and not GIVING.search(sentence):
        return OBLIGATION, words
    if grants and (words := helped_to_apply(sentence) or approved_to_act(sentence) or applies_to_body(sentence)
                   or permitted_to_act(sentence)):
        # "对…私营企业，…部门应当支持其申办…": the party applies, helped; "企业…的，经…批准，可以从事…": a permit it
        # obtains; "…可以向…局申请办理…备案，…于3个工作日内办结": a procedure eased for it; "允许…经营主体开展…": a
        # permission it applies for or uses (index/facts/claimable.py)
        return BENEFIT, words
    # "…组织…培训，面向…经营主体开放报名", "由其所在企业统一向区…委申请…": a body's service the businesses sign up or
    # apply for, whoever the sentence opens with (index/facts/claimable.py)
    # (only where the taxonomy reads a grant: else the modal reading below stands, as a benefit with no clause would
    # be blanked to government work — review 33 P1)
    if grants and (words := opened_to_apply(sentence)):
        return BENEFIT, words
    if shaped := _shaped(sentence, grants, who, modal, business_actor, bound):
        return shaped
    # recourse and payment owed to a business are rights even where a service word makes the taxonomy see
    # a benefit ("中小企业被拖欠款项的，可以向…服务中心投诉"), unless the sentence grants something too
    if grants and not GRANTS.search(NEGATED_GRANT.sub("", sentence)) and re.search(_BUSINESS_HEAD, sentence) \
            and (m := _COMPLAINT.search(sentence) or (_PAY_IN_TIME.search(sentence) if protected_parties(sentence) else None)):
        return RIGHT, m.group(0)
    if (m := _DEBT_HANDED_TO.search(sentence)) and not _same_party(m.group("p"), who):
        return RIGHT, m.group(0)
    if grants and (offer := public_offer(sentence, who) or receiver_in_condition(sentence)):
        return BENEFIT, offer  # the government's own instrument, or a grant to the party of its condition
    if grants and (m := _SETTLED_TO.search(sentence)) and not (business_actor and modal in ("应当", "应", "不得", "必须", "须")):
        return BENEFIT, m.group(0)  # "核销资金由区级财政按季度结算给参与商户": public money paid to businesses
    if grants:
        # (a regulated provider bound to improve its own service, "公用企事业单位应当优化报装审批流程", is bound too)
        obliged = (business_actor or bool(who and _REGULATED.search(who.split("的")[-1]))) \
            and modal in ("应当", "应", "不得", "必须", "须") and not _APPLY.search(sentence) \
            and not _APPLIED_THEN_GRANTED.search(sentence, sentence.find(modal))
        # a government body doing its work: "区发展改革委负责…", "区政务服务局…设立…窗口" (no grant to anyone)
        duty_modal = modal in ("应当", "应", "负责", "可以", "可")
        # (a concrete noun only counts where something is granted: not "根据…信贷、税收等…指标…监测", indicators)
        concrete = bool(_CONCRETE.search(sentence)) and bool(_GRANT.search(sentence) or _GRANT_PLAIN.search(sentence)
                                                             or _APPLY.search(sentence) or re.search(r"\d", sentence))
        working = (for_persons(sentence)
                   or (duty_modal and is_government(who) and not concrete)
                   or (not duty_modal and bool(GOVERNMENT.search(who)) and not _GRANT.search(sentence))
                   # no actor of its own after a government body's work: the same body's work
                   or (not who and inherited and not _GRANT.search(sentence) and not _CONCRETE.search(sentence))
                   # honours at the government's discretion ("做出突出贡献的…给予表彰和奖励")
                   or bool(_HONOURS.search(sentence))
                   # a body bound to put more effort in ("市和区人民政府应当加大对科技型中小企业的资金支持力度") with no grant
                   # beside it: the measure of its work, nothing a business obtains
                   or (duty_modal and is_government(who) and bool(effort := _EFFORT.search(sentence))
                       and not _GRANT.search(sentence[:effort.start()] + "，" + sentence[effort.end():])
                       and not re.search(r"\d", sentence))
                   or bool(_PROVIDERS_URGED.match(sentence) and not _GRANT.search(sentence))
                   # their own services named after their work, with no relief of anyone's beside them
                   or bool(_PROVIDERS_URGED.match(sentence) and (rest := _LENDERS_SERVICE.sub("", sentence)) != sentence
                           and not _GRANT.search(rest) and not _GRANT_PLAIN.search(rest))
                   # lenders urged in the sentence before, and this one goes on about their products
                   or (urged and not is_government(who or "\0") and not _PUBLIC_MONEY.search(sentence))
                   # a policy promise: "支持企业…开展…活动", the parties' own activities, with nothing given
                   # by anyone and no quantity
                   # committed ("围绕200家企业实施诊断" is a service with a number of places)
                   or (opening and modal in _PROMISE_VERBS and not _GRANT.search(sentence)
                       and bool(_OWN_ACTIVITY.search(sentence))
                       and not _CONCRETE_GIFT.search(sentence) and not re.search(r"\d", sentence)))
        if not (obliged or working):
            m = _GRANT.search(sentence) or _APPLY.search(sentence) or _GRANT_PLAIN.search(sentence)
            return BENEFIT, m.group(0) if m else ""
    # a payment owed in time is a right; a time limit on a body's own decision ("登记机关应当自受理之日起三个工作日内
    # 作出决定") is how it runs its procedure, unless it names the business it is owed to
    if (m := _PAY_IN_TIME.search(sentence)) and (re.search(r"支付|付款|返还|退还", m.group(0)) or re.search(_BUSINESS_HEAD, sentence)):
        return RIGHT, m.group(0)
    # money owed to a business another party must pay ("大型企业应当按照合同约定及时向中小企业支付款项")
    if (m := _PAY_TO_PARTY.search(sentence)) and not _same_party(m.group("p1") or m.group("p2"), who):
        return RIGHT, m.group(0)
    if (m := _PERIOD_OWED.search(sentence)) and re.search(_BUSINESS_HEAD, sentence):
        return RIGHT, m.group(0)
    # (the business named before is owed, "…迟延支付中小企业款项的，应当支付逾期利息"; not "企业应当向劳动者支付工资",
    # the business that pays)
    if (m := _OWED.search(sentence)) and re.search(_BUSINESS_HEAD, sentence[:m.start()]) \
            and (not business_actor or protected_parties(sentence[:m.start()])):
        return RIGHT, m.group(0)
    # a party protected by a ban on another ("不得向个体工商户摊派"): the ban is the bound party's own
    # (its modal is 不得), not a body's duty to enforce one ("行业协会应当…禁止…")
    # (not "…的费用不得由市场主体承担": a party named as the one who would do the banned thing is not protected
    # from an act done to it, the ban is how the state runs its own procedure; not "不得泄露…企业信息": how a body
    # keeps what it holds is its duty, as 应当保密 is; index/facts/bans.py)
    # (not "当事人不得违反权利人…的要求": a business bound toward the other party of its own dealing, named by its
    # role in it, is bound, as 经营者 toward 经营者 are; a kind of business named, "大型企业不得要求中小企业…", is protected)
    # (nor "…不得损害其他经营者的合法权益", "不得排挤其他供应商": a business bound toward its peers, the others of its own
    # kind, keeps the dealings fair among them; the ban is its obligation)
    if (m := protected_match(sentence)) and not (business_actor and (_ROLE.fullmatch(m.group("p"))
                                                                    or _peers(sentence, m))) \
            and (modal in ("不得", "禁止", "严禁") or not who
                 or re.search(r"(?:^|，)(?:[^，。；]{0,8}?[人方者位构])?不得", sentence)):
        return RIGHT, m.group(0)
    # a body that deals with a business ("从中小企业采购", "支付中小企业款项") and is bound by a ban: the
    # business invokes it ("…，应当严格按照预算执行，不得无预算开展采购")
    if who and GOVERNMENT.search(who.split("的")[-1]) and not business_actor and re.search(r"(?:^|，)不得", sentence) \
            and protected_parties(sentence):
        return RIGHT, _span(sentence, who, "不得") if "不得" in sentence[sentence.find(who):] else who
    # a limit on a government body's power is invoked by the governed only where it protects them from an act done
    # to them ("有关政府部门不得将目录以外的…作为…条件", "不得索要证明"); a ban on the body's own conduct or on how
    # it runs its own procedure ("行政机关不得继续实施已取消的行政许可", "登记机构不得从事经营活动") is its duty
    if modal == "不得" and who and GOVERNMENT.search(who) and not business_actor:
        return (RIGHT if protects(sentence) and not own_conduct_ban(sentence) else DUTY), _span(sentence, who, modal)
    # a party bound not to burden a business the sentence names ("…经营场地，任何单位和个人不得侵占"); everyone bound
    # ("任何单位和个人不得侵占…资源") is no business protected, its 单位 is the bound party itself
    if (m := _FEE_BAN.search(sentence)) and not business_actor and re.search(_BUSINESS_HEAD, _EVERYONE.sub("", without_fund_names(sentence))):
        return RIGHT, m.group(0)
    # (a business named: not only "告知举报、投诉人", whoever complained, as a body handles any complaint)
    if (m := _COMPLAINT.search(sentence)) and re.search(_BUSINESS_HEAD, _ANY_COMPLAINANT.sub("", sentence)):
        return RIGHT, m.group(0)
    # a channel a body must open for complaints ("应当建立…渠道，受理…投诉和举报"): anyone may use it
    if (m := _CHANNEL.search(sentence)) and is_government(who or "\0"):
        return RIGHT, m.group(0)
    # "市场主体依法享有经营自主权": a business the law entitles; "应当…平等对待…市场主体，不得…": equal
    # treatment owed to businesses, which they invoke
    if m := _ENTITLED.search(sentence) or _EQUAL.search(sentence) or _ASSET_PROTECTED.search(sentence):
        return RIGHT, m.group(0)
    # leniency a business may invoke for its own minor breach ("对…经营主体首次出现…的违法行为，不予行政处罚")
    if (m := _LENIENCY.search(sentence)) and re.search(_BUSINESS_HEAD, sentence):
        return RIGHT, m.group(0)
    # "用人企业可以代为集中申请，但不享受租金差额": a business acting for others (its staff, its members) files what
    # is theirs; nothing of its own to invoke
    if business_actor and modal in ("可以", "可") and (m := _ON_BEHALF.match(sentence, sentence.find(modal, max(sentence.find(who), 0) + len(who)) + len(modal))):
        return GENERAL, _span(sentence, who, modal) + m.group(0)
    # what a business may do by itself, with no counterpart and nothing claimed ("纳税人可以委托税务代理人代为办理…",
    # "企业可以利用…举办…"), is a permission of the law's scope, not a right it invokes (index/facts/own_choice.py);
    # its own money with a treatment ("…费用，可以列入成本") is a relief, not its conduct
    if business_actor and modal in ("可以", "可") and not _OWN_MEANS.search(who.split("的")[-1]) \
            and (words := own_choice(sentence, who, modal)):
        return GENERAL, words
    if business_actor and modal in ("可以", "可", "有权"):
        return RIGHT, _span(sentence, who, modal)
    if (m := _PROMISE.search(sentence)) and re.search(_BUSINESS_HEAD, sentence):
        return RIGHT, m.group(0)  # a way of being served the business may ask for
    # "信用较好的市场主体，应当减少检查比例和频次": the business is the topic, the inspectors act on it
    if business_actor and (m := _LIGHTER.search(sentence)):
        return RIGHT, m.group(0)
    # (a business answerable to another party, "中标供应商就分包项目向采购人负责", is bound as much)
    if business_actor and (modal in ("应当", "应", "不得", "必须", "须", "禁止", "严禁")
                           or (modal == "负责" and re.search(r"向[^，。；]{1,12}?负责(?!人)", sentence))):
        return OBLIGATION, _span(sentence, who, modal)
    # a regulated unit that is not a government body: a service agency, a university, a laboratory, an
    # organiser ("专利中介服务机构…应当依法提供服务，不得…", "展会的主办方应当…")
    if who and modal in ("应当", "应", "不得", "必须", "须") and _REGULATED.search(who.split("的")[-1]):
        return OBLIGATION, _span(sentence, who, modal)
    if grants and (words := issued_permit(sentence)):
        return BENEFIT, words  # "…依法予以登记的，签发营业执照": a permit the applicant obtains
    if who or modal:
        return DUTY, _span(sentence, who, modal)
    return GENERAL, ""


_GIVES = re.compile(r"给予|予以|可以申请|可申请")
# a party's rewards to its own people ("对作出贡献的科技人员进行股权和分红激励", "对…骨干员工给予奖励")
# (the people after 对, the reward after them: "对…人员进行/给予…激励"; or the reward verb with the people as its object:
# "以股权、期权等方式激励核心技术人员", "提取奖励资金，用于奖励作出贡献的研发团队")
_PEOPLE = r"(?:人员|员工|职工|团队|人才|骨干)"
_OWN_PEOPLE_REWARDED = re.compile(r"对[^，。；]{0,30}?" + _PEOPLE + r"(?:进行|给予|实施|予以)[^，。；]{0,12}?"
                                  r"(?:激励|奖励|报酬|分红|股权|期权)|"
                                  r"(?:激励|奖励|表彰|奖赏)(?!资金|基金|办法|制度|机制|政策|标准|措施|金额|额度)[^，。；]{0,16}?" + _PEOPLE)
# acting for another party ("可以代为集中申请", "可代理其职工办理")
_ON_BEHALF = re.compile(r"(?:统一|集中)?(?:代为|代理|代)(?:[^，。；]{0,6}?)(?:申请|申报|办理|提交|领取)")
_REGULATED = re.compile(r"(?:(?<!金融)(?<!管理)(?<!行政)(?:服务|中介|研发|科研|检验|检测|认证|交易|评估|培训|代理)机构|"
                        r"高等(?:学校|院校)|实验室|主办方|承办方|运营者|(?:建设|施工|运营|项目|承担)单位|承担者|"
                        r"公用企事业单位|公用企业)")


def _DEFINITION_OPENING(first: tuple[str, str, str]) -> bool:
    """The first sentence of an article defines or scopes ("…的，为个体工商户", "本条例所称…是指…")."""
    return first[1] == GENERAL and bool(_DEFINITION.search(first[0]) or re.search(r"所称[^。]{0,40}?(?:是指|指|包括)", first[0]))


def _holder(basis: str) -> str:
    """The party of a basis that runs from an actor to its modal ("个体工商户可以" → "个体工商户")."""
    return re.sub(r"(?:应当|应|不得|必须|须|可以|可|有权|禁止|严禁)$", "", basis).split("，")[-1].split("的")[-1]


def _same_party(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


_CHANNEL = re.compile(r"(?:建立|设立|开通|公布)[^。；]{0,12}?(?:渠道|平台|热线|窗口)[^。；]{0,6}?(?:受理|处理)[^。；]{0,16}?(?:投诉|举报)")
_EQUAL = re.compile(r"(?:应当|应)[^。；]{0,20}?平等对待[^，。；]{0,20}?" + _BUSINESS_HEAD)
# a business's own asset or right named and protected by law ("个体工商户依法取得的经营场所受法律保护", "…的财产权、知识产权和商业
# 秘密受法律保护"): a right it invokes (a bare "合法权益受法律保护" is a declaration, _GENERAL)
_ASSET_PROTECTED = re.compile(r"^[^，。；：]{0,10}?" + _BUSINESS_HEAD + r"(?:的|依法(?:取得|享有|拥有)的|(?=名称))[^。；]{0,40}?"
                              r"(?:财产|所有权|经营自主权|名称|知识产权|专利|商标|商业秘密|经营场所|数据)[^。；]{0,16}?"
                              r"(?:受法律保护|不受侵犯)")
_ENTITLED = re.compile(r"^[^，。；：]{0,10}?" + _BUSINESS_HEAD + r"(?:依法|平等)*享有[^，。；]{0,16}?(?:权利|权|待遇)")
_WORK_THEN_BAN = re.compile(r"(?P<work>(?:建立|开展|制定|实施|组织|建设)[^，。；]{1,16})，(?:[^。；]{0,40}?，)?不得")
_STATE_BUILDS = re.compile(r"(?:国家|本市|国务院)(?:依法)?(?:建立|实行|实施|完善|严格控制|加快建设|加快|推进|推动|持续深化|深化|健全|构建)")


def _designed(sentence: str) -> bool:
    """A right read from `sentence` in a system the state designs: no actor, or the state itself, or one
    that is neither a business nor a body (a procedure: "新设行政许可", "清单之外")."""
    who, modal = actor(sentence)
    if modal in ("有权", "可以", "可") and who and is_business(who):
        return False
    # a ban naming a business as the one the banned act is done to protects it, whatever system it is part of
    # ("国家建立…收费目录清单制度。任何单位不得对中小企业执行目录清单之外的收费"; index/facts/bans.py)
    if protects_named(sentence):
        return False
    # (a phrase opening with 对 is the topic the ban is about, not who is bound: "对…的事项，一律不得设立…")
    return not who or bool(re.match(r"(?:国家|本市|国务院|对)", who)) or not (is_business(who) or GOVERNMENT.search(who))


_KIND_OF_PARTY = re.compile(r"中小|小微|小型|微型|个体|民营|初创|科技型")
_GUARDED = re.compile(r"(?:保障|保护|维护)[^。；]{0,40}?合法权益")


def _bans_among_duties(read: list[tuple[str, str, str]]) -> bool:
    """"平台企业应当公示收费标准…；不得强制入驻商户…，应当为配送人员开展培训": a ban that goes on binding the business an
    obligation of the article binds (no actor of its own after it) is one of that business's duties, when the article
    gives the party it protects no recourse (投诉, 反映, 有权拒绝) nor a body guarding its rights ("保障…中小企业合法权益")
    and grants nothing, and names that party by its dealing with the business (入驻商户, 商户), not by a kind of business
    protected as such ("不得…向中小商户收取不合理费用"): the article is the obligation."""
    if any(k == BENEFIT for _, k, _ in read) or any(_COMPLAINT.search(s) or _GUARDED.search(s) for s, _, _ in read):
        return False
    rights = [i for i, r in enumerate(read) if r[1] == RIGHT]
    return bool(rights) and all(i and read[i - 1][1] == OBLIGATION and not actor(read[i][0])[0]
                                and is_business(actor(read[i - 1][0])[0])
                                # (a party named by its kind, "向中小商户收取", is a kind of business protected)
                                and not any(_KIND_OF_PARTY.search(p) for p in protected_parties(read[i][0]))
                                for i in rights)


def measure_kind(text: str, granting: set[int] | None = None) -> tuple[str, str, list[tuple[str, str, str]]]:
    """(kind, basis, [(sentence, kind, basis)]) of a measure's text. `granting` are the indexes of the
    sentences in which the taxonomy found a benefit and a beneficiary."""
    granting = granting or set()
    read = []
    inherited = urged = bound = chose = False
    lead: tuple[str, str] | None = None  # the kind of a sentence that introduces a list ("…下列职权：（一）…")
    for i, sentence in enumerate(split_sentences(text)):
        kind, basis = sentence_kind(sentence, i in granting, inherited, urged, bound)
        if lead and is_item(sentence):
            kind, basis = lead  # "（二）查阅、复制…票据": an item of the powers listed
        elif kind == BENEFIT and lists_receivers(sentence):
            lead = (kind, basis)  # "对下列企业、人员依法给予税收优惠：…（四）从事个体经营的…人员": its receivers
        elif introduces_list(sentence):
            lead = (kind, basis) if binds_its_items(kind, sentence, DUTY, OBLIGATION, GENERAL) else None
        elif not is_item(sentence):
            lead = None
        who, modal = actor(sentence)
        # "个体工商户可以自愿转型为企业。转型的，可以直接向登记机关申请…": the party of a permission goes on to claim
        # in a sentence with no party of its own; the permission with its claim is that party's right, read where the
        # party is named (index/facts/own_choice.py)
        if chose and kind in (DUTY, GENERAL) and claim_carried(sentence, who, modal):
            read[-1] = (read[-1][0], RIGHT, read[-1][2])
        chose = kind == GENERAL and bool(who) and own_choice(sentence, who, modal) == basis
        bound = kind == OBLIGATION and not _LIABILITY.search(sentence)
        read.append((sentence, kind, basis))
        inherited = kind == DUTY and (bool(GOVERNMENT.search(who)) or (inherited and not who))
        # "支持商业银行设立…；开展…贷款；探索…": the lenders' work goes on until a sentence names its own actor
        urged = bool(_PROVIDERS_URGED.match(sentence)) or (urged and not (who and (is_business(who) or GOVERNMENT.search(who))))
    if not read:
        return GENERAL, "", read
    if read[0][1] == BENEFIT and heads_obligation(read[0][0], read[1:], actor, BENEFIT, RIGHT, OBLIGATION):
        read[0] = (read[0][0], GENERAL, read[0][2])  # the title of the obligation (index/facts/measure_heading.py)
    liability = [r for r in read if _LIABILITY.search(r[0]) and r[1] == GENERAL]
    # what follows a breach, item by item; an article that first gives a right or binds a business and then
    # says what follows the breach ("…应当直接作出同意的决定；作出虚假承诺的，…追究法律责任") is that right or duty
    if liability and (liability[0] is read[0] or not any(r[1] in (BENEFIT, RIGHT, OBLIGATION) for r in read)):
        return GENERAL, liability[0][2], read
    # "有经营能力的公民…从事工商业经营的，为个体工商户。个体工商户可以个人经营，也可以家庭经营。": an article
    # that opens with a definition and then only says what the defined party may be, is the definition
    permissions = [r for r in read if r[1] in (RIGHT, OBLIGATION)]
    if _DEFINITION_OPENING(read[0]) and not any(r[1] == BENEFIT for r in read) \
            and all(r[1] == RIGHT and r[2].endswith(("可以", "可")) for r in permissions):
        return GENERAL, read[0][2], read
    # "个体工商户可以招用从业人员。个体工商户应当依法订立劳动合同…": a permission the same text at once
    # binds the same party with duties regulates conduct; it is an obligation (a permission of one party
    # beside another's duty stays that party's right)
    # "国家严格控制新设行政许可。新设行政许可应当…；…一律不得设立…": an article whose first sentence is the
    # state building or controlling a system designs that system in its bans; a ban naming no body bound by
    # it (or the state itself) is part of the design, not a protection a business invokes ("行政机关不得…",
    # "市场主体有权…" keep their actor and stay rights)
    if _STATE_BUILDS.match(read[0][0]):
        read = [(s, DUTY if k == RIGHT and _designed(s) else k, b) for s, k, b in read]
    # "…建立政企沟通机制。建立政企沟通机制，应当…，不得干扰…": after a government duty, a ban on how the body
    # does that same work (the sentence opens with the work, no actor of its own) is how it must do it
    if read[0][1] == DUTY:
        read = [(s, DUTY if k == RIGHT and (m := _WORK_THEN_BAN.match(s)) and m.group("work")[-4:] in read[0][0] else k, b)
                for s, k, b in read]
    rights = [r for r in read if r[1] == RIGHT]
    # "外国投资者…应当…报送投资信息。…不得要求外国投资者…重复报送": a relief from doing again what the article
    # obliges is part of that obligation (the article binds; it grants nothing of its own)
    obligations = [r for r in read if r[1] == OBLIGATION]
    if rights and obligations and not any(r[1] == BENEFIT for r in read) \
            and all(relieves(r[0], [o[0] for o in obligations]) for r in rights):
        return OBLIGATION, obligations[0][2], read
    # "市场主体…的，应当…申请变更登记。迁出地登记机关…不得拒绝移交…材料。": an article that opens by binding a
    # business in a procedure, whose only rights are bans on the body running that same procedure, is the
    # business's obligation (index/facts/main_clause.py)
    first_bound = next((r for r in read if r[1] == OBLIGATION), None)
    if rights and first_bound and read.index(first_bound) < read.index(rights[0]) and not any(r[1] == BENEFIT for r in read) \
            and all(same_procedure_ban(first_bound[0], r[0], actor(r[0]), is_government) for r in rights):
        return OBLIGATION, first_bound[2], read
    if rights and _bans_among_duties(read):
        return OBLIGATION, obligations[0][2], read
    bound = [_holder(r[2]) for r in read if r[1] == OBLIGATION]
    if rights and all(r[2].endswith(("可以", "可", "有权")) for r in rights) and bound \
            and all(any(_same_party(_holder(r[2]), b) for b in bound) for r in rights) \
            and not any(r[1] == BENEFIT for r in read):
        return OBLIGATION, next(r[2] for r in read if r[1] == OBLIGATION), read
    for kind in KINDS:
        hits = [r for r in read if r[1] == kind]
        if hits and kind != GENERAL:
            return kind, next((h[2] for h in hits if h[2]), ""), read
    return GENERAL, next((r[2] for r in read if r[2]), read[0][0]), read


# ───────────────────────────── whose benefit ─────────────────────────────
# A party named in a sentence that gives, lends, sells, rents out or hands out is not the one who receives
# ("承租区属国有企业房屋的餐饮企业": the 国有企业 is the landlord; "在本市汽车销售企业购买": the dealer
# sells; "通过外卖平台发放消费券": the platform hands out; "鼓励金融机构向小微企业发放贷款": the bank lends;
# "大型企业不得要求中小企业…": the 大型企业 is the other party). These spans are left out when reading
# who benefits; the party after 对 … 给予 is always the receiver.
_PARTY = r"[^，。；：、和及与或的对为向在从由自给]{0,12}?(?:企业|公司|单位|机构|平台|商户|门店|个体工商户|经营者|经营主体|市场主体|民营经济组织|银行|业主|商场|超市|经销商|销售商|出租人|出租方)(?:企业|公司)?"  # "平台企业" whole
# the premises a landlord lets: a building, a shop front, a stall ("区属国有企业门面房", "市场开办方的摊位")
_PREMISES = r"房屋|房产|用房|物业|厂房|商铺|场地|楼宇|门面房?|铺面房?|营业房|店面|摊位|柜台"
# what the giver does in a handing-over, up to the 给 before the taker ("…将自有用房出租给", "…出租场地给")
_HANDING = r"[^，。；给]{0,16}?(?:出租|出借|提供|销售|出售|转让|交付|让渡)[^，。；给]{0,12}?给"
# a thing handed over to another party, who takes it ("出租给", "提供给", "销售给"): the party after 给 receives
_HANDED_TO = r"(?:出租|租赁|出借|提供|销售|出售|转让|交付|划拨|让渡)?给"
# a character of a place's own words: not where a party or a second act of entering begins
_PLACE_WORD = (r"(?:(?!入驻|进驻|入孵|落户|位于|租用|承租|(?:企业|公司|个体工商户|商户|单位|机构|门店)(?!孵化|加速|园|基地|空间|楼宇|载体|街区))"
               r"[^，。；的])")
_PROVIDER_PATTERNS = [
    # the owner of what is rented or used: "区属国有企业房屋", "国有企业经营性房屋", "国有企业运营的商业街区"
    # (not "企业的固定资产": the receiver's own assets, depreciated or invested in)
    # (not "中小企业参与老旧厂房改造", "企业租用…用房": a party acting on the place is not its owner)
    re.compile(r"(?P<p>" + _PARTY + r")(?:的|所属|自有|名下)?(?!固定资产|无形资产)(?:(?!参与|改造|承租|租用|租赁|使用|入驻|进驻|购置|购买)"
               r"[^，。；的]){0,4}?(?:" + _PREMISES + r"|资产)"),
    # the landlord of premises the tenant rents, with what they are used for between ("承租区属国有企业用于便民零售的临街
    # 商铺的个体工商户"): the receiver rents from it (not "企业用于生产经营的厂房": no renting, the firm's own premises)
    re.compile(r"(?:承租|租用|租赁)(?P<p>" + _PARTY + r")(?:所属|自有|名下)?用于[^，。；]{0,20}?的[^，。；的]{0,6}?"
               r"(?:" + _PREMISES + r")"),
    # the subject of handing a thing over to another party ("区属国有企业将自有用房出租给个体工商户", "运营企业出租场地给
    # 小微企业"): it gives; the party after 给 takes it
    # (unless what is granted is the giver's: see _GIVERS_GAIN)
    _HANDS_OVER := re.compile(r"(?:^|[，；。])(?P<p>" + _PARTY + r")(?:将|把)?" + _HANDING),
    # the landlord acting on its tenants ("区属国有企业对承租其房产的中小微企业，减免3个月租金"): 其 is the landlord
    re.compile(r"(?P<p>" + _PARTY + r")(?:应当|要|可以|可)?对(?:[^，。；]{0,6}?)(?:承租|租用|租赁|使用|购买|入驻)其"),
    # the place the receiver sits in ("对入驻区级孵化器的初创企业", "落户本区产业园的企业"): not the receiver
    # (nor with what makes it such a place before it: "入驻区级认定的专精特新产业园" — the park is recognised, not the firm)
    # (the words are the place's alone: no party and no second entering — in "落户本区的科技企业入驻区级园区" the firm
    # between the two places is the receiver; "科技企业孵化器" names a place)
    re.compile(r"(?:入驻|进驻|入孵|落户|位于)(?P<p>(?:" + _PLACE_WORD + r"{1,10}?的)?" + _PLACE_WORD + r"{0,12}?"
               r"(?:孵化器|众创空间|孵化基地|创业基地|产业园|园区|基地|楼宇|载体|街区))"),
    # (the thing owned ends where it is handed over: "…持有的用房出租给个体工商户", the party after 给 takes it)
    re.compile(r"(?P<p>" + _PARTY + r"(?:运营|管理|持有|开办|建设)的(?:(?!" + _HANDED_TO + r")[^，。；对]){0,20})"),
    # the landlord of what it lets ("区属国有企业出租的经营用房"), the seller a buyer buys from ("向中小企业采购产品的")
    re.compile(r"(?P<p>" + _PARTY + r")(?:出租|出借|所有|自有)的[^，。；]{0,6}?(?:" + _PREMISES + r"|资产)"),
    # (not "面向中小企业采购": purchasing reserved for them, they are the ones favoured)
    re.compile(r"(?:(?<!面)向|从)(?:本区|本市|区内|市内)?(?P<p>" + _PARTY + r")(?:采购|购买|订购|购置|租赁|承租)"),
    # the sellers listed before what the buyer buys ("向高校、科研院所和认定的服务机构购买检验检测服务的"): each sells
    # (each named by what sells: an institution, a school, a firm — not "从事零售经营的个体工商户和小微企业采购", the buyers)
    re.compile(r"(?:(?<![面导方走取倾])向|从(?!事|而|业))(?P<p>[^，。；]{1,24}?(?:、|和|及|或者|以及)[^，。；]{0,20}?"
               r"(?:机构|院所|院校|高校|大学|学院|企业|公司|单位|组织|中心|平台|商户|供应商|服务商))(?:采购|购买|订购|购置|租赁|承租|租用)"),
    # the other party of the receiver's contract, named inside the phrase that describes the receiver ("对…已与区属国有企业
    # 签订租赁合同的小微企业", "与本区平台企业签署合作协议的个体工商户"): not the receiver
    # (not "大型企业与中小企业签订合同的，应当…": no receiver after 的, a party bound toward the other)
    re.compile(r"与(?P<p>" + _PARTY + r")(?:签订|订立|签署|续签|达成)[^，。；的]{0,12}?(?:合同|协议)的(?=[^，。；]{0,12}?" + _PARTY + ")"),
    # a party said not to benefit: "合作银行不享受本项资金", "数字化服务商不享受本条补贴"
    re.compile(r"(?P<p>" + _PARTY + r"|[^，。；：、和及与或的对为向在从由自给]{0,12}?(?:服务商|运营方|出租方|转租方|供应商))"
               r"(?:和|、)?[^，。；]{0,6}?(?:不|不再)(?:直接|重复|另行)?(?:享受|适用|参与[^，。；]{0,4}?(?:分配|分成)|分享|"
               # ("平台企业不属于补贴对象", "出租方不作为申请主体")
               r"(?:属于|作为|列入|纳入)[^，。；]{0,8}?(?:对象|主体|范围))"),
    # the party served by the one granted, named right after 对 ("对为个体工商户提供免费记账服务的代理记账机构")
    re.compile(r"对(?:向|为)(?P<p>" + _PARTY + r"(?:(?:和|及|、)" + _PARTY + r")?)(?:免费)?(?:提供|开展|减免|让利|降低)"),
    # a party bound to do the work: "汽车销售企业负责协助消费者…", "保险机构应当简化理赔流程"
    re.compile(r"(?:^|[，；。])(?P<p>" + _PARTY + r")(?:负责|协助|配合)"),
    # a party described by what it gives: "出租房屋的国有企业", "提供贷款的银行"
    # (not the party it is handed to: "出租给…的个体工商户" takes it)
    _GIVER := re.compile(r"(?<!对)(?:出租|出借|出让|销售|出售|发放|放贷|承办|提供)[^，。；给]{0,16}?的(?P<p>" + _PARTY + ")"),
    # the supplier of what the receiver buys: "采购本区中小企业产品和服务"
    re.compile(r"(?:采购|购买|使用)(?:本区|本市|区内|市内)?(?P<p>" + _PARTY + r")(?:的)?(?:产品|服务|货物|设备)"),
    # a place, channel or provider: "在…销售企业购买", "通过…平台", "依托/联合/委托/由 …"
    re.compile(r"在(?P<p>" + _PARTY + r")(?:购买|购车|购置|消费|就餐|办理|采购)"),
    # (not "由个体工商户转型为企业": 由 names where a conversion starts, the receiver itself; not "由主办单位统一向…申请":
    # the party that applies)
    re.compile(r"(?:通过(?!认定|审核|评审|验收|评估|考核)|依托|联合|委托|由)(?P<p>" + _PARTY + ")(?!转型|转为|转变|变更|升级)"
               r"(?!(?:统一|集中)?向[^，。；]{1,24}?申请)"),
    # the subject of giving to someone else: "X向/为/从 Y…", "X应当/不得 … Y"
    # (not the one that applies to or borrows from the other: "个体工商户向合作银行申请的首笔贷款")
    # (nor the one that buys or rents from the other: "小型微型企业向高校和服务机构购买检测服务的" — the buyer receives)
    re.compile(r"(?:^|[，；、和及与])(?P<p>" + _PARTY + r")(?:应当|应|不得|须|要)?(?:向|为|从)"
               r"(?![^，。；]{0,20}?(?:申请|申报|借款|借入|取得|获得|融资))"
               r"(?![^，。；]{0,30}?(?:采购|购买|订购|购置|租用|承租|租赁)(?:[^，。；]{0,20}?)的)[^，。；]{0,20}?" + _PARTY),
    re.compile(r"(?:^|[，；、和及与])(?P<p>" + _PARTY + r")(?:应当|应|不得|须|禁止)[^，。；]{0,40}?" + _PARTY),
    # the party served by the one granted ("对大型企业向中小企业开放检测设备的，给予补贴": the 大型企业 is granted)
    re.compile(r"对[^，。；]{0,12}?" + _PARTY + r"(?:向|为)(?P<p>" + _PARTY + r")"),
    # owners listed together ("承租区属国有企业和街道集体经济组织所有的经营用房"): each is a landlord
    re.compile(r"(?P<p>" + _PARTY + r")(?:和|及|、|或者)[^，。；]{0,20}?(?:所有|持有|管理|自有)的[^，。；]{0,6}?"
               r"(?:" + _PREMISES + r")"),
    # the other side of a dispute ("中小企业与大型企业发生账款纠纷的"): not the one the right is for
    re.compile(r"(?:与|同)(?P<p>" + _PARTY + r")(?:之间)?(?:发生|产生|存在)?[^，。；]{0,6}?(?:纠纷|争议)"),
    # what the receiver becomes ("个体工商户自愿转型为企业的"): the receiver is the one that converts
    # (or is registered as: "个体工商户可以申请登记为企业")
    re.compile(r"(?:转型为|转为|转变为|变更为|升级为|登记为|注册为|改制为)(?P<p>" + _PARTY + ")"),
    # banks, insurers and guarantors lend, insure and guarantee: never the receiver unless granted to (对…)
    # ("小型微型企业银行贷款": the firm's bank loan, the firm is not part of the bank's name)
    _BANKS := re.compile(r"(?<!对)(?<!企)(?<!户)(?<!商)(?P<p>(?:(?!企业|个体工商户|商户|门店|通过|依托|经由)[^，。；：、和及与或的对为向]){0,8}?"
                         r"(?:金融机构|银行|保险机构|担保机构|担保公司|保险公司|证券公司))"),
    # an organisation or a facility named for the businesses it serves ("中小企业信用担保机构", "小型微型企业创业基地",
    # "中小企业公共服务平台"): its name names no receiver (the businesses it serves may be named again as such)
    # (the name only: not "中小企业通过中小企业公共服务平台", where the first names the receiver acting through it)
    re.compile(r"(?P<p>(?:(?!通过|获得|使用|申请|参与|开展|建设|设立|依托)[^，。；：、和及与或的对为向在从由自给]){0,6}?"
               r"(?:企业|个体工商户|民营经济组织|经营主体|市场主体))(?=(?:信用|融资)?(?:担保机构|服务机构|投诉机构|公共服务平台|"
               r"服务平台|创业基地|孵化基地|创业园|孵化器|服务中心|服务站|协会|商会|联合会|促进会|工作主管部门|主管部门|工作部门))"),
    # the business an investor puts money into ("对投资本区初创企业的创业投资机构给予补贴", "鼓励创业投资机构投资初创期科技
    # 企业，…给予风险补贴"): the investee is not the one the grant is for
    re.compile(r"(?:机构|基金|资本|投资人|投资者|投资企业)[^，。；]{0,6}?(?:投资|投向|入股|参股)(?:于)?(?:本市|本区|区内|示范区内的?)?(?P<p>" + _PARTY + ")"),
    re.compile(r"(?:^|对|[，；])(?:投资|投向|入股|参股)(?:于)?(?:本市|本区|区内|示范区内的?)?(?P<p>" + _PARTY + r")的[^，。；]{0,12}?"
               r"(?:机构|基金|投资人|投资者|投资企业)"),
    # a party that is encouraged or guided to give ("鼓励/引导/督促 X 向/为/对 …")
    _ENCOURAGED := re.compile(r"(?:鼓励|引导|督促|推动|支持|组织|要求)(?P<p>" + _PARTY + r")(?:[^，。；]{0,10}?)(?:向|为)" + _PARTY),
]


# a grant for handing a thing over, computed on what the giver earns or gives up ("…出租给小微企业的，按照租赁收入的10%给予奖
# 励", "按照减免租金总额的50%给予补贴", "给予出租方…"): the giver receives it (a rent cut, "免收3个月租金", goes to the taker)
_GIVERS_GAIN = re.compile(r"(?:租赁|出租|租金|销售|经营|服务)收入|让利|(?:减免|减收|降低)[^，。；]{0,6}?(?:总额|金额|部分|损失)|"
                          r"给予(?:出租|出借|提供|转让)(?:方|人|单位)")


# the same handing-over with the giver named after 对, the one a grant is for ("对…企业将自有门面出租给…的")
_HANDS_OVER_GRANTED = re.compile(r"对(?P<p>" + _PARTY + r")(?:将|把)" + _HANDING)


def provider_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parties in `text` that give rather than receive (see above)."""
    spans = []
    # a giver whose gain is granted ("中型制造业企业将闲置厂房出租给…的，按照租金收入的10%给予奖励") receives, whatever else
    # names it a giver (the owner of the premises it lets)
    # (also written after 对: "对小型商贸企业将自有门面出租给…的，按照租金收入的20%给予奖励")
    gains = [m for rx in (_HANDS_OVER, _HANDS_OVER_GRANTED) for m in rx.finditer(text) if _GIVERS_GAIN.search(text, m.end())]
    gaining = [m.span("p") for m in gains]
    # a firm rewarded for what it does for others, named as the subject of its act ("大型企业为…中小企业提供…的，…给予
    # 奖励"): it receives, the firms it serves do not (index/facts/rewarded_actor.py)
    for actor_span, served in rewarded_actors(text, _PARTY):
        gaining.append(actor_span)
        spans.append(served)
    spans.extend(unrewarded_actors(text, _PARTY))  # (the grants name the firms it serves)
    # the giver gains: the party it hands the thing to is the one that does not receive
    for m in gains:
        if taker := re.match(r"[^，。；的]{0,12}?" + _PARTY, text[m.end():]):
            spans.append((m.end(), m.end() + taker.end()))
    for i, rx in enumerate(_PROVIDER_PATTERNS):
        for m in rx.finditer(text):
            a, b = m.span("p")
            # "对提供…服务的机构给予", "对金融机构给予": the party granted to receives
            if rx is _GIVER and re.search(r"对[^，。；]{0,12}$", text[:m.start()]):
                continue
            if rx in (_BANKS, _ENCOURAGED) and re.search(r"对[^，。；]{0,3}$", text[:a]):
                continue
            if rx is _HANDS_OVER and _GIVERS_GAIN.search(text, m.end()):
                continue  # (its taker is among the spans already)
            if any(a < end and start < b for start, end in gaining):
                continue
            spans.append((a, b))
    return spans


def blank_providers(text: str) -> str:
    """`text` with the giving parties blanked out (same length, so matched spans still index the text)."""
    chars = list(text)
    for a, b in provider_spans(text):
        for i in range(a, b):
            chars[i] = "\0"
    return "".join(chars)


# a sentence that withholds rather than grants ("不重复奖励", "不另行给予财政补贴", "不享受本条补贴"); 不 may be followed by
# several of the words that say "not again, not besides" ("不再另行享受租金补贴", "不得再重复给予": withheld all the same)
_NOT_AGAIN = r"不(?:得|再|另行|重复|直接){0,3}"
# and a party excluded from it, with what it is excluded from ("出租方不享受本项补贴", "入驻商户不作为本项补助的
# 申请主体", "合作银行不属于贴息对象": nobody is granted anything there)
_EXCLUDED = (_NOT_AGAIN + r"(?:享受|作为|属于|列入|纳入|参与|分享|给予)[^，。；]{0,16}?"
             r"(?:补贴|补助|奖励|贴息|资金|政策|优惠|申请主体|申报主体|支持对象|对象|范围)")
# a grant named as the cause of something else ("不得因商户享受补贴而上调租金") is not granted there
# a ban on giving ("商品零售场所不得免费提供塑料袋", "不得给予…补贴") withholds: nothing is granted by it
# (and a rule on how the grants of several policies combine for one firm — "同一企业符合本区多项政策的，按照从高不重复原则给予
# 支持", "就高享受" — which grants nothing of its own: the grants it combines are those of other measures)
# The rule is one only after its premise of several policies or one firm's several grants ("同一企业…", "符合…多项政策的",
# "与…其他政策有交叉的") and with no amount of its own after it: "对新认定为国家级、市级…的，按照就高原则给予一次性奖励，
# 最高50万元" is a grant paid once at its higher level, not a rule (从优 alone is a manner of giving, never a combination)
_COMBINING_PREMISE = (r"(?:同一(?:企业|单位|项目|主体|市场主体|经营主体|事项|年度)|(?:多项|两项以上|两项及以上|多个|两个以上|其他|同类)"
                      r"[^，。；]{0,10}?政策|政策[^，。；]{0,10}?(?:交叉|重叠|叠加))")
_COMBINING_RULE = (_COMBINING_PREMISE + r"[^。；]{0,40}?(?:(?:从高|就高|从优不重复)[^，。；]{0,8}?原则[^，。；]{0,6}?"
                   r"(?:给予|予以|享受|执行|支持|选择)|(?:从高|就高)(?:不重复)?(?:给予|予以|享受|支持))"
                   r"(?![^。；]*?\d+(?:\.\d+)?\s*(?:万元|亿元|元|%))[^，。；]{0,6}")
_WITHHOLDS = re.compile(r"不(?:再|另行|重复|直接){0,3}(?:享受|给予)[^，。；]{0,16}")
NEGATED_GRANT = re.compile(_EXCLUDED + r"|" + (_COMBINING_RULE + r"|"
                           r"符合[^，。；]{0,10}?(?:多项|两项以上|两项及以上|多个|两个以上|其他)[^，。；]{0,10}?政策的") + r"|因[^，。；]{0,12}?享受[^，。；]{0,8}?而|" + _NOT_AGAIN + r"(?:享受|给予|奖励|补贴|补助|支持|适用)|不得重复|"
                           r"(?:不得|禁止|严禁)(?:主动|擅自|变相|再)?(?:免费|无偿)?(?:向[^，。；]{0,10}?)?(?:免费|无偿)?(?:提供|给予|发放|赠送|减免|补贴|奖励)")
_EXCLUDING_CLAUSE = re.compile(r"[^，。；]*" + _EXCLUDED + r"[^，。；]*")


def without_excluded(text: str) -> str:
    """`text` without the clauses that exclude a party from the grant ("出租方不享受本项补贴")."""
    return _EXCLUDING_CLAUSE.sub("", text)
# a party that may sign up for or apply for what the measure gives ("门店可自愿报名参加", "可以申请")
SIGN_UP = re.compile(r"(?:可以|可)(?:自愿|按规定|向[^，。；]{0,12})?(?:报名|申请|申报|参加|参与)")
# conditions the text states that no profile answers ("设备投资额在1000万元以上", "首次认定为…")
_THRESHOLD = re.compile(r"(?:[^，。；、的]{0,12}?(?:在|达到|超过|不低于|不少于|高于)?\d+(?:\.\d+)?\s*(?:万元|亿元|元|%|吨|人|家|个|平方米|万)"
                        r"[^，。；]{0,4}?(?:以上|及以上)|[^，。；、的]{0,12}?(?:超过|达到|不低于|不少于|高于)\d+(?:\.\d+)?\s*(?:万元|亿元|元|%|吨|万人次|人次|万人|人|家|个|平方米|万))"
                        r"(?=[^，。；]{0,8}的)")  # what the receiver must have ("…以上的企业"), not a total
_STEP = re.compile(r"首次(?:认定|纳入|入选|获评|获得|销售)|新(?:认定|获评|入驻|落户|引进|设立|开设)|经(?![营济费销纪])[^，。；]{0,15}?(?:认定|遴选|审定|评定|评选|审核|评审|确认|备案)")


def stated_conditions(clause: str) -> str | None:
    """A condition the grant states that a visitor's profile cannot answer (a threshold in what the
    receiver must have done, a recognition step), or None: read before the grant verb only, so the
    amount granted ("最高200万元") is not taken for a condition."""
    grant = re.search(r"给予|予以|按照[^，。；]{0,20}?(?:给予|补贴|奖励)|补贴|奖励|减免|贴息", clause)
    head = clause[:grant.start()] if grant else clause
    if m := _ACT_IN_PERIOD.search(head):
        return m.group("act")
    m = _STEP.search(head) or _THRESHOLD.search(head)
    return re.split(r"[且并和、，对]", m.group(0))[-1] if m else None


def achieved(clause: str) -> str | None:
    """What the receiver must have achieved or done, as the words that describe it before the grant say
    ("对入选…名单的企业", "对开展技术改造的企业", "对带动就业效果明显的企业"); None when the receiver is
    described by nothing it did."""
    grant = re.search(r"给予|予以|按照[^，。；]{0,20}?(?:给予|补贴|奖励)|补贴|奖励|减免|贴息", clause)
    head = clause[:grant.start()] if grant else clause
    # (or after a first clause naming the party: "小规模纳税人发生应税交易，销售额未达到起征点的，免征增值税")
    m = _ACHIEVED.search(head) or _ACT_CONDITION.match(head) \
        or (_ACT_CONDITION.match(head, head.index("，") + 1) if "，" in head else None)
    return m.group("act") if m else None


# the receiver described by an act or an achievement: a verb of doing, obtaining or being selected, or a
# judgement of merit, in the words before "的 + receiver" (a merit someone else judges, "做出贡献", "成绩优异", is a
# condition no profile answers: "对在…工作中做出贡献的单位和个人，给予奖励" is asked, never 可以申请 outright)
_ACHIEVED = re.compile(r"对(?P<act>[^，。；]{0,30}?(?:通过|入选|列入|纳入|获评|获得|荣获|评为|认定为|被认定|突破|参加|参与|开展|"
                       r"实施|完成|购买|购置|招用|吸纳|引进|投保|首次|新注册|新开设|新开办|明显|显著|突出|较大|优秀|优异|贡献)"
                       r"[^，。；]{0,30}?)的(?=[^，。；的]{0,16}?(?:企业|单位|主体|个体工商户|商户|门店|机构|项目|店|权人|注册人))")


# the same, as the condition a sentence opens with ("个体工商户自愿转型为企业的，…给予…")
_ACT_CONDITION = re.compile(r"(?P<act>[^，。；]{0,30}?(?:通过|入选|列入|纳入|获评|获得|荣获|评为|认定为|被认定|突破|参加|参与|开展|"
                            r"实施|完成|购买|购置|招用|吸纳|引进|投保|首次|新注册|新开设|新开办|转型|转为|转变为|使用|未达到|达到|低于|不足)"
                            r"[^，。；]{0,30}?)的，")


# what the receiver must have done in a period ("对2026年投保的小微餐饮企业", "对当年吸纳…的用人单位")
_ACT_IN_PERIOD = re.compile(r"对(?P<act>(?:\d{4}年度?|当年|年内|本年度?)(?![^，。；]{0,3}(?:起|以来))[^，。；的]{1,16}?)的"
                            r"(?=[^，。；]{0,14}?(?:企业|门店|商户|个体工商户|经营主体|单位|主体))")


# ("转型为企业", "认定为企业": 为 there says what a party becomes or is taken to be, not whom an act is for)
_OBJECT = re.compile(r"(?:支付|拖欠|欠付|从|向|对|(?<!转型)(?<!升级)(?<!登记)(?<![转变更成作认视称改列评定])为|要求|强制|限制|干预|摊派|给予|损害|侵害|侵犯|歧视)"
                     r"(?P<p>" + _PARTY + r"(?:(?:和|及|以及|、|或者)" + _PARTY + r")*)")  # "对小微企业和个体工商户": both


def protected_parties(sentence: str) -> list[str]:
    """The parties a right protects: those named as the object of paying, buying from, demanding of
    ("支付中小企业款项", "从中小企业采购", "不得向个体工商户摊派"), not the party bound."""
    # ("同一经营主体", "该企业": a party named again, not a new one; "可向区清理拖欠企业账款专班投诉": the body
    # complained or applied to, not a protected party)
    # ("对同一中小企业的同类检查每年不超过1次": the same one of the parties of a size names that size: those are protected)
    # ("不得向本单位职工…", "为本公司员工…": the bound party's own, named by 本 — itself, not another business; not
    # "本市企业", "本区中小企业": businesses of the place)
    return [_SAME_SIZED.sub("", m.group("p")) for m in _OBJECT.finditer(sentence)
            if not re.match(r"同一|该|上述|前款|其|本(?![市区省县镇乡国])", m.group("p")) or _SAME_SIZED.match(m.group("p"))
            if not (m.group(0).startswith("向") and _ADDRESSED.match(sentence, m.end()))]


_SAME_SIZED = re.compile(r"^同一(?=(?:中小微?|小微|小型|微型|中型)企业|个体工商户)")


_ADDRESSED = re.compile(r"[^，。；]{0,16}?(?:投诉|举报|反映|申诉|求助|申请|申报|咨询|报告|备案)")


def discretionary(sentence: str) -> str | None:
    """"市人力资源和社会保障部门…可以通过…补贴…支持…": a grant a government body may make, at its
    discretion; the words that say so, or None."""
    who, modal = actor(sentence)
    if modal in ("可以", "可") and who and GOVERNMENT.search(who) and not BUSINESS.match(who):
        return _span(sentence, who, modal)
    return None


# the means a body supports by ("通过资金资助、设立孵化器等多种方式", "采取阶段参股、跟进投资、风险补助等方式"): they name
# no receiver, and money among them comes on terms the text does not state
MEANS = re.compile(r"(?:通过|采取|采用|运用)(?!认定|评审|审核|验收)[^。；：]{2,40}?等(?:多种)?(?:方式|形式|手段|途径|措施)")
_MONEY_MEANS = re.compile(r"资金|资助|补助|补贴|奖励|贴息|参股|投资|风险补偿")


def conditions_elsewhere(text: str, measure: str = "") -> str | None:
    """The words saying a grant's conditions are written elsewhere: in the grant itself ("符合条件的",
    "按照有关规定", "经认定"), or anywhere in its measure ("具体办法另行制定", "以申报通知为准"); or None."""
    m = CONDITION_ELSEWHERE.search(text) or RULES_ELSEWHERE.search(text) or RULES_ELSEWHERE.search(measure)
    if not m and (m := _APPLY_UNSTATED.search(text)) and _STATED_SUM.search(text):
        m = None  # "…可以申请资金支持，最高50万元": the terms are stated
    if not m and (m := MEANS.search(text)) and (not _MONEY_MEANS.search(m.group(0)) or _STATED_SUM.search(text + measure)):
        m = None  # "通过资金资助…等多种方式支持…": how much and how to apply are written nowhere in the measure
    return m.group(0) if m else None


# money a business may apply for, or is granted, whose amount and standard the text does not state ("中小企业参加展览
# 展销活动，可以按照规定向商务行政管理部门申请资金支持", "…应当对中小企业申请专利给予资金支持"): its terms are elsewhere
_APPLY_UNSTATED = re.compile(r"(?:(?:可以|可)(?:按照?规定|依照规定)?(?:向[^，。；]{0,20}?)?申请(?:[^，。；]{0,8}?)|"
                             r"(?:给予|予以)(?:一定的?)?(?:政策和)?)(?:资金支持|资金扶持|资助|资金补助|补助资金|补贴资金|专项资金)")
_STATED_SUM = re.compile(r"\d|[一二三四五六七八九十百千]+(?:万元|元)|百分之|全额|减半")
