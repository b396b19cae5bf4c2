"""pyengine audit: totals that do not add up, rounding plugs and years out of order in any table.

Any table an auditor receives (.xlsx or a PDF with a text layer), whether we produced it or a person typed it.
The pipeline, one module a step:

    xlsx.py / pdf.py   read a file (untrusted: bounded, never run) into grids of cells (model.py)
    tables.py          cut a grid into tables, fold each table's lines into the relations its figures and
                       labels support (each relation names the rule that proposed it, rules.RULES), check them
    begroting.py       the begrotingswijziging layout's cross-section rules, on a grid laid out like seed 000
    blame.py           of the totals that fail (in both), which are wrong themselves and which only follow
    report.py          the verdict, the text report and --json
"""

from .report import Report, audit, main, to_json, to_text

__all__ = ["Report", "audit", "main", "to_json", "to_text"]
