"""pyengine audit on seed 000's printed amendment (typed into an xlsx here) and on our own output."""

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.audit import audit, main as audit_main
from pyengine.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
# The seed document 000 (the published proposal with its begrotingswijziging), as text, in the repository.
SEED = Path(__file__).resolve().parent / "data" / "seed000.txt"

# Seed 000, "Begrotingswijziging 2021-03 Regionaal Leerhuis", as printed (tab-separated, x EUR 1.000).
PRINTED = """\
\tBegroting\tWijziging\tBijgestelde begroting\tBegroting\tWijziging\tBijgestelde begroting\tBegroting\tWijziging\tBijgestelde begroting\tBegroting\tWijziging\tBijgestelde begroting
\t2021\t2021\t2021\t2022\t2022\t2023\t2022\t2022\t2022\t2023\t2023\t2023
LASTEN *\t\t\t\t\t\t\t\t\t\t\t\t
Totaal personeelskosten\t3.416\t25\t3.441\t3.142\t25\t3.167\t3.061\t25\t3.086\t3.061\t25\t3.086
Totaal kapitaallasten\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal materiële kosten\t2.377\t2\t2.379\t1.667\t2\t1.669\t1.362\t2\t1.364\t1.362\t2\t1.364
Overhead-primair proces\t208\t0\t208\t208\t0\t208\t208\t0\t208\t208\t0\t208
Overhead-Regio\t558\t0\t558\t547\t0\t547\t541\t0\t541\t541\t0\t541
Totaal overhead\t766\t0\t766\t755\t0\t755\t750\t0\t750\t750\t0\t750
Dotate aan voorzieningen\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal lasten\t6.559\t27\t6.586\t5.564\t27\t5.591\t5.173\t27\t5.200\t5.173\t27\t5.200
BATEN\t\t\t\t\t\t\t\t\t\t\t\t
Totaal gemeentelijke bijdrage\t-3.794\t-27\t-3.821\t-3.794\t-27\t-3.821\t-3.689\t-27\t-3.716\t-3.689\t-27\t-3.716
Totaal centrumgemeente bijdrage\t-2.474\t0\t-2.474\t-856\t0\t-856\t-856\t0\t-856\t-856\t0\t-856
Totaal Rijksbijdrage\t-138\t0\t-138\t-63\t0\t-63\t-23\t0\t-23\t-23\t0\t-23
Totaal bijdragen derden\t-125\t0\t-125\t-125\t0\t-125\t-125\t0\t-125\t-125\t0\t-125
Totaal overige baten\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
Onttrekking uit voorziening\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal baten\t-6.530\t-27\t-6.558\t-4.837\t-27\t-4.865\t-4.692\t-27\t-4.720\t-4.692\t-27\t-4.720
TOTAAL\t\t\t\t\t\t\t\t\t\t\t\t
Saldo van baten en lasten\t28\t0\t28\t727\t0\t726\t481\t0\t480\t481\t0\t480
RESERVE(S)\t\t\t\t\t\t\t\t\t\t\t\t
Dotatie bestemmingsreserve(s)\t1.072\t\t1.072\t-32\t\t-32\t363\t\t363\t363\t\t363
Onttrekking bestemmingsreserve(s)\t-1.100\t\t-1.100\t-695\t\t-695\t-844\t\t-844\t-844\t\t-844
Totaal mutatie reserves\t-28\t0\t-28\t-727\t0\t-727\t-481\t0\t-481\t-481\t0\t-481
Saldo\t0\t0\t0\t0\t0\t-1\t0\t0\t-1\t0\t0\t-1
BIJDRAGE GEMEENTE **\t\t\t\t\t\t\t\t\t\t\t\t
Blaricum\t-163\t-1\t-164\t-163\t-1\t-164\t-161\t-1\t-162\t-161\t-1\t-162
Eemnes\t-14\t-1\t-15\t-14\t-1\t-15\t-14\t-1\t-15\t-14\t-1\t-15
Gooise Meren\t-853\t-6\t-859\t-853\t-6\t-859\t-832\t-6\t-838\t-832\t-6\t-838
Hilversum (gemeente)\t-1.338\t-9\t-1.347\t-1.338\t-9\t-1.347\t-1.300\t-9\t-1.309\t-1.300\t-9\t-1.309
Hilversum (centrumgem)\t-2.474\t\t-2.474\t-856\t\t-856\t-856\t\t-856\t-856\t\t-856
Huizen\t-606\t-4\t-610\t-606\t-4\t-610\t-595\t-4\t-599\t-595\t-4\t-599
Laren\t-166\t-1\t-167\t-166\t-1\t-167\t-161\t-1\t-162\t-161\t-1\t-162
Weesp\t-295\t-2\t-297\t-295\t-2\t-297\t-279\t-2\t-281\t-279\t-2\t-281
Wijdmeren\t-359\t-2\t-361\t-359\t-2\t-361\t-346\t-2\t-348\t-346\t-2\t-348
\t-6.268\t-27\t-6.295\t-4.650\t-27\t-4.677\t-4.544\t-27\t-4.571\t-4.544\t-27\t-4.571"""


def test_transcription_matches_the_seed_text():
    seed_lines = [line.rstrip("\n") for line in SEED.read_text(encoding="utf-8").splitlines()]
    for line in PRINTED.splitlines():
        if line.split("\t")[0] in ("LASTEN *", "BATEN", "TOTAAL", "RESERVE(S)", "BIJDRAGE GEMEENTE **"):
            continue  # the seed prints section headings with trailing tabs only
        assert line in seed_lines, line


@pytest.fixture
def seed_workbook(tmp_path):
    """The printed table typed into a workbook as a person would: Dutch thousands as numbers."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Begrotingswijziging"
    sheet["A1"] = "Begrotingswijziging 2021-03 Regionaal Leerhuis"
    sheet["A3"] = "Bedragen x €1.000"
    for r, line in enumerate(PRINTED.splitlines(), start=4):
        for c, text in enumerate(line.split("\t"), start=1):
            if not text:
                continue
            number = text.replace(".", "")
            sheet.cell(r, c, int(number) if number.lstrip("-").isdigit() else text)
    path = tmp_path / "seed000.xlsx"
    workbook.save(path)
    return path


def test_seed000_real_errors_are_found(seed_workbook):
    report = audit(seed_workbook)
    sheet, findings, notes, checked = report
    assert checked == 30 and len(report.tables) == 1
    by_cell = {f.cell: f for f in findings}
    # 2021 Totaal baten printed -6,530 where its lines add up to -6,531 (row 22, column B)
    assert by_cell["B22"].expected == -6531 and by_cell["B22"].found == -6530 and by_cell["B22"].difference == 1
    # members' wijzigingen add up to -26 under a printed -27 (the total row, 2021 Wijziging)
    member_total = [f for f in findings if f.cell == "C40" and "9 lines (Blaricum ... Wijdmeren)" in f.check]
    assert member_total and member_total[0].expected == -26 and member_total[0].found == -27
    gemeentelijk = [f for f in findings if f.cell == "C16" and "Gemeentelijke bijdrage" in f.check]
    assert gemeentelijk and gemeentelijk[0].expected == -26 and gemeentelijk[0].found == -27
    # the amended saldo -1 where begroting 0 + wijziging 0
    assert any(f.cell == "G29" and f.found == -1 and f.expected == 0 for f in findings)
    # year headers: 2022 2022 2023 in the second group, 2022 in the third, 2023 in the fourth
    years = {f.cell: f for f in findings if f.kind == "year"}
    assert years["G5"].expected == 2022 and years["G5"].found == 2023
    assert years["H5"].expected == 2023 and years["H5"].found == 2022
    assert years["K5"].expected == 2024 and years["K5"].found == 2023
    # Totaal overhead 2023: 208 + 541 = 749, printed 750
    assert any(f.cell == "H12" and f.expected == 749 and f.found == 750 for f in findings)
    assert all(f.sheet == "Begrotingswijziging" for f in findings)


def test_cli_human_and_json_output(seed_workbook, capsys):
    assert audit_main(str(seed_workbook)) == 1
    out = capsys.readouterr().out
    assert ("Begrotingswijziging!B22 'Totaal baten' [Begroting 2021]  Totaal baten = sum of 6 lines (Totaal gemeentelijke "
            "bijdrage ... Onttrekking uit voorziening): expected -6,531, found -6,530 (difference +1: an "
            "afrondingsverschil, within what rounding each shown figure explains)") in out
    assert "afrondingsverschil(len): the table does not add up as shown" in out.splitlines()[-1]
    assert "checked: row 'Totaal lasten' = Totaal personeelskosten" in out
    assert audit_main(str(seed_workbook), as_json=True) == 1
    data = json.loads(capsys.readouterr().out)
    assert {"sheet", "cell", "check", "expected", "found", "difference", "row_label", "column", "table"} <= \
        set(data["findings"][0])
    b22 = next(f for f in data["findings"] if f["cell"] == "B22")
    assert b22["within_rounding"] is True
    assert (b22["expected"], b22["found"], b22["difference"], b22["column"]) == ("-6531", "-6530", "1", "Begroting 2021")
    assert data["tables"][0]["relations"]


def test_every_workbook_we_produce_audits_clean(tmp_path):
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path)
    report = audit(results[0].path)
    assert report.findings == () and len(report.tables) >= 3
    key = tmp_path / "twaalf.csv"
    key.write_text("gemeente,inwoners\n" + "".join(f"G{i},{10 + i * 7}\n" for i in range(12)), encoding="utf-8")
    more = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "k", key=key)
    assert audit(more[0].path)[1] == ()


def test_untrusted_files_are_refused_clearly(tmp_path):
    (tmp_path / "tabel.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an .xlsx workbook or PDF \\(got .csv\\)"):
        audit(tmp_path / "tabel.csv")
    (tmp_path / "nep.xlsx").write_bytes(b"GIF89a")
    with pytest.raises(InputError, match="not a zip package"):
        audit(tmp_path / "nep.xlsx")
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    with pytest.raises(InputError, match="looks like a zip bomb"):
        audit(bomb)
    with pytest.raises(InputError, match="file not found"):
        audit(tmp_path / "weg.xlsx")


def test_macro_enabled_workbook_is_read_not_run(seed_workbook, tmp_path):
    macro = tmp_path / "met-macro.xlsm"
    with zipfile.ZipFile(seed_workbook) as source, zipfile.ZipFile(macro, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Module1\"")
    sheet, findings, notes, _ = audit(macro)
    assert findings and notes[0] == "the workbook contains macros; they were not run, only cell values were read"
    assert notes[1].startswith("sheet 'Begrotingswijziging' is laid out as a begrotingswijziging")
