"""The pack file: a zip holding manifest.json, its Ed25519 signature manifest.sig, and library/ (the
library's files, byte-identical). The manifest lists every file with its SHA-256, so one signature
covers every byte. A pack is hostile input until verified: names are checked (no absolute names, no
`..`, no links, nothing outside library/), sizes are bounded, and nothing is written before the
signature and every checksum are good."""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import stat
import struct
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from nacl.signing import SigningKey

from index import __version__
from index.boundedread import NotRegularFile, check_regular
from index.errors import PolicyDataError, storage_error
from index.inputs import shown
from index.packs.manifest import CATALOGUE, FORMAT, FORMAT_VERSION, MAX_KEY_ID_SHOWN, check_catalogue, check_manifest
from index.packs.keys import TrustedKey, key_id, load_signing_key, trusted_keys, verify_signature
from index.packs.library import library_files
from index.store import SCHEMA_VERSION

MANIFEST, SIGNATURE, LIBRARY = "manifest.json", "manifest.sig", "library"
MAX_MEMBERS = 20_000
MAX_FILE_BYTES = 64 * 2**20
MAX_TOTAL_BYTES = 1024 * 2**20
MAX_MANIFEST_BYTES = 32 * 2**20
MAX_SIGNATURE_BYTES = 4096  # {"key_id": 16 hex digits, "signature": 88 base64 characters}
MAX_PACK_BYTES = MAX_TOTAL_BYTES + 64 * 2**20  # the file itself (deflate never grows data by much)
MAX_DIRECTORY_BYTES = MAX_MEMBERS * 1024  # the zip's central directory: names and sizes of every member
CHUNK = 64 * 2**10

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class VerifiedPack:
    path: Path
    manifest: dict
    key_id: str
    signer: Path  # the trusted .pub file that verified it

    @property
    def version(self) -> str:
        return self.manifest["pack_version"]


def new_version() -> str:
    """Pack versions sort as strings: the creation time, to the second (UTC)."""
    return time.strftime("%Y%m%d.%H%M%S", time.gmtime())


def create_pack(out: Path, key: Path | SigningKey, *, passphrase: str | None = None, notes: str = "",
                resources: Path | None = None, version: str | None = None, progress: Progress | None = None,
                warnings: list[str] | None = None) -> dict:
    """Write a signed pack of the current library (bundled and imported documents) to `out`; the manifest.
    `key` is a signing key already unlocked, or its file (opened with `passphrase`). What the maintainer
    should know (a key in clear, a key file others can read) goes to `warnings`."""
    report = progress or (lambda step, total, message: None)
    if not isinstance(key, SigningKey):
        key = load_signing_key(key, passphrase, warnings)
    files, documents = library_files(resources)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "pack_version": version or new_version(),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "app_version": __version__, "schema_version": SCHEMA_VERSION,
        "notes": notes, "key_id": key_id(bytes(key.verify_key)), "documents": documents,
        "measures": sum(d["measures"] or 0 for d in documents), "files": {},
    }
    blobs: dict[str, bytes] = {}
    for step, (name, data) in enumerate(files, 1):
        report(step, len(files) + 1, f"加入 {name}")
        blobs[name] = data
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    for doc in documents:
        doc["sha256"] = manifest["files"][doc["file"]]["sha256"]
    body = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    signature = {"key_id": manifest["key_id"], "signature": base64.b64encode(key.sign(body).signature).decode()}
    report(len(files) + 1, len(files) + 1, f"签名并写出 {out}")
    tmp = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            zf.writestr(MANIFEST, body)
            zf.writestr(SIGNATURE, json.dumps(signature))
            for name, data in blobs.items():
                zf.writestr(f"{LIBRARY}/{name}", data)
        # verified as a workstation will, before it takes the name: a pack that was cut short or mangled
        # on its way to the disk never replaces a good one
        own = TrustedKey(manifest["key_id"], key.verify_key, out, "user")
        verify_pack(tmp, trusted={own.key_id: own})
        tmp.replace(out)
    except OSError as exc:
        raise storage_error(exc, out.parent, "写出数据包") from exc
    finally:
        with suppress(OSError):  # its folder may not even exist: nothing was written then
            tmp.unlink(missing_ok=True)
    return manifest


def _safe_name(name: str) -> str | None:
    """The library-relative name of a member, or None for the manifest and signature; refuses the rest."""
    if name in (MANIFEST, SIGNATURE):
        return None
    path = PurePosixPath(name)
    if ("\\" in name or name.startswith("/") or ":" in name or not name.startswith(LIBRARY + "/")
            or any(part in ("", ".", "..") for part in name.split("/")) or path.is_absolute()):
        raise PolicyDataError(f"数据包里有不安全的文件名“{shown(name, 80)}”（绝对路径或 ..），已拒绝，当前数据未改动。")
    return name[len(LIBRARY) + 1:]


@contextmanager
def _open(path: Path) -> Iterator[zipfile.ZipFile]:
    """The pack as a zip, opened non-blocking as a regular file of bounded size whose central directory
    (every member's name and sizes, read whole by zipfile) is bounded too."""
    try:
        info = check_regular(path)
    except (NotRegularFile, FileNotFoundError, NotADirectoryError):
        raise PolicyDataError(f"{path}：找不到数据包文件，或它不是普通文件。") from None
    except OSError as exc:
        raise storage_error(exc, path, "读取数据包") from exc
    if info.st_size > MAX_PACK_BYTES:
        raise PolicyDataError(f"{path}：文件有 {info.st_size // 2**20} MB，超过数据包上限 {MAX_PACK_BYTES // 2**20} MB，"
                              "不是本程序制作的数据包，已拒绝，当前数据未改动。")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise storage_error(exc, path, "读取数据包") from exc
    with os.fdopen(fd, "rb") as handle:
        try:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise PolicyDataError(f"{path}：找不到数据包文件，或它不是普通文件。")
            _check_directory(handle, path)
            zf = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error, NotImplementedError,
                OverflowError, IndexError, KeyError) as exc:  # what a damaged central directory makes zipfile raise
            raise PolicyDataError(f"{path}：数据包已损坏或不完整（可能复制时被截断），已拒绝，当前数据未改动。请重新复制一份。") from exc
        except OSError as exc:
            raise storage_error(exc, path, "读取数据包") from exc
        with zf:
            yield zf


def _check_directory(handle, path: Path) -> None:
    """Refuse a central directory of too many members or too many bytes before zipfile reads it whole."""
    end = getattr(zipfile, "_EndRecData", None)  # the end record zipfile itself reads first
    if end is None:
        return
    record = end(handle)
    if record is None:
        raise zipfile.BadZipFile("no end record")
    if record[zipfile._ECD_ENTRIES_TOTAL] > MAX_MEMBERS or record[zipfile._ECD_SIZE] > MAX_DIRECTORY_BYTES:
        raise PolicyDataError(f"{path}：数据包里的文件过多（{record[zipfile._ECD_ENTRIES_TOTAL]}），已拒绝，当前数据未改动。")
    handle.seek(0)


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, cap: int) -> Iterator[bytes]:
    """A member's bytes, decompressed CHUNK at a time, at most `cap` of them (a member that inflates
    beyond what it declares never costs more than one chunk of memory)."""
    try:
        with zf.open(info) as stream:
            got = 0
            while True:
                chunk = stream.read(min(CHUNK, cap + 1 - got))
                if not chunk:
                    return
                got += len(chunk)
                if got > cap:
                    raise PolicyDataError(f"{path}：数据包里的“{shown(info.filename)}”比它声明的大，已拒绝，当前数据未改动。")
                yield chunk
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, OSError, RuntimeError,
            NotImplementedError) as exc:  # CRC: BadZipFile; encrypted: RuntimeError
        raise PolicyDataError(f"{path}：数据包里的“{shown(info.filename)}”已损坏，已拒绝，当前数据未改动。请重新复制一份。") from exc


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limit: int) -> bytes:
    return b"".join(_chunks(zf, info, path, min(info.file_size, limit)))


def _members(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PolicyDataError(f"{path}：数据包里的文件过多（{len(infos)}），已拒绝。")
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = shown(info.filename, 80)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind and kind not in (stat.S_IFREG,) or info.is_dir():
            raise PolicyDataError(f"数据包里的“{name}”不是普通文件（链接或目录），已拒绝，当前数据未改动。")
        _safe_name(info.filename)
        if info.filename in members:
            raise PolicyDataError(f"数据包里“{name}”出现了两次，已拒绝，当前数据未改动。")
        if info.file_size > MAX_FILE_BYTES:
            raise PolicyDataError(f"数据包里的“{name}”过大（{info.file_size // 2**20} MB），已拒绝。")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            raise PolicyDataError(f"数据包里的“{name}”用了本程序不使用的压缩或加密方式，不是本程序制作的数据包，已拒绝，当前数据未改动。")
        members[info.filename] = info
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise PolicyDataError(f"{path}：数据包解开后超过 {MAX_TOTAL_BYTES // 2**20} MB，已拒绝。")
    if MANIFEST not in members or SIGNATURE not in members:
        raise PolicyDataError(f"{path}：不是本程序的数据包（缺少清单或签名）。")
    return members


def _signature(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> tuple[str, bytes]:
    """(key id, raw signature) of manifest.sig: a small JSON object, or refused as damaged."""
    damaged = f"{path}：数据包的签名已损坏，已拒绝，当前数据未改动。请向数据维护人员重新索取。"
    if info.file_size > MAX_SIGNATURE_BYTES:
        raise PolicyDataError(damaged)
    try:
        signature = json.loads(_read(zf, info, path, MAX_SIGNATURE_BYTES))
        signer_id, encoded = signature["key_id"], signature["signature"]
        if not isinstance(signer_id, str) or not isinstance(encoded, str):
            raise TypeError("key_id and signature are text")
        return signer_id, base64.b64decode(encoded, validate=True)
    except (ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:
        raise PolicyDataError(damaged) from exc


def verify_pack(path: Path, *, extract_to: Path | None = None, trusted: dict[str, TrustedKey] | None = None) -> VerifiedPack:
    """Check the signature against the trusted keys (this workstation's, unless `trusted` names others:
    the maintainer's own key checks the pack it just made), every checksum and the schema; with `extract_to`,
    also write the library there (only files the signed manifest lists, each checked as it is read).
    Every member is read at most to its declared size (and a fixed maximum), a chunk at a time."""
    with _open(path) as zf:
        members = _members(zf, path)
        if members[MANIFEST].file_size > MAX_MANIFEST_BYTES:
            raise PolicyDataError(f"{path}：数据包清单过大，已拒绝。")
        signer_id, raw = _signature(zf, members[SIGNATURE], path)
        body = _read(zf, members[MANIFEST], path, MAX_MANIFEST_BYTES)
        skipped: list[str] = []
        trusted = (trusted_keys(skipped) if trusted is None else trusted).get(signer_id)
        if trusted is None:
            note = f"（另有{len(skipped)}个无法使用的公钥文件已跳过，详见日志）" if skipped else ""
            log.warning("pack %s signed by untrusted key %s", path, shown(signer_id, MAX_KEY_ID_SHOWN))
            raise PolicyDataError(f"{path}：数据包的签名者（密钥 {shown(signer_id, MAX_KEY_ID_SHOWN)}）不在本机信任的密钥中{note}，"
                                  "已拒绝，当前数据未改动。如确认来源可靠，请让管理员把维护人员的公钥（.pub）放进“trusted_keys”文件夹。")
        if not verify_signature(trusted.key, body, raw):
            raise PolicyDataError(f"{path}：签名不符，数据包在签名后被改动过，已拒绝，当前数据未改动。请向数据维护人员重新索取。")
        manifest = check_manifest(body, path, SCHEMA_VERSION)  # signed by a trusted key, and still checked
        listed = {f"{LIBRARY}/{name}": entry for name, entry in manifest["files"].items()}
        extra = sorted(set(members) - set(listed) - {MANIFEST, SIGNATURE})
        missing = sorted(set(listed) - set(members))
        if extra or missing:
            raise PolicyDataError(f"{path}：数据包内容与签名清单不符（多出 {_names(extra)}，缺少 {_names(missing)}），已拒绝，当前数据未改动。")
        catalogue = None
        for name, entry in listed.items():
            data = _check_member(zf, members[name], entry, path, extract_to, keep=name == f"{LIBRARY}/{CATALOGUE}")
            catalogue = data if data is not None else catalogue
        if catalogue is None:
            raise PolicyDataError(f"{path}：数据包里没有文件目录（documents.toml），不是本程序制作的数据包，已拒绝，当前数据未改动。")
        check_catalogue(catalogue, set(manifest["files"]), path)
    return VerifiedPack(path=path, manifest=manifest, key_id=signer_id, signer=trusted.path)


def _names(names: list[str]) -> str:
    if not names:
        return "无"
    shown_names = "、".join(shown(n, 80) for n in names[:5])
    return shown_names + (f" 等{len(names)}个" if len(names) > 5 else "")


def _check_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: dict, path: Path, extract_to: Path | None,
                  keep: bool = False) -> bytes | None:
    """One library file: its size and SHA-256 as the manifest says, streamed (and written, with
    `extract_to`) a chunk at a time; the caller removes `extract_to` if anything is refused."""
    name = shown(info.filename, 80)
    mismatch = f"{path}：数据包里的“{name}”校验不符（被改动或损坏），已拒绝，当前数据未改动。"
    if info.file_size != entry["size"]:
        raise PolicyDataError(mismatch)
    digest, size, kept = hashlib.sha256(), 0, []
    target = extract_to / info.filename[len(LIBRARY) + 1:] if extract_to is not None else None
    try:
        out = None
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            out = target.open("xb")
        try:
            for chunk in _chunks(zf, info, path, entry["size"]):
                digest.update(chunk)
                size += len(chunk)
                if out is not None:
                    out.write(chunk)
                if keep:
                    kept.append(chunk)
        finally:
            if out is not None:
                out.close()
    except OSError as exc:
        raise storage_error(exc, extract_to, "解开数据包") from exc
    if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
        raise PolicyDataError(mismatch)
    return b"".join(kept) if keep else None
