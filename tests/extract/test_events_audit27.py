"""The error kinds audit 27 found in 100 events of BBC politics/business and 2016 US election news
(session 22), and the missing targets of earlier audits: a body named after a person read as the
person, an official of a foreign city given the story's home country, a name with a quoted
nickname or a name the parser split from its title left without a target, and verbs read in a
sense that is no act ("pulled in support", "dig tunnels", "damaging the way the UK is governed").
Each kind is written here as such outlets write it, in our own words, and run through the real
pipeline.
"""

from __future__ import annotations

import pytest
from tests.stages import annotate, events_of

from newsgraph.model import Event

PUBLISHED = "2016-09-10T10:00:00"


def acts(body: str, published: str = PUBLISHED) -> list[Event]:
    return [e for e in events_of(body, published) if e.cameo != "010"]


def test_a_foundation_named_after_a_candidate_is_not_the_candidate() -> None:
    body = (
        "Hillary Clinton spoke in Ohio on Monday. The Clinton Foundation refused to release the names of "
        "1,076 foreign donors. Clinton refused to release the transcripts of her speeches."
    )
    foundation = (body.index("The Clinton Foundation"), body.index(" donors."))
    candidate = body.index("Clinton refused")
    refusals = [e for e in acts(body) if body[e.start : e.end].startswith("refused")]
    assert not [e for e in refusals if foundation[0] < e.start < foundation[1] and e.source.name == "Hillary Clinton"]
    assert [e.source.name for e in refusals if e.start > candidate] == ["Hillary Clinton"]


def test_a_foreign_mayor_keeps_his_city_country_in_a_london_story() -> None:
    body = (
        "The London Stock Exchange is in merger talks, and the deal would be run out of London. "
        "The mayor of Frankfurt has criticised the plan."
    )
    critics = [e for e in acts(body, "2005-02-10") if e.cameo_root == "11"]
    assert critics and critics[0].source.country == "DEU"


def test_a_name_the_parser_split_from_its_title_is_the_passive_target() -> None:
    body = "Their former coach Christos Tzekos was banned for four years by the Greek tribunal."
    bans = [e for e in acts(body, "2005-02-10") if e.cameo.startswith("17")]
    assert bans and bans[0].target is not None and bans[0].target.name == "Christos Tzekos"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('US police said rap mogul Marion "Suge" Knight has been arrested in Los Angeles for violating his parole.', 'Marion "Suge" Knight'),
        ('Former boxer Rubin "Hurricane" Carter was freed by a US court after 19 years in prison.', 'Rubin "Hurricane" Carter'),
    ],
)
def test_a_name_with_a_quoted_nickname_is_one_person_and_the_target(body: str, name: str) -> None:
    article = annotate(body, "2005-02-10")
    assert any(e.text == name and e.label == "PERSON" for e in article.entities)
    assert any(e.target is not None and e.target.name == name for e in article.events if e.cameo != "010")


def test_a_drug_lord_captured_by_marines_is_arrested() -> None:
    events = acts("Mexican marines captured drug lord Joaquin Guzman in the state of Sinaloa.", "2014-02-22")
    assert [(e.cameo, e.source.country) for e in events] == [("173", "MEX")]


@pytest.mark.parametrize(
    "body",
    [
        "Trump pulled in massive support from his hard-line stance on immigration.",
        "Thomas Perez pulls up to a roadside tavern, where he meets the mayor of the town.",
        "A US border official said smugglers dig tunnels mostly into the drainage system shared by the two cities.",
        "Tony Blair's feud with Gordon Brown is damaging the way the UK is governed, Tory leader Michael Howard has claimed.",
    ],
)
def test_verbs_in_a_sense_that_is_no_act_give_no_event(body: str) -> None:
    assert [e.cameo for e in acts(body, "2005-02-10") if e.cameo_root in {"08", "09", "17"}] == []


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("Israel pulled its troops out of southern Lebanon on Tuesday.", "08"),
        ("Protesters damaged the US embassy in Belgrade on Thursday.", None),
    ],
)
def test_the_acts_those_verbs_still_name_stay(body: str, root: str | None) -> None:
    events = acts(body, "2005-02-10")
    if root is not None:
        assert root in {e.cameo_root for e in events}
    else:
        assert events, body


@pytest.mark.parametrize(
    ("body", "trigger", "source"),
    [
        ("Sanders told supporters the fight was far from over and criticised Hillary Clinton.", "criticised", "Bernie Sanders"),
        ("London mayor Ken Livingstone said his comments were not racist and refused to apologise.", "refused", "Ken Livingstone"),
    ],
)
def test_a_speakers_second_act_the_parser_hung_in_the_reported_clause_is_the_speakers(body: str, trigger: str, source: str) -> None:
    events = [e for e in acts(body, "2016-02-10") if body[e.start : e.end].startswith(trigger)]
    assert [e.source.name for e in events] == [source]


def test_a_reported_state_keeps_the_second_verb_of_its_own_subject() -> None:
    # "the army ... attacked the rebels" may well be the army's: force verbs are not the speaker's
    body = "The Russian foreign minister said the army was ready and attacked the rebels."
    assert not [e for e in acts(body, "2016-02-10") if e.cameo_root == "19" and e.source.sector == "GOV"]


def test_taking_the_stage_to_acknowledge_a_victory_acknowledges_it() -> None:
    body = "Bernie Sanders took the stage on Tuesday night to acknowledge his victory in New Hampshire."
    events = [e for e in acts(body, "2016-02-10") if e.cameo_root == "01"]
    assert events and all(e.modality == "asserted" for e in events)


def test_unnamed_victims_of_an_attack_abroad_are_of_the_place_not_the_story() -> None:
    body = (
        "The Paris attacks shocked France, and French police raided homes in Paris. In March, Islamic State "
        "attackers killed 32 people in suicide bombings at the Brussels airport and a metro station."
    )
    kills = [e for e in acts(body, "2016-04-01") if e.cameo_root == "18"]
    assert kills and kills[0].target is not None and kills[0].target.country == "BEL"


def test_a_place_set_before_the_clause_is_the_scene_not_the_target() -> None:
    body = "On Capitol Hill, Republican senators decried the lack of details about where the detainees might be moved."
    complaints = [e for e in acts(body, "2016-02-10") if e.cameo_root == "11"]
    assert complaints and complaints[0].target is None


def test_a_war_zone_set_before_the_clause_still_names_the_side_hit() -> None:
    events = acts("In southern Lebanon, Israeli jets bombed several villages.", "2016-02-10")
    assert [(e.source.country, e.target.country if e.target else None) for e in events if e.cameo_root == "19"] == [("ISR", "LBN")]
