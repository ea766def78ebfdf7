"""Checks on what a person hands the program (filter values, ids, profile values), worded in Chinese.

Values are checked against the one vocabulary the data uses (districts from index/source/metadata.py, the rest
from resources/taxonomy.toml), so a typo is answered with the list of valid values instead of an empty
result. Qt-free, any thread.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from index.facts.taxonomy import GOVERNMENT, load_taxonomy
from index.vocab import PLACES

# categories a clerk cannot see: controls (NUL, ESC, tab…), formats (zero-width space, BOM, bidi marks),
# line/paragraph separators, private use, unpaired surrogates (a mis-encoded command-line argument)
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp", "Co", "Cs"}
_CONTROL_NAMES = {0: "NUL", 9: "制表符", 10: "换行符", 13: "回车符", 27: "ESC", 0x200B: "零宽空格", 0xFEFF: "BOM"}
SHOWN_CHARS = 40


def invisible_char(text: str) -> str | None:
    """The name of the first invisible character in `text` ("NUL", "U+200B 零宽空格"), or None."""
    for ch in text:
        if unicodedata.category(ch) in _INVISIBLE:
            code = ord(ch)
            name = _CONTROL_NAMES.get(code)
            if code == 0:
                return "NUL"
            return f"U+{code:04X} {name}" if name else f"U+{code:04X}"
    return None


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """`text` fit to echo in a message: invisible characters written as \\x00 / \\u200b, long text cut."""
    cut = text if len(text) <= limit else text[:limit]
    out = "".join(ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                  if unicodedata.category(ch) in _INVISIBLE else ch for ch in cut)
    return out if cut is text else f"{out}…（共{len(text)}字）"


def one_line(text: object, limit: int = 200) -> str:
    """A value from a file (a pack's version or notes, a title) fit to print on one line of a terminal or
    a label: line breaks and tabs become spaces, other invisible characters (ESC, RLO, NUL…) are written
    as \\x1b / \\u202e, so they can neither move the cursor nor reverse the text; long text is cut."""
    text = "" if text is None else str(text)
    spaced = "".join(" " if ch in "\r\n\t\u2028\u2029" else ch for ch in text[: limit + 1])
    return shown(spaced, limit) if len(text) <= limit else shown(spaced, limit).split("…（共")[0] + f"…（共{len(text)}字）"


def from_shell(text: str) -> str:
    """A command-line argument as text: bytes that were not UTF-8 (kept by Python as unpaired
    surrogates, which no file, database or UTF-8 terminal accepts) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def choices(value: str, valid: Sequence[str]) -> str:
    """'您要找的可能是：朝阳区。可选：东城区、…。' — what to write instead of `value`."""
    near = [v for v in valid if value and (value in v or v in value)] if not invisible_char(value) else []
    hint = f"您要找的可能是：{'、'.join(near)}。" if 0 < len(near) <= 3 else ""
    return f"{hint}可选：{'、'.join(valid)}。"


def unknown_value(label: str, value: str, valid: Sequence[str]) -> str:
    """'不认识的地区“朝阳”。您要找的可能是：朝阳区。可选：…' — the valid values always listed."""
    return f"不认识的{label}“{shown(value)}”。{choices(value, valid)}"


def invisible_value(field: str, char: str) -> str:
    return f"字段“{field}”的值含有不可见字符（{char}），请删去这个字符（可在记事本中重新输入这个值）后再试。"


# ───────────────────────────── search filters ─────────────────────────────

def filter_vocabulary() -> dict[str, tuple[str, ...]]:
    """The values each vocabulary facet can take: {"district": (北京市, 东城区, …), "industry": …, "benefit_type": …}."""
    tax = load_taxonomy()
    return {
        "district": PLACES,
        "industry": tuple(tax.names("industries")),
        "benefit_type": (*tax.names("benefit_types"), GOVERNMENT),
    }


_FILTER_LABEL = {"district": "地区", "industry": "行业", "benefit_type": "支持方式", "document": "文件编号"}


def filter_problems(chosen: dict[str, Iterable[str]], documents: Sequence[str] = ()) -> list[str]:
    """Messages for the filter values that no measure can have ({facet: values} as in Filters);
    `documents` are the document ids of the data (checked only when given)."""
    valid = filter_vocabulary()
    if documents:
        valid["document"] = tuple(documents)
    problems = []
    for facet, values in chosen.items():
        if facet not in valid:
            continue
        problems += [unknown_value(_FILTER_LABEL[facet], v, valid[facet]) for v in values if v not in valid[facet]]
    return problems
