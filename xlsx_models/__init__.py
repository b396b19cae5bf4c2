"""The workbook templates, shipped as the data package pyengine.templates (restyle the .xlsx files in Excel)."""
