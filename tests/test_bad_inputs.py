"""Bad and awkward inputs, table-driven: each gives one located message, the right exit code, and no file.

Every case starts from a copy of a seed example, changes one thing as a user might, runs
``pyengine generate`` in-process, and checks the message fragment, the exit code (1 for input, 2 for
usage), that no traceback was printed and that the output folder was not created.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import openpyxl
import pytest

from pyengine import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LEERHUIS = EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
MLW = EXAMPLES / "midden-limburg-west" / "kostenverdeling-2018-2022.toml"
HR = EXAMPLES / "holland-rijnland" / "projectbegroting-jeugd-2018.toml"
LEERHUIS_KEY = (EXAMPLES / "regionaal-leerhuis" / "verdeelsleutel.csv").read_text(encoding="utf-8")


def spec(tmp: Path, seed: Path, *changes: tuple[str, str], append: str = "") -> Path:
    """A copy of a seed spec (with its key files) in ``tmp``, with text replacements applied."""
    for sibling in seed.parent.iterdir():
        shutil.copy(sibling, tmp / sibling.name)
    text = seed.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    target = tmp / seed.name
    target.write_text(text + append, encoding="utf-8")
    return target


def leerhuis(*changes: tuple[str, str], append: str = "") -> Callable[[Path], list[str]]:
    return lambda tmp: ["generate", str(spec(tmp, LEERHUIS, *changes, append=append))]


def mlw(*changes: tuple[str, str], append: str = "") -> Callable[[Path], list[str]]:
    return lambda tmp: ["generate", str(spec(tmp, MLW, *changes, append=append))]


def leerhuis_key(content: str | bytes, name: str = "verdeelsleutel.csv", kolom: str | None = "bijdrage_2020",
                 extra: str = "") -> Callable[[Path], list[str]]:
    """The Leerhuis spec with another key file."""
    def build(tmp: Path) -> list[str]:
        kolom_line = f'kolom = "{kolom}"' if kolom else ""
        path = spec(tmp, LEERHUIS, ('bestand = "verdeelsleutel.csv"\nkolom = "bijdrage_2020"',
                                    f'bestand = "{name}"\n{kolom_line}\n{extra}'))
        target = tmp / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        return ["generate", str(path)]
    return build


def xlsx_key(fill: Callable[[openpyxl.Workbook], None], extra: str = "",
             patch: Callable[[Path], None] | None = None) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        path = spec(tmp, LEERHUIS, ('bestand = "verdeelsleutel.csv"\nkolom = "bijdrage_2020"',
                                    f'bestand = "sleutel.xlsx"\nkolom = "inwoners"\n{extra}'))
        workbook = openpyxl.Workbook()
        workbook.active.title = "Blad1"
        fill(workbook)
        workbook.save(tmp / "sleutel.xlsx")
        if patch is not None:
            patch(tmp / "sleutel.xlsx")
        return ["generate", str(path)]
    return build


def rows(*lines: list[object]) -> Callable[[openpyxl.Workbook], None]:
    def fill(workbook: openpyxl.Workbook) -> None:
        for line in lines:
            workbook.active.append(line)
    return fill


def members_key(weights: dict[str, object]) -> str:
    return "gemeente,inwoners\n" + "".join(f"{m},{w}\n" for m, w in weights.items())


NAMES = ["Blaricum", "Eemnes", "Gooise Meren", "Hilversum", "Huizen", "Laren", "Weesp", "Wijdemeren"]
GOOD_WEIGHTS = dict(zip(NAMES, [1010, 932, 5952, 9220, 4343, 1150, 1950, 2443]))


def with_file(name: str, content: str | bytes, build: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
    def wrapped(tmp: Path) -> list[str]:
        argv = build(tmp)
        target = tmp / name
        target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content, encoding="utf-8")
        return argv
    return wrapped


def own_file(tmp: Path, name: str, content: str | bytes) -> list[str]:
    """A file written as given; the command line generating it."""
    target = tmp / name
    target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content, encoding="utf-8")
    return ["generate", str(target)]


def symlink_loop(tmp: Path) -> list[str]:
    argv = leerhuis(('bestand = "verdeelsleutel.csv"', 'bestand = "lus.csv"'))(tmp)
    os.symlink(tmp / "lus.csv", tmp / "lus.csv")
    return argv


def key_is_folder(tmp: Path) -> list[str]:
    argv = leerhuis(('bestand = "verdeelsleutel.csv"', 'bestand = "map"'))(tmp)
    (tmp / "map").mkdir()
    return argv


def error_cell(workbook: openpyxl.Workbook) -> None:
    sheet = workbook.active
    sheet.append(["gemeente", "inwoners"])
    for name, weight in GOOD_WEIGHTS.items():
        sheet.append([name, weight])
    sheet["B4"].value = "#DIV/0!"
    sheet["B4"].data_type = "e"


def uncached_formula(workbook: openpyxl.Workbook) -> None:
    sheet = workbook.active
    sheet.append(["gemeente", "inwoners"])
    for name, weight in GOOD_WEIGHTS.items():
        sheet.append([name, weight])
    sheet["B3"] = "=B2*2"  # openpyxl stores no value: as if never calculated


def hidden_row(workbook: openpyxl.Workbook) -> None:
    error_free_key(workbook)
    workbook.active.row_dimensions[4].hidden = True


def hidden_column(workbook: openpyxl.Workbook) -> None:
    error_free_key(workbook)
    workbook.active["C1"] = "opmerking"
    workbook.active["C3"] = 5
    workbook.active.column_dimensions["C"].hidden = True


def percent_mixed(workbook: openpyxl.Workbook) -> None:
    sheet = workbook.active
    sheet.append(["gemeente", "inwoners"])
    for name, weight in (("Blaricum", 0.047), ("Eemnes", 5.3), ("Gooise Meren", 0.8)):
        sheet.append([name, weight])
    sheet["B2"].number_format = "0.0%"


def formula_shares(workbook: openpyxl.Workbook) -> None:
    sheet = workbook.active
    sheet.append(["gemeente", "inwoners", "aantal"])
    for row, (name, count) in enumerate((("Blaricum", 1), ("Eemnes", 1), ("Gooise Meren", 1)), start=2):
        sheet.append([name, f"=C{row}/SUM(C$2:C$4)", count])


def stored_shares(path: Path) -> None:
    """Each formula's value as LibreOffice stores it: 17 significant digits (openpyxl stores none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = re.sub(r"(<f>[^<]*</f>)(<v\s*/>|<v></v>)?", r"\1<v>0.33333333333333331</v>",
                                               sheet).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def error_free_key(workbook: openpyxl.Workbook) -> None:
    sheet = workbook.active
    sheet.append(["gemeente", "inwoners"])
    for name, weight in GOOD_WEIGHTS.items():
        sheet.append([name, weight])


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def encrypted_workbook() -> bytes:
    """What Excel writes for a workbook with a password: an OLE compound file with an EncryptionInfo stream."""
    return OLE_MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 200 + \
        "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1000


def rates_file(content: str | bytes, *changes: tuple[str, str]) -> Callable[[Path], list[str]]:
    return with_file("tarieven.csv", content,
                     mlw(("[[formatie]]", '[tarieven]\nbestand = "tarieven.csv"\n\n[[formatie]]', ), *changes))


def out_is_a_file(tmp: Path) -> list[str]:
    (tmp / "out.xlsx").write_text("not a folder", encoding="utf-8")
    return ["generate", str(spec(tmp, LEERHUIS)), "--out", str(tmp / "out.xlsx")]


def folder_without_specs(tmp: Path) -> list[str]:
    (tmp / "leeg").mkdir()
    return ["generate", str(tmp / "leeg")]


def folder_with_encrypted_workbook(tmp: Path) -> list[str]:
    """A folder run with a workbook it cannot open: that document is a named failure, never left out unseen."""
    spec(tmp, LEERHUIS)
    (tmp / "invoer-2.xlsx").write_bytes(encrypted_workbook())
    (tmp / "~$invoer-2.xlsx").write_bytes(b"\x05officer" + b"\x00" * 150)  # Excel's lock file: not an input
    return ["generate", str(tmp)]


def key_option(content: str) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        (tmp / "nieuw.csv").write_text(content, encoding="utf-8")
        return ["generate", str(spec(tmp, LEERHUIS)), "--key", str(tmp / "nieuw.csv")]
    return build


def zip_bomb() -> bytes:
    """A small .xlsx-named archive whose one member unpacks to 210 MB."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b" " * 1_000_000
            for _ in range(210):
                member.write(block)
    return buffer.getvalue()


def many_members(count: int) -> str:
    return "gemeente,inwoners\n" + "".join(f"Gemeente {i},{i + 1}\n" for i in range(count))


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], list[str]]
    fragment: str
    code: int = 1


ALGEMEEN_JAREN = "jaren = [2021, 2022, 2023, 2024]"
KEY_LINES = 'bestand = "verdeelsleutel.csv"\nkolom = "bijdrage_2020"'

CASES = [
    # --- the begrotingswijziging spec -------------------------------------------------------------
    Case("typo-field", leerhuis(("verdeelmethode", "verdeelmetode")),
         "[algemeen]: unknown field 'verdeelmetode'; did you mean 'verdeelmethode'?"),
    Case("typo-section", leerhuis(("[vaststelling]", "[vaststellingen]")),
         "unknown section [vaststellingen]; did you mean [vaststelling]?"),
    Case("typo-line", leerhuis(("materiele_kosten       = 2_000", "materiele_kost = 2_000")),
         "[wijziging]: unknown field 'materiele_kost'; did you mean 'materiele_kosten'?"),
    Case("unknown-line", leerhuis(("[wijziging]", "[wijziging]\nfoo = 1")), "[wijziging]: unknown field 'foo'"),
    Case("soort-missing", leerhuis(('soort = "begrotingswijziging"', "")), "field 'soort' is missing; give one of begrotingswijziging"),
    Case("soort-wrong", leerhuis(('soort = "begrotingswijziging"', 'soort = "begroting"')),
         "field 'soort' must be one of begrotingswijziging, kostenverdeling, meerjarenraming, sleutelvergelijking, afrekening, got 'begroting'"),
    Case("nummer-number", leerhuis(('nummer = "2021-03"', "nummer = 2021")),
         "[algemeen] nummer: must be text (in quotes), got whole number 2021"),
    Case("titel-missing", leerhuis(('titel = "Regionaal Leerhuis"', "")), "[algemeen]: field 'titel' is missing"),
    Case("jaren-number", leerhuis((ALGEMEEN_JAREN, "jaren = 2018")),
         "[algemeen] jaren: must be a list such as [2021, 2022], got whole number 2018"),
    Case("jaren-empty", leerhuis((ALGEMEEN_JAREN, "jaren = []")), "[algemeen] jaren: must be at least 1 item(s)"),
    Case("jaren-six", leerhuis((ALGEMEEN_JAREN, "jaren = [2021, 2022, 2023, 2024, 2025, 2026]")),
         "[algemeen] jaren: must be at most 5 item(s)"),
    Case("jaren-decreasing", leerhuis((ALGEMEEN_JAREN, "jaren = [2021, 2023, 2022, 2024]")),
         "[algemeen] jaren: the years must be increasing"),
    Case("jaren-float", leerhuis((ALGEMEEN_JAREN, "jaren = [2021.5, 2022, 2023, 2024]")),
         "[algemeen] jaren (item 1): must be a whole number"),
    Case("jaren-1800", leerhuis((ALGEMEEN_JAREN, "jaren = [1800, 2022, 2023, 2024]")),
         "[algemeen] jaren (item 1): must be at least 1900"),
    Case("eenheid-seven", leerhuis(("eenheid = 1000", "eenheid = 7")), "[algemeen] eenheid: must be 1, 10, 100"),
    Case("eenheid-text", leerhuis(("eenheid = 1000", 'eenheid = "1000"')),
         "[algemeen] eenheid: must be a whole number, got text '1000'"),
    Case("baten-negatief-ja", leerhuis(("baten_negatief = true", 'baten_negatief = "ja"')),
         "[algemeen] baten_negatief: must be true or false, got text 'ja'"),
    Case("verdeelmethode-unknown", leerhuis(('verdeelmethode = "largest_remainder"', 'verdeelmethode = "dhont"')),
         "[algemeen] verdeelmethode: must be one of 'largest_remainder', 'sainte_lague' or 'dhondt'"),
    Case("figures-too-few", leerhuis(("personeelskosten         = [3_416_000, 3_142_000, 3_061_300, 3_061_300]",
                                      "personeelskosten = [3_416_000, 3_142_000]")),
         "[begroting] personeelskosten: 2 figure(s) for 4 year(s)"),
    Case("figure-word", leerhuis(("personeelskosten       = 25_000", 'personeelskosten = "veel"')),
         "[wijziging] personeelskosten: 'veel' is not a number"),
    Case("figure-dutch-thousands", leerhuis(("personeelskosten       = 25_000", 'personeelskosten = "25.000"')),
         "[wijziging] personeelskosten: '25.000' is ambiguous"),
    # the digits typed, not an example's (e71: '1.250' was told 'write 25000 or 25_000, or 25.0')
    Case("figure-dutch-thousands-quoted-own-digits", leerhuis(("personeelskosten       = 25_000",
                                                               'personeelskosten = "1.250"')),
         "[wijziging] personeelskosten: '1.250' is ambiguous: a dot before exactly three digits reads as a Dutch "
         "thousands separator; write 1250 or 1_250, or 1.2500 for decimals"),
    Case("figure-dutch-thousands-unquoted", leerhuis(("personeelskosten       = 25_000", "personeelskosten = 1.000")),
         "[wijziging] personeelskosten: 1.000 is ambiguous: a dot before exactly three digits reads as a Dutch "
         "thousands separator; write 1000 or 1_000"),
    Case("figure-comma", leerhuis(("personeelskosten       = 25_000", 'personeelskosten = "25,5"')),
         "[wijziging] personeelskosten: '25,5' has a comma; in a spec the dot is the decimal sign"),
    Case("figure-31-digits", leerhuis(("personeelskosten       = 25_000", "personeelskosten = " + "9" * 31)),
         f"[wijziging] personeelskosten: {'9' * 31} has more than 15 significant digits"),
    Case("figure-20-digit-text", leerhuis(("personeelskosten       = 25_000", 'personeelskosten = "0.12345678901234567890"')),
         "'0.12345678901234567890' has more than 15 significant digits"),
    Case("figure-too-large", leerhuis(("personeelskosten       = 25_000", "personeelskosten = 99_000_000_000_000")),
         "beyond what a workbook holds to the cent"),
    Case("figure-bool", leerhuis(("personeelskosten       = 25_000", "personeelskosten = true")),
         "[wijziging] personeelskosten: true is not a number"),
    Case("figure-nan", leerhuis(("personeelskosten       = 25_000", "personeelskosten = nan")),
         "[wijziging] personeelskosten: nan is not a finite number"),
    Case("figure-table", leerhuis(("personeelskosten       = 25_000", "personeelskosten = {a = 1}")),
         "[wijziging.personeelskosten]: must be a number, got a section (table)"),
    Case("figure-sub-cent", leerhuis(("personeelskosten       = 25_000", 'personeelskosten = "25000.001"')),
         "[wijziging] personeelskosten: 25000.001 has more than two decimals; amounts are euros and cents"),
    Case("figure-tiny-float", leerhuis(("personeelskosten       = 25_000", "personeelskosten = 1e-301")),
         "has more than two decimals"),
    Case("figure-date", leerhuis(("personeelskosten       = 25_000", "personeelskosten = 2021-01-01")),
         "[wijziging] personeelskosten: 2021-01-01 is a date or time, not a number"),
    Case("figure-exponent", leerhuis(("personeelskosten       = 25_000", 'personeelskosten = "2.5e4"')),
         "written with an exponent"),
    Case("figure-in-list", leerhuis(("rijksbijdrage            = [-138_000", 'rijksbijdrage = ["veel"')),
         "[begroting] rijksbijdrage: figure 1 (2021): 'veel' is not a number"),
    Case("begroting-missing", leerhuis(("[begroting]", "[begrotingg]")),
         "unknown section [begrotingg]; did you mean [begroting]?"),
    Case("members-sum", leerhuis(("Eemnes         = [-14_000", "Eemnes         = [-15_000")),
         "bijdrage_gemeente 2021: the members' begroting adds up to EUR -3,795,000.00"),
    Case("members-figures", leerhuis(("Eemnes         = [-14_000, -14_000, -14_000, -14_000]",
                                      "Eemnes         = [-14_000, -14_000]")),
         "[bijdrage_gemeente] Eemnes: 2 figure(s) for 4 year(s)"),
    Case("member-not-in-key", leerhuis(("Eemnes         =", "Baarn          =")),
         "members differ from bijdrage_gemeente: missing Baarn; not a member: Eemnes"),
    # a typo of a gemeente is named as such, at its field, before the members are compared (e71)
    Case("member-typo", leerhuis(("Eemnes         =", "Eemnesss       =")),
         "[bijdrage_gemeente] Eemnesss: 'Eemnesss' is no gemeente of 2021; did you mean 'Eemnes'?"),
    Case("member-written-two-ways-in-key-and-spec", leerhuis(("Eemnes         =", "EEMNES         =")),
         "verdeelsleutel 2021 (verdeelsleutel.csv, kolom bijdrage_2020): 'Eemnes' in the key and 'EEMNES' in "
         "bijdrage_gemeente are the same member written two ways"),
    Case("key-missing-section", leerhuis((KEY_LINES, ""), ("[verdeelsleutel]", "")),
         "section [verdeelsleutel] is missing (needed with [bijdrage_gemeente])"),
    Case("toelichting-number", leerhuis(("[toelichting]\ntekst = [", "[toelichting]\ntekst = 5\nx = [")),
         "[toelichting] tekst: must be text (in quotes) or a list"),
    Case("vaststelling-number", leerhuis(('door = "het algemeen bestuur Regio Gooi en Vechtstreek"', "door = 5")),
         "[vaststelling] door: must be text (in quotes), got whole number 5"),
    Case("toml-syntax", leerhuis(append="\n[[\n"), "TOML syntax error"),
    Case("spec-not-utf8", lambda tmp: own_file(tmp, "oud.toml", 'soort = "café"'.encode("cp1252")),
         "oud.toml: not UTF-8 text"),
    # --- [verdeelsleutel] -------------------------------------------------------------------------
    Case("key-not-found", leerhuis(('bestand = "verdeelsleutel.csv"', 'bestand = "weg.csv"')),
         "[verdeelsleutel] bestand: weg.csv: key file not found"),
    Case("key-is-folder", key_is_folder, "[verdeelsleutel] bestand: map: key file is a folder, not a file"),
    Case("key-symlink-loop", symlink_loop, "lus.csv: key file is a symbolic link that points to itself"),
    Case("key-file-and-weights", leerhuis((KEY_LINES, KEY_LINES + "\ngewichten = {Blaricum = 1}")),
         "[verdeelsleutel]: give either 'bestand' (a key file) or 'gewichten' (member = weight), not both"),
    Case("key-neither", leerhuis((KEY_LINES, 'kolom = "x"')), "found neither"),
    Case("key-kolom-wrong", leerhuis(('kolom = "bijdrage_2020"', 'kolom = "inwoners"')),
         "[verdeelsleutel] kolom: verdeelsleutel.csv: no column 'inwoners' (found: gemeente, bijdrage_2020)"),
    Case("key-kolom-number", leerhuis(('kolom = "bijdrage_2020"', "kolom = 2020")),
         "[verdeelsleutel] kolom: must be text (in quotes), got whole number 2020"),
    Case("key-typo", leerhuis(('kolom = "bijdrage_2020"', 'kollom = "bijdrage_2020"')),
         "[verdeelsleutel]: unknown field 'kollom'; did you mean 'kolom'?"),
    Case("key-xls", leerhuis_key(b"\xd0\xcf\x11\xe0", name="sleutel.xls"),
         "sleutel.xls: .xls files are not read; save it as .xlsx or .csv"),
    Case("key-json", leerhuis_key("{}", name="sleutel.json"), "sleutel.json: a table must be a .csv or .xlsx file"),
    Case("key-year-not-in-jaren", leerhuis((KEY_LINES, ""), ("[verdeelsleutel]", "[verdeelsleutel.2030]\n" + KEY_LINES)),
         "[verdeelsleutel.2030]: 2030 is not one of jaren"),
    Case("key-year-missing", leerhuis((KEY_LINES, ""), ("[verdeelsleutel]", "[verdeelsleutel.2021]\n" + KEY_LINES)),
         "[verdeelsleutel]: no key for 2022 (give [verdeelsleutel.2022])"),
    Case("key-weights-negative", leerhuis((KEY_LINES, "gewichten = {" + ", ".join(
        f'"{n}" = {-1 if n == "Laren" else 5}' for n in NAMES) + "}")),
         "[verdeelsleutel.gewichten] Laren: must not be negative, got -1"),
    Case("key-weights-dutch-thousands-unquoted", leerhuis((KEY_LINES, "gewichten = {" + ", ".join(
        f'"{n}" = {"5.952" if n == "Blaricum" else "5.5"}' for n in NAMES) + "}")),
         "[verdeelsleutel.gewichten] Blaricum: 5.952 is ambiguous"),
    Case("key-weights-comma", leerhuis((KEY_LINES, "gewichten = {" + ", ".join(
        f'"{n}" = "5,952"' for n in NAMES) + "}")), "'5,952' has a comma"),
    Case("key-fixed-text", leerhuis((KEY_LINES, KEY_LINES + '\nvast_per_gemeente = "veel"')),
         "[verdeelsleutel] vast_per_gemeente: 'veel' is not a number"),
    # --- key files --------------------------------------------------------------------------------
    Case("key-dutch-ambiguous", leerhuis_key("gemeente;bijdrage_2020\n" + "".join(
        f"{n};{'5.95' if n == 'Huizen' else w}\n" for n, w in GOOD_WEIGHTS.items())),
         "verdeelsleutel.csv, row 6, column 'bijdrage_2020': '5.95' is not a number in the Dutch convention"),
    Case("key-comma-unquoted-decimal", leerhuis_key("gemeente,bijdrage_2020\n" + "".join(
        f"{n},{'4,7' if n == 'Eemnes' else w}\n" for n, w in GOOD_WEIGHTS.items())),
         "verdeelsleutel.csv, row 3: 3 fields, but the header (row 1) has 2 (a decimal comma in a comma CSV?"),
    Case("key-comma-quoted-ambiguous", leerhuis_key("gemeente,bijdrage_2020\n" + "".join(
        f'{n},"{"5,952" if n == "Gooise Meren" else w}"\n' for n, w in GOOD_WEIGHTS.items())),
         "row 4, column 'bijdrage_2020': '5,952' is ambiguous in a comma CSV"),
    Case("key-total-row", leerhuis_key("Gemeente;Inwoners;;\nBlaricum;1.010;;\nEemnes;932;;\n;;;\nTotaal;1.942;;\n",
                                       kolom=None),
         "verdeelsleutel.csv, row 5, column 'Gemeente': 'Totaal' is a total, not a member; "
         "remove the total row"),
    Case("key-subtotal-row", leerhuis_key(LEERHUIS_KEY + " SubTotaal ,5\n"),
         "'SubTotaal' is a total, not a member; remove the total row"),
    Case("key-duplicate-member", leerhuis_key(LEERHUIS_KEY + "Eemnes,5\n"),
         "verdeelsleutel.csv, row 10, column 'gemeente': member 'Eemnes' appears twice (first at row 3, column 'gemeente')"),
    # --- one member written two ways (issue 24): case, spaces, Unicode forms, invisible characters, accents
    Case("key-member-case", leerhuis_key(LEERHUIS_KEY + "LAREN,5\n"),
         "row 10, column 'gemeente': member 'LAREN' appears twice: it is the same member as 'Laren' (row 7"),
    Case("key-member-spaces", leerhuis_key(LEERHUIS_KEY + "Gooise  Meren,5\n"),
         "member 'Gooise  Meren' appears twice: it is the same member as 'Gooise Meren' (row 4"),
    Case("key-member-nbsp", leerhuis_key(LEERHUIS_KEY + "Gooise\u00a0Meren,5\n"),
         "it is the same member as 'Gooise Meren' (row 4"),
    Case("key-member-zero-width", leerhuis_key(LEERHUIS_KEY + "Laren\u200b,5\n"),
         "member 'Laren<U+200B>' appears twice: it is the same member as 'Laren' (row 7"),
    Case("key-member-full-width", leerhuis_key(LEERHUIS_KEY + "\uff2c\uff41\uff52\uff45\uff4e,5\n"),
         "member '\uff2c\uff41\uff52\uff45\uff4e' appears twice: it is the same member as 'Laren' (row 7"),
    Case("key-member-nfd", leerhuis_key(LEERHUIS_KEY + "S\u00fadwest-Frysl\u00e2n,5\nSu\u0301dwest-Frysla\u0302n,5\n"),
         "row 11, column 'gemeente': member 'Su\u0301dwest-Frysla\u0302n (decomposed Unicode)' appears twice"),
    Case("key-member-accents", leerhuis_key(LEERHUIS_KEY + "S\u00fadwest-Frysl\u00e2n,5\nSudwest-Fryslan,5\n"),
         "row 11, column 'gemeente': 'Sudwest-Fryslan' differs from 'S\u00fadwest-Frysl\u00e2n' (row 10, column "
         "'gemeente') only by accents; probably the same member"),
    Case("key-total-gemeenten", leerhuis_key(LEERHUIS_KEY + "Totaal gemeenten,27000\n"),
         "row 10, column 'gemeente': 'Totaal gemeenten' is a total, not a member"),
    Case("key-total-colon", leerhuis_key(LEERHUIS_KEY + "Totaal:,27000\n"), "'Totaal:' is a total, not a member"),
    Case("key-generaal-totaal", leerhuis_key(LEERHUIS_KEY + "GENERAAL TOTAAL,27000\n"),
         "'GENERAAL TOTAAL' is a total, not a member"),
    Case("key-som", leerhuis_key(LEERHUIS_KEY + "Som.,27000\n"), "'Som.' is a total, not a member"),
    Case("key-weights-total", leerhuis((KEY_LINES, "gewichten = {" + ", ".join(
        f'"{n}" = 1' for n in NAMES) + ', Totaal = 8}')),
         "[verdeelsleutel.gewichten] Totaal: 'Totaal' is a total, not a member"),
    Case("key-weights-case", leerhuis((KEY_LINES, "gewichten = {" + ", ".join(
        f'"{n}" = 1' for n in NAMES) + ', LAREN = 8}')),
         "[verdeelsleutel.gewichten] LAREN: member 'LAREN' appears twice: it is the same member as 'Laren'"),
    Case("bijdrage-member-case", leerhuis(("Wijdemeren     = [", "WIJDEMEREN = [1, 1, 1, 1]\nWijdemeren     = [")),
         "[bijdrage_gemeente] Wijdemeren: member 'Wijdemeren' appears twice: it is the same member as 'WIJDEMEREN'"),
    # --- figures read two ways, hidden or binary (issue 24) -----------------------------------------
    Case("key-nul-after-4kb", leerhuis_key(LEERHUIS_KEY.encode() + b"Zandvoort,1\n" * 500 + b"Zeist,1\x00\n"),
         "verdeelsleutel.csv: not a text file (UTF-16 or binary: byte 6,139 is a NUL)"),
    Case("key-comma-dutch-group", leerhuis_key(LEERHUIS_KEY.replace("1010", "1.010").replace("5952", "5.952")),
         "verdeelsleutel.csv, row 2, column 'bijdrage_2020': '1.010' is ambiguous beside whole numbers such as "
         "'932' (row 3)"),
    Case("key-semicolon-english-group", leerhuis_key(
        LEERHUIS_KEY.replace(",", ";").replace("1010", "1.010").replace("1950", "1,950")),
         "verdeelsleutel.csv, row 8, column 'bijdrage_2020': '1,950' is ambiguous beside whole numbers such as "
         "'1.010' (row 2): in a semicolon CSV the comma is the decimal sign, so it reads as 1,950, but it looks "
         "like an English thousands separator (1950); write 1950 (or 1,95 if decimals are meant)"),
    Case("key-xlsx-hidden-row", xlsx_key(hidden_row),
         "sleutel.xlsx, sheet 'Blad1', row 4: the row is hidden but holds values"),
    Case("key-xlsx-hidden-column", xlsx_key(hidden_column),
         "sleutel.xlsx, sheet 'Blad1', column C: the column is hidden but holds values"),
    Case("key-xlsx-percent-mixed", xlsx_key(percent_mixed),
         "sleutel.xlsx, sheet 'Blad1', column 'inwoners': cell B2 is formatted as a percentage (Excel holds 4.7% as "
         "0.047) and cell B3 is not"),
    Case("key-xlsx-encrypted", leerhuis_key(encrypted_workbook(), name="geheim.xlsx", kolom="inwoners"),
         "geheim.xlsx: the workbook is protected with a password: save it without one"),
    Case("key-xlsx-old-xls-renamed", leerhuis_key(OLE_MAGIC + b"\x00" * 600, name="oud.xlsx", kolom="inwoners"),
         "oud.xlsx: an old Excel 97-2003 (.xls) file; save it as .xlsx"),
    # --- texts and computed cells (issue 24) --------------------------------------------------------
    Case("titel-too-long", leerhuis(('titel = "Regionaal Leerhuis"', 'titel = "' + "x" * 40_000 + '"')),
         "[algemeen] titel: 40,000 characters; a workbook cell holds at most 32,767 (Excel's limit): shorten it"),
    Case("toelichting-too-long", leerhuis(('tekst = [', 'tekst = [\n  "' + "y" * 32_768 + '",')),
         "[toelichting] tekst (item 1): 32,768 characters; a workbook cell holds at most 32,767"),
    Case("nummer-empty", leerhuis(('nummer = "2021-03"', 'nummer = ""')), "[algemeen] nummer: is empty; fill it in"),
    Case("titel-blank", leerhuis(('titel = "Regionaal Leerhuis"', 'titel = "   "')),
         "[algemeen] titel: holds no visible character (only spaces or invisible characters); fill it in"),
    Case("titel-zero-width-space", leerhuis(('titel = "Regionaal Leerhuis"', 'titel = "\\u200b"')),
         "[algemeen] titel: holds no visible character (only spaces or invisible characters); fill it in (got '\\u200b')"),
    Case("nummer-byte-order-mark", leerhuis(('nummer = "2021-03"', 'nummer = "\\ufeff "')),
         "[algemeen] nummer: holds no visible character"),
    Case("key-xlsx-formula-shares", xlsx_key(formula_shares, patch=stored_shares),
         "sleutel.xlsx, sheet 'Blad1', cell B2: 0.3333333333333333 has more than 15 significant digits; a workbook "
         "holds at most 15 exactly; the cell computes =C2/SUM(C$2:C$4): give the key the figures the shares are "
         "computed from (kolom = that column), or paste the shares as values rounded to at most 9 decimals"),
    Case("key-weights-too-many-digits", leerhuis_key(LEERHUIS_KEY.replace("Laren,1150", "Laren,123456789012345")),
         "the weights of verdeelsleutel.csv, kolom bijdrage_2020 are too large (Laren: 123456789012345, 15 digits "
         "before the decimal sign); with this amount the split is beyond what Excel's formulas compute exactly (about "
         "15 digits): give the weights in fewer significant digits"),
    Case("key-inline-weights-too-many-digits", leerhuis((KEY_LINES, "gewichten = {" + ", ".join(
        f'"{n}" = {987654321098765 if n == "Huizen" else 1}' for n in NAMES) + "}")),
         "[verdeelsleutel.gewichten] are too large (Huizen: 987654321098765, 15 digits before the decimal sign)"),
    Case("key-negative", leerhuis_key(LEERHUIS_KEY.replace("Laren,1150", "Laren,-5")),
         "verdeelsleutel.csv, row 7, column 'bijdrage_2020': the weight is negative: -5"),
    Case("key-empty-weight", leerhuis_key(LEERHUIS_KEY.replace("Laren,1150", "Laren,")),
         "verdeelsleutel.csv, row 7, column 'bijdrage_2020': the weight is empty"),
    Case("key-empty-member", leerhuis_key(LEERHUIS_KEY.replace("Laren,1150", ",1150")),
         "verdeelsleutel.csv, row 7, column 'gemeente': the member name is empty"),
    Case("key-no-member-column", leerhuis_key(LEERHUIS_KEY.replace("gemeente,", "plaats,")),
         "verdeelsleutel.csv: no member column; name one 'gemeente'"),
    Case("key-empty-file", leerhuis_key(""), "verdeelsleutel.csv: the file is empty"),
    Case("key-header-only", leerhuis_key("gemeente,bijdrage_2020\n"), "no rows below the header (row 1)"),
    Case("key-euro-sign", leerhuis_key(LEERHUIS_KEY.replace("Laren,1150", "Laren,€1150")),
         "'€1150' holds a currency or percent sign"),
    Case("key-percent-sign", leerhuis_key("gemeente;bijdrage_2020\n" + "".join(
        f"{n};{w}%\n" for n, w in GOOD_WEIGHTS.items())), "holds a currency or percent sign"),
    Case("key-exponent", leerhuis_key(LEERHUIS_KEY.replace("Laren,1150", "Laren,1.15E+03")),
         "written with an exponent"),
    Case("key-one-line-3mb", leerhuis_key("gemeente,bijdrage_2020," + "9" * 3_000_000),
         "row 1: a line of more than 20,000 characters"),
    Case("key-unclosed-quote", leerhuis_key('gemeente,bijdrage_2020\n"Blaricum,1010\n'),
         "verdeelsleutel.csv: a quote (\") is opened but never closed"),
    Case("key-200k-rows", leerhuis_key("gemeente,bijdrage_2020\n" + "Blaricum,1\n" * 200_000),
         "verdeelsleutel.csv: 200,001 lines; at most 100,000 rows are read"),
    Case("key-xlsx-date", xlsx_key(rows(["gemeente", "inwoners"], ["Blaricum", datetime.date(2024, 1, 1)])),
         "sleutel.xlsx, sheet 'Blad1', cell B2: 2024-01-01 00:00:00 is a date or time, not a number"),
    Case("key-binary", leerhuis_key(b"\x00\x01\x02gemeente"), "not a text file"),
    Case("key-utf16", leerhuis_key(LEERHUIS_KEY.encode("utf-16")), "not a text file (UTF-16 or binary: byte 4 is a NUL)"),
    Case("key-duplicate-header", leerhuis_key("gemeente,bijdrage_2020,bijdrage_2020\nBlaricum,1,2\n"),
         "column 'bijdrage_2020' appears twice (columns 2 and 3)"),
    Case("key-data-after-footer", leerhuis_key(LEERHUIS_KEY.replace("Laren,1150\n", "Bron: CBS\nLaren,1150\n")),
         "a table row after the footer line (row 7: 'Bron: CBS')"),
    Case("key-all-zero", leerhuis_key(members_key({n: 0 for n in NAMES}), kolom="inwoners"),
         "every weight is zero; nothing to split by"),
    Case("key-two-weight-columns", leerhuis_key("gemeente,a,b\nBlaricum,1,2\n", kolom=None),
         "say which column holds the weights (kolom = ...); found: a, b"),
    Case("key-inwoners-and-another-column", leerhuis_key("gemeente;woningen;inwoners\nBlaricum;5.100;11.867\n", kolom=None),
         "say which column holds the weights (kolom = ...); found: woningen, inwoners"),
    Case("key-too-many-members", leerhuis_key(many_members(1001), kolom="inwoners"), "more than 1000 members"),
    Case("key-several-periods", leerhuis_key(
        "Bevolkingsontwikkeling; regio per maand\n\"Regio's\";\"Perioden\";\"inwoners\"\n\"Blaricum\";\"2023\";\"11 867\"\n"
        "\"Blaricum\";\"2024\";\"12 093\"\n", kolom=None), "several periods (2023, 2024); say which one (periode = ...)"),
    Case("key-period-wrong", leerhuis_key(
        "Bevolkingsontwikkeling; regio per maand\n\"Regio's\";\"Perioden\";\"inwoners\"\n\"Blaricum\";\"2023\";\"11 867\"\n"
        "\"Blaricum\";\"2024\";\"12 093\"\n", kolom=None, extra='periode = "2022"'),
         "[verdeelsleutel] periode: verdeelsleutel.csv: no rows for period '2022' (periods: 2023, 2024)"),
    Case("key-period-without-column", leerhuis_key(LEERHUIS_KEY, extra='periode = "2024"'),
         "periode = '2024' given, but the file has no period column"),
    Case("key-xlsx-error-cell", xlsx_key(error_cell), "sleutel.xlsx, sheet 'Blad1', cell B4: an error value (#DIV/0!)"),
    Case("key-xlsx-uncached-formula", xlsx_key(uncached_formula),
         "sleutel.xlsx, sheet 'Blad1', cell B3: a formula without a stored value"),
    Case("key-xlsx-text-number", xlsx_key(rows(["gemeente", "inwoners"], *[[n, "5.952"] for n in NAMES])),
         "sleutel.xlsx, sheet 'Blad1', cell B2: '5.952' is text, not a number; type it as a number"),
    Case("key-xlsx-wrong-sheet", xlsx_key(rows(["gemeente", "inwoners"]), extra='blad = "Inwoners"'),
         "sleutel.xlsx: no sheet 'Inwoners' (sheets: Blad1)"),
    Case("key-xlsx-corrupt", leerhuis_key("gemeente,inwoners\n", name="kapot.xlsx", kolom="inwoners"),
         "kapot.xlsx: not an .xlsx workbook (the file is not a zip package)"),
    Case("key-xlsx-bomb", leerhuis_key(zip_bomb(), name="bom.xlsx", kolom="inwoners"),
         "bom.xlsx: refused: part xl/worksheets/sheet1.xml unpacks to 210,000,000 bytes"),
    Case("key-xlsx-value-without-header", xlsx_key(rows(["gemeente", "inwoners"], ["Blaricum", 1, "x"])),
         "cell C2: a value in a column without a header"),
    # --- the kostenverdeling spec -----------------------------------------------------------------
    Case("section-bedragen", mlw(("[[bedrag]]", "[[bedragen]]")),
         "unknown section [[bedragen]]; did you mean [[bedrag]]?"),
    Case("percentage-typo", mlw(("bedrag = 36500", "percentge = 10")),
         "[onvoorzien]: unknown field 'percentge'; did you mean 'percentage'?"),
    Case("percentage-500", mlw(("bedrag = 36500", "percentage = 500")),
         "[onvoorzien] percentage: must be between 0 and 100 (5 = 5%), got 500"),
    Case("percentage-and-bedrag", mlw(("bedrag = 36500", "bedrag = 36500\npercentage = 5")),
         "[onvoorzien]: give 'percentage' or 'bedrag', not both"),
    Case("formatie-number", lambda tmp: own_file(tmp, "f.toml", 'soort = "kostenverdeling"\nformatie = 5\n'
                                                 '[algemeen]\ntitel = "x"\njaren = [2020]\n[verdeelsleutel.gewichten]\nA = 1\n'),
         "f.toml formatie: must be a list [...], got whole number 5"),
    Case("formatie-scale-unknown", mlw(("schaal = 12\nfte = \"1.00\"", "schaal = 13\nfte = \"1.00\"")),
         "[[formatie]] row 1 schaal: scale 13 is not in the rates table"),
    Case("formatie-fte-negative", mlw(('fte = "0.50"', 'fte = "-0.50"')),
         "[[formatie]] row 4 fte: must not be negative, got -0.50"),
    Case("formatie-jaren-number", mlw(('fte = "0.50"', 'fte = "0.50"\njaren = 2018')),
         "[[formatie]] row 4 jaren: must be a list such as [2021, 2022], got whole number 2018"),
    Case("formatie-jaren-unknown", mlw(('fte = "0.50"', 'fte = "0.50"\njaren = [2030]')),
         "[[formatie]] row 4 jaren: year(s) 2030 are not in [algemeen] jaren"),
    Case("formatie-functie-missing", mlw(('functie = "Beleid Wmo"\n', "")),
         "[[formatie]] row 2: field 'functie' is missing"),
    Case("decimalen-3", mlw(("decimalen = 2", "decimalen = 3")), "[algemeen] decimalen: must be at most 2, got 3"),
    Case("groepen-number", mlw(("Weert = 48", "Weert = 48\n\n[verdeelsleutel.groepen]\nWest = 5")),
         "[verdeelsleutel.groepen] West: must be a list [...], got whole number 5"),
    Case("groepen-unknown-member", mlw(("Weert = 48", "Weert = 48\n\n[verdeelsleutel.groepen]\n"
                                                      'West = ["Weert", "Roermond"]')),
         "[verdeelsleutel.groepen] West: verdeelsleutel: group 'West' names unknown member(s): Roermond"),
    Case("groepen-member-twice", mlw(("Weert = 48", "Weert = 48\n\n[verdeelsleutel.groepen]\n"
                                                    'West = ["Weert", "Weert"]')),
         "[verdeelsleutel.groepen] West: Weert named twice"),
    Case("capaciteit-negative", mlw(append='\n[[capaciteit]]\nnaam = "Weert"\nuren_per_week = -3\nuurtarief = 85\n'),
         "[[capaciteit]] row 1 uren_per_week: must not be negative, got -3"),
    Case("capaciteit-200-hours", mlw(append='\n[[capaciteit]]\nnaam = "Weert"\nuren_per_week = 200\nuurtarief = 85\n'),
         "[[capaciteit]] row 1 uren_per_week: more hours than a week has (168), got 200"),
    Case("no-cost-lines", lambda tmp: own_file(tmp, "leeg.toml", 'soort = "kostenverdeling"\n[algemeen]\ntitel = "x"\n'
                                               'jaren = [2020]\n[verdeelsleutel.gewichten]\nA = 1\n'),
         "leeg.toml: no cost lines; give [[formatie]] or [[bedrag]] rows"),
    Case("rates-missing", mlw(("[[formatie]]", '[tarieven]\nbestand = "weg.csv"\n\n[[formatie]]')),
         "[tarieven] bestand: weg.csv: rates file not found"),
    Case("rates-duplicate-scale", rates_file("schaal,kosten_per_fte\n8,65000\n10,80000\n11,90000\n11,1\n12,100000\n"),
         "tarieven.csv, row 5: scale 11 appears twice (rows 4 and 5)"),
    Case("rates-dutch-ambiguous", rates_file("schaal;kosten_per_fte\n8;65.00\n"),
         "tarieven.csv, row 2, column 'kosten_per_fte': '65.00' is not a number in the Dutch convention"),
    Case("rates-inline-bad-scale", mlw(("[[formatie]]", '[tarieven.tarieven]\n"tien" = 80000\n\n[[formatie]]')),
         "[tarieven.tarieven] tien: a salary scale must be a whole number"),
    Case("rates-both", mlw(("[[formatie]]", '[tarieven]\nbestand = "x.csv"\ntarieven = {"8" = 1}\n\n[[formatie]]')),
         "[tarieven]: give either 'bestand' or 'tarieven', not both"),
    # --- the command line -------------------------------------------------------------------------
    Case("cli-folder-without-specs", folder_without_specs, "leeg: no specs (.toml files or input workbooks) in this folder"),
    Case("cli-folder-encrypted-workbook", folder_with_encrypted_workbook,
         "invoer-2.xlsx: the workbook is protected with a password: save it without one"),
    Case("cli-missing-path", lambda tmp: ["generate", str(tmp / "weg.toml")], "weg.toml: no such file or folder"),
    Case("cli-out-is-a-file", out_is_a_file, "out.xlsx is a file, not a folder"),
    Case("cli-jobs-zero", lambda tmp: ["generate", str(spec(tmp, LEERHUIS)), "--jobs", "0"],
         "argument --jobs: must be at least 1, got 0", 2),
    Case("cli-jobs-text", lambda tmp: ["generate", str(spec(tmp, LEERHUIS)), "--jobs", "twee"],
         "argument --jobs: must be a whole number, got 'twee'", 2),
    Case("cli-unknown-option", lambda tmp: ["generate", str(spec(tmp, LEERHUIS)), "--per-gemeente"],
         "unrecognized arguments: --per-gemeente", 2),
    Case("cli-no-spec", lambda tmp: ["generate"], "the following arguments are required: SPEC", 2),
    Case("cli-per-member-kostenverdeling", lambda tmp: ["generate", str(spec(tmp, MLW)), "--per-member"],
         "--per-member makes a bijdrageoverzicht per member of a begrotingswijziging; this is a kostenverdeling", 2),
    Case("cli-key-on-kostenverdeling", lambda tmp: ["generate", str(spec(tmp, MLW)), "--key",
                                                    own_file(tmp, "k.csv", LEERHUIS_KEY)[1]], "--key applies to begrotingswijziging specs only", 2),
    Case("cli-key-folder", lambda tmp: ["generate", str(spec(tmp, LEERHUIS)), "--key", str(tmp)],
         "is a folder, not a file"),
    Case("cli-key-missing", lambda tmp: ["generate", str(spec(tmp, LEERHUIS)), "--key", str(tmp / "weg.csv")],
         "weg.csv: file not found"),
    Case("cli-key-ambiguous", key_option("gemeente;inwoners\nBlaricum;5.95\n"),
         "--key nieuw.csv, row 2, column 'inwoners': '5.95' is not a number in the Dutch convention"),
]


def failed_lines(printed: str) -> list[str]:
    """The problems of a run's 'failed:' lines, each from the file's name on (without its folder): a problem that
    names the file goes on from the path ('failed: /tmp/x/spec.toml: TOML syntax error ...')."""
    return [re.sub(r"^\S*[/\\]", "", line.split(": ", 1)[1]) for line in printed.splitlines()
            if line.strip().startswith(("failed:", "mislukt:"))]


def test_at_least_eighty_distinct_cases():
    assert len(CASES) >= 80
    assert len({c.name for c in CASES}) == len(CASES)
    assert len({c.fragment for c in CASES}) >= 80


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case: Case, tmp_path, capsys):
    work = tmp_path / "in"
    work.mkdir()
    argv = case.build(work)
    out = tmp_path / "out"
    if "--out" not in argv and argv != ["generate"]:
        argv = [*argv, "--out", str(out)]
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    try:
        code = cli.main(argv)
    except SystemExit as stop:  # argparse's usage errors
        code = stop.code
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert code == case.code, text
    assert case.fragment in text, text
    assert "Traceback" not in text and "unexpected error" not in text, text
    assert not out.exists()  # nothing written
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


# --- the same suite in Dutch -----------------------------------------------------------------------------
# Each case runs again with --lang nl: the same exit code, nothing written, no traceback, the same places named
# (file names, [sections], cells, quoted values), and no English word left in what the officer reads. The English
# run must hold no Dutch-only word. Limits: a word list, not a grammar: it catches a message left untranslated
# or half-translated, not a poor translation; text the user typed (quoted, file names, [sections], options) and
# text from outside pyengine (the operating system's reason, TOML's syntax error) are not ours to translate.

ENGLISH_WORDS = frozenset(
    "the and not must got give expected found missing file folder sheet row column cell number cannot only with "
    "without which this that amount member members key written failed unchanged error empty negative between "
    "least most year years figure unknown field section than more but should does has have twice each every for "
    "from or an no be are was use save write type text name names value values when there it its at to by".split())
DUTCH_ONLY_WORDS = frozenset(
    "maar niet geen moet het een zijn rij rijen deelnemer deelnemers werkmap ontbreekt verwacht mislukt geschreven "
    "ongewijzigd schrijf gevonden staat kreeg waarde getal leeg dubbelzinnig allebei".split())
# Messages from outside pyengine, shown as they come (named so that a new exception is a decision, not a leak).
# tomllib's description of a syntax error is no longer one: the errors it gives are explained in our words.
FOREIGN: dict[str, str] = {}


def _our_words(text: str) -> list[str]:
    """The words of pyengine's own text: without quoted values, paths, file names, [sections] and --options."""
    text = re.sub(r"(?<![A-Za-z])'[^'\n]*'|\"[^\"\n]*\"", " ", text)  # not the ' of Excel's
    text = re.sub(r"\[\[?[^\]\n]*\]?\]", " ", text)
    text = re.sub(r"\S*[/\\]\S*|\S+\.(toml|csv|xlsx|xlsm|xls|txt)\b|--[\w-]+|\bpyengine \w+", " ", text)
    return re.findall(r"[a-zA-Z\u00C0-\u017F]+", text.lower())


def _places(text: str) -> set[str]:
    """What a message names that must survive translation: file names, [sections], quoted values, cells."""
    found = set(re.findall(r"[\w.-]+\.(?:toml|csv|xlsx)\b", text))
    found |= set(re.findall(r"\[\[?[^\]\n]*\]?\]", text))
    found |= {quoted.split(" (")[0] for quoted in re.findall(r"(?<![A-Za-z])'[^'\n]*'", text)}  # a note in brackets is text
    found |= set(re.findall(r"\b[A-Z]{1,2}[0-9]{1,5}\b", text))
    return found


def _run(case: Case, tmp_path: Path, capsys, lang: str) -> tuple[int, str, Path]:
    work = tmp_path / lang / "in"
    work.mkdir(parents=True)
    argv = case.build(work)
    out = tmp_path / lang / "out"
    if "--out" not in argv and argv != ["generate"]:
        argv = [*argv, "--out", str(out)]
    try:
        code = cli.main(["--lang", lang, *argv])
    except SystemExit as stop:
        code = stop.code
    captured = capsys.readouterr()
    return code, (captured.out + captured.err).replace(str(tmp_path / lang), "<tmp>"), out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_in_dutch_and_english(case: Case, tmp_path, capsys):
    code_en, english, _out = _run(case, tmp_path, capsys, "en")
    code_nl, dutch, out = _run(case, tmp_path, capsys, "nl")
    assert code_en == code_nl == case.code, dutch
    assert case.fragment in english
    assert "Traceback" not in dutch and "onverwachte fout" not in dutch, dutch
    assert not out.exists()
    assert dutch != english, "the message was not translated"
    assert _places(english) <= _places(dutch) | {"'..."}, (english, dutch)
    if case.name not in FOREIGN:
        assert sorted(set(_our_words(dutch)) & ENGLISH_WORDS) == [], dutch
    assert sorted(set(_our_words(english)) & DUTCH_ONLY_WORDS) == [], english


# Figures inside a Dutch message are written the Dutch way (i18n.number), never 6,139 or 0.047 beside Dutch words.
DUTCH_FIGURES = {
    "key-nul-after-4kb": "byte 6.139 is een NUL",
    "titel-too-long": "40.000 tekens; een cel in een werkmap bevat er hoogstens 32.767",
    "key-xlsx-percent-mixed": "Excel bewaart 4,7% als 0,047",
    "key-xlsx-bomb": "210.000.000",
}


@pytest.mark.parametrize("name", sorted(DUTCH_FIGURES))
def test_figures_in_a_dutch_message_are_written_the_dutch_way(name, tmp_path, capsys):
    case = next(c for c in CASES if c.name == name)
    _code, dutch, _out = _run(case, tmp_path, capsys, "nl")
    assert DUTCH_FIGURES[name] in dutch, dutch


# --- every bad row of a key file at once (one run, not one run per row) ----------------------------------------

THREE_BAD_ROWS = "gemeente;bijdrage_2020\nBlaricum;€ 12\nEemnes;932\nGooise Meren;\nHilversum;1.010\nTotaal;7,7\n"


@pytest.mark.parametrize("lang, lines", [
    ("en", ["begrotingswijziging-2021-03.toml [verdeelsleutel] bestand: verdeelsleutel.csv, row 2, column "
            "'bijdrage_2020': '€ 12' holds a currency or percent sign; write the number only",
            "begrotingswijziging-2021-03.toml [verdeelsleutel] bestand: verdeelsleutel.csv, row 4, column "
            "'bijdrage_2020': the weight is empty",
            "begrotingswijziging-2021-03.toml [verdeelsleutel] bestand: verdeelsleutel.csv, row 6, column 'gemeente': "
            "'Totaal' is a total, not a member; remove the total row (or rename it if it is a member)"]),
    ("nl", ["begrotingswijziging-2021-03.toml [verdeelsleutel] bestand: verdeelsleutel.csv, rij 2, kolom "
            "'bijdrage_2020': '€ 12' bevat een valuta- of procentteken; schrijf alleen het getal",
            "begrotingswijziging-2021-03.toml [verdeelsleutel] bestand: verdeelsleutel.csv, rij 4, kolom "
            "'bijdrage_2020': gewicht is leeg",
            "begrotingswijziging-2021-03.toml [verdeelsleutel] bestand: verdeelsleutel.csv, rij 6, kolom 'gemeente': "
            "'Totaal' is een totaal, geen deelnemer; verwijder de totaalregel (of geef hem een andere naam als het "
            "een deelnemer is)"]),
])
def test_a_key_file_with_three_bad_rows_names_all_three_in_one_run(lang, lines, tmp_path, capsys):
    work = tmp_path / "in"
    work.mkdir()
    argv = leerhuis_key(THREE_BAD_ROWS)(work)
    out = tmp_path / "out"
    code = cli.main(["--lang", lang, *argv, "--out", str(out)])
    text = capsys.readouterr().out
    failed = failed_lines(text)
    assert code == 1, text
    assert failed == lines, text
    assert not out.exists()


def test_a_key_option_with_three_bad_rows_names_all_three(tmp_path, capsys):
    (tmp_path / "nieuw.csv").write_text(THREE_BAD_ROWS, encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["--lang", "en", "generate", str(LEERHUIS), "--key", str(tmp_path / "nieuw.csv"), "--out", str(out)])
    text = capsys.readouterr().out
    assert code == 1, text
    for fragment in ("--key nieuw.csv, row 2, column 'bijdrage_2020': '€ 12' holds a currency",
                     "--key nieuw.csv, row 4, column 'bijdrage_2020': the weight is empty",
                     "--key nieuw.csv, row 6, column 'gemeente': 'Totaal' is a total, not a member"):
        assert fragment in text, text
    assert not out.exists()


# --- TOML syntax errors and a missing 'soort': the place and what is wrong, in the officer's language -------------

TOML_CASES = {
    "syntax": ('soort = "begrotingswijziging"\n[algemeen\nnummer = 1\n',
               "spec.toml: TOML syntax error at line 2, column 10: a section heading lacks its closing ']' (write "
               "[name] on a line of its own)",
               "spec.toml: TOML-syntaxfout op regel 2, kolom 10: de kop van een sectie mist de sluitende ']' "
               "(schrijf [naam] op een eigen regel)"),
    "twice": ('soort = "begrotingswijziging"\n[algemeen]\nnummer = "1"\nnummer = "2"\n',
              "spec.toml: TOML syntax error at line 4, column 13: 'nummer' is given twice (a field, or a section of "
              "that name); give each field once",
              "spec.toml: TOML-syntaxfout op regel 4, kolom 13: 'nummer' staat er twee keer (als veld, of als sectie "
              "met die naam); geef elk veld één keer"),
    "twice-at-the-end": ('soort = "begrotingswijziging"\n[algemeen]\nnummer = "1"\nnummer = "2"',
                         "spec.toml: TOML syntax error at the end of the file: 'nummer' is given twice",
                         "spec.toml: TOML-syntaxfout aan het eind van het bestand: 'nummer' staat er twee keer"),
    "section-twice": ('soort = "begrotingswijziging"\n[algemeen]\ntitel = "x"\n[algemeen]\n',
                      "spec.toml: TOML syntax error at line 4, column 10: section [algemeen] appears twice; put its "
                      "fields under one heading",
                      "spec.toml: TOML-syntaxfout op regel 4, kolom 10: sectie [algemeen] staat er twee keer; zet "
                      "haar velden onder één kop"),
    "windows-path": ('soort = "begrotingswijziging"\n[verdeelsleutel]\nbestand = "C:\\map\\s.csv"\n',
                     "spec.toml: TOML syntax error at line 3, column 16: a backslash (\\) in a text between double "
                     "quotes",
                     "spec.toml: TOML-syntaxfout op regel 3, kolom 16: een backslash (\\) in een tekst tussen "
                     "dubbele aanhalingstekens"),
    "windows-users-path": ('soort = "begrotingswijziging"\n[verdeelsleutel]\nbestand = "C:\\Users\\piet\\s.csv"\n',
                           "spec.toml: TOML syntax error at line 3, column 16: a backslash (\\) in a text between "
                           "double quotes",
                           "spec.toml: TOML-syntaxfout op regel 3, kolom 16: een backslash (\\) in een tekst tussen "
                           "dubbele aanhalingstekens"),
    "text-without-quotes": ('soort = "begrotingswijziging"\n[algemeen]\ntitel = Vechtdal Zorg\n',
                            "spec.toml: TOML syntax error at line 3, column 9: not a value: write a number",
                            "spec.toml: TOML-syntaxfout op regel 3, kolom 9: geen waarde: schrijf een getal"),
    "empty": ("",
              "spec.toml: field 'soort' is missing; give one of begrotingswijziging, kostenverdeling, meerjarenraming, "
              "sleutelvergelijking, afrekening at the top (soort = \"begrotingswijziging\", for example)",
              "spec.toml: veld 'soort' ontbreekt; geef bovenaan een van begrotingswijziging, kostenverdeling, "
              "meerjarenraming, sleutelvergelijking, afrekening (bijvoorbeeld soort = \"begrotingswijziging\")"),
}


@pytest.mark.parametrize("name", sorted(TOML_CASES))
def test_a_toml_syntax_error_names_its_line_and_column_and_is_explained_in_both_languages(name, tmp_path, capsys):
    text, english, dutch = TOML_CASES[name]
    (tmp_path / "spec.toml").write_text(text, encoding="utf-8")
    for lang, expected in (("en", english), ("nl", dutch)):
        out = tmp_path / "out"
        code = cli.main(["--lang", lang, "generate", str(tmp_path / "spec.toml"), "--out", str(out)])
        printed = capsys.readouterr().out
        failed = failed_lines(printed)
        assert code == 1 and len(failed) == 1 and failed[0].startswith(expected), printed
        # the file named once: 'failed: <folder>/spec.toml: TOML syntax error ...', not '... spec.toml: spec.toml: ...'
        assert failed[0].count("spec.toml") == 1 and printed.count("spec.toml") == 1, printed
        assert not out.exists()
        if lang == "nl":
            assert sorted(set(_our_words(failed[0])) & ENGLISH_WORDS) == [], failed[0]
            assert "None" not in failed[0]
