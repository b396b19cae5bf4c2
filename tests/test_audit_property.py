"""Our own outputs audit clean, whatever the figures: random amendments and their statements, made by the real
renderers (1 to 400 members, weights with many decimals, amounts from cents to millions, 1 to 5 years), audit
with no finding and exit 0; one stored figure altered is found at that figure. As .xlsx always; a few as PDF
printed by LibreOffice (slow)."""

import contextlib
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st

from pyengine.audit import audit
from pyengine.core.amendment import LINE_CODES, Amendment, compute
from pyengine.core.keys import Key
from pyengine.render.amendment_workbook import render_amendment, split_facts
from pyengine.inputs.xlsx_reader import Workbook
from pyengine.render.statement_workbook import render_statement
from test_audit_tables import soffice

D = Decimal


def random_amendment(rng: random.Random, years: int, members: int, unit: int,
                     method: str = "largest_remainder") -> Amendment:
    names = [f"Gemeente {i:03d}" for i in range(members)]
    span = range(years)

    def euros() -> Decimal:  # from cents to millions
        return D(rng.randint(0, 10 ** rng.randint(1, 8))) / 100

    member_b = {n: tuple(-euros() for _ in span) for n in names}
    lines = {code: tuple((rng.choice([D(0), euros()]), rng.choice([D(0), euros()])) for _ in span)
             for code in LINE_CODES}
    lines["gemeentelijke_bijdrage"] = tuple((sum((member_b[n][y] for n in names), D(0)), -euros()) for y in span)
    # weights with many decimals (inhabitants shares, 0,0312847561)
    weights = {n: D(rng.randint(1, 10 ** 7)) / D(10 ** 7) for n in names}
    key = Key.from_mapping(weights)
    return Amendment("2026-01", "Rand", "Regio", tuple(2026 + y for y in span), lines, member_b, (key,) * years,
                     unit=unit, method=method)


def altered(path: Path, sheet: str, cell: str, target: Path) -> tuple[Path, D]:
    """A copy with the stored value of one cell raised by a tenth of itself (at least 1)."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        with Workbook(path) as workbook:
            part = workbook.sheet_part(sheet)
        new = None
        for item in source.infolist():
            data = source.read(item)
            if item.filename == part:
                match = re.search(rb'<c r="' + cell.encode() + rb'"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>', data)
                old = D(match.group(1).decode())
                new = old + max(D(1), abs(old) // 10)
                data = data[:match.start(1)] + str(new).encode() + data[match.end(1):]
            copy.writestr(item, data)
    return target, new


def figure_to_alter(path: Path, rng: random.Random) -> tuple[str, str] | None:
    """A figure of a line on the Begrotingswijziging sheet that is no total (a member, a cost line): sheet, cell."""
    sheet = openpyxl.load_workbook(path, data_only=True)["Begrotingswijziging"]
    def figures(row):
        return [c for c in row[1:] if isinstance(c.value, (int, float)) and not isinstance(c.value, bool) and c.value]

    cells = [cell for row in sheet.iter_rows() if isinstance(row[0].value, str)
             and not row[0].value.lower().startswith(("totaal", "saldo", "bijgesteld"))
             and not all(1900 <= c.value <= 2100 for c in figures(row)) for cell in figures(row)]
    return ("Begrotingswijziging", rng.choice(cells).coordinate) if cells else None


@contextlib.contextmanager
def kept_on_failure(folder: str, draw: str):
    """A failing draw's files copied out of its temporary folder, to open by hand: a draw that failed once (years 1,
    members 3, x 1.000: the amendment's Saldo of 0 not verified) passed on replay, and its file was gone."""
    try:
        yield
    except AssertionError as error:
        keep = Path(os.environ.get("PYENGINE_FAILED_DRAWS", Path(tempfile.gettempdir()) / "pyengine-failed-draws"))
        target = keep / draw
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(folder, target)
        raise AssertionError(f"{error} (the files of this draw are kept in {target})") from error


# more draws for a local search (PYENGINE_PROPERTY_EXAMPLES=80): the suite keeps to 6, a 400-member draw is slow
@settings(max_examples=int(os.environ.get("PYENGINE_PROPERTY_EXAMPLES", "6")), deadline=None)
@given(st.integers(1, 5), st.sampled_from([1, 2, 3, 9, 40, 400]), st.sampled_from([1, 1000]),
       st.sampled_from(["largest_remainder", "dhondt", "sainte_lague"]), st.randoms(use_true_random=False))
def test_random_amendments_and_statements_audit_clean_and_an_altered_figure_is_found(years, members, unit, method,
                                                                                      rng):
    amendment = random_amendment(rng, years, members, unit, method)
    result = compute(amendment)
    draw = f"years{years}-members{members}-unit{unit}-{method}-{zlib.crc32(repr(amendment).encode()):08x}"
    with tempfile.TemporaryDirectory() as folder, kept_on_failure(folder, draw):
        path = Path(folder) / "rand.xlsx"
        path.write_bytes(render_amendment(result))
        report = audit(path)
        assert report.findings == () and report.verdict == "clean", (
            [(f.sheet, f.cell, f.check) for f in report.findings[:3]], report.unverified)
        facts = split_facts(result)
        for member in rng.sample(sorted(result.amendment.member_begroting), min(2, members)):
            statement = Path(folder) / "stmt.xlsx"
            statement.write_bytes(render_statement(result, member, facts))
            report = audit(statement)
            assert report.findings == () and report.verdict == "clean", (member, [(f.sheet, f.cell, f.check)
                                                                                  for f in report.findings[:3]],
                                                                         report.unverified)
        if figure_to_alter(path, rng) is None:
            return
        sheet, cell = figure_to_alter(path, rng)
        copy, new = altered(path, sheet, cell, Path(folder) / "veranderd.xlsx")
        row = int(re.sub(r"[A-Z]+", "", cell))
        findings = audit(copy).findings
        # at that figure: its own row (bijgesteld = begroting + wijziging there) or its cell
        assert any(f.sheet == sheet and (f.cell == cell or f.row == row) for f in findings), \
            (cell, new, [(f.sheet, f.cell, f.check) for f in findings[:4]])


def test_a_failing_draw_keeps_its_files_and_says_where(tmp_path, monkeypatch):
    monkeypatch.setenv("PYENGINE_FAILED_DRAWS", str(tmp_path / "kept"))
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "rand.xlsx").write_bytes(b"figures")
        with pytest.raises(AssertionError, match="kept in .*draw-1"):
            with kept_on_failure(folder, "draw-1"):
                assert 1 == 2, "Saldo not verified"
    assert (tmp_path / "kept" / "draw-1" / "rand.xlsx").read_bytes() == b"figures"
    with tempfile.TemporaryDirectory() as folder, kept_on_failure(folder, "draw-2"):
        pass
    assert not (tmp_path / "kept" / "draw-2").exists()


class Sparse(random.Random):
    """Draws the way hypothesis's randoms lean: the bounds and the first choice far more often than chance (lines
    of 0, amounts of a cent, whole blocks of zeros). Plain random.Random never drew what follows in 100 tries."""

    def randint(self, a: int, b: int) -> int:
        x = self.random()
        return a if x < 0.3 else b if x < 0.45 else min(b, a + 1) if x < 0.6 else super().randint(a, b)

    def choice(self, seq):
        return seq[0] if self.random() < 0.5 else super().choice(seq)


@pytest.mark.parametrize("seed", [60, 63, 64, 66, 99])
def test_one_year_one_member_amendments_mostly_of_zeros_audit_clean(seed, tmp_path):
    """Such draws left 'Saldo van baten en lasten' (and 'Saldo') 'not verified' on Berekening's block C: a
    'Totaal lasten' of 0 was taken into 'Totaal baten' (zeros prove nothing either way), or the saldo was 0
    wherever its figures add up, only its distance to the exact amount beside it not."""
    path = tmp_path / "rand.xlsx"
    path.write_bytes(render_amendment(compute(random_amendment(Sparse(seed), 1, 1, 1))))
    report = audit(path)
    assert report.findings == () and report.verdict == "clean", report.unverified


def test_a_sample_printed_to_pdf_audits_clean(tmp_path):
    program = soffice()
    rng = random.Random(18)
    sources = []
    # D'Hondt and Sainte-Laguë: their statements' Invoer sheet runs over pages across under a shaded header row
    # (its titles were taken for a chart's text: the next page's year read as 'year out of sequence')
    for n, (years, members, unit, method) in enumerate([(1, 1, 1000, "largest_remainder"),
                                                        (3, 40, 1000, "largest_remainder"),
                                                        (5, 90, 1, "largest_remainder"), (2, 7, 1, "largest_remainder"),
                                                        (2, 3, 1, "dhondt"), (1, 1, 1000, "sainte_lague")]):
        result = compute(random_amendment(rng, years, members, unit, method))
        amendment = tmp_path / f"wijziging-{n}.xlsx"
        amendment.write_bytes(render_amendment(result))
        statement = tmp_path / f"overzicht-{n}.xlsx"
        statement.write_bytes(render_statement(result, sorted(result.amendment.member_begroting)[-1]))
        sources += [amendment, statement]
    subprocess.run([program, f"-env:UserInstallation={(tmp_path / 'profiel').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, sources)],
                   capture_output=True, timeout=900, check=True)
    for source in sources:
        report = audit(source.with_suffix(".pdf"))
        assert report.findings == () and report.verdict == "clean", (source.name, [
            (f.place, f.row_label, f.column, f.check) for f in report.findings[:3]], report.verdict)
        # and a statement's letter, its first page, is read and checked: a one-year letter's table (one line, its
        # year alone) was no table, its page silently unchecked among the workbook's other sheets (e72)
        if source.name.startswith("overzicht"):
            letter = [t for t in report.tables if t.first.startswith("page 1,")]
            assert [(r.total, r.parts) for t in letter for r in t.relations] == [
                ("Bijgestelde begroting", ("Begroting", "Wijziging"))], (source.name, letter)


def test_raw_prints_of_every_sheet_where_berekening_runs_over_pages_across_audit_clean(tmp_path):
    """LibreOffice's own print of every sheet (not `pyengine pdf`) of amendments whose Berekening runs over pages
    across (issue 18 point 3). Draw 7 (2 years, 9 members): LibreOffice split block C's 'Getoond' three over two
    pages, leaving 'Getoond bijgesteld 2026' alone beside the non-additive columns: the members +
    centrumgemeente reading stood on one column, was declined as possibly chance, and 'Totaal bijdragen' was
    reported as failing (expected 1.523, found -40): false. Now a page across ends between a year's three
    columns (render/sheets.keep_column_groups). Draw 11 (2 years, 9 members): a page of only the corrections,
    under block B's form row '2027: te verdelen (euro) | -104.245,97 | in centen' whose label reached under
    'Correctie begroting 2026': that title became a label and the column, nameless, was checked as a sum.
    Draw 1003 (4 years, 40 members): block C's column titles stood alone at the foot of a page, its figures on
    the next ('Afstand tot exact' nameless there, read as a sum); now block C starts a page."""
    program = soffice()
    sources = []
    for seed, shape in ((7, (2, 9)), (11, (2, 9)), (1003, None)):
        rng = random.Random(seed)
        years, members = shape or (rng.randint(1, 5), rng.choice([1, 2, 3, 9, 40]))
        unit = rng.choice([1, 1000])
        path = tmp_path / f"wijziging-{seed}.xlsx"
        path.write_bytes(render_amendment(compute(random_amendment(rng, years, members, unit))))
        sources.append(path)
    subprocess.run([program, f"-env:UserInstallation={(tmp_path / 'profiel').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, sources)],
                   capture_output=True, timeout=900, check=True)
    for source in sources:
        report = audit(source.with_suffix(".pdf"))
        assert not report.findings and report.verdict == "clean" and not report.unverified, (source.name, [
            (f.place, f.row_label, f.column, f.check) for f in report.findings[:3]], report.unverified[:3])
