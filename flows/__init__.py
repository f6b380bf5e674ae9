"""Prefect wiring only: which stages run, as which tasks, with which retries."""
