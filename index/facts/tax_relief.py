"""How Chinese tax law writes a preference for a business, and whether it states its terms.

A tax preference is written as what happens to a business's own income, expense, investment or tax: "企业的下列收入为
免税收入", "…所取得的收入，可以在计算应纳税所得额时减计收入", "企业购置…的投资额，可以按一定比例实行税额抵免",
"…，可以按投资额的一定比例抵扣应纳税所得额", "符合条件的小型微利企业，减按20%的税率征收企业所得税". The subject is the
business or something of its own (收入, 所得, 支出, 投资额, 固定资产), never a body that may decide one
("自治机关…可以决定减征或者免征" is that body's power). The name of a tax ("企业所得税") relieves nothing; ordinary
computation ("准予扣除", "不征税收入", a credit for tax already paid elsewhere) is no preference.

A preference whose measure the text does not state ("可以免征、减征", "一定比例", "加计扣除" with no ratio, "加速折旧")
has its terms in the implementing rules: it is 需确认, never 可以申请 outright.
"""
from __future__ import annotations

import re

# the words that reduce what a business pays in tax
RELIEF = re.compile(r"为免税收入|免税收入|免征|减征|减半征收|减按[^，。；]{0,10}?(?:税率|计入|征收|计算)|加计扣除|减计收入|"
                    r"税额抵免|抵扣(?:其)?应纳税(?:所得)?额|抵免[^，。；]{0,12}?应纳税额|应纳税额中抵免|"
                    r"缩短折旧年限|加速折旧|即征即退|先征后退|先征后返")
# a business named before the relief (itself, or as the owner of the income, expense or investment relieved)
_OWNER = re.compile(r"企业|公司|个体工商户|纳税人|经营者|经营主体|市场主体")
# a body that may decide a relief ("自治机关…可以决定减征"): its power, not a grant
_DECIDES = re.compile(r"(?:可以|有权|可)(?:依法)?决定")
# the measure of a relief is stated: a rate, a share, half, the whole
_STATED = re.compile(r"\d|百分之|[一二三四五六七八九十]成|减半|全额|全部")
# reliefs that are complete in themselves ("免征企业所得税", "为免税收入")
_WHOLE = re.compile(r"为?免税收入|(?<![、或])免征(?![、或])(?!或者)")
# an open measure: either of two reliefs, "一定比例", "适当"
_OPEN = re.compile(r"一定(?:的)?比例|一定(?:的)?(?:额度|幅度)|适当|免征、减征|减征、免征|减征或者免征|免征或者减征|减征或免征|免征或减征")


# a relief withheld or taken back ("下列企业不得享受…免征…优惠", "对…企业追缴已减征税款"): nobody is relieved there
WITHHELD = re.compile(r"不得(?:再)?享受|不(?:再)?享受|不予|不适用|取消|撤销|停止|暂停|追缴|追回|补缴|收回")
# a business bound by what it must do about a relief ("纳税人享受…优惠，应当…办理备案"): its obligation
_BINDING = ("应当", "应", "必须", "须")


# (as written: "不得享受…免征、减征企业所得税优惠", "追缴已减征税款", "取消其享受的税收优惠")
_WITHHELD_RELIEF = re.compile(r"(?:" + WITHHELD.pattern + r")[^，。；：]{0,20}?(?:" + RELIEF.pattern + r"|优惠)")
# a business enjoying a relief ("纳税人享受本法规定的减征、免征优惠，应当…")
_ENJOYS = re.compile(r"享受[^，。；]{0,20}?(?:" + RELIEF.pattern + r"|优惠)")


_OBTAINED_BY_FRAUD = re.compile(r"(?:骗取|骗得|冒领|虚报|以欺骗手段取得)[^，。；]{0,12}")


def withheld_relief(sentence: str, grants: re.Pattern | None = None) -> str | None:
    """"下列企业不得享受本条规定的免征、减征企业所得税优惠", "对不符合条件的企业追缴已减征税款": the words by which a
    relief is withheld from a party or taken back (no relief granted there: a rule of its scope, or the work of
    the body that takes it back), or None."""
    m = _WITHHELD_RELIEF.search(sentence)
    # (not a grant with its limit: "对小微企业减半征收房产税，已享受其他减免的，不得享受本条优惠", "对小微企业给予
    # 50%的租金减免，不得享受其他优惠": `grants`, the words of a grant, found before it)
    # (a relief named as what was obtained by fraud, "对骗取减免税优惠的企业", is granted nowhere there)
    before = _OBTAINED_BY_FRAUD.sub("", sentence[:m.start()]) if m else ""
    if not m or RELIEF.search(before) or (grants and grants.search(before)):
        return None
    return m.group(0)


def bound_by_relief(sentence: str, who: str, modal: str) -> str | None:
    """"纳税人享受本法规定的减征、免征优惠，应当依法向税务机关办理备案": what a business enjoying a relief must do, its
    obligation (the relief is its condition, not granted there); the words, or None."""
    at = who.find("享受")
    if modal not in _BINDING or at <= 0 or not _OWNER.search(who[:at]) or not _ENJOYS.search(who):
        return None
    return who + modal


def tax_relief(sentence: str, government_actor: bool, modal: str = "") -> str | None:
    """The relief words of `sentence` when it relieves a business (or its own income, expense or investment) of tax,
    else None; never where a government body is the actor (a power to decide one is its work), where the relief is
    withheld or taken back before it is named (WITHHELD), nor where the business is bound (`modal` 应当/必须: what
    it must do to enjoy or keep a relief is its obligation)."""
    m = RELIEF.search(sentence)
    if not m or government_actor or _DECIDES.search(sentence[:m.start()]) or WITHHELD.search(sentence[:m.start()]) \
            or modal in _BINDING:
        return None
    if not _OWNER.search(sentence[:m.start()]):
        return None
    return m.group(0)


def decides_relief(sentence: str, who: str) -> str | None:
    """"民族自治地方的自治机关…可以决定减征或者免征": the words by which a body (`who`, a government actor) may decide a
    relief: its power, the body's work, no grant a business holds; else None."""
    m = RELIEF.search(sentence)
    d = _DECIDES.search(sentence)
    return sentence[d.start():m.end()] if m and d and d.start() < m.start() and who else None


def unstated_relief(text: str) -> str | None:
    """The relief words of a tax preference whose measure the text leaves to other rules ("可以免征、减征", "按一定比例
    实行税额抵免", "可以在计算应纳税所得额时加计扣除"), or None when none or when its measure is written."""
    m = RELIEF.search(text)
    if not m:
        return None
    clause = re.split(r"[。；]", text[m.start():])[0]
    opening = re.split(r"[。；]", text[:m.start()])[-1]
    if o := _OPEN.search(opening + clause):
        return m.group(0) if _OPEN.search(m.group(0)) else o.group(0) + "…" + m.group(0)
    if _WHOLE.match(m.group(0)) or _STATED.search(opening[-16:] + clause):
        return None
    return m.group(0)


# what the relief applies to is one of the items the article lists ("企业的下列收入为免税收入：（一）…", "下列项目免征增值税：")
LISTED_OWN = re.compile(r"下列(?:收入|所得|支出|费用|项目|资产|设备|产品|货物)")


# the amounts a tax is computed on or from
_AMOUNT = r"(?:应纳税所得额|应纳税额|应纳税收入|收入总额|抵免限额|应税所得)"
# "…后的余额，为应纳税所得额。": what an amount is
_AMOUNT_DEFINED = re.compile(r"(?:余额|差额|总额|合计|全额)[^，。；]{0,4}?，?为" + _AMOUNT + r"。?$|^[^，。；]{0,30}?，?为" + _AMOUNT + r"。?$")
# "…准予在计算应纳税所得额时扣除", "下列支出不得扣除", "…不得抵减境内营业机构的盈利", "…可以从其当期应纳税额中抵免
# 已在境外缴纳的所得税税额": how an ordinary item is counted
_PAID_ABROAD = re.compile(r"(?:已在境外|在境外实际)缴纳的[^。；]{0,30}?(?:抵免|抵补)")
_COUNTED = re.compile(r"(?:准予|不得|可以|可)(?:在计算" + _AMOUNT + r"时)?(?:计算)?(?:折旧|摊销费用)?(?:扣除|抵减|摊销|结转|弥补)")


# a rate stated or how it is set ("车辆购置税的税率为百分之十", "贷款的利率由借贷双方依法协商确定", "电价按照国家规定执行"):
# a rule of the tax or the market, unless something is lowered or given to a party there
_RATE = re.compile(r"(?:税率|征收率|利率|费率)(?:为|是)|(?:税率|征收率|利率|电价|费率)(?:由[^，。；]{0,16}?(?:确定|规定|制定)|"
                   r"(?:按照|依照)[^，。；]{0,16}?规定执行)")
# (or a rate of its own for a kind of business: "小型微利企业的增值税征收率为1%")
_LOWERED = re.compile(r"减|降|优惠|给予|予以|补贴|补助|免|(?<![针相绝面核比])对[^，。；]{0,20}?(?:企业|户|主体|商户)|"
                      r"小型|微型|小微|中小|微利|高新技术|科技型|专精特新|个体工商户|小规模纳税人")


# a method of computing a tax a taxpayer may use ("可以按照…计算应纳税额", "可以选择…计税方法"), or tax assessed on each
# transaction ("可以按次纳税", "按次计征": what the tax is computed on); not when or how the tax computed is paid or filed
# ("可以分期缴纳税款", "可以申请按季度申报纳税", "可以选择按季度申报缴纳税款": a deferral or a filing convenience, the
# taxpayer's right or benefit)
_METHOD = re.compile(r"(?:可以|可)(?:选择)?(?:按|按照|依照|采用|适用)[^，。；]{0,30}?(?:计算(?:缴纳)?(?:应纳税额|税款|[^，。；]{0,4}?税)|"
                     r"计税方法)|(?:可以|可)按次(?:计算|计征|征收|纳税|缴纳)")
_PAID_LATER = re.compile(r"分期|延期|缓缴|延缓|申报")


def computation_rule(sentence: str, grants: bool = False) -> str | None:
    """The words by which `sentence` says how a tax base or the tax payable is computed (an ordinary rule: a 一般规定,
    not a preference), or None; a sentence with a preference's words is a preference, unless it only defines an
    amount ("减除不征税收入、免税收入…后的余额，为应纳税所得额"). `grants`: the sentence grants something ("给予…补贴"):
    then it is the grant's, whatever it says of how the grant is counted ("…未使用完的额度可以结转至下一年度",
    "补贴金额可以抵减次年应缴租金"); an item is counted for a tax only where the sentence names one, or where it is
    depreciation or amortisation."""
    if m := _AMOUNT_DEFINED.search(sentence) or _PAID_ABROAD.search(sentence):
        return m.group(0)  # (a credit of tax paid abroad is computation, though it 抵免 from 应纳税额)
    if RELIEF.search(sentence) or grants:
        return None
    if (m := _RATE.search(sentence)) and not _LOWERED.search(sentence):
        return m.group(0)
    # "…的纳税人，可以按次纳税", "…可以按照销售额和征收率计算应纳税额的简易计税方法": a method of computing a tax that a
    # taxpayer may use is how the tax is computed, no relief (not a deferral or a filing period it may choose)
    if "税" in sentence and (m := _METHOD.search(sentence)) and not _PAID_LATER.search(m.group(0)):
        return m.group(0)
    m = _COUNTED.search(sentence)
    # (depreciation and amortisation are counted for tax alone: "下列固定资产不得计算折旧扣除")
    return m.group(0) if m and ("税" in sentence or re.search(r"折旧|摊销", m.group(0))) else None


# a party or a thing an article relieves that is no business: a person ("城乡低保对象", "特困人员", "个人所得税"), or an
# object or a project relieved in its own name ("新能源汽车", "保障性住房项目"); not the items an article lists ("下列项目")
_NOT_A_BUSINESS = re.compile(r"个人|人员|对象|居民|家庭|农户|农民|自然人|学生|职工|群众|老年人|残疾人|"
                             r"(?<!下列)(?:项目|工程|车辆|汽车|船舶|住房|住宅|房屋|土地)")
_SERVED = re.compile(r"(?:向|为)[^，。；]{1,16}?提供")
# a receiver introduced by 对 before the relief ("对2026年新购置的新能源汽车免征…"): named, whatever it is
_NAMED_RECEIVER = re.compile(r"(?<![针相绝面核比应反])对(?!于|外|此|照|应)[^，。；]{2,}")


def every_taxpayer_relief(sentence: str) -> str | None:
    """The relief words of `sentence` when it relieves every taxpayer of a tax, naming no party at all ("下列项目免征
    印花税：…"), else None: a relief of a fee ("免征…维护费") is no tax a business pays as a taxpayer, and an article
    that names a person, an object or a project it relieves ("对…特困人员免征…", "对…新能源汽车免征车辆购置税")
    names its receiver, which is no business of the visitor's kind."""
    m = RELIEF.search(sentence)
    if not m:
        return None
    clause = re.split(r"[，。；：]", sentence[m.start():])[0]
    if "税" not in m.group(0) + clause:
        return None
    # (the persons a taxpayer serves are not the relieved: "向残疾人提供的康复服务，免征增值税")
    named = _SERVED.sub("", sentence)
    if _NOT_A_BUSINESS.search(named) or _NAMED_RECEIVER.search(sentence[:m.start()]):
        return None
    return m.group(0)
