"""A digest of forum posts or reader comments, each under a header naming its author and the date and clock time it
was written ('„Drachenreiter" · 11.02.2026, 09:40 Uhr'), is read post by post as texts published then: a post's
'heute', 'gestern' and 'letzte Woche' count from its own day, and its figures naming no day are of that moment, not of
the digest's publication (`_TextReader._opens_post`, `sentences.dated_entry_time`). Before, every post's figures were
dated to the digest's Saturday (read on Friday's session: true closes of Tuesday and Wednesday called wrong) and its
'gestern' was the day before the digest. Two such headers make a digest; a lone stamp line is no post."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

# a Saturday's digest of the week's posts
DIGEST = date(2026, 2, 14)
TEXT = (
    "Wochenrückblick aus dem Forum: Alibaba (9988 / BABA)\n\n"
    '„Drachenreiter" · 10.02.2026, 09:40 Uhr\n'
    "Hongkong heute mit 160,50 HK$ aus dem Handel gegangen, plus 1,6 %.\n\n"
    '„Nachtschicht" · 12.02.2026, 08:55 Uhr\n'
    "Die ADR ist gestern in New York auf 160,02 US$ gefallen. Letzte Woche hatte sie 5,1 % abgegeben.\n\n"
    "Nächster Rückblick am Samstag.\n"
)


def test_a_posts_figures_are_of_its_own_day() -> None:
    claims = claims_by_quote(TEXT, DIGEST)
    assert (claims["160,50"].listing, claims["160,50"].reference) == ("9988.HK", {"date": "2026-02-10"})
    assert claims["1,6"].reference == {"date": "2026-02-10"}


def test_a_posts_yesterday_and_last_week_count_from_its_own_day() -> None:
    claims = claims_by_quote(TEXT, DIGEST)
    assert (claims["160,02"].listing, claims["160,02"].reference) == ("BABA", {"date": "2026-02-11"})
    assert claims["5,1"].kind == "week_return"
    assert claims["5,1"].reference == {"start": "2026-01-30", "end": "2026-02-06"}


def test_a_lone_stamp_line_makes_no_post() -> None:
    text = (
        "Alibaba (9988.HK) im Blick\n\n"
        '„Drachenreiter" · 10.02.2026, 09:40 Uhr\n'
        "Hongkong heute mit 160,50 HK$ aus dem Handel gegangen, plus 1,6 %.\n"
    )
    assert claims_by_quote(text, DIGEST)["160,50"].reference != {"date": "2026-02-10"}


def test_a_post_after_the_close_tells_closes_even_saying_today() -> None:
    """'Schluss bei 151,20 HK$' names the close ('Schluss bei', cues.csv), and a post stamped after New York's close
    saying 'heute' names its own day, no other: its price is that session's close, as one naming no day is."""
    text = (
        "Aus dem Forum: Alibaba (9988 / BABA)\n\n"
        '„Frühaufsteher" · 10.02.2026, 10:05 Uhr\n'
        "Hongkong: Schluss bei 151,20 HK$, ein ruhiger Tag.\n\n"
        '„Nachteule" · 10.02.2026, 23:20 Uhr\n'
        "Die ADR heute +0,4 % auf 157,40 US$.\n"
    )
    claims = claims_by_quote(text, DIGEST)
    assert (claims["151,20"].kind, claims["151,20"].reference) == ("close", {"date": "2026-02-10"})
    assert (claims["157,40"].kind, claims["157,40"].reference) == ("close", {"date": "2026-02-10"})
