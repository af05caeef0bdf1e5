"""Dependency-parse helpers of the events stage: triggers, arguments, frames and modality.

Everything here reads a spaCy parse and returns tokens or plain values; the stage in
``events.py`` turns them into model records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Dependants whose lemmas can complete a verb pattern ("hold talks", "call for", "voice concern").
_NEAR_DEPS = frozenset({"prt", "prep", "dobj", "attr", "acomp", "xcomp", "dative", "advmod", "npadvmod", "compound", "oprd"})
# Words that open a clause complement, which the patterns also see ("ask whether", "consider ~that").
_CLAUSE_OPENERS = frozenset({"that", "whether", "if", "how", "why", "what", "who", "when", "where", "which"})
# Prepositions that introduce a time, a place or a circumstance, never the target of an act.
NON_TARGET_PREPS = frozenset(
    {"in", "at", "during", "since", "after", "before", "until", "near", "within", "throughout", "amid",
     "despite", "like", "as", "of", "by", "for", "about", "into", "inside", "across", "around", "under",
     "following", "follow", "ahead", "pending"}  # (time and cause: "following leaks from a Panama law firm")
)
# Clause links through which a verb inherits the subject of its head.
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acl"})

# Frame verbs: the coded act is their complement, and the frame changes its reading.
INTENT_FRAMES = frozenset({"promise", "pledge", "vow", "offer", "agree", "commit", "undertake", "threaten", "swear", "sworn", "decide", "resolve", "prepare", "ready", "willing", "prepared", "committed"})
# Nouns whose infinitive states their holder's intent ("announced its decision to expel", "signalled
# its willingness to resume talks"); "threat" states a threat ("carried out its threat to").
INTENT_NOUNS = frozenset({"decision", "intention", "willingness", "readiness", "pledge", "promise", "commitment", "determination", "threat"})
REFUSAL_FRAMES = frozenset({"refuse", "decline", "reject", "fail", "balk", "oppose"})
FUTURE_FRAMES = frozenset({"plan", "intend", "aim", "schedule", "expect", "set", "due"})
# Frames that forecast an act rather than state its actor's intent ("is due to visit", "looks set to").
_FORECAST_ADJECTIVES = frozenset({"due", "set"})
HYPOTHETICAL_FRAMES = frozenset(
    {"consider", "mull", "weigh", "want", "wish", "hope", "seek", "try", "attempt", "suggest", "propose", "inclined",
     "capacity", "ability", "able", "capable", "possibility", "suggestion", "proposal", "idea", "option",
     "threat", "risk", "likely", "unlikely", "possible", "ask", "urge", "call", "demand",
     "difficult", "hard", "impossible", "unable", "easy", "need", "contemplate", "ponder",
     "inconceivable", "conceivable", "unthinkable", "improbable", "probable",
     # directives: "the court directed the police to arrest the accused" orders the act, not reports it
     "direct", "instruct", "command", "authorise", "authorize", "empower",
     # dares: "challenged Mr Brown to deny reports" is no denial by Brown
     "challenge", "dare"}
)
NEGATION_FRAMES = frozenset({"deny", "dismiss", "refute"})
# Frames that are acts of their own as well: considering a policy option is CAMEO 014
# ("is considering imposing sanctions": 014, and the sanctions as a hypothetical act).
DELIBERATION_FRAMES = frozenset({"consider", "weigh", "mull", "contemplate", "ponder"})
# Frames of wish: a cooperative act wished for shows willingness to cooperate (CAMEO 03).
DESIRE_FRAMES = frozenset({"want", "wish", "hope", "seek", "eager", "keen"})
# Frames that carry no modality but pass the act through ("continued to send arms").
NEUTRAL_FRAMES = frozenset({"continue", "begin", "start", "resume", "keep", "launch", "go", "move", "help", "manage", "step"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "would", "should", "must", "can", "ca"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "until", "lest"})
_HEDGES = frozenset({"hopefully", "possibly", "perhaps", "maybe", "probably"})

SPEECH_LEMMAS = frozenset(
    {"say", "state", "announce", "declare", "tell", "add", "note", "remark", "stress", "explain", "insist",
     "respond", "reply", "comment", "write", "report", "confirm", "argue", "emphasize", "emphasise", "affirm",
     "reiterate", "assert", "suggest", "claim", "allege", "quote", "inform"}
)


def steps_to_root(token: Token, limit: int = 99) -> int:
    """How many heads up from ``token`` its sentence's root stands (at most ``limit``)."""
    steps = 0
    while token.head.i != token.i and steps < limit:
        token, steps = token.head, steps + 1
    return steps


def is_trigger_candidate(token: Token) -> bool:
    """Verbs (and adjectival frames are excluded): only these can carry a CAMEO code."""
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in {"aux", "auxpass"} and token.lemma_ == "have")


_QUANTITY_NOUNS = frozenset(
    {"all", "some", "most", "many", "part", "number", "hundreds", "thousands", "dozens", "rest", "bulk", "lot", "majority", "half", "each"}
)


def near_lemmas(token: Token) -> tuple[set[str], set[int]]:
    """Lemmas near ``token`` for pattern matching, and the indices of complement verbs among them."""
    near: set[str] = set()
    complements: set[int] = set()
    if token.dep_ == "amod" and token.tag_ == "VBN":
        near.add(token.head.lemma_.lower())  # "damaged relations": the noun a participle describes underwent it
    for child in token.children:
        if child.dep_ == "ccomp":
            # the word that opens a clause: "asked how/whether ..." puts a question, no appeal;
            # "considered that ..." believes, "demonstrated that ..." shows (the rows' "~that")
            near.update(g.lower_ for g in child.children if g.lower_ in _CLAUSE_OPENERS and g.i < child.i)
        elif child.dep_ == "advcl" and token.lemma_.lower() == "ask":
            # "asked 801 adults if they supported the ban": the parser makes the question a condition
            near.update(g.lower_ for g in child.children if g.dep_ == "mark" and g.lower_ in {"if", "whether"})
        if for_to_clause(child):
            # "called for the president to resign": the asked act, its "for" the verb's own (audit 21)
            near.update({"for", child.lemma_.lower()})
            complements.add(child.i)
            continue
        # ("spoke by telephone": an agent of an active verb is the parser's misreading of a "by")
        misread_agent = child.dep_ == "agent" and not any(c.dep_ == "auxpass" for c in token.children)
        if (child.dep_ not in _NEAR_DEPS and not misread_agent) or _is_when(child):
            continue  # "On Monday Blair insisted ...": a time adjunct is no "insist on"
        near.add(child.lemma_.lower())
        if child.dep_ == "xcomp":
            complements.add(child.i)
        for grand in child.children:
            # (a clause's "that"/"whether" too: "demonstrate that she offered" shows, it is no protest)
            if grand.dep_ in {"dobj", "pobj", "prep", "prt", "compound", "amod", "xcomp", "pcomp", "dative", "attr", "mark"}:
                near.add(grand.lemma_.lower())
                if grand.dep_ == "pobj":  # "went on hunger strike", "placed under martial law"
                    near.update(g.lemma_.lower() for g in grand.children if g.dep_ in {"compound", "amod"})
                    if grand.lemma_.lower() in {"state", "level"}:  # "put on the highest state of alert"
                        near.update(x.lemma_.lower() for g in grand.children if g.dep_ == "prep" and g.lower_ == "of" for x in g.children if x.dep_ == "pobj")
                if grand.dep_ == "prep":
                    near.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
                elif grand.dep_ == "pobj" and (grand.pos_ in {"NUM", "PRON", "DET"} or grand.lemma_.lower() in _QUANTITY_NOUNS):
                    # "with all of the arms": look through a quantity to what it counts, but not
                    # through a place ("took positions in areas of the city" takes no city).
                    for g in grand.children:
                        if g.dep_ == "prep" and g.lower_ == "of":
                            near.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
    return near, complements


def for_to_clause(child: Token) -> bool:
    """A "for X to do" clause the parser hangs on a verb of asking ("called for Obama to resign")."""
    return (
        child.dep_ == "advcl"
        and child.head.lemma_.lower() in {"call", "push", "press", "appeal", "ask", "plead"}
        and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children)
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
    )


def _is_when(child: Token) -> bool:
    """A prepositional time adjunct ("on Monday", "in March", "during the night")."""
    objs = [g for g in child.children if g.dep_ == "pobj"]
    # ("bowed to weeks of protests" yields to the protests, whatever their length)
    return child.dep_ == "prep" and child.lower_ != "to" and bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} for o in objs)


def shared_objects(token: Token) -> list[Token]:
    """The object of a verb coordinated with an object-less one: "beat and detained dozens of
    protesters" — "beat" shares "dozens" with "detained"."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
        return []
    siblings = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [o for sib in siblings[:1] for o in sib.children if o.dep_ == "dobj"]


_LETTING = frozenset({"allow", "permit", "let"})


def gerund_objects(token: Token) -> list[Token]:
    """The object the parser made the subject of a following gerund clause ("expelled [American
    journalists] working for The New York Times") or of a small clause after a verb of letting
    ("allowed [UN inspectors] back into the country"), when the verb has no object of its own."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
        return []
    small = token.lemma_.lower() in _LETTING
    return [
        g for c in token.children
        # (a bare clause: "said Russia and Iran were developing ties" is a clause of its own)
        if c.dep_ == "ccomp" and (c.tag_ == "VBG" or small) and c.i > token.i
        and not any(a.dep_ in {"aux", "auxpass", "mark"} and not (small and a.lower_ == "to") for a in c.children)
        for g in c.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"} and g.i < c.i
    ]


# Nouns that tell of, judge or remember an act named as their modifier ("rape analogies",
# "murder trial", "attack victims"): the act is not done by the clause's subject.
_TELLING_NOUNS = frozenset(
    {"analogy", "comparison", "joke", "remark", "comment", "reference", "metaphor", "song", "film", "video", "scene",
     "victim", "survivor", "suspect", "case", "trial", "allegation", "claim", "rumour", "rumor", "story", "image",
     "picture", "footage", "anniversary", "memorial", "site", "law", "bill", "fear", "threat", "statistic", "figure"}
)


# Wanting another to act is asking it to ("Russia wants NATO to withdraw", "want the embargo lifted").
WANTING = frozenset({"want", "wish"})


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of what ``token`` acts on: its objects and passive subjects, and their conjuncts
    ("staged a rally", "arrests were made", "launched strikes and raids")."""
    out: set[str] = set()
    wanted_done = token.dep_ == "ccomp" and token.head.lemma_.lower() in WANTING and _is_small_clause(token)
    # "expelled [journalists] working for ...": the object the parser made a gerund's subject
    out.update(g.lemma_.lower() for g in gerund_objects(token))
    for child in [*token.children, *shared_objects(token)]:
        # "want [the embargo] lifted": the small clause's subject is what is acted on
        if child.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} or (wanted_done and child.dep_ == "nsubj"):
            out.add(child.lemma_.lower())
            out.update(c.lemma_.lower() for c in child.conjuncts)
            counted = partitive_group(child)  # "carried out dozens of raids", "a wave of arrests"
            if counted is not None:
                counted = partitive_group(counted) or counted  # "tens of thousands of ethnic Nepalis"
                out.add(counted.lemma_.lower())
                out.update(c.lemma_.lower() for c in counted.lefts if c.dep_ == "amod")  # its adjective: "ethnic"
            # "issued arrest warrants", "launched air strikes": the act noun may modify the object,
            # unless the object only tells of an act ("made rape analogies", "a murder case")
            if child.lemma_.lower() not in _TELLING_NOUNS:
                out.update(c.lemma_.lower() for c in child.lefts if c.dep_ == "compound")
            if child.dep_ == "nsubjpass":
                # "martial law was lifted": a passive subject's adjective names it as the object's would
                out.update(c.lemma_.lower() for c in child.lefts if c.dep_ == "amod")
        elif child.dep_ == "prt":
            for grand in child.children:
                if grand.dep_ == "pobj":  # "carried out [an] attack" parsed under the particle
                    out.add(grand.lemma_.lower())
        elif child.dep_ == "advcl" and child.i > token.i:
            # "blocked [a federal highway] demanding ...": the parser may hang the object on the
            # participle that follows it
            out.update(g.lemma_.lower() for g in child.children if g.dep_ == "npadvmod" and token.i < g.i < child.i and g.pos_ == "NOUN")
    if _relative_object(token):
        out.add(token.head.lemma_.lower())  # "the document he released", "the deals that he brokered"
    if not out and token.lemma_.lower() in _THING_VERBS:
        out.update(s.lemma_.lower() for s in _object_made_subject(token))
    return out


# Verbs that take a thing, not a clause: a clause after them is a misparse of their object.
_THING_VERBS = frozenset({"release", "free", "issue", "publish"})


def _object_made_subject(token: Token) -> list[Token]:
    """The object the parser made the subject of a clause right after the verb: "the central bank
    released growth figures showing the economy expanded" parses "figures" as the subject of
    "expanded" (audit 28 coded it a release of prisoners)."""
    return [
        s for c in token.children if c.dep_ == "ccomp" and c.i > token.i
        for s in c.children if s.dep_ in SUBJECT_DEPS and s.left_edge.i == token.i + 1
    ]


def _relative_object(token: Token) -> bool:
    """Whether a relative clause's verb acts on the noun the clause describes: it has a subject of
    its own and no object, or its object is the relative pronoun."""
    if token.dep_ != "relcl" or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if objects:
        return all(o.tag_ in {"WDT", "WP"} for o in objects)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in token.children)


# Roots whose complement act is asked for, not done ("urged Iran to withdraw", "demanded that").
_REQUEST_ROOTS = frozenset({"02", "10"})
# Nouns whose complement act is offered or asked for, not done ("an invitation to attend").
# ("announced plans to impose sanctions" states an intent: the frame reads "plan" as a future.)
_REQUEST_NOUNS = frozenset({"invitation", "offer", "call", "appeal", "request", "demand", "proposal", "bid", "plea", "ultimatum", "pressure"})
DEMAND_AUX = frozenset({"must", "should"})


def is_requested(token: Token, coded: dict) -> bool:
    """Whether ``token`` is an act that a coded appeal, demand or rejection asks for or turns down."""
    current = token
    through_noun = False  # a rejected act is one a rejected text names ("blocked a statement criticising China")
    for _ in range(5):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            return False
        if dep == "conj" and head.dep_ not in {"ccomp", "xcomp", "acl", "pcomp"}:
            return False
        # "pressed UN member states to back its bid": the parser may make the asked act a purpose clause
        asked_of_object = is_infinitival(current) and any(c.dep_ == "dobj" for c in head.children)
        if dep not in {"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "conj", "pcomp"} and not asked_of_object:
            return False
        if dep == "acl" and head.lemma_.lower() in _REQUEST_NOUNS:
            return True
        through_noun = through_noun or head.pos_ == "NOUN"
        if head.i in coded and (coded[head.i][0][:2] in _REQUEST_ROOTS or (through_noun and coded[head.i][0][:2] == "12")):
            return True
        current = head
    return False


# Verbs whose "that" clause in the bare subjunctive is a demand ("insisted that Sweden meet").
_MANDATIVE = frozenset({"insist", "recommend", "propose", "suggest"})


def _first_conjunct(token: Token) -> Token:
    """The first of coordinated verbs ("endorse ... and sever": "endorse")."""
    while token.dep_ == "conj" and (token.head.pos_ in {"VERB", "AUX"} or token.head.dep_ == "ccomp"):
        token = token.head
    return token


def _is_mandative(token: Token) -> bool:
    """A bare-subjunctive clause under a mandative verb: "Turkey insisted that Sweden meet its
    conditions". The small model tags a subjunctive after a plural or proper-noun subject as a
    present (VBP); after a past-tense mandative verb a present can only be the subjunctive
    ("insisted that Honduras endorse ... and sever its ties")."""
    clause = _first_conjunct(token)
    head = clause.head
    if head.lemma_.lower() not in _MANDATIVE:
        return False
    # a present after a past-tense mandative verb is a subjunctive only with a singular subject
    # ("insisted that Honduras endorse"); "insisted that their warplanes attack" reports a fact
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    singular = subject is not None and subject.tag_ in {"NNP", "NN"}
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if token.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ == "be" and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in clause.children):
        return True  # a passive subjunctive: "insisted that the constitution be drafted by an assembly"
    if not (token.tag_ == "VB" or (token.tag_ == "VBP" and head.tag_ == "VBD" and singular and head.lemma_.lower() != "suggest")):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in clause.children) and any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in clause.children
    )


def is_question(clause: Token) -> bool:
    """An indirect question ("asked whether Turkey had released them"): nothing is asked to be done."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)


# Acts done by saying that one wants to do them ("I want to thank", "we would like to congratulate").
_PERFORMATIVES = frozenset(
    {"thank", "commend", "congratulate", "praise", "salute", "applaud", "welcome", "apologise", "apologize", "condemn", "acknowledge"}
)


def _said_in_first_person(clause: Token) -> bool:
    """Whether the clause's subject is "I" or "we": the speaker's own."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"i", "we"} for c in clause.children)


# What befalls a subject rather than what it does: "should get", "should benefit" forecast.
_OUTCOME_VERBS = frozenset({"get", "receive", "benefit", "gain", "win"})


def demand_speaker(token: Token) -> Token | None:
    """The speech verb of "X said Y must/should do Z" or "X said it was time for Y to do Z" (a
    demand by X), else None."""
    if _is_time_for(token):
        # "it was time for the mayor to say sorry": whoever says so asks it of the mayor
        be = token.head if token.head.lemma_.lower() == "come" else token.head.head
        speech = be.head if be.dep_ == "ccomp" else None
        if speech is None or speech.lemma_.lower() not in SPEECH_LEMMAS | {"believe", "think", "feel"}:
            return None
        return speech if any(c.dep_ in SUBJECT_DEPS for c in speech.children) else None
    if token.dep_ != "ccomp" and not (_is_mandative(token) and _first_conjunct(token).dep_ == "ccomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in token.children) and not _is_mandative(token):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in token.children):
        return None  # "should have been attached": a reproach about the past, not a demand
    if token.lemma_ == "be" and not any(c.dep_ == "acomp" and c.lemma_.lower() != "able" for c in token.children):
        # "people should be able to decide", "Britain should be a safe haven", "it shouldn't be a
        # firing offence": what should be so is a view or a policy, no act is asked of anyone
        # ("Turkey must be more flexible" asks a conduct of Turkey)
        return None
    if _said_in_first_person(token):
        return None  # "we should have the same flexibility": the speaker's own view, asked of nobody
    if token.lemma_.lower() in _OUTCOME_VERBS and (token.lemma_.lower() != "get" or any(c.dep_ == "dobj" for c in token.children)):
        # "he should also get a boost from the win": a forecast of an outcome (audit 28); "should get
        # in touch with their customers" asks a conduct (audit 23)
        return None
    head = _first_conjunct(token).head
    if head.lemma_.lower() not in SPEECH_LEMMAS | {"conclude", "believe", "think", "feel"}:
        return None
    return head if any(c.dep_ in SUBJECT_DEPS for c in head.children) else None


def said_while(token: Token) -> bool:
    """An act done "saying ..." ("attacked the imperialists, saying they ..."): words, not force."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_LEMMAS | {"describe", "call", "accuse", "brand"} for c in token.children)


# Objects that are forces or places: attacking them is force whatever is said about it.
_FORCE_OR_PLACE = frozenset(
    {"troops", "forces", "force", "police", "soldiers", "army", "positions", "position", "convoy", "base", "post",
     "posts", "camp", "camps", "village", "town", "city", "checkpoint", "station", "protesters", "militants"}
)


def verbal_attack(token: Token) -> bool:
    """"attacked British imperialists, saying ...": a bare attack on people named by nationality,
    party or name, not on forces or places ("fired on the protesters, saying ..." stays force)."""
    if token.lemma_.lower() not in {"attack", "assault", "hit", "slam", "lash"}:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lemma_.lower() not in _FORCE_OR_PLACE and o.lower_ not in _FORCE_OR_PLACE
        and (o.ent_type_ in {"PERSON", "NORP", "ORG"} or any(m.ent_type_ in {"NORP", "PERSON", "ORG"} for m in o.lefts))
        for o in objects
    )


def announcing_speaker(token: Token) -> Token | None:
    """The speech verb of "X said the emergency would be lifted" (an agentless passive act to come,
    announced by X: X's own intent), else None."""
    if token.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in token.children) or any(c.dep_ == "agent" for c in token.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in token.children):
        return None
    head = token.head
    if head.lemma_.lower() not in SPEECH_LEMMAS | {"promise", "pledge", "vow"}:
        return None
    return head if any(c.dep_ in SUBJECT_DEPS for c in head.children) else None


def misread_as_participle(token: Token) -> bool:
    """A finite act the parser read as the participle of a verbless sentence ("The US-led
    coalition bombed IS positions": "coalition" the root, "bombed" its modifier): a participle
    with an object of its own acts, its head noun being its subject; so does one of a verb that
    takes no object, which cannot be passive ("Palestinian youths clashed with Israeli troops")."""
    # (the noun may also hang loose from an attribution: "Stone-throwing youths clashed ..., officials said")
    if token.dep_ != "acl" or token.tag_ not in {"VBD", "VBN"} or token.head.dep_ not in {"ROOT", "dep"} or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    # a past tense the tagger saw as finite ("The exiled Dalai Lama, addressing ..., called on China")
    return token.tag_ == "VBD" or bool(object_lemmas(token)) or token.lemma_.lower() in OBJECTLESS_ACTS


# Acts whose verb takes no object in news ("clashed with", "rioted", "marched on"): their
# participle never reads as a passive, so after a verbless root it is the sentence's act.
OBJECTLESS_ACTS = frozenset(
    {"clash", "riot", "rally", "march", "demonstrate", "protest", "mutiny", "rebel", "skirmish", "retreat", "agree", "consent",
     "resign", "defect", "revolt", "walk"}
)


def is_passive(token: Token) -> bool:
    """A passive clause, or a passive participle with its agent ("the accord signed by X"), but
    not an active past verb with its own subject whose "by" the parser took for an agent
    ("Obama spoke by telephone with Rouhani": Obama spoke)."""
    deps = {child.dep_ for child in token.children}
    if deps & PASSIVE_SUBJECT_DEPS or "auxpass" in deps:
        return True
    return "agent" in deps and not ("nsubj" in deps and token.tag_ == "VBD")


# Verbs whose bare participle before "of"/"with" is always passive ("Yukos accused of lying"):
# their active form takes the accused as its object.
_CHARGING = frozenset({"accuse", "charge", "suspect"})


def is_reduced_passive(token: Token) -> bool:
    """A bare past participle that reports what was done to the noun it leans on, with no agent
    and no auxiliary: a set-off clause without its own subject ("Ebbers is on trial, accused of
    fraud"; "Asked about the deal, Putin said") or a headline charge ("Yukos accused of lying to
    court"). The clause's subject underwent the act; it did not do it."""
    if token.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "agent", "dobj"} for c in token.children):
        return False
    if token.dep_ == "advcl":
        return not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    return token.lemma_.lower() in _CHARGING and any(c.dep_ == "prep" and c.lower_ in {"of", "with"} for c in token.children)


_CIRCUMSTANCE_PREPS = frozenset({"after", "before", "following", "since", "despite", "amid", "over", "during", "until"})


def _misplaced_agent(verb: Token) -> Token | None:
    """The agent the parser hung on one of the verb's own arguments ("a curfew was imposed on
    Baghdad and three provinces [by the Iraqi government]"); never a "by" of a noun in a time or
    circumstance phrase ("after a report by UN experts": the experts wrote, they did not act)."""
    heads = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE_PREPS for g in c.children if g.dep_ == "pobj"]
    # a passive's second object: "pensioners are being promised energy savings [by the Liberal Democrats]"
    heads += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    for head in heads:
        for by in head.children:
            if by.dep_ == "prep" and by.lower_ == "by":
                agent = next((g for g in by.children if g.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
    return None


def _subject_after_participle(clause: Token) -> Token | None:
    """The subject the parser hung inside a fronted participle clause: "Visiting San Salvador, Vice
    President George Bush warned" (Bush a conjunct of Salvador), "Addressing the General Assembly,
    the exiled Emir of Kuwait appealed" (the Emir an object of addressing): the first noun after
    the clause's comma that attaches back across it."""
    comma = next((t.i for t in clause.subtree if t.text == "," and t.i > clause.i), None)
    if comma is None:
        return None
    return next(
        (t for t in clause.subtree if t.i > comma and t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound" and t.head.i < comma),
        None,
    )


def _subject_inside_attribution(verb: Token) -> Token | None:
    """The subject the parser swallowed into a fronted attribution: "According to Western
    diplomats in Rangoon, Burma's military government rebuffed ..." (the government hangs as an
    apposition inside the "according to" phrase)."""
    if verb.dep_ != "ROOT":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according" and child.i < verb.i:
            comma = next((t.i for t in child.subtree if t.text == ","), None)
            if comma is None:
                return None
            return next((t for t in child.subtree if t.dep_ == "appos" and t.i > comma and t.pos_ in {"NOUN", "PROPN"}), None)
    return None


def subject_of(token: Token) -> Token | None:
    """The grammatical subject of ``token``'s clause, inherited through xcomp/conj/advcl links.

    In a passive clause the agent ("by Y") is the subject; a relative pronoun subject
    ("which", "who") is replaced by the noun the relative clause modifies.
    """
    current = token
    for _ in range(8):
        if is_passive(current) and current is not token and current.lemma_.lower() in _RAISING_PASSIVES:
            # "the leaders are expected to meet", "Iran is due to hold talks": the passive's
            # subject does the complement's act.
            raised = next((c for c in current.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            if raised is not None:
                return raised
        if is_passive(current):
            for child in current.children:
                if child.dep_ == "agent":
                    objs = [g for g in child.children if g.dep_ == "pobj"]
                    # "arrested by up police": the parser may hang the agent's noun on the verb.
                    objs = objs or [g for g in current.children if g.dep_ == "dobj" and g.i > child.i]
                    return objs[0] if objs else None
            if is_stative_passive(current):
                # "Vietnam is committed to opening", "forces were engaged in": a state of the subject.
                return passive_target(current)
            return _misplaced_agent(current)
        # a nominal subject before a clausal one ("Citing Hanoi's help, President Clinton lifted")
        for child in sorted(current.children, key=lambda c: c.dep_ != "nsubj"):
            if child.dep_ in SUBJECT_DEPS:
                if any(g.dep_ == "mark" and g.i < child.i for g in child.subtree):
                    # a clause the parser folded into a noun: in 'says if elected president "I
                    # will work"' the office is the condition's, and "I" is the subject.
                    continue
                if child.tag_ in {"WDT", "WP"} and current.dep_ == "relcl":
                    return current.head
                # "it was important to discuss": no actor acts; "he is ready to host" has one.
                expletive = current.lemma_ == "be" and child.lower_ in _EXPLETIVES and any(
                    c.dep_ == "acomp" and c.lemma_.lower() not in _READY_ADJECTIVES for c in current.children
                )
                if expletive:
                    return None  # "it was important to discuss": no actor acts
                if child.pos_ == "PRON" and child.lower_ in PERSONAL_PRONOUNS:
                    return _speaker_of(current) or child
                if child.pos_ == "VERB" and child.tag_ == "VBG":
                    # "The Red Cross operating in Iraq said": a reduced relative the parser made
                    # the subject; its own subject is the speaker.
                    inner = [g for g in child.children if g.dep_ in SUBJECT_DEPS and g.pos_ in {"PROPN", "NOUN"}]
                    if inner:
                        return inner[0]
                    swallowed = _subject_after_participle(child)
                    if swallowed is not None:
                        return swallowed
                return child
        attributed = _subject_inside_attribution(current)
        if attributed is not None:
            return attributed
        if current.dep_ not in _INHERIT_DEPS and current.dep_ not in {"pcomp", "acomp"}:
            return None  # an adjective frame ("is prepared to lift") passes its subject down
        if is_speakers_second_act(current):
            current = current.head.head  # the speaker's: "said the fight was over and criticised Clinton"
            continue
        head = current.head
        controller = _object_controller(current)
        if controller is not None:
            return controller
        # A prepositional clause ("after visiting", "by hosting") hangs from its preposition.
        # ... or from an adverb of its verb ("stopped short of condemning", "went ahead with signing").
        while (head.dep_ in {"prep", "npadvmod"} or (head.dep_ == "advmod" and head.lower_ in {"short", "ahead"})) and head.head.i != head.i:
            head = head.head  # not "stayed away from criticising", "far from condemning": no act done
        if current.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            # "has the capacity to provide": the noun's own verb owns the subject.
            if head.dep_ not in {"dobj", "attr"}:
                return None
            head = head.head
        if head.i == current.i:
            return None
        current = head
    return None


# Verbal acts a speaker goes on to do in the same sentence.
_SPEAKERS_ACTS = frozenset(
    {"criticise", "criticize", "dismiss", "deny", "reject", "accuse", "condemn", "denounce", "praise", "urge", "call", "warn",
     "blame", "welcome", "thank", "vow", "promise", "pledge", "insist", "appeal", "demand", "apologise", "apologize",
     "slam", "rebuke", "mock", "refuse", "decline", "rule"}
)


# Tags of one time ("has said ... and dismissed": a participle and a past tense tell the same past).
_TENSES = {"VBD": "past", "VBN": "past", "VBZ": "present"}


def is_speakers_second_act(verb: Token) -> bool:
    """A verb the parser joined to the copula of a reported clause though the speaker does it:
    "Milburn said the chancellor was key to the campaign and dismissed claims of a rift",
    "Sanders told supporters the fight was far from over and criticised Clinton". A state ("was
    key") reported in the same tense as the speech verb, and a second verb in that tense with no
    subject of its own, continue the speaker's sentence (audits 24 and 27)."""
    head = verb.head
    if verb.lemma_.lower() not in _SPEAKERS_ACTS:
        return False  # "said the army was ready and attacked the rebels": the army may well have
    if verb.dep_ != "conj" or head.lemma_ != "be" or head.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    speech = head.head
    same_time = _TENSES.get(verb.tag_) is not None and _TENSES.get(verb.tag_) == _TENSES.get(speech.tag_)
    return speech.lemma_.lower() in SPEECH_LEMMAS and same_time and head.tag_ in {"VBD", "VBZ"}


# Subjects of "be" + adjective that stand for no actor ("it was important to discuss").
_EXPLETIVES = frozenset({"it", "there", "this", "that"})
# Passive forms that describe a state of their subject, who is the actor.
_STATIVE_PASSIVES = frozenset({"commit", "prepare", "determine", "engage", "involve", "resolve", "poise", "set"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# Adjectives of readiness or outlook: "it was ready to resume talks", "it was unhappy with the
# map" have a referring "it", not an expletive.
_READY_ADJECTIVES = frozenset(
    {"ready", "prepared", "willing", "unwilling", "determined", "keen", "eager", "able", "unable", "reluctant", "poised", "open",
     "optimistic", "hopeful", "encouraged", "confident", "pessimistic", "sceptical", "skeptical", "unhappy", "dissatisfied", "displeased",
     "disappointed"}
)
# Passives that raise their subject to the complement's actor ("is expected to", "was set to").
_RAISING_PASSIVES = frozenset({"expect", "schedule", "set", "slate", "suppose", "plan", "due", "poise", "believe", "say", "report", "understand"})


def is_stative_passive(verb: Token) -> bool:
    """"is committed to", "were engaged in", "is set to": a state of the subject, who acts.
    "were set on fire" is a true passive: "set" counts only with an infinitive."""
    lemma = verb.lemma_.lower()
    if lemma not in _STATIVE_PASSIVES:
        return False
    deps = {(c.dep_, c.lower_) for c in verb.children}
    if lemma == "set":
        return any(dep == "xcomp" for dep, _ in deps)
    return any(dep == "xcomp" or (dep == "prep" and word in {"to", "in", "on"}) for dep, word in deps)


def _speaker_of(clause: Token) -> Token | None:
    """"X said it will ...": a pronoun subject of reported speech is the speaker."""
    current = clause
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in SPEECH_LEMMAS:
            speaker = next((c for c in current.head.children if c.dep_ in SUBJECT_DEPS), None)
            return speaker if speaker is not None and speaker.pos_ != "PRON" else None
        if current.dep_ not in {"conj", "xcomp"}:
            return None
        current = current.head
    return None


def _object_controller(clause: Token) -> Token | None:
    """The object that is the subject of a complement: "accused the West of supporting" → West."""
    head = clause.head
    verb = head.head if clause.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in {"of", "for"} else None
    if clause.dep_ == "xcomp":
        verb = head
    if verb is None or verb.pos_ != "VERB":
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and child.i < clause.i:
            return child
    return None


def passive_target(token: Token) -> Token | None:
    """Who undergoes a passive act: its passive subject. Where the parser split one phrase into
    two ("their former coach Christos Tzekos was banned": "coach" and "Tzekos" both passive
    subjects), the name."""
    subjects = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if not subjects:
        return None
    # the name must follow the title at once ("coach Christos Tzekos"), not stand in another
    # clause ("the hacker who revealed ... while she was secretary of state was sentenced")
    split = [n for n in subjects[1:] if n.pos_ == "PROPN" and n.left_edge.i - 1 == subjects[0].i]
    return split[0] if split else subjects[0]


def object_candidates(
    token: Token, skip: set[int], extra_preps: frozenset[str] = frozenset(), no_preps: frozenset[str] = frozenset()
) -> list[Token]:
    """Nouns that may name the target, in priority order (direct object first); ``extra_preps``
    add prepositions ("fired at X"), ``no_preps`` remove some ("fired from Gaza" names no target)."""
    found: list[Token] = [g for g in gerund_objects(token) if g.i not in skip]
    ordered = sorted([*token.children, *shared_objects(token)], key=lambda c: {"dobj": 0, "dative": 1, "attr": 2}.get(c.dep_, 3))
    for child in ordered:
        if child.i in skip or _is_fronted_setting(child, token):
            continue
        if child.dep_ == "dative" and child.pos_ == "ADP":
            # "granted asylum to Aristide": the parser may label the "to" phrase itself dative
            found.extend(p for p in child.children if p.dep_ == "pobj")
        elif child.dep_ in {"dobj", "dative", "attr", "oprd"}:
            found.append(child)
            found.extend(_nouns_below(child))
            found.extend(_owners(child))
        elif child.dep_ == "prep" and child.lemma_.lower() not in no_preps and (
            child.lemma_.lower() not in NON_TARGET_PREPS or child.lemma_.lower() in extra_preps
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.append(pobj)
                    found.extend(_nouns_below(pobj))
                    found.extend(_owners(pobj))
                elif pobj.dep_ == "prep" and child.lower_ == "out" and pobj.lower_ == "of":
                    for g in (g for g in pobj.children if g.dep_ == "pobj"):  # "pulled out of Lebanon"
                        found.extend((g, *_nouns_below(g)))
                elif pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":
                    # "fired tear gas at [protesters hurling stones]": the parser makes the noun
                    # the subject of a gerund clause
                    found.extend(g for g in pobj.children if g.dep_ == "nsubj")
                elif pobj.dep_ == "conj" and pobj.pos_ == "ADP" and pobj.lower_ == child.lower_:
                    # "apologized to his supporters and to Hillary Clinton": the second "to" phrase
                    found.extend(g for g in pobj.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in {"for", "in"}:
            # "flew to Kilinochchi for talks with Prabhakaran", "take part in talks with the
            # Pakistani government": the partner of the talks
            found.extend(g for p in child.children if p.dep_ == "pobj" and p.lemma_.lower() in _MEETING_NOUNS for g in _nouns_below(p))
        elif child.dep_ == "xcomp" and child.i in skip:
            continue
        if extra_preps and child.dep_ == "prep":
            found.extend(_border_sides(child))
    return found


# Prepositions of a scene set before the clause ("On Capitol Hill, Republicans decried ...").
_SETTING_PREPS = frozenset({"on", "in", "at", "inside", "outside", "across", "near", "around"})


def _is_fronted_setting(child: Token, verb: Token) -> bool:
    """A place phrase set off by a comma before the subject: where the act happened, not whom it
    was aimed at (audit 27: "On Capitol Hill, Republican supporters decried the lack of details"
    had Congress as its target)."""
    if child.dep_ != "prep" or child.lower_ not in _SETTING_PREPS or child.i > verb.i:
        return False
    after = child.right_edge.i + 1
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return after < len(child.doc) and child.doc[after].text == "," and all(child.i < s for s in subjects)


_BORDERS = frozenset({"border", "frontier", "boundary"})
_MEETING_NOUNS = frozenset({"talk", "meeting", "negotiation", "consultation", "summit"})


def _border_sides(prep: Token) -> list[Token]:
    """The other side of a border that force is massed at or crosses ("massed near the border
    with Ukraine", "sent tanks to the Colombian border"): its "with" object, else the border
    itself, whose nationality word names the side."""
    out: list[Token] = []
    for border in prep.children:
        if border.dep_ == "pobj" and border.lemma_.lower() in _BORDERS:
            sides = [g for c in border.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
            out.extend(sides or [border])
    return out


# People on someone's side or against it, whom "his"/"her" only relate to.
_SIDE_NOUNS = frozenset(
    {"rival", "supporter", "backer", "ally", "aide", "adviser", "advisor", "staff", "challenger", "foe", "friend", "family",
     "wife", "husband", "son", "daughter", "voter", "follower", "opponent", "critic", "successor", "predecessor"}
)


def _owners(noun: Token) -> list[Token]:
    """Who an object belongs to or comes from, as later candidates: "received Gazprom's chief",
    "rejected African Union mediation", "an offer by South Korea"."""
    # "mocked her refusal": her; "criticized her opponents" aims at the opponents, not at her
    people = noun.lemma_.lower() in PERSON_NOUNS | _SIDE_NOUNS
    out = [c for c in noun.children if c.dep_ == "poss" and (c.pos_ in {"PROPN", "NOUN"} or (c.lower_ in {"his", "her"} and not people))]
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children) and noun.head.dep_ == "relcl":
        out.append(noun.head.head)  # "McCain, whose war heroism Trump belittled": McCain (audit 21)
    out += [c for c in noun.children if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"ORG", "GPE", "NORP"}]
    out += by_objects(noun)
    return out


def by_objects(token: Token) -> list[Token]:
    """The objects of the token's "by" phrases: "an offer by South Korea", "firing by the police"."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]


def _nouns_below(noun: Token) -> list[Token]:
    """Nouns reached through the object's own target prepositions ("concern over cooperation between X")."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lemma_.lower() not in NON_TARGET_PREPS - {"of", "into"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.append(pobj)
                    out.extend(_nouns_below(pobj))
    return out


def hidden_conjuncts(subject: Token) -> list[Token]:
    """Nouns coordinated inside a subject the parser folded into one phrase ("US President Donald
    Trump and North Korean leader Kim Jong Un met": Trump hangs as an apposition of the phrase)."""
    if subject.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return []
    inside = [t for t in subject.subtree if t.i < subject.i]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in inside):
        return []
    return [t for t in inside if t.dep_ in {"appos", "conj"} and t.pos_ in {"PROPN", "NOUN"}]


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the nouns coordinated with it ("Russia and Iran"); a "conjunct" with no "and"
    or "or" in the group is the parser's misreading of a comma ("Visiting San Salvador, Vice
    President George Bush warned": Bush alone acts)."""
    group = [token, *token.conjuncts]
    if not any(c.dep_ in {"cc", "preconj"} for t in group for c in t.children):
        return [token]
    if _is_portfolio_title(group):
        return [group[-1]]  # "Culture, Media and Sport Secretary Tessa Jowell": one minister, not the media
    return [token, *(t for t in token.conjuncts if t.pos_ in {"PROPN", "NOUN", "PRON"})]


# Office words that close a title listing a minister's portfolios.
_PORTFOLIO_OFFICES = frozenset({"secretary", "minister", "spokesman", "spokeswoman", "commissioner", "committee"})


def _is_portfolio_title(group: list[Token]) -> bool:
    """A coordination that is one title ("Culture, Media and Sport Secretary Tessa Jowell",
    "Environment, Food and Rural Affairs Secretary"): the last conjunct holds the office word among
    its compounds and every other conjunct is a capitalised portfolio word with nothing of its own."""
    last = max(group, key=lambda t: t.i)
    office = last.lower_ in _PORTFOLIO_OFFICES or any(c.dep_ == "compound" and c.lower_ in _PORTFOLIO_OFFICES for c in last.subtree)

    def portfolio_word(t: Token) -> bool:
        bare = all(c.dep_ in {"punct", "cc", "conj", "compound"} for c in t.children)
        return bare and t.text[:1].isupper() and all(w.lower_ in _PORTFOLIO_WORDS for w in (t, *(c for c in t.children if c.dep_ == "compound")))

    return office and all(portfolio_word(t) for t in group if t is not last)


# The words ministries are named by ("Culture, Media and Sport", "Work and Pensions").
_PORTFOLIO_WORDS = frozenset(
    {"culture", "media", "sport", "sports", "environment", "food", "rural", "affairs", "trade", "industry", "work", "pensions",
     "health", "education", "skills", "transport", "energy", "defence", "defense", "home", "foreign", "justice",
     "communities", "local", "government", "business", "innovation", "science", "technology", "housing", "employment",
     "finance", "economy", "agriculture", "fisheries", "tourism", "arts", "heritage", "information", "broadcasting",
     "women", "equality", "equalities", "children", "families", "youth", "planning", "development", "interior",
     "security", "climate", "digital", "welfare", "labour", "labor", "constitutional", "international", "regions"}
)


# Quantity and membership nouns that name a part of a group ("thousands of Nigerians",
# "members of the Association of African Jurists"): the group is the actor.
_PARTITIVES = frozenset(
    {"thousand", "hundred", "dozen", "score", "million", "ten", "member", "group", "crowd", "some", "many",
     "most", "several", "all", "number", "band", "unit", "contingent", "delegation", "team", "representative",
     "squad", "gang", "detachment", "convoy", "column", "batch", "couple", "handful", "pair", "series", "wave",
     "spate", "string", "round", "flurry"}
)


def partitive_group(token: Token) -> Token | None:
    """The "of" object of a quantity or membership noun heading an argument, if any."""
    if token.lemma_.lower() not in _PARTITIVES and token.lower_ not in _PARTITIVES and (token.pos_ != "NUM" or token.lower_ == "one"):
        return None  # (a number too: "shot dead by two of her bodyguards"; "one of" names a single person)
    return of_object(token)


# People who act for a body named after them ("the prosecutor of the ICC", "inspectors from the
# OPCW", "officials from the EU"): the body acts, not the people's own generic group.
_MEMBER_NOUNS = frozenset(
    {"official", "inspector", "investigator", "expert", "monitor", "observer", "prosecutor", "delegate", "envoy",
     "diplomat", "spokesman", "spokeswoman", "spokesperson", "negotiator", "peacekeeper", "staff", "mission",
     "minister", "judge", "chief", "head", "commander"}
)


def wanted_of_another(verb: Token) -> list[Token]:
    """The clauses of "want"/"wish" with a subject of their own ("want [the government] to
    withdraw", "want [the embargo] lifted"): acts wanted of another, not of oneself."""
    return [
        c for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "nsubj" for g in c.children)
        and (has_to_infinitive(c) or _is_small_clause(c))
    ]


def _is_small_clause(clause: Token) -> bool:
    """A bare participle clause with its own subject ("want [the embargo lifted]"): the act is
    wanted done, nobody is said to do it."""
    return clause.tag_ in {"VBN", "VBD"} and not any(g.dep_ in {"aux", "auxpass"} for g in clause.children)


# Singular nouns that name one person by position (antecedents of "him"/"her").
PERSON_NOUNS = frozenset(
    {"president", "minister", "leader", "official", "king", "queen", "prince", "premier", "chancellor", "governor", "mayor",
     "envoy", "ambassador", "diplomat", "journalist", "activist", "dissident", "general", "commander", "spokesman",
     "spokeswoman", "senator", "lawmaker", "candidate", "chief", "secretary", "judge", "prosecutor", "suspect", "man",
     "woman", "politician", "businessman", "tycoon", "cleric", "opponent", "critic"}
)


SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def member_owner(token: Token) -> Token | None:
    """The body a member noun belongs to ("inspectors from [the OPCW]", "a spokesman for
    [Unison]"), if any."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _MEMBER_NOUNS:
        return None
    preps = {"of", "from", "for"} if token.lemma_.lower() in SPEAKER_NOUNS else {"of", "from"}
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


# Nouns of a leader's or group's followers ("supporters of Jacob Zuma"): the followers act, on its side.
_FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "backer", "sympathiser", "sympathizer", "partisan", "devotee"})


def followed_leader(token: Token) -> Token | None:
    """The "of" object of a followers noun heading an argument ("supporters of [Zuma]"), if any."""
    return of_object(token) if token.lemma_.lower() in _FOLLOWERS else None


def of_object(token: Token) -> Token | None:
    """The object of the noun's "of" phrase ("warplanes of [the coalition]"), if any."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


_NOBODY = frozenset({"nobody", "none", "noone", "neither"})


def bare_word(token: Token) -> str:
    """A token's ASCII letters only: scraped text glues stray quote bytes on ("â€œnobody")."""
    return "".join(ch for ch in token.lower_ if ch.isascii() and ch.isalpha())


def is_nobody(token: Token) -> bool:
    """A subject or object that names no actor: "nobody", "none of them", "no one", "no protester",
    "not a single rioter"."""
    lefts = list(token.lefts)
    return bare_word(token) in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in lefts) or (
        token.i > 0 and token.doc[token.i - 1].lower_ == "no" and token.lower_ == "one"
    ) or (any(c.lower_ == "single" for c in lefts) and any(c.dep_ == "neg" for c in lefts))  # "not a single rioter"


def noun_span(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``token`` (modifiers before it included)."""
    start = token.idx
    for child in token.lefts:
        if child.dep_ in {"compound", "amod", "poss", "det", "nmod", "nummod"}:
            start = min(start, child.left_edge.idx)
    end = token.idx + len(token.text)
    for child in token.rights:
        if (child.dep_ in {"compound", "appos", "flat"} and child.i == token.i + 1) or child.dep_ == "appos":
            end = max(end, child.right_edge.idx + len(child.right_edge.text))
    return start, end


# Words above an event noun that make it unreal, wished for or disputed ("fears of an attack").
_UNREAL_ABOVE = HYPOTHETICAL_FRAMES | REFUSAL_FRAMES | NEGATION_FRAMES | INTENT_FRAMES | FUTURE_FRAMES | frozenset(
    {"fear", "prevent", "avoid", "deter", "warn", "threaten", "plan", "accuse", "allege", "rumour", "rumor", "claim",
     "stop", "halt", "end", "ban", "condemn", "if", "unless", "without", "against", "prospect", "danger", "warning"}
)


def noun_reported_as_fact(noun: Token) -> bool:
    """Whether an event noun reports an act that happened ("Israeli strikes killed ..."),
    not one feared, planned, denied or asked for ("fears of an Israeli strike")."""
    if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not", "never"} for c in noun.children):
        return False  # "there was no Israeli raid"
    current = noun
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            break
        if head.lemma_.lower() in _UNREAL_ABOVE or any(c.dep_ == "neg" for c in head.children):
            return False
        if head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in head.children):
            return False
        current = head
    return True


@dataclass
class Frame:
    """How the clauses above a coded act change its reading."""

    modality: str = "asserted"
    intent: bool = False
    promised: bool = False  # an explicit promise or offer ("offered to", "vowed to"), not a mere future
    threat: bool = False  # "threatened to": what is threatened is a CAMEO 13 threat, whatever the act
    refusal: bool = False
    desire: bool = False  # wanted or hoped for ("wants to improve ties"): willingness, CAMEO 03 for cooperation
    condition: bool = False  # the act is the condition of another ("if it opposes", "unless the army halted")
    ability: bool = False  # a power or possibility, not an act ("judges can jail parents", "ministers can ask")
    frame_token: Token | None = None  # the outermost frame verb (start of the trigger span)


def _is_reported(clause: Token) -> bool:
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_LEMMAS


def _is_stopped_short(clause: Token) -> bool:
    """ "stopped short of committing to a deal": the act was not done."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.lower_ != "of":
        return False
    above = prep.head  # "of" hangs on "short" or on "stopped"
    if above.lower_ == "short":
        return above.head.lemma_.lower() == "stop"
    return above.lemma_.lower() == "stop" and any(c.lower_ == "short" for c in above.children)


def _is_without(clause: Token) -> bool:
    """ "debated without having been considered by MPs", "entered without consulting the elders":
    the act was left undone."""
    return clause.dep_ == "pcomp" and clause.head.lower_ == "without"


def _is_scheduled(clause: Token) -> bool:
    """ "Straw is to visit Thailand", "the US is to investigate two airlines": an infinitive under a
    bare "be" with no predicate of its own is an act set for the future, as "will" is; not when
    the subject is an aim or a task ("the ECB's mandate is to fight rising prices")."""
    head = clause.head
    return (
        clause.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and head.lemma_.lower() == "be"
        and head.i < clause.i
        and not any(c.dep_ in {"attr", "acomp", "neg"} for c in head.children)
        and not any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in _AIM_NOUNS for c in head.children)
    )


# "The aim is to win", "the plan is to expand": an aim or a task stated, no act scheduled.
_AIM_NOUNS = frozenset(
    {"aim", "goal", "plan", "idea", "problem", "task", "challenge", "priority", "objective", "purpose", "intention",
     "hope", "option", "solution", "answer", "way", "job", "role", "mission", "strategy", "policy", "point", "key",
     "question", "decision", "danger", "risk", "temptation", "alternative", "choice", "step", "move", "proposal",
     "mandate", "duty", "responsibility", "remit", "ambition", "dream", "vision", "agenda", "target", "intent", "instinct"}
)


def _follows_future(clause: Token) -> bool:
    """A gerund after "before"/"after" of a verb in the future ("will see an orphanage before
    chairing a meeting"): it is to come as well."""
    prep = clause.head
    return (
        clause.dep_ == "pcomp"
        and prep.lower_ in {"before", "after"}
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in prep.head.children)
    )


def _foretells_another(clause: Token) -> bool:
    """A reported future whose subject is another named person than the speaker ("Kinnock said Mr
    Brown would never encourage a coup"): a forecast about another, not a stated intent or refusal."""
    if not _is_reported(clause):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    speaker = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.ent_type_ != "PERSON" or speaker is None:
        return False  # ("Washington would not lift the embargo", said its envoy: the speaker's own side)
    return subject.text not in {t.text for t in speaker.subtree}


def _is_conditional(clause: Token) -> bool:
    """An "if"/"unless" clause, or a verb coordinated inside one ("unless he agreed ... and held")."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children)


def _is_inverted_conditional(clause: Token) -> bool:
    """"had he been detained ...": an auxiliary before the subject marks a counterfactual."""
    subjects = [c.i for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "were", "should"}]
    return clause.dep_ != "ROOT" and any(a.i < subj for a in auxes for subj in subjects)


def _is_instead_of(clause: Token) -> bool:
    """An act named only as what was not done ("instead of arresting them", "rather than fire")."""
    head = clause.head
    if clause.dep_ == "pcomp" and head.lower_ == "of" and head.i > 0 and head.doc[head.i - 1].lower_ == "instead":
        return True
    return clause.dep_ in {"pcomp", "advcl", "xcomp"} and clause.i > 1 and clause.doc[clause.i - 1].lower_ == "than" and clause.doc[clause.i - 2].lower_ == "rather"


def _is_time_for(clause: Token) -> bool:
    """ "(it is) time for X to act": the parser hangs the infinitive on "time" as a relative clause."""
    # ("the time had come for Assad to step aside": the infinitive hangs on "come")
    came = clause.dep_ == "advcl" and clause.head.lemma_.lower() == "come" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "time" for c in clause.head.children
    )
    return (
        (came or (clause.dep_ in {"relcl", "acl"} and clause.head.lemma_.lower() == "time"))
        and has_to_infinitive(clause)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    )


_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
_TALK_NOUNS = frozenset({"talk", "negotiation", "meeting", "debate", "discussion", "dispute", "deal", "agreement", "row", "consultation"})
# Texts and positions whose "on"/"about" gerund is their subject matter ("published rules on using
# force", "issued guidance on detaining suspects"): the parser hangs the phrase on the verb.
_TEXT_NOUNS = frozenset({
    "rule", "guideline", "guidance", "law", "bill", "legislation", "report", "proposal", "plan", "paper", "view",
    "position", "policy", "advice", "question", "referendum", "vote", "consultation", "statement", "letter",
    "decision", "ruling", "study", "inquiry", "review", "code", "document", "memo", "order", "stance",
})


def _is_topic(clause: Token) -> bool:
    """A gerund that names what a talk, plan or dispute is about ("talks on reopening the park",
    "a debate over lifting the ban")."""
    prep = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or prep.lower_ not in _TOPIC_PREPS:
        return False
    holder = prep.head
    if holder.pos_ == "NOUN":
        return True
    # "pull out of talks with Seoul on reopening the park": the parser hangs the topic on the verb
    if any(t.lemma_.lower() in _TALK_NOUNS for c in holder.children if c.dep_ in {"dobj", "prep"} for t in c.subtree if t.i < prep.i):
        return True
    # "published rules on using force": the text's subject, hung on the verb; the noun stands right before
    before = prep.doc[prep.i - 1]
    return (
        prep.lower_ != "over" and before.dep_ in {"dobj", "pobj"} and before.lemma_.lower() in _TEXT_NOUNS
        and any(a.i == holder.i for a in before.ancestors)
    )


def has_to_infinitive(clause: Token) -> bool:
    """A clause marked by "to": "to rally", "(gave them ten days) to withdraw"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def is_infinitival(clause: Token) -> bool:
    """An infinitive the parser hung as an adverbial clause ("have sworn [to fight]")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children)


def is_stated_intent(clause: Token) -> bool:
    """An infinitive that states the intent its noun names, held by the verb's subject
    ("announced plans to impose sanctions", "signalled its willingness to resume talks")."""
    head = clause.head
    # only a noun the subject states or holds ("announced plans", "has no plans"); "condemned
    # Britain's decision to expel" states Britain's act, not the condemner's
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return (
        clause.dep_ == "acl"
        and head.lemma_.lower() in INTENT_NOUNS | FUTURE_FRAMES
        and head.dep_ in {"dobj", "attr"}
        and head.head.lemma_.lower() in _STATING_VERBS
        and (owner is None or owner.pos_ == "PRON")
        and has_to_infinitive(clause)
    )


# Verbs by which an actor states or holds an intent noun ("announced plans to", "has no plans to").
_STATING_VERBS = frozenset(
    {"announce", "unveil", "signal", "confirm", "have", "express", "show", "outline", "reveal", "present", "approve",
     "adopt", "declare", "state", "reiterate", "make", "set", "lay", "draw", "indicate", "voice", "be"}
)


# Purposes that the act itself performs: marching "to demand" is demanding, summoning an envoy
# "to protest" is protesting, telephoning a leader "to discuss" is discussing.
_PERFORMED_PURPOSES = frozenset(
    {"protest", "demand", "denounce", "condemn", "express", "show", "mark", "commemorate", "call", "press", "urge", "voice",
     "discuss", "demonstrate", "complain", "thank", "congratulate", "celebrate", "mourn", "honour", "honor", "support", "oppose",
     "disperse", "quell", "scatter", "repel", "contain", "vent", "air", "register"}
)
# ... and force used "to disperse the mob": the firing is the repression, whatever its success
_PERFORMING_ACTS = frozenset(
    {"march", "rally", "gather", "take", "stage", "hold", "strike", "walk", "assemble", "protest", "demonstrate", "block",
     "summon", "telephone", "phone", "call", "meet", "visit", "travel", "fly", "write", "arrive", "converge", "parade", "turn",
     "fire", "lob", "burst", "use", "resort", "lathicharge", "charge", "shoot", "open", "camp", "bang", "sit", "chant",
     "burn", "dump", "boycott", "wave", "shave", "fast", "occupy", "pour", "flood", "throng", "line", "form"}
)


# What one takes to do a thing one then does (audit 27: "took the stage Tuesday night to acknowledge
# his victory" and "taking care to praise Mrs. Clinton" were read as intents).
_TAKEN_TO_ACT = frozenset({"care", "pain", "pains", "trouble", "stage", "podium", "floor", "microphone", "mic", "rostrum", "lectern"})


def is_performed_purpose(clause: Token) -> bool:
    """A purpose the main act performs ("marched in Caracas to demand", "summoned the US ambassador
    to protest"): done, not merely intended. A strike that performs is a walkout (no object), and
    taking performs only "to the streets"; "warplanes struck tanks to support the rebels" does not."""
    head = clause.head
    lemma = head.lemma_.lower()
    if lemma == "take" and is_infinitival(clause) and any(c.dep_ == "dobj" and c.lemma_.lower() in _TAKEN_TO_ACT for c in head.children):
        return True  # "took the stage to acknowledge his victory", "taking care to praise her": done
    if clause.lemma_.lower() not in _PERFORMED_PURPOSES or lemma not in _PERFORMING_ACTS or not is_infinitival(clause):
        return False
    if lemma == "strike":
        return not any(c.dep_ == "dobj" for c in head.children)
    if lemma == "take":
        return any(g.lemma_.lower() == "street" for c in head.children if c.dep_ == "prep" for g in c.children)
    return True


def _is_yet_to(clause: Token) -> bool:
    """An infinitive under "be/have yet to" ("are yet to arrest", "has yet to respond")."""
    head = clause.head
    return (
        clause.dep_ in {"xcomp", "advcl"}
        and head.lemma_.lower() in {"be", "have"}
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
    )


_REPORTING_PASSIVES = frozenset({"report", "say", "understand", "believe", "think", "know", "see"})


def _is_reported_past(clause: Token) -> bool:
    """A perfect infinitive under a reporting passive ("Olmert was reported to have attended",
    "the rebels are believed to have killed ten soldiers"): the act is reported as done."""
    return (
        clause.dep_ in {"xcomp", "advcl"}
        and is_passive(clause.head)
        and clause.head.lemma_.lower() in _REPORTING_PASSIVES
        and clause.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children)
        and has_to_infinitive(clause)
    )


def _is_purpose_of_object(clause: Token) -> bool:
    """A purpose infinitive after a neutral frame that has its own object ("launched a manhunt to
    arrest the killers", "started an operation to free them"): the act is aimed at, not done.
    "helped Nepal rebuild" keeps its reading: help's object is the complement's actor."""
    head = clause.head
    return head.lemma_.lower() != "help" and any(c.dep_ == "dobj" for c in head.children)


# Nouns whose "that" clause is what they report ("reports that the MLA was arrested").
_CONTENT_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "allegation", "suggestion", "speculation", "charge"})


# Frames of a power to act, which report no act whatever their tense ("will be able to reject").
_ABILITY_FRAMES = frozenset({"able", "unable", "capable"})


def _was_able(adjective: Token) -> bool:
    """ "were able to arrest": a past ability that was used, so the act was done."""
    return (
        adjective.lemma_.lower() == "able" and adjective.dep_ == "acomp" and adjective.head.tag_ == "VBD"
        and not any(c.dep_ == "neg" for c in adjective.head.children)
    )


def _clauses_instead_of_object(verb: Token, subject_deps: frozenset[str]) -> list[Token]:
    """The complement clauses with a subject of their own of a verb that has no object (none if
    it has one): what the verb states, thinks or agrees to."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children) or gerund_objects(verb):
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and any(g.dep_ in subject_deps for g in c.children)]


def states_a_clause(verb: Token) -> bool:
    """A verb with no object whose complement is a clause with its own subject ("police
    apprehend that violence may spread"): a thought or a claim, not a physical act."""
    return bool(_clauses_instead_of_object(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))


_COMMITTING_AUX = FUTURE_AUX | HYPOTHETICAL_AUX | {"shall"}


def holds_an_opinion(verb: Token) -> bool:
    """ "most Americans agree that the system is broken", "had to recognise there were problems":
    a clause of fact or opinion, with no object and nothing to be done, is no agreement."""
    clauses = _clauses_instead_of_object(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"})
    return bool(clauses) and not any(
        g.dep_ == "aux" and g.lower_ in _COMMITTING_AUX for c in clauses for g in [*c.children, *(x for k in c.conjuncts for x in k.children)]
    )


_MAJORITY_WORDS = frozenset({"most", "many", "some", "few"})


def is_majority_view(verb: Token) -> bool:
    """ "most Democrats agree that ...", "many economists accept that ...": a present-tense view
    held by part of a group is an opinion poll, no agreement made."""
    if verb.tag_ not in {"VBP", "VBZ"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ in {"amod", "det"} and c.lower_ in _MAJORITY_WORDS for c in subject.children)


# Stances a public holds, which a poll reports ("Americans overwhelmingly oppose cutting off funds").
_PUBLIC_STANCES = frozenset({"oppose", "support", "favor", "favour", "back", "prefer", "reject", "approve", "disapprove", "want"})
# Words that tell of a poll in the sentence.
_POLL_WORDS = frozenset({"poll", "survey", "percent", "%", "overwhelmingly", "majority", "respondent"})
# Common nouns for the public or a part of it.
_PUBLIC_NOUNS = frozenset({"voter", "american", "people", "public", "resident", "citizen", "respondent", "democrat", "republican", "independent", "troop"})


def is_public_view(verb: Token) -> bool:
    """ "Americans overwhelmingly oppose cutting off funds", "voters support the plan": a present-tense
    stance of the public, or part of it, is a poll's finding, no act (audit 20)."""
    if verb.tag_ not in {"VBP", "VBZ"} or verb.lemma_.lower() not in _PUBLIC_STANCES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in {"NNS", "NNPS"}:
        return False
    people = subject.lemma_.lower() in _PUBLIC_NOUNS or (subject.ent_type_ == "NORP" and subject.lower_.endswith("s"))
    # a people's stance without a poll is its leaders' ("The Palestinians reject proposed Israeli changes")
    polled = any(t.lemma_.lower() in _POLL_WORDS for t in verb.sent) or any(c.lower_ in _MAJORITY_WORDS for c in subject.children)
    return people and polled


def quits_doing(verb: Token) -> bool:
    """ "quit giving paid speeches", "stopped taking questions": a habit given up, no office left."""
    return verb.lemma_.lower() == "quit" and any(c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" for c in verb.children)


def aids_and_abets(verb: Token) -> bool:
    """ "aided and abetted the leftward lurch": the legal idiom for complicity, no aid given."""
    return verb.lemma_.lower() == "aid" and any(c.dep_ == "conj" and c.lemma_.lower() == "abet" for c in verb.children)


def named_as(verb: Token) -> bool:
    """Whether "as" after a naming verb gives a proper name: "brand their program as Building
    Community Resilience" names it ("branded the scheme a waste" and "as a failure" judge it)."""
    after = next((c for c in verb.subtree if c.i > verb.i and c.lower_ == "as"), None)
    if after is None or after.i + 1 >= len(verb.doc):
        return False
    word = verb.doc[after.i + 1]
    return word.text[:1].isupper() and word.lower_ not in {"a", "an", "the"}


def held_place(verb: Token) -> bool:
    """Whether the one "locked up" is a place (the tagger's GPE on a surname is too common to
    trust for "detained"): "had New Hampshire 'locked up'" (a small
    clause whose subject is the patient), "locked up the state" (a state won, nobody detained)."""
    patients = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    small_clause = verb.tag_ == "VBN" or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in {"have", "get"})
    if small_clause and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        patients += [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lemma_.lower() == "lock" and any(p.ent_type_ in {"GPE", "LOC"} for p in patients)


def _looks_forward(verb: Token) -> bool:
    return verb.lemma_.lower() == "look" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "forward" for c in verb.children)


def _neither_nor(token: Token) -> bool:
    """Whether ``token`` is a verb of "neither ... nor": "has neither admitted nor denied wrongdoing"
    denies nothing (audit 17)."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children):
        return True
    return token.dep_ == "conj" and any(c.dep_ in {"cc", "preconj"} and c.lower_ in {"nor", "neither"} and c.i < token.i for c in token.head.children)


def _negated_before_or(token: Token) -> bool:
    """Whether a participle follows a negated one with "or": "has not endorsed her or conceded"."""
    first = token.head
    return (
        first.tag_ == "VBN"
        and token.tag_ in {"VBN", "VBD"}  # the tagger reads "or conceded his bid" as a past tense
        and any(c.dep_ == "neg" for c in first.children)
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)
    )


def frame_of(token: Token) -> Frame:
    """Modality and CAMEO transform of the act ``token`` from its auxiliaries and frame verbs."""
    frame = Frame()
    negated = future = hypothetical = forecast = wished_by_other = conditional = foretold = denied = False
    current = token
    if token.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux"} for c in token.children):
        # "threatened to attack polling stations and kill anyone": the second act shares the frame
        # of an embedded first act; a main verb's negation stays its own ("did not want to strike
        # and called for talks": the call was made)
        first = _first_conjunct(token)
        # ... and a finite verb after an infinitive ("to go on strike and called") is coordinated higher up
        if first.dep_ in {"xcomp", "ccomp", "advcl", "acl", "pcomp"} and not (first.tag_ == "VB" and token.tag_ in {"VBD", "VBZ", "VBP"}):
            current = first
        elif token.tag_ == "VB" and first.tag_ == "VB" and any(c.dep_ in {"aux", "neg"} for c in first.children):
            # "the government can tax or seize unused farms", "did not arrest or charge him": a bare
            # verb coordinated with another shares its auxiliaries (audit 15 found "seize" asserted)
            current = first
        elif _negated_before_or(token):
            current = token.head  # "he hasn't endorsed her or conceded his bid": neither act was done (audit 20)
    negated = _neither_nor(token)
    for _ in range(6):
        for child in current.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in {"acomp", "oprd"} and any(g.dep_ == "neg" for g in child.children)):
                negated = True  # ... and "pleaded not guilty", where "not" hangs under "guilty"
            elif child.dep_ in SUBJECT_DEPS and any(g.dep_ in {"preconj", "det"} and g.lower_ == "neither" for g in child.children):
                negated = True  # "Neither Johnson nor Weld is inclined to attack Clinton" (audit 20)
            elif child.dep_ == "advmod" and low == "longer" and any(g.lower_ == "no" for g in child.children):
                negated = True  # "it no longer accepted Mbeki as mediator": the acceptance has ended
            elif child.dep_ == "aux" and (low in FUTURE_AUX or (low == "would" and _is_reported(current))):
                future = True  # "said they would boycott": the future of reported speech
                foretold = foretold or _foretells_another(current)
            elif child.dep_ == "aux" and low in HYPOTHETICAL_AUX:
                hypothetical = True
                frame.ability = frame.ability or (low == "can" and current.i in (token.i, _first_conjunct(token).i))
            elif child.dep_ == "mark" and low in CONDITIONAL_MARKS:
                hypothetical = conditional = True  # "whether a party will breach ...": no future, a condition
            elif child.dep_ == "advmod" and low in _HEDGES:
                hypothetical = conditional = True  # "hopefully they will support": hoped, not intended
        if _is_conditional(current) or _is_inverted_conditional(current):
            hypothetical = True
            frame.condition = frame.condition or current.i == _first_conjunct(token).i or current.i == token.i
        if _is_reported_past(current):
            break  # "was reported to have attended": a past act as reported, neither aim nor belief
        if is_infinitival(current) and (
            current.head.lemma_.lower() not in NEUTRAL_FRAMES | INTENT_FRAMES | REFUSAL_FRAMES or _is_purpose_of_object(current)
        ) and not is_performed_purpose(current):
            hypothetical = True  # a purpose ("sent teams to apprehend him"): intended, not done
        yet_to = _is_yet_to(current)
        if yet_to:
            negated = True  # "police are yet to arrest the accused", "has yet to sign": not done
        if _is_instead_of(current) or _is_stopped_short(current) or _is_without(current):
            negated = True  # "instead of cracking down on the mobs, the police stood by"
        if (_is_scheduled(current) and not yet_to) or _follows_future(current):
            future = True  # "Straw is to visit Thailand"; "will see an orphanage before chairing a meeting"
        if _is_time_for(current):
            hypothetical = True  # "it is time for X to commit": what should be done, not what was
        if _is_topic(current):
            hypothetical = True  # "talks with Seoul on reopening the park": what is discussed, not done
        if current.dep_ == "pcomp" and current.head.lower_ in {"towards", "toward"}:
            hypothetical = True  # "pledged to work towards lifting the ban": an aim, not done
        if current.dep_ == "pcomp" and current.head.lower_ == "to" and _looks_forward(current.head.head):
            hypothetical = True  # "looks forward to working with him": a wish, not done
        content_of_claim = current.dep_ == "relcl" and current.head.lemma_.lower() in _CONTENT_NOUNS  # "the claim he had reneged"
        if current.dep_ not in {"xcomp", "ccomp", "acl", "acomp"} and not is_infinitival(current) and not content_of_claim:
            break
        head = current.head
        lemma = head.lemma_.lower()
        if lemma in _CONTENT_NOUNS and head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in NEGATION_FRAMES | {"reject"}:
            negated = denied = True  # "police denied reports that the MLA was arrested"
            break
        if current.dep_ == "ccomp" and lemma in SPEECH_LEMMAS and lemma not in HYPOTHETICAL_FRAMES:
            break  # reported speech: the embedded act keeps its own reading ("suggested" only hints it)
        if current.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            negated = True  # "has no plans to send troops", "showed no willingness to return"
        if lemma in INTENT_FRAMES or (current.dep_ == "acl" and lemma in INTENT_NOUNS):
            frame.intent = True
            frame.promised = lemma not in {"threaten", "threat"}
            frame.threat = frame.threat or lemma in {"threaten", "threat"}
        elif lemma == "fail" and token.lemma_.lower() in SPEECH_LEMMAS:
            negated = True  # "failing to report fraud", "fail to say they have moved house": left unsaid, no refusal to comment
        elif lemma in REFUSAL_FRAMES:
            frame.refusal = True
        elif lemma in FUTURE_FRAMES:
            future = True
            # "the leaders are expected to meet", "is scheduled to speak": others' forecast of
            # the act, not its actor's stated intent (CAMEO 03)
            forecast = forecast or is_passive(head) or lemma in _FORECAST_ADJECTIVES
        elif lemma in {"want", "wish", "like"} and token.lemma_.lower() in _PERFORMATIVES and _said_in_first_person(head):
            pass  # "I particularly want to commend Donald Trump": saying so commends him (audit 28)
        elif lemma in HYPOTHETICAL_FRAMES and not _was_able(head):
            hypothetical = True
            frame.ability = frame.ability or lemma in _ABILITY_FRAMES  # "will be able to reject": a power
            frame.desire = frame.desire or lemma in DESIRE_FRAMES
            # "I hope the government will release me": the future is the wish's, not an intent of
            # the government's; the act stays wished for (hypothetical)
            wished_by_other = wished_by_other or current.dep_ == "ccomp"
        elif lemma in NEGATION_FRAMES:
            negated = denied = True
        elif lemma == "be" and current.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lemma_.lower() in HYPOTHETICAL_FRAMES for c in head.children):
            # "it is unthinkable that Russia will invade", "it is likely that ...": judged, neither done nor intended
            hypothetical, future = True, False
        elif lemma not in NEUTRAL_FRAMES and head.pos_ in {"VERB", "AUX"} and current.dep_ == "ccomp":
            break
        if head.pos_ in {"VERB", "AUX", "ADJ"}:
            frame.frame_token = head
        current = head
    if any(c.dep_ in {"dobj", "nsubjpass"} and is_nobody(c) for c in token.children):
        negated = True  # "the police arrested no one", "not a single rioter has been arrested"
    if wished_by_other or conditional:
        future = False
    if negated and frame.threat and not future:
        frame.modality = "negated"  # "has not threatened to abandon", "denied it had threatened": no threat, no refusal
    elif negated and (foretold or denied):
        # "Kinnock said Brown would never encourage a coup": a forecast of another; "denied a report
        # that he planned to appeal to the kidnappers": no plan. Neither is a refusal.
        frame.modality, future = "negated", False
    elif negated and (future or frame.intent):
        frame.refusal = True  # "will not accept" is a rejection in CAMEO
        frame.intent = False
    elif negated and not frame.refusal:
        frame.modality = "negated"
    if future and not frame.refusal:
        frame.intent = frame.intent or not forecast
        frame.modality = "future"
    if hypothetical and frame.modality == "asserted":
        frame.modality = "hypothetical"
    return frame
