"""The zip container of a produced .xlsx, without compressing the same part twice.

The bytes are those zipfile writes (DEFLATE level 6, fixed dates, no data descriptors, no zip64). Why not
zipfile: a bulk run writes hundreds of workbooks whose styles, theme and relationship parts are the same bytes
every time; zipfile compresses each again. Here the compressed form of a part is kept (by its content, a few
dozen parts at most) and reused: the same input still gives the same bytes, whether a part was compressed now
or earlier in the process. tests/test_xlsx_zip.py holds the bytes equal to zipfile's.
"""

from __future__ import annotations

import struct
import zlib
from collections import OrderedDict

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_DOS_DATE = (ZIP_DATE[0] - 1980) << 9 | ZIP_DATE[1] << 5 | ZIP_DATE[2]
_DOS_TIME = ZIP_DATE[3] << 11 | ZIP_DATE[4] << 5 | ZIP_DATE[5] // 2
_LEVEL = 6
_VERSION = 20  # 2.0: DEFLATE
_UNIX = 3  # the system zipfile names on POSIX (on Windows it names 0: these bytes are the same everywhere)
_MODE = 0o600 << 16  # ?rw-------
_UTF8_NAME = 0x800
_LIMIT = (1 << 31) - 1  # beyond it zipfile would write zip64 records; no workbook part comes near
_KEPT_PARTS = 64
_KEPT_SIZE = 256 * 1024  # parts larger than this (a big sheet) are not the repeated kind

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")

# part content -> (CRC-32, compressed bytes), least recently used first
_COMPRESSED: OrderedDict[bytes, tuple[int, bytes]] = OrderedDict()


def _compressed(data: bytes) -> tuple[int, bytes]:
    kept = len(data) <= _KEPT_SIZE
    if kept:
        found = _COMPRESSED.get(data)
        if found is not None:
            _COMPRESSED.move_to_end(data)
            return found
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    found = (zlib.crc32(data), compressor.compress(data) + compressor.flush())
    if kept:
        _COMPRESSED[data] = found
        if len(_COMPRESSED) > _KEPT_PARTS:
            _COMPRESSED.popitem(last=False)
    return found


def zip_parts(parts: list[tuple[str, bytes]]) -> bytes:
    """The zip archive of ``parts`` (name, content) in their order."""
    out: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, data in parts:
        crc, packed = _compressed(data)
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8_NAME
        if len(data) * 1.05 > _LIMIT or offset > _LIMIT:
            raise ValueError(f"{name}: too large for a workbook part")
        header = _LOCAL.pack(b"PK\003\004", _VERSION, 0, flags, zlib.DEFLATED, _DOS_TIME, _DOS_DATE, crc,
                             len(packed), len(data), len(encoded), 0)
        out += (header, encoded, packed)
        directory.append(_CENTRAL.pack(b"PK\001\002", _VERSION, _UNIX, _VERSION, 0, flags, zlib.DEFLATED,
                                       _DOS_TIME, _DOS_DATE, crc, len(packed), len(data), len(encoded), 0, 0, 0, 0,
                                       _MODE, offset) + encoded)
        offset += len(header) + len(encoded) + len(packed)
    listing = b"".join(directory)
    if len(parts) > 0xFFFF or offset + len(listing) > _LIMIT:
        raise ValueError("too many or too large parts for a workbook")
    out += (listing, _END.pack(b"PK\005\006", 0, 0, len(parts), len(parts), len(listing), offset, 0))
    return b"".join(out)
