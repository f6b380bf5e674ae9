"""Rules added after trying the twenty-third batch of written German articles as an editor would
(tests/golden/articles de141..de145: a Börsen-Zeitung report on Alibaba with Hong Kong's close and day range, the
Frankfurt ADR in euros and New York, a boerse.de 'Aktie des Tages' on Tencent with its 52-week extremes, February,
GD 50 and RSI, a Focus Money piece on Nvidia's record and week, a Reuters midday report on the Hong Kong market and a
boerse.ARD evening market report on the DAX, the Nasdaq 100 at Europe's close and Alibaba). Each sentence here is
written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a report of a market at its midday break, without a clock: written at that break ------------------------------


def test_a_german_midday_report_reads_a_past_tense_move_as_of_the_break(tmp_path: Path) -> None:
    # 0700.HK 2026-02-05: range 541.00..561.50, close 558.50, the day before 558.00; 545.00 is -2.33 % at midday,
    # the close was +0.09 %
    text = (
        "Hongkonger Aktien zur Mittagspause uneinheitlich\n\n"
        "Hongkong, 5. Feb (Reuters) - An der Hongkonger Börse haben die Anleger am Donnerstag bis zur Mittagspause "
        "vorsichtig agiert. Tencent verlor 2,3 Prozent auf 545,00 Hongkong-Dollar."
    )
    claims = _claims(text, date(2026, 2, 5))
    assert claims["545,00"].kind == "last_price" and claims["545,00"].listing == "0700.HK"
    assert claims["545,00"].reference == {"date": "2026-02-05"} and not claims["545,00"].completed_session
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-05")
    assert verdicts["2,3"] == "accurate" and verdicts["545,00"] == "accurate"


def test_a_midday_report_reads_the_index_and_its_year_to_date_at_the_break(tmp_path: Path) -> None:
    # ^HSI 2026-02-05: range 26410.77..26919.39, close 26885.24, the day before 26847.32, 2025's last close 25630.54:
    # 26520 is -1.22 % and +3.47 % this year; at the close +0.14 % and +4.90 %
    german = (
        "Hongkonger Börse zur Mittagspause schwächer\n\n"
        "Hongkong, 5. Feb (Reuters) - Der Hang-Seng-Index notierte am Donnerstag 1,2 Prozent tiefer bei 26.520 "
        "Punkten. Seit Jahresbeginn liegt er damit noch 3,5 Prozent im Plus."
    )
    claims = _claims(german, date(2026, 2, 5))
    assert claims["3,5"].kind == "ytd_return" and claims["3,5"].listing == "^HSI"
    verdicts = verdicts_by_quote(tmp_path, german, "2026-02-05")
    assert verdicts["1,2"] == "accurate" and verdicts["26.520"] == "accurate" and verdicts["3,5"] == "accurate"
    english = (
        "Hong Kong stocks edge lower at midday\n\n"
        "HONG KONG, Feb 5 (Reuters) - Hong Kong shares slipped on Thursday morning. At the midday break, the Hang "
        "Seng index was down 1.2% at 26,520. It is still up 3.5% so far this year."
    )
    verdicts = verdicts_by_quote(tmp_path, english, "2026-02-05")
    assert verdicts["1.2"] == "accurate" and verdicts["26,520"] == "accurate" and verdicts["3.5"] == "accurate"


def _break_notes(text: str, published: date) -> list[str]:
    notes: list[str] = []
    extract_claims(text, Published(published, "option"), load_rules(), notes=notes)
    return [note for note in notes if "midday break" in note]


def test_the_break_dates_the_text_only_where_its_opening_reports_the_market_at_it() -> None:
    at_break = "Hongkonger Börse zur Mittagspause im Minus\n\nHongkong, 5. Feb. Der Hang Seng fiel um 1,2 Prozent."
    assert _break_notes(at_break, date(2026, 2, 5)) == [
        "the text reports the HK market at its midday break: read as written at 04:00 UTC"
    ]
    # 'Nach der Mittagspause' tells what came after the break: an evening report
    after = "Hongkong, 5. Feb. Nach der Mittagspause drehte der Hang-Seng-Index ins Plus und schloss 0,1 Prozent höher."
    assert _break_notes(after, date(2026, 2, 5)) == []
    # a Saturday has no session to break
    assert _break_notes(at_break, date(2026, 2, 7)) == []


def test_a_midday_break_in_the_opening_of_a_frankfurt_report_changes_nothing() -> None:
    # Xetra trades through midday: no break to date the text by, so a German text without a clock stays as it was
    text = "Dax bis zur Mittagspause im Plus\n\nFrankfurt, 5. Feb. Der Dax stieg am Donnerstag um 0,5 Prozent."
    claims = _claims(text, date(2026, 2, 5))
    assert claims["0,5"].listing == "^GDAXI" and claims["0,5"].reference == {"date": "2026-02-05"}


# --- 'seit dem Schlusskurs vom vergangenen Freitag': a since-return from that close, not Friday's move -------------


def test_since_last_fridays_close_is_a_since_return_up_to_publication(tmp_path: Path) -> None:
    # NVDA 2025-11-07 (Friday) close 188.15, 2025-11-12 close 193.80: +3.00 %; Friday's own move was +0.04 %
    german = (
        "Nvidia legt weiter zu. Seit dem Schlusskurs vom vergangenen Freitag hat die Aktie an der Nasdaq rund "
        "3 Prozent gewonnen."
    )
    claims = _claims(german, date(2025, 11, 13))
    assert claims["3"].kind == "since_return" and claims["3"].listing == "NVDA"
    assert claims["3"].reference == {"start": "2025-11-07", "end": "2025-11-13"}
    assert verdicts_by_quote(tmp_path, german, "2025-11-13")["3"] == "accurate"
    english = "Nvidia kept climbing. Since last Friday's close, the shares have gained about 3% on the Nasdaq."
    claims = _claims(english, date(2025, 11, 13))
    assert claims["3"].kind == "since_return" and claims["3"].reference == {"start": "2025-11-07", "end": "2025-11-13"}


# --- a sum in billions after a move is no price the move went to ----------------------------------------------------


def test_a_sum_in_billions_after_a_move_stays_an_amount(tmp_path: Path) -> None:
    text = (
        "Nvidia stieg um 5,0 Prozent, nachdem der Konzern Aufträge über 500 Milliarden Dollar in Aussicht gestellt "
        "hatte."
    )
    claims = _claims(text, date(2025, 10, 30))
    assert claims["500"].kind == "amount" and not claims["500"].checkable
    assert verdicts_by_quote(tmp_path, text, "2025-10-30")["500"] == "out_of_scope"
    english = "Nvidia rose 5.0% on Tuesday, after the chipmaker said it expected orders of more than $500 billion."
    assert all(
        claim.kind == "amount" for quote, claim in _claims(english, date(2025, 10, 30)).items() if "500" in quote
    )


# --- 'bei Handelsschluss in Europa', 'at the close in Europe': a moment of New York's session, not its close ---------


def test_an_index_level_at_europes_close_is_a_moment_of_new_yorks_session(tmp_path: Path) -> None:
    # ^NDX 2026-02-24: range 24643.69..25022.92, close 24977.04, the day before 24708.94; 24850 is +0.57 %
    german = (
        "Marktbericht: Dax im Plus\n\nStand: 24.02.2026 18:10 Uhr\n\nDer Dax hat am Dienstag leicht zugelegt. Der "
        "technologielastige Nasdaq 100 notierte bei Handelsschluss in Europa 0,6 Prozent höher bei 24.850 Punkten."
    )
    claims = _claims(german, date(2026, 2, 24))
    assert claims["24.850"].listing == "^NDX" and claims["24.850"].reference == {"date": "2026-02-24"}
    assert not claims["24.850"].completed_session and not claims["0,6"].completed_session
    verdicts = verdicts_by_quote(tmp_path, german, "2026-02-24")
    assert verdicts["0,6"] == "accurate" and verdicts["24.850"] == "accurate"
    english = (
        "Markets wrap: tech rebounds\n\nFeb 24, 2026 12:10 PM ET\n\nWall Street rallied on Tuesday. The Nasdaq 100 "
        "was up 0.6% at 24,850 at the close in Europe."
    )
    verdicts = verdicts_by_quote(tmp_path, english, "2026-02-24")
    assert verdicts["0.6"] == "accurate" and verdicts["24,850"] == "accurate"


# --- a date in brackets opening with its day ('(3. Oktober)') ends no sentence; it dates the extreme, not the distance


def test_a_bracketed_day_after_a_52_week_high_leaves_the_distance_after_it_in_its_sentence(tmp_path: Path) -> None:
    # 9988.HK: highest high of the 52 weeks to 2026-02-26 186.20 on 2025-10-03; close 2026-02-26 143.00: -23.20 %
    # (read on 2025-10-03, the high's own day, the distance would be about nil: wrong)
    text = "Alibaba in Zahlen:\n\n- 52-Wochen-Hoch: 186,20 HKD (3. Oktober), Abstand: gut 23 Prozent"
    claims = _claims(text, date(2026, 2, 26))
    assert claims["23"].kind == "distance_52w_high" and claims["23"].listing == "9988.HK"
    assert claims["23"].direction == "down" and claims["23"].hedge == "just_over"
    assert claims["23"].reference == {"date": "2026-02-26"}
    assert verdicts_by_quote(tmp_path, text, "2026-02-26")["23"] == "accurate"


def test_the_extremes_day_written_after_it_does_not_date_the_distance() -> None:
    german = "Vom 52-Wochen-Hoch vom 3. Oktober ist die Alibaba-Aktie in Hongkong gut 23 Prozent entfernt."
    assert _claims(german, date(2026, 2, 26))["23"].reference == {"date": "2026-02-26"}
    english = "Alibaba's Hong Kong shares sit about 23% below their 52-week high of HK$186.20 from Oct. 3."
    assert _claims(english, date(2026, 2, 26))["23"].reference == {"date": "2026-02-26"}
    # a day told before the extreme is the distance's own: 'Am 3. Oktober lag die Aktie ...'
    earlier = "Am 5. Januar lag die Alibaba-Aktie in Hongkong knapp 20 Prozent unter ihrem 52-Wochen-Hoch."
    assert _claims(earlier, date(2026, 2, 26))["20"].reference == {"date": "2026-01-05"}
