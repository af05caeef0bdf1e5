"""Category vocabulary for numeric claims (see docs/claims.md).

Categories follow GDELT GKG 2.1 count types (KILL, WOUND, ARREST, KIDNAP, AFFECT,
PROTEST, SEIZE; codebook "Counts" field), plus ``money``, ``percent`` and ``other``.
Words are lemmas (lowercase). A category is read from the counted noun first
("16 deaths"), then from the words the number hangs from ("killed 16 people").
"""

from __future__ import annotations

# Lemmas of verbs, adjectives or nouns on the number's path to its clause.
CONTEXT = {
    "KILL": {
        "kill", "die", "dead", "death", "toll", "slay", "massacre", "execute", "fatality", "murder",
        "martyr", "behead", "assassinate", "perish", "body", "corpse", "slaughter", "killed", "drown",
        "fatal", "casualty", "killing", "execution", "bloodshed",
    },
    "WOUND": {"wound", "injure", "injury", "hurt", "maim", "injured", "wounded"},
    "ARREST": {
        "arrest", "detain", "detainee", "jail", "imprison", "prisoner", "custody", "apprehend", "round",
        "incarcerate", "detention", "sentence", "convict", "charge",
    },
    "KIDNAP": {"kidnap", "abduct", "hostage", "captive", "abductee", "abduction", "kidnapping"},
    "AFFECT": {
        "displace", "flee", "evacuate", "refugee", "homeless", "destroy", "damage", "demolish", "raze",
        "besiege", "siege", "trap", "starve", "affect", "uproot", "evict", "strand", "shelter", "flatten",
    },
    "PROTEST": {"protest", "protester", "protestor", "demonstrator", "demonstrate", "rally", "march"},
    "SEIZE": {"seize", "confiscate", "capture", "impound", "loot"},
}  # fmt: skip

# Counted nouns that fix the category on their own ("16 deaths", "300 protesters").
NOUN_CATEGORY = {
    "death": "KILL", "fatality": "KILL", "casualty": "KILL", "body": "KILL", "corpse": "KILL",
    "martyr": "KILL", "injury": "WOUND", "detainee": "ARREST", "prisoner": "ARREST", "arrest": "ARREST",
    "hostage": "KIDNAP", "captive": "KIDNAP", "abductee": "KIDNAP", "refugee": "AFFECT",
    "evacuee": "AFFECT", "protester": "PROTEST", "protestor": "PROTEST", "demonstrator": "PROTEST",
}  # fmt: skip

CURRENCY_WORDS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "shekel", "rupee", "lira", "dinar", "riyal", "usd"}
)
PERCENT_WORDS = frozenset({"percent", "%", "per", "pct", "percentage"})

# Counted nouns that are not things in the world: time spans, units, ranks, repeats.
NOT_COUNTED = frozenset(
    {
        "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "time", "times",
        "o'clock", "am", "pm", "a.m.", "p.m.", "km", "kilometre", "kilometer", "mile", "metre", "meter",
        "foot", "feet", "inch", "kg", "kilogram", "tonne", "ton", "degree", "point", "page", "step", "part",
        "round", "term", "stage", "phase", "thing", "way", "side", "reason", "question", "act", "per",
        "hectare", "acre", "square", "cm", "mm", "pound", "gram", "litre", "liter", "barrel", "bpd",
        "session", "episode", "chapter", "article", "resolution", "section", "grade", "level",
        "floor", "storey", "story", "lap", "goal", "game", "match", "set", "tablet", "other",
        "another", "each", "one", "half", "third", "quarter", "%", "percent", "dozen", "hundred",
        "thousand", "million", "billion", "gmt", "utc", "bst", "est", "edt", "cet", "local",
    }
)  # fmt: skip

# Nouns naming people or groups of them: a subset of the group counted in the same sentence.
PEOPLE = frozenset(
    {
        "people", "person", "civilian", "child", "woman", "man", "men", "women", "children", "boy", "girl",
        "soldier", "fighter", "militant", "rebel", "palestinian", "syrian", "resident", "member", "worker",
        "officer", "policeman", "troop", "student", "journalist", "doctor", "patient", "infant", "baby",
        "teenager", "youth", "minor", "elderly", "family", "victim", "refugee", "migrant", "protester",
        "demonstrator", "detainee", "prisoner", "hostage", "militiaman", "combatant", "insurgent",
        "jihadist", "citizen", "national", "personnel", "staff", "volunteer", "paramedic", "nurse",
    }
)  # fmt: skip

# Words after a number introducing a subset of an earlier count ("including 7,112 children").
SUBSET_BEFORE = (
    ("including",),
    ("among", "them"),
    ("among", "whom"),
    ("of", "whom"),
    ("of", "which"),
    ("among", "the", "dead"),
)
SUBSET_AFTER = (("of", "them"), ("of", "whom"), ("of", "those"), ("among", "them"))

# Words that make a preceding capitalised word plus number a name ("Resolution 2254", "Flight 17").
NAME_NOUNS = frozenset(
    {
        "resolution",
        "flight",
        "article",
        "route",
        "highway",
        "road",
        "brigade",
        "division",
        "unit",
        "group",
        "room",
        "platform",
        "gate",
    }
)

AGE_WORDS = frozenset({"aged", "age", "ages"})

# Periods: date mentions starting with these open or close the counted period.
PERIOD_START = ("since", "from", "after")
PERIOD_END = ("until", "till", "by", "before", "through")

# Verbs that pass a count on without saying what happened ("the toll reached 70",
# "130 people are reported to have died"): look at their subject and complements instead.
LIGHT_VERBS = frozenset(
    {
        "be", "reach", "rise", "climb", "increase", "jump", "stand", "put", "bring", "include", "leave",
        "total", "number", "top", "exceed", "report", "say", "believe", "think", "expect", "fear",
        "estimate", "become", "remain", "hit", "surpass", "pass", "count", "record", "document", "add",
    }
)  # fmt: skip

# Category verbs whose active subject is the doer, not the counted victim ("strikes killed").
TRANSITIVE = frozenset(
    {
        "kill", "massacre", "execute", "murder", "behead", "assassinate", "slaughter", "wound", "injure",
        "maim", "hurt", "arrest", "detain", "jail", "imprison", "apprehend", "kidnap", "abduct", "seize",
        "confiscate", "capture", "displace", "destroy", "damage", "demolish", "evacuate", "evict",
    }
)  # fmt: skip

# Prepositions a count may sit under and still be what the verb acts on ("dozens of people",
# "the toll rose to 70"); under any other ("evacuated from two villages") it is not.
PATH_PREPS = frozenset({"of", "to", "at", "including", "among", "by", "as"})
