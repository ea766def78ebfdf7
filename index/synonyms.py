"""The synonym table (resources/synonyms.txt): everyday words a clerk types → the documents' wording;
and the maintainer's own rows (synonyms.txt in the app-data folder, added from the window's 数据 →
同义词…), merged with it when the engine understands a query (no rebuild: matching is literal, so
a new row works from the next search on)."""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from index.errors import PolicyDataError
from index.paths import app_data_dir

USER_SYNONYMS = "synonyms.txt"
_WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff%％.]+")
log = logging.getLogger(__name__)


def user_synonyms_path() -> Path:
    """The maintainer's own synonym rows on this machine."""
    return app_data_dir() / USER_SYNONYMS


def user_row(everyday: str, official: str, both_ways: bool) -> str:
    """One row of the synonym file from what the maintainer typed (words separated by spaces or
    commas); PolicyDataError, in words a maintainer can act on, when a side is empty or a word holds
    anything but letters, digits and Chinese characters."""
    sides = []
    for label, text in (("常用说法", everyday), ("文件用语", official)):
        words = [w for w in re.split(r"[\s,，、;；]+", text.strip()) if w]
        if not words:
            raise PolicyDataError(f"请填写{label}（可写几个词，用空格隔开）。")
        bad = [w for w in words if not _WORD.fullmatch(w)]
        if bad:
            raise PolicyDataError(f"{label}里的“{bad[0]}”含有不能用的符号；每个词只写汉字、字母或数字，词之间用空格隔开。")
        sides.append(words)
    return f"{' '.join(sides[0])} {'=' if both_ways else '=>'} {' '.join(sides[1])}"


def append_user_row(row: str, path: Path | None = None) -> Path:
    """Append `row` (from `user_row`) to the user's synonym file, creating it with a header; the
    file's path. OSError when it cannot be written (the caller says so in words)."""
    path = path or user_synonyms_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "" if path.is_file() else "# 本机增补的同义词（在窗口“数据 → 同义词…”中添加；写法同程序自带的同义词表）\n"
    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    joiner = "" if not existing or existing.endswith("\n") else "\n"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(header + joiner + row + "\n")
    return path


class UserSynonyms:
    """The table given merged with the user's file, read again when that file changes (its size
    and modification time, checked once a query)."""

    def __init__(self, base: "Synonyms", path: Path | None = None):
        self.base = base
        self.path = path or user_synonyms_path()
        self._stamp: tuple[int, int] | None = None
        self.table = base
        self.current()

    def current(self) -> "Synonyms":
        try:
            stat = os.stat(self.path)
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if stamp != self._stamp:
            own = Synonyms({})
            if stamp is not None:
                try:
                    own = Synonyms.load(self.path)
                except (PolicyDataError, OSError, UnicodeDecodeError) as exc:
                    log.warning("本机同义词表未能读取，暂不使用：%s", exc)
            self.table = self.base.merged(own)
            self._stamp = stamp  # after the table: another thread seeing the new stamp sees the new table
        return self.table


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

    def merged(self, other: "Synonyms") -> "Synonyms":
        """This table with `other`'s rows added (its wordings after ours)."""
        if not len(other):
            return self
        table = {k: list(v) for k, v in self._table.items()}
        for key, targets in other._table.items():
            bucket = table.setdefault(key, [])
            bucket.extend(t for t in targets if t not in bucket)
        return Synonyms({k: tuple(v) for k, v in table.items()})

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
