"""Favourites and history of opened measures, kept per user in a JSON file outside the data folder,
so rebuilding or replacing the data never loses them. Main thread only (small file, written at once)."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

HISTORY_LIMIT = 200
FILE_NAME = "userdata.json"


class UserData:
    def __init__(self, path: Path):
        self.path = path
        self.favourites: list[str] = []
        self.history: list[dict] = []  # newest first: {"id": measure id, "at": "YYYY-MM-DDTHH:MM:SS"}
        self.error: str | None = None  # why the last save failed (None after a successful one)
        self._load()

    @classmethod
    def in_folder(cls, folder: Path) -> "UserData":
        return cls(folder / FILE_NAME)

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # first start, or an unreadable file: start empty rather than refuse to run
        if isinstance(data, dict):
            self.favourites = [str(x) for x in data.get("favourites", []) if isinstance(x, str)]
            self.history = [h for h in data.get("history", []) if isinstance(h, dict) and "id" in h]

    def save(self) -> bool:
        """Write the file; False when it cannot be written (read-only or full home folder): the lists
        then live on in memory for this session and `error` says why (the window reports it once)."""
        tmp = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"favourites": self.favourites, "history": self.history}, ensure_ascii=False,
                                      indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            self.error = f"{exc.filename or self.path}：{exc.strerror or exc}"
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            return False
        self.error = None
        return True

    def is_favourite(self, measure_id: str) -> bool:
        return measure_id in self.favourites

    def set_favourite(self, measure_id: str, on: bool) -> bool:
        """Returns whether the change reached the disk (see save)."""
        if on and measure_id not in self.favourites:
            self.favourites.append(measure_id)
        elif not on and measure_id in self.favourites:
            self.favourites.remove(measure_id)
        return self.save()

    def record_opened(self, measure_id: str) -> bool:
        """Returns whether the history reached the disk (see save)."""
        self.history = [{"id": measure_id, "at": time.strftime("%Y-%m-%dT%H:%M:%S")}] + [
            h for h in self.history if h["id"] != measure_id
        ][: HISTORY_LIMIT - 1]
        return self.save()
