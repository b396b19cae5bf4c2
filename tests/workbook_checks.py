"""Independent checks of a produced .xlsx: raw zip/XML, openpyxl (data_only) and pandas (calamine)."""

import re
import zipfile
from xml.etree import ElementTree

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
UDF_NAMES = ("ALLOCATE", "VERDEEL", "FTE_COST", "LOONKOSTEN", "HOURS_COST", "CONTINGENCY", "ONVOORZIEN", "PRORATE")


def formula_cells(path):
    """(sheet part, cell ref, formula text, stored value or None) for every formula cell."""
    out = []
    with zipfile.ZipFile(path) as archive:
        for name in sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")):
            root = ElementTree.fromstring(archive.read(name))
            for cell in root.iter(f"{{{NS['m']}}}c"):
                formula = cell.find("m:f", NS)
                if formula is not None:
                    value = cell.find("m:v", NS)
                    # an empty <v></v> is a stored empty text; only a missing <v> means no value
                    out.append((name, cell.get("r"), formula.text or "", None if value is None else value.text or ""))
    return out


def assert_clean_package(path):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        types = archive.read("[Content_Types].xml").decode()
        workbook = archive.read("xl/workbook.xml").decode()
    assert not any("vba" in n.lower() or "externallink" in n.lower() for n in names), names
    assert "macroEnabled" not in types and "vbaProject" not in types
    assert "externalReference" not in workbook
    assert 'fullCalcOnLoad="1"' in workbook  # Excel recalculates on open: the formulas stay live
    for _, ref, text, value in formula_cells(path):
        assert value is not None, f"{ref}: formula without a stored value"
        assert not re.search(r"\b(" + "|".join(UDF_NAMES) + r")\(", text), f"{ref}: UDF call {text}"
        assert "[" not in text, f"{ref}: external reference {text}"


def controles(path):
    import openpyxl

    workbook = openpyxl.load_workbook(path, data_only=True)
    sheet = workbook["Controles"]
    rows = [(r[0], r[1]) for r in sheet.iter_rows(min_row=1, values_only=True) if r and r[0] and len(r) > 1]
    return [(label, value) for label, value in rows if isinstance(value, bool)]


def assert_printed_whole_audits_clean(path, folder):
    """LibreOffice's own print of the whole workbook (not `pyengine pdf`) audits with no finding and nothing
    NOT verified."""
    import subprocess

    from pyengine.audit import audit
    from test_audit_tables import soffice

    subprocess.run([soffice(), f"-env:UserInstallation={(folder / 'profiel').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(path)],
                   capture_output=True, timeout=600, check=True)
    report = audit(folder / path.with_suffix(".pdf").name)
    assert report.findings == () and report.verdict == "clean" and not report.unverified, (
        [(f.place, f.row_label, f.column, f.check) for f in report.findings[:3]], report.unverified[:3])
