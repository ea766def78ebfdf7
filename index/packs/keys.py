"""Ed25519 keys for data packs, through PyNaCl (libsodium): the maintainer's signing key, kept by the
maintainer, and the public keys a workstation trusts (the install's resources/trusted_keys/*.pub and the
app-data folder's trusted_keys/*.pub, which a workstation administrator may add)."""
from __future__ import annotations

import base64
import hashlib
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.signing import SigningKey, VerifyKey

from index.boundedread import NotRegularFile, read_regular
from index.errors import PolicyDataError, reading_reason, storage_error
from index.paths import app_data_dir, resource

MAGIC = "policy-browser-ed25519"
SECRET_NAME, PUBLIC_NAME = "signing.key", "signing.pub"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    key: VerifyKey
    path: Path


def key_id(public: bytes) -> str:
    """A short, stable name of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public).hexdigest()[:16]


def keygen(out: Path) -> tuple[Path, Path]:
    """A new key pair in `out`: signing.key (0600, never overwritten) and signing.pub."""
    secret_path, public_path = out / SECRET_NAME, out / PUBLIC_NAME
    key = SigningKey.generate()
    public = bytes(key.verify_key)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(secret_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise PolicyDataError(f"{secret_path}：已有签名密钥，不会覆盖。要换新密钥，请换一个文件夹。") from exc
    except OSError as exc:
        raise storage_error(exc, out, "写入密钥") from exc
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(f"{MAGIC} secret {base64.b64encode(bytes(key)).decode()}\n")
    public_path.write_text(f"{MAGIC} {base64.b64encode(public).decode()} {key_id(public)}\n", encoding="ascii")
    return secret_path, public_path


MAX_KEY_FILE_BYTES = 4096  # a key file is one line of about 100 characters


def _read_key_line(path: Path, secret: bool) -> bytes:
    kind = "签名密钥（signing.key）" if secret else "公钥（.pub）"
    try:
        data = read_regular(path, MAX_KEY_FILE_BYTES)  # non-blocking: a FIFO or /dev/zero is never waited on
    except NotRegularFile:
        raise PolicyDataError(f"{path}：不是普通文件（是文件夹、设备或管道），不是本程序的{kind}文件。") from None
    except OSError as exc:
        raise PolicyDataError(f"{path}：无法读取密钥文件（{reading_reason(exc)}）。") from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise PolicyDataError(f"{path}：文件过大，不是本程序的{kind}文件。")
    try:
        parts = data.decode("ascii").split()
        if secret:
            assert parts[0] == MAGIC and parts[1] == "secret"
            raw = base64.b64decode(parts[2], validate=True)
        else:
            assert parts[0] == MAGIC and parts[1] != "secret"
            raw = base64.b64decode(parts[1], validate=True)
        assert len(raw) == 32
    except (AssertionError, IndexError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise PolicyDataError(f"{path}：不是本程序的{kind}文件。") from exc
    return raw


def load_signing_key(path: Path, warnings: list[str] | None = None) -> SigningKey:
    """The maintainer's signing key; a key file others may read is used, with a warning in `warnings`."""
    key = SigningKey(_read_key_line(path, secret=True))
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = 0
    if os.name == "posix" and mode & 0o077 and warnings is not None:
        warnings.append(f"{path}：签名密钥的权限是 {stat.S_IMODE(mode):04o}，本机其他用户也能读取。"
                        f"请改为只有自己能读写（chmod 600 {path}），必要时换一把新密钥。")
    return key


def load_public_key(path: Path) -> VerifyKey:
    return VerifyKey(_read_key_line(path, secret=False))


def trusted_key_folders() -> list[Path]:
    return [resource("trusted_keys"), app_data_dir() / "trusted_keys"]


MAX_TRUSTED_FILES = 200


def trusted_keys(warnings: list[str] | None = None) -> dict[str, TrustedKey]:
    """Every readable public key of the trusted folders, by key id. A file that is not a key (a FIFO,
    /dev/zero, a huge file, another format) is skipped: it can only make a pack refused, never
    accepted; why goes to the log and to `warnings`."""
    keys: dict[str, TrustedKey] = {}
    for folder in trusted_key_folders():
        try:
            files = sorted(folder.glob("*.pub"))[:MAX_TRUSTED_FILES] if folder.is_dir() else []
        except OSError:
            continue
        for path in files:
            try:
                key = load_public_key(path)
            except PolicyDataError as exc:
                log.warning("trusted key skipped: %s", exc)
                if warnings is not None:
                    warnings.append(str(exc))
                continue
            keys.setdefault(key_id(bytes(key)), TrustedKey(key_id(bytes(key)), key, path))
    return keys


def verify_signature(key: VerifyKey, message: bytes, signature: bytes) -> bool:
    try:
        key.verify(message, signature)
    except (BadSignatureError, CryptoError, ValueError, TypeError):
        return False
    return True
