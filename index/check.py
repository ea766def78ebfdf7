"""`check`: a data-quality report per document; any broken invariant makes it fail."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.build import parse_entry
from index.facts.kinds import GENERAL, KIND_LABELS, OBLIGATION, RIGHT
from index.records import measure_records
from index.catalog import CatalogEntry
from index.source.cleaning import clean
from index.source.metadata import after_title
from index.models import ParsedDocument
from index.source.readers import read_source
from index.source.tokens import Kind, tokenize
from index.vocab import FLAG_TEXT_INCOMPLETE, FLAG_TEXT_MISSING

def _placed(sentence: str, places: dict[str, int], depth: int = 4) -> bool:
    """A sentence placed whole, or in pieces each placed (a header glued before the preamble: the issuer, the
    document number, the date; at most `depth` pieces)."""
    if sentence in places:
        return True
    return depth > 1 and any(sentence[:k] in places and _placed(sentence[k:], places, depth - 1) for k in range(1, len(sentence)))


# What must never stand in a measure's text.
RESIDUE_PATTERNS = {
    "编号前缀": re.compile(r"^(?:\d{1,3}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"),
    "责任单位": re.compile(r"[（(]\s*责任(?:单位|部门)"),
    "网页或Word残留": re.compile(r"\[bookmark|责任编辑|发布日期|此件公开发布"),
    "通知或前言": re.compile(r"印发给你们|制定本实施方案|现将《|特制定以下措施|现提出以下措施"),
}


@dataclass
class DocumentReport:
    id: str
    measures: int
    expected: int | None
    missing_numbers: list[int]
    flags: dict[str, int]
    sentences: int
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    residue: list[str] = field(default_factory=list)
    duplicate_texts: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    without_units: list[int] = field(default_factory=list)
    untagged: list[str] = field(default_factory=list)  # no benefit type / entity type (政府工作 excepted)
    government_only: list[int] = field(default_factory=list)
    incomplete: list[int] = field(default_factory=list)  # flagged 文本不完整 (lost text at a hand-over point)
    tags: int = 0  # tags of its measures (facets and eligibility conditions)
    by_absence: int = 0  # tags whose basis is what the text does not say (政府工作 with no 主体, 企业 by default)
    without_basis: list[str] = field(default_factory=list)  # "措施4 行业“金融”": a tag no words of the text support
    kinds: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # 可申请的支持 → [(number, basis words)]
    each: list[str] = field(default_factory=list)  # per measure: its kind and end, each with its basis (check --each)
    warnings: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        out = []
        if self.expected is not None and self.measures != self.expected:
            out.append(f"措施条数为{self.measures}，应为{self.expected}")
        if self.missing_numbers:
            out.append(f"缺少编号{self.missing_numbers}")
        out += [f"原文句子未归入任何位置：{s[:40]}" for s in self.lost]
        out += [f"句子归入了不止一处：{s[:40]}" for s in self.doubled]
        out += self.residue
        out += [f"两条措施文本相同：{s}" for s in self.duplicate_texts]
        out += [f"无法归位的文字：{s[:40]}" for s in self.unplaced]
        out += self.untagged
        out += [f"{t}没有原文依据：请在 resources/taxonomy.toml 改规则，或在 resources/measure_overrides.toml 写明 tag_basis"
                for t in self.without_basis]
        return out

    def kinds_line(self, examples: int = 3) -> str:
        """"性质：可申请的支持12条（措施1“对…给予”…）；政府职责…": every kind with its count and the words of
        its first measures that make them so."""
        parts = []
        for label, items in self.kinds.items():
            shown = "、".join(f"措施{n}“{basis[:24]}”" for n, basis in items[:examples])
            parts.append(f"{label}{len(items)}条（{shown}{'等' if len(items) > examples else ''}）")
        return "性质：" + ("；".join(parts) or "无")

    @property
    def ok(self) -> bool:
        return not self.problems


def measure_line(record: dict, kind: str) -> str:
    """"第4条　可申请的支持（依据“…给予”）　期限至2026-06-30（依据“申报截止时间为2026年6月30日。”）"."""
    basis = record.get("tag_basis") or {}
    ends = basis.get("deadlines") or {}
    if ends:
        end = max(ends)
        time = f"期限至{end}（依据“{ends[end]}”）"
    elif basis.get("lasting"):
        time = f"长期有效（依据“{next(iter(basis['lasting'].values()))}”）"
    elif record.get("valid_until"):
        said = (basis.get("validity") or {}).get(record["valid_until"])
        time = f"期限：文件有效期至{record['valid_until']}" + (f"（依据“{said}”）" if said else "")
    else:
        time = "期限：原文未写明"
    start = min(basis.get("starts") or {}, default=None)
    if start:
        time += f"；自{start}起（依据“{basis['starts'][start]}”）"
    # dates that say who qualifies, not until when (对2025年12月31日前注册的…, 获得支持的项目须于…前完成)
    for day, sentence in (basis.get("conditions") or {}).items():
        time += f"；条件日期{day}，不是期限（依据“{sentence}”）"
    # windows without one calendar day, as written (开业之日起6个月内提出申请 / 每年6月底前集中受理)
    for words, sentence in {**(basis.get("windows") or {}), **(basis.get("recurring") or {})}.items():
        time += f"；时限按原文：{words}（依据“{sentence}”）"
    return f"第{record['number']}条　{kind}（依据“{record.get('kind_basis') or '无'}”）　{time}"


def check_entry(entry: CatalogEntry) -> DocumentReport:
    doc = parse_entry(entry)
    text, _ = clean(read_source(entry.file).text)
    return check_document(entry.id, doc, [t.text for t in tokenize(text) if t.kind is Kind.SENT], entry.expected_measures)


def check_document(doc_id: str, doc: ParsedDocument, source_sentences: list[str], expected: int | None) -> DocumentReport:
    numbers = [m.number for m in doc.measures]
    flags: dict[str, int] = {}
    for m in doc.measures:
        for flag in m.flags:
            flags[flag] = flags.get(flag, 0) + 1
    unique = list(dict.fromkeys(source_sentences))
    report = DocumentReport(
        id=doc_id,
        measures=len(doc.measures),
        expected=expected,
        missing_numbers=sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers)),
        flags=flags,
        sentences=len(unique),
        unplaced=list(doc.unplaced),
        without_units=[m.number for m in doc.measures if not m.units_text],
        warnings=list(doc.warnings),
    )
    places: dict[str, int] = {}
    # The press note may repeat measures (it summarises them); every other place holds a sentence once.
    sections = [doc.notice, doc.preamble, doc.closing, doc.unplaced] + [m.sentences for m in doc.measures]
    for sentence in doc.press_note:
        places.setdefault(sentence, 0)
    for part in sections:
        for sentence in part:
            places[sentence] = places.get(sentence, 0) + 1
    title = doc.title or ""
    for sentence in unique:
        count = places.get(sentence, 0) or int(sentence in doc.press_note)
        if count == 0 and title and title in sentence:
            # the bare title, glued to the preamble's first sentence (and the signature before it): the title is its place
            before, rest = sentence[: sentence.index(title)], after_title(sentence[sentence.index(title):], title)
            count = int((not before or before in places) and (not rest or _placed(rest, places)))
        if count == 0:
            count = int(_placed(sentence, places))
        if count == 0:
            report.lost.append(sentence)
        elif count > 1:
            report.doubled.append(sentence)
    # every measure an enterprise may be offered needs a benefit type and an entity type (taxonomy.toml)
    labels = {"industries": "行业", "benefit_types": "惠企类型", "entity_types": "主体类型", "sizes": "规模",
              "traits_required": "企业特征", "situations_required": "经营情况"}
    for record in measure_records(doc_id, doc):
        if record["text"].strip():
            label = KIND_LABELS.get(record.get("kind") or "", "未判定")
            report.kinds.setdefault(label, []).append((record["number"], record.get("kind_basis") or "（无）"))
            report.each.append(measure_line(record, label))
        if FLAG_TEXT_INCOMPLETE in record["flags"]:
            report.incomplete.append(record["number"])
        # every tag names the words of the text behind it (tag_basis), and those words are in the text
        for key, label in labels.items():
            for tag in record[key]:
                report.tags += 1
                words = (record.get("tag_basis") or {}).get(key, {}).get(tag)
                report.by_absence += bool(words and words.startswith("（"))
                if not words or (not words.startswith("（") and words not in record["text"] and key != "benefit_types"):
                    report.without_basis.append(f"措施{record['number']} {label}“{tag}”")
        if record["government_only"]:
            report.government_only.append(record["number"])
            continue
        if record.get("kind") in (RIGHT, OBLIGATION, GENERAL):
            continue  # never offered as a benefit: no benefit type to tag (rights are judged by whom they protect)
        if FLAG_TEXT_MISSING in record["flags"] or (FLAG_TEXT_INCOMPLETE in record["flags"] and not record["eligibility"]["clauses"]):
            continue  # nothing to tag: the app says to consult the original
        missing = [label for label, key in (("惠企类型", "benefit_types"), ("主体类型", "entity_types")) if not record[key]]
        if missing:
            report.untagged.append(f"措施{record['number']}没有{'和'.join(missing)}：请在 resources/taxonomy.toml 补规则，"
                                   f"或在 resources/measure_overrides.toml 逐条写明")
    seen_texts: dict[str, int] = {}
    for m in doc.measures:
        for label, pattern in RESIDUE_PATTERNS.items():
            if pattern.search(m.text):
                report.residue.append(f"措施{m.number}含{label}：{pattern.search(m.text).group(0)}")
        if not m.text.strip():
            if FLAG_TEXT_MISSING not in m.flags:
                report.residue.append(f"措施{m.number}没有正文")
            continue
        if m.text in seen_texts:
            report.duplicate_texts.append(f"{seen_texts[m.text]}与{m.number}")
        seen_texts[m.text] = m.number
    return report
