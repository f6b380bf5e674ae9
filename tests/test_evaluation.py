"""The extractor against every golden file: precision and recall on checkable claims (targets 95 %),
and the listing, day, hedge and direction of every claim it finds.

The editor's set (de11..de37, en06..en31) is held to the figures measured when it was added
(2026-11-29, extractor version 8 with the tester branch's cue rows): precision 86.9 %, recall
82.5 %, and the fifteen slot errors listed below. They are floors that may only rise: each listed
error or missed claim is a defect the extractor still has (the tester branch's report names the
class of each), never the truth. When a fix removes one, delete it from the list. Raised to 96.9 %
and 91.9 % when the closes of finished sessions stopped being read as last prices (branch pass).
Lowered to the figures measured when de24..de31 and en18..en25 joined the set (2026-11-29, branch
tester2: tickers, tables, recaps, corrections, distances to moving averages, volumes): each of the
new defects is listed below with its class; the answers were not changed to fit the product. Raised
from 81.4 % and 71.4 % by the cue and sign rows of tests/test_second_editor_cues.py. Lowered to the
figures measured when de32..de37 and en26..en31 joined the set (2026-11-30, branch tester3: moves
in money, relative clauses, 'vor einem Jahr' / 'a year ago', earnings days, 'im gleichen Zeitraum',
euro price pages derived from Hong Kong and New York); their defects are listed with their class. Raised
to 92.9 % and 92.0 % when a weekday told in the past tense stopped resolving after publication, then to
93.6 % and 93.6 % with volumes as a kind and past tenses beyond the move verbs (branch slots)."""

from __future__ import annotations

from pathlib import Path

from tests.evaluate import Score, editor_verdict_problems, evaluate, golden_files, is_editor_set

EDITOR_PRECISION, EDITOR_RECALL = 0.936, 0.936
EDITOR_SLOT_ERRORS_STILL_OPEN = {
    # a return 'seit den Zahlen' (since the results): carries a day instead of its period
    "de33_baidu_nach_den_zahlen.txt 3,3: reference {'date': '2025-08-21'}",
    # a weekday in a compound word ('am Mittwochmorgen') not read: the previous sentence's day is
    # carried (read as the stated day, a German morning's euro parity of the ADR would be read on the
    # US session of that day, which had not traded yet)
    "de32_analystennotiz_alibaba.txt 117,56: reference {'date': '2026-03-10'}",
}


# the verdicts on the editor's set (242 true and 35 wrong market numbers), measured 2026-11-30;
# de32..de37 and en26..en31 (82 true and 16 wrong) added the same day
EDITOR_VERDICT_PROBLEMS_STILL_OPEN = {
    "true called wrong": set(),
    "true called imprecise": set(),
    "wrong called accurate": set(),
    "missed": set(),
    "set out of scope": set(),
    "non-claim checked": set(),
}


# an English price table ('Alibaba (9988.HK): HK$174.00, +9.2%') holds none of the common words
# the language guess counts (sentences.detect_language), so it is read as German
ENGLISH_READ_AS_GERMAN_STILL_OPEN = {"en24_china_tech_at_a_glance.txt"}


def _files(editor: bool) -> list[tuple[Path, Path]]:
    return [pair for pair in golden_files() if is_editor_set(pair[1]) == editor]


def test_precision_and_recall_meet_the_targets() -> None:
    scores = evaluate(_files(editor=False))
    total = Score.total(scores)
    assert len(_files(editor=False)) >= 20 and total.found >= 60  # 5 seeds, 10 German and 5 English articles
    assert total.precision >= 0.95 and total.recall >= 0.95, {k: (v.precision, v.recall) for k, v in scores.items()}


def test_found_claims_have_the_right_listing_day_hedge_and_direction() -> None:
    errors = [e for score in evaluate(_files(editor=False)).values() for e in score.detail_errors]
    assert errors == []


def test_the_editors_set_holds_its_measured_floors() -> None:
    files = _files(editor=True)
    scores = evaluate(files)
    total = Score.total(scores)
    assert len(files) == 53 and total.found >= 195  # 27 German and 26 English articles
    assert total.precision >= EDITOR_PRECISION and total.recall >= EDITOR_RECALL, (total.precision, total.recall)
    assert set(total.detail_errors) <= EDITOR_SLOT_ERRORS_STILL_OPEN


def test_the_editors_set_gets_no_new_false_verdict(tmp_path: Path) -> None:
    """A true number called wrong is the worst mistake, a wrong number called accurate the next:
    none beyond the ones measured when the set was added."""
    problems = editor_verdict_problems(tmp_path)
    assert {k: set(v) - EDITOR_VERDICT_PROBLEMS_STILL_OPEN[k] for k, v in problems.items()} == {
        k: set() for k in problems
    }


def test_english_articles_are_read_as_english() -> None:
    from datetime import date

    from claimcheck import pipeline
    from claimcheck.adapters.articles import load_article

    english = [text for _, text in golden_files() if text.name.startswith("en")]
    assert len(english) >= 15
    for path in english:
        if path.name in ENGLISH_READ_AS_GERMAN_STILL_OPEN:
            continue
        assert pipeline.extract(load_article(path, date(2026, 1, 14), {}, date(2026, 11, 22))).language == "en"
