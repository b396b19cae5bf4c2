"""The pure core: allocation, keys, capacity costing, the amendment model, presentation rounding.

It imports no I/O library and touches no file (tests/test_layout.py enforces this), so it runs
anywhere Python runs, Excel's own Python included.
"""
