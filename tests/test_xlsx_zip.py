"""The workbook's zip container: the very bytes zipfile writes, also when a part's compressed form is reused."""

import io
import random
import zipfile

from hypothesis import given, settings, strategies as st

from pyengine.render import xlsx_zip
from pyengine.render.xlsx_zip import ZIP_DATE, zip_parts


def zipfile_bytes(parts):
    """How the writer made its packages before (zipfile, DEFLATE level 6, fixed dates, mode 600)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 3  # as on POSIX; zipfile writes 0 on Windows, zip_parts the same everywhere
            archive.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


parts_strategy = st.lists(st.tuples(st.text(min_size=1, max_size=30).filter(lambda n: "\x00" not in n),
                                    st.binary(max_size=3000)), max_size=6, unique_by=lambda p: p[0])


@settings(max_examples=60, deadline=None)
@given(parts_strategy)
def test_property_the_bytes_are_zipfiles(parts):
    assert zip_parts(parts) == zipfile_bytes(parts)


def test_a_part_compressed_before_is_reused_and_the_bytes_stay_the_same(monkeypatch):
    rng = random.Random(7)
    styles = bytes(rng.randrange(60, 90) for _ in range(20_000))  # the same styles in every statement
    first = [("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", b"<a>1</a>")]
    second = [("xl/styles.xml", bytes(styles)), ("xl/worksheets/sheet1.xml", b"<a>2</a>")]
    expected = [zipfile_bytes(first), zipfile_bytes(second)]
    compressions = []
    real = xlsx_zip.zlib.compressobj
    monkeypatch.setattr(xlsx_zip.zlib, "compressobj", lambda *a: compressions.append(1) or real(*a))
    monkeypatch.setattr(xlsx_zip, "_COMPRESSED", type(xlsx_zip._COMPRESSED)())
    assert [zip_parts(first), zip_parts(second)] == expected
    assert len(compressions) == 3  # the styles once
    monkeypatch.undo()
    with zipfile.ZipFile(io.BytesIO(zip_parts(second))) as archive:
        assert archive.testzip() is None
        assert archive.read("xl/styles.xml") == styles


def test_only_a_few_parts_are_kept(monkeypatch):
    monkeypatch.setattr(xlsx_zip, "_COMPRESSED", type(xlsx_zip._COMPRESSED)())
    for i in range(200):
        zip_parts([(f"part{i}.xml", f"<x>{i}</x>".encode())])
    zip_parts([("big.xml", b"x" * (xlsx_zip._KEPT_SIZE + 1))])
    assert len(xlsx_zip._COMPRESSED) == xlsx_zip._KEPT_PARTS
