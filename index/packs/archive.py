"""The pack file: a zip holding manifest.json, its Ed25519 signature manifest.sig, and library/ (the
library's files, byte-identical). The manifest lists every file with its SHA-256, so one signature
covers every byte. A pack is hostile input until verified: names are checked (no absolute names, no
`..`, no links, nothing outside library/), sizes are bounded, and nothing is written before the
signature and every checksum are good."""
from __future__ import annotations

import base64
import hashlib
import json
import stat
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from index import __version__
from index.errors import PolicyDataError, storage_error
from index.packs.keys import key_id, load_signing_key, trusted_keys, verify_signature
from index.packs.library import library_files
from index.store import SCHEMA_VERSION

FORMAT = "policy-browser-pack"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE, LIBRARY = "manifest.json", "manifest.sig", "library"
MAX_MEMBERS = 20_000
MAX_FILE_BYTES = 64 * 2**20
MAX_TOTAL_BYTES = 1024 * 2**20
MAX_MANIFEST_BYTES = 32 * 2**20

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


def create_pack(out: Path, key_path: Path, *, notes: str = "", resources: Path | None = None,
                version: str | None = None, progress: Progress | None = None) -> dict:
    """Write a signed pack of the current library (bundled and imported documents) to `out`; the manifest."""
    report = progress or (lambda step, total, message: None)
    key = load_signing_key(key_path)
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
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, out.parent, "写出数据包") from exc
    return manifest


def _safe_name(name: str) -> str | None:
    """The library-relative name of a member, or None for the manifest and signature; refuses the rest."""
    if name in (MANIFEST, SIGNATURE):
        return None
    path = PurePosixPath(name)
    if ("\\" in name or name.startswith("/") or ":" in name or not name.startswith(LIBRARY + "/")
            or any(part in ("", ".", "..") for part in name.split("/")) or path.is_absolute()):
        raise PolicyDataError(f"数据包里有不安全的文件名“{name}”（绝对路径或 ..），已拒绝，当前数据未改动。")
    return name[len(LIBRARY) + 1:]


def _open(path: Path) -> zipfile.ZipFile:
    try:
        if not path.is_file():
            raise PolicyDataError(f"{path}：找不到数据包文件，或它不是普通文件。")
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise PolicyDataError(f"{path}：数据包已损坏或不完整（可能复制时被截断），已拒绝，当前数据未改动。请重新复制一份。") from exc
    except OSError as exc:
        raise storage_error(exc, path, "读取数据包") from exc


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    try:
        return zf.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, OSError) as exc:  # CRC: BadZipFile
        raise PolicyDataError(f"{path}：数据包里的“{info.filename}”已损坏，已拒绝，当前数据未改动。请重新复制一份。") from exc


def verify_pack(path: Path, *, extract_to: Path | None = None) -> VerifiedPack:
    """Check the signature against the trusted keys, every checksum and the schema; with `extract_to`,
    also write the library there (only files the signed manifest lists, each checked as it is read)."""
    with _open(path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PolicyDataError(f"{path}：数据包里的文件过多（{len(infos)}），已拒绝。")
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            kind = stat.S_IFMT(info.external_attr >> 16)
            if kind and kind not in (stat.S_IFREG,) or info.is_dir():
                raise PolicyDataError(f"数据包里的“{info.filename}”不是普通文件（链接或目录），已拒绝，当前数据未改动。")
            _safe_name(info.filename)
            if info.filename in members:
                raise PolicyDataError(f"数据包里“{info.filename}”出现了两次，已拒绝，当前数据未改动。")
            if info.file_size > MAX_FILE_BYTES:
                raise PolicyDataError(f"数据包里的“{info.filename}”过大（{info.file_size // 2**20} MB），已拒绝。")
            members[info.filename] = info
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise PolicyDataError(f"{path}：数据包解开后超过 {MAX_TOTAL_BYTES // 2**20} MB，已拒绝。")
        if MANIFEST not in members or SIGNATURE not in members:
            raise PolicyDataError(f"{path}：不是本程序的数据包（缺少清单或签名）。")
        if members[MANIFEST].file_size > MAX_MANIFEST_BYTES:
            raise PolicyDataError(f"{path}：数据包清单过大，已拒绝。")
        body = _read(zf, members[MANIFEST], path)
        try:
            signature = json.loads(_read(zf, members[SIGNATURE], path))
            signer_id, raw = str(signature["key_id"]), base64.b64decode(signature["signature"], validate=True)
        except (ValueError, KeyError, TypeError) as exc:
            raise PolicyDataError(f"{path}：数据包的签名已损坏，已拒绝，当前数据未改动。") from exc
        trusted = trusted_keys().get(signer_id)
        if trusted is None:
            raise PolicyDataError(f"{path}：数据包的签名者（密钥 {signer_id}）不在本机信任的密钥中，已拒绝，当前数据未改动。"
                                  "如确认来源可靠，请让管理员把维护人员的公钥（.pub）放进“trusted_keys”文件夹。")
        if not verify_signature(trusted.key, body, raw):
            raise PolicyDataError(f"{path}：签名不符，数据包在签名后被改动过，已拒绝，当前数据未改动。请向数据维护人员重新索取。")
        manifest = json.loads(body)  # signed by a trusted key: well-formed from here on
        if manifest.get("format") != FORMAT or int(manifest.get("format_version", 0)) > FORMAT_VERSION:
            raise PolicyDataError(f"{path}：数据包格式（{manifest.get('format_version')}）比本程序新，请先升级程序。")
        if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
            raise PolicyDataError(f"{path}：数据包需要更新版本的程序（数据格式 {manifest['schema_version']}，"
                                  f"本程序支持 {SCHEMA_VERSION}），请先升级程序，当前数据未改动。")
        listed = {f"{LIBRARY}/{name}": entry for name, entry in manifest["files"].items()}
        extra = sorted(set(members) - set(listed) - {MANIFEST, SIGNATURE})
        missing = sorted(set(listed) - set(members))
        if extra or missing:
            raise PolicyDataError(f"{path}：数据包内容与签名清单不符（多出 {extra or '无'}，缺少 {missing or '无'}），已拒绝，当前数据未改动。")
        for name, entry in listed.items():
            data = _read(zf, members[name], path)
            if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
                raise PolicyDataError(f"{path}：数据包里的“{name}”校验不符（被改动或损坏），已拒绝，当前数据未改动。")
            if extract_to is not None:
                target = extract_to / name[len(LIBRARY) + 1:]
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                except OSError as exc:
                    raise storage_error(exc, extract_to, "解开数据包") from exc
    return VerifiedPack(path=path, manifest=manifest, key_id=signer_id, signer=trusted.path)
