"""The engine version: recorded in every workbook's provenance and read by the build (pyproject.toml)."""

__version__ = "0.1.0"
