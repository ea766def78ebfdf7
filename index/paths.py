"""The one resource locator (source tree or frozen bundle) and the default data and user folders."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP_NAME = "policy-browser"


def resources_dir() -> Path:
    """resources/ next to the code, or inside the PyInstaller bundle when frozen."""
    override = os.environ.get("POLICY_BROWSER_RESOURCES")
    if override:
        return Path(override)
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# The library in use: the documents, corrections and maintainer tables (taxonomy, overrides, synonyms,
# user dictionary) the data in use was built from. resources/ unless a data pack brought another one,
# which then lives in the store folder (store-…/library) and is adopted when that store is opened.
LIBRARY_PARTS = ("documents.toml", "documents", "corrections", "taxonomy.toml", "measure_overrides.toml",
                 "synonyms.txt", "userdict.txt", "query_fillers.txt")
_library: Path | None = None


def library_dir() -> Path:
    return _library or resources_dir()


def library(*parts: str) -> Path:
    """A file of the library in use (see LIBRARY_PARTS); everything else is resource()."""
    return library_dir().joinpath(*parts)


def use_library(path: Path | None) -> None:
    """Adopt a pack's library (None: back to resources/). Process-wide, like jieba's dictionary: the
    data in use has one library."""
    global _library
    _library = path


@contextmanager
def using_library(path: Path | None) -> Iterator[None]:
    previous = _library
    use_library(path)
    try:
        yield
    finally:
        use_library(previous)


def app_data_dir() -> Path:
    """The platform's per-user application data folder (what QStandardPaths.AppDataLocation gives)."""
    override = os.environ.get("POLICY_BROWSER_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def system_trusted_keys_dir() -> Path:
    """The machine-wide folder of trusted public keys, which IT fills once for every user of the machine:
    %ProgramData%\\policy-browser\\trusted_keys on Windows, /etc/policy-browser/trusted_keys elsewhere
    (/Library/Application Support/… on macOS). Only read by the program, never written."""
    override = os.environ.get("POLICY_BROWSER_SYSTEM_KEYS")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or os.environ.get("ALLUSERSPROFILE") or r"C:\ProgramData"
        return Path(base) / APP_NAME / "trusted_keys"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "trusted_keys"
    return Path("/etc") / APP_NAME / "trusted_keys"


def bundled_data_dir() -> Path | None:
    """The read-only data shipped inside the frozen bundle (None when running from source)."""
    if not getattr(sys, "frozen", False):
        return None
    path = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "data"
    return path if path.is_dir() else None


def user_data_dir() -> Path:
    """The user's own (writable) data folder: where builds and imports go."""
    override = os.environ.get("POLICY_BROWSER_DATA")
    return Path(override) if override else app_data_dir() / "data"


def is_bundled_data(path: Path) -> bool:
    """True for the read-only data shipped inside the bundle (never built into)."""
    bundled = bundled_data_dir()
    return bundled is not None and Path(path).resolve() == bundled.resolve()


def default_data_dir() -> Path:
    """Where the database and index live unless --data says otherwise: the user's own data when it
    has been built (or imported into), else the read-only data shipped in the bundle, else the user's
    folder (to be built there)."""
    user = user_data_dir()
    if os.environ.get("POLICY_BROWSER_DATA") or (user / "CURRENT").is_file():
        return user
    bundled = bundled_data_dir()
    if bundled is not None and (bundled / "CURRENT").is_file():
        return bundled
    return user


def linked_out(folder: Path) -> Path | None:
    """Where `folder` really is, when it lies in the app-data folder by name but a symbolic link takes
    it outside (an imports or data folder linked to /etc); None when it is where it says (or is not
    an app-data folder at all: a folder given with --data is the person's choice)."""
    home = app_data_dir()
    try:
        if not Path(os.path.abspath(folder)).is_relative_to(os.path.abspath(home)):
            return None
        real = folder.resolve()
        return None if real.is_relative_to(home.resolve()) else real
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a loop of links
        return folder


def refuse_linked_out(folder: Path, what: str) -> None:
    """A PolicyDataError when `folder` is a link out of the app-data folder: nothing is written through it."""
    real = linked_out(folder)
    if real is not None:
        from index.errors import PolicyDataError

        raise PolicyDataError(f"{folder}：{what}是指向程序数据文件夹以外（{real}）的链接，为安全起见不会写入或读取。"
                              f"请删除这个链接（程序会重新建立文件夹），或请管理员检查 {app_data_dir()} 的内容。")
