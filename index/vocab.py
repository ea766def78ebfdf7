"""One vocabulary: the places a measure or an enterprise can be in, the sizes of enterprise, the flags a measure can carry, and
the words for eligibility results. Every module takes these from here."""
from __future__ import annotations

# places
MUNICIPAL = "北京市"  # a municipal measure's district
DISTRICTS = (
    "东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区",
    "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区",
)
ECONOMIC_ZONE = "北京经济技术开发区"
ENTERPRISE_PLACES = (*DISTRICTS, ECONOMIC_ZONE)  # where an enterprise can be (a profile's district)
PLACES = (MUNICIPAL, *ENTERPRISE_PLACES)  # what a document or measure can apply to

# the sizes of enterprise, largest first (a profile's size; a grant's sizes are listed in this order)
SIZES = ("大型", "中型", "小型", "微型")

# flags a measure carries (contract: `flags`)
FLAG_DRAFT = "征求意见稿"
FLAG_REASSEMBLED = "文本重组"
FLAG_NUMBER_INFERRED = "编号推定"
FLAG_TEXT_MISSING = "原文缺失"  # the collected source lost this measure's text; reviewed in the corrections
FLAG_TEXT_INCOMPLETE = "文本不完整"  # part of the text was lost at a hand-over point (index/source/completeness.py)

# eligibility results (contract: `status`)
ELIGIBLE, MAYBE, INELIGIBLE = "eligible", "maybe", "ineligible"
STATUS_LABELS = {ELIGIBLE: "符合", MAYBE: "可能符合", INELIGIBLE: "不符合"}
