"""Errors whose message a data maintainer can act on (which file, which line, what to do)."""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class PolicyDataError(Exception):
    """A problem with input data or stored data, worded for the person who must fix it."""


# errno → (what happened, what to do); the one place an OS failure is put into words for a clerk
_FULL = ("磁盘空间不足", "请清理磁盘空间后重试，或换一个空间充足的文件夹")
_DENIED = ("没有写入权限", "请检查这个文件夹的权限，或换一个文件夹")
_READ_ONLY = ("这个文件夹是只读的", "请换一个可写的文件夹")
_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: _FULL,
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.EROFS: _READ_ONLY,
    errno.ENOENT: ("文件或文件夹不存在", "请确认位置正确，或换一个文件夹"),
    errno.ENOTDIR: ("路径中有一段不是文件夹", "请换一个文件夹"),
    errno.EISDIR: ("这是一个文件夹，不是文件", "请换一个位置"),
    errno.EEXIST: ("同名的文件已存在", "请换一个位置或名称"),
    errno.EIO: ("读写磁盘时出错", "请检查磁盘或U盘是否连接正常，或换一个文件夹"),
    errno.EBUSY: ("文件正被其他程序占用", "请关闭占用它的程序后重试"),
    errno.ENAMETOOLONG: ("路径太长", "请换一个层级较浅的文件夹"),
    errno.EMFILE: ("同时打开的文件太多", "请关闭其他程序后重试"),
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _REASONS[errno.EDQUOT] = ("磁盘配额已用完", "请清理空间或请管理员提高配额，或换一个文件夹")
_SQLITE_ERRNO = (  # sqlite3 says these in English, with no errno
    ("disk is full", errno.ENOSPC),
    ("readonly database", errno.EROFS),
    ("unable to open database", errno.EACCES),
    ("disk i/o error", errno.EIO),
    ("database is locked", errno.EBUSY),
)


def storage_reason(exc: BaseException) -> str:
    """An OSError or sqlite3 error as "what happened。what to do。" in Chinese (never the English errno)."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        code = next((c for phrase, c in _SQLITE_ERRNO if phrase in text), None)
        if code is None:
            return "数据库读写出错。请换一个文件夹重试；如仍不行，请联系维护人员。"
    if code in _REASONS:
        what, todo = _REASONS[code]
        return f"{what}。{todo}。"
    number = f"（系统错误代码{code}）" if code else ""
    return f"无法读写{number}。请检查磁盘空间和文件夹权限，或换一个文件夹。"


def storage_error(exc: BaseException, place: Path | str, doing: str) -> PolicyDataError:
    """The PolicyDataError for an OS or database failure while `doing` something in `place`."""
    return PolicyDataError(f"{doing}失败：{place}：{storage_reason(exc)}")


_READ_REASONS = {
    errno.ENOENT: "文件不存在",
    errno.EACCES: "没有读取权限",
    errno.EPERM: "没有读取权限",
    errno.EISDIR: "这是一个文件夹",
    errno.EIO: "读取磁盘时出错",
    errno.EBUSY: "文件正被其他程序占用",
    errno.ENAMETOOLONG: "路径太长",
}


def reading_reason(exc: OSError) -> str:
    """Why a file could not be read, in Chinese (never the English errno)."""
    code = exc.errno
    return _READ_REASONS.get(code, f"系统错误代码{code}" if code else "系统错误")
