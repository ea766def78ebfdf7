"""Whom a document declares itself for: the party its title names ("保障中小企业款项支付条例", "促进个体工商户
发展条例"), else the party its purpose article protects or promotes ("为了…维护中小企业合法权益…",
"…促进个体工商户健康发展，制定本条例"). A provision of that document that names no protected party (a ban
on the other side, "机关、事业单位和大型企业不得将保证金限定为现金"; a complainant, "投诉人") protects that
party, as any reader of the document takes it; one that names its party keeps its own.

Only a party narrower than every business counts (市场主体, 经营主体, 企业 declare nothing narrower).
"""
from __future__ import annotations

import re

# a party of businesses narrower than all of them: sizes, individual businesses, kinds of enterprise
_PARTY = (r"(?:科技型(?:中小微|中小|小微|小型微型)企业|中小微企业|中小企业|小微企业|小型微型企业|小型微利企业|个体工商户|民营企业|外商投资企业|科技型中小企业|"
          r"农民专业合作社|专精特新[^，。；、]{0,6}企业|高新技术企业)")
_PURPOSE = re.compile(r"^为了?[^。]*?(?:维护|保障|保护|促进|支持|扶持|鼓励|引导)(?:和(?:保护|促进|支持))?(?P<p>" + _PARTY + r")")
_TITLE = re.compile(_PARTY)


def document_audience(title: str | None, texts: list[str]) -> str:
    """The party `title` names, else the one the purpose article among `texts` (the first articles)
    protects or promotes; "" when neither names a party narrower than every business."""
    if title and (m := _TITLE.search(title)):
        return m.group(0)
    for text in texts[:3]:
        if m := _PURPOSE.search(text.strip()):
            return m.group("p")
    return ""
