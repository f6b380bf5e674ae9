"""The kind groups are consistent with the rule tables and with each other."""

from __future__ import annotations

from claimcheck.core import kinds
from claimcheck.rules import Rules

# Kinds only the code gives (`metrics.index_kind`, `frames._MONEY_MOVE`, a figure in percentage points in `frames`), no
# cue or statement row: a misspelt kind in a group would match nothing and silently change how its claims are dated or
# measured
MADE_IN_CODE = {"index_move", "index_level", "price_change", "relative_return"}


def test_every_grouped_kind_is_one_a_table_or_the_code_can_give(rules: Rules) -> None:
    # volume_qualifiers.csv: each role is the kind its words give a volume ('so far': volume_partial)
    from_tables = (
        {c.kind for c in rules.cues} | {s.kind for s in rules.statements} | set(rules.volume_qualifiers.by_role)
    )
    grouped = set().union(*(group for name, group in vars(kinds).items() if name.endswith("_KINDS")))
    assert grouped - from_tables - MADE_IN_CODE == set()


def test_composite_groups_hold_their_parts() -> None:
    assert kinds.SESSION_PRICE_KINDS | kinds.SET_EXTREME_KINDS | kinds.PERIOD_EXTREME_KINDS == kinds.SHARE_PRICE_KINDS
    assert kinds.PERIOD_KINDS | kinds.EXTREME_KINDS | kinds.YEAR_EXTREME_KINDS <= kinds.AS_OF_KINDS
    assert not kinds.STATEMENT_KINDS & kinds.SHARE_PRICE_KINDS  # a claim without a number is no price
