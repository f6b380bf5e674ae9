"""Rules added after trying the thirty-third batch's second set of written German articles as an editor would
(tests/golden/articles de217..de219: an SWR radio 'Börsenbericht' script with spoken figures, a newsletter's
'Aktionärsbrief' taking Tencent into its model portfolio with a buy limit, a stop-loss and targets, a fund manager's
monthly commentary with February's and the year's returns). Each sentence here is written for the test, not taken
from those articles; the expected values are computed from seeds/quotes, the computation in a comment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.numbers import find_numbers
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote, verdicts_by_quote

# --- a spoken level of up to 60 letters is one number ('fünfundzwanzigtausendzweihundertsiebenundsiebzig') ---------

SPOKEN_LEVEL = (
    "Börse am Abend, Freitag, 20. März 2026, 22:30 Uhr\n\n"
    "In Hongkong hat der Hang Seng heute bei {} Punkten geschlossen."
)


def test_a_spoken_level_longer_than_45_letters_is_read() -> None:
    rules = load_rules()
    for word, value in (
        ("fünfundzwanzigtausendzweihundertsiebenundsiebzig", 25277.0),
        ("siebenundsiebzigtausendsiebenhundertsiebenundsiebzig", 77777.0),
    ):
        text = f"Der Index stand bei {word} Punkten."
        assert [(n.value, text[n.start : n.end]) for n in find_numbers(text, "de", rules)] == [(value, word)]


def test_a_spoken_level_longer_than_45_letters_is_checked(tmp_path: Path) -> None:
    # ^HSI close Friday 2026-03-20 25277.32
    true_word, altered_word = (
        "fünfundzwanzigtausendzweihundertsiebenundsiebzig",
        "fünfundzwanzigtausendneunhundertsiebenundsiebzig",
    )
    claim = claims_by_quote(SPOKEN_LEVEL.format(true_word), date(2026, 3, 20))[true_word]
    assert claim.kind == "index_level" and claim.listing == "^HSI"
    assert verdicts_by_quote(tmp_path, SPOKEN_LEVEL.format(true_word), "2026-03-20")[true_word] == "accurate"
    # 25,977 against 25,277.32
    assert verdicts_by_quote(tmp_path, SPOKEN_LEVEL.format(altered_word), "2026-03-20")[altered_word] == "wrong"


# --- a particle ending the clause after a level ('bis auf 521,50 HKD hinauf') is the sign nearest to it ------------

REACHED_UP = (
    "Tencent schloss am Mittwoch in Hongkong bei 505,50 HKD. Am Morgen lag die Aktie noch unter der Marke von 510 HKD, "
    "in der Spitze ging es dann bis auf {} HKD hinauf."
)
REACHED_UP_INDEX = (
    "Der Dax schloss am Mittwoch bei 22.957 Punkten. Eröffnet hatte er unter der Marke von 23.000 Punkten, im "
    "Tageshoch ging es dann bis auf {} Punkte hinauf."
)


def test_hinauf_after_the_level_makes_it_the_days_high() -> None:
    claim = claims_by_quote(REACHED_UP.format("521,50"), date(2026, 3, 25))["521,50"]
    assert claim.kind == "day_high" and claim.listing == "0700.HK"  # not the low the 'unter' before would make it
    claim = claims_by_quote(REACHED_UP_INDEX.format("23.079"), date(2026, 3, 25))["23.079"]
    assert claim.kind == "day_high" and claim.listing == "^GDAXI"


def test_hinauf_after_the_level_is_checked_as_the_high(tmp_path: Path) -> None:
    # 0700.HK high 2026-03-25 521.50; ^GDAXI high 2026-03-25 23079.37
    assert verdicts_by_quote(tmp_path, REACHED_UP.format("521,50"), "2026-03-25")["521,50"] == "accurate"
    assert verdicts_by_quote(tmp_path, REACHED_UP.format("531,50"), "2026-03-25")["531,50"] == "wrong"
    assert verdicts_by_quote(tmp_path, REACHED_UP_INDEX.format("23.079"), "2026-03-25")["23.079"] == "accurate"
    assert verdicts_by_quote(tmp_path, REACHED_UP_INDEX.format("23.379"), "2026-03-25")["23.379"] == "wrong"


# --- 'im Berichtsmonat' is a monthly report's month: the one before publication, whatever day was told before ------

REPORTED_MONTH_DE = (
    "Monatsbericht Januar, 3. Februar 2026\n\n"
    "Die Baidu-ADRs schlossen am 30. Januar bei 153,18 Dollar. Im Berichtsmonat stiegen sie um {} Prozent."
)
REPORTED_MONTH_EN = "Baidu's ADRs closed at $153.18 on Jan. 30. In the month under review they gained {}%."


def test_berichtsmonat_is_the_month_before_publication() -> None:
    for text, quote in ((REPORTED_MONTH_DE.format("17,2"), "17,2"), (REPORTED_MONTH_EN.format("17.2"), "17.2")):
        claim = claims_by_quote(text, date(2026, 2, 3))[quote]
        assert claim.kind == "month_return" and claim.listing == "BIDU"
        # January, not the month before the day in play (30 January): December
        assert claim.reference == {"start": "2026-01-01", "end": "2026-01-31"}


def test_berichtsmonat_is_checked_on_that_month(tmp_path: Path) -> None:
    # January: BIDU 153.18 (2026-01-30) / 130.66 (2025-12-31) - 1 = +17.24 %
    assert verdicts_by_quote(tmp_path, REPORTED_MONTH_DE.format("17,2"), "2026-02-03")["17,2"] == "accurate"
    assert verdicts_by_quote(tmp_path, REPORTED_MONTH_DE.format("1,2"), "2026-02-03")["1,2"] == "wrong"
    assert verdicts_by_quote(tmp_path, REPORTED_MONTH_EN.format("17.2"), "2026-02-03")["17.2"] == "accurate"


# --- 'Nach den Quartalszahlen fiel die Aktie am 19. März um ...': a day after the move's verb is the move's -----------

AFTER_RESULTS_TWO_DAYS = (
    "Die Alibaba-ADRs enttäuschten in New York. Nach den Quartalszahlen fielen sie am 19. März um {} Prozent und am "
    "20. März um weitere 2,0 Prozent."
)
BEFORE_RESULTS_DAY = (
    "Die Alibaba-ADRs waren in New York gefragt. Vor den Zahlen legten sie am 25. März um {} Prozent zu."
)


def test_a_day_after_the_verb_is_not_the_results_day() -> None:
    claims = claims_by_quote(AFTER_RESULTS_TWO_DAYS.format("7,1"), date(2026, 3, 27))
    assert claims["7,1"].kind == "day_change" and claims["7,1"].reference == {"date": "2026-03-19"}
    assert claims["2,0"].reference == {"date": "2026-03-20"}
    claim = claims_by_quote(BEFORE_RESULTS_DAY.format("3,5"), date(2026, 3, 27))["3,5"]
    assert claim.kind == "day_change" and claim.reference == {"date": "2026-03-25"}


def test_a_day_after_the_verb_is_checked_as_the_moves(tmp_path: Path) -> None:
    # BABA 124.90 (2026-03-19) / 134.43 (2026-03-18) - 1 = -7.09 %; 122.41 (03-20) / 124.90 - 1 = -1.99 %
    assert verdicts_by_quote(tmp_path, AFTER_RESULTS_TWO_DAYS.format("7,1"), "2026-03-27")["7,1"] == "accurate"
    assert verdicts_by_quote(tmp_path, AFTER_RESULTS_TWO_DAYS.format("2,1"), "2026-03-27")["2,1"] == "wrong"
    # BABA 129.87 (2026-03-25) / 125.48 (2026-03-24) - 1 = +3.50 %
    assert verdicts_by_quote(tmp_path, BEFORE_RESULTS_DAY.format("3,5"), "2026-03-27")["3,5"] == "accurate"
    assert verdicts_by_quote(tmp_path, BEFORE_RESULTS_DAY.format("6,5"), "2026-03-27")["6,5"] == "wrong"


# --- an index's level a past month's move went to is the month's last close ('im Januar 6,9 Prozent auf 27.387') ---

MONTH_WENT_TO = "Monatsrückblick, 5. Februar 2026\n\nDer Hang Seng gewann im Januar 6,9 Prozent auf {} Punkte."


def test_an_index_level_a_months_move_went_to_is_its_last_close() -> None:
    claim = claims_by_quote(MONTH_WENT_TO.format("27.387"), date(2026, 2, 5))["27.387"]
    assert claim.kind == "index_level" and claim.listing == "^HSI"
    assert claim.reference == {"date": "2026-01-30"}  # January's last session, not the sessions up to publication


def test_an_index_level_a_months_move_went_to_is_checked_on_that_close(tmp_path: Path) -> None:
    # ^HSI close 2026-01-30 27387.11 (January: 27387.11 / 25630.54 (2025-12-31) - 1 = +6.85 %)
    assert verdicts_by_quote(tmp_path, MONTH_WENT_TO.format("27.387"), "2026-02-05")["27.387"] == "accurate"
    # 26,880: a level of the sessions up to publication (2026-02-05 close 26885.24), not January's close
    assert verdicts_by_quote(tmp_path, MONTH_WENT_TO.format("26.880"), "2026-02-05")["26.880"] == "wrong"


# --- a buy limit ('Kauflimit: 550 HKD bzw. 61 Euro', 'Buy limit:') is the writer's level, no quote -------------------

BUY_LIMIT_DE = (
    "Tencent schloss am Donnerstag in Hongkong bei 546,50 HKD.\n\n- Kauflimit: 550 HKD bzw. 61 Euro\n- Stopp: 495 HKD"
)
BUY_LIMIT_EN = "Tencent closed at HK$546.50 on Thursday. Buy limit: HK$550, or 61 euros in Frankfurt."


def test_a_buy_limit_and_its_euro_restatement_are_no_quotes(tmp_path: Path) -> None:
    for text, quotes in ((BUY_LIMIT_DE, ("550", "61")), (BUY_LIMIT_EN, ("550", "61"))):
        claims = claims_by_quote(text, date(2026, 3, 13))
        assert all(claims[q].kind == "level_forecast" for q in quotes), text
    # the close beside it is still checked: 0700.HK close 2026-03-12 546.50
    verdicts = verdicts_by_quote(tmp_path, BUY_LIMIT_DE, "2026-03-13")
    assert verdicts["546,50"] == "accurate" and verdicts["550"] == "out_of_scope" and verdicts["61"] == "out_of_scope"
    altered = verdicts_by_quote(tmp_path, BUY_LIMIT_DE.replace("546,50", "556,50"), "2026-03-13")
    assert altered["556,50"] == "wrong"


# --- a conjunct without its own verb ('und am Freitag um 2,0 Prozent') is told in its clause's past tense -----------

TWO_WEEKDAYS_PAST = "Die Alibaba-ADRs fielen am Donnerstag um 7,1 Prozent und am Freitag um {} Prozent."


def test_a_verbless_conjuncts_weekday_is_the_past_one() -> None:
    # published Wednesday 2026-03-25: Thursday and Friday of the week before, not the coming Friday
    claims = claims_by_quote(TWO_WEEKDAYS_PAST.format("2,0"), date(2026, 3, 25))
    assert claims["7,1"].reference == {"date": "2026-03-19"}
    assert claims["2,0"].kind == "day_change" and claims["2,0"].reference == {"date": "2026-03-20"}


def test_a_verbless_conjuncts_weekday_is_checked_on_that_day(tmp_path: Path) -> None:
    # BABA 122.41 (2026-03-20) / 124.90 (2026-03-19) - 1 = -1.99 %
    assert verdicts_by_quote(tmp_path, TWO_WEEKDAYS_PAST.format("2,0"), "2026-03-25")["2,0"] == "accurate"
    assert verdicts_by_quote(tmp_path, TWO_WEEKDAYS_PAST.format("5,0"), "2026-03-25")["5,0"] == "wrong"
