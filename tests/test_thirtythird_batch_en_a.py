"""Rules added after trying the thirty-third batch of written English articles, first set, as an editor would
(tests/golden/articles en210..en212: a Nikkei Asia 'Asia markets wrap', a Motley Fool 'Why Baidu stock jumped today',
an earnings preview of Nvidia with the options-implied move, consensus figures and the stock's past post-earnings
moves). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- the move options price in, told with the options' expiry between 'options' and the verb ('Options expiring
# Friday imply a move of about 7% ..., or roughly $11 a share'): a forecast, its sum of money no price of the stock ---

# BABA 2025-11-24 close 160.73 vs 2025-11-21 152.93 = +5.100 %; the day's range 158.70 .. 161.50, so '$11' read as a
# price of the stock would be called wrong
_OPTIONS_EXPIRING = (
    "Alibaba's American depositary shares jumped 5.1% to $160.73 on Monday ahead of Tuesday's results. Options "
    "expiring Friday imply a move of about 7% in either direction, or roughly $11 a share."
)
_OPTIONS_THAT_EXPIRE = (
    "Alibaba's American depositary shares jumped 5.1% to $160.73 on Monday. Options that expire this week are "
    "pricing in a swing of 8% either way, or about $13."
)


def test_the_move_options_expiring_on_a_day_imply_is_a_forecast() -> None:
    for text, percent, money in ((_OPTIONS_EXPIRING, "7", "11"), (_OPTIONS_THAT_EXPIRE, "8", "13")):
        claims = claims_by_quote(text, date(2025, 11, 24))
        assert claims[percent].kind == claims[money].kind == "forecast"
        assert not claims[percent].checkable and not claims[money].checkable
        assert claims["160.73"].checkable and claims["160.73"].listing == "BABA"


def test_the_move_options_imply_is_not_judged_beside_the_true_price(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _OPTIONS_EXPIRING, "2025-11-24")
    assert verdicts["5.1"] == verdicts["160.73"] == "accurate"
    assert verdicts["7"] == verdicts["11"] == "out_of_scope"
    altered = verdicts_by_quote(tmp_path, _OPTIONS_EXPIRING.replace("$160.73", "$156.73"), "2025-11-24")
    assert altered["156.73"] != "accurate" and altered["11"] == "out_of_scope"
