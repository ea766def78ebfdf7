"""What a maintainer should look at twice before an import is stored: a parsed measure whose text still
holds a responsibility line, a page number or a heading (the reader or the parser missed a layout).
Pure functions on the measure records `import --dry-run --json` lists; the window highlights them."""
from __future__ import annotations

import re

from index.source.metadata import repealed_titles, same_work
from index.source.sentences import split_sentences
from index.source.tokens import CN_DIGITS

UNITS_LINE = "正文里还有责任单位行"
PAGE_NUMBER = "正文里有页码"
HEADING = "正文里混入了标题"

# 责任单位：… / （牵头单位：…；配合单位：…） — any role label left in the text means the units were not split off
_UNITS = re.compile(r"(?:责任|牵头|主责|配合|协办|参与|协同)(?:单位|部门)\s*[：:]")
# — 3 — / - 3 - / 第3页 共12页, as a PDF prints them at a page's foot
_PAGE = re.compile(r"[—–－-]\s*\d{1,4}\s*[—–－-](?!\d)|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页")
# 一、… / （一）… at the start of the text or right after a sentence: a part or subsection heading
_HEADING = re.compile(rf"(?:^|[。；！？\n])\s*(?:[{CN_DIGITS}]{{1,3}}、|[（(][{CN_DIGITS}]{{1,3}}[）)])\s*\S")


def suspicions(measure: dict) -> list[str]:
    """Why this parsed measure needs a second look, in a fixed order; [] when nothing stands out."""
    text = measure.get("text") or ""
    found = []
    if _UNITS.search(text):
        found.append(UNITS_LINE)
    if _PAGE.search(text):
        found.append(PAGE_NUMBER)
    if _HEADING.search(text):
        found.append(HEADING)
    return found


def earlier_editions(result: dict, existing: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Documents of this machine that the file read into `result` (an `import --dry-run` result) seems
    to replace, for the maintainer to confirm: [(id, title, why)] — the same title once editions, years
    and 暂行 are set aside, or a title the new text says it repeals (…同时废止). Never decided alone."""
    doc = result["document"]
    title = doc.get("title") or ""
    closing = doc.get("closing") or []
    texts = [m.get("text") or "" for m in result.get("measures") or []] + (list(closing) if isinstance(closing, list) else [closing])
    repealed = repealed_titles([s for t in texts for s in split_sentences(t)])
    out = []
    for other_id, other_title in existing:
        if other_id == doc.get("id") or not other_title:
            continue
        if same_work(title, other_title):
            out.append((other_id, other_title, "标题相同（版本、年份不计）"))
        elif any(same_work(r, other_title) for r in repealed):
            out.append((other_id, other_title, "新文件写明废止了它"))
    return out


def known_documents(imported: list[tuple[str, str]], stored: dict[str, dict]) -> list[tuple[str, str]]:
    """[(id, title)] a new file may be a revision of: this machine's imports, then the documents of the data
    in use that were not imported here (the bundled plans, a pack's), by the title the data gives them."""
    ids = {doc_id for doc_id, _ in imported}
    return imported + [(doc_id, doc.get("title") or "") for doc_id, doc in stored.items() if doc_id not in ids]


def superseded_status(new_title: str, year: str | None) -> str:
    """What the older document is marked as (index/facts/deadlines.py reads it as retired)."""
    return f"已被《{new_title.strip('《》')}》{year + '年' if year else ''}修订版取代"
