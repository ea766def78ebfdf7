"""Sets of rows as Python ints used as bitmaps (bit r set: row r is in the set).

The standard library only: `&`, `|`, `& ~` and int.bit_count run in C over 30-bit digits (a few µs
for 100,000 rows), so the search combines, filters and counts row sets without a Python loop per
row; only the rows a stage must look at one by one (verification, ranking) are listed, by `rows`.
Stored compressed (zlib of the little-endian bytes): a sparse bitmap of 100,000 rows takes a few
hundred bytes and loads in ~20 µs; a dense one is stored as its bytes (`pack`).
"""
from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable
from itertools import compress

EMPTY = 0


def from_rows(rows: Iterable[int], size: int) -> int:
    """The bitmap of `rows` (each below `size`)."""
    bits = bytearray((size + 7) // 8)
    for row in rows:
        bits[row >> 3] |= 1 << (row & 7)
    return int.from_bytes(bits, "little")


def everything(size: int) -> int:
    return (1 << size) - 1


_BYTE_BITS = [tuple(j for j in range(8) if v >> j & 1) for v in range(256)]
# the set bits of every 16-bit value (built from the byte table in ~10 ms; ~7 MB)
_HALF_BITS = [low + high for high in [tuple(8 + j for j in bits) for bits in _BYTE_BITS] for low in _BYTE_BITS]


def rows(bitmap: int, limit: int | None = None) -> list[int]:
    """The rows of `bitmap` in ascending order (the first `limit` of them when given). Dense sets
    go 16 bits at a time through a table of their set bits, sparse ones (and `limit`) word by word;
    the empty pieces are skipped in C."""
    if not bitmap:
        return []
    if limit is None and bitmap.bit_count() * 40 >= bitmap.bit_length():
        halves = array("H", bitmap.to_bytes((bitmap.bit_length() + 15) // 16 * 2, "little"))
        table = _HALF_BITS
        return [(i << 4) + j for i in compress(range(len(halves)), halves) for j in table[halves[i]]]
    words = array("Q", bitmap.to_bytes((bitmap.bit_length() + 63) // 64 * 8, "little"))
    out: list[int] = []
    append = out.append
    for i in compress(range(len(words)), words):
        word, base = words[i], i << 6
        while word:
            low = word & -word
            append(base + low.bit_length() - 1)
            word ^= low
        if limit is not None and len(out) >= limit:
            return out[:limit]
    return out


def among(bitmap: int, rows: Iterable[int]) -> set[int]:
    """Those of `rows` (a few: a page) that `bitmap` holds: its bytes read once, then a byte test per
    row (listing the bitmap's rows would walk every word of it)."""
    if not bitmap:
        return set()
    return among_bytes(bitmap.to_bytes((bitmap.bit_length() + 7) // 8, "little"), rows)


def among_bytes(data: bytes, rows: Iterable[int]) -> set[int]:
    """`among` for a bitmap whose little-endian bytes were read already (one kept for many searches)."""
    size = len(data) << 3
    return {row for row in rows if row < size and data[row >> 3] >> (row & 7) & 1}


def has(bitmap: int, row: int) -> bool:
    return bool(bitmap >> row & 1)


RAW = b"\0"  # the tag of a bitmap stored as it is (a zlib stream never starts with a zero byte)
RAW_OVER = 4  # stored as it is when compressing would save less than three quarters of it


def pack(bitmap: int) -> bytes:
    """zlib of the little-endian bytes; a bitmap that compresses badly (a dense one) as its bytes
    behind a zero byte: unpacking it is int.from_bytes alone (~1.5 µs at 20,000 rows, against 5–11
    µs to inflate), and the bitmaps queries read most are the common words', the dense ones."""
    return pack_bytes(bitmap.to_bytes((bitmap.bit_length() + 7) // 8, "little"))


def unpack(blob: bytes) -> int:
    if blob[:1] == RAW:
        return int.from_bytes(memoryview(blob)[1:], "little")
    return int.from_bytes(zlib.decompress(blob), "little")


def pack_bytes(raw: bytes) -> bytes:
    """`raw` as `pack` stores a bitmap's bytes: zlib, or as it is behind a zero byte when that saves little."""
    packed = zlib.compress(raw, 1)
    return RAW + raw if len(packed) * RAW_OVER > len(raw) else packed


def unpack_bytes(blob: bytes) -> bytes:
    return blob[1:] if blob[:1] == RAW else zlib.decompress(blob)


def add(groups: dict, key, rows: int) -> None:
    """Add `rows` to the group `key` of `groups` (a dict of bitmaps; empty ones are left out)."""
    if rows:
        groups[key] = groups.get(key, 0) | rows
