"""Rendering computed results into workbooks (template.py reads templates through inputs/xlsx_reader.py; xlsx.py writes)."""
