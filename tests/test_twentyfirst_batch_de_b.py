"""Rules added after trying the twenty-first batch of written German articles (second set) as an editor would
(tests/golden/articles de131..de135: an n-tv Börsenticker on the Dax, the Nasdaq 100 and Nvidia with the
Vortagesschluss, a 4investors chart check on Tencent with its GD 20/50/100/200, RSI, day's range and 52-week
extremes, a Capital piece on Alibaba in Hong Kong and New York with its twelve months, its February and its 2021
peak, a Börse Stuttgart market report on Baidu, Alibaba and Nvidia in euros with turnover and spreads, a newsletter
with 'Stand:' lines and a short table on Meituan, Baidu and the Hang Seng). Each sentence here is written for the
test, not taken from those articles."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 2, 28)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a depositary share's ratio names the home shares it counts, not the venue of the sentence's figures ----------


def test_a_german_ratio_clause_naming_hong_kong_leaves_the_adr_figures_in_new_york() -> None:
    claims = _claims(
        "Die Alibaba-Aktie blieb gefragt. Die ADS, von denen jede acht Hongkong-Aktien entspricht, gingen am "
        "Freitag mit 144,11 Dollar aus dem Handel, ein Minus von 2,7 Prozent. Auf Wochensicht gaben sie 6,7 "
        "Prozent ab.",
        SATURDAY,
    )
    assert claims["144,11"].kind == "close" and claims["144,11"].listing == "BABA"
    assert claims["2,7"].kind == "day_change" and claims["2,7"].listing == "BABA"
    assert claims["2,7"].reference == {"date": "2026-02-27"}
    assert claims["6,7"].listing == "BABA"  # the next sentence goes on in New York


def test_a_ratio_of_shares_traded_in_hong_kong_names_no_venue_in_either_language() -> None:
    german = _claims(
        "Baidu legte zu. Ein ADR entspricht acht in Hongkong gehandelten Aktien; die ADRs stiegen am Freitag um 3,1 "
        "Prozent.",
        SATURDAY,
    )
    assert german["3,1"].listing == "BIDU"
    english = _claims(
        "Alibaba rallied. Its American depositary shares, each representing eight Hong Kong shares, closed at "
        "$144.11 on Friday, down 2.7%.",
        SATURDAY,
    )
    assert english["144.11"].listing == "BABA" and english["2.7"].listing == "BABA"


def test_hong_kong_after_a_percentage_is_still_the_venue() -> None:
    claims = _claims("Alibaba und Baidu legten am Freitag jeweils 3 Prozent in Hongkong zu.", SATURDAY)
    assert claims["3"].listing in ("9988.HK", "9888.HK")


def test_a_true_adr_move_beside_a_ratio_clause_is_not_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path,
        "Alibaba-Aktie im Wochenrückblick\n\nDie ADS von Alibaba, von denen jede acht Hongkong-Aktien entspricht, "
        "schlossen am Freitag bei 144,11 Dollar, ein Minus von 2,7 Prozent.",
        "2026-02-28",
    )
    assert verdicts["144,11"] == "accurate" and verdicts["2,7"] == "accurate"


# --- a month named after 'für den' / 'for' is that month's move; an index named later in the sentence goes on ------

TUESDAY_MARCH_31 = date(2026, 3, 31)


def test_fuer_den_maerz_is_the_month_s_move_of_the_index_the_sentence_before_reported() -> None:
    claims = _claims(
        "+++ 18:00 +++ Nvidia legt zu +++\nDie Nvidia-Aktie gewann am Dienstag 5,6 Prozent.\n\n"
        "+++ 17:45 +++ Dax im Plus +++\nDer Leitindex schloss am Dienstag 0,5 Prozent fester bei 22.680 Punkten. "
        "Für den März steht ein Abschlag von gut 10 Prozent, seit Jahresanfang hat der Dax 7,4 Prozent eingebüßt.",
        TUESDAY_MARCH_31,
    )
    assert claims["10"].kind == "month_return" and claims["10"].listing == "^GDAXI"
    assert claims["10"].reference == {"start": "2026-03-01", "end": "2026-03-31"}
    assert claims["7,4"].kind == "ytd_return" and claims["7,4"].listing == "^GDAXI"


def test_fuer_den_gesamten_monat_and_for_march_are_month_returns() -> None:
    german = _claims(
        "Der Nasdaq 100 schloss am Dienstag 3,4 Prozent höher. Für den gesamten März bleibt ein Minus von knapp 5 "
        "Prozent.",
        TUESDAY_MARCH_31,
    )
    assert german["5"].kind == "month_return" and german["5"].listing == "^NDX"
    english = _claims(
        "The Nasdaq 100 closed 3.4% higher on Tuesday. For March, the index lost 4.9%, and for the whole of March "
        "Nvidia fell 1.6%.",
        TUESDAY_MARCH_31,
    )
    assert english["4.9"].kind == "month_return" and english["4.9"].listing == "^NDX"
    assert english["1.6"].kind == "month_return" and english["1.6"].listing == "NVDA"
    assert english["1.6"].reference == {"start": "2026-03-01", "end": "2026-03-31"}


def test_a_true_month_move_after_fuer_den_is_not_called_imprecise(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path,
        "Dax-Bilanz zum Quartalsende\n\nDer Dax schloss am Dienstag bei 22.680 Punkten. Für den März steht damit ein "
        "Minus von 10,3 Prozent.",
        "2026-03-31",
    )
    assert verdicts["10,3"] == "accurate"


# --- a day in a closing clause told in the pluperfect dates that clause only, not the move reported before it -------


def test_a_closing_pluperfect_clause_keeps_its_day_to_itself() -> None:
    claims = _claims(
        "Die Baidu-ADRs schlossen am Freitag bei 118,20 Dollar. Auf Wochensicht büßten sie 5,2 Prozent ein, am "
        "Mittwoch hatten sie sogar 4,1 Prozent verloren.",
        SATURDAY,
    )
    assert claims["5,2"].kind == "week_return"
    assert claims["5,2"].reference == {"start": "2026-02-20", "end": "2026-02-27"}
    assert claims["4,1"].reference == {"date": "2026-02-25"}


def test_an_english_closing_pluperfect_clause_keeps_its_day_to_itself() -> None:
    claims = _claims(
        "Nvidia closed at $177.19 on Friday. The stock gained 2.3% on the week, on Tuesday it had dropped 1.8%.",
        SATURDAY,
    )
    assert claims["2.3"].reference == {"start": "2026-02-20", "end": "2026-02-27"}
    assert claims["1.8"].reference == {"date": "2026-02-24"}


def test_an_opening_pluperfect_clause_still_dates_the_clause_going_on_from_it() -> None:
    claims = _claims(
        "Bereits am Mittwoch hatte die Tencent-Aktie 3,0 Prozent auf 520,00 HKD verloren, im Tagestief waren es "
        "sogar 515,00 HKD.",
        SATURDAY,
    )
    assert claims["515,00"].reference == {"date": "2026-02-25"}


def test_a_true_week_beside_a_closing_pluperfect_day_is_not_called_imprecise(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path,
        "Alibaba in New York\n\nDie Alibaba-ADRs schlossen am Freitag bei 144,11 Dollar. Binnen Wochenfrist verloren "
        "sie 6,7 Prozent, am Donnerstag hatten sie 2,8 Prozent eingebüßt.",
        "2026-02-28",
    )
    assert verdicts["6,7"] == "accurate" and verdicts["2,8"] == "accurate"


# --- a price under a table's 'Schluss' column is that session's close, not a price of a moment of it ---------------

SATURDAY_OCTOBER_25 = date(2025, 10, 25)


def test_a_price_under_the_close_column_is_the_close() -> None:
    german = _claims(
        "Die Kurse zum Wochenschluss:\n\nAktie | Schluss | Woche\nMeituan | 100,60 HKD | +6,5 %\n"
        "Baidu | 117,80 HKD | +4,3 %\n",
        SATURDAY_OCTOBER_25,
    )
    assert german["100,60"].kind == "close" and german["100,60"].listing == "3690.HK"
    assert german["100,60"].reference == {"date": "2025-10-24"}
    assert german["6,5"].kind == "week_return"
    english = _claims(
        "Our picks at the end of the week:\n\nStock | Close | Week\nMeituan | HK$100.60 | +6.5%\n",
        SATURDAY_OCTOBER_25,
    )
    assert english["100.60"].kind == "close" and english["6.5"].kind == "week_return"


def test_a_stale_close_in_the_close_column_is_not_accurate(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path,
        "China-Tech zum Wochenende\n\nDie Schlusskurse vom Freitag:\n\nAktie | Schluss | Woche\n"
        "Meituan | 100,00 HKD | +6,5 %\nBaidu | 117,80 HKD | +4,3 %\n",
        "2025-10-25",
    )
    assert verdicts["100,00"] != "accurate"  # Thursday's close; Friday's was 100.60
    assert verdicts["117,80"] == "accurate"


# --- 'Stand: 24.10.2025': the close a text's figures are as of, written in digits ----------------------------------


def test_a_stand_line_in_digits_gives_the_session_the_figures_are_as_of() -> None:
    claims = _claims(
        "Unser Wochenbrief\n\nStand: Schlusskurse vom 24.10.2025\n\nDie Baidu-Aktie kostet 117,80 HKD, der Hang Seng "
        "steht bei 26.160 Punkten.",
        date(2025, 10, 26),
    )
    assert claims["117,80"].reference == {"date": "2025-10-24"}
    assert claims["26.160"].reference == {"date": "2025-10-24"}
    assert claims["117,80"].date_basis == "stated"


def test_a_move_naming_no_day_under_a_stand_line_is_not_matched_on_an_earlier_session(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path,
        "Unser Wochenbrief\n\nStand: 24.10.2025\n\nDie Meituan-Aktie liegt 4,1 Prozent im Plus. Baidu gewinnt 1,1 "
        "Prozent.",
        "2025-10-25",
    )
    assert verdicts["4,1"] != "accurate"  # Thursday's gain: on Friday 24 October Meituan rose 0.6 %
    assert verdicts["1,1"] == "accurate"


# --- an index's day's high and low in points --------------------------------------------------------------------------


def test_an_index_s_day_high_and_low_in_points_are_its_extremes() -> None:
    german = _claims(
        "Der Dax ging am Dienstag mit 22.680 Punkten aus dem Handel. Im Tageshoch notierte der Leitindex bei 22.851 "
        "Punkten, das Tagestief lag bei 22.492 Punkten.",
        TUESDAY_MARCH_31,
    )
    assert german["22.851"].kind == "day_high" and german["22.851"].listing == "^GDAXI"
    assert german["22.492"].kind == "day_low" and german["22.492"].reference == {"date": "2026-03-31"}
    english = _claims(
        "The DAX ended Tuesday at 22,680 points. Its session high was 22,851 points.",
        TUESDAY_MARCH_31,
    )
    assert english["22,851"].kind == "day_high" and english["22,851"].listing == "^GDAXI"


def test_an_index_closing_at_its_day_s_high_keeps_its_level() -> None:
    claims = _claims(
        "Der Hang Seng stieg am Dienstag um 2,2 Prozent auf 25.960 Punkte und beendete den Handel damit auf Tageshoch.",
        TUESDAY_MARCH_31,
    )
    assert claims["25.960"].kind == "index_level"


def test_a_wrong_index_day_low_in_points_is_not_accurate(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path,
        "Dax am Dienstag\n\nDer Dax schloss am Dienstag bei 22.680 Punkten. Im Tageshoch stand er bei 22.851 Punkten, "
        "das Tagestief lag bei 22.419 Punkten.",
        "2026-03-31",
    )
    assert verdicts["22.851"] == "accurate"
    assert verdicts["22.419"] in ("wrong", "imprecise")  # the day's low was 22,491.51


# --- a text stamped in the evening in Europe: Hong Kong's 'today' is still the session that ended, not Saturday -------


def _claims_at(text: str, at: datetime) -> dict[str, Claim]:
    claims, _ = extract_claims(text, Published(at.date(), "option", at), load_rules())
    return {c.quote: c for c in claims}


def test_a_friday_evening_chart_check_reads_hong_kong_figures_as_of_friday() -> None:
    friday_evening = datetime(2026, 3, 20, 18, 10, tzinfo=ZoneInfo("Europe/Berlin"))  # Saturday 01:10 in Hong Kong
    german = _claims_at(
        "Tencent im Chartcheck\n\nDer GD 20 der Tencent-Aktie liegt bei 527,88 HKD, das 52-Wochen-Tief bei 489,60 HKD.",
        friday_evening,
    )
    assert german["527,88"].kind == "moving_average" and german["527,88"].reference == {"date": "2026-03-20"}
    assert german["489,60"].reference == {"date": "2026-03-20"}
    english = _claims_at(
        "Tencent chart check\n\nTencent's 20-day moving average stands at HK$527.88.",
        datetime(2026, 3, 20, 17, 10, tzinfo=ZoneInfo("Europe/London")),
    )
    assert english["527.88"].reference == {"date": "2026-03-20"}


def test_a_tuesday_evening_text_still_reads_hong_kong_s_tuesday() -> None:
    tuesday_evening = datetime(
        2026, 3, 17, 18, 10, tzinfo=ZoneInfo("Europe/Berlin")
    )  # Wednesday 01:10, before the open
    claims = _claims_at("Tencent im Chartcheck\n\nDer GD 20 der Tencent-Aktie liegt bei 530,00 HKD.", tuesday_evening)
    assert claims["530,00"].reference == {"date": "2026-03-17"}
