"""The error kinds audit 22 found in 100 events of BBC entertainment, sport and technology news
(session 21): half were no political act at all. Match reports read as force and diplomacy
("Italy launched a series of attacks"), firms' and broadcasters' offers and joint work read as
cooperation, and an unnamed public's everyday acts (fans greeting a star, users visiting
websites) read as visits and meetings. Each kind is written here as such outlets write it, in
our own words, and run through the real pipeline.
"""

from __future__ import annotations

import pytest
from tests.stages import annotate, events_of

from newsgraph.extract.sports import is_sports_story, names_a_team
from newsgraph.model import Event, EventArg

PUBLISHED = "2005-02-10T10:00:00"

MATCH_REPORT = """Wales edge England in Six Nations opener

Wales beat England 11-9 in a tense Six Nations match at the Millennium Stadium in Cardiff on Saturday.

England launched a series of attacks in the final quarter, but the home side's defence held firm. Wales regained control with a second try in the 61st minute, and their fly-half kicked a penalty before the final whistle.

England will protest to the International Rugby Board about the referee's performance, the team's coach said after the match. The squad travels to Edinburgh next week for the championship clash with Scotland.

Police arrested three fans for throwing coins onto the pitch after the game."""

MINISTER_ON_FANS = """Minister warns sectarian football fans

Scotland's justice minister has warned bigoted football fans that she will ban them from matches. The Old Firm clubs, Celtic and Rangers, play again in the league next month, and both clubs have pledged to work with police. The minister said stopping sectarian abuse at football matches and in the stadium was a key objective of the government's league and cup action plan, and that the referee and players deserve support."""

CAMPAIGN_STORY = """Clinton wins Nevada caucuses

Hillary Clinton won the Nevada caucuses on Saturday, a victory that steadies her campaign after a narrow win in Iowa and a heavy defeat in New Hampshire. The race now moves to South Carolina, where polls give her a lead of 20 points. On Sunday Bernie Sanders criticised her record on trade."""


def acts(body: str) -> list[Event]:
    return [e for e in events_of(body, PUBLISHED) if e.cameo != "010"]


def arg(text: str, sector: str | None = None) -> EventArg:
    return EventArg(None, text, None, sector, text, 0, len(text))


# ---- sports stories


def test_a_match_report_is_a_sports_story_and_a_campaign_story_is_not() -> None:
    assert is_sports_story(MATCH_REPORT)
    assert not is_sports_story(CAMPAIGN_STORY)


@pytest.mark.parametrize(
    "text", ["England", "Wales", "the Irish", "Italians", "Exeter City", "the Gunners", "Norwich", "the home side"]
)
def test_countries_cities_clubs_and_nicknames_name_teams(text: str) -> None:
    assert names_a_team(arg(text))


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Scotland's justice minister", "GOV"), ("Police", "COP"), ("Greek prosecutors", "JUD"), ("Steve Morgan", None)],
)
def test_officials_police_and_people_name_no_team(text: str, sector: str | None) -> None:
    assert not names_a_team(arg(text, sector))


def test_teams_moves_of_play_are_no_events_but_police_arrests_of_fans_are() -> None:
    events = acts(MATCH_REPORT)
    assert not [e for e in events if e.source.text in {"England", "Wales"}]
    assert not [e for e in events if e.cameo[:2] in {"14", "19", "11"}]
    assert [e.cameo for e in events if e.source.sector == "COP"] == ["173"]


def test_a_ministers_warning_to_fans_stays_in_a_story_full_of_football_words() -> None:
    assert is_sports_story(MINISTER_ON_FANS)
    assert any(e.cameo[:2] == "13" and e.source.sector == "GOV" for e in acts(MINISTER_ON_FANS))


def test_a_campaigns_victories_and_criticism_stay() -> None:
    assert any(e.cameo[:2] == "11" for e in acts(CAMPAIGN_STORY))


# ---- firms and broadcasters at business


@pytest.mark.parametrize(
    "body",
    [
        "Nokia has worked with Philips to develop a new mobile phone shell.",
        "The BBC aims to offer most of its programmes for download this year.",
    ],
)
def test_firms_and_broadcasters_offers_and_joint_work_are_business(body: str) -> None:
    assert not acts(body)


def test_a_firms_deal_with_a_government_stays_political() -> None:
    body = "Gazprom agreed to work with the Ukrainian government on a new pipeline."
    assert any(e.cameo[:2] in {"03", "06"} for e in acts(body))


# ---- an unnamed public's everyday acts


@pytest.mark.parametrize(
    "body",
    [
        "Hundreds of fans greeted the star outside the cinema in Leicester Square.",
        "Around 10,000 people visited the campaign's website during the day.",
        "Skype lets people make free calls to other Skype users.",
        "The expert panel probed the future of P2P at the Consumer Electronics Show in Las Vegas.",
    ],
)
def test_an_unnamed_publics_everyday_acts_are_no_events(body: str) -> None:
    assert not acts(body)


def test_an_unnamed_publics_protest_stays() -> None:
    assert [
        e.cameo[:2] for e in acts("Thousands of people protested against the war in central London on Saturday.")
    ] == ["14"]


# ---- players' surnames


MATCH_WITH_A_SURNAME = """Arsenal edge past Portsmouth

Arsenal beat Portsmouth 2-1 at Highbury on Sunday to move second in the Premiership table.

Henry explained why he paused before striking the ball for the goal, which put Arsenal 2-1 ahead. The striker said the win gave the squad belief for the Champions League match against Bayern Munich."""


def test_a_players_bare_surname_in_a_sports_story_names_no_office_holder() -> None:
    # the tables' Henry is Ariel Henry, prime minister of Haiti from 2021; an undated page (as
    # the BBC corpus's are) cannot rule him out by his term
    article = annotate(MATCH_WITH_A_SURNAME, None)  # type: ignore[arg-type]
    assert [(a.name, a.country) for a in article.actors if "Henry" in a.name] == [("Henry", None)]


# ---- entertainment and technology wording


def test_awards_held_at_a_cinema_detain_nobody() -> None:
    body = "The 2005 Orange British Academy Film Awards are being held at The Odeon in London's Leicester Square."
    assert not [e for e in acts(body) if e.cameo[:2] == "17"]


def test_phones_released_are_products_not_people_freed() -> None:
    body = "Chinese officials said more models would be released in the coming year."
    assert not [e for e in acts(body) if e.cameo.startswith(("084", "0353"))]


def test_seeking_damages_is_a_lawsuit_not_an_appeal() -> None:
    body = "Microsoft is seeking millions of dollars in damages from the spammers under anti-spam laws."
    assert [e.cameo for e in acts(body)] == ["115"]


# ---- audits 23 and 24 (the code after the fixes above, judged blind)


@pytest.mark.parametrize(
    "body",
    [
        "Hillary Clinton attacked the police over the shootings in Baton Rouge.",
        "Senate Minority Leader Harry Reid has been pounding Donald Trump for weeks.",
    ],
)
def test_a_politicians_attack_on_anyone_unarmed_is_words(body: str) -> None:
    assert [e.cameo[:2] for e in events_of(body, "2016-08-01T10:00:00") if e.cameo != "010"] == ["11"]


@pytest.mark.parametrize(
    "body",
    ["Vladimir Putin attacked Ukraine in 2022.", "Taliban fighters attacked the police station in Kunduz."],
)
def test_a_governments_or_an_armed_groups_attack_stays_force(body: str) -> None:
    assert [e.cameo[:2] for e in events_of(body, "2022-03-01T10:00:00") if e.cameo != "010"] == ["19"]


def test_a_persons_name_variants_join_so_the_bare_surname_is_the_person() -> None:
    body = (
        "Rapper Kanye West's shrewd soul\n\n"
        "US hip-hop star Kanye West - who leads the race for this year's Grammys - rose to prominence as a producer. "
        "West, 26, began rapping as a teenager at his Chicago school."
    )
    article = annotate(body, None)  # type: ignore[arg-type]
    west = [a for a in article.actors if "West" in a.name]
    assert [a.name for a in west] == ["Kanye West"]
    assert len(west[0].mentions) == 3
    assert not [e for e in article.events if e.source.name == "the West"]


def test_theatres_booked_detain_nobody() -> None:
    body = "The show will open in Toronto after it was found that all three West End theatres with sufficient capacity were booked."
    assert not [e for e in acts(body) if e.cameo[:2] == "17"]


def test_a_secretarys_warning_to_fans_stays_in_a_story_full_of_football_words() -> None:
    # words of a state office make a government source in a sports story; "secretary" and
    # "senator" once lost their "s" to a careless strip and never matched
    body = MINISTER_ON_FANS.replace(
        "Scotland's justice minister has warned bigoted football fans that she will ban them from matches.",
        "The British culture secretary has warned fans who threw coins onto the pitch that she will ban them.",
    )
    assert is_sports_story(body)
    assert any(e.cameo[:2] == "13" and e.source.sector == "GOV" for e in acts(body))
