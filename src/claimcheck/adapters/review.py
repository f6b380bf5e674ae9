"""Recording and reading editors' decisions (issue 18) in the database; shared by
`claimcheck review` and the review endpoint of `claimcheck serve` (adapters/review_server.py)."""

from __future__ import annotations

import getpass
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimcheck.adapters import store
from claimcheck.core.review import ReviewRefused, UnknownClaim, checked_decision, review_object

EXPORT_FIELDS = ("article", "sentence", "claim", "claim_id", "verdict", "decision", "reason", "note", "by", "at")


def editor() -> str:
    """Who decides when nobody says: the login name."""
    return os.environ.get("USER") or getpass.getuser()


def record(
    db: Path, claim_id: str, decision: str, reason: str | None, note: str | None, by: str, via: str
) -> dict[str, Any]:
    """Append one decision on a claim the run history knows; its `review` object. An unknown claim
    id or a decision that does not fit is a ReviewRefused with one line to show."""
    checked_decision(decision, reason)
    if not by.strip():
        raise ReviewRefused("who decides must be named (--by NAME, or $USER)")
    with store.open_store(db) as con:
        claim = store.claim_for_review(con, claim_id)
        if claim is None:
            raise UnknownClaim(f"{claim_id}: no such claim in the run history of {db}")
        row = {
            **claim,
            "claim_id": claim_id,
            "decision": decision,
            "reason": reason,
            "note": note or None,
            "decided_by": by.strip(),
            "decided_at": datetime.now(UTC).replace(tzinfo=None, microsecond=0),
            "via": via,
        }
        store.add_review(con, row)
    return review_object({**row, "decided_at": _utc(row["decided_at"])})


def decisions(db: Path, latest_only: bool = False) -> list[dict[str, Any]]:
    """The audit trail (every decision, oldest first), or the decision that applies per claim."""
    with store.open_store(db, read_only=True) as con:
        rows = store.review_decisions(con, latest_only)
    return [{**row, "decided_at": _utc(row["decided_at"])} for row in rows]


def latest_by_claim(db: Path) -> dict[str, dict[str, Any]]:
    return {str(row["claim_id"]): row for row in decisions(db, latest_only=True)}


def export_lines(db: Path) -> list[str]:
    """The decisions that apply, one JSON object a line: the truth `make eval` can score against."""
    return [
        json.dumps(
            {
                "article": row["article"],
                "sentence": row["sentence"],
                "claim": row["quote"],
                "claim_id": row["claim_id"],
                "verdict": row["verdict"],
                "decision": row["decision"],
                "reason": row["reason"],
                "note": row["note"],
                "by": row["decided_by"],
                "at": row["decided_at"],
            },
            ensure_ascii=False,
        )
        for row in decisions(db, latest_only=True)
    ]


def _utc(value: object) -> str:
    """A stored (naive UTC) timestamp as ISO text with its zone."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).isoformat()
    return str(value)
