"""The synonym table (resources/synonyms.txt): everyday words a clerk types → the documents' wording."""
from __future__ import annotations

from pathlib import Path

from index.errors import PolicyDataError


class Synonyms:
    def __init__(self, table: dict[str, tuple[str, ...]]):
        self._table = table

    def __len__(self) -> int:
        return len(self._table)

    def words(self) -> list[str]:
        """Every word of the table, everyday and official (for suggestions)."""
        return sorted(set(self._table) | {w for targets in self._table.values() for w in targets})

    def keys(self) -> list[str]:
        """The words the table expands (what a visitor may type)."""
        return list(self._table)

    def variants(self, word: str) -> tuple[str, ...]:
        """Other wordings for `word` (never including the word itself)."""
        return self._table.get(word.lower(), ())

    @classmethod
    def load(cls, path: Path) -> "Synonyms":
        if not path.is_file():
            return cls({})
        table: dict[str, list[str]] = {}
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if "=>" in line:
                left, _, right = line.partition("=>")
                sources, targets = left.split(), right.split()
            elif "=" in line:
                left, _, right = line.partition("=")
                sources = targets = left.split() + right.split()
            else:
                raise PolicyDataError(f"{path}：第{lineno}行缺少“=”或“=>”：{raw}")
            if not sources or not targets:
                raise PolicyDataError(f"{path}：第{lineno}行两边都要有词：{raw}")
            for source in sources:
                bucket = table.setdefault(source.lower(), [])
                bucket.extend(t for t in targets if t.lower() != source.lower() and t not in bucket)
        return cls({k: tuple(v) for k, v in table.items()})
