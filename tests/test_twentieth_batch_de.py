"""Rules added after trying the twentieth batch of written German articles as an editor would (tests/golden/articles
de116..de120: an NZZ Finanzmeldung on Alibaba in Hong Kong and New York, a Börse-Online Aktiencheck on Baidu in euros
with its 52-week range and moving averages, a Reuters 'Aktien Asien' on the Hang Seng and the Hong Kong tech stocks, a
Helaba morning note on the DAX, the Nasdaq 100, Nvidia and the futures, a Euro-am-Sonntag weekly review with a table).
Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

WEDNESDAY = date(2026, 3, 25)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- an index's session range in points is its day's low and high, not two moves in points ---------------------------


def test_a_german_index_range_in_points_is_the_days_low_and_high() -> None:
    claims = _claims(
        "Der DAX ging am Dienstag 0,1 Prozent tiefer bei 22.637 Punkten aus dem Handel. Zwischenzeitlich pendelte "
        "das Börsenbarometer zwischen 22.350 und 22.731 Punkten.",
        WEDNESDAY,
    )
    assert claims["22.350"].kind == "day_low" and claims["22.350"].listing == "^GDAXI"
    assert claims["22.731"].kind == "day_high" and claims["22.731"].reference == {"date": "2026-03-24"}


def test_an_english_index_range_in_points_is_the_days_low_and_high() -> None:
    claims = _claims(
        "The DAX closed 0.1% lower at 22,637 points on Tuesday, having swung between 22,350 and 22,731 points.",
        WEDNESDAY,
    )
    assert claims["22,350"].kind == "day_low" and claims["22,350"].listing == "^GDAXI"
    assert claims["22,731"].kind == "day_high" and claims["22,731"].reference == {"date": "2026-03-24"}


def test_a_true_index_range_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Hongkonger Börse\n\n"
        "Der Hang-Seng-Index beendete den Donnerstag 1,4 Prozent tiefer bei 26.381 Punkten. Im Verlauf bewegte er sich "
        "zwischen 26.373 und 27.024 Punkten.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-26")
    assert verdicts["26.373"] == "accurate" and verdicts["27.024"] == "accurate"


# --- the day an extreme was set, told in a German relative clause, dates that extreme only, not the distance ---------


def test_a_german_relative_clause_dating_the_high_does_not_date_the_distance() -> None:
    claims = _claims(
        "Tencent schlossen am Dienstag bei 512 HKD. Vom 52-Wochen-Hoch bei 683 HKD, das am 2. Oktober erreicht wurde, "
        "ist die Aktie rund 25 Prozent entfernt.",
        WEDNESDAY,
    )
    assert claims["25"].kind == "distance_52w_high"
    assert claims["25"].reference == {"date": "2026-03-25"}  # as of publication, not 2 October
    claims = _claims(
        "Vom Jahrestief bei 73,60 HKD, welches die Aktie am 4. März markierte, hat sich Meituan um 8 Prozent erholt.",
        WEDNESDAY,
    )
    assert claims["8"].reference != {"date": "2026-03-04"}


def test_the_english_relative_clause_keeps_the_distance_as_of_publication() -> None:
    claims = _claims(
        "Tencent closed at HK$512 on Tuesday. From its 52-week high of HK$683, which it reached on October 2, the "
        "stock is about 25% lower.",
        WEDNESDAY,
    )
    assert claims["25"].kind == "distance_52w_high" and claims["25"].reference == {"date": "2026-03-25"}


# --- 'HK-$' is Hong Kong's dollar: the '$' at its end names no venue of its own --------------------------------------


def test_a_distance_beside_a_level_in_hk_dash_dollar_is_hong_kongs() -> None:
    claims = _claims(
        "Alibaba-ADR schlossen in New York 1,3% tiefer bei 164.32 $. Seit Jahresbeginn liegen die Titel 11% im Plus. "
        "Vom 52-Wochen-Hoch bei 186.20 HK-$ sind sie in Hongkong 15% entfernt.",
        date(2026, 2, 12),
    )
    assert claims["186.20"].listing == "9988.HK"
    assert claims["15"].listing == "9988.HK" and claims["15"].kind == "distance_52w_high"
    claims = _claims(
        "Die Alibaba-ADR gewannen 2% auf 166.51 $. Vom Jahreshoch bei 186.20 HK-$ trennen die Aktie noch 14%.",
        date(2026, 2, 12),
    )
    assert claims["14"].listing == "9988.HK"


# --- a past company event the move followed dates the event, not the move; each conjunct keeps its own day ----------

SUNDAY = date(2026, 3, 1)


def test_a_german_move_after_results_keeps_its_own_day_and_the_next_conjunct_its_own() -> None:
    claims = _claims(
        "Nach der Bilanz am Mittwoch brach die Nvidia-Aktie am Donnerstag um 5,5 Prozent ein und gab am Freitag "
        "weitere 4,2 Prozent auf 177,19 Dollar ab.",
        SUNDAY,
    )
    assert claims["5,5"].reference == {"date": "2026-02-26"}  # Thursday, not the results' Wednesday
    assert claims["4,2"].reference == {"date": "2026-02-27"}
    assert claims["177,19"].reference == {"date": "2026-02-27"}
    claims = _claims(
        "Vor den Zahlen am Mittwoch legte Nvidia am Montag 1,0 Prozent zu und gewann am Dienstag weitere 0,7 Prozent.",
        SUNDAY,
    )
    assert claims["0,7"].reference == {"date": "2026-02-24"}


def test_an_english_move_after_results_keeps_its_own_day() -> None:
    claims = _claims(
        "Nvidia shares slid 5.5% on Thursday after its quarterly results on Wednesday, then lost another 4.2% on "
        "Friday.",
        SUNDAY,
    )
    assert claims["5.5"].reference == {"date": "2026-02-26"}
    assert claims["4.2"].reference == {"date": "2026-02-27"}


def test_damit_goes_on_from_the_later_session_the_sentence_before_ended_on() -> None:
    claims = _claims(
        "Am Donnerstag verlor die Baidu-Aktie 5,7 Prozent, am Freitag ging es um weitere 0,6 Prozent auf 124,44 Dollar "
        "abwärts. Seit Jahresbeginn steht sie damit knapp 5 Prozent im Minus.",
        SUNDAY,
    )
    assert claims["124,44"].reference == {"date": "2026-02-27"}
    assert claims["5"].kind == "ytd_return" and claims["5"].reference == {"start": "2026-01-01", "end": "2026-02-27"}


# --- a sentence naming no subject at all goes on with the index the sentence before ended on ------------------------


def test_a_german_sentence_without_subject_after_an_index_speaks_of_the_index() -> None:
    claims = _claims(
        "Baidu und Alibaba standen unter Druck.\n\nDer DAX beendete die Woche bei 25.284 Punkten, ein Plus von 0,1 "
        "Prozent. Im Februar ergibt sich ein Zuwachs von gut 3 Prozent, seit Jahresanfang von rund 3,2 Prozent.",
        SUNDAY,
    )
    assert claims["3"].listing == "^GDAXI" and claims["3"].kind == "month_return"
    assert claims["3,2"].listing == "^GDAXI" and claims["3,2"].kind == "ytd_return"


def test_an_english_sentence_without_subject_after_an_index_speaks_of_the_index() -> None:
    claims = _claims(
        "Baidu and Alibaba came under pressure.\n\nThe DAX ended the week at 25,284 points, up 0.1%. For February "
        "the gain comes to just over 3%.",
        SUNDAY,
    )
    assert claims["3"].listing == "^GDAXI"


def test_a_sentence_naming_the_shares_still_speaks_of_the_stock() -> None:
    claims = _claims(
        "Alibaba gewann am Freitag 2 Prozent, der Hang Seng 0,8 Prozent. Seit Jahresbeginn liegt die Aktie 0,1 "
        "Prozent im Plus.",
        SUNDAY,
    )
    assert claims["0,1"].listing == "9988.HK"


def test_a_sentence_after_one_naming_a_stock_does_not_go_back_to_the_index() -> None:
    claims = _claims(
        "Der Nasdaq 100 stieg am Freitag um 1,2 Prozent. Auch Nvidia hat noch Aufholbedarf. Seit Jahresanfang steht "
        "ein Minus von rund 6,5 Prozent.",
        SUNDAY,
    )
    assert claims["6,5"].listing == "NVDA"


# --- 'damit' after the number draws a consequence of it: the sentence does not go on from the one before ------------


def test_damit_after_the_number_does_not_bind_the_listing_of_the_sentence_before() -> None:
    claims = _claims(
        "Hierzulande kostet die Baidu-Aktie rund 108 Euro. Der RSI liegt bei 40 und damit im neutralen Bereich.",
        date(2026, 3, 12),
    )
    assert claims["40"].kind == "rsi" and claims["40"].listing_source == "earlier_sentence"
    claims = _claims(
        "Hierzulande kostet die Baidu-Aktie rund 108 Euro. Seit Jahresbeginn hat sie damit knapp 3 Prozent verloren.",
        date(2026, 3, 12),
    )
    assert claims["3"].listing == "B1C.F" and claims["3"].listing_source == "text"


def test_thereby_after_the_number_in_english_likewise() -> None:
    claims = _claims(
        "In Frankfurt, Baidu shares cost about 108 euros. The RSI is at 40, thereby in neutral territory.",
        date(2026, 3, 12),
    )
    assert claims["40"].kind == "rsi" and claims["40"].listing_source == "earlier_sentence"


# --- a move against the week before's level is the week's move, not the day's ---------------------------------------


def test_a_german_move_over_the_level_of_the_week_before_is_the_weeks() -> None:
    claims = _claims(
        "Der DAX schloss am Freitag bei 25.284 Punkten und damit 0,1 Prozent über dem Stand der Vorwoche.", SUNDAY
    )
    assert claims["0,1"].kind == "week_return" and claims["0,1"].listing == "^GDAXI"
    assert claims["0,1"].reference == {"start": "2026-02-20", "end": "2026-02-27"}
    claims = _claims(
        "Tencent ging am Freitag mit 518 HKD aus dem Handel, 0,8 Prozent unter dem Schlusskurs der Vorwoche.", SUNDAY
    )
    # (since last week's close: the week so far, on a Friday the whole week)
    assert claims["0,8"].kind == "week_to_date_return" and claims["0,8"].direction == "down"


def test_an_english_move_above_the_level_a_week_earlier_is_the_weeks() -> None:
    claims = _claims("The DAX closed at 25,284 points on Friday, 0.1% above its level a week earlier.", SUNDAY)
    assert claims["0.1"].kind == "week_return" and claims["0.1"].listing == "^GDAXI"


# --- a chart level called an important support or the first resistance is a view of the chart -----------------------


def test_german_support_and_resistance_with_an_adjective_are_chart_levels() -> None:
    claims = _claims(
        "Der DAX ging am Dienstag bei 22.637 Punkten aus dem Handel. Die Marke von 22.000 Punkten gilt als wichtige "
        "Schwelle und ist eine starke Unterstützung, darüber ist der Bereich um 23.200 Punkte der nächste Widerstand.",
        WEDNESDAY,
    )
    assert claims["22.000"].kind == "level_forecast" and not claims["22.000"].checkable
    assert claims["23.200"].kind == "level_forecast" and not claims["23.200"].checkable


def test_english_support_and_resistance_with_an_adjective_are_chart_levels() -> None:
    claims = _claims(
        "The DAX ended Tuesday at 22,637 points. For chartists, 22,000 points is a key support; 23,200 points marks "
        "the first resistance.",
        WEDNESDAY,
    )
    assert claims["22,000"].kind == "level_forecast"
    assert claims["23,200"].kind == "level_forecast"


# --- Swiss spelling writes 'ss' for 'ß': the move verbs so spelt are move verbs --------------------------------------


def test_swiss_spelling_of_the_move_verbs_is_read() -> None:
    claims = _claims(
        "Die Titel von Tencent haben am Dienstag an der Börse Hongkong 2,0% auf 512 HK-$ eingebüsst.", WEDNESDAY
    )
    assert claims["2,0"].kind == "day_change" and claims["2,0"].direction == "down"
    assert claims["512"].kind == "close" and claims["512"].listing == "0700.HK"
    claims = _claims("Meituan büssten am Dienstag in Hongkong 2,7% ein.", WEDNESDAY)
    assert claims["2,7"].kind == "day_change" and claims["2,7"].direction == "down"


# --- the price a past week's move went to is the close of the week's last session -----------------------------------


def test_a_german_price_a_weeks_move_went_to_is_the_weeks_last_close() -> None:
    claims = _claims("Die Baidu-ADR verloren in der Woche gut 8 Prozent auf 124,44 Dollar.", SUNDAY)
    assert claims["124,44"].kind == "close" and claims["124,44"].reference == {"date": "2026-02-27"}


def test_an_english_price_a_weeks_move_went_to_is_the_weeks_last_close() -> None:
    claims = _claims("Baidu's ADRs lost 8.4% to $124.44 over the past week.", SUNDAY)
    assert claims["124.44"].kind == "close" and claims["124.44"].reference == {"date": "2026-02-27"}


def test_a_stale_close_after_a_weeks_move_is_called_wrong(tmp_path: Path) -> None:
    text = "Baidu im Wochenrückblick\n\nDie Baidu-ADR verloren in der Woche gut 8 Prozent auf 125,15 Dollar.\n"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-01")
    assert verdicts["125,15"] in ("wrong", "imprecise")  # Thursday's close; Friday's was 124.44


# --- a range after a label's colon ('52-Wochen-Spanne: X bis Y') is two figures, each end of its own ---------------


def test_a_52_week_range_after_a_labels_colon_is_its_low_and_high() -> None:
    claims = _claims("Kennzahlen der Baidu-Aktie:\n- 52-Wochen-Spanne: 67,64 bis 141,21 Euro\n", date(2026, 3, 12))
    assert claims["67,64"].kind == "low_52w" and claims["141,21"].kind == "high_52w"
    assert claims["141,21"].listing == "B1C.F"
    claims = _claims("Tencent in Hongkong. Tagesspanne: 512,00 bis 529,50 HKD.", date(2026, 2, 26))
    assert claims["512,00"].kind == "day_low" and claims["529,50"].kind == "day_high"


def test_an_english_range_after_a_labels_colon_is_its_low_and_high() -> None:
    claims = _claims("Tencent in Hong Kong. Day's range: HK$512.00 to HK$529.50.", date(2026, 2, 26))
    assert claims["512.00"].kind == "day_low" and claims["529.50"].kind == "day_high"


# --- a part of a month right after an extreme's level dates that extreme, not the distance or the next clause --------


def test_a_part_of_a_month_after_a_german_extremes_level_dates_the_extreme_only() -> None:
    claims = _claims(
        "Der Hang Seng ging am Dienstag bei 25.300 Punkten aus dem Handel. Vom Jahreshoch bei 28.056 Punkten Ende "
        "Januar ist der Index rund 10 Prozent entfernt, seit Jahresbeginn steht ein Minus von knapp 1 Prozent.",
        WEDNESDAY,
    )
    assert claims["10"].reference == {"date": "2026-03-25"}  # as of publication, not late January
    assert claims["1"].reference == {"start": "2026-01-01", "end": "2026-03-24"}


def test_a_part_of_a_month_after_an_english_extremes_level_likewise() -> None:
    claims = _claims(
        "The Hang Seng closed at 25,300 points on Tuesday. From its 2026 high of 28,056 points in late January it is "
        "about 10% lower, and it is down nearly 1% this year.",
        WEDNESDAY,
    )
    assert claims["10"].reference in ({"date": "2026-03-24"}, {"date": "2026-03-25"})  # not late January
