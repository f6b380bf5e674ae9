"""Every claim the extractor finds in the seeds, the golden articles, the real corpus and the test
fixtures, as one JSON document: run it before and after a change meant to be a pure speed-up and
compare the two files byte for byte (`cmp`). Each text is read at three publication dates (two
days and none), then all of them joined into one text and into one line, so that the context
carried between sentences and the crowded-sentence limit are covered too.

    python -m benchmarks.claims_dump > before.json   # ... change ...
    python -m benchmarks.claims_dump > after.json && cmp before.json after.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date
from typing import Any

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.paths import PROJECT_ROOT
from claimcheck.rules import load_rules

DATES = (date(2026, 1, 13), date(2025, 11, 24), None)


def texts() -> dict[str, str]:
    paths = [
        *sorted(PROJECT_ROOT.glob("seeds/*.txt")),
        *sorted(PROJECT_ROOT.glob("tests/golden/**/*.txt")),
        *sorted(PROJECT_ROOT.glob("tests/fixtures/**/*.txt")),
    ]
    return {str(path.relative_to(PROJECT_ROOT)): path.read_text(encoding="utf-8") for path in paths}


def dump() -> dict[str, Any]:
    rules = load_rules()

    def claims_of(text: str, day: date | None) -> dict[str, Any]:
        notes: list[str] = []
        claims, lang = extract_claims(text, Published(day, "manifest"), rules, notes=notes)
        return {"lang": lang, "notes": notes, "claims": [dataclasses.asdict(c) for c in claims]}

    found = {f"{name}@{day}": claims_of(text, day) for name, text in texts().items() for day in DATES}
    every = list(texts().values())
    found["all joined"] = claims_of("\n\n".join(every), DATES[0])
    found["all on one line"] = claims_of(" ".join(text.replace("\n", " ") for text in every), DATES[0])
    return found


if __name__ == "__main__":
    json.dump(dump(), sys.stdout, indent=1, default=str, ensure_ascii=False)
    sys.stdout.write("\n")
    print(f"{len(texts())} texts", file=sys.stderr)
