"""Hostile zip files built at test time (never committed): members whose headers say one size while the
data inflates to gigabytes, written byte by byte since zipfile will not write a lie."""
from __future__ import annotations

import struct
import zlib

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
