"""A day a later clause names is not the day of a figure before it when that clause tells another time: a day counted
back from the time of writing ('vor zehn Tagen', 'a week ago'), an earlier state ('am Montag waren es noch ...'), or
any day told in the past against a figure in the present ('kostet ...'). Before, the whole sentence took the later
clause's day and the true figure of the first clause was called wrong (`timing._told_apart_from_later_day`). A quote
box's 'The previous close was' said in a recap of an earlier session is the close before that session, as 'the
previous day' is (`timing._THE_DAY_BEFORE_TOLD`). 'a week ago today' is a week back, not today; 'two weeks ago' two
weeks. A distance below a weekday's high ('below the HK$169.80 high on Wednesday', "below Wednesday's high", 'unter
dem Hoch am Mittwoch') is measured from that high (cues.csv since_return, dated), and the weekday dates the high only;
before, it was the day's move of that weekday and a true figure was called wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_true_and_altered

# seeds/quotes/9988.HK.csv, a text of Friday 2026-01-23: that day's close 168.50 (range 168.30-172.00);
# ten days before, 2026-01-13, close 159.90; a week before, 2026-01-16, close 166.20; Monday 2026-01-19, close 160.40
PUBLISHED = "2026-01-23"
TEXTS = (
    ("Bei Alibaba kostet ein Papier in Hongkong {now} HKD, vor zehn Tagen waren es noch {then} HKD.", "159,90"),
    ("Alibaba schloss in Hongkong bei {now} HKD, vor zehn Tagen waren es noch {then} HKD.", "159,90"),
    ("Alibaba's Hong Kong shares closed at HK${now}; a week ago the stock ended at HK${then}.", "166.20"),
    ("Alibaba's Hong Kong shares trade at HK${now}, on Monday they were still at HK${then}.", "160.40"),
    ("Die Alibaba-Aktie beendete den Handel in Hongkong bei {now} HKD, am Montag waren es noch {then} HKD.", "160,40"),
)


@pytest.mark.parametrize(("template", "then"), TEXTS)
def test_a_later_clauses_earlier_day_is_its_own(tmp_path: Path, template: str, then: str) -> None:
    now = "168.50" if "HK$" in template else "168,50"
    wrong_now = now.replace("168", "175")
    true, altered = verdicts_true_and_altered(
        tmp_path, template, PUBLISHED, {"now": now, "then": then}, {"now": wrong_now, "then": then}
    )
    assert true == {now: "accurate", then: "accurate"}
    assert altered[wrong_now] == "wrong"


# seeds/quotes/BABA.csv: Friday 2026-03-20 close 122.41, Thursday 2026-03-19 close 124.90; a recap of Monday 2026-03-23
RECAP = "Alibaba ADRs fell 2% on Friday in New York. They closed at ${close}. The previous close was ${previous}."


def test_the_previous_close_in_a_recap_is_the_close_before_the_day_told(tmp_path: Path) -> None:
    figures = {"close": "122.41", "previous": "124.90"}
    true, altered = verdicts_true_and_altered(tmp_path, RECAP, "2026-03-23", figures, {**figures, "previous": "131.20"})
    assert true == {"2": "accurate", "122.41": "accurate", "124.90": "accurate"}
    assert altered["131.20"] == "wrong"


# seeds/quotes/BABA.csv: 2026-01-09 close 150.96, a week before Friday 2026-01-16 (close 165.40)
def test_a_week_ago_today_counts_back_from_today(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, "Alibaba ADRs closed at ${x} a week ago today.", "2026-01-16", "150.96", "165.40"
    )
    assert true == {"150.96": "accurate"}
    assert altered == {"165.40": "wrong"}


# seeds/quotes/9988.HK.csv: Wednesday 2026-01-14 high 169.80; Friday 2026-01-16 close 166.20:
# 166.20 / 169.80 - 1 = -2.12 % (2.1); the day's move on Friday was +0.97 % (164.60 -> 166.20)
WEEKDAY_EXTREMES = (
    "Alibaba shares trade at HK$166.20 in Hong Kong, {x}% below the HK$169.80 high on Wednesday.",
    "Alibaba shares trade at HK$166.20 in Hong Kong, {x}% below Wednesday's high.",
    "Alibaba notiert in Hongkong bei 166,20 HKD und damit {x} Prozent unter dem Hoch am Mittwoch bei 169,80 HKD.",
)


@pytest.mark.parametrize("template", WEEKDAY_EXTREMES)
def test_a_distance_below_a_weekdays_high_is_measured_from_that_high(tmp_path: Path, template: str) -> None:
    x = "2,1" if "Prozent" in template else "2.1"
    wrong = x.replace("2", "4", 1)
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-16", x, wrong)
    assert true[x] == "accurate" and altered[wrong] == "wrong"
    assert all(verdict == "accurate" for verdict in true.values())


# seeds/quotes/BABA.csv: Friday 2026-02-13 close 155.73; two weeks before, Friday 2026-01-30, close 169.56
@pytest.mark.parametrize(
    "template",
    (
        "Alibaba ADRs closed at $155.73 in New York; two weeks ago the stock ended at ${x}.",
        "Vor zwei Wochen schlossen die Alibaba-ADRs in New York bei {x} US-Dollar.",
    ),
)
def test_weeks_ago_counts_that_many_weeks_back(tmp_path: Path, template: str) -> None:
    x = "169.56" if "$" in template else "169,56"
    wrong = x.replace("169", "175")
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-02-13", x, wrong)
    assert true[x] == "accurate" and altered[wrong] == "wrong"
