"""A bare 企业 spared the cost of a service that an earlier sentence of the measure provides to a named party.

"…遴选专业服务机构为规模以下制造业中小企业免费开展数字化转型诊断。…服务机构费用由区级财政支付，企业不承担诊断费用。":
the 企业 that bears no 诊断 cost is the one the 诊断 is done for — the 中小企业 named where the service is offered
(为/向/面向 + the party), not every enterprise. The service is recognised by the thing whose cost is spared (诊断)
standing in the earlier sentence after the party served.
"""
from __future__ import annotations

import re

# the cost of a thing the business does not bear or is spared ("不承担诊断费用", "免收检测费", "免除培训费用")
_SPARED_COST = re.compile(r"(?:不(?:再)?(?:承担|负担|支付|缴纳|交纳)|免收|免交|免缴|免除|免予收取|无需(?:承担|支付|缴纳))"
                          r"(?P<thing>[^，。；的]{2,8}?)(?:费用|费)")
# a party a service is offered to ("为规模以下制造业中小企业免费开展…", "面向小微企业提供…")
_SERVED = r"(?:为|向|面向)(?P<party>[^，。；]{1,24}?(?:企业|个体工商户|经营主体|市场主体|商户))"


def served_party(text: str, line: str) -> str | None:
    """The words naming the party served, in the sentence of `text` before `line` that offers the thing whose cost
    `line` spares a bare 企业, or None."""
    m = _SPARED_COST.search(line)
    at = text.find(line)
    if not m or at <= 0:
        return None
    thing = m.group("thing")[-2:]  # the thing's head noun ("数字化诊断" → 诊断)
    for sentence in reversed(re.split(r"(?<=[。；])", text[:at])):
        served = re.search(_SERVED + r"[^。；]{0,30}?" + re.escape(thing), sentence)
        if served:
            return served.group("party")
    return None
