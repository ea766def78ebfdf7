"""Errors whose message a data maintainer can act on (which file, which line, what to do)."""
from __future__ import annotations


class PolicyDataError(Exception):
    """A problem with input data or stored data, worded for the person who must fix it."""


_ERRNO_ADVICE = {
    28: "磁盘已满，请清理出空间后再试",  # ENOSPC
    13: "没有写入或读取权限，请换一个文件夹，或请管理员开放权限",  # EACCES
    1: "没有权限，请换一个文件夹，或请管理员开放权限",  # EPERM
    30: "该位置是只读的，请换一个可写的文件夹",  # EROFS
    2: "找不到该文件或文件夹，请检查路径",  # ENOENT
    122: "磁盘配额已用完，请清理出空间后再试",  # EDQUOT
}


def os_error_message(exc: OSError, where: object, action: str) -> str:
    """A Chinese message for a failed file operation: what failed, where, and what to do."""
    advice = _ERRNO_ADVICE.get(exc.errno or 0, "请检查该位置是否存在、是否可写、磁盘是否已满")
    return f"{where}：无法{action}（{advice}）。"
