"""The handout as the visitor takes it away: a one-page summary table first (measure, district, what it
gives, 可以申请 / 需确认 / 已过期, whom to contact), then each measure in detail; the office's name,
address, phone and the clerk's name when the settings have them (never invented); page numbers
(第1页 共3页); 已过期 as a bordered label that survives black-and-white printing. A4, printed or PDF.
Main thread."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.fonts import print_font
from desktop.geometry import fit
from desktop.present import clause_label, deadline_sentence, esc, flag_explanation, short_title, tr
from index.facts.deadlines import EXPIRED, measure_status
from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE
from index.present import data_version
from index.present import measure_heading

FOOTER_PT = 14  # the page-number line under each page's text
SUMMARY_PT = 8  # the summary table's type: 12 measures with long unit lists fit the first page (tests)
SUMMARY_UNITS = 1  # units named in the summary's 联系 column (the rest counted; all in the details)
SUMMARY_FITS = 12  # measures the first page holds (a typical visit); more continue on the next page


@dataclass(frozen=True)
class Office:
    """Who hands the sheet over, from the settings page (desktop/officedialog.py); empty by default."""
    name: str = ""
    address: str = ""
    phone: str = ""
    clerk: str = ""

    def lines(self) -> list[tuple[str, str]]:
        return [(k, v) for k, v in ((tr("办理窗口"), self.name), (tr("地址"), self.address), (tr("电话"), self.phone),
                                    (tr("经办人"), self.clerk)) if v.strip()]


def summary_status(measure: dict, today: date, verdict: dict | None) -> str:
    """可以申请 / 需确认 / 已过期: expired first, whatever the wizard said; a measure the wizard judged
    eligible and current 可以申请; everything else is for the department to confirm."""
    if measure_status(measure, today) == EXPIRED:
        return tr("已过期")
    if (verdict or {}).get("status") == ELIGIBLE:
        return tr("可以申请")
    return tr("需确认")


def status_label(text: str) -> str:
    """A bordered, bold label (a one-cell table: QTextDocument draws no borders round inline text)."""
    return (f'<table border="1" cellspacing="0" cellpadding="2" style="border-style:solid; border-color:#000;">'
            f'<tr><td><b>{esc(text)}</b></td></tr></table>')


def verdict_rows(measure: dict, today: date, reasons: list[str] | None, verdict: dict | None) -> list[tuple[str, str]]:
    """What the wizard concluded, in words that never make a maybe or an expired measure look granted:
    eligible and current → 为什么适用; maybe → 可能适用，还需确认：the open questions; expired → 仅供了解.
    Nothing for a measure that did not come from the wizard."""
    reasons = [r for r in reasons or [] if r]
    status = (verdict or {}).get("status")
    if not status and not reasons:
        return []
    missing = [q for q in (verdict or {}).get("missing") or [] if q]
    why = "；".join(reasons)
    if measure_status(measure, today) == EXPIRED:
        rows = [(tr("自查结论"), tr("已过期，仅供了解"))]
    elif status == ELIGIBLE:
        return [(tr("自查结论"), tr("适用（以责任单位审核为准）"))] + ([(tr("为什么适用"), why)] if why else [])
    elif status == MAYBE:
        rows = [(tr("自查结论"), tr("可能适用，还需确认：{0}").format("；".join(missing) if missing else tr("请向责任单位确认")))]
    elif status == INELIGIBLE:
        rows = [(tr("自查结论"), tr("不适用"))]
    else:
        rows = []
    return rows + ([(tr("判断依据"), why)] if why else [])


GIVES_CHARS = 17  # the summary's 可享受: one line of its column


def _gives(measure: dict) -> str:
    amounts = measure.get("amounts") or []
    text = "；".join(amounts[:2]) if amounts else (measure.get("subsection") or measure.get("title") or measure.get("text") or "").strip()
    return text if len(text) <= GIVES_CHARS else text[: GIVES_CHARS - 1] + "…"


def _name(measure: dict) -> str:
    """The summary's 措施: district, document and clause in one line of its column."""
    title, district = (measure["document"].get("title") or "").strip("《》 "), measure["district"]
    doc = short_title(title, 10) if title.startswith(district) else f"{district} {short_title(title, 6)}"
    return f"{doc} {clause_label(measure)}"


def _units(measure: dict) -> str:
    return "、".join(measure.get("responsible_units") or []) or tr("（原文未注明）")


def _contact(measure: dict, shown: int = SUMMARY_UNITS) -> str:
    """The summary's 联系: the lead units (the first named lead), the rest counted; all in the details."""
    units = measure.get("responsible_units") or []
    if len(units) <= shown:
        return _units(measure)
    return tr("{0}等{1}个单位").format("、".join(units[:shown]), len(units))


def summary_table(measures: list[dict], today: date, verdicts: dict[str, dict]) -> str:
    """One row a measure, set small so that a visit's usual dozen fit the first page; a longer list runs
    on over the next pages with the header row repeated (<thead>)."""
    head = "".join(f'<th width="{w}%">{esc(h)}</th>' for h, w in ((tr("序号"), 5), (tr("措施"), 27), (tr("可享受"), 32),
                                                                (tr("状态"), 9), (tr("联系"), 27)))
    rows = []
    for n, m in enumerate(measures, 1):
        status = summary_status(m, today, verdicts.get(m["id"]))
        cell = status_label(status) if status == tr("已过期") else f"<b>{esc(status)}</b>"
        rows.append(f'<tr><td align="center">{n}</td><td>{esc(_name(m))}</td>'
                    f'<td>{esc(_gives(m))}</td><td>{cell}</td><td>{esc(_contact(m))}</td></tr>')
    return (f'<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse; '
            f'font-size:{SUMMARY_PT}pt;"><thead><tr>{head}</tr></thead>{"".join(rows)}</table>')


DETAILS = tr("详细内容")
NOTE_PT = 7.5  # the source/deadline/units line under each measure's text


def _detail(n: int, m: dict, today: date, reasons: list[str] | None, verdict: dict | None) -> str:
    """One measure, compact: heading (with 已过期 beside it), its text, then one small paragraph of
    出处/期限/金额/责任单位 and what the wizard concluded, so that a visit's 8 measures share the sheet."""
    doc = m["document"]
    expired = measure_status(m, today) == EXPIRED
    rows = [
        (tr("出处"), f"{doc.get('title') or m['district']}　{clause_label(m)}" + (f"（{doc['doc_number']}）" if doc.get("doc_number") else "")),
        (tr("期限"), deadline_sentence(m, today)),  # the sentence says 已过期 itself: once
    ]
    # what the text does not state is said once, in the summary's columns; here only what it states
    rows += [(tr("金额/额度"), "；".join(m["amounts"]))] if m.get("amounts") else []
    rows += [(tr("责任单位"), _units(m))] if m.get("responsible_units") else []
    rows += verdict_rows(m, today, reasons, verdict)
    rows += [(tr("提示"), flag_explanation(f)) for f in m.get("flags") or []]
    note = "　".join(f"<b>{esc(k)}</b>：{esc(v)}" for k, v in rows)
    badge = f'<td width="56" align="right">{status_label(tr("已过期"))}</td>' if expired else ""
    return (f'<a name="measure-{n}"></a><table cellspacing="0" cellpadding="0" width="100%" style="margin-top:3px;"><tr>'
            f'<td valign="middle"><b>{n}. {esc(measure_heading(m))}</b></td>{badge}</tr></table>'
            f'<p style="margin:1px 0 0 0;">{esc(m.get("text") or "")}</p>'
            f'<p style="margin:1px 0 0 0; font-size:{NOTE_PT}pt; color:#333; line-height:95%;">{note}</p>')


def handout_html(measures: list[dict], meta: dict, today: date, answers: list[tuple[str, str]] | None = None,
                 reasons: dict[str, list[str]] | None = None, verdicts: dict[str, dict] | None = None,
                 office: Office | None = None, notices: list[str] | None = None, visitor: str = "") -> str:
    """The handout as HTML; every value from the data is escaped. `reasons` and `verdicts` (by measure
    id) come from the wizard: see verdict_rows for how each is worded. The details follow the summary
    on the same page (a visit of up to 8 measures of usual length is one A4 sheet)."""
    reasons, verdicts, office = reasons or {}, verdicts or {}, office or Office()
    # the title line carries whom the sheet is for; the office's details (from the settings) follow it
    lines = ([(tr("访客"), visitor.strip())] if visitor.strip() else []) + office.lines()
    said = "　".join(f"{esc(k)}：{esc(v)}" for k, v in lines)
    out = [f'<p style="margin:0;"><span style="font-size:14pt;"><b>{esc(tr("惠企政策打印单"))}</b></span>'
           + (f"　　{said}" if said else "") + "</p>"]
    out.append(f'<p style="color:#444; margin:0; font-size:{NOTE_PT}pt;">{esc(tr("打印日期：{0}　数据版本：{1}（{2}份文件，{3}条措施）").format(today.isoformat(), data_version(meta), meta.get("documents", "?"), meta.get("measures", "?")))}　'
               f'{esc(tr("说明：以下内容摘自政策原文，是否符合条件以责任单位审核为准。期限已过的措施不能再承诺办理。"))}</p>')
    for notice in notices or []:  # what the data lacks for this visitor (当前数据没有海淀区的区级文件…)
        out.append(f'<p style="margin:2px 0 0 0;"><b>{esc(notice)}</b></p>')
    if not measures:
        out.append(f"<p>{esc(tr('（打印单中还没有措施）'))}</p>")
    else:
        out.append(f'<p style="margin:3px 0 1px 0;"><b>{esc(tr("一览"))}</b></p>' + summary_table(measures, today, verdicts))
    if answers:
        # one paragraph, not a table: with the summary it stays on the first page
        said = "；".join(f"{esc(q)}<b>{esc(a)}</b>" for q, a in answers)
        out.append(f'<p style="font-size:{SUMMARY_PT}pt; margin-top:2px;"><b>{esc(tr("您的情况"))}：</b>{said}</p>')
    if measures:
        out.append(f'<p style="margin:4px 0 0 0;"><b>{esc(DETAILS)}</b></p>')
    out += [_detail(n, m, today, reasons.get(m["id"]), verdicts.get(m["id"])) for n, m in enumerate(measures, 1)]
    return "\n".join(out)


def suggested_name(visitor: str, now: datetime) -> str:
    """The PDF's default name: the visitor's (company's) name when known, else the date and time, so two
    visitors' sheets on one day do not overwrite each other."""
    visitor = "".join(c for c in visitor.strip() if c not in '\\/:*?"<>|')[:30]
    return tr("打印单-{0}.pdf").format(f"{visitor}-{now:%Y-%m-%d}" if visitor else f"{now:%Y-%m-%d-%H%M}")


def a4_printer(pdf_path: Path | None = None, title: str = "") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(13, 10, 13, 10), QPageLayout.Unit.Millimeter))
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
        printer.setDocName(title or tr("惠企政策打印单"))  # the PDF's own title
    return printer


LAYOUT_DPI = 96  # the sheet is laid out at this resolution on every machine, then drawn scaled to the printer's


def _layout_device() -> QImage:
    """A fixed-resolution paint device for laying the sheet out: without one, QTextDocument takes the
    screen's DPI (a 150 % screen lays out otherwise) and point sizes come out a third larger on paper."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


def text_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.layout_device = _layout_device()  # kept alive with the document
    doc.documentLayout().setPaintDevice(doc.layout_device)
    doc.setDefaultFont(print_font())  # the same on every workstation: page breaks do not depend on its fonts
    doc.setHtml(html)
    return doc


def laid_out(html: str, printer: QPrinter, page_numbers: bool = True) -> QTextDocument:
    """`html` laid out on the printer's page (less the page-number line), in LAYOUT_DPI pixels."""
    page = printer.pageRect(QPrinter.Unit.Point)
    k = LAYOUT_DPI / 72
    doc = text_document(html)
    doc.setPageSize(QSizeF(page.width() * k, (page.height() - (FOOTER_PT if page_numbers else 0)) * k))
    return doc


def page_footer(page: int, pages: int) -> str:
    return tr("第{0}页 共{1}页").format(page, pages)


def print_html(html: str, printer: QPrinter, page_numbers: bool = True) -> int:
    """Lay `html` out on the printer's pages, each with 第i页 共n页 under it, inside the page; the page count."""
    doc = laid_out(html, printer, page_numbers)
    body = doc.pageSize()
    pages = max(1, doc.pageCount())
    painter = QPainter(printer)
    try:
        scale = printer.pageRect(QPrinter.Unit.DevicePixel).width() / body.width()
        painter.scale(scale, scale)  # from here on, layout pixels
        font = QFont(doc.defaultFont())
        # in the painter's units: a point size would be taken at the printer's resolution and then
        # scaled again (第1页 drawn 16 times too large, off the page)
        font.setPixelSize(round(8 * LAYOUT_DPI / 72))
        footer = FOOTER_PT * LAYOUT_DPI / 72
        for n in range(pages):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(0, -n * body.height())
            doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
            painter.restore()
            if not page_numbers:
                continue
            painter.setFont(font)
            painter.drawText(QRectF(0, body.height(), body.width(), footer),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, page_footer(n + 1, pages))
    finally:
        painter.end()
    return pages


def save_pdf(html: str, path: Path, page_numbers: bool = True, title: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    print_html(html, a4_printer(path, title or path.stem), page_numbers)
    return path


def preview_dialog(html: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview (A4) of `html`; the caller shows or exec()s it."""
    printer = a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ref = printer  # the dialog does not own its printer: keep it alive as long as the dialog
    dialog.setWindowTitle(tr("打印预览"))
    dialog.paintRequested.connect(lambda p: print_html(html, p))
    fit(dialog, QSize(900, 1000))
    return dialog
