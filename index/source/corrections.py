"""Reviewed corrections: how a scrambled source is reassembled, recorded as data a maintainer audits.

A corrections file (TOML, under resources/corrections/) lists, for each measure, its sentences in
reading order as literal snippets of the source, its responsible units as printed, and why; and the
sentences of the notice, the preamble and the closing. The build applies it; nothing in it may be
text that is not in the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from index.errors import PolicyDataError
from index.source.textio import read_toml

SECTION_NAMES = ("press_note", "notice", "preamble", "closing")


@dataclass
class MeasureCorrection:
    number: int
    snippets: list[str]
    units: str | None = None
    number_inferred: bool = False
    subsection: str | None = None  # "" = the heading is lost in the source
    section: str | None = None  # "" = the part heading is lost in the source
    # the reviewer's word on completeness: a reason it lost text (文本不完整) beyond the hand-over evidence,
    # or False when the hand-over evidence is wrong for this measure (its "why" must say so)
    incomplete: str | bool | None = None
    why: str = ""


@dataclass
class Corrections:
    path: Path
    document: str
    measures: dict[int, MeasureCorrection] = field(default_factory=dict)
    sections: dict[str, list[str]] = field(default_factory=dict)


def load_corrections(path: Path) -> Corrections:
    data = read_toml(path, "更正文件", "请按TOML语法修正后重新构建。")
    result = Corrections(path=path, document=str(data.get("document", "")))
    for entry in data.get("measure", []):
        try:
            number = int(entry["number"])
            snippets = [str(s) for s in entry["sentences"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise PolicyDataError(f"{path}：[[measure]] 条目缺少 number 或 sentences：{entry!r}") from exc
        if number in result.measures:
            raise PolicyDataError(f"{path}：措施 {number} 出现了两次，请合并为一个 [[measure]] 条目。")
        result.measures[number] = MeasureCorrection(
            number=number,
            snippets=snippets,
            units=entry.get("units"),
            number_inferred=bool(entry.get("number_inferred", False)),
            subsection=entry.get("subsection"),
            section=entry.get("section"),
            incomplete=entry.get("incomplete"),
            why=str(entry.get("why", "")),
        )
    for entry in data.get("section", []):
        name = entry.get("name")
        if name not in SECTION_NAMES:
            raise PolicyDataError(f"{path}：[[section]] 的 name 须为 {'、'.join(SECTION_NAMES)} 之一，而不是 {name!r}。")
        result.sections.setdefault(name, []).extend(str(s) for s in entry.get("sentences", []))
    return result
