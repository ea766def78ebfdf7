"""The one way a file a person names (an import, a profile, a key) is read: only a regular file, opened
non-blocking (a FIFO never blocks, a device is never read), at most a bound of bytes, whatever it claims
to be. Qt-free, any thread."""
from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegularFile(Exception):
    """The path names a folder, a FIFO, a device or a socket: nothing was read."""

    def __init__(self, path: Path, is_dir: bool):
        super().__init__(str(path))
        self.path = path
        self.is_dir = is_dir


def check_regular(path: Path) -> os.stat_result:
    """The stat of `path` if it is a regular file (links followed); NotRegularFile or OSError otherwise."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(path, stat.S_ISDIR(info.st_mode))
    return info


def read_regular(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of the regular file `path` (more than `limit` means: too big, the
    caller says so). Refused from its stat before opening, and again on the open file (it may have
    been swapped meanwhile); opened non-blocking, so a FIFO put there in between cannot block."""
    check_regular(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, stat.S_ISDIR(mode))
        return handle.read(limit + 1)
