"""Words the search box suggests: the domain dictionary, the synonym table's words (everyday and
official), and the facet values of the data (benefit types, industries, units). Qt-free, any thread."""
from __future__ import annotations

import re
from pathlib import Path

from index.paths import resource

_SPLIT = re.compile(r"=>|=|\s+")


def _file_words(path: Path, synonyms: bool) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    words: list[str] = []
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words += [w for w in _SPLIT.split(line) if w] if synonyms else line.split()[:1]
    return words


def vocabulary(measures: list[dict]) -> list[str]:
    words = _file_words(resource("userdict.txt"), synonyms=False) + _file_words(resource("synonyms.txt"), synonyms=True)
    for m in measures:
        words += [t for t in m.get("benefit_types") or [] if t != "政府工作"]
        words += m.get("industries") or []
        words += m.get("responsible_units") or []
    return sorted({w for w in words if 2 <= len(w) <= 16 and not w.isdigit()})
