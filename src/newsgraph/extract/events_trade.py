"""The counterpart of a trade deal: the country that sells what the source buys, or buys what it
sells ("signed a deal to import gas from Iran", "agreed to pay more for gas supplied by
Turkmenistan", "an agreement to import Venezuelan fuel", "agreed to sell gas to China").

Audit 17 found such deals coded with no target, though the sentence names the other state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.events_args import country_arg, other_country
from newsgraph.knowledge.countries import country_by_adjective

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.model import EventArg

# Intents, agreements, and economic cooperation: the acts a trade deal is coded as.
_TRADE_ROOTS = frozenset({"03", "05", "06"})
_BUYING = frozenset({"import", "buy", "purchase", "pay", "receive", "obtain", "acquire"})
_SELLING = frozenset({"export", "sell", "supply", "ship", "deliver"})
# What links the act to the trade verb: its complement, a deal noun's clause ("a deal to import"),
# and the prepositions between them ("deal on buying gas").
_LINK_DEPS = frozenset({"xcomp", "dobj", "acl", "relcl", "prep", "pobj", "pcomp", "conj"})
# Participles that name who the goods come from ("gas supplied by Turkmenistan").
_MAKERS = frozenset({"supply", "produce", "provide", "make", "sell", "export"})


def trade_partner(verbs: list[Token], code: str, own: set[str | None]) -> EventArg | None:
    """The other country of a trade deal the act ``verbs`` agree to, unless it is one of ``own``."""
    if code[:2] not in _TRADE_ROOTS:
        return None
    for verb in verbs:
        for trade in _trade_verbs(verb):
            lemma = trade.lemma_.lower()
            words = _sellers(trade) if lemma in _BUYING else _buyers(trade)
            for word in words:
                partner = _country_arg(word, own)
                if partner is not None:
                    return partner
    return None


def _trade_verbs(verb: Token) -> list[Token]:
    """Buying and selling verbs under ``verb`` through complements and deal nouns only (not
    through a reported clause or an adverbial one, which tell of other acts)."""
    found: list[Token] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _BUYING | _SELLING:
            found.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _LINK_DEPS)
    return sorted(found, key=lambda t: t.i)


def _sellers(buy: Token) -> list[Token]:
    """Words that may name whom ``buy`` buys from: "from Iran", "Venezuelan fuel", "gas supplied
    by Turkmenistan"."""
    out = [p for c in buy.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    goods = [c for c in buy.children if c.dep_ == "dobj"]
    goods += [p for c in buy.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    for item in goods:
        for tok in item.subtree:
            if tok.dep_ == "amod" and tok.ent_type_ in {"NORP", "GPE"} and tok.head.i == item.i:
                out.append(tok)  # "Venezuelan fuel" (not "a stake in a Chinese refinery": a firm's, bought)
            elif tok.dep_ == "pobj" and tok.head.lower_ == "from":
                out.append(tok)  # "millions of tonnes of gas from Iran"
            elif tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in _MAKERS:
                out.append(tok)  # "gas supplied by Turkmenistan"
    return out


def _buyers(sell: Token) -> list[Token]:
    """Words that may name whom ``sell`` sells to: "sell gas to China", "sell China gas"."""
    out = [p for c in sell.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    return out + [c for c in sell.children if c.dep_ == "dative" and c.pos_ == "PROPN"]


def _country_arg(word: Token, own: set[str | None]) -> EventArg | None:
    """``word`` as a country argument when it names a country (a GPE or a nationality), else None."""
    if word.ent_type_ == "GPE":
        return other_country(word, own)
    country = country_by_adjective(word.text) if word.ent_type_ == "NORP" else None
    if not country or country in own:
        return None
    return country_arg(country, word.text, word.idx, word.idx + len(word.text))
