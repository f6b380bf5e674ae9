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
