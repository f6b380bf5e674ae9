"""'This morning' names the day of publication, as 'heute Morgen' does (dates._RELATIVE): 'This morning we opened at
22,578' after a sentence about the session before had been read on that session and called wrong (en198). And an
English sentence ends at a period after a number (sentences.sentence_spans: only German writes ordinals so), so a later
sentence's 'this morning' does not date the figures before it. Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract.sentences import sentence_spans
from tests.helpers import claims_by_quote, verdicts_by_quote

# ^GDAXI 2026-03-30 (Monday) close 22562.88, the close before (03-27) 22300.75: +1.18 %; 2026-03-31 (Tuesday) open
# 22578.84
_TEXT = (
    "The DAX had a strong session yesterday and closed up 1.2% at 22,562.88. This morning the DAX opened at 22,578.84 "
    "and is trading a little higher."
)


def test_this_morning_is_the_day_of_publication(tmp_path: Path) -> None:
    claims = claims_by_quote(_TEXT, date(2026, 3, 31))
    assert claims["22,562.88"].reference == {"date": "2026-03-30"}
    assert claims["22,578.84"].kind == "open_price" and claims["22,578.84"].reference == {"date": "2026-03-31"}
    verdicts = verdicts_by_quote(tmp_path, _TEXT, "2026-03-31")
    assert verdicts["22,578.84"] == verdicts["22,562.88"] == verdicts["1.2"] == "accurate"
    # Monday's open (22213.86) is not Tuesday's
    assert verdicts_by_quote(tmp_path, _TEXT.replace("22,578.84", "22,213.86"), "2026-03-31")["22,213.86"] == "wrong"


def test_an_english_sentence_ends_after_a_number() -> None:
    text = "The DAX closed at 22,562.88 on Monday and its RSI is at 27. DAX futures are up 0.3% this morning."
    assert [text[s:e] for s, e in sentence_spans(text, "en")] == [
        "The DAX closed at 22,562.88 on Monday and its RSI is at 27.",
        "DAX futures are up 0.3% this morning.",
    ]
    # a German ordinal keeps its sentence
    german = "Der DAX schloss am 27. März bei 22.300,75 Punkten."
    assert len(sentence_spans(german, "de")) == 1


def test_a_german_date_in_english_copy_keeps_its_sentence() -> None:
    text = "Die Aktie notiert 25 Prozent unter ihrem Hoch vom 2. Oktober. The stock closed at HK$157.80."
    assert len(sentence_spans(text, "en")) == 2
