"""Hostile zip files built at test time (never committed): members whose headers say one size while the
data inflates to gigabytes, written byte by byte since zipfile will not write a lie."""
from __future__ import annotations

import base64
import hashlib
import json
import struct
import zipfile
import zlib
from pathlib import Path

from index.packs.keys import key_id, load_signing_key
from tests.kit import PASSPHRASE

MB = 2**20


def zeros_deflated(megabytes: int) -> bytes:
    """A raw deflate stream of `megabytes` MB of zeros, about 1 KB per MB: the same flushed block
    repeated (a full flush resets the compressor, so every 1 MB block compresses identically)."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(bytes(MB)) + co.flush(zlib.Z_FULL_FLUSH)
    again = co.compress(bytes(MB)) + co.flush(zlib.Z_FULL_FLUSH)
    assert again == block
    return block * (megabytes - 1) + co.compress(bytes(MB)) + co.flush()


def raw_zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip of (name, stored data, compression method, CRC-32, declared uncompressed size) members,
    each header saying exactly what it is given (true or not)."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size in members:
        encoded = name.encode("utf-8")
        offset = len(out)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0x800, method, 0, 0x21, crc, len(data), size, len(encoded), 0)
        out += encoded + data
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0x800, method, 0, 0x21, crc, len(data), size,
                               len(encoded), 0, 0, 0, 0, 0o100644 << 16, offset)
        central += encoded
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)


def resign(pack: Path, key_path: Path, out: Path, change=None, members: dict[str, bytes] | None = None) -> Path:
    """`pack` with library members replaced (`members`: library name → bytes, listed in the manifest) and
    the manifest changed by `change(manifest)`, signed again by the trusted key: what a careless or
    compromised maintainer could send."""
    key = load_signing_key(key_path, PASSPHRASE)
    with zipfile.ZipFile(pack) as zin:
        files = {info.filename: zin.read(info) for info in zin.infolist()}
    manifest = json.loads(files["manifest.json"])
    for name, data in (members or {}).items():
        files[f"library/{name}"] = data
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    if change is not None:
        change(manifest)
    body = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    files["manifest.json"] = body
    files["manifest.sig"] = json.dumps({"key_id": key_id(bytes(key.verify_key)),
                                        "signature": base64.b64encode(key.sign(body).signature).decode()}).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in files.items():
            zout.writestr(name, data)
    return out
