"""Every seed claim's verdict and observed value against the golden files (computations written
out there), and the contract every verdict must meet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import check_text

GOLDEN = sorted((Path(__file__).parent / "golden" / "seeds").glob("*.json"))


def _article(results: dict[str, Any], name: str) -> dict[str, Any]:
    return next(a for a in results["articles"] if a["article"] == name)


@pytest.mark.parametrize("golden_file", GOLDEN, ids=lambda p: p.stem)
def test_seed_verdicts_match_golden(seed_run: dict[str, Any], golden_file: Path) -> None:
    golden = json.loads(golden_file.read_text(encoding="utf-8"))
    article = _article(seed_run["results"], golden["article"])
    for want, got in zip(golden["claims"], article["claims"], strict=True):
        assert (got["quote"], got["verdict"]) == (want["quote"], want["verdict"]), want.get("computation")
        if "observed" in want:
            assert got["observed"] == pytest.approx(want["observed"], abs=1e-3), want["computation"]


def test_every_verdict_is_explained_with_evidence(seed_run: dict[str, Any]) -> None:
    for article in seed_run["results"]["articles"]:
        for claim in article["claims"]:
            assert claim["explanation"].endswith(".")
            assert claim["checkable"] == (claim["verdict"] != "out_of_scope")
            if claim["verdict"] in ("accurate", "imprecise", "wrong"):
                assert claim["observed"] is not None and claim["band"] and claim["rule"]
                assert claim["evidence"], claim
                assert 0 < claim["confidence"] <= 1


def test_a_euro_figure_without_german_quotes_is_read_on_the_derived_parity(seed_run: dict[str, Any]) -> None:
    """Seed 001: '145,80 Euro gestern' (2026-01-13). No AHLA.F quotes are held: the euro parity of
    the ADR, BABA 167.01 / ECB EUR/USD 1.1654 = 143.307 EUR, is read, labelled derived in the
    reading, the evidence and results.json; 1.7 % off is within its 6.5 % bound: imprecise."""
    article = _article(seed_run["results"], "001_d027b862ed40befe.txt")
    euro_close = next(c for c in article["claims"] if c["quote"] == "145,80")
    assert (euro_close["listing"], euro_close["verdict"]) == ("AHLA.F", "imprecise")
    assert euro_close["derived"] is True and "derived" in euro_close["reading"]
    assert "abgeleitet" in euro_close["explanation"]
    assert euro_close["observed"] == pytest.approx(167.01 / 1.1654, abs=1e-3)
    assert euro_close["evidence"] and all(e["source"].startswith("derived:") for e in euro_close["evidence"])
    assert "derived reading" in euro_close["confidence_reasons"]


def test_intraday_only_reading_lowers_confidence(seed_run: dict[str, Any]) -> None:
    baidu = next(c for c in _article(seed_run["results"], "004_e364ef39556d80bb.txt")["claims"] if c["quote"] == "13")
    assert baidu["verdict"] == "accurate" and baidu["reading"].startswith("intraday")
    assert baidu["confidence"] < 0.75
    assert any(
        line.startswith("trifft nicht zu: Schluss gegenüber dem Vortagesschluss am 12.09.2025 = +8,08 %")
        for line in baidu["diagnosis"]
    )
    assert baidu["explanation"].startswith("Die Tagesveränderung „13“ (fast) stimmt: Tagesspanne gegenüber")


def test_an_undated_claim_is_read_on_each_session_of_the_week(tmp_path: Path) -> None:
    """No day named: each of the five sessions up to publication is a permitted reading. BABA's
    moves from 2026-01-08 to 2026-01-14, intraday included, lie between -3.85 % and +11.08 %: 25 % fails on every one
    of them (wrong); 10 % holds on 2026-01-12 (166.31 / 150.96 - 1), with lower confidence."""
    far, near = (
        check_text(tmp_path, text, "2026-01-14", name=name)["articles"][0]["claims"][0]
        for name, text in (
            ("a.txt", "Die Alibaba-Aktie stieg in New York um 25 %."),
            ("b.txt", "Die Alibaba-Aktie stieg in New York um rund 10 %."),
        )
    )
    assert (far["kind"], far["listing"], far["verdict"]) == ("day_change", "BABA", "wrong")
    assert (near["verdict"], near["evidence"][0]["date"]) == ("accurate", "2026-01-12")
    assert near["confidence"] < 1 and "implied day" in near["confidence_reasons"]


def test_dated_wrong_claim_is_wrong(tmp_path: Path) -> None:
    text = "Die Alibaba-Aktie schloss am Montag in New York bei 180,00 US-Dollar."
    claim = check_text(tmp_path, text, "2026-01-13")["articles"][0]["claims"][0]
    assert (claim["verdict"], claim["observed"], claim["reference"]) == ("wrong", 166.31, {"date": "2026-01-12"})


def test_move_and_price_in_one_sentence_are_checked_against_each_other(seed_run: dict[str, Any]) -> None:
    """4,88 % up to 167,80 HKD implies a previous close of 159.99; 9988.HK closed at 159.90."""
    claims = _article(seed_run["results"], "000_cfc3d7df5ed72e45.txt")["claims"]
    note = claims[0]["diagnosis"][0]
    assert note == claims[1]["diagnosis"][0]
    assert "159,99" in note and "159,90" in note and "passen nicht zusammen" in note
    assert claims[0]["verdict"] == claims[1]["verdict"] == "accurate"  # the diagnosis never changes a verdict


def test_consistent_pair_is_said_to_fit(tmp_path: Path) -> None:
    text = "Am Mittwoch gewinnt die Alibaba-Aktie in Hongkong zeitweise 4,94 Prozent auf 167,80 HKD."
    claims = check_text(tmp_path, text, "2026-01-14")["articles"][0]["claims"]
    assert "stimmig" in claims[0]["diagnosis"][0]


def test_perturbed_readings_explain_but_do_not_decide(seed_run: dict[str, Any]) -> None:
    close = _article(seed_run["results"], "002_04e0c9c290cb4d54.txt")["claims"][1]
    lines = close["diagnosis"]
    assert any(line.startswith("trifft nicht zu: Folgetag: Schluss am 13.01.2026 = 167,01") for line in lines)
    assert any(line.startswith("trifft nicht zu: Eröffnung am 12.01.2026 = 157,47") for line in lines)
    assert close["reading"] == "close" and close["verdict"] == "accurate"


def test_confidence_says_why(seed_run: dict[str, Any]) -> None:
    claims = _article(seed_run["results"], "000_cfc3d7df5ed72e45.txt")["claims"]
    assert claims[0]["confidence"] == 0.7 and claims[0]["confidence_reasons"] == ["day after publication"]
    ytd = claims[2]  # 'damit': the Hong Kong listing of the sentence before, its day implied
    assert ytd["confidence_reasons"] == ["implied day"]
    assert ytd["confidence"] == 0.75
    derived = _article(seed_run["results"], "001_d027b862ed40befe.txt")["claims"]
    euro = next(c for c in derived if c["quote"] == "145,80")  # a euro close read on the derived parity
    assert euro["confidence_reasons"] == ["derived reading"] and euro["confidence"] == 0.8
    close = _article(seed_run["results"], "002_04e0c9c290cb4d54.txt")["claims"][1]
    assert (close["confidence"], close["confidence_reasons"]) == (1.0, [])


@pytest.mark.parametrize(
    ("text", "verdict", "observed"),
    [
        # BABA 2026-01-12: close 166.31 / previous close 150.96 - 1 = +10.17 %; even its low, 157.47,
        # was 4.31 % above that close: 'fiel' fails on every permitted reading, the nearest is shown
        ("Die Alibaba-Aktie legte am Montag in New York kräftig zu.", "accurate", 10.1683),
        ("Die Alibaba-Aktie fiel am Montag in New York.", "wrong", 4.3124),
        ("Alibaba shares rose on Monday in New York.", "accurate", 10.1683),
        # 9988.HK close 169.0 on 2026-01-14 / highest close from 2025-11-01 to 2026-01-13 (165.0 on
        # 2025-11-06) - 1 = +2.42 %; on 2026-01-13 even the day's high, 164.0, stayed 1.38 % below
        # the highest high since 2025-11-01 (166.3 on 2025-11-03), the nearest permitted reading
        ("Alibaba schloss am 14.01.2026 in Hongkong auf dem höchsten Stand seit Oktober.", "accurate", 2.4242),
        ("Alibaba schloss am 13.01.2026 in Hongkong auf dem höchsten Stand seit Oktober.", "wrong", -1.3830),
    ],
)
def test_claims_without_a_number_are_judged_by_their_sign(
    tmp_path: Path, text: str, verdict: str, observed: float
) -> None:
    claims = check_text(tmp_path, text, "2026-01-14")["articles"][0]["claims"]
    statement = next(c for c in claims if c["value"] is None)
    assert statement["kind"] in ("direction", "extreme_since") and statement["unit"] is None
    assert (statement["verdict"], statement["observed"]) == (verdict, pytest.approx(observed, abs=1e-3))
    assert statement["rule"] in ("sign:up", "sign:down") and statement["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Alibaba-Aktie stieg.",  # no day: not explicit enough to check
        "Die Alibaba-Aktie stieg am Montag nicht.",  # a negation
        "Bei Alibaba stieg der Umsatz am Montag.",  # a business figure, not the share price
        "Am Montag stieg Alibaba in New York um 10 %.",  # the number's claim carries the direction
    ],
)
def test_statements_are_only_taken_when_explicit(tmp_path: Path, text: str) -> None:
    claims = check_text(tmp_path, text, "2026-01-13")["articles"][0]["claims"]
    assert [c for c in claims if c["value"] is None] == []


def test_part_of_a_month_is_read_on_each_session(tmp_path: Path) -> None:
    """'Mitte Dezember' = 10-20 December 2025. 'rund 150' allows 148.5 .. 151.5; BABA closed inside it on
    2025-12-15 (150.09) and 2025-12-19 (149.79): the latest session that holds is shown. 190 lies
    beyond the tolerance on every session of the window (closes 146-160): wrong."""
    right, far = (
        check_text(tmp_path, text, "2026-01-13", name=name)["articles"][0]["claims"][0]
        for name, text in (
            ("a.txt", "Alibaba kostete Mitte Dezember in New York rund 150 US-Dollar."),
            ("b.txt", "Alibaba kostete Mitte Dezember in New York 190 US-Dollar."),
        )
    )
    assert right["reference"] == {"start": "2025-12-10", "end": "2025-12-20"}
    assert (right["verdict"], right["observed"]) == ("accurate", 149.79) and right["confidence"] < 1
    assert far["verdict"] == "wrong"


def test_the_month_an_article_gives_a_52_week_high_is_checked(seed_run: dict[str, Any], tmp_path: Path) -> None:
    """Seed 003: '22 % unter ihrem 52-Wochen-Hoch vom Oktober'. 9988.HK's highest daily high in the
    52 weeks to 2025-12-30 is 186.2 on 2025-10-03: in October, as stated. Dated September, it is not."""
    claims = _article(seed_run["results"], "003_a9b9239995e7daa0.txt")["claims"]
    distance = next(c for c in claims if c["kind"] == "distance_52w_high")
    assert distance["extreme_month"] == "2025-10"
    assert distance["diagnosis"][0] == (
        "Laut Artikel stammt der Extremwert aus Oktober 2025; die Daten zeigen ihn am 03.10.2025, wie angegeben."
    )
    text = "Die Alibaba-Aktie notierte am 30.12.2025 in Hongkong rund 22 % unter ihrem 52-Wochen-Hoch vom September."
    moved = check_text(tmp_path, text, "2025-12-30")["articles"][0]["claims"][0]
    assert moved["extreme_month"] == "2025-09" and moved["verdict"] == "accurate"  # the number itself holds
    assert (
        moved["diagnosis"][0]
        == "Laut Artikel stammt der Extremwert aus September 2025, die Daten zeigen ihn aber am 03.10.2025."
    )


def test_a_move_on_the_named_listing_is_wrong_and_the_diagnosis_finds_the_other_listing(tmp_path: Path) -> None:
    """9988.HK rose +5.32 % on 2026-01-12 (154.3 / 146.5); the +10.17 % is BABA's move that day
    (166.31 / 150.96). The article names Hong Kong, so the verdict stays wrong; the diagnosis says
    which reading would have held (Wu et al.'s perturbation of the listing)."""
    text = "Die Alibaba-Aktie stieg am Montag in Hongkong um 10,17 Prozent."
    claim = check_text(tmp_path, text, "2026-01-13")["articles"][0]["claims"][0]
    assert (claim["listing"], claim["verdict"]) == ("9988.HK", "wrong")
    # a named day before publication's: the whole session's move only, the close, 154.3 / 146.5 - 1 = +5.32 % (the
    # day's high, +5.53 %, is no longer a permitted reading)
    assert claim["observed"] == pytest.approx(5.3242, abs=1e-3)
    assert claim["diagnosis"][0] == "trifft zu: BABA: Schluss gegenüber dem Vortagesschluss am 12.01.2026 = +10,17 %"


def test_a_statement_without_a_venue_is_not_pinned_to_one_listing(tmp_path: Path) -> None:
    """2026-01-08: 9988.HK closed -2.26 %, BABA +5.26 %. 'stieg am Donnerstag' with no venue may
    mean New York: accurate on BABA with lower confidence, never wrong on the guessed home listing.
    Named 'in Hongkong', the same words are wrong."""
    guessed, named = (
        check_text(tmp_path, text, "2026-01-09", name=name)["articles"][0]["claims"][0]
        for name, text in (
            ("a.txt", "Die Alibaba-Aktie stieg am Donnerstag."),
            ("b.txt", "Die Alibaba-Aktie stieg am Donnerstag in Hongkong."),
        )
    )
    assert (guessed["kind"], guessed["listing"], guessed["verdict"]) == ("direction", "9988.HK", "accurate")
    assert guessed["reading"].startswith("BABA: ") and guessed["confidence"] < 1
    assert guessed["observed"] == pytest.approx(5.2606, abs=1e-3)
    # named: even the day's high, 144.9, stayed below the previous close 145.9 (-0.69 %): wrong
    assert (named["verdict"], named["observed"]) == ("wrong", pytest.approx(-0.6854, abs=1e-3))
