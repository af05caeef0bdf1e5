"""The broad verb table (``verbs_broad.txt``) and its event nouns, on real spaCy parses.

Each case names a sentence and its trigger word; the trigger's lemma and the lemmas near it
(the events stage's own ``near_lemmas``) must match a table row of the expected CAMEO code.
The negative cases are readings the broad rows exist to correct or must not create.
"""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.extract.events_syntax import near_lemmas
from newsgraph.knowledge.cameo import is_code
from newsgraph.knowledge.plover import to_plover
from newsgraph.knowledge.verbs import light_verbs_and_nouns, match_verb, verb_patterns
from newsgraph.nlp import load_nlp


def code_of(sentence: str, trigger: str) -> str | None:
    """The CAMEO code the tables give the first token spelled ``trigger`` in ``sentence``."""
    doc = load_nlp()(sentence)
    token = next(t for t in doc if t.text == trigger)
    near, _ = near_lemmas(token)
    row = match_verb(token.lemma_.lower(), near)
    return row.code if row is not None else None


def test_verbs_broad_table_loads_with_valid_codes() -> None:
    patterns = verb_patterns()  # raises ValueError on a bad code
    rows = [row for rows in patterns.values() for row in rows]
    assert all(is_code(row.code) for row in rows)
    assert len(patterns) > 800  # verb lemmas, broad table included
    light, nouns = light_verbs_and_nouns()
    assert {"dharna", "gunfight", "genocide", "censorship"} <= set(nouns)
    assert "stage" in light


@pytest.mark.parametrize(
    ("sentence", "trigger", "code"),
    [
        # 01 statements, responsibility and denial
        ("The Pentagon declined to confirm the report.", "declined", "011"),
        ("Hamas claimed the bombing in Jerusalem.", "claimed", "015"),
        ("Pakistan rejected the allegations made by India.", "rejected", "016"),
        # 02 appeals
        ("Ukraine sought military aid from Germany.", "sought", "0232"),
        ("The Philippines requested the extradition of the suspect from Japan.", "requested", "0213"),
        ("Canada sought the release of its citizens held in Iran.", "sought", "0253"),
        # 03 intent
        ("Israel offered dialogue to the Palestinians.", "offered", "036"),
        ("The rebels proposed a compromise on the border.", "proposed", "037"),
        # 04 consult
        ("Nepal and India held telephone talks on Monday.", "held", "041"),
        ("The French president welcomed his German counterpart in Paris.", "welcomed", "043"),
        ("Norway facilitated talks between Colombia and the rebels.", "facilitated", "045"),
        # 05 diplomatic cooperation
        ("Russia reopened its embassy in Kabul.", "reopened", "050"),
        ("China expressed solidarity with Cuba.", "expressed", "051"),
        ("Japan and India sealed a pact on nuclear energy.", "sealed", "057"),
        # 06 material cooperation
        ("Russia sold oil to India.", "sold", "061"),
        # 07 aid
        ("Japan wrote off debt owed by Myanmar.", "wrote", "071"),
        ("The United States sold fighter jets to Taiwan.", "sold", "072"),
        ("Germany hosted thousands of refugees from Syria.", "hosted", "075"),
        # 08 yield
        ("Iran released two British journalists on Friday.", "released", "0841"),
        ("The Indonesian government lifted censorship on Monday.", "lifted", "0811"),
        ("Colombian rebels handed in their weapons.", "handed", "0873"),
        ("Israel halted airstrikes on Gaza.", "halted", "0871"),
        ("The Bolivian opposition called off the march.", "called", "082"),
        # 09 investigate
        ("Indian police questioned the suspect in the killing.", "questioned", "090"),
        # 10 demand
        ("Pakistan stepped up pressure on the Taliban.", "stepped", "100"),
        # 11 disapprove
        ("Amnesty International voiced frustration with Egypt.", "voiced", "110"),
        ("The Iranian president railed against the United States.", "railed", "111"),
        ("Brazil filed charges against three former ministers.", "filed", "115"),
        ("The Korean parliament impeached the president.", "impeached", "115"),
        ("A French court fined the company for violating sanctions.", "fined", "116"),
        # 12 reject
        ("Russia cancelled a visit to Japan.", "cancelled", "125"),
        ("Hamas ruled out talks with Israel.", "ruled", "125"),
        ("The Supreme Court struck down the law.", "struck", "129"),
        # 13 threaten
        ("Iran vowed revenge against Israel.", "vowed", "138"),
        # 14 protest
        ("Protesters burned the American flag outside the embassy.", "burned", "140"),
        ("The Kenyan opposition boycotted the elections.", "boycotted", "143"),
        ("Thousands of farmers observed a bandh in Punjab.", "observed", "143"),
        ("Students threw stones at the police in Srinagar.", "threw", "145"),
        # 15 force posture
        ("North Korea test-fired a missile on Monday.", "fired", "150"),
        ("Russia scrambled fighter jets near Norway.", "scrambled", "150"),
        # 16 reduce relations
        ("Canada cut funding to the agency.", "cut", "162"),
        ("The United States slapped sanctions on Russia.", "slapped", "163"),
        # 17 coerce
        ("Police raided the offices of the newspaper in Ankara.", "raided", "171"),
        ("Russian hackers hacked into the email of the minister.", "hacked", "170"),
        ("The Turkish government blocked access to Twitter.", "blocked", "1721"),
        ("The junta revoked the license of the television station.", "revoked", "1721"),
        ("Police placed the opposition leader under house arrest.", "placed", "173"),
        ("Turkey expelled two German journalists.", "expelled", "174"),
        ("Police used water cannon against protesters in Paris.", "used", "175"),
        # 18 unconventional violence
        ("Gunmen beat the journalist to death in Manila.", "beat", "1823"),
        ("Militants threw grenades at the police station in Kashmir.", "threw", "183"),
        ("Rebels tried to assassinate the governor.", "tried", "185"),
        # 19 fight
        ("Israeli jets dropped bombs on Gaza.", "dropped", "195"),
        ("Houthi rebels violated the truce in Yemen.", "violated", "196"),
        ("Sudanese rebels resumed hostilities in Darfur.", "resumed", "190"),
        # 20 mass violence
        ("Syrian forces used sarin against civilians.", "used", "2041"),
        # event nouns after a light verb
        ("Villagers staged a dharna outside the office.", "staged", "141"),
        ("Rebels and soldiers were locked in a gunfight after troops launched a sortie.", "launched", "195"),
    ],
)
def test_verbs_broad_rows_code_their_cameo_act(sentence: str, trigger: str, code: str) -> None:
    assert code_of(sentence, trigger) == code


@pytest.mark.parametrize(
    ("sentence", "trigger", "code"),
    [
        # Releasing a statement is a statement, not a release of prisoners (0811).
        ("Iran released a statement on Monday.", "released", "010"),
        # Speaking to reporters is a statement, not a consultation (040).
        ("The minister talked to reporters in Kabul.", "talked", "010"),
        # Dismissing a minister is no rejection (120).
        ("The president dismissed the prime minister.", "dismissed", "010"),
        # Hacking computers is not "hacking to death" (1823).
        ("Chinese hackers hacked the network of the ministry.", "hacked", "170"),
        # Burning a flag is a protest, not destruction of property (1712).
        ("Students burned an effigy of the president.", "burned", "140"),
    ],
)
def test_verbs_broad_rows_correct_a_wrong_reading(sentence: str, trigger: str, code: str) -> None:
    assert code_of(sentence, trigger) == code


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # Ambiguous bare verbs stay uncoded without a political object.
        ("The company rescued the airline from bankruptcy.", "rescued"),
        ("The firm audited the accounts of the bank.", "audited"),
        ("The prime minister addressed the skills shortage.", "addressed"),
        ("The minister went on the offensive over the budget.", "went"),
        ("Officers patrol the streets of the town every night.", "patrol"),
    ],
)
def test_verbs_broad_leaves_ambiguous_verbs_uncoded(sentence: str, trigger: str) -> None:
    code = code_of(sentence, trigger)
    assert code is None or not to_plover(code).event


@pytest.mark.parametrize(
    ("body", "plover"),
    [
        ("The United States slapped sanctions on Russia on Monday.", "SANCTION"),
        ("Turkey expelled two German journalists on Friday.", "COERCE"),
        ("Iran vowed revenge against Israel after the strike.", "THREATEN"),
        ("Germany sold tanks and fighter jets to Egypt.", "AID"),
    ],
)
def test_verbs_broad_rows_give_plover_events(body: str, plover: str) -> None:
    assert plover in {e.plover for e in events_of(body)}


def test_verbs_broad_statement_release_is_no_plover_event() -> None:
    assert not [e for e in events_of("Iran released a statement on Monday.") if e.plover]
