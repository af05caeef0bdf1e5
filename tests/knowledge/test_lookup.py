"""Tests of actor lookup: countries, organisations, office holders and generic groups."""

from __future__ import annotations

import pytest

from newsgraph.knowledge.countries import countries, find_country
from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.knowledge.officeholders import person_code, surname_code, terms


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the US", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Iranian", "IRN"),
        ("Israelis", "ISR"),
        ("North Korean", "PRK"),
        ("Palestinian", "PSE"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("TEHRAN", "IRN"),
        ("Kyiv", "UKR"),
    ],
)
def test_find_country_names_adjectives_capitals(text: str, iso3: str) -> None:
    assert find_country(text) == iso3


@pytest.mark.parametrize("text", ["us", "he", "puppies"])
def test_find_country_rejects_non_countries(text: str) -> None:
    assert find_country(text) is None


def test_countries_cover_un_members_and_extras() -> None:
    table = countries()
    assert len(table) >= 196
    assert {"PSE", "TWN", "XKX", "SSD", "USA", "RUS"} <= set(table)


def test_officeholder_terms_are_ordered() -> None:
    for term in terms():
        assert term.end is None or term.start < term.end, term


@pytest.mark.parametrize(
    ("phrase", "when", "name", "country", "sector", "role"),
    [
        ("Iranian President Ebrahim Raisi", "2023-12-07", "Ebrahim Raisi", "IRN", "GOV", "President"),
        ("President Raisi", "2023-12-07", "Ebrahim Raisi", "IRN", "GOV", "President"),
        ("Chinese Foreign Minister Wang Yi", "2023-12-07", "Wang Yi", "CHN", "GOV", "Foreign Minister"),
        ("Vladimir Putin", "2010-06-01", "Vladimir Putin", "RUS", "GOV", "Prime Minister"),
        ("Vladimir Putin", "2023-12-07", "Vladimir Putin", "RUS", "GOV", "President"),
        ("Kim Jong Un", "2023-12-07", "Kim Jong Un", "PRK", "GOV", "Supreme Leader"),
        ("Tony Blair", "2015-01-01", "Tony Blair", "GBR", "ELI", "former Prime Minister"),
        ("French President", "2019-01-01", "Emmanuel Macron", "FRA", "GOV", "President"),
    ],
)
def test_lookup_actor_people_by_date(phrase: str, when: str, name: str, country: str, sector: str, role: str) -> None:
    code = lookup_actor(phrase, when)
    assert code is not None
    assert (code.name, code.country, code.sector, code.role, code.kind) == (name, country, sector, role, "person")


@pytest.mark.parametrize(
    ("phrase", "country", "sector", "kind"),
    [
        ("the Kremlin", "RUS", "GOV", "organisation"),
        ("the White House", "USA", "GOV", "organisation"),
        ("Downing Street", "GBR", "GOV", "organisation"),
        ("the Pentagon", "USA", "MIL", "organisation"),
        ("Hamas", "PSE", "REB", "group"),
        ("Hezbollah", "LBN", "REB", "group"),
        ("Russia", "RUS", None, "country"),
        ("Moscow", "RUS", "GOV", "organisation"),
        ("Israeli troops", "ISR", "MIL", "group"),
        ("Iraqi police", "IRQ", "COP", "group"),
        ("the Chinese government", "CHN", "GOV", "organisation"),
        ("Shanghai police", "CHN", "COP", "group"),
        ("Chile's Defense Department", "CHL", "GOV", "organisation"),
        ("Palestinians", "PSE", None, "group"),
    ],
)
def test_lookup_actor_organisations_countries_groups(phrase: str, country: str, sector: str | None, kind: str) -> None:
    code = lookup_actor(phrase)
    assert code is not None
    assert (code.country, code.sector, code.kind) == (country, sector, kind)


@pytest.mark.parametrize(
    ("phrase", "igo", "sector"),
    [("the UN Security Council", "UNO", "IGO"), ("NATO", "NAT", "IGO"), ("the European Union", "EUR", "IGO")],
)
def test_lookup_actor_igos_have_no_country(phrase: str, igo: str, sector: str) -> None:
    code = lookup_actor(phrase)
    assert code is not None
    assert (code.country, code.igo, code.sector) == (None, igo, sector)


@pytest.mark.parametrize(("when", "sector"), [("2020-01-01", "REB"), ("2022-01-01", "GOV")])
def test_lookup_actor_taliban_sector_changes_in_2021(when: str, sector: str) -> None:
    code = lookup_actor("Taliban", when)
    assert code is not None
    assert (code.country, code.sector) == ("AFG", sector)


@pytest.mark.parametrize("phrase", ["he", "puppies", "a cat named Frank", "Marcus Beam", ""])
def test_lookup_actor_returns_none_for_non_actors(phrase: str) -> None:
    assert lookup_actor(phrase) is None


@pytest.mark.parametrize(
    ("surname", "when", "name"), [("Raisi", "2023-01-01", "Ebrahim Raisi"), ("Putin", None, "Vladimir Putin")]
)
def test_surname_code_unique_surnames(surname: str, when: str | None, name: str) -> None:
    code = surname_code(surname, when)
    assert code is not None
    assert code.name == name


@pytest.mark.parametrize(
    ("surname", "when", "name"),
    [
        # the family name comes first: President Xi, not "Jinping"
        ("Xi", "2023-01-01", "Xi Jinping"),
        ("Tsai", "2020-01-01", "Tsai Ing-wen"),
        ("Moon", "2019-01-01", "Moon Jae-in"),
        # news calls Thai and Malaysian leaders by their first name
        ("Thaksin", "2003-01-01", "Thaksin Shinawatra"),
        ("Mahathir", "2019-01-01", "Mahathir Mohamad"),
    ],
)
def test_surname_code_reads_names_in_the_order_news_uses_them(surname: str, when: str, name: str) -> None:
    code = surname_code(surname, when)
    assert code is not None and code.name == name


@pytest.mark.parametrize("given", ["Jinping", "Ing-wen", "Jae-in"])
def test_an_east_asian_given_name_is_no_surname(given: str) -> None:
    assert surname_code(given) is None


@pytest.mark.parametrize(("surname", "country"), [("Assad", "SYR"), ("Trudeau", "CAN"), ("Kabila", "COD")])
def test_a_surname_every_bearer_of_which_shares_a_country_gives_that_country(surname: str, country: str) -> None:
    code = surname_code(surname)  # undated: father or son, nothing says which
    assert code is not None and code.country == country and code.name == surname


@pytest.mark.parametrize("surname", ["May", "Kim", "Ahmed", "Mohammed"])
def test_surname_code_refuses_common_or_shared_surnames(surname: str) -> None:
    assert surname_code(surname, "2023-01-01") is None


def test_common_name_resolves_to_the_office_holder_only_with_a_title() -> None:
    code = surname_code("Ahmed", "2023-12-04", titled=True)
    assert code is not None and code.name == "Abiy Ahmed"


def test_person_code_before_first_term_keeps_country_only() -> None:
    code = person_code("Ebrahim Raisi", "2000-01-01")
    assert code is not None
    assert (code.country, code.sector) == ("IRN", None)


@pytest.mark.parametrize(
    ("phrase", "when", "country", "sector"),
    [
        ("Thierry Burkhard", "2022-01-01", "FRA", "MIL"),
        ("Deputy Secretary Hicks", "2022-06-01", "USA", "GOV"),
        ("Elvira Nabiullina", "2022-06-01", "RUS", "GOV"),
        ("David Barnea", "2023-01-01", "ISR", "SPY"),
        ("Roberta Metsola", "2023-01-01", None, "IGO"),
    ],
)
def test_lookup_actor_more_office_holders(phrase: str, when: str, country: str | None, sector: str) -> None:
    code = lookup_actor(phrase, when)
    assert code is not None
    assert (code.country, code.sector) == (country, sector)


def test_surname_code_prefers_the_sole_former_head_of_government() -> None:
    code = surname_code("Blair", None)
    assert code is not None
    assert code.name == "Tony Blair"


def test_lookup_actor_bare_town_falls_back_to_geonames() -> None:
    code = lookup_actor("Puerto Penasco")
    assert code is not None
    assert code.country == "MEX"


def test_lookup_actor_ordinary_nationals_are_civilians() -> None:
    code = lookup_actor("ordinary Kazakhs", "2022-06-01")
    assert code is not None
    assert (code.country, code.sector) == ("KAZ", "CVL")


def test_lookup_nationality_phrases_and_blocs() -> None:
    from newsgraph.knowledge.lookup import lookup_actor

    west = lookup_actor("the West")
    assert west is not None and (west.name, west.country, west.sector, west.igo) == ("the West", None, "GOV", "WST")
    assert lookup_actor("Western powers") == west
    assert lookup_actor("West Bank") != west
    serbs = lookup_actor("Bosnian Serbs")
    assert serbs is not None and (serbs.country, serbs.sector, serbs.kind) == ("BIH", None, "group")
    settlers = lookup_actor("Jewish settlers")
    assert settlers is not None and settlers.country == "ISR"
    for phrase, iso3, sector in (("Palestinian prisoners", "PSE", "CVL"), ("Russian aircraft", "RUS", None)):
        code = lookup_actor(phrase)
        assert code is not None and (code.country, code.sector) == (iso3, sector)
    police = lookup_actor("police", None, "IND")
    assert police is not None and (police.country, police.sector) == ("IND", "COP")


def test_seat_of_power_city() -> None:
    from newsgraph.knowledge.actors import seat_of

    assert seat_of("the Kremlin")[:2] == ("Moscow", "RUS")  # type: ignore[index]
    assert seat_of("White House")[:2] == ("Washington", "USA")  # type: ignore[index]
    assert seat_of("Hamas") is None


def test_lookup_actor_short_surname_is_not_a_town() -> None:
    code = lookup_actor("Lai")
    assert code is None or code.country != "TCD"


@pytest.mark.parametrize("phrase", ["the policy", "a poll advantage", "terror", "the report", "the tools", "their backing"])
def test_lookup_country_hint_never_makes_a_non_actor_an_actor(phrase: str) -> None:
    # The hint places a role ("the police" in Indian news); it does not turn any noun into the country.
    assert lookup_actor(phrase, None, "GBR") is None


@pytest.mark.parametrize(("phrase", "sector"), [("the police", "COP"), ("villagers", "CVL"), ("traders", "CVL"), ("opposition supporters", "OPP")])
def test_lookup_country_hint_places_roles_and_people(phrase: str, sector: str) -> None:
    code = lookup_actor(phrase, None, "NGA")
    assert code is not None and (code.country, code.sector) == ("NGA", sector)


def test_lookup_nationality_with_an_abstract_noun_is_no_actor() -> None:
    assert lookup_actor("British politics") is None
    syria = lookup_actor("Syrian island")
    assert syria is not None and syria.country == "SYR"


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Jordan's King Abdullah", "JOR", "GOV"),  # the scoping country's king, not Saudi Arabia's
        ("King Abdullah of Jordan", "JOR", "GOV"),
        ("Saudi Arabia's King Abdullah", "SAU", "GOV"),
        ("Brussels", None, "IGO"),  # Brussels that acts is the EU
        ("Commonwealth leaders", None, "IGO"),  # not a Philippine town called Commonwealth
    ],
)
def test_lookup_actor_scoped_titles_and_bodies(phrase: str, country: str | None, sector: str) -> None:
    code = lookup_actor(phrase, "2011-06-01")
    assert code is not None
    assert (code.country, code.sector) == (country, sector)


@pytest.mark.parametrize("phrase", ["The Russian", "the 34-year-old American", "a Briton", "the Syrian"])
def test_one_person_named_by_nationality_is_no_state(phrase: str) -> None:
    assert lookup_actor(phrase) is None  # "the Russian called for treatment": a tennis player


@pytest.mark.parametrize(("phrase", "country"), [("the Russians", "RUS"), ("Russian", "RUS"), ("The Russian government", "RUS")])
def test_nationals_and_states_still_resolve(phrase: str, country: str) -> None:
    code = lookup_actor(phrase)
    assert code is not None and code.country == country


@pytest.mark.parametrize("phrase", ["a general strike", "the general election"])
def test_general_as_an_adjective_names_no_officer(phrase: str) -> None:
    assert lookup_actor(phrase, None, "NGA") is None


def test_peoples_place_their_groups_in_one_country() -> None:
    from newsgraph.knowledge.lookup import lookup_actor

    for phrase, country, sector in (
        ("Chechen rebels", "RUS", "REB"), ("Hutu militiamen", "RWA", "UAF"), ("Uighur separatists", "CHN", "REB"),
        ("Ibo traditional elders", "NGA", "CVL"), ("Rohingya refugees", "MMR", "REF"),
    ):
        code = lookup_actor(phrase)
        assert code is not None and (code.country, code.sector) == (country, sector), phrase
    # a people alone is a group of that country, never its state
    tutsis = lookup_actor("Tutsis")
    assert tutsis is not None and (tutsis.name, tutsis.country, tutsis.kind) == ("Tutsis", "RWA", "group")
    # peoples spread over several states, and names that are also first names, name no country
    for phrase in ("Kurdish rebels", "Karen"):
        code = lookup_actor(phrase)
        assert code is None or code.country is None, phrase


def test_hong_kong_is_its_own_code_and_plural_groups_title_nobody() -> None:
    from newsgraph.knowledge.lookup import lookup_actor

    police = lookup_actor("Hong Kong police")
    assert police is not None and (police.country, police.sector) == ("HKG", "COP")
    for phrase, sector in (("hackers", "CRM"), ("prisoners", "CVL"), ("tribal elders", "CVL"), ("peacekeepers", "MIL")):
        code = lookup_actor(phrase)
        assert code is not None and code.sector == sector, phrase
    # "Shareholders United" is a group's name, not a shareholder called United
    code = lookup_actor("Shareholders United")
    assert code is None or code.kind != "person"
