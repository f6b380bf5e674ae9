"""Rules added after trying the twentieth batch of written English articles as an editor would (tests/golden/articles
en117..en121: a South China Morning Post close with Alibaba's and Baidu's morning session and the midday break, an EJ
Insight column on Tencent's and Meituan's 52-week extremes and moving averages, a Straits Times regional wrap with
Nvidia overnight, a CMC Markets update on the DAX and the Nasdaq 100 with support, RSI and futures, a Livemint
explainer on the Nasdaq's and Nvidia's week). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

TUESDAY = date(2026, 3, 24)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a move the paragraph's close announcement does not cover: one its own clause places during the session ----------


def test_a_midday_move_after_a_close_announcement_is_read_in_the_days_range() -> None:
    claims = _claims(
        "The Hang Seng Index rose 2.8 per cent to 25,063.71 at the close. At the midday break, the index was up "
        "1.9 per cent at 24,845.30.",
        TUESDAY,
    )
    assert claims["1.9"].kind == "index_move" and not claims["1.9"].completed_session
    assert claims["24,845.30"].kind == "index_level" and not claims["24,845.30"].completed_session
    claims = _claims(
        "Der Hang Seng stieg zum Handelsschluss um 2,8 Prozent auf 25.063,71 Punkte. In der Mittagspause lag der "
        "Index 1,9 Prozent im Plus bei 24.845,30 Punkten.",
        TUESDAY,
    )
    assert claims["1,9"].kind == "index_move" and not claims["1,9"].completed_session


def test_a_true_midday_level_after_the_close_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Hong Kong stocks rebound\n\n"
        "The Hang Seng Index rose 2.8 per cent to 25,063.71 at the close. At the midday break, the index was up "
        "1.9 per cent at 24,845.30.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-24")
    assert verdicts["2.8"] == "accurate" and verdicts["25,063.71"] == "accurate"
    assert verdicts["1.9"] == "accurate" and verdicts["24,845.30"] == "accurate"


# --- a phrase after the main clause looking back at an earlier move ('building on a 7.9 per cent surge on Friday') ---

MONDAY = date(2026, 3, 23)


def test_an_earlier_surge_built_on_dates_only_its_own_move() -> None:
    claims = _claims(
        "Tencent rose 3.1 per cent to HK$514 on Tuesday, building on a 2.5 per cent gain on Monday.",
        TUESDAY,
    )
    assert claims["3.1"].reference == {"date": "2026-03-24"}
    assert claims["514"].reference == {"date": "2026-03-24"}
    assert claims["2.5"].reference == {"date": "2026-03-23"}
    claims = _claims(
        "Overnight on Wall Street, Nvidia climbed 1.7 per cent to US$175.64, following a 3.3 per cent slide on Friday.",
        TUESDAY,
    )
    assert claims["1.7"].reference == {"date": "2026-03-23"}
    assert claims["3.3"].reference == {"date": "2026-03-20"}


def test_the_overnight_move_before_an_earlier_surge_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Asian markets\n\n"
        "Overnight on Wall Street, Nvidia climbed 1.7 per cent to US$175.64, building on a 3.3 per cent slide on "
        "Friday.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-24")
    assert verdicts["1.7"] == "accurate" and verdicts["175.64"] == "accurate"


def test_an_overnight_session_told_with_no_day_in_play_carries_to_the_next_sentence() -> None:
    text = (
        "The Hang Seng Index rose 0.6 per cent to 27,183.15.\n\n"
        "Overnight on Wall Street, Nvidia climbed 2.5 per cent, building on a 7.9 per cent surge on Friday. The "
        "Nasdaq 100 advanced 0.8 per cent.\n\n"
        "Tencent fell 1.6 per cent to HK$551."
    )
    claims = _claims(text, date(2026, 2, 10))
    assert claims["2.5"].reference == {"date": "2026-02-09"}
    assert claims["7.9"].reference == {"date": "2026-02-06"}
    assert claims["0.8"].reference == {"date": "2026-02-09"}  # the overnight session, not Friday's surge
    assert claims["1.6"].reference == {"date": "2026-02-10"}  # a new paragraph: back to publication


# --- a move against the close a week before ('up 7.4 percent from a week ago') is the week's ------------------------

THURSDAY = date(2026, 3, 26)


def test_a_move_from_a_week_ago_is_the_weeks_return() -> None:
    claims = _claims("Meituan closed at HK$86.70 on Thursday and is up 7.4 percent from a week ago.", THURSDAY)
    assert claims["7.4"].kind == "week_return"
    claims = _claims("Tencent is down 3.4 per cent compared with a week earlier.", THURSDAY)
    assert claims["3.4"].kind == "week_return"
    claims = _claims("Meituan notiert 7,4 Prozent höher gegenüber dem Stand vor einer Woche.", THURSDAY)
    assert claims["7,4"].kind == "week_return"


def test_a_true_move_from_a_week_ago_is_not_called_wrong(tmp_path: Path) -> None:
    text = "Meituan\n\nMeituan closed at HK$86.70 on Thursday in Hong Kong, up 7.4 percent from a week ago.\n"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-26")
    assert verdicts["7.4"] == "accurate"


# --- a British or Indian stamp, the day before the month ('30 March 2026, 07:40 BST'); 'X% under its average' -------


def test_a_day_first_stamp_with_its_zone_is_the_time_of_writing() -> None:
    from claimcheck.core.dates import publication_instant

    stamped = publication_instant("Market update\n\n30 March 2026, 07:40 BST\n", date(2026, 3, 30))
    assert stamped is not None and stamped.isoformat() == "2026-03-30T07:40:00+01:00"
    stamped = publication_instant("Explained\n\n3 min read . 07 Mar 2026, 09:15 AM IST\n", date(2026, 3, 7))
    assert stamped is not None and stamped.isoformat() == "2026-03-07T09:15:00+05:30"


def test_a_distance_under_an_average_is_a_fall_below_it() -> None:
    claims = _claims("The DAX is trading 7.5% under its 200-day average at 24,108.", date(2026, 3, 27))
    assert claims["7.5"].kind == "moving_average_distance" and claims["7.5"].direction == "down"


def test_a_true_distance_under_the_average_before_the_open_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Market update: DAX\n\n30 March 2026, 07:40 BST\n\n"
        "The DAX closed Friday's session down 1.4% at 22,300.75. It is trading 7.5% under its 200-day average at "
        "24,108.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-30")
    assert verdicts["7.5"] == "accurate" and verdicts["24,108"] == "accurate"


# --- a figure told in the present beside a during word is the session trading at writing ----------------------------


def test_a_live_figure_after_a_days_report_is_read_at_the_time_of_writing(tmp_path: Path) -> None:
    text = (
        "Market update\n\n30 March 2026, 07:40 BST\n\n"
        "The Nasdaq 100 fell 1.9% on Friday to 23,132.77.\n\n"
        "Asia\nThe Hang Seng is down 1.0% at 24,700 in afternoon trade.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-30")
    assert verdicts["1.9"] == "accurate"
    assert verdicts["1.0"] == "accurate" and verdicts["24,700"] == "accurate"


def test_a_past_figure_beside_a_during_word_keeps_the_day_told_before() -> None:
    text = (
        "Market update\n\n30 March 2026, 07:40 BST\n\n"
        "The Hang Seng fell 0.8% on Friday. At one point it was down 1.5%.\n"
    )
    claims = _claims(text, date(2026, 3, 30))
    assert claims["1.5"].reference == {"date": "2026-03-27"}


# --- an index's role with a relative clause on it ('The index, which had risen 1.3% on Wednesday, is now down') -----

SATURDAY = date(2026, 3, 7)


def test_a_relative_clause_after_the_role_keeps_the_index_as_subject() -> None:
    claims = _claims(
        "Nvidia slipped. The Nasdaq Composite fell 1.6% on Friday to 22,387.68. The index, which had gained 1.3% on "
        "Wednesday, is now down 3.7% this year.",
        SATURDAY,
    )
    assert claims["1.3"].kind == "index_move" and claims["1.3"].listing == "^IXIC"
    assert claims["1.3"].reference == {"date": "2026-03-04"}
    assert claims["3.7"].kind == "ytd_return" and claims["3.7"].listing == "^IXIC"
    claims = _claims(
        "Nvidia gab nach. Der Nasdaq Composite fiel am Freitag um 1,6 Prozent. Der Index, der am Mittwoch 1,3 Prozent "
        "gewonnen hatte, liegt seit Jahresbeginn 3,7 Prozent im Minus.",
        SATURDAY,
    )
    assert claims["1,3"].listing == "^IXIC" and claims["3,7"].listing == "^IXIC"


def test_the_index_after_its_relative_clause_is_not_judged_on_the_stock(tmp_path: Path) -> None:
    text = (
        "Nasdaq\n\nNvidia slipped 3% to $177.81 on Friday. The Nasdaq Composite fell 1.6% on Friday to 22,387.68. "
        "The index, which had gained 1.3% on Wednesday, is now down 3.7% this year.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["1.3"] == "accurate" and verdicts["3.7"] == "accurate"


# --- a conjunct told as of now after one told for a named day ('had jumped 1.8% on Feb 9 and is now up 6.1%') -------


def test_a_now_conjunct_does_not_take_the_day_of_the_conjunct_before() -> None:
    claims = _claims(
        "The Hang Seng Index rose 0.6 per cent to 27,183.15. The benchmark had jumped 1.8 per cent on Feb 9 and is "
        "now up 6.1 per cent since the start of the year.",
        date(2026, 2, 10),
    )
    assert claims["1.8"].reference == {"date": "2026-02-09"}
    assert claims["6.1"].kind == "ytd_return" and claims["6.1"].time_source == "publication_default"
    claims = _claims(
        "Der Hang Seng stieg um 0,6 Prozent. Der Leitindex hatte am Montag 1,8 Prozent gewonnen und liegt nun seit "
        "Jahresbeginn 6,1 Prozent im Plus.",
        date(2026, 2, 10),
    )
    assert claims["6,1"].time_source == "publication_default"
    claims = _claims("Tencent lost 3.4% on Thursday and another 1.9% on Friday.", date(2026, 3, 21))
    assert claims["1.9"].reference == {"date": "2026-03-20"}


def test_a_true_year_to_date_move_told_now_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Hong Kong\n\nThe Hang Seng Index rose 0.6 per cent to 27,183.15 on Tuesday. The benchmark had jumped 1.8 per "
        "cent on Monday and is now up 6.1 per cent since the start of the year.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-10")
    assert verdicts["1.8"] == "accurate" and verdicts["6.1"] == "accurate"


# --- Singapore's and India's indices are named, held by no quotes: never judged on a stock named before -------------


def test_the_straits_times_index_and_nifty_it_are_indices_without_quotes(tmp_path: Path) -> None:
    claims = _claims(
        "Tencent fell 1.6 per cent to HK$551. Singapore's Straits Times Index (STI) added 0.4 per cent to 4,982.11.",
        date(2026, 2, 10),
    )
    assert claims["0.4"].kind == "index_move" and claims["0.4"].listing is None
    assert claims["4,982.11"].kind == "index_level" and claims["4,982.11"].listing is None
    text = "Nvidia\n\nNvidia shares dropped 3% to $177.81 on Friday. The Nifty IT index fell 2.1% on Friday.\n"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["3"] == "accurate" and verdicts["2.1"] == "unverifiable"


# --- a level a writer asks to hold as support is a view of the chart, no price ('Whether HK$480 holds as support') ---


def test_a_level_holding_as_support_is_a_view_of_the_chart() -> None:
    claims = _claims(
        "Tencent slipped 2 percent to HK$495.60. Whether HK$480 holds as support is the question for the coming weeks.",
        date(2026, 3, 27),
    )
    assert claims["480"].kind == "level_forecast" and not claims["480"].checkable
    assert claims["495.60"].checkable
    claims = _claims("Nvidia closed at $177.81. The $170 area should act as a floor.", date(2026, 3, 7))
    assert claims["170"].kind == "level_forecast"


# --- 'the following day' is the session after the day an earlier sentence named -------------------------------------


def test_the_following_day_is_the_session_after_the_day_named_before() -> None:
    claims = _claims(
        "Nvidia reported quarterly results on 25 February. It lost 5.5% the following day and another 4.2% on "
        "27 February.",
        SATURDAY,
    )
    assert claims["5.5"].reference == {"date": "2026-02-26"}
    assert claims["4.2"].reference == {"date": "2026-02-27"}
    claims = _claims(
        "Nvidia legte am 25. Februar Zahlen vor. Am Folgetag verlor die Aktie 5,5 Prozent, am 27. Februar weitere "
        "4,2 Prozent.",
        SATURDAY,
    )
    assert claims["5,5"].reference == {"date": "2026-02-26"}
    assert claims["4,2"].reference == {"date": "2026-02-27"}


def test_a_true_move_of_the_following_day_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Nvidia\n\nNvidia reported quarterly results on 25 February. The stock lost 5.5% the following day and "
        "another 4.2% on 27 February.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["5.5"] == "accurate" and verdicts["4.2"] == "accurate"
