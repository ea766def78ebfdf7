"""Words the search box suggests: the domain dictionary, the synonym table's words (everyday and
official), and the facet values of the data (benefit types, industries, units). Qt-free, any thread."""
from __future__ import annotations

from pathlib import Path

from index.paths import library
from index.synonyms import Synonyms
from index.facts.taxonomy import GOVERNMENT


def _dictionary_words(path: Path) -> list[str]:
    """The words of a jieba user dictionary (first column of each line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line.split()[0] for line in lines if line.strip() and not line.lstrip().startswith("#")]


def vocabulary(measures: list[dict], synonyms: Synonyms | None = None) -> list[str]:
    values: dict[str, list[str]] = {"benefit_type": [], "industry": [], "unit": []}
    for m in measures:
        values["benefit_type"] += m.get("benefit_types") or []
        values["industry"] += m.get("industries") or []
        values["unit"] += m.get("responsible_units") or []
    return vocabulary_of(values, synonyms)


def vocabulary_of(facet_values: dict[str, list[str]], synonyms: Synonyms | None = None) -> list[str]:
    """The same from the data's facet values themselves ({"benefit_type": […], "industry": […],
    "unit": […]}: the search engine has them without decoding every measure)."""
    synonyms = synonyms or Synonyms.load(library("synonyms.txt"))
    words = _dictionary_words(library("userdict.txt")) + synonyms.words()
    words += [t for t in facet_values.get("benefit_type", []) if t != GOVERNMENT]
    words += facet_values.get("industry", []) + facet_values.get("unit", [])
    return sorted({w for w in words if 2 <= len(w) <= 16 and not w.isdigit()})
