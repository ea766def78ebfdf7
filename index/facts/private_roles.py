"""Parties a regulation names by the role they play in the work or in a dealing, not by a kind of business.

  - a person in a worker's or an operator's role (操作人员, 作业人员, 从业人员, 职工, 员工, 劳动者, 驾驶人 …): what it
    must do is done in the business's work (企业义务: the business answers for its staff), and what it may do or
    refuse ("操作人员有权拒绝违章指挥") is that person's own, never a right a business invokes;
  - a party named by the service or the business it provides ("提供…作业服务的组织或者个人", "从事…经营的单位"):
    a business, whatever word its head is (组织, 单位, 个人);
  - the parties of a dealing allowed to agree its terms ("没有…标准的，当事人双方可以约定…"): freedom of contract
    between them, not a protection either can invoke against anyone (一般规定).
"""
from __future__ import annotations

import re

# a person named by the work it does for a business (not 工作人员: a body's officials are named so too)
_WORKER = re.compile(r"^[^，。；的]{0,12}?(?:操作人员|作业人员|从业人员|操作员|驾驶人|驾驶员|职工|员工|雇员|劳动者|工人)"
                     r"(?=$|在|于|对|因|从事|进行|作业)")
_PROVIDER = re.compile(r"^(?:提供|从事|经营|开展|承接)[^，。；]{1,24}?(?:服务|业务|经营|活动|作业)的"
                       r"(?:组织|单位|企业|个人|经营者|(?:单位|组织)(?:和|或者|或|、|及)个人)$")
_AGREE = re.compile(r"(?:^|[，；])(?:[^，。；]{0,6}?(?:当事人|合同)(?:双方|各方)?|双方|各方)(?:可以|可)(?:另行|书面|自行)?约定")


def worker_holder(who: str) -> str | None:
    """The worker or operator role that opens the actor `who` ("农业机械操作人员在作业前" → "农业机械操作人员"),
    or None."""
    m = _WORKER.match(who or "")
    return m.group(0) if m else None


# a person named as the customer of a business (a consumer, a traveller, a passenger, a patient): what it may do against
# the business it deals with ("旅游者与旅游经营者发生争议的，可以向…投诉") is its own recourse, no business's right
_CUSTOMER = re.compile(r"^[^，。；的]{0,6}?(?:消费者|旅游者|游客|旅客|乘客|顾客|患者|购买者|使用者)(?!协会)")


def customer_holder(who: str) -> str | None:
    """The customer role that opens the actor `who` ("旅游者合法权益受到侵害" → "旅游者"), or None."""
    m = _CUSTOMER.match(who or "")
    return m.group(0) if m else None


def service_provider(who: str) -> bool:
    """`who` names a party by the service or business it provides ("提供农业机械作业服务的组织或者个人")."""
    return bool(_PROVIDER.match(who or ""))


def parties_agree(sentence: str) -> str | None:
    """The words by which the parties of a dealing may agree its terms ("当事人双方可以约定"), or None."""
    m = _AGREE.search(sentence)
    return m.group(0).lstrip("，；") if m else None
