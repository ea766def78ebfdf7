"""Word .docx: body paragraphs and tables in document order, headers and footers left out, and Word's
automatic list numbering (which is not in the text runs) written back as the text a reader sees.

python-docx opens the package (zip, relationships, the numbering and styles parts); the text itself is
taken from the WordprocessingML elements, because python-docx's `paragraph.text` skips tracked insertions,
content controls and field results, and it does not render list numbers at all.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from index.errors import PolicyDataError
from index.source.readers import SourceText

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
CN_DIGITS = "一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"


def read_docx(data: bytes, name: str) -> SourceText:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a broken install
        raise PolicyDataError("读取 .docx 需要 python-docx，当前安装中缺少。请重新安装本程序。") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise PolicyDataError(f"{name}：不是有效的 .docx 文件（{exc}）。请用 Word 或 WPS 打开后重新“另存为” .docx。") from exc
    except Exception as exc:  # lxml syntax errors and zip errors have no common base worth naming
        raise PolicyDataError(f"{name}：.docx 文件已损坏，无法读取（{type(exc).__name__}）。请用 Word 或 WPS 打开后重新保存。") from exc
    numbering = Numbering.from_document(document)
    lines: list[str] = []
    _read_block(document.element.body, numbering, lines)
    warnings = []
    if numbering.rendered:
        warnings.append(
            f"有{numbering.rendered}段使用Word自动编号，编号不在文字中，已按文件的编号定义还原，请核对措施编号。"
        )
    if numbering.unknown_formats:
        warnings.append(f"有Word自动编号的格式无法还原（{'、'.join(sorted(numbering.unknown_formats))}），已按阿拉伯数字写出，请核对。")
    text = "\n".join(lines)
    if not text.strip():
        raise PolicyDataError(f"{name}：.docx 中没有文字（可能只有图片）。如是扫描件，请先做文字识别（OCR）后再导入。")
    return SourceText(text, "docx", f"python-docx {docx.__version__}", warnings=warnings)


def _read_block(parent, numbering: Numbering, lines: list[str]) -> None:
    for child in parent.iterchildren():
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

    @classmethod
    def from_document(cls, document) -> Numbering:
        out = cls()
        part = document.part
        try:
            numbering = part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        if numbering is not None:
            for abstract in numbering.iterchildren(f"{_W}abstractNum"):
                levels = {}
                for lvl in abstract.iterchildren(f"{_W}lvl"):
                    levels[int(lvl.get(f"{_W}ilvl", "0"))] = _level(lvl)
                out.abstracts[abstract.get(f"{_W}abstractNumId")] = levels
            for num in numbering.iterchildren(f"{_W}num"):
                ref = num.find(f"{_W}abstractNumId")
                starts = {}
                for override in num.iterchildren(f"{_W}lvlOverride"):
                    start = override.find(f"{_W}startOverride")
                    if start is not None:
                        starts[int(override.get(f"{_W}ilvl", "0"))] = int(start.get(f"{_W}val", "1"))
                if ref is not None:
                    out.nums[num.get(f"{_W}numId")] = (ref.get(f"{_W}val"), starts)
        try:
            styles = part.styles.element
        except (KeyError, NotImplementedError, AttributeError, OSError):
            # a file without a styles part makes python-docx load its default-styles.xml template, which
            # the frozen bundle leaves out (build/policy-browser.spec): no styles, so no numbering from them
            styles = None
        if styles is not None:
            for style in styles.iterchildren(f"{_W}style"):
                based = style.find(f"{_W}basedOn")
                num_id = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
                ilvl = style.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
                out.styles[style.get(f"{_W}styleId")] = (
                    based.get(f"{_W}val") if based is not None else None,
                    num_id.get(f"{_W}val") if num_id is not None else None,
                    int(ilvl.get(f"{_W}val")) if ilvl is not None else None,
                )
        return out

    def _numpr(self, p) -> tuple[str | None, int]:
        num_id = p.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        ilvl = p.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
        level = int(ilvl.get(f"{_W}val")) if ilvl is not None else None
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
        if fmt in ("lowerLetter", "upperLetter") and value >= 1:
            letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
            return letter.upper() if fmt == "upperLetter" else letter
        if fmt in ("lowerRoman", "upperRoman") and value >= 1:
            roman = _roman(value)
            return roman if fmt == "upperRoman" else roman.lower()
        self.unknown_formats.add(fmt)
        return str(value)


def _level(lvl) -> Level:
    def val(tag: str) -> str | None:
        el = lvl.find(f"{_W}{tag}")
        return el.get(f"{_W}val") if el is not None else None

    legal = lvl.find(f"{_W}isLgl")
    restart = val("lvlRestart")
    return Level(
        start=int(val("start") or 1), fmt=val("numFmt") or "decimal", text=val("lvlText") or "",
        suffix=val("suff") or "tab", legal=legal is not None and legal.get(f"{_W}val", "true") not in ("0", "false"),
        restart=int(restart) if restart is not None else None,
    )


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
