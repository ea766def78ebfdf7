"""Tag measures from the maintainer-editable taxonomy (resources/taxonomy.toml) and its reviewed overrides.

Why sentence by sentence: a measure of these documents usually bundles several benefits for different
beneficiaries ("…小微企业减免6个月房屋租金。…对减免租金的商务楼宇…给予奖励。"). Each sentence that grants
a benefit becomes one *clause* (its benefit types and the conditions written in that same sentence); an
enterprise may claim the measure if it meets any clause. A sentence that only states a government task is
not a clause; a measure with no clause at all is "政府工作" and is never offered to an enterprise.
The measure-level tags (facets) are the union over its clauses. Nothing here is invented: every condition
comes from a word of the sentence it is attached to (kept in the clause as `basis`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from index.errors import PolicyDataError
from index.facts.served_before import served_party
from index.facts.kinds import (_PARTY, ACTOR_END, MEANS, BENEFIT, BUSINESS, DUTY, GENERAL, GRANTS, KINDS, OBLIGATION, achieved, NEGATED_GRANT, RIGHT, SIGN_UP, actor,
                               without_headings,
                               blank_providers, conditions_elsewhere, discretionary, is_business, measure_kind,
                               protected_parties, stated_conditions, without_excluded)
from index.facts.claimable import (FOUNDED_BY_QUESTION, LISTED_QUESTION, PERMIT_QUESTION, PERMITTED_QUESTION, PREFERENCE_QUESTION,
                                    RUN_BY_QUESTION, applies_to_body, approved_to_act, enjoyed_preference, founded_by, helped_to_apply,
                                    listed_conditions, permitted_to_act, run_by)
from index.facts.definitions import defining_parentheses, expanded
from index.facts.inline_conditions import inline_condition, widened
from index.facts.main_clause import is_item, lists_receivers
from index.facts.references import referred_question
from index.facts.rewarded_actor import grant_cuts
from index.facts.measure_audience import declared, declared_receivers
from index.facts.measure_heading import fold_heading
from index.facts.offer_guard import guard_offers
from index.facts.procurement import PROCUREMENT_QUESTION, procurement_preference
from index.facts.receivers import (DEALER, FINANCE, LANDLORD, OPERATOR, PERSON, PLATFORM, PROJECT_QUESTION, project_receiver, role_receiver,
                                   size_bound, without_large_partner)
from index.facts.size_scope import listed_sizes, restrict_sizes
from index.facts.shapes import business_applies, funds_a_party, relief_in_force
from index.facts.tax_relief import LISTED_OWN, RELIEF as TAX_RELIEF, every_taxpayer_relief, unstated_relief
from index.facts.support import (APPROPRIATION, PREFERENCE, PUBLIC_OFFER_QUESTION, SELECTION_QUESTION, awarded_by_selection, public_offer,
                                 quoted, receiver_in_condition, unstated_terms)
from index.paths import library
from index.source.sentences import split_sentences
from index.source.textio import read_toml
from index.vocab import FLAG_TEXT_INCOMPLETE, SIZES

GOVERNMENT = "政府工作"
ENTITY_TYPES = ("企业", "个体工商户", "社会组织", "事业单位", "农业经营主体", "个人")
ENTERPRISE = "企业"
FINANCING = "有融资需求"
MONEY_TYPE, PREFERENCE_TYPE = "资金补贴奖励", "政府采购"  # what a government's own instrument gives (support.py)
_HANDED_OUT = re.compile(r"发放[^，。；]{0,12}?(?<!消费)券|(?<!消费)券[^，。；]{0,6}?(?:申领|领取)|(?:申领|领取)[^，。；]{0,16}?(?<!消费)券")
_LIMITED = re.compile(r"名额有限|先到先得|额满(?:即止|为止)|(?:用完|用尽|达到)[^，。；]{0,10}?(?:预算|额度|上限)[^，。；]{0,6}?(?:即止|为止|停止)|"
                      r"择优(?:确定|遴选|选取|选定|评选)|(?:每年|年度|每批|每期)(?:支持|奖励|补贴|补助|遴选|评选)[^，。；]{0,6}?"
                      r"不超过\d+(?:家|户|个|名)|(?:须|需|应)?经[^，。；]{1,12}?推荐")
LIMITED_QUESTION = "本条的支持有名额或须经选定（“{}”）：是否已获推荐或确定为支持对象？"
_RENT_PAID = re.compile(r"(?:按照?|以)[^，。；]{0,6}?实际(?:支付|缴纳|发生|承担)?的?(?:经营)?(?:房屋|场地)?(?:房租|租金)")
RENT_QUESTION = "本条按实际支付的房租计算：经营场所是否为租用，并实际支付房租？"
VOUCHER_QUESTION = "本条的券由主管部门发放（“{}”），名额、顺序和领取办法以发放通知为准：是否已申领并获发？"
_RELIEF_TYPE, _EASING_TYPE = "税费减免", "审批便利"  # a relief in force for a receiver (shapes.relief_in_force)
# the fields of a clause that hold conditions (lists); order is the order reasons are given in
CLAUSE_FIELDS = ("benefit_types", "entity_types", "sizes", "industries", "traits", "situations", "ask")


@dataclass
class Rule:
    """One named entry of the taxonomy: literal keywords and/or regular expressions."""

    name: str
    explain: str = ""
    keywords: tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    values: tuple[str, ...] = ()  # what a match means (sizes, industries) where that is not `name`
    question: str = ""
    asked_of: tuple[str, ...] = ()  # traits whose holders may well have this one too: asked, not failed
    attainable_in: tuple[str, ...] = ()  # trades whose businesses apply for this status by published criteria (attainment.py)
    held_by_sizes: tuple[str, ...] = ()  # the only sizes a holder of this status can be (专精特新: an SME); () any

    def regex(self) -> re.Pattern | None:
        return self._regex

    @cached_property
    def _regex(self) -> re.Pattern | None:
        parts = [re.escape(k) for k in sorted(self.keywords, key=len, reverse=True)] + [p.pattern for p in self.patterns]
        return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None

    def search(self, text: str) -> bool:
        rx = self.regex()
        return bool(rx and rx.search(text))

    def find(self, text: str) -> str | None:
        """The words of `text` this rule matches first (a tag's basis), or None."""
        rx = self.regex()
        m = rx.search(text) if rx else None
        return m.group(0) if m else None


@dataclass
class Taxonomy:
    industries: list[Rule]
    industry_requirements: list[Rule]
    benefit_types: list[Rule]
    government: Rule
    entity_types: list[Rule]
    sizes: list[Rule]
    traits: list[Rule]
    situations: list[Rule]
    government_strong: Rule | None = None
    not_beneficiary: Rule | None = None
    conditions: list[Rule] = field(default_factory=list)
    narrow_trades: dict[str, str] = field(default_factory=dict)  # "民宿" → "住宿餐饮" (trade_rules)
    overrides: dict[str, dict] = field(default_factory=dict)
    source: Path | None = None
    # the short names the document being read gives its parties, with their full words (index/facts/definitions.py)
    defined_terms: tuple[tuple[str, str], ...] = ()

    def names(self, kind: str) -> list[str]:
        return [r.name for r in getattr(self, kind)]

    def situation(self, name: str) -> Rule | None:
        return next((r for r in self.situations if r.name == name), None)

    def explain(self, kind: str, name: str) -> str:
        return next((r.explain for r in getattr(self, kind) if r.name == name), "")


def _rules(path: Path, items: list[dict], kind: str, values_key: str | None = None) -> list[Rule]:
    rules = []
    for i, item in enumerate(items, 1):
        try:
            patterns = tuple(re.compile(p) for p in item.get("patterns", []) + ([item["pattern"]] if "pattern" in item else []))
        except re.error as exc:
            raise PolicyDataError(f"{path}：[[{kind}]] 第{i}项的正则表达式有误（{exc}）。请改正后重新构建。") from exc
        values = tuple(item.get(values_key, [])) if values_key else ()
        name = item.get("name") or "、".join(values)
        if not name:
            raise PolicyDataError(f"{path}：[[{kind}]] 第{i}项缺少 name。")
        rules.append(Rule(name=name, explain=item.get("explain", ""), keywords=tuple(item.get("keywords", [])),
                          patterns=patterns, values=values, question=item.get("question", ""),
                          asked_of=tuple(item.get("asked_of", [])), attainable_in=tuple(item.get("attainable_in", [])),
                          held_by_sizes=tuple(item.get("held_by_sizes", []))))
    return rules


# The head of a receiver phrase: the business the grant is for ("…餐饮、零售个体工商户", "文化旅游企业", "签约民宿")
_HEAD = r"(?:企业|公司|门店|商户|商家|经营者|经营户|经营主体|市场主体|个体工商户|个体户|主体|店)"  # (not 机构: "中介机构" often serves)


_FIELD = r"服务|行业领域的?|行业的?|领域的?|产业的?|业|类"  # what may follow a trade before the head ("零售领域企业")


def trade_rules(industries: list[dict]) -> list[Rule]:
    """A receiver phrase that names a trade restricts the grant to it, whatever the wording: the trades of each
    industry (its `trades`: nouns that name a business of that trade, "餐饮", "民宿", "超市", "软件") read where
    they modify the head of the receiver ("餐饮、零售个体工商户", "软件和信息技术服务企业") or are the business
    themselves ("乡村民宿、农家乐", "签约餐馆、超市"). Read after the reviewed patterns of
    [[industry_requirement]], which consume their words first."""
    trades = {item["name"]: [t for t in item.get("trades", [])] for item in industries if item.get("trades")}
    every = "|".join(sorted((re.escape(t) for ts in trades.values() for t in ts), key=len, reverse=True))
    # a list of trades ending in a head, or a trade noun that is a business itself (its own head)
    # (a trade may be named as a field: "文旅、餐饮、零售领域中小微企业")
    listed = rf"(?:(?:{every})(?:{_FIELD})?(?:[、和及与或]|以及)?)*"
    rules = []
    # a trade two industries share ("农产品加工": agriculture's produce, manufacturing's processing) gives both;
    # its rule comes first, so neither industry's own rule uses its words up alone
    shared: dict[str, list[str]] = {}
    for name, words in trades.items():
        for t in words:
            shared.setdefault(t, []).append(name)
    groups: dict[tuple[str, ...], list[str]] = {}
    for t, names in shared.items():
        if len(names) > 1:
            groups.setdefault(tuple(names), []).append(t)
    units = [(names, words) for names, words in groups.items()] + [
        ((name,), [t for t in words if len(shared[t]) == 1]) for name, words in trades.items()]
    for names, words in units:
        if not words:
            continue
        name = names[0]
        own = "|".join(sorted((re.escape(t) for t in words), key=len, reverse=True))
        # "餐饮、零售个体工商户": each trade of the list, the head after the last one
        # (the size between may be written out: "住宿餐饮、批发零售行业的小型微型企业")
        pattern = rf"(?:{own})(?=(?:{_FIELD})?(?:(?:[、和及与或]|以及){listed})?(?:{_FIELD})?(?:小微|中小微|中小|小型微型|小型|微型)?(?:品牌|连锁|特色)?(?:首|旗舰)?{_HEAD})"
        nouns = [t for t in words if t.endswith(_OWN_HEADS)]
        if nouns:
            # (a business by itself where the phrase ends: "乡村民宿、农家乐", not "民宿集中村", "民宿服务联络站")
            pattern += "|(?:" + "|".join(re.escape(t) for t in sorted(nouns, key=len, reverse=True)) + r")(?=[，。；：、和及与或”\"]|等|$)"
        # "从事餐饮服务的企业", "经营零售业务的个体工商户": the trade the receiver is engaged in
        sized = r"(?:小微|中小微|中小|小型微型|小型|微型)?"
        # (each trade of a list: "从事零售、餐饮经营的个体工商户")
        pattern += (rf"|(?:(?<=从事)|(?<=经营)|(?<=[、和及与]))(?:{own})(?=(?:(?:[、和及与]|以及)(?:{every}))*"
                    rf"(?:服务|经营|业务|活动)?的{sized}{_HEAD})")
        # the trades premises are let for ("出租给…用于蔬菜零售、早餐和便民餐饮的经营用房", each item of the list, a trade
        # named after its goods or its public too): the tenant's trades
        # (an item after the first is found by the list mark before it: the words of the items before may be used up)
        pattern += (rf"|(?:(?<=用于)|(?<=[、和及与]))[\u4e00-\u9fa5]{{0,4}}?(?:{own})"
                    rf"(?=[^，。；的]{{0,16}}?的[^，。；的]{{0,4}}?(?:用房|房屋|商铺|铺面|门面|场地|场所))")
        rules.append(Rule(name=name, patterns=(re.compile(pattern),), values=names))
    return rules


# trade nouns that name a business by themselves ("民宿", "超市", "餐馆", "旅行社"): each is narrower than its
# industry, so a profile of that industry is asked whether it is one
_OWN_HEADS = ("店", "馆", "厅", "宿", "乐", "社", "场", "超", "市", "院", "区")


def narrow_trades(industries: list[dict]) -> dict[str, str]:
    """{trade noun that names a business by itself: its industry} ("民宿": "住宿餐饮")."""
    return {t: item["name"] for item in industries for t in item.get("trades", [])
            if t.endswith(_OWN_HEADS) and t not in item["name"]}  # ("住宿" is 住宿餐饮 itself)


def _read_toml(path: Path) -> dict:
    return read_toml(path, "分类表", "请按文件开头的说明改正。")


def load_taxonomy(path: Path | None = None, overrides_path: Path | None = None) -> Taxonomy:
    """The taxonomy and reviewed overrides of the library in use, unless paths are given; with the library's
    own, this machine's corrections of imported measures (index/corrections_local.py) over them."""
    base = _load_taxonomy(path or library("taxonomy.toml"), overrides_path or library("measure_overrides.toml"))
    if overrides_path is not None:
        return base
    from index.corrections_local import path as local_path  # the maintainer's, beside the imports

    local = local_path()
    try:
        stamp = local.stat().st_mtime_ns
    except OSError:
        return base
    return _with_local(base, str(local), stamp)


_LOCAL: dict[tuple[int, str, int], Taxonomy] = {}  # (id of the base, file, mtime) → merged; the newest few


def _with_local(base: Taxonomy, local: str, stamp: int) -> Taxonomy:
    """`base` with the corrections file `local` merged over its overrides (kept until the file changes)."""
    from index.corrections_local import load

    key = (id(base), local, stamp)
    if key not in _LOCAL:
        corrections = load(Path(local))
        if len(_LOCAL) >= 4:
            _LOCAL.clear()
        # a correction of a library measure (a bundled plan's) goes over that measure's reviewed override, field by field
        merged = {k: {**base.overrides.get(k, {}), **v} for k, v in corrections.items()}
        _LOCAL[key] = replace(base, overrides={**base.overrides, **merged}) if corrections else base
    return _LOCAL[key]


def sized_trades(data: dict) -> list[dict]:
    """The [[size]] items with `{trade}` written out: what may stand between a size and 企业 ("中型制造业企业",
    "小型、微型住宿餐饮企业"), a trade the vocabulary reads (each industry's trades and name, [size_trades] words), one
    or a list, optionally followed by 业/行业 and by 生产/服务/经营; never a product ("小型家电生产企业": the size is
    the product's)."""
    words = {t for item in data.get("industry", []) for t in item.get("trades", []) + [item.get("name", "")] if t}
    words |= set(data.get("size_trades", {}).get("words", []))
    one = "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"
    between = rf"(?:{one}(?:(?:[、和及与]|以及)?{one})*(?:业|行业|领域|类)?(?:生产|服务|经营|制造|加工)?)"
    return [{**item, **({"pattern": item["pattern"].replace("{trade}", between)} if "pattern" in item else {})}
            for item in data.get("size", [])]


@lru_cache(maxsize=4)
def _load_taxonomy(path: Path, overrides_path: Path) -> Taxonomy:
    """Read the taxonomy and the reviewed overrides (cached by path: both are read-only files)."""
    data = _read_toml(path)
    gov = data.get("government", {})
    taxonomy = Taxonomy(
        industries=_rules(path, data.get("industry", []), "industry"),
        industry_requirements=_rules(path, data.get("industry_requirement", []), "industry_requirement", "industries")
        + trade_rules(data.get("industry", [])),
        narrow_trades=narrow_trades(data.get("industry", [])),
        benefit_types=_rules(path, data.get("benefit_type", []), "benefit_type"),
        government=_rules(path, [{"name": GOVERNMENT, **gov}], "government")[0],
        entity_types=_rules(path, data.get("entity_type", []), "entity_type"),
        sizes=_rules(path, sized_trades(data), "size", "sizes"),
        traits=_rules(path, data.get("trait", []), "trait"),
        situations=_rules(path, data.get("situation", []), "situation"),
        government_strong=_rules(path, [{"name": GOVERNMENT, "keywords": gov.get("strong_keywords", []),
                                         "patterns": gov.get("strong_patterns", [])}], "government")[0],
        not_beneficiary=_rules(path, [{"name": "not_beneficiary", **data.get("not_beneficiary", {})}], "not_beneficiary")[0],
        conditions=[Rule(name=r.question, keywords=r.keywords, patterns=r.patterns, question=r.question)
                    for r in _rules(path, [{"name": c.get("question", ""), **c} for c in data.get("condition", [])], "condition")],
        source=path,
    )
    if overrides_path.is_file():
        taxonomy.overrides = _read_toml(overrides_path).get("measure", {})
        for measure_id, item in taxonomy.overrides.items():
            if not str(item.get("why", "")).strip():
                raise PolicyDataError(f"{overrides_path}：[measure.\"{measure_id}\"] 缺少 why（复核理由），请补上。")
    return taxonomy


# ───────────────────────────── matching ─────────────────────────────

Basis = dict[str, dict[str, str]]  # {field: {tag: the words of the text that support it}}


def _names(rules: list[Rule], text: str, basis: dict[str, str] | None = None, original: str | None = None) -> list[str]:
    """Names of the rules matching `text`; their basis is the matched span of `original` (the text before
    non-beneficiaries were blanked out), so it is always the document's own words."""
    out = []
    for rule in rules:
        rx = rule.regex()
        m = rx.search(text) if rx else None
        if m:
            out.append(rule.name)
            if basis is not None:
                basis.setdefault(rule.name, (original or text)[m.start():m.end()])
    return out


def _consuming(rules: list[Rule], text: str, basis: dict[str, str] | None = None) -> list[str]:
    """Ordered rules whose matches use up their text, so "中小微企业" is not also read as "小微企业"."""
    out: list[str] = []
    original = text
    for rule in rules:
        rx = rule.regex()
        if rx is None:
            continue
        hits: list[str] = []
        # matched on the text as written, so what a match looks ahead to may be words another rule used up
        # ("零售、餐饮企业": 零售 modifies the head 企业 that 餐饮企业 used); the words it uses must be unused
        chars = list(text)
        for m in rx.finditer(original):
            if m.end() > m.start() and "\0" not in text[m.start():m.end()]:
                hits.append(m.group(0))
                chars[m.start():m.end()] = "\0" * (m.end() - m.start())
        text = "".join(chars)
        if hits:
            for v in rule.values:
                if v not in out:
                    out.append(v)
                if basis is not None:
                    basis.setdefault(v, hits[0])
    return out


def _blank(rule: Rule | None, text: str) -> str:
    rx = rule.regex() if rule else None
    return rx.sub(lambda m: "\0" * len(m.group(0)), text) if rx else text


def _ordered(values: set[str] | list[str], order: list[str] | tuple[str, ...]) -> list[str]:
    known = [v for v in order if v in values]
    return known + sorted(v for v in values if v not in order)


# A sentence that grants several benefits to different audiences names each with "对…": "…，对符合条件的
# “新智造100”项目…给予…30%的分档支持，对“专精特新”中小企业数字化赋能项目给予…20%的奖励。" Each "对…" part
# that grants a benefit of its own is a clause; what stands before the first one is shared by all.
_PART = re.compile(r"(?<=[，；：])(?=(?:并|其中，?)?对)")


def audience_parts(sentence: str, tax: Taxonomy) -> tuple[str, list[str]]:
    """(shared lead, [parts]) of a sentence; one part (the sentence) when it names one audience."""
    cuts = [m.start() for m in _PART.finditer(sentence)]
    if sentence.startswith("对"):
        cuts = [0] + cuts
    if len(cuts) < 2:
        # a firm rewarded for what it does for others, with a later grant to another party ("…的，按照…给予奖励，接受服务的
        # 中小企业可享受贷款贴息"): each grant with the condition as the shared lead (index/facts/rewarded_actor.py)
        cuts = grant_cuts(sentence, _PARTY) or cuts
    if len(cuts) < 2:
        return "", [sentence]
    bounds = cuts + [len(sentence)]
    parts = [sentence[a:b] for a, b in zip(bounds, bounds[1:])]
    if not all(_names(tax.benefit_types, part) for part in parts):
        return "", [sentence]
    # "…的科技型中小企业给予贴息，并对评估费、担保费给予补贴": a part that names no party grants to the
    # party before it ("对" introduces what is paid for, not who)
    merged = [parts[0]]
    for part in parts[1:]:
        head = re.split(r"给予|予以", part)[0]  # the receiver stands before the grant ("单个企业最高…" is a cap)
        if _names(tax.entity_types, head) or _names(tax.traits, head) or _consuming(tax.industry_requirements, head) \
                or _consuming(tax.sizes, head):
            merged.append(part)
        else:
            merged[-1] += part
    if len(merged) < 2:
        return "", [sentence]
    return sentence[:cuts[0]], merged


def _line(text: str) -> str:
    """A benefit line: a cut of the text, without the comma that joined it to the next part."""
    return text.strip().rstrip("，；：。")


# a business the means are given to ("通过向个体工商户发放消费券…等方式", "通过给予中小企业房租补贴等方式"): a receiver
_MEANS_RECEIVER = re.compile(r"(?:给予|向|为|对)(?P<p>" + BUSINESS.pattern + r")")


def _means_blanked(m: re.Match) -> str:
    """The means a body supports by (MEANS), blanked: they name no receiver ("通过资金资助、设立孵化器…等多种方式"),
    except a business they are given to, which stays in place ("通过向个体工商户发放消费券…等方式")."""
    chars = ["\0"] * len(m.group(0))
    for r in _MEANS_RECEIVER.finditer(m.group(0)):
        chars[r.start("p"):r.end("p")] = r.group("p")
    return "".join(chars)


# the title of another document ("依照《朝阳区中小微企业贷款贴息管理办法》执行"): it names that document's scope, not the
# receiver's size, trade or kind; unless the receiver is entered in it, meets it or is recognised under it ("列入《…名录》的
# 企业", "符合《…标准》的", "按照《…小微企业认定办法》认定的企业")
_TITLE_NAMED = re.compile(r"(?<!列入)(?<!纳入)(?<!进入)(?<!入选)(?<!符合)(?<!达到)《[^《》]{1,60}》"
                          r"(?![^，。；]{0,8}?(?:认定|评定|认证|确认|划型)的)")


def _audience(text: str, tax: Taxonomy, basis: Basis) -> dict:
    """Who benefits: the parties the text names, without those that give rather than receive
    (index/facts/kinds.py: the landlord, the lender, the seller, the platform); what the beneficiary must
    be doing (situations: "承租…国有企业房屋") is read with those parties in place. A short name the document gave
    its parties ("经营主体" for "中小微企业和个体工商户") is read as those parties (index/facts/definitions.py)."""
    text = expanded(defining_parentheses(text), tax.defined_terms)
    who = without_large_partner(_blank(tax.not_beneficiary, text))
    role = role_receiver(who)
    if role and role[0] != OPERATOR:
        # "对为小微企业提供融资担保…的政府性融资担保机构，给予…补贴", "…的，给予平台补贴": the grant is the role's;
        # the businesses it serves are not its receivers (index/facts/receivers.py)
        return _role_audience(role, who, tax, basis)
    who = _NAMED_AFTER_PARTY.sub(lambda m: "\0" * len(m.group(0)), who)
    # "通过资金资助、设立孵化器、搭建公共服务平台等多种方式": the means a body uses name no receiver (what they imply of
    # the receiver's situation, a loan's financing need, stays)
    party = _TITLE_NAMED.sub(lambda m: "\0" * len(m.group(0)), blank_providers(MEANS.sub(_means_blanked, who)))
    # "为市场主体…提供服务，提高对中小企业信贷规模": a grant to every kind of business is not narrowed to
    # one size by a size named elsewhere in it
    # one size by a size named elsewhere in it (a size that names the broad term itself, "小微经营主体", narrows it)
    sizes = [] if re.search(r"(?<!等)(?<!小微)(?<!中小)(?:市场主体|经营主体|各类企业)", party) \
        else _consuming(tax.sizes, party, basis.setdefault("sizes", {}))
    # "支持企事业单位、社会组织、农民专业合作社等用人单位…": a list that holds every business as one of its
    # items is not narrowed to the trade of another item
    industries = [] if _ANY_BUSINESS_ITEM.search(party) else \
        _consuming(tax.industry_requirements, party, basis.setdefault("industries", {}))
    if role:  # "对经认定的孵化器…，给予运营主体…": what it operates names its trade or status, not the firms it serves' size
        sizes = []
    return {
        "entity_types": _names(tax.entity_types, party, basis.setdefault("entity_types", {}), text),
        "traits": _names(tax.traits, party, basis.setdefault("traits", {}), text),
        "situations": _names(tax.situations, who, basis.setdefault("situations", {}), text),
        "industries": industries,
        "sizes": sizes,
    }


# the head of the receiver phrase: "对(…的)X企业，给予" (X after the last 的)
_ENGAGED = re.compile(r"从事[^，。；的]{2,16}?的(?:小微|中小微|中小|小型微型)?(?:企业|公司|个体工商户|经营主体|市场主体|商户)")
# (or the party something is handed out to: "向…中小企业发放服务券")
# (a shop is a firm as much as an 企业 is: "对…的老字号门店，", "对…开设的全球首店、亚洲首店，" name a kind of shop no profile
# states, as "对…的充电桩建设运营企业" names a kind of firm)
_KIND_HEAD = re.compile(r"(?:对(?:[^，。；]{0,40}?的)?(?P<mod>[^，。；的和及与或对为向在]{2,20}?)(?P<head>企业|公司|机构|门店|(?<!工)商户|商家|店)"
                        r"(?=[，,]|给予|予以|按照)|"
                        r"向(?P<mod2>[^，。；的对为向在]{2,20}?)(?P<head2>企业|公司)(?=发放|提供)|"
                        # (or the subject the grant's sentence opens with, followed by a preposition, a modal or 享受: "供热企业因…
                        # 的费用，可以…", "物流企业享受…"; not a verb's object: "鼓励保险机构设立企业…", "联合外卖平台企业发放…")
                        r"^(?P<mod3>(?:(?!" + ACTOR_END.pattern + r")[^，。；的和及与或对为向在、]){2,8}?)(?P<head3>企业|公司)"
                        r"(?=依照|按照|依据|根据|为|因|享受|可以|可|应当|所|的|，))")
# the members of an association named as the receiver ("中小微企业会员", "会员企业", "会员单位")
_MEMBER = re.compile(r"[^，。；的对为向\0]{0,10}?(?:企业|单位|商户|个体工商户)会员|会员(?:企业|单位|商户)")
# words of a receiver's modifier that narrow nothing a profile holds: places, kinds of ownership or standing, sizes
_PLAIN_MODIFIER = re.compile(r"本区|区内|区级|本市|市级|在京|辖区|全区|全市|驻区|我区|各类|各|相关|有关|新|该|"
                             r"上述|其他|所有|一般|中外资|内资|国有|民营|私营|集体|规上|规模以上|限额以上|中小微|"
                             r"中小|小微|小型|微型|中型|大型|实体|存量|新增|入驻|园区|"
                             r"重点支持的|纳统|在孵|初创|困难|受影响|特困|符合条件的|用工|参保|承租|出租")


def _unknown_kind(line: str, tax: Taxonomy) -> str | None:
    """"对…的充电桩建设运营企业，给予…": the receiver named by a kind of firm none of the vocabulary's trades, statuses,
    sizes or entity kinds reads (what is left of its modifier after places and standing are taken out); None when
    the head is a plain 企业 or a known kind."""
    if (engaged := _ENGAGED.search(line)) and not any(r.search(engaged.group(0)) for r in tax.industry_requirements):
        return engaged.group(0)  # "对从事充电桩运营的企业": a line of business the vocabulary does not know
    m = _KIND_HEAD.search(line)
    if not m:
        return None
    mod, head = next((m.group(f"mod{n}"), m.group(f"head{n}")) for n in ("", "2", "3") if m.group(f"mod{n}"))
    words = mod + head
    if (m.group("mod2") or m.group("mod3")) and any(r.search(words) for r in tax.industry_requirements):
        return None  # "向冰雪旅游企业发放": a kind of a trade read (tourism), not a kind unknown
    # what the vocabulary reads in the phrase (a trade, a status, a size, an entity kind) is known; what is left
    # after places and plain standing is a kind of firm no profile states ("创新型中小企业" → "创新型")
    rest = re.sub(r"^[^，。；]*等", "", words)  # ("餐饮、家政等生活性服务业": the examples of a category it names)
    for rule in tax.industry_requirements + tax.traits + tax.sizes + tax.situations:
        rx = rule.regex()
        rest = rx.sub("", rest) if rx else rest
    # the entity kinds are read in the modifier alone: a shop named by its type is an entity kind with its modifier
    # ("老字号门店" is read whole as a 门店), which would leave nothing of what narrows it
    rest = rest.removesuffix(head)
    if head == "商户":  # "个体商户" is a 个体工商户 (an entity kind), as "个体户" is: nothing left of it narrows
        rest = re.sub(r"个体(?:经营)?$", "", rest)
    for rule in tax.entity_types:
        rx = rule.regex()
        rest = rx.sub("", rest) if rx else rest
    rest = _PLAIN_MODIFIER.sub("", rest)
    return words if len(re.sub(r"[\W\d]", "", rest)) >= 2 else None


# receivers listed by kind ("冰雪企业和民宿餐饮企业", "物流企业、商贸企业"): each item is a receiver of its own
_LISTED_KINDS = re.compile(r"(?P<a>[^，。；、和及与或的对为向]{2,10}?)(?:企业|公司)(?:和|及|与|、|以及|或者?)"
                           r"(?P<b>[^，。；、和及与或的对为向]{2,10}?)(?:企业|公司)")


def _unread_item(line: str, tax: Taxonomy) -> str | None:
    """The item of a list of receivers whose kind no trade of the vocabulary reads, where another item's trade is read
    ("冰雪企业和民宿餐饮企业" → "冰雪企业"): the trade read for the other does not narrow it; None otherwise."""
    for m in _LISTED_KINDS.finditer(line):
        items = [m.group("a") + "企业", m.group("b") + "企业"]
        read = [bool(_consuming(tax.industry_requirements, item)) for item in items]
        if not any(read) or all(read):
            continue
        item = items[read.index(False)]
        rest = item
        for rule in tax.traits + tax.sizes + tax.situations + tax.entity_types:
            rx = rule.regex()
            rest = rx.sub("", rest) if rx else rest
        rest = rest.removesuffix("企业")
        if len(re.sub(r"[\W\d]", "", _PLAIN_MODIFIER.sub("", rest))) >= 2:
            return item
    return None


def _role_audience(role: tuple[str, str], text: str, tax: Taxonomy, basis: Basis) -> dict:
    """Who benefits when the receiver is named by its role (receivers.role_receiver)."""
    kind, words = role
    who = {"entity_types": [ENTERPRISE], "traits": [], "situations": [], "industries": [], "sizes": []}
    if kind == FINANCE:
        who["industries"] = ["金融"]
    elif kind == DEALER:
        who["industries"] = ["批发零售"]
    elif kind == PLATFORM:
        who["traits"] = ["平台企业"]
    elif kind == PERSON:
        # a person who runs an individual business ("对从事个体经营的高校毕业生"): receives as that business (asked who
        # runs it, index/facts/claimable.py)
        who["entity_types"] = ["个体工商户"] if run_by(text) else ["个人"]
    elif kind == LANDLORD:  # a landlord may be any party; what it did for its tenants is its condition
        who["entity_types"] = [ENTERPRISE, "个体工商户", "个人"]
        who["situations"] = [s for s in _names(tax.situations, text, basis.setdefault("situations", {}), text)
                             if s == "减免了租户房租"]
    for key in ("entity_types", "industries", "traits"):
        for tag in who[key]:
            basis.setdefault(key, {})[tag] = words
    return who
# a party named inside the name of a fund, a programme, a body or a list ("区中小企业转贷资金", "中小企业服务中心",
# "中小企业发展专项资金", "小微企业名录"): the name, not a receiver
# (with the purpose the name gives it: "科技型中小企业技术创新基金", "中小企业融资担保基金")
_NAMED_AFTER_PARTY = re.compile(r"(?:中小微|中小|小微|小型微型|民营|个体工商户|科技型中小)企业?(?=(?:发展|公共|技术创新|科技创新|创新|创业投资|"
                                r"创业|融资|纾困)?(?:转贷|应急|周转|专项|引导|"
                                r"担保|服务|促进|发展)?(?:资金|基金|服务中心|服务平台|服务站|服务机构|促进中心|促进会|协会|商会|名录|目录|"
                                r"专项资金|专项|工作))")

# "对 X（，）给予 N 万元/元/% …": a grant of a stated sum to a party named after 对
# (the sum may come first: "对…的创业投资机构，按照实际投资额的10%给予奖励")
_NAMED_GRANT = re.compile(r"对[^，。；]{2,40}?的[^，。；的]{1,12}，?(?:[^，。；]{0,12}?(?:给予|予以)[^，。；]{0,12}?\d+(?:\.\d+)?\s*(?:万元|元|%)|"
                          r"[^，。；]{0,16}?\d+(?:\.\d+)?\s*(?:万元|元|%)[^，。；]{0,6}?(?:给予|予以))")
# a party's own condition opening a sentence ("个体工商户通过…担保取得贷款的，"): the condition of a grant that follows
_OWN_CONDITION = re.compile(r"(?:^|[。；])(?P<cond>[^，。；]{4,40}?)的，")
# a receiver named only by its condition: "对符合条件的给予…", "对经认定的，予以…"
_HEADLESS = re.compile(r"对(?:符合[^，。；]{0,10}?条件|经[^，。；]{0,10}?(?:认定|审核|评审|评定|备案)[^，。；的]{0,4}?)的，?(?:给予|予以)|"
                       # "个体工商户通过…取得贷款的，…；按期还本付息的，按照…给予贴息": a sentence that opens with a
                       # condition and no party of its own grants to the party the measure named as the condition's subject
                       r"^(?P<act>[^，。；对为向]{2,30})的，[^。；]{0,30}?(?:给予|予以)|"
                       # "…个体工商户转型为企业的，可以…；对转型后连续经营满6个月的，给予一次性奖励": the same, with 对
                       # (a condition may run over a second clause that names no grant: "对在…地区兴办…，吸纳…就业的，给予…")
                       r"^对(?P<act2>[^，。；对为向]{2,30}(?:，(?![^，。；]*?(?:给予|予以))[^，。；对为向]{2,20})?)的，?[^。；]{0,12}?(?:给予|予以)")


# an item of a list ("…、…") that is every business, not a kind of it
_ANY_BUSINESS_ITEM = re.compile(r"(?:^|[、，；：对为向的]|支持|鼓励|引导)(?:各类)?(?:企事业单位|企业|用人单位|市场主体|经营主体)"
                                r"(?=、)")


_TWO_RECEIVERS = re.compile(r"(?P<a>[^，。；、和及与或对的]{2,16}?企业)(?:和|及|以及|、)(?P<b>[^，。；、和及与或的]{2,16}?企业)")


def _receivers_apart(scope: str, who: dict, tax: Taxonomy) -> list[str]:
    """When a grant names two receivers joined by 和/及 and the conditions of one are not the other's
    (an industry or a size for the first, a trait for the second), the scope once with each receiver
    (the other blanked); [] when it names one receiver or one set of conditions."""
    if not (who["traits"] and (who["industries"] or who["sizes"])):
        return []
    m = _TWO_RECEIVERS.search(scope)
    if not m:
        return []
    out = []
    for keep, drop in (("a", "b"), ("b", "a")):
        out.append(scope[:m.start(drop)] + "\0" * (m.end(drop) - m.start(drop)) + scope[m.end(drop):])
    a, b = (_audience(v, tax, {}) for v in out)
    if (a["traits"], a["industries"], a["sizes"]) == (b["traits"], b["industries"], b["sizes"]):
        return []
    return out


# the part of a sentence that grants to the party after 对, when a lead clause comes before it
_URGING_LEAD = re.compile(r"(?:鼓励|支持|引导|推动|倡导|促进)[^，。；]{2,40}[，；]对")
_GRANTED_PART = re.compile(r"[，；]对[^。；]{2,60}?(?:给予|予以)")


# the party a grant names right after 给予 ("给予龙头企业一次性奖励", "给予中小企业奖励")
_GIVEN_TO = re.compile(r"给予(?P<p>[^，。；给予]{2,16}?(?:企业|公司|个体工商户|商户|经营主体|市场主体|门店))"
                       r"(?=[^，。；]{0,12}?(?:补贴|奖励|补助|资助|贴息|奖补|扶持资金))")


def _granted_part(scope: str) -> str | None:
    """"鼓励…，对…的大型企业给予奖励": the 对-part of a sentence whose lead names parties as context, or None."""
    if not _URGING_LEAD.match(scope):
        return None
    m = _GRANTED_PART.search(scope)
    return scope[m.start() + 1:] if m else None


def _clause_of(sentence: str, part: str, parts: list[str], shared: str, benefits: list[str], who: dict, basis: Basis,
               scope: str, tax: Taxonomy) -> dict:
    """One receiver's clause of a grant naming two (see _receivers_apart)."""
    if not who["entity_types"]:
        basis["entity_types"] = {ENTERPRISE: "（原文未写享受主体，按“企业”）"}
    return {
        "basis": sentence, "line": _line(part) if len(parts) > 1 else sentence, "shared": shared,
        "benefit_types": benefits, "entity_types": who["entity_types"] or [ENTERPRISE],
        "sizes": _ordered(set(who["sizes"]), SIZES), "industries": who["industries"], "traits": who["traits"],
        "situations": who["situations"], "ask": _names(tax.conditions, scope), "apart": scope,
        "tag_basis": {k: dict(v) for k, v in basis.items() if v},
    }


def derive_clauses(text: str, tax: Taxonomy, audience: str = "", referred: str = "") -> tuple[list[dict], bool]:
    """(clauses, saw_government_task) for one measure text; see the module docstring. `audience`: the party
    the document declares itself for (index/facts/audience.py), the receiver of an offer that names none;
    `referred`: the words of the articles the text refers to by number (index/facts/references.py)."""
    sentences = split_sentences(text)
    measure_basis: dict[str, str] = {}
    measure_entities = _names(tax.entity_types, without_excluded(text), measure_basis)  # not whom it excludes
    clauses: list[dict] = []
    government = False
    measure_benefits: dict[str, str] = {}
    _names(tax.benefit_types, NEGATED_GRANT.sub("", text), measure_benefits)
    listed: dict[str, str] = {}  # what the lead of a list of receivers grants ("对下列企业给予…："), and its words
    lead = ""
    for sentence in sentences:
        if not is_item(sentence):
            listed, lead = {}, ""
        if words := lists_receivers(sentence):
            listed, lead = {}, words
            _names(tax.benefit_types, NEGATED_GRANT.sub("", words), listed)
        first = len(clauses)
        if tax.government_strong and tax.government_strong.search(sentence):
            government = True
            continue
        # what a sentence withholds ("不重复奖励", "不另行给予财政补贴") is not a grant, nor a grant named only to
        # say who is checked or made to pay back ("对享受补贴的企业开展抽查", "追回补贴资金")
        granting = NEGATED_GRANT.sub(lambda m: "\0" * len(m.group(0)), sentence)
        granting = _REFERRED_GRANT.sub(lambda m: "\0" * len(m.group(0)), granting)
        shared, parts = audience_parts(granting, tax)
        granted = False
        for part in parts:
            scope = shared + part
            basis: Basis = {"benefit_types": {}}
            conditions_before = conditions_own = None
            benefits = _names(tax.benefit_types, part, basis["benefit_types"]) or _names(tax.benefit_types, scope, basis["benefit_types"])
            if not benefits and listed and is_item(sentence):
                # "对下列企业、人员依法给予税收优惠：…（四）从事个体经营的…人员；": an item names a receiver of the
                # grant its list's lead makes (index/facts/main_clause.py)
                benefits = list(listed)
                basis["benefit_types"] = dict(listed)
            if not benefits and SIGN_UP.search(part) and measure_benefits:
                # "…门店可自愿报名参加": a party may sign up for what the measure gives
                benefits = list(measure_benefits)
                basis["benefit_types"] = dict(measure_benefits)
            if not benefits and (applied := business_applies(part, actor(part)[0])):
                # "小微企业…的，可以申请使用…过桥资金": what a business applies for is a benefit, of the type its
                # words name, else money or a service
                benefits = _names(tax.benefit_types, applied) or [MONEY_TYPE if re.search(r"资金|补|奖|券", applied) else "企业服务"]
                basis["benefit_types"] = {benefits[0]: applied}
            if not benefits and (fund := funds_a_party(part)):
                # "…安排适当数额用于支持中小企业实施清洁生产": public money for a business's own act (index/facts/shapes.py)
                benefits = [MONEY_TYPE]
                basis["benefit_types"] = {MONEY_TYPE: fund}
            if not benefits and (relief := relief_in_force(part)):
                # "对小微企业…报装实行“零材料、零费用”": a relief put in force for a receiver
                benefits = [_RELIEF_TYPE if re.search(r"费|免收|减免|减半|免征", relief) else _EASING_TYPE]
                basis["benefit_types"] = {benefits[0]: relief}
            if not benefits and (unnamed := enjoyed_preference(part) or helped_to_apply(shared + part)
                                 or approved_to_act(shared + part) or applies_to_body(shared + part)
                                 or permitted_to_act(shared + part)):
                # "…的，享受相关优惠政策待遇", "…应当支持其申办自营进出口权", "…经…批准，可以从事…": a preference, help to
                # obtain a permit, or a permit, whose content other rules set (index/facts/claimable.py); asked in tag_measure
                benefits = _names(tax.benefit_types, unnamed) or [_RELIEF_TYPE if "享受" in unnamed else _EASING_TYPE]
                basis["benefit_types"] = {benefits[0]: unnamed}
            shared, part, scope = (sentence[:len(shared)], sentence[len(shared):len(shared) + len(part)],
                                   sentence[:len(shared)] + sentence[len(shared):len(shared) + len(part)]) \
                if len(parts) == 1 else (shared, part, scope)
            who = _audience(scope, tax, basis)
            if len(parts) == 1 and (tail := _granted_part(scope)):
                # "鼓励大型企业与中小企业开展协作，对促成合作的大型企业给予奖励": the receiver is the one the 对-part
                # grants to; the parties of the lead before it are context
                basis_t: Basis = {}
                who_t = _audience(tail, tax, basis_t)
                if who_t["entity_types"] or who_t["sizes"] or who_t["traits"] or who_t["industries"]:
                    # "支持…软件中小企业参与…建设，对入选的项目给予承建企业奖励": a bare 企业 in the 对-part is the party
                    # the lead named, with its size, status and trade
                    bare = not (who_t["sizes"] or who_t["traits"] or who_t["industries"]) and who_t["entity_types"] == [ENTERPRISE]
                    for key in ("entity_types", "sizes", "traits", "industries"):
                        if bare and key != "entity_types" and who[key] and ENTERPRISE in who["entity_types"]:
                            continue
                        who[key] = who_t[key]
                        basis[key] = basis_t.get(key, {})
            if given := _GIVEN_TO.search(part):
                # "对龙头企业带动中小企业进入其供应链的，给予龙头企业奖励": the party named right after 给予 receives; the
                # parties of the condition before it are those it dealt with (one that reads no size, status or trade,
                # "给予企业…", "给予实施企业…", is the one named before)
                basis_g: Basis = {}
                who_g = _audience(given.group("p"), tax, basis_g)
                if who_g["entity_types"] and (who_g["sizes"] or who_g["traits"] or who_g["industries"]):
                    for key in ("entity_types", "sizes", "traits"):
                        who[key] = who_g[key]
                        basis[key] = basis_g.get(key, {})
            # "规模以上工业企业和科技型中小企业": two receivers, each with its own condition, not one with both
            for variant in _receivers_apart(scope, who, tax):
                basis_v: Basis = {"benefit_types": dict(basis["benefit_types"])}
                who_v = _audience(variant, tax, basis_v)
                clauses.append(_clause_of(sentence, part, parts, shared, benefits, who_v, basis_v, scope, tax))
            if clauses and clauses[-1].get("basis") == sentence and clauses[-1].get("apart") == scope:
                granted = True
                continue
            # who benefits must be written in the sentence itself; a bare heading ("加大制造业融资支持力度。")
            # or a sentence naming nobody is context, not a clause ("有融资需求" is implied by any loan word)
            beneficiary = bool(who["entity_types"] or who["traits"] or who["industries"]
                               or [s for s in who["situations"] if s != FINANCING]
                               # "对年接待游客超过10万人次的乡村民宿，给予一次性奖励5万元": a concrete sum granted
                               # to a party the vocabulary does not know is still granted to it
                               or bool(benefits and _NAMED_GRANT.search(scope))
                               # "可以由展会主办单位统一向…申请办理…备案": the role that applies receives the procedure
                               or bool(benefits and applies_to_body(scope) and role_receiver(scope)))
            if benefits and not beneficiary and _HEADLESS.search(part) and (before := text[:text.find(sentence)]):
                # "支持中小企业…。…对符合条件的给予政策和资金支持": a receiver named only by its condition is the
                # party the article named before
                who = {**_audience(before, tax, basis), "situations": who["situations"]}
                beneficiary = bool(who["entity_types"] or who["traits"])
                cond = _HEADLESS.search(part)
                if (cond.group("act") or cond.group("act2")) and (own := _OWN_CONDITION.search(before)):
                    # the earlier condition is this grant's too ("个体工商户通过…担保取得贷款的，…；按期还款的，…贴息")
                    conditions_before = own.group("cond")
                if cond.group("act2"):  # and its own ("对转型后连续经营满6个月的"): asked
                    conditions_own = cond.group("act2")
            by_reference = False
            if benefits and not beneficiary and referred:
                # "对本法第十七条第四项、第五项规定的人员…给予…": the parties the referred items name (asked: they
                # carry their own conditions, "符合国家规定条件的失业人员")
                who = {**_audience(referred, tax, basis), "situations": who["situations"]}
                beneficiary = by_reference = bool(who["entity_types"] or who["traits"])
            project = None
            # (also where a sum is granted to it, "对…的改造项目，给予投资额20%的补助", which names no party either)
            if benefits and not (who["entity_types"] or who["traits"] or who["industries"]) \
                    and (project := project_receiver(scope)):
                # "对符合…的节能项目，金融机构应当给予优先贷款": the firm that carries the project out (receivers.py), asked;
                # the party the measure named before, where it did ("支持中小企业开展技术改造。对…技术改造项目，给予贴息")
                basis_b: Basis = {}
                named = _audience(text[:text.find(sentence)], tax, basis_b) if text.find(sentence) > 0 else None
                if named and named["entity_types"]:
                    who = {**who, **{k: named[k] for k in ("entity_types", "sizes", "traits", "industries")}}
                    basis.update({k: v for k, v in basis_b.items() if k in ("entity_types", "sizes", "traits", "industries") and v})
                else:
                    who = {**who, "entity_types": [ENTERPRISE]}
                    basis["entity_types"] = {ENTERPRISE: f"（原文写的是“{project}”，按承担项目的“企业”）"}
                beneficiary = True
            every_taxpayer = None
            if benefits and not beneficiary and not measure_entities and (relief := TAX_RELIEF.search(scope)) \
                    and not re.search(r"决定$", scope[:relief.start()]) and (every_taxpayer := every_taxpayer_relief(scope)):
                # "下列项目免征印花税：（一）…": a tax relief whose article names no party at all is every taxpayer's, a
                # company or an individual business (index/facts/tax_relief.py); not a body's decision ("…决定减征的"),
                # nor a fee's relief or one naming a person, an object or a project ("对…特困人员免征…费"); whether the
                # visitor is among the taxpayers it means is asked, never answered
                who = {**who, "entity_types": [ENTERPRISE, "个体工商户"]}
                basis["entity_types"] = {e: f"（原文未写享受主体，“{relief.group(0)}”按纳税人）" for e in who["entity_types"]}
                beneficiary = True
            offer = None if benefits and beneficiary else public_offer(sentence, actor(sentence)[0])
            unnamed = bool(offer) or bool(receiver_in_condition(sentence)) or bool(APPROPRIATION.search(sentence))
            if offer:
                # a government's support through its own instruments that names no receiver ("采用政府首购、
                # 订购等方式…", "引导资金…采取风险补助等方式支持…"): whoever the measure names, else a business
                benefits = benefits or [PREFERENCE_TYPE if PREFERENCE.search(offer) else MONEY_TYPE]
                basis["benefit_types"] = basis["benefit_types"] or {benefits[0]: offer}
            elif not (benefits and beneficiary):
                continue
            granted = True
            if offer and not beneficiary and audience:
                # a government's own offer naming no receiver, in a document declared for a party
                # ("保障中小企业…条例"): that party, as a reader of the document takes it
                declared = _audience(audience, tax, {})
                who = {**who, **{k: declared[k] for k in ("entity_types", "sizes", "traits")}}
                basis.update({k: {t: f"（原文未写享受主体，按本文件所面向的“{audience}”）" for t in declared[k]}
                              for k in ("entity_types", "sizes", "traits") if declared[k]})
            entities = who["entity_types"]
            if not entities:
                entities = measure_entities or [ENTERPRISE]
                # not written in this sentence: the measure's own words, else the taxonomy's default
                basis["entity_types"] = {e: measure_basis.get(e) or "（原文未写享受主体，按“企业”）" for e in entities}
            clauses.append({
                "basis": sentence,
                "line": _line(part) if len(parts) > 1 else sentence,
                "shared": shared,
                "benefit_types": benefits,
                "entity_types": entities,
                "sizes": _ordered(set(who["sizes"]), SIZES),
                "industries": who["industries"],
                "traits": who["traits"],
                "situations": who["situations"],
                "ask": _names(tax.conditions, scope) + [f"是否满足本条写明的条件：“{c}”？"
                                                        for c in (conditions_before, conditions_own) if c],
                "tag_basis": {k: {t: w for t, w in v.items()} for k, v in basis.items() if v},
                "unnamed": unnamed,  # the terms of a government's own offer (support.py): asked below
            })
            if by_reference:
                clauses[-1]["ask"].append(referred_question(sentence, referred))
            if project:
                clauses[-1]["project"] = project  # asked in tag_measure, unless a condition of its own is asked first
            if every_taxpayer:
                clauses[-1]["ask"].append(f"本条未写享受“{every_taxpayer}”的主体：您是否属于本条所指的纳税人？请向主管税务机关确认。")
        if listed and is_item(sentence):
            for clause in clauses[first:]:
                clause["shared"] = lead + clause["shared"]  # an item's terms are its lead's ("依法给予")
        if not granted and tax.government.search(sentence):
            government = True
    for clause in clauses:
        clause.pop("apart", None)
    return clauses, government


# a sentence whose subject is the money of a grant and whose verb pays it out ("奖励资金直接拨付至企业账户",
# "补贴发放给用人单位"): how the earlier grant is paid, not a grant of its own
_PAYMENT_ROUTE = re.compile(r"^(?:上述|该项?|本项|相关|各项)?[^，。；]{0,8}?(?:补贴|补助|奖励|贴息|奖金|资金|款项|券)(?:资金|款)?"
                            r"[^，。；]{0,8}?(?:直接|统一|一次性|按[^，。；]{0,6}?)?(?:发放|拨付|支付|兑付|划拨|划转|打入|汇入|结算)"
                            r"(?:给|至|到|予)?")


# a sentence binding the applicant or saying how receivers are chosen, right after a grant: its condition
_CONDITION_BESIDE = re.compile(
    r"^(?:上述|该项?|本项)?(?:补贴|奖励|补助|资金|支持)[^，。；]{0,6}?(?:须|需|应当)经[^，。；]{0,12}?(?:审核|认定|评审|评定|核定|遴选)[^，。；]{0,8}|"
    r"(?:补贴|奖励|补助|支持|申报)对象[^，。；]{0,16}?(?:推荐|择优|遴选|评审|评选)[^，。；]{0,12}|名额有限|先到先得|额满为止|"
    r"^(?:申请|申报|享受)[^，。；]{0,12}?的(?:企业|单位|主体|个体工商户|商户|门店)?(?:应当|须|需|必须)[^。；]{2,40}|"
    r"^(?:企业|申请人|申报单位|申请单位|申报企业|申请企业)(?:应当|须|需|必须)(?!按|于|在[^，。；]{0,12}?前)[^。；]{2,40}")
# a grant named only as what the receivers already got ("享受补贴的企业", "获得奖励的") or as money to be paid back
_REFERRED_GRANT = re.compile(r"(?:享受|获得|领取|取得)[^，。；]{0,8}?(?:补贴|奖励|资金|补助|支持|政策)[^，。；]{0,2}?的|"
                             # the rules followed, named by their title ("申请条件和办理流程按照《…中小微企业融资服务支持实施细则》
                             # 执行"): the title names no grant and no receiver (not a list one is entered in, "列入《…名单》的企业")
                             r"(?:按照|依照|参照|根据)[^，。；《]{0,10}?《[^》]{1,60}》|"
                             r"(?:追回|收回|退回|缴回|追缴)[^，。；]{0,6}?(?:补贴|奖励|补助|资金|款项)|"
                             # a grant withdrawn ("取消该门店当年补贴资格", "停止拨付补贴")
                             r"(?:取消|撤销|暂停|停止|终止)[^，。；]{0,10}?(?:补贴|奖励|补助|支持|资金|贴息)[^，。；]{0,4}|"
                             # the grant's period named as a time ("在补贴期内上调租金的")
                             r"(?:补贴|奖励|补助|支持|贴息|享受)(?:期|期限|期间)(?:内|间)?|"
                             # the money a project was funded with ("对本市财政资金支持的科技项目，…应当约定…"): which
                             # projects the sentence is about, no grant made there
                             r"(?:财政|政府)(?:性)?(?:资金|投资|经费)?(?:支持|资助|补助|扶持|投入)的(?=[^，。；]{0,10}?(?:项目|课题|计划|工程))")


def _without_follow_ons(clauses: list[dict]) -> list[dict]:
    """A sentence that only says how an earlier grant is paid or run ("贴息资金直接拨付企业") names the
    same benefit for a generic "企业" without granting anything itself: it is the earlier grant, not a new
    one for everyone (which would drop the earlier grant's conditions)."""
    out: list[dict] = []
    for clause in clauses:
        if out and _PAYMENT_ROUTE.match(clause["basis"]) and not re.search(r"给予|予以", clause["basis"]):
            continue  # "补贴发放给用人单位，不直接发放给被招用人员": the earlier grant, paid
        generic = not (clause["sizes"] or clause["industries"] or clause["traits"])
        restated = any(set(clause["benefit_types"]) <= set(e["benefit_types"]) and (e["sizes"] or e["industries"] or e["traits"])
                       and set(clause["entity_types"]) <= set(e["entity_types"]) for e in out)
        if generic and restated and not GRANTS.search(NEGATED_GRANT.sub("", clause["basis"])):
            continue
        out.append(clause)
    return out


def _clause_basis(clause: dict, override_basis: dict[str, str], tax: Taxonomy) -> Basis:
    """The words behind each tag of a reviewed clause: what the taxonomy finds in the clause's text,
    else what the override names (tag_basis = {tag = "words"}); a tag with neither has none."""
    text = clause["shared"] + clause["line"] if clause.get("shared") else clause["line"]
    found: Basis = {}
    rules = {"benefit_types": tax.benefit_types, "entity_types": tax.entity_types, "traits": tax.traits,
             "situations": tax.situations}
    who = _blank(tax.not_beneficiary, text)
    for key, kind_rules in rules.items():
        for tag in clause.get(key) or []:
            found_words: dict[str, str] = {}
            _names([r for r in kind_rules if r.name == tag], who, found_words, text)
            words = override_basis.get(tag) or found_words.get(tag)
            if words:
                found.setdefault(key, {})[tag] = words
    for key, kind_rules in (("industries", tax.industry_requirements), ("sizes", tax.sizes)):
        for tag in clause.get(key) or []:
            words = override_basis.get(tag) or next((w for r in kind_rules if tag in r.values for w in [r.find(text)] if w), None)
            if words:
                found.setdefault(key, {})[tag] = words
    return found


def _normalise_clause(clause: dict, text: str, tax: Taxonomy) -> dict:
    out = {"basis": clause.get("basis") or text}
    out["line"] = clause.get("line") or out["basis"]
    out["shared"] = ""
    for name in CLAUSE_FIELDS:
        out[name] = list(clause.get(name, []))
    out["tag_basis"] = _clause_basis(out, dict(clause.get("tag_basis", {})), tax)
    return out


# a programme a party signs up for ("门店可自愿报名参加"), accepted or not by its organiser
_JOIN = re.compile(r"(?:可以|可)(?:自愿)?报名(?:参加|参与)?")
# the same programme written as a step the receiver must take, anywhere in the measure ("拟参与的商户须于…前完成
# 报名签约", "参加活动的门店应当先行登记"), or a receiver named by its taking part ("结算给参与商户", "签约门店",
# "定点企业"): whether it took part is for the organiser, not the profile
_JOIN_STEP = re.compile(r"(?:须|应当|应|需|需要|要)[^。；]{0,24}?(?:完成|办理|进行|先行)?(?:报名|签约|入库|登记)")
_JOINED_RECEIVER = re.compile(r"(?:(?:签约|参与|参加|入围|定点|合作(?!社))(?:的)?|(?:参与|参加)[^，。；]{0,8}?(?:活动|计划|行动)的[^，。；、的]{0,4}?)(?:商户|门店|商家|企业|单位|经营主体|个体工商户|"
                              r"餐馆|餐厅|民宿|酒店|超市|网点)(?=[，。；、和及与或]|$|使用|消费|核销|兑付|结算)")  # (not "参加企业职工养老保险")


def condition_question(words: str) -> str:
    """The question a grant with conditions written elsewhere leaves ("符合条件的" → ask what they are)."""
    return f"是否符合本条所说的“{words}”？具体条件原文未写明，请向责任单位确认"


def _rights(read: list[tuple[str, str, str]], tax: Taxonomy, audience: str = "") -> list[dict]:
    """The rights a measure gives (sentences of kind right): who may invoke each (the protected party,
    not the party bound), and the words that make it a right; a right whose article names nobody protects
    the party the document declares itself for (`audience`, index/facts/audience.py)."""
    out = []
    for sentence, kind, words in read:
        if kind != RIGHT:
            continue
        basis: Basis = {}
        # the protected party: named as the object of the duty, else the business that may act ("市场主体可以…");
        # other parties the sentence names (the bodies involved, examples) do not narrow a right
        parties = protected_parties(sentence)
        holder, modal = actor(sentence)
        # ("…人员可以…申请就业困难人员认定。…申请人对认定结果有异议的，可以…申请复核": the applicant is whoever the
        # article said applies, a person or a kind of business)
        if not parties and modal in ("可以", "可", "有权") and _APPLICANT.fullmatch(holder.strip()) \
                and (applicant := _applicant_before(read, sentence)):
            parties = [applicant]
        if not parties and modal in ("可以", "可", "有权") and is_business(holder) and not _PROCEDURAL.fullmatch(holder.strip()):
            parties = [holder]  # (a procedural role, "申请人可以…", names no kind of party: read on)
        if not parties and _OPENS_BUSINESS.search(sentence):
            parties = ["经营主体"]  # "在本区开办便利店、餐饮店的，申请人可以…": whoever opens a business
        # (not the party a duty binds: "大型企业应当自收到中小企业交付货物之日起…支付款项" protects the other one)
        if not parties and (subject := _SUBJECTS.match(sentence)) \
                and not (holder and modal in ("应当", "应", "不得", "必须", "须") and subject.group(0) in holder):
            parties = [subject.group(0)]  # "餐饮门店在…外摆经营的，备案即可": the party the sentence is about
        if not parties and (upon := _ACTED_UPON.search(sentence)):
            parties = [upon.group("p")]  # "对餐饮、零售经营主体首次出现…的违法行为，不予行政处罚": a list of trades
        if not parties and holder and modal not in ("可以", "可", "有权"):
            # the party bound ("大型企业不得…") is not the one protected
            sentence_for_audience = sentence.replace(holder, "\0" * len(holder), 1)
        else:
            sentence_for_audience = sentence
        who = _audience("、".join(parties) if parties else sentence_for_audience, tax, basis)
        if not parties:
            who["traits"], who["industries"] = [], []
        if parties and not who["entity_types"] and all(_PERSON.search(p) for p in parties):
            who["entity_types"] = ["个人"]  # "科技成果完成人可以…", "发明人、设计人可以…": natural persons
        entities = who["entity_types"] or [ENTERPRISE, "个体工商户"]
        out.append({"basis": sentence, "line": sentence, "words": words, "entity_types": entities,
                    "sizes": _ordered(set(who["sizes"]), SIZES), "industries": who["industries"],
                    "traits": who["traits"], "situations": [], "ask": [], "named": bool(who["entity_types"]),
                    "party": "、".join(parties), "tag_basis": {"traits": dict(basis.get("traits") or {})}})
    _broad_parties_refer_back(out)
    _broad_parties_refer_to_those_acted_upon(out, read, tax)
    # a sentence of the same article that names nobody protects whom the others name (a sentence naming no party of
    # its own, only a mechanism built for a kind of business, "建立外商投资企业投诉工作机制", names nobody either)
    if any(r["party"] for r in out):
        for right in out:
            right["named"] = right["named"] and bool(right["party"])
    named = [r for r in out if r["named"]]
    declared = _audience(audience, tax, {}) if audience and not named else None
    for right in out:
        right.pop("party", None)
        if not right.pop("named") and named:
            right["entity_types"] = list(dict.fromkeys(e for r in named for e in r["entity_types"]))
            right["sizes"] = _ordered({z for r in named for z in r["sizes"]}, SIZES) if all(r["sizes"] for r in named) else []
            right["traits"] = list(dict.fromkeys(t for r in named for t in r["traits"])) if all(r["traits"] for r in named) else []
            # ("对本区餐饮、零售经营主体…不予处罚。执法部门对同一小店…不得重复检查": the trades named are those protected)
            right["industries"] = list(dict.fromkeys(i for r in named for i in r["industries"])) \
                if all(r["industries"] for r in named) else right["industries"]
        elif declared and declared["entity_types"]:
            right["entity_types"] = declared["entity_types"]
            right["sizes"] = _ordered(set(declared["sizes"]), SIZES)
            right["traits"] = declared["traits"]
            right["audience"] = audience  # the document's own words: whom it is for
    return out


# the applicant, as such, maybe with its condition ("申请人对认定结果有异议的")
_APPLICANT = re.compile(r"(?:该|其|上述)?(?:申请人|申报人)(?:[^，。；]*的)?")


def _applicant_before(read: list[tuple[str, str, str]], sentence: str) -> str | None:
    """The party an earlier sentence of the same article lets apply ("…所列的人员可以…申请…认定"), or None."""
    for earlier, _, _ in read:
        if earlier == sentence:
            return None
        who, modal = actor(earlier)
        if who.strip() and modal in ("可以", "可") and not _PROCEDURAL.fullmatch(who.strip()) \
                and re.search(r"申请|申报", earlier[earlier.find(modal):]):
            return who.strip()
    return None


# the businesses a sentence opens with, as many as it joins ("私营企业和个体工商户的…")
_SUBJECTS = re.compile(BUSINESS.pattern + r"(?:(?:和|及|以及|、|或者)" + BUSINESS.pattern + r")*")
_PROCEDURAL = re.compile(r"(?:该|其|上述)?(?:申请人|当事人|投诉人|举报人|权利人|申报人)")
_RECOURSE_RIGHT = re.compile(r"投诉|举报|申诉|反映|调解|仲裁|复议|诉讼")
_BROAD = re.compile(r"(?:经营主体|市场主体|民营经济组织)|^企业(?![家主])")  # every business; a bare 企业 opening the party too
# a list of trades of businesses acted upon ("对餐饮、零售经营主体…"), which protected_parties reads item by item only
_ACTED_UPON = re.compile(r"对(?P<p>[^，。；：的对为向]{1,20}?、[^，。；：的对为向]{1,20}?(?:经营主体|市场主体|企业|个体工商户|商户|门店|经营者))")
_OPENS_BUSINESS = re.compile(r"(?:开办|开设|设立|经营)[^，。；]{0,20}?(?:店|门店|企业|公司|商户)[^，。；]{0,4}?的，")


def _broad_parties_refer_back(rights: list[dict]) -> None:
    """"…对个体工商户和小微企业的日常检查实行…。经营主体对不当检查行为，可以…反映。": a right of the same article
    that names only every business (经营主体, 市场主体, a bare 企业: "企业遇有拖欠的，可以…投诉") refers back to the
    parties the article protects by name;
    it protects those, not every business (a large enterprise is not among them)."""
    # (every business of the trades named is narrow too: "餐饮、零售经营主体")
    narrow = [r for r in rights if r["named"] and (((r["sizes"] or r["traits"]) and not _BROAD.search(r.get("party", "")))
                                                  or (r["industries"] and r.get("party")))]
    if not narrow:
        return
    for right in rights:
        if right in narrow or not _BROAD.search(right.get("party", "")) or right["sizes"] or right["traits"] \
                or right["industries"]:
            continue
        _refers_to(right, narrow)


def _refers_to(right: dict, parties: list[dict]) -> None:
    """`right`, naming only every business, protects `parties` (each with entity_types, sizes, traits): their kinds,
    the sizes and statuses every one of them names. A complaint or a mediation any business of those sizes owed or
    wronged can seek keeps their size, not the status that named them (科技型, 专精特新; never a large firm)."""
    right["entity_types"] = list(dict.fromkeys(e for w in parties for e in w["entity_types"])) or right["entity_types"]
    right["sizes"] = _ordered({z for w in parties for z in w["sizes"]}, SIZES) if all(w["sizes"] for w in parties) else []
    keep_traits = not (_RECOURSE_RIGHT.search(right["basis"]) and right["sizes"])
    right["traits"] = list(dict.fromkeys(t for w in parties for t in w["traits"])) \
        if keep_traits and all(w["traits"] for w in parties) else []
    # their trades, as their size ("对本区餐饮、零售经营主体…。经营主体认为…的，可以…反映": those trades' businesses)
    right["industries"] = list(dict.fromkeys(i for w in parties for i in w.get("industries") or [])) \
        if all(w.get("industries") for w in parties) else right["industries"]


def _broad_parties_refer_to_those_acted_upon(rights: list[dict], read: list[tuple[str, str, str]], tax: Taxonomy) -> None:
    """"区属执法部门对本区中小企业开展行政检查，…应当出示检查计划。对超出频次的检查，企业有权拒绝": a right naming only
    every business (a bare 企业, 经营主体) after a sentence of the same article that acts upon parties named by size or
    status (its duty toward them) is theirs: a large enterprise is not among them. As _broad_parties_refer_back, a
    complaint keeps their size, not their status."""
    sentences = [s for s, _, _ in read]
    for right in rights:
        if not _BROAD.search(right.get("party", "")) or right["sizes"] or right["traits"] or right["basis"] not in sentences:
            continue
        before = sentences[:sentences.index(right["basis"])]
        named = [_audience(p, tax, {}) for s in before for p in protected_parties(s)]
        named = [w for w in named if w["sizes"] or w["traits"]]
        if named:
            _refers_to(right, named)


# a natural person named by role (not a procedural role any party may hold: 申请人, 投诉人, 当事人, 权利人)
_PERSON = re.compile(r"(?:完成人|发明人|设计人|人员|人才|职工|劳动者|科研人员|科技人员|从业人员|消费者)$")


# a grant made in addition to the one before ("…的，另按照首年租金的30%给予补贴", "同时给予…"): the same receiver's
_ADDITIONAL = re.compile(r"(?:^|[，；])(?:另|另外|另行|还|再|同时)(?:可)?(?:按照|按|给予|予以|一次性给予|享受)")


# a part of the receivers of the clause before ("其中由个体工商户转型而来的，奖励增加2万元", "其中，…的，另给予…"): the party
# it names is how those receivers came to be or what they also are, they are still the receivers before
_AMONG_THEM = re.compile(r"^其中[，,]?")


def _additional_grants_inherit(clauses: list[dict]) -> None:
    """A clause granting in addition to the clause before it is on that clause's conditions too, and, naming no
    size, status or trade of its own, for that clause's receiver; one granting to a part of them ("其中…的") is for
    that clause's receiver whatever party it names."""
    for prev, clause in zip(clauses, clauses[1:]):
        among = bool(_AMONG_THEM.match(clause["line"]))
        if not (_ADDITIONAL.search(clause["line"]) or among):
            continue
        clause["ask"] = list(dict.fromkeys(prev.get("ask", []) + clause.get("ask", [])))
        if among:
            _part_of(prev, clause)
            continue
        if clause["sizes"] or clause["traits"] or clause["industries"]:
            continue
        for key in ("entity_types", "sizes", "traits", "industries"):
            clause[key] = list(prev[key])
            if key in (prev.get("tag_basis") or {}):
                clause.setdefault("tag_basis", {})[key] = dict(prev["tag_basis"][key])
            elif not clause[key]:
                (clause.get("tag_basis") or {}).pop(key, None)


def _part_of(prev: dict, clause: dict) -> None:
    """A clause for a part of the receivers of `prev` ("其中…的"): its kinds of party are those of `prev` it names, else
    all of `prev`'s (a party it names that `prev` does not receive is what they were or are, "由个体工商户转型而来"); its
    sizes those it names within `prev`'s, else `prev`'s; `prev`'s statuses and trades hold for it too."""
    basis = clause.setdefault("tag_basis", {})
    kinds = [e for e in clause["entity_types"] if e in prev["entity_types"]]
    if not kinds:
        clause["entity_types"] = list(prev["entity_types"])
        if "entity_types" in (prev.get("tag_basis") or {}):
            basis["entity_types"] = dict(prev["tag_basis"]["entity_types"])
    else:
        clause["entity_types"] = kinds
    if not clause["sizes"] or (prev["sizes"] and not set(clause["sizes"]) <= set(prev["sizes"])):
        clause["sizes"] = list(prev["sizes"])
        if "sizes" in (prev.get("tag_basis") or {}):
            basis["sizes"] = dict(prev["tag_basis"]["sizes"])
        else:
            basis.pop("sizes", None)
    for key in ("traits", "industries"):
        clause[key] = list(dict.fromkeys(prev[key] + clause[key]))
        if prev[key] and key in (prev.get("tag_basis") or {}):
            basis[key] = {**prev["tag_basis"][key], **basis.get(key, {})}


# a receiver of a size of its own, or of every size ("大型企业", "各类企业"): not the bare 企业 of an earlier sentence
_SIZED_OR_ALL = re.compile(r"大型|大中型|中型|小型|微型|小微|中小|规模以上|规上|各类|所有|全部|任何|外商投资|外资|国有")


_LARGE_OR_ALL = re.compile(r"大型|大中型|(?<![中小])大企业|各类|所有|全部|任何")
# a clause naming two firms, one acting toward the other ("对企业采购本区企业产品的", "对企业为配套企业提供…的", "向…企业
# 开放"): the heading names whom the measure serves, maybe the other firm; the bare 企业 rewarded is not sized by it
_TWO_FIRMS = re.compile(r"企业[^，。；]{0,12}?(?:采购|购买|使用|带动|帮扶|为|向|与|对)[^，。；]{0,12}?企业")


def _bare_enterprise_inherits_size(clauses: list[dict], text: str = "", tax: Taxonomy | None = None) -> None:
    """"对首次获得贷款的中小企业给予贴息。…融资担保机构对首贷企业的担保费率不得高于1%": a later clause of the
    measure that names its receiver as a bare 企业 (no size, trait or trade, nor 各类/大型…) is for the size of the
    enterprises an earlier clause of the measure named, never for every size; where no earlier clause names one,
    the size of the enterprises its own sentence names before it ("对入驻园区的制造业中小企业，园区运营方收取的租金
    不得高于…；企业在园区连续经营满2年的，…给予补贴")."""
    for i, clause in enumerate(clauses):
        # (persons the sentence names beside the firm, "企业招用本区户籍劳动力…", do not make it another receiver)
        if clause["sizes"] or clause["traits"] or clause["industries"] or "企业" not in clause["entity_types"] \
                or "个体工商户" in clause["entity_types"]:
            continue
        if "企业" not in clause["line"] or _SIZED_OR_ALL.search(clause["line"]):
            continue
        earlier = next((prev for prev in reversed(clauses[:i]) if prev["sizes"] and "企业" in prev["entity_types"]), None)
        if earlier is None and tax is not None and (at := text.find(clause["basis"])) >= 0:
            # (the words before it in the same sentence only, up to its 。: a sized party in a sentence of its own
            # before — a body's duty toward SMEs — says nothing of whom a later grant is for)
            start = at + clause["basis"].find(clause["line"]) if clause["line"] in clause["basis"] else at
            lead = re.split(r"[。！？]", text[:start])[-1]
            basis: Basis = {}
            before = _audience(lead, tax, basis)
            if before["sizes"] and "企业" in before["entity_types"] and "大型" not in before["sizes"] \
                    and not _LARGE_OR_ALL.search(lead):  # (a large firm named before may be the one)
                clause["sizes"] = list(before["sizes"])
                if basis.get("sizes"):
                    clause.setdefault("tag_basis", {})["sizes"] = dict(basis["sizes"])
            elif (served := served_party(text, clause["line"])) and (named := _audience(served, tax, basis := {}))["sizes"] \
                    and "企业" in named["entity_types"] and not _LARGE_OR_ALL.search(served):
                # the cost of a service spared a bare 企业: the party an earlier sentence offers it to (served_before.py)
                clause["sizes"] = list(named["sizes"])
                clause.setdefault("tag_basis", {})["sizes"] = {z: served for z in clause["sizes"]}
            elif (scope := _measure_scope(text, clause["basis"])) is not None and not _TWO_FIRMS.search(clause["line"]):
                basis = {}
                named = _audience(scope, tax, basis)
                if named["sizes"] and "大型" not in named["sizes"] and "企业" in named["entity_types"] \
                        and not _LARGE_OR_ALL.search(scope):
                    clause["sizes"] = list(named["sizes"])
                    clause.setdefault("tag_basis", {})["sizes"] = {z: scope for z in clause["sizes"]}
            continue
        if earlier is None:
            continue
        clause["sizes"] = list(earlier["sizes"])
        if "sizes" in (earlier.get("tag_basis") or {}):
            clause.setdefault("tag_basis", {})["sizes"] = dict(earlier["tag_basis"]["sizes"])


# the words that say whom a whole measure is for: its heading ("小微企业贷款贴息。", "支持小微企业稳岗。"), a definition of
# its 企业 ("本条所称企业，是指…中小微企业"), its scope ("本措施适用于…中小微企业")
_HEADING_SENTENCE = 24
_BOUND_ACTOR = re.compile(r"应当|(?<![对响供反适])应(?![急用])|须|必须|负责|不得|可以|(?:^|[，：])(?:国家|本市|市(?![场民])|区(?!域|块|间|内)|各级)")
_SCOPE = re.compile(r"所称企业[，,]?(?:是指|指)[^。；]{2,60}|适用于[^。；]{2,40}?(?:企业|经营主体|市场主体)")


def _measure_scope(text: str, before_sentence: str) -> str | None:
    """The heading, definition or scope statement of the measure `text` that comes before `before_sentence`, naming
    whom the whole measure is for; None when it has none. A bare 企业 granted later is that party."""
    at = text.find(before_sentence)
    if at <= 0:
        return None
    lead = text[:at]
    sentences = [x for x in re.split(r"(?<=[。；：:])", lead) if x.strip()]
    # (a heading names a subject, not an actor bound: "区政府应当加强对中小企业的服务。" is a body's duty, not a heading)
    first = sentences[0] if sentences else ""
    if first and len(first) <= _HEADING_SENTENCE and not GRANTS.search(first) and not _BOUND_ACTOR.search(first):
        return first
    if m := _SCOPE.search(text):
        return m.group(0)
    return None


# a receiver named by a bare head after a condition ("对按期还本付息的市场主体，…给予贴息")
_BARE_RECEIVER = re.compile(r"对[^，。；]{2,30}?的(?P<head>市场主体|经营主体|企业|商户|个体工商户)[，,]?[^。；]{0,24}?(?:给予|予以)|"
                            # "…补贴直接拨付给受保市场主体": paid to a bare head
                            r"(?:拨付|发放|支付|兑付)(?:给|至)(?:受保|受益|该|上述|相关)?(?P<head2>市场主体|经营主体|企业|商户|个体工商户)")


def _bare_receiver_named_before(clauses: list[dict], text: str, tax: Taxonomy) -> None:
    """"鼓励银行面向民宿、餐饮市场主体推出…贷款。对按期还本付息的市场主体，…给予贴息": a receiver named by the
    bare head an earlier sentence of the measure named with its trade is that receiver, in that trade."""
    for clause in clauses:
        m = _BARE_RECEIVER.search(clause["line"])
        if not m or clause["industries"] or clause["traits"]:
            continue
        before = text[:text.find(clause["basis"])] if clause["basis"] in text else ""
        named = [n for n in re.finditer(r"(?P<mod>[^，。；的]{2,12}?)" + (m.group("head") or m.group("head2")), before)]
        if not named:
            continue
        basis: dict[str, str] = {}
        trades = _consuming(tax.industry_requirements, named[-1].group(0), basis)
        if trades:
            clause["industries"] = trades
            clause.setdefault("tag_basis", {})["industries"] = basis


# a receiver named as the maker of a product ("对研制企业…给予奖励") and the product the measure names ("首版次软件产品")
_MAKER = re.compile(r"(?:对|给予)(?:其|该|上述)?(?:研制|研发|开发|生产|制造)(?:企业|单位|厂商)")
_PRODUCT = re.compile(r"(?P<words>[^，。；、的]{2,10}?)(?:产品|装备|设备)")


def _maker_in_the_products_trade(clauses: list[dict], text: str, tax: Taxonomy) -> None:
    """"对…认定的首版次软件产品，…；对研制企业…给予奖励": the maker of a product is in the product's trade."""
    for clause in clauses:
        if clause["industries"] or not _MAKER.search(clause["line"]):
            continue
        for m in _PRODUCT.finditer(text):
            basis: dict[str, str] = {}
            trades = _consuming(tax.industry_requirements, m.group("words") + "企业", basis)
            if trades:
                clause["industries"] = trades
                clause.setdefault("tag_basis", {})["industries"] = {t: m.group(0) for t in trades}
                break


# a receiver that is a thing the business owns ("列入…目录的产品，可…适用首购政策"), and the owner the measure named of such
# things ("优先采购本区中小企业的创新产品和服务")
_THING_RECEIVER = re.compile(r"的[^，。；的]{0,8}?(?:产品|服务|技术|装备|设备|软件)[，,]")
_THINGS_OWNER = re.compile(r"(?P<owner>[^，。；、的]{1,12}?(?:企业|个体工商户))的[^，。；]{0,8}?(?:产品|服务|技术|装备|设备|软件)")
_NAMES_PARTY = re.compile(r"企业|个体工商户|个体户|商户|门店|经营主体|市场主体|经营者|单位|机构")


def _things_owner(clauses: list[dict], text: str, tax: Taxonomy) -> None:
    """"…优先采购本区中小企业的创新产品和服务。列入…目录的产品，可…适用首购、订购政策": a clause whose receiver is a
    thing (a product, a service) and that names no party is for the owner of such things the measure named before it,
    of that owner's size (never a large firm when the owner is a 中小企业)."""
    for clause in clauses:
        if clause["sizes"] or clause["traits"] or clause["entity_types"] != [ENTERPRISE] \
                or _NAMES_PARTY.search(clause["line"]) or not _THING_RECEIVER.search(clause["line"]):
            continue
        before = text[:text.find(clause["basis"])] if clause["basis"] in text else ""
        owners = list(_THINGS_OWNER.finditer(before))
        if not owners:
            continue
        basis: Basis = {}
        who = _audience(owners[-1].group("owner"), tax, basis)
        if who["sizes"] and "大型" not in who["sizes"] and ENTERPRISE in who["entity_types"]:
            clause["sizes"] = _ordered(set(who["sizes"]), SIZES)
            if basis.get("sizes"):
                clause.setdefault("tag_basis", {})["sizes"] = dict(basis["sizes"])


# the merchants a campaign's money or vouchers go to, named by their taking part ("核销资金…结算给参与商户")
_PARTICIPATING = re.compile(r"(?:参与|参加|签约|合作)(?:活动)?的?商户")
# where the measure says who they are: those who may sign up ("…的餐饮、零售经营主体均可报名参与", "拟参与的民宿、农家乐须…"),
# where the consumers spend ("在签约民宿、农家乐消费时"), what the vouchers are for ("餐饮、零售消费券")
_PARTICIPANTS = (re.compile(r"(?:^|[，。；])(?P<w>[^，。；]{2,30}?)(?:均|都)?可(?:以)?(?:自愿)?(?:申请|通过[^，。；]{1,10}?)?报名(?:参与|参加)"),
                 re.compile(r"(?:拟|有意|申请)(?:参与|参加)的(?P<w>[^，。；]{2,20}?)(?:须|应|需)"),
                 re.compile(r"在(?:签约|参与活动的|参与|活动)?(?P<w>[^，。；在]{2,20}?)(?:消费|使用|就餐|购物)"),
                 re.compile(r"(?P<w>[^，。；“”、]{2,6}(?:、[^，。；“”、]{2,6})*)消费券"))


def _trades_listed(words: str, tax: Taxonomy, basis: dict[str, str]) -> list[str]:
    """The trades of the businesses a list of kinds names ("餐饮、零售夜间" → 住宿餐饮, 批发零售), each item read as the
    head of "…企业" with the words after its trade dropped ("零售夜间" as "零售")."""
    out: list[str] = []
    for item in words.split("、"):
        for k in range(len(item), 1, -1):
            if trades := _consuming(tax.industry_requirements, item[:k] + "企业", basis):
                out += [t for t in trades if t not in out]
                break
    return out


def _participants_named(clauses: list[dict], text: str, tax: Taxonomy) -> None:
    """"…在签约民宿、农家乐消费时抵扣，核销资金由区级财政结算给参与商户": a clause for the merchants taking part, naming
    no trade or size of theirs, is for those the measure says take part — their trades (a narrow one asked, as a
    receiver's own), and a size bound stated on them ("上年度营业收入5000万元以下的…均可报名参与": never a large firm)."""
    for clause in clauses:
        if clause["industries"] or clause["sizes"] or not _PARTICIPATING.search(clause["line"]):
            continue
        for rx in _PARTICIPANTS:
            found = [(m.group("w"), trades, basis) for m in rx.finditer(text)
                     for basis in [{}] for trades in [_trades_listed(m.group("w"), tax, basis)] if trades]
            if not found:
                continue
            words, trades, basis = found[0]
            clause["industries"] = trades
            clause.setdefault("tag_basis", {})["industries"] = {t: basis.get(t, words) for t in trades}
            if (bound := size_bound(words)) and bound[1] and ENTERPRISE in clause["entity_types"]:
                clause["sizes"] = ["中型", "小型", "微型"]
                clause["tag_basis"]["sizes"] = {z: bound[0] for z in clause["sizes"]}
            narrow = [t for t, industry in tax.narrow_trades.items() if industry in trades and t in words
                      and not any(t in u and t != u for u in tax.narrow_trades if u in words)]
            if narrow:
                clause["ask"].append(f"本条只面向“{'、'.join(sorted(narrow, key=words.find))}”：是否经营这类业态？")
            break


def _apply_declared(clauses: list[dict], words: str, tax: Taxonomy, only: bool = True) -> None:
    """The parties a measure's sentence declares its grant for (index/facts/measure_audience.py) replace the
    kinds of business, sizes and statuses its clauses read, when those words name any; parties that may sign up
    (not `only`) join the businesses the clauses read, in place of the individuals (a consumer) they read."""
    basis: Basis = {}
    who = _audience(words, tax, basis)
    if (listed := listed_sizes(words)) and set(who["sizes"]) < set(listed[0]):
        who["sizes"] = listed[0]  # every size listed ("小型或微型企业"), not the last one only (size_scope.py)
    if not (who["entity_types"] or who["sizes"] or who["traits"]):
        return
    if not only:
        for clause in clauses:
            kinds = [e for e in clause["entity_types"] if e != "个人"] + who["entity_types"]
            clause["entity_types"] = _ordered(set(kinds), ENTITY_TYPES)
            entity_basis = clause.setdefault("tag_basis", {}).setdefault("entity_types", {})
            for e in list(entity_basis):
                if e not in clause["entity_types"]:
                    del entity_basis[e]
            for e in who["entity_types"]:
                entity_basis.setdefault(e, words)
            if who["industries"] and not clause["industries"]:
                # "拟参与的餐饮、零售经营主体须…报名": those who may sign up are of these trades
                clause["industries"] = list(who["industries"])
                clause["tag_basis"]["industries"] = {i: words for i in who["industries"]}
        return
    # the declaring sentence restates the grant of the others ("奖励对象为首店经营主体"): not a grant of its own
    restated = [c for c in clauses if declared_receivers(c.get("basis", "")) == words]
    if len(restated) < len(clauses):
        for clause in restated:
            clauses.remove(clause)
    for clause in clauses:
        tag_basis = clause.setdefault("tag_basis", {})
        # (trades the declaration names narrow too: "参与商户限于零售、餐饮类个体工商户和小微企业")
        for key in ("entity_types", "sizes", "traits") + (("industries",) if who["industries"] else ()):
            if who[key] or key == "sizes":
                clause[key] = _ordered(set(who[key]), SIZES) if key == "sizes" else list(who[key])
                tag_basis[key] = {t: words for t in clause[key]}
                if not clause[key]:
                    tag_basis.pop(key, None)


def _defined_conditions_asked(clauses: list[dict], tax: Taxonomy) -> None:
    """A clause granting to a short name whose definition states a condition ("连续经营满1年的中小微企业（以下简称
    企业）…企业新招用…的，给予…") is asked about that condition, as the clause that defined it would be."""
    for term, words in tax.defined_terms:
        condition = inline_condition(f"对{words}，给予")
        if not condition:
            continue
        for clause in clauses:
            scope = defining_parentheses(clause.get("shared", "") + clause["line"])
            question = f"本文件所称“{term}”是指“{quoted(words, 40)}”：是否满足？"
            if term in scope and words not in scope and question not in clause["ask"]:
                clause["ask"].append(question)


def _read_in(term: str, words: str, tax: Taxonomy) -> bool:
    """Every size, status and trade the short name `term` reads is read in the `words` it stands for too."""
    return all(set(_names(rules, term)) <= set(_names(rules, words)) for rules in (tax.traits, tax.industry_requirements)) \
        and set(_consuming(tax.sizes, term)) <= set(_consuming(tax.sizes, words))


def tag_measure(measure: dict, taxonomy: Taxonomy | None = None, audience: str = "") -> dict:
    """Tags and eligibility rules of one measure (needs "text"; "id" to find its override).

    Returns {industries, benefit_types, entity_types, sizes, traits_required, situations_required,
    government_only, eligibility: {"clauses": [...]}, tag_basis: {field: {tag: words}}, override: why-or-None}.
    The measure-level lists are the union over the clauses ("any clause needs it"); the clauses are what
    eligibility judges; every tag names the words of the text behind it (tag_basis).
    """
    tax = taxonomy or load_taxonomy()
    # the short names the document gave its parties up to this measure, read as the words they stand for where those
    # say all the name says ("经营主体" for "中小微企业和个体工商户"; not "专精特新中小企业" for "经…认定…的企业", whose
    # status only the name reads)
    terms = tuple((term, words) for term, words in measure.get("defined_terms") or ()
                  if _names(tax.entity_types + tax.sizes + tax.traits, words) and _read_in(term, words, tax))
    if terms:
        tax = replace(tax, defined_terms=terms)
    text = without_headings(measure.get("text") or "")  # (a chapter heading glued to the article names no party)
    flags = measure.get("flags") or []
    clauses, saw_government = derive_clauses(text, tax, audience, measure.get("referred") or "")
    derived = list(clauses)
    override = tax.overrides.get(measure.get("id") or "", {})
    if "clauses" in override:
        clauses = [_normalise_clause(c, text, tax) for c in override["clauses"]]
    # sentences a reviewer found to be government work though they name a party and a benefit word
    dropped = set(override.get("drop_clauses", []))
    derived = _without_follow_ons([c for c in derived if c.get("basis") not in dropped])
    clauses = list(derived) if "clauses" not in override else [c for c in clauses if c.get("basis") not in dropped]
    # benefits the rules miss, added beside the derived ones (the derived ones stay as they are; a derived reading of the
    # very sentence a reviewer added a clause for gives way to the reviewed one)
    added = [_normalise_clause(c, text, tax) for c in override.get("add_clauses", [])]
    reviewed_bases = {c.get("basis") for c in added}
    clauses = [c for c in clauses if c.get("basis") not in reviewed_bases] + added
    for question in override.get("ask", []):
        for clause in clauses:
            clause["ask"].append(question)
    # what kind of provision it is (index/facts/kinds.py); the taxonomy's clauses say which sentences grant
    kind, kind_basis, read = measure_kind(text, {i for i, s in enumerate(split_sentences(text))
                                                 if any(c.get("basis") == s for c in derived)})
    reviewed = "clauses" in override or bool(override.get("add_clauses"))
    if not reviewed:
        # a benefit is granted where a sentence grants it; a sentence that is a duty or an obligation
        # is not a benefit even if it names one (""市人民政府应当加大对…的支持"")
        benefit_sentences = {s for s, k, _ in read if k == BENEFIT}
        clauses = [c for c in clauses if c.get("basis") in benefit_sentences] if kind == BENEFIT else []
    elif clauses:
        kind, kind_basis = BENEFIT, kind_basis if kind == BENEFIT else clauses[0].get("line", "")
    rights = _rights(read, tax, audience) if kind == RIGHT else []
    # a measure whose text the source lost (原文缺失), or lost in part leaving neither a benefit nor a
    # government task (a bare lead sentence, 文本不完整), is unknown, not a government task
    unknown = FLAG_TEXT_INCOMPLETE in flags and not clauses and not saw_government
    government_only = bool(override.get("government_only", not clauses and bool(text.strip()) and not unknown))
    if government_only:
        clauses = []
        if kind == BENEFIT:
            kind = DUTY
            kind_basis = next((w for _, k, w in read if k == DUTY and w), "") or override.get("why", "")
    if kind == BENEFIT and clauses and not kind_basis:
        # a grant with no grant verb ("缓缴…", "…减半征收"): its benefit words
        words = [w for c in clauses for w in (c.get("tag_basis") or {}).get("benefit_types", {}).values()]
        kind_basis = words[0] if words else clauses[0]["line"]
    if override.get("kind") in KINDS:
        kind, kind_basis = override["kind"], override.get("kind_basis") or override.get("why", "")
    if government_only and kind in (RIGHT, OBLIGATION, GENERAL) and "government_only" not in override:
        # a right, an obligation or a general provision is not the government's work (政府工作): it is
        # never offered for its own reason (its kind), not filed under 政府工作, and not ranked with the
        # government's tasks when searching (a right to invoke, a duty to meet, a definition to know)
        government_only = False
    # a grant whose conditions are written elsewhere (符合条件的, 按照有关规定, 经认定): ask, never "可以申请"
    # a condition written in a sentence of the measure that grants nothing itself ("补贴须经区商务局审核认定后发放",
    # "企业须在2026年度未发生规模性裁员", "补贴对象由各街道推荐，区商务局择优确定")
    granting_lines = {c.get("basis") for c in clauses}
    sentences = split_sentences(text)
    beside = next((m.group(0) for before, s in zip(sentences, sentences[1:]) if before in granting_lines
                   and s not in granting_lines for m in [_CONDITION_BESIDE.search(s)] if m), None)
    for clause in [] if override.get("conditions_known") else clauses:
        words = conditions_elsewhere(clause.get("shared", "") + clause["line"], text)
        if words:
            clause["ask"].append(condition_question(words))
        # a preference in public purchasing holds in the purchases it names, for a bidder (index/facts/procurement.py)
        if PREFERENCE_TYPE in clause["benefit_types"] and not clause["ask"] \
                and (preference := procurement_preference(
                    clause.get("shared", "") + clause["line"], text,
                    next(r.patterns for r in tax.benefit_types if r.name == PREFERENCE_TYPE))):
            clause["ask"].append(PROCUREMENT_QUESTION.format(quoted(preference)))
        # a tax preference whose measure other rules set ("可以免征、减征", "按一定比例…抵免"), or one for the items the
        # article lists ("企业的下列收入为免税收入：（一）…"): which items and how much is the visitor's to confirm
        if (relief := unstated_relief(clause.get("shared", "") + clause["line"])) and not clause["ask"]:
            clause["ask"].append(f"本条未写明“{relief}”的具体比例或幅度，由实施条例或税务主管部门规定：请向主管税务机关确认是否适用及如何计算")
        if (listed := LISTED_OWN.search(clause.get("shared", "") + clause["line"])) and not clause["ask"]:
            clause["ask"].append(f"本条只适用于所列的{listed.group(0)[-2:]}：您是否有其中之一？")
        if (permit := approved_to_act(clause["basis"])) and not clause["ask"]:
            clause["ask"].append(PERMIT_QUESTION.format(quoted(permit, 40)))  # "经…批准，可以从事…": the body decides
        if (permit := permitted_to_act(clause["basis"])) and not clause["ask"]:
            clause["ask"].append(PERMITTED_QUESTION.format(quoted(permit, 40)))  # "允许…开展…": on its terms
        stated = stated_conditions(clause.get("shared", "") + clause["line"])
        if stated and not words and not clause["ask"]:
            clause["ask"].append(f"是否满足本条写明的条件：“{stated}”？")
        if (joined := _JOIN.search(clause["line"]) or _JOIN_STEP.search(text)
                or _JOINED_RECEIVER.search(clause["line"])) and not clause["ask"]:
            # "门店可自愿报名参加": the organiser accepts or not, by its rules
            clause["ask"].append(f"本条须报名参加（“{joined.group(0)}”）：是否已报名并被接受？")
        if (prize := awarded_by_selection(clause["basis"])) and not clause["ask"]:
            clause["ask"].append(SELECTION_QUESTION.format(quoted(prize)))
        if (fund := funds_a_party(clause["basis"])) and not clause["ask"]:
            clause["ask"].append(PUBLIC_OFFER_QUESTION.format(quoted(fund)))  # how much and on what terms: not written
        offer = unstated_terms(clause["basis"], actor(clause["basis"])[0]) if clause.pop("unnamed", False) else None
        if offer and not clause["ask"]:
            clause["ask"].append(PUBLIC_OFFER_QUESTION.format(quoted(offer)))
        if (project := clause.pop("project", None)) and not clause["ask"]:
            clause["ask"].append(PROJECT_QUESTION.format(quoted(project, 30)))  # "对…节能项目，…给予优先贷款"
        # what the receiver must have done ("对开展技术改造的企业"), unless the profile answers it (a situation)
        act = achieved(clause.get("shared", "") + clause["line"])
        if act and not clause["ask"] and not clause["situations"]:
            clause["ask"].append(f"是否满足本条写明的条件：“{act}”？")
        # a business named by a trade narrower than the profile's industries ("乡村民宿", "农家乐", "超市"):
        # whether the visitor is one is not in its profile
        scope = blank_providers(clause.get("shared", "") + clause["line"])
        narrow = [t for t, industry in tax.narrow_trades.items() if industry in clause["industries"] and t in scope
                  and not any(t in u and t != u for u in tax.narrow_trades if u in scope)]  # ("小吃店", not also "店")
        if narrow and not clause["ask"]:
            clause["ask"].append(f"本条只面向“{'、'.join(sorted(narrow, key=scope.find))}”：是否经营这类业态？")
        # a receiver named as an association's members ("对中小微企业会员会费减半收取", "会员企业"): membership is not in
        # the profile
        if (member := _MEMBER.search(scope)) and not clause["ask"]:
            clause["ask"].append(f"本条只面向会员（“{member.group(0)}”）：您的企业是否为其会员？")
        if beside and not clause["ask"]:
            clause["ask"].append(f"本条另写明：“{quoted(beside.strip('，。；'), 40)}”：是否满足？")
        # a quota, a selection or a recommendation anywhere in the measure ("名额有限，先到先得", "由区商务局择优确定支持对象",
        # "每年支持不超过100家", "须经街道推荐"): who gets it is decided, not claimed
        if (limit := _LIMITED.search(text)) and not clause["ask"]:
            clause["ask"].append(LIMITED_QUESTION.format(quoted(limit.group(0).strip("，。；"), 40)))
        # "…的冰雪企业和民宿餐饮企业": the trade read for one item does not narrow the other, whose kind is asked
        if clause["industries"] and (item := _unread_item(blank_providers(clause.get("shared", "") + clause["line"]), tax)):
            clause["industries"] = []
            (clause.get("tag_basis") or {}).pop("industries", None)
            clause["ask"].append(f"本条面向“{item}”等：您的企业是否属于本条所列的一类？")
        # a receiver whose head names a kind of firm the vocabulary does not know ("充电桩建设运营企业"): asked,
        # never offered outright to every firm
        kind_asked = None
        if (unknown := _unknown_kind(clause.get("shared", "") + clause["line"], tax)) and not clause["ask"]:
            kind_asked = f"本条只面向“{unknown}”：您的企业是否属于这一类？"
            clause["ask"].append(kind_asked)
        # a receiver named by a role no profile states ("给予主办单位补贴", "对…的出租方"): asked
        # (asked first even beside other conditions: whether the visitor is that party decides before anything else)
        role = role_receiver(clause.get("shared", "") + clause["line"])
        if role and role[0] in (OPERATOR, LANDLORD, DEALER) and not clause["situations"]:
            clause["ask"].insert(0, f"本条给予“{role[1]}”：您是否为本条所说的{role[1]}？")
        # an upper bound on the firm's size ("年营业收入2000万元以下的企业"): asked; low enough, never a large firm
        if bound := size_bound(clause.get("shared", "") + clause["line"]):
            if not clause["ask"]:
                clause["ask"].append(f"是否满足本条写明的条件：“{bound[0]}”？")
            if bound[1] and ENTERPRISE in clause["entity_types"] and not clause["sizes"]:
                clause["sizes"] = ["中型", "小型", "微型"]
        # a condition inside the receiver phrase ("对…新上线…的门店", "…确有困难的，可以申请")
        inline = inline_condition(clause.get("shared", "") + clause["line"])
        answered = [w for w in (clause.get("tag_basis") or {}).get("situations", {}).values()
                    if w and inline and (w in inline or inline in w)]
        # (asked beside the kind of firm asked above: "连续经营满3年的传统手工艺门店" asks both)
        if inline and not [a for a in clause["ask"] if a != kind_asked] and not answered:  # unless a situation of the profile is that condition
            clause["ask"].append(f"是否满足本条写明的条件：“{inline}”？")
        elif inline and not answered:  # a part of it asked already (a size bound): asked on all of it
            clause["ask"] = widened(clause["ask"], inline)
        # a preference or help whose content other rules set (index/facts/claimable.py), when that is what it grants
        unnamed = enjoyed_preference(clause["line"]) or helped_to_apply(clause["basis"])
        if unnamed and unnamed in (clause.get("tag_basis") or {}).get("benefit_types", {}).values() and not clause["ask"]:
            clause["ask"].append(PREFERENCE_QUESTION.format(quoted(unnamed)))
        if (listed := listed_conditions(clause.get("shared", "") + clause["line"])) and not clause["ask"]:
            clause["ask"].append(LISTED_QUESTION.format(listed))  # "有下列情形之一的，…可以申请…：（一）…"
        if (person := run_by(clause.get("shared", "") + clause["line"])) and not clause["ask"]:
            clause["ask"].append(RUN_BY_QUESTION.format(person))  # "对从事个体经营的退役军人，…"
        if (founder := founded_by(clause.get("shared", "") + clause["line"])) and not clause["ask"]:
            clause["ask"].append(FOUNDED_BY_QUESTION.format(founder))  # "对高校毕业生在本区创办企业的，…"
        # a grant computed on the rent the receiver pays ("按照实际支付房租的10%给予补贴"): whether it rents its premises is
        # not in its profile, unless a situation of the clause says so (租用国有房屋 …)
        if _RENT_PAID.search(clause.get("shared", "") + clause["line"]) and not clause["ask"] and not clause["situations"]:
            clause["ask"].append(RENT_QUESTION)
        # vouchers a body hands out ("面向中小微企业发放“云服务券”", "服务券申领截止至…"): how many, to whom first, by
        # what procedure is the issuer's notice's; whether the visitor has one is asked
        if (voucher := _HANDED_OUT.search(clause.get("shared", "") + clause["line"])) and not clause["ask"]:
            clause["ask"].append(VOUCHER_QUESTION.format(quoted(voucher.group(0))))
        may = discretionary(clause["basis"])
        if may and not clause["ask"]:
            clause["ask"].append(f"本条写的是“{may}”，是否给予由主管部门决定：是否已向责任单位确认可以享受？")

    if not reviewed:
        clauses = fold_heading(clauses, text)  # "给予…补贴。对…的，给予补贴": the heading is the detail's (measure_heading.py)
        _additional_grants_inherit(clauses)
        # a heading the layout set apart ("第二条（降低制造业小微企业担保成本）…", "（三）支持小微企业稳岗。…" read as the
        # measure's title) names whom the measure is for as the same words opening its text do
        title = (measure.get("title") or "").strip("。 ")
        _bare_enterprise_inherits_size(clauses, f"{title}。{text}" if title and not text.startswith(title) else text, tax)
        _bare_receiver_named_before(clauses, text, tax)
        _maker_in_the_products_trade(clauses, text, tax)
        _things_owner(clauses, text, tax)
        _participants_named(clauses, text, tax)
    if not reviewed and clauses and (found := declared(text)):
        # "本项补贴仅面向小型微型企业和个体工商户": the measure's own sentence says who receives its grant
        _apply_declared(clauses, found[0], tax, only=found[1])
    if not reviewed:
        # sizes said by an exclusion, a list, the part's heading or the party the document faces (size_scope.py)
        restrict_sizes(clauses, text, [measure.get("subsection") or "", measure.get("section") or "", measure.get("facing") or ""])
    if not reviewed and not override.get("conditions_known"):
        _defined_conditions_asked(clauses, tax)
        clauses = guard_offers(clauses)  # a last check of what is offered (index/facts/offer_guard.py)
    for clause in clauses:
        clause.pop("unnamed", None)
        clause.pop("project", None)

    def union(key: str) -> set[str]:
        return {v for c in clauses for v in c[key]}

    basis: Basis = {}
    for clause in clauses:
        for key, words in clause.get("tag_basis", {}).items():
            for tag, w in words.items():
                basis.setdefault(key, {}).setdefault(tag, w)
    benefit_types = [GOVERNMENT] if government_only else _ordered(union("benefit_types"), tax.names("benefit_types"))
    if government_only:
        words = ((tax.government_strong and tax.government_strong.find(text)) or tax.government.find(text)
                 or next((w for _, k, w in read if k == DUTY and w and w in text), None))
        basis = {"benefit_types": {GOVERNMENT: words or override.get("why") or "（全条没有写明享受主体和待遇）"}}
    scope = "".join(c["line"] for c in clauses) if clauses else text
    facet_basis: dict[str, str] = {}
    industries = set(_names(tax.industries, scope, facet_basis)) | union("industries")
    for tag, words in facet_basis.items():
        basis.setdefault("industries", {}).setdefault(tag, words)
    tags = {
        "industries": _ordered(industries, tax.names("industries")),
        "benefit_types": benefit_types,
        "entity_types": [] if government_only else _ordered(union("entity_types"), ENTITY_TYPES),
        "sizes": _ordered(union("sizes"), SIZES),
        "traits_required": _ordered(union("traits"), tax.names("traits")),
        "situations_required": _ordered(union("situations"), tax.names("situations")),
        "government_only": government_only,
        "eligibility": {"clauses": clauses, "government_only": government_only, "kind": kind, "rights": rights},
        "kind": kind,
        "kind_basis": kind_basis,
        "override": override.get("why"),
    }
    who = override.get("beneficiaries") or {}
    if who:  # a maintainer's correction of whom the measure is for: the facets and every clause 资格自查 judges
        for key in ("entity_types", "sizes"):
            if key in who:
                tags[key] = list(who[key])
                basis[key] = {t: f"维护人员更正：{override.get('why', '')}" for t in tags[key]}
                for clause in clauses:
                    clause[key] = list(who[key])
    tags["deadline_override"] = (list(override["deadlines"]), override.get("why", "")) if override.get("deadlines") else None
    reviewed_basis = override.get("tag_basis", {})
    for key in ("industries", "benefit_types", "entity_types", "sizes"):
        if key in override:
            tags[key] = list(override[key])
            basis[key] = {t: basis.get(key, {}).get(t) or reviewed_basis.get(t) for t in tags[key]}
            basis[key] = {t: w for t, w in basis[key].items() if w}
    field_of = {"traits_required": "traits", "situations_required": "situations"}
    tags["tag_basis"] = {key: {t: basis.get(field_of.get(key, key), {}).get(t) for t in tags[key]}
                         for key in ("industries", "benefit_types", "entity_types", "sizes", "traits_required",
                                     "situations_required") if tags[key]}
    return tags
