"""Rules added after trying the twenty-seventh batch of written German articles as an editor would
(tests/golden/articles de174..de178: a Handelsblatt live blog with time-stamped entries on the DAX, Nvidia, Alibaba and
Tencent, a Börse Online chart check on Tencent with moving averages and RSI, a dpa-AFX ticker on Baidu in Hong Kong with
its 'Kurs: ... EUR' line, a Capital column on Nvidia and the Nasdaq 100, a Der Standard piece from Vienna on Alibaba's
February in Austrian German). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- Austrian month names: 'im Feber', 'im Jänner' are the month's moves -------------------------------------------


def test_feber_is_february_for_a_month_move(tmp_path: Path) -> None:
    # ^HSI 2026-01-30 close 27387.11, 2026-02-27 close 26630.54: February -2.76 %
    text = "Der Hang Seng stieg am Freitag um 0,9 Prozent, im Feber summiert sich das Minus aber auf 2,8 Prozent."
    claims = _claims(text, date(2026, 2, 27))
    assert claims["2,8"].kind == "month_return" and claims["2,8"].listing == "^HSI"
    assert claims["2,8"].reference == {"start": "2026-02-01", "end": "2026-02-27"}
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["2,8"] == "accurate"


def test_jaenner_is_january_for_a_month_move(tmp_path: Path) -> None:
    # 9988.HK 2025-12-31 close 142.80, 2026-01-30 close 169.20: January +18.49 %; a text of Wednesday 2026-02-04
    text = "Die Alibaba-Aktie hatte im Jänner in Hongkong um 18,5 Prozent zugelegt."
    claims = _claims(text, date(2026, 2, 4))
    assert claims["18,5"].kind == "month_return" and claims["18,5"].listing == "9988.HK"
    assert claims["18,5"].reference == {"start": "2026-01-01", "end": "2026-01-31"}
    assert verdicts_by_quote(tmp_path, text, "2026-02-04")["18,5"] == "accurate"


def test_feber_with_a_ratio_word_and_a_date_with_feber() -> None:
    # the month in a date written out ('3. Feber 2026') is a date, not a number of its own
    text = "Wien, 27. Feber 2026. Die Alibaba-Aktie hat im Feber ein Sechstel ihres Werts verloren."
    claims = _claims(text, date(2026, 2, 27))
    assert claims["ein Sechstel"].kind == "month_return"
    assert claims["ein Sechstel"].reference == {"start": "2026-02-01", "end": "2026-02-27"}
    assert "27" not in claims


# --- 'nach dem Vortagesverlust von 2,8 Prozent': the day before's move, not the open the main clause reports ------


def test_previous_days_loss_in_one_noun_before_the_open(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-18 close 23502.25, 2026-03-19 close 22839.56 (-2.82 %), 2026-03-20 open 23083.89 (+1.07 %)
    text = "Nach dem Vortagesverlust von 2,8 Prozent eröffnet der Dax am Freitag mit einem Plus von 1,1 Prozent."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["2,8"].kind == "index_move" and claims["2,8"].reference == {"date": "2026-03-19"}
    assert claims["2,8"].direction == "down"
    assert claims["1,1"].kind == "open_move" and claims["1,1"].reference == {"date": "2026-03-20"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["2,8"] == "accurate" and verdicts["1,1"] == "accurate"


def test_previous_days_gain_in_one_noun_for_a_stock() -> None:
    # the noun's figure is the day before's; the main clause's intraday move is the day's own
    text = "Nach dem Vortagesgewinn von 3,1 Prozent fällt die Tencent-Aktie in Hongkong zeitweise um 1,5 Prozent."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["3,1"].kind == "day_change" and claims["3,1"].reference == {"date": "2026-03-24"}
    assert claims["3,1"].direction == "up"
    assert claims["1,5"].kind == "intraday_move" and claims["1,5"].reference == {"date": "2026-03-25"}


def test_earlier_move_with_its_day_before_the_open_is_no_open_move() -> None:
    # 'am Vortag' dated the 2,8 already; the open's word of the main clause no longer makes it an opening move
    text = "Nach einem Verlust von 2,8 Prozent am Vortag eröffnet der Dax mit einem Plus von 1,1 Prozent."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["2,8"].kind == "index_move" and claims["2,8"].reference == {"date": "2026-03-19"}
    assert claims["1,1"].kind == "open_move"


def test_previous_days_loss_before_the_open_in_english() -> None:
    text = "After the previous day's 2.8% loss, the DAX opened 1.1% higher on Friday."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["2.8"].kind == "index_move" and claims["2.8"].reference == {"date": "2026-03-19"}
    assert claims["1.1"].kind == "open_move" and claims["1.1"].reference == {"date": "2026-03-20"}


def test_closing_base_of_the_day_before_dates_nothing() -> None:
    # 'Vortagesschluss' stays the move's base: the move is the day's own
    text = "Der Dax notierte am Freitag 1,1 Prozent über dem Vortagesschluss."
    assert _claims(text, date(2026, 3, 20))["1,1"].reference == {"date": "2026-03-20"}


# --- points an index named after the number owns do not make the number an index's -------------------------------


def test_stock_pronoun_before_another_index_level_stays_the_stocks(tmp_path: Path) -> None:
    # NVDA 2026-03-19 close 178.56 (-1.02 %); ^NDX 2026-03-19 close 24355.28 (-0.29 %)
    text = (
        "Der Dax schloss am Freitag 2,0 Prozent tiefer.\n\n"
        "Die Nvidia-Aktie fällt im US-Handel zeitweise um 2 Prozent. Schon am Donnerstag hatte sie 1,0 Prozent "
        "verloren, der Nasdaq 100 schloss 0,3 Prozent tiefer bei 24.355 Punkten."
    )
    claims = _claims(text, date(2026, 3, 20))
    assert claims["1,0"].kind == "day_change" and claims["1,0"].listing == "NVDA"
    assert claims["1,0"].reference == {"date": "2026-03-19"}
    assert claims["0,3"].listing == "^NDX" and claims["24.355"].listing == "^NDX"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["1,0"] == "accurate" and verdicts["0,3"] == "accurate"


def test_stock_pronoun_before_another_index_level_in_english() -> None:
    text = (
        "The DAX closed 2.0% lower on Friday.\n\n"
        "Nvidia shares fell as much as 2% in New York. On Thursday they had lost 1.0%, and the Nasdaq 100 closed "
        "0.3% lower at 24,355 points."
    )
    claims = _claims(text, date(2026, 3, 20))
    assert claims["1.0"].listing == "NVDA" and claims["1.0"].reference == {"date": "2026-03-19"}
    assert claims["24,355"].listing == "^NDX"


def test_level_in_points_without_a_subject_is_still_the_last_index() -> None:
    # the rule the exception narrows: no index named after the number, the points are the last index's
    text = "Der Dax hat am Freitag nachgegeben. Am Ende stand ein Minus von 2,0 Prozent bei 22.380 Punkten."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["2,0"].listing == "^GDAXI" and claims["2,0"].kind == "index_move"


def test_index_named_after_the_number_in_its_own_clause_keeps_the_points(tmp_path: Path) -> None:
    # German puts the subject after the verb: the Dax of the clause owns the 23.084 points and the earlier move
    text = (
        "Tencent-Aktien verloren in Hongkong 1,0 Prozent.\n\n"
        "09:10 Uhr – Dax startet mit Erholung\n"
        "Nach dem Vortagesverlust von 2,8 Prozent eröffnet der Dax mit einem Plus von 1,1 Prozent bei 23.084 Punkten."
    )
    claims = _claims(text, date(2026, 3, 20))
    assert claims["2,8"].listing == "^GDAXI" and claims["2,8"].reference == {"date": "2026-03-19"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")["2,8"] == "accurate"


# --- a named month heading a sentence a few more words before its move ('Im März allein beläuft sich ...') ----------


def test_month_heading_the_sentence_reaches_a_move_told_further_on(tmp_path: Path) -> None:
    # NVDA 2026-02-27 close 177.19, 2026-03-26 close 171.24: March so far -3.36 %; a text of Thursday evening
    text = (
        "Die Nvidia-Aktie schloss am Donnerstag bei 171,24 Dollar. Im März allein beläuft sich das Minus der Aktie "
        "auf 3,4 Prozent."
    )
    claims = _claims(text, date(2026, 3, 26))
    assert claims["3,4"].kind == "month_return"
    assert claims["3,4"].reference == {"start": "2026-03-01", "end": "2026-03-26"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-26")["3,4"] == "accurate"


def test_month_heading_the_sentence_in_english() -> None:
    text = "Nvidia closed at $171.24 on Thursday. In March alone, the loss on the shares now adds up to 3.4%."
    claims = _claims(text, date(2026, 3, 26))
    assert claims["3.4"].kind == "month_return"
