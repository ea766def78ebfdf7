"""PDF with a text layer: text in reading order (top to bottom, left to right on each page), page numbers
and running headers/footers of official documents removed, and lines that the typesetter wrapped joined
again, judged by geometry (a wrapped line reaches the right margin; a new paragraph is indented).

pypdf gives the text with its position through `visitor_text`; widths are estimated (a CJK character is one
em, Latin half an em), which is enough to tell a full line from a paragraph's last one.
"""
from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass

from index.errors import PolicyDataError
from index.source.readers import SourceText

SCANNED = "扫描件，没有文字层，请先做文字识别（OCR）后再导入"
_DASHES = "-—–－―~～·"
_PAGE_NUMBER = re.compile(
    rf"^(?:[{_DASHES}]+\d{{1,4}}[{_DASHES}]+"  # — 3 —, - 3 -
    r"|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|共\d{1,4}页[,，/]?第\d{1,4}页"  # 第3页 共12页
    r"|\d{1,4}/\d{1,4}|(?:page)?\d{1,4}|[(（]\d{1,4}[)）])$",
    re.IGNORECASE,
)
_EDGE = 2  # how many lines at the top and at the bottom of a page may be running headers or page numbers


@dataclass
class Line:
    page: int
    y: float
    x0: float
    x1: float  # estimated right edge
    size: float
    text: str


def read_pdf(data: bytes, name: str) -> SourceText:
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PolicyDataError(f"{name}：PDF 已加密（需要密码）。请用 PDF 阅读器打开后另存为未加密的 PDF，再导入。")
        pages = list(reader.pages)
    except PolicyDataError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise PolicyDataError(f"{name}：PDF 文件已损坏或无法解析（{type(exc).__name__}）。请重新下载或重新导出 PDF 后再导入。") from exc
    except Exception as exc:  # e.g. AES-encrypted files without the optional crypto library
        raise PolicyDataError(f"{name}：无法打开此 PDF（{exc}）。请另存为普通（未加密）的 PDF 后再导入。") from exc
    warnings: list[str] = []
    per_page: list[list[Line]] = []
    for number, page in enumerate(pages, 1):
        try:
            per_page.append(_page_lines(page, number))
        except Exception as exc:  # one broken page should not lose the others
            warnings.append(f"第{number}页无法读取文字（{type(exc).__name__}），已跳过，请核对。")
            per_page.append([])
    if sum(len(line.text) for lines in per_page for line in lines) < 10:
        raise PolicyDataError(f"{name}：{SCANNED}")
    empty = [str(i) for i, lines in enumerate(per_page, 1) if not lines]
    if empty:
        warnings.append(f"第{'、'.join(empty)}页没有文字层（可能是扫描页或图片），其内容没有读入，请核对。")
    body, removed = _strip_page_furniture(per_page)
    if removed:
        warnings.append(f"已去掉页码和页眉页脚{removed}处。")
    return SourceText(_join(body), "pdf", f"pypdf {pypdf.__version__}", warnings=warnings)


def _page_lines(page, number: int) -> list[Line]:
    chunks: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        text = text.replace("\n", "")
        if not text.strip():
            return
        a, b, c, d, e, f = _multiply(tm, cm)
        size = abs(font_size or 1) * math.sqrt(abs(a * d - b * c)) or 1.0
        chunks.append((e, f, size, text))

    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    for x, y, size, text in sorted(chunks, key=lambda c: (-c[1], c[0])):
        line = lines[-1] if lines else None
        if line is not None and abs(line.y - y) <= 0.4 * max(size, line.size):
            if x < line.x0:
                line.text, line.x0 = text + line.text, x
                line.x1 = max(line.x1, x + _width(text, size))
            elif x < line.x1 - 0.5 * size:
                # pypdf reports the position of the text object, not advanced past an earlier string of
                # the same line (a font subset switch): this string continues where the last one ended
                line.text += text
                line.x1 += _width(text, size)
            else:
                line.text += (" " if x - line.x1 > size and _ascii_edge(line.text, text) else "") + text
                line.x1 = x + _width(text, size)
            line.size = max(line.size, size)
        else:
            lines.append(Line(number, y, x, x + _width(text, size), size, text))
    for line in lines:
        line.text = line.text.strip()
    return [line for line in lines if line.text]


def _multiply(m, n):
    return (
        m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _width(text: str, size: float) -> float:
    return sum(size if ord(ch) >= 0x2E80 or ch in "“”‘’—…" else size * 0.5 for ch in text)


def _ascii_edge(left: str, right: str) -> bool:
    """Two Latin words meet (Word breaks lines at their spaces); digits never do: "1234" + "5" is 12345."""
    return bool(left) and bool(right) and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha()


def _key(line: Line) -> tuple[str, int]:
    """Same running header on every page: same words (page numbers aside) at about the same height."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text)), round(line.y / 4)


def _strip_page_furniture(per_page: list[list[Line]]) -> tuple[list[Line], int]:
    pages_with_text = sum(1 for lines in per_page if lines)
    seen = Counter()
    for lines in per_page:
        edges = lines[:_EDGE] + lines[-_EDGE:]
        seen.update({_key(line) for line in edges})
    repeated = {key for key, count in seen.items() if count >= max(2, math.ceil(pages_with_text * 0.4))}
    body: list[Line] = []
    removed = 0
    for lines in per_page:
        edge = {id(line) for line in lines[:_EDGE] + lines[-_EDGE:]}
        for line in lines:
            if id(line) in edge and (_PAGE_NUMBER.match(re.sub(r"\s+", "", line.text)) or _key(line) in repeated):
                removed += 1
                continue
            body.append(line)
    return body, removed


def _join(lines: list[Line]) -> str:
    """Lines back into paragraphs: a line that reaches the right margin continues on the next one,
    unless that one is indented (a new paragraph); a wide vertical gap is a blank line."""
    if not lines:
        return ""
    right = _percentile([line.x1 for line in lines], 0.9)
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    pitches = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and a.y > b.y]
    pitch = _percentile(pitches, 0.5) if pitches else 0
    out = [lines[0].text]
    for previous, line in zip(lines, lines[1:]):
        wrapped = previous.x1 >= right - 1.5 * previous.size
        indented = line.x0 > left + 0.8 * line.size
        if wrapped and not indented:
            # no space added: CJK wraps anywhere, also inside numbers ("6月3" / "0日"); Latin words keep
            # the space Word left at the end of the line in the text layer
            out[-1] += line.text
            continue
        if pitch and previous.page == line.page and previous.y - line.y > 1.8 * pitch:
            out.append("")
        out.append(line.text)
    return "\n".join(out) + "\n"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
