"""Resolve a noun phrase naming a political actor to canonical codes.

``lookup_actor("Iranian President Ebrahim Raisi", "2023-12-07")`` gives Ebrahim Raisi, IRN, GOV,
"President". The phrase may be a person with or without titles, a named organisation or
metonym ("the Kremlin"), a country or its capital, or a generic group with a nationality
("Israeli troops" -> ISR MIL). Tables: :mod:`countries`, :mod:`actors`, :mod:`officeholders`.
Results are cached, so callers may look up the same phrase many times.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from newsgraph.knowledge.actors import (
    ActorCode,
    find_bloc,
    find_organisation,
)
from newsgraph.knowledge.countries import (
    city_country,
    country_by_adjective,
    country_by_capital,
    country_by_name,
    country_name,
    fold,
)
from newsgraph.knowledge.lookup_phrase import generic_code, government, tokens_code
from newsgraph.knowledge.officeholders import is_common_name, person_code, surname_code

__all__ = ["ActorCode", "city_country", "government", "lookup_actor"]

# Leading words that only count or determine ("two", "a group of", "members of").
_LEADING = re.compile(
    r"^(?:(?:the|a|an|some|several|many|most|all|both|other|over|more than|about|around|dozens of|hundreds of|"
    r"thousands of|a group of|a team of|members of|one of|group of|team of|heavily armed|"
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\w+ dozen|dozen|his|her|their|its|our)\s+)+",
    re.IGNORECASE,
)
_FORMER = re.compile(r"\b(?:former|ex-|retired|then-|one-time|disgraced)\s*", re.IGNORECASE)


def _clean(phrase: str) -> str:
    phrase = phrase.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    phrase = re.sub(r"\s+", " ", phrase).strip(' \t\n,.;:!?"“”()[]')
    return re.sub(r"\s+'s\b", "'s", phrase)


def _strip_leading(phrase: str) -> str:
    return _LEADING.sub("", phrase).strip()


@functools.cache
def lookup_actor(phrase: str, when: str | None = None, country_hint: str | None = None) -> ActorCode | None:
    """Resolve a noun phrase to an actor code.

    Args:
        phrase: the words naming the actor ("Chinese Foreign Minister Wang Yi", "Israeli troops").
        when: ISO date of the text (decides which office a person held); None means now.
        country_hint: ISO3 to use when the phrase names no country ("the National Guard" in Saudi news).

    Returns:
        An :class:`ActorCode`, or None when the phrase names no actor we can code.
    """
    text = _clean(phrase)
    if not text or _one_national(text):
        return None
    former = bool(_FORMER.search(text))
    text = _strip_leading(_FORMER.sub("", text)).strip()
    if not text:
        return None
    led = _LED_GOVERNMENT.match(text)
    if led:
        # "the Clinton administration", "the Blair government": the leader's country's government
        # (never a town called Bush)
        holder = surname_code(led.group(1), when, titled=True)
        if holder is not None and holder.country:
            return government(holder.country)
    ordinary = re.match(r"^(?:ordinary|average|common) (.+)$", text, re.IGNORECASE)
    if ordinary:
        # "ordinary Kazakhs", "ordinary people": civilians of the country, if any.
        inner = lookup_actor(ordinary.group(1), when, country_hint)
        if inner is None or (inner.sector is None and inner.kind in ("group", "country")):
            country = inner.country if inner else None
            return ActorCode(text, country, "CVL", None, "group")
    code = _resolve(text, when, country_hint)
    if code is None and _MIDDLE_INITIAL.search(text):
        # "Vladimir V. Putin", "John F. Kerry" (the New York Times' style): the name without its
        # initial; a name listed with one ("George W. Bush") matched above
        code = _resolve(_MIDDLE_INITIAL.sub(" ", text), when, country_hint)
        code = code if code is not None and code.kind == "person" else None
    if code is not None and former and code.kind in ("person", "group", "organisation"):
        role = code.role.removeprefix("former ") if code.role else None
        code = dataclasses.replace(code, sector="ELI", secondary=None, role=f"former {role}" if role else "former")
    return code


# A single-letter middle initial between two capitalised names ("Vladimir V. Putin").
_MIDDLE_INITIAL = re.compile(r"(?<=[A-Za-z]) [A-Z]\. ?(?=[A-Z][a-z])")
# "the Clinton administration", "the Blair government", "the Assad regime"
_LED_GOVERNMENT = re.compile(r"^(?:the )?([A-Z][\w'-]+) (?:administration|government|regime|cabinet)$")


def _one_national(text: str) -> bool:
    """One person named by a nationality noun: "the Russian called for treatment", "the
    34-year-old American stormed to a win" name no state ("the Russians" and "Russia" do)."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in {"the", "a", "an"}:
        return False
    demonym = words[-1]
    # "the Chinese", "the British", "the Swiss" are a people: demonyms in -ese, -sh, -ch, -ss have no plural
    plural_form = demonym.endswith(("s", "ese", "sh", "ch"))
    singular = not plural_form and country_by_adjective(demonym) is not None and country_by_name(demonym) is None
    return singular and all(w.islower() or w[:1].isdigit() for w in words[1:-1])


def _resolve(text: str, when: str | None, hint: str | None) -> ActorCode | None:
    whole = _whole(text, when, hint)
    if whole is not None:
        return whole
    # Appositions: "FSB, Russia's security service"; resolve each part and merge.
    if "," in text:
        head, _, rest = text.partition(",")
        first = _resolve(head.strip(), when, hint)
        second = lookup_actor(rest.strip(), when, hint)
        if first and first.country and first.sector:
            return first
        if second and first:
            return dataclasses.replace(
                first,
                country=first.country or second.country,
                sector=first.sector or second.sector,
                role=first.role or second.role,
            )
        if second:
            name = head.strip() if _looks_like_name(head.strip()) else second.name
            kind = "person" if _looks_like_name(head.strip()) else second.kind
            return dataclasses.replace(second, name=name, kind=kind)
        return first
    # "X's Y": a possessor that is a country, city or organisation scopes Y.
    match = re.match(r"^(.+?)'s? (.+)$", text)
    if match:
        owner, rest = match.group(1), match.group(2)
        scope = _place_or_org(owner, when)
        if scope is not None:
            inner = lookup_actor(rest, when, scope.country or hint)
            return _scoped(inner, scope, rest)
    # "Y of X" / "Y in X" / "Y to X" (an ambassador's own country comes first: skip "to").
    match = re.match(r"^(.+?) (of|in|from|across) (?:the )?(.+)$", text)
    if match:
        rest, prep, owner = match.group(1), match.group(2), match.group(3)
        scope = _place_or_org(owner, when)
        if scope is not None:
            inner = lookup_actor(rest, when, scope.country or hint)
            if inner is None and prep in ("in", "across") and scope.kind in ("country", "place"):
                # "targets in Syria", "an amusement park in Kabul": the place, not a group.
                return dataclasses.replace(
                    scope, name=country_name(scope.country) or scope.name, kind="country", sector=None, role=None
                )
            return _scoped(inner, scope, rest, prep)
    code = tokens_code(text, when, hint)
    if code is None and _looks_like_name(text) and len(text.split()) <= 3:
        # A bare town name ("Puerto Penasco"): GeoNames cities of 15,000+ people, as a last resort.
        place = _town(text)
        if place is not None:
            return place
    return code


# Shorter one-word names are more often surnames or acronyms than towns.
MIN_TOWN_CHARS = 5


def _town(text: str) -> ActorCode | None:
    from newsgraph.knowledge.gazetteer import geocode  # lazy: the city table loads on first use

    hit = geocode(text)
    if hit is None or hit.country is None or hit.kind not in ("city", "region"):
        return None
    # Short single words are more often surnames than towns ("Lai" is not the Chadian town "Laï"),
    # and so are common words and names ("Young" of Ernst & Young is not Young, Uruguay).
    if " " not in text.strip() and (len(text.strip()) < MIN_TOWN_CHARS or is_common_name(text.strip())):
        return None
    return ActorCode(hit.name, hit.country, None, None, "country")


def _whole(text: str, when: str | None, hint: str | None = None) -> ActorCode | None:
    """The whole phrase is a table entry: bloc, organisation, person, country, nationals or capital."""
    bloc = find_bloc(text)
    if bloc is not None:
        return bloc
    org = find_organisation(text, hint)
    if org is not None:
        return org.code(when)
    person = person_code(text, when)
    if person is not None:
        return person
    iso3 = country_by_name(text)
    if iso3:
        return ActorCode(country_name(iso3) or text, iso3, None, None, "country")
    iso3 = country_by_adjective(text)
    if iso3 and text[-1:] == "s" and not text.isupper():
        # Plural nationality nouns ("Palestinians", "Russians") are nationals, not the state.
        return ActorCode(text[0].upper() + text[1:], iso3, None, None, "group")
    iso3 = country_by_capital(text)
    if iso3:
        return government(iso3)
    return None


def _place_or_org(text: str, when: str | None) -> ActorCode | None:
    text = _strip_leading(text)
    org = find_organisation(text)
    if org is not None:
        return org.code(when)
    iso3 = country_by_name(text) or country_by_adjective(text)
    if iso3:
        return ActorCode(country_name(iso3) or text, iso3, None, None, "country")
    iso3 = city_country(text)
    if iso3:
        return ActorCode(text, iso3, None, None, "place")
    return None


def _scoped(inner: ActorCode | None, scope: ActorCode, rest: str, prep: str = "'s") -> ActorCode | None:
    """Combine a role phrase with the country or organisation that scopes it."""
    body = scope.kind == "organisation" or (scope.kind == "group" and scope.sector is not None)  # "the IRA's leader" too
    if inner is None:
        if body:
            return dataclasses.replace(scope, name=scope.name)
        return None
    if body:
        # "president of the Riigikogu": the body's sector; "members of SANDF": the body itself.
        leaders = ("president", "chairman", "head", "leader", "speaker", "director", "chief", "members")
        if any(fold(rest).startswith(w) for w in leaders) or inner.sector in (None, "GOV"):
            generic = inner.role is not None and fold(inner.name).endswith(fold(inner.role))  # "United Kingdom leader"
            name = f"{scope.name} {fold(inner.role)}" if generic else inner.name if inner.kind == "person" else scope.name
            return dataclasses.replace(scope, name=name, kind=inner.kind, role=inner.role)
        return dataclasses.replace(inner, country=inner.country or scope.country, igo=inner.igo or scope.igo)
    if inner.kind == "organisation" and inner.country and scope.country and inner.country != scope.country:
        # "Chile's Defense Department": a generic name that the table gives another country's body.
        local = tokens_code(rest, None, scope.country, orgs=False)
        return local or generic_code(scope.country, inner.sector, inner.secondary, None)
    if (
        inner.kind == "person"
        and inner.role
        and prep in ("'s", "of")
        and scope.country
        and inner.country != scope.country
        and fold(rest).startswith(fold(inner.role))
    ):
        # "Jordan's King Abdullah", "King Abdullah of Jordan": the titled office is the scoping
        # country's, whoever else of that name the table knows (Saudi Arabia's King Abdullah);
        # a place the person is in is no such scope ("a spokesman for the Albanian embassy in London").
        return dataclasses.replace(inner, country=scope.country)
    if inner.kind == "person" or inner.country:
        return inner
    return generic_code(scope.country, inner.sector, inner.secondary, inner.role, inner.kind)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words)
