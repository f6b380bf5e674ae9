"""Rules added after trying the thirty-third batch of written English articles, first set, as an editor would
(tests/golden/articles en210..en212: a Nikkei Asia 'Asia markets wrap', a Motley Fool 'Why Baidu stock jumped today',
an earnings preview of Nvidia with the options-implied move, consensus figures and the stock's past post-earnings
moves). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import check_text, claims_by_quote, verdicts_by_quote

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


# --- a word of part of the session in an earlier event's clause after the price ('rose 2.3% to HK$621 after dipping as
# low as HK$610.50 in early trading') dates that event, not the move: the price the move ended on is the session's
# close ---

# 0700.HK 2026-01-28: close 621 vs 2026-01-27 607 = +2.306 %, low 610.50, high 623; the text is stamped 19:10 JST
# (18:10 in Hong Kong), after that session's close. HK$618 lies inside the day's range but is not the close: read as a
# last price it passed
_STAMP = "January 28, 2026 19:10 JST\n\n"
_AFTER_EARLY_DIP = (
    _STAMP + "Tencent Holdings climbed 2.3% to HK$621 on Wednesday after dipping as low as HK$610.50 in early trading."
)
_LIVE_MOVE = _STAMP + "Tencent Holdings climbed 2.3% to HK$618 in early trading on Wednesday after a weak open."


def test_a_during_word_in_an_earlier_events_clause_leaves_the_price_the_close(tmp_path: Path) -> None:
    # (the stamp is read when the article is loaded: checked through `check_text`)
    claims = {c["quote"]: c for c in check_text(tmp_path, _AFTER_EARLY_DIP, "2026-01-28")["articles"][0]["claims"]}
    assert claims["621"]["kind"] == "close" and claims["621"]["reference"] == {"date": "2026-01-28"}
    assert claims["610.50"]["kind"] == "day_low"
    # the word in the move's own clause still places it during the session
    live = {c["quote"]: c for c in check_text(tmp_path, _LIVE_MOVE, "2026-01-28")["articles"][0]["claims"]}
    assert live["618"]["kind"] == "last_price"


def test_the_close_after_an_early_dip_is_judged_as_the_close(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _AFTER_EARLY_DIP, "2026-01-28")
    assert verdicts["2.3"] == verdicts["621"] == verdicts["610.50"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _AFTER_EARLY_DIP.replace("HK$621", "HK$618"), "2026-01-28")
    assert altered["618"] != "accurate"


# --- a session's range told with 'from ... to' ('Friday's range ran from $122.63 to $126.88'): its low is that
# session's, not a comparison base read on the session before too ---

# BIDU 2025-12-05: low 122.63, high 126.88, close 125.66; 2025-12-04: low 117.47, high 119.77 (the session before's low,
# which the reading as a base let pass)
_RANGE_FROM_TO = "Baidu closed at $125.66 on Friday. Friday's range ran from $122.63 to $126.88."


def test_the_low_of_a_range_told_from_to_is_the_sessions_own() -> None:
    claims = claims_by_quote(_RANGE_FROM_TO, date(2025, 12, 5))
    assert claims["122.63"].kind == "day_low" and claims["122.63"].reference == {"date": "2025-12-05"}
    assert claims["126.88"].kind == "day_high" and claims["126.88"].reference == {"date": "2025-12-05"}


def test_the_low_of_a_range_told_from_to_is_judged_on_its_session(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _RANGE_FROM_TO, "2025-12-05")
    assert verdicts["122.63"] == verdicts["126.88"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _RANGE_FROM_TO.replace("$122.63", "$117.47"), "2025-12-05")
    assert altered["117.47"] != "accurate"


# --- a move dated only by a company's report of an earlier month ('jumped 12.9% following its August results' in a
# November text): the session after that report is not known, so the figure is not measured (read on the publication's
# days it was called wrong); a day the clause names still dates it, and a report of the publication's month is one of
# these days ---

# BABA 2025-08-29 close 135.00 vs 2025-08-28 119.57 = +12.905 %; BABA 2025-11-24 close 160.73 vs 2025-11-21 152.93 =
# +5.100 % (the publication's day, on which '12.9%' would be wrong); BABA 2025-11-25 close 157.01 vs 160.73 = -2.314 %
_MONTH_REPORT = "Alibaba's American depositary shares jumped 12.9% to $135 following its August results."
_MONTH_REPORT_DATED = (
    "Alibaba's American depositary shares jumped 12.9% to $135 on Aug. 29 following its August results."
)
_THIS_MONTHS_REPORT = "Alibaba's American depositary shares fell 2.3% to $157.01 on Tuesday after its November results."


def test_a_move_dated_only_by_an_earlier_months_report_is_not_measured() -> None:
    claims = claims_by_quote(_MONTH_REPORT, date(2025, 11, 24))
    assert claims["12.9"].unmeasured_reason is not None and claims["135"].unmeasured_reason is not None
    assert claims_by_quote(_MONTH_REPORT_DATED, date(2025, 11, 24))["12.9"].unmeasured_reason is None
    assert claims_by_quote(_THIS_MONTHS_REPORT, date(2025, 11, 26))["2.3"].unmeasured_reason is None


def test_a_move_dated_only_by_an_earlier_months_report_is_never_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _MONTH_REPORT, "2025-11-24")
    assert verdicts["12.9"] == verdicts["135"] == "unverifiable"
    dated = verdicts_by_quote(tmp_path, _MONTH_REPORT_DATED, "2025-11-24")
    assert dated["12.9"] == dated["135"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _MONTH_REPORT_DATED.replace("12.9%", "10.9%"), "2025-11-24")
    assert altered["10.9"] != "accurate"
    this_month = verdicts_by_quote(tmp_path, _THIS_MONTHS_REPORT, "2025-11-26")
    assert this_month["2.3"] == this_month["157.01"] == "accurate"
    assert verdicts_by_quote(tmp_path, _THIS_MONTHS_REPORT.replace("2.3%", "4.3%"), "2025-11-26")["4.3"] != "accurate"
