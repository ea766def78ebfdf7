"""A business's own choice: what a regulation lets it do on its own, which it neither claims from anyone nor invokes.

"企业可以…" is read as the business's right (可主张的权利) when what it may do reaches another party who must answer,
grant or bear it: a request, a complaint, an application, a refusal, a choice between treatments the law gives it
("可以向…申请…", "可以请求…调解", "可以对…进行评价", "可以与…部门签订协议", "可以协商解决", "可以选择结转…或者申请
退还"); or what it is spared, keeps or is entitled to ("…免…", "优先…", "平等参与…", "自主决定…", "以…代替住所",
"…不收取占道费用", "转型为公司，依法保留原字号"); or a body's service it books ("可通过…预约办理"). What it may simply
do by itself — hand a task to an agent, give something up, found, invest, adopt a way of working ("可以委托…代为办理",
"可以放弃…", "可以利用…举办…", "可以按照…规划投资开发…") — is a permission that describes the law's scope: a general
provision (一般规定), still found by search and labelled by its kind, never offered to the visitor as something to claim.

The words are those of any official text that grants a permission (the counterpart's prepositions, the verbs of
claiming, of relief and of entitlement), not the phrases of one document. Only 可以 / 可 is read so: 有权 names an
entitlement of its own ("企业依法有权独立…实施"), and a business's own money or assets with a treatment
("…费用，可以列入成本") are a relief, not its conduct (the caller keeps those).

Two more ways an act reaches beyond the business: a negation right after the modal ("可以不设置…", "可暂不编制…") is
a rule it is spared, never an act of its own; and an act done with a facility or service another party provides — a
public, a body's or a platform's facility, a service centre, a window, a bank — used, shared or reached through
("可以共享孵化器内的公共…", "可以使用区属…", "可以到…政务服务中心办理…", "可以凭…在银行开立…", "可以通过…平台…办理…") is
the use of what is offered to it, a right or a benefit, unless the thing is marked as its own ("在其门店…", "利用
自有…"). An authority named as the place of a duty the business discharges ("可以到税务机关办理纳税申报") is no
service provided: its channel is the business's own choice.
"""
from __future__ import annotations

import re

# a counterpart the act is addressed to, or with (向/对/与…), or the verbs by which the holder claims, refuses, chooses,
# obtains (money from others too: 融资, 募集) or is spared something (分期缴纳, 缓缴, 免…); entitlement words (平等, 优先, 自主 + a verb of deciding)
_CLAIMS = re.compile(r"向|对|与|同|跟|就[^，。；]{1,20}?(?:请求|申请|提出)|"
                     r"申请|请求|要求|提出|提起|投诉|举报|申诉|复议|诉讼|仲裁|调解|异议|质疑|询问|拒绝|"
                     r"查询|查阅|获得|获取|取得|领取|享受|享有|选择|参与|参加|进入|优先|平等|融资|筹资|募集|"
                     r"免|减|退|抵扣|扣除|计入|列入|摊入|成本|延期|延长|缓|分期|保留|沿用|不予|不受|不收|无需|代替|替代|协商|预约|"
                     r"兑现|兑付|申领|自主(?:决定|选择|确定|经营|安排)")
# a negation right after the modal: a rule the business may leave undone, a relief ("可以不设置账簿", "可暂不…",
# "可以依法免于…"); not an adverb made with 不 ("不断", "不定期", "不同", "不超过…")
_SPARED = re.compile(r"(?:依法|按照规定|按规定)?(?:暂|暂时)?"
                     r"(?:不(?!断|仅|但|同|定期|定时|超过|低于|高于|少于|多于|得|予)|免于|无须|无需|毋须|毋需)")
# a facility or service another party provides: the public's or a body's (公共, 区属, 市级…), a service centre, a window,
# a platform, a bank, or what a named party provides or runs ("…提供的", "由…提供", "…设立的")
_PROVIDED = (r"(?:公共|公用|区属|市属|区级|市级|政务|服务中心|服务站|服务大厅|办事大厅|窗口|专窗|平台|银行|网点|孵化器|"
             r"众创空间|加速器|[^，。；]{1,12}?(?:提供|设立|开设|建设|运营)的|由[^，。；]{1,15}?提供)")
# reached by a verb of use or a preposition of place or channel that opens the act (after a manner: 直接, 免费,
# 凭…, 按照规定…); what is marked as the business's own (其, 自有, 本企业…) is no one else's
_USES = re.compile(r"(?:(?:直接|就近|自愿|依法|按照规定|按规定|在线|凭[^，。；在到通]{1,12}?)?)"
                   r"(?:使用|共享|共用|借用|租用|利用|享用|入驻|进驻|接入|调用|依托|通过|到|在|经由|登录)"
                   r"(?P<what>[^，。；]{0,24}?)" + _PROVIDED)
_OWN = re.compile(r"其|自有|自身|自己|自营|自建|本企业|本单位|本公司|本人")


def _reaches_another(act: str) -> bool:
    """Whether the words after the modal (`act`) claim from, address, spare or use what another party provides."""
    if _CLAIMS.search(act) or _SPARED.match(act):
        return True
    used = _USES.match(act)
    return bool(used) and not _OWN.search(used.group(0))


def own_choice(sentence: str, who: str, modal: str) -> str | None:
    """The words of `sentence` by which the business `who` may (可以 / 可) do something by itself with no counterpart,
    nothing claimed and nothing spared ("纳税人可以委托税务代理人代为办理税务事宜"); None when the act claims from,
    is addressed to or spares anyone, or the modal is another. The act runs from the party to the end of its sentence
    part (up to 。or ；), so a counterpart named before the modal ("单位和个人对其…数据，可以…") counts."""
    if modal not in ("可以", "可") or not who:
        return None
    start = max(sentence.find(who), 0)
    at = sentence.find(modal, start + len(who))
    if at < 0:
        return None
    end = re.search(r"[。；]|$", sentence[at:]).start() + at
    act = sentence[start:end]
    if _CLAIMS.search(act) or _reaches_another(sentence[at + len(modal):end]):
        return None
    return act


def claim_carried(sentence: str, who: str, modal: str) -> str | None:
    """The words of a sentence with no party of its own ("转型的，可以直接向登记机关申请办理变更登记") by which the party
    of the permission just before it (its own choice, "个体工商户可以自愿转型为企业") goes on to claim from another
    party: the same party's right; None when the sentence names its own party or claims nothing."""
    if modal not in ("可以", "可") or (who and not who.endswith("的")):
        return None
    at = sentence.find(modal)
    end = re.search(r"[。；]|$", sentence[at:]).start() + at
    return sentence[:end] if _reaches_another(sentence[at + len(modal):end]) or _CLAIMS.search(sentence[at:end]) else None
