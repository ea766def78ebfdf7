"""How much a reader takes from one file, whatever the file claims. The import itself takes files up to
20 MB (index/importer.py MAX_IMPORT_BYTES); inside that, a compressed part can inflate a thousandfold and
a number can be written with eleven digits, so every reader stops at these bounds with a Chinese message
instead of eating the memory or running for hours. Each bound is far above any real policy document:
the longest in the collection is about 60,000 characters, its document.xml under 1 MB.
"""
from __future__ import annotations

# Text a reader hands to the parser: about what a 20 MB GBK text file holds (two bytes a character), which
# the parser reads in a few seconds.
MAX_TEXT_CHARS = 10_000_000

# A .docx part inflated: the document itself, and each of the small parts it needs (numbering, styles,
# relationships, content types). Read as a stream and abandoned at the bound, never inflated whole.
MAX_DOCUMENT_PART_BYTES = 64 * 2**20
MAX_SMALL_PART_BYTES = 8 * 2**20
MAX_ZIP_MEMBERS = 10_000
# The markup in one part (counted as "<" while it is inflated): parsing costs per element, and 64 MB of
# empty elements would take minutes. A long real document has under 100,000.
MAX_PART_MARKUP = 2_000_000
# One block of the document (a paragraph or a table) is held in memory while it is read: its elements.
MAX_BLOCK_ELEMENTS = 500_000

# Word's automatic numbering: a start value as Word's own dialog allows it, the nine list levels, the
# length of a level's number text.
MAX_NUMBER_START = 32_767
MAX_LIST_LEVEL = 8
MAX_LEVEL_TEXT = 255

# A PDF: each stream inflated (pypdf's own bound, lowered from its 75 MB), the pages read, and what is
# parsed to read them: the page content and the character maps of the fonts it uses, which pypdf parses
# again on every page (it reads about 600 KB of these a second: a 453-page typeset plan, 10 MB of them, in
# 17 s). A real policy PDF has 5 to 100 pages of 10 to 50 KB each.
MAX_PDF_STREAM_BYTES = 16 * 2**20
MAX_PDF_PAGES = 500
MAX_PDF_CONTENT_BYTES = 16 * 2**20


def too_much_text(name: str):
    from index.errors import PolicyDataError

    return PolicyDataError(f"{name}：文件的文字超过{MAX_TEXT_CHARS // 10_000}万字（上限），不像是一份政策文件，未读取。"
                           "请确认选对了文件；若确是很长的汇编，请分成几份再导入。")


def megabytes(size: int) -> str:
    return f"{size // 2**20} MB"
