"""The figure another one followed, and an apposition's own day, found by probing sentences written for the test (no
article copied).

- German gives the value before the latest one after a comma and 'nach': 'kostete zuletzt 160,10 HKD, nach 160,50 HKD
  am Vortag'. The 'Vortag' is the earlier figure's alone (earlier_events.csv, prior_level); it had dated the latest
  price too, which was then judged on the session before. Without a day of its own ('schloss bei 160,10 HKD, nach
  160,50 HKD') the earlier figure is the session before the sentence's: it had been judged on the same session as the
  close before it, a true figure called wrong. An index's earlier level in points is a level ('nach 27.183 Punkten'),
  unless a move's noun follows the points ('nach 156 Punkten Plus am Vortag').
- An apposition between the subject and its verb tells its own day ('Alibaba's Hong Kong shares, up 1.6% a day
  earlier, slipped 0.2%': day_links.csv, apposition); it had dated the main clause's move too. One after the main
  clause's number ('closed at HK$160.10, up 1.6% on Tuesday') tells the same day as the main clause and still does.

Quotes (seeds/quotes), 9988.HK: closes 157.90 on 2026-02-09, 160.50 on 2026-02-10 (+1.65 %, 160.50 / 157.90 - 1),
160.10 on 2026-02-11 (-0.25 %, 160.10 / 160.50 - 1). Hang Seng (^HSI): closes 27,027.16, 27,183.15 (+155.99 points)
and 27,266.38 (+83.23 points) on the same days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2026, 2, 11)  # a Wednesday, read as of its own session: 'am Vortag' and 'a day earlier' are 02-10
WEDNESDAY, TUESDAY = {"date": "2026-02-11"}, {"date": "2026-02-10"}


@pytest.mark.parametrize(
    ("text", "latest", "earlier"),
    [
        ("Die Alibaba-Aktie kostete in Hongkong zuletzt 160,10 HKD, nach 160,50 HKD am Vortag.", "160,10", "160,50"),
        ("Die Alibaba-Aktie stand in Hongkong bei 160,10 HKD, nach zuvor 160,50 HKD am Dienstag.", "160,10", "160,50"),
        ("Alibaba schloss in Hongkong bei 160,10 HKD, nach 160,50 HKD.", "160,10", "160,50"),
        ("Die Alibaba-Aktie fiel in Hongkong um 0,2 Prozent, nach 1,6 Prozent Plus.", "0,2", "1,6"),
        ("Der Hang Seng schloss bei 27.266 Punkten, nach 27.183 Punkten.", "27.266", "27.183"),
        ("Der Hang Seng stieg um 83 Punkte, nach 156 Punkten Plus am Vortag.", "83", "156"),
        ("Alibaba's Hong Kong shares, up 1.6% a day earlier, slipped 0.2%.", "0.2", "1.6"),
    ],
)
def test_the_earlier_figure_keeps_its_day_and_the_latest_its_own(text: str, latest: str, earlier: str) -> None:
    claims = claims_by_quote(text, PUBLISHED)
    assert (claims[latest].reference, claims[earlier].reference) == (WEDNESDAY, TUESDAY)


def test_an_index_level_after_nach_is_a_level_and_points_before_a_moves_noun_a_move() -> None:
    levels = claims_by_quote("Der Hang Seng schloss bei 27.266 Punkten, nach 27.183 Punkten.", PUBLISHED)
    assert levels["27.183"].kind == "index_level"
    moves = claims_by_quote("Der Hang Seng stieg um 83 Punkte, nach 156 Punkten Plus am Vortag.", PUBLISHED)
    assert (moves["156"].kind, moves["156"].direction) == ("index_move", "up")


def test_an_apposition_after_the_main_clauses_number_tells_the_same_day() -> None:
    text = "Alibaba's Hong Kong shares closed at HK$160.10, up 1.6% on Tuesday, while the Hang Seng fell 0.3%."
    claims = claims_by_quote(text, PUBLISHED)
    assert claims["160.10"].reference == claims["1.6"].reference == TUESDAY


def test_true_earlier_figures_pass_and_a_wrong_one_is_caught(tmp_path: Path) -> None:
    text = (
        "Alibaba schloss in Hongkong bei 160,10 HKD, nach 160,50 HKD.\n\n"
        "Der Hang Seng stieg um 83 Punkte, nach 156 Punkten Plus am Vortag.\n\n"
        "Alibaba's Hong Kong shares, up 1.6% a day earlier, slipped 0.2%.\n\n"
        "Die Alibaba-Aktie kostete in Hongkong zuletzt 160,10 HKD, nach 156,60 HKD am Vortag."
    )
    verdicts = {
        (claim["quote"], claim["reference"]["date"]): claim["verdict"]
        for claim in check_text(tmp_path, text, PUBLISHED.isoformat())["articles"][0]["claims"]
    }
    assert verdicts[("160,50", "2026-02-10")] == "accurate"  # had been judged on 02-11's close of 160.10: wrong
    assert verdicts[("156", "2026-02-10")] == "accurate"
    assert verdicts[("1.6", "2026-02-10")] == "accurate"
    assert verdicts[("0.2", "2026-02-11")] == "accurate"  # had been 02-10's move of +1.65 %: wrong
    assert verdicts[("156,60", "2026-02-10")] == "wrong"  # 02-10 traded 158.70 to 162.60
