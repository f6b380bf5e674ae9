"""Claim frames in English at parity with German, index subjects, companies without a row.
Sentences written for the test (Monday 2026-01-12 is the day of publication)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.measure import _candidate_days
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules
from tests.helpers import check_text

MONDAY = Published(date(2026, 1, 12), "option")


def _claims(text: str, rules: Rules, published: Published = MONDAY) -> dict[str, Claim]:
    claims, _ = extract_claims(text, published, rules)
    return {c.quote: c for c in claims if c.checkable}


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Hong Kong shares of Alibaba jump 6.1% to HK$150.2, their best day in a month.", ("6.1", "150.2")),
        ("Alibaba's stock soared 4.4%, reaching HK$141.80.", ("4.4", "141.80")),
        ("Die Alibaba-Aktie gewinnt in Hongkong 3,1 Prozent auf 150,20 HKD.", ("3,1", "150,20")),
    ],
)
def test_a_move_without_a_day_reads_the_publication_day_as_a_default(
    rules: Rules, text: str, quotes: tuple[str, ...]
) -> None:
    got = _claims(text, rules)
    for quote in quotes:
        claim = got[quote]
        assert claim.reference == {"date": "2026-01-12"}
        # still 'implied' (never wrong for a day the text did not name), and typed as a default
        assert (claim.date_basis, claim.time_source) == ("implied", "publication_default")


def test_the_publication_default_is_still_read_against_the_last_sessions(rules: Rules) -> None:
    default = _claims("Alibaba's Hong Kong shares jump 6.1%.", rules)["6.1"]
    stated = _claims("Alibaba's Hong Kong shares jumped 6.1% on Monday.", rules)["6.1"]
    assert stated.time_source == "text" and stated.reference == default.reference
    assert _candidate_days(stated, "XHKG", date(2026, 1, 12)) == [date(2026, 1, 12)]
    window = _candidate_days(default, "XHKG", date(2026, 1, 12))
    assert len(window) == 5 and window[-1] == date(2026, 1, 12) and window[0] == date(2026, 1, 6)


def test_a_period_move_naming_no_day_is_as_of_the_session_the_text_reported_or_later(rules: Rules) -> None:
    """Published Monday 2026-01-12: Friday's move reported first, 'this year' is as of Friday or Monday."""
    text = "Alibaba shares fell 4.7% in Hong Kong to HK$147.60 on Friday. The Hong Kong stock is up 85% this year."
    after_friday = _claims(text, rules)["85"]
    alone = _claims("The Hong Kong stock of Alibaba is up about 85% this year.", rules)["85"]
    assert (after_friday.kind, after_friday.not_before, alone.not_before) == ("ytd_return", "2026-01-09", None)
    # the year to date ends at the session reported; Monday's session stays a permitted reading
    assert after_friday.reference == {"start": "2026-01-01", "end": "2026-01-09"}
    assert alone.reference == {"start": "2026-01-01", "end": "2026-01-12"}
    assert _candidate_days(after_friday, "XHKG", date(2026, 1, 12)) == [date(2026, 1, 9), date(2026, 1, 12)]
    assert len(_candidate_days(alone, "XHKG", date(2026, 1, 12))) == 5


@pytest.mark.parametrize(
    ("text", "quote", "reference"),
    [
        # a week's move after a session reported the day before: the five sessions up to that one
        (
            "Die Baidu-Aktie verlor am Freitag in Hongkong 1,9 Prozent. "
            "Auf Wochensicht bleibt ein Minus von 3 Prozent.",
            "3",
            {"start": "2026-01-02", "end": "2026-01-09"},
        ),
        # the latest session reported, not the one an earlier day's pluperfect told last
        (
            "Tencent closed 2% lower in Hong Kong on Friday. On January 7 the shares had still gained 1.1%. "
            "The stock is up 6% so far this year.",
            "6",
            {"start": "2026-01-01", "end": "2026-01-09"},
        ),
    ],
)
def test_a_period_move_naming_no_day_ends_at_the_session_the_text_reported(
    rules: Rules, text: str, quote: str, reference: dict[str, str]
) -> None:
    assert _claims(text, rules)[quote].reference == reference


def test_the_period_moves_of_one_sentence_are_as_of_one_session(rules: Rules) -> None:
    """Published Monday 2026-01-12 after Friday's report: the Hang Seng's week is the shares' week, as of
    Friday (or Monday), and not the last calendar week too."""
    text = (
        "Tencent shares fell 1% in Hong Kong on Friday. Over the past week the stock is up 3%, while the "
        "Hang Seng Index fell 2% over the same period."
    )
    claims = _claims(text, rules)
    index = claims["2"]
    assert (index.kind, index.listing, index.not_before) == ("week_return", "^HSI", "2026-01-09")
    assert index.reference == claims["3"].reference == {"start": "2026-01-02", "end": "2026-01-09"}
    assert _candidate_days(index, "XHKG", date(2026, 1, 12)) == [date(2026, 1, 9), date(2026, 1, 12)]


@pytest.mark.parametrize(
    ("text", "quote", "reference"),
    [
        ("Alibaba shares rose 2% in Hong Kong on Friday. The stock is up 9% this year.", "9", ("01-01", "01-09")),
        # a Saturday's recap: the week just ended, Friday to Friday
        (
            "Am Freitag gaben die Baidu-ADRs um 1,1 Prozent nach. Unter dem Strich steht ein Wochenverlust von "
            "3 Prozent.",
            "3",
            ("01-02", "01-09"),
        ),
    ],
)
def test_a_period_move_in_a_weekend_text_ends_at_the_friday_it_reported(
    rules: Rules, text: str, quote: str, reference: tuple[str, str]
) -> None:
    saturday = Published(date(2026, 1, 10), "option")
    start, end = reference
    assert _claims(text, rules, saturday)[quote].reference == {"start": f"2026-{start}", "end": f"2026-{end}"}


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Alibaba shares slump 4.2% in Hong Kong.", "4.2", "down"),
        ("Baidu's stock tumbled 6.3% in Hong Kong.", "6.3", "down"),
        ("Alibaba's Hong Kong shares rise 2.5%.", "2.5", "up"),
        ("Alibaba-Papiere rutschten in Hongkong um 4,2 Prozent ab.", "4,2", "down"),
    ],
)
def test_english_move_verbs_in_every_tense_give_the_sign(rules: Rules, text: str, quote: str, direction: str) -> None:
    claim = _claims(text, rules)[quote]
    assert (claim.kind, claim.direction) == ("day_change", direction)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Caution: Alibaba stock faces 35% crash, analysts warn.", "35"),
        ("Der Alibaba-Aktie droht ein Einbruch von 20 Prozent.", "20"),
        ("Alibaba shares could fall 15% if the talks fail.", "15"),
    ],
)
def test_a_warned_or_possible_move_is_a_forecast_not_a_market_claim(rules: Rules, text: str, quote: str) -> None:
    claims, _ = extract_claims(text, MONDAY, rules)
    (claim,) = [c for c in claims if c.quote == quote]
    assert (claim.kind, claim.checkable) == ("forecast", False)


@pytest.mark.parametrize(
    ("text", "quote", "subject", "listing"),
    [
        ("Der Hang Seng Index fiel um 1,3 Prozent, Alibaba verlor überproportional.", "1,3", "Hang Seng", "^HSI"),
        ("Alibaba led a more than 1% increase in Hong Kong's Hang Seng index.", "1", "Hang Seng", "^HSI"),
        ("The Hang Seng Tech Index rose 2.1% on Friday.", "2.1", "Hang Seng Tech", "^HSTECH"),
        ("Der DAX schloss am Freitag 0,8 Prozent fester.", "0,8", "DAX", "^GDAXI"),
        ("The Nasdaq gained 1.2% on Friday.", "1.2", "Nasdaq Composite", "^IXIC"),
        ("The Hang Seng China Enterprises Index fell 0.4%.", "0.4", "Hang Seng China Enterprises Index", None),
    ],
)
def test_an_index_is_a_subject_of_its_own(
    rules: Rules, text: str, quote: str, subject: str, listing: str | None
) -> None:
    claim = _claims(text, rules)[quote]
    assert (claim.kind, claim.subject, claim.listing) == ("index_move", subject, listing)


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        ("Baidu Inc (NASDAQ:BIDU) fell 2.5% on Friday.", "2.5", "BIDU"),
        ("Im NASDAQ-Handel verlor die Baidu-Aktie am Freitag 1,6 Prozent.", "1,6", "BIDU"),
        ("Baidu-Papiere gaben an der Nasdaq am Freitag 1,6 Prozent nach.", "1,6", "BIDU"),
    ],
)
def test_an_exchange_named_like_an_index_is_a_venue(rules: Rules, text: str, quote: str, listing: str) -> None:
    claim = _claims(text, rules)[quote]
    assert (claim.kind, claim.subject, claim.listing) == ("day_change", "Baidu", listing)


def test_an_index_claim_does_not_become_the_subject_of_the_next_sentence(rules: Rules) -> None:
    got = _claims("Der Hang Seng Index fiel am Montag um 1,3 Prozent. Die Aktie von Alibaba verlor 3,1 Prozent.", rules)
    assert got["3,1"].subject == "Alibaba"
    got = _claims(
        "Die Alibaba-Aktie verlor am Montag 3,1 Prozent. Der DAX stieg um 0,5 Prozent. Die Aktie kostet 150 HKD.", rules
    )
    assert (got["0,5"].subject, got["150"].subject) == ("DAX", "Alibaba")


def test_index_claims_are_measured_on_the_index_s_own_quotes(tmp_path: Path) -> None:
    """^HSI closed at 25,976.79 on Friday 2025-12-12 and 25,628.88 on Monday 2025-12-15: -1.34 %."""
    text = (
        "Der Hang Seng Index fiel am Montag um 1,3 Prozent.\n\n"
        "Der Hang-Seng-Index gab am Montag um 2,5 Prozent nach.\n\n"
        "The S&P 500 rose 0.5% on Monday.\n\n"
        "The Hang Seng China Enterprises Index fell 0.9% on Monday."
    )
    claims = check_text(tmp_path, text, "2025-12-15")["articles"][0]["claims"]
    by_quote = {c["quote"]: c for c in claims}
    assert (by_quote["1,3"]["kind"], by_quote["1,3"]["verdict"]) == ("index_move", "accurate")
    assert by_quote["1,3"]["observed"] == pytest.approx((25628.8809 / 25976.7891 - 1) * 100, abs=1e-3)
    assert by_quote["2,5"]["verdict"] == "wrong"
    assert by_quote["0.5"]["verdict"] == "unverifiable"
    assert "keine Kursdaten für S&P 500 (^GSPC)" in by_quote["0.5"]["explanation"]
    assert by_quote["0.9"]["verdict"] == "unverifiable"
    assert "keine Kursdaten für Hang Seng China Enterprises Index" in by_quote["0.9"]["explanation"]


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("Hong Kong stocks fell on Monday. Tencent dipped 1.5% to HK$603.", True),  # the close it ended on
        ("Die Tencent-Aktie schloss am Montag in Hongkong mit einem Minus von 1,5 Prozent.", True),
        ("Tencent ended Monday's session down 1.5% in Hong Kong.", True),
        # a day before publication's named in its own sentence: that session's whole move too
        ("Tencent fell 1.5% in Hong Kong on Monday.", True),
        ("Tencent fell 1.5% in Hong Kong today, in early trade.", False),  # a moment of the session: the range stays
    ],
)
def test_a_stock_move_of_a_session_the_text_says_ended_reads_close_to_close(
    tmp_path: Path, text: str, finished: bool
) -> None:
    """Tencent on Monday 2025-12-15, told on Tuesday: 616 -> 603 is -2.11 % close to close, its day's
    range 602 .. 608.5 is -2.27 % .. -1.22 %. A 1.5 % fall lies in the range only. Tuesday's own session, caught in
    early trade: 592 .. 603 against 603, -1.82 % .. 0 %, holds it."""
    claims = check_text(tmp_path, text, "2025-12-16")["articles"][0]["claims"]
    move = next(c for c in claims if c["checkable"] and c["kind"] == "day_change")
    if finished:
        assert move["reading"] == "close vs previous close" and move["verdict"] != "accurate"
        assert move["observed"] == pytest.approx((603 / 616 - 1) * 100, abs=1e-3)
    else:
        assert (move["reading"], move["verdict"]) == ("intraday range vs previous close", "accurate")


@pytest.mark.parametrize(
    "text",
    [
        "Die Hongkonger Börse hat am Montag nachgegeben. Der Hang-Seng-Index fiel um 0,8 Prozent. Tencent "
        "verloren 2,1 Prozent auf 616 HKD. Der Hang-Seng-Index fiel zeitweise um 0,7 Prozent. Tencent notierte "
        "zuletzt bei 607 HKD.",
        "Hong Kong stocks fell on Monday. The Hang Seng Index fell 0.8%. Tencent dipped 2.1% to HK$616. The Hang "
        "Seng Index was down 0.7% in early trade. Tencent was trading at HK$607.",
    ],
)
def test_a_finished_sessions_move_and_the_price_it_ended_on_read_its_closes(tmp_path: Path, text: str) -> None:
    """Monday 2025-12-15, told on Tuesday: ^HSI closed -1.34 % (its range -0.59 % .. -1.42 %); Tencent
    closed at 603 (range 602 .. 608.5) after 616 on Friday. A past-tense move of that session reads
    close to close and the price it ended on is Monday's close, not Friday's; words placing a
    number during the session keep the day's range."""
    claims = check_text(tmp_path, text, "2025-12-16")["articles"][0]["claims"]
    by_value = {c["value"]: c for c in claims if c["checkable"]}
    finished_move, closed_at, intraday_move, last = by_value[0.8], by_value[616], by_value[0.7], by_value[607]
    assert (finished_move["reading"], finished_move["observed"]) == (
        "close vs previous close",
        pytest.approx(-1.3393, abs=1e-3),
    )
    assert finished_move["verdict"] != "accurate"
    assert (closed_at["kind"], closed_at["observed"], closed_at["verdict"]) == ("close", 603.0, "wrong")
    assert (intraday_move["reading"], intraday_move["verdict"]) == ("intraday range vs previous close", "accurate")
    assert (last["kind"], last["verdict"]) == ("last_price", "accurate")


@pytest.mark.parametrize(
    "text",
    [
        "Anleger, die damals 1.000 Dollar in NVIDIA investierten, hätten heute 336.000 Dollar.",
        "Investors who invested $1,000 in ALIBABA in 2015 would now hold $4,200.",
    ],
)
def test_a_sum_invested_is_not_a_share_price_and_capitals_name_the_company(rules: Rules, text: str) -> None:
    claims, _ = extract_claims(text, MONDAY, rules)
    assert claims and all(c.kind == "amount" and not c.checkable for c in claims[:1])
    assert {c.subject for c in claims} & {"Nvidia", "Alibaba"}


def test_a_period_word_at_the_head_governs_the_numbers_after_it_and_venues_stay_in_their_clause(
    rules: Rules,
) -> None:
    got = _claims("YTD, Baidu's Hong Kong stock up 47.2%, U.S.-listed shares BIDU up 40.8%", rules)
    assert {q: (got[q].kind, got[q].listing) for q in ("47.2", "40.8")} == {
        "47.2": ("ytd_return", "9888.HK"),
        "40.8": ("ytd_return", "BIDU"),
    }
    assert got["40.8"].reference == {"start": "2026-01-01", "end": "2026-01-12"}
    got = _claims("Seit Jahresbeginn, so die Statistik, legte die Alibaba-Aktie in Hongkong 12,5 Prozent zu.", rules)
    assert got["12,5"].kind == "ytd_return"


def test_ticker_tags_of_two_venues_leave_the_listing_to_the_context(rules: Rules) -> None:
    text = (
        "Alibaba's Hong Kong shares rallied on Monday. "
        "Baidu Inc (HK:9888) (NASDAQ:BIDU) climbed 3.8% to approximately $11.41 (HK$89.50)."
    )
    assert _claims(text, rules)["3.8"].listing == "9888.HK"
    text = "Alibaba's stock rallied in New York on Monday. Baidu Inc (HK:9888) (NASDAQ:BIDU) climbed 3.8%."
    assert _claims(text, rules)["3.8"].listing == "BIDU"
    assert _claims("Baidu Inc (HK:9888) climbed 3.8%.", rules)["3.8"].listing == "9888.HK"


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("NVIDIA schloss am Montag. Mit einem Tagesgewinn von 1,8 % lag der Kurs bei 162,88 Dollar.", "1,8", "up"),
        ("Die Alibaba-Aktie schloss am Montag mit einem Tagesverlust von 2,4 % in Hongkong.", "2,4", "down"),
    ],
)
def test_a_day_s_gain_or_loss_is_a_day_move(rules: Rules, text: str, quote: str, direction: str) -> None:
    claim = _claims(text, rules)[quote]
    assert (claim.kind, claim.direction) == ("day_change", direction)


@pytest.mark.parametrize(
    ("text", "level", "listing"),
    [
        ("The Hang Seng Index closed up 1.1% at 26,112.40 on Friday.", "26,112.40", "^HSI"),
        ("Tech stocks rallied: the Nasdaq 100 rose 0.9% to 21,480.5 and Nvidia gained 2%.", "21,480.5", "^NDX"),
        ("Der DAX schloss 0,4 Prozent höher bei 23.845,12.", "23.845,12", "^GDAXI"),
    ],
)
def test_an_index_level_written_without_points_is_its_level(rules: Rules, text: str, level: str, listing: str) -> None:
    claim = _claims(text, rules)[level]
    assert (claim.kind, claim.listing) == ("index_level", listing)


@pytest.mark.parametrize(
    "text",
    [
        "The Hang Seng Index's operator said its staff grew to 1,250 last year.",
        "Alibaba's cloud unit grew to 4,500.5 servers in the quarter.",
        "The DAX group of 40 companies rose 1.2% in 2025.",
    ],
)
def test_a_bare_number_is_an_index_level_only_after_a_level_word_about_an_index(rules: Rules, text: str) -> None:
    assert not [c for c in _claims(text, rules).values() if c.kind == "index_level"]


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Die Tencent-Aktie verbilligte sich am Montag um 1,4 Prozent.", "1,4", "down"),
        ("Meituan-Papiere verteuerten sich in Hongkong um 2,2 Prozent.", "2,2", "up"),
        ("Die Meituan-Aktie stürzte am Montag um 6 Prozent ab.", "6", "down"),
        ("Tencent-Titel notierten zuletzt 0,9 Prozent leichter.", "0,9", "down"),
        ("Nach dem Einbruch erholte sich die Tencent-Aktie um 3,3 Prozent.", "3,3", "up"),
        ("Tencent shares shed 1.8% in Hong Kong on Monday.", "1.8", "down"),
        ("Meituan added 2.6% on Monday after the results.", "2.6", "up"),
        ("Nvidia plummeted 7% on Monday.", "7", "down"),
        ("Nvidia shares rebounded 4.1% on Monday.", "4.1", "up"),
    ],
)
def test_the_sign_words_of_wire_copy_make_a_day_move(rules: Rules, text: str, quote: str, direction: str) -> None:
    claim = _claims(text, rules)[quote]
    assert (claim.kind, claim.direction) == ("day_change", direction)


def test_a_stake_or_an_earnings_figure_is_no_share_move(rules: Rules) -> None:
    claims = _claims("Nvidia's net loss narrowed 20% and revenue added 9% in the quarter.", rules)
    assert not [c for c in claims.values() if c.kind == "day_change"]


@pytest.mark.parametrize(
    "text",
    [
        "Tencent shares rose 3.2% on Monday after the company reported higher revenue.",
        "Die Meituan-Aktie fiel am Montag um 4,1 Prozent, nachdem der Konzern eine schwächere Marge meldete.",
        "Nvidia slipped 2.4% on Monday as capex worries weighed on chipmakers.",
    ],
)
def test_the_words_of_a_reason_clause_do_not_say_what_a_move_is(rules: Rules, text: str) -> None:
    [claim] = _claims(text, rules).values()
    assert claim.kind == "day_change"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Alibaba's ADRs rose 2.3% in premarket trading on Monday.", {"2.3": "premarket"}),
        (
            "Baidu fell 3.1% in after-hours trading on Monday to $110.20.",
            {"3.1": "after_hours", "110.20": "after_hours"},
        ),
        ("Vorbörslich legte die Alibaba-Aktie in New York am Montag um 2 Prozent zu.", {"2": "premarket"}),
        ("Nachbörslich verlor Baidu am Montag 4 Prozent.", {"4": "after_hours"}),
        ("Die Alibaba-Aktie notiert gut 15 Prozent über der 200-Tage-Linie.", {"15": "moving_average_distance"}),
        ("Baidu shares trade 8% above their 50-day moving average.", {"8": "moving_average_distance"}),
        ("Die 200-Tage-Linie der Alibaba-Aktie verläuft bei 120,40 HKD.", {"120,40": "moving_average"}),
        (
            "Alibaba fell 3.1% on Monday, and in after-hours trading rose 1% to $110.20.",
            {"3.1": "day_change", "1": "after_hours"},
        ),
    ],
)
def test_trading_outside_the_session_and_moving_averages_are_named(
    rules: Rules, text: str, kinds: dict[str, str]
) -> None:
    claims = _claims(text, rules)
    assert {quote: claims[quote].kind for quote in kinds} == kinds


def test_a_pre_market_move_is_unverifiable_and_never_the_session_s_move(tmp_path: Path) -> None:
    """BABA's session of 2025-11-11 is in the snapshot; a pre-market figure is still not judged on it."""
    text = "Alibaba's U.S.-listed shares rose 40% in premarket trading on Tuesday, November 11."
    [claim] = check_text(tmp_path, text, "2025-11-12", name="premarket.txt")["articles"][0]["claims"]
    assert (claim["kind"], claim["verdict"]) == ("premarket", "unverifiable")
    assert "Handel vor Börsenbeginn" in claim["explanation"]  # the report's language is German by default


@pytest.mark.parametrize(
    ("text", "listing"),
    [
        ("BIDU shares rose 2.2% on Monday.", "BIDU"),
        ("Year to date, TCEHY has gained 31%.", "TCEHY"),
        ("Shares of 3690.HK fell 1.9% on Monday.", "3690.HK"),
        # a venue word beats a ticker written as the company's tag; a tag after an exchange's colon is a tag
        ("Hong Kong shares of Tencent Holdings TCEHY rose 1.1% on Monday.", "0700.HK"),
    ],
)
def test_a_ticker_names_its_listing_when_no_venue_word_does(rules: Rules, text: str, listing: str) -> None:
    [claim] = _claims(text, rules).values()
    assert claim.listing == listing
