"""Thin edges: files, yfinance, DuckDB, Great Expectations, HTML. Each module owns one."""
