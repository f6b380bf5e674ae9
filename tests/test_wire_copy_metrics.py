"""Metric words of wire copy and price pages that were read as the session's move: periods of a
month, five sessions or a named year, a company figure beside a period word, record highs, moves
since a low or an event. Sentences written for the test; figures from the snapshot (seeds/quotes)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.kinds import month_before
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules
from tests.helpers import check_text

WEDNESDAY = Published(date(2025, 11, 12), "option")
SNAPSHOT = Path(__file__).parents[1] / "seeds" / "quotes"


def _claims(text: str, rules: Rules, published: Published = WEDNESDAY) -> dict[str, Claim]:
    return {c.quote: c for c in extract_claims(text, published, rules)[0]}


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Baidu shares have fallen 12% over the past month.", "12", "past_month_return"),
        ("Die Tencent-Aktie hat binnen eines Monats 9 Prozent verloren.", "9", "past_month_return"),
        (
            "Der Kurs der Meituan-Aktie ist in den vergangenen fünf Handelstagen um 6,5 Prozent gestiegen.",
            "6,5",
            "week_return",
        ),
        ("Over the past five trading days, Tencent stock is up 4.5%.", "4.5", "week_return"),
        ("Meituan's Hong Kong stock ended the week 5% higher.", "5", "week_return"),
        ("Shares of Tencent have surged nearly 40% in 2025.", "40", "ytd_return"),
        ("Im Jahr 2025 legte die Tencent-Aktie um rund 40 Prozent zu.", "40", "ytd_return"),
        ("Tencent shares rose 12% in 2024.", "12", "calendar_year_return"),
        ("Tencent shares could rise 20% in 2026, one fund manager says.", "20", "forecast"),
        ("Tencent stock is up 30% since the start of the year.", "30", "ytd_return"),
        ("Die Meituan-Aktie hat seit dem Tief im April rund 60 Prozent zugelegt.", "60", "since_return"),
        ("Meituan shares are up 4% since the earnings release on Tuesday.", "4", "since_return"),
        ("Tencent shares hit a record high of HK$680 in October.", "680", "all_time_high"),
    ],
)
def test_period_and_extreme_words_name_their_metric(rules: Rules, text: str, quote: str, kind: str) -> None:
    assert _claims(text, rules)[quote].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Tencent's revenue rose 15% this year.",
        "Der Umsatz von Meituan stieg seit Jahresbeginn um 7 Prozent.",
        "Tencent's cloud revenue grew 26% over the past twelve months.",
    ],
)
def test_a_company_figure_beside_a_period_word_is_not_a_share_move(rules: Rules, text: str) -> None:
    [claim] = _claims(text, rules).values()
    assert (claim.kind, claim.checkable) == ("financials", False)


def test_a_dollar_sign_before_its_digits_names_the_us_listing_and_closed_at_is_the_close(rules: Rules) -> None:
    claims = _claims("Baidu stock closed Friday's session at $120.44, up 1.2%.", rules)
    assert (claims["120.44"].kind, claims["120.44"].listing, claims["1.2"].listing) == ("close", "BIDU", "BIDU")


def test_a_move_over_the_past_month_is_measured_close_to_close_a_month_apart(tmp_path: Path) -> None:
    """9988.HK closed 156.80 on 2025-11-12; a month earlier, 2025-10-12, was a Sunday: the close on or
    before it is 2025-10-10's 165.40; 156.80 / 165.40 - 1 = -5.20 %."""
    closes = pd.read_csv(SNAPSHOT / "9988.HK.csv", index_col="date")["close"]
    end = date(2025, 11, 12)
    base = closes[closes.index <= month_before(end).isoformat()].iloc[-1]
    expected = (closes[end.isoformat()] / base - 1) * 100
    text = (
        "Alibaba shares in Hong Kong closed at HK$156.80 on Wednesday, November 12, "
        "and have lost 5.2% over the past month."
    )
    claim = check_text(tmp_path, text, "2025-11-13")["articles"][0]["claims"][1]
    assert claim["reference"] == {"start": "2025-10-12", "end": "2025-11-12"}
    assert claim["observed"] == pytest.approx(expected, abs=1e-3) and round(expected, 1) == -5.2
    assert claim["verdict"] == "accurate"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 3, 31), date(2025, 2, 28)),
        (date(2024, 3, 30), date(2024, 2, 29)),
        (date(2026, 1, 15), date(2025, 12, 15)),
    ],
)
def test_a_month_before_keeps_the_day_or_takes_the_month_s_last(day: date, expected: date) -> None:
    assert month_before(day) == expected


@pytest.mark.parametrize(
    ("said", "direction", "verdict"),
    [("down $0.37", "down", "accurate"), ("up $0.37", "up", "wrong"), ("down $3.37", "down", "wrong")],
)
def test_a_move_in_money_is_the_change_from_the_previous_close(
    tmp_path: Path, said: str, direction: str, verdict: str
) -> None:
    """BIDU closed 131.95 on 2025-11-11 after 132.32: 131.95 - 132.32 = -0.37. The price words of the
    sentence ('closed at') do not make the move a price."""
    closes = pd.read_csv(SNAPSHOT / "BIDU.csv", index_col="date")["close"]
    change = closes["2025-11-11"] - closes["2025-11-10"]
    text = f"Baidu shares closed at $131.95 on Tuesday, November 11, {said}."
    claim = check_text(tmp_path, text, "2025-11-12")["articles"][0]["claims"][1]
    assert (claim["kind"], claim["direction"]) == ("price_change", direction)
    assert claim["observed"] == pytest.approx(change) and round(change, 2) == -0.37
    assert claim["verdict"] == verdict


def test_a_period_word_in_a_relative_clause_is_not_the_main_clause_s(rules: Rules) -> None:
    claims = _claims("The stock of Tencent, which has gained 40% this year, fell 3% on Tuesday.", rules)
    assert (claims["40"].kind, claims["3"].kind) == ("ytd_return", "day_change")
    claims = _claims(
        "Die Tencent-Aktie, die seit Jahresbeginn 40 Prozent zugelegt hat, fiel am Dienstag um 3 Prozent.", rules
    )
    assert (claims["40"].kind, claims["3"].kind) == ("ytd_return", "day_change")


@pytest.mark.parametrize(
    "text",
    [
        "Die Tencent-Aktie ist seit Jahresbeginn um 40 Prozent gestiegen, "
        "der Hang Seng legte im gleichen Zeitraum 30 Prozent zu.",
        "Tencent's stock is up 40% this year, compared with a 30% rise in the Hang Seng over the same period.",
    ],
)
def test_a_move_over_the_same_period_takes_the_earlier_move_s_period(rules: Rules, text: str) -> None:
    claims = _claims(text, rules)
    assert (claims["30"].kind, claims["30"].listing) == ("ytd_return", "^HSI")
    assert claims["30"].reference == claims["40"].reference


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Tencent stock is up 8% since Monday.", "8", "since_return"),
        ("Seit unserer Empfehlung hat die Meituan-Aktie 35 Prozent zugelegt.", "35", "since_return"),
        ("Die Meituan-Aktie stieg um 5 Prozent, der größte Tagesgewinn seit März.", "5", "day_change"),
        ("Für die Meituan-Aktie ging es am Dienstag um 2,6 Prozent nach oben.", "2,6", "day_change"),
    ],
)
def test_since_words_and_german_turns_of_phrase(rules: Rules, text: str, quote: str, kind: str) -> None:
    assert _claims(text, rules)[quote].kind == kind


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        (
            "Die Tencent-Aktie notiert derzeit rund 20 Prozent unter ihrem Rekordhoch von 2021.",
            "20",
            "distance_past_peak",
        ),
        ("Tencent's shares are still about 30% below their 2021 peak.", "30", "distance_past_peak"),
        ("Die Meituan-Aktie müsste um 30 Prozent steigen, um das Kursziel zu erreichen.", "30", "forecast"),
        ("Meituan hat in den vergangenen drei Monaten rund 40 Prozent zugelegt.", "40", "months_return"),
        ("Im Wochenvergleich liegt die Meituan-Aktie 4 Prozent im Plus.", "4", "week_return"),
        ("Die Meituan-Aktie liegt 12 Prozent über dem Niveau vom Jahresanfang.", "12", "ytd_return"),
        ("Die Meituan-Aktie hat seit Anfang November 15 Prozent verloren.", "15", "month_return"),
        # a conditional gain to the 52-week high is the distance to it, not a forecast
        ("Gewinne von 9,6 Prozent würden die Tencent-Aktie auf das 52-Wochen-Hoch hieven.", "9,6", "distance_52w_high"),
    ],
)
def test_peaks_of_past_years_months_and_forecasts_are_not_the_session_s_move(
    rules: Rules, text: str, quote: str, kind: str
) -> None:
    assert _claims(text, rules)[quote].kind == kind


def test_the_day_of_a_base_without_a_number_dates_nothing_else(rules: Rules) -> None:
    """'über dem Schlusskurs vom Vortag' names the base's day: the open beside it, and the sentences
    after it, stay on the day of publication."""
    text = (
        "Die Tencent-Aktie eröffnet in Hongkong bei 600,50 HKD und damit 1,5 Prozent über dem Schlusskurs vom Vortag. "
        "In der Spitze ging es bis auf 605,00 HKD nach oben."
    )
    claims = _claims(text, rules)
    assert (claims["600,50"].kind, claims["1,5"].kind) == ("open_price", "open_move")
    assert {c.reference["date"] for c in claims.values() if c.reference} == {"2025-11-12"}


def test_moves_after_an_announced_close_are_the_whole_session_s(rules: Rules) -> None:
    """A report published after Hong Kong's close ('Handelsschluss in Hongkong.', a price list under
    'Die Schlusskurse:') gives the session's whole move: read close to close, not within the day's range."""
    at_evening = Published(
        date(2025, 11, 12), "option", datetime(2025, 11, 12, 18, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    )
    claims = _claims("Handelsschluss in Hongkong. Meituan legt 1,2 Prozent zu.", rules, at_evening)
    assert claims["1,2"].completed_session
    listed = _claims(
        "Die Schlusskurse:\n\n- Meituan: 98,40 HKD (+1,2 %)\n- Tencent: 601,00 HKD (-0,4 %)", rules, at_evening
    )
    assert (listed["98,40"].kind, listed["1,2"].completed_session, listed["0,4"].completed_session) == (
        "close",
        True,
        True,
    )
    assert not _claims("Meituan legt 1,2 Prozent zu.", rules, at_evening)["1,2"].completed_session


@pytest.mark.parametrize("text", ["Hang Seng: 26.112,40 Punkte (+0,6 %)", "Hang Seng: 26,112.40 (+0.6%)"])
def test_an_index_s_value_after_its_label_is_its_level(rules: Rules, text: str) -> None:
    level = next(c for c in _claims(text, rules).values() if c.value and c.value > 1000)
    assert (level.kind, level.listing) == ("index_level", "^HSI")


def test_an_english_date_or_a_year_before_a_period_ends_the_sentence(rules: Rules) -> None:
    claims = _claims(
        "Tencent bottomed at HK$420.00 on April 9. The shares now trade 20% above their 50-day line.", rules
    )
    assert claims["420.00"].reference == {"date": "2025-04-09"}
    assert claims["20"].reference == {"date": "2025-11-12"}  # as of the article's now, not April 9


def test_the_day_of_an_earlier_event_in_a_subordinate_clause_is_not_carried_on(rules: Rules) -> None:
    text = (
        "Der Dax hat am Donnerstag 1,6 Prozent verloren, nachdem er am Mittwoch noch 1,7 Prozent gewonnen hatte. "
        "An der Wall Street schloss der Nasdaq 100 mit einem Minus von 0,3 Prozent."
    )
    claims = _claims(text, rules, Published(date(2025, 11, 14), "option"))
    assert claims["0,3"].reference == {"date": "2025-11-13"}  # Thursday, the day the main clause reported


def test_overnight_before_a_move_names_the_session_before_publication(rules: Rules) -> None:
    claims = _claims("Overnight in New York, Tencent's ADRs had slipped 1.3%.", rules)
    assert claims["1.3"].reference == {"date": "2025-11-11"}
    # after the move, 'über Nacht' speaks of the market the move followed
    claims = _claims("Tencent stieg in Hongkong um 4 Prozent und folgte dem Anstieg in den USA über Nacht.", rules)
    assert claims["4"].reference == {"date": "2025-11-12"}


def test_a_distance_above_a_dated_low_is_a_move_since_it_not_the_day_s(rules: Rules) -> None:
    text = (
        "Tencent shares closed at HK$610.00 on Wednesday, down 0.7%, "
        "but remain about 45% above their April 8 closing low of HK$420.00."
    )
    claims = _claims(text, rules)
    assert (claims["0.7"].kind, claims["45"].kind) == ("day_change", "since_return")


def test_the_month_of_a_record_dates_the_record_not_the_distance_to_it(rules: Rules) -> None:
    claims = _claims("Tencent is still almost 16% below its 52-week closing high of HK$683.00 in early October.", rules)
    assert claims["16"].kind == "distance_52w_high" and claims["16"].reference == {"date": "2025-11-12"}


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        (
            "The Hang Seng closed 1.3% lower. Meituan fell 2%. The benchmark is still up about 27% this year.",
            "27",
            "^HSI",
        ),
        (
            "Der Dax verlor 1 Prozent. Tencent fiel um 2 Prozent. Der Leitindex gewann seit Jahresbeginn 20 Prozent.",
            "20",
            "^GDAXI",
        ),
    ],
)
def test_an_index_called_by_its_role_is_the_last_index_named(rules: Rules, text: str, quote: str, listing: str) -> None:
    assert _claims(text, rules)[quote].listing == listing


def test_an_index_s_level_is_read_on_the_day_the_main_clause_reports(rules: Rules) -> None:
    text = (
        "Der Dax hat am Dienstag 1,6 Prozent verloren. Im Tagesverlauf war der Leitindex bis auf 23.754,65 Punkte "
        "gefallen, nachdem er am Montag noch 1,7 Prozent gewonnen hatte."
    )
    claim = _claims(text, rules)["23.754,65"]
    assert (claim.listing, claim.reference) == ("^GDAXI", {"date": "2025-11-11"})  # not Monday's


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Tencent's U.S.-listed shares, which have risen 40% this year, closed 2.2% lower.", "40", "up"),
        ("Die Tencent-Aktien ermäßigten sich am Montag um 1,2 Prozent.", "1,2", "down"),
        ("Meituan-Papiere befestigten sich am Montag um 0,8 Prozent.", "0,8", "up"),
    ],
)
def test_participles_and_price_page_verbs_give_the_side(rules: Rules, text: str, quote: str, direction: str) -> None:
    assert _claims(text, rules)[quote].direction == direction


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        # 'um' alone is 'around'; after a move verb it is the size of the move
        ("Die Tencent-Aktie notierte am Mittag in Hongkong um 600 HKD.", "600", "last_price"),
        ("Die Nvidia-Aktie stieg am Dienstag um 2,10 Euro auf 160,20 Euro.", "2,10", "price_change"),
        # an expectation before a price in its clause makes it a forecast, a past 'as high as' stays the high
        ("Some analysts say Tencent's shares could go as high as HK$800.", "800", "forecast"),
        ("Tencent's shares rose as high as HK$615 on Tuesday.", "615", "day_high"),
        # a record or all-time high is no 52-week high: its distance and level are not measured
        ("Tencent's ADRs remain 50% below their record close of $95.00 from 2021.", "50", "distance_past_peak"),
        ("Tencent's ADRs remain 50% below their record close of $95.00 from 2021.", "95.00", "all_time_high"),
        ("Nvidia shares fell 3% after the bell in extended trading.", "3", "after_hours"),
        ("Profit-taking pushed Nvidia down 3% this week.", "3", "week_to_date_return"),
        ("Strong earnings lifted Nvidia 12% this month.", "12", "month_return"),
        ("Since investors expect stimulus, Tencent shares rose 3% on Tuesday.", "3", "day_change"),
    ],
)
def test_words_that_look_like_a_metric_but_are_not(rules: Rules, text: str, quote: str, kind: str) -> None:
    assert _claims(text, rules)[quote].kind == kind


def test_an_index_named_as_a_yardstick_is_not_the_subject(rules: Rules) -> None:
    text = (
        "Der Hang Seng stieg am Dienstag um 1 Prozent. "
        "Tencent-Aktien entwickelten sich besser als der Index und legten 3,2 Prozent zu."
    )
    assert _claims(text, rules)["3,2"].listing == "0700.HK"


@pytest.mark.parametrize(
    ("text", "quote", "reference"),
    [
        ("Shortly after the opening bell on Monday, Tencent shares were down 3%.", "3", {"date": "2025-11-10"}),
        (
            "Nach Zahlen über Nacht fällt die Nvidia-Aktie im Frankfurter Handel um 3 Prozent.",
            "3",
            {"date": "2025-11-12"},
        ),
        # a coming day of a month dates nothing ('results on November 25'), a past one stays
        ("Tencent, which reports results on November 25, rose 3%.", "3", {"date": "2025-11-12"}),
    ],
)
def test_days_that_name_no_earlier_event(rules: Rules, text: str, quote: str, reference: dict[str, str]) -> None:
    assert _claims(text, rules)[quote].reference == reference


def test_a_range_of_percentages_keeps_its_sign(rules: Rules) -> None:
    assert _claims("Die Tencent-Aktie legte am Dienstag 2 - 3 Prozent zu.", rules)["2 - 3"].direction == "up"


def test_a_move_over_the_same_period_in_an_undated_article_is_unverifiable_not_an_error(tmp_path: Path) -> None:
    text = (
        "Die Tencent-Aktie ist seit Jahresbeginn um 40 Prozent gestiegen, "
        "der Hang Seng legte im gleichen Zeitraum 30 Prozent zu."
    )
    results = check_text(tmp_path, text, None)  # type: ignore[arg-type]
    assert results["errors"] == []
    assert [c["verdict"] for c in results["articles"][0]["claims"]] == ["unverifiable", "unverifiable"]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("November 25, 2025, 4:30 p.m. ET", date(2025, 11, 25)),
        ("NEW YORK, Nov 24, 2025 (Reuters) -", date(2025, 11, 24)),
        ("Sept. 3, 2025", date(2025, 9, 3)),
    ],
)
def test_an_english_dateline_gives_the_publication_day(tmp_path: Path, head: str, day: date) -> None:
    from claimcheck.adapters.articles import load_article

    article = tmp_path / "wire.txt"
    article.write_text(f"Tencent shares slip\n\n{head} Tencent shares fell 1.2% on Monday.\n", encoding="utf-8")
    loaded = load_article(article, None, {}, date(2026, 11, 30))
    assert (loaded.published.date, loaded.published.source) == (day, "text")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Die Tencent-ADRs hatten am Montag 1,21 US-Dollar auf 66,85 US-Dollar gewonnen.",
            {"1,21": "price_change", "66,85": "close"},
        ),
        (
            "Die Meituan-Aktie, die am Montag 2,25 HKD auf 95,00 HKD abgab, erholte sich.",
            {"2,25": "price_change", "95,00": "last_price"},
        ),
        ("Nachdem die Tencent-Aktie am Montag 6,04 Dollar verlor, stieg sie.", {"6,04": "price_change"}),
        ("Meituan fell 4.7% on Monday, a drop of HK$4.70.", {"4.70": "price_change"}),
        ("Die Tencent-Aktie stieg am Montag von 600 HKD auf 610 HKD.", {"600": "last_price", "610": "last_price"}),
    ],
)
def test_a_sum_before_the_price_it_moved_to_or_before_its_verb_is_a_move_in_money(
    rules: Rules, text: str, kinds: dict[str, str]
) -> None:
    claims = _claims(text, rules)
    assert {quote: claims[quote].kind for quote in kinds} == kinds


def test_a_relative_clause_or_a_phrase_of_an_earlier_move_dates_only_itself(rules: Rules) -> None:
    claims = _claims("Tencent, whose shares had risen 1.6% on Monday, fell 4.7% to HK$600.00.", rules)
    assert (claims["1.6"].reference, claims["4.7"].reference) == ({"date": "2025-11-10"}, {"date": "2025-11-12"})
    claims = _claims(
        "Die Tencent-Aktie hat 1,0 Prozent eingebüßt, nach einem Kurssprung von 7,3 Prozent am Montag.", rules
    )
    assert (claims["1,0"].reference, claims["7,3"].reference) == ({"date": "2025-11-12"}, {"date": "2025-11-10"})


def test_a_price_a_year_ago_is_read_a_year_before_and_dates_nothing_after_it(rules: Rules) -> None:
    claims = _claims("Vor einem Jahr kostete die Tencent-Aktie noch rund 40 Euro. Heute kostet sie 52 Euro.", rules)
    assert (claims["40"].reference, claims["52"].reference) == ({"date": "2024-11-12"}, {"date": "2025-11-12"})
    claims = _claims("A year ago Tencent traded at about HK$420. It now trades at HK$600.", rules)
    assert claims["420"].reference == {"date": "2024-11-12"} and claims["600"].reference == {"date": "2025-11-12"}


def test_a_move_since_the_week_began_is_measured_from_the_previous_week_s_last_close(tmp_path: Path) -> None:
    """9988.HK on Thursday 2025-11-13 against the last close before that week (Friday 2025-11-07);
    five sessions back (2025-11-06) is another base: only the week's counts."""
    closes = pd.read_csv(SNAPSHOT / "9988.HK.csv", index_col="date")["close"]
    week_to_date = (closes["2025-11-13"] / closes[closes.index <= "2025-11-09"].iloc[-1] - 1) * 100
    text = f"Alibaba shares in Hong Kong closed at HK$162.00 on Thursday, up {week_to_date:.1f}% this week."
    claim = check_text(tmp_path, text, "2025-11-14")["articles"][0]["claims"][1]
    assert claim["kind"] == "week_to_date_return"
    assert claim["reference"] == {"start": "2025-11-10", "end": "2025-11-13"}
    assert claim["observed"] == pytest.approx(week_to_date, abs=1e-3) and claim["verdict"] == "accurate"


def test_a_number_told_of_a_dated_base_s_day_takes_that_day(rules: Rules) -> None:
    text = (
        "Am Montag schloss die Tencent-Aktie bei 600,00 HKD und damit rund 40 Prozent über dem Schlusskurs "
        "vom 7. April, als sie bei 428,00 HKD aus dem Handel gegangen war."
    )
    claims = _claims(text, rules)
    assert (claims["600,00"].reference, claims["428,00"].reference) == ({"date": "2025-11-10"}, {"date": "2025-04-07"})


@pytest.mark.parametrize(
    "text",
    [
        "Die Tencent-Aktie lag damit noch knapp 28 Prozent unter dem neuen Ziel.",
        "Tencent trades 25% below the new price target.",
    ],
)
def test_the_distance_to_a_price_target_is_the_analyst_s_not_the_day_s(rules: Rules, text: str) -> None:
    [claim] = _claims(text, rules).values()
    assert (claim.kind, claim.checkable) == ("analyst_target", False)


def test_a_session_that_reversed_to_close_down_and_its_loss_on_the_day(rules: Rules) -> None:
    claims = _claims(
        "Tencent's ADRs opened at $85.20 and then reversed to close down 2.3% at $81.01, a loss of $1.90 on the day.",
        rules,
    )
    assert (claims["2.3"].kind, claims["1.90"].kind) == ("day_change", "price_change")
    assert _claims("Tencent reported a net loss of $1.90 billion.", rules)["1.90"].kind == "financials"


def test_a_price_at_the_open_is_the_open(rules: Rules) -> None:
    text = "Die Tencent-ADRs schlossen bei 84,10 Dollar, nachdem sie zur Eröffnung bei 86,21 Dollar gelegen hatten."
    assert _claims(text, rules)["86,21"].kind == "open_price"


def test_an_english_dateline_s_clock_makes_the_day_s_moves_whole_sessions(tmp_path: Path) -> None:
    """'Nov 24, 2025, 5:10 p.m. ET': after New York's close, so 'added $3.76, or 2.1%, to $182.55' are
    the session's whole move and close, both read close to close."""
    from claimcheck.adapters.articles import load_article
    from claimcheck.pipeline import extract

    article = tmp_path / "wrap.txt"
    article.write_text(
        "Stocks rebound\n\nNov 24, 2025, 5:10 p.m. ET\n\nNvidia added $3.76, or 2.1%, to $182.55 on Monday.\n"
    )
    loaded = load_article(article, None, {}, date(2026, 11, 30))
    assert loaded.published.at is not None and (loaded.published.at.hour, loaded.published.at.minute) == (17, 10)
    claims = {c.quote: c for c in extract(loaded).claims}
    assert [claims[q].completed_session for q in ("3.76", "2.1", "182.55")] == [True, True, True]
