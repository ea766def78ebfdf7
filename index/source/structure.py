"""Turn a token stream into measures, for documents whose text stands in reading order."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from index.models import Measure
from index.source.tokens import MARKER_ONLY, Kind, Token
from index.source.headings import only_headings

# Outermost first. 第…条 articles outrank 一、 so that numbering inside an article stays its text.
_LEVEL_ORDER = (Kind.CHAPTER, Kind.ARTICLE, Kind.PART, Kind.SUB, Kind.ITEM, Kind.PAREN, Kind.CIRCLED)
_SECTION_KINDS = (Kind.CHAPTER, Kind.PART)
# an article's own line that is a title: short, words only (a sentence token without any punctuation ended at its line)
_TITLE_LINE = re.compile(r"[\u4e00-\u9fff“”A-Za-z0-9]{2,24}")
# A document without any responsibility lines ends its last measure where the closing formula starts.
_CLOSING = re.compile(r"^本(?:实施)?(?:方案|若干措施|措施|办法|细则|通知|意见|规定|政策)(?:自|从|由|有效期|适用|所称|未尽|执行期)")
# the signature under the text (落款), each on a line of its own: the issuer's name, and the date (Arabic or
# Chinese numerals) — never the last measure's words
_SIGNATURE_ISSUER = (r"(?:北京市)?[\u4e00-\u9fff]{0,16}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|"
                     r"管委会|领导小组|[局委厅署院])")
_SIGNATURE_DAY = (r"[（(]?(?:\d{4}|[〇零○Ｏ一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
                  r"(?:印发|发布|公布)?[）)]?")  # (2026年4月2日印发: the day with its issue word)
_SIGNATURE_DATE = re.compile(rf"^(?:{_SIGNATURE_ISSUER}\s*)?{_SIGNATURE_DAY}$")  # the lines may be read as one
_SIGNATURE_NAME = re.compile(rf"^{_SIGNATURE_ISSUER}$")
_PUBLICATION_NOTE = re.compile(r"^[（(]此件[^（）()]{2,8}[）)]$")
_GLUED_NOTE = re.compile(r"^(.+?)\s*([（(]此件[^（）()]{2,8}[）)])$")
# the date above the name (2026年4月2日 / 北京市某区人民政府办公室), or a government's name alone closing the text
_SIGNATURE_DATE_FIRST = re.compile(rf"^{_SIGNATURE_DAY}\s*{_SIGNATURE_ISSUER}$")
_SIGNATURE_GOVERNMENT = re.compile(r"^(?:北京市)?(?:[\u4e00-\u9fff]{2,4}[区县])?(?:人民政府办公室|人民政府办公厅|人民政府)$"
                                   r"|^(?:北京市|[\u4e00-\u9fff]{2,4}区)[\u4e00-\u9fff]{0,12}(?:委员会|局)$")


@dataclass
class Assembly:
    """Measures plus the text around them: front matter (before the first heading) and closing."""

    measures: list[Measure] = field(default_factory=list)
    front: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # text the parser could not attribute; never dropped
    warnings: list[str] = field(default_factory=list)


def measure_level(tokens: list[Token]) -> Kind:
    """The level that carries the measures: 第…条 where there are articles; else the deepest of 一、/（一）/1.
    that occurs more than once; else （1） or ①; else, for a document with a single measure, the deepest
    numbering that occurs at all."""
    counts = Counter(t.kind for t in tokens)
    if counts[Kind.ARTICLE] >= 2:
        return Kind.ARTICLE
    for kind in (Kind.ITEM, Kind.SUB, Kind.PART, Kind.PAREN, Kind.CIRCLED):
        if counts[kind] >= 2:
            return kind
    for kind in reversed(_LEVEL_ORDER):
        if counts[kind] == 1 and kind is not Kind.CHAPTER:
            return kind
    return Kind.PART


def is_scrambled(tokens: list[Token], level: Kind) -> bool:
    """Numbers that go backwards, or passages repeated, mean the source is not in reading order.

    A passage is two sentences in a row: one sentence alone may recur on purpose, as the legal formulas of
    a regulation do ("给他人造成经济损失的，依法承担民事赔偿责任；构成犯罪的，依法追究刑事责任。" closing
    two articles on penalties); a collection that lost its order repeats runs of text."""
    if not restarts_per_section(tokens, level):
        numbers = [t.number for t in tokens if t.kind is level]
        if any(b is not None and a is not None and b <= a for a, b in zip(numbers, numbers[1:])):
            return True
    # A press note before the title may repeat measures; only repeats inside the body count.
    first = next((i for i, t in enumerate(tokens) if t.kind in _LEVEL_ORDER), len(tokens))
    body = tokens[first:]
    pairs = Counter(
        (a.text, b.text) for a, b in zip(body, body[1:])
        if a.kind is Kind.SENT and b.kind is Kind.SENT and len(a.text) + len(b.text) >= 12
    )
    return any(count > 1 for count in pairs.values())


def restarts_per_section(tokens: list[Token], level: Kind) -> bool:
    """The measures are numbered afresh under each part (一、（一）（二）二、（一）…), as Word's multilevel lists
    do: every run under a part counts 1, 2, 3 … without a gap, the parts count up too, and there are at
    least two runs. Any other backward step still means the source is out of order."""
    above = [k for k in _LEVEL_ORDER[: _LEVEL_ORDER.index(level)] if k is not Kind.ARTICLE]
    runs: list[list[int]] = [[]]
    parts: list[int] = []
    for token in tokens:
        if token.kind in above:
            if token.kind is above[-1] or not parts:
                parts.append(token.number or 0)
            if runs[-1]:
                runs.append([])
        elif token.kind is level:
            runs[-1].append(token.number or 0)
    runs = [r for r in runs if r]
    return (len(runs) >= 2 and all(r == list(range(1, len(r) + 1)) for r in runs)
            and all(b > a for a, b in zip(parts, parts[1:])))


def heading_label(token: Token) -> str:
    return f"{token.marker}{token.text}"


def assemble_in_order(tokens: list[Token], level: Kind) -> Assembly:
    out = Assembly()
    section: str | None = None
    subsection: str | None = None
    current: Measure | None = None
    closed = False  # the current measure has had its units tail
    after_close: list[str] = []
    has_units = any(t.kind is Kind.UNITS for t in tokens)
    started = False  # a heading or measure has been seen: later text is no longer front matter
    titled: list[Measure] = []  # articles whose own line was taken as their title

    def flush_after_close() -> None:
        if after_close and current is not None:
            out.warnings.append(
                f"措施{current.number}的责任单位之后还有文字，已并入该措施，请核对：{''.join(after_close)[:40]}…"
            )
            current.sentences.extend(after_close)
            after_close.clear()

    for token in tokens:
        if token.kind is level:
            flush_after_close()
            started = True
            current = Measure(number=token.number or 0, sentences=[], section=section, subsection=subsection)
            if token.kind not in MARKER_ONLY:
                current.title = token.text or None
                if token.inline:
                    current.sentences.append(token.text + "。")
            out.measures.append(current)
            closed = False
        elif token.kind in _LEVEL_ORDER:
            if _LEVEL_ORDER.index(token.kind) > _LEVEL_ORDER.index(level):
                # numbering below the measure level is part of the measure's text
                target = after_close if closed else (current.sentences if current else out.front)
                target.append(token.marker + token.text + ("。" if token.inline else ""))
                continue
            flush_after_close()
            started = True
            if token.kind in _SECTION_KINDS:
                section, subsection = heading_label(token), None
            else:
                subsection = heading_label(token)
        elif token.kind is Kind.SENT:
            if current is None:
                if started:
                    out.warnings.append(f"标题与第一条措施之间的文字已归入前言：{token.text[:30]}…")
                out.front.append(token.text)
            elif closed:
                after_close.append(token.text)
            elif not has_units and (level is not Kind.ARTICLE or not only_headings(current.sentences)) and _CLOSING.match(token.text):
                # the closing formula; what follows it is closing text too (in a text of articles, as an
                # article's first words it is that article's own: 第十三条　本办法自…起施行 / 第十三条　（附则）⏎本办法自…;
                # after an article's words it closes the text, with the 附件 list and signature after it)
                closed = True
                after_close.append(token.text)
            elif (token.kind is Kind.SENT and level in MARKER_ONLY and not current.sentences and current.title is None
                  and _TITLE_LINE.fullmatch(token.text)):
                # "第七条　建设数字经济服务港⏎⏎区科学技术和信息化局于…": the words on the article's own line, short and
                # with no punctuation, are its title (glued to the next line they read "…服务港区科学技术…")
                current.title = token.text
                titled.append(current)
            else:
                current.sentences.append(token.text)
        elif token.kind is Kind.UNITS:
            if current is None or closed:
                out.warnings.append(f"多余的责任单位“{token.text[:30]}”没有对应的措施，已忽略其位置但保留在告警中。")
            else:
                current.units_text = token.text
                closed = True
    if closed:
        out.closing.extend(after_close)
    elif after_close:
        flush_after_close()
    for measure in titled:
        if not measure.sentences:  # its only words: its text, not a title
            measure.sentences.append(measure.title)
            measure.title = None
    if out.measures and not closed:
        out.closing[:0] = _signature(out.measures[-1])
    if restarts_per_section(tokens, level):
        printed = [m.number for m in out.measures]
        for ordinal, measure in enumerate(out.measures, 1):
            measure.number = ordinal
        out.warnings.append(f"措施编号在各部分内各自从头编起（{printed[0]}…），已按出现顺序连续编为1—{len(printed)}，请核对。")
    _warn_numbering(out, articles=level is Kind.ARTICLE)
    return out


def _signature(last: Measure) -> list[str]:
    """The signature lines (issuer, date) at the end of the last measure, taken off it: a plan whose last
    item has no responsibility line runs straight into 北京市某区人民政府办公室 / 2026年1月2日."""
    taken: list[str] = []
    # a note on publication after the signature (（此件公开发布）, （此件主动公开）) goes with it
    note = [last.sentences.pop()] if len(last.sentences) > 2 and _PUBLICATION_NOTE.match(last.sentences[-1].strip()) else []
    if not note and len(last.sentences) > 1 and (glued := _GLUED_NOTE.match(last.sentences[-1].strip())) \
            and (_SIGNATURE_DATE.match(glued.group(1)) or _SIGNATURE_DATE_FIRST.match(glued.group(1))):
        last.sentences[-1], note = glued.group(1), [glued.group(2)]  # 北京市某区人民政府办公室2026年4月2日（此件公开发布）
    while len(last.sentences) > 1 and (_SIGNATURE_DATE.match(last.sentences[-1].strip())
                                       or _SIGNATURE_DATE_FIRST.match(last.sentences[-1].strip())
                                       or (_SIGNATURE_NAME.match(last.sentences[-1].strip())
                                           and (taken or _SIGNATURE_GOVERNMENT.match(last.sentences[-1].strip())
                                                or _SIGNATURE_DATE.match(last.sentences[-2].strip())))):
        taken.insert(0, last.sentences.pop())
    if note and not taken:
        last.sentences.extend(note)  # no signature before it: leave the text as it was
        return []
    return taken + note


def _warn_numbering(out: Assembly, articles: bool = False) -> None:
    """Gaps in the numbering, and measures without 责任单位 — except in a text of articles (第…条): a
    regulation names no responsible unit per article, and a warning on each import would teach the
    maintainer to skip warnings."""
    numbers = [m.number for m in out.measures]
    if not numbers:
        out.warnings.append("没有识别出任何编号的措施。请检查编号格式（1. / 1、 / （一） / 一、）。")
        return
    missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
    if missing:
        out.warnings.append(f"编号不连续，缺少：{'、'.join(map(str, missing))}。")
    if articles and not any(measure.units_text for measure in out.measures):
        return
    if not any(measure.units_text for measure in out.measures):
        out.warnings.append("全文没有找到责任单位（如“（责任单位：…）”），措施的责任单位为空。")
        return
    for measure in out.measures:
        if not measure.units_text:
            out.warnings.append(f"第{measure.number}条未写责任单位。")  # was "措施15没有找到（…）": read as a missing measure
