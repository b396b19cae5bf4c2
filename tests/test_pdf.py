"""pyengine pdf (issue 19 point 5): the document sheets printed by LibreOffice with Dutch number formatting,
whatever the machine's locale, read back with pdfplumber: every figure as stored in the workbook, every label
whole, years as 2026, for every kind (begrotingswijziging, bijdrageoverzicht, kostenverdeling, afrekening and its
letter, meerjarenraming, sleutelvergelijking) and every sheet a council reads (Controles and Herkomst after them);
written with the output folder's safety (manifest, no overwrite of a stranger's file)."""

import os
import re
import shutil
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

import pyengine
from pyengine import outfolder
from pyengine.bulk import FAILED, UPDATED, WRITTEN
from pyengine.pdf import printed_sheets

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
pytestmark = pytest.mark.skipif(not HAVE_LIBREOFFICE and os.environ.get("REQUIRE_LIBREOFFICE") != "1",
                                reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")


def run_pdf(*args, lang="en_US.UTF-8"):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": lang, "LC_ALL": lang}
    return subprocess.run([sys.executable, "-m", "pyengine", "pdf", *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=600)


def dutch(value, number_format: str) -> str:
    """A stored number as the document shows it the Dutch way: '#,##0' -> 1.845, '#,##0.00' -> 1.845,00,
    General -> 2026."""
    number = Decimal(str(value))
    decimals = len(number_format.split(".")[1].split(";")[0]) if "." in number_format.split(";")[0] else 0
    grouped = "," in number_format
    if number_format == "General":
        decimals = max(0, -number.normalize().as_tuple().exponent)
    rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    if grouped:
        whole = f"{int(whole):,}".replace(",", ".")
    return sign + whole + ("," + fraction if fraction else "")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    results = pyengine.generate([EXAMPLES / "regionaal-leerhuis", EXAMPLES / "afrekening-peelland"], out,
                                per_member=True)
    results += pyengine.generate([EXAMPLES / "midden-limburg-west", EXAMPLES / "vooruitblik"], out)
    assert all(r.status == WRITTEN for r in results)
    workbooks = [r.path for r in results if not r.member]
    workbooks += [r.path for r in results if r.member in ("Hilversum", "Eemnes", "Asten")]
    assert {r.kind for r in results} >= {"begrotingswijziging", "bijdrageoverzicht", "kostenverdeling", "afrekening",
                                         "meerjarenraming", "sleutelvergelijking"}
    done = run_pdf(*workbooks)
    assert done.returncode == 0, done.stderr
    return out, workbooks


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_the_pdf_holds_every_sheet_a_council_reads_and_no_working_sheet():
    assert printed_sheets(["Overzicht", "Verdeling", "Berekening", "Invoer", "Controles", "Herkomst"]) == [0, 1, 4, 5]
    assert printed_sheets(["Begrotingswijziging", "Berekening", "Invoer", "Controles", "Herkomst", "Grafiek"]) == \
        [0, 3, 4, 5]
    assert printed_sheets(["Brief", "Berekening", "Invoer", "Controles", "Herkomst"]) == [0]  # a letter is a letter
    assert printed_sheets(["Bijdrageoverzicht", "Berekening", "Invoer", "Controles", "Herkomst"]) == [0]


def test_every_figure_and_label_of_the_printed_sheets_is_in_the_pdf_as_stored(printed):
    _out, workbooks = printed
    for workbook in workbooks:
        text = pdf_text(workbook.with_suffix(".pdf"))
        words = set(text.split())
        book = openpyxl.load_workbook(workbook)
        values = openpyxl.load_workbook(workbook, data_only=True)
        sheets = [book.worksheets[i] for i in printed_sheets(book.sheetnames)]
        if book.sheetnames[0] not in ("Brief", "Bijdrageoverzicht"):
            assert {"Controles", "Herkomst"} <= {s.title for s in sheets}, workbook.name
        for sheet in sheets:
            hidden = {r for r, d in sheet.row_dimensions.items() if d.hidden}
            figures = labels = 0
            for row in sheet.iter_rows():
                for cell in row:
                    value = values[sheet.title][cell.coordinate].value
                    if cell.row in hidden or value is None:
                        continue
                    if isinstance(value, bool):  # Controles: WAAR in a Dutch print
                        assert ("WAAR" if value else "ONWAAR") in words, (workbook.name, sheet.title, cell.coordinate)
                        figures += 1
                    elif isinstance(value, (int, float)):
                        shown = dutch(value, cell.number_format)
                        assert shown in words, (workbook.name, sheet.title, cell.coordinate, value, cell.number_format,
                                                shown)
                        figures += 1
                    elif isinstance(value, str) and value.strip():
                        missing = [w for w in value.split() if w not in text]
                        assert not missing, (workbook.name, sheet.title, cell.coordinate, value, missing)
                        labels += 1
            assert figures >= 1 and labels >= 3, (workbook.name, sheet.title)
        # the years as 2026, never 2.026 or 2,026
        assert not re.search(r"\b20[0-9]\.[0-9]{3}\b|\b2,0[0-9]{2}\b", " ".join(w for w in words if len(w) == 5)), \
            workbook.name
        assert re.search(r"Pagina 1 van \d", text)


def test_the_afrekening_pdf_holds_the_distribution_over_the_members(printed):
    _out, workbooks = printed
    afrekening = next(w for w in workbooks if "afrekening" in w.name)
    text = pdf_text(afrekening.with_suffix(".pdf"))
    values = openpyxl.load_workbook(afrekening, data_only=True)["Verdeling"]
    for row in values.iter_rows():
        if row[0].value in ("Asten", "Helmond", "Someren"):
            assert row[0].value in text and dutch(row[5].value, "#,##0.00") in text, row[0].value
    # (a column's title wraps in its cell where the font has it: set in Carlito, Calibri's twin, 'Terug te' stands
    # over 'ontvangen'; its words are all on the page)
    assert "Verdeling over de deelnemers" in text and {"Terug", "te", "ontvangen"} <= set(text.split())


def test_a_table_that_would_be_split_starts_on_a_new_page_under_its_own_header(printed):
    _out, workbooks = printed
    forecast = next(w for w in workbooks if "meerjarenraming" in w.name)
    with pdfplumber.open(forecast.with_suffix(".pdf")) as pdf:
        tops = [(page.extract_text() or "").splitlines()[:2] for page in pdf.pages]
    assert any(lines[0].startswith("INDEXATIE") and lines[1].startswith("Reeks") for lines in tops), tops
    assert not any(lines[0].startswith("Omschrijving") for lines in tops[1:]), tops  # no header of another table


def test_english_figures_never_appear_whatever_the_locale(printed):
    _out, workbooks = printed
    with pdfplumber.open(workbooks[0].with_suffix(".pdf")) as pdf:
        text = pdf.pages[0].extract_text()
    assert "3.416" in text and "-6.531" in text and "2021" in text
    assert "3,416" not in text and "2.021" not in text


def test_the_pdfs_are_recorded_and_a_strangers_pdf_is_kept(printed, tmp_path):
    out, workbooks = printed
    manifest = outfolder.read_manifest(out)
    name = outfolder.relative(workbooks[0].with_suffix(".pdf"), out)
    assert manifest["pdf"][name]["workbook"] == workbooks[0].name
    before = workbooks[0].with_suffix(".pdf").read_bytes()
    again = run_pdf(workbooks[0])  # the same workbook again: its PDF is the one printed from it, left as it is
    assert again.returncode == 0 and again.stdout.startswith("unchanged"), again.stdout
    assert workbooks[0].with_suffix(".pdf").read_bytes() == before
    state = outfolder.folder_state(out)
    assert state is not None and state.consistent, state.lines()
    # a PDF someone else put there is not replaced without --force, and then kept as a copy
    stranger = tmp_path / "eigen"
    shutil.copytree(out, stranger)
    target = stranger / workbooks[0].with_suffix(".pdf").name
    target.write_bytes(b"%PDF-1.4 iemands eigen versie")
    refused = run_pdf(stranger / workbooks[0].name)
    assert refused.returncode == 1 and "--force" in refused.stderr and target.read_bytes().endswith(b"versie")
    forced = run_pdf(stranger / workbooks[0].name, "--force")
    assert forced.returncode == 0 and target.read_bytes().startswith(b"%PDF") and len(list(
        stranger.glob("*.bewerkt-*.pdf"))) == 1


def test_generate_pdf_prints_what_it_generates(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "en_US.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "pyengine", "generate", str(EXAMPLES / "holland-rijnland"), "--out",
                           str(tmp_path / "uit"), "--pdf"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    pdfs = sorted((tmp_path / "uit").glob("*.pdf"))
    assert len(pdfs) == 1
    with pdfplumber.open(pdfs[0]) as pdf:
        assert "Kostenverdeling" in pdf.pages[0].extract_text()


def test_a_strangers_pdf_whose_copy_cannot_be_kept_is_not_replaced(tmp_path, monkeypatch):
    """--force replaces a PDF pyengine did not write only after keeping it as a copy; when no copy name is
    free the PDF is refused with that reason and left as it was (no LibreOffice needed: the placing step)."""
    from pyengine import pdf as printing

    source = tmp_path / "werkmap.xlsx"
    source.write_bytes(b"PK workbook")
    target = source.with_suffix(".pdf")
    target.write_bytes(b"%PDF-1.4 iemands eigen versie")
    monkeypatch.setattr(outfolder, "COPIES_PER_SECOND", 0)
    printed = printing._place(source, b"%PDF-1.4 nieuw", True, None)
    assert printed.status == FAILED and printed.note == "werkmap.pdf: too many copies beside it"
    assert target.read_bytes().endswith(b"versie") and not list(tmp_path.glob("*.bewerkt-*"))
    monkeypatch.setattr(outfolder, "COPIES_PER_SECOND", 9_999)
    printed = printing._place(source, b"%PDF-1.4 nieuw", True, None)
    assert printed.status == UPDATED and target.read_bytes() == b"%PDF-1.4 nieuw"
    assert len(list(tmp_path.glob("werkmap.bewerkt-*.pdf"))) == 1


def test_the_copy_of_a_strangers_pdf_is_announced_when_it_is_made(tmp_path, monkeypatch, capsys):
    """As generate does: 'copy kept: ...' on stderr as soon as the copy exists, not only in the summary at the end,
    so that a run interrupted before the PDF is replaced (Ctrl-C) still says where the old one is."""
    from pyengine import pdf as printing

    source = tmp_path / "werkmap.xlsx"
    source.write_bytes(b"PK workbook")
    target = source.with_suffix(".pdf")
    target.write_bytes(b"%PDF-1.4 iemands eigen versie")

    def interrupted(path, data, force=False):
        raise KeyboardInterrupt  # Ctrl-C after the copy was made, before the PDF was replaced

    monkeypatch.setattr(outfolder, "write_atomically", interrupted)
    capsys.readouterr()
    with pytest.raises(KeyboardInterrupt):
        printing._place(source, b"%PDF-1.4 nieuw", True, None)
    [copy] = list(tmp_path.glob("werkmap.bewerkt-*.pdf"))
    assert copy.read_bytes() == target.read_bytes() == b"%PDF-1.4 iemands eigen versie"
    assert capsys.readouterr().err.splitlines() == [
        f"copy kept: {copy} (werkmap.pdf as it was, before --force replaces it)"]
