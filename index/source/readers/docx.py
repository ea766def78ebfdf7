"""Word .docx: body paragraphs and tables in document order, headers and footers left out, and Word's
automatic list numbering (which is not in the text runs) written back as the text a reader sees.

The package is read as a zip (index/source/readers/zipparts.py): only document.xml, numbering.xml and
styles.xml, each inflated under a bound and parsed as a stream, one paragraph or table at a time, so a
small file that claims gigabytes (an image part, a document.xml of a billion empty runs) is refused
instead of filling the memory. The text is taken from the WordprocessingML elements (tracked insertions,
content controls and field results included, deleted text and hidden runs left out). Numbering values are
checked: a start of 1e11 or a level of "x" is reported and replaced by Word's default, not computed.
"""
from __future__ import annotations

import logging
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

from index.errors import PolicyDataError
from index.source.readers import SourceText
from index.source.readers.limits import (MAX_BLOCK_ELEMENTS, MAX_DOCUMENT_PART_BYTES, MAX_LEVEL_TEXT, MAX_LIST_LEVEL,
                                         MAX_NUMBER_START, MAX_TEXT_CHARS, too_much_text)
from index.source.readers.zipparts import BlockTooLarge, Package, PartTooLarge, TooMuchMarkup, children, damaged

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
CN_DIGITS = "一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
MAX_LETTERS = 780  # Word writes a, …, z, aa, …, zz, … up to 30 letters
MAX_ROMAN = 3999
_EXAMPLES = 3  # invalid numbering values named in the warning

log = logging.getLogger(__name__)


def read_docx(data: bytes, name: str) -> SourceText:
    import lxml
    from lxml import etree

    with Package(data, name) as package:
        part = "_rels/.rels"
        try:
            document = package.related("", "officeDocument")
            if document is None and package.has("word/document.xml"):
                document = "word/document.xml"  # a package without relationships, as some converters write
            if document is None:
                raise PolicyDataError(f"{name}：不是有效的 .docx 文件（找不到正文 word/document.xml）。"
                                      "请用 Word 或 WPS 打开后重新“另存为” .docx，再导入。")
            numbering = Numbering()
            part = package.related(document, "numbering")
            if part:
                numbering.load_numbering(children(package.open(part), 2))
            part = package.related(document, "styles")
            if part:
                numbering.load_styles(children(package.open(part), 2))
            part = document
            blocks = children(package.open(document, MAX_DOCUMENT_PART_BYTES), 3, max_elements=MAX_BLOCK_ELEMENTS)
            lines = _read_document(blocks, numbering, name)
        except PolicyDataError:
            raise
        except (PartTooLarge, BlockTooLarge, TooMuchMarkup, etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, OSError,
                ValueError, NotImplementedError, RuntimeError, KeyError, IndexError, struct.error, LookupError) as exc:
            log.warning("cannot read %s (part %s): %r", name, part, exc)
            raise damaged(name, part, exc) from exc
    warnings = []
    if numbering.rendered:
        warnings.append(
            f"有{numbering.rendered}段使用Word自动编号，编号不在文字中，已按文件的编号定义还原，请核对措施编号。"
        )
    if numbering.unknown_formats:
        warnings.append(f"有Word自动编号的格式无法还原（{'、'.join(sorted(numbering.unknown_formats))}），已按阿拉伯数字写出，请核对。")
    if numbering.problems:
        warnings.append(f"Word自动编号的定义中有不合规的值（{'、'.join(numbering.problems)}），已按Word的默认值处理，请核对措施编号。")
    text = "\n".join(lines)
    if not text.strip():
        raise PolicyDataError(f"{name}：.docx 中没有文字（可能只有图片）。如是扫描件，请先做文字识别（OCR）后再导入。")
    return SourceText(text, "docx", f"zipfile + lxml {lxml.__version__}", warnings=warnings)


def _read_document(blocks, numbering: Numbering, name: str) -> list[str]:
    """The body's paragraphs and tables, one block at a time, as lines; refused beyond MAX_TEXT_CHARS."""
    lines: list[str] = []
    size = 0
    for block in blocks:
        parent = block.getparent()
        if parent is None or parent.tag != f"{_W}body":
            continue
        before = len(lines)
        _read_element(block, numbering, lines)
        size += sum(len(line) + 1 for line in lines[before:])
        if size > MAX_TEXT_CHARS:
            raise too_much_text(name)
    return lines


def _read_block(parent, numbering: Numbering, lines: list[str]) -> None:
    for child in parent.iterchildren():
        _read_element(child, numbering, lines)


def _read_element(child, numbering: Numbering, lines: list[str]) -> None:
    tag = child.tag
    if tag == f"{_W}p":
        text = _paragraph_text(child)
        prefix = numbering.render(child)
        if text.strip() or prefix:
            lines.append(prefix + text)
        elif lines and lines[-1]:
            lines.append("")  # an empty paragraph separates, as a blank line does in text
    elif tag == f"{_W}tbl":
        for row in child.iterchildren(f"{_W}tr"):
            cells = []
            for cell in row.iterchildren(f"{_W}tc"):
                if _is_merged_continuation(cell):
                    continue
                cell_lines: list[str] = []
                _read_block(cell, numbering, cell_lines)
                cells.append("".join(cell_lines))
            if any(c.strip() for c in cells):
                lines.append("\t".join(cells))
    elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{{{MC}}}AlternateContent",
                 f"{{{MC}}}Choice"):
        _read_block(child, numbering, lines)


def _is_merged_continuation(cell) -> bool:
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def _paragraph_text(p) -> str:
    out: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen", f"{_W}p"):
        if el is p:
            continue
        if _inside(el, p, (f"{{{MC}}}Fallback", f"{_W}del", f"{_W}pPr", f"{_W}rPr")) or _hidden(el):
            continue
        tag = el.tag
        if tag == f"{_W}t":
            out.append(el.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr", f"{_W}p"):
            out.append("\n")  # a line or page break, or a paragraph inside a text box
        else:
            out.append("-")
    return "".join(out)


def _inside(el, stop, tags) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _hidden(el) -> bool:
    run = el.getparent()
    if run is None or run.tag != f"{_W}r":
        return False
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false")


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False  # isLgl: every level shown in Arabic digits
    restart: int | None = None  # lvlRestart: restart after this (1-based) level, 0 = never


@dataclass
class Numbering:
    """numbering.xml: num → abstractNum levels; counters kept per abstract list, as Word does."""

    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId → (abstractId, start overrides)
    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    styles: dict[str, tuple[str | None, str | None, int | None]] = field(default_factory=dict)  # id → (basedOn, numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    overridden: set[str] = field(default_factory=set)
    rendered: int = 0
    unknown_formats: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)  # invalid values met, a few named ("起始值“1e11”")

    def load_numbering(self, elements) -> None:
        """numbering.xml's abstractNum and num elements, as children() hands them over."""
        for element in elements:
            if element.tag == f"{_W}abstractNum":
                levels = {}
                for lvl in element.iterchildren(f"{_W}lvl"):
                    ilvl = self.number(lvl.get(f"{_W}ilvl", "0"), MAX_LIST_LEVEL, "级别")
                    if ilvl is not None:
                        levels[ilvl] = self._level(lvl)
                self.abstracts[element.get(f"{_W}abstractNumId")] = levels
            elif element.tag == f"{_W}num":
                ref = element.find(f"{_W}abstractNumId")
                starts = {}
                for override in element.iterchildren(f"{_W}lvlOverride"):
                    start = override.find(f"{_W}startOverride")
                    if start is not None:
                        ilvl = self.number(override.get(f"{_W}ilvl", "0"), MAX_LIST_LEVEL, "级别")
                        value = self.number(start.get(f"{_W}val", "1"), MAX_NUMBER_START, "起始值")
                        if ilvl is not None and value is not None:
                            starts[ilvl] = value
                if ref is not None:
                    self.nums[element.get(f"{_W}numId")] = (ref.get(f"{_W}val"), starts)

    def load_styles(self, elements) -> None:
        """styles.xml's style elements: the numbering a paragraph style carries, and what it is based on."""
        for style in elements:
            if style.tag != f"{_W}style":
                continue
            based = style.find(f"{_W}basedOn")
            num_id = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
            ilvl = style.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
            self.styles[style.get(f"{_W}styleId")] = (
                based.get(f"{_W}val") if based is not None else None,
                num_id.get(f"{_W}val") if num_id is not None else None,
                self.number(ilvl.get(f"{_W}val"), MAX_LIST_LEVEL, "级别") if ilvl is not None else None,
            )

    def number(self, value: str | None, highest: int, what: str) -> int | None:
        """A whole number from 0 to `highest` as the file writes it, or None (and the value noted)."""
        try:
            number = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            number = None
        if number is not None and 0 <= number <= highest:
            return number
        self.note(what, value)
        return None

    def note(self, what: str, value: str | None) -> None:
        """An invalid value, named in the warning (the first few, cut short)."""
        shown = str(value) if value is None or len(value) <= 12 else value[:12] + "…"
        note = f"{what}“{''.join(ch if ch.isprintable() else '?' for ch in shown)}”"
        if len(self.problems) < _EXAMPLES and note not in self.problems:
            self.problems.append(note)

    def _level(self, lvl) -> Level:
        def val(tag: str) -> str | None:
            el = lvl.find(f"{_W}{tag}")
            return el.get(f"{_W}val") if el is not None else None

        legal = lvl.find(f"{_W}isLgl")
        start = val("start")
        restart = val("lvlRestart")
        text = val("lvlText") or ""
        if len(text) > MAX_LEVEL_TEXT:
            self.note("编号文字", text)
            text = ""
        first = self.number(start, MAX_NUMBER_START, "起始值") if start is not None else None
        return Level(
            start=1 if first is None else first,
            fmt=val("numFmt") or "decimal", text=text, suffix=val("suff") or "tab",
            legal=legal is not None and legal.get(f"{_W}val", "true") not in ("0", "false"),
            restart=self.number(restart, MAX_LIST_LEVEL + 1, "重新编号级别") if restart is not None else None,
        )

    def _numpr(self, p) -> tuple[str | None, int]:
        num_id = p.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        ilvl = p.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
        level = self.number(ilvl.get(f"{_W}val"), MAX_LIST_LEVEL, "级别") if ilvl is not None else None
        if ilvl is not None and level is None:
            return None, 0  # a level that is not one: no number rather than a guessed one
        if num_id is not None:
            return num_id.get(f"{_W}val"), level or 0
        style = p.find(f"{_W}pPr/{_W}pStyle")
        seen: set[str] = set()
        style_id = style.get(f"{_W}val") if style is not None else None
        while style_id and style_id not in seen:
            seen.add(style_id)
            based, style_num, style_level = self.styles.get(style_id, (None, None, None))
            if style_num is not None:
                return style_num, level if level is not None else (style_level or 0)
            style_id = based
        return None, 0

    def render(self, p) -> str:
        num_id, ilvl = self._numpr(p)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, starts = self.nums[num_id]
        levels = self.abstracts.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.overridden and starts:
            self.overridden.add(num_id)
            for lvl, start in starts.items():
                counters[lvl] = start - 1
                for deeper in [k for k in counters if k > lvl]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and restart <= ilvl + 1):
                del counters[deeper]
        if level.fmt in ("bullet", "none"):
            return ""
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lvl = levels.get(k, Level())
                value = counters.get(k, lvl.start)
                fmt = "decimal" if level.legal else lvl.fmt
                text = text.replace(f"%{k + 1}", self._format(value, fmt))
        self.rendered += 1
        if level.suffix != "nothing" and text and "\u4e00" <= text[-1] <= "\u9fff":
            text += " "  # "第一条 为了…": the tab or space Word puts after a number ending in a character
        return text

    def _format(self, value: int, fmt: str) -> str:
        if fmt in ("decimal", "decimalZero", "decimalHalfWidth"):
            return f"{value:02d}" if fmt == "decimalZero" else str(value)
        if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                   "japaneseCounting", "koreanCounting"):
            return chinese_number(value)
        if fmt == "ideographDigital":
            return "".join("〇一二三四五六七八九"[int(d)] for d in str(value))
        if fmt == "chineseLegalSimplified":
            return chinese_number(value).translate(str.maketrans("一二三四五六七八九十百", "壹贰叁肆伍陆柒捌玖拾佰"))
        if fmt == "ideographTraditional" and 1 <= value <= 10:
            return _STEMS[value - 1]
        if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
            return chr(0x2460 + value - 1)
        if fmt in ("decimalFullWidth", "decimalFullWidth2"):
            return str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        if fmt in ("lowerLetter", "upperLetter") and 1 <= value <= MAX_LETTERS:
            letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
            return letter.upper() if fmt == "upperLetter" else letter
        if fmt in ("lowerRoman", "upperRoman") and 1 <= value <= MAX_ROMAN:
            roman = _roman(value)
            return roman if fmt == "upperRoman" else roman.lower()
        self.unknown_formats.add(fmt)
        return str(value)


def chinese_number(value: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 23 → 二十三, 105 → 一百零五 (how official documents number)."""
    if value <= 0:
        return str(value)
    if value < 10:
        return CN_DIGITS[value - 1]
    if value < 20:
        return "十" + (CN_DIGITS[value - 11] if value > 10 else "")
    if value < 100:
        tens, ones = divmod(value, 10)
        return CN_DIGITS[tens - 1] + "十" + (CN_DIGITS[ones - 1] if ones else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        tail = "" if rest == 0 else ("零" + chinese_number(rest) if rest < 10 else
                                     (("一" + chinese_number(rest)) if rest < 20 else chinese_number(rest)))
        return CN_DIGITS[hundreds - 1] + "百" + tail
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out
