"""Given names that say a person's sex, for the checks that keep a wife from joining her husband
("Mrs Howard" is not Michael Howard) and "she" from joining a man ("'I feel bad,' she said" after
a paragraph on Ben Carson). Common English given names and those of leaders often in the news; a
name used by both sexes (Jean, Leslie, Kim, Robin) is in neither."""

from __future__ import annotations

from collections.abc import Iterable


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE_NAMES = _names(
    "michael john tony gordon david charles george william james robert jack peter paul mark richard thomas ian iain "
    "alan andrew stephen steven nick nicholas kenneth ken geoff geoffrey alistair alastair douglas vladimir jacques "
    "gerhard silvio jose barack donald joe bill ronald dick colin kofi ben benjamin ted marco bernie jeb chris "
    "christopher rand mike mitt newt rick scott jim tim tom harry henry edward frank fred frederick gary greg gregory "
    "jeff jeffrey jerry jonathan josh joshua kevin larry martin matt matthew mitch patrick phil philip "
    "ralph ray raymond roger ron ryan sam samuel sean simon steve timothy walter wayne boris dmitry sergei sergey "
    "francois emmanuel matteo recep bashar hassan mahmoud ahmed mohammed muhammad omar ehud ariel benny yitzhak "
    "shimon narendra rahul manmohan jair luiz hugo evo fidel raul justin brian carl daniel dan dennis eric harold "
    "jimmy keith lawrence leon lloyd louis neil norman oliver owen rudy russell stanley terry vincent warren jared "
    "reince corey newton marcus"
)
FEMALE_NAMES = _names(
    "margaret cherie sandra hillary condoleezza angela patricia tessa hazel ruth clare mo theresa harriet jacqui "
    "hilary yvette estelle glenda diane helen mary elizabeth anne ann sarah jane julia christine madeleine nancy "
    "laura michelle ségolène segolene benazir indira golda carly kellyanne ivanka melania chelsea huma debbie "
    "donna elizabeth susan susana samantha nikki sarah marine emma olivia sophie catherine kate katherine karen "
    "linda barbara betty dorothy lisa jennifer jessica amy amanda rebecca rachel emily anna hannah grace alice "
    "victoria caroline claire louise joanne janet judith judy joan carol carolyn deborah heather kathleen kathy "
    "maria martha megyn michele nicole paula pamela rosa sharon stephanie tina valerie wendy ursula kamala nancy "
    "jill tulsi kirsten amy elise loretta sonia ruth ayanna ilhan alexandria"
)


def other_sex(pronoun_or_title: str, given_names: Iterable[str]) -> bool:
    """Whether ``pronoun_or_title`` ("she", "Mrs"; "he", "Mr") names the other sex than all the
    ``given_names`` (those with no known sex decide nothing)."""
    word = pronoun_or_title.rstrip(".").lower()
    given = {g.lower() for g in given_names}
    female = bool(given & FEMALE_NAMES) and not given & MALE_NAMES
    male = bool(given & MALE_NAMES) and not given & FEMALE_NAMES
    return (word in FEMALE_WORDS and male) or (word in MALE_WORDS and female)


# Honorifics and subject pronouns by sex (not possessives: "her husband Bill Clinton" is a man).
FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "lady", "dame", "baroness", "madam", "mme", "she"})
MALE_WORDS = frozenset({"mr", "sir", "lord", "he"})
