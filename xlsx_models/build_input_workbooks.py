"""Builds the two empty input workbooks in this folder and the seed examples as input workbooks.

    python xlsx_models/build_input_workbooks.py

xlsx_models/invoer-begrotingswijziging.xlsx and invoer-kostenverdeling.xlsx are what an officer
starts from (or from `pyengine new ...`, which also fills in the members and the years). The examples
under examples/invoer/ are `pyengine new <kind> --from <seed spec>`; a test checks that they still
hold exactly what the TOML specs say. Existing files are replaced: this script is the only writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyengine.render.input_workbook import write_workbook  # noqa: E402
from pyengine.new import new_workbook  # noqa: E402

EXAMPLES = {
    "regionaal-leerhuis/begrotingswijziging-2021-03.toml": "begrotingswijziging",
    "midden-limburg-west/kostenverdeling-2018-2022.toml": "kostenverdeling",
    "holland-rijnland/projectbegroting-jeugd-2018.toml": "kostenverdeling",
}


def example_target(spec: str) -> Path:
    """examples/invoer/<system>/<spec name>.xlsx: one folder per system, so no folder holds two specs for one output."""
    folder, name = spec.split("/")
    return ROOT / "examples" / "invoer" / folder / (Path(name).stem + ".xlsx")


def main() -> None:
    for kind in ("begrotingswijziging", "kostenverdeling"):
        target = Path(__file__).parent / f"invoer-{kind}.xlsx"
        target.write_bytes(write_workbook({"soort": kind}, None, target.name))
        print(f"written: {target.relative_to(ROOT)}")
    for spec, kind in EXAMPLES.items():
        target = example_target(spec)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(new_workbook(kind, target, spec=ROOT / "examples" / spec))
        print(f"written: {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
