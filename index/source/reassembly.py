"""Reassemble measures from a scrambled source (two interleaved passes, repeated sentences).

Identical sentences are one sentence. Measures listed in the reviewed corrections take exactly the
sentences listed there; the rest follow the source: a sentence belongs to the measure whose number or
whose already-placed sentence came last before it. Whatever cannot be placed is reported, never dropped.
"""
from __future__ import annotations

from index.source.cleaning import remove_stray_spaces, unify_punctuation
from index.source.corrections import Corrections
from index.errors import PolicyDataError
from index.source.completeness import handover_measures
from index.models import Measure
from index.source.structure import Assembly, heading_label
from index.source.tokens import Kind, Token
from index.vocab import FLAG_NUMBER_INFERRED, FLAG_REASSEMBLED, FLAG_TEXT_INCOMPLETE, FLAG_TEXT_MISSING

FRONT = "front"


def reassemble(tokens: list[Token], level: Kind, corrections: Corrections | None) -> tuple[Assembly, dict[str, list[str]], int]:
    """Returns the assembly, the sections named by the corrections, and how many repeated sentences were merged."""
    out = Assembly()
    unique: list[str] = []
    seen: set[str] = set()
    for token in tokens:
        if token.kind is Kind.SENT and token.text not in seen:
            seen.add(token.text)
            unique.append(token.text)
    duplicates = sum(1 for t in tokens if t.kind is Kind.SENT) - len(unique)

    claimed: dict[str, object] = {}
    fixed: dict[int, list[str]] = {}
    sections: dict[str, list[str]] = {}
    if corrections is not None:
        for name, snippets in corrections.sections.items():
            sections[name] = _resolve_all(snippets, unique, corrections, name, claimed)
        for number, fix in corrections.measures.items():
            fixed[number] = _resolve_all(fix.snippets, unique, corrections, f"措施{number}", claimed, owner=number)

    auto: dict[int, list[str]] = {}
    units: dict[int, str] = {}
    markers: set[int] = set()
    placed: dict[str, object] = dict(claimed)
    context: object = FRONT
    for token in tokens:
        if token.kind is level and token.kind is Kind.ITEM:
            context = token.number
            markers.add(token.number)
        elif token.kind is Kind.SENT:
            if token.text in placed:
                context = placed[token.text]
                continue
            if context == FRONT or not isinstance(context, int):
                out.front.append(token.text)
                placed[token.text] = FRONT
            elif context in fixed:
                out.warnings.append(
                    f"句子“{token.text[:30]}…”在更正文件中没有归属，按原文位置本应属于措施{context}；已单独列出，请在更正文件中补记。"
                )
                out.unplaced.append(token.text)
                placed[token.text] = "unplaced"
            else:
                auto.setdefault(context, []).append(token.text)
                placed[token.text] = context
        elif token.kind is Kind.UNITS and isinstance(context, int) and context not in fixed:
            units.setdefault(context, token.text)

    unit_texts = {t.text for t in tokens if t.kind is Kind.UNITS}
    numbers = sorted(set(auto) | set(fixed) | markers)
    item_sub, item_part, sub_part = _adjacent_headings(tokens)
    previous: tuple[str | None, str | None] = (None, None)
    owner = {s: n for n, sentences in auto.items() for s in sentences}
    owner.update({s: n for n, sentences in fixed.items() for s in sentences})
    at_handover = handover_measures(tokens, owner)
    for number in numbers:
        fix = corrections.measures.get(number) if corrections else None
        measure = Measure(number=number, sentences=fixed.get(number) or auto.get(number, []))
        if fix is not None:
            units_text = remove_stray_spaces(unify_punctuation(fix.units)) if fix.units is not None else None
            if units_text is not None and units_text not in unit_texts:
                raise PolicyDataError(
                    f"{corrections.path}：措施{number}的责任单位“{fix.units}”在原文的（责任单位：…）中找不到，请照原文抄写。"
                )
            measure.units_text = units_text
        else:
            measure.units_text = units.get(number)
        if fix is not None and fix.subsection:
            _find_heading(tokens, fix.subsection, corrections)
        if fix is not None and fix.subsection is not None:
            subsection = fix.subsection or None
        else:
            subsection = item_sub.get(number, previous[1])
        if fix is not None and fix.section is not None:
            section = fix.section or None
        elif number in item_part:
            section, subsection = item_part[number], None
        elif subsection == previous[1]:
            section = previous[0]
        else:
            section = sub_part.get(subsection, previous[0])
        measure.section, measure.subsection = previous = (section, subsection)
        if number not in markers or (fix is not None and fix.number_inferred):
            measure.flags.append(FLAG_NUMBER_INFERRED)
        if fix is not None and not fix.snippets:
            measure.flags.append(FLAG_TEXT_MISSING)
        elif not _contiguous_in_source(tokens, measure):
            measure.flags.append(FLAG_REASSEMBLED)
        reviewed = fix.incomplete if fix is not None else None
        if FLAG_TEXT_MISSING not in measure.flags and reviewed is not False and (number in at_handover or reviewed):
            measure.flags.append(FLAG_TEXT_INCOMPLETE)
        out.measures.append(measure)
    if level is not Kind.ITEM:
        out.warnings.append("原文顺序混乱，且措施不是以“1.”编号：无法自动重组，请人工整理后再导入。")
    if corrections is None:
        out.warnings.append(
            "原文顺序混乱（编号回跳或整句重复），已按出现顺序暂拼各措施。请在 resources/corrections/ 中写更正文件复核后再发布。"
        )
    missing = sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers))
    if missing:
        out.warnings.append(f"编号缺失：{'、'.join(map(str, missing))}（原文中找不到这些编号）。")
    return out, sections, duplicates


def _resolve_all(
    snippets: list[str], unique: list[str], corrections: Corrections, where: str, claimed: dict[str, object], owner: object = None
) -> list[str]:
    owner = where if owner is None else owner
    result: list[str] = []
    for raw in snippets:
        # the snippet was copied from the raw source; compare it as the cleaned text has it
        snippet = remove_stray_spaces(unify_punctuation(raw))
        matches = [s for s in unique if snippet in s]
        if len(matches) != 1:
            problem = "在原文中找不到" if not matches else f"出现在{len(matches)}个不同的句子中"
            raise PolicyDataError(f"{corrections.path}：{where}的片段“{snippet}”{problem}。请换一段原文中唯一的文字。")
        sentence = matches[0]
        if sentence in result:
            continue  # two snippets of one sentence
        if sentence in claimed and claimed[sentence] != owner:
            raise PolicyDataError(
                f"{corrections.path}：句子“{sentence[:30]}…”既列在{_owner_label(claimed[sentence])}，又列在{where}。每句只能归入一处。"
            )
        claimed[sentence] = owner
        result.append(sentence)
    return result


def _owner_label(owner: object) -> str:
    return f"措施{owner}" if isinstance(owner, int) else str(owner)


def _adjacent_headings(tokens: list[Token]) -> tuple[dict[int, str], dict[int, str], dict[str, str]]:
    """Headings that stand directly before a marker: a subsection opens with its first measure's
    number, a part with its first subsection. Everything else inherits from the measure before."""
    item_sub: dict[int, str] = {}
    item_part: dict[int, str] = {}  # a part without subsections opens directly with a measure
    sub_part: dict[str, str] = {}
    for before, token in zip(tokens, tokens[1:]):
        if token.kind is Kind.ITEM and before.kind is Kind.SUB and token.number is not None:
            item_sub.setdefault(token.number, heading_label(before))
        elif token.kind is Kind.ITEM and before.kind is Kind.PART and token.number is not None:
            item_part.setdefault(token.number, heading_label(before))
        elif token.kind is Kind.SUB and before.kind is Kind.PART:
            sub_part.setdefault(heading_label(token), heading_label(before))
    return item_sub, item_part, sub_part


def _find_heading(tokens: list[Token], label: str, corrections: Corrections) -> None:
    if any(t.kind is Kind.SUB and heading_label(t) == label for t in tokens):
        return
    raise PolicyDataError(f"{corrections.path}：小标题“{label}”在原文中找不到，请照原文抄写（含编号）。")


def _contiguous_in_source(tokens: list[Token], measure: Measure) -> bool:
    """True when the measure stands in the source as one run: its marker, its sentences, its units."""
    want = measure.sentences
    if not want:
        return False
    for i, token in enumerate(tokens):
        if token.kind is not Kind.ITEM or token.number != measure.number:
            continue
        run = tokens[i + 1 : i + 1 + len(want)]
        if [t.text for t in run if t.kind is Kind.SENT] != want or len(run) != len(want):
            continue
        after = tokens[i + 1 + len(want)] if i + 1 + len(want) < len(tokens) else None
        if measure.units_text is None or (after is not None and after.kind is Kind.UNITS and after.text == measure.units_text):
            return True
    return False
