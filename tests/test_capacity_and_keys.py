import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from pyengine import (InputError, Key, RatesTable, budget_with_contingency, contingency, fte_cost,
                      fte_from_hours, hours_cost, prorate)
from pyengine.inputs.rates import default_rates, read_rates

from seed_figures import (ADDITIONAL_EXPERTISE, BELEIDSTEAM_HOURS, FORMATIE, JEUGD_PERCENTAGES, MLW_PRINTED,
                          MLW_SHARES, PRINTED_ONVOORZIEN, TEMPORARY_2018)


def test_seed004_every_hour_cost_row_and_the_total():
    total = Decimal(0)
    for name, (hours, printed) in BELEIDSTEAM_HOURS.items():
        cost = hours_cost(hours, 85, 45)
        assert cost == printed, name
        total += cost
    assert total == Decimal("573750.00")
    assert hours_cost(150, 85) == Decimal("573750.00")


def test_seed004_project_budget_with_five_percent_onvoorzien():
    budget = budget_with_contingency(
        {"Algemeen werkbudget": 80000, "Projectondersteuning": 10000, "Communicatie": 10000})
    assert budget.base == 100000
    assert budget.contingency_amount == 5000
    assert budget.total == 105000
    assert budget.contingency_label == "Onvoorzien 5%"


def test_seed004_group_row_weighs_the_sum_of_its_members():
    key = Key.from_mapping(JEUGD_PERCENTAGES, name="jeugdhulpbudget 2017")
    grouped = key.grouped("Hillegom, Lisse, Teylingen", ["Hillegom", "Lisse", "Teylingen"])
    row = grouped.members[1]
    assert row.name == "Hillegom, Lisse, Teylingen"
    assert row.weight == Decimal("19.4") and row.constituents == ("Hillegom", "Lisse", "Teylingen")
    assert len(grouped.members) == 11
    assert sum(grouped.allocate(105000).values()) == 105000


def test_seed003_formatie_costs_from_fte_times_scale_rate():
    rates = default_rates()
    existing = additional = Decimal(0)
    for function, scale, fte_existing, fte_additional, cost_existing, cost_additional in FORMATIE:
        if fte_existing:
            assert fte_cost(fte_existing, scale, rates) == cost_existing, function
            existing += fte_cost(fte_existing, scale, rates)
        if fte_additional:
            assert fte_cost(fte_additional, scale, rates) == cost_additional, function
            additional += fte_cost(fte_additional, scale, rates)
    assert existing == 369000
    additional_with_printed_onvoorzien = additional + ADDITIONAL_EXPERTISE + PRINTED_ONVOORZIEN
    assert additional_with_printed_onvoorzien == Decimal("335740")
    assert existing + additional_with_printed_onvoorzien == Decimal("704740")


def test_seed003_printed_rounded_fte_would_not_give_the_printed_costs():
    # the table prints 0.13 and 0.26 FTE; the printed costs use 0.132 and 0.264
    assert fte_cost("0.13", 11, default_rates()) == Decimal("11700.00") != Decimal("11880")
    assert fte_cost("0.26", 8, default_rates()) == Decimal("16900.00") != Decimal("17160")


def test_seed003_printed_onvoorzien_is_not_five_percent_of_its_base():
    rates = default_rates()
    other_lines = sum(fte_cost(r[2], r[1], rates) for r in FORMATIE if r[2]) + sum(
        fte_cost(r[3], r[1], rates) for r in FORMATIE if r[3]) + ADDITIONAL_EXPERTISE
    assert other_lines == Decimal("668240")
    assert contingency(other_lines) == Decimal("33412.00")
    # The document prints 36,500: EUR 3,088 more than 5% of the table's own base. We compute 5% and
    # never adjust to match a printed figure; the reproduction above enters the adopted 36,500 as given.
    assert PRINTED_ONVOORZIEN - contingency(other_lines) == Decimal("3088")
    # nor is it 5% of the additional lines alone
    assert contingency(other_lines - 369000) == Decimal("14962.00")


def test_seed003_split_36_16_48_to_the_cent():
    key = Key.from_mapping(MLW_SHARES, name="inwoners MLW")
    for year_index, total in ((0, Decimal("704740") + TEMPORARY_2018), (1, Decimal("704740"))):
        shares = key.allocate(total, decimals=2)
        assert sum(shares.values()) == total
        for name, printed in MLW_PRINTED.items():
            assert shares[name] == printed[year_index]
    assert Decimal("704740") + TEMPORARY_2018 == Decimal("779740")


def test_members_not_taking_part_get_zero_and_stay_in_the_key():
    key = Key.from_mapping({"A": 100, "B": 300, "C": 600}, not_participating=["B"])
    shares = key.allocate(1000)
    assert shares == {"A": Decimal(143), "B": Decimal(0), "C": Decimal(857)}
    assert key.names == ["A", "B", "C"]


def test_composite_key_fixed_amount_per_member_plus_rest_by_weight():
    key = Key.from_mapping({"A": 1, "B": 1, "C": 2}).with_fixed_per_member(1000)
    shares = key.allocate(10000)
    assert shares == {"A": Decimal(2750), "B": Decimal(2750), "C": Decimal(4500)}
    assert sum(key.allocate(-10001).values()) == -10001
    with pytest.raises(InputError, match="fixed amounts .3000. exceed the total .2000."):
        key.allocate(2000)


def test_key_errors_name_the_row():
    with pytest.raises(InputError, match="row 2: member 'A' appears twice"):
        Key.from_mapping({"A": 1}).__class__((Key.from_mapping({"A": 1}).members * 2))
    with pytest.raises(InputError, match=r"verdeelsleutel\['B'\] is not a number"):
        Key.from_mapping({"A": 1, "B": "x"})
    with pytest.raises(InputError, match="group 'G' names unknown member"):
        Key.from_mapping({"A": 1, "B": 2}).grouped("G", ["A", "Z"])


def test_fte_and_hours_helpers():
    assert fte_from_hours(4) == Fraction(1, 9)
    assert fte_from_hours(18, 36) == Fraction(1, 2)
    assert fte_cost(fte_from_hours(4), 11, {11: 90000}) == Decimal("10000.00")
    assert hours_cost("7.5", "85.50", 45) == Decimal("28856.25")
    with pytest.raises(InputError, match="fulltime_hours must be positive"):
        fte_from_hours(4, 0)
    with pytest.raises(InputError, match="hours_per_week is negative"):
        hours_cost(-1, 85)


def test_rates_table_per_year_and_unknown_scale():
    rates = RatesTable.of({(11, 2019): 92000, 11: 90000})
    assert fte_cost(1, 11, rates, year=2019) == 92000
    assert fte_cost(1, 11, rates, year=2018) == 90000
    with pytest.raises(InputError, match="scale 9 is not in the rates table .known scales: 11."):
        fte_cost(1, 9, rates)
    with pytest.raises(InputError, match="fte is negative"):
        fte_cost(-1, 11, rates)
    with pytest.raises(InputError, match="whole scale number"):
        fte_cost(1, "10.5", rates)


def test_rates_from_user_csv_names_the_bad_row(tmp_path):
    good = tmp_path / "tarieven.csv"
    good.write_text("schaal,kosten_per_fte,jaar\n10,80000,\n10,82000,2019\n", encoding="utf-8")
    rates = read_rates(good)
    assert rates.rate(10, 2019) == 82000 and rates.rate(10, 2020) == 80000
    bad = tmp_path / "fout.csv"
    bad.write_text("schaal,kosten_per_fte\n10,80000\n11,veel\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"fout.csv, row 3, column .kosten_per_fte.: .veel. is not a number"):
        read_rates(bad)


def test_contingency_and_prorate():
    assert contingency("100000") == Decimal("5000.00")
    assert contingency("0.10", "0.05") == Decimal("0.01")  # 0.005 rounds half away from zero
    assert prorate(90000, dt.date(2018, 9, 1), 2018) == Decimal("30000.00")
    assert prorate(90000, dt.date(2018, 9, 15), 2018) == Decimal("22500.00")
    assert prorate(90000, dt.date(2018, 9, 1), 2019) == Decimal("90000.00")
    assert prorate(90000, dt.date(2018, 9, 1), 2017) == Decimal("0.00")
    with pytest.raises(InputError, match="rate must be between 0 and 1"):
        contingency(100, 5)


def test_a_members_position_is_its_row_in_the_key_and_a_stranger_has_none():
    key = Key.from_mapping({"Utrecht": 3, "Zeist": 0, "Houten": 2}, not_participating=["Zeist"])
    assert [key.position(name) for name in ("Utrecht", "Zeist", "Houten")] == [0, 1, 2]
    assert key.grouped("Samen", ["Zeist", "Houten"]).position("Samen") == 1
    with pytest.raises(KeyError):
        key.position("Bunnik")
