"""An analysts' target's upside told right after it ('is $198, about 34% above Thursday's close') and a second target
told by ellipsis ('für Meituan bei 110 HKD, für Tencent bei 700 HKD') are targets, out of scope: not a stock's move or
price to be judged (before, the 34 was Nvidia's day move, -5.5 % on 2026-02-26, and the 700 Tencent's price, both
called wrong); so is a conversion whose verb stands after an apposition ('eight Hong Kong shares, the equivalent of
one ADR, are worth about $176.06')."""

from datetime import date

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import load_rules
from tests.helpers import claims_by_quote


def test_a_targets_upside_is_the_targets() -> None:
    text = (
        "Nvidia slid 5.5% to $184.98 on Thursday. The average target price among analysts tracked by FactSet is $198, "
        "about 34% above Thursday's close."
    )
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["198"].kind == "analyst_target" and claims["34"].kind == "analyst_target"
    assert not claims["34"].checkable and claims["5.5"].checkable  # the day's move is still judged


def test_a_second_target_by_ellipsis_is_a_target() -> None:
    text = "Das durchschnittliche Kursziel der Analysten für Meituan liegt bei 110 HKD, für Tencent bei 700 HKD."
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["700"].kind == "analyst_target" and not claims["700"].checkable
    english = "Analysts' average price target for Alibaba is $198, and for Baidu $160."
    assert claims_by_quote(english, date(2026, 2, 27))["160"].kind == "analyst_target"


def test_a_price_after_a_target_in_a_clause_of_its_own_is_judged() -> None:
    text = "Das Kursziel für Meituan liegt bei 110 HKD, Tencent schloss am Freitag bei 518 HKD."
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["518"].kind == "close" and claims["518"].checkable


def test_a_conversion_with_an_apposition_before_its_verb_is_a_conversion() -> None:
    # 'eight Hong Kong shares, the equivalent of one ADR, are worth about $176.06': the per-ADR value of a Hong Kong
    # price (8 x 171.00 / 7.77 HKD per USD), a computation, not a quote of the ADRs; before, judged as BABA's price
    text = (
        "Alibaba fell 1.5% to HK$171.00 in Hong Kong. Eight Hong Kong shares, the equivalent of one ADR, are worth "
        "about $176.06 at the current exchange rate."
    )
    claims = claims_by_quote(text, date(2025, 10, 28))
    assert claims["176.06"].kind == "price_conversion" and not claims["176.06"].checkable


def test_the_value_before_an_economic_figure_is_economic_too() -> None:
    # the ifo index's previous month after 'nach', too far from 'Geschäftsklima' for its cue: before, a DAX move
    text = (
        "Der Dax schloss am Freitag bei 24.000 Punkten. Um 10:00 Uhr wird der ifo-Geschäftsklimaindex veröffentlicht; "
        "wir erwarten 87,5 Punkte nach 88,4 Punkten im Vormonat."
    )
    claims = claims_by_quote(text, date(2026, 2, 23))
    assert claims["87,5"].kind == "macro" and claims["88,4"].kind == "macro" and not claims["88,4"].checkable
    assert claims["24.000"].checkable  # the index's level is still judged


def test_a_move_on_volume_above_average_is_a_volume_change_not_a_move() -> None:
    # 'on volume 40% above average': the session's volume against its average (not measured), not the stock's move;
    # before, the 40 was read as Nvidia's day move (or, after a moving average, as its distance) and called wrong
    for text in (
        "Nvidia rose 2% on Friday on volume 40% above average.",
        "Nvidia stieg am Freitag um 2 Prozent bei einem Volumen 40 Prozent über dem Durchschnitt.",
    ):
        claims = claims_by_quote(text, date(2026, 2, 27))
        assert claims["40"].kind == "volume_change" and claims["2"].kind == "day_change"


def test_an_economys_growth_is_no_market_figure() -> None:
    # before, the German 4,8 was read as Alibaba's move over the third quarter and called wrong (the English one was
    # already macro, by 'grew')
    for text, quote in (
        ("Alibaba fiel um 2 Prozent. Die chinesische Wirtschaft war im dritten Quartal um 4,8 % gewachsen.", "4,8"),
        ("Alibaba shares fell 2%. China's economy grew 4.8% in the third quarter.", "4.8"),
    ):
        claims = claims_by_quote(text, date(2025, 10, 22))
        assert claims[quote].kind == "macro" and not claims[quote].checkable and claims["2"].kind == "day_change"


def test_a_multiplication_worked_out_in_words_is_a_conversion() -> None:
    # 'Eight times HK$142.60 is HK$1,140.80': the price of eight shares, a computation (8 x 142.60 = 1,140.80); before,
    # judged as a share price and called wrong. The close it starts from is still judged
    for text, product in (
        ("Alibaba closed at HK$142.60 on Wednesday. Eight times HK$142.60 is HK$1,140.80.", "1,140.80"),
        ("Alibaba schloss am Mittwoch bei 142,60 HKD. Acht mal 142,60 HKD ergibt 1.140,80 HKD.", "1.140,80"),
    ):
        claims, _ = extract_claims(text, Published(date(2026, 1, 2), "option"), load_rules())
        kinds = [(c.quote, c.kind, c.checkable) for c in claims]
        assert kinds[0][1:] == ("close", True) and (product, "price_conversion", False) in kinds
