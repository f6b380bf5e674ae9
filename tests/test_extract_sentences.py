"""The first extraction step on its own: language, sentence spans, summary lists, pattern hits."""

from __future__ import annotations

import re

from claimcheck.core.extract.sentences import detect_language, pattern_hits, sentence_spans, summary_blocks


def test_the_language_is_the_one_with_more_of_its_common_words() -> None:
    assert detect_language("Die Aktie ist mit dem Markt gestiegen und nicht gefallen.") == "de"
    assert detect_language("The shares of the company rose and the index was flat.") == "en"


def test_a_sentence_alone_is_told_by_its_first_word_and_its_prepositions() -> None:
    """One sentence holds few common words: its capitalised article and 'on'/'am' before a day count too (before,
    the English one was read as German and its '26,845 points' as 26.845)."""
    assert detect_language("The Hang Seng closed at 26,845 points on Friday, down from 26,924 points.") == "en"
    assert detect_language("Der Hang Seng schloss am Freitag bei 26.845 Punkten.") == "de"


def test_a_text_without_common_words_is_told_by_its_decimal_marks() -> None:
    """A price table holds none of the common words: 'HK$174.00, +9.2%' is English, '174,00 HKD' German,
    counted beside a currency or a percent sign only: a German date ('09.10.') or clock time ('16.10 Uhr')
    is no English decimal (review 7: '26.752 Punkte' was then read as 26.752 points)."""
    assert detect_language("Alibaba (9988.HK): HK$174.00, +9.2%\nBaidu (BIDU): $125.57, -8.1%") == "en"
    assert detect_language("Alibaba (9988.HK): 174,00 HKD, +9,2 %\nBaidu: 108,40 EUR, -1,5 %") == "de"
    assert detect_language("Hang Seng 26,843.77 (+0.2%), 12.03.2025") == "en"
    assert detect_language("Hang Seng 26.843,77 (+0,2 %), 12.03.2025") == "de"
    assert detect_language("Hang Seng am 09.10. um 16.10 Uhr: 26.752 Punkte") == "de"
    assert detect_language("Alibaba, Baidu, Tencent") == "de"  # nothing to tell by: the default


def test_a_period_after_a_number_or_an_abbreviation_ends_no_sentence() -> None:
    text = "Der Kurs lag bei ca. 5 Euro. Am 3. Januar stieg er.  Danach fiel er.\nNeue Zeile ohne Punkt"
    got = [text[start:end] for start, end in sentence_spans(text)]
    assert got == ["Der Kurs lag bei ca. 5 Euro.", "Am 3. Januar stieg er.", "Danach fiel er.", "Neue Zeile ohne Punkt"]


def test_blank_pieces_make_no_sentence() -> None:
    assert sentence_spans("  \n\n   \n") == []


def test_a_summary_list_runs_from_its_heading_to_the_next_blank_line() -> None:
    text = "Titel\n\nKey Points:\n- Aktie plus 5 %\n- Umsatz stieg\n\nIm Text steht es noch einmal."
    (start, end), *rest = summary_blocks(text)
    assert rest == []
    assert text[start:end] == "Key Points:\n- Aktie plus 5 %\n- Umsatz stieg"
    assert summary_blocks("Kein Überblick hier.\n\nNur Text.") == []


def test_pattern_hits_are_every_hit_of_every_pattern_with_its_label() -> None:
    patterns = ((re.compile(r"\bup\b"), "up"), (re.compile(r"\bdown\b"), "down"))
    assert pattern_hits("up, down, up", patterns) == ((0, 2, "up"), (10, 12, "up"), (4, 8, "down"))
