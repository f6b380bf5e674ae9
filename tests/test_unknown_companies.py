"""A company the tables and the securities master do not know, named with its legal form ('PDD Holdings
Inc.'), is a subject of its own: its figures stay its own and unverifiable, instead of going to the stock
named before it, where they would be judged against that stock's quotes. Generated US market notes list
competitors so: 'as Amazon.com Inc. AMZN fell 0.38% to $215.22 and PDD Holdings Inc. ADR PDD rose 0.81%'."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.sentences import sentence_spans
from claimcheck.model import Claim, Published
from tests.helpers import check_text

WEDNESDAY = Published(date(2025, 10, 15), "option")


def _claims(text: str) -> dict[str, Claim]:
    return {c.quote: c for c in extract_claims(text, WEDNESDAY, pipeline.load_rules())[0]}


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Alibaba's ADRs rose 1.9%, while PDD Holdings Inc. gained 0.81% to $133.75.", "0.81", "PDD"),
        ("Alibaba's ADRs rose 1.9%. PDD Holdings Inc. said sales grew. PDD rose 0.81% to $133.75.", "0.81", "PDD"),
        ("Die Alibaba-Aktie stieg um 1,9 Prozent, die Papiere der Xiaomi Corp. verloren 2,3 Prozent.", "2,3", "Xiaomi"),
    ],
)
def test_a_company_named_with_its_legal_form_is_its_own_subject(text: str, quote: str, subject: str) -> None:
    claim = _claims(text)[quote]
    assert (claim.subject, claim.listing) == (subject, None)


def test_the_stock_named_by_the_tables_keeps_its_figures() -> None:
    claims = _claims("Alibaba Group Holding Ltd. rose 1.9% to $165.91 on Wednesday, while The Group said little.")
    assert (claims["1.9"].subject, claims["1.9"].listing) == ("Alibaba", "BABA")


def test_a_legal_form_before_a_ticker_ends_no_sentence() -> None:
    text = "As Amazon.com Inc. AMZN fell 0.38%, Alibaba Group Holding Ltd. ADR BABA rose 1.87%. Systems Inc. The end."
    sentences = [text[a:b].strip() for a, b in sentence_spans(text)]
    assert sentences == [
        "As Amazon.com Inc. AMZN fell 0.38%, Alibaba Group Holding Ltd. ADR BABA rose 1.87%.",
        "Systems Inc.",
        "The end.",
    ]


def test_a_competitors_figures_are_not_judged_against_the_stock_named_before(tmp_path: Path) -> None:
    # 0.81 % would be wrong against BABA's +1.87 % on 2025-10-15; it is PDD's, whose quotes are not held
    text = (
        "Shares of Alibaba Group Holding Ltd. ADR BABA rose 1.87% to $165.91 Wednesday. The stock outperformed "
        "its competitors, as PDD Holdings Inc. ADR PDD rose 0.81% to $133.75."
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2025-10-15")["articles"][0]["claims"]}
    assert [claims[q]["verdict"] for q in ("1.87", "165.91")] == ["accurate", "accurate"]
    assert [claims[q]["verdict"] for q in ("0.81", "133.75")] == ["unverifiable", "unverifiable"]
    assert claims["0.81"]["subject"] == "PDD"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_sectors_move_with_its_possessive_is_the_sectors(apostrophe: str) -> None:
    text = f"Alibaba's ADRs rose 1.9% on Wednesday, ahead of the Retail-Wholesale sector{apostrophe}s gain of 1.2%."
    claims = _claims(text)
    assert (claims["1.9"].subject, claims["1.2"].subject) == ("Alibaba", "Retail-Wholesale sector")
    assert claims["1.2"].listing is None
