"""Support a government promises without naming what it gives (issue 23, kinds): "国家…对企业的创业发展给予支持",
"国家对…服务机构的建设和运营给予支持", "…给予财政、金融、税收等政策支持". The grant is the bare word 支持 / 扶持 (or a
policy named by its areas, …等政策支持): no money, relief, service, price or amount a business could apply for. Said by
the state or a government body, it states a policy and is that body's work, never an offer; beside a concrete
instrument ("…给予税收优惠，并…给予扶持", "给予政策和资金支持", "给予50万元支持") the sentence grants that."""
from __future__ import annotations

import re

# the bare support granted: 给予支持, 给予政策扶持, 给予…等政策支持 (a policy's areas, no instrument), closing its clause
# (not "给予小额信贷等扶持": the things listed before 等 are the instruments given)
_BARE_SUPPORT = re.compile(r"(?:给予|予以)(?:[^，。；]{0,16}?等政策|政策)?(?:支持|扶持)(?=$|[，。；])")
# an instrument or an amount anywhere in the sentence: then the support is that instrument's
_INSTRUMENT = re.compile(r"\d|[一二三四五六七八九十百千万]+元|资金支持|资金扶持|补贴|补助|奖励|资助|贴息|减免|免征|减征|免收|减收|减半|退税|"
                         r"缓缴|券|税收优惠|优惠政策|贷款|信贷|担保|租金|价格扣除|提供[^，。；]{0,20}?服务")

# public money that gives (a fund, an investment, a budget line)
_MONEY_GIVES = re.compile(r"资金|基金|投资|经费")


def unnamed_support(sentence: str) -> str | None:
    """The words of a support granted with nothing named that it gives, or None (the caller checks the actor is a
    government body)."""
    m = _BARE_SUPPORT.search(sentence)
    if not m or _INSTRUMENT.search(sentence):
        return None
    # public money named as what gives it, in the clause of the support ("市政府固定资产投资对于符合条件的项目给予支持",
    # "…专项资金对…给予支持"): the support is that money (not money named in another clause: "多渠道拓宽创业投资资金
    # 来源，对企业的创业发展给予支持")
    clause = re.split(r"[，；。]", sentence[:m.start()])[-1]
    if _MONEY_GIVES.search(clause):
        return None
    return m.group(0)
