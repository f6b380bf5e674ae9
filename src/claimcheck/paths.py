"""Where the project's own files live, resolved from this package, never from the CWD."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = PROJECT_ROOT / "seeds"
SNAPSHOT_DIR = SEEDS_DIR / "quotes"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
RULES_DIR = EXPECTATIONS_DIR / "rules"
SUITES_DIR = EXPECTATIONS_DIR / "suites"
REPORTS_DIR = PROJECT_ROOT / "reports"
DEFAULT_DB = REPORTS_DIR / "claimcheck.duckdb"
PREFECT_HOME = PROJECT_ROOT / ".prefect"
