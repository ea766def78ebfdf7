"""The main clause decides: shapes in which a sentence's actor and modal settle its kind before any word it
names (a business, a benefit word, a complaint) can make it look like a right or a grant.

  - the items of a lead that grants to "下列企业、人员" are the receivers of its grant (a benefit, as the lead);
  - a government body given powers ("登记机关…可以行使下列职权", "…有权进入…检查、查阅…资料"): its work
    (政府职责), whatever the objects of the power are ("票据", "银行账户");
  - the items of a list take the kind of the sentence that introduces them ("…可以行使下列职权：（一）…（二）…",
    "有下列情形之一的，…：（一）…"), when that sentence binds a party, is a general provision or gives a body
    powers (not a body's duty to take measures, whose items may grant);
  - a business bound by 应当 that is "并有权 / 也可以" do something on the side ("单位和个人应当遵守…，并有权对…
    举报"): the obligation is the sentence; the side right does not make it a right;
  - a ban whose only subject is a condition ("未经登记，不得以…名义从事经营活动", "有下列情形之一的，不得担任…"):
    it binds whoever meets the condition; without a party it is done to ("不得向…摊派") it protects nobody;
  - a third party or a body bound not to do something to a business it deals with ("银行业金融机构为…企业办理
    贷款时，不得强制搭售…", "经营管理方不得强制入驻的个体工商户…"): a protection of that business (a right),
    even where it names a loan or a promotion;
  - an article that binds a business in a procedure (登记, 备案, 许可 …) and whose only rights are
    bans on the body running that procedure ("…应当向迁入地登记机关申请变更登记。迁出地登记机关不得拒绝移交…"):
    the business's obligation, with the body's manner of handling it;
  - a ban on a body's own conduct ("…机构不得从事经营活动") protects nobody: it is that body's duty;
  - a body that issues a licence or certificate to the applicant ("登记机关依法予以登记的，签发营业执照"): a
    permit the business obtains (可申请的支持);
  - a party that is not a government body bound to submit something to a body for its decision or to go through a
    procedure ("招标人应当…报送项目审批部门核准", "…的，应当先履行审批手续"): its obligation, whatever benefit word
    the procedure names.
"""
from __future__ import annotations

import re

# a power of a public body: what it may do to those it supervises
_POWER = re.compile(r"(?:可以|可|有权)(?:依法)?(?:行使[^，。；]{0,8}?(?:职权|权力|措施)|(?:进入|查阅|复制|查封|扣押|责令|调查|询问|"
                    r"检查|抽查|查询|采取[^，。；]{0,8}?(?:强制|查封|扣押|行政强制|控制)措施|实施[^，。；]{0,4}?(?:检查|调查)))")
_ITEM = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_LIST_LEAD = re.compile(r"(?:下列|以下|如下)[^，。；：]{0,12}[：:]")
# a side permission joined to an obligation ("…，并有权对…举报", "…，也可以…")
_SIDE = re.compile(r"[，,](?:并|也|同时|还)(?:有权|可以|可)")
# a subject that is only a condition: a lack ("未经登记"), a circumstance ("有下列情形之一的")
_CONDITION_ONLY = re.compile(r"^(?:未经|未|没有|无|非|凡)|的$")
# a licence or certificate a body issues to the one who applied
# (a registration or a filing granted on application is the same: "对符合条件的准予备案")
_ISSUES = re.compile(r"(?:签发|颁发|核发|发给)(?P<what>[^，。；]{0,6}?(?:营业执照|许可证|执照|证书|证照|登记证|许可文件|备案凭证))|"
                     r"(?:准予|予以)(?:备案|登记|许可)")
_BOUND = ("应当", "应", "必须", "须")


def government_power(sentence: str, who: str, is_government, is_business) -> str | None:
    """"登记机关…，可以行使下列职权": the words of a power a government body is given, or None."""
    if who and is_government(who) and not is_business(who.split("对")[0]) and (m := _POWER.search(sentence)):
        return m.group(0)
    return None


def binds_its_items(kind: str, sentence: str, duty: str, obligation: str, general: str) -> bool:
    """A sentence introducing a list whose items take its kind: one that binds a business or is a general provision
    ("有下列情形之一的，…处…罚款：", "…应当提交下列材料："), or a power of a body ("可以行使下列职权：") — not a
    body's duty to take measures, whose items may grant ("应当采取下列措施：（一）对…给予补贴")."""
    return kind in (obligation, general) or (kind == duty and bool(_POWER.search(sentence)))


def is_item(sentence: str) -> bool:
    return bool(_ITEM.match(sentence))


def introduces_list(sentence: str) -> bool:
    return bool(_LIST_LEAD.search(sentence))


# the lead of a list whose items are the receivers of its grant ("对下列企业、人员依法给予税收优惠：")
_RECEIVERS_LISTED = re.compile(r"(?:(?:对|为|向|给)下列[^，。；：]{0,12}?(?:给予|提供|减免|免征|予以)|下列[^，。；：]{0,12}?(?:可以|可)(?:享受|申请))"
                               r"[^，。；：]{0,20}[：:]")


def lists_receivers(sentence: str) -> str | None:
    """The words of a lead whose list names who receives its grant ("对下列企业、人员依法给予税收优惠："), or None:
    each item is a receiver of it, a benefit as the lead is, on the lead's terms."""
    m = _RECEIVERS_LISTED.search(sentence)
    return m.group(0) if m else None


def side_right(sentence: str, modal: str, party_bound: bool) -> bool:
    """A party that is not a government body (`party_bound`) bound by its first modal, with a permission joined on
    the side: the obligation decides."""
    return party_bound and modal in _BOUND and bool(_SIDE.search(sentence))


def condition_bound(who: str, modal: str, protected: list[str]) -> bool:
    """A ban whose subject is only a condition and that names no party it is done to binds whoever meets the
    condition ("未经登记，不得以市场主体名义从事经营活动"); it is not a protection."""
    return modal == "不得" and bool(who) and bool(_CONDITION_ONLY.search(who)) and not protected


def ban_protecting(sentence: str, who: str, modal: str, business_actor: bool, protected, grants_rx,
                   dealt_with: list[str]) -> str | None:
    """A party other than the business bound not to do something to the business it deals with (named after the
    ban — `protected(sentence)` finds it —, or as the one it acts for: `dealt_with`): the words of the ban, or
    None. Not when the sentence grants something itself ("给予…补贴")."""
    if modal != "不得" or not who or business_actor or grants_rx.search(sentence):
        return None
    if m := protected(sentence):
        return m.group(0)
    return sentence[sentence.find("不得"):][:20] if dealt_with else None


def issued_permit(sentence: str) -> str | None:
    """"…依法予以登记的，签发营业执照": the licence a body issues to the applicant, or None."""
    m = _ISSUES.search(sentence)
    return m.group(0) if m and "申请" in sentence[:m.start()] else None


_PROCEDURE = re.compile(r"登记|备案|许可|审批|申报|报送|年度报告|年报|注销|核准|认证")


_BURDEN = re.compile(r"不得[^。；]{0,20}?(?:收取|收费|摊派|集资|罚款|处罚|检查|查封|扣押)")


def same_procedure_ban(opening: str, sentence: str, who_modal: tuple[str, str], is_government) -> bool:
    """`sentence` bans a government body (`who_modal`: its actor and modal) in the procedure that `opening`
    binds a business to: the same procedure word in both."""
    who, modal = who_modal
    if modal not in ("不得", "应当") or "不得" not in sentence or not who or not is_government(who):
        return False
    if _BURDEN.search(sentence):
        return False  # a ban on charging, fining or inspecting stays the business's right
    return bool({m.group(0) for m in _PROCEDURE.finditer(opening)} & {m.group(0) for m in _PROCEDURE.finditer(sentence)})


# a ban on a body's own conduct, which acts on nobody ("…登记机构不得从事经营活动", "不得参与营利性活动")
_OWN_CONDUCT = re.compile(r"不得(?:从事|参与|开展|兼营|经营)[^，。；]{0,8}?(?:经营|营利|营利性|商业|经营性)(?:活动|业务)|不得经商|不得营利")


def own_conduct_ban(sentence: str) -> bool:
    return bool(_OWN_CONDUCT.search(sentence))


# a submission to a body for its decision, or a procedure gone through ("将…报送项目审批部门核准", "履行审批手续",
# "到原审批部门重新办理核准手续"): what the one bound does toward the body
_SUBMITS = re.compile(r"(?:报送|报请|提交|报)[^，。；]{0,24}?(?:部门|机关|机构|委员会|人民政府)[^，。；]{0,4}?(?:核准|审批|审查|批准|备案|审核|审定)|"
                      r"(?:办理|履行)[^，。；]{0,8}?(?:核准|审批|备案|登记|报批|批准)手续")


_THING_SUBMITTED = re.compile(r"(?:项目|事项|方案|计划|合同|工程|规划|文件|材料)$")


def submits_for_approval(sentence: str, who: str, modal: str, is_government) -> str | None:
    """A party that is not a government body bound (应当, 必须, 须) to submit something to a body for its decision or to
    go through a procedure ("招标人应当…报送项目审批部门核准", "…的，应当先履行审批手续"): the words from the modal to the
    submission, its obligation whatever benefit word the procedure names ("审批手续"), or None. A body doing so
    (a department reporting to another) is doing its work, decided elsewhere."""
    if modal not in _BOUND or (who and is_government(who)) or _THING_SUBMITTED.search(who):
        return None  # ("重大项目应当报市人民政府批准": the thing submitted, whoever submits it)
    start = sentence.find(modal, max(sentence.find(who), 0) + len(who)) if who else sentence.find(modal)
    m = _SUBMITS.search(sentence, max(start, 0))
    return sentence[start:m.end()] if start >= 0 and m and "，" not in sentence[start:m.start()].strip("，") else None
