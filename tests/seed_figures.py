"""Figures transcribed from the seed documents in ../shared/seeds/ (the printed values)."""

from decimal import Decimal

# Seed 000, Regionaal Leerhuis: printed yearly contributions (EUR), proportional to inhabitants.
LEERHUIS_CONTRIBUTIONS = {
    "Blaricum": 1010, "Eemnes": 932, "Gooise Meren": 5952, "Hilversum": 9220,
    "Huizen": 4343, "Laren": 1150, "Weesp": 1950, "Wijdemeren": 2443,
}

# Seed 004, Holland Rijnland: hours per week in the beleidsteam and the printed contribution.
BELEIDSTEAM_HOURS = {
    "Alphen aan den Rijn": (7, 26775), "Hillegom, Lisse, Teylingen": (29, 110925), "Kaag en Braassem": (1, 3825),
    "Katwijk": (24, 91800), "Leiden": (47, 179775), "Leiderdorp": (10, 38250), "Nieuwkoop": (8, 30600),
    "Noordwijk en Noordwijkerhout": (14, 53550), "Oegstgeest": (7, 26775), "Zoeterwoude": (3, 11475),
}
# Seed 004: inbrengpercentage regionaal jeugdhulpbudget 2017 (they add up to 100.1%).
JEUGD_PERCENTAGES = {
    "Alphen aan den Rijn": "4.7", "Hillegom": "5.3", "Kaag en Braassem": "0.8", "Katwijk": "15.9",
    "Leiden": "31.9", "Leiderdorp": "6.4", "Lisse": "5.0", "Nieuwkoop": "5.6", "Noordwijk": "5.0",
    "Noordwijkerhout": "3.8", "Oegstgeest": "4.8", "Teylingen": "9.1", "Zoeterwoude": "1.8",
}
# Seed 004's printed contributions: they add up to 105,001, not 105,000.
JEUGD_PRINTED_CONTRIBUTIONS = [4938, 5551, 867, 16662, 33484, 6680, 5221, 5831, 5263, 3992, 5088, 9525, 1899]

# Seed 003, Midden-Limburg West formatie 2018: (function, scale, existing fte, structural additional fte,
# printed existing cost, printed additional cost). FTE to 3 decimals where the print rounds (0.13, 0.26).
FORMATIE = [
    ("Beleid jeugd", 12, "1.00", None, 100000, None),
    ("Beleid Wmo", 12, "1.00", None, 100000, None),
    ("Beleidsondersteuner", 11, None, "0.33", None, 29700),
    ("Contractmanager", 11, "1.00", "0.66", 90000, 59400),
    ("Business control", 10, "0.50", "0.40", 40000, 32000),
    ("Informatie analist", 10, None, "0.40", None, 32000),
    ("Communicatie", 11, None, "0.132", None, 11880),
    ("Ondersteuner", 8, "0.60", "0.264", 39000, 17160),
    ("Inkoop uitvoering", 10, None, "0.40", None, 32000),
    ("MOBW", 11, None, "0.39", None, 35100),
]
ADDITIONAL_EXPERTISE = Decimal(50000)
PRINTED_ONVOORZIEN = Decimal(36500)
TEMPORARY_2018 = Decimal(75000)  # Informatie analist, tijdelijk additioneel 2018 (printed amount)
MLW_SHARES = {"Leudal": 36, "Nederweert": 16, "Weert": 48}
MLW_PRINTED = {
    "Leudal": (Decimal("280706.40"), Decimal("253706.40")),
    "Nederweert": (Decimal("124758.40"), Decimal("112758.40")),
    "Weert": (Decimal("374275.20"), Decimal("338275.20")),
}
