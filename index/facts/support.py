"""Support a government gives through its own instruments, read from the structure of official sentences.

Regulations often promise a benefit with a government body (or public money) as the subject and no
"对…给予" naming a receiver; a reader still knows a business can ask for it:
  - public money that acts: "…设立的引导资金，应当采取阶段参股、风险补助等方式，支持…" — a fund or an
    appropriation whose verb is an instrument of giving (资助, 补助, 奖励, 参股 …);
  - a programme set up and granted from: "本市设立X奖，对…的专利权人予以奖励" — 设立 + a prize, fund or
    voucher, then 对/向/为 + a party + 给予/予以;
  - preferential public purchasing by a programme a supplier enters: "采用政府首购、订购等方式…", "可以…采购
    首台（套）装备", "预留…份额", "价格扣除" (a bare "在同等条件下优先采购…" is how a buyer behaves, not a
    programme to apply to, and independent readers label it the buyer's duty);
  - a receiver named in the condition before the grant: "中小微企业…使用…的，市科学技术部门…予以资金支持";
  - money set aside for a named kind of business: "安排资金…用于支持中小企业…".
It stays the government's work when what the body does is internal — the money is the object of managing,
auditing, counting or planning ("加强对补贴资金的监督管理", "合理设置政府资金出资比例") — or when the body only
urges others ("鼓励企业参与政府采购活动": taking part is open to anyone, nothing is preferred).
Such promises leave their terms to later rules: they are 需确认 with a question, never 可以申请 outright.
"""
from __future__ import annotations

import re

# instruments of giving public money or relief (what a fund or an appropriation does for a receiver)
_GIVE_MONEY = (r"(?:资助|补助|补贴|奖励|奖金|贴息|风险补偿|风险补助|阶段参股|跟进投资|股权投资|创新券|科技券|减免|免征|减征|"
               r"退税|资金支持)")
# public money as the one that acts: the words before the verb end in a fund or an appropriation
_MONEY_ACTOR = re.compile(r"(?:资金|基金|专项资金|财政资金|奖资金)(?:和(?:[^，。；]{0,8}?)(?:资金|基金))?$")
_MONEY_VERB = re.compile(r"(?:应当|可以|可|应)?(?:按照[^，。；]{0,24}?)?(?:采取|通过|采用|确定|用于)?[^。；]{0,40}?" + _GIVE_MONEY)
# a programme set up, then granted from to a party
PROGRAMME = re.compile(r"设立(?:[^，。；]{0,12}?)(?:奖|基金|专项资金|资金|券)[^。；]{0,6}?[，；](?:[^。；]{0,6}?)(?:对|向|为)"
                        r"[^。；]{2,60}?(?:予以|给予)[^。；]{0,8}?(?:奖励|资助|补贴|补助|支持)")
# preferential public purchasing of the supplier's new product
PREFERENCE = re.compile(r"首购|订购|预留[^，。；]{0,12}?份额|价格扣除|"
                         r"(?:采购|购买|购置)[^，。；]{0,24}?首台[（(]套[)）]|首台[（(]套[)）][^，。；]{0,24}?(?:采购|保险补偿|首购)")
# a receiver named in the condition before a grant of the government ("X…的，…予以资金支持")
_CONDITION_RECEIVER = re.compile(r"的，[^。；]{0,30}?(?:予以|给予)[^。；]{0,8}?(?:资金支持|补贴|补助|奖励|资助|减免|优惠)")
# the money is managed, audited, counted or planned: the body's own work
_INTERNAL = re.compile(r"(?:监督|管理|审计|统计|考核|检查|核算|绩效|监管|统筹)[^，。；]{0,4}?(?:资金|补贴|奖励|经费)|"
                       r"(?:资金|经费)[^，。；]{0,2}?(?:使用|管理|监管|监督|拨付|配置|审计|出资比例|投入机制|退出机制)|"
                       r"出资比例|退出机制|引导社会资本|吸引社会资本")
# the body only urges others to take part ("鼓励企业…参与政府采购活动")
_URGED_TO_TAKE_PART = re.compile(r"(?:鼓励|引导|推动|动员)[^，。；]{0,30}?参与[^，。；]{0,6}?采购")


# money set aside for a named kind of business ("安排资金2000万元，用于支持中小企业开拓市场"): the appropriation
# is for those businesses; its terms (who gets how much) are left to later rules
APPROPRIATION = re.compile(r"安排[^，。；]{0,16}?资金[^。；]{0,16}?(?:用于)?(?:支持|扶持|奖励|补助|补贴|资助)(?:[^，。；]{0,4}?)"
                           r"(?:中小微企业|中小企业|小微企业|小型微型企业|个体工商户|民营企业|[^，。；]{0,8}?企业)")


def public_offer(sentence: str, actor: str = "") -> str | None:
    """The words that make `sentence` a government's offer of support through its own instruments (see
    the module's docstring), or None. `actor`: the words before its verb (index/facts/kinds.actor)."""
    if _URGED_TO_TAKE_PART.search(sentence):
        return None
    # (not "不得强制企业付费订购有关产品": what a business is forced to buy is no purchasing preference of the government)
    if (m := PREFERENCE.search(sentence)) and not re.search(r"(?:不得|禁止|严禁|强制)[^，。；]{0,16}$", sentence[:m.start()]):
        return m.group(0)
    if m := APPROPRIATION.search(sentence):  # "统筹安排资金…用于支持中小企业" is set aside for them
        return m.group(0)
    internal = _INTERNAL.search(sentence)
    if (m := PROGRAMME.search(sentence)) and not internal:
        return m.group(0)
    if actor and _MONEY_ACTOR.search(actor) and not internal:
        rest = sentence[sentence.find(actor) + len(actor):] if actor in sentence else sentence
        if m := _MONEY_VERB.match(rest):
            return actor + m.group(0)
    return None


def receiver_in_condition(sentence: str) -> str | None:
    """"中小微企业…使用…的，市科学技术部门…予以资金支持": the words granting to the party of the condition."""
    m = _CONDITION_RECEIVER.search(sentence)
    return m.group(0).lstrip("的，") if m else None


def quoted(words: str, room: int = 24) -> str:
    """The document's words, shortened with an ellipsis in the middle when they run long."""
    return words if len(words) <= room else words[:room // 2] + "…" + words[-(room // 2):]


PUBLIC_OFFER_QUESTION = "本条写的是政府的支持方式（“{}”），具体条件、标准和申请办法原文未写明：是否已向责任单位确认可以享受？"


_AMOUNT = re.compile(r"\d|[一二三四五六七八九十百千万]+(?:元|万元|%|倍|成)|百分之|全额|减半|免征|免收|免予")


def unstated_terms(sentence: str, actor: str = "") -> str | None:
    """A government's offer whose amount or standard the sentence does not state ("…予以资金支持",
    "采用政府首购、订购等方式…"): the words of the offer, to ask about; None when it states its terms."""
    if m := APPROPRIATION.search(sentence):
        return m.group(0)  # a total set aside is not what any one receiver gets
    if _AMOUNT.search(sentence):
        return None
    return public_offer(sentence, actor) or receiver_in_condition(sentence)


def awarded_by_selection(sentence: str) -> str | None:
    """"本市设立X奖，对…予以奖励": a prize or fund set up is given to those it selects (评选, 评审); the words
    that set it up, or None."""
    m = PROGRAMME.search(sentence)
    return m.group(0)[:m.group(0).find("，")] if m and "，" in m.group(0) else (m.group(0) if m else None)


SELECTION_QUESTION = "本条的支持经评选或评审给予（“{}”），原文未写明条件：是否已入选或获评审通过？"
