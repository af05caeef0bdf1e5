"""Word lists for attribution: reporting verbs, speaker exclusions, pronouns.

The verb lists are lemmas. They were assembled from the PARC/PolNeAR annotation
guidelines' examples of attribution cues and checked on PolNeAR train/dev; verbs
that mostly report an action rather than speech ("show", "find") are left out
because a false speaker is worse than a missed one.
"""

from __future__ import annotations

# Verbs that frame a direct quotation ("…," she said / he told reporters: "…").
DIRECT_CUES = frozenset(
    {
        "say", "tell", "add", "state", "claim", "announce", "declare", "warn", "note", "explain",
        "write", "insist", "argue", "accuse", "deny", "acknowledge", "admit", "reply", "respond",
        "ask", "suggest", "report", "confirm", "assert", "contend", "maintain", "recall", "predict",
        "promise", "vow", "pledge", "urge", "stress", "emphasize", "emphasise", "comment", "remark",
        "observe", "continue", "conclude", "tweet", "post", "describe", "call", "allege", "complain",
        "testify", "quip", "joke", "shout", "yell", "scream", "whisper", "muse", "concede", "caution",
        "threaten", "demand", "boast", "brag", "proclaim", "reveal", "disclose", "hint", "charge",
        "counter", "retort", "lament", "recount", "reiterate", "repeat", "agree", "answer", "begin",
        "chime", "cry", "exclaim", "interject", "offer", "point", "put", "shoot",
        "sigh", "snap", "speak", "tout", "blast", "mock", "praise",
        "thunder", "wonder", "plead", "implore", "advise", "assure", "inform", "remind", "recommend",
        "estimate", "indicate", "signal", "believe", "think", "feel", "hope", "fear", "worry",
    }
)  # fmt: skip

# Verbs whose clausal complement is reported content ("X said that …").
# Mental-state verbs ("think", "believe") are kept: PolNeAR and PARC count them as
# attribution, and the holder is the source of the proposition.
INDIRECT_CUES = frozenset(
    {
        "say", "tell", "add", "state", "claim", "announce", "declare", "warn", "note", "explain",
        "write", "insist", "argue", "deny", "acknowledge", "admit", "reply", "respond", "suggest",
        "report", "confirm", "assert", "contend", "maintain", "predict", "promise", "vow", "pledge",
        "stress", "emphasize", "emphasise", "remark", "observe", "conclude", "tweet", "allege",
        "complain", "testify", "concede", "caution", "threaten", "boast", "proclaim", "reveal",
        "disclose", "hint", "charge", "counter", "reiterate", "repeat", "agree", "answer", "assure",
        "inform", "remind", "estimate", "indicate", "signal", "believe", "think", "hope", "fear",
        "worry", "accuse", "recall", "urge", "demand", "guarantee", "lament", "mention", "speculate",
        "forecast", "project", "retort",
    }
)  # fmt: skip

# Nouns heading an attributing phrase: "according to", and "X's statement that" is not handled.
ACCORDING = ("according to",)

# A speaker is never the person relaying the words.
RELAY_NOUNS = frozenset({"translator", "interpreter", "translation", "spokesperson's translator"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we", "i", "you", "who", "which", "that"})

# Honorifics dropped when matching a surname to a full name.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "mr.", "mrs.", "ms.", "dr."}
)

# Subject dependency labels that name the holder of a reporting verb.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

# Speaker phrases that are never a speaker: pronouns of the quote itself, expletives.
NOT_SPEAKERS = frozenset({"there", "this", "what", "these", "those"})

# Relative pronouns stand for the noun their clause modifies ("Smith, who said …").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
