"""Closed-class word lists, patterns and fixed lexicon entries the event extractor reads sentences with:
the words that mark crowds, weapons, tolls, plans and the objects that change what a verb means."""

from __future__ import annotations

import re

from .lexicon import Entry

__all__ = [
    "VERBAL_CONFLICT", "NON_AGENTS", "FIRE_WORDS", "FIRING_WORDS", "PUBLIC_WORDS", "SPORT_WORDS",
    "SPORT_VERBS", "MISHAP_WORDS", "SCORE", "LEAD_SENTENCES", "WRAPPING_TYPES", "MATERIAL_CONFLICT",
    "REFUSABLE_TYPES", "THREAT_TYPES", "THREAT_MODE", "COERCE_THREAT_MODE", "TARGET_PREPS", "PLACE_PREPS",
    "DIRECTIONS", "FEATURE_HEADS", "TARGETING_VERBS", "STRUCK_HEADS", "UNDERGO_VERBS", "ATTRIBUTION_VERBS",
    "ARTIFACTS", "SELF_ANNOUNCED", "DEMAND_ENTRY", "PATIENT_MODES", "CONSEQUENCE_ADVERBS", "ENABLING_VERBS",
    "CROWD_WORDS", "SUBJECT_PRONOUNS_FR", "GATHERED_THINGS", "VOW_VERBS", "CONDITION_MARKS",
    "FAILURE_WORDS", "POSSIBILITY_AUX", "MODAL_AUX", "MODAL_VERBS", "WILLING_WORDS", "PROMISED_TYPES",
    "THREATENED_TYPES", "ORG_KINDS", "PLACE_TARGET_TYPES", "ARMED_BLOCKADE", "OFFERED_TYPES",
    "GENERIC_EVENT_HEADS", "SIGNING_VERBS", "SETTLEMENT_WORDS", "DISPERSE_VERBS", "CROWD_WEAPONS",
    "TO_WORDS", "CAPTOR_WORDS", "SENTENCING_WORDS", "PENALTY_WORDS", "CASUALTY_STATES", "RETYPE_BY_OBJECT",
    "MONEY_WORDS", "TROOP_WORDS", "ENVOY_WORDS", "BLOCKING_VERBS", "RETYPE_BY_VERB_AND_OBJECT",
    "CAPTIVE_MARKS", "PRESSURE_WORDS", "YIELDING_WORDS", "BODY_WORDS", "LEAVING_VERBS", "CONTAINER_NOUNS",
    "SUSPECTED_WORDS", "JOINT_WORDS", "JOINT_NOUNS", "AGENT_TOLD_TYPES", "JOINT_ENTRY", "CROWD_ENTRY",
    "CROWD_MOTION_VERBS", "PROTESTER_NOUNS", "GATHER_VERBS", "MARCH_NOUNS", "CROWD_COUNTS", "WEAPON_ENTRY",
    "WEAPON_HIT_VERBS", "MILITIA_ENTRY", "FORMING_VERBS", "MILITIA_WORDS", "STRIKE_CALLS", "ONLINE_WORDS",
    "SEIZING_VERBS", "SHIP_WORDS", "IRREGULARS", "HANDOVER_VERBS", "JUSTICE_WORDS", "AID_GOODS",
    "CARRIER_NOUNS", "CARRIER_ENTRY", "ARRIVAL_VERBS", "HELPER_WORDS", "LOADING_VERBS", "COURT_WORDS",
    "LODGE_VERBS", "GRIEVANCES", "VERBAL_ATTACK_NOUNS", "ABSTRACT_TARGETS", "TOGETHER_WORDS",
    "REFUSAL_ENTRY", "NOT_RULED_OUT_ENTRY", "FIGURATIVE_WORDS", "DECISION_VERBS", "SPAN_NOUNS",
    "CARE_VERBS", "OF_PREPOSITIONS", "UNTIL_WORDS", "DEADLINE_WORDS", "GIVING_VERBS", "VERBAL_ATTACK_VERBS",
    "WORKER_WORDS",
    "PARTITIVE_NOUNS", "FRACTION_NOUNS", "DOCUMENT_NOUNS", "VERBAL_TYPES", "CONTINUE_VERBS",
    "PREPARE_VERBS", "PEACEKEEPING_WORDS", "QUANTITY_NOUNS", "COUNTING_NOUNS", "PEOPLE_AT_WORK", "AID_WORDS",
    "SUSPENDING_VERBS", "CLAIM_NOUNS", "PLAN_WORDS", "LIFE_WORDS",
    "TOLL_DEAD", "TOLL_INJURED", "VICTIM_NOUNS_DEAD", "VICTIM_NOUNS_INJURED", "SIZE_TYPES", "FUTURE_AUX",
    "HYPOTHETICAL_MARKS", "TEMPORAL_PREPS", "PURPOSE_MARKS", "BACKGROUND_MARKS", "PASSAGE_WORDS",
    "PROTEST_VERBS", "PURPOSE_HEADS", "IMPACT_VERBS", "DISMISS_VERBS", "OFFICE_WORDS", "PREMISES_WORDS",
    "AUTHORITY_WORDS", "ORDER_VERBS", "DEMAND_VERBS", "DEPARTURE_VERBS", "JAIL_VERBS", "TERM_WORDS",
    "RESPONSE_VERBS", "VERBAL_ATTACK_WORDS", "CONDUCT_WORDS", "STANDSTILL_VERBS", "PEACEFUL_FOES",
    "CROWD_KILLING", "SETTLEMENT_NOUNS"
]  # fmt: skip

VERBAL_CONFLICT = frozenset({"THREATEN", "REQUEST", "REJECT", "ACCUSE"})
# what does things in the news without being anyone: weather, disasters, pests, markets and figures ("Floods kill
# 12", "la lire touche un plus bas", "an invasion of locusts"); an act whose doer is one of these is no event
NON_AGENTS = frozenset(
    ["flood", "flooding", "earthquake", "quake", "tremor", "storm", "cyclone", "hurricane", "typhoon", "tornado",
     "heatwave", "heat", "drought", "avalanche", "landslide", "mudslide", "blaze", "wildfire", "bushfire", "rain",
     "downpour", "snowstorm", "tsunami", "eruption", "locust", "mosquito", "epidemic", "outbreak", "dengue",
     "cholera", "virus", "inflation", "price", "lira", "peso", "rand", "franc", "rupee", "naira", "yen", "euro",
     "dollar", "currency", "stock", "share", "index", "gdp", "output", "export", "import", "arrival", "sale",
     "demand", "cost", "growth", "profit", "revenue", "economy", "bond",
     "inondation", "crue", "séisme", "tempête", "ouragan", "typhon", "tornade", "canicule", "sécheresse",
     "glissement", "éboulement", "incendie", "pluie", "intempérie", "éruption", "criquet", "moustique",
     "épidémie", "choléra", "paludisme", "prix", "taux", "monnaie", "bourse", "indice", "pib",
     "production", "exportation", "importation", "vente", "croissance", "bénéfice", "marché", "économie",
     "chiffre", "rebound", "rise", "increase", "hausse", "baisse", "rebond", "catch", "shark", "crocodile",
     "elephant", "hippo", "snake", "requin", "éléphant", "hippopotame", "serpent"]
)  # fmt: skip
# a fire that burns a building is an accident; one that soldiers or snipers open is an attack
FIRE_WORDS = frozenset(["fire", "feu", "blaze"])
FIRING_WORDS = frozenset(
    ["sniper", "tank", "artillery", "rocket", "mortar", "machine-gun", "army", "police", "troops", "enemy",
     "naval", "gun", "tir", "artillerie", "armée", "ennemi", "char"]
)  # fmt: skip
# people who come as a public, not as envoys: "a accueilli 14,5 millions de touristes" is no visit
PUBLIC_WORDS = frozenset(
    ["tourist", "visitor", "passenger", "spectator", "fan", "pilgrim", "pupil", "customer", "touriste",
     "visiteur", "passager", "spectateur", "supporter", "pèlerin", "élève", "client", "festivalier"]
)  # fmt: skip
# a game's words, and the verbs sport reports borrow from war ("All Blacks crush Wales 52-6")
SPORT_WORDS = frozenset(
    ["match", "championship", "cup", "tournament", "semi-final", "quarter-final", "derby", "rugby", "football",
     "tennis", "cricket", "basketball", "marathon", "medal", "championnat", "coupe", "finale", "tournoi",
     "demi-finale", "médaille", "title", "titre", "goals", "points", "three-point"]
)  # fmt: skip
SPORT_VERBS = frozenset(
    ["beat", "crush", "thrash", "rout", "storm", "strike", "attack", "hammer", "down", "overwhelm", "batter", "hit",
     "demolish", "destroy", "battre", "écraser", "corriger", "terrasser", "dominer", "étriller", "attaquer"]
)  # fmt: skip
# mishaps that kill without anyone attacking: "Bus plunges into ravine, killing 19", "un train a déraillé"
MISHAP_WORDS = NON_AGENTS | {
    "crash", "plunge", "derail", "capsize", "collapse", "collision", "collide", "accident", "overturn", "sink",
    "stampede", "chuter", "dérailler", "chavirer", "effondrer", "effondrement", "naufrage", "renverser",
    "bousculade", "sombrer", "écraser",
}  # fmt: skip
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
LEAD_SENTENCES = 2  # a title and the lead's first sentence: where a news item says what happened
# Types whose complement clause or infinitive holds the action they are about ("menacer d'attaquer").
WRAPPING_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT", "ACCUSE", "AGREE", "CONCEDE", "SUPPORT"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
REFUSABLE_TYPES = frozenset({"CONSULT", "COOPERATE", "RETREAT", "AID"})  # what "will not ..." refuses
THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # future acts a speaker announces against others
THREAT_MODE = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations"}
COERCE_THREAT_MODE = {
    "deport": "expel",
    "arrest": "arrest",
    "ban": "ban",
    "restrict": "restrict",
    "seize": "restrict",
}
TARGET_PREPS = frozenset(
    {"contre", "against", "on", "upon", "sur", "at", "à l'encontre de", "vers", "toward", "towards"}
)
PLACE_PREPS = frozenset(
    [
        "à",
        "au",
        "aux",
        "dans",
        "en",
        "près",
        "de",
        "près",
        "sur",
        "at",
        "in",
        "near",
        "inside",
        "outside",
        "around",
        "across",
        "à",
        "l'intérieur",
        "de",
        "au",
        "large",
        "de",
        "aux",
        "abords",
        "de",
        "autour",
        "de",
        "from",
        "de",
        "d'",
        "du",
        "des",
    ]
) | {"près de", "à l'intérieur de", "au large de", "aux abords de", "autour de", "au sud de", "au nord de"}
DIRECTIONS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "north": "north", "south": "south",
    "east": "east", "west": "west", "nord-est": "north-east", "nord-ouest": "north-west", "sud-est": "south-east",
    "sud-ouest": "south-west", "périphérie": "outskirts", "outskirts": "outskirts", "près": "near", "near": "near",
}  # fmt: skip
FEATURE_HEADS = frozenset(
    [
        "frontière",
        "border",
        "camp",
        "base",
        "aéroport",
        "airport",
        "zone",
        "bande",
        "strip",
        "province",
        "région",
        "region",
        "gouvernorat",
        "governorate",
        "district",
        "quartier",
        "neighborhood",
        "neighbourhood",
        "ambassade",
        "embassy",
    ]
)
TARGETING_VERBS = frozenset({"viser", "cibler", "target", "hit", "frapper", "toucher"})
# "la cible de tirs", "victime d'une attaque", "a fait l'objet de menaces", "the target of an attack": the
# noun's event struck the subject of the clause
STRUCK_HEADS = frozenset({"cible", "victime", "objet", "target", "victim"})
# verbs whose subject undergoes the act their object names: "a essuyé une embuscade", "suffered torture"
UNDERGO_VERBS = frozenset({"subir", "essuyer", "endurer", "suffer", "endure", "undergo", "sustain"})
# "des tirs attribués au Hezbollah", "an attack blamed on the rebels": who the text says did it
ATTRIBUTION_VERBS = frozenset({"attribuer", "imputer", "attribute", "blame"})
ARTIFACTS = frozenset(
    ["affiche", "vidéo", "message", "communiqué", "déclaration", "lettre", "tract", "banderole", "enregistrement", "poster", "video", "message", "statement", "letter", "leaflet", "banner", "recording"]
)  # fmt: skip
# Types whose announced future act is the announcer's own when the clause names no actor.
SELF_ANNOUNCED = frozenset({"RETREAT", "AGREE", "CONCEDE", "AID", "COOPERATE", "MOBILIZE", "SUPPORT"})
DEMAND_ENTRY = Entry("must", "V", "REQUEST", None, "event")
PATIENT_MODES = frozenset(
    {("ASSAULT", "assassinate"), ("ASSAULT", "abduct"), ("ASSAULT", "execute"), ("ASSAULT", "torture"),
     ("RETREAT", "release"), ("SANCTION", "convict"), ("SANCTION", "expel")}
)  # fmt: skip
CONSEQUENCE_ADVERBS = frozenset({"ainsi", "thereby", "thus", "hence"})
# verbs of making possible: what an operation or a piece of news "permitted" is a result, no concession by anyone
ENABLING_VERBS = frozenset({"permettre", "allow", "enable"})
# crowds: what they loot or set on fire is a riot, PLOVER's PROTEST, not an armed assault
CROWD_WORDS = frozenset(
    ["émeutier", "manifestant", "casseur", "protestataire", "foule", "rioter", "protester", "demonstrator", "mob",
     "crowd", "looter", "pilleur", "youth"]
)  # fmt: skip
SUBJECT_PRONOUNS_FR = frozenset({"il", "ils", "elle", "elles", "on", "nous", "vous", "je", "j'", "tu"})
# "les conditions sont réunies": gathered conditions or evidence, no meeting
GATHERED_THINGS = frozenset(
    ["condition", "élément", "preuve", "signature", "fonds", "information", "evidence"]
)  # fmt: skip
VOW_VERBS = frozenset({"vow", "swear", "pledge", "promise", "jurer", "promettre"})
CONDITION_MARKS = frozenset({"unless", "if", "si", "sauf"})
FAILURE_WORDS = frozenset({"fail", "échouer", "refuse"})
POSSIBILITY_AUX = frozenset({"can", "could", "may", "might"})
MODAL_AUX = frozenset({"must", "should", "ought"})
MODAL_VERBS = frozenset({"devoir", "pouvoir", *MODAL_AUX, *POSSIBILITY_AUX})
# words of willingness: what they govern is offered, not done ("prêt à accueillir", "willing to talk")
WILLING_WORDS = frozenset(
    {"prêt", "prête", "disposé", "disposée", "disposés", "willing", "ready", "désireux"}
)
PROMISED_TYPES = frozenset({"AID", "SUPPORT", "RETREAT", "CONSULT", "COOPERATE", "CONCEDE"})
THREATENED_TYPES = frozenset({"SANCTION", "COERCE", "PROTEST", "ASSAULT"})
ORG_KINDS = frozenset({"igo", "ngo", "militia", "rebel", "party", "media", "police", "military"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
ARMED_BLOCKADE = frozenset(["naval", "military", "maritime", "militaire", "aérien", "air", "sea"])
OFFERED_TYPES = frozenset(
    {"AID", "SUPPORT", "CONSULT", "COOPERATE"}
)  # help promised on a condition is an offer
GENERIC_EVENT_HEADS = frozenset(
    [
        "effort",
        "mission",
        "campaign",
        "operation",
        "process",
        "initiative",
        "attempt",
        "bid",
        "drive",
        "effort",
        "mission",
        "campagne",
        "opération",
        "processus",
        "initiative",
        "tentative",
        "series",
        "wave",
        "spate",
        "string",
        "round",
        "package",
        "série",
        "vague",
        "salve",
        "train",
        "paquet",
        "cycle",
        "mesure",  # "une mesure de grâce", "des mesures de rétorsion"
        "measure",
    ]
)
# Signing what settles a conflict ("a peace accord", "a deal ending the war", "un protocole qui met fin à la grève")
# is an agreement; a treaty of friendship or a trade agreement signed is diplomatic support.
SIGNING_VERBS = frozenset(["sign", "signer", "parapher", "initial", "ink"])
SETTLEMENT_WORDS = frozenset(
    [
        "peace",
        "ceasefire",
        "truce",
        "armistice",
        "deal",
        "end",
        "paix",
        "cessez-le-feu",
        "trêve",
        "fin",
        "terme",
    ]
)
# "a dispersé les manifestants à coups de gaz lacrymogènes", "dispersed protesters with tear gas": force used
# on a crowd is an assault (mode crowd-control), a dispersal without it a coercion
DISPERSE_VERBS = frozenset(["disperser", "disperse", "dispersion", "break up"])
CROWD_WEAPONS = frozenset(
    [
        "lacrymogène",
        "caoutchouc",
        "tear",
        "rubber",
        "matraque",
        "baton",
        "truncheon",
        "réel",
        "live",
        "grenade",
    ]
)
# the preposition of what a refusal, a demand or a promise is about ("ferme la porte à une médiation")
TO_WORDS = frozenset(["à", "au", "aux", "to", "for"])
# to whom fighters surrender ("se sont rendus aux forces gouvernementales")
CAPTOR_WORDS = frozenset(
    ["force", "armée", "police", "autorité", "troupe", "gendarmerie", "soldat", "militaire", "casque", "FDS"]
)
# "condamné à dix ans de prison": the words that condemn or sentence, as opposed to "accuse ... à la prison de X"
SENTENCING_WORDS = frozenset(["condamner", "condamnation", "condemn", "sentence", "punish", "punir"])
# "condamné à quinze ans de prison", "sentenced to death": a penalty makes a condemnation a conviction
PENALTY_WORDS = frozenset(
    [
        "prison",
        "an",
        "mort",
        "peine",
        "réclusion",
        "perpétuité",
        "amende",
        "year",
        "death",
        "jail",
        "life",
        "fine",
    ]
)
# An object that changes what a verb means: expelling diplomats is a sanction, capturing a town an assault.
# (type, mode) -> [(object lemmas, new type and mode)]: the object decides what kind of act the verb is
CASUALTY_STATES = frozenset(["dead", "wounded", "injured", "mort", "morts", "blessé", "blessés", "blessées"])
RETYPE_BY_OBJECT: dict[tuple[str, str], list[tuple[frozenset[str], tuple[str, str | None]]]] = {
    # "ordered the newspaper to suspend publication": silencing a medium is censorship, not a cut in relations
    ("SANCTION", "discontinue"): [
        (
            frozenset(
                ["publication", "broadcast", "broadcasting", "newspaper", "parution", "diffusion", "émission"]
            ),
            ("COERCE", "censor"),
        )
    ],
    ("COERCE", "deport"): [
        (
            frozenset(
                [
                    "diplomat",
                    "ambassador",
                    "envoy",
                    "inspector",
                    "observer",
                    "diplomate",
                    "ambassadeur",
                    "envoyé",
                    "inspecteur",
                    "observateur",
                ]
            ),
            ("SANCTION", "expel"),
        )
    ],
    # "captured the town": taking ground is fighting; capturing people or goods is coercion
    ("COERCE", "arrest"): [
        (
            frozenset(
                [
                    "town",
                    "city",
                    "village",
                    "territory",
                    "stronghold",
                    "base",
                    "position",
                    "hill",
                    "ville",
                    "territoire",
                    "bastion",
                    "colline",
                ]
            ),
            ("ASSAULT", None),
        )
    ],
    ("AGREE", ""): [
        # "accepted the rebels' demands": yielding to a demand is a concession, not an agreement
        (
            frozenset(["demand", "condition", "ultimatum", "exigence", "revendication", "réclamation"]),
            ("CONCEDE", None),
        ),
        # "sealed the area", "the district was sealed": closing a place to movement, not sealing a deal
        (
            frozenset(
                [
                    "area",
                    "district",
                    "neighbourhood",
                    "neighborhood",
                    "city",
                    "town",
                    "village",
                    "street",
                    "road",
                    "border",
                    "perimeter",
                    "zone",
                    "compound",
                    "quartier",
                    "secteur",
                    "périmètre",
                ]
            ),
            ("COERCE", "restrict"),
        ),
    ],
    # "lifted the blockade": ending a military blockade or siege is a de-escalation on the ground
    ("CONCEDE", ""): [
        (frozenset(["blockade", "siege", "blocus", "siège", "encerclement"]), ("RETREAT", None))
    ],
    ("RETREAT", "withdraw"): [
        # "evacuated the wounded": moving people to safety is humanitarian aid, not a withdrawal
        (
            frozenset(
                [
                    "wounded",
                    "injured",
                    "civilian",
                    "refugee",
                    "resident",
                    "child",
                    "blessé",
                    "civil",
                    "réfugié",
                    "habitant",
                    "enfant",
                ]
            ),
            ("AID", None),
        ),
        # "le texte a été retiré", "withdrew the bill": dropping one's own measure gives in to its opponents
        (
            frozenset(["texte", "projet", "réforme", "décret", "loi", "bill", "reform", "decree", "measure"]),
            ("CONCEDE", None),
        ),
        # "reduced food supplies to the camp", "réduit son aide": cutting aid is a sanction
        (
            frozenset(["aid", "supply", "assistance", "funding", "aide", "financement", "approvisionnement"]),
            ("SANCTION", "withdraw"),
        ),
    ],
}
MONEY_WORDS = frozenset(
    ["loan", "grant", "aid", "assistance", "fund", "funding", "credit", "tranche", "package", "million", "billion",
     "euro", "dollar", "prêt", "aide", "fonds", "enveloppe", "crédit", "financement", "don", "subvention",
     "milliard"]
)  # fmt: skip
TROOP_WORDS = frozenset(
    ["troop", "soldier", "warship", "carrier", "jet", "battalion", "reinforcement", "marine", "paratrooper",
     "troupe", "soldat", "renfort", "navire", "militaire", "bataillon", "parachutiste", "char", "blindé",
     "porte-avions"]
)  # fmt: skip
# envoys: expelling one, or ordering one out, is a sanction
ENVOY_WORDS = frozenset({"ambassador", "diplomat", "envoy", "consul", "attaché", "attache", "chargé"})
# verbs that cut something off: a website, a network, access to them
BLOCKING_VERBS = frozenset(
    ["block", "bloquer", "restrict", "restreindre", "cut", "couper", "suspend", "suspendre"]
)
# The verb and its object together say what kind of act it is: releasing or approving funds is aid, sending
# troops a deployment, freezing assets a sanction, blocking a resolution a rejection, taking hostages an abduction.
RETYPE_BY_VERB_AND_OBJECT: list[tuple[frozenset[str], frozenset[str], tuple[str, str | None]]] = [
    (
        frozenset(["approve", "release", "mobilize", "mobilise", "allocate", "unlock", "disburse", "approuver",
                   "débloquer", "mobiliser", "allouer", "décaisser", "libérer", "accorder"]),
        MONEY_WORDS,
        ("AID", None),
    ),
    (
        frozenset(["mobilize", "mobilise", "mobiliser", "mobilisation", "mobilization"]),
        frozenset(["supporter", "protester", "demonstrator", "people", "partisan", "manifestant", "sympathisant",
                   "militant"]),
        ("PROTEST", "demo"),
    ),
    (
        frozenset(["send", "dispatch", "envoyer", "dépêcher", "envoi", "deploy", "déployer", "mobiliser"]),
        frozenset(["secouriste", "sauveteur", "médecin", "infirmier", "pompier", "rescuer", "rescue", "doctor",
                   "nurse", "medic", "firefighter", "humanitaire", "vivre", "médicament", "medicine", "food"]),
        ("AID", None),
    ),
    (
        frozenset(["incendier", "brûler", "burn", "torch"]),
        frozenset(["pneu", "tyre", "tire"]),
        ("PROTEST", "riot"),
    ),
    (
        frozenset(["send", "dispatch", "envoyer", "dépêcher", "envoi", "deploy", "déployer", "acheminer",
                   "transférer", "masser"]),
        TROOP_WORDS,
        ("MOBILIZE", "troops"),
    ),
    # "2 000 gendarmes ont été acheminés", "deployed riot police": sending police is a police deployment
    (
        frozenset(["send", "dispatch", "envoyer", "dépêcher", "envoi", "deploy", "déployer", "acheminer",
                   "masser", "déploiement"]),
        frozenset(["gendarme", "policier", "police", "crs", "gendarmerie", "policeman", "officer"]),
        ("MOBILIZE", "police"),
    ),
    # "ont armé des volontaires civils", "armed villagers": arming civilians raises a militia
    (
        frozenset(["armer", "arm"]),
        frozenset(["civil", "volontaire", "milice", "population", "habitant", "villageois", "jeune", "civilian",
                   "volunteer", "militia", "resident", "villager", "youth", "vigilante"]),
        ("MOBILIZE", "militia"),
    ),
    # "rappelé 300 000 réservistes": calling reservists up is a mobilisation, not a recall of envoys
    (
        frozenset(["rappeler", "rappel", "recall", "convoquer", "appeler", "call", "call up", "mobiliser",
                   "mobilize", "mobilise"]),
        frozenset(["réserviste", "reservist", "conscrit", "conscript", "réserve", "reserve"]),
        ("MOBILIZE", "troops"),
    ),
    # "accueilli 2 000 réfugiés": hosting the displaced is aid, not a visit
    (
        frozenset(["accueillir", "héberger", "host", "shelter"]),
        frozenset(["réfugié", "déplacé", "migrant", "rescapé", "sinistré", "refugee", "evacuee"]),
        ("AID", None),
    ),
    # "le journal a été suspendu", "fermé la chaîne": silencing a newspaper is censorship, not a sanction
    (
        frozenset(["suspendre", "fermer", "interdire", "suspend", "shut", "ban", "closure", "fermeture", "close"]),
        frozenset(["journal", "quotidien", "hebdomadaire", "chaîne", "radio", "média", "newspaper", "broadcaster",
                   "broadcast", "émission", "station", "outlet", "diffusion", "signal",
                   "channel"]),
        ("COERCE", "censor"),
    ),
    # "le Mali expulse l'ambassadeur de France", "expelled two diplomats": sending envoys home is a sanction
    (
        frozenset(["expulser", "expulsion", "renvoyer", "expel", "kick out", "throw out"]),
        ENVOY_WORDS | {"ambassadeur", "diplomate", "émissaire", "envoyé", "embassy", "ambassade", "consulate"},
        ("SANCTION", "expel"),
    ),
    # "trois attachés iraniens ont été sommés de quitter le pays", "ordered the diplomats to leave": an expulsion
    (
        frozenset(["sommer", "enjoindre", "intimer", "order", "ordonner"]),
        ENVOY_WORDS | {"ambassadeur", "diplomate", "émissaire", "envoyé"},
        ("SANCTION", "expel"),
    ),
    # "Manila summons the Chinese envoy", "Alger a convoqué l'ambassadeur de France": a diplomatic protest
    (
        frozenset(["summon", "convoquer"]),
        ENVOY_WORDS | {"ambassadeur", "diplomate", "émissaire", "envoyé", "chargé d'affaires"},
        ("ACCUSE", "disapprove"),
    ),
    # "ont arrêté une position commune", "fixed a date": a decision taken together
    (
        frozenset(["arrêter", "fixer"]),
        frozenset(["position", "décision", "date", "calendrier", "stratégie", "feuille de route", "modalité"]),
        ("AGREE", None),
    ),
    # "a reçu le soutien appuyé de Londres": support received is support
    (
        frozenset(["recevoir", "receive", "obtenir", "win", "gain", "get"]),
        frozenset(["soutien", "appui", "support", "backing", "endorsement", "félicitation", "blessing",
                   "bénédiction", "renfort", "ralliement"]),
        ("SUPPORT", None),
    ),
    # "le Conseil constitutionnel a censuré l'article", "the court struck down the law": a law is rejected
    (
        frozenset(["censurer", "invalider", "invalidate"]),
        frozenset(["loi", "article", "texte", "disposition", "décret", "ordonnance", "law", "decree", "provision"]),
        ("REJECT", None),
    ),
    # "withdraws its ambassador", "a rappelé son ambassadeur": calling an envoy home is a sanction
    (
        frozenset(["withdraw", "recall", "pull", "rappeler", "retirer"]),
        ENVOY_WORDS | {"ambassadeur", "diplomate", "envoyé"},
        ("SANCTION", "withdraw"),
    ),
    # "a reconnu des erreurs", "admitted mistakes": owning up is a concession
    (
        frozenset(["reconnaître", "admettre", "admit", "acknowledge"]),
        frozenset(["erreur", "faute", "tort", "mistake", "error", "wrongdoing"]),
        ("CONCEDE", None),
    ),
    (
        frozenset(["freeze", "geler", "gel"]),
        frozenset(["asset", "account", "fund", "holding", "avoir", "compte", "fonds", "bien", "aid", "aide",
                   "assistance", "funding", "financement", "appui", "loan", "prêt", "disbursement", "décaissement",
                   "vente", "sale", "export", "exportation", "livraison", "delivery", "coopération", "cooperation",
                   "relation", "tie", "contact", "partenariat", "partnership"]),
        ("SANCTION", None),
    ),
    (
        frozenset(["block", "bloquer", "torpedo"]),
        frozenset(["resolution", "bill", "law", "motion", "proposal", "deal", "résolution", "loi", "texte",
                   "proposition", "nomination", "appointment", "package", "bid", "accession", "membership",
                   "candidature", "adhésion", "budget", "déclaration", "declaration", "statement", "adoption",
                   "vote", "ratification", "réforme", "reform"]),
        ("REJECT", None),
    ),
    (
        BLOCKING_VERBS,
        frozenset(["website", "site", "internet", "réseau", "network", "channel", "account", "platform", "app",
                   "chaîne", "compte", "plateforme", "messagerie", "messaging"]),
        ("COERCE", "censor"),
    ),
    # "23 militaires capturés ont été remis au CICR", "handed the hostages over": captives set free
    (
        frozenset(["hand", "handover", "hand over", "livrer", "remettre", "rendre"]),
        frozenset(["otage", "prisonnier", "captif", "hostage", "prisoner", "captive", "capturer", "capture",
                   "enlever", "abduct"]),
        ("RETREAT", "release"),
    ),
    # "remettre son arsenal à l'armée", "hand in their weapons": disarmament
    (
        frozenset(["hand", "hand over", "hand in", "remettre", "rendre", "déposer", "livrer", "surrender"]),
        frozenset(["arme", "arsenal", "armement", "munition", "weapon", "arm", "arms", "ammunition"]),
        ("RETREAT", "disarm"),
    ),
    # "Bamako a dénoncé les accords de défense": a treaty renounced is a relation cut
    (
        frozenset(["dénoncer"]),
        frozenset(["accord", "traité", "convention", "pacte", "agreement", "treaty"]),
        ("SANCTION", "discontinue"),
    ),
    (
        frozenset(["hand", "hand over", "handover", "livrer", "remettre", "extrader", "surrender", "turn", "turn over"]),
        frozenset(["suspect", "fugitive", "militant", "detainee", "fugitif", "suspect", "détenu", "accusé",
                   "trafiquant", "narcotrafiquant", "trafficker", "présumé", "alleged", "suspected", "évadé",
                   "escapee", "gangster", "kingpin", "baron", "wanted", "recherché", "caïd", "mobster", "mafieux"]),
        ("COOPERATE", None),
    ),
    # "took hostages", "seized 30 pupils from a school": people carried off are abducted
    (
        frozenset(["seize", "take", "prendre", "saisir", "grab", "snatch"]),
        frozenset(["hostage", "otage", "pupil", "schoolchild", "schoolgirl", "schoolboy", "student", "passenger",
                   "villager", "worker", "élève", "écolier", "lycéen", "passager", "villageois", "ouvrier"]),
        ("ASSAULT", "abduct"),
    ),
    # "the Houthis pause attacks", "a suspendu ses frappes": stopping the fighting is a ceasefire
    (
        frozenset(["suspend", "halt", "stop", "pause", "cease", "freeze", "suspendre", "cesser", "arrêter",
                   "interrompre", "geler", "stopper"]),
        frozenset(["attack", "strike", "airstrike", "offensive", "bombing", "bombardment", "shelling", "raid",
                   "hostility", "fighting", "attaque", "frappe", "bombardement", "hostilité", "combat", "raid",
                   "pilonnage"]),
        ("RETREAT", "ceasefire"),
    ),
    # "a acheminé des lanceurs de missiles vers la zone frontalière", "deployed tanks": weapons moved up
    (
        frozenset(["acheminer", "masser", "positionner", "déployer", "deploy", "move", "station", "mass"]),
        frozenset(["lanceur", "missile", "launcher", "char", "blindé", "artillerie", "tank", "rocket", "roquette",
                   "batterie", "battery", "obusier", "howitzer"]),
        ("MOBILIZE", "weapons"),
    ),
    # "ordered the suspension of TV5Monde", "a suspendu la radio": a silenced outlet is censorship
    (
        frozenset(["suspend", "suspension", "suspendre", "shut", "shutter", "fermer", "fermeture", "ban",
                   "interdire", "interdiction", "close", "closure"]),
        frozenset(["broadcaster", "channel", "station", "radio", "television", "tv", "newspaper", "outlet",
                   "media", "chaîne", "télévision", "journal", "quotidien", "hebdomadaire", "média", "antenne"]),
        ("COERCE", "censor"),
    ),
    # "EU bans imports of Russian LNG", "interdit les exportations": a trade ban is an embargo
    (
        frozenset(["ban", "halt", "interdire", "interdiction", "embargo", "bar"]),
        frozenset(["import", "export", "importation", "exportation", "purchase", "achat", "shipment",
                   "cargaison"]),
        ("SANCTION", None),
    ),
    # "Hungary dropped its veto", "Ankara lève ses réserves": an objection given up is a concession
    (
        frozenset(["drop", "lift", "abandon", "withdraw", "waive", "renoncer", "lever", "retirer", "abandonner"]),
        frozenset(["veto", "véto", "objection", "opposition", "réserve", "blocage", "hold"]),
        ("CONCEDE", None),
    ),
    # "a dépêché une équipe de sauvetage", "sends rescuers": rescuers sent abroad are aid
    (
        frozenset(["dispatch", "send", "deploy", "fly", "dépêcher", "envoyer", "déployer", "acheminer"]),
        frozenset(["rescuer", "rescue", "sauveteur", "sauvetage", "secouriste", "secours", "firefighter",
                   "pompier", "doctor", "médecin"]),
        ("AID", None),
    ),
    # "expels the ambassador", "a expulsé le chargé d'affaires": a diplomat sent home
    (
        frozenset(["expel", "expulser", "expulsion", "declare"]),
        ENVOY_WORDS | {"ambassadeur", "diplomate", "envoyé", "persona"},
        ("SANCTION", "expel"),
    ),
    # "fired a broadside at the central bank": a volley of words, not of shells
    (frozenset(["fire", "launch"]), frozenset(["broadside"]), ("ACCUSE", "disapprove")),
    # "axes duties on Australian wine", "scraps the fuel levy": a tax dropped gives way
    (
        frozenset(["axe", "ax", "scrap", "drop", "cut", "supprimer", "abroger"]),
        frozenset(["duty", "tariff", "tax", "levy", "hike", "surcharge", "taxe", "droit", "impôt", "redevance"]),
        ("CONCEDE", None),
    ),
    # "Ethiopia, Somaliland strike port accord": a deal is struck, not a target
    (
        frozenset(["strike", "seal", "clinch"]),
        frozenset(["deal", "accord", "agreement", "pact", "bargain", "truce", "compromise"]),
        ("AGREE", None),
    ),
    # "a reçu 30 000 tonnes de vivres du PAM": aid received is aid
    (
        frozenset(["recevoir", "receive", "réceptionner"]),
        frozenset(["vivre", "aide", "médicament", "tonne", "don", "vaccin", "food", "aid", "medicine", "vaccine",
                   "supply", "ration", "assistance", "denrée"]),
        ("AID", None),
    ),
    # "Paris a suspendu la réforme", "shelved the bill": a government dropping its own measure gives way
    (
        frozenset(["suspendre", "suspend", "shelve", "geler", "abandonner", "enterrer", "scrap", "drop"]),
        frozenset(["réforme", "reform", "projet", "bill", "texte", "loi", "décret", "decree", "hausse", "increase",
                   "taxe", "tax"]),
        ("CONCEDE", None),
    ),
    # "le Parlement a entériné l'accord de paix", "ratified the treaty": the deal is agreed
    (
        frozenset(["entériner", "ratifier", "ratify", "endorse"]),
        frozenset(["accord", "traité", "agreement", "treaty", "deal", "pact", "pacte", "protocole", "protocol"]),
        ("AGREE", None),
    ),
    # "shunned work to protest", "ont déserté les cours": staying away from work is a strike
    (
        frozenset(["shun", "bouder", "déserter", "desert"]),
        frozenset(["work", "job", "class", "school", "travail", "poste", "cours", "école", "classe", "bureau"]),
        ("PROTEST", "strike"),
    ),
    # "to shun polls", "boycotter le scrutin": staying away from a vote is a boycott
    (
        frozenset(["shun", "snub", "bouder", "déserter"]),
        frozenset(["poll", "election", "vote", "ballot", "referendum", "scrutin", "élection", "urne", "référendum",
                   "product", "goods", "brand", "produit", "marchandise", "marque"]),
        ("PROTEST", "boycott"),
    ),
]  # fmt: skip
# what makes people captives: "vingt-trois militaires capturés", "abducted villagers"
CAPTIVE_MARKS = frozenset(["capturer", "capture", "enlever", "abduct", "kidnap", "retenir", "détenir"])
# a concession told by the pressure it yields to: "cédant à la pression de la rue", "under pressure from"
PRESSURE_WORDS = frozenset(["pression", "pressure", "grogne", "colère", "fronde"])
YIELDING_WORDS = frozenset(
    ["céder", "cédant", "plier", "pliant", "sous", "under", "bow", "yield", "cave", "bowing", "yielding"]
)
# a withdrawal from a body or a treaty cuts a relation: "se retirer de la CPI", "leur retrait de la Cédéao"
BODY_WORDS = frozenset(
    ["cour", "organisation", "traité", "accord", "union", "alliance", "communauté", "pacte", "convention",
     "cédéao", "court", "organization", "treaty", "pact", "ecowas", "icc", "cpi", "opec", "opep", "francophonie",
     "unesco", "commonwealth", "nato", "otan", "sadc", "cemac", "uemoa", "igad", "wto", "omc", "oms", "who",
     "unhrc", "league", "ligue", "bloc"]
)  # fmt: skip
LEAVING_VERBS = frozenset(["quit", "leave", "exit", "quitter"])
# nouns that count acts out in batches: "une vague d'arrestations", "a fresh round of strikes"
CONTAINER_NOUNS = frozenset(
    ["vague", "série", "salve", "tranche", "volet", "train", "wave", "spate", "series", "string", "round", "batch",
     "package", "flurry", "volley", "raft", "mouvement", "mesure"]
)  # fmt: skip
SUSPECTED_WORDS = frozenset(
    ["présumé", "présumer", "supposé", "rechercher", "alleged", "suspected", "wanted"]
)
# a joint act of two forces is cooperation, whatever it is: "a joint patrol", "une opération conjointe"
JOINT_WORDS = frozenset(
    ["joint", "combined", "coordinated", "conjoint", "commun", "coordonné", "coordonner", "mixte"]
)
JOINT_NOUNS = frozenset(
    ["operation", "patrol", "exercise", "raid", "offensive", "drill", "manoeuvre", "maneuver", "sweep",
     "opération", "patrouille", "exercice", "manœuvre", "exploitation", "enquête", "investigation", "production",
     "fabrication", "development", "développement"]
)  # fmt: skip
AGENT_TOLD_TYPES = frozenset({"AID", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
JOINT_ENTRY = Entry("joint", "N", "COOPERATE", None, "event")
# "des manifestants ont investi le centre-ville", "protesters occupied the airport": protesters moving in on a
# place are the demonstration
CROWD_ENTRY = Entry("investir", "V", "PROTEST", "demo", "event")
CROWD_MOTION_VERBS = frozenset(
    ["investir", "occuper", "envahir", "défiler", "marcher", "converger", "affluer", "prendre d'assaut", "camper",
     "occupy", "invade", "march", "flood", "pour", "converge", "fill", "throng", "pack", "storm", "camp", "swarm",
     "descendre", "rampage", "déferler", "sillonner"]
)  # fmt: skip
PROTESTER_NOUNS = frozenset(
    ["manifestant", "protestataire", "gréviste", "contestataire", "protester", "demonstrator", "striker",
     "marcher", "émeutier", "rioter", "supporter", "backer", "partisan", "sympathisant"]
)  # fmt: skip
# a march that gathers protesters: "le cortège a rassemblé 200 000 manifestants", "the rally drew thousands"
GATHER_VERBS = frozenset(["rassembler", "réunir", "attirer", "drainer", "draw", "gather", "attract", "bring"])
MARCH_NOUNS = frozenset(
    [
        "cortège",
        "manifestation",
        "marche",
        "défilé",
        "rassemblement",
        "rally",
        "march",
        "protest",
        "demonstration",
    ]
)
CROWD_COUNTS = frozenset(
    [
        "thousands",
        "hundreds",
        "tens",
        "dozens",
        "crowds",
        "milliers",
        "centaines",
        "dizaines",
        "foule",
        "crowd",
    ]
)
# "visée par des bombes planantes", "hit by rockets": a weapon that hit names the attack
WEAPON_ENTRY = Entry("bombe", "N", "ASSAULT", None, "event")
WEAPON_HIT_VERBS = TARGETING_VERBS | {"atteindre", "pilonner", "strike", "rock", "pound"}
# "des milices d'autodéfense se sont constituées", "villagers formed vigilante groups": an armed group raised
MILITIA_ENTRY = Entry("constituer", "V", "MOBILIZE", "militia", "event")
FORMING_VERBS = frozenset(
    ["former", "constituer", "créer", "mettre sur pied", "organiser", "form", "set up", "create", "organize",
     "organise", "raise"]
)  # fmt: skip
MILITIA_WORDS = frozenset(
    ["milice", "brigade", "autodéfense", "vigilance", "vigilant", "militia", "vigilante", "self-defence",
     "self-defense"]
)  # fmt: skip
# calling a strike or a boycott organises it
STRIKE_CALLS = frozenset(["call", "appeler", "convoquer", "lancer", "décréter"])
# what access online is access to: "a bloqué l'accès à Facebook", "blocked access to Wikipedia"
ONLINE_WORDS = frozenset(
    ["internet", "web", "réseaux", "networks", "website", "websites", "site", "sites", "encyclopedia", "platform",
     "plateforme", "messagerie", "application", "app", "apps", "wikipedia", "facebook", "instagram", "whatsapp",
     "youtube", "twitter", "telegram", "tiktok"]
)  # fmt: skip
# a ship taken by pirates or rebels is an attack; by a state's forces, a seizure
SEIZING_VERBS = frozenset(["seize", "saisir", "s'emparer", "capture", "capturer", "hijack"])
SHIP_WORDS = frozenset(
    ["ship", "vessel", "carrier", "tanker", "boat", "freighter", "navire", "bateau", "pétrolier", "cargo",
     "vraquier", "chalutier"]
)  # fmt: skip
IRREGULARS = frozenset(
    ["pirate", "rebel", "gunman", "militant", "insurgent", "jihadist", "rebelle", "jihadiste", "djihadiste",
     "houthi", "milicien", "militia", "milice"]
)  # fmt: skip
# handing someone to another state's justice is cooperation: "a livré aux autorités sénégalaises"
HANDOVER_VERBS = frozenset(
    ["remettre", "livrer", "extrader", "transférer", "hand", "hand over", "handover", "turn"]
)
JUSTICE_WORDS = frozenset(
    ["autorité", "justice", "police", "parquet", "tribunal", "cour", "juge", "authority", "prosecutor", "court",
     "judge", "interpol"]
)  # fmt: skip
# what an aid convoy carries: "un convoi chargé de vivres", "trucks carrying food"
AID_GOODS = frozenset(
    ["vivre", "médicament", "aide", "aliment", "nourriture", "farine", "eau", "kit", "tente", "couverture",
     "food", "medicine", "aid", "supply", "water", "tent", "blanket", "flour", "grain", "fuel", "carburant",
     "matériel", "équipement", "denrée"]
)  # fmt: skip
CARRIER_NOUNS = frozenset(
    ["convoi", "camion", "avion", "navire", "bateau", "cargo", "barge", "convoy", "truck", "plane", "ship",
     "aircraft", "flight", "vol", "lorry", "vessel"]
)  # fmt: skip
CARRIER_ENTRY = Entry("convoi", "N", "AID", None, "event")
ARRIVAL_VERBS = frozenset(
    ["arrive", "land", "reach", "arriver", "atterrir", "débarquer", "parvenir", "rejoindre", "rallier"]
)
HELPER_WORDS = frozenset(
    ["doctor", "medic", "nurse", "firefighter", "rescuer", "paramedic", "médecin", "infirmier", "pompier",
     "secouriste", "sauveteur", "urgentiste", "humanitaire"]
)  # fmt: skip
LOADING_VERBS = frozenset(
    ["charger", "chargé", "transporter", "acheminer", "apporter", "load", "carry", "laden", "bring"]
)
# who sentences: "a court jails", "le tribunal a envoyé en prison"
COURT_WORDS = frozenset(["court", "judge", "tribunal", "cour", "juge", "magistrate", "jury"])
# verbs of a formal complaint: "lodged a protest", "a élevé une protestation"
LODGE_VERBS = frozenset(["lodge", "file", "register", "élever", "émettre", "déposer", "adresser", "formuler"])
# what a verbal attack is over: "opens fire on the president over fuel queues"
GRIEVANCES = frozenset(
    ["budget", "cut", "queue", "shortage", "price", "remark", "comment", "handling", "crisis", "scandal",
     "corruption", "row", "dispute", "policy", "plan", "decision", "reform", "bill", "law", "record", "delay",
     "failure", "mismanagement", "spending", "tax"]
)  # fmt: skip
# an attack on a policy is words: "une violente attaque contre la gestion de la crise"
VERBAL_ATTACK_NOUNS = frozenset(
    ["attaque", "attack", "offensive", "charge", "assaut", "assault", "tir", "salve"]
)
ABSTRACT_TARGETS = frozenset(
    ["gestion", "politique", "bilan", "réforme", "décision", "stratégie", "choix", "action", "management",
     "handling", "policy", "record", "decision", "strategy", "reform", "approach", "plan", "projet", "budget",
     "indépendance", "liberté", "démocratie", "justice", "constitution", "independence", "freedom", "democracy"]
)  # fmt: skip
# done together: "ont démantelé ensemble", "menée de concert", "jointly dismantled"
TOGETHER_WORDS = frozenset(["ensemble", "conjointement", "jointly", "together", "concert"])
# "il n'est pas question de négocier", "il est hors de question de céder": a refusal of what follows
REFUSAL_ENTRY = Entry("question", "N", "REJECT", None, "event")
# "n'exclut pas de recourir à la force", "did not rule out military action": a veiled threat
NOT_RULED_OUT_ENTRY = Entry("exclure", "V", "THREATEN", None, "event")
# an "offensive" or "attack" of charm, of diplomacy or of the media is no violence
FIGURATIVE_WORDS = frozenset(
    ["diplomatique", "charme", "médiatique", "commercial", "commerciale", "séduction", "diplomatic", "charm",
     "media", "publicity", "colère", "joie", "anger", "joy", "rage", "paix", "peace"]
)  # fmt: skip
# verbs that make a future act a decision taken rather than a threat
DECISION_VERBS = frozenset(["announce", "decide", "annoncer", "décider", "décréter", "confirm", "confirmer"])
# what a continuing act is counted in: "the fourth week of a hunger strike", "le dixième jour de grève"
SPAN_NOUNS = frozenset(["day", "week", "month", "year", "jour", "journée", "semaine", "mois", "année"])
# what is done for the wounded and the sick: "treats the wounded", "soigner les blessés"
CARE_VERBS = frozenset(
    ["treat", "tend", "nurse", "care", "hospitalize", "hospitalise", "operate", "soigner", "traiter", "hospitaliser",
     "opérer", "prendre en charge", "accueillir", "admit", "receive", "recevoir", "admettre"]
)  # fmt: skip
# what a deadline is counted in: "a donné 48 heures à ...", "gave them a week to leave"
# the prepositions of "the activities of the parties", "des dizaines de milliers de réservistes"
OF_PREPOSITIONS = frozenset({"of", "de", "d'", "d’"})
# "gave the mining firms until the end of the month to submit plans": a deadline set
UNTIL_WORDS = frozenset(
    {"until", "till", "jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au", "jusqu'aux", "jusqu’aux"}
)
DEADLINE_WORDS = frozenset(
    ["heure", "jour", "semaine", "mois", "délai", "hour", "day", "week", "month", "deadline"]
)
# verbs that hand over what their object names: "gave the army an ultimatum", "a donné son feu vert"
GIVING_VERBS = frozenset(["give", "grant", "donner", "accorder", "adresser", "lancer"])
VERBAL_ATTACK_VERBS = frozenset(["attack", "attaquer", "target", "s'en prendre"])
# who stops work: "unions strike", "pilots' strike"
WORKER_WORDS = frozenset(
    ["worker", "union", "employee", "staff", "teacher", "doctor", "nurse", "pilot", "miner", "docker",
     "dockworker", "driver", "unionist", "labourer", "laborer", "judge", "magistrate", "lawyer", "civil servant",
     "controller", "railworker", "trucker", "farmer"]
)  # fmt: skip
# words of a partitive object whose complement is the real object ("captured part of the stronghold")
PARTITIVE_NOUNS = frozenset({"part", "control", "most", "half", "partie", "contrôle", "moitié"})
FRACTION_NOUNS = frozenset(
    {"half", "third", "quarter", "majority", "most", "moitié", "tiers", "quart", "majorité", "plupart"}
)
# the words for one statement an article reports on ("the joint statement", "le communiqué")
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "declaration",
        "communique",
        "communiqué",
        "déclaration",
    }
)
VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
CONTINUE_VERBS = frozenset({"continue", "keep", "continuer", "poursuivre"})
PREPARE_VERBS = frozenset({"prepare", "préparer", "apprêter"})
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "casque", "maintien"})
QUANTITY_NOUNS = frozenset({"nombre", "effectif", "niveau", "number", "level", "total", "strength"})
# people named by their work, whose noun modifier says what they do ("an aid worker", "relief staff")
PEOPLE_AT_WORK = frozenset(
    {"worker", "official", "staff", "staffer", "volunteer", "employee", "agent", "officer"}
)
AID_WORDS = frozenset({"aid", "relief", "humanitarian", "humanitaire"})
# "suspended the activities of all political parties": stopping others from acting
SUSPENDING_VERBS = frozenset({"suspend", "suspension", "suspendre", "freeze", "geler", "halt"})
# the nouns that count what follows them: "des dizaines de milliers de réservistes", "dozens of prisoners"
COUNTING_NOUNS = frozenset(
    ["dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
     "centaine", "millier", "million", "milliard", "dozen", "score", "hundred", "thousand", "million", "ten"]
)  # fmt: skip
CLAIM_NOUNS = frozenset({"responsabilité", "crédit", "paternité", "responsibility", "credit"})
PLAN_WORDS = frozenset(
    [
        "willing",
        "ready",
        "prepared",
        "prêt",
        "disposé",
        "committed",
        "plan",
        "projet",
        "intention",
        "prévoir",
        "planifier",
        "envisager",
        "compter",
        "décider",
        "vouloir",
        "aller",
        "plan",
        "intend",
        "expect",
        "decide",
        "want",
        "going",
        "prepare",
    ]
)
LIFE_WORDS = frozenset({"life", "vie"})
# words of a toll: "claimed nine lives", "a fait neuf victimes", "left 23 people injured"
TOLL_DEAD = frozenset({"life", "vie", "victime", "mort", "dead", "death", "fatality", "tué", "killed"})
TOLL_INJURED = frozenset({"blessé", "blessés", "blessée", "injured", "wounded", "injure", "wound", "blesser"})
VICTIM_NOUNS_DEAD = frozenset({"mort", "tué", "victime", "dead", "fatality", "death", "killed"})
VICTIM_NOUNS_INJURED = frozenset({"blessé", "injured", "wounded", "injury"})
SIZE_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "COERCE", "AID"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})  # "wo" of "won't"
HYPOTHETICAL_MARKS = frozenset({"si", "if", "unless", "whether"})
# A noun under these prepositions dates another event ("après les pourparlers", "since the attack").
TEMPORAL_PREPS = frozenset(
    ["après", "avant", "depuis", "dès", "jusqu'à", "after", "before", "since", "following", "until", "prior"]
) | {"à l'issue de", "à l' issue de", "prior to", "ahead of"}
PURPOSE_MARKS = frozenset({"pour", "afin"})
# marks of a clause that tells the time of another event ("following the shooting", "lorsque ...")
BACKGROUND_MARKS = frozenset(
    ["after", "before", "when", "since", "following", "as", "après", "avant", "lorsque", "quand", "depuis"]
)
# what a reopening must open to grant access: a way through, not a market, a school or an inquiry
PASSAGE_WORDS = frozenset(
    [
        "border",
        "crossing",
        "checkpoint",
        "airspace",
        "airport",
        "port",
        "harbour",
        "harbor",
        "road",
        "highway",
        "route",
        "corridor",
        "passage",
        "bridge",
        "gate",
        "frontier",
        "strait",
        "embassy",
        "consulate",
        "terminal",
        "frontière",
        "poste-frontière",
        "point",
        "poste",
        "aéroport",
        "espace",
        "aérien",
        "route",
        "axe",
        "corridor",
        "pont",
        "ambassade",
        "consulat",
        "détroit",
        "terminal",
    ]
)
PROTEST_VERBS = frozenset({"protest"})  # verbal disapproval, or a street protest when crowds do it
PURPOSE_HEADS = frozenset({"servir", "viser", "destiner", "serve", "aim", "intend"})
# English reporter phrasing. "A car bomb ripped through the market": a verb of impact names an attack only when
# a weapon or an attack does it (a fire, a storm or a bus does not attack)
IMPACT_VERBS = frozenset({"rip", "tear", "slam"})
# "fired the head of government", "sacks army chief": removing an official is coercion, not a shooting
DISMISS_VERBS = frozenset({"fire", "sack", "dismiss"})
OFFICE_WORDS = frozenset(
    ["head", "chief", "minister", "premier", "governor", "commander", "general", "director", "official", "president",
     "secretary", "prosecutor", "judge", "mayor", "cabinet", "government", "deputy", "aide", "adviser", "advisor",
     "spokesman", "spokeswoman", "commissioner", "ambassador", "envoy", "coach", "manager", "chairman", "boss", "chair",
     "leader", "counterpart", "rival"]
)  # fmt: skip
# "police raided the offices of a newspaper": a search of premises by the authorities is a seizure
PREMISES_WORDS = frozenset(
    ["office", "home", "house", "headquarters", "premises", "apartment", "flat", "residence", "newsroom", "studio",
     "bureau"]
)  # fmt: skip
AUTHORITY_WORDS = frozenset(
    ["police", "authority", "agent", "officer", "investigator", "prosecutor", "policeman", "detective"]
)
# "ordered the French ambassador to leave the country": the envoy is expelled
ORDER_VERBS = frozenset({"order", "tell", "give", "instruct", "direct"})
# "ordered Iraq to withdraw", "wants Manila to probe": what one state tells another to do is a demand
DEMAND_VERBS = frozenset({"order", "tell", "instruct", "direct", "want"})
DEPARTURE_VERBS = frozenset({"leave", "quit", "depart"})
# "jailed for 20 years": a prison term is a sentence, not an arrest
JAIL_VERBS = frozenset({"jail", "imprison"})
TERM_WORDS = frozenset({"year", "month", "life", "term"})
# "vowed to respond to any attack": answering an attack is a threat of force
RESPONSE_VERBS = frozenset({"respond", "react", "answer"})
# "a blistering attack on the prime minister", "attacked the government's handling of": words, not weapons
VERBAL_ATTACK_WORDS = frozenset(
    ["blistering", "scathing", "stinging", "withering", "verbal", "veiled", "rhetorical", "strongly-worded"]
)
CONDUCT_WORDS = frozenset(
    ["handling", "policy", "record", "decision", "remark", "comment", "stance", "leadership", "management",
     "response", "performance", "approach", "strategy", "conduct", "rhetoric", "speech"]
)  # fmt: skip
# "transport ground to a halt": a standstill, no one halts anything
STANDSTILL_VERBS = frozenset({"grind", "come", "bring", "screech"})
# what one fights without violence: "fight the pandemic", "the battle against corruption"
PEACEFUL_FOES = frozenset(
    ["coronavirus", "virus", "pandemic", "epidemic", "disease", "outbreak", "cholera", "ebola", "malaria", "covid",
     "covid-19", "cancer", "corruption", "poverty", "inflation", "blaze", "wildfire", "drought", "famine",
     "unemployment", "hunger", "misinformation", "disinformation"]
)  # fmt: skip
# a crowd that kills: "a mob lynched two men" is an assault, not a riot
CROWD_KILLING = frozenset({"lynch", "behead", "stab"})
SETTLEMENT_NOUNS = frozenset(
    ["town", "village", "city", "hamlet", "commune", "ville", "localité", "bourgade", "hameau"]
)
