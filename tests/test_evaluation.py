"""The extractor against every golden file: precision and recall on checkable claims (targets 95 %),
and the listing, day, hedge and direction of every claim it finds."""

from __future__ import annotations

from tests.evaluate import Score, evaluate, golden_files


def test_precision_and_recall_meet_the_targets() -> None:
    scores = evaluate()
    total = Score.total(scores)
    assert len(golden_files()) >= 20 and total.found >= 60  # 5 seeds, 10 German and 5 English articles
    assert total.precision >= 0.95 and total.recall >= 0.95, {k: (v.precision, v.recall) for k, v in scores.items()}


def test_found_claims_have_the_right_listing_day_hedge_and_direction() -> None:
    errors = [e for score in evaluate().values() for e in score.detail_errors]
    assert errors == []


def test_english_articles_are_read_as_english() -> None:
    from datetime import date

    from claimcheck import pipeline
    from claimcheck.adapters.articles import load_article

    english = [text for _, text in golden_files() if text.name.startswith("en")]
    assert len(english) >= 5
    for path in english:
        assert pipeline.extract(load_article(path, date(2026, 1, 14), {}, date(2026, 11, 22))).language == "en"
