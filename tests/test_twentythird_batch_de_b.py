"""Rules added after trying the twenty-third batch's second set of written German articles as an editor would
(tests/golden/articles de146..de150: an onvista piece on Baidu with a price table for Hong Kong and New York, a 'Euro am
Sonntag' weekly review dated on its Saturday on the Hang Seng, Alibaba, Meituan and Tencent, a finanznachrichten.de
note on Baidu in Frankfurt in euros with its clock time, a Handelsblatt background on Alibaba against its 2020 record, a
trader's blog on Tencent with stop, target, GD 20/50/200 and RSI). Each sentence here is written for the test, not
taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a period's move to date after a recap of earlier days runs up to the latest session the text told ------------

RECAP_DE = (
    "Alibaba-Aktie: Wochenbilanz\n\n"
    "Die Aktie von Alibaba hat heute in Hongkong 2,9 Prozent verloren und bei 155,00 HKD geschlossen. Am Mittwoch "
    "verlor das Papier 0,9 Prozent, gestern legte es um 0,1 Prozent zu. Auf Wochensicht steht damit ein Minus von "
    "8,4 Prozent, seit Jahresbeginn liegt die Aktie noch 8,5 Prozent im Plus."
)


def test_damit_after_a_recap_measures_the_week_to_the_session_told_first(tmp_path: Path) -> None:
    claims = _claims(RECAP_DE, date(2026, 2, 6))
    assert claims["0,1"].reference == {"date": "2026-02-05"}  # 'gestern' stays Thursday's
    assert claims["8,4"].kind == "week_return" and claims["8,4"].listing == "9988.HK"
    assert claims["8,4"].reference == {"start": "2026-01-30", "end": "2026-02-06"}
    assert claims["8,5"].kind == "ytd_return"
    assert claims["8,5"].reference == {"start": "2026-01-01", "end": "2026-02-06"}
    verdicts = verdicts_by_quote(tmp_path, RECAP_DE, "2026-02-06")
    # 9988.HK 155.00 vs 169.20 on 2026-01-30: -8.39 % (to Thursday's 159.60 vs 173.30: -7.91 %); vs 142.80: +8.54 %
    assert verdicts["8,4"] == "accurate" and verdicts["8,5"] == "accurate"


def test_thereby_after_a_recap_measures_the_week_to_the_session_told_first(tmp_path: Path) -> None:
    text = (
        "Alibaba's Hong Kong shares closed 2.9% lower at HK$155.00 on Friday. They fell 0.9% on Wednesday and edged "
        "up 0.1% on Thursday. The stock has thereby lost 8.4% this week."
    )
    claims = _claims(text, date(2026, 2, 6))
    assert claims["0.1"].reference == {"date": "2026-02-05"}
    assert claims["8.4"].listing == "9988.HK" and claims["8.4"].reference["end"] == "2026-02-06"
    assert verdicts_by_quote(tmp_path, text, "2026-02-06")["8.4"] == "accurate"


def test_damit_right_after_the_latest_session_still_goes_on_from_it() -> None:
    # the day the sentence before told is the latest one: 'damit' goes on from it, as before
    claims = _claims(
        "Die Alibaba-Aktie verlor am Mittwoch in Hongkong 0,9 Prozent auf 159,50 HKD. Auf Wochensicht steht damit ein "
        "Minus von 5,7 Prozent.",
        date(2026, 2, 5),
    )
    assert claims["5,7"].reference == {"start": "2026-01-28", "end": "2026-02-04"}


def test_damit_on_another_venue_keeps_that_venues_day() -> None:
    # Hong Kong told Thursday's close; New York's last session is Wednesday's, and its week ends there
    claims = _claims(
        "Die Alibaba-Aktie schloss am Donnerstag in Hongkong bei 159,60 HKD. An der Wall Street fielen die ADRs am "
        "Mittwoch um 2,8 Prozent auf 159,14 Dollar. Auf Wochensicht steht damit ein Minus von 6,3 Prozent.",
        date(2026, 2, 5),
    )
    assert claims["6,3"].listing == "BABA"
    assert claims["6,3"].reference == {"start": "2026-01-28", "end": "2026-02-04"}


# --- depositary shares after a sentence on a unit the tables do not know are those of the parent named before ----

UNIT_THEN_ADRS_DE = (
    "Alibaba im Rückblick\n\n"
    "Die Aktien von Alibaba kosteten im Oktober in New York bis zu 192,67 Dollar. Danach rückte der Börsengang der "
    "Logistiktochter Cainiao in den Hintergrund. Am Freitag schlossen die ADRs an der Wall Street 0,1 Prozent höher "
    "bei 154,45 Dollar. In Hongkong legte die Aktie am Montag 3,5 Prozent zu."
)


def test_adrs_after_a_sentence_naming_an_unknown_unit_are_the_parents(tmp_path: Path) -> None:
    claims = _claims(UNIT_THEN_ADRS_DE, date(2026, 2, 24))
    assert claims["0,1"].kind == "day_change" and claims["0,1"].listing == "BABA"
    assert claims["154,45"].kind == "close" and claims["154,45"].listing == "BABA"
    assert claims["154,45"].reference == {"date": "2026-02-20"}
    # the sentence after the ADRs' goes on with Alibaba, in Hong Kong
    assert claims["3,5"].listing == "9988.HK" and claims["3,5"].reference == {"date": "2026-02-23"}
    verdicts = verdicts_by_quote(tmp_path, UNIT_THEN_ADRS_DE, "2026-02-24")
    # BABA 154.45 vs 154.27 on 2026-02-19: +0.12 %; 9988.HK 152.20 vs 147.10: +3.47 %
    assert verdicts["0,1"] == "accurate" and verdicts["154,45"] == "accurate" and verdicts["3,5"] == "accurate"


def test_american_depositary_shares_after_an_unknown_unit_in_english() -> None:
    claims = _claims(
        "Alibaba's U.S. shares hit $192.67 in October. The listing of its logistics unit Cainiao has since been "
        "shelved. On Friday, the American depositary shares closed up 0.1% at $154.45.",
        date(2026, 2, 23),
    )
    assert claims["0.1"].listing == "BABA" and claims["154.45"].listing == "BABA"
    assert claims["154.45"].reference == {"date": "2026-02-20"}


def test_a_units_own_move_stays_its_own() -> None:
    # the unit named with its move keeps it: no quotes held, unverifiable, never the parent's
    claims = _claims(
        "Alibaba gab in Hongkong 1,0 Prozent nach. Die Tochter Cainiao legte im Freiverkehr um 12 Prozent zu.",
        date(2026, 2, 24),
    )
    assert claims["1,0"].listing == "9988.HK"
    assert claims["12"].listing is None


# --- a distance to the 52-week high going on with 'damit' after another venue's table is as of its own venue's day --

TABLES_THEN_DISTANCE_DE = (
    "Baidu-Aktie: Die Schlusskurse\n\n"
    "Baidu in Hongkong (HKD), Dienstag, 21.10.:\n"
    "Hoch: 119,90\n"
    "Schluss: 117,50\n\n"
    "Baidu in New York (USD), Montag, 20.10.:\n"
    "Hoch: 123,35\n"
    "Schluss: 122,12\n\n"
    "Das 52-Wochen-Hoch liegt in Hongkong bei 141,40 HKD, die Aktie notiert damit 16,9 Prozent darunter."
)


def test_a_distance_after_another_venues_table_is_as_of_its_own_venues_latest_day(tmp_path: Path) -> None:
    claims = _claims(TABLES_THEN_DISTANCE_DE, date(2025, 10, 21))
    assert claims["122,12"].listing == "BIDU" and claims["122,12"].reference == {"date": "2025-10-20"}
    assert claims["16,9"].kind == "distance_52w_high" and claims["16,9"].listing == "9888.HK"
    assert claims["16,9"].reference == {"date": "2025-10-21"}
    # 9888.HK 117.50 / 141.40 - 1 = -16.90 % (on Monday, 117.10: -17.18 %)
    assert verdicts_by_quote(tmp_path, TABLES_THEN_DISTANCE_DE, "2025-10-21")["16,9"] == "accurate"


def test_a_distance_after_another_venues_table_in_english() -> None:
    text = (
        "Baidu: the closing prices\n\n"
        "Baidu in Hong Kong (HKD), Tuesday, Oct. 21:\n"
        "Close: 117.50\n\n"
        "Baidu in New York (USD), Monday, Oct. 20:\n"
        "Close: 122.12\n\n"
        "The Hong Kong shares' 52-week high is HK$141.40, and the stock thereby trades 16.9% below it."
    )
    claims = _claims(text, date(2025, 10, 21))
    assert claims["16.9"].listing == "9888.HK" and claims["16.9"].reference == {"date": "2025-10-21"}


# --- 'das Hoch' right after the day's low and a verb's particle is the day's high -------------------------------

LOW_THEN_HIGH_DE = (
    "Tencent-Aktie: Erholung\n\n"
    "Die Tencent-Aktie stieg am Dienstag in Hongkong um 3,1 Prozent auf 514,00 HKD. Im Tagestief rutschte sie "
    "zunächst bis auf 500,00 HKD ab, das Hoch lag bei 520,00 HKD."
)


def test_the_high_after_the_days_low_and_a_particle_is_the_days_high(tmp_path: Path) -> None:
    claims = _claims(LOW_THEN_HIGH_DE, date(2026, 3, 24))
    assert claims["500,00"].kind == "day_low"
    assert claims["520,00"].kind == "day_high" and claims["520,00"].listing == "0700.HK"
    assert claims["520,00"].reference == {"date": "2026-03-24"}
    # 0700.HK 2026-03-24: low 500.00, high 520.00
    assert verdicts_by_quote(tmp_path, LOW_THEN_HIGH_DE, "2026-03-24")["520,00"] == "accurate"


def test_the_high_after_the_days_low_and_two_words_in_english() -> None:
    claims = _claims(
        "Tencent rose 3.1% to HK$514.00 in Hong Kong on Tuesday. Its intraday low was HK$500.00 early on, while the "
        "high was HK$520.00.",
        date(2026, 3, 24),
    )
    assert claims["500.00"].kind == "day_low" and claims["520.00"].kind == "day_high"


def test_a_resistance_after_a_labelled_high_stays_a_chart_level() -> None:
    claims = _claims(
        "Tencent-Aktie: Charttechnik\n\nDie Aktie schloss am Dienstag in Hongkong bei 514,00 HKD.\n"
        "Widerstände: 520,00 HKD (Hoch vom Dienstag), 560 HKD\n",
        date(2026, 3, 24),
    )
    assert claims["560"].kind != "day_high"
