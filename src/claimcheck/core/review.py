"""Editors' decisions on findings (issue 18), as data: what may be decided, and what a decision
does to a run's results document. No I/O: the decisions are read by adapters/review.py.

`confirmed` (bestätigt): the discrepancy is real; it stays a discrepancy, marked confirmed.
`dismissed` (kein Fehler): a false alarm, with a reason; it leaves the discrepancies and counts.
`corrected` (korrigiert): the article has been fixed; the finding is closed like a dismissed one.
The latest decision on a claim id applies; a changed sentence is a new claim id (core/identity.py),
so its finding is judged afresh while the old decision stays in the history.
"""

from __future__ import annotations

from typing import Any

DECISIONS = ("confirmed", "dismissed", "corrected")
CLOSING = ("dismissed", "corrected")  # the finding is no longer a discrepancy
REASONS = ("other_listing", "other_day", "other_source", "wording")  # why a finding is a false alarm
REVIEW_FIELDS = ("decision", "by", "at", "reason", "note")  # a claim's `review` object in results.json


class ReviewRefused(ValueError):
    """A decision that cannot be recorded; the message is one line for the editor."""


class UnknownClaim(ReviewRefused):
    """No claim of that id in the run history."""


def checked_decision(decision: str, reason: str | None) -> None:
    """A dismissal names its reason from REASONS; the other decisions take none."""
    if decision not in DECISIONS:
        raise ReviewRefused(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    if decision == "dismissed" and reason not in REASONS:
        raise ReviewRefused(f"a dismissal needs --reason, one of {', '.join(REASONS)}")
    if decision != "dismissed" and reason:
        raise ReviewRefused("only a dismissal takes a reason (the note is free text for any decision)")


def review_object(decision: dict[str, Any]) -> dict[str, Any]:
    """The `review` object of a claim in results.json from a stored decision row."""
    at = decision["decided_at"]
    return {
        "decision": decision["decision"],
        "by": decision["decided_by"],
        "at": at if isinstance(at, str) else at.isoformat(),
        "reason": decision.get("reason"),
        "note": decision.get("note"),
    }


def apply_reviews(results: dict[str, Any], latest: dict[str, dict[str, Any]]) -> int:
    """Attach to each claim the decision that applies to its id; how many claims got one."""
    count = 0
    for article in results["articles"]:
        for claim in article["claims"]:
            if claim["id"] in latest:
                claim["review"] = review_object(latest[claim["id"]])
                count += 1
    return count


def closed(claim: dict[str, Any]) -> bool:
    """A finding an editor has dismissed or seen corrected: no longer a discrepancy."""
    return (claim.get("review") or {}).get("decision") in CLOSING


def confirmed(claim: dict[str, Any]) -> bool:
    return (claim.get("review") or {}).get("decision") == "confirmed"
