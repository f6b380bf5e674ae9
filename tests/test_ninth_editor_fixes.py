"""Rules added after trying the ninth batch of written articles as an editor would (tests/golden/articles
de61..de63, en55..en59). Each sentence here is written for the test, not taken from those articles. Before
these rules: the base day of a since-return ('since its Sept. 2 close') and the look-back of a 'highest close
since mid-August' dated the other numbers, so the moves after them were measured on the wrong day and called
wrong; a move over several sessions ('over the three sessions', 'a five-day rally') and a gap in percentage
points were judged as the day's move; a period heading a clause a colon ends did not reach the percentage
after the colon; 'abgesackt' and 'brechen ... ein' had no sign; 'an early slide of', 'Im Tagestief' were day
moves; correction notes, 'der nächste Widerstand' were judged; a headline's figure before a dash took the cue
after it ('Stopp'), and 'on earnings' made a move a company figure."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.kinds import UNMEASURED_KINDS
from claimcheck.model import Claim
from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 9, 27)  # a Saturday: every weekday named is a session before


def _all_claims(text: str, published: date = PUBLISHED) -> dict[str, Claim]:
    return claims_by_quote(text, published)


@pytest.mark.parametrize(
    ("text", "since", "after", "window"),
    [
        (
            "Tencent's Hong Kong shares fell 2.1% to HK$640 on Thursday. The stock has gained about 9% since its"
            " Sept. 2 close. Meituan slipped 1.2% to HK$101.50.",
            "9",
            "1.2",
            {"start": "2025-09-02", "end": "2025-09-25"},
        ),
        (
            "Nvidia slipped 1% to $176 on Friday. The stock has lost 4.2% since Tuesday's close. The Tencent ADRs"
            " fell 0.5% to $84.10.",
            "4.2",
            "0.5",
            {"start": "2025-09-23", "end": "2025-09-26"},
        ),
        (
            "Die Tencent-Aktie fiel am Freitag um 1 Prozent auf 600 HKD. Seit dem Schlusskurs vom Dienstag summieren"
            " sich die Abgaben auf 4,2 Prozent. Meituan gab 0,8 Prozent auf 99,10 HKD nach.",
            "4,2",
            "0,8",
            {"start": "2025-09-23", "end": "2025-09-26"},
        ),
    ],
)
def test_a_since_base_day_dates_no_later_sentence(text: str, since: str, after: str, window: dict[str, str]) -> None:
    claims = _all_claims(text)
    assert claims[since].kind == "since_return" and claims[since].reference == window
    assert claims[after].kind == "day_change" and claims[after].reference == {"date": window["end"]}


@pytest.mark.parametrize(
    "text",
    [
        "Hong Kong stocks rallied on Thursday. The Hang Seng closed 1.4% higher at 26,480.10, its highest close since"
        " mid-August.",
        "Die Börse in Hongkong legte am Donnerstag zu. Der Hang Seng schloss 1,4 Prozent fester bei 26.480,10 Punkten,"
        " der höchste Schlusskurs seit Mitte August.",
    ],
)
def test_a_highest_since_look_back_does_not_date_the_move(text: str) -> None:
    move = next(c for c in _all_claims(text).values() if c.kind == "index_move")
    assert move.reference == {"date": "2025-09-25"} and move.listing == "^HSI"


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Nvidia fell 1.3% to $176 on Friday and has lost 7.5% over the three sessions.", "7.5", "since_return"),
        (
            "Die Nvidia-Aktie gab am Freitag 1,3 Prozent nach. In den drei Tagen summiert sich das Minus auf"
            " 4,4 Prozent.",
            "4,4",
            "since_return",
        ),
        ("Nvidia rose 0.8% on Friday, and its five-day rally has lifted the stock 6.2%.", "6.2", "week_return"),
        ("Die Meituan-Aktie hat binnen drei Tagen 8 Prozent verloren.", "8", "since_return"),
        ("Die Meituan-Aktie hat seit vier Tagen 8 Prozent verloren.", "8", "since_return"),
        ("Meituan shares have climbed 12% over the past three weeks.", "12", "since_return"),
        ("Die Meituan-Aktie hat in den vergangenen zwei Wochen 18 Prozent zugelegt.", "18", "since_return"),
    ],
)
def test_a_move_over_several_sessions_is_not_the_days(text: str, quote: str, kind: str) -> None:
    claim = _all_claims(text)[quote]
    assert claim.kind == kind and claim.checkable


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Tencent rose 1.9% on Friday and outperformed the Hang Seng by 2.5 percentage points.", "2.5"),
        ("Meituan verlor am Freitag 2 Prozent und schnitt um 3 Prozentpunkte schlechter ab als der Index.", "3"),
    ],
)
def test_a_gap_in_percentage_points_is_no_move_of_the_stock(text: str, quote: str) -> None:
    claim = _all_claims(text)[quote]
    assert claim.kind == "relative_return" and claim.checkable and claim.unit == "percentage_points"
    assert "relative_return" in UNMEASURED_KINDS  # judged unverifiable, never against the day's move


def test_a_period_heading_a_clause_a_colon_ends_governs_the_percentage_after_it() -> None:
    claims = _all_claims(
        "Seit Jahresbeginn beträgt der Abstand der Tencent-Aktie zum Hang Seng 20 Prozentpunkte: Sie liegt"
        " 45 Prozent im Plus."
    )
    assert claims["45"].kind == "ytd_return" and claims["45"].reference == {"start": "2025-01-01", "end": "2025-09-26"}


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Die Meituan-Aktie war am Freitag zeitweise um 6,2 Prozent abgesackt.", "6,2", "intraday_move"),
        ("Die Tencent-ADRs brechen am Freitag um 5 Prozent ein.", "5", "day_change"),
    ],
)
def test_slump_verbs_give_the_sign(text: str, quote: str, kind: str) -> None:
    claim = _all_claims(text)[quote]
    assert claim.kind == kind and claim.direction == "down"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Tencent ADRs recovered from an early slide of 3.1% to close up 0.4% on Friday.", "3.1"),
        ("Die Tencent-Aktie schloss am Freitag 0,5 Prozent höher. Im Tagestief hatte sie 4 Prozent verloren.", "4"),
    ],
)
def test_a_move_named_by_its_intraday_noun_is_an_intraday_move(text: str, quote: str) -> None:
    assert _all_claims(text)[quote].kind == "intraday_move"


@pytest.mark.parametrize(
    ("text", "withdrawn"),
    [
        (
            "Tencent rose 2.4% on Friday. (This story has been corrected to say Tencent rose 2.4%, not 4.2%, in"
            " paragraph 1)",
            "4.2",
        ),
        (
            "Tencent gewann am Freitag 2,4 Prozent. Korrektur: In einer früheren Version dieses Artikels war das"
            " Tagesplus mit 4,2 Prozent angegeben.",
            "4,2",
        ),
    ],
)
def test_the_figure_a_correction_withdraws_is_not_judged(text: str, withdrawn: str) -> None:
    claim = _all_claims(text)[withdrawn]
    assert claim.kind == "retracted" and not claim.checkable


def test_the_next_resistance_is_no_level_break() -> None:
    claims = _all_claims(
        "Die Tencent-Aktie stieg am Freitag um 1 Prozent auf 640 HKD. Bei 680 HKD wartet der nächste Widerstand."
    )
    assert claims["680"].kind == "level_forecast" and not claims["680"].checkable


@pytest.mark.parametrize(
    "text",
    [
        "Tencent klettert 3 Prozent – jetzt den Stopp nachziehen\n\nDie Tencent-Aktie legte am Freitag in Hongkong zu.",
        "Nvidia shares climb 3% on strong earnings beat\n\nNvidia's shares rose on Friday.",
    ],
)
def test_a_headline_move_keeps_its_kind(text: str) -> None:
    claim = _all_claims(text)["3"]
    assert claim.kind == "day_change" and claim.checkable and claim.direction == "up"


def test_a_venue_in_a_clause_set_against_the_number_names_the_other_listing() -> None:
    claims = _all_claims(
        "In New York, Tencent's ADRs rose 0.6% to $84.10 on Friday. That leaves them up 31% this year, while the"
        " Hong Kong shares are up 29%."
    )
    assert claims["31"].listing == "TCEHY" and claims["29"].listing == "0700.HK"


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        (
            "Seit Jahresbeginn liegen die Tencent-ADRs 31 Prozent vorn, während die Aktie in Hongkong 29 Prozent"
            " zulegte.",
            "29",
            "ytd_return",
        ),
        (
            "Seit Jahresbeginn hat Tencent 31 Prozent gewonnen, während Meituan am Freitag 2 Prozent verlor.",
            "2",
            "day_change",
        ),
    ],
)
def test_a_period_heading_the_sentence_reaches_a_clause_set_against_it_without_a_day(
    text: str, quote: str, kind: str
) -> None:
    assert _all_claims(text)[quote].kind == kind


def test_a_day_after_clause_is_the_session_before_in_a_sentence_with_a_dateline() -> None:
    claims = _all_claims(
        "HONG KONG, Sept 26 (Reuters) - Tencent shares fell 2% in Hong Kong on Friday, a day after the company's"
        " ADRs rose 1.4% in New York.",
        date(2025, 9, 26),
    )
    assert claims["2"].reference == {"date": "2025-09-26"} and claims["1.4"].reference == {"date": "2025-09-25"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Meituan shares have fallen in six of the past seven sessions, losing 9% in that span.", "9"),
        ("Meituan fell for a fifth day on Thursday, bringing its losses over the stretch to 9%.", "9"),
        (
            "Die Meituan-Aktie verlor am Donnerstag den fünften Tag in Folge und kommt in diesem Zeitraum auf ein Minus"
            " von 9 Prozent.",
            "9",
        ),
    ],
)
def test_a_streaks_total_is_no_day_move(text: str, quote: str) -> None:
    claim = _all_claims(text)[quote]
    assert claim.kind == "since_return" and claim.checkable


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        (
            "Die Tencent-Aktie fiel am Freitag. Das KGV liegt bei 15. Seit April hat die Aktie rund 30 Prozent"
            " zugelegt.",
            "30",
            "since_return",
        ),
        ("Tencent's ADRs fell on Friday. Their RSI is at 41. Since April they have gained 31%.", "31", "since_return"),
    ],
)
def test_a_period_after_a_number_ends_the_sentence_before_a_word_no_ordinal_precedes(
    text: str, quote: str, kind: str
) -> None:
    assert _all_claims(text)[quote].kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tencent-Papiere haben in den letzten 12 Monaten um 38 Prozent zugelegt.", "twelve_month_return"),
        ("Tencent shares have gained 38% in the past 12 months.", "twelve_month_return"),
        ("Die Tencent-Aktie liegt 2025 bislang 38 Prozent im Plus.", "ytd_return"),
        ("Tencent shares have gained 38% since the start of the week.", "week_to_date_return"),
        ("Die Tencent-Aktie hat im laufenden Quartal 38 Prozent gewonnen.", "since_return"),  # quarter so far
        ("Die Tencent-Aktie hat auf Fünfjahressicht 38 Prozent gewonnen.", "since_return"),
        ("Tencent shares have gained 38% over the past three years.", "since_return"),
    ],
)
def test_period_words_name_the_period_not_the_day(text: str, kind: str) -> None:
    claim = _all_claims(text)["38"]
    assert claim.kind == kind and claim.checkable


@pytest.mark.parametrize(
    ("headline", "quote", "direction"),
    [
        ("Why Tencent Stock Is Sinking 6% Today", "6", "down"),
        ("Tencent Shares Jump 8% After Earnings Beat", "8", "up"),
        ("Tencent-Aktie bricht um 7 Prozent ein: Das steckt dahinter", "7", "down"),
    ],
)
def test_a_title_case_headline_move_keeps_its_sign(headline: str, quote: str, direction: str) -> None:
    claim = _all_claims(f"{headline}\n\nThe shares moved on Friday.")[quote]
    assert claim.kind == "day_change" and claim.direction == direction


@pytest.mark.parametrize(
    "text",
    [
        "Anleger, die im März bei Tencent eingestiegen sind, liegen mit 38 Prozent im Plus.",
        "Investors who bought Tencent in March are up 38%.",
        "Wer im März Tencent-Aktien gekauft hat, liegt 38 Prozent vorn.",
    ],
)
def test_a_holders_gain_since_buying_is_no_day_or_month_move(text: str) -> None:
    claim = _all_claims(text)["38"]
    assert claim.kind == "since_return" and claim.checkable


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Tencent's ADRs jumped 3% on Thursday before paring gains to close up 1.2%.", "3", "intraday_move"),
        ("Tencent's ADRs jumped 3% on Thursday before paring gains to close up 1.2%.", "1.2", "day_change"),
        ("Tencent's ADRs, which at one point were up 2%, closed 1.2% higher on Thursday.", "2", "intraday_move"),
        ("Die Tencent-ADRs stiegen am Donnerstag zwischenzeitlich um 3 Prozent.", "3", "intraday_move"),
        ("Tencent's ADRs rose 1.2% on Thursday after paring some of their gains.", "1.2", "day_change"),
    ],
)
def test_a_peak_the_shares_pared_is_an_intraday_move(text: str, quote: str, kind: str) -> None:
    assert _all_claims(text)[quote].kind == kind


def test_percentage_points_set_against_nothing_are_no_gap_between_moves() -> None:
    claims = _all_claims("Tencent rose 2% on Friday. The Fed cut rates by 0.25 percentage points.")
    assert claims["0.25"].kind != "relative_return" and not claims["0.25"].checkable


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Kurssprung von 4,1 Prozent am Donnerstag folgte am Freitag bei der Tencent-Aktie ein Minus von"
        " 3 Prozent.",
        "Die Tencent-Aktie fiel am Freitag um 3 Prozent nach einem Plus von 4,1 Prozent am Donnerstag.",
    ],
)
def test_an_earlier_moves_phrase_keeps_its_day_and_sign_to_itself(text: str) -> None:
    claims = _all_claims(text)
    assert (claims["4,1"].reference, claims["4,1"].direction) == ({"date": "2025-09-25"}, "up")
    assert (claims["3"].reference, claims["3"].direction) == ({"date": "2025-09-26"}, "down")


@pytest.mark.parametrize(
    ("text", "index", "kind"),
    [
        (
            "Tencent legte am Freitag 2 Prozent zu, verglichen mit einem Plus von 1 Prozent beim DAX.",
            "^GDAXI",
            "index_move",
        ),
        ("Tencent rose 2% on Friday, compared with a gain of 1% for the Nasdaq 100.", "^NDX", "index_move"),
        ("Tencent is up 38% in 2025, compared with a 1% gain for the Nasdaq 100.", "^NDX", "ytd_return"),
    ],
)
def test_a_move_set_against_the_stocks_names_its_index_and_period(text: str, index: str, kind: str) -> None:
    claim = _all_claims(text)["1"]
    assert (claim.listing, claim.kind) == (index, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Die Tencent-Aktie beendete den Donnerstagshandel mit einem Plus von 4,1 Prozent.",
        "Im Donnerstagshandel gewann die Tencent-Aktie 4,1 Prozent.",
    ],
)
def test_a_weekday_compound_naming_the_session_dates_it(text: str) -> None:
    assert _all_claims(text)["4,1"].reference == {"date": "2025-09-25"}


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("Tencent extended Thursday's 4.1% rally on Friday, rising another 1%.", "1"),
        ("Tencent gave back Thursday's 4.1% gain on Friday, falling 3%.", "3"),
    ],
)
def test_a_weekdays_possessive_dates_only_the_move_it_names(text: str, later: str) -> None:
    claims = _all_claims(text)
    assert claims["4.1"].reference == {"date": "2025-09-25"} and claims[later].reference == {"date": "2025-09-26"}


def test_a_weekdays_possessive_alone_still_dates_its_sentence() -> None:
    claims = _all_claims("Thursday's 3% drop left Tencent's ADRs at $84.10.")
    assert claims["3"].reference == claims["84.10"].reference == {"date": "2025-09-25"}
