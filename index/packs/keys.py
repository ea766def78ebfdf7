"""Ed25519 keys for data packs, through PyNaCl (libsodium): the maintainer's signing key, kept by the
maintainer, and the public keys a workstation trusts (the install's resources/trusted_keys/*.pub and the
app-data folder's trusted_keys/*.pub, which a workstation administrator may add)."""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.signing import SigningKey, VerifyKey

from index.errors import PolicyDataError, storage_error
from index.paths import app_data_dir, resource

MAGIC = "policy-browser-ed25519"
SECRET_NAME, PUBLIC_NAME = "signing.key", "signing.pub"


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


def _read_key_line(path: Path, secret: bool) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyDataError(f"{path}：无法读取密钥文件。") from exc
    parts = text.split()
    try:
        if secret:
            assert parts[0] == MAGIC and parts[1] == "secret"
            raw = base64.b64decode(parts[2], validate=True)
        else:
            assert parts[0] == MAGIC and parts[1] != "secret"
            raw = base64.b64decode(parts[1], validate=True)
        assert len(raw) == 32
    except (AssertionError, IndexError, ValueError) as exc:
        kind = "签名密钥（signing.key）" if secret else "公钥（.pub）"
        raise PolicyDataError(f"{path}：不是本程序的{kind}文件。") from exc
    return raw


def load_signing_key(path: Path) -> SigningKey:
    return SigningKey(_read_key_line(path, secret=True))


def load_public_key(path: Path) -> VerifyKey:
    return VerifyKey(_read_key_line(path, secret=False))


def trusted_key_folders() -> list[Path]:
    return [resource("trusted_keys"), app_data_dir() / "trusted_keys"]


def trusted_keys() -> dict[str, TrustedKey]:
    """Every readable public key of the trusted folders, by key id (an unreadable file is skipped:
    it can only make a pack refused, never accepted)."""
    keys: dict[str, TrustedKey] = {}
    for folder in trusted_key_folders():
        try:
            files = sorted(folder.glob("*.pub")) if folder.is_dir() else []
        except OSError:
            continue
        for path in files:
            try:
                key = load_public_key(path)
            except PolicyDataError:
                continue
            keys.setdefault(key_id(bytes(key)), TrustedKey(key_id(bytes(key)), key, path))
    return keys


def verify_signature(key: VerifyKey, message: bytes, signature: bytes) -> bool:
    try:
        key.verify(message, signature)
    except (BadSignatureError, CryptoError, ValueError, TypeError):
        return False
    return True
