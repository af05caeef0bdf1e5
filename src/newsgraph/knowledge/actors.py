"""Actor knowledge: named organisations (metonyms, IGOs, armed and political groups, media)
and generic role nouns with their CAMEO/PLOVER agent (sector) codes.

Sector codes follow CAMEO: GOV government, MIL military, COP police, SPY intelligence,
LEG legislature, JUD judiciary, REB rebels, INS insurgents, UAF unaligned armed forces,
PRM paramilitary, PTY party, OPP opposition, MED media, NGO, IGO, HLH health, EDU education
and experts, BUS business, REL religion, LAB labour, AGR agriculture, REF refugees,
CRM criminals, CVL civilians, ELI elites (incl. former office holders).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from newsgraph.knowledge.countries import fold, is_acronym

# Country-column codes that name an intergovernmental organisation rather than a state
# (CAMEO IGO codes: UNO United Nations, NAT NATO, EUR European Union, AFR African Union...).
IGO_CODES = frozenset(
    {"UNO", "NAT", "EUR", "AFR", "ARL", "ASN", "OPC", "IMF", "WBK", "WTO", "GCC", "OIC", "ICC", "IGO"}
)

ORG_FILE = "actors_orgs.psv"


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A resolved actor: canonical name and codes.

    Attributes:
        name: canonical name ("Ebrahim Raisi", "Kremlin", "Israel military").
        country: ISO3, or None (IGOs, stateless groups, unknown).
        sector: primary CAMEO agent code, or None (a bare country, an unknown person).
        role: office or role words ("President", "former Prime Minister").
        kind: person | organisation | country | group | place.
        secondary: a second agent code (MIL for a defence minister, HLH for the WHO).
        igo: CAMEO IGO code when the actor is (part of) an intergovernmental organisation.
    """

    name: str
    country: str | None
    sector: str | None
    role: str | None = None
    kind: str = "organisation"
    secondary: str | None = None
    igo: str | None = None


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    country: str | None
    sector: str
    kind: str
    secondary: str | None
    igo: str | None
    change_date: str | None  # from this ISO date on, the sector becomes change_sector
    change_sector: str | None

    def code(self, when: str | None = None) -> ActorCode:
        """The code of this organisation at ``when`` (None: now)."""
        sector = self.sector
        if self.change_date and self.change_sector and (when is None or when >= self.change_date):
            sector = self.change_sector
        return ActorCode(self.name, self.country, sector, None, self.kind, self.secondary, self.igo)


@functools.cache
def organisations() -> dict[str, OrgEntry]:
    """Named organisations keyed by canonical name."""
    text = resources.files("newsgraph.knowledge").joinpath("data", ORG_FILE).read_text("utf-8")
    table: dict[str, OrgEntry] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _aliases, country, sector, kind, secondary, change = (line.split("|") + [""] * 7)[:7]
        igo = country if country in IGO_CODES else None
        date, _, new_sector = change.partition(":")
        table[name] = OrgEntry(
            name=name,
            country=None if igo or not country else country,
            sector=sector,
            kind=kind or "organisation",
            secondary=secondary or None,
            igo=igo,
            change_date=date or None,
            change_sector=new_sector or None,
        )
    return table


@functools.cache
def _org_index() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """(acronym -> name, folded form -> name, acronym -> every name the table gives it in order)."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    text = resources.files("newsgraph.knowledge").joinpath("data", ORG_FILE).read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases = line.split("|")[:2]
        for form in (name, *(a for a in aliases.split(";") if a)):
            if is_acronym(form):
                exact.setdefault(form, name)
                exact.setdefault(form.replace(".", ""), name)
                shared.setdefault(form.replace(".", ""), []).append(name)
            else:
                key = _spelling_key(form)
                folded.setdefault(key, name)
                folded.setdefault(key.removeprefix("the "), name)
    return exact, folded, shared


# British and American spellings, and old wire spellings, of the words in organisations' names:
# "Organisation for Security and Cooperation in Europe" is the OSCE however the outlet spells it.
# ("Labour" stays apart: Australia's Labor Party is not Britain's Labour Party.)
_SPELLINGS = (("organisation", "organization"), ("co operation", "cooperation"), ("programme", "program"),
              ("centre", "center"), ("moslem", "muslim"))


@functools.cache
def _spelling_key(text: str) -> str:
    """The folded name with one spelling of each word that outlets spell two ways."""
    key = fold(text)
    for variant, spelling in _SPELLINGS:
        key = key.replace(variant, spelling)
    return key


def find_organisation(text: str, country: str | None = None) -> OrgEntry | None:
    """The named organisation called ``text`` ("the Kremlin", "NATO", "Hezbollah"), else None.

    An acronym two bodies share ("BNP": the Bangladesh Nationalist Party, the British National
    Party) names the one of ``country`` (the text's home) when given, else the first listed.
    """
    text = text.strip()
    for lead in ("the ", "The "):
        if text.startswith(lead) and len(text) > len(lead):
            text = text[len(lead) :]
    exact, folded, shared = _org_index()
    name = exact.get(text)
    if name is not None and country is not None:
        local = [n for n in shared.get(text.replace(".", ""), []) if organisations()[n].country == country]
        name = local[0] if local else name
    if name is None and not (is_acronym(text) and len(text) <= 4):
        key = _spelling_key(text)
        name = folded.get(key)
        if name is None and " " in key:
            # "Tamil Tiger rebels": a name of several words in the other number ("Tamil Tigers"); one
            # word never changes number ("Hama" is a city, "Hamas" a movement)
            name = folded.get(key.removesuffix("s") if key.endswith("s") else f"{key}s")
    # "conservatives" is a view; so is "Conservatives" at the head of a sentence in American news,
    # which has no party of that name ("the Conservatives" of British or Canadian news is a party)
    if name is not None and text.lower() in _IDEOLOGY_ALIASES and (text[:1].islower() or country == "USA"):
        return None
    return organisations()[name] if name else None


# One-word party names that are also the name of a political view.
_IDEOLOGY_ALIASES = frozenset({"conservative", "conservatives"})


# Generic role nouns -> (sector, secondary). Keys are folded singular or plural forms;
# multi-word keys are matched before single words. Sources: CAMEO agent dictionary categories.
_ROLE_NOUNS: dict[str, tuple[str, str | None]] = {}


def _add(sector: str, words: str, secondary: str | None = None) -> None:
    for word in words.split(","):
        _ROLE_NOUNS[word.strip()] = (sector, secondary)


_add(
    "GOV",
    "government,governments,administration,authorities,authority,ministry,ministries,minister,ministers,"
    "cabinet,secretary,home secretary,chancellor of the exchequer,official,officials,regime,president,presidents,prime minister,premier,chancellor,governor,"
    "governors,mayor,mayors,diplomat,diplomats,ambassador,ambassadors,envoy,envoys,junta,spokesman,"
    "spokeswoman,spokesperson,king,queen,emir,sultan,crown prince,monarch,head of state,leader,leaders,"
    "foreign minister,foreign secretary,secretary of state,state department,presidency,president's office,"
    "interior minister,home minister,finance minister,central bank,state government,provincial government,"
    "ombudsman,ombudsman's office,vice president,deputy foreign minister,council,presidential office,"
    "counterpart,counterparts,top diplomat,negotiators,delegation,state news agency,news agency",
)
_add(
    "GOV",
    "defence minister,defense minister,defence secretary,defense secretary,secretary of defense,"
    "defence ministry,defense ministry,defence department,defense department,ministry of defence,"
    "ministry of defense",
    "MIL",
)
_add("GOV", "health ministry,health minister,ministry of health", "HLH")
_add("GOV", "attorney general", "JUD")
_add("GOV", "director general,director-general,secretary general,secretary-general,governor general,solicitor general")
_add(
    "MIL",
    "army,armies,troops,soldier,soldiers,military,militaries,forces,armed forces,navy,air force,"
    "marines,general,generals,commander,commanders,warplane,warplanes,fighter jets,jets,destroyer,warship,"
    "warships,fleet,battalion,brigade,regiment,paratroopers,sailors,airmen,officer corps,national guard,"
    "defence forces,defense forces,army chief,chief of staff,military officials,colonel,admiral,gen,lt gen,"
    "lieutenant general,major general,maj gen,brigadier general,brig gen,col,lt col,lieutenant colonel,sergeant,sgt,"
    "army accountant,artillery,drones,tanks,submarine,frigate,military aircraft,helicopters,"
    "helicopter gunships,gunships,attack helicopters,commandos,naval commandos,special forces,infantry,troopers,"
    "gunners,artillerymen,army gunners",
)
_add(
    "COP",
    "police,policeman,policemen,police officer,police officers,cops,gendarmes,gendarmerie,"
    "security forces,border guards,border police,riot police,police station,immigration inspectors,"
    "customs officers,coast guard,law enforcement,detectives,police commander,police commanders,police chief,police chiefs,"
    "constabulary,crime branch,special branch,railway police,traffic police,anti-terrorism squad,police party,police parties,"
    "pcr van,pcr vans,police van,police vans,patrol party",
)
_add(
    "SPY",
    "intelligence agency,intelligence agencies,spy,spies,intelligence officer,intelligence officers,"
    "intelligence services,secret services,secret service,security service,intelligence,"
    "military intelligence agency,director of central intelligence",
)
_add(
    "LEG",
    "parliament,parliaments,lawmaker,lawmakers,legislator,legislators,mp,mps,senator,senators,"
    "congressman,congressmen,congresswoman,legislature,senate,congress,house speaker,speaker,"
    "deputies,parliamentarian,parliamentarians,congressional group,assembly,legislative body",
)
_add(
    "JUD",
    "court,courts,judge,judges,prosecutor,prosecutors,judiciary,tribunal,attorney,attorneys,"
    "lawyer,lawyers,supreme court,high court,magistrate",
)
_add("OPP", "opposition,dissident,dissidents,opposition leader,opposition party")
_add(
    "REB",
    "rebel,rebels,militant,militants,guerrilla,guerrillas,jihadist,jihadists,mujahideen,"
    "separatist,separatists,fighters,resistance,resistance movement,extremist,extremists,terrorists,terrorist,"
    "terror group,terrorist group,terror network,terrorist network,militant group,rebel group,"
    # Maoist insurgents (India's Naxalites, Nepal's People's War): a country from the story
    "maoists,naxals,naxalite cadres,maoist cadres",
)
_add("INS", "insurgent,insurgents,insurgency")
_add(
    "UAF",
    "gunman,gunmen,militia,militias,mercenary,mercenaries,armed men,armed group,armed groups,militiamen,"
    "assailant,assailants,attacker,attackers,suicide bomber,suicide bombers,bomber,bombers,vigilante,vigilantes,"
    "hitman,hitmen,kidnapper,kidnappers,abductor,abductors,sniper,snipers",
)
_add("PRM", "paramilitary,paramilitaries,paramilitary group,paramilitary organization,self defense forces")
_add(
    "PTY",
    "party,parties,ruling party,candidate,candidates,hopeful,senate hopeful,republican,republicans,"
    "democrats,tory,tories",
)
_add(
    "CRM",
    "criminal,criminals,gang,gangs,gangster,gangsters,thief,thieves,smuggler,smugglers,trafficker,"
    "traffickers,cartel,cartels,robber,robbers,vandal,vandals,kidnapper,kidnappers,pirate,pirates,syndicate,"
    "drug lord,drug lords,wanted persons,gang confederations,car theft syndicate,looters,bandit,bandits,"
    "cultists,thugs,hooligans",
)
_add(
    "CVL",
    "civilian,civilians,resident,residents,people,villager,villagers,crowd,crowds,citizen,citizens,"
    "tourist,tourists,driver,drivers,taxi drivers,relatives,family,families,women,children,netizen,"
    "netizens,mob,youths,passengers,shoppers,consumers,public,population,locals,victims,hostages,parents,"
    "community,communities,indigenous leader,activist,activists,voters,settler,settlers,"
    "hundreds,thousands,dozens,pensioners,tribesmen,tribesman,fishermen,fisherman,shopkeepers,vendors,"
    "street vendors,traders,employees,staff,inhabitants,worshippers,pilgrims,families of victims",
)
_add("CVL", "protester,protesters,demonstrator,demonstrators,political prisoners,rioters", "OPP")
_add(
    "REF",
    "refugee,refugees,displaced,internally displaced,asylum seekers,asylum seeker,migrants,migrant,"
    "evacuees,displaced people",
)
_add(
    "MED",
    "journalist,journalists,reporter,reporters,media,press,newspaper,broadcaster,editor,editors,"
    "correspondent,state media,state television,state tv",
)
_add(
    "NGO",
    "aid workers,aid worker,aid group,aid groups,aid agencies,charity,charities,ngo,ngos,"
    "rights group,rights groups,human rights group,human rights groups,humanitarian organizations",
)
_add(
    "BUS",
    "company,companies,firm,firms,businessman,businessmen,executives,airline,airlines,"
    "investors,corporation,corporations,ceo,chairman of the board,bank,banks,businesses,business,"
    "carmaker,carmakers,manufacturer,manufacturers,producer,producers,retailer,retailers,"
    "insurer,insurers,lender,lenders,brewer,brewers,supermarket,supermarkets,conglomerate,shareholders",
)
_add(
    "EDU",
    "student,students,teacher,teachers,university,universities,institute,college,professor,professors,academic,"
    "academics,scholar,scholars,researcher,researchers,expert,experts,analyst,analysts,school,schools,"
    "think tank,scientists,pupils,schoolchildren,schoolboys",
)
_add(
    "HLH",
    "doctor,doctors,nurse,nurses,health workers,hospital,hospitals,paramedic,paramedics,medic,"
    "medics,ambulance,ambulances,health officials,health authorities,medical services",
)
_add(
    "REL",
    "cleric,clerics,imam,imams,priest,priests,bishop,bishops,archbishop,archbishops,cardinal,cardinals,pope,"
    "rabbi,rabbis,chief rabbi,patriarch,church,clergy,"
    "monk,monks,religious leader,religious leaders,community leader,mosque,ayatollah,buddhists",
)
_add(
    "LAB",
    "union,unions,trade union,trade unions,labor union,labour union,strikers,workers union,"
    "workers,worker,labourers,laborers,miners,dockers,dockworkers,steelworkers,factory workers",
)
_add("AGR", "farmer,farmers,agricultural workers,herders,herdsmen,peasants")
_add(
    "ELI",
    "former minister,former official,former officials,retired vice president,elites,elite,tycoon,oligarch,oligarchs",
)

# Groups that news names by what they are or do, with no name of their own ("prisoners rioted",
# "hackers defaced web sites", "tribal elders demanded"), each with the sector CAMEO's agent
# dictionary gives its kind. Left out: words whose sector depends on the story ("delegates" of a
# party conference or of a government, "producers" of oil or of films, "supporters" of someone).
_add("CRM", "convicts,hackers,poachers,drug dealers,mobsters,mafia")
_add(
    "CVL",
    "elders,tribal elders,village elders,clan elders,mourners,marchers,squatters,tenants,teenagers,"
    "mothers,widows,fans,football fans,nomads,immigrants,emigrants,veterans,war veterans,retirees,prisoners,inmates,detainees,"
    "tribe,tribes,clan,clans,clansmen,slum dwellers",
)
_add(
    "OPP",
    "exiles,defectors,nationalists,royalists,monarchists,secessionists,campaigners,pro-democracy activists,"
    "democracy activists,opposition activists,opposition supporters,reformists",
)
_add("REB", "radicals,fundamentalists,mutineers,partisans,warlord,warlords")
_add("UAF", "hijackers")
_add("MIL", "reservists,conscripts,recruits,cadets,peacekeepers,peacekeeping troops,peacekeeping force")
_add("COP", "bodyguard,bodyguards,security guards,prison guards,guards")
_add("GOV", "bureaucrats,civil servants,councillors,councilors,councils,local councils,local authorities,consul,consuls,consulate,embassy,mediators,negotiating team")
_add("MED", "blogger,bloggers,columnists,commentators,photographers,cameramen")
_add("EDU", "intellectuals,lecturers,educators")
_add("HLH", "surgeons,medical workers")
_add("REL", "nuns,missionaries,believers,parishioners,seminarians,mullahs,preachers")
_add(
    "BUS",
    "bankers,merchants,manufacturers,exporters,importers,entrepreneurs,creditors,lenders,"
    "contractors,industrialists,carmakers,automakers,retailers,insurers",
)
_add("LAB", "unionists,trade unionists,truckers,seamen,railway workers,postal workers")
_add("AGR", "landowners,growers,planters,ranchers,cattle ranchers")

ROLE_NOUNS = _ROLE_NOUNS
# Heads that name a person by position only: the modifier says which sector ("rebel leader" is REB).
PERSON_HEADS = frozenset(
    {
        "leader",
        "leaders",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "member",
        "members",
        "chief",
        "head",
        "representative",
        "representatives",
        "figure",
        "figures",
        "source",
        "sources",
        "director general",
        "director-general",
        "secretary general",
        "secretary-general",
    }
)
# Religious adjectives turn a leader or community into a religious actor ("Muslim leaders").
RELIGIONS = frozenset(
    {
        "muslim",
        "muslims",
        "christian",
        "christians",
        "jewish",
        "jews",
        "buddhist",
        "hindu",
        "catholic",
        "catholics",
        "shia",
        "shiite",
        "sunni",
        "orthodox",
        "evangelical",
        "islamic",
        "protestant",
    }
)
MAX_ROLE_WORDS = max(len(key.split()) for key in ROLE_NOUNS)

# Labels used in canonical names of generic actors ("Israel military", "Iraq police").
SECTOR_LABELS = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "SPY": "intelligence services",
    "LEG": "legislature",
    "JUD": "judiciary",
    "REB": "rebels",
    "INS": "insurgents",
    "UAF": "armed groups",
    "PRM": "paramilitaries",
    "PTY": "parties",
    "OPP": "opposition",
    "CRM": "criminals",
    "CVL": "civilians",
    "REF": "refugees",
    "MED": "media",
    "NGO": "aid groups",
    "BUS": "businesses",
    "EDU": "students and academics",
    "HLH": "health services",
    "REL": "religious leaders",
    "LAB": "unions",
    "AGR": "farmers",
    "ELI": "elites",
}


def role_noun(text: str) -> tuple[str, str | None] | None:
    """(sector, secondary) of a generic role noun phrase ("police", "Defense Minister"), else None."""
    return ROLE_NOUNS.get(fold(text))


# Blocs: pseudo-actors that speak for several states but are no state. "the West" (also
# "Western countries/powers/governments/allies") is CAMEO's region code WST: country None,
# sector GOV (it acts through governments), igo "WST". Matched only as a whole phrase, so
# "West Bank" or "West Africa" never become the West.
# Regions whose governments news names together ("European leaders", "Southeast Asian foreign
# ministers", "Gulf states"): each is one bloc, coded with CAMEO's region code (AFR Africa, ASA Asia,
# SEA Southeast Asia, LAM Latin America, SAM South America, SCN Scandinavia, BLK Balkans, CRB
# Caribbean, PGS Persian Gulf, MEA Middle East for the Arab states), never the article's own country.
_REGIONS = {
    "european": ("European governments", "EUR"),
    "african": ("African governments", "AFR"),
    "west african": ("West African governments", "WAF"),
    "east african": ("East African governments", "EAF"),
    "southern african": ("Southern African governments", "SAF"),
    "asian": ("Asian governments", "ASA"),
    "southeast asian": ("Southeast Asian governments", "SEA"),
    "south east asian": ("Southeast Asian governments", "SEA"),
    "latin american": ("Latin American governments", "LAM"),
    "south american": ("South American governments", "SAM"),
    "arab": ("Arab governments", "MEA"),
    "gulf": ("Gulf governments", "PGS"),
    "gulf arab": ("Gulf governments", "PGS"),
    "nordic": ("Nordic governments", "SCN"),
    "scandinavian": ("Nordic governments", "SCN"),
    "balkan": ("Balkan governments", "BLK"),
    "caribbean": ("Caribbean governments", "CRB"),
}
# What a region's governments are called: themselves, their leaders and their ministers.
_BLOC_NOUNS = frozenset(
    {"leaders", "governments", "countries", "nations", "powers", "states", "allies", "partners", "capitals", "ministers",
     "foreign ministers", "finance ministers", "defence ministers", "defense ministers", "heads of state", "officials",
     "diplomats", "envoys", "neighbours", "neighbors", "monarchies"}
)
BLOCS = frozenset({"the West", *(name for name, _ in _REGIONS.values())})
_BLOC_PHRASES = frozenset(
    {
        "west",
        "the west",
        "western countries",
        "western powers",
        "western nations",
        "western governments",
        "western allies",
        "western states",
        "the western powers",
        "the western allies",
    }
)


def find_bloc(text: str) -> ActorCode | None:
    """The bloc a whole phrase names ("the West", "Western powers", "European leaders", "Gulf
    states"), else None."""
    key = fold(text.strip()).removeprefix("the ")
    if key in _BLOC_PHRASES or f"the {key}" in _BLOC_PHRASES:
        return ActorCode("the West", None, "GOV", None, "group", None, "WST")
    for size in (2, 1):  # "southeast asian", before "asian"
        words = key.split()
        region, noun = " ".join(words[:size]), " ".join(words[size:])
        if region in _REGIONS and noun in _BLOC_NOUNS:
            name, code = _REGIONS[region]
            return ActorCode(name, None, "GOV", None, "group", None, code)
    return None


# Seats of power named as places ("met Putin at the Kremlin"): organisation -> (city, ISO3, lat, lon).
_SEATS = {
    "Kremlin": ("Moscow", "RUS", 55.7558, 37.6173),
    "White House": ("Washington", "USA", 38.8951, -77.0364),
    "Capitol Hill": ("Washington", "USA", 38.8951, -77.0364),
    "Pentagon": ("Washington", "USA", 38.8951, -77.0364),
    "Downing Street": ("London", "GBR", 51.5074, -0.1278),
    "Elysee": ("Paris", "FRA", 48.8566, 2.3522),
    "Zhongnanhai": ("Beijing", "CHN", 39.9042, 116.4074),
    "Blue House": ("Seoul", "KOR", 37.5665, 126.978),
    "Knesset": ("Jerusalem", "ISR", 31.7683, 35.2137),
}


def seat_of(text: str) -> tuple[str, str, float, float] | None:
    """The city where the seat of power ``text`` stands ("the Kremlin" -> Moscow), else None."""
    org = find_organisation(text)
    return _SEATS.get(org.name) if org is not None else None
