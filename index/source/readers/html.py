"""A web page saved from a government site: the charset from the BOM or the meta tag, the article body
only (navigation, breadcrumbs, 【字号：大 中 小】, 【打印】, share widgets, related links and the ICP footer
left out), and 发布时间 / 来源 as metadata.

lxml parses the page; the body is found by the content containers that government CMSs use (TRS and
others, by id and class) and, failing those, by text density: the block with the most Chinese text in
paragraphs and the fewest links.
"""
from __future__ import annotations

import codecs
import re

from index.errors import PolicyDataError
from index.source.readers import SourceText

# Article containers of the CMSs Beijing government sites run on, most specific first.
_BODY_XPATHS = (
    "//*[@id='zoom']", "//*[@id='mainText']", "//*[@id='UCAP-CONTENT']", "//*[@class='TRS_Editor']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' TRS_Editor ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' view ')][.//p]",
    "//*[contains(@class, 'article-content') or contains(@class, 'article_content')]",
    "//*[contains(@class, 'pages_content') or contains(@class, 'xxgk_content') or contains(@class, 'detail-content')]",
    "//*[@id='content' or @id='Content' or @id='article' or @id='artibody']",
    "//article",
)
# Elements that are never the article: page furniture, by tag and by the words CMSs put in ids and classes.
_NOISE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
               "select", "input", "textarea", "object", "embed", "svg", "canvas", "template")
_NOISE_WORDS = ("nav", "menu", "breadcrumb", "crumb", "position", "location", "share", "bdshare", "print",
                "font-size", "fontsize", "zihao", "toolbar", "footer", "foot", "copyright", "related", "xgwz",
                "xglj", "sidebar", "banner", "header", "top-bar", "topbar", "comment", "qrcode", "erweima")
# Widget texts that sit inside article containers on many sites; whole-text matches only.
_WIDGET_TEXT = re.compile(
    r"^[【\[]?\s*(?:字号|字体)\s*[：:]?\s*(?:大\s*中\s*小|[大中小默认\s|]+)\s*[】\]]?$|"
    r"^[【\[]\s*(?:打印(?:本页)?|关闭(?:窗口)?|收藏|纠错|返回顶部|分享|打印正文)\s*[】\]]$|"
    r"^(?:分享到|扫一扫|扫描二维码).{0,20}$"
)
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
               "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "center", "hr", "tbody", "thead"}
_META_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_CODEC = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030", "gb18030": "gb18030",
          "utf8": "utf-8", "utf-8": "utf-8", "big5": "big5hkscs"}


def decode_html(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """(text, charset, warnings): a BOM first, then the meta tag where it can be right, then UTF-8, then
    GB18030. A declared charset the bytes are not in is passed over with a warning: a meta tag found as
    ASCII cannot be in a UTF-16 page (the HTML standard reads such a page as UTF-8), a charset without
    Chinese characters (ISO-8859-1…) on a page that is valid UTF-8 is a wrong declaration."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec, []
            except UnicodeDecodeError:
                return data[len(bom):].decode(codec, errors="replace"), codec, [
                    f"网页开头的字节顺序标记说明它是{codec.upper()}编码，但其中有不合这种编码的字节，已替换为“\ufffd”，请核对文字。"]
    match = _CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    codec = _CODEC.get(declared, declared) if declared else None
    if codec and not _plausible(codec, data):
        codec = None
    for candidate in ([codec] if codec else []) + ["utf-8", "gb18030"]:
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        warnings = []
        if declared and candidate != codec:
            shown = "GBK/GB18030" if candidate == "gb18030" else "UTF-8"
            why = "本程序不认识这种编码" if not _known(declared) else "但内容不是这种编码"
            warnings.append(f"网页声明的编码是“{declared[:20]}”，{why}，已按{shown}读取，请核对文字是否正确。")
        return text, candidate, warnings
    # gb18030 decodes nearly anything; only garbage reaches here
    raise PolicyDataError(f"{name}：网页的字符编码无法识别。请在浏览器中“另存为”网页（UTF-8）后再导入。")


def _known(codec: str) -> bool:
    try:
        codecs.lookup(_CODEC.get(codec, codec))
    except LookupError:
        return False
    return True


def _plausible(codec: str, data: bytes) -> bool:
    """Whether a page whose meta tag was found as ASCII bytes can be in `codec` at all."""
    try:
        info = codecs.lookup(codec)
    except LookupError:
        return False
    if info.name.startswith(("utf-16", "utf-32")):
        return False
    try:
        "中".encode(info.name)
    except UnicodeEncodeError:  # a Latin charset on a Chinese page: believed only if the page is not UTF-8
        try:
            return data.decode("utf-8").isascii()
        except UnicodeDecodeError:
            return True
    return True


def read_html(data: bytes, name: str) -> SourceText:
    import lxml
    import lxml.html
    from lxml import etree

    text, charset, warnings = decode_html(data, name)
    try:
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    except (etree.ParserError, ValueError) as exc:
        raise PolicyDataError(f"{name}：网页无法解析（{exc}）。请在浏览器中重新“另存为”网页后再导入。") from exc
    metadata = _metadata(root)
    for el in root.xpath("//comment() | //processing-instruction()"):
        _drop(el)
    for el in list(root.iter(*_NOISE_TAGS)):
        if el.getparent() is not None:
            _drop(el)
    body = _find_body(root)
    if body is None:
        raise PolicyDataError(f"{name}：网页中找不到正文。请在浏览器中打开原网页，复制正文存为文本文件（UTF-8）后再导入。")
    for el in list(body.iter()):
        if el is not body and el.getparent() is not None and _is_noise(el):
            _drop(el)
    lines = [line for line in _lines(body) if not _WIDGET_TEXT.match(line)]
    title = metadata.get("title")
    if title and lines and _squash(title) not in _squash("".join(lines[:3])):
        lines.insert(0, title)  # the title usually stands above the article container
        lines.insert(1, "")
    if not any(line.strip() for line in lines):
        raise PolicyDataError(f"{name}：网页正文是空的（可能是图片或由脚本加载）。请复制正文存为文本文件后再导入。")
    if charset == "gb18030" and not warnings:
        warnings.append("网页是GBK/GB2312编码，已自动转换。")
    return SourceText("\n".join(lines) + "\n", "html", f"lxml {lxml.__version__}", encoding=charset,
                      warnings=warnings, metadata=metadata)


def _drop(el) -> None:
    """Remove an element but keep the text that follows it (lxml keeps that in its tail). A comment or
    processing instruction beside the root element (the "saved from url" comment a browser writes above
    the page) has no parent to be removed from; it is not in the page's text anyway."""
    if el.getparent() is not None:
        el.drop_tree()


def _is_noise(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    marks = f"{el.get('id', '')} {el.get('class', '')}".lower()
    if any(word in marks for word in _NOISE_WORDS):
        return True
    text = el.text_content().strip()
    return bool(text) and len(text) <= 40 and bool(_WIDGET_TEXT.match(text))


def _find_body(root):
    for xpath in _BODY_XPATHS:
        found = [el for el in root.xpath(xpath) if _cjk(el.text_content()) >= 20]
        if found:
            return max(found, key=lambda el: _cjk(el.text_content()))
    # Text density: the block whose own paragraphs hold the most Chinese text, links discounted.
    best, best_score = None, 0.0
    for el in root.iter("div", "td", "section", "article", "main", "body"):
        paragraphs = el.xpath("./p | ./div[not(.//div)] | ./font | ./span")
        text = sum(_cjk(p.text_content()) for p in paragraphs) + _cjk(el.text or "")
        links = sum(_cjk(a.text_content()) for a in el.iter("a"))
        score = text - 2 * links
        if score > best_score:
            best, best_score = el, score
    return best


def _lines(el) -> list[str]:
    """The text of an element, a line per block element, table rows as lines with cells tab-separated."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if tag in ("td", "th"):
            parts.append("\t")
        if node.text and tag not in ("script", "style"):
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    walk(el)
    text = "".join(parts).replace("\xa0", " ")
    out = []
    for raw in text.split("\n"):
        line = raw.strip(" \t\u3000\r")
        line = re.sub(r"[ \t]*\t[ \t]*", "\t", line)
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _metadata(root) -> dict[str, str]:
    meta: dict[str, str] = {}
    names = {m.get("name", "").lower(): (m.get("content") or "").strip() for m in root.iter("meta") if m.get("name")}
    title = names.get("articletitle") or _first_text(root, "//h1") or (root.findtext(".//title") or "").split("_")[0]
    if title and title.strip():
        meta["title"] = re.sub(r"\s+", "", title)
    date = names.get("pubdate") or names.get("publishdate") or names.get("firstpublishedtime")
    source = names.get("contentsource") or names.get("source")
    # The info line above the article: "发布时间：2022-06-13  来源：北京市朝阳区人民政府"
    info = " ".join(t for t in root.xpath("//text()[contains(., '发布时间') or contains(., '发布日期') or contains(., '来源')]"))
    if not date:
        found = re.search(r"发布(?:时间|日期)\s*[：:]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})", info)
        date = found.group(1) if found else None
    if not source:
        found = re.search(r"来源\s*[：:]\s*([^\s|｜【\]]{2,40})", info)
        source = found.group(1) if found else None
    if date:
        parts = _META_DATE.search(date)
        if parts:
            meta["published"] = f"{int(parts.group(1)):04d}-{int(parts.group(2)):02d}-{int(parts.group(3)):02d}"
    if source:
        meta["source"] = source.strip()
    return meta


def _first_text(root, xpath: str) -> str:
    found = root.xpath(xpath)
    return found[0].text_content().strip() if found else ""


def _cjk(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
