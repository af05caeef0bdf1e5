"""Word-level resolution of actor phrases: titles, nationality words, role nouns and names inside.

Helpers of :mod:`newsgraph.knowledge.lookup`, kept apart to keep each module small.
"""

from __future__ import annotations

import dataclasses
import re

from newsgraph.knowledge.actors import (
    MAX_ROLE_WORDS,
    PERSON_HEADS,
    RELIGIONS,
    SECTOR_LABELS,
    ActorCode,
    find_organisation,
    role_noun,
)
from newsgraph.knowledge.countries import (
    city_country,
    country_by_adjective,
    country_by_capital,
    country_by_name,
    country_name,
    fold,
    lacks_office,
    people_country,
)
from newsgraph.knowledge.officeholders import (
    is_common_name,
    is_holder_surname,
    office_holder,
    person_code,
    surname_code,
)


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
        "pope",
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
    _words(
        "ministry department office council agency bank court parliament legislature senate congress assembly presidency judiciary"
    )
)
_ROLE_MODIFIERS = frozenset({"deputy", "vice", "acting", "interim", "assistant", "junior", "shadow", "under"})
# Offices of a state, province or city, each held by one person ("the Wisconsin governor").
_LOCAL_OFFICES = frozenset({"governor", "mayor"})
_SINGULAR_HEADS = frozenset({"leader", "official", "spokesman", "spokeswoman", "spokesperson", "chief", "head"})
# Offices a party's member holds for the state ("a Labour chancellor", "a Likud minister").
_PARTY_OFFICES = frozenset({"chancellor", "minister", "prime minister", "premier", "mp", "senator", "congressman", "congresswoman", "mayor", "governor"})
_TOKEN = re.compile(r"[\w][\w.'’\-]*|&")


def government(iso3: str) -> ActorCode:
    """The government of a country: what a capital acting as subject ("Moscow said") stands for."""
    return ActorCode(f"Government of {country_name(iso3)}", iso3, "GOV", None, "organisation")


def generic_code(
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


# Adjectives of unions that are gone, coded as their successor states; a republic named after one
# is the republic's own.
_UNIONS = frozenset({"Soviet", "Yugoslav", "Czechoslovak"})


def tokens_code(text: str, when: str | None, hint: str | None, *, orgs: bool = True) -> ActorCode | None:
    """Scan the words: a known person or organisation inside, else nationality + role noun."""
    words = _TOKEN.findall(text)
    n = len(words)
    if orgs:
        code = _named_inside(words, when, hint)
        if code is not None:
            return code
    # Country words: names, adjectives, capitals and large cities.
    country, used, of_people = None, set(), False
    for size in range(min(n, 4), 0, -1):
        for i in range(n - size + 1):
            if used & set(range(i, i + size)):
                continue
            gram = " ".join(words[i : i + size])
            if size == 1 and not gram[:1].isupper():
                continue
            # "Saudi-led coalition", "Vietnamese-led forces": the leading country's ("-backed" is not).
            gram = gram.removesuffix("-led")
            iso3 = country_by_name(gram) or country_by_adjective(gram)
            if iso3 is None and (size == n or _role_starts_at(words, i + size) or _people_of_role(words, gram, i + size)):
                # A city or region counts only right before a role noun ("Shanghai police") or alone:
                # inside a name it is usually a namesake ("Charles Kennedy" is not Kennedy, Bogota).
                iso3 = city_country(gram)
                if iso3 and size == 1 and (is_common_name(gram) or is_holder_surname(gram)) and not country_by_capital(gram):
                    # "met Bush" is no town of Egypt ("Būsh"), "Young" no town of Uruguay, "the
                    # Kennedy Court" no court of Kennedy, Bogota
                    iso3 = None
            if iso3 and i > 0 and words[i - 1].lower() == "ethnic":
                continue  # "ethnic Albanian rebel leader Ali Ahmeti": a people, not the state, names him
            if iso3 and gram in _UNIONS and any(country_by_adjective(w) or country_by_name(w) for w in words[i + size :]):
                continue  # "Soviet Ukrainian Prime Minister": the republic's, not the union's
            if iso3 and country is None:
                country, used = iso3, set(range(i, i + size))
                of_people = people_country(gram) == iso3
    rest = [w for j, w in enumerate(words) if j not in used]
    named = country  # a country the words name themselves; the hint only places a role
    country = country or hint
    role = _find_role(rest)
    if role is not None and role[2] == "pope" and named is None:
        country = "VAT"  # "the pope" heads the Holy See wherever the story is set
    if named is None and role is not None and lacks_office(hint, role[2]):
        country = None  # "the prime minister", "MPs" in a story the hint makes American: no US offices
    if role is not None and role[0] in ("GOV", "CVL") and any(fold(w) in RELIGIONS for w in rest):
        role = ("REL", None, role[2])
    role_span = _role_span(rest, role[2]) if role else range(0)
    if role and role_span and role_span.start > 0 and fold(rest[role_span.start - 1]) in _ROLE_MODIFIERS:
        # "Deputy Prime Minister", "Shadow Home Secretary": not the office itself.
        modifier = fold(rest[role_span.start - 1])
        sector = "OPP" if modifier == "shadow" else role[0]
        role = (sector, role[1], f"{modifier} {role[2]}")
        role_span = range(role_span.start - 1, role_span.stop)
    names = [
        w
        for j, w in enumerate(rest)
        if j not in role_span and w[:1].isupper() and fold(w) not in _TITLES and role_noun(w) is None
    ]
    if role is not None:
        sector, secondary, role_words = role
        trailing = _trailing_name(rest, role_span)
        if trailing:
            names = trailing
            person = " ".join(names)
            if len(names) == 1:
                known = surname_code(names[0], when, titled=True)
                if known is not None and (country is None or known.country == country) and _same_kind_of_office(
                    role_words, known.role
                ):
                    return known
            return ActorCode(person, country, sector, role_words.title(), "person", secondary)
        if not names and country and role_words in _HEAD_ROLES and when is not None:
            # (undated, "the prime minister" may be anyone who held the office: no name is guessed)
            holder = office_holder(country, role_words, when)
            if holder is not None:
                return holder
        singular = role_words in _HEAD_ROLES or role_words.endswith(("minister", "secretary")) or role_words in _LOCAL_OFFICES
        kind = "person" if singular or role_words in _SINGULAR_HEADS else "group"
        if kind == "person":
            name = f"{country_name(country)} {role_words}" if country else role_words
            place = " ".join(words[j] for j in sorted(used))
            if role_words in _LOCAL_OFFICES and place and not (country_by_name(place) or country_by_adjective(place)):
                name = f"{place} {role_words}"  # "the Wisconsin governor": a state's, not the nation's (audit 20)
            return ActorCode(name, country, sector, role_words.title(), "person", secondary)
        return generic_code(country, sector, secondary, None, "group", role_words)
    if len(names) == 1 and len(rest) == 1:
        known = surname_code(names[0], when)
        if known is not None:
            return known
    if named and of_people and not rest:
        return ActorCode(text, country, None, None, "group")  # "Tutsis", "Chechens": a people, not its state
    if named and (not rest or (len(rest) <= 2 and all(w.islower() and fold(w) not in NON_ACTOR_NOUNS for w in rest))):
        # "Syrian island", "Iranian drones": the country, with no sector ("the policy" is none).
        return ActorCode(country_name(country) or text, country, None, None, "country")
    if country and country != hint and rest and len(rest) <= 2 and all(_people_word(w) for w in rest):
        # "Bosnian Serbs", "Palestinian Arabs": nationals of the named country, no sector.
        return ActorCode(text, country, None, None, "group")
    return None


# Nouns a nationality modifies without naming a side that acts ("British politics"), and the
# sportspeople, teams and artists whose nationality is no state acting ("the Indian batsman
# promised a big innings", "the Italian club appealed against the ban").
NON_ACTOR_NOUNS = frozenset(
    _words(
        "politics economy history culture society life sport football market markets industry law tradition weather "
        "batsman batsmen bowler bowlers cricketer cricketers striker strikers winger wingers midfielder midfielders "
        "goalkeeper goalkeepers footballer footballers player players swimmer swimmers sprinter sprinters runner "
        "runners athlete athletes cyclist cyclists golfer golfers boxer boxers wrestler wrestlers skier skiers "
        "champion champions team teams side club clubs squad coach singer singers actor actors actress actresses "
        "band bands film films album novelist novelists artist artists designer designers chef chefs tourist tourists"
    )
)
_MONARCHS = frozenset(_words("king queen emir sultan prince crown monarch sheikh"))


def _same_kind_of_office(title: str, role: str | None) -> bool:
    """A monarch's title never names an elected office holder: "King Hassan" is not President Hassan."""
    if not role:
        return True
    return bool(_MONARCHS & set(title.split())) == bool(_MONARCHS & set(fold(role).split()))


def _people_word(word: str) -> bool:
    """A plural nationality or ethnic noun ("Serbs", "Arabs", "Kurds")."""
    return word.endswith("s") and (country_by_adjective(word) is not None or fold(word) in _PEOPLES)


_PEOPLES = frozenset(_words("arabs kurds jews muslims christians hindus sikhs tamils pashtuns uighurs uyghurs"))


def _named_inside(words: list[str], when: str | None, hint: str | None = None) -> ActorCode | None:
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
                org = find_organisation(gram, hint) if (size >= 2 or len(gram) >= 2) else None
                if org is not None and i > 0 and foreign_to(words[i - 1], org.country):
                    # "Serbian Labour Minister": another country's word before a name the table
                    # gives one country's party makes it a portfolio or namesake, not that body.
                    org = None
                if org is not None and not (size == 1 and gram.lower() == gram):
                    code = org.code(when)
                    rest = [w for j, w in enumerate(words) if not i <= j < i + size]
                    after = words[i + size :]
                    # the name follows the last role word ("Labour MP Tony Lloyd": Tony Lloyd)
                    last_role = max((j for j, w in enumerate(after) if role_noun(w) is not None), default=-1)
                    person = [w for w in after[last_role + 1 :] if w[:1].isupper() and fold(w) not in _TITLES]
                    if person and all(role_noun(w) is None for w in person):
                        # "Tory leader Michael Howard": a named member of the organisation.
                        role = _find_role(rest)
                        return ActorCode(
                            " ".join(person),
                            code.country,
                            code.sector,
                            role[2].title() if role else None,
                            "person",
                            code.secondary,
                            code.igo,
                        )
                    role = _find_role(rest)
                    if role and role[2] in _SINGULAR_HEADS:
                        # "Tory leader", "a Hamas spokesman": one person of the organisation.
                        return dataclasses.replace(
                            code, name=f"{code.name} {role[2]}", role=role[2].title(), kind="person"
                        )
                    if role and code.country and (code.sector or "").startswith("PTY") and role[2] in _GOVERNMENT_WORDS | {"ministers"}:
                        # "the Labour government", "Conservative ministers": the state's government the party formed
                        return government(code.country) if role[2] in _GOVERNMENT_WORDS else generic_code(code.country, "GOV", None, None, "group", role[2])
                    if role and role[2] in _PARTY_OFFICES and (code.sector or "").startswith("PTY"):
                        # "a previous Labour chancellor resigned": the officeholder, of the party's
                        # country and the office's sector, did it, not the party
                        office = role[2].upper() if len(role[2]) <= 2 else role[2]  # "MP"
                        return dataclasses.replace(
                            code, name=f"{code.name} {office}", sector=role[0], secondary="PTY", role=office.title() if len(office) > 2 else office,
                            kind="person",
                        )
                    if role and code.kind == "organisation" and role[0] not in (code.sector, "GOV", "MIL"):
                        # "a former CIA official" keeps the agency's sector; "EU legislators" adds one.
                        return dataclasses.replace(code, secondary=code.secondary or role[0])
                    return code
    return None


def foreign_to(word: str, country: str | None) -> bool:
    """True if ``word`` is a country name or nationality of a country other than ``country``."""
    if country is None or not word[:1].isupper():
        return False
    other = country_by_name(word) or country_by_adjective(word)
    return other is not None and other != country


def _people_of_role(words: list[str], gram: str, after: int) -> bool:
    """True if ``gram`` names a people and a role noun follows it further on ("Ibo traditional elders")."""
    return people_country(gram) is not None and any(_role_starts_at(words, j) for j in range(after, len(words)))


def _role_starts_at(words: list[str], j: int) -> bool:
    """True if a role noun n-gram begins at word ``j`` ("High Court", "Self Defense Forces")."""
    return any(
        role_noun(" ".join(words[j : j + k])) is not None for k in range(1, MAX_ROLE_WORDS + 1) if j + k <= len(words)
    )


def _find_role(words: list[str]) -> tuple[str, str | None, str] | None:
    """The rightmost (head) role noun n-gram among ``words``: (sector, secondary, folded words)."""
    at = next((k for k, w in enumerate(words) if k and w.lower() == "at"), None)
    if at is not None:
        # "unions at the Italian carmaker" are unions: what follows "at" is where they work (a
        # spokesman or official "at the embassy" still takes the body's sector, below).
        head = _find_role(words[:at])
        if head is not None and head[2] not in PERSON_HEADS:
            return head
    best: tuple[int, int, tuple[str, str | None, str]] | None = None
    for size in range(min(len(words), MAX_ROLE_WORDS), 0, -1):
        for i in range(len(words) - size + 1):
            gram = fold(" ".join(words[i : i + size]))
            found = role_noun(gram)
            if found is None:
                continue
            if gram == "general" and words[i].islower() and i + 1 < len(words) and words[i + 1].islower():
                continue  # an adjective: "a general strike", "the general election" name no general
            key = (i + size, size)
            if best is None or key > best[:2]:
                best = (i + size, size, (found[0], found[1], gram))
    if best is None:
        return None
    end, size, found = best
    if found[2] in PERSON_HEADS:
        # "rebel leader", "opposition spokesman": the modifier carries the sector.
        modifier = _find_role(words[: end - size])
        if modifier is not None and modifier[2] not in PERSON_HEADS:
            return (modifier[0], modifier[1], found[2])
    return found


def _role_span(words: list[str], role_words: str) -> range:
    """Indices of the last occurrence of the role n-gram in ``words``."""
    size = len(role_words.split())
    for i in range(len(words) - 1, -1, -1):
        # A hyphenated word folds to several ("Vice-President" -> "vice president"): try fewer words.
        for k in range(min(size, len(words) - i), 0, -1):
            if fold(" ".join(words[i : i + k])) == role_words:
                return range(i, i + k)
    return range(0)


def _trailing_name(rest: list[str], role_span: range) -> list[str]:
    """The capitalised name after the role words ("Secretary Patricia Hewitt" -> Patricia Hewitt)."""
    if not role_span:
        return []
    head = fold(rest[role_span.stop - 1])
    if head.endswith("s") and not head.endswith("ss") and role_noun(head) is not None and head not in _SINGULAR_HEADS:
        return []  # a plural group titles nobody: "Shareholders United" is a group's name
    tail = rest[role_span.stop :]
    def in_name(j: int, word: str) -> bool:
        # "Mayor Bill de Blasio", "President Charles de Gaulle": a particle inside the name
        inside = 0 < j < len(tail) - 1 and word in _NAME_PARTICLES
        return inside or (word[:1].isupper() and fold(word) not in _TITLES and role_noun(word) is None)
    if tail and tail[0][:1].isupper() and all(in_name(j, w) for j, w in enumerate(tail)):
        return tail
    return []


# Lowercase words inside personal names.
_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "bin", "al", "el", "ibn"})
