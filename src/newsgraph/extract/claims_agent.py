"""Who did what a claim counts: "it has killed more than 16,000" → the killer, not the claimant.

The events stage has already resolved the actor behind each verb (pronouns included), so a
claim's agent is the source of the event whose trigger is the verb governing the number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.model import Article, Claimant

if TYPE_CHECKING:
    from spacy.tokens import Token

# Steps up the parse from the number to its verb ("16,000" → "Palestinians" → "killed").
MAX_STEPS = 3


def claim_agent(article: Article, number: Token) -> Claimant | None:
    """The source actor of the event whose trigger governs ``number``, or None."""
    token = number
    for _ in range(MAX_STEPS):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            break
    else:
        return None
    start, end = token.idx, token.idx + len(token.text)
    for event in article.events:
        if event.start <= start and end <= event.end and event.modality == "asserted":
            return Claimant(actor_id=event.source.actor_id, name=event.source.name)
    return None
