"""The extractor against every golden file: precision and recall on checkable claims (targets 95 %),
and the listing, day, hedge and direction of every claim it finds.

The editor's set (de11..de23, en06..en17) is held to the figures measured when it was added
(2026-11-29, extractor version 8 with the tester branch's cue rows): precision 86.9 %, recall
82.5 %, and the fifteen slot errors listed below. They are floors that may only rise: each listed
error or missed claim is a defect the extractor still has (the tester branch's report names the
class of each), never the truth. When a fix removes one, delete it from the list. Raised to 96.9 %
and 91.9 % when the closes of finished sessions stopped being read as last prices (branch pass)."""

from __future__ import annotations

from pathlib import Path

from tests.evaluate import Score, editor_verdict_problems, evaluate, golden_files, is_editor_set

EDITOR_PRECISION, EDITOR_RECALL = 0.984, 0.984
EDITOR_SLOT_ERRORS_STILL_OPEN = {
    # 'this year' read up to the publication day although the article reports an earlier session
    "de19_tencent_zwei_boersen.txt 55: reference {'start': '2025-01-01', 'end': '2025-09-23'}",
    "en06_reuters_hk_rebound.txt 95: reference {'start': '2025-01-01', 'end': '2025-10-21'}",
    "en07_alibaba_adr_cloud.txt 15.8: reference {'start': '2026-01-01', 'end': '2026-01-22'}",
    "en11_alibaba_hk_extends_gains.txt 12.4: reference {'start': '2026-01-01', 'end': '2026-02-11'}",
    "en14_baidu_both_listings.txt 64: reference {'start': '2025-01-01', 'end': '2025-10-10'}",
    "de20_meituan_unter_druck.txt 7: reference {'start': '2025-09-16', 'end': '2025-09-23'}",
    "de22_wall_street_und_frankfurt.txt 4: reference {'start': '2025-11-18', 'end': '2025-11-25'}",
    "de23_baidu_ueberkauft.txt 70: reference {'start': '2025-01-01', 'end': '2025-10-03'}",
    "en17_baidu_adr_overbought.txt 66: reference {'start': '2025-01-01', 'end': '2025-10-03'}",
    # 'in der Spitze lag das Minus bei 3,8 Prozent': the hedge stands apart from the number
    "de20_meituan_unter_druck.txt 3,8: hedge None",
}


# the verdicts on the editor's set, measured 2026-11-29: 119 true and 18 wrong market numbers
EDITOR_VERDICT_PROBLEMS_STILL_OPEN = {
    "true called wrong": set(),
    "true called imprecise": set(),
    "wrong called accurate": set(),
    "missed": set(),
    "non-claim checked": set(),
}


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
    assert len(files) == 25 and total.found >= 110  # 13 German and 12 English articles
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
        assert pipeline.extract(load_article(path, date(2026, 1, 14), {}, date(2026, 11, 22))).language == "en"
