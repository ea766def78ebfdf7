"""The last pack each signing key made on this machine, kept in the app-data folder
(signed_packs/<key id>.pbpack), so the next pack can say what changed since: the diff a maintainer
reads before sending a pack out. Qt-free, any thread."""
from __future__ import annotations

import shutil
import tempfile
from contextlib import suppress
from pathlib import Path

from nacl.signing import VerifyKey

from index.build import Progress
from index.errors import storage_error
from index.packs.archive import verify_pack
from index.packs.changes import changes_since
from index.packs.install import describe
from index.packs.keys import TrustedKey, key_id
from index.paths import app_data_dir

FOLDER = "signed_packs"


def last_signed(kid: str) -> Path:
    return app_data_dir() / FOLDER / f"{kid}.pbpack"


def remember(pack: Path, kid: str) -> Path:
    """Keep a copy of `pack` as the last one key `kid` signed (replaced whole, never half-written)."""
    target = last_signed(kid)
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pack, tmp)
        tmp.replace(target)
    except OSError as exc:
        raise storage_error(exc, target.parent, "记录本次制作的数据包") from exc
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
    return target


def changes_since_last(key: VerifyKey, data_dir: Path, progress: Progress | None = None) -> dict | None:
    """What a pack of the data in use in `data_dir` changes against the last pack `key` signed here
    ({"last": its description, **changes}); None when this key has made none on this machine."""
    kid = key_id(bytes(key))
    last = last_signed(kid)
    if not last.is_file():
        return None
    own = TrustedKey(kid, key, last, "user")
    folder = Path(tempfile.mkdtemp(prefix="last-pack-"))
    try:
        verified = verify_pack(last, extract_to=folder, trusted={kid: own})
        return {"last": describe(verified), **changes_since(folder, data_dir, progress)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


KEY_NOTE = "last_key.txt"


def remember_key(path: Path) -> None:
    """The signing key file this machine's maintainer used last (its path, never its content)."""
    note = app_data_dir() / FOLDER / KEY_NOTE
    try:
        note.parent.mkdir(parents=True, exist_ok=True)
        note.write_text(str(path.resolve()), encoding="utf-8")
    except OSError:
        pass  # only a convenience: next time the maintainer picks the key again


def last_key() -> Path | None:
    try:
        path = Path((app_data_dir() / FOLDER / KEY_NOTE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    return path if path.is_absolute() and path.is_file() else None
