"""Tone and themes: a lexicon score like GDELT's tone and keyword themes like its GKG themes.

Tone = (positive words - negative words) / words * 100, so -100..100 with news typically
between -10 and +5, the scale GDELT users know. Themes are GKG-style codes triggered by
lemmas; both are coarse by design and documented as such in docs/schema.md.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from newsgraph.model import Article
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

POSITIVE = frozenset(
    ["agree", "agreement", "aid", "ally", "benefit", "celebrate", "ceasefire", "cooperate", "cooperation", "peace", "peaceful", "praise", "progress", "protect", "recover", "release", "rescue", "resolve", "safe", "secure", "success", "support", "welcome", "win", "hope", "improve", "growth", "gain", "friendly", "partnership", "solidarity", "stable", "stability", "relief", "reconcile", "reconciliation", "thank", "honour", "honor"]
)
NEGATIVE = frozenset(
    ["accuse", "attack", "bomb", "condemn", "conflict", "crisis", "crime", "damage", "dead", "death", "destroy", "destruction", "die", "disaster", "fear", "fight", "genocide", "harm", "hostile", "injure", "kill", "massacre", "murder", "occupy", "occupation", "oppose", "protest", "punish", "reject", "sanction", "shell", "strike", "suffer", "terror", "terrorism", "threat", "threaten", "violence", "war", "wound", "deplorable", "concern", "enemy", "angry", "anger", "danger", "dangerous", "fail", "failure", "loss", "lose", "victim", "casualty"]
)
THEMES = {
    "KILL": {"kill", "killing", "dead", "death", "die", "massacre", "casualty"},
    "WOUND": {"injure", "wound", "injury"},
    "ARMEDCONFLICT": {"war", "offensive", "airstrike", "shelling", "frontline", "invasion"},
    "GENOCIDE": {"genocide"},
    "TERROR": {"terror", "terrorism", "terrorist"},
    "PROTEST": {"protest", "demonstration", "rally", "demonstrator", "protester"},
    "ARREST": {"arrest", "detain", "detention"},
    "ELECTION": {"election", "vote", "ballot", "poll", "referendum"},
    "DIPLOMACY": {"talk", "summit", "meeting", "visit", "counterpart", "delegation", "negotiation"},
    "MILITARY": {"military", "army", "troop", "soldier", "drone", "missile", "weapon", "ammunition", "arm"},
    "ECON_OIL": {"oil", "opec", "crude"},
    "HUMANITARIAN": {"aid", "humanitarian", "refugee", "displace", "famine", "relief"},
    "SANCTIONS": {"sanction", "embargo"},
}


@stage("extract.tone", requires=("article.doc",), assigns=("article.tone", "article.themes"))
def extract_tone(article: Article, doc: Doc) -> Article:
    """Score the article's tone and list the themes its words touch."""
    lemmas = [t.lemma_.lower() for t in doc if t.is_alpha]
    if not lemmas:
        return dataclasses.replace(article, tone=0.0, themes=())
    positive = sum(1 for lemma in lemmas if lemma in POSITIVE)
    negative = sum(1 for lemma in lemmas if lemma in NEGATIVE)
    tone = round((positive - negative) / len(lemmas) * 100, 3)
    present = set(lemmas)
    themes = tuple(sorted(name for name, words in THEMES.items() if present & words))
    return dataclasses.replace(article, tone=tone, themes=themes)
