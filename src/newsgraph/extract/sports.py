"""Sports stories: teams named after countries and cities are no states, and play is no politics.

"Italy launched a series of attacks", "Wales laid siege to the English line", "England will
protest to the IRB", "Norwich have signed Graham Stuart": in match reports a country's or a
city's name is its team, and the verbs of play read as force, fighting and diplomacy. GDELT
codes such sentences as political events; we drop them. A story is a sports story when its
words of sport are dense (``is_sports_story``); in one, an event is dropped when a team is its
source or target (``names_a_team``) or its sentence tells of play (``tells_of_play``), unless
the state acts (fans arrested, doping charges: real events of sports news stay).

The thresholds were set on the BBC corpus's five sections (../shared, not a benchmark split):
469 of 511 sport stories pass, and 2 of 417 politics, 9 of 510 business (club takeovers), 1 of
386 entertainment and 5 of 401 technology stories (football games); 5 of 1,012 PolNeAR election
stories (golf courses, a death notice, a player kneeling at the anthem) and 1 of 1,257 Times of
India city stories.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from newsgraph.knowledge.countries import city_country, country_by_adjective, country_by_capital, country_by_name, fold

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsgraph.model import Event, EventArg

# Words that, in news, are nearly always about sport.
_SPORT_WORDS = frozenset(
    {
        "match", "matches", "goal", "goals", "striker", "strikers", "midfielder", "midfielders", "goalkeeper",
        "goalkeepers", "keeper", "winger", "wingers", "fly-half", "scrum-half", "scrum", "tries", "half-time",
        "kick-off", "referee", "squad", "squads", "championship", "championships", "tournament", "tournaments",
        "league", "leagues", "cup", "premiership", "fixture", "fixtures", "stadium", "pitch", "innings", "wicket",
        "wickets", "batsman", "batsmen", "bowler", "bowlers", "medal", "medals", "olympic", "olympics", "athlete",
        "athletes", "athletics", "marathon", "sprinter", "sprinters", "tennis", "football", "rugby", "cricket", "golf",
        "boxing", "champion", "champions", "semi-final", "quarter-final", "final", "finals", "coach", "coaches", "club",
        "clubs", "player", "players", "scored", "seed", "seeded", "tiebreak", "wimbledon", "atp", "wta", "metres",
        "hurdles", "relay", "indoor", "runner", "runners"
    }
)
# Words as common in politics ("the race", "a victory") that count for a third.
_SHARED_WORDS = frozenset(
    {
        "captain", "season", "fans", "team", "teams", "victory", "defeat", "win", "wins", "won", "draw", "score",
        "points", "title", "race", "injury", "manager", "boss", "round", "record", "clash", "game", "games", "lions"
    }
)
_SPORT_PHRASES = (
    "six nations", "world cup", "grand slam", "premier league", "champions league", "fa cup",
    "world record", "australian open", "us open", "french open",
)
# A scoreline ("18-17", "2-0"), not a date range ("2004-05") or a long number.
_SCORELINE = re.compile(r"(?<![\d,/-])\d{1,2}-\d{1,2}(?![\d/-])")
_WORD = re.compile(r"[a-z][a-z\-]*")
_MIN_DENSITY = 2.0  # weighted sport words per 100 words
_MIN_DISTINCT = 3  # distinct sport words (or a sport phrase)

# Words of play within a sentence: the act told is a move of the game ("Italy hit back in the
# 11th minute", "Wales regained control with a second try"). Not "match" or "cup", which
# ministers use too ("banning them from matches").
_PLAY_WORDS = frozenset(
    {
        "victory", "defeat", "win", "beat", "score", "scored", "scoring", "points", "lead", "goal", "goals", "try",
        "tries", "penalty", "penalties", "kick", "ball", "pitch", "scrum", "line-out", "lineout", "breakdown", "wicket",
        "innings", "minute", "half-time", "interval", "serve", "forehand", "backhand", "volley"
    }
)
# Nicknames of teams, which the tables read as other things ("the Gunners" as artillerymen).
_TEAM_NICKNAMES = frozenset(
    {
        "gunners", "reds", "blues", "magpies", "saints", "hammers", "spurs", "toffees", "kiwis", "wallabies",
        "springboks", "pumas", "lions", "azzurri", "canaries", "hoops", "bhoys", "gers", "villans", "baggies", "foxes",
        "wolves", "owls", "blades"
    }
)
_TEAM_NOUNS = frozenset({"club", "clubs", "team", "teams", "side", "sides", "squad", "squads", "xv", "eleven"})
_CLUB_SUFFIXES = ("city", "united", "rovers", "town", "athletic", "wanderers", "albion", "fc", "county")
# Who may still act in a sports story: police and courts (arrests of fans, doping trials), and
# governments and lawmakers named as such ("Scotland's justice minister has warned bigoted fans").
_LAW_SECTORS = frozenset({"COP", "JUD"})
# Sports stories give clubs' and leagues' spokesmen a government's sector, so only words of a state
# office make a government source ("Uefa spokesman Rob Faulkner" is none).
_STATE_OFFICES = frozenset(
    {"minister", "ministers", "ministry", "government", "secretary", "president", "authorities", "mp", "mps", "senator",
     "parliament", "department"}
)


@functools.lru_cache(maxsize=8)
def is_sports_story(text: str) -> bool:
    """True if sport words are dense in ``text`` (see the module docstring for the thresholds).
    Cached: the actors and the events stages both ask it of each article's body."""
    low = text.lower()
    words = _WORD.findall(low)
    if not words:
        return False
    sport = Counter(w for w in words if w in _SPORT_WORDS)
    phrases = sum(low.count(p) for p in _SPORT_PHRASES)
    shared = sum(1 for w in words if w in _SHARED_WORDS)
    weight = sum(sport.values()) + phrases + len(_SCORELINE.findall(text)) + shared / 3
    distinct = len(sport) + (1 if phrases else 0)
    return weight * 100 / len(words) >= _MIN_DENSITY and distinct >= _MIN_DISTINCT


def tells_of_play(sent: Span) -> bool:
    """True if the sentence has words of play or a scoreline ("Italy hit back in the 11th minute")."""
    if _SCORELINE.search(sent.text):
        return True
    return any(
        t.lower_ in _PLAY_WORDS or t.lemma_.lower() in _PLAY_WORDS for t in sent if t.pos_ in ("NOUN", "PROPN", "VERB")
    )


def names_a_team(arg: EventArg | None) -> bool:
    """True if the words naming ``arg`` would name a team in a sports story: a country, a people,
    a city, a club's name or nickname ("England", "the Irish", "Norwich", "Exeter City", "the Gunners")."""
    if arg is None or (arg.sector or "") in _LAW_SECTORS:
        return False
    words = arg.text.strip().split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return False
    name = " ".join(words).removesuffix("'s").removesuffix("\u2019s")
    last = fold(words[-1])
    if last in _TEAM_NICKNAMES or last in _TEAM_NOUNS or (len(words) > 1 and last in _CLUB_SUFFIXES):
        return True
    if not name[:1].isupper():
        return False
    return bool(country_by_name(name) or country_by_adjective(name) or country_by_capital(name) or city_country(name))


def is_play_event(event: Event, sent: Span) -> bool:
    """True if, in a sports story, ``event`` is a team's act or a move of play rather than politics."""
    if names_a_team(event.source) or names_a_team(event.target):
        return True
    return not _acts_for_the_state(event.source) and tells_of_play(sent)


def _acts_for_the_state(arg: EventArg) -> bool:
    sector = arg.sector or ""
    if sector in _LAW_SECTORS:
        return True
    words = (w.lower().strip(".,;:").removesuffix("'s").removesuffix("\u2019s") for w in arg.text.split())
    return sector in ("GOV", "LEG") and any(w in _STATE_OFFICES for w in words)
