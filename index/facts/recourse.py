"""A body handling a recourse already lodged: its procedure, not the business's right.

The right to complain, to question a decision or to report ("供应商可以向…投诉", "有权举报", "对…有异议的，可以申请复核")
is what a business invokes, and a time limit written in the same sentence ("…可以投诉，…应当在10个工作日内作出处理") goes
with that right. A sentence whose only matter is how a body deals with what has been lodged — a time limit counted
from its receipt ("收到投诉后三十个工作日内作出处理决定", "自接到投诉之日起10个工作日内作出处理"), the decision on the
complaint and whom it notifies ("对投诉事项作出处理决定，并书面通知投诉人"), a matter lodged elsewhere ("对…提出的投诉
事项", "对…反映的问题，应当…答复") — gives no right of its own: the right is in the article that opens the channel,
and this one is the body's duty (政府职责). The vocabulary is that of any recourse procedure (投诉, 举报, 质疑, 申诉,
异议, 复核, 复议), not of one document.
"""
from __future__ import annotations

import re

_RECOURSE = r"(?:投诉|举报|检举|控告|质疑|申诉|异议|复核申请|复议申请)"
# what has been lodged, as the object the body deals with
_LODGED = re.compile(r"(?:收到|接到|受理)[^，。；]{0,12}?" + _RECOURSE + r"[^，。；]{0,4}?(?:后|之日起|起)|"
                     + _RECOURSE + r"事项|(?:提出|反映|提交)的(?:" + _RECOURSE + r"|问题|诉求)")
# a channel opened or a permission to lodge (then the sentence is the right's)
_OPENS = re.compile(r"(?:可以|可|有权)[^。；]{0,30}?(?:投诉|举报|检举|控告|质疑|申诉|反映|复核|复议|诉讼)|"
                    r"(?:投诉|举报)(?:渠道|热线|平台|电话|邮箱)")
# the body the sentence opens with (before what it acts on: "政府有关部门对于…提出的投诉事项，应当…")
_BODY = re.compile(r"^(?P<body>[^，。；、]{2,24}?(?:部门|机关|机构|人民政府|政府|委员会|管委会|办公室|办事处|(?<![结布格])局|中心))"
                   r"(?:及其[^，。；]{1,8})?(?=对于?|在|于|应当|应|须|负责|收到|接到|受理|$)")


def handles_lodged(sentence: str, who: str, is_business) -> str | None:
    """The words by which `sentence` sets a body (`who`, its actor) a way or a time to deal with a recourse already
    lodged, with no channel opened in it; None otherwise."""
    # (the one the recourse is lodged with may be a body, or a public buyer named by its role: "采购人应当在收到供应商的
    # 书面质疑后七个工作日内作出答复"; not a business handling its customers' complaints, which is its obligation)
    holder = m.group("body") if (m := _BODY.match(who or "")) else re.split(r"对于?|在|于", who or "", maxsplit=1)[0]
    if not holder or is_business(holder) or _OPENS.search(sentence):
        return None
    m = _LODGED.search(sentence)
    return m.group(0) if m else None
