"""The daily note US portals syndicate for a stock ('Alibaba (BABA) Stock Moves 1.87%: What You Should
Know'), with its own idioms: a month's move 'prior to today's trading' (as of the session before), the
sector's and the index's moves 'in that time' (not their day's), an index that 'appreciated' or 'saw a
downswing'. Figures from seeds/quotes: BABA closed at 165.91 on 2025-10-15 after 162.86, and at 155.06 on
2025-09-12 (162.86 / 155.06 - 1 = +5.03 %); the Nasdaq Composite closed at 22,670.08 after 22,521.70
(+0.66 %)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import check_text

NOTE = (
    "Alibaba (BABA) closed at $165.91 in the latest trading session, marking a +1.87% move from the prior day. "
    "This change outpaced the S&P 500's 0.4% gain on the day. Elsewhere, the Dow saw a downswing of 0.04%, while "
    "the tech-heavy Nasdaq appreciated 0.66%.\n\nPrior to today's trading, shares of the online retailer had "
    "gained {month}% over the past month. This has outpaced the Retail-Wholesale sector's gain of 1.2% and the "
    "S&P 500's gain of 2.3% in that time."
)


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    results = check_text(tmp_path_factory.mktemp("note"), NOTE.format(month="5.03"), "2025-10-15")
    return {c["quote"]: c for c in results["articles"][0]["claims"]}


def test_the_stock_and_the_index_with_quotes_are_judged(claims: dict[str, dict[str, object]]) -> None:
    assert [claims[q]["verdict"] for q in ("165.91", "1.87", "0.66")] == ["accurate"] * 3
    assert (claims["0.66"]["kind"], claims["0.66"]["listing"]) == ("index_move", "^IXIC")
    assert (claims["0.04"]["kind"], claims["0.04"]["direction"]) == ("index_move", "down")


def test_a_month_prior_to_todays_trading_ends_the_session_before(claims: dict[str, dict[str, object]]) -> None:
    month = claims["5.03"]
    assert (month["kind"], month["reference"], month["verdict"]) == (
        "past_month_return",
        {"start": "2025-09-14", "end": "2025-10-14"},
        "accurate",
    )
    assert month["observed"] == pytest.approx(5.0296, abs=1e-3)


def test_the_sectors_move_is_not_the_stocks(claims: dict[str, dict[str, object]]) -> None:
    assert (claims["1.2"]["subject"], claims["1.2"]["listing"], claims["1.2"]["verdict"]) == (
        "Retail-Wholesale sector",
        None,
        "unverifiable",
    )
    # 'in that time' is a period before, not the index's day: read as a move over a span it does not date
    # (unmeasured, unverifiable), as a streak's 'in that span' is; never judged as the day's move
    assert (claims["2.3"]["kind"], claims["2.3"]["subject"], claims["2.3"]["verdict"]) == (
        "since_return",
        "S&P 500",
        "unverifiable",
    )


def test_a_wrong_month_is_called_wrong(tmp_path: Path) -> None:
    results = check_text(tmp_path, NOTE.format(month="8.03"), "2025-10-15")
    assert next(c for c in results["articles"][0]["claims"] if c["quote"] == "8.03")["verdict"] == "wrong"
