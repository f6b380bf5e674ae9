"""Rules added after trying the thirty-second batch of written German articles as an editor would, first set
(tests/golden/articles de208..de210: a Deutschlandfunk 'Wirtschaft am Mittag' transcript with spoken figures, a
Vienna 'Die Presse' Börsenbericht on Asian, US and German trading, a broker app's evening push digest 'Deine Watchlist
heute').
Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.numbers import find_numbers
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote, verdicts_by_quote

# --- a number spoken with its decimals ('eins Komma vier Prozent') is one number, not its last word ----------------


def test_spoken_decimals_are_read_as_one_number() -> None:
    rules = load_rules()
    cases = {
        "Der Index verlor null Komma acht Prozent.": (0.8, 1, "null Komma acht"),
        "Die Aktie stieg um drei Komma zwei fünf Prozent.": (3.25, 2, "drei Komma zwei fünf"),
        "Das Plus lag bei zwei Komma fünfundzwanzig Prozent.": (2.25, 2, "zwei Komma fünfundzwanzig"),
        "Sie kostete hundertdreiundachtzig Komma sechs Dollar.": (183.6, 1, "hundertdreiundachtzig Komma sechs"),
    }
    for text, (value, decimals, quote) in cases.items():
        found = [(n.value, n.decimals, text[n.start : n.end]) for n in find_numbers(text, "de", rules)]
        assert found == [(value, decimals, quote)], text
    # no whole part before 'Komma': the word before the unit alone, as before
    assert [n.value for n in find_numbers("Das Komma vier Prozent", "de", rules)] == [4.0]


def test_spoken_decimal_move_and_price_are_checked_whole(tmp_path: Path) -> None:
    # ^HSI Monday 2025-09-22 close 26344.14, Friday 2025-09-19 26545.10: -0.76 %
    # NVDA Monday 2025-09-22 close 183.61 (Friday 176.67)
    text = (
        "Wirtschaft am Abend, Montag, 22. September 2025, 22:30 Uhr\n\n"
        "In Hongkong hat der Hang Seng heute null Komma acht Prozent verloren. "
        "An der Wall Street hat die Nvidia-Aktie heute bei hundertdreiundachtzig Komma sechs Dollar geschlossen."
    )
    claims = claims_by_quote(text, date(2025, 9, 22))
    assert claims["null Komma acht"].kind == "index_move" and claims["null Komma acht"].listing == "^HSI"
    assert claims["hundertdreiundachtzig Komma sechs"].kind == "close"
    assert "acht" not in claims and "sechs" not in claims
    verdicts = verdicts_by_quote(tmp_path, text, "2025-09-22")
    assert verdicts["null Komma acht"] == "accurate"
    assert verdicts["hundertdreiundachtzig Komma sechs"] == "accurate"
    altered = text.replace("null Komma acht", "eins Komma acht").replace("dreiundachtzig Komma", "dreiundneunzig Komma")
    wrong = verdicts_by_quote(tmp_path, altered, "2025-09-22")
    assert wrong["eins Komma acht"] == "wrong"  # -1.8 against -0.76
    assert wrong["hundertdreiundneunzig Komma sechs"] == "wrong"  # 193.6 against 183.61


# --- 'seit Monatsbeginn' reaches its move across a longer clause, as 'seit Jahresbeginn' does -------------------------


def test_seit_monatsbeginn_reaches_a_move_told_at_the_clauses_end(tmp_path: Path) -> None:
    # 0700.HK Wednesday 2025-09-24 close 648.50; August's last session 2025-08-29 596.50: +8.72 %
    text = (
        "Tencent legt zu\n\nDie Tencent-Aktie schloss am Mittwoch in Hongkong bei 648,50 HKD. "
        "Seit Monatsbeginn summiert sich der Kursgewinn des Internetkonzerns damit auf knapp 9 Prozent."
    )
    claims = claims_by_quote(text, date(2025, 9, 24))
    assert claims["9"].kind == "month_return" and claims["9"].listing == "0700.HK"
    assert claims["9"].reference == {"start": "2025-09-01", "end": "2025-09-24"}
    assert verdicts_by_quote(tmp_path, text, "2025-09-24")["9"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("knapp 9", "knapp 19"), "2025-09-24")["19"] == "wrong"


# --- a number word before a scale word alone ('zweihundertsechzig Millionen Aktien') is a number, as digits are -------


def test_spoken_number_before_a_scale_word_is_a_volume(tmp_path: Path) -> None:
    # 9988.HK Monday 2025-09-22 close 159.20, volume 103,208,970 shares (Friday 2025-09-19: 138.83 million)
    text = (
        "Wirtschaft am Abend, Montag, 22. September 2025, 22:30 Uhr\n\n"
        "Die Alibaba-Aktie schloss heute bei 159,20 Hongkong-Dollar. "
        "In Hongkong wurden rund hundertdrei Millionen Alibaba-Aktien gehandelt."
    )
    claims = claims_by_quote(text, date(2025, 9, 22))
    assert claims["hundertdrei"].kind == "volume" and claims["hundertdrei"].listing == "9988.HK"
    assert verdicts_by_quote(tmp_path, text, "2025-09-22")["hundertdrei"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("hundertdrei", "zweihundertdrei"), "2025-09-22")
    assert wrong["zweihundertdrei"] == "wrong"
    rules = load_rules()
    # a scale word alone stays no number, as before; a currency after the scale keeps its unit
    assert find_numbers("Hunderte Millionen Aktien", "de", rules) == []
    assert [(n.value, n.scale, n.unit) for n in find_numbers("zwei Milliarden Dollar", "de", rules)] == [
        (2.0, 1e9, "USD")
    ]


# --- a number word ending its clause after 'bei'/'auf'/'von' is a figure said without its unit ('bei einundachtzig.')


def test_number_word_said_at_the_clauses_end_is_read() -> None:
    rules = load_rules()
    said = {
        "Der RSI steht bei einundachtzig.": (81.0, "einundachtzig"),
        "Der RSI liegt bei gerade mal einundzwanzig, das ist überverkauft.": (21.0, "einundzwanzig"),
    }
    for text, (value, quote) in said.items():
        assert [(n.value, text[n.start : n.end]) for n in find_numbers(text, "de", rules)] == [(value, quote)], text
    # not a number word, 'eins', or a word that goes on: nothing
    for text in ("Das kam bei den Anlegern gut an.", "Er setzt auf eins.", "Das hängt von acht ab."):
        assert find_numbers(text, "de", rules) == [], text


def test_spoken_rsi_after_an_aside_is_checked(tmp_path: Path) -> None:
    # BABA Tuesday 2025-09-23 close 163.08; RSI(14) of its closes up to then: Wilder 71.7 (simple-average 74.4)
    text = (
        "Börse am Morgen, Mittwoch, 24. September 2025, 07:30 Uhr\n\n"
        "Die Alibaba-ADRs schlossen am Dienstag in New York bei 163,08 Dollar. "
        "Der RSI, also ein Maß dafür, wie heiß gelaufen eine Aktie ist, stand damit bei zweiundsiebzig."
    )
    claims = claims_by_quote(text, date(2025, 9, 24))
    assert claims["zweiundsiebzig"].kind == "rsi" and claims["zweiundsiebzig"].listing == "BABA"
    assert verdicts_by_quote(tmp_path, text, "2025-09-24")["zweiundsiebzig"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("zweiundsiebzig", "zweiundneunzig"), "2025-09-24")
    assert wrong["zweiundneunzig"] == "wrong"
