"""Excel functions for pyengine: classic xlwings UDFs (Windows) and xlwings Lite (any Excel; `pyengine lite`).

Every function has an English and a Dutch name (ALLOCATE / VERDEEL, ...): the table is
``udfs/registry.py``. In the xlwings add-in set "UDF Modules" to ``udfs`` and click "Import Functions".
"""

from .excel import expose_all
from .registry import FUNCTIONS

EXPOSED = expose_all(FUNCTIONS)
globals().update(EXPOSED)
__all__ = list(EXPOSED)
