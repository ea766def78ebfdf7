"""A preference in public purchasing ("…项目预留给中小企业", "预留40%的份额面向中小企业", "给予小微企业报价10%的价格
扣除", "优先采购…产品", "首购、订购") is nothing a business applies for: it holds in the purchases the text names (a
budget range, a kind of goods or service, the projects not set aside), for a supplier that bids on one of them and
declares its size as the purchasing rules require (中小企业声明函). Whether the visitor bids on such a purchase is
not in its profile, so such a clause is 需确认 with that question, never 可以申请 outright.
"""
from __future__ import annotations

import re

# the preference a purchase gives a supplier (a share set aside, a price deduction, buying first or by order) is the
# taxonomy's own vocabulary: the patterns of its 政府采购 benefit type (resources/taxonomy.toml), one list for both


def _vocabulary(patterns: tuple[re.Pattern, ...] | None) -> re.Pattern:
    if patterns is None:
        from index.facts.taxonomy import PREFERENCE_TYPE, load_taxonomy  # (here: the taxonomy module imports this one)
        patterns = next(r.patterns for r in load_taxonomy().benefit_types if r.name == PREFERENCE_TYPE)
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!)")
# the purchase it is given in (a purchase of the government or of public money)
_PURCHASE = re.compile(r"采购|投标|招标|预算单位|采购人")

# a preference named only among the means of a general support ("通过首购订购、预留采购份额等措施，支持科技创新"):
# it names no purchase and no receiver's share; such means statements are read as index/facts/kinds.MEANS reads them
# (the bundled 2022 plans' profiles in tests/test_eligibility.py hold them as they are)
_MEANS_ONLY = re.compile(r"(?:通过|采取|采用|运用)[^。；：]{2,40}?等(?:多种)?(?:方式|形式|手段|途径|措施)")

PROCUREMENT_QUESTION = ("本条是政府采购中的优惠（“{}”），只适用于本条所说的采购项目，投标时须按规定声明企业规模：是否参加这类"
                        "采购项目？")


def procurement_preference(text: str, measure: str = "", patterns: tuple[re.Pattern, ...] | None = None) -> str | None:
    """The words of a public purchasing preference `text` grants (see the module), or None; `measure`: the whole
    measure, whose other sentences may say it is a purchase ("对未预留份额的项目，给予…价格扣除" after "…采购…项目");
    `patterns`: the 政府采购 benefit type's patterns of the taxonomy in use (the library's when None)."""
    if _MEANS_ONLY.search(text):
        return None  # named only as a means of a general support (see _MEANS_ONLY)
    # (not "对未预留份额的项目": the purchases without it)
    m = next((m for m in _vocabulary(patterns).finditer(text) if text[max(0, m.start() - 1):m.start()] not in ("未", "不")), None)
    if not m or not (_PURCHASE.search(text) or _PURCHASE.search(measure)):
        return None
    return m.group(0)
