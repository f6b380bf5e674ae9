"""Rules added after trying the seventeenth batch of written German articles as an editor would (tests/golden/articles
de92..de95: a finanzen.net 'So viel Gewinn/Verlust hätte ein Investment ... eingebracht', a finanzen.net 'NASDAQ-Handel
... am Nachmittag' with its 52-week high and low, a dpa-AFX 'Aktien New York Schluss' with China stocks, a pre-market
indication on Lang & Schwarz before 9 with the Hong Kong close and the evening before in New York). Each sentence here
is written for the test, not taken from those articles. Before these rules: a sentence without a figure that looks ahead
('Die Aktie dürfte an ihre Verluste vom Vortag anknüpfen') set the day in play to the day it named, so 'Am Vorabend in
New York ...' after it was counted back from that day, one session too far (a true close and a true move of the ADRs
called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

FRIDAY = date(2026, 2, 27)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a sentence that looks ahead does not set the day in play --------------------------------------------------------


def test_the_evening_before_after_a_look_ahead_is_the_one_before_publication() -> None:
    for opening in (
        "Die Alibaba-Aktie dürfte zum Xetra-Start an ihre Verluste vom Vortag anknüpfen.",
        "Alibaba wird nach den Abgaben vom Donnerstag wohl erneut schwächer in den Handel starten.",
        "Die Aktie soll laut Händlern an die Schwäche von gestern anknüpfen.",
    ):
        claims = _claims(
            f"{opening}\n\nAm Vorabend in New York waren die Alibaba-ADRs um 2,8 Prozent auf 148,05 Dollar gefallen.",
            FRIDAY,
        )
        assert claims["2,8"].listing == "BABA" and claims["2,8"].kind == "day_change", opening
        assert claims["2,8"].reference == {"date": "2026-02-26"}, opening
        assert claims["148,05"].reference == {"date": "2026-02-26"}, opening


def test_overnight_after_a_look_ahead_in_english() -> None:
    claims = _claims(
        "Alibaba's shares are expected to extend Thursday's losses in Frankfurt.\n\n"
        "Overnight in New York, the ADRs fell 2.8% to $148.05.",
        FRIDAY,
    )
    assert claims["2.8"].reference == {"date": "2026-02-26"}
    assert claims["148.05"].reference == {"date": "2026-02-26"}


def test_a_reported_day_still_sets_the_day_the_evening_before_counts_from() -> None:
    # a sentence reporting the Hong Kong session of Thursday: the evening before it is Wednesday's in New York
    claims = _claims(
        "Die Alibaba-Aktie hat am Donnerstag in Hongkong deutlich nachgegeben.\n\n"
        "Am Vorabend in New York waren die Alibaba-ADRs um 0,5 Prozent gefallen.",
        FRIDAY,
    )
    assert claims["0,5"].reference == {"date": "2026-02-25"}
    claims = _claims(
        "Die Baidu-Aktie verlor am Donnerstag in Hongkong deutlich.\n\n"
        "Über Nacht hatten die ADRs in New York 0,7 Prozent eingebüßt.",
        FRIDAY,
    )
    assert claims["0,7"].reference == {"date": "2026-02-25"}


def test_a_true_evening_before_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Alibaba-Aktie vorbörslich schwächer\n\n27.02.2026, 08:40 Uhr | Vorbörse\n\n"
        "Die Alibaba-Aktie dürfte zum Xetra-Start an ihre Verluste vom Vortag anknüpfen.\n\n"
        "Am Vorabend in New York waren die Alibaba-ADRs um 2,8 Prozent auf 148,05 Dollar gefallen.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["2,8"] == "accurate" and verdicts["148,05"] == "accurate"


# --- what a sum of money became is no share price ---------------------------------------------------------------------


def test_what_an_investment_became_is_an_amount() -> None:
    published = date(2026, 3, 20)
    for sentence, quotes in (
        ("Bei der Meituan-Aktie gilt: Aus 10.000 HKD wurden 4.587,83 HKD.", ("10.000", "4.587,83")),
        (
            "Meituan-Aktie: Aus 10.000 HKD wurden so 4.587,83 HKD, das entspricht einem Minus von 54,12 Prozent.",
            ("10.000", "4.587,83"),
        ),
        ("Bei der Nvidia-Aktie sind aus 1.000 Euro inzwischen 1.519 Euro geworden.", ("1.000",)),
        (
            "Nvidia-Aktie: Aus 1.000 USD sind damit 1.519,40 USD geworden, ein Plus von 51,94 Prozent.",
            ("1.000", "1.519,40"),
        ),
    ):
        claims = _claims(sentence, published)
        for quote in quotes:
            assert claims[quote].kind == "amount" and not claims[quote].checkable, (sentence, quote)


def test_a_price_a_move_went_to_stays_a_price() -> None:
    claims = _claims("Die Meituan-Aktie fiel um 1,9 Prozent auf 79,15 HKD.", date(2026, 3, 20))
    assert claims["79,15"].kind in ("close", "last_price") and claims["79,15"].listing == "3690.HK"
    claims = _claims("Tencent gewann 1,2 Prozent auf 518,00 HKD, Meituan verlor 2,7 Prozent auf 80,45 HKD.", FRIDAY)
    assert claims["80,45"].listing == "3690.HK" and claims["80,45"].kind in ("close", "last_price")


def test_what_an_investment_became_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Meituan-Aktie: So viel Verlust hätte ein Investment eingebracht\n\n20.03.2026 | Redaktion\n\n"
        "Am 19.03.2025 schloss die Meituan-Aktie in Hongkong bei 175,90 HKD. Aus 10.000 HKD wurden so 4.587,83 HKD,"
        " das entspricht einem deutlichen Minus.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["10.000"] == "out_of_scope" and verdicts["4.587,83"] == "out_of_scope"
    assert verdicts["175,90"] == "accurate"


# --- a company without quotes keeps its figure ------------------------------------------------------------------------


def test_a_company_without_quotes_does_not_lend_its_move_to_the_stock_before() -> None:
    for text, quote in (
        ("Tencent gewannen 1,2 Prozent, Meituan gaben 2,7 Prozent nach. Xiaomi legten um 1,8 Prozent zu.", "1,8"),
        ("Meituan gaben 2,7 Prozent nach, die Xiaomi-Aktie verlor 0,9 Prozent.", "0,9"),
        ("Meituan stiegen um 0,9 Prozent, während Pop Mart um 3,4 Prozent zulegten.", "3,4"),
        (
            "Ein Investment in Meituan brachte Verluste, eines in den Spielzeughersteller Pop Mart dagegen rund"
            " 120 Prozent Gewinn binnen eines Jahres.",
            "120",
        ),
    ):
        claims = _claims(text, FRIDAY)
        assert claims[quote].listing is None, text


# --- an index called by what it is ------------------------------------------------------------------------------------


def test_the_tech_heavy_index_is_the_last_index_named() -> None:
    published = date(2026, 2, 26)
    for text, quote in (
        (
            "Der Nasdaq 100 verlor 1,2 Prozent auf 25.034,37 Punkte. Zum Handelsschluss in Europa hatte der"
            " technologielastige Index noch knapp 1 Prozent im Minus gelegen. Nvidia sackten um 5,5 Prozent ab.",
            "1",
        ),
        (
            "Nvidia sackten um 5,5 Prozent ab. Der Nasdaq 100 verlor 1,2 Prozent. Der technologielastige Index hatte am"
            " Vortag noch 1,4 Prozent gewonnen.",
            "1,4",
        ),
        (
            "Nvidia fielen deutlich. Der Nasdaq Composite gab 1,2 Prozent nach; der breiter gefasste Index hatte zuvor"
            " 0,9 Prozent verloren.",
            "0,9",
        ),
    ):
        claims = _claims(text, published)
        assert claims[quote].kind == "index_move" and claims[quote].listing in ("^NDX", "^IXIC"), text
        assert claims["1,2"].listing in ("^NDX", "^IXIC")
