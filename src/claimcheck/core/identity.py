"""Claim ids that stay the same from run to run, so that an editor's decision on a finding
(adapters/store.py: review_decisions) meets the same claim in the next night's run.

An id is a digest of the article's identity (its URL, else its path in the articles folder),
the sentence around the claim and the claim's position among equal quotes in equal sentences
of the article: an unchanged sentence keeps its claims' ids, a changed one gets new ids (a new
claim, judged afresh), and two equal sentences of one article still give distinct ids.
"""

from __future__ import annotations

import hashlib

from claimcheck.model import Claim

ID_PREFIX = "c"  # results.json ids stay in the family of the old per-article numbers ('c001')
DIGEST_CHARS = 12  # 48 bits: a collision among a newsroom's claims is not to be expected


def article_key(name: str, meta: dict[str, str]) -> str:
    """Who the article is: its URL when the newsroom gives one (a file renamed or moved keeps its
    claims), else its path relative to the articles folder."""
    return meta.get("url") or name


def claim_id(article: str, sentence: str, quote: str, position: int) -> str:
    digest = hashlib.sha256("\0".join((article, sentence, quote, str(position))).encode("utf-8", "surrogatepass"))
    return ID_PREFIX + digest.hexdigest()[:DIGEST_CHARS]


def assign_stable_ids(claims: list[Claim], text: str, article: str) -> None:
    """Give each claim (in text order) its stable id, and point `linked` and `repeat_of` at the new ids."""
    seen: dict[tuple[str, str], int] = {}
    renamed: dict[str, str] = {}
    for claim in claims:
        sentence = text[claim.sentence_span[0] : claim.sentence_span[1]]
        quote = text[claim.span[0] : claim.span[1]]
        position = seen.get((sentence, quote), 0)
        seen[(sentence, quote)] = position + 1
        renamed[claim.id] = claim_id(article, sentence, quote, position)
    for claim in claims:
        claim.id = renamed[claim.id]
        claim.linked = [renamed.get(other, other) for other in claim.linked]
        if claim.repeat_of is not None:
            claim.repeat_of = renamed.get(claim.repeat_of, claim.repeat_of)
