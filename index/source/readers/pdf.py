"""PDF with a text layer: text in reading order (top to bottom, left to right on each page), page numbers
and running headers/footers of official documents removed, and lines that the typesetter wrapped joined
again, judged by geometry (a wrapped line reaches the right margin; a new paragraph is indented).

pypdf gives the text with its position through `visitor_text`; widths are estimated (a CJK character is one
em, Latin half an em), which is enough to tell a full line from a paragraph's last one.
"""
from __future__ import annotations

import contextlib
import io
import logging
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass

from index.errors import PolicyDataError
from index.source.readers import SourceText
from index.source.readers.limits import (MAX_PDF_CONTENT_BYTES, MAX_PDF_PAGES, MAX_PDF_STREAM_BYTES, MAX_TEXT_CHARS,
                                         megabytes, too_much_text)

SCANNED = "扫描件，没有文字层，请先做文字识别（OCR）后再导入"
ENCRYPTED = "PDF 已加密（需要密码）。请用 PDF 阅读器输入密码打开后，另存为未加密的 PDF，再导入"
ENCRYPTED_AES = ("PDF 已加密（AES 加密，不需要密码就能打开，但本程序无法解密）。请用 PDF 阅读器打开后“打印”为新的 PDF"
                 "（或另存为未加密的 PDF），再导入")
_OVERSIZED = (f"PDF 中的压缩数据异常：解压后超过{megabytes(MAX_PDF_STREAM_BYTES)}（上限）或无法解压完，文件可能已损坏，"
              "或是故意做成的“压缩炸弹”，未读取。请重新下载或重新导出 PDF 后再导入")
_NESTED = "PDF 文件结构异常（对象嵌套过深），文件可能已损坏，未读取。请重新下载或重新导出 PDF 后再导入"
_STRUCTURE = ("PDF 文件结构超出本程序的处理上限（对象过多、嵌套过深或引用成环），文件可能已损坏，未读取。"
              "请重新下载或重新导出 PDF 后再导入")
_DAMAGED = "PDF 文件已损坏或无法解析。请重新下载或重新导出 PDF 后再导入"
_LIMITS = {"zlib_maximum_output_length": MAX_PDF_STREAM_BYTES, "lzw_maximum_output_length": MAX_PDF_STREAM_BYTES,
           "run_length_maximum_output_length": MAX_PDF_STREAM_BYTES, "brotli_maximum_output_length": MAX_PDF_STREAM_BYTES,
           "array_based_stream_maximum_output_length": MAX_PDF_STREAM_BYTES}

log = logging.getLogger(__name__)
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

    with _pypdf_notes(name) as notes, pypdf.apply_configuration(**_LIMITS):
        per_page, warnings = _read_pages(data, name)
    if sum(len(line.text) for lines in per_page for line in lines) < 10:
        if notes[0]:  # not a scan: pypdf met errors in the file's structure
            raise PolicyDataError(f"{name}：PDF 中读不到文字，文件结构有{notes[0]}处错误（可能已损坏）。"
                                  "请重新下载或重新导出 PDF 后再导入；如是扫描件，请先做文字识别（OCR）后再导入。")
        raise PolicyDataError(f"{name}：{SCANNED}")
    empty = [str(i) for i, lines in enumerate(per_page, 1) if not lines]
    if empty:
        warnings.append(f"第{_pages(empty)}页没有文字层（可能是扫描页或图片），其内容没有读入，请核对。")
    body, removed = _strip_page_furniture(per_page)
    if removed:
        warnings.append(f"已去掉页码和页眉页脚{removed}处。")
    text = _join(body)
    if len(text) > MAX_TEXT_CHARS:
        raise too_much_text(name)
    return SourceText(text, "pdf", f"pypdf {pypdf.__version__}", warnings=warnings)


def _read_pages(data: bytes, name: str) -> tuple[list[list[Line]], list[str]]:
    """The lines of every page, and warnings for pages that could not be read. What the whole file
    suffers from (encryption, a compressed stream beyond the bound, too many pages or too much content,
    a structure nested too deep, every page broken) is refused with what it is."""
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PolicyDataError(f"{name}：{ENCRYPTED}")
        pages = list(reader.pages)
    except PolicyDataError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        log.warning("encrypted PDF %s: %r", name, exc)
        raise PolicyDataError(f"{name}：{ENCRYPTED}") from exc
    except LimitReachedError as exc:
        log.warning("PDF %s beyond pypdf's bounds: %r", name, exc)
        raise PolicyDataError(f"{name}：{_beyond(exc)}") from exc
    except RecursionError as exc:
        raise PolicyDataError(f"{name}：{_NESTED}") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError, ZeroDivisionError,
            OverflowError, UnicodeError, AssertionError) as exc:
        log.warning("cannot open PDF %s: %r", name, exc)
        raise PolicyDataError(f"{name}：{_DAMAGED}") from exc
    if len(pages) > MAX_PDF_PAGES:
        raise PolicyDataError(f"{name}：PDF 有{len(pages)}页，超过上限{MAX_PDF_PAGES}页，不像是一份政策文件，未读取。"
                              "请确认选对了文件；若确是很长的汇编，请分成几份再导入。")
    warnings: list[str] = []
    per_page: list[list[Line]] = []
    failed: list[str] = []
    nested = False
    content = 0
    for number, page in enumerate(pages, 1):
        try:
            content += _content_size(page)
            if content > MAX_PDF_CONTENT_BYTES:
                raise PolicyDataError(f"{name}：PDF 的页面内容（连同字体的字符表）超过{megabytes(MAX_PDF_CONTENT_BYTES)}（上限），"
                                      "不像是一份政策文件，未读取。请确认选对了文件；若确是很长的汇编，请分成几份再导入。")
            per_page.append(_page_lines(page, number))
        except PolicyDataError:
            raise
        except DependencyError as exc:  # AES without an AES implementation: every page would fail alike
            log.warning("encrypted PDF %s: %r", name, exc)
            raise PolicyDataError(f"{name}：{ENCRYPTED_AES if reader.is_encrypted else _DAMAGED}") from exc
        except LimitReachedError as exc:
            log.warning("PDF %s page %d beyond pypdf's bounds: %r", name, number, exc)
            raise PolicyDataError(f"{name}：{_beyond(exc)}") from exc
        except Exception as exc:  # noqa: BLE001 - one broken page should not lose the others
            log.warning("PDF %s page %d unreadable: %r", name, number, exc)
            nested = nested or isinstance(exc, RecursionError)
            failed.append(str(number))
            per_page.append([])
    if failed and len(failed) == len(pages):
        raise PolicyDataError(f"{name}：{_NESTED if nested else _DAMAGED}")
    if failed:
        warnings.append(f"第{_pages(failed)}页无法读取文字（页面已损坏），已跳过，请核对。")
    return per_page, warnings


def _beyond(exc: Exception) -> str:
    """What a pypdf bound that was reached says about the file: compressed data, or its structure."""
    said = str(exc).lower()
    return _OVERSIZED if any(w in said for w in ("decompress", "decoding", "stream length", "declared size")) else _STRUCTURE


def _content_size(page) -> int:
    """What reading the page's text parses: its content, and the character maps (ToUnicode) of its fonts,
    which pypdf parses again for every page that uses them."""
    contents = page.get_contents()
    size = len(contents.get_data()) if contents is not None else 0
    resources = page.get("/Resources")
    fonts = resources.get_object().get("/Font") if resources is not None else None
    for font in (fonts.get_object().values() if fonts is not None else ()):
        cmap = font.get_object().get("/ToUnicode")
        if cmap is not None and hasattr(cmap.get_object(), "get_data"):
            size += len(cmap.get_object().get_data())
    return size


def _pages(numbers: list[str]) -> str:
    return "、".join(numbers) if len(numbers) <= 20 else "、".join(numbers[:20]) + f"等{len(numbers)}"


class _PypdfNotes(logging.Handler):
    """pypdf's own log records (a damaged file makes thousands): never printed, counted per read, and the
    first few written to our log in one record when the read ends."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        notes = getattr(self.local, "notes", None)
        if notes is None:
            return
        notes[0] += 1
        if len(notes) <= _NOTES_KEPT:
            try:
                notes.append(str(record.getMessage())[:300])
            except Exception:  # noqa: BLE001 - a record that cannot be formatted is still counted
                notes.append(f"{record.msg!s:.300}")

    def handleError(self, record: logging.LogRecord) -> None:  # never "--- Logging error ---" on stderr
        pass


_NOTES = _PypdfNotes()
_NOTES_KEPT = 5
_pypdf_log = logging.getLogger("pypdf")
_pypdf_log.addHandler(_NOTES)
_pypdf_log.propagate = False


@contextlib.contextmanager
def _pypdf_notes(name: str):
    previous = getattr(_NOTES.local, "notes", None)
    notes: list = [0]
    _NOTES.local.notes = notes
    try:
        yield notes
    finally:
        _NOTES.local.notes = previous
        if notes[0]:
            log.info("pypdf noted %d problems reading %s; the first: %s", notes[0], name, " | ".join(notes[1:]))


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
