"""Whom a measure declares its grant for, in a sentence of its own: "本项补贴仅面向小型微型企业和个体工商户",
"该项奖励仅限…申请", "本条只适用于…", "补贴对象为…", "拟参与的…经营主体须…报名", "参与商户限于…", "申请主体须为…", "仅限…申报". Such a sentence restates who receives the grant the measure's
other sentences make (which may name the receiver only by its trade — "便利店、早餐店" — or not at all): the
parties it names replace the kinds of business (and sizes, statuses) read there. A sentence whose words after
仅/只 name no party ("本项补贴仅适用于2026年度") declares nothing.
"""
from __future__ import annotations

import re

# the word a party ends with ("…的中小企业", "个体工商户", "小微经营主体")
_PARTY = r"(?:企业|个体工商户|个体户|经营主体|市场主体|商户|合作社|家庭农场|社会组织)"
# 本项/本条/该项/此项/上述 (+ the grant's name) + 仅/只 + 面向/适用于/限于/针对/限 + the parties;
# or 补贴/奖励/支持…对象 + (仅)限于/为 + the parties
_DECLARED = re.compile(
    r"(?:^|[，。；])(?:本项|本条|该项|此项|上述|以上|本款)[^，。；]{0,8}?(?:仅|只)(?:面向|适用于|限于|针对|支持|限)于?"
    r"(?P<who>[^，。；]{2,40}?)(?:申请|申报|享受)?(?=[，。；]|$)|"
    r"(?:^|[，。；])(?:补贴|补助|奖励|支持|资助|扶持|贴息|申报|申请)对象(?:仅)?(?:限于|仅限于?|为|是)"
    r"(?P<who2>[^，。；]{2,40}?)(?=[，。；]|$)|"
    # who may sign up or apply: "拟参与的餐饮、零售经营主体须…报名", "拟申报的企业应当…"
    r"(?:^|[，。；])拟(?:参与|参加|申报|申请|签约|入驻)(?:本项|本次|活动)?的(?P<who3>[^，。；]{2,30}?)(?:须|需|应当|应)|"
    # the parties taking part, restricted: "参与商户限于…个体工商户和小微企业", "申报企业仅限…"
    r"(?:^|[，。；])(?:参与|参加|申报|申请|签约|入驻|报名)的?(?:商户|企业|单位|主体|经营主体|门店|商家)(?:仅|只)?(?:限于|仅限于?|须为|应为)"
    r"(?P<who4>[^，。；]{2,40}?)(?=[，。；]|$)|"
    # a requirement on who applies, in its own sentence: "商户须为在本区注册的中小企业", "申请主体应当为小微企业",
    # "申报单位须是个体工商户" — the party ends the sentence (so "企业须为大中型企业提供配套", 为 = for, declares none); a
    # party that is not the applicant ("合作银行须为…", "服务机构应为…") is no subject here
    rf"(?:^|[，。；])(?:申请|申报)?(?:主体|单位|对象|商户|企业)(?:须为|应为|应当为|须是|应是|必须是|必须为|限于|仅限于?)"
    rf"(?P<who5>[^，。；]{{0,38}}?{_PARTY})(?=[，。；]|$)|"
    # "仅限小型、微型企业申报": the parties named before the act of applying
    rf"(?:^|[，。；])(?:仅限于?|只限于?)(?P<who6>[^，。；]{{0,38}}?{_PARTY})(?:申报|申请|享受)?(?=[，。；]|$)")


def declared_receivers(text: str) -> str | None:
    """The words naming the parties a sentence of `text` declares the measure's grant for, or None."""
    found = declared(text)
    return found[0] if found else None


def declared(text: str) -> tuple[str, bool] | None:
    """(the words naming the declared parties, whether only (仅/只/对象为) those) of `text`, or None. Parties that may
    sign up ("拟参与的…须…") are among the receivers, not the only ones (the shops named elsewhere stay)."""
    for m in _DECLARED.finditer(text):
        words = next((w for w in m.group("who", "who2", "who3", "who4", "who5", "who6") if w), None)
        if words and not re.match(r"\d|[一二三四五六七八九十〇]+年|当年|本年|上年", words):
            return words, not m.group("who3")
    return None


def parties_shown(measure: dict) -> list[str]:
    """The parties a measure is for, as the review shows them: its receivers' sizes and kinds of business, or, for a
    right (which names no receiver of its own: the eligibility rules read them per right), those its rights protect;
    each once, sizes first."""
    if measure.get("kind") == "right":
        rights = (measure.get("eligibility") or {}).get("rights") or []
        return list(dict.fromkeys([w for r in rights for w in r.get("sizes") or []]
                                  + [w for r in rights for w in r.get("entity_types") or []]))
    return (measure.get("sizes") or []) + (measure.get("entity_types") or [])
