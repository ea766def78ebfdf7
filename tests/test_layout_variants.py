"""Other layouts of the same document (as a new district plan may arrive) parse to the same measures."""
from __future__ import annotations

import re

import pytest

from index.source.parser import parse_text
from index.paths import resource
from index.source.textio import decode_bytes


def _original() -> str:
    return resource("documents", "chaoyang-2022-stabilize-economy-draft.txt").read_text(encoding="utf-8")


def _summary(text: str) -> list[tuple[int, str, str | None, str | None]]:
    doc = parse_text(text)
    return [(m.number, m.text, m.units_text, m.subsection) for m in doc.measures]


@pytest.fixture(scope="module")
def reference():
    return _summary(_original())


def _gbk_crlf(text: str) -> str:
    return decode_bytes(text.replace("\n", "\r\n").encode("gbk")).text


def _half_width(text: str) -> str:
    return text.replace("（责任单位：", "(责任单位:").replace("）\n", ")\n").replace("，", ",").replace("：", ":")


def _pdf_wrapped(text: str) -> str:
    """Hard-wrap every long line at 28 characters, with a page break (blank line) every 9 lines."""
    out, count = [], 0
    for line in text.split("\n"):
        while len(line) > 28:
            out.append(line[:28])
            line = line[28:]
            count += 1
            if count % 9 == 0:
                out.extend(["", "- 3 -", ""] if False else [""])
        out.append(line)
    return "\n".join(out)


def _units_on_own_line(text: str) -> str:
    return text.replace("。（责任单位：", "。\n（责任单位：")


def _dun_numbering(text: str) -> str:
    return re.sub(r"(?m)^(\d{1,2})\.", r"\1、", text)


def _one_line(text: str) -> str:
    return text.replace("\n", "")


@pytest.mark.parametrize(
    "variant", [_gbk_crlf, _half_width, _pdf_wrapped, _units_on_own_line, _dun_numbering],
    ids=["gbk-crlf", "half-width", "pdf-wrapped", "units-own-line", "dun-numbering"],
)
def test_variant_parses_to_the_same_measures(reference, variant):
    assert len(reference) == 45
    assert _summary(variant(_original())) == reference


def test_one_line_web_dump_parses_to_the_same_measures(reference):
    # The title block loses its line breaks too; the measures must not notice.
    assert _summary(_one_line(_original())) == reference
