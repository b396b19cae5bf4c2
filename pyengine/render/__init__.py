"""Rendering computed results into workbooks (openpyxl reads templates; xlsx.py writes)."""
