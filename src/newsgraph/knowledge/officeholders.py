"""Office holders with dated terms: heads of state and government, foreign and defence
ministers and other officials prominent in news, 2000-2025 (tables in ``data/officeholders_*``).

``person_code(name, when)`` gives the office a person held on ``when``; outside every term a
person who held office before is coded as a former office holder (sector ELI, CAMEO "elites"),
which is how event coders treat e.g. Tony Blair after 2007.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from newsgraph.knowledge.actors import IGO_CODES, ActorCode
from newsgraph.knowledge.countries import fold

DATA_FILES = ("officeholders_west.psv", "officeholders_east.psv", "officeholders_more.psv", "officeholders_1980_2000.psv")

# Higher first: when a person holds two offices at once, the first role here names them.
_ROLE_RANK = (
    "president",
    "king",
    "queen",
    "emperor",
    "emir",
    "sultan",
    "supreme leader",
    "chancellor",
    "prime minister",
    "premier",
    "taoiseach",
    "crown prince",
    "secretary-general",
    "secretary general",
)


def _words(text: str) -> list[str]:
    """Split a space-separated word list (keeps long vocabularies compact)."""
    return text.split()


# Surnames that are also common English words: never resolved without a title or first name.
_COMMON_WORDS = frozenset(
    _words(
        "may brown fox king long young rice gates hunt wallace martin jonathan wong lee dan wu kan abe sall "
        "ryan graham carter harris jordan cohen khan singh shah wang li kim park ma lai aso noda castro "
        "sharif gandhi rajapaksa kirchner clinton bush aoun hariri abdullah salman he power price cook bar win son bas "
        "sun ford smith moore "
        # Names shared by millions ("Ahmed, a resident of Khan Younis" is not Abiy Ahmed): a bare one
        # names an office holder only with a title.
        "ahmed ahmad mohammed mohammad muhammad mohamed hassan hussein husain ali omar umar ibrahim "
        "mahmoud khalil said saleh salih rahman karim hamid yusuf yousef nasser aziz kumar yadav patel "
        "gupta reddy das nguyen tran chen zhang liu yang huang zhao zhou xu sun lin ho tan lim "
        "johnson williams jones davis miller wilson taylor anderson thomas jackson white thompson "
        "garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez silva santos "
        "mueller muller schmidt schneider ivanov petrov kuznetsov popov"
    )
)


@dataclass(frozen=True, slots=True)
class Term:
    """One person in one office for one period."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    igo: str | None
    role: str
    start: str
    end: str | None
    sector: str
    secondary: str | None

    def holds(self, when: str | None) -> bool:
        """True if the term covers ``when`` (None: now, i.e. the term has no end)."""
        if when is None:
            return self.end is None
        return self.start <= when[:10] and (self.end is None or when[:10] < self.end)


def _sector(role: str, country: str, override: str) -> tuple[str, str | None]:
    low = role.lower()
    secondary = None
    if "defence" in low or "defense" in low:
        secondary = "MIL"
    if override:
        return override, secondary
    if country in IGO_CODES:
        return "IGO", secondary
    if any(
        w in low
        for w in (
            "chief of the general staff",
            "chief of army staff",
            "joint chiefs",
            "idf chief",
            "commander-in-chief",
            "commander of",
            "chief of staff",
        )
    ):
        return "MIL", None
    if any(w in low for w in ("senator", "speaker", "federation council", "representative")):
        return "LEG", None
    if low.startswith("opposition"):
        return "OPP", None
    if "chief justice" in low:
        return "JUD", None
    if "attorney general" in low:
        return "GOV", "JUD"
    return "GOV", secondary


@functools.cache
def terms() -> tuple[Term, ...]:
    """Every term of every office holder."""
    out: list[Term] = []
    aliases_of: dict[str, tuple[str, ...]] = {}
    for file in DATA_FILES:
        text = resources.files("newsgraph.knowledge").joinpath("data", file).read_text("utf-8")
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, aliases, country, role, start, end, override = (line.split("|") + [""] * 7)[:7]
            if aliases:
                aliases_of[name] = aliases_of.get(name, ()) + tuple(a for a in aliases.split(";") if a)
            sector, secondary = _sector(role, country, override)
            igo = country if country in IGO_CODES else None
            out.append(Term(name, (), None if igo else country, igo, role, start, end or None, sector, secondary))
    return tuple(
        Term(t.name, aliases_of.get(t.name, ()), t.country, t.igo, t.role, t.start, t.end, t.sector, t.secondary)
        for t in out
    )


@functools.cache
def _name_index() -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = {}
    for term in terms():
        for form in (term.name, *term.aliases):
            index.setdefault(fold(form), []).append(term)
    return {key: tuple(value) for key, value in index.items()}


# Where the family name comes first ("Xi Jinping" is President Xi, "Kim Jong Un" is Kim), and
# where news calls people by the first of their names ("Thaksin", "Anwar", "Prabowo"). Cambodia
# does both ("Hun Sen" is Hun; "Norodom Sihanouk" is also Sihanouk).
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "KHM", "SGP"})
_FIRST_NAME_USED = frozenset({"THA", "MYS", "IDN", "KHM", "MMR"})
# Western given names that office holders there write first ("Joseph Wu", "Carrie Lam").
_WESTERN_GIVEN = frozenset(
    _words("john tony james david henry peter paul mark eric frank kevin carrie regina anson donald joseph vincent william lawrence george michael")
)
_SUFFIXES = frozenset({"jr", "i", "ii", "iii", "vi", "xvi", "xiv"})


def _surname_keys(form: str, country: str | None) -> set[str]:
    """The words a bare mention of the person called ``form`` uses."""
    words = fold(form).split()
    if len(words) < 2:
        return set()
    if country in _FAMILY_NAME_FIRST and words[0] not in _WESTERN_GIVEN:
        keys = {words[0]}
        return keys | {words[-1]} if country in _FIRST_NAME_USED else keys
    keys = {words[-1]} if words[-1] not in _SUFFIXES else set()
    if country in _FIRST_NAME_USED and words[0] not in _COMMON_WORDS:
        keys.add(words[0])
    return keys


@functools.cache
def _surname_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for term in terms():
        for form in (term.name, *term.aliases):
            for key in _surname_keys(form, term.country):
                index.setdefault(key, set()).add(term.name)
    return {key: frozenset(value) for key, value in index.items()}


@functools.cache
def _office_index() -> dict[tuple[str, str], tuple[Term, ...]]:
    index: dict[tuple[str, str], list[Term]] = {}
    for term in terms():
        index.setdefault((term.country or term.igo or "", normalise_role(term.role)), []).append(term)
    return {key: tuple(value) for key, value in index.items()}


def normalise_role(role: str) -> str:
    """Fold synonyms of the main offices: "Defense Secretary" and "defence minister" are one office."""
    low = fold(role)
    if any(
        w in low
        for w in (
            "foreign minister",
            "foreign secretary",
            "secretary of state",
            "top diplomat",
            "minister of foreign affairs",
            "foreign affairs minister",
        )
    ):
        return "foreign minister"
    if any(
        w in low
        for w in (
            "defence minister",
            "defense minister",
            "defence secretary",
            "defense secretary",
            "secretary of defense",
            "minister of defence",
            "minister of defense",
        )
    ):
        return "defence minister"
    if low in ("premier", "pm", "prime minister", "taoiseach"):
        return "prime minister"
    if low in ("leader", "supreme leader"):
        return "supreme leader"
    return low


def is_known_person(name: str) -> bool:
    """True if ``name`` (any spelling in the table) is an office holder."""
    return fold(name) in _name_index()


def is_common_name(word: str) -> bool:
    """True for a surname that is also a common word or name ("Young", "Brown", "Khan")."""
    return fold(word) in _COMMON_WORDS


def is_holder_surname(word: str) -> bool:
    """True for the surname of anyone in the office tables ("Kennedy", "Santos")."""
    return fold(word) in _surname_index()


def names_of(name: str) -> tuple[str, ...]:
    """Every written form of the office holder called ``name``: canonical name first, then aliases."""
    forms: list[str] = []
    for term in _name_index().get(fold(name), ()):
        for form in (term.name, *term.aliases):
            if form not in forms:
                forms.append(form)
    return tuple(forms)


def _choose(candidates: tuple[Term, ...], when: str | None) -> Term | None:
    current = [t for t in candidates if t.holds(when)]
    if current:
        return min(current, key=_rank)
    return None


def _rank(term: Term) -> tuple[int, str]:
    low = term.role.lower()
    for i, word in enumerate(_ROLE_RANK):
        if low.startswith(word) or low == word:
            return (i, "")
    return (len(_ROLE_RANK), "")


def _code(term: Term, *, former: bool = False) -> ActorCode:
    if former:
        return ActorCode(term.name, term.country, "ELI", f"former {term.role}", "person", None, term.igo)
    return ActorCode(term.name, term.country, term.sector, term.role, "person", term.secondary, term.igo)


def person_code(name: str, when: str | None = None) -> ActorCode | None:
    """Code of the office holder called ``name`` on ``when`` (ISO date; None: undated).

    A person outside all terms but with an earlier one is "former <role>" (ELI); one whose terms
    all lie in the future keeps the country with no sector. Undated, the current office wins, else
    the latest one (not marked former: an undated text does not say the term is over).
    """
    candidates = _name_index().get(fold(name))
    if not candidates:
        return None
    return _term_code(candidates, when)


def _term_code(candidates: tuple[Term, ...], when: str | None) -> ActorCode:
    chosen = _choose(candidates, when)
    if chosen:
        return _code(chosen)
    if when is None:
        # Undated text: nothing says the office is over, so the latest office names the person.
        return _code(max(candidates, key=lambda t: (t.end or "9999", -_rank(t)[0])))
    past = [t for t in candidates if t.end is not None and t.end <= when[:10]]
    if past:
        return _code(max(past, key=lambda t: t.end or ""), former=True)
    first = min(candidates, key=lambda t: t.start)
    return ActorCode(first.name, first.country, None, None, "person", None, first.igo)


def surname_code(surname: str, when: str | None = None, *, titled: bool = False) -> ActorCode | None:
    """Code of the one office holder with this surname (in office on ``when`` if several share it).

    Args:
        surname: a single family name ("Putin", "Raisi").
        when: ISO date of the text.
        titled: the surname came with a title ("President Raisi"), so common-word surnames are allowed.
    """
    key = fold(surname)
    if not titled and key in _COMMON_WORDS:
        return None
    names = _surname_index().get(key)
    if not names:
        return None
    if len(names) == 1:
        return person_code(next(iter(names)), when)
    holding = [n for n in names if any(t.holds(when) for t in _name_index()[fold(n)])]
    if len(holding) == 1:
        return person_code(holding[0], when)
    if holding:
        return None
    # Nobody (or several) in office: a bare surname names its most prominent bearer, i.e. the one
    # sole former head of state or government among them ("Blair" is Tony, not Bill Blair).
    best = {n: min(_rank(t)[0] for t in _name_index()[fold(n)]) for n in names}
    top = min(best.values())
    leaders = [n for n, r in best.items() if r == top]
    if top < len(_ROLE_RANK) and len(leaders) == 1:
        return person_code(leaders[0], when)
    return _shared_country(surname, names, when)


def _shared_country(surname: str, names: frozenset[str], when: str | None) -> ActorCode | None:
    """The country (and sector and role, where they agree) that every bearer of ``surname``
    shares: "Assad" is Syrian whether Hafez or Bashar is meant."""
    codes = [person_code(n, when) for n in sorted(names)]
    found = [c for c in codes if c is not None]
    countries = {c.country for c in found}
    if len(found) != len(codes) or len(countries) != 1 or None in countries:
        return None
    sectors = {c.sector for c in found}
    roles = {c.role for c in found}
    first = found[0]
    return ActorCode(
        surname, first.country, sectors.pop() if len(sectors) == 1 else None, roles.pop() if len(roles) == 1 else None, "person", None, first.igo
    )


def office_holder(country: str, role: str, when: str | None = None) -> ActorCode | None:
    """The person holding ``role`` in ``country`` (ISO3 or IGO code) on ``when``, else None."""
    candidates = _office_index().get((country, normalise_role(role)))
    if not candidates:
        return None
    holding = [t for t in candidates if t.holds(when)]
    if len({t.name for t in holding}) != 1:
        return None
    return _code(holding[0])
