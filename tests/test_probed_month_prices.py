"""A price told in the past tense of a past month named without its year and without a day ('Im Oktober kostete die
Alibaba-Aktie in Hongkong noch 186 HKD', 'closed at HK$186 in October') is a price of any session of that month, the
latest such month up to publication: it had been read as of publication, so a true figure of October was called
wrong against February's close. So is one of a past year named alone ('Die Alibaba-ADS notierten 2021 zeitweise bei 270
Dollar'): any session of that year, before the quotes held here, so unverifiable (it had been judged as of
publication: wrong); a clause naming such a year is not dated by another clause's day, and 'heute sind es knapp 47
Prozent weniger' after it is the distance from that level (cues.csv: 'Prozent weniger' without 'als', unmeasured), not
today's move. A price in the present tense beside a month ('kostet 150 HKD, weniger als im
Oktober') stays as of publication. 'traded at $300 in 2021' is such a past price ('traded' had been kept from the past
tense as an adjective, 'shares traded in New York'), and so is an earlier figure after ', nach' naming its own year or
month ('kosten heute 140 Dollar, nach 270 Dollar im Jahr 2021': it had been read on the session before); a year opening
the sentence before a comma ('By 2022, the stock had sunk below $60') dates the clause after it, whatever day an
earlier sentence named. Sentences written for the test (no article copied).

Quotes (seeds/quotes), 9988.HK: October 2025's sessions traded between 153.00 (lowest low) and 186.20 (highest high,
2025-10-03); Friday 2026-02-27 closed at 142.90 (range 142.20 .. 145.50)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import check_text, claims_by_quote

SATURDAY = date(2026, 2, 28)
OCTOBER = {"start": "2025-10-01", "end": "2025-10-31"}


def test_a_past_months_price_is_read_on_that_month() -> None:
    german = claims_by_quote("Im Oktober kostete die Alibaba-Aktie in Hongkong noch 186 HKD.", SATURDAY)["186"]
    english = claims_by_quote("Alibaba's Hong Kong shares closed at HK$186 in October.", SATURDAY)["186"]
    assert (german.reference, english.reference) == (OCTOBER, OCTOBER)


def test_a_present_price_beside_a_month_stays_as_of_publication() -> None:
    text = "Die Alibaba-Aktie kostet in Hongkong 150 HKD, weniger als im Oktober."
    assert claims_by_quote(text, SATURDAY)["150"].reference == {"date": "2026-02-27"}


def test_a_past_months_price_is_judged_on_its_sessions(tmp_path: Path) -> None:
    text = (
        "Im Oktober kostete die Alibaba-Aktie in Hongkong noch 186 HKD.\n\n"
        "Die Alibaba-Aktie kostete im Oktober in Hongkong sogar 196 HKD."
    )
    verdicts = {
        c["quote"]: c["verdict"] for c in check_text(tmp_path, text, SATURDAY.isoformat())["articles"][0]["claims"]
    }
    assert verdicts == {"186": "accurate", "196": "wrong"}  # 186 inside October's 153.00 .. 186.20; 196 above it


def test_a_past_years_price_before_the_quotes_is_unverifiable(tmp_path: Path) -> None:
    text = "Die Alibaba-ADS notierten 2021 zeitweise bei 270 Dollar."
    assert claims_by_quote(text, SATURDAY)["270"].reference == {"start": "2021-01-01", "end": "2021-12-31"}
    (claim,) = check_text(tmp_path, text, SATURDAY.isoformat())["articles"][0]["claims"]
    assert claim["verdict"] == "unverifiable"


def test_a_figure_less_than_a_past_years_level_is_a_distance_from_it_not_todays_move() -> None:
    text = "Die Alibaba-ADS notierten 2021 zeitweise bei mehr als 270 Dollar, heute sind es knapp 47 Prozent weniger."
    claims = claims_by_quote(text, SATURDAY)
    assert claims["270"].reference == {"start": "2021-01-01", "end": "2021-12-31"}  # its own clause's year
    assert claims["47"].kind == "distance_past_peak"  # unmeasured: it had been today's intraday move, called wrong
    assert (
        claims_by_quote("Die Alibaba-Aktie kostet in Hongkong heute 3 Prozent weniger als am Vortag.", SATURDAY)[
            "3"
        ].kind
        == "day_change"
    )


def test_a_year_or_month_of_another_clause_or_a_look_back_does_not_date_a_price() -> None:
    text = "Alibaba's Hong Kong shares soared 7.3%, reaching HK$139.60, nearing their highest levels since late 2021."
    assert claims_by_quote(text, SATURDAY)["139.60"].reference == {"date": "2026-02-27"}
    text = "Alibaba's Hong Kong shares rose 2% to HK$150, after falling in October."
    assert claims_by_quote(text, SATURDAY)["150"].reference == {"date": "2026-02-27"}


def test_traded_at_in_a_past_month_or_year_is_a_past_price(tmp_path: Path) -> None:
    # 'traded' had counted as an adjective ('shares traded in New York'), so the sentence had no past tense and the
    # price was read as of publication (after a hyphen, 'Hong Kong-traded', it is still no report)
    year = claims_by_quote("Alibaba's ADRs traded at $300 in 2021.", SATURDAY)["300"]
    assert year.reference == {"start": "2021-01-01", "end": "2021-12-31"}
    text = "Alibaba's Hong Kong shares traded at HK$186 in October."
    assert claims_by_quote(text, SATURDAY)["186"].reference == OCTOBER
    (claim,) = check_text(tmp_path, text, SATURDAY.isoformat())["articles"][0]["claims"]
    assert claim["verdict"] == "accurate"  # inside October's 153.00 .. 186.20


def test_an_earlier_figure_after_nach_keeps_its_own_year_or_month() -> None:
    # ', nach 270 Dollar' without a day is the session before; with a past year or month it is of that year or month,
    # whatever the tense of the main clause
    claims = claims_by_quote("Die Alibaba-ADRs kosten heute 140 Dollar, nach 270 Dollar im Jahr 2021.", SATURDAY)
    assert claims["140"].reference == {"date": "2026-02-28"}
    assert claims["270"].reference == {"start": "2021-01-01", "end": "2021-12-31"}
    claims = claims_by_quote("Die Alibaba-Aktie kostet in Hongkong 143 HKD, nach 186 HKD im Oktober.", SATURDAY)
    assert claims["186"].reference == OCTOBER


def test_a_fronted_year_dates_the_clause_after_its_comma_even_after_a_dated_sentence() -> None:
    # 'By 2022,' opens the sentence: its year is the main clause's, and a day an earlier sentence named (Friday's
    # close) does not carry into it (it had been read on that Friday and called wrong)
    text = "Alibaba's ADRs closed at $142 on Friday. By 2022, the stock had sunk below $60."
    assert claims_by_quote(text, SATURDAY)["60"].reference == {"start": "2022-01-01", "end": "2022-12-31"}
    german = "Die Alibaba-ADRs schlossen am Freitag bei 142 Dollar. 2022 kosteten sie zeitweise unter 60 Dollar."
    assert claims_by_quote(german, SATURDAY)["60"].reference == {"start": "2022-01-01", "end": "2022-12-31"}
