"""Conditions written inside the receiver phrase of a grant, which no visitor profile answers.

Official texts often put the condition in the words that name the receiver, not in a 符合条件 of their own:
  - 对 + what the receiver did or became + 的 (+ the receiver): "对…新上线外卖平台的小微餐饮门店", "对首次被认定
    为…的", "对年度…首次突破…的企业", "对…转型后连续经营满6个月的" — a first, a new act, a threshold crossed in
    a year, a period of continuous operation;
  - an incubation or a place the receiver must sit in: "对入驻…众创空间的在孵企业", "为在孵企业…", or do business in
    ("在区属农贸市场经营的个体工商户", "…综合体内的小微商户": a place inside a district, which no profile states);
  - what a firm opening the sentence did for others, which the grant rewards ("本区中小企业为大型企业提供配套零部件的，
    …给予奖励", index/facts/rewarded_actor.py);
  - a business's own condition before its application: "…贷款到期、还款确有困难的，可以申请…", "…确需加速折旧
    的，可以依法缩短折旧年限", "…招用…并签订…劳动合同的，…给予…".
Each makes the grant 需确认 with the question taken from the clause itself.
"""
from __future__ import annotations

import re

from index.facts.kinds import _PARTY as _ANY_PARTY
from index.facts.rewarded_actor import rewarded_act

# what marks a condition in a receiver phrase: a first, a new act, a period, a threshold in a year, a hire
_MARK = re.compile(r"首次|首家|首笔|新开(?:门店|店|分店|网点)|新(?:上线|开办|开设|开业|入驻|注册|登记|成立|设立|落户|引进|建成|投产|招用|增|获批|获评|认定)|"
                   r"连续[^，。；]{0,8}?满|满\d+个?(?:月|年|日)|(?:年度|当年|上年度?|全年)[^，。；]{0,16}?(?:突破|超过|达到|增长|不低于)|"
                   r"招用[^，。；]{0,30}?并签订|转型后|被(?:认定|评为|评定|授予|命名)|认定为|确需|"
                   # what it grew or changed into ("对新升级为规模以上企业的", "对首次升规的", "转为企业的")
                   r"升级为|升规|上规|转为|转型为|改制为|"
                   # a hardship the business must be in ("…暂时困难的", "贷款到期", "受灾停业的")
                   r"困难|到期|亏损|受损|受灾|停业|停产|"
                   # a body's act the receiver went through, a list it entered ("对经区商务局认定的", "对入选《…目录》的")
                   r"经[^，。；的]{0,12}?(?:认定|备案|评定|评审|审核|批准|遴选)|(?:入选|列入|纳入)《|"
                   # whom the receiver employs or keeps, where it moved, what it promised or hosted ("对雇用残疾人的",
                   # "对不裁员或少裁员的", "对落户本区且承诺5年内不迁出的", "对在本区举办…的")
                   r"雇用|聘用|录用|安置|接收[^，。；]{0,6}?(?:人员|毕业生|劳动力)|裁员|落户|迁入|承诺|举办|承办|"
                   # a programme or a project it leads, a list it entered ("承担市级科技计划项目的", "上榜…百强的")
                   r"承担|主持|牵头|获批|上榜|入围|"
                   # what it brought about or drove ("对促成配套合作的"), a chain or a platform it entered ("进入…供应链")
                   r"促成|带动|(?:进入|加入|接入|融入|嵌入)[^，。；的]{1,16}?(?:链|体系|平台|名单|名录|目录|库)|"
                   # a bound on the business's own figures ("营业额不低于300万元", "经营面积200平方米以上")
                   r"(?:营业收入|营业额|销售额|销售收入|营收|产值|纳税额|利润|投资额|经营面积|营业面积)[^，。；]{0,10}?"
                   r"(?:不超过|不低于|不少于|超过|达到|低于|高于|不足|以上|以下)|"
                   # a clean record ("无严重失信记录", "未发生重大安全生产事故", "信用良好")
                   r"(?:无|未|没有)(?:发生|出现|受到|存在|被列入|列入)?[^，。；的]{0,10}?(?:失信|违法|违规|事故|处罚|欠薪|欠税)|"
                   r"信用(?:记录|状况)?良好|"
                   # the role it played in what it did ("主导制定…的", "领衔完成…的"), as 牵头/主持 above
                   r"主导|领衔|"
                   # an act bound to a time the receiver must do it by or in ("并于2026年内实现并网发电的", "在2026年底前
                   # 建成投产的", "于6月30日前签订…的"): the act, whatever its verb, is the condition
                   # a span or bound the receiver's own founding, registering or settling falls in ("2024年1月1日至
                   # 2025年12月31日期间成立的", "2025年6月30日以后设立的"): a condition on who, read by dates.py too
                   r"(?:日|月|年|底|末)(?:期间|之间|以来|以后|之后|后)[^，。；的]{0,10}?(?:注册|登记|成立|开业|开办|设立|落户|迁入|入驻|签订|投产)|"
                   r"(?:于|在)(?:\d{4}年度?(?:\d{1,2}月(?:\d{1,2}日)?|底|末)?|\d{1,2}月(?:\d{1,2}日)?|年(?:底|末))(?:内|前|之前|以前)"
                   # (not the application itself, "在2027年3月31日前提交申请的": the deadline, read by dates.py — review 33 P5)
                   r"(?![^，。；的]{0,6}?(?:申请|申报|报名|提交|提出))[^，。；的]{2,}|"
                   # a bound on a physical figure of the receiver's own ("年综合能源消费量5000吨标准煤以下", "建筑面积不超过
                   # 300平方米"): money and head counts are sizes (asked with the size), physical ones are not
                   r"\d+(?:\.\d+)?\s*(?:万)?(?:吨|千瓦时|千瓦|兆瓦|平方米|立方米|亩|公里|辆|台|套)[^，。；的]{0,4}?(?:以上|以下|及以上|及以下|以内)|"
                   r"(?:不超过|不低于|不少于|低于|高于|不足|超过|达到)\d+(?:\.\d+)?\s*(?:万)?(?:吨|千瓦时|千瓦|兆瓦|平方米|立方米|亩|公里|辆|台|套)")
# 对 + phrase + 的, before the grant ("对…的小微餐饮门店，给予", "对…的，给予")
_RECEIVER = re.compile(r"对(?P<phrase>[^。；]{2,70}?)的(?=[^，。；的]{0,24}?[，,]?[^。；]{0,24}?(?:给予|予以|免收|减免|补贴|奖励|实行|可以|返还|退还|减半|免征|贴息|发放))"
                       # a service provided for the receiver ("为…以下的小型微型企业免费提供…服务"): 为 names it as 对 does
                       r"|(?<![作认成称视])为(?!了)(?P<served>[^，。；]{2,40}?)的(?=[^，。；的]{0,12}?(?:免费|无偿)?提供)")
# 对 + the receiver and what it did, up to the comma before the grant ("对区内连锁企业新开门店，每家给予")
_RECEIVER_CLAUSE = re.compile(r"对(?P<phrase>[^。；，的]{2,30}?)[，,](?=[^。；]{0,20}?(?:给予|予以))")
# a grant verb whose object is the receiver phrase, as a lead sentence writes it ("奖励首次认定的高新技术企业")
_LEAD = re.compile(r"^(?:奖励|补贴|资助|扶持|支持)(?P<phrase>[^，。；的]{2,20})的")
# a condition clause right before the business's application or grant ("…的，可以申请", "…的，按照…给予")
_OWN = re.compile(r"(?:^|[，；])(?P<phrase>[^，。；]{2,40}?(?:、[^，。；]{1,30}?)?)的，(?:[^。；]{0,20}?)(?:可以|可|给予|予以)")


# the party the sentence opens with and what it undertook, right before its permission ("…的企业承担市级科技计划项目，可以
# 按照…列支…"): the act is its condition, as with 的; not where a government body is the noun the sentence opens with
# ("区科委牵头组织企业承担…，可以按照…拨付…": the body's act, nothing the business is asked about)
_OPENING_ACT = re.compile(r"^(?![^，。；企业户司的]{0,12}?(?:人民政府|政府|部门|机关|局|委员会|委(?!托|派)|管委会|办公室))"
                          r"(?P<phrase>[^，。；]{2,50}?)[，,](?:可以|可)(?:按照|按|依照|申请|享受|在|依法|从|将)")


# a place the receiver must sit in, or an incubation it must be in ("入驻区级众创空间的", "在孵企业")
_PLACED = re.compile(r"(?:在孵|入孵)(?:的)?(?:科技型)?(?:企业|团队)|(?:入驻|进驻)[^，。；]{0,12}?(?:孵化|众创空间|园区|基地|载体|楼宇|平台)"
                     r"[^，。；的]{0,8}")


# "对X，<what X must do or be>的，按照…给予": a clause ending in 的 between the receiver and the grant is a condition
# on the receiver by its place alone ("对…餐饮企业，每日营业至22时以后的，按照…给予")
_AFTER_RECEIVER = re.compile(r"对[^，。；]{2,60}?[，,](?P<phrase>[^，。；]{4,40}?)的[，,](?=[^。；]{0,24}?(?:给予|予以))")


# what the receiver did that the grant pays for, as the receiver phrase says it: "对+party+act+object，…给予" ("对本区
#中小企业参加区级部门组织的展会，按照…给予补贴"), or "act+object+的+party，…给予" opening the sentence ("租用上述
# 平台服务的商户，按照…给予补贴"): the grant is for those who did it, which no profile says
_ACT = (r"(?:参加|参与|使用|购买|购置|租用|采购|举办|承办|投保|引进|入驻|接入|加入|安装|改造|建设|新建|开设|开展|实施|完成|注册|取得|"
        r"获得|签订|申请|更新|更换|升级|新增)")
_PARTY = r"(?:企业|个体工商户|个体户|商户|门店|店铺|经营主体|市场主体|经营者|单位)"
# (a place, a time or a channel may stand before the act: "对小微企业在境外注册商标的")
_PARTY_AND_ACT = (r"(?:本区|本市|区内|辖区内)?[^，。；的对]{0,16}?" + _PARTY + r"(?P<phrase>(?:(?:在|于|通过|向)[^，。；]{1,12}?)?"
                  + _ACT + r"[^，。；]{2,30}?)")
_PARTY_ACTS = re.compile(r"对" + _PARTY_AND_ACT + r"[，,](?=[^。；]{0,24}?(?:给予|予以))")
# the same act with the party opening the sentence and the business applying ("本区中小企业参加区商务局组织的展会，可以按照
# 展位费的50%申请补贴"): read as the 对 form reads it
_OPENING_PARTY_ACTS = re.compile(r"(?:^|[。；])" + _PARTY_AND_ACT
                                 # (not the cost it names, "企业参加展会发生的展位费，由区财政给予50%补贴": what is paid for)
                                 + r"(?<![费本出息金款])[，,]"
                                 r"(?=[^。；]{0,24}?(?:给予|予以|(?:可以|可)[^，。；]{0,16}?申请))")
# a body's own act on the parties it names, not theirs ("对本区小微企业开展免费数字化技能培训，给予每家企业5个培训名额"): a service
# it gives for free, or a place in it the grant hands out; nothing the business is asked
_BODYS_SERVICE = re.compile(r"^(?:开展|组织|举办|提供|实施)[^，。；]{0,12}?(?:免费|无偿|公益|上门)")
_PLACE_GIVEN = re.compile(r"[，,][^。；]{0,16}?(?:给予|提供|安排)[^，。；]{0,10}?(?:名额|席位|机会)")
_ACTING_PARTY = re.compile(r"(?:^|[。；])(?P<phrase>" + _ACT + r"[^，。；]{2,30}?)的(?:[^，。；的]{0,16}?)" + _PARTY + r"[，,]"
                           r"(?=[^。；]{0,30}?(?:给予|予以))")


# a place the receiver must do business in, other than a district the profile states ("在区属农贸市场经营的个体工商户",
# "…商业综合体内的小微商户"): a place inside a district, which no profile says the visitor is in (the district is read
# elsewhere; a place the receiver enters, 入驻, by _PLACED); not a party excluded there ("楼宇内的入驻企业不另行享受…")
_TRADING_PLACE = (r"(?:农贸市场|菜市场|批发市场|市场|商场|商城|商圈|街区|商业街|步行街|综合体|楼宇|大厦|市集|集市|夜市|景区|小镇|"
                  r"口岸|商业体)")
# The shape is 在/位于 + a place (+ 内/中/里) + whatever the receiver does there + 的 + the receiver: any act between the
# place and 的 ("…楼宇内办公的", "…商场内经营的", "…市场里设摊的"), not a list of verbs; but not a body whose name starts with
# a place word ("在本区市场监管部门登记注册的": a registration, not a place of business)
_A_BODY = r"(?:监管|管理|主管|部门|机关|机构|政府|委员会|管委会|局|中心|窗口|平台)"
# nor an event the receiver takes part in there ("在境外市场参展的本区企业", "在…商圈参加促销活动的"): a place it attends once,
# not where it does business (what it must have done is read as such, by the other readings)
_AN_EVENT = r"(?:参展|布展|参会|参赛|参加|参与|出席|举办|承办|主办|办展|展出|展销)"
# a grant withheld from the party there, in its own clause or the next ("…楼宇内的入驻企业不另行享受…", "在…商场内经营的
# 商户，不再另行给予租金补贴"): nothing is offered to it, nothing asked
_WITHHELD = r"[^，。；]{0,8}?[，,]?[^，。；]{0,4}?不(?:因此|再|得|另行|享受|属于|作为|予|重复|直接)"
_IN_PLACE = re.compile(r"(?:^|[，；。对])(?P<phrase>(?:(?:在|位于)[^，。；的在对]{0,14}?" + _TRADING_PLACE + r"(?:内|中|里)?|"
                       r"[^，。；的在对]{0,14}?" + _TRADING_PLACE + r"(?:内|中|里))"
                       r"(?:(?![^，。；的]{0,10}?(?:" + _A_BODY + "|" + _AN_EVENT + r"))[^，。；的]{1,10}?)?的[^，。；的]{0,8}?"
                       r"(?:企业|个体工商户|商户|经营户|门店|店铺|经营者|经营主体|市场主体|摊商|业户))"
                       r"(?!" + _WITHHELD + r")[，,]?"
                       r"(?=[^。；]{0,40}?(?:给予|予以|免收|减免|减半|补贴|奖励))")


def inline_condition(line: str) -> str | None:
    """The words of a condition stated in the receiver phrase of `line` (see the module), or None."""
    if m := _PLACED.search(line):
        return m.group(0)
    if (m := _PARTY_ACTS.search(line) or _OPENING_PARTY_ACTS.search(line) or _ACTING_PARTY.search(line)) \
            and not _BODYS_SERVICE.search(m.group("phrase")) and not _PLACE_GIVEN.match(line, m.end() - 1):
        return m.group("phrase")
    for rx in (_RECEIVER, _OWN, _LEAD, _RECEIVER_CLAUSE, _OPENING_ACT):
        for m in rx.finditer(line):
            phrase = m.group("phrase") or m.groupdict().get("served") or ""
            if _MARK.search(phrase):
                return phrase.strip("，、 ")
    if m := _AFTER_RECEIVER.search(line):
        return m.group("phrase").strip("，、 ")
    if m := _IN_PLACE.search(line):
        return m.group("phrase")
    # the act a firm is rewarded for, the firm opening the sentence ("本区中小企业为大型企业提供配套零部件的，…给予奖励")
    return rewarded_act(line, _ANY_PARTY)


STATED_QUESTION = "是否满足本条写明的条件：“{}”？"
_STATED = re.compile(r"^是否满足本条写明的条件：“(?P<words>.+)”？$")


def widened(asks: list[str], condition: str) -> list[str]:
    """`asks` with a question on part of `condition` ("上年度营业收入不超过2000万元", read as a size bound) asked on all
    of it instead ("在本区连续经营满1年、上年度营业收入不超过2000万元"): every condition the phrase states is asked."""
    out = []
    for ask in asks:
        m = _STATED.match(ask)
        out.append(STATED_QUESTION.format(condition) if m and m.group("words") in condition else ask)
    return list(dict.fromkeys(out))
