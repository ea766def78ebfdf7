"""Ed25519 keys for data packs, through PyNaCl (libsodium): the maintainer's signing key, kept by the
maintainer and stored encrypted with a passphrase, and the public keys a workstation trusts (the
program's own resources/trusted_keys, the machine's folder and the user's app-data folder).

The signing key file (signing.key) is one ASCII line with a versioned header, as minisign does:

    policy-browser-ed25519 secret-v2 argon2id13 <opslimit> <memlimit> <salt> <public> <box> <check>

The 32-byte seed is sealed with nacl.secret.SecretBox under a key that Argon2id derives from the
passphrase and a random salt; the public key is kept in clear beside it (so the key id and the .pub
for IT need no passphrase), and <check> (SHA-256 of the fields before it) tells a damaged file from a
wrong passphrase. Files of the first format (`policy-browser-ed25519 secret <seed>`, in clear) are
still read, with a warning that says how to encrypt them."""
from __future__ import annotations

import base64
import hashlib
import logging
import os
import stat
import unicodedata
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.signing import SigningKey, VerifyKey

from index.boundedread import NotRegularFile, read_regular
from index.errors import PolicyDataError, reading_reason, storage_error
from index.paths import app_data_dir, resource, system_trusted_keys_dir

MAGIC = "policy-browser-ed25519"
SECRET_NAME, PUBLIC_NAME = "signing.key", "signing.pub"
LEGACY, ENCRYPTED, KDF = "secret", "secret-v2", "argon2id13"
# RFC 9106's second recommended setting for Argon2id: 3 passes over 64 MiB (about 0.3 s here)
OPSLIMIT, MEMLIMIT = 3, 64 * 2**20
_OPS_RANGE, _MEM_RANGE = (1, 16), (8 * 2**10, 1024 * 2**20)  # what a file may ask for: nothing absurd
MIN_PASSPHRASE_CHARS = 8
MAX_KEY_FILE_BYTES = 4096  # a key file is one line of at most about 300 characters
RE_ENCRYPT = "policy-browser admin pack passphrase --key"

log = logging.getLogger(__name__)


class PassphraseError(PolicyDataError):
    """The signing key needs a passphrase and none (or the wrong one) was given."""


class WrongPassphrase(PassphraseError):
    pass


class PassphraseNeeded(PassphraseError):
    pass


@dataclass(frozen=True)
class KeyFile:
    """What a signing key file says before it is unlocked."""
    path: Path
    encrypted: bool
    public: bytes  # 32 bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public)


def key_id(public: bytes) -> str:
    """A short, stable name of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC: the same passphrase typed through another input method gives the same bytes
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    """A passphrase good enough to protect a signing key, or a PassphraseError saying why not."""
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE_CHARS:
        raise PassphraseError(f"口令太短：至少要{MIN_PASSPHRASE_CHARS}个字符（建议用字母、数字和符号）。"
                              "请换一个更长、别人猜不到的口令，并记在安全的地方：忘了口令，这把密钥就无法再用。")


def _derive(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    return nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, _passphrase_bytes(passphrase), salt,
                                    opslimit=ops, memlimit=mem)


def _check(fields: list[str]) -> str:
    return hashlib.sha256(" ".join(fields).encode("ascii")).hexdigest()[:16]


def secret_line(key: SigningKey, passphrase: str) -> str:
    """The encrypted signing-key line of `key` under `passphrase`."""
    check_new_passphrase(passphrase)
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    box = nacl.secret.SecretBox(_derive(passphrase, salt, OPSLIMIT, MEMLIMIT)).encrypt(bytes(key))
    fields = [MAGIC, ENCRYPTED, KDF, str(OPSLIMIT), str(MEMLIMIT), _b64(salt), _b64(bytes(key.verify_key)), _b64(bytes(box))]
    return " ".join(fields + [_check(fields)]) + "\n"


def public_line(public: bytes) -> str:
    return f"{MAGIC} {_b64(public)} {key_id(public)}\n"


def _write_file(path: Path, text: str, *, overwrite: bool, mode: int = 0o600) -> None:
    """Write `text` to `path` whole or not at all: into a temporary file beside it (created 0600, synced),
    then linked into place (never over an existing file unless `overwrite`). OSError on failure, with
    nothing left behind."""
    tmp = path.with_name(f".{path.name}.{nacl.utils.random(4).hex()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # atomic and refuses an existing file
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (a FAT USB stick)
            if path.exists():
                raise FileExistsError(path) from None
            os.rename(tmp, path)  # Windows: refuses an existing file too
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def keygen(out: Path, passphrase: str) -> tuple[Path, Path]:
    """A new key pair in `out`: signing.key (encrypted with `passphrase`, 0600, never overwritten) and
    signing.pub. Both are written or neither."""
    secret_path, public_path = out / SECRET_NAME, out / PUBLIC_NAME
    check_new_passphrase(passphrase)
    if secret_path.exists():
        raise PolicyDataError(f"{secret_path}：已有签名密钥，不会覆盖。要换新密钥，请换一个文件夹。")
    key = SigningKey.generate()
    line = secret_line(key, passphrase)
    try:
        out.mkdir(parents=True, exist_ok=True)
        _write_file(secret_path, line, overwrite=False)
    except FileExistsError as exc:
        raise PolicyDataError(f"{secret_path}：已有签名密钥，不会覆盖。要换新密钥，请换一个文件夹。") from exc
    except OSError as exc:
        raise storage_error(exc, out, "写入密钥") from exc
    try:
        _write_file(public_path, public_line(bytes(key.verify_key)), overwrite=True, mode=0o644)
    except OSError as exc:
        secret_path.unlink(missing_ok=True)  # a secret key without its public key is of no use to anyone
        raise storage_error(exc, out, "写入公钥") from exc
    return secret_path, public_path


def _read_line(path: Path, kind: str) -> list[str]:
    try:
        data = read_regular(path, MAX_KEY_FILE_BYTES)  # non-blocking: a FIFO or /dev/zero is never waited on
    except NotRegularFile:
        raise PolicyDataError(f"{path}：不是普通文件（是文件夹、设备或管道），不是本程序的{kind}文件。") from None
    except FileNotFoundError:
        raise PolicyDataError(f"{path}：找不到{kind}文件。请确认位置正确（密钥文件夹里的 signing.key），"
                              "或新建一把密钥。") from None
    except OSError as exc:
        raise PolicyDataError(f"{path}：无法读取密钥文件（{reading_reason(exc)}）。") from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise PolicyDataError(f"{path}：文件过大，不是本程序的{kind}文件。")
    try:
        return data.decode("ascii").split()
    except ValueError:
        raise PolicyDataError(f"{path}：不是本程序的{kind}文件。") from None


def _raw(text: str, size: int) -> bytes:
    raw = base64.b64decode(text, validate=True)
    if len(raw) != size:
        raise ValueError("wrong size")
    return raw


SECRET_KIND = "签名密钥（signing.key）"


def _parse_secret(path: Path) -> tuple[KeyFile, list[str]]:
    parts = _read_line(path, SECRET_KIND)
    damaged = PolicyDataError(f"{path}：签名密钥文件已损坏（内容与校验不符），无法使用。请换用备份的密钥文件；"
                              "没有备份时，请新建一把密钥，并让管理员在各工作站换上新公钥。")
    if len(parts) < 2 or parts[0] != MAGIC or parts[1] not in (LEGACY, ENCRYPTED):
        raise PolicyDataError(f"{path}：不是本程序的{SECRET_KIND}文件。")
    try:
        if parts[1] == LEGACY:
            if len(parts) != 3:
                raise ValueError("fields")
            seed = _raw(parts[2], 32)
            return KeyFile(path, False, bytes(SigningKey(seed).verify_key)), parts
        if len(parts) != 9 or parts[2] != KDF:
            raise ValueError("fields")
        if _check(parts[:8]) != parts[8]:
            raise damaged
        ops, mem = int(parts[3]), int(parts[4])
        if not (_OPS_RANGE[0] <= ops <= _OPS_RANGE[1] and _MEM_RANGE[0] <= mem <= _MEM_RANGE[1]):
            raise ValueError("limits")
        _raw(parts[5], nacl.pwhash.argon2id.SALTBYTES)
        _raw(parts[7], nacl.secret.SecretBox.NONCE_SIZE + 32 + nacl.secret.SecretBox.MACBYTES)
        return KeyFile(path, True, _raw(parts[6], 32)), parts
    except PolicyDataError:
        raise
    except ValueError as exc:  # binascii.Error is a ValueError
        raise damaged from exc


def read_key_file(path: Path) -> KeyFile:
    """What the signing key file at `path` is (encrypted or not, its public key), without unlocking it."""
    return _parse_secret(path)[0]


def load_signing_key(path: Path, passphrase: str | None = None, warnings: list[str] | None = None) -> SigningKey:
    """The maintainer's signing key. An encrypted one needs `passphrase` (PassphraseNeeded without it,
    WrongPassphrase when it does not open the key); one in clear (the first format) is used, with a
    warning in `warnings` that says how to encrypt it; so is a key file others may read."""
    info, parts = _parse_secret(path)
    if not info.encrypted:
        key = SigningKey(_raw(parts[2], 32))
        log.warning("signing key %s is stored without a passphrase", path)
        if warnings is not None:
            warnings.append(f"{path}：签名密钥没有用口令加密，拿到这个文件的人就能冒充您签发数据包。"
                            f"请尽快加上口令：{RE_ENCRYPT} {path}")
    else:
        if not passphrase:
            raise PassphraseNeeded(f"{path}：签名密钥（ID {info.key_id}）用口令加密，请输入口令。")
        box_key = _derive(passphrase, _raw(parts[5], nacl.pwhash.argon2id.SALTBYTES), int(parts[3]), int(parts[4]))
        try:
            seed = nacl.secret.SecretBox(box_key).decrypt(_raw(parts[7], 72))
        except CryptoError:
            raise WrongPassphrase(f"{path}：口令不对，签名密钥（ID {info.key_id}）没有打开。"
                                  "请注意大小写和输入法（全角/半角），再输入一次。") from None
        key = SigningKey(seed)
        if bytes(key.verify_key) != info.public:
            raise PolicyDataError(f"{path}：签名密钥文件已损坏（公钥与私钥不符），无法使用。请换用备份的密钥文件。")
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = 0
    if os.name == "posix" and mode & 0o077 and warnings is not None:
        warnings.append(f"{path}：签名密钥的权限是 {stat.S_IMODE(mode):04o}，本机其他用户也能读取。"
                        f"请改为只有自己能读写（chmod 600 {path}），必要时换一把新密钥。")
    return key


def set_passphrase(path: Path, old: str | None, new: str) -> KeyFile:
    """Encrypt the key at `path` with `new` (a key in clear: `old` is not needed). The file is replaced
    whole, never left half-written."""
    check_new_passphrase(new)
    key = load_signing_key(path, old)
    try:
        _write_file(path, secret_line(key, new), overwrite=True)
    except OSError as exc:
        raise storage_error(exc, path.parent, "写入密钥") from exc
    return read_key_file(path)


def export_public_key(secret_path: Path, out: Path) -> Path:
    """The public key of the signing key at `secret_path`, as a .pub file for IT (no passphrase needed)."""
    info = read_key_file(secret_path)
    try:
        _write_file(out, public_line(info.public), overwrite=True, mode=0o644)
    except OSError as exc:
        raise storage_error(exc, out.parent, "导出公钥") from exc
    return out


def load_public_key(path: Path) -> VerifyKey:
    kind = "公钥（.pub）"
    parts = _read_line(path, kind)
    try:
        if len(parts) < 2 or parts[0] != MAGIC or parts[1] in (LEGACY, ENCRYPTED):
            raise ValueError("not a public key")
        return VerifyKey(_raw(parts[1], 32))
    except ValueError as exc:
        raise PolicyDataError(f"{path}：不是本程序的{kind}文件。") from exc


def verify_signature(key: VerifyKey, message: bytes, signature: bytes) -> bool:
    try:
        key.verify(message, signature)
    except (BadSignatureError, CryptoError, ValueError, TypeError):
        return False
    return True


# -- the public keys a workstation trusts --------------------------------------------------------------

SOURCES = {"bundled": "程序自带", "system": "本机所有用户", "user": "本用户"}


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    key: VerifyKey
    path: Path
    source: str = "user"  # a key of SOURCES

    @property
    def source_label(self) -> str:
        return SOURCES[self.source]


def trusted_key_folders() -> list[tuple[str, Path]]:
    """(source, folder) of every folder whose .pub files this workstation trusts: the program's own,
    the machine's (IT deploys the district's key there once for every user), the user's own."""
    return [("bundled", resource("trusted_keys")), ("system", system_trusted_keys_dir()),
            ("user", app_data_dir() / "trusted_keys")]


MAX_TRUSTED_FILES = 200


def trusted_keys(warnings: list[str] | None = None) -> dict[str, TrustedKey]:
    """Every readable public key of the trusted folders, by key id (the first folder that has a key
    names it). A file that is not a key (a FIFO, /dev/zero, a huge file, another format) is skipped:
    it can only make a pack refused, never accepted; why goes to the log and to `warnings`."""
    keys: dict[str, TrustedKey] = {}
    for source, folder in trusted_key_folders():
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
            keys.setdefault(key_id(bytes(key)), TrustedKey(key_id(bytes(key)), key, path, source))
    return keys
