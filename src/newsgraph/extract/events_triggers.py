"""How a coded word reads: which triggers only frame, charge or describe another act, which
verbs code only in the passive, and which codes change with who acts; the word lists the coder
consults for sides and codes (owned forces, mutual fighting, crowds, a speaker's outlook), match
results told with a score, and claims of responsibility.

Split from ``events`` so the coder there reads as the pipeline of one sentence; these are the
small word-level rules it consults.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.extract import events_syntax as syn
from newsgraph.extract.doc_text import doc_text
from newsgraph.extract.events_args import FORCE_ROOTS, FORCE_SECTORS, passive_patient
from newsgraph.knowledge.countries import country_name
from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.knowledge.verbs import VerbPattern

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.model import EventArg


def is_allegation(tok: Token, coded: dict[int, tuple[str, set[int]]]) -> bool:
    """The act a coded act is charged with or done for ("accused X of supporting Y", "arrested
    for collaborating", "praised for helping") is not reported as fact."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ != "pcomp" or head.lower_ not in {"of", "for"}:
        return False
    return head.head.i in coded


# Verbs that mean arrest or charge (CAMEO 173) only in the passive, of people ("50 persons were
# held", "workers have been booked for murder", "he was picked up by the police").
_PASSIVE_READINGS = {
    "hold": ("173", None), "book": ("173", None), "catch": ("173", None), "pick": ("173", "up"),
    "beat": ("182", None),  # "protesters were beaten by police": people beaten, never a match lost
}


_ENGAGEMENTS = frozenset(
    {"session", "appearance", "interview", "slot", "show", "programme", "program", "flight", "seat", "room", "ticket",
     "table", "gig", "concert", "event", "debate", "appointment", "visit", "tour", "speech", "meeting"}
)

# Things that are held as events, not people held (audit 20: "Two trials have been held").
_GATHERINGS = frozenset(
    {"trial", "hearing", "election", "vote", "primary", "caucus", "referendum", "poll", "rally", "conference", "summit",
     "talk", "ceremony", "funeral", "service", "race", "contest", "convention", "meeting", "session", "debate", "event",
     "award", "festival", "concert", "premiere", "show", "exhibition", "match", "game", "tournament", "party", "auction"}
)


# Places and seats that are "booked" or "held" for someone, never people detained.
_BOOKINGS = frozenset({"theatre", "theater", "venue", "hotel", "room", "flight", "seat", "ticket", "hall", "stadium", "slot", "table"})


def passive_reading(tok: Token, near: set[str]) -> VerbPattern | None:
    reading = _PASSIVE_READINGS.get(tok.lemma_.lower())
    if reading is None or not syn.is_passive(tok):
        return None
    code, particle = reading
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if particles != ({particle} if particle else set()):
        return None  # "held up in their houses" is stuck, not detained
    if near & {"ransom", "hostage", "captive", "responsible", "accountable", "liable"}:
        return None
    if near & _ENGAGEMENTS:
        return None  # "Michael Howard is booked for a similar session": a date in a diary, no arrest
    if code == "173" and _caught_in_a_situation(tok):
        return None  # "was caught in another sexting exchange", "caught on camera": found out, not held
    patient = passive_patient(tok)
    if patient is not None and (patient.lemma_.lower() in _GATHERINGS or patient.lower_.removesuffix("s") in _GATHERINGS):
        return None  # "two trials have been held before a federal judge": an event held, nobody detained
    if patient is not None and patient.lemma_.lower() in _BOOKINGS:
        return None  # "all three West End theatres were booked": a venue taken, no one detained (audit 23)
    if patient is not None and patient.ent_type_ in {"GPE", "LOC", "FAC"}:
        return None  # "Erewash had been held by the Tories since 1970": a seat held, no one detained
    if patient is None or not (patient.pos_ in {"PROPN", "PRON", "NUM"} or any(c.dep_ == "nummod" for c in patient.children) or patient.lower_ in _PEOPLE_WORDS):
        return None
    return VerbPattern(code, tok.lemma_.lower(), (), 0)


def _caught_in_a_situation(tok: Token) -> bool:
    """Whether a passive "caught" is found out or trapped ("caught in a scandal", "caught on
    camera", "caught up in the row") rather than held ("caught in Mumbai" names where)."""
    if tok.lemma_.lower() != "catch":
        return False
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return True
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "on", "between", "with", "off"}:
            place = any(g.ent_type_ in {"GPE", "LOC", "FAC"} for g in prep.children if g.dep_ == "pobj")
            if not place:
                return True
    return False


def declined_act(tok: Token) -> VerbPattern | None:
    """ "declined to take in refugees": a refusal (CAMEO 120); a bare "decline" is a fall ("debt
    would decline"), so the refusal needs the infinitive."""
    if tok.lemma_.lower() == "decline" and tok.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in tok.children):
        return VerbPattern("120", "decline", (), 0)
    return None


_WITHDRAWING_FORCES = frozenset(
    {"troop", "force", "soldier", "army", "rebel", "militant", "fighter", "unit", "guerrilla", "militia", "insurgent", "marine"}
)


def forces_withdrawal(tok: Token) -> VerbPattern | None:
    """ "Syrian forces withdrew from Lebanon": forces that withdraw retreat (CAMEO 087); a bare
    "withdraw" is more often of bills, nominees or treatment, so the subject must be a force."""
    if tok.lemma_.lower() != "withdraw" or tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
        return None
    subj = syn.subject_of(tok)
    if subj is None or subj.lemma_.lower() not in _WITHDRAWING_FORCES:
        return None
    return VerbPattern("087", "withdraw", (), 0)


def protest_manner(tok: Token) -> VerbPattern | None:
    """An act done "in protest" ("boycotted classes in protest against", "dumped manure outside
    government offices in protest at prices") is a protest (CAMEO 140), whatever the act."""
    if tok.pos_ != "VERB":
        return None
    for word in tok.subtree:
        if word.lower_ != "protest" or word.dep_ != "pobj" or word.head.lower_ != "in":
            continue
        # the parser often hangs "in protest" on the last noun ("offices in several towns in protest")
        verb = word.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.i == tok.i:
            return VerbPattern("140", tok.lemma_.lower(), (), 0)
    return None


_PEOPLE_WORDS = frozenset({"persons", "people", "men", "women", "youths", "accused", "suspects", "workers", "activists", "leaders", "members", "he", "she", "they"})
_READINESS_FRAMES = frozenset({"prepare", "prepared", "ready", "poise", "gear"})


# Verbs of acceptance that, with a clause, report a view ("voters would recognise that ...").
_COGNITION = frozenset({"accept", "recognise", "recognize", "acknowledge", "concede", "admit"})
# Verbs whose bare reading (CAMEO 02, 10) needs something asked for: an object, a complement.
# Asking and pressing verbs ask nothing without someone or something asked ("Chelsea still pressed").
_ASKING = frozenset({"ask", "seek", "press", "pressure", "encourage", "lobby", "push"})


def bare_frame(tok: Token) -> bool:
    """A bare-row verb that only frames another act ("tried to", "seeks to") or asks nothing."""
    lemma = tok.lemma_.lower()
    deps = {c.dep_ for c in tok.children}
    if lemma in syn.HYPOTHETICAL_FRAMES - {"ask", "urge", "call", "demand", "suggest", "propose", "threat"} - syn.DELIBERATION_FRAMES and "xcomp" in deps:
        return True
    if lemma == "ask" and tok.tag_ == "VBN" and tok.dep_ == "advcl":
        return True  # "Asked if he would stand again, Mr Hague replied": he was asked, he asks nothing
    if lemma in _COGNITION and "ccomp" in deps and "dobj" not in deps:
        return True  # "had to accept (that) negotiations did not guarantee ...": a view, no act
    return lemma in _ASKING and not deps & {"dobj", "dative", "xcomp", "ccomp", "prep"}


def readies_force(frame: syn.Frame, code: str) -> bool:
    token = frame.frame_token
    return token is not None and token.lemma_.lower() in _READINESS_FRAMES and code[:2] in FORCE_ROOTS


# Armed non-state groups: like state forces, they attack, they do not riot.
_ARMED_GROUPS = frozenset({"REB", "INS", "UAF"})
# Verbs of seizing people that, done by an armed group rather than by authorities, are abductions
# ("arrest" stays an arrest: a group that arrests acts as the authority where it rules).
_CAPTURE_WORDS = frozenset({"capture", "seize", "detain", "hold", "grab", "snatch"})
# A crowd that gathers to demand demonstrates for it: CAMEO's demonstration codes run parallel to
# its demands for change (1041 leadership, 1042 policy, 1043 rights, 1044 institutions).
_GATHERING_VERBS = frozenset({"gather", "assemble", "march", "rally", "converge", "throng", "mass", "flock"})
_DEMONSTRATION_FOR = {"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"}
_LEADER_WORDS = frozenset({"leader", "leaders", "official", "officials", "minister", "ministers", "chief", "chiefs"})  # they meet, not march
# Monitors, inspectors and peacekeepers: their withdrawal ends a mission (CAMEO 1662).
_MISSION_WORDS = frozenset(
    {"monitor", "monitors", "observer", "observers", "inspector", "inspectors", "peacekeeper", "peacekeepers", "verifiers"}
)
# Sectors that protest by note and statement, not in the street.
_OFFICIAL_SECTORS = frozenset({"GOV", "IGO"})
# Craft with people aboard: armed men who seize one hijack it.
_CRAFT = frozenset({"ship", "liner", "vessel", "ferry", "tanker", "plane", "aircraft", "airliner", "jet", "jetliner", "bus", "train"})
# Arrivals of a force abroad, and the words of a force that keeps the peace there.
_ARRIVALS = frozenset({"land", "arrive", "reach", "enter", "cross"})
_PEACEKEEPING = frozenset({"peacekeeping", "peacekeepers", "peacekeeper", "peace"})
# Sectors of people who strike from work rather than by air.
_CIVIL_SECTORS = frozenset({"LAB", "CVL", "BUS", "EDU", "MED", "HLH", "AGR", "OPP", "NGO"})


def for_actor(code: str, source: EventArg, words: frozenset[str]) -> str:
    """The code an act takes for this source where the verb reads by who acts: troops who
    "storm" a building use force (190), not a violent protest (145); workers who "strike" stop
    work (143), not an airstrike (195)."""
    sector = (source.sector or "")[:3].upper()
    if code.startswith("145") and sector in FORCE_SECTORS | _ARMED_GROUPS:
        return "190"  # troops or gunmen who storm a hotel attack it
    if code in {"140", "141"} and words == {"march"} and sector in _ARMED_GROUPS | {"MIL"}:
        return "192"  # "M23 rebels marched into Goma": armed men who march in take the town (not police who lead a peace march)
    if code.startswith("195") and "strike" in words and sector in _CIVIL_SECTORS:
        return "143"
    if code.startswith("113") and "rally" in words and _are_people(source, sector):
        return "141"  # "one million Greeks rallied against recognition": people demonstrate; a state rallies opposition (113)
    if code.startswith("10") and words & _GATHERING_VERBS and _are_people(source, sector) and not _LEADER_WORDS & set(source.text.lower().split()):
        # "150,000 people gathered in Belgrade to demand his resignation": a crowd demands by demonstrating
        return _DEMONSTRATION_FOR.get(code, "141")
    if code.startswith("087") and (words | set(source.text.lower().split())) & _MISSION_WORDS:
        return "1662"  # "OSCE monitors pulled out of Kosovo": observers withdrawn are a mission ended, not a truce
    source_words = set(source.text.lower().replace("-", " ").split())
    if code[:3] in {"042", "043"} and words & _ARRIVALS and source_words & _PEACEKEEPING:
        return "074"  # "a West African peacekeeping force landed in Monrovia": peacekeeping, no visit
    if code[:2] in {"18", "19"} and sector in {"CVL", "OPP", "LAB", "EDU"} and words & {"fight", "battle"} and words & {"police", "policeman"}:
        return "145"  # "black youths fought police and looted shops": a riot, not an armed attack
    if code.startswith("173") and words & _CAPTURE_WORDS and sector in _ARMED_GROUPS:
        return "181"  # "Hezbollah fighters captured two Israeli soldiers": armed men who seize people abduct them
    if code.startswith("171") and words & _CRAFT and sector in _ARMED_GROUPS | {"CRM"}:
        return "181"  # "Palestinian gunmen seized the cruise liner Achille Lauro", pirates a tanker: a hijacking
    if code.startswith("175") and sector in _ARMED_GROUPS:
        return "180"  # "gunmen opened fire on a crowd": no state represses, armed men attack
    state = sector in _OFFICIAL_SECTORS or (not sector and source.country is not None and source.name == country_name(source.country))
    if code.startswith("14") and words & {"protest", "complain"} and state:
        return "111"  # a government "protests" officially: it criticises; it does not take to the streets
    if code[:2] in {"18", "19"} and (CROWD_WORDS & source_words or ({"stone", "rock"} & source_words and "throwing" in source_words)):
        # "demonstrators attacked public buildings", "stone-throwing youths clashed with troops": a
        # violent protest, not an armed attack
        return "145"
    if code.startswith("1712") and CROWD_WORDS & source_words:
        return "145"  # "protesters set fire to parliament": CAMEO's violent protest, destructive of property
    return code


# Civilians and civilian places: armed groups who attack them use unconventional violence (CAMEO
# 18), not the conventional military force (19) of fighting between forces.
_CIVILIAN_TARGETS = frozenset(
    {"civilian", "civilians", "people", "worshipper", "worshippers", "shopper", "shoppers", "villager", "villagers", "student",
     "students", "tourist", "tourists", "passenger", "passengers", "pilgrim", "pilgrims", "hotel", "hotels", "mall",
     "market", "school", "mosque", "church", "synagogue", "temple", "bus", "train", "restaurant", "village", "guests",
     "university", "college", "hospital", "shop", "shops", "house", "houses", "home", "homes", "residence", "wedding", "funeral"}
)


def for_pair(code: str, source: EventArg, target: EventArg | None) -> str:
    """The code of an act for one (source, target) pair: gunmen or rebels who fire on worshippers
    or storm a hotel use unconventional violence (180); fighting forces keep 19x."""
    if code not in {"190", "193"} or (source.sector or "")[:3] not in _ARMED_GROUPS or target is None:
        return code
    if (target.sector or "")[:3] in FORCE_SECTORS:
        return code
    return "180" if _CIVILIAN_TARGETS & set(target.text.lower().split()) else code


def act_words(tok: Token) -> frozenset[str]:
    """The trigger's lemma, its phrasal form and its object's lemma ("impose", "sanction",
    "step down"): PLOVER splits a few CAMEO codes by them (``knowledge.plover``)."""
    lemma = tok.lemma_.lower()
    words = {lemma}
    for child in tok.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            words.add(child.lemma_.lower())
            if child.pos_ == "PROPN":
                # a name after its class noun: "the cruise liner Achille Lauro" is a liner
                words.update(g.lemma_.lower() for g in child.children if g.dep_ == "compound" and g.pos_ == "NOUN")
        elif child.dep_ in {"prt", "advmod"} and child.lower_ in {"down", "out", "off", "up"}:
            words.add(f"{lemma} {child.lower_}")
    return frozenset(words)


# Forces and arms a state owns: "its aircraft", "their troops" act for the state the pronoun names.
OWNED_FORCES = frozenset(
    {"aircraft", "jet", "warplane", "plane", "drone", "helicopter", "troop", "force", "soldier", "army", "navy", "ship",
     "warship", "missile", "artillery", "tank", "police", "agent", "diplomat", "envoy", "delegation", "negotiator",
     "battalion", "brigade", "unit", "division", "reservist", "marine", "armour", "armor", "peacekeeper"}
)
# Fighting that two coordinated sides do to each other ("Azerbaijani and Armenian forces exchanged fire").
MUTUAL_FIGHT = frozenset({"clash", "fight", "exchange", "battle", "skirmish", "trade"})
# Crowds: their destruction of property is a riot (CAMEO 145), not an armed attack; a security
# force that fires on or charges them represses (175), it does not wage war.
CROWD_WORDS = frozenset(
    {"protesters", "protestors", "demonstrators", "crowd", "crowds", "marchers", "rioters", "mob", "mobs", "supporters",
     "students", "strikers", "mourners", "worshippers", "villagers"}
)
# A score or a vote share: "2-0", "51% to 36%", "52 percent to 48 percent"
_SCORE = re.compile(r"\b\d{1,3} ?- ?\d{1,3}\b|\b\d{1,3}(?:\.\d+)? ?(?:%|percent|per cent) ?(?:-|to) ?\d{1,3}\b")
_CROWD_COUNTS = frozenset({"hundreds", "thousands", "tens", "million", "millions", "dozens", "scores"})


def _are_people(source: EventArg, sector: str) -> bool:
    """A source of people rather than a state or its bodies: a civil sector, a crowd ("protesters",
    "thousands of Greeks", "some 150,000 people") or a nationality's people ("Greeks", not "Greece")."""
    words = set(source.text.lower().split())
    crowd = bool(words & (CROWD_WORDS | _CROWD_COUNTS)) or any(w.replace(",", "").isdigit() for w in words)
    return sector in _CIVIL_SECTORS or crowd or (not sector and source.name != country_name(source.country))


_RESULT_VERBS = frozenset({"beat", "defeat", "thrash", "stun", "edge", "crush", "rout", "hammer", "overcome", "draw", "host", "lose", "win", "down", "upset"})


def is_sports_result(verb: Token) -> bool:
    """A match result told with its score ("beat Germany 2-0", "beating Ghana 1-0 in the final")."""
    if verb.lemma_.lower() not in _RESULT_VERBS:
        return False
    window = verb.doc[verb.i : min(verb.i + 7, verb.sent.end)]  # "beat Germany 2-0", "beat her 51% to 36%"
    if any(t.lower_ in {"aged", "between", "from", "on"} for t in window):
        return False  # "five men aged 18-25", "on 12-13 May": ranges, not scores
    return bool(_SCORE.search(window.text))


def is_claimed(noun: Token) -> bool:
    """The noun is what someone claims responsibility for ("claimed responsibility for the attack")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lower_ == "responsibility" and prep.head.head.lemma_.lower() in {
        "claim", "accept", "admit"
    }


# Adjectives of a speaker's outlook: "said he was hopeful" is an optimistic comment (CAMEO 013).
STANCE_ADJECTIVES = {
    **dict.fromkeys(("optimistic", "hopeful", "upbeat", "confident", "positive", "encouraged"), "013"),
    **dict.fromkeys(("pessimistic", "gloomy", "sceptical", "skeptical", "doubtful", "downbeat"), "012"),
    **dict.fromkeys(("unhappy", "dissatisfied", "displeased", "disappointed"), "110"),
}


# Bombs that act name the kind of bombing (CAMEO 183: 1831 suicide, 1832 vehicle, 1833 roadside
# or other improvised device); an act whose means is a bomb is a bombing, not a generic attack.
_BOMB_WORDS = frozenset({"bomb", "bombing", "blast", "explosion", "explosive", "device", "ied", "bomber", "landmine", "mine"})
_VEHICLES = frozenset({"car", "truck", "vehicle", "lorry", "motorcycle", "van", "tanker"})
# Words that name an explosion an accident as often as an attack; they need a hostile cue.
_AMBIGUOUS_BLASTS = frozenset({"explosion", "blast", "mine", "device"})
_HOSTILE_CUES = frozenset({"bomb", "suicide", "car", "truck", "roadside", "terror", "terrorist", "explosive", "improvised", "land", "anti", "remote"})
_BOMB_KINDS = (
    (frozenset({"suicide"}), "1831"),
    (_VEHICLES, "1832"),
    (frozenset({"roadside", "ied", "landmine", "mine", "improvised", "remote", "roadside-bomb"}), "1833"),
)


def bombing_code(weapon: Token) -> str | None:
    """The CAMEO bombing code of a weapon that acts ("a car bomb ripped through a market": 1832),
    or None when the weapon is no bomb (a shell, a rocket or a drone is a military attack)."""
    lemma = weapon.lemma_.lower()
    if lemma in _VEHICLES and _is_rigged(weapon):
        return "1832"  # "a truck packed with explosives blew up"
    if lemma not in _BOMB_WORDS:
        return None
    words = {lemma} | {c.lemma_.lower() for c in weapon.children if c.dep_ in {"compound", "amod", "nmod"}}
    words |= {g.lemma_.lower() for c in weapon.children if c.dep_ == "compound" for g in c.children if g.dep_ in {"compound", "amod"}}
    if lemma in _AMBIGUOUS_BLASTS and not words & _HOSTILE_CUES:
        return None  # "a gas explosion", "a blast at a chemical plant", "a coal mine": accidents
    code = next((code for kind, code in _BOMB_KINDS if words & kind), "183")
    # "bombers" alone may be aircraft ("B-52 bombers struck"): only a suicide bomber is a bombing
    return None if lemma == "bomber" and code != "1831" else code


def bombing_of_clause(verb: Token) -> str | None:
    """The bombing code of an agentless act told by its means ("were killed in a suicide car
    bombing", "died in a blast"), or None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "by", "during"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (code := bombing_code(pobj)) is not None:
                    return code
    return None


def _is_rigged(vehicle: Token) -> bool:
    """A vehicle "packed/laden/rigged/loaded with explosives" (or "explosives-laden")."""
    for child in vehicle.children:
        if child.dep_ in {"acl", "amod"} and child.lemma_.lower() in {"pack", "laden", "rig", "load", "fill", "explosive-laden", "explosives-laden"}:
            return True
        if child.dep_ == "amod" and "laden" in child.lower_:
            return True
    return False


# "drawing condemnation from Turkey", "prompting complaints from Jakarta": a reaction whose
# source is the "from" object and whose target is the clause's actor (CAMEO 111 / 051).
_REACTION_VERBS = frozenset({"draw", "prompt", "spark", "provoke", "trigger", "attract", "earn", "bring", "meet"})
_REACTION_NOUNS = {
    "criticism": "111", "condemnation": "111", "complaint": "111", "rebuke": "111", "protest": "141", "censure": "111",
    "outrage": "111", "anger": "111", "denunciation": "111", "objection": "111", "praise": "051", "welcome": "051",
}


def reaction(tok: Token) -> tuple[str, list[Token]] | None:
    """The code of a reaction the clause's act drew, and who reacted ("drawing sharp criticism
    from Washington": 111, [Washington]); None when ``tok`` tells of no reaction."""
    if tok.lemma_.lower() not in _REACTION_VERBS:
        return None
    for obj in tok.children:
        code = _REACTION_NOUNS.get(obj.lemma_.lower()) if obj.dep_ == "dobj" else None
        if code is None:
            continue
        reactors = [g for holder in (obj, tok) for c in holder.children if c.dep_ == "prep" and c.lower_ in {"from", "by"} for g in c.children if g.dep_ == "pobj"]
        return code, [r for x in reactors for r in (x, *x.conjuncts)]
    return None


# What a "threat" to a process is: a risk, not a threat by an actor ("the row threatens to
# overshadow the summit", "it may even threaten to undermine the campaign").
_RISK_VERBS = frozenset(
    {"undermine", "derail", "overshadow", "damage", "jeopardise", "jeopardize", "destabilise", "destabilize", "wreck",
     "disrupt", "dominate", "eclipse", "hamper", "hurt", "harm", "sour", "cloud", "spill", "engulf", "unravel", "stall",
     "scupper", "split", "spiral", "worsen", "deepen", "escalate", "reignite", "tear", "paralyse", "paralyze", "swamp"}
)


_RISKY_THINGS = frozenset(
    {"row", "dispute", "crisis", "issue", "scandal", "affair", "move", "plan", "decision", "conflict", "violence", "it",
     "this", "that", "which", "case", "war", "fighting", "controversy", "tension", "problem", "question", "vote", "result",
     "law", "bill", "proposal", "policy", "spat", "feud", "storm", "unrest", "standoff", "stand-off", "deadlock", "impasse"}
)


def is_risk(tok: Token) -> bool:
    """A "threaten to" whose complement is a harm to a process, not an act an actor threatens."""
    if tok.lemma_.lower() not in {"threaten", "risk"} or not any(c.dep_ == "xcomp" and c.lemma_.lower() in _RISK_VERBS for c in tok.children):
        return False
    # only a thing threatens so: "Russia threatened to escalate the conflict", "the government
    # threatened to escalate the dispute" are threats by actors
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _RISKY_THINGS


# Words of a warning that the warner will act: "would face consequences", "will respond with force"
# ("face" and "pay" alone are no threat: "four million people facing starvation", "pay salaries").
_THREAT_WORDS = frozenset(
    {"consequence", "response", "respond", "retaliate", "retaliation", "force", "action", "strike",
     "attack", "war", "military", "sanction", "measure", "countermeasure", "punish", "punishment", "crush", "destroy", "regret",
     # what the authorities do to those who defy them: "would face the death penalty", "face arrest"
     "penalty", "prosecution", "prosecute", "arrest", "jail", "imprisonment"}
)
# Subjects that stand for the warner's own state, and the roots of the acts it can threaten (a show
# of force, sanctions, coercion, force): "Chavez warned that the government could shut down the
# channel" threatens a coercive act of the speaker's own government.
_OWN_STATE = frozenset({"government", "authorities", "administration", "state"})
_OWN_STATE_THREAT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


_WARNED_OF = frozenset({"of", "about", "over", "against"})
_ATTACKING_VERBS = frozenset({"attack", "strike", "invade", "bomb", "launch", "fire", "hit", "use", "shell", "seize", "target"})


def _country_of(noun: Token) -> str | None:
    start, end = syn.noun_span(noun)
    code = lookup_actor(doc_text(noun.doc)[start:end])
    return code.country if code is not None else None


def is_mere_warning(tok: Token, coded: dict[int, tuple[str, set[int]]]) -> bool:
    """A warning of a danger nobody threatens to cause ("warned that millions stood on the brink of
    famine", "warned Mr Blair about disunity"): a statement, not a threat. A warning of
    consequences or force, with a condition, or bare to someone ("warned Hamas") is a threat."""
    if tok.lemma_.lower() not in {"warn", "caution"}:
        return False
    # what is warned of: a clause, or an "of"/"about" phrase (on the verb or, as the parser may
    # hang it, on the one warned: "warned Mr Blair about the dangers")
    phrases = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ in _WARNED_OF)]
    phrases += [p for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ in _WARNED_OF]
    content = [t for c in phrases for t in c.subtree]
    if not content:
        return False  # "Israel warned Hamas": a bare warning to someone reads as a threat
    warner = next((c for c in tok.children if c.dep_ in syn.SUBJECT_DEPS), None)
    for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in _ATTACKING_VERBS):
        agents = [g for g in clause.children if g.dep_ in syn.SUBJECT_DEPS and g.pos_ == "PROPN"]
        if warner is not None and agents and _country_of(agents[0]) not in {None, _country_of(warner)}:
            return True  # "US officials warned Russia could attack Ukraine": another's attack foretold, no threat
    # "would pay a heavy price" threatens; "warned that high oil prices posed a risk" does not
    if any(t.lemma_.lower() in _THREAT_WORDS or (t.lemma_.lower() == "price" and t.head.lemma_.lower() == "pay") for t in content):
        return False
    # "warned Israel that it could walk away": an act of the warner's own (a coded act whose
    # subject is a pronoun or the warner) is threatened; "that it would complicate relations" is not
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        acts = [v for v in (clause, *clause.conjuncts) if v.i in coded]
        subjects = [g for v in acts for g in v.children if g.dep_ in syn.SUBJECT_DEPS]
        if any(s.lower_ in syn.PERSONAL_PRONOUNS or (warner is not None and s.lemma_ == warner.lemma_) for s in subjects):
            return False
        if any(coded[v.i][0][:2] in _OWN_STATE_THREAT_ROOTS for v in acts) and any(s.lemma_.lower() in _OWN_STATE for s in subjects):
            return False
    return not any(t.dep_ == "mark" and t.lower_ in syn.CONDITIONAL_MARKS for t in content)


# Participles that yield to pressure: "bowing to a nationwide strike", "caving in to demands".
_YIELDING = frozenset({"bow", "yield", "cave", "succumb", "give", "relent", "accede"})


def conceded_act(tok: Token) -> Token | None:
    """The act a yielding participle makes a concession: "scaled back the price rise, bowing to a
    strike" (the scaling back); after a statement ("announced that he would reinstate parliament,
    bowing to protests") the act announced."""
    if tok.lemma_.lower() not in _YIELDING or tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "xcomp", "conj"}:
        return None
    if tok.lemma_.lower() in {"give", "cave"} and not any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return None
    act = tok.head
    if act.pos_ not in {"VERB", "AUX"} or (act.head.i != act.i and act.dep_ not in {"ccomp", "conj"}):
        return None
    if act.lemma_.lower() in syn.SPEECH_LEMMAS:
        act = next((c for c in act.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
    return act


# Purposes of a force sent abroad that make it protection, not a show of force: "to protect",
# "to guard", and "to restore" or "to keep" order, the peace or calm (not "to restore ties").
_PROTECTIVE = frozenset({"protect", "guard", "secure", "shield", "safeguard", "escort"})
_KEPT = frozenset({"restore", "keep", "maintain"})
_ORDER = frozenset({"order", "peace", "calm", "stability", "security", "law"})


def protective_purpose(tok: Token) -> bool:
    """Troops sent, deployed or landed "to protect relief convoys", "to restore order"."""
    for c in tok.children:
        if c.dep_ not in {"advcl", "xcomp"} or not syn.has_to_infinitive(c):
            continue
        lemma = c.lemma_.lower()
        if lemma in _PROTECTIVE or (lemma in _KEPT and any(o.dep_ == "dobj" and o.lemma_.lower() in _ORDER for o in c.children)):
            return True
    return False


_SPANS = frozenset({"day", "hour", "week", "month", "deadline"})


def is_ultimatum(tok: Token) -> bool:
    """A deadline given with a penalty: "gave X until May 1 (ten days, 72 hours) to comply or face
    suspension" (CAMEO 139)."""
    if tok.lemma_.lower() != "give":
        return False
    spans = any(c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in _SPANS for c in tok.children)
    until = any(c.dep_ == "prep" and c.lower_ == "until" for c in tok.children)
    return (spans or until) and any(t.lemma_.lower() == "face" and t.pos_ == "VERB" for t in tok.subtree)


def in_defiance(tok: Token) -> bool:
    """An act done "in defiance of" a warning, a ban or a resolution (CAMEO 128)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ == "defiance" for o in c.children) for c in tok.children
    )
