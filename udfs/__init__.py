"""Excel functions for pyengine: classic xlwings UDFs (Windows) and xlwings Lite (any Excel; `pyengine lite`).

In the xlwings add-in set "UDF Modules" to ``udfs`` and click "Import Functions".
"""

from .functions import (ALLOCATE, CONTINGENCY, FTE, FTE_COST, HOURS_COST, LOONKOSTEN, ONVOORZIEN, PRORATE,
                        VERDEEL)

__all__ = ["ALLOCATE", "CONTINGENCY", "FTE", "FTE_COST", "HOURS_COST", "LOONKOSTEN", "ONVOORZIEN", "PRORATE",
           "VERDEEL"]
