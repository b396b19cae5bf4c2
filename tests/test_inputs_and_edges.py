"""Input formats and the edges of the amendment workbook (years 1-5, members 1-400)."""

from decimal import Decimal

import openpyxl
import pytest

from pyengine import InputError
from pyengine.core.amendment import Amendment, LINE_CODES, compute
from pyengine.audit import audit
from pyengine.audit import report as audit_module
from pyengine.core.keys import Key
from pyengine.inputs.rates import read_rates
from pyengine.render.amendment_workbook import render_amendment
from pyengine.inputs.spec import read_key

from workbook_checks import assert_clean_package, controles


def test_rates_table_from_xlsx(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["schaal", "kosten_per_fte", "jaar"])
    sheet.append([10, 80000, None])
    sheet.append([10, 83000, 2020])
    path = tmp_path / "tarieven.xlsx"
    workbook.save(path)
    rates = read_rates(path)
    assert rates.rate(10) == 80000 and rates.rate(10, 2020) == 83000


def test_cbs_statline_csv_export_is_accepted(tmp_path):
    export = tmp_path / "bevolking.csv"
    export.write_text(
        "Bevolkingsontwikkeling; regio per maand\n"
        '"Regio\'s";"Perioden";"Bevolking aan het begin van de periode (aantal)"\n'
        '"Blaricum";"2023";"11 867"\n"Eemnes";"2023";"9 538"\n'
        '"Blaricum";"2024";"12 093"\n"Eemnes";"2024";"9 599"\n',
        encoding="utf-8")
    with pytest.raises(InputError, match="several periods .2023, 2024.; say which one"):
        read_key(export)
    key = read_key(export, period="2024")
    assert key.names == ["Blaricum", "Eemnes"] and key.weights == [Decimal(12093), Decimal(9599)]
    assert "Bevolking aan het begin" in key.source


def test_dutch_csv_with_decimal_commas_and_xlsx_keys(tmp_path):
    csv_key = tmp_path / "sleutel.csv"
    csv_key.write_text("gemeente;aandeel\nLeudal;36,5\nWeert;63,5\n", encoding="utf-8")
    assert read_key(csv_key).weights == [Decimal("36.5"), Decimal("63.5")]
    workbook = openpyxl.Workbook()
    workbook.active.append(["Gemeente", "inwoners"])
    workbook.active.append(["Leudal", 35896])
    workbook.active.append(["Weert", 50122])
    xlsx_key = tmp_path / "sleutel.xlsx"
    workbook.save(xlsx_key)
    assert read_key(xlsx_key).names == ["Leudal", "Weert"]
    broken = tmp_path / "kapot.csv"
    broken.write_text("plaats,inwoners\nLeudal,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="kapot.csv: no member column; name one 'gemeente'"):
        read_key(broken)


def amendment(years: tuple[int, ...], members: int) -> Amendment:
    names = [f"Gemeente {i:03d}" for i in range(members)]
    member_b = {n: tuple(Decimal(-(1000 + 37 * i + y)) for y in range(len(years))) for i, n in enumerate(names)}
    lines = {code: tuple((Decimal(12345 + 7 * y), Decimal(-500 + y)) for y in range(len(years))) for code in LINE_CODES}
    lines["gemeentelijke_bijdrage"] = tuple((sum((member_b[n][y] for n in names), Decimal(0)), Decimal("-27000.55"))
                                           for y in range(len(years)))
    key = Key.from_mapping({n: 1000 + (i * 7919) % 5000 for i, n in enumerate(names)})
    return Amendment("2026-01", "Rand", "Regio", years, lines, member_b, (key,) * len(years))


@pytest.mark.parametrize("years, members", [((2026,), 400), ((2026, 2027, 2028, 2029, 2030), 3), ((2026,), 1)])
def test_one_to_five_years_and_one_to_four_hundred_members(tmp_path, years, members):
    result = compute(amendment(years, members))
    path = tmp_path / "rand.xlsx"
    path.write_bytes(render_amendment(result))
    assert_clean_package(path)
    assert all(v is True for _, v in controles(path))
    assert audit(path)[1] == ()


def test_oversize_sheets_are_refused(tmp_path, monkeypatch):
    result = compute(amendment((2026,), 3))
    path = tmp_path / "klein.xlsx"
    path.write_bytes(render_amendment(result))
    monkeypatch.setattr(audit_module, "MAX_CELLS", 50)
    with pytest.raises(InputError, match=r"refused: more than 50 cells \(sheet 'Begrotingswijziging'\)"):
        audit(path)
