"""Finding parts inside an .xlsx package (a zip of XML parts linked by relationships)."""

from __future__ import annotations

import zipfile
from posixpath import dirname, join, normpath
from xml.etree import ElementTree

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def rels_part(part: str) -> str:
    return join(dirname(part), "_rels", part.rsplit("/", 1)[-1] + ".rels")


def relationships(archive: zipfile.ZipFile, part: str) -> list[tuple[str, str, str]]:
    """(id, type, target part) of ``part``'s relationships; targets resolved relative to the part,
    or from the package root when absolute (openpyxl writes '/xl/worksheets/sheet1.xml')."""
    name = rels_part(part)
    if name not in archive.namelist():
        return []

    def resolve(target: str) -> str:
        return target.lstrip("/") if target.startswith("/") else normpath(join(dirname(part), target))

    return [(r.get("Id"), r.get("Type", ""), resolve(r.get("Target", "")))
            for r in ElementTree.fromstring(archive.read(name)).iter(RELATIONSHIP)]


def sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, worksheet part) in workbook order."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    targets = {rid: target for rid, _, target in relationships(archive, "xl/workbook.xml")}
    return [(sheet.get("name"), targets[sheet.get(R_ID)]) for sheet in workbook.iter(f"{MAIN}sheet")]
