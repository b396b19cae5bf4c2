"""Builds pyengine/inputs/data/gemeenten.csv (the Dutch gemeenten per year) from CBS's published lists.

Sources (kept beside this script in tools/data/, as published):
- CBS, "Gemeenten alfabetisch 2021" and "Gemeenten alfabetisch 2023" (the gemeentelijke indeling op 1 januari,
  columns Gemeentecode, GemeentecodeGM, Gemeentenaam, Provincie...), https://www.cbs.nl/ (classificaties,
  gemeentelijke indeling per jaar); the copies are those of the public repository
  github.com/edugis-repo/cbsbuurtwijkgemeente (commit 9a3127283d22f92f635f6decc90e1353017ff900, 16 December 2023).
- The herindelingen between the two lists (CBS: "Gemeentelijke indeling op 1 januari 2022 / 2023"; also in
  /work/shared/DOMAIN.md): every name below is checked against the CBS lists, none is taken on trust.

Run:  .venv/bin/python tools/gemeenten_list.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
TARGET = HERE.parent / "pyengine" / "inputs" / "data" / "gemeenten.csv"
FIRST_LIST, SECOND_LIST = 2021, 2023

# gemeente merged away -> (successor, the first year it is no longer on the list of 1 January)
HERINDELINGEN = {
    "Beemster": ("Purmerend", 2022),
    "Heerhugowaard": ("Dijk en Waard", 2022), "Langedijk": ("Dijk en Waard", 2022),
    "Landerd": ("Maashorst", 2022), "Uden": ("Maashorst", 2022),
    "Boxmeer": ("Land van Cuijk", 2022), "Cuijk": ("Land van Cuijk", 2022), "Grave": ("Land van Cuijk", 2022),
    "Mill en Sint Hubert": ("Land van Cuijk", 2022), "Sint Anthonis": ("Land van Cuijk", 2022),
    "Weesp": ("Amsterdam", 2023),  # merged on 24 March 2022: still on the list of 1 January 2022
    "Brielle": ("Voorne aan Zee", 2023), "Hellevoetsluis": ("Voorne aan Zee", 2023),
    "Westvoorne": ("Voorne aan Zee", 2023),
}


def read(year: int) -> dict[str, str]:
    """GM code -> name, from CBS's list of 1 January ``year``."""
    with open(HERE / "data" / f"cbs-gemeenten-alfabetisch-{year}.csv", encoding="utf-8") as handle:
        return {row["GemeentecodeGM"].strip(): row["Gemeentenaam"].strip() for row in csv.DictReader(handle)}


def build() -> list[dict]:
    first, second = read(FIRST_LIST), read(SECOND_LIST)
    code_of = {name: code for code, name in {**first, **second}.items()}
    gone = {code: name for code, name in first.items() if code not in second}
    new = {code: name for code, name in second.items() if code not in first}
    if set(gone.values()) != set(HERINDELINGEN):
        raise SystemExit(f"the herindelingen differ from the lists: {sorted(set(gone.values()) ^ set(HERINDELINGEN))}")
    rows = []
    new_first_year = {}
    for name, (successor, year) in HERINDELINGEN.items():
        if code_of[successor] not in second:
            raise SystemExit(f"{successor} is not on the list of {SECOND_LIST}")
        if code_of[successor] in new:
            new_first_year[code_of[successor]] = min(year, new_first_year.get(code_of[successor], year))
    for code, name in sorted({**first, **second}.items(), key=lambda item: item[1].casefold()):
        if code in gone:
            successor, year = HERINDELINGEN[name]
            rows.append({"code": code, "naam": name, "van": FIRST_LIST, "tot": year - 1, "opvolger": code_of[successor]})
        else:
            rows.append({"code": code, "naam": name, "van": new_first_year.get(code, FIRST_LIST), "tot": "",
                         "opvolger": ""})
    return rows


def main() -> None:
    rows = build()
    lines = [
        "# Nederlandse gemeenten per jaar (de lijst van 1 januari), met de herindelingen tussen de lijsten.",
        f"# Bron: CBS, Gemeenten alfabetisch {FIRST_LIST} en {SECOND_LIST} (gemeentelijke indeling op 1 januari), "
        "www.cbs.nl; kopie: github.com/edugis-repo/cbsbuurtwijkgemeente, commit 9a31272 (16 december 2023).",
        f"# van/tot: eerste/laatste jaar op de lijst van 1 januari ({FIRST_LIST} = de eerste lijst hier); opvolger: "
        "de gemeente waarin ze opging. Gemaakt met tools/gemeenten_list.py.",
        "code;naam;van;tot;opvolger",
    ]
    lines += [f"{r['code']};{r['naam']};{r['van']};{r['tot']};{r['opvolger']}" for r in rows]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(rows)} gemeenten")


if __name__ == "__main__":
    main()
