"""A flat export: 'Regio' in the first column, repeated on every line of its regio, the gemeente beside it, each regio
closed by 'Totaal <regio>' (the Regio cell left empty) and a grand total (trial34 t06). The audit joined the regio
to every line's label ('Rivierenland Culemborg'), a name the table prints nowhere. A column of words left of the
lines' names that repeats one value down each group of lines is the group's name, no part of each line's: a finding
names 'Culemborg'. Codes left of the names ('Nr.'), different on every line, stay part of the label."""

from decimal import Decimal as D

from published_tables import workbook
from pyengine.audit import audit
from pyengine.audit import main as audit_main

COLUMNS = ["Subsidie rijk", "Subsidie provincie", "Totaal"]
REGIOS = [("Noord-Veluwe", [("Elburg", [451650, 19000]), ("Ermelo", [206250, 436400]),
                            ("Harderwijk", [904550, 1093950])]),
          ("Rivierenland", [("Buren", [663750, 273500]), ("Culemborg", [863800, 1237350]),
                            ("Tiel", [542250, 1020900])]),
          ("Achterhoek", [("Aalten", [184250, 0]), ("Lochem", [553900, 424450])])]


def layout(altered: tuple[str, int, int] | None = None, codes: bool = False):
    """The sheet's rows and where each line stands ({label: sheet row}); `altered`: (gemeente, column, +amount)
    typed into its figure, the totals as printed; `codes`: a number of its own on every line in the first column
    instead of the regio."""
    rows: list[list] = [["Restauratiesubsidies monumenten"], [], ["Regio", "Gemeente", *COLUMNS]]
    where, totals, number = {}, [], 0
    for regio, lines in REGIOS:
        for gemeente, figures in lines:
            number += 1
            typed = list(figures)
            if altered and altered[0] == gemeente:
                typed[altered[1]] += altered[2]
            rows.append([f"{number:02d}" if codes else regio, gemeente, *typed, sum(figures)])
            where[gemeente] = len(rows)
        totals.append([sum(v) for v in zip(*(figures for __, figures in lines))])
        rows.append([None, f"Totaal {regio}", *totals[-1], sum(totals[-1])])
        where[rows[-1][1]] = len(rows)
    grand = [sum(v) for v in zip(*totals)]
    rows.append([None, "Totaal provincie", *grand, sum(grand)])
    return rows, where


def write(path, **options):
    rows, __ = layout(**options)
    return workbook(path, rows, title="Export", widths={"A": 16, "B": 22, "C": 16, "D": 16, "E": 14})


def found(report):
    return [(f.cell, f.row_label, f.column, f.expected, f.found) for f in report.findings]


CULEMBORG = REGIOS[1][1][1][1]
RIVIERENLAND = [sum(figures[0] for __, figures in REGIOS[1][1]), None]


def test_a_finding_names_the_line_without_its_group(tmp_path):
    report = audit(write(tmp_path / "p1.xlsx", altered=("Culemborg", 0, 1)))
    __, where = layout()
    assert found(report) == [
        (f"E{where['Culemborg']}", "Culemborg", "Totaal", D(sum(CULEMBORG) + 1), D(sum(CULEMBORG))),
        (f"C{where['Totaal Rivierenland']}", "Totaal Rivierenland", "Subsidie rijk", D(RIVIERENLAND[0] + 1),
         D(RIVIERENLAND[0]))]
    relations = {r.total: r.parts for r in report.tables[0].relations if r.axis == "row"}
    assert relations["Totaal Rivierenland"] == ("Buren", "Culemborg", "Tiel")
    assert audit_main(str(tmp_path / "p1.xlsx")) == 1


def test_the_clean_export_holds(tmp_path):
    report = audit(write(tmp_path / "schoon.xlsx"))
    assert report.findings == () and report.unverified == ()


def test_a_number_of_its_own_on_every_line_stays_part_of_the_label(tmp_path):
    report = audit(write(tmp_path / "nrs.xlsx", altered=("Culemborg", 0, 1), codes=True))
    assert [f.row_label for f in report.findings] == ["05 Culemborg", "Totaal Rivierenland"]
