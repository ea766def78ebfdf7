"""A last check before a derived benefit clause is offered: it must grant something in its own main clause, to a
receiver it names (or that the clause before it in the same sentence named), with no condition left unasked.

Run at build time on the clauses the rules derived (never on a maintainer's reviewed ones), after the other
readings of conditions, so that 资格自查 judges each clause as the text writes it:
  - a clause whose grant is withheld ("连锁企业设立的分支机构不适用本项补贴", "出租方不享受本项补贴") offers
    nothing;
  - a clause that only says how an earlier grant's money is paid ("补贴资金拨付至用人单位账户") or a heading that
    names a benefit without granting it ("奖励专精特新企业。"), beside clauses that grant, is not a grant of its own;
  - a clause whose receiver is elided ("对在…上市的制造业中小企业给予…，对在…挂牌的给予…") is for the receiver
    the clause before it named, with that receiver's size, trade and traits;
  - the receiver the main clause names decides the entity: "个体工商户" alone is not for an enterprise, "…企业"
    alone not for an individual business (经营主体, 市场主体, 商户, 门店 name both; 用人单位, 单位 narrow nothing);
  - a condition written in the receiver phrase that the other readings left unasked (上市, 挂牌, 入驻, taking part
    in an activity, signing a contract, paying social insurance, years of operation, a clean record) is asked:
    the clause is 需确认, never 可以申请 outright.
An unknown shape therefore falls to 需确认 rather than 可以申请.
"""
from __future__ import annotations

import re

from index.facts.kinds import provider_spans
from index.source.sentences import clause_around

ENTERPRISE, INDIVIDUAL = "企业", "个体工商户"
FINANCING = "有融资需求"  # the situation every loan word implies (index/facts/taxonomy.py)

# grant words of a clause that gives something itself
_GIVES = re.compile(r"给予|予以|减免|免收|免征|减征|减半|发放(?!给)|提供|可以申请|可申请|享受|补贴\d|奖励\d|\d+(?:\.\d+)?(?:万元|元|%)")
# withheld: "不适用本项补贴", "不享受…", "不属于奖励对象", "不纳入贴息范围", "不分享…资金"
_WITHHELD = re.compile(r"不(?:再|直接|重复|另行)?(?:适用|享受|属于|列入|纳入|作为|分享|给予)[^，。；]{0,16}?"
                       r"(?:补贴|补助|奖励|贴息|资金|政策|对象|范围|主体)|以[^，。；]{0,12}?享受[^，。；]{0,8}?为由")
# how money already granted is paid: the money is the subject ("补贴资金拨付至…账户", "奖励资金直接兑付")
_PAID = re.compile(r"^[^，。；]{0,12}?(?:资金|补贴|奖励|补助|贴息|款项)(?:将|由[^，。；]{0,12}?)?(?:直接|按月|按季度|一次性)?"
                   r"(?:拨付|兑付|划拨|发放|结算|支付|划转)(?:至|到|给)")
# words of a clause that grants by itself (a heading such as "奖励专精特新企业。" has none of them)
_GRANT_VERB = re.compile(r"给予|予以|提供|发放|预留|减免|免收|免征|减征|减半|实行|享受|申请|申报|报名|拨付|兑付|\d|[一二三四五六七八九十百]+(?:万元|元)")
_HEADING = 24  # a heading is short
# a receiver named by 对 … 的 + head, before the grant ("对…的个体工商户，…给予"); the head may be elided
# (a condition of its own may stand between the receiver and the grant: "对…的个体工商户，正常经营满6个月的，按照…给予")
_RECEIVER = re.compile(r"对(?P<phrase>[^。；]{1,80}?)的(?P<head>[^，。；的]{0,16}?)[，]?(?=(?:[^，。；]{0,30}?的[，,])?[^，。；]{0,20}?"
                       r"(?:给予|予以|按照|补贴|奖励|贴息|减免))")
# a receiver that opens the sentence ("本区个体工商户和小微企业…新招用…的，按照…给予用人单位…")
_OPENING = re.compile(r"^(?P<head>(?:本区|本市|区内|辖区内)?[^，。；的]{0,16}(?:企业|个体工商户|个体户|经营主体|市场主体|商户|门店))"
                      r"(?=[^，。；]{0,40}?的，)")
_INDIVIDUAL_WORDS = re.compile(r"个体工商户|个体户|个体经营")
_ENTERPRISE_WORDS = re.compile(r"企业|公司")
_BOTH_WORDS = re.compile(r"经营主体|市场主体|(?<!个体工)商户|门店|经营者|店铺|各类主体")
# conditions a receiver phrase states that the other readings may leave unasked
_CONDITION = re.compile(r"上市|挂牌|入驻|参与[^，。；]{0,8}?活动|参加[^，。；]{0,8}?活动|报名|签订[^，。；]{0,12}?(?:合同|协议)|"
                        r"缴纳[^，。；]{0,8}?社会保险|正常经营|连续经营|经营满|按时报送|近[一二三两\d]+年|失信|首次|首笔|新招用|"
                        r"被认定|认定为|获评|入选|(?:参与|签约|报名|入驻)的?[^，。；的]{0,6}?(?:商户|门店|企业|单位|主体|经营者|民宿|农家乐|店铺)|"
                        # an act the receiver has already done, whatever its verb, in the phrase 对 opens ("对已发布…标准的",
                        # "对…已建成投用的"); not where it is registered ("对已在本区注册的": the district the profile answers)
                        r"(?:对|凡)[^，。；的]{0,20}?已(?:经)?(?![^，。；的]{0,6}?(?:注册|登记|设立))"
                        # (nor registered in a place, whatever the distance: "对已在丰台区办理营业执照的", "对已在本区办理工商
                        # 登记的", "已在本市落户的" — review 33 P6)
                        r"(?!在[^，。；的]{1,12}?(?:注册|登记|设立|营业执照|落户))[\u4e00-\u9fff][^，。；]{0,30}?的")


def _receiver(text: str) -> tuple[str, bool] | None:
    """(receiver words, elided) of a clause's main clause: the head after 对…的 (elided: nothing between 的 and
    the grant), else a party opening the sentence; None when the clause names none this way."""
    if m := _RECEIVER.search(text):
        head = m.group("head").strip()
        return (head, not head) if head or not re.search(r"(?:企业|个体工商户|主体|商户|门店|单位)$", m.group("phrase")) \
            else (m.group("phrase").split("的")[-1], False)
    # (not a party that gives: "区属国有企业出租用房给…个体工商户的，免收…" opens with the landlord)
    if (m := _OPENING.match(text)) and not any(a < m.end("head") and m.start("head") < b for a, b in provider_spans(text)):
        return m.group("head"), False
    return None


def _named_entities(words: str) -> set[str]:
    if _BOTH_WORDS.search(words) or not words:
        return set()
    named = set()
    if _INDIVIDUAL_WORDS.search(words):
        named.add(INDIVIDUAL)
    if _ENTERPRISE_WORDS.search(words.replace("个体工商户", "")):
        named.add(ENTERPRISE)
    return named


def _text(clause: dict) -> str:
    return (clause.get("shared") or "") + (clause.get("line") or clause.get("basis") or "")


def _offers(clause: dict) -> bool:
    text = _text(clause)
    return not (_WITHHELD.search(text) and not _GIVES.search(_WITHHELD.sub("", text)))


def _restates(clause: dict) -> bool:
    """How an earlier grant is paid, or a heading that grants nothing itself."""
    text = _text(clause)
    return bool(_PAID.search(text)) or (len(text) <= _HEADING and not _GRANT_VERB.search(text))


def guard_offers(clauses: list[dict]) -> list[dict]:
    """The derived `clauses` that offer something, each narrowed to the receiver its main clause names and asked
    about a condition left unasked (see the module)."""
    offering = [c for c in clauses if _offers(c)] or clauses
    granting = [c for c in offering if not _restates(c)]
    if granting:
        offering = granting
    previous: dict[str, dict] = {}  # the last clause of each sentence that named its receiver
    for clause in offering:
        text = _text(clause)
        found = _receiver(text)
        before = previous.get(clause.get("basis") or "")
        if found and found[1] and before:
            for key in ("entity_types", "sizes", "industries", "traits"):
                if before.get(key) and (not clause.get(key) or set(before[key]) < set(clause[key])):
                    clause[key] = list(before[key])
        elif found:
            named = _named_entities(found[0])
            if named and set(clause.get("entity_types") or []) & named:
                clause["entity_types"] = [e for e in clause["entity_types"] if e in named]
            previous[clause.get("basis") or ""] = clause
        if not clause.get("ask"):
            head = text[:m.start()] if (m := re.search(r"给予|予以|按照[^，。；]{0,20}?给予", text)) else text
            # a situation of the profile answers the receiver's condition ("招用应届高校毕业生"), unless it is only the
            # need any loan implies (有融资需求: "…首笔贷款…" still asks about the first loan)
            answered = [s for s in clause.get("situations") or [] if s != FINANCING]
            if (m := _CONDITION.search(head)) and not answered:
                clause.setdefault("ask", []).append(f"是否满足本条写明的条件：“{_condition_words(head, m)}”？")
    return offering


def _condition_words(text: str, m: re.Match) -> str:
    """The whole clause holding the condition `m` (index.source.sentences.clause_around), without the preposition
    对 it opens with: "2026年6月30日前已与…签订租赁合同的小微企业", with its date, not a window cut around its words."""
    words = clause_around(text, m.start(), m.end())
    return words[1:] if words.startswith("对") else words

