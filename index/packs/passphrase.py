"""Where the command line gets the passphrase of a signing key: a file (--passphrase-file), the
environment (POLICY_BROWSER_PASSPHRASE, for scripts and CI), or typed at the terminal without echo.
Never an argument on the command line (other users see those in the process list)."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from index.boundedread import NotRegularFile, read_regular
from index.errors import PolicyDataError, reading_reason
from index.packs.keys import PassphraseError, PassphraseNeeded, check_new_passphrase

ENV, NEW_ENV = "POLICY_BROWSER_PASSPHRASE", "POLICY_BROWSER_NEW_PASSPHRASE"
MAX_PASSPHRASE_FILE_BYTES = 4096


def read_passphrase_file(path: Path) -> str:
    """The passphrase in `path`: its first line (a trailing line break is not part of it)."""
    try:
        data = read_regular(path, MAX_PASSPHRASE_FILE_BYTES)
    except NotRegularFile:
        raise PolicyDataError(f"{path}：不是普通文件，无法从中读取口令。") from None
    except OSError as exc:
        raise PolicyDataError(f"{path}：无法读取口令文件（{reading_reason(exc)}）。") from exc
    if len(data) > MAX_PASSPHRASE_FILE_BYTES:
        raise PolicyDataError(f"{path}：口令文件过大，应只有一行口令。")
    try:
        text = data.decode("utf-8-sig")
    except ValueError:
        raise PolicyDataError(f"{path}：口令文件不是 UTF-8 文字，请用记事本等另存为 UTF-8。") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PassphraseNeeded(f"{path}：口令文件是空的，第一行应是口令。")
    return lines[0]


def will_prompt(file: Path | None, env: str = ENV) -> bool:
    """True when get_passphrase would ask at the terminal (so a wrong one may be typed again)."""
    return file is None and not os.environ.get(env) and sys.stdin is not None and sys.stdin.isatty()


def get_passphrase(file: Path | None, *, new: bool, env: str = ENV, what: str = "口令") -> str:
    """The passphrase from `file`, else the environment variable `env`, else typed at the terminal
    (twice when `new`). A new one must be long enough (keys.check_new_passphrase)."""
    if file is not None:
        passphrase = read_passphrase_file(file)
    elif os.environ.get(env):
        passphrase = os.environ[env]
    elif sys.stdin is not None and sys.stdin.isatty():
        try:
            passphrase = getpass.getpass(f"请输入{what}（输入时不显示）：")
            if new:
                check_new_passphrase(passphrase)
                if getpass.getpass(f"请再输入一次{what}：") != passphrase:
                    raise PassphraseError("两次输入的口令不一样，什么都没有改动。请重新运行，仔细输入两次。")
        except EOFError:
            raise PassphraseNeeded(f"没有输入{what}，什么都没有改动。") from None
    else:
        raise PassphraseNeeded(f"需要{what}：请在终端里运行并按提示输入，或用 --passphrase-file 文件"
                               f"（文件第一行是口令），或设置环境变量 {env}。")
    if new:
        check_new_passphrase(passphrase)
    return passphrase
