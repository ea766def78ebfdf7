"""Terms of use of a grant's money: "补助资金专项用于公共设施，不得分配给街区内入驻商户", "奖励资金应当用于研发投入".

The money is the subject; the sentence says what the receiver may spend it on. A party named after the ban (the
tenants the money must not be passed to) is not protected from anything done to it: it simply is not a receiver.
Such a sentence grants nothing and protects nobody (一般规定); the article takes the kind of its grant.
"""
from __future__ import annotations

import re

_MONEY = re.compile(r"^[^，。；]{0,10}?(?:补助|补贴|奖励|资助|扶持|专项|贴息|支持|奖补)?(?:资金|经费|款项)"
                    r"(?:专项|专门|主要|仅|只|须|必须|应当)?(?:用于|使用|$)")
_BINDING = ("不得", "应当", "应", "须", "必须", "严禁", "禁止")


def money_use_term(who: str, modal: str) -> bool:
    """The sentence whose actor is `who` and modal `modal` sets how a grant's money is used (see the module)."""
    return modal in _BINDING and bool(_MONEY.match(who or ""))
