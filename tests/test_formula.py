"""The formula module: each formula's Excel text and its exact value side by side, then the same formulas
recomputed by LibreOffice (an independent spreadsheet) from the text alone."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from openpyxl.utils import get_column_letter

import pyengine.verify
from pyengine.render.formula import (ABS, AND, CONCAT, COUNTIF, EQ, GT, IF, LE, LT, MAX, QUOTIENT, ROUND, SIGN, SUM,
                                     Area, Neg, Num, Op, Ref, Text, cell_name, column_letter, sheet_prefix, wrap)
from pyengine.render.xlsx import Book, Cell

D = Decimal
HERE = "Blad"
A1, A2, A3 = Ref(HERE, 1, 1), Ref(HERE, 2, 1), Ref(HERE, 3, 1)
TIES = Area(HERE, 1, 3, 7, 3)  # C1:C7 = 5, 3, 5, 1, 5, "vijf", blank
STYLES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          b'<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>'
          b'<fills count="2"><fill><patternFill patternType="none"/></fill>'
          b'<fill><patternFill patternType="gray125"/></fill></fills>'
          b'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          b'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          b'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
          b'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def book_with_inputs() -> Book:
    book = Book(STYLES, None)
    sheet = book.sheet(HERE)
    for row, value in enumerate([D("-2.5"), D("100"), D("0")], start=1):
        sheet.put(row, 1, value)
    for row, value in enumerate([D(5), D(3), D(5), D(1), D(5), "vijf"], start=1):
        sheet.put(row, 3, value)
    sheet.put(1, 2, D(3))  # B1: a criterion value
    sheet.put(2, 2, D(5))  # B2: the tied value
    book.sheet("Invoer").put(2, 3, D("0.125"))
    return book


# (formula, its text in the cell, its exact value); inputs: A1 = -2.5, A2 = 100, A3 = 0, B1 = 3, B2 = 5,
# C1:C7 = 5, 3, 5, 1, 5, "vijf", blank; Invoer!C2 = 0.125
CASES = [
    # ROUND: half away from zero, both signs, at every number of digits (Excel's ROUND, not banker's)
    (ROUND(Num(D("2.5")), 0), "ROUND(2.5,0)", D(3)),
    (ROUND(A1, 0), "ROUND(A1,0)", D(-3)),
    (ROUND(Num(D("0.125")), 2), "ROUND(0.125,2)", D("0.13")),
    (ROUND(Neg(Num(D("0.125"))), 2), "ROUND(-0.125,2)", D("-0.13")),
    (ROUND(Num(D("2.675")), 2), "ROUND(2.675,2)", D("2.68")),  # a binary float would give 2.67
    (ROUND(Num(D(1250)), -2), "ROUND(1250,-2)", D(1300)),
    (ROUND(Num(D(-1250)), -2), "ROUND(-1250,-2)", D(-1300)),
    (ROUND(Num(D("-1249.99")), -2), "ROUND(-1249.99,-2)", D(-1200)),
    (ROUND(A2 / 3, 2), "ROUND((A2/3),2)", D("33.33")),
    (ROUND(Neg(A2) / 3 * 2, 0), "ROUND(((-A2/3)*2),0)", D(-67)),
    (ROUND(Ref("Invoer", 2, 3) * 2, 1), "ROUND((Invoer!C2*2),1)", D("0.3")),
    # QUOTIENT truncates toward zero (INT would floor: the workbooks use QUOTIENT only)
    (QUOTIENT(Num(D(7)), Num(D(2))), "QUOTIENT(7,2)", D(3)),
    (QUOTIENT(Num(D(-7)), Num(D(2))), "QUOTIENT(-7,2)", D(-3)),
    (QUOTIENT(Num(D(7)), Num(D(-2))), "QUOTIENT(7,-2)", D(-3)),
    (QUOTIENT(Num(D(-7)), Num(D(-2))), "QUOTIENT(-7,-2)", D(3)),
    (QUOTIENT(Num(D(-6)), Num(D(3))), "QUOTIENT(-6,3)", D(-2)),
    (QUOTIENT(A1 * 10, Num(D(4))), "QUOTIENT((A1*10),4)", D(-6)),
    # COUNTIF with ties: "greater than" does not count the equals; text and blanks are not numbers
    (COUNTIF(TIES, CONCAT(">", Ref(HERE, 1, 2))), 'COUNTIF(C1:C7,(">"&B1))', D(3)),
    (COUNTIF(TIES, CONCAT(">", Ref(HERE, 2, 2))), 'COUNTIF(C1:C7,(">"&B2))', D(0)),
    (COUNTIF(TIES, Ref(HERE, 2, 2)), "COUNTIF(C1:C7,B2)", D(3)),
    (COUNTIF(TIES, CONCAT(">=", Ref(HERE, 2, 2))), 'COUNTIF(C1:C7,(">="&B2))', D(3)),
    (COUNTIF(TIES, Text("<=3")), 'COUNTIF(C1:C7,"<=3")', D(2)),
    (COUNTIF(TIES, Text("<>5")), 'COUNTIF(C1:C7,"<>5")', D(4)),  # 3, 1, the text and the blank
    (COUNTIF(TIES, Text("<5")), 'COUNTIF(C1:C7,"<5")', D(2)),
    # comparisons: the cell drops the outer parentheses; equal decimals compare equal
    (EQ(ROUND(A1, 0), -3), "ROUND(A1,0)=-3", True),
    (EQ(Num(D("1.50")), Num(D("1.5"))), "1.5=1.5", True),
    (LT(A1, 0), "A1<0", True),
    (LT(A3, 0), "A3<0", False),
    (LE(A3, 0), "A3<=0", True),
    (GT(A2, Ref(HERE, 2, 2) * 20), "A2>(B2*20)", False),
    (Op("<>", A2, Num(D(100))), "A2<>100", False),
    (Op(">=", A2, Num(D(100))), "A2>=100", True),
    # IF takes exactly one branch; the other may even divide by zero
    (IF(LT(A1, 0), "tekort", A1), 'IF((A1<0),"tekort",A1)', "tekort"),
    (IF(LT(A2, 0), "tekort", A2), 'IF((A2<0),"tekort",A2)', D(100)),
    (IF(EQ(A3, 0), 0, A2 / A3), "IF((A3=0),0,(A2/A3))", D(0)),
    (IF(AND(LE(A1, 0), GT(A2, 0)), wrap(True), wrap(False)), "IF(AND((A1<=0),(A2>0)),TRUE,FALSE)", True),
    # the other functions the renderers use
    (SIGN(A1), "SIGN(A1)", D(-1)),
    (SIGN(A3), "SIGN(A3)", D(0)),
    (ABS(A1), "ABS(A1)", D("2.5")),
    (MAX(A1, A3), "MAX(A1,A3)", D(0)),
    (SUM(TIES), "SUM(C1:C7)", D(19)),
    (SUM(A1, A2, Ref("Invoer", 2, 3)), "SUM(A1,A2,Invoer!C2)", D("97.625")),
    (A2 - A1 * 2, "A2-(A1*2)", D(105)),
    (CONCAT("x ", A1), '"x "&A1', "x -2.5"),
    (CONCAT(Text('zeg "ja"'), ""), '"zeg ""ja"""&""', 'zeg "ja"'),
]


@pytest.mark.parametrize("formula, text, value", CASES, ids=[c[1] for c in CASES])
def test_text_and_exact_value_side_by_side(formula, text, value):
    assert formula.formula_text(HERE) == text
    result = formula.evaluate(book_with_inputs())
    assert result == value and type(result) is type(value), (result, value)


def test_division_by_zero_is_an_error_not_a_value():
    with pytest.raises(ZeroDivisionError):
        (A2 / A3).evaluate(book_with_inputs())
    with pytest.raises(ZeroDivisionError):
        QUOTIENT(A2, A3).evaluate(book_with_inputs())


def test_numbers_are_written_in_plain_notation():
    assert [Num(D(x)).excel(HERE) for x in ("1E+3", "-0.50", "0.000", "0.0001", "123456789012.34")] == \
           ["1000", "-0.5", "0", "0.0001", "123456789012.34"]
    with pytest.raises(TypeError):
        wrap(0.1)  # a float never enters a formula


def test_references_to_other_sheets_quote_where_needed():
    assert Ref(HERE, 2, 3).excel(HERE) == "C2"
    assert Ref("Invoer", 2, 3, absolute=True).excel(HERE) == "Invoer!$C$2"
    assert [sheet_prefix(name, HERE) for name in ("Mijn blad", "A1", "R1C1", "O'Brien", "Overzicht 2021", "Ĳssel")] \
        == ["'Mijn blad'!", "'A1'!", "'R1C1'!", "'O''Brien'!", "'Overzicht 2021'!", "'Ĳssel'!"]
    assert Area("Mijn blad", 1, 1, 9, 2).excel(HERE) == "'Mijn blad'!A1:B9"


def test_column_letters_agree_with_openpyxl_up_to_excels_last_column():
    assert all(column_letter(col) == get_column_letter(col) for col in range(1, 16385))
    assert cell_name(12, 16384) == "XFD12" and cell_name(3, 28, absolute=True) == "$AB$3"


HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


@pytest.mark.skipif(not HAVE_LIBREOFFICE, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_libreoffice_computes_the_same_values_from_the_text(tmp_path, monkeypatch):
    book = book_with_inputs()
    for row, (formula, _, _) in enumerate(CASES, start=1):
        book.sheet(HERE).put(row, 5, formula=formula)
    path = tmp_path / "formulas.xlsx"
    path.write_bytes(book.to_bytes())
    monkeypatch.setattr(pyengine.verify, "MONEY_TOLERANCE", Decimal("1E-9"))  # exact, up to LibreOffice's doubles
    (verdict,) = pyengine.verify.verify([path])
    assert verdict.formulas == len(CASES)
    assert verdict.ok, [str(m) for m in verdict.mismatches] or verdict.error


# --- COUNTIF by bisection over an area kept until the sheet changes (the ranks of 342 members) ----------

class _Plain:
    """The values of a Book without its area cache: what COUNTIF counts when it scans every cell."""

    def __init__(self, book: Book) -> None:
        self.value_at = book.value_at


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(-5, 5).map(D), st.decimals(-3, 3, places=1), st.just("tekst"), st.none(),
                          st.integers(-3, 3), st.booleans()), min_size=1, max_size=20),
       st.sampled_from(["", "=", "<>", "<", "<=", ">", ">="]), st.one_of(st.integers(-4, 4).map(D), st.just(D("0.5"))))
def test_countif_by_bisection_counts_what_a_scan_counts(values, op, target):
    book = Book(STYLES, None)
    sheet = book.sheet(HERE)
    for row, value in enumerate(values, start=1):
        if value is not None:
            sheet.cells[(row, 1)] = Cell(value)  # ints and booleans too, which put() never writes
    area = Area(HERE, 1, 1, len(values), 1)
    criterion = Num(target) if op == "" else Text(f"{op}{target}")
    assert COUNTIF(area, criterion).evaluate(book) == COUNTIF(area, criterion).evaluate(_Plain(book))


def test_an_area_read_before_a_change_is_read_again_after_it():
    book = book_with_inputs()
    rank = COUNTIF(TIES, Text(">2"))
    assert rank.evaluate(book) == D(4)  # 5, 3, 5, 5
    assert SUM(TIES).evaluate(book) == D(19)
    book.sheet(HERE).put(7, 3, D(9))  # the blank C7 gets a number: the kept values are dropped
    assert rank.evaluate(book) == D(5)
    assert SUM(TIES).evaluate(book) == D(28)
