"""Favourites and history of opened measures, kept per user in SQLite outside the data folder, so
rebuilding or replacing the data never loses them, and neither a crash nor a second instance can.

Each change is its own short transaction (two instances interleave instead of overwriting each
other); WAL and a busy timeout make a second instance wait for the first rather than fail. A file
that cannot be read or parsed is moved aside with a timestamp, never overwritten or deleted, and the
window tells the clerk once (`take_notices`). When nothing can be written at all, the lists live on in
an in-memory database for the session. Main thread only (the writes are tiny)."""
from __future__ import annotations

import errno
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from index.errors import storage_reason

HISTORY_LIMIT = 200
FILE_NAME = "userdata.sqlite"
LEGACY_FILE_NAME = "userdata.json"  # before SQLite: migrated once, then renamed aside
BUSY_TIMEOUT_S = 5.0  # a second instance in the middle of its own (millisecond) write

# what a Notice reports
MOVED = "moved"  # a damaged file was moved aside; a fresh store started
UNMOVABLE = "unmovable"  # an old JSON file could not be read nor moved aside; the store itself works
IN_MEMORY = "in_memory"  # nothing can be written: this session's lists are kept in memory only
STUCK = "stuck"  # the store is damaged and cannot be moved aside: in memory only, like IN_MEMORY
SKIPPED = "skipped"  # the old JSON file was migrated, but some entries could not be understood


@dataclass(frozen=True)
class Notice:
    """Something the clerk must be told once about their favourites and history."""
    kind: str
    path: Path  # the file concerned
    moved_to: Path | None = None
    detail: str = ""  # the system's own words, for the technician
    count: int = 0  # SKIPPED: how many entries


def tr(text: str) -> str:
    return QCoreApplication.translate("userdata", text)


def notice_text(notice: Notice) -> str:
    """The Chinese sentence the window shows for a notice."""
    if notice.kind == MOVED:
        return tr("收藏和浏览记录文件已损坏，已移到 {0}，新的记录从现在开始。如需找回，请把该文件交给技术人员。").format(
            notice.moved_to)
    if notice.kind == UNMOVABLE:
        return tr("旧的收藏和浏览记录文件 {0} 无法读取，也无法移开（{1}）。新的记录照常保存。"
                  "如需找回旧记录，请把该文件交给技术人员。").format(notice.path, notice.detail)
    if notice.kind == STUCK:
        return tr("收藏和浏览记录文件 {0} 已损坏，也无法移开（{1}）。本次仍可使用，但关闭程序后不保留。"
                  "请联系技术人员检查该文件夹的权限，并把该文件交给技术人员。").format(notice.path, notice.detail)
    if notice.kind == SKIPPED:
        return tr("旧的收藏和浏览记录中有{0}条无法识别，已跳过；其余已转入新的记录。原文件保存在 {1}。").format(
            notice.count, notice.moved_to)
    return tr("收藏和浏览记录无法保存到 {0}（{1}）。本次仍可使用，但关闭程序后不保留。"
              "请联系技术人员检查该文件夹的权限和磁盘空间。").format(notice.path, notice.detail)


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def move_aside(path: Path, why: str) -> Path:
    """Rename `path` to `<name>.<why>-YYYYMMDD-HHMMSS` beside it, never over an existing file;
    SQLite's -wal/-shm files go with it (a stale WAL must not be replayed into a fresh store).
    Raises OSError when it cannot be moved."""
    base = path.with_name(f"{path.name}.{why}-{_stamp()}")
    target, n = base, 1
    while target.exists() or target.is_symlink():
        target, n = base.with_name(f"{base.name}-{n}"), n + 1
    os.rename(path, target)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            try:
                os.rename(sidecar, target.with_name(target.name + suffix))
            except OSError:
                pass  # the main file is safe; a leftover -shm is rebuilt, a -wal is the technician's
    return target


def _detail(exc: BaseException) -> str:
    """Why a read, move or write of the store failed, in Chinese (never the English errno)."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "没有访问权限"  # the same failure reading, moving or writing: say which it is not
        return storage_reason(exc).rstrip("。")
    if isinstance(exc, UnicodeDecodeError):
        return "不是 UTF-8 文本"
    if isinstance(exc, ValueError):  # json.JSONDecodeError and the shape checks
        return "内容不是有效的记录格式"
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "not a database" in text or "malformed" in text:
            return "不是有效的数据库文件"
        return storage_reason(exc).rstrip("。")
    return type(exc).__name__


class UserData:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / FILE_NAME
        self.error: str | None = None  # why the last change did not reach the disk (None after one that did)
        self.in_memory = False
        self.notices: list[Notice] = []
        self._favourites: list[str] = []  # what was last read, should the disk stop answering
        self._history: list[dict] = []
        self._label_cache: dict[str, str] = {}  # id → what it was called (favourites win over history)
        self.db = self._open()
        self._read_all()  # first, so a failure while migrating falls back to memory with these
        self._migrate_legacy()
        self._read_all()

    @classmethod
    def in_folder(cls, folder: Path) -> "UserData":
        return cls(folder)

    def close(self) -> None:
        self.db.conn.close()

    def take_notices(self) -> list[Notice]:
        """What to tell the clerk, once: the list is emptied."""
        notices, self.notices = self.notices, []
        return notices

    # -- opening -----------------------------------------------------------------------------
    def _open(self) -> Database:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            return self._open_file()
        except sqlite3.OperationalError as exc:  # cannot open or write (permissions, full disk, a folder)
            return self._memory(exc)
        except sqlite3.DatabaseError as exc:  # "file is not a database", a malformed image
            try:
                moved = move_aside(self.path, "damaged")
            except OSError as move_exc:
                return self._memory(move_exc, STUCK)
            self.notices.append(Notice(MOVED, self.path, moved, _detail(exc)))
            try:
                return self._open_file()
            except (sqlite3.Error, OSError) as again:
                return self._memory(again)
        except OSError as exc:  # the folder cannot be made
            return self._memory(exc)

    def _open_file(self) -> Database:
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            conn.execute("PRAGMA journal_mode=WAL")
            # in WAL, NORMAL survives a crash of the app intact; only a power cut may cost the last
            # click, and browsing with the arrow keys is not slowed by an fsync per measure
            conn.execute("PRAGMA synchronous=NORMAL")
            db = Database(conn)
            self._create_schema(db)
        except BaseException:
            conn.close()
            raise
        return db

    def _memory(self, exc: BaseException, kind: str = IN_MEMORY) -> Database:
        self.in_memory = True
        self.error = f"{self.path}：{_detail(exc)}"
        self.notices.append(Notice(kind, self.path, None, _detail(exc)))
        db = Database(sqlite3.connect(":memory:", isolation_level=None))
        self._create_schema(db)
        return db

    @staticmethod
    def _create_schema(db: Database) -> None:
        # seq orders the rows (the order favourites were added; history newest = highest)
        db["favourites"].create({"seq": int, "id": str, "added_at": str, "label": str}, pk="seq",
                                not_null={"id"}, if_not_exists=True)
        db["favourites"].create_index(["id"], unique=True, if_not_exists=True)
        db["history"].create({"seq": int, "id": str, "at": str, "label": str}, pk="seq", not_null={"id"},
                             if_not_exists=True)
        db["history"].create_index(["id"], unique=True, if_not_exists=True)

    # -- the old JSON file ---------------------------------------------------------------------
    def _migrate_legacy(self) -> None:
        """Bring an existing userdata.json in once: valid entries into the store, then the file is
        renamed aside so it is not migrated again (a crash in between only re-merges the same ids)."""
        legacy = self.folder / LEGACY_FILE_NAME
        if not (legacy.exists() or legacy.is_symlink()):
            return
        try:
            data = json.loads(legacy.read_bytes().decode("utf-8-sig"))
            if not isinstance(data, dict):
                raise ValueError(f"not an object but {type(data).__name__}")
        except (OSError, ValueError) as exc:  # unreadable, truncated, not JSON, not UTF-8, a list
            self._set_aside(legacy, exc)
            return
        favourites, history, skipped = _legacy_entries(data)
        try:
            self._write(lambda c: self._merge(c, favourites, history))
        except sqlite3.Error as exc:
            self._fall_back(exc, (favourites, history))
        if self.in_memory:
            return  # the entries live only in memory: the file stays to be migrated next time
        try:
            moved = move_aside(legacy, "migrated")
        except OSError as exc:
            self.notices.append(Notice(UNMOVABLE, legacy, None, _detail(exc)))
            return
        if skipped:
            self.notices.append(Notice(SKIPPED, legacy, moved, count=skipped))

    def _set_aside(self, legacy: Path, exc: BaseException) -> None:
        try:
            moved = move_aside(legacy, "damaged")
        except OSError as move_exc:
            if not self.in_memory:  # when in memory, the IN_MEMORY notice already says what to do
                self.notices.append(Notice(UNMOVABLE, legacy, None, f"{_detail(exc)}；{_detail(move_exc)}"))
            return
        self.notices.append(Notice(MOVED, legacy, moved, _detail(exc)))

    @staticmethod
    def _merge(conn: sqlite3.Connection, favourites: list[tuple[str, str, str]], history: list[dict]) -> None:
        """Add entries not already there (history oldest first, so the newest gets the highest seq)."""
        conn.executemany("INSERT OR IGNORE INTO favourites (id, added_at, label) VALUES (?, ?, ?)",
                         [(i, at, label) for i, at, label in favourites])
        conn.executemany("INSERT OR IGNORE INTO history (id, at, label) VALUES (?, ?, ?)",
                         [(h["id"], h.get("at", ""), h.get("label", "")) for h in reversed(history)])
        conn.execute("DELETE FROM history WHERE seq NOT IN (SELECT seq FROM history ORDER BY seq DESC LIMIT ?)",
                     (HISTORY_LIMIT,))

    # -- writing -----------------------------------------------------------------------------
    def _write(self, change) -> None:
        """One short transaction; BEGIN IMMEDIATE takes the write lock first, so a second instance
        waits its turn (busy timeout) instead of failing half-way."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            change(conn)
            conn.execute("COMMIT")
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back (a full disk does); the original error is the one to report
            raise

    def _change(self, change) -> bool:
        """Apply a change; False when it did not reach the disk (see save)."""
        if self.in_memory:
            change(self.db.conn)
            self._read_all()
            return False
        try:
            self._write(change)
        except sqlite3.Error as exc:  # read-only, full disk, the file taken away mid-session
            self._fall_back(exc)
            change(self.db.conn)
            self._read_all()
            return False
        self.error = None
        self._read_all()
        return True

    def _fall_back(self, exc: BaseException, extra: tuple[list, list] | None = None) -> None:
        """The disk stopped answering: carry on in memory with what was last read."""
        favourites = [(i, "", self._label_cache.get(i, "")) for i in self._favourites]
        history = list(self._history)
        try:
            self.db.conn.close()
        except sqlite3.Error:
            pass
        self.db = self._memory(exc)
        self._merge(self.db.conn, favourites, history)
        if extra:
            self._merge(self.db.conn, *extra)

    def save(self) -> bool:
        """Every change is saved as it is made; True when the store is on disk and the last change
        reached it, False when the disk refused (the lists then live on in memory for this session
        and `error` says why; the window reports it once)."""
        return not self.in_memory and self.error is None

    # -- reading -----------------------------------------------------------------------------
    def _read_all(self) -> None:
        try:
            favourites = list(self.db.query("SELECT id, label FROM favourites ORDER BY seq"))
            history = list(self.db.query("SELECT id, at, label FROM history ORDER BY seq DESC"))
        except sqlite3.Error as exc:  # keep what was last read; the next change falls back to memory
            self.error = f"{self.path}：{_detail(exc)}"
            return
        self._favourites = [r["id"] for r in favourites]
        self._history = [{"id": r["id"], "at": r["at"] or "", "label": r["label"] or ""} for r in history]
        # only grows: a favourite removed and added again in the session keeps its name
        self._label_cache.update({r["id"]: r["label"] for r in history if r["label"]})
        self._label_cache.update({r["id"]: r["label"] for r in favourites if r["label"]})

    @property
    def favourites(self) -> list[str]:
        """Ids in the order they were added, including those another instance added since."""
        self._read_all()
        return list(self._favourites)

    @property
    def history(self) -> list[dict]:
        """Newest first: {"id": measure id, "at": "YYYY-MM-DDTHH:MM:SS", "label": what it was called}."""
        self._read_all()
        return [dict(h) for h in self._history]

    def label(self, measure_id: str) -> str:
        """What the measure was called when favourited or opened ("" when not known): the name a
        favourite keeps when the data no longer has its measure."""
        return self._label_cache.get(measure_id, "")

    def is_favourite(self, measure_id: str) -> bool:
        try:
            row = self.db.execute("SELECT 1 FROM favourites WHERE id = ?", [measure_id]).fetchone()
        except sqlite3.Error:
            return measure_id in self._favourites
        return row is not None

    # -- changing ----------------------------------------------------------------------------
    def set_favourite(self, measure_id: str, on: bool, label: str = "") -> bool:
        """Returns whether the change reached the disk (see save)."""
        def change(conn: sqlite3.Connection) -> None:
            if on:
                conn.execute("INSERT INTO favourites (id, added_at, label) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE "
                             "SET label = excluded.label WHERE excluded.label != ''",
                             (measure_id, time.strftime("%Y-%m-%dT%H:%M:%S"), label))
            else:
                conn.execute("DELETE FROM favourites WHERE id = ?", (measure_id,))
        return self._change(change)

    def record_opened(self, measure_id: str, label: str = "") -> bool:
        """Returns whether the history reached the disk (see save)."""
        def change(conn: sqlite3.Connection) -> None:
            known = label or self._label_cache.get(measure_id, "")
            conn.execute("DELETE FROM history WHERE id = ?", (measure_id,))
            conn.execute("INSERT INTO history (id, at, label) VALUES (?, ?, ?)",
                         (measure_id, time.strftime("%Y-%m-%dT%H:%M:%S"), known))
            conn.execute("DELETE FROM history WHERE seq NOT IN (SELECT seq FROM history ORDER BY seq DESC LIMIT ?)",
                         (HISTORY_LIMIT,))
        return self._change(change)


def _legacy_entries(data: dict) -> tuple[list[tuple[str, str, str]], list[dict], int]:
    """(favourites as (id, added_at, label), history newest first, entries skipped) from the old JSON.
    A string where a list is expected is one id (not its characters); anything that is not a
    string id is skipped and counted."""
    skipped = 0

    def as_list(value) -> list:
        nonlocal skipped
        if value is None:
            return []
        if isinstance(value, (str, dict)):
            return [value]
        if isinstance(value, list):
            return value
        skipped += 1
        return []

    favourites: list[tuple[str, str, str]] = []
    for item in as_list(data.get("favourites")):
        if isinstance(item, str) and item.strip():
            favourites.append((item.strip(), "", ""))
        else:
            skipped += 1
    history: list[dict] = []
    for item in as_list(data.get("history")):
        if isinstance(item, str):
            item = {"id": item}
        measure_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(measure_id, str) and measure_id.strip():
            at = item.get("at")
            history.append({"id": measure_id.strip(), "at": at if isinstance(at, str) else ""})
        else:
            skipped += 1
    return favourites, history, skipped
