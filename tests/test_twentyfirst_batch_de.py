"""Rules added after trying the twenty-first batch of written German articles as an editor would (tests/golden/articles
de126..de130: a Handelsblatt live blog on the DAX, the Nasdaq and Alibaba in Frankfurt, a dpa-AFX 'Aktie im Fokus' on
Alibaba, a Der-Aktionär piece on Baidu's week and moving averages, a Der Standard/APA report on Asia's markets with
Tencent and Meituan, a finanzen.ch weekly outlook on Nvidia and the Nasdaq 100). Each sentence here is written for the
test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules
from tests.helpers import check_text, claims_by_quote, verdicts_by_quote

WEDNESDAY = date(2026, 3, 25)
TUESDAY = date(2026, 3, 24)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


def claims_list(text: str, published: date) -> list[Claim]:
    """All claims of a text in order (two with one quote both kept)."""
    claims, _ = extract_claims(text, Published(published, "option"), load_rules())
    return sorted(claims, key=lambda c: c.span[0])


def verdicts_list(tmp_path: Path, text: str, published: str) -> list[tuple[str, str]]:
    """The (quote, verdict) pairs of a text checked on demand, in order."""
    claims = check_text(tmp_path, text, published)["articles"][0]["claims"]
    return [(c["quote"], c["verdict"]) for c in sorted(claims, key=lambda c: c["span"][0])]


# --- a move named with its day as an attribute ('die Erholung vom Vortag') dates that move, not the next sentences ----


def test_a_german_rebound_of_the_day_before_does_not_date_the_next_paragraph() -> None:
    claims = _claims(
        "Die Märkte in Fernost zeigten sich am Mittwoch freundlich. In Hongkong knüpften die Anleger an die Erholung "
        "vom Vortag an.\n\nDer Hang Seng gewann bis zum Handelsschluss 1,1 Prozent auf 25.336 Punkte.",
        WEDNESDAY,
    )
    assert claims["1,1"].kind == "index_move" and claims["1,1"].listing == "^HSI"
    assert claims["1,1"].reference == {"date": "2026-03-25"}
    assert claims["25.336"].reference == {"date": "2026-03-25"}


def test_german_losses_of_a_named_weekday_do_not_date_the_move_after_them() -> None:
    claims = _claims(
        "Die Tencent-Aktie machte in Hongkong die Verluste vom Montag mehr als wett.\n\n"
        "Sie stieg um 3,1 Prozent auf 514 Hongkong-Dollar.",
        TUESDAY,
    )
    assert claims["3,1"].kind == "day_change" and claims["3,1"].listing == "0700.HK"
    assert claims["3,1"].reference == {"date": "2026-03-24"}


def test_an_english_gain_of_the_previous_day_does_not_date_the_next_paragraph() -> None:
    claims = _claims(
        "Hong Kong shares built further on the previous day's gains.\n\nThe Hang Seng Index added 2.8% to 25,064.",
        TUESDAY,
    )
    assert claims["2.8"].kind == "index_move" and claims["2.8"].listing == "^HSI"
    assert claims["2.8"].reference == {"date": "2026-03-24"}


def test_a_day_told_as_the_sentences_own_still_dates_the_next_paragraph() -> None:
    claims = _claims(
        "Am Vortag war es an der Börse in Hongkong kräftig abwärts gegangen.\n\nDer Hang Seng verlor 3,5 Prozent.",
        TUESDAY,
    )
    assert claims["3,5"].reference == {"date": "2026-03-23"}


def test_a_true_close_after_the_rebound_of_the_day_before_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Asiens Börsen am Mittwoch\n\n"
        "Die Börsen in Asien tendierten am Mittwoch fester. In Hongkong setzte sich die Erholung vom Vortag fort, "
        "Tokio lag dagegen im Minus.\n\n"
        "Der Hang-Seng-Index legte um 1,09 Prozent auf 25.335,95 Punkte zu. Meituan schossen um 13,9 Prozent auf "
        "90,00 Hongkong-Dollar nach oben.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["1,09"] == "accurate" and verdicts["25.335,95"] == "accurate"
    assert verdicts["13,9"] == "accurate" and verdicts["90,00"] == "accurate"


# --- an index's day's high and low in points ('Tageshoch', 'im Tief', "the day's high") are its extremes -------------


def test_a_german_index_day_high_and_low_in_points_are_the_days_extremes() -> None:
    claims = _claims(
        "Der Dax ging am Dienstag 0,3 Prozent leichter bei 22.590 Punkten aus dem Handel. Das Tageshoch lag bei 22.880 "
        "Punkten, im Tief war der Leitindex bis auf 22.350 Punkte abgerutscht.",
        WEDNESDAY,
    )
    assert claims["22.880"].kind == "day_high" and claims["22.880"].listing == "^GDAXI"
    assert claims["22.350"].kind == "day_low" and claims["22.350"].reference == {"date": "2026-03-24"}
    assert claims["22.590"].kind == "index_level"


def test_an_english_index_day_high_and_low_in_points_are_the_days_extremes() -> None:
    claims = _claims(
        "The DAX ended Tuesday 0.3% lower at 22,590 points; the day's high was 22,880 points and the day's low "
        "22,350 points.",
        WEDNESDAY,
    )
    assert claims["22,880"].kind == "day_high" and claims["22,880"].listing == "^GDAXI"
    assert claims["22,350"].kind == "day_low" and claims["22,350"].reference == {"date": "2026-03-24"}


def test_a_true_index_day_high_and_low_are_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Hongkonger Börse\n\n"
        "Der Hang Seng schloss am Dienstag 2,8 Prozent fester bei 25.064 Punkten. Im Hoch hatte er bei 25.077 Punkten "
        "gelegen, das Tagestief lag bei 24.556 Punkten.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["25.077"] == "accurate" and verdicts["24.556"] == "accurate"
    assert verdicts["25.064"] == "accurate"


def test_an_index_closing_at_its_days_high_is_read_as_its_close() -> None:
    german = _claims(
        "In Hongkong gewann der Hang Seng am Dienstag 2,2 Prozent auf 25.960 Punkte und schloss damit auf Tageshoch.",
        WEDNESDAY,
    )
    english = _claims("The Hang Seng rose 2.2% to 25,960 on Tuesday, closing at the day's high.", WEDNESDAY)
    assert german["25.960"].kind == "index_level" and english["25,960"].kind == "index_level"


# --- the same distance to two moving averages is two claims, not a repeat ---------------------------------------------


def test_a_german_distance_to_another_moving_average_is_no_repeat() -> None:
    claims = claims_list(
        "Alibaba schlossen am Dienstag in Hongkong bei 148,00 HKD. Damit liegt das Papier knapp 5 Prozent unter der "
        "50-Tage-Linie, von der 200-Tage-Linie trennen es dagegen gut 5 Prozent.",
        date(2026, 2, 25),
    )
    fives = [c for c in claims if c.quote == "5"]
    assert [c.kind for c in fives] == ["moving_average_distance", "moving_average_distance"]
    assert [c.average_sessions for c in fives] == [50, 200] and all(c.checkable for c in fives)


def test_an_english_distance_to_another_moving_average_is_no_repeat() -> None:
    claims = claims_list(
        "Alibaba's Hong Kong shares closed at HK$148.00 on Tuesday, about 5% below their 50-day moving average and "
        "about 5% above their 200-day moving average.",
        date(2026, 2, 25),
    )
    fives = [c for c in claims if c.quote == "5"]
    assert [c.kind for c in fives] == ["moving_average_distance", "moving_average_distance"]
    assert [c.direction for c in fives] == ["down", "up"]


def test_the_same_distance_to_the_same_average_said_again_is_still_a_repeat() -> None:
    claims = claims_list(
        "Die Alibaba-Aktie schloss am Dienstag in Hongkong bei 148 HKD und liegt 5 Prozent über der 200-Tage-Linie. "
        "Der Abstand zur 200-Tage-Linie beträgt damit 5 Prozent.",
        date(2026, 2, 25),
    )
    assert [c.kind for c in claims if c.quote == "5"] == ["moving_average_distance", "repeat"]


def test_both_true_distances_to_two_averages_are_judged(tmp_path: Path) -> None:
    text = (
        "Alibaba in Hongkong\n\n"
        "Alibaba schlossen am Dienstag in Hongkong bei 148,00 HKD. Damit liegt das Papier knapp 5 Prozent unter der "
        "50-Tage-Linie und gut 5 Prozent über der 200-Tage-Linie.\n"
    )
    verdicts = verdicts_list(tmp_path, text, "2026-02-25")
    assert [v for q, v in verdicts if q == "5"] == ["accurate", "accurate"]


# --- a distance told either way ('entfernt', 'away') takes no side from the clause before it -------------------------


def test_a_german_distance_told_as_entfernt_takes_no_side_from_the_clause_before() -> None:
    claims = claims_list(
        "Die Tencent-Aktie schloss am Dienstag bei 514 HKD. Sie liegt rund 3 Prozent unter der 20-Tage-Linie, von der "
        "200-Tage-Linie ist sie dagegen gut 11 Prozent entfernt.",
        WEDNESDAY,
    )
    by_quote = {c.quote: c for c in claims}
    assert by_quote["3"].direction == "down"
    assert by_quote["11"].kind == "moving_average_distance" and by_quote["11"].direction is None


def test_an_english_distance_told_as_away_takes_no_side_from_the_clause_before() -> None:
    claims = claims_list(
        "Tencent closed at HK$514 on Tuesday, about 3% below its 20-day moving average, while its 200-day moving "
        "average is some 11% away.",
        WEDNESDAY,
    )
    by_quote = {c.quote: c for c in claims}
    assert by_quote["3"].direction == "down"
    assert by_quote["11"].kind == "moving_average_distance" and by_quote["11"].direction is None


def test_a_true_distance_told_as_entfernt_after_one_below_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Alibaba in Hongkong\n\n"
        "Alibaba schlossen am Dienstag in Hongkong bei 148,00 HKD. Das Papier notiert knapp 5 Prozent unter seiner "
        "50-Tage-Linie, die 200-Tage-Linie ist dagegen gut 5 Prozent entfernt.\n"
    )
    verdicts = verdicts_list(tmp_path, text, "2026-02-25")
    assert [v for q, v in verdicts if q == "5"] == ["accurate", "accurate"]


# --- 'Vom 52-Wochen-Tief bei 74,71 Dollar aus dem April 2025 hat sich der Titel um 66 Prozent erholt' -----------------


def test_a_recovery_from_the_52_week_low_named_with_its_level_is_the_distance_to_it() -> None:
    claims = _claims(
        "Die Baidu-Aktie beendete den Freitag bei 124,07 Dollar. Vom 52-Wochen-Tief bei 74,71 Dollar aus dem April "
        "2025 hat sich der Titel inzwischen aber um rund 66 Prozent erholt.",
        date(2026, 3, 14),
    )
    assert claims["74,71"].kind == "low_52w"
    assert claims["66"].kind == "distance_52w_low" and claims["66"].listing == "BIDU"
    assert claims["66"].direction == "up"


def test_a_true_recovery_from_the_52_week_low_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Baidu in New York\n\n"
        "Die Baidu-Aktie beendete den Freitag bei 124,07 Dollar. Vom 52-Wochen-Tief bei 74,71 Dollar aus dem April "
        "2025 hat sich der Titel inzwischen aber um rund 66 Prozent erholt.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-14")
    assert verdicts["66"] == "accurate" and verdicts["74,71"] == "accurate"


# --- an index's level reached at some moment ('in der Spitze ... bis auf 25.390 Punkte') is its day's extreme ---------


def test_an_index_level_reached_at_its_peak_is_the_days_high() -> None:
    claims = _claims(
        "Der Hang Seng legte am Mittwoch um 1,1 Prozent auf 25.336 Punkte zu, in der Spitze war das Börsenbarometer "
        "bis auf 25.390 Punkte geklettert.",
        WEDNESDAY,
    )
    assert claims["25.390"].kind == "day_high" and claims["25.390"].listing == "^HSI"
    assert claims["25.390"].reference == {"date": "2026-03-25"}
    assert claims["25.336"].kind == "index_level"


def test_an_index_level_it_slid_to_at_times_is_the_days_low() -> None:
    claims = _claims(
        "Der Nasdaq 100 verlor am Freitag 1,9 Prozent auf 23.898 Punkte, zeitweise rutschte er bis auf 23.760 "
        "Punkte ab.",
        date(2026, 3, 21),
    )
    assert claims["23.760"].kind == "day_low" and claims["23.760"].listing == "^NDX"
    assert claims["23.760"].reference == {"date": "2026-03-20"}


def test_a_true_index_peak_reached_in_the_session_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Hongkong am Mittwoch\n\n"
        "Der Hang Seng legte am Mittwoch um 1,09 Prozent auf 25.335,95 Punkte zu, in der Spitze war das "
        "Börsenbarometer bis auf 25.390 Punkte geklettert.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["25.390"] == "accurate" and verdicts["25.335,95"] == "accurate"
