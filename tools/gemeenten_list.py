"""Builds pyengine/inputs/data/gemeenten.csv (the Dutch gemeenten per year) from CBS's published lists.

Sources (kept beside this script in tools/data/, as published):
- The lists of 1 January 2017 to 2025: CBS, "Gemeentelijke indeling op 1 januari <jaar>" (www.cbs.nl,
  classificaties, gemeentelijke indelingen per jaar), as collected year by year from CBS's spreadsheets in the
  public repository github.com/nlextract/NLExtract, file bag/db/data/gemeentelijke-indeling.xml (commit
  2a97e2feb5039f050af1cc09e651e4c2c72724b1, 17 October 2024: "Update gemeente-provincie koppeling voor 2025").
  ``extract`` turns that file into tools/data/nlextract-gemeenten-2017-2025.csv (jaar;code;naam;einddatum: the
  gemeenten on the list of 1 January of each year, einddatum the day a gemeente ceased, if it did).
- Cross-checks, each a copy of CBS's own "Gemeenten alfabetisch <jaar>": 2021 and 2023 from
  github.com/edugis-repo/cbsbuurtwijkgemeente (commit 9a3127283d22f92f635f6decc90e1353017ff900), 2019 from
  github.com/jappieman26/YC_Big_Data_Sandbox (commit 35db6361426593ffe3655c12e95197b8d0f3a335): every code
  and name of those years must equal the extract's, or the build stops.
- The herindelingen (which gemeente went into which): CBS's yearly notes "Gemeentelijke indeling op 1 januari
  <jaar>" and /work/shared/DOMAIN.md; every name below is checked against the lists (a gemeente that leaves
  a list must be here, its successors must be on the next list), none is taken on trust.
CBS adds the province to six names from 2025 on (Hengelo -> Hengelo (O.)): the code stays, so the file gets
one row per name with its years, and both names find the same gemeente.

Run:  .venv/bin/python tools/gemeenten_list.py             (build from the extract)
      .venv/bin/python tools/gemeenten_list.py --extract PATH/gemeentelijke-indeling.xml
"""

from __future__ import annotations

import argparse
import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
TARGET = HERE.parent / "pyengine" / "inputs" / "data" / "gemeenten.csv"
EXTRACT = HERE / "data" / "nlextract-gemeenten-2017-2025.csv"
FIRST, LAST = 2017, 2025
CROSS_CHECKS = {2019: "cbs-gemeenten-alfabetisch-2019.csv", 2021: "cbs-gemeenten-alfabetisch-2021.csv",
                2023: "cbs-gemeenten-alfabetisch-2023.csv"}

# gemeente that ceased -> (the gemeente(n) it went into, the first year it is no longer on the list of 1 January)
HERINDELINGEN = {
    # 1 January 2018
    "Bellingwedde": (("Westerwolde",), 2018), "Vlagtwedde": (("Westerwolde",), 2018),
    "Hoogezand-Sappemeer": (("Midden-Groningen",), 2018), "Menterwolde": (("Midden-Groningen",), 2018),
    "Slochteren": (("Midden-Groningen",), 2018),
    "het Bildt": (("Waadhoeke",), 2018), "Franekeradeel": (("Waadhoeke",), 2018),
    "Menameradiel": (("Waadhoeke",), 2018),
    "Littenseradiel": (("Leeuwarden", "Súdwest-Fryslân", "Waadhoeke"), 2018),  # split over three
    "Leeuwarderadeel": (("Leeuwarden",), 2018), "Rijnwaarden": (("Zevenaar",), 2018),
    # 1 January 2019
    "Haren": (("Groningen",), 2019), "Ten Boer": (("Groningen",), 2019),
    "Bedum": (("Het Hogeland",), 2019), "De Marne": (("Het Hogeland",), 2019),
    "Eemsmond": (("Het Hogeland",), 2019), "Winsum": (("Het Hogeland", "Westerkwartier"), 2019),  # split
    "Grootegast": (("Westerkwartier",), 2019), "Leek": (("Westerkwartier",), 2019),
    "Marum": (("Westerkwartier",), 2019), "Zuidhorn": (("Westerkwartier",), 2019),
    "Dongeradeel": (("Noardeast-Fryslân",), 2019), "Ferwerderadiel": (("Noardeast-Fryslân",), 2019),
    "Kollumerland en Nieuwkruisland": (("Noardeast-Fryslân",), 2019),
    "Geldermalsen": (("West Betuwe",), 2019), "Lingewaal": (("West Betuwe",), 2019),
    "Neerijnen": (("West Betuwe",), 2019),
    "Leerdam": (("Vijfheerenlanden",), 2019), "Vianen": (("Vijfheerenlanden",), 2019),
    "Zederik": (("Vijfheerenlanden",), 2019),
    "Haarlemmerliede en Spaarnwoude": (("Haarlemmermeer",), 2019),
    "Noordwijkerhout": (("Noordwijk",), 2019),
    "Binnenmaas": (("Hoeksche Waard",), 2019), "Cromstrijen": (("Hoeksche Waard",), 2019),
    "Korendijk": (("Hoeksche Waard",), 2019), "Oud-Beijerland": (("Hoeksche Waard",), 2019),
    "Strijen": (("Hoeksche Waard",), 2019),
    "Giessenlanden": (("Molenlanden",), 2019), "Molenwaard": (("Molenlanden",), 2019),
    "Aalburg": (("Altena",), 2019), "Werkendam": (("Altena",), 2019), "Woudrichem": (("Altena",), 2019),
    "Nuth": (("Beekdaelen",), 2019), "Onderbanken": (("Beekdaelen",), 2019), "Schinnen": (("Beekdaelen",), 2019),
    # 1 January 2021
    "Appingedam": (("Eemsdelta",), 2021), "Delfzijl": (("Eemsdelta",), 2021), "Loppersum": (("Eemsdelta",), 2021),
    "Haaren": (("Boxtel", "Oisterwijk", "Tilburg", "Vught"), 2021),  # split over four
    # 1 January 2022
    "Beemster": (("Purmerend",), 2022),
    "Heerhugowaard": (("Dijk en Waard",), 2022), "Langedijk": (("Dijk en Waard",), 2022),
    "Landerd": (("Maashorst",), 2022), "Uden": (("Maashorst",), 2022),
    "Boxmeer": (("Land van Cuijk",), 2022), "Cuijk": (("Land van Cuijk",), 2022), "Grave": (("Land van Cuijk",), 2022),
    "Mill en Sint Hubert": (("Land van Cuijk",), 2022), "Sint Anthonis": (("Land van Cuijk",), 2022),
    "Weesp": (("Amsterdam",), 2023),  # merged on 24 March 2022: still on the list of 1 January 2022
    # 1 January 2023
    "Brielle": (("Voorne aan Zee",), 2023), "Hellevoetsluis": (("Voorne aan Zee",), 2023),
    "Westvoorne": (("Voorne aan Zee",), 2023),
}


def extract(xml_path: Path) -> None:
    """NLExtract's gemeentelijke-indeling.xml -> the gemeenten on the list of 1 January, FIRST..LAST."""
    namespace = "{http://nlextract.nl}"
    root = ET.parse(xml_path).getroot()
    ends_of = {gemeente.get("code"): gemeente.get("einddatum") for gemeente in root.iter(f"{namespace}gemeente")
               if gemeente.get("einddatum")}  # a year's copy may predate the end: take it from any year
    lines = []
    for indeling in root.iter(f"{namespace}indeling"):
        year = int(indeling.get("jaar"))
        if not FIRST <= year <= LAST:
            continue
        day = f"{year}-01-01"
        for gemeente in indeling.iter(f"{namespace}gemeente"):
            begins, ends = gemeente.get("begindatum"), ends_of.get(gemeente.get("code"), "")
            if begins <= day and (not ends or ends > day):  # the XML's year also holds those ended on its 1 January
                lines.append(f"{year};GM{int(gemeente.get('code')):04d};{gemeente.get('naam')};{ends}")
    header = [f"# De gemeenten op de lijst van 1 januari {FIRST}-{LAST}, uit github.com/nlextract/NLExtract "
              "bag/db/data/gemeentelijke-indeling.xml (commit 2a97e2f, 17 oktober 2024; gegevens: CBS, "
              "Gemeentelijke indeling op 1 januari <jaar>). einddatum: de dag dat de gemeente ophield te bestaan.",
              "jaar;code;naam;einddatum"]
    EXTRACT.write_text("\n".join(header + sorted(lines)) + "\n", encoding="utf-8")
    print(f"{EXTRACT}: {len(lines)} rows")


def read_extract() -> tuple[dict[int, dict[str, str]], dict[str, str]]:
    """(year -> code -> name, code -> einddatum) from the extract."""
    lines = [line for line in EXTRACT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    lists: dict[int, dict[str, str]] = defaultdict(dict)
    ended: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter=";"):
        lists[int(row["jaar"])][row["code"]] = row["naam"]
        if row["einddatum"]:
            ended[row["code"]] = row["einddatum"]
    return dict(lists), ended


def cbs_list(year: int) -> dict[str, str]:
    """GM code -> name, from CBS's own list of 1 January ``year`` (a cross-check)."""
    with open(HERE / "data" / CROSS_CHECKS[year], encoding="utf-8") as handle:
        return {row["GemeentecodeGM"].strip(): row["Gemeentenaam"].strip() for row in csv.DictReader(handle)}


def build() -> list[dict]:
    lists, ended = read_extract()
    if sorted(lists) != list(range(FIRST, LAST + 1)):
        raise SystemExit(f"the extract holds the years {sorted(lists)}, not {FIRST}-{LAST}")
    for year in CROSS_CHECKS:
        if lists[year] != cbs_list(year):
            raise SystemExit(f"{year}: the extract differs from CBS's list")
    # one row per (code, name): the years it is on the lists under that name
    spans: dict[tuple[str, str], list[int]] = defaultdict(list)
    for year, gemeenten in lists.items():
        for code, name in gemeenten.items():
            spans[code, name].append(year)
    code_in = {year: {name: code for code, name in gemeenten.items()} for year, gemeenten in lists.items()}
    ceased = {}
    for year in range(FIRST + 1, LAST + 1):
        for code, name in lists[year - 1].items():
            if code not in lists[year]:
                ceased[name] = (code, year)
    if set(ceased) != set(HERINDELINGEN):
        raise SystemExit(f"the herindelingen differ from the lists: {sorted(set(ceased) ^ set(HERINDELINGEN))}")
    rows = []
    for (code, name), years in sorted(spans.items(), key=lambda item: (item[0][1].casefold(), item[0][0])):
        if years != list(range(years[0], years[-1] + 1)):
            raise SystemExit(f"{name} ({code}) is missing from a list between {years[0]} and {years[-1]}")
        successors, day = "", ""
        if name in ceased and ceased[name][0] == code:
            into, year = HERINDELINGEN[name]
            if year != years[-1] + 1:
                raise SystemExit(f"{name}: on the lists until {years[-1]}, herindeling given as {year}")
            missing = [s for s in into if s not in code_in[year]]
            if missing:
                raise SystemExit(f"{name}: {missing} not on the list of {year}")
            successors = " ".join(code_in[year][s] for s in into)
            day = ended[code]
        last = "" if years[-1] == LAST else years[-1]
        rows.append({"code": code, "naam": name, "van": years[0], "tot": last, "opvolger": successors, "einde": day})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", type=Path, help="NLExtract's gemeentelijke-indeling.xml: refresh the extract")
    args = parser.parse_args()
    if args.extract:
        extract(args.extract)
    rows = build()
    lines = [
        "# Nederlandse gemeenten per jaar (de lijst van 1 januari), met de herindelingen vanaf 2018.",
        f"# Bron: CBS, Gemeentelijke indeling op 1 januari {FIRST} t/m {LAST} (www.cbs.nl); verzameld in "
        "github.com/nlextract/NLExtract, bag/db/data/gemeentelijke-indeling.xml, commit 2a97e2f (17 oktober 2024); "
        "gecontroleerd tegen CBS, Gemeenten alfabetisch 2019, 2021 en 2023.",
        f"# van/tot: eerste/laatste jaar op de lijst van 1 januari onder deze naam ({FIRST} = de eerste lijst hier, "
        f"tot leeg = ook op de lijst van {LAST}; voor latere jaren geldt die lijst); opvolger: de gemeente(n) waarin "
        "ze opging (meer dan een: gesplitst); einde: de dag van de herindeling. Gemaakt met tools/gemeenten_list.py.",
        "code;naam;van;tot;opvolger;einde",
    ]
    lines += [f"{r['code']};{r['naam']};{r['van']};{r['tot']};{r['opvolger']};{r['einde']}" for r in rows]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(rows)} rows")


if __name__ == "__main__":
    main()
