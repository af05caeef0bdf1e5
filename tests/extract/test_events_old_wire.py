"""Event coding on the wording of older agency copy: organisations spelt the British way, strikes
from work, crowds that rally, opponents of a named leader, threats held over a condition, and
acts the small parser misreads after a verbless root."""

from __future__ import annotations

from tests.stages import events_of

from newsgraph.knowledge.actors import find_organisation


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events_of(text) if e.cameo != "010"]


def test_organisations_match_whatever_the_spelling() -> None:
    for spelt, name in (
        ("Organisation for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe"),
        ("Palestine Liberation Organisation", "Palestine Liberation Organization"),
        ("World Food Program", "World Food Programme"),
        ("Tamil Tiger", "Liberation Tigers of Tamil Eelam"),
        ("Moslem Brotherhood", "Muslim Brotherhood"),
    ):
        org = find_organisation(spelt)
        assert org is not None and org.name == name, spelt
    # one word never changes number, and Labour and Labor are two parties
    assert find_organisation("Hama") is None
    labor = find_organisation("Labor Party")
    assert labor is None or labor.country != "GBR"
    urged = events_of("The Organisation for Security and Cooperation in Europe urged Armenia and Azerbaijan on Friday to resume negotiations.")
    assert {e.plover for e in urged} == {"REQUEST"}


def test_a_strike_from_work_is_no_airstrike() -> None:
    assert [c for c, *_ in _coded("Workers in Lagos began a general strike on Monday against the fuel price rise.")] == ["143"]
    assert [c for c, *_ in _coded("Israel launched a strike on Hamas targets in Gaza.")] == ["195"]
    assert [c for c, *_ in _coded("Venezuelan opposition leaders called off a two-month general strike.")] == ["082"]


def test_opponents_of_a_named_leader_are_his_country_s_opposition() -> None:
    strike = [e for e in events_of("Opponents of President Hugo Chavez launched an indefinite general strike.") if e.cameo == "143"]
    assert [(e.source.country, e.source.sector) for e in strike] == [("VEN", "OPP")]


def test_a_crowd_that_rallies_against_demonstrates_a_state_rallies_opposition() -> None:
    assert [c for c, *_ in _coded("Around one million Greeks rallied in central Athens on Thursday against recognition of Macedonia.")] == ["141"]
    assert [c for c, *_ in _coded("Washington rallied its allies against Iraq.")] == ["113"]


def test_an_act_held_over_a_condition_is_a_threat() -> None:
    vote = "Iran's parliament voted to break off diplomatic relations with Britain unless London disowned the novel within a week."
    assert [(c[:2], s, t) for c, s, t in _coded(vote)] == [("13", "IRN", "GBR")]
    assert [c[:2] for c, *_ in _coded("Iran's parliament voted to break off diplomatic relations with Britain.")] == ["16"]


def test_an_objectless_act_after_a_verbless_root_is_the_act() -> None:
    # the parser makes "youths" the root and "clashed" its participle (stone-throwers riot, 145); a
    # headline's passive stays none
    assert _coded("Stone-throwing Palestinian youths clashed with Israeli troops on Friday.") == [("145", "PSE", "ISR")]
    assert _coded("Palestinian gunmen clashed with Israeli troops on Friday.") == [("190", "PSE", "ISR")]
    assert not _coded("Protesters killed in clashes with police.")


def test_bursting_into_a_building_and_carrying_relief() -> None:
    storm = _coded("Opposition supporters led by Mikhail Saakashvili burst into Georgia's parliament on Saturday.")
    assert [(c, s) for c, s, _ in storm] == [("145", "GEO")]
    assert not events_of("The minister burst into tears.")
    relief = _coded("U.S. Navy helicopters ferried food and water to survivors of the tsunami along the west coast of Aceh province.")
    assert relief == [("073", "USA", "IDN")]


def test_deliveries_halted_people_driven_out_and_missions_ended() -> None:
    assert _coded("Washington halted deliveries of F-16 fighters and other military aid to Pakistan.") == [("1622", "USA", "PAK")]
    assert [c for c, *_ in _coded("Serb forces have driven tens of thousands of ethnic Albanians from their homes in Kosovo.")] == ["201"]
    # observers withdrawn end a mission (1662); troops withdrawn de-escalate (087)
    assert [c for c, *_ in _coded("Monitors of the OSCE pulled out of Kosovo on Saturday.")] == ["1662"]
    assert [c for c, *_ in _coded("Russia withdrew its troops from Georgia.")] == ["087"]


def test_a_crowd_that_gathers_to_demand_demonstrates() -> None:
    crowd = _coded("Some 150,000 people gathered in central Belgrade on Thursday to demand the resignation of President Slobodan Milosevic.")
    assert [c for c, *_ in crowd] == ["1411"]
    # leaders who gather meet and demand; they do not march
    assert [c[:2] for c, *_ in _coded("Opposition leaders gathered in Caracas to demand new elections.")] == ["10"]


def test_an_unnamed_government_frees_prisoners_and_lifts_its_own_measures() -> None:
    mandela = _coded("Nelson Mandela was released from Victor Verster prison near Cape Town in February 1990.")
    assert mandela == [("0841", "ZAF", "ZAF")]
    assert [(c, s) for c, s, _ in _coded("Martial law in Poland was formally lifted in July 1983.")] == [("0814", "POL")]
    # bail, a hospital and hostages are no government's release
    assert not _coded("He was released on bail pending further inquiries in London.")
    assert not _coded("The singer was released from hospital in London on Monday.")
    assert not _coded("Two British hostages were released in Iraq on Sunday.")


def test_calling_elections_undertaking_and_driving_out_workers() -> None:
    # a leader who calls an election holds it; calling for one is an appeal
    assert [c for c, *_ in _coded("Prime Minister Tony Blair called a general election for May 5.")] == ["0831"]
    assert [c for c, *_ in _coded("Pakistan undertook on Sunday to take concrete steps to restore the Line of Control.")] == ["030"]
    assert not _coded("The British government undertook a review of its defence policy.")
    workers = _coded("Saudi Arabia drove out some 800,000 Yemeni migrant workers in 1990.")
    assert [(c, s, t) for c, s, t in workers] == [("201", "SAU", "YEM")]


def test_the_alerted_raise_their_alert_and_counted_groups_keep_their_adjective() -> None:
    assert [(c, s) for c, s, _ in _coded("French police were placed on high alert across the country ahead of the verdict.")] == [("151", "FRA")]
    # "tens of thousands of ethnic Nepalis": the adjective of the group counted names the expulsion
    assert [c for c, *_ in _coded("Bhutan expelled tens of thousands of ethnic Nepalis from its southern districts.")] == ["201"]
    assert [c for c, *_ in _coded("Serbia expelled two Croatian diplomats.")] == ["166"]


def test_agreeing_after_a_verbless_root_and_a_number_of_a_group() -> None:
    consent = _coded("Moro Islamic Liberation Front rebels consented on Saturday to return to the negotiating table with Manila.")
    assert [(c, s) for c, s, _ in consent] == [("030", "PHL")]
    # "two of her bodyguards" are the bodyguards; "one of" names a single person, not the group's owner
    shot = _coded("Indira Gandhi was shot dead by two of her Sikh bodyguards in New Delhi.")
    assert [(c, s) for c, s, _ in shot] == [("186", "IND")]


def test_a_ban_on_aid_lifted_lets_aid_in() -> None:
    assert [c for c, *_ in _coded("Sudan lifted its ban on aid to the south.")] == ["0863"]
    assert [c[:3] for c, *_ in _coded("Sudan lifted its ban on opposition newspapers.")] == ["081"]
