"""Event extraction from parsed articles: triggers from the lexicons, arguments from the parse, then status."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .. import PIPELINE_VERSION
from ..resolve.actors import ActorResolver
from ..resolve.dates import ResolvedDate, find_dates, resolve_date
from ..resolve.numbers import find_counts, parse_count
from ..resolve.places import QUARTER_NOUNS, PlaceResolver, foreign_quarter
from ..types import Actor, Article, Event, Place, Quote
from .confidence import load_model
from .headline import headline, linear_verb, object_phrases, object_words, subject_phrases
from .lexicon import Entry, Lexicon, load_lexicon
from .speech import SpeechContext, find_quotes
from .syntax import (
    FINITE_ENDINGS_FR,
    PRONOUNS,
    ancestors_in,
    antecedent,
    case_words,
    conjuncts,
    evidence_of,
    has_reflexive,
    index_sentences,
    is_negated,
    is_passive,
    lemma_candidates,
    nominal_span,
    objects,
    passive_agents,
    passive_subjects,
    prep_objects,
    preposition,
    subjects,
    verb_class,
)
from .typemodel import NONE, TypeModel, load_type_model, sentence_features

__all__ = ["EventExtractor"]

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
GUESS_MIN = 0.5  # the type model's least probability for an event the rules did not find
GUESS_CONFIDENCE = 0.7  # its probability, scaled: a guessed event is less sure than a parsed one
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
    (BLOCKING_VERBS, frozenset(["website", "site", "internet", "réseau", "network"]), ("COERCE", "censor")),
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
        frozenset(["hand", "handover", "livrer", "remettre", "extrader", "surrender", "turn"]),
        frozenset(["suspect", "fugitive", "militant", "detainee", "fugitif", "suspect", "détenu", "accusé",
                   "trafiquant", "narcotrafiquant", "trafficker", "présumé", "alleged", "suspected", "évadé",
                   "escapee", "gangster", "kingpin", "baron", "wanted", "recherché", "caïd"]),
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
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
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
     "spokesman", "spokeswoman", "commissioner", "ambassador", "envoy", "coach", "manager", "chairman", "boss"]
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


@dataclass(slots=True)
class Trigger:
    """A word that names an event, with the lexicon entry it matched."""

    tok: Token
    entry: Entry
    type: str
    mode: str | None
    linear: bool = False  # a headline verb found by word order, its parse unusable

    @property
    def role(self) -> str:
        return self.entry.role


@dataclass(slots=True)
class Draft:
    """An event being assembled before it becomes an `Event`."""

    trig: Trigger
    sent: Span
    type: str
    mode: str | None
    status: str = "occurred"
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    approximate: bool = False
    location: Place | None = None
    date: ResolvedDate | None = None
    quote: Quote | None = None
    absorbed: bool = False
    tokens: set[int] = field(default_factory=set)  # trigger tokens merged into this event
    also: list[Span] = field(default_factory=list)  # other sentences that name the same incident
    guessed: float | None = None  # the type model's probability, for an event the rules did not find


class EventExtractor:
    """Callable stage: (Article, Doc) -> (events, quotes). Built once per language; holds lexicon and resolvers."""

    def __init__(
        self, lang: str, actors: ActorResolver, places: PlaceResolver, lexicon: Lexicon | None = None
    ):
        self.lang = lang
        self.lex = lexicon or load_lexicon(lang)
        self.actors = actors
        self.places = places
        self.use_model = True  # False gives the rules' heuristic confidence (benchmarks compare both)
        self.confidence_model: str | None = None  # a weights file other than the packaged one
        self.type_model: TypeModel | None | bool = True  # True: the packaged one; None or False: rules only

    # ---------------------------------------------------------------- public
    def __call__(self, article: Article, doc: Doc) -> tuple[list[Event], list[Quote]]:
        scored, quotes = self.explain(article, doc)
        return [e for e, _ in scored], quotes

    def explain(self, article: Article, doc: Doc) -> tuple[list[tuple[Event, list[str]]], list[Quote]]:
        """Events with the features their confidence was computed from, and the quotes."""
        index_sentences(doc)
        doc.user_data["vigie_actors"] = {}  # this extractor's actors, by word (see `_actor`)
        published = _parse_day(article.published)
        speech = SpeechContext(self, article, doc)
        quotes = find_quotes(speech)
        drafts: list[Draft] = []
        anchor: ResolvedDate | None = None
        countries = self._article_countries(doc)
        for sent in doc.sents:
            sent_drafts = self._sentence(sent, speech, countries)
            dates = self._dates(sent) if sent_drafts else []  # only events need them
            for d in sent_drafts:
                if d.absorbed:
                    continue
                anchor = self._situate(d, dates, published, anchor, countries, speech)
                if (
                    d.quote
                    and not d.source
                    and d.quote.speaker
                    and (d.type in VERBAL_CONFLICT or d.type in ("AGREE", "SUPPORT"))
                ):
                    d.source = [d.quote.speaker]
                drafts.append(d)
        guess = self._lead_guess(doc, drafts, speech, countries, published)
        if guess is not None:
            drafts.append(guess)
        self._document_dates(doc, drafts, published)
        merged = _merge_mentions(drafts)
        by_sentence: dict[int, list[Draft]] = {}
        for d in merged:
            by_sentence.setdefault(d.sent.start, []).append(d)
        scored = []
        for d in merged:
            feats = self._features(d, by_sentence[d.sent.start])
            scored.append((self._finish(article, d, feats), feats))
        return scored, quotes

    def _situate(
        self,
        d: Draft,
        dates: list[tuple[int, str, Token]],
        published: date | None,
        anchor: ResolvedDate | None,
        countries: list[str],
        speech: SpeechContext,
    ) -> ResolvedDate | None:
        """Date, place and quote of an event; returns the date later relative dates count from."""
        expr = self._date_for(d, dates)
        if expr is not None:
            d.date = resolve_date(expr, self.lang, published, anchor)
            if d.date.edtf:
                anchor = d.date
        if d.location is None:
            d.location = self._location(d, countries) or self._target_place(d, countries)
        d.quote = speech.quote_at(d.trig.tok.idx)
        return anchor

    def _type_model(self) -> TypeModel | None:
        return load_type_model() if self.type_model is True else self.type_model or None

    def _lead_guess(
        self,
        doc: Doc,
        drafts: list[Draft],
        speech: SpeechContext,
        countries: list[str],
        published: date | None,
    ) -> Draft | None:
        """A title or lead sentence reports an event: when the rules found none in the whole article, the type
        model names the one its first two sentences most likely report, if it is sure enough that there is one.
        (When the rules found events further on, the lead's news is most often among them.)"""
        model = self._type_model()
        if model is None or drafts:
            return None
        best: tuple[float, str, Span] | None = None
        for sent in _lead(doc):
            probs = model.probabilities(sentence_features(sent, self.lex))
            typ = max((c for c in probs if c != NONE), key=probs.__getitem__, default=None)
            if typ is None or probs[typ] < max(GUESS_MIN, probs.get(NONE, 0.0)):
                continue
            if best is None or probs[typ] > best[0]:
                best = (probs[typ], typ, sent)
        if best is None:
            return None
        prob, typ, sent = best
        return self._guessed(sent, typ, prob * GUESS_CONFIDENCE, speech, countries, published)

    def _guessed(
        self,
        sent: Span,
        typ: str,
        confidence: float,
        speech: SpeechContext,
        countries: list[str],
        published: date | None,
    ) -> Draft | None:
        """The event of type `typ` the model says `sent` reports, its trigger, arguments and status read from the
        parse as for a rule's event."""
        tok, mode = self._guess_trigger(sent, typ)
        entry = Entry(tok.lemma_.lower(), verb_class(tok) or "V", typ, mode, "event")
        d = Draft(Trigger(tok, entry, typ, mode), sent, typ, mode, tokens={tok.i}, guessed=confidence)
        self._arguments(d, {})
        d.type, d.mode = typ, mode  # the model's type stands; the rules only look for its arguments
        self._context(d, {}, {tok.i: d}, speech)
        if d.absorbed:
            return None
        d.type = typ
        self._situate(d, self._dates(sent), published, None, countries, speech)
        return d

    def _typed_word(self, sent: Span, typ: str) -> tuple[Token, str | None] | None:
        """The first word the lexicon gives type `typ` (whatever the tagger made of it), with its mode."""
        for tok in sent:
            for pos in ("V", "N"):
                for word in (tok.lemma_.lower(), tok.lower_):
                    hit = [e for e in self.lex.lookup(pos, word) if e.type == typ and e.role == "event"]
                    if hit:
                        return tok, hit[0].mode
        return None

    def _guess_trigger(self, sent: Span, typ: str) -> tuple[Token, str | None]:
        """The word the lexicon gives the guessed type, with its mode; else the sentence's root, with the mode
        a modifier gives."""
        found = self._typed_word(sent, typ)
        if found is not None:
            return found
        for tok in sent:
            mode = self.lex.modes.get(tok.lemma_.lower())
            if mode and mode[0] == typ:
                return sent.root, mode[1]
        return sent.root, None

    def _document_dates(self, doc: Doc, drafts: list[Draft], published: date | None) -> None:
        """What a dated statement says is dated by it: "le communiqué publié mercredi" dates the undated
        announcements and verbal events of the paragraphs that name the statement."""
        named = [t for t in doc if t.lemma_.lower() in DOCUMENT_NOUNS and verb_class(t) == "N"]
        dated: ResolvedDate | None = None
        for tok in named:
            sub = doc[tok.left_edge.i : tok.right_edge.i + 1]
            found = find_dates(sub.text, self.lang)
            if found:
                resolved = resolve_date(found[0].text, self.lang, published)
                if resolved.edtf:
                    dated = resolved
                    break
        if dated is None:
            return
        breaks = [m.start() for m in re.finditer("\n", doc.text)]
        paragraphs = {_paragraph(breaks, doc, t.i) for t in named}
        for d in drafts:
            if d.date is not None and d.date.edtf:
                continue
            verbal = d.status in ("announced", "threatened") or d.type in VERBAL_TYPES
            if verbal and _paragraph(breaks, doc, d.trig.tok.i) in paragraphs:
                d.date = dated

    # ---------------------------------------------------------------- triggers
    def triggers(self, sent: Span) -> list[Trigger]:
        """Every lexicon match in the sentence, one entry per token (the most specific one)."""
        out = []
        linear_at = -1
        title = headline(sent)  # only a title's verb is read from word order
        for tok in sent:
            pos = verb_class(tok)
            if tok.i == linear_at + 1 and pos == "V" and tok.dep_ == "ROOT":
                pos = "N"  # "Tehran snubs call for talks": after the headline's verb, its object
            if (
                pos is None
                and title
                and linear_at < 0
                and tok.lang_ == "fr"
                and linear_verb(tok, self._lexical_verb)
            ):
                pos = "N"  # "Niger : la junte ferme la porte": a title's verb tagged as an adjective
            if pos is None and _clause_head(tok):
                pos = "V"  # "Gunmen free kidnapped miners", "EU leaders back Moldova's bid": a verb tagged otherwise
            if pos is None:
                continue
            if pos == "N" and _joint(tok):
                out.append(Trigger(tok, JOINT_ENTRY, "COOPERATE", None))
                continue
            if pos == "V" and _crowd_moves(tok):
                out.append(Trigger(tok, CROWD_ENTRY, "PROTEST", "demo"))
                continue
            if pos == "N" and (weapon := self._weapon_hit(tok)) is not None:
                out.append(Trigger(tok, WEAPON_ENTRY, "ASSAULT", weapon))
                continue
            if pos == "V" and _helpers_arrive(tok):
                out.append(Trigger(tok, CARRIER_ENTRY, "AID", None))
                continue
            if pos == "N" and _carries_aid(tok):
                out.append(Trigger(tok, CARRIER_ENTRY, "AID", None))
                continue
            if pos == "V" and _militia_forms(tok):
                out.append(Trigger(tok, MILITIA_ENTRY, "MOBILIZE", "militia"))
                continue
            if pos == "V" and _not_ruled_out(tok):
                out.append(Trigger(tok, NOT_RULED_OUT_ENTRY, "THREATEN", None))
                continue
            if pos == "N" and _out_of_question(tok):
                out.append(Trigger(tok, REFUSAL_ENTRY, "REJECT", None))
                continue
            linear = title and linear_at < 0 and pos in ("N", "V") and linear_verb(tok, self._lexical_verb)
            linear_at = tok.i if linear else linear_at
            if pos == "N" and (linear or _headline_verb(tok)):
                pos = "V"  # "Moscow court sentences Navalny": the tagger took the headline's verb for a noun
            elif pos == "N" and _pronoun_subject_of_noun(tok):
                pos = "V"  # "qu'ils boycotteraient": a pronoun subject only ever goes with a verb
            forms = lemma_candidates(tok) if pos == verb_class(tok) else _verb_forms(tok)
            entries = next((hit for lem in forms if (hit := self.lex.lookup(pos, lem))), [])
            entries = [e for e in entries if self._fits(e, tok) or linear and self._fits_linearly(e, tok)]
            if not entries:
                continue
            entry = self._choose(entries, tok)
            if entry is None:
                continue
            mode = self._mode(tok, entry) or entry.mode
            if entry.pos == "N" and entry.rest and _compound_of(tok, len(entry.rest)):
                tok = tok.head  # "a relief convoy", "an asset freeze": the phrase's head noun names the act
            elif entry.pos == "N" and (container := _container_of(tok)) is not None:
                tok = container  # "une vague d'arrestations a visé", "a new package of aid": the batch is the act
            out.append(Trigger(tok, entry, entry.type or "", mode, linear))
        # one trigger a word: the multiword phrase that ends on it wins over the word alone ("hunger strike")
        best: dict[int, Trigger] = {}
        for t in out:
            if t.tok.i not in best or len(t.entry.rest) > len(best[t.tok.i].entry.rest):
                best[t.tok.i] = t
        return [t for t in out if best[t.tok.i] is t]

    def _weapon_hit(self, tok: Token) -> str | None:
        """The mode of a weapon that hit something, told from the target's side ("Kharkiv visée par des bombes
        planantes", "was hit by rockets"): the weapon names the attack."""
        typ, mode = self.lex.modes.get(tok.lemma_.lower()) or self.lex.modes.get(tok.lower_, ("", ""))
        if typ != "ASSAULT":
            return None
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
        agent = (
            tok.dep_ == "obl:agent"
            or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
            or (tok.dep_.startswith("obl") and case_words(tok) == "par" and is_passive(head))
        )
        if not agent or head.i == tok.i or head.lemma_.lower() not in WEAPON_HIT_VERBS:
            return None
        return mode or None

    def _lexical_verb(self, tok: Token) -> bool:
        """Whether the lexicon knows a word as a verb naming an event (a headline verb the tagger missed)."""
        return any(e.type for form in _verb_forms(tok) for e in self.lex.lookup("V", form))

    @staticmethod
    def _fits_linearly(e: Entry, tok: Token) -> bool:
        """A headline verb's fixed words read from word order: "strike deal", "pulls plug"."""
        words = re.sub(r"^(?:the|a|an|le|la|les|l'|un|une|des|du) ?", "", _words_from(tok.doc, tok.i + 1))
        return bool(e.rest) and words.startswith(" ".join(e.rest))

    def _fits(self, e: Entry, tok: Token) -> bool:
        if e.reflexive and not has_reflexive(tok):
            return False
        if not e.rest:
            return True
        rest = " ".join(e.rest)
        if e.pos == "N":  # "déclaration conjointe", "grève de la faim": the words that follow the noun
            return _words_from(tok.doc, tok.i + 1).startswith(rest)
        if len(e.rest) == 1 and any(s.lemma_.lower() == rest for s in passive_subjects(tok)):
            return True  # "le traité a été signé", "the veto was lifted": the fixed object is the passive subject
        # a verb's fixed words belong to the verb itself: its particle ("carry out"), or a dependent that opens
        # with them ("mettre en garde", "condamner X à dix ans"), never to a word of its object ("l'attentat à Kaboul")
        # "puts artillery units on combat alert": the phrase's preposition may hang on the object
        hung = [
            p
            for o in objects(tok)
            for p in o.children
            if p.i > o.i
            and (
                p.dep_ == "prep"
                and rest.startswith(p.lower_ + " ")
                # "placé ses systèmes en alerte"; never "condamné la visite à Taipei"
                or p.dep_ in ("nmod", "obl", "obl:mod")
                and rest.split()[0] == "en" == case_words(p)
            )
        ]
        return any(
            _child_starts(c, rest) for c in [*tok.children, *_stray_objects(tok), *hung] if c.i > tok.i
        ) or any(
            _child_starts(c, after)
            for after in _after_particles(tok, rest)
            for c in tok.children
            if c.i > tok.i
        )

    def _choose(self, entries: list[Entry], tok: Token) -> Entry | None:
        entries.sort(key=lambda e: (-len(e.rest), not e.reflexive))
        if entries[0].rest or entries[0].reflexive:
            return entries[0]
        roles = {e.role for e in entries}
        if "claim" in roles:
            near = {t.lemma_.lower() for t in tok.doc[max(0, tok.i - 2) : tok.i + 4]} | {
                c.lemma_.lower() for c in tok.children
            }
            claimed = any(
                e.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")
                for o in objects(tok) + passive_subjects(tok)
                for e in self.lex.lookup("N", o.lemma_.lower())
            )  # "a revendiqué l'attaque"
            if near & CLAIM_NOUNS or claimed:
                return next(e for e in entries if e.role == "claim")
            entries = [e for e in entries if e.role != "claim"] or entries
        modes = self._modifier_modes(tok)
        for e in entries:
            if e.type and any(t == e.type for t, _ in modes):
                return e
        return entries[0]

    def _modifier_modes(self, tok: Token) -> list[tuple[str, str]]:
        found = []
        for c in tok.children:
            if c.dep_ in (
                "amod",
                "compound",
                "nmod",
                "obl",
                "obl:mod",
                "obl:arg",
                "prep",
                "npadvmod",
                "nummod",
                "poss",
            ):
                cand = [c] + [p for p in c.children if p.dep_ == "pobj"]
                for x in cand:
                    hit = self.lex.modes.get(x.lemma_.lower()) or self.lex.modes.get(x.lower_)
                    if hit:
                        found.append(hit)
        return found

    def _mode(self, tok: Token, entry: Entry) -> str | None:
        for typ, mode in self._modifier_modes(tok):
            if typ == entry.type:
                return mode
        return None

    # ---------------------------------------------------------------- sentence
    def _sentence(self, sent: Span, speech: SpeechContext, countries: list[str]) -> list[Draft]:
        trigs = self.triggers(sent)
        by_tok = {t.tok.i: t for t in trigs}
        drafts: dict[int, Draft] = {}
        casualties = [t for t in trigs if t.role in ("dead", "injured")]
        for t in trigs:
            if t.role != "event" or not self._names_event(t):
                continue
            d = Draft(t, sent, t.type, t.mode, tokens={t.tok.i})
            self._arguments(d, by_tok)
            drafts[t.tok.i] = d
        self._support_uses(drafts)
        for t in casualties:
            anchor = self._casualty_anchor(t, drafts, by_tok)
            if anchor is None and t.tok.head.i in drafts and t.tok.dep_ in ("dobj", "obj"):
                continue  # "evacuated the wounded": people named by their state, no attack reported here
            if anchor is None and _cared_for(t.tok):
                continue  # "a field hospital treats thousands of wounded", "soigner les blessés"
            if anchor is None and _mishap(sent):
                continue  # "Bus plunges into ravine, killing 19": a toll with no attack
            if anchor is None:
                d = Draft(t, sent, "ASSAULT", t.mode or self._killer_mode(t.tok), tokens={t.tok.i})
                self._arguments(d, by_tok)
                drafts[t.tok.i] = d
                anchor = d
            else:
                anchor.tokens.add(t.tok.i)
                anchor.target = _dedupe_actors(anchor.target + self._victim_actors(t))
                if anchor.location is None:
                    anchor.location = self._locative(t, countries)
                if not anchor.source:
                    tok = t.tok
                    passive = is_passive(tok) or _elliptic_passive(tok)
                    anchor.source = self._actors_of(passive_agents(tok) if passive else subjects(tok))
            count = self._victim_count(t)
            if count is not None:
                if t.role == "dead":
                    anchor.dead = (anchor.dead or 0) + count
                else:
                    anchor.injured = (anchor.injured or 0) + count
        for t in trigs:
            if t.role == "toll":
                self._toll(t, drafts, countries)
        for t in trigs:
            if t.role == "speech":
                self._demands(t, drafts, speech)
        for d in drafts.values():
            self._noun_casualties(d)
            self._context(d, by_tok, drafts, speech)
        kept = [d for d in drafts.values() if self._informative(d) and not _nobody_acts(d)]
        if not any(not d.absorbed for d in kept):
            # "La grève des dockers paralyse le port": a sentence whose only act is a noun of its main clause
            # tells that act, even with no actor named
            told = [d for d in drafts.values() if not d.absorbed and d not in kept and _main_clause_noun(d)]
            kept += told[:1]
        return _merge_same_type(sorted(kept, key=lambda d: d.trig.tok.i))

    def _support_uses(self, drafts: dict[int, Draft]) -> None:
        """Verbs whose object names the act: "gave the junta an ultimatum", "a donné son feu vert" are the
        ultimatum and the approval; "attacked the opposition, accusing it of ..." is a verbal attack."""
        for d in list(drafts.values()):
            tok = d.trig.tok
            lemma = tok.lemma_.lower()
            if d.trig.linear and d.type in WRAPPING_TYPES:
                # "Tehran snubs call for talks", "la junte ferme la porte à une médiation": what is refused
                for w in (w for w in object_words(tok, into=TO_WORDS) if w.i in drafts):
                    drafts[w.i].absorbed = True
            if d.type == "REQUEST" and lemma in STRIKE_CALLS:
                # "unions call a general strike", "ont appelé au boycott": the call organises the protest
                for o in [
                    *objects(tok),
                    *(o for p, o in prep_objects(tok) if p in ("à", "au", "aux", "for")),
                ]:
                    if o.i in drafts and drafts[o.i].type == "PROTEST" and not d.absorbed:
                        drafts[o.i].source = drafts[o.i].source or d.source
                        d.absorbed = True
            if (d.type, d.mode) == ("RETREAT", "ceasefire"):
                for o in objects(tok):
                    if o.i in drafts and drafts[o.i].type == "ASSAULT":
                        drafts[o.i].absorbed = True  # "suspended their attacks": no attack happens
            if verb_class(tok) == "V" and lemma in CONTINUE_VERBS:
                # "Pékin poursuit son offensive (de charme)": the act goes on, no one is prosecuted
                acts = [
                    o
                    for o in objects(tok)
                    if any(e.role == "event" for e in self.lex.lookup("N", o.lemma_.lower()))
                ]
                if acts:
                    d.absorbed = True
                    for o in acts:
                        if o.i in drafts:
                            drafts[o.i].source = drafts[o.i].source or d.source
                    continue
            if verb_class(tok) == "V" and lemma in GIVING_VERBS and not d.trig.entry.rest:
                given = [*objects(tok), *(c for c in tok.children if c.dep_ in ("npadvmod", "obl:mod"))]
                if any(o.lemma_.lower() in DEADLINE_WORDS for o in given):
                    # "a donné 48 heures aux forces françaises pour quitter": an ultimatum, as "issue an ultimatum"
                    d.type, d.mode = "THREATEN", None
                    spans = [o for o in given if o.lemma_.lower() in DEADLINE_WORDS]
                    told = [o for o in given if o not in spans and self._looks_like_actor(o)]
                    told += [o for p, o in prep_objects(tok) if p in ("à", "au", "aux", "to")]
                    told += [o for w in spans for p, o in prep_objects(w) if p in ("à", "au", "aux", "to")]
                    d.target = self._actors_of(told) or d.target  # who must act before it runs out
                    continue
                named = [drafts[o.i] for o in objects(tok) if o.i in drafts and drafts[o.i].type != d.type]
                if named:
                    d.absorbed = True
                    named[0].source = named[0].source or d.source
                    named[0].target = named[0].target or d.target
            elif (
                d.type == "ASSAULT"
                and lemma in VERBAL_ATTACK_VERBS
                and any(
                    drafts[c.i].type == "ACCUSE"
                    for c in [*tok.children, *(w for o in objects(tok) for w in o.children)]
                    if c.i in drafts
                    and c.dep_ in ("advcl", "conj", "relcl", "acl:relcl", "acl", "ccomp", "parataxis")
                )
            ):
                d.type, d.mode = "ACCUSE", "disapprove"
            if (
                d.type == "AGREE"
                and lemma in VOW_VERBS
                and tok.lang_ == "en"
                and any(
                    x.dep_ == "xcomp"
                    and x.lemma_.lower() in RESPONSE_VERBS
                    and any(
                        o.lemma_.lower() == "aggression"
                        or any(e.type == "ASSAULT" for e in self.lex.lookup("N", o.lemma_.lower()))
                        for p, o in prep_objects(x)
                        if p in ("to", "against")
                    )
                    for x in tok.children
                )
            ):
                # "vowed to respond to any attack"
                d.type, d.mode, d.status = "THREATEN", "violence", "threatened"

    def _demands(self, t: Trigger, drafts: dict[int, Draft], speech: SpeechContext) -> None:
        """ "X said that Y must V" is a demand by X on Y even when V names no event of its own."""
        tok = t.tok
        if tok.dep_ == "advcl" and _participle(tok):
            host = _governed_draft(tok.head, drafts)
            if host is not None and host.type == "PROTEST":
                return  # "staged rallies, saying he must resign": the demand is what the rallies are about
        for c in t.tok.children:
            if c.dep_ != "ccomp":
                continue
            must = _obliges(c)
            direct = [c, *(x for x in c.children if x.dep_ in ("xcomp", "dobj", "obj"))]
            if not must or any(x.i in drafts for x in direct):
                continue  # "Y must withdraw", "must reach an agreement": the event's own rules make it the demand
            for x in c.subtree:
                # what the demand asks for, but not what a relative clause tells ("a helicopter that was captured")
                if x.i in drafts and not _inside_relative(x, c):
                    drafts[x.i].absorbed = True
            d = Draft(
                Trigger(c, DEMAND_ENTRY, "REQUEST", None), t.tok.sent, "REQUEST", None, status="announced"
            )
            d.tokens = {c.i}
            speaker = speech.speaker_of(t.tok)
            d.source = [speaker] if speaker else []
            d.target = self._actors_of(subjects(c))
            drafts[c.i] = d

    def _names_event(self, t: Trigger) -> bool:
        """False for words that only describe ("milices soutenues par l'Iran", "forces de combat", "combat troops")."""
        tok = t.tok
        if (
            t.type == "ASSAULT"
            and t.entry.rest
            and t.entry.term.split()[0] in IMPACT_VERBS
            and not self._armed(tok)
        ):
            return False  # "a fire ripped through the factory", "a bus slammed into a truck": no attack
        if t.entry.term == "halt" and tok.head.lemma_.lower() in STANDSTILL_VERBS and tok.head.i != tok.i:
            return False  # "Paris transport grinds to a halt": a standstill, no one halts anything
        if t.type == "ASSAULT" and any(
            o.lemma_.lower() in PEACEFUL_FOES
            for o in [*objects(tok), *(o for p, o in prep_objects(tok) if p == "against")]
        ):
            return False  # "doctors arrive to fight coronavirus", "the battle against corruption"
        if t.linear:
            return True  # a headline's verb: its parse ("sign" as a compound of "deal") says nothing
        if verb_class(tok) == "V":
            if (
                tok.dep_ in ("acl", "amod")
                and _past_participle(tok)
                and not _headline_predicate(tok)
                and not _active_participle(tok, t.entry)
            ):
                # "ces vivres, acheminés par la Croix-Rouge", "des villages incendiés par les rebelles": a material
                # act its doer is named for; "des milices soutenues par l'Iran" only describes
                return t.type in AGENT_TOLD_TYPES and bool(passive_agents(tok)) and tok.head.pos_ == "NOUN"
            if _consequence(tok):
                return False  # "permettant ainsi le redéploiement", "thereby allowing": a consequence
            if tok.lemma_.lower() in ENABLING_VERBS and not self._actor_enables(tok):
                return False  # "l'opération a permis de reprendre", "permettant la reprise": a result
            if t.type == "CONSULT" and any(
                w.lemma_.lower() in GATHERED_THINGS
                for w in subjects(tok) + passive_subjects(tok) + objects(tok)
            ):
                return False  # "dès que les conditions seront réunies"
            if t.type == "CONSULT" and any(
                any(e.role == "event" for e in self.lex.lookup("N", w.lemma_.lower())) for w in subjects(tok)
            ):
                return False  # "toute violation recevra une réponse": an act does not receive visitors
            if tok.dep_ in ("relcl", "acl:relcl") and any(
                e.role == "event" and e.type and e.type != t.type
                for e in self.lex.lookup("N", tok.head.lemma_.lower())
            ):
                return False  # "a general strike that shut down the capital": what the strike did
            if tok.dep_ in ("xcomp", "obl:arg", "obl") and tok.head.lemma_.lower() in PURPOSE_HEADS:
                return False  # "sert uniquement à soutenir l'effort": a purpose, not an act
            if (
                (t.type, t.mode) == ("RETREAT", "access")
                and not t.entry.rest
                and not self._opens_passage(tok)
            ):
                return (
                    False  # "the market had been reopened", "schools reopened": no access granted to anyone
                )
            host = _verb_host(tok)
            if (
                t.type == "PROTEST"
                and host is not None
                and not any(e.role == "event" and e.type for e in self.lex.lookup("V", host.lemma_.lower()))
            ):
                return True  # "ont occupé l'amphithéâtre pour protester": what they did is the protest
            return not any(c.dep_ == "mark" and c.lemma_.lower() in PURPOSE_MARKS for c in tok.children)
        if _consequence(tok.head):
            return False
        if t.type == "ASSAULT" and any(
            w.lemma_.lower() in FIGURATIVE_WORDS or w.lower_ in FIGURATIVE_WORDS
            for c in tok.children
            for w in (c, *(x for x in c.children if x.dep_ in ("amod", "nmod")))
            if c.dep_ in ("amod", "nmod")
        ):
            return False  # "une offensive diplomatique", "son offensive de charme"
        if tok.head.lemma_.lower() in GENERIC_EVENT_HEADS and tok.head.i != tok.i:
            return True  # "launched a mediation effort", "une mission de médiation"
        if tok.dep_ == "compound":
            return False
        if _struck(tok) is not None or _span_of(tok) is not None:
            return True  # "visé par des tirs", "leur troisième semaine de grève"
        bare = not any(c.dep_ == "det" for c in tok.children)
        if (
            tok.dep_.startswith("nmod")
            and bare
            and case_words(tok) in ("de", "d'", "d’")
            and tok.head.i != tok.i
        ):
            return False
        prep = preposition(tok)
        return prep not in TEMPORAL_PREPS

    def _armed(self, tok: Token) -> bool:
        """Whether what does a verb of impact is a weapon, an attacker or an attack ("a car bomb ripped through",
        "a suicide bomber tore through", "an explosion ripped through"); a headline's tagger may have made the
        verb a noun and its subject a modifier ("Car bomb rips through")."""
        doers = subjects(tok) if verb_class(tok) == "V" else []
        doers = doers or [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        return any(
            self._weapon_mode(s) is not None
            or any(e.role == "event" and e.type == "ASSAULT" for e in self.lex.lookup("N", s.lemma_.lower()))
            for s in doers
        )

    def _actor_enables(self, tok: Token) -> bool:
        """Whether a verb of making possible is an actor's decision ("Israël a permis l'entrée de l'aide") rather
        than what an act or a piece of news made possible ("l'opération a permis de ...", "a rouvert le poste,
        permettant la reprise des convois", "des informations qui ont permis de ...")."""
        if _participle(tok):
            head = tok.head
            return not any(
                e.role == "event" for e in self.lex.lookup(verb_class(head) or "V", head.lemma_.lower())
            )
        for s in (antecedent(s) or s for s in subjects(tok)):
            if s.pos_ == "PRON":
                continue
            if _joint(s) or any(e.role == "event" for e in self.lex.lookup("N", s.lemma_.lower())):
                return False
            if s.pos_ == "NOUN" and not self._looks_like_actor(s):
                return False
        return True

    def _opens_passage(self, tok: Token) -> bool:
        """Whether what a verb of opening opens is a way through (a border, a crossing, a road, airspace, a
        named place); True when the clause does not say what is opened."""
        opened = objects(tok) + passive_subjects(tok)
        if not opened and not is_passive(tok):
            opened = subjects(tok)  # "the crossing reopened on Monday"
        if not opened:
            return True
        for o in opened:
            words = [o, *(c for c in o.children if c.dep_ in ("compound", "amod", "nmod", "flat"))]
            if any(w.lemma_.lower() in PASSAGE_WORDS or w.lower_ in PASSAGE_WORDS for w in words):
                return True
            if o.ent_type_ in ("GPE", "LOC", "FAC") or self.places.resolve(o.text, self.lang) is not None:
                return True
        return False

    def _informative(self, d: Draft) -> bool:
        """A noun with no actor is kept only for material events that say where or when."""
        if d.absorbed or verb_class(d.trig.tok) == "V" or d.source or d.target or d.trig.entry.pos == "V":
            return True
        tok = d.trig.tok
        head = tok.head
        if tok.dep_ == "nsubj" and verb_class(head) == "V" and not self._reporting(head):
            # "fighting erupted", "talks resumed", "the strike shut the port": told as happening, not as what
            # talks should achieve ("les pourparlers devaient aboutir à ...")
            if d.type in THREAT_TYPES and any(self._reporting(a) for a in list(head.ancestors)[:2]):
                return True  # "a laissé entendre que des sanctions pourraient être prises": a warning
            return not _under_modal(head) and not _is_future(head)
        if self._done_by_someone(tok) or _struck(tok) is not None or d.trig.entry is REFUSAL_ENTRY:
            return True
        if d.type == "ASSAULT" and any(e.role == "claim" for e in self.lex.lookup("V", head.lemma_.lower())):
            return True  # "l'enlèvement n'a toujours pas été revendiqué": it happened, unclaimed
        if d.type in ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"):
            return bool(d.dead or d.injured or d.size)
        return False

    def _done_by_someone(self, tok: Token) -> bool:
        """Whether a noun event is told as done, though its doer is only a pronoun or unsaid, as article bodies
        tell them: the object of a support verb with a pronoun subject ("Ils ont entamé une grève de la faim",
        "Elle a rejoint le sit-in"), the subject of a passive support verb ("un couvre-feu a été instauré"), a
        state its subject is in ("les enseignants sont en grève")."""
        head = tok.head
        if any(
            c.dep_ in ("acl", "amod")
            and "Part" in c.morph.get("VerbForm", [])
            and any(e.role == "light" for e in self.lex.lookup("V", c.lemma_.lower()))
            for c in tok.children
        ):
            return True  # a title's "couvre-feu instauré à Nzérékoré", "enquête ouverte après ...": done
        if tok.dep_ == "ROOT":
            return any(c.dep_ == "cop" for c in tok.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
            )
        if verb_class(head) != "V" or not any(
            e.role == "light" for e in self.lex.lookup("V", head.lemma_.lower())
        ):
            return False
        if _is_future(head) or any(
            c.dep_.startswith("aux") and c.lemma_.lower() in MODAL_VERBS for c in head.children
        ):
            return False
        if tok.dep_ in ("nsubj:pass", "nsubjpass"):
            return True
        return tok.dep_ in ("obj", "dobj") and any(s.pos_ == "PRON" for s in subjects(head))

    # ---------------------------------------------------------------- arguments
    def _arguments(self, d: Draft, by_tok: dict[int, Trigger]) -> None:
        tok = d.trig.tok
        objs = objects(tok) + passive_subjects(tok)
        objs += [o for x in objs if x.lemma_.lower() in PARTITIVE_NOUNS for _, o in prep_objects(x)]
        for words, retyped in RETYPE_BY_OBJECT.get((d.type, d.mode or ""), []):
            if any(o.lemma_.lower() in words or o.lower_ in words for o in objs):
                d.type, d.mode = retyped
                break
        if (
            d.type == "RETREAT"
            and tok.lemma_.lower() in ("leave", "laisser")
            and any(
                w.lower_ in CASUALTY_STATES
                for o in [*objs, *(c for c in tok.children if c.dep_ in ("xcomp", "oprd", "acomp", "advcl"))]
                for w in o.subtree
            )
        ):
            d.type, d.mode = (
                "ASSAULT",
                None,
            )  # "left nine people dead": the toll of an attack, not a departure
        if (
            (d.type, d.mode) == ("CONSULT", "visit")
            and tok.lemma_.lower() == "rendre"
            and any(o.lemma_.lower() in CAPTOR_WORDS for p, o in prep_objects(tok) if p in ("à", "au", "aux"))
        ):
            d.type, d.mode = (
                "RETREAT",
                None,
            )  # "se sont rendus aux forces gouvernementales": a surrender, no visit
        if (d.type, d.mode) == ("PROTEST", "obstruct") and any(
            c.lemma_.lower() in ARMED_BLOCKADE for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
        ):
            d.type, d.mode = "COERCE", "restrict"  # a naval or military blockade is no street protest
        lemma = tok.lemma_.lower()
        told = (
            objs + [o for p, o in prep_objects(tok) if p in ("of", "de", "d'", "d’")]
            if verb_class(tok) == "N"
            else objs + _stray_objects(tok)
        )
        if d.trig.linear:
            told += object_words(tok)
        # "hands over two suspects": the particle parsed as a preposition holds the object
        told += [
            o for c in tok.children if c.lower_ in d.trig.entry.rest for o in c.children if o.dep_ == "pobj"
        ]
        # and what the object is made of: "une brigade de médecins", its kind: "a peace accord", or what it is
        # suspected of being: "un chef présumé du gang"
        told += [
            w
            for o in told
            for w in o.children
            if w.dep_ == "nmod"
            and _of_case(w)
            or w.dep_ == "compound"
            or w.lemma_.lower() in SUSPECTED_WORDS | CAPTIVE_MARKS
        ]
        if (lemma in SIGNING_VERBS or d.trig.entry.term in SIGNING_VERBS) and any(
            w.lemma_.lower() in SETTLEMENT_WORDS
            for w in [*tok.subtree, *(x for o in told for x in o.subtree)]
        ):
            d.type, d.mode = (
                "AGREE",
                None,
            )  # "signed a deal ending the war", "un protocole qui met fin à la grève"
        if (lemma in DISPERSE_VERBS or d.trig.entry.term in DISPERSE_VERBS) and any(
            w.lemma_.lower() in CROWD_WEAPONS or w.lower_ in CROWD_WEAPONS for w in tok.subtree
        ):
            d.type, d.mode = "ASSAULT", "crowd-control"
        for verbs, words, retyped in RETYPE_BY_VERB_AND_OBJECT:
            if (lemma in verbs or d.trig.entry.term in verbs) and any(
                o.lemma_.lower() in words or o.lower_ in words for o in told
            ):
                d.type, d.mode = retyped
                break
        if (
            lemma in BLOCKING_VERBS
            and (d.type, d.mode) != ("COERCE", "censor")
            and any(o.lemma_.lower() in ("access", "accès") for o in told)
            and any(
                w.lower_ in ONLINE_WORDS or w.pos_ == "PROPN" and w.ent_type_ not in ("GPE", "LOC", "FAC", "")
                for o in told
                for w in o.subtree
            )
        ):
            d.type, d.mode = "COERCE", "censor"  # "a restreint l'accès à internet": access to the net only
        if (
            lemma in ("reconnaître", "admit", "acknowledge", "concede")
            and d.type != "CONCEDE"
            and any(
                w.lemma_.lower() in ("erreur", "faute", "tort", "mistake", "error", "wrongdoing")
                for c in tok.children
                if c.dep_ in ("ccomp", "obj", "dobj")
                for w in c.subtree
            )
        ):
            d.type, d.mode = "CONCEDE", None  # "a reconnu que l'armée avait commis des erreurs"
        if (
            lemma in SEIZING_VERBS
            and any(o.lemma_.lower() in SHIP_WORDS for o in told)
            and any(w.lemma_.lower() in IRREGULARS for s in subjects(tok) for w in (s, *s.children))
        ):
            d.type, d.mode = (
                "ASSAULT",
                None,
            )  # "Somali pirates seize a bulk carrier": a hijacking, not a seizure
        if (
            (lemma in HANDOVER_VERBS or d.trig.entry.term in HANDOVER_VERBS)
            and d.type in ("AID", "COERCE")
            and any(
                o.lemma_.lower() in JUSTICE_WORDS
                for p, o in prep_objects(tok)
                if p in ("à", "au", "aux", "to")
            )
        ):
            d.type, d.mode = "COOPERATE", None  # "a remis à la justice gambienne l'ancien chef des Junglers"
        if (
            d.type == "ASSAULT"
            and lemma in VERBAL_ATTACK_NOUNS
            and any(
                o.lemma_.lower() in ABSTRACT_TARGETS
                for p, o in prep_objects(tok)
                if p in ("contre", "against", "on")
            )
        ):
            d.type, d.mode = "ACCUSE", "disapprove"  # "une violente attaque contre la gestion de la crise"
        if d.type == "RETREAT" and any(
            c.lemma_.lower() in ("signe", "sign")
            and any(n.lemma_.lower() in ("protestation", "protest") for n in c.subtree if n.i != c.i)
            for c in tok.children
            if c.dep_.startswith(("obl", "nmod", "prep", "advcl"))
        ):
            d.type, d.mode = "PROTEST", None  # "ont quitté l'hémicycle en signe de protestation": a walkout
        if (
            d.type == "PROTEST"
            and verb_class(tok) == "N"
            and tok.dep_ in ("obj", "dobj")
            and (tok.head.lemma_.lower() in LODGE_VERBS)
        ):
            d.type, d.mode = (
                "ACCUSE",
                "disapprove",
            )  # "lodged a strong protest with Islamabad": a formal complaint
        if (
            (d.type, d.mode) == ("COERCE", "arrest")
            and verb_class(tok) == "V"
            and any(s.lemma_.lower() in COURT_WORDS for s in subjects(tok))
        ):
            d.type, d.mode = "SANCTION", "convict"  # "Hong Kong court jails 14 democrats": a sentence
        if (
            d.type == "ASSAULT"
            and lemma != "strike"
            and not (d.dead or d.injured)
            and any(
                w.lower_ in ("over", "about") and any(c.lemma_.lower() in GRIEVANCES for c in w.children)
                for x in [
                    tok,
                    *objects(tok),
                    *(o for p, o in prep_objects(tok) if p in ("on", "at", "against")),
                ]
                for w in x.children
            )
        ):
            d.type, d.mode = "ACCUSE", "disapprove"  # "opens fire on the president over fuel queues": words
        if (
            (d.type, lemma) == ("REQUEST", "call")
            and verb_class(tok) == "V"
            and not any(c.dep_ in ("prt", "xcomp", "ccomp", "oprd") for c in tok.children)
            and not any(
                p in ("for", "off") or p == "on" and o.ent_type_ not in ("DATE", "TIME")
                for p, o in prep_objects(tok)
            )
            and any(o.ent_type_ in ("PERSON", "GPE", "NORP") for o in objects(tok))
        ):
            d.type, d.mode = "CONSULT", "phone"  # "Blinken calls Netanyahu": a telephone call
        if d.type in ("AGREE", "RETREAT") and d.mode not in ("ceasefire", "resign") and _under_pressure(tok):
            d.type, d.mode = (
                "CONCEDE",
                None,
            )  # "cédant à la pression de la rue, il a accepté de retirer le texte"
        if (d.type, d.mode) == ("RETREAT", "withdraw") and any(
            o.lemma_.lower() in BODY_WORDS or o.lower_ in BODY_WORDS or o.ent_type_ == "ORG"
            for p, o in [
                *prep_objects(tok),
                *(po for c in tok.children if c.lower_ == "out" for po in prep_objects(c)),
            ]
            if p in ("de", "d'", "d’", "du", "from", "of")
        ):
            d.type, d.mode = "SANCTION", "discontinue"  # "le premier pays à se retirer de la CPI"
        if lemma in LEAVING_VERBS and any(_lemma_in(o, BODY_WORDS) for o in objs):
            d.type, d.mode = "SANCTION", "withdraw"  # "three juntas quit ECOWAS": a relation cut
        if lemma == "reculer" and any(p in ("sur", "devant", "face") for p, _ in prep_objects(tok)):
            d.type, d.mode = "CONCEDE", None  # "le président recule sur le report": he gives way
        if (
            d.type == "ASSAULT"
            and d.mode in (None, "destroy")
            and verb_class(tok) == "V"
            and not is_passive(tok)
            and any(_protesters(s) for s in subjects(tok))
        ):
            d.type, d.mode = (
                "PROTEST",
                "riot",
            )  # "des émeutiers ont pillé et incendié", "protesters torched cars"
        if d.type in ("COERCE", "ASSAULT", "MOBILIZE") and (
            verb_class(tok) == "V" and _together(tok) or verb_class(tok) == "N" and _together(tok.head)
        ):
            d.type, d.mode = "COOPERATE", None  # "la police et son homologue belge ont démantelé ensemble"
        if (
            lemma == "exclure"
            and not is_negated(tok)
            and any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm", []) for c in tok.children)
        ):
            d.type, d.mode = "REJECT", None  # "exclut de démissionner": refusing to do it
        if (d.type, lemma) == ("ASSAULT", "strike") and any(
            w.lemma_.lower() in WORKER_WORDS
            for o in [
                *subjects(tok),
                *([tok.head] if tok.dep_ == "xcomp" and tok.lang_ == "en" else []),
                *(subjects(tok.head) if tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i else []),
            ]
            for w in (o, *o.children)
        ):
            d.type, d.mode = "PROTEST", "strike"  # "unions strike over pensions", "judges launch a strike"
        if d.type == "MOBILIZE" and any(
            w.lemma_.lower() in PEACEKEEPING_WORDS for o in [tok, *objs] for w in o.subtree
        ):
            d.type, d.mode = "AID", None  # deploying peacekeepers is military protection, PLOVER's AID
        if (
            d.type == "ACCUSE"
            and (lemma in SENTENCING_WORDS or d.trig.entry.term in SENTENCING_WORDS)
            and any(
                w.lemma_.lower() in PENALTY_WORDS and any(c.lower_ in ("à", "to") for c in w.children)
                for w in tok.subtree
            )
        ):
            d.type, d.mode = "SANCTION", "convict"
        if verb_class(tok) == "V":
            if is_passive(tok):
                d.source = self._actors_of(passive_agents(tok))
                d.target = self._actors_of(passive_subjects(tok)) or self._actors_of(objects(tok))
            else:
                subj = subjects(tok)
                if subj and subj[0].lemma_.lower() in QUANTITY_NOUNS:
                    d.target = self._actors_of(
                        [n for _, n in prep_objects(subj[0])]
                    )  # "le nombre de soldats"
                else:
                    d.source = self._actors_of(subj)
                    d.target = self._actors_of(objects(tok))
            if tok.dep_ in ("acl", "amod") and _active_participle(tok, d.trig.entry):
                d.source, d.target = self._actors_of([tok.head]), [*d.target, *self._actors_of(objects(tok))]
            elif tok.dep_ in ("acl", "amod") and is_passive(tok) and not d.target:
                d.target = self._actors_of([tok.head])
            if _headline_predicate(tok):  # "des élèves enlevés par des hommes armés"
                d.source = d.source or self._actors_of(passive_agents(tok))
                d.target = d.target or self._actors_of([tok.head])
            elif tok.dep_ in ("acl", "amod") and _past_participle(tok) and not d.source:
                d.source = self._actors_of(passive_agents(tok))  # "des villages incendiés par les rebelles"
                if d.source and d.type == "ASSAULT":
                    d.target = d.target or self._actors_of([tok.head])
            for prep, obj in prep_objects(tok):
                if (
                    prep in TARGET_PREPS
                    or prep.startswith(("contre", "against"))
                    or prep in ("à", "to", "with", "avec")
                    and d.type in VERBAL_CONFLICT | {"AGREE", "CONSULT", "AID"}
                    or prep in ("de", "d'", "of", "from")
                    and d.type == "REQUEST"
                    and not d.target
                ):
                    d.target += self._actors_of([obj])
            fixed = _fixed_children(tok, d.trig.entry)
            if fixed:  # "restored diplomatic relations with Kigali": the fixed words are no actor, Kigali is
                spans = [(f.left_edge.idx, f.right_edge.idx + len(f.right_edge)) for f in fixed]
                d.target = [a for a in d.target if not any(lo <= (a.start or -1) < hi for lo, hi in spans)]
                d.target += [a for f in fixed for prep, o in prep_objects(f) for a in self._actors_of([o])]
            cur = tok
            for level in range(3):
                # control: "X semble menacer" -> X; "une affiche semblant menacer" -> the poster('s author);
                # "Italy is ready to send troops" -> Italy
                allowed = ("xcomp", "acomp", "advcl") if level == 0 else ("xcomp", "acomp")
                if d.source or cur.head.i == cur.i or cur.dep_ not in allowed:
                    break
                cur = cur.head
                d.source = self._actors_of(subjects(cur) or ([cur.head] if cur.dep_ == "acl" else []))
        else:
            # "une frappe américaine", "une déclaration conjointe américano-irakienne": the demonym says who
            following = []
            for x in tok.doc[tok.i + 1 : min(tok.i + 4, tok.sent.end)]:
                if x.pos_ != "ADJ":
                    break
                following.append(x)
            for c in [*(c for c in tok.children if c.dep_ == "amod"), *following]:
                if c.pos_ == "ADJ" and any(
                    (hit := self.actors.lookup(part)) is not None and hit.country
                    for part in c.text.replace("–", "-").split("-")
                ):
                    d.source += self._demonym_actors(c)
            for c in tok.children:
                if c.dep_ == "poss":
                    d.source += self._actors_of([c])
            if d.trig.entry.pos == "V":  # a headline verb: the words before it act, those after it undergo
                d.source += self._actors_of(
                    [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "nsubj")]
                )
                d.target += self._actors_of(
                    [c for c in tok.children if c.i > tok.i and c.dep_ in ("appos", "dobj")]
                )
                if tok.dep_ == "nsubj" and tok.head.i == tok.i + 1:
                    d.target += self._actors_of([tok.head])
            mode_words = [o for _, o in prep_objects(tok) if self._is_weapon(o)]
            for prep, obj in [*prep_objects(tok), *(po for m in mode_words for po in prep_objects(m))]:
                if prep in TARGET_PREPS or prep.startswith(("contre", "against")):
                    d.target += self._actors_of([obj])
                elif prep in ("between", "entre") and not d.source:
                    d.source += self._actors_of([obj])  # "fighting between X and Y", "accord entre X et Y"
                elif prep in ("de", "d'", "du", "des", "of", "by", "par") and not d.source:
                    if self._is_weapon(obj) or self._is_time(obj):
                        continue
                    if self._looks_like_actor(obj):
                        if _patient_noun(d) and prep not in ("by", "par"):
                            d.target += self._actors_of([obj])  # "l'arrestation de X": X is arrested
                        else:
                            d.source += self._actors_of([obj])
            for c in tok.subtree:  # "une attaque à la roquette visant l'ambassade", "an attack targeting ..."
                if c.dep_ in ("acl", "acl:relcl", "relcl") and c.lemma_ in TARGETING_VERBS:
                    d.target += self._actors_of(objects(c))
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ATTRIBUTION_VERBS and not d.source:
                    d.source = self._actors_of(
                        [o for p, o in prep_objects(c) if p in ("à", "au", "aux", "to", "on")]
                    )
            carrier = tok.head if tok.head.lemma_.lower() in GENERIC_EVENT_HEADS else tok
            head = carrier.head
            support = head.i in by_tok and by_tok[head.i].role in ("light", "speech")
            if (
                support
                and not d.source
                and (carrier.dep_ in ("obj", "dobj") or carrier.dep_.startswith("obl"))
            ):
                d.source = self._agents(head)  # "X launched an attack", "X declared a ceasefire"
            elif (
                not d.source
                and carrier.dep_ == "pobj"
                and head.head.i in by_tok
                and by_tok[head.head.i].role in ("light", "speech")
            ):
                d.source = self._agents(head.head)  # "X arrived on a visit"
            elif (
                not d.source
                and carrier.dep_ in ("pobj", "obl", "obl:mod")
                and preposition(carrier) in ("for", "pour")
                and (
                    verb_class(mover := head.head if carrier.dep_ == "pobj" else head) == "V"
                    or linear_verb(mover, _any_word)  # a headline's "Blinken lands in Riyadh for talks"
                )
                and mover.i not in by_tok
            ):
                d.source = self._agents(mover)  # "negotiators return to Geneva for talks"
            elif not d.source and (span := _span_of(carrier)) is not None and verb_class(span.head) == "V":
                d.source = self._agents(span.head)  # "enters the fourth week of a hunger strike"
            elif (
                not d.source
                and carrier.dep_ == "pobj"
                and carrier.lang_ == "en"
                and preposition(carrier) == "on"
                and head.head.lemma_.lower() in ("be", "remain", "stay")
            ):
                d.source = self._actors_of(subjects(head.head))  # "the blogger has been on hunger strike"
            struck = _struck(tok)
            if struck is not None:
                d.target = d.target or self._actors_of([struck])
                d.source = [  # "X a fait l'objet de menaces": X undergoes them
                    a
                    for a in d.source
                    if a.start is None or a.end is None or not a.start <= struck.idx < a.end
                ]
        if tok.lang_ == "en":
            self._reporter_retype(d)
        if d.type == "ACCUSE" and tok.lemma_.lower() in PROTEST_VERBS:
            self._protest_act(d, by_tok)
        elif d.type == "PROTEST" and not d.source and tok.head.i != tok.i and _purpose_marked(tok):
            host = _verb_host(tok)  # "ont tenté d'entrer au volant de leurs tracteurs pour protester"
            d.source = self._agents(host) if host is not None else []
        if (
            d.type == "ASSAULT"
            and (verb_class(tok) == "V" or d.trig.linear)
            and any(
                w.lemma_.lower() in CROWD_WORDS
                for w in (
                    [span[-1] for span in subject_phrases(tok)] if d.trig.linear else _subject_heads(tok)
                )
            )
            and tok.lemma_.lower() not in CROWD_KILLING  # "a mob lynched two men": an assault
        ):
            # "des émeutiers ont pillé et incendié", "rioters torched cars"
            d.type, d.mode = "PROTEST", "riot"
        if d.type == "RETREAT" and tok.lemma_.lower() == "rendre" and not d.target:
            d.target = self._actors_of([o for p, o in prep_objects(tok) if o.lemma_.lower() in CAPTOR_WORDS])
        if d.trig.linear:  # "Blinken phones Saudi crown prince": the words before the verb act
            d.source = self._phrase_actors(subject_phrases(tok))
            told_phrases = [p for p in object_phrases(tok) if p[-1].lower_ not in d.trig.entry.rest]
            d.target = self._phrase_actors(told_phrases) or [
                a for a in d.target if a.start is None or a.end is None or not a.start <= tok.idx < a.end
            ]
        d.source = _dedupe_actors(d.source)
        d.target = [a for a in _dedupe_actors(d.target) if all(a.name != s.name for s in d.source)]
        self._size(d)

    def _phrase_actors(self, spans: list[Span]) -> list[Actor]:
        """Actors named by noun phrases read from word order, each resolved on its last word."""
        out = []
        for span in spans:
            if self._is_weapon(span[-1]) or self._is_time(span[-1]):
                continue
            mods = [w.lemma_.lower() for w in span[:-1]]
            out.append(
                self.actors.resolve(
                    span.text,
                    self.lang,
                    head=span[-1].lemma_.lower(),
                    modifiers=mods,
                    start=span.start_char,
                    end=span.end_char,
                )
            )
        return out

    def _reporter_retype(self, d: Draft) -> None:
        """English constructions whose words say what kind of act a verb or noun names: a dismissal, a search of
        premises, a prison term, an envoy ordered out, a verbal attack."""
        tok = d.trig.tok
        lemma, head = tok.lemma_.lower(), d.trig.entry.term.split()[0]
        verb = verb_class(tok) == "V" or d.trig.entry.pos == "V"
        objs = objects(tok) + passive_subjects(tok)
        named = [w for o in objs for w in (o, *(c for c in o.children if c.dep_ in ("compound", "amod")))]
        preps = list(prep_objects(tok))
        if (
            verb
            and head in DISMISS_VERBS
            and any(w.lemma_.lower() in OFFICE_WORDS or w.ent_type_ == "PERSON" for w in named)
            and not any(p in ("on", "upon", "at") and not self._is_time(o) for p, o in preps)
        ):
            d.type, d.mode = "COERCE", None  # "fired the head of government", "sacks army chief"
        elif (
            d.type == "ASSAULT"
            and lemma == "raid"
            and any(o.lemma_.lower() in PREMISES_WORDS for o in [*objs, *(o for p, o in preps if p == "on")])
            and (
                any(a.kind in ("police", "government") for a in d.source)
                or any(
                    w.lemma_.lower() in AUTHORITY_WORDS
                    for w in [
                        *_subject_heads(tok),
                        *(c for c in tok.children if c.dep_ in ("compound", "amod")),
                    ]
                )
            )
        ):
            d.type, d.mode = "COERCE", "seize"  # "police raided the offices of the newspaper"
        elif (
            (d.type, d.mode) == ("COERCE", "arrest")
            and lemma in JAIL_VERBS
            and any(p == "for" and o.lemma_.lower() in TERM_WORDS for p, o in preps)
        ):
            d.type, d.mode = "SANCTION", "convict"  # "jailed for 20 years", "imprisoned for life"
        elif (
            d.type == "RETREAT"
            and lemma in DEPARTURE_VERBS
            and tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in ORDER_VERBS
            and (envoys := [o for o in objects(tok.head) if o.lemma_.lower() in ENVOY_WORDS])
        ):
            d.type, d.mode = "SANCTION", "expel"  # "ordered the French ambassador to leave the country"
            d.target = self._actors_of(envoys)
        elif d.type != "REQUEST" and (told := self._ordered_state(tok)):
            # "the Security Council ordered Iraq to withdraw", "Washington wants Manila to probe": a demand on a
            # state, not the act itself
            d.type, d.mode = "REQUEST", "yield" if d.type in ("RETREAT", "CONCEDE") else None
            d.source, d.target = self._agents(tok.head), told
        elif d.type == "ASSAULT" and lemma in VERBAL_ATTACK_VERBS and self._verbal_attack(tok, objs):
            d.type, d.mode = "ACCUSE", "disapprove"

    def _ordered_state(self, tok: Token) -> list[Actor]:
        """The state or government a verb of ordering or wanting tells to do what `tok` says ("ordered Iraq to
        withdraw", "wants Manila to probe"), when it is not the one who orders."""
        head = tok.head
        if head.i == tok.i or head.lemma_.lower() not in DEMAND_VERBS:
            return []
        if tok.dep_ == "xcomp":
            told = objects(head)
        elif tok.dep_ == "ccomp" and any(c.lower_ == "to" for c in tok.children if c.dep_ == "aux"):
            told = subjects(tok)  # "wants Manila to probe", parsed as a clause with its own subject
        else:
            return []
        actors = [a for a in self._actors_of(told) if a.kind in ("state", "government", "igo")]
        ordering = self._agents(head)
        return [a for a in actors if not any(_same_actor(a, o) for o in ordering)]

    def _verbal_attack(self, tok: Token, objs: list[Token]) -> bool:
        """ "a blistering attack on the prime minister", "attacked the government's handling of the economy",
        "attacks government over bread prices": an attack made of words."""
        if any(c.lower_ in VERBAL_ATTACK_WORDS for c in tok.children if c.dep_ == "amod"):
            return True
        preps = list(prep_objects(tok))
        aimed = [*objs, *(o for p, o in preps if p in ("on", "against"))]
        if any(o.lemma_.lower() in CONDUCT_WORDS for o in aimed):
            return True
        return any(
            p == "over"
            and o.pos_ == "NOUN"
            and o.ent_type_ not in ("DATE", "TIME")
            and not self._is_time(o)
            and o.lemma_.lower() not in FEATURE_HEADS | PASSAGE_WORDS
            and self._place_at(o, []) is None
            for p, o in preps
        ) and not any(self._place_at(o, []) is not None for o in aimed)

    def _protest_act(self, d: Draft, by_tok: dict[int, Trigger]) -> None:
        """ "protest" is a street protest when crowds do it or an act is done to protest; else verbal disapproval."""
        tok = d.trig.tok
        purpose = tok.head.i != tok.i and _purpose_marked(tok)
        host = _verb_host(tok) if purpose else None
        if host is not None and host.i not in by_tok:
            d.source = d.source or self._agents(host)  # "workers shunned work to protest"
        elif tok.dep_ == "acl" and not d.source:
            d.source = self._actors_of([tok.head])  # "demonstrators protesting election results"
            if not any(a.kind == "civilians" for a in d.source):
                return
        elif not any(a.kind == "civilians" for a in d.source):
            return
        d.type, d.mode = "PROTEST", "demo"

    def _is_weapon(self, tok: Token) -> bool:
        """A word that sets an attack's mode ("roquette", "drone") is never an actor."""
        return self.lex.modes.get(tok.lemma_.lower(), ("", ""))[0] == "ASSAULT"

    def _weapon_owner(self, tok: Token) -> Actor | None:
        """The military of the country a weapon belongs to, when the words say it ("British aircraft")."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i != tok.i:
                hit = self.actors.lookup(c.text)
                if hit is not None and hit.country:
                    span = nominal_span(tok)
                    head = "armée" if self.lang == "fr" else "military"
                    owner = self.actors.resolve(
                        span.text,
                        self.lang,
                        head=head,
                        modifiers=[c.lemma_.lower()],
                        start=span.start_char,
                        end=span.end_char,
                    )
                    if owner.kind == "military" and owner.country == hit.country:
                        return owner
        return None

    def _is_time(self, tok: Token) -> bool:
        return bool(find_dates(tok.text, self.lang)) or tok.like_num

    def _looks_like_actor(self, tok: Token) -> bool:
        if tok.ent_type_ in ("PER", "PERSON", "ORG", "NORP", "GPE"):
            return True
        span = nominal_span(tok)
        return self.actors.lookup(span.text) is not None or self.actors.resolve(
            span.text, self.lang, head=tok.lemma_.lower()
        ).kind not in ("other",)

    def _actors_of(self, toks: list[Token]) -> list[Actor]:
        out: list[Actor] = []
        for head in toks:
            for tok in conjuncts(head):
                if tok.i != head.i and head.pos_ in ("NOUN", "PROPN") and _prepositional(tok, head):
                    continue  # "des agriculteurs venus d'Île-de-France, de la Beauce": places, no second actor
                ante = antecedent(tok)
                if ante is not None:
                    tok = ante
                if tok.lemma_.lower() in FRACTION_NOUNS:
                    # "a third of primary school teachers", "la moitié des médecins": the group they are part of
                    whole = [o for p, o in prep_objects(tok) if p in ("of", "de", "des", "du", "d'")]
                    tok = whole[0] if whole else tok
                low = tok.lower_
                if low in PRONOUNS or tok.pos_ == "PRON" or tok.like_num and tok.pos_ == "NUM":
                    continue
                if not any(ch.isalpha() for ch in tok.text):
                    continue  # a hyphen the tokenizer cut out of "centre-ville" names no one
                if self._is_weapon(tok) and (owner := self._weapon_owner(tok)) is not None:
                    out.append(owner)  # "Israeli tanks fired", "des avions russes ont bombardé"
                    continue
                if self._is_weapon(tok) or tok.ent_type_ in ("DATE", "TIME") or self._is_time(tok):
                    continue
                if verb_class(tok) == "N" and any(
                    e.role == "event" and self._fits(e, tok) for e in self.lex.lookup("N", tok.lemma_.lower())
                ):
                    # an event noun is no actor: "menacer d'attaques à l'intérieur des États-Unis" -> the US
                    out += self._actors_of([o for _, o in prep_objects(tok) if self._looks_like_actor(o)])
                    continue
                if tok.lemma_.lower() in ARTIFACTS and (author := self._author(tok)):
                    out += author  # "une affiche ... menace": whoever put the poster out threatens
                    continue
                out.append(self._actor(tok))
        return out

    def _author(self, tok: Token) -> list[Actor]:
        """Who issued a poster, statement or video: "mise en ligne par X", or the subject of "X a publié"."""
        for c in tok.children:
            if c.dep_ in ("acl", "acl:relcl") and (agents := passive_agents(c)):
                return self._actors_of(agents)
        if tok.dep_ in ("obj", "dobj") and tok.head.i != tok.i:
            return self._actors_of(subjects(tok.head))
        return []

    def _actor(self, tok: Token) -> Actor:
        """The actor a word names; resolved once per word of a document (events and speakers share words), each
        caller getting its own copy to change."""
        cache = tok.doc.user_data.setdefault("vigie_actors", {})  # emptied as each extraction starts
        if tok.i not in cache:
            cache[tok.i] = self._read_actor(tok)
        return replace(cache[tok.i])

    def _read_actor(self, tok: Token) -> Actor:
        span = nominal_span(tok)
        named = next(
            (
                c
                for x in conjuncts(tok)
                for c in x.children
                if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("PER", "PERSON", "ORG"))
            ),
            None,
        )
        if named is None and tok.pos_ != "PROPN":
            # "the U.N. peacekeeping mission in Congo, MONUSCO": an organisation's acronym the parse hung on the
            # place that ends the description
            for _, o in prep_objects(tok):
                for c in o.children:
                    hit = self.actors.lookup(c.text) if c.dep_ == "appos" and _acronym(c.text) else None
                    if hit is not None and hit.kind in ORG_KINDS:
                        actor = self.actors.resolve(
                            c.text, self.lang, start=span.start_char, end=span.end_char
                        )
                        actor.text = span.text
                        return actor
        if named is not None and tok.pos_ != "PROPN":
            # "le porte-parole du ministère, Ahmed al-Sahaf": the apposed name is who acts
            name_span = nominal_span(named)
            actor = self.actors.resolve(name_span.text, self.lang, start=span.start_char, end=span.end_char)
            if actor.kind == "other":
                actor.kind = "person"
            actor.text = span.text
            return actor
        # "connue sous le nom de X" / "known as X": X is the actor's name
        text = span.text
        mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "nmod", "compound", "appos")]
        actor = self.actors.resolve(
            text, self.lang, head=tok.lemma_.lower(), modifiers=mods, start=span.start_char, end=span.end_char
        )
        for c in tok.children:
            if c.dep_ in ("acl", "acl:relcl") and c.lemma_.lower() in (
                "connaître",
                "know",
                "appeler",
                "call",
                "nommer",
            ):
                for _, named in prep_objects(c):
                    for n in [named, *[x for x in named.children if x.dep_.startswith("nmod")]]:
                        if n.pos_ == "PROPN":
                            known = nominal_span(n)
                            actor.name = known.text
                            hit = self.actors.lookup(known.text)
                            if hit is not None:
                                actor.name, actor.id, actor.country = hit.name, hit.id, hit.country
                            break
        return actor

    def _demonym_actors(self, tok: Token) -> list[Actor]:
        """Countries named by a demonym modifier, one actor each ("américano-irakienne" -> USA, IRQ)."""
        out = []
        for part in tok.text.replace("–", "-").split("-"):
            hit = self.actors.lookup(part)
            if hit is not None and hit.country:
                hit.text = tok.text
                hit.start, hit.end = tok.idx, tok.idx + len(tok.text)
                out.append(hit)
        return out or [self.actors.resolve(tok.text, self.lang)]

    def _agents(self, tok: Token, depth: int = 0) -> list[Actor]:
        if is_passive(tok):  # "X a été impliqué dans des attaques": with no agent, the passive subject acts
            # ("il est arrivé": "être" of a verb of motion, parsed as a passive auxiliary, keeps its subject)
            found = self._actors_of(passive_agents(tok) or passive_subjects(tok) or subjects(tok))
        else:
            found = self._actors_of(subjects(tok))
        if not found and depth < 3 and tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
            return self._agents(
                tok.head, depth + 1
            )  # "qui continuent d'être impliquées" -> qui -> the militias
        if not found and _headline_to(tok) and tok.head.i != tok.i:
            return self._actors_of([tok.head])  # "Lula to make first state visit": the headline's subject
        return found

    # ---------------------------------------------------------------- casualties
    def _casualty_anchor(
        self, t: Trigger, drafts: dict[int, Draft], by_tok: dict[int, Trigger]
    ) -> Draft | None:
        tok = t.tok
        assaults = [d for d in drafts.values() if d.type == "ASSAULT"]
        if tok.dep_ in ("acl:relcl", "relcl", "acl") and tok.head.i in drafts:
            return drafts[tok.head.i]
        for _, obj in prep_objects(tok):
            for x in [obj, *obj.subtree]:
                if x.i in drafts and drafts[x.i].type == "ASSAULT":
                    return drafts[x.i]
        for c in tok.children:
            if c.i in drafts and drafts[c.i].type == "ASSAULT":
                return drafts[c.i]
        if tok.dep_ == "conj" and tok.head.i in by_tok and by_tok[tok.head.i].role in ("dead", "injured"):
            for d in drafts.values():
                if tok.head.i in d.tokens:
                    return d
        for _dep, anc in ancestors_in(tok, tok.sent):
            if anc.i in drafts and drafts[anc.i].type == "ASSAULT":
                return drafts[anc.i]
            for d in drafts.values():
                if anc.i in d.tokens and d.type == "ASSAULT":
                    return d
        return assaults[0] if len(assaults) == 1 else None

    def _toll(self, t: Trigger, drafts: dict[int, Draft], countries: list[str]) -> None:
        """ "A car bomb claimed nine lives", "l'attentat a fait neuf morts", "the blast left 23 people injured":
        the verb counts the victims of the attack it speaks of. The attack is the verb's subject (an attack
        noun, or a weapon: then the attack is told by the toll alone), or the attack the clause belongs to."""
        tok = t.tok
        dead, injured, victims = self._toll_counts(tok)
        carrier = tok
        subj = passive_agents(tok) if is_passive(tok) else subjects(tok)
        if not subj and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i != tok.i:
            carrier = tok.head  # "a bomb exploded in the market, claiming nine lives"
            subj = subjects(carrier)
        anchor = next(
            (drafts[x.i] for s in subj for x in s.subtree if x.i in drafts and drafts[x.i].type == "ASSAULT"),
            None,
        )
        if anchor is None:
            anchor = next(
                (
                    d
                    for _dep, anc in ancestors_in(tok, tok.sent)
                    for d in drafts.values()
                    if d.type == "ASSAULT" and anc.i in d.tokens
                ),
                None,
            )
        assaults = [d for d in drafts.values() if d.type == "ASSAULT"]
        if (
            anchor is None
            and len(assaults) == 1
            and all(s.lower_ in PRONOUNS or s.pos_ == "PRON" for s in subj)
        ):
            anchor = assaults[0]  # "it left nine dead" after the attack the sentence names
        if anchor is None:
            mode = next((m for s in subj if (m := self._weapon_mode(s))), None)
            if mode is None:
                return  # "the earthquake claimed 300 lives", "floods left 20 dead": a toll, but of no attack
            anchor = Draft(Trigger(tok, t.entry, "ASSAULT", mode), tok.sent, "ASSAULT", mode, tokens={tok.i})
            anchor.source = [o for s in subj if (o := self._weapon_owner(s)) is not None]
            drafts[tok.i] = anchor
        anchor.tokens.add(tok.i)
        if anchor.location is None:
            anchor.location = self._locative(carrier, countries)
        if dead is not None and anchor.dead is None:
            anchor.dead = dead
        if injured is not None and anchor.injured is None:
            anchor.injured = injured
        if not anchor.target:
            anchor.target = self._actors_of(victims[:1])

    def _toll_counts(self, tok: Token) -> tuple[int | None, int | None, list[Token]]:
        """(dead, injured, who) a toll verb gives: "neuf morts et 23 blessés", "the lives of four soldiers",
        "23 people injured"; `who` are the victims when words other than the toll's own name them."""
        found: dict[str, int] = {}
        victims: list[Token] = []
        objs = objects(tok)
        heads = [c for c in tok.children if c.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "punct", "cc")]
        for head in heads:
            for x in conjuncts(head) if head.dep_ != "conj" else [head]:
                states = [x, *(c for c in x.children if c.dep_ in ("acl", "amod"))]
                kind = next((k for s in states if (k := _victim_kind(s)) is not None), None)
                if kind is None or kind in found:
                    continue
                if x.lemma_.lower() in LIFE_WORDS or (x.pos_ == "NOUN" and self._number_of(x) is None):
                    # "the lives of four soldiers", "coûté la vie à neuf personnes"
                    owners = [
                        o for p, o in [*prep_objects(x), *prep_objects(tok)] if p in ("of", "de", "à", "to")
                    ]
                    n = next((c for o in owners if (c := self._number_of(o)) is not None), None)
                    n = n if n is not None else self._number_of(x)
                    victims += owners
                elif x.lower_ in CASUALTY_STATES and x.pos_ != "NOUN":
                    # "left nine people dead", "and dozens wounded": the people the state is said of
                    who = subjects(x) or ([x.head] if x.dep_ in ("acl", "amod") else objs)
                    n = next((c for o in who if (c := self._number_of(o)) is not None), None)
                    victims += who
                else:
                    n = self._number_of(x)
                    if _victim_kind(x) is None:
                        victims.append(x)  # "23 people injured"
                if n is not None:
                    found[kind] = n
        return found.get("dead"), found.get("injured"), victims

    def _number_of(self, tok: Token) -> int | None:
        """The count a noun states in words ("neuf morts", "23 people", "un mort", "dozens"), not one guessed
        from its grammatical number."""
        if tok.pos_ == "NUM" or tok.like_num or tok.ent_type_ == "CARDINAL":
            own = parse_count(nominal_span(tok).text, self.lang) or parse_count(tok.text, self.lang)
            return own.value if own else None
        for c in tok.children:
            if c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.pos_ == "NUM"):
                got = parse_count(tok.doc[c.left_edge.i : c.right_edge.i + 1].text, self.lang)
                if got is not None:
                    return got.value
        if any(
            c.lower_ in ("un", "une", "a", "an", "one") for c in tok.children if c.dep_ in ("det", "nummod")
        ):
            return 1
        return None

    def _killer_mode(self, tok: Token) -> str | None:
        """The attack mode a casualty verb gets from what killed: "a car bomb killed", "killed by a rocket"."""
        if is_passive(tok):
            agents = passive_agents(tok)
        elif tok.dep_ in ("acl", "amod") and objects(tok):
            agents = [tok.head]  # "a vehicle packed with explosives killed nine"
        else:
            agents = subjects(tok)
        return next((m for a in agents if (m := self._weapon_mode(a))), None)

    def _weapon_mode(self, tok: Token) -> str | None:
        """The attack mode of a weapon noun ("a car bomb", "une voiture piégée", "a rocket"), or None."""
        # the weapon may sit in a modifier: "a vehicle packed with explosives", "an explosives-laden car"
        words = [w for w in tok.subtree if w.dep_ not in ("relcl", "appos") and w.head.dep_ != "relcl"]
        for w in words:
            for key in (w.lemma_.lower(), w.lower_):
                hit = self.lex.modes.get(key)
                if hit is not None and hit[0] == "ASSAULT":
                    return hit[1]
        pair = f"{tok.lower_} {tok.nbor().lower_}" if tok.i + 1 < len(tok.doc) else ""
        hit = self.lex.modes.get(pair)
        return hit[1] if hit is not None and hit[0] == "ASSAULT" else None

    def _victims(self, t: Trigger) -> list[Token]:
        tok = t.tok
        reduced = tok.dep_ in ("acl", "amod") and not objects(tok)  # "a car killed nine people": active
        if is_passive(tok) or reduced or _elliptic_passive(tok):
            heads = passive_subjects(tok) or (subjects(tok) if _elliptic_passive(tok) else [])
            if not heads and tok.dep_ in ("acl", "amod") and tok.head.i != tok.i:
                heads = [tok.head]
        else:
            heads = objects(tok)
        if len(heads) > 1:  # a parse with two subjects: the one nearest the verb is the victim
            heads = [min(heads, key=lambda h: abs(h.i - tok.i))]
        out = []
        for h in heads:
            ante = antecedent(h)
            out.extend(conjuncts(ante if ante is not None else h))
        return out

    def _victim_actors(self, t: Trigger) -> list[Actor]:
        return self._actors_of(self._victims(t)[:1])

    def _victim_count(self, t: Trigger) -> int | None:
        total, known = 0, False
        for v in self._victims(t):
            n = self._count_of(v)
            if n is None:
                continue
            total, known = total + n, True
        return total if known else None

    def _count_of(self, tok: Token) -> int | None:
        if tok.pos_ == "NUM" or tok.like_num:
            own = parse_count(nominal_span(tok).text, self.lang)
            return own.value if own else None
        for c in tok.children:
            if c.dep_ == "nummod" or (c.dep_ == "det" and c.like_num):
                span = tok.doc[c.left_edge.i : c.right_edge.i + 1]
                got = parse_count(span.text, self.lang)
                if got:
                    return got.value
        number = tok.morph.get("Number", [])
        dets = [c for c in tok.children if c.dep_ == "det"]
        if any(d.lower_ in ("un", "une", "a", "an") for d in dets):
            return 1
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "PERSON"):
            return 1
        if number == ["Sing"] and (dets or tok.tag_ in ("NN",)):
            return 1
        return None

    def _noun_casualties(self, d: Draft) -> None:
        """Counts such as "faisant 10 morts et 20 blessés" or "killing 10 people" in an attack's sentence."""
        if d.type != "ASSAULT":
            return
        for tok in d.sent:
            lem = tok.lemma_.lower()
            if lem in VICTIM_NOUNS_DEAD and d.dead is None:
                n = self._count_of(tok)
                if n is not None and any(c.dep_ == "nummod" for c in tok.children):
                    d.dead = n
            elif lem in VICTIM_NOUNS_INJURED and d.injured is None:
                n = self._count_of(tok)
                if n is not None and any(c.dep_ == "nummod" for c in tok.children):
                    d.injured = n

    # ---------------------------------------------------------------- size
    def _size(self, d: Draft) -> None:
        if d.type not in SIZE_TYPES:
            return
        tok = d.trig.tok
        span = (
            tok.doc[tok.left_edge.i : tok.right_edge.i + 1] if verb_class(tok) == "V" else nominal_span(tok)
        )
        text = span.text
        counts = [
            c
            for start, end, c in find_counts(text, self.lang)
            if not _looks_like_year(c.value, c.text) and not _is_money(text, start, end)
        ]
        if not counts:
            return
        if set(lemma_candidates(tok)) & {"réduire", "reduce", "cut", "diminuer", "ramener", "lower"}:
            chosen = counts[-1]
        else:
            chosen = max(counts, key=lambda c: c.value)
        d.size, d.approximate = chosen.value, d.approximate or chosen.approximate

    # ---------------------------------------------------------------- context: status, wrappers
    def _context(
        self, d: Draft, by_tok: dict[int, Trigger], drafts: dict[int, Draft], speech: SpeechContext
    ) -> None:
        tok = d.trig.tok
        # "des sanctions pourraient être prises", "could be dissolved": what may come is a future act
        future = _is_future(tok) or (
            tok.dep_ in ("nsubj", "nsubj:pass", "xcomp")
            and tok.head.lemma_.lower() == "pouvoir"
            and "Cnd" in tok.head.morph.get("Mood", [])
        )
        # the negation is the refusal, or the threat
        negated = is_negated(tok) and d.trig.entry not in (REFUSAL_ENTRY, NOT_RULED_OUT_ENTRY)
        hypothetical = (
            tok.sent.text.rstrip().endswith("?")
            or any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children)
            or any(c.dep_.startswith("aux") and c.lower_ in POSSIBILITY_AUX for c in tok.children)
            or (tok.head.i != tok.i and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("pouvoir",))
        )
        modal = _has_modal(tok)
        host = self._purpose_host(tok, drafts, by_tok)
        if host is not None and host is not d:
            d.absorbed = True  # "staged a rally to demand reforms": the demand is the rally's aim
            host.target = host.target or d.target
            if host.trig.tok.lemma_.lower() in VOW_VERBS and d.type in THREATENED_TYPES:
                host.type, host.status = "THREATEN", "threatened"  # "have sworn to fight"
            return
        speaker: Actor | None = None
        in_speech = ongoing = False
        # a headline verb read from word order governs its title: what the parse hung it under says nothing
        for dep, anc in [] if d.trig.linear else ancestors_in(tok, d.sent):
            if dep == "conj":
                continue
            if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in anc.children):
                hypothetical = True
            if anc.lemma_.lower() in PLAN_WORDS:
                future = True
            if (
                dep == "xcomp"
                and anc.i == tok.head.i
                and anc.lemma_.lower() in CONTINUE_VERBS
                and _is_future(anc)
            ):
                # "will continue to provide", "continueront de fournir": no new promise
                future = ongoing = True
            if (
                d.type == "ASSAULT"
                and anc.lemma_.lower() in PREPARE_VERBS
                and anc.tag_ not in ("VBN", "JJ")
                and not negated
            ):
                # "the army prepared to resume shelling": forces get ready
                d.type, d.mode = "MOBILIZE", "troops"
                return
            if anc.lemma_.lower() in FAILURE_WORDS:
                negated = True
            trig = by_tok.get(anc.i)
            if dep in ("dobj", "obj") and anc.i == tok.head.i and _has_modal(anc):
                modal = True  # "Sudan must return the helicopter", "must reach an agreement"
            if trig is None:
                continue
            if trig.role == "light":
                if not d.source and _struck(tok) is None:  # "X a fait l'objet de menaces": X undergoes
                    d.source = self._agents(anc)
                if not d.target:
                    d.target = [
                        a
                        for prep, obj in prep_objects(anc)
                        if prep in TARGET_PREPS or prep.startswith(("contre", "against"))
                        for a in self._actors_of([obj])
                    ]
                future = future or _is_future(anc)
            elif trig.role == "claim":
                if (
                    is_negated(anc)
                    or _has_condition(anc)
                    or any(c.dep_.startswith("aux") and c.lower_ in POSSIBILITY_AUX for c in anc.children)
                ):
                    continue  # "no group claimed the attack", "n'a pas été revendiqué": no one claims it
                d.status = "claimed"
                claimant = self._actors_of([anc.head]) if anc.dep_ == "acl" else self._agents(anc)
                d.source = claimant or d.source
            elif trig.role == "deny":
                d.status = "denied"
            elif trig.role == "modal":
                modal = modal or not dep.startswith(("nsubj", "csubj"))
            elif trig.role == "speech":
                protest = self._purpose_host(anc, drafts, by_tok) if d.type != "PROTEST" else None
                if protest is not None and protest.type == "PROTEST":
                    d.absorbed = True  # "staged rallies, saying he must resign"
                    protest.target = protest.target or d.target
                    return
                in_speech = True
                speaker = speech.speaker_of(anc)
                break
            elif (
                trig.role == "event"
                and trig.type in WRAPPING_TYPES
                and anc.i in drafts
                # "poursuit son offensive, entamant une tournée": a verb of going on wraps nothing
                and not (drafts[anc.i].absorbed and anc.lemma_.lower() in CONTINUE_VERBS)
                # "le Russe, que les États-Unis réclamaient, a été extradé": a clause of its own wraps nothing
                and not (dep in ("advcl", "parataxis") and _finite_indicative(tok))
                # "unions called a strike": the call only organised it
                and not (drafts[anc.i].absorbed and anc.lemma_.lower() in STRIKE_CALLS)
            ):
                wrapper = drafts[anc.i]
                if dep not in ("nsubj", "csubj"):  # "urged X to support", "agreed to provide aid": one event
                    d.absorbed = True
                    vow = anc.lemma_.lower() in VOW_VERBS
                    if vow and tok.head.i == anc.i and d.type in THREATENED_TYPES:
                        wrapper.type, wrapper.status = "THREATEN", "threatened"  # "vowed to fight on"
                    elif vow and d.type in ("REQUEST", "ACCUSE", "REJECT"):
                        wrapper.type, wrapper.mode = (
                            d.type,
                            d.mode,
                        )  # "a promis de continuer à faire pression"
                        wrapper.target = d.target or wrapper.target
                    if not wrapper.target:
                        wrapper.target = d.target or d.source
                    if wrapper.mode is None and wrapper.type == "THREATEN":
                        wrapper.mode = _threat_mode(d)
                    if not wrapper.location:
                        wrapper.location = d.location
                    return
                break
        if speech.in_direct_quote(tok.idx):
            in_speech = True
            speaker = speaker or speech.speaker_at(tok.idx)
        if in_speech and modal and d.type not in VERBAL_CONFLICT:
            d.target = _dedupe_actors(d.target + d.source)
            d.source = [speaker] if speaker else []
            d.type, d.mode, d.status = "REQUEST", "yield" if d.type == "RETREAT" else None, "announced"
            return
        if in_speech and (future or modal) and d.type in THREAT_TYPES and speaker is not None:
            d.mode = _threat_mode(d)
            d.type, d.status = "THREATEN", "threatened"
            if speaker is not None and not d.source:
                d.source = [speaker]
            return
        if in_speech and future and not d.source and speaker is not None and d.type in SELF_ANNOUNCED:
            d.source = [speaker]  # "le Commandement a annoncé que les effectifs seraient réduits"
        own = self._own_subject(tok)
        if in_speech and own is not None and own.lower_ not in PRONOUNS and speaker is not None:
            # "X said that Y would attack" reports Y's plans; only X's own commitments are X's promises or threats
            spoken = self._actors_of([own])
            own = own if spoken and _speaks_for(speaker, spoken[0]) else None
        elif in_speech and own is not None and own.lower_ not in PRONOUNS:
            own = None
        possible = any(c.dep_.startswith("aux") and c.lower_ in POSSIBILITY_AUX for c in tok.children)
        if d.type in PROMISED_TYPES and not negated and self._willing(tok, d.sent):
            # "était disposé à reprendre les négociations", "s'est dit prêt à rencontrer": an offer, PLOVER's AGREE
            d.type, d.mode, d.status = "AGREE", None, "announced"
            return
        if (future or possible) and not negated and own is not None:
            conditional = _has_condition(tok)
            if d.type in PROMISED_TYPES and future and not hypothetical and not conditional and not ongoing:
                d.type, d.mode, d.status = "AGREE", None, "announced"  # "Syria will release the prisoners"
                return
            if d.type in OFFERED_TYPES and conditional:
                # "willing to send material if it is attacked", "would meet the mediator if ...": an offer
                d.type, d.mode, d.status = "AGREE", None, "announced"
                return
            if (d.type, d.mode) == ("PROTEST", "boycott") and not conditional and _decided(tok):
                d.status = "announced"  # "announced they would boycott the elections": the boycott is decided
                if not d.source and speaker is not None:
                    d.source = [speaker]
                return
            if d.type in THREATENED_TYPES or (d.type in PROMISED_TYPES and conditional):
                # "the farmers said they would blockade Paris", "will withdraw its force unless ..."
                d.mode = _threat_mode(d)
                d.type, d.status = "THREATEN", "threatened"
                return
        if negated and (future or modal) and self._own_subject(tok) is not None and d.type in REFUSABLE_TYPES:
            d.type, d.mode, d.status = "REJECT", None, "occurred"  # "will not negotiate", "ne libérera pas"
            return
        if negated and d.type in ("AGREE", "CONCEDE"):
            d.type, d.status = "REJECT", "occurred"  # "will not accept", "failed to reach agreement"
            return
        if negated:
            d.status = "hypothetical" if d.status == "occurred" else d.status
        elif hypothetical:
            d.status = "hypothetical"
        elif future and d.status == "occurred":
            d.status = "threatened" if d.type == "THREATEN" else "announced"

    def _purpose_host(self, tok: Token, drafts: dict[int, Draft], by_tok: dict[int, Trigger]) -> Draft | None:
        """The event an infinitive of purpose belongs to ("a hunger strike to protest ...", "rallied to demand")."""
        if (
            tok.dep_ == "conj"
            and tok.head.i in drafts
            and drafts[tok.head.i].type == "PROTEST"
            and self._demand_like(tok, by_tok)
            and not subjects(tok)
        ):
            return drafts[tok.head.i]  # "protesters occupy airport, demand reforms": what the protest demands
        if tok.dep_ not in ("advcl", "acl", "relcl", "acl:relcl") or tok.head.i == tok.i:
            return None
        host = _governed_draft(tok.head, drafts)
        if (
            host is not None
            and host.type == "PROTEST"
            and _participle(tok)
            and self._demand_like(tok, by_tok)
        ):
            return host  # "blocked roads demanding his return": the demand is what the protest is about
        if not _purpose_marked(tok):
            return None
        head = tok.head
        if head.i not in drafts and head.i in by_tok and by_tok[head.i].role != "light":
            return None
        # the head's own event, or the one it governs: "staged a rally to demand", "continued their strike to protest"
        return _governed_draft(head, drafts)

    def _demand_like(self, tok: Token, by_tok: dict[int, Trigger]) -> bool:
        """A demand verb, or a speech verb whose clause says what must happen ("saying he must resign")."""
        trig = by_tok.get(tok.i)
        if trig is not None and trig.type == "REQUEST":
            return True
        return (
            trig is not None
            and trig.role == "speech"
            and any(c.dep_ == "ccomp" and _obliges(c) for c in tok.children)
        )

    @staticmethod
    def _willing(tok: Token, sent: Span) -> bool:
        """Whether the act hangs on a word of willingness ("prêt à", "disposé à", "willing to") that is not denied."""
        for _, anc in list(ancestors_in(tok, sent))[:3]:
            if anc.lower_ in WILLING_WORDS or anc.lemma_.lower() in WILLING_WORDS:
                return not is_negated(anc) and not any(is_negated(c) for c in anc.children if c.dep_ == "cop")
            if anc.dep_ not in ("xcomp", "obj", "dobj", "acomp", "advcl", "ccomp") and verb_class(anc) == "V":
                return False
        return False

    def _own_subject(self, tok: Token) -> Token | None:
        """Who will act, when the clause names it in the active voice: "X will withdraw", "X is ready to ..."."""
        if verb_class(tok) != "V" or is_passive(tok):
            return None
        cur = tok
        for _ in range(4):
            subj = subjects(cur)
            if subj:
                return subj[0] if subj[0].lemma_.lower() not in QUANTITY_NOUNS else None
            if cur.dep_ not in ("xcomp", "conj", "acomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    # ---------------------------------------------------------------- places and dates
    def _target_place(self, d: Draft, countries: list[str]) -> Place | None:
        """A town or region attacked, besieged or sealed off is where the event happened ("the attack that
        targeted Cabaret", "a drone attack on the port city of Odesa"); a country is a side, not a place."""
        if d.type not in PLACE_TARGET_TYPES:
            return None
        for a in d.target:
            if a.kind != "other":
                continue
            place = self.places.resolve(a.text, self.lang, countries=countries)
            if place is not None and place.precision in ("point", "city", "admin1"):
                return place
            if a.start is None or a.end is None:
                continue
            words = d.sent.doc.char_span(a.start, a.end, alignment_mode="expand")
            town = self._unknown_town(words.root) if words is not None else None
            if town is not None:
                return town  # "contre la commune de Cabaret"
        return None

    def _article_countries(self, doc: Doc) -> list[str]:
        seen: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ in ("LOC", "GPE"):
                if _names_quarter(ent):
                    continue  # "la commune de la Gombe" says nothing of the country: a namesake city would
                place = self.places.resolve(ent.text, self.lang)
                if place is not None and place.country:
                    seen[place.country] = seen.get(place.country, 0) + 1
        return sorted(seen, key=lambda c: -seen[c])

    def _place_at(self, tok: Token, countries: list[str]) -> Place | None:
        """The place named by the nominal at `tok` (a city, a country, a base, "north of Baghdad")."""
        lem = tok.lemma_.lower()
        if lem in DIRECTIONS:
            for _, obj in prep_objects(tok):
                inner = self._place_at(obj, countries)
                if inner is not None:
                    return self.places.resolve_relative(DIRECTIONS[lem], inner)
        if lem in FEATURE_HEADS and tok.pos_ != "PROPN" and not tok.ent_type_:
            # "une base d'Erbil", "l'ambassade des États-Unis à Bagdad": a common noun is where its city is
            for prep, obj in prep_objects(tok):
                if prep in ("à", "au", "dans", "in", "at", "near", "près de") or (
                    prep in ("de", "d'", "d’") and obj.ent_type_ in ("LOC", "GPE") and lem != "ambassade"
                ):
                    inner = self._place_at(obj, countries)
                    if inner is not None and inner.precision != "country":
                        return inner
            for c in tok.children:  # "des bases irakiennes", "Iraqi airports": in that country
                hit = self.actors.lookup(c.text) if c.dep_ == "amod" and c.pos_ == "ADJ" else None
                if hit is not None and hit.id == f"state:{hit.country}":
                    where = self.places.resolve(hit.name, "en")
                    if where is not None:
                        return Place(c.text, where.name, where.country, None, where.lat, where.lon, "country")
        if tok.ent_type_ in ("LOC", "GPE", "FAC") or tok.pos_ == "PROPN" or lem in FEATURE_HEADS:
            if tok.ent_type_ in ("PER", "PERSON"):
                return None
            span = nominal_span(tok)
            # "la commune de la Gombe": the name is read with the part-of-town noun it belongs to
            frame = nominal_span(tok.head).text if tok.head.lemma_.lower() in QUARTER_NOUNS else span.text
            for text in _place_texts(span, tok):
                place = self.places.resolve(text, self.lang, countries=countries)
                if place is not None:
                    return None if foreign_quarter(place, frame, countries) else place
            for c in tok.children:  # "une base d'Erbil", "the embassy in Baghdad"
                if c.dep_.startswith(("nmod", "flat", "compound")) or c.dep_ in ("appos",):
                    inner = self._place_at(c, countries)
                    if inner is not None:
                        return None if foreign_quarter(inner, span.text, countries) else inner
        elif tok.pos_ == "NOUN":
            for prep, obj in prep_objects(tok):
                if prep in ("de", "d'", "of", "in", "à", "dans"):
                    inner = self._place_at(obj, countries)
                    if inner is not None:
                        return None if foreign_quarter(inner, nominal_span(tok).text, countries) else inner
            return self._unknown_town(tok)
        return None

    @staticmethod
    def _unknown_town(tok: Token) -> Place | None:
        """ "the coastal town of Cabaret", "la commune de Cabaret": a settlement the gazetteers do not know is
        still a place, kept by its name without coordinates or country rather than dropped or guessed."""
        if tok.lemma_.lower() not in SETTLEMENT_NOUNS:
            return None
        for prep, obj in prep_objects(tok):
            if prep in ("de", "d'", "of") and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                name = nominal_span(obj)
                words = [t for t in name if t.pos_ == "PROPN" or t.text[:1].isupper()]
                label = " ".join(t.text for t in words) if words else obj.text
                return Place(nominal_span(tok).text, label, None, None, None, None, "city")
        return None

    def _locative(self, t: Trigger | Token, countries: list[str] | None = None) -> Place | None:
        tok = t.tok if isinstance(t, Trigger) else t
        for prep, obj in prep_objects(tok):
            if prep in PLACE_PREPS or prep.split(" ")[0] in ("à", "au", "dans", "près", "in", "at", "near"):
                place = self._place_at(obj, countries or [])
                if place is not None:
                    return place
        for c in tok.children:
            if c.dep_ == "advmod" and c.lemma_.lower() in DIRECTIONS:
                for _, obj in prep_objects(c):
                    inner = self._place_at(obj, countries or [])
                    if inner is not None:
                        return self.places.resolve_relative(DIRECTIONS[c.lemma_.lower()], inner)
        return None

    def _location(self, d: Draft, countries: list[str]) -> Place | None:
        tok = d.trig.tok
        place = self._locative(tok, countries)
        if place is not None:
            return place
        for i in sorted(d.tokens):
            place = self._locative(tok.doc[i], countries)
            if place is not None:
                return place
        # places inside the trigger's own arguments ("contre ... près de la frontière")
        actor_spans = [(a.start, a.end) for a in d.source + d.target if a.start is not None]
        for x in tok.subtree:
            if x.i == tok.i or x.lemma_.lower() not in FEATURE_HEADS | set(DIRECTIONS):
                continue
            place = self._place_at(x, countries)
            if place is not None:
                return place
        # else the place of the sentence nearest to the event's words that is no actor
        ents = [
            ent
            for ent in d.sent.ents
            if ent.label_ in ("LOC", "GPE", "FAC")
            and not _names_actor(ent)
            and (
                _locative_case(ent.root)  # "le nombre de soldats en Irak": where the actors are
                or not any(
                    s is not None and e is not None and s <= ent.start_char < e for s, e in actor_spans
                )
            )
        ]
        ents.sort(key=lambda ent: min(abs(ent.root.i - i) for i in d.tokens))
        for ent in ents:
            place = self._place_at(ent.root, countries)
            if place is not None:
                return place
        return None

    def _dates(self, sent: Span) -> list[tuple[int, str, Token]]:
        out = []
        for span in find_dates(sent.text, self.lang):
            start = sent.start_char + span.start
            char_span = sent.doc.char_span(start, sent.start_char + span.end, alignment_mode="expand")
            if char_span is None:
                continue
            out.append((start, span.text, char_span.root))
        return out

    def _date_for(self, d: Draft, dates: list[tuple[int, str, Token]]) -> str | None:
        if not dates:
            return None
        tok = d.trig.tok
        mine = {i for i in d.tokens}
        # a date attached to the trigger (or to a word it governs) wins, then one on its ancestors, then the nearest
        best: tuple[int, str] | None = None
        for _, text, root in dates:
            if self._in_other_clause(root, tok, d.sent):
                continue  # "a presenter whose programme last Sunday ...": that clause's date
            chain = [root.i] + [a.i for _, a in ancestors_in(root, d.sent)]
            for depth, i in enumerate(chain):
                if i in mine:
                    if best is None or depth < best[0]:
                        best = (depth, text)
                    break
        if best is not None:
            return best[1]
        # the day of a reporting clause ("ont indiqué lundi des sources") dates the statement, not what it reports
        told = [x for x in dates if not self._reporting(x[2].head)] or dates
        anc = [a.i for _, a in ancestors_in(tok, d.sent)]
        for i in anc:
            for _, text, root in told:
                if root.head.i == i or root.i == i:
                    return text
        # a date inside a relative clause that does not hold the trigger dates that clause ("a presenter whose
        # programme last Sunday ...")
        free = [x for x in told if not self._in_other_clause(x[2], tok, d.sent)]
        if not free:
            return None
        return min(free, key=lambda x: abs(x[2].i - tok.i))[1]

    @staticmethod
    def _in_other_clause(root: Token, tok: Token, sent: Span) -> bool:
        """`root` sits in a relative clause that `tok` is not part of and that does not describe `tok` itself
        ("l'attaque qui a eu lieu mardi" dates the attack)."""
        for anc in [root, *(a for _, a in ancestors_in(root, sent))]:
            if (
                anc.dep_ in ("relcl", "acl:relcl")
                and anc.head.i != tok.i
                and tok.i != anc.i
                and not _under(tok, anc, sent)
            ):
                return True
        return False

    def _reporting(self, tok: Token) -> bool:
        """A verb of saying ("said", "a indiqué"): its date is the statement's."""
        return verb_class(tok) == "V" and any(
            e.role == "speech" and self._fits(e, tok) for e in self.lex.lookup("V", tok.lemma_.lower())
        )

    # ---------------------------------------------------------------- output
    def _features(self, d: Draft, siblings: list[Draft]) -> list[str]:
        """What the confidence model looks at: the type, the trigger, its place in the sentence, what was found."""
        tok, typ = d.trig.tok, d.type
        ups = list(ancestors_in(tok, d.sent))
        depth = len(ups)
        ranked = sorted(siblings, key=lambda o: -_heuristic_confidence(o))
        shaky = _shaky(d, ups)
        last = d.sent[-1] if len(d.sent) else tok
        while last.is_space and last.i > d.sent.start:
            last = last.doc[last.i - 1]
        parts = {
            "lang": self.lang,
            "pos": verb_class(tok) or "?",
            "dep": "relcl" if tok.dep_ == "acl:relcl" else tok.dep_.split(":")[0],  # relative clauses apart
            "depth": str(min(depth, 3)),
            "src": str(bool(d.source)),
            "tgt": str(bool(d.target)),
            "status": d.status,
            "mode": str(d.mode is not None),
            "n": str(min(len(siblings), 3)),
            "rank": str(min(next(i for i, o in enumerate(ranked) if o is d), 2)),
            "quote": str(d.quote is not None),
            "wrapped": str(len(d.tokens) > 1),
            "headline": str(not last.is_punct),
            "fixed": str(bool(d.trig.entry.rest)),
            "ambiguous": str(
                len({e.type for p in ("V", "N") for e in self.lex.lookup(p, tok.lemma_.lower())}) > 1
            ),
            "retyped": str(d.type != d.trig.type),
            "root": str(tok.head.i == tok.i),
            "long": str(len(d.sent) > 30),
            "inside": str(any(o is not d and anc.i in o.tokens for _, anc in ups for o in siblings)),
            "governs": str(any(o is not d and _under(o.trig.tok, tok, d.sent) for o in siblings)),
            "background": str(_background(tok, ups)),
            "shaky": "+".join(shaky) or "no",
            "subordinate": str(_subordinate(tok, d.sent)),
            # what a reporting verb governs is the news it reports ("X ont incendié ..., a affirmé Y")
            "said": str(bool(ups) and self._reporting(ups[0][1])),
        }
        feats = [f"type={typ}", f"lem={tok.lemma_.lower()}|{typ}", f"lemma={tok.lemma_.lower()}"]
        feats += [f"{k}={v}" for k, v in parts.items()]
        feats += [
            f"{typ}|{k}={v}"
            for k, v in parts.items()
            if k in ("lang", "pos", "dep", "depth", "src", "tgt", "n")
        ]
        feats += [f"with={o.type}" for o in siblings if o is not d]
        feats += [f"{typ}|with={o.type}" for o in siblings if o is not d]
        feats += ["casualties"] if d.dead or d.injured else []
        feats += ["guessed"] if d.guessed is not None else []
        feats += [f"shaky={w}" for w in shaky] + [f"{typ}|shaky={w}" for w in shaky]
        return feats

    def _finish(self, article: Article, d: Draft, feats: list[str]) -> Event:
        sent = d.sent
        key = f"{article.id}|{article.text_sha256}|{PIPELINE_VERSION}|{d.trig.tok.idx}|{d.type}"
        model = load_model(self.confidence_model) if self.use_model else None
        confidence = model.probability(feats) if model is not None else _heuristic_confidence(d)
        if d.guessed is not None:
            confidence = d.guessed  # the type model's probability, scaled
        return Event(
            article_id=article.id,
            event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
            event_type=d.type,
            mode=d.mode,
            status=d.status,
            source=d.source,
            target=d.target,
            date=d.date.edtf if d.date else None,
            date_text=d.date.text if d.date else None,
            location=d.location,
            dead=d.dead,
            injured=d.injured,
            size=d.size,
            quote=d.quote,
            evidence=evidence_of(sent),
            language=self.lang,
            confidence=max(0.05, min(0.99, confidence)),
            mentions=[evidence_of(s) for s in d.also],
            trigger=d.trig.tok.text,
            approximate=d.approximate,
        )


# -------------------------------------------------------------------- helpers
LOCATIVE_CASES = frozenset(["en", "à", "au", "aux", "dans", "près", "in", "at", "near", "inside", "outside"])


def _nobody_acts(d: Draft) -> bool:
    """An act done by weather, a disaster, pests or a market figure ("Floods kill 12", "the lira hits a record
    low", "an invasion of locusts"), or a sports result told in the words of war ("Swiatek beats Sabalenka")."""
    tok = d.trig.tok
    doers = passive_agents(tok) + ([] if is_passive(tok) else subjects(tok))  # "Afghans hit by drought"
    if verb_class(tok) == "N":
        doers = doers + [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i != tok.i]
        doers += [o for p, o in prep_objects(tok) if p in ("of", "de", "d'", "des", "du")]
    doers = [antecedent(x) or x for x in doers]  # "the earthquake, which struck at a depth of 10 km"
    if d.type == "CONSULT" and any(_lemma_in(o, PUBLIC_WORDS) for o in objects(tok) + passive_subjects(tok)):
        return True  # "Morocco received 14.5 million tourists"
    # the doer itself, its compound ("locust swarm") or what it is made of ("une invasion de criquets")
    told = [
        w
        for x in doers
        for w in (x, *(c for c in x.children if c.dep_ == "compound" or c.dep_ == "nmod" and _of_case(c)))
    ]
    told += [o for x in doers for p, o in prep_objects(x) if p == "of"]
    if any(_lemma_in(w, NON_AGENTS) for w in told) or any(_blaze(x) for x in doers):
        return True
    return (tok.lemma_.lower() in SPORT_VERBS or d.trig.entry.term in SPORT_VERBS) and _sporting(d.sent)


def _blaze(tok: Token) -> bool:
    """A fire as a doer that no one is said to have opened ("Building fire kills 14", "un feu de cuisine")."""
    if not _lemma_in(tok, FIRE_WORDS):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "nmod:poss")]
    return not any(_lemma_in(c, FIRING_WORDS) or c.ent_type_ in ("NORP", "ORG", "GPE") for c in mods)


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _sporting(sent: Span) -> bool:
    """A sentence about a game: a score ("52-6") or a sport's words."""
    return bool(SCORE.search(sent.text)) or any(_lemma_in(w, SPORT_WORDS) for w in sent)


def _mishap(sent: Span) -> bool:
    """A sentence that names a disaster or an accident."""
    return any(_lemma_in(w, MISHAP_WORDS) for w in sent)


def _lead(doc: Doc) -> list[Span]:
    """The first sentences with words: a title and the lead's first sentence."""
    return [s for s in doc.sents if any(t.is_alpha for t in s)][:LEAD_SENTENCES]


def _locative_case(tok: Token) -> bool:
    """ "en Irak", "in Baghdad": the preposition says where."""
    return preposition(tok).split(" ")[0] in LOCATIVE_CASES


def _names_actor(ent: Span) -> bool:
    """A country named as an agent or a word, not a place: "parrainées par l'Iran", "by Iran", "le mot «Iran»"."""
    root = ent.root
    if preposition(root) in ("par", "by") or root.dep_ in ("obl:agent", "agent"):
        return True
    doc = ent.doc
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before in ("«", "“", '"') and after in ("»", "”", '"')


def _heuristic_confidence(d: Draft) -> float:
    """The rules' own guess, used when no confidence model is shipped: verbs and nouns that a clause is about
    ("staged a sit-in", "fighting erupted") and filled slots count; what a relative or participial clause or a
    time clause tells is background to the sentence's news."""
    tok = d.trig.tok
    core = verb_class(tok) == "V" or (tok.dep_ in CORE_NOUN_DEPS and verb_class(tok.head) == "V")
    confidence = 0.45 + (0.1 if core else 0.0)
    if _subordinate(tok, d.sent):
        confidence -= 0.15
    confidence += 0.15 if d.source else 0.0
    confidence += 0.1 if d.target else 0.0
    confidence += 0.05 if d.date and d.date.edtf else 0.0
    confidence += 0.05 if d.location else 0.0
    if d.status == "hypothetical":
        confidence -= 0.25
    return confidence


SETTLEMENT_NOUNS = frozenset(
    ["town", "village", "city", "hamlet", "commune", "ville", "localité", "bourgade", "hameau"]
)


def _names_quarter(ent: Span) -> bool:
    """A name given as part of a town: "la commune de la Gombe", "the Gombe district"."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent.root.head.lemma_.lower() in QUARTER_NOUNS or (
        after is not None and after.lemma_.lower() in QUARTER_NOUNS
    )


def _acronym(text: str) -> bool:
    """ "MONUSCO", "UNPC", "ANR": three or more capitals."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _under(tok: Token, head: Token, sent: Span) -> bool:
    """Whether `head` is an ancestor of `tok` in the sentence."""
    return any(anc.i == head.i for _, anc in ancestors_in(tok, sent))


CORE_NOUN_DEPS = frozenset({"dobj", "obj", "nsubj"})
SUBORDINATE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})


def _subordinate(tok: Token, sent: Span) -> bool:
    """An event told in a relative clause ("gunmen who kidnapped him"), a participle that describes or adds to
    another act ("a team investigating abuses", "..., accusing him of"), or as the time of another."""
    ups = list(ancestors_in(tok, sent))
    if _background(tok, ups):
        return True
    node = tok
    for dep, anc in ups:
        if dep in SUBORDINATE_DEPS or (dep == "advcl" and _present_participle(node)):
            return True
        node = anc
    return False


def _present_participle(tok: Token) -> bool:
    """ "demanding", "accusant": a participle clause hung on the main verb."""
    return tok.tag_ == "VBG" or (
        "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])
    )


def _background(tok: Token, ups: list[tuple[str, Token]]) -> bool:
    """An event told as the time of another ("following the shooting", "after talks", "lorsque ...")."""
    chain = [tok, *(anc for _, anc in ups[:2])]
    for x in chain:
        for c in x.children:
            if c.dep_ in ("mark", "case", "prep") and c.lower_ in BACKGROUND_MARKS:
                return True
        if x.dep_ in ("pobj", "obl", "nmod") and x.head.lower_ in BACKGROUND_MARKS:
            return True
    return False


def _victim_kind(tok: Token) -> str | None:
    """ "dead" or "injured" for a word that names victims or their state ("morts", "lives", "injured")."""
    words = {tok.lemma_.lower(), tok.lower_}
    if words & TOLL_DEAD:
        return "dead"
    if words & TOLL_INJURED:
        return "injured"
    return None


def _elliptic_passive(tok: Token) -> bool:
    """A past participle coordinated without its auxiliary: "left nine dead and dozens *wounded*"."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "conj"
        and not objects(tok)
        and not any(c.dep_.startswith("aux") for c in tok.children)
    )


def _consequence(tok: Token) -> bool:
    """A participle clause of consequence: "permettant ainsi ...", "thereby allowing ..."."""
    participle = tok.tag_ == "VBG" or "Part" in tok.morph.get("VerbForm", [])
    return participle and any(c.dep_ == "advmod" and c.lower_ in CONSEQUENCE_ADVERBS for c in tok.children)


def _past_participle(tok: Token) -> bool:
    """ "soutenues", "backed": describes; a present participle ("demanding", "visant") still acts."""
    if tok.tag_ == "VBN":
        return True
    return (
        "Part" in tok.morph.get("VerbForm", [])
        and "Pres" not in tok.morph.get("Tense", [])
        and tok.tag_ != "VBG"
    )


def _words_from(doc: Doc, i: int) -> str:
    """Lower-case text from token `i` on, apostrophes joined to the next word ("d' accord" -> "d'accord")."""
    cache = doc.user_data.setdefault("vigie_words_from", {})
    if i not in cache:
        text = doc[i : i + 16].text[:60] if i < len(doc) else ""  # Doc.text would join the whole document
        cache[i] = re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("' ", "'"))
    return cache[i]


CURRENCY = re.compile(
    r"\s*(?:\(?[A-Z]{3}\)?\s)?(?:millions?\s|milliards?\s|billions?\s|de\s)*"
    r"(?:dollars?|euros?|pounds?|francs?|yuan|yen|rupees?|shillings?|dinars?|rials?|riyals?|roubles?|rubles?"
    r"|livres?|nairas?|pesos?|[$€£¥]|usd|eur|fcfa|cfa)\b",
    re.IGNORECASE,
)
CURRENCY_BEFORE = re.compile(r"[$€£¥]\s*$|\b(?:US|USD|EUR)\s*$")


def _is_money(text: str, start: int, end: int) -> bool:
    """ "20 million dollars", "$5m", "580 millions de shillings": an amount of money is not a crowd or a force."""
    return bool(CURRENCY_BEFORE.search(text[max(0, start - 4) : start])) or bool(CURRENCY.match(text, end))


def _fixed_children(tok: Token, entry: Entry) -> list[Token]:
    """The dependents of a verb that are part of its lexicon entry ("stopped *work*", "rompre *les relations*")."""
    if entry.pos != "V" or not entry.rest:
        return []
    rests = [" ".join(entry.rest), *_after_particles(tok, " ".join(entry.rest))]
    return [
        c
        for c in tok.children
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and any(_object_starts(c, r) for r in rests)
    ]


def _object_words(obj: Token, bare: bool = False) -> str:
    """An object's words without its determiners ("restored its diplomatic ties" -> "diplomatic ties");
    ``bare`` also drops the adjectives before it ("cancelled a planned visit" -> "visit")."""
    cache = obj.doc.user_data.setdefault("vigie_object_words", {})  # every multiword entry of a verb asks
    key = 2 * obj.i + bare
    if key not in cache:
        cache[key] = _read_object_words(obj, bare)
    return cache[key]


def _read_object_words(obj: Token, bare: bool) -> str:
    skip = (
        ("det", "poss", "det:poss", "predet", "amod", "nummod")
        if bare
        else ("det", "poss", "det:poss", "predet")
    )
    dropped = {
        w.i
        for c in obj.children
        if c.i < obj.i
        and (
            c.dep_ in skip
            or bare
            and c.dep_ == "compound"
            and any(x.like_num for x in c.subtree)
            # a partitive article the parser took for a preposition: "envoie *des* renforts"
            or c.dep_ == "case"
            and obj.dep_ == "obj"
            and c.lower_ in ("des", "du", "de", "d'", "d’")
        )
        for w in c.subtree
    }  # bare, a duration before the noun goes too: "went on a 24-hour strike"
    words = [
        w
        for w in obj.subtree
        if w.i >= obj.i or w.i not in dropped and w.dep_ not in skip and not (bare and w.head.dep_ == "amod")
    ]
    return " ".join(w.lower_ for w in words[:6]) + " "


def _merge_same_type(drafts: list[Draft]) -> list[Draft]:
    """Two mentions of one type in a sentence ("pourparlers ... dialogue") are one event unless their actors differ."""
    out: list[Draft] = []
    for d in drafts:
        twin = next(
            (o for o in out if o.type == d.type and not o.absorbed and not d.absorbed and _compatible(o, d)),
            None,
        )
        if twin is None:
            out.append(d)
            continue
        twin.tokens |= d.tokens
        twin.source = twin.source or d.source
        twin.target = twin.target or d.target
        twin.location = twin.location or d.location
        twin.mode = twin.mode or d.mode
        for slot in ("dead", "injured", "size"):
            if getattr(twin, slot) is None:
                setattr(twin, slot, getattr(d, slot))
    return out


AERIAL_MODES = frozenset({"aerial", "drone"})


def _merge_mentions(drafts: list[Draft]) -> list[Draft]:
    """The same incident named again later in the article ("tués lors de la frappe de janvier 2020") is one event."""
    out: list[Draft] = []
    for d in drafts:
        alone = sum(1 for o in out if o.type == d.type) == 1
        first = next((o for o in out if _same_incident(o, d, alone)), None)
        if first is None:
            out.append(d)
            continue
        if _fill(d) > _fill(first):  # the better-described mention carries the event; the other fills gaps
            out[out.index(first)] = d
            first, d = d, first
        first.also = sorted(
            {s.start: s for s in [*first.also, d.sent, *d.also] if s.start != first.sent.start}.values(),
            key=lambda s: s.start,
        )
        first.source = first.source or d.source
        first.target = first.target or d.target
        first.location = first.location or d.location
        first.mode = first.mode or d.mode
        for slot in ("dead", "injured", "size"):
            mine, theirs = getattr(first, slot), getattr(d, slot)
            if theirs is not None and (mine is None or theirs > mine):
                setattr(first, slot, theirs)
    return out


def _fill(d: Draft) -> float:
    slots = [d.source, d.target, d.location, d.dead, d.injured, d.size]
    width = (d.date.end - d.date.start).days if d.date and d.date.start and d.date.end else 999
    return sum(1 for x in slots if x) + (1.0 / (1 + width) if d.date else 0.0)


def _same_incident(a: Draft, b: Draft, alone: bool = False) -> bool:
    if a.type != b.type:
        return False
    if alone and a.type == "ASSAULT" and a.date and not b.date and not b.source and _compatible(a, b):
        # "23 wounded were admitted", "the blast": an undated recall of the article's only attack so far
        return all(
            getattr(b, k) is None or getattr(a, k) in (None, getattr(b, k)) for k in ("dead", "injured")
        )
    if a.type == "AGREE" and len(a.source) > 1 and len(b.source) > 1 and not (a.date and b.date):
        # the same parties' agreement told twice ("une déclaration conjointe", "se sont mis d'accord")
        return all(any(_same_actor(x, y) for y in b.source) for x in a.source) and _compatible(a, b)
    if a.type in VERBAL_TYPES and (not a.date or not b.date) and abs(a.sent.start - b.sent.start) < 120:
        # a statement, then the quote that spells it out: same speaker, within the next sentences
        return bool(a.source and b.source and _overlap(a.source, b.source)) and _compatible(a, b)
    if not (a.date and b.date and a.date.start and b.date.start and a.date.end and b.date.end):
        return False
    if a.date.start > b.date.end or b.date.start > a.date.end:
        return False
    if (a.date.end - a.date.start).days > 31 or (b.date.end - b.date.start).days > 31:
        return False  # a season or a year is too loose to say it is the same happening
    if (
        a.location
        and b.location
        and a.location.name != b.location.name
        and a.location.country != b.location.country
    ):
        return False
    if not _compatible(a, b):
        return False
    if a.mode and b.mode and a.mode != b.mode and not {a.mode, b.mode} <= AERIAL_MODES:
        return False
    shared = _overlap(a.source, b.source) or _overlap(a.target, b.target)
    return shared or (a.type == "ASSAULT" and a.date.edtf == b.date.edtf)


def _overlap(x: list[Actor], y: list[Actor]) -> bool:
    return any(_same_actor(p, q) for p in x for q in y)


STATE_KINDS = frozenset({"state", "government"})


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.kind in STATE_KINDS and b.kind in STATE_KINDS and a.country:
        return a.country == b.country  # "Washington" and "les États-Unis" speak for one state
    if a.id and b.id:
        return a.id == b.id
    if a.kind == "person" or b.kind == "person":
        return a.name.lower() == b.name.lower()
    return a.kind == b.kind and (a.country == b.country or not a.country or not b.country)


def _not_ruled_out(tok: Token) -> bool:
    """ "N'exclut pas de recourir à la force", "refused to rule out strikes": keeping an act open is a threat."""
    lemma = tok.lemma_.lower()
    ruling_out = lemma == "exclure" or (
        lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    )
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "refuser", "decline")
    return (
        ruling_out
        and (is_negated(tok) or refused)
        and any(c.dep_ in ("xcomp", "obj", "dobj", "ccomp") for c in tok.children)
    )


def _out_of_question(tok: Token) -> bool:
    """ "Il n'est pas question de négocier", "il est hors de question de céder": refusing what the infinitive says."""
    if tok.lower_ != "question" or not any(
        c.dep_ in ("xcomp", "acl")
        and c.pos_ == "VERB"
        and any(m.lower_ in ("de", "d'", "d’") for m in c.children)
        for c in tok.children
    ):
        return False
    if case_words(tok) == "hors de":
        return True
    return any(c.dep_ == "cop" for c in tok.children) and any(
        c.lower_ in ("pas", "plus") and c.dep_ == "advmod" for c in tok.children
    )


def _struck(tok: Token) -> Token | None:
    """What a noun event hit when the clause tells it from the target's side: "le poste est visé par des tirs",
    "un camp a été la cible de tirs", "il a fait l'objet de menaces", "was hit by an airstrike"."""
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "pobj" and head.dep_ == "agent":
        head = head.head  # "was hit by an airstrike"
    elif (
        tok.dep_ == "obl:agent"
        or tok.dep_.startswith("obl")
        and case_words(tok) == "par"
        and is_passive(head)
    ):
        pass  # "est visé par des tirs", "a été touchée par une frappe"
    elif tok.dep_ in ("obj", "dobj") and head.lemma_.lower() in UNDERGO_VERBS:
        subj = subjects(head) or passive_subjects(head)
        return subj[0] if subj else None  # "le convoi a essuyé une embuscade", "detainees suffered torture"
    elif tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the target of an attack": of -> target
        if head.lemma_.lower() not in STRUCK_HEADS:
            return None
    elif (tok.dep_ == "nmod" or tok.dep_.startswith("obl")) and case_words(tok) in (
        "de",
        "d'",
        "d’",
        "du",
        "des",
    ):
        # "a fait l'objet de menaces", parsed with the complement on the verb
        if head.lemma_.lower() not in STRUCK_HEADS and (
            not tok.dep_.startswith("obl")
            or not any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in STRUCK_HEADS for c in head.children)
        ):
            return None
    else:
        return None
    if head.lemma_.lower() in STRUCK_HEADS and head.dep_ in ("obj", "dobj", "attr") and head.head.i != head.i:
        head = head.head  # "a fait l'objet de", "became the target of"
    subj = passive_subjects(head) or subjects(head)
    return subj[0] if subj else None


def _compatible(a: Draft, b: Draft) -> bool:
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x and y and not any(_same_actor(p, q) for p in x for q in y):
            return False
    return True


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _dedupe_actors(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    seen: set[tuple[str, int | None]] = set()
    for a in actors:
        key = (a.id or a.name.lower(), a.start if not a.id else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _looks_like_year(value: int, text: str) -> bool:
    return 1800 <= value <= 2100 and text.strip().isdigit() and len(text.strip()) == 4


def _speaks_for(speaker: Actor, actor: Actor) -> bool:
    """A spokesman or minister speaks for the state or group he belongs to."""
    if _same_actor(speaker, actor):
        return True
    if speaker.country is None:
        return True  # "the defence minister said": an official of no stated country speaks for the one acting
    return speaker.country == actor.country


def _has_condition(tok: Token) -> bool:
    """ "... unless the president agrees", "... si Paris refuse": a conditional clause on the act."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in tok.children
    )


def _patient_noun(d: Draft) -> bool:
    """Nouns whose "of" complement undergoes the act: arrests, expulsions, abductions, releases."""
    return d.type == "COERCE" or (d.type, d.mode) in PATIENT_MODES


def _is_future(tok: Token) -> bool:
    forms = [tok, *[c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]]
    if tok.lang_ == "fr" and any(
        c.dep_ == "aux:tense" and "Cnd" in c.morph.get("Mood", []) for c in tok.children
    ):
        return False  # "auraient été tués": the French conditional of hearsay, a past report, not a plan
    for f in forms:
        if "Fut" in f.morph.get("Tense", []) or "Cnd" in f.morph.get("Mood", []) or f.lower_ in FUTURE_AUX:
            return True
        if f.tag_ == "MD" and f.lower_ in FUTURE_AUX:
            return True
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in ("aller", "go") and head.i != tok.i:
        return True
    return _headline_to(tok)


def _headline_to(tok: Token) -> bool:
    """A headline's "to" + verb after its subject ("Lula to visit Vietnam", "Egypt, Turkey to restore
    ambassadors"): headline grammar for what will happen."""
    if tok.lang_ != "en" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        return False
    if not headline(tok.sent):
        return False
    head = tok.head
    return head.i == tok.i or (head.pos_ in ("NOUN", "PROPN") and head.i < tok.i and tok.dep_ != "xcomp")


def _threat_mode(d: Draft) -> str | None:
    if d.type == "COERCE":
        return COERCE_THREAT_MODE.get(d.mode or "")
    return THREAT_MODE.get(d.type)


def _place_texts(span: Span, tok: Token) -> list[str]:
    texts = [span.text]
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:  # "Colombia's eastern Arauca province": the name and its head noun, without the rest
        ent = next((e for e in tok.doc.ents if span.start <= e.start and e.end == tok.i), None)
        if ent is not None:
            texts.append(tok.doc[ent.start : tok.i + 1].text)
    if ent is not None and ent.text != span.text:
        texts.append(ent.text)
    if tok.text not in texts:
        texts.append(tok.text)
    return texts


def _under_modal(verb: Token) -> bool:
    """A verb of obligation or possibility, or one it governs as auxiliary: "devaient aboutir", "could resume"."""
    return verb.lemma_.lower() in MODAL_VERBS or any(
        c.dep_.startswith("aux") and c.lemma_.lower() in MODAL_VERBS for c in verb.children
    )


def _has_modal(tok: Token) -> bool:
    """An obligation auxiliary on the verb: "must", "should"."""
    return any(c.dep_.startswith("aux") and c.lower_ in MODAL_AUX for c in tok.children)


def _participle(tok: Token) -> bool:
    """A present participle or gerund clause: "demanding ...", "en réclamant ..."."""
    return (
        tok.tag_ == "VBG" or "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])
    )


def _paragraph(breaks: list[int], doc: Doc, i: int) -> int:
    """Index of the paragraph (text between line breaks, whose offsets are ``breaks``) holding token ``i``."""
    return bisect.bisect_left(breaks, doc[i].idx)


def _inside_relative(tok: Token, top: Token) -> bool:
    """Whether a relative clause lies on the path from ``tok`` up to ``top``."""
    if tok.i == top.i:
        return False
    for dep, anc in ancestors_in(tok, tok.sent):
        if dep in ("relcl", "acl:relcl"):
            return True
        if anc.i == top.i:
            break
    return False


def _governed_draft(head: Token, drafts: dict[int, Draft]) -> Draft | None:
    """The event at ``head``, else the one its object names ("staged a rally", "blocked roads")."""
    if head.i in drafts:
        return drafts[head.i]
    return next((drafts[o.i] for o in objects(head) if o.i in drafts), None)


def _purpose_marked(tok: Token) -> bool:
    """An infinitive of purpose: "to protest", "pour protester", "afin de"."""
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS)
        for c in tok.children
    )


def _obliges(tok: Token) -> bool:
    """A clause of obligation: "Y must V", "Y doit V", "il faut"."""
    return tok.lemma_.lower() in ("devoir", "falloir") or _has_modal(tok)


def _said_of(pred: Token, obj: Token, rest: str) -> bool:
    """A participle or adjective after an object that says its state: "left 23 people *injured*", "a rendu le
    PKK *responsable*" (which the parser may hang on the object as an apposition)."""
    return (
        pred.dep_ in ("acl", "amod", "appos")
        and pred.i > obj.i
        and _words_from(pred.doc, pred.i).startswith(rest)
    )


def _shaky(d: Draft, ups: list[tuple[str, Token]]) -> list[str]:
    """What makes a coded event doubtful even when its word is right: only a pronoun says who acts ("Il a
    ..."), it lies inside « » quotes or a conditional, it is a noun with no actor, or it only hangs on a
    reporting verb ("a déclaré que ...")."""
    tok = d.trig.tok
    out = []
    subj = _subject_heads(tok) if verb_class(tok) == "V" else []
    if subj and all(s.pos_ == "PRON" for s in subj):
        out.append("pronoun")
    before = d.sent.doc[d.sent.start : tok.i].text
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        out.append("guillemets")
    if any(
        "Cnd" in w.morph.get("Mood", [])
        for w in (tok, *(c for c in tok.children if c.dep_.startswith("aux")))
    ):
        out.append("conditional")
    if verb_class(tok) == "N" and d.trig.entry.pos != "V" and not d.source and not d.target:
        out.append("bare-noun")
    if not d.source and ups and ups[0][0] in ("ccomp", "parataxis"):
        out.append("reported")
    return out


def _stray_objects(tok: Token) -> list[Token]:
    """A verb's object the parser hung on the indirect object before it ("a transmis à ses homologues *des
    informations*", "a remis aux autorités *un suspect*"): a noun without a preposition (an article "des"
    aside) under that oblique."""
    return [
        n
        for c in tok.children
        if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and c.i > tok.i
        for n in c.children
        if n.dep_ == "nmod"
        and n.i > c.i
        and n.pos_ == "NOUN"
        and not any(x.dep_ == "case" and x.pos_ == "ADP" and x.lower_ != "des" for x in n.children)
    ]


def _of_case(tok: Token) -> bool:
    """A noun introduced by "de"/"of": the people or things a collective noun is made of."""
    return any(
        x.dep_ in ("case", "prep") and x.lower_ in ("de", "d'", "d’", "des", "of") for x in tok.children
    )


def _subject_heads(tok: Token) -> list[Token]:
    """Who does what a verb says, also for a verb coordinated with the one that carries the subject."""
    while not subjects(tok) and tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return [antecedent(s) or s for s in subjects(tok)]


def _pronoun_subject_of_noun(tok: Token) -> bool:
    """A French verb the tagger read as a noun ("qu'ils *boycotteraient*"): it has a personal pronoun subject."""
    return tok.lang_ == "fr" and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in SUBJECT_PRONOUNS_FR and c.i < tok.i
        for c in tok.children
    )


def _headline_predicate(tok: Token) -> bool:
    """A title's participle that tells what happened to the noun before it ("Nigeria : des élèves *enlevés* par
    des hommes armés", "le journal *privé* de sa licence"): no finite verb in the title."""
    sent = tok.sent
    if tok.lang_ != "fr" or tok.dep_ != "acl" or not headline(sent):
        return False
    return not any(
        "Fin" in w.morph.get("VerbForm", []) or w.tag_ in ("VBZ", "VBP", "VBD") for w in sent if w.i != tok.i
    )


def _headline_verb(tok: Token) -> bool:
    """A headline's verb tagged as a noun ("court *sentences* Navalny", "Taliban *vow* to attack"): a bare noun
    right after the noun that names the actor, heading the title or its subject when no verb governs it."""
    if tok.pos_ != "NOUN" or tok.lang_ != "en" or tok.i == 0:
        return False
    if tok.dep_ != "ROOT" and not (tok.dep_ == "nsubj" and tok.head.pos_ != "VERB"):
        return False
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in ("PROPN", "NOUN") or prev.tag_ == "POS" or prev.is_sent_end:
        return False
    if any(c.dep_ in ("det", "poss", "case", "nummod") for c in tok.children):
        return False
    return headline(tok.sent)


def _verb_forms(tok: Token) -> list[str]:
    """Base forms of a verb the tagger read as a noun: a headline's "sentences", "axes" -> "axe", "phones"; a French
    finite verb "boycotteraient" -> "boycotter"."""
    form = tok.lower_
    out = [form, tok.lemma_.lower()]
    if tok.lang_ == "fr":
        return out + [form[: -len(end)] + inf for end, inf in FINITE_ENDINGS_FR if form.endswith(end)]
    if form.endswith("es"):
        out += [form[:-1], form[:-2]]
    elif form.endswith("s"):
        out.append(form[:-1])
    return out


def _any_word(tok: Token) -> bool:
    return True


def _crowd_moves(tok: Token) -> bool:
    """Protesters moving in on a place ("les manifestants investissent le centre", "protesters occupy the
    airport", "thousands throng the avenue against the bill"), or a march gathering them ("le cortège a rassemblé
    200 000 manifestants"): their act is the demonstration, whatever the verb."""
    lemma = tok.lemma_.lower()
    if lemma not in GATHER_VERBS and lemma not in CROWD_MOTION_VERBS and lemma != "take" or is_passive(tok):
        return False
    if lemma in GATHER_VERBS:
        return any(_protesters(o) for o in objects(tok)) or any(
            s.lemma_.lower() in MARCH_NOUNS for s in subjects(tok)
        )
    if lemma == "take" and any(p == "to" and o.lemma_.lower() == "street" for p, o in prep_objects(tok)):
        return True  # "huge crowds take to Valencia streets"
    if lemma not in CROWD_MOTION_VERBS:
        return False
    if any(_protesters(s) for s in subjects(tok)):
        return True
    # "thousands throng the avenue against the bill": a crowd moving against something
    return any(s.lower_ in CROWD_COUNTS for s in subjects(tok)) and any(
        p in ("against", "contre") for p, _ in prep_objects(tok)
    )


def _protesters(s: Token) -> bool:
    return any(
        w.lemma_.lower() in PROTESTER_NOUNS or w.lower_.rstrip("s") in PROTESTER_NOUNS
        for w in (s, *(c for c in s.children if c.dep_ == "nmod"), *(o for _, o in prep_objects(s)))
    )


def _decided(tok: Token) -> bool:
    """An act a verb of decision announces ("announced they would boycott", "a décidé de boycotter")."""
    return any(a.lemma_.lower() in DECISION_VERBS for a in list(tok.ancestors)[:2])


def _span_of(tok: Token) -> Token | None:
    """The stretch of time an act is counted in: "the fourth *week* of a hunger strike", "le dixième *jour* de
    grève"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "on", "into"):
        span = tok.head.head  # "the fourth week of a hunger strike", "marks 100 days on hunger strike"
    elif tok.dep_ == "nmod" and case_words(tok) in ("de", "d'", "d’", "en"):
        span = tok.head
    else:
        return None
    return span if span.lemma_.lower() in SPAN_NOUNS and span.head.i != span.i else None


def _cared_for(tok: Token) -> bool:
    """A casualty noun that care is given to ("treats the wounded", "des milliers de blessés soignés"): the
    people, not an attack."""
    if verb_class(tok) != "N" and any(c.dep_ not in ("punct", "det", "amod") for c in tok.children):
        return False  # a participle with arguments of its own wounds someone: "wounded 40 people"
    head = tok
    for _ in range(3):  # "treats thousands of Gaza wounded": through the quantity and its "of"
        if head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in CARE_VERBS:
            return True
    return any(c.lemma_.lower() in CARE_VERBS for c in tok.children if c.dep_ in ("acl", "amod"))


def _container_of(tok: Token) -> Token | None:
    """The noun that counts an act out in batches ("une *vague* d'arrestations", "a *package* of aid"): it takes
    the act's place in the clause."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    if head.i == tok.i or head.lemma_.lower() not in CONTAINER_NOUNS:
        return None
    if tok.lang_ == "fr" and not (tok.dep_ == "nmod" and case_words(tok) in ("de", "d'", "d’")):
        return None
    return head


def _compound_of(tok: Token, rest: int) -> bool:
    """An English noun phrase whose first word modifies its last ("relief convoy", "asset freeze")."""
    return tok.dep_ == "compound" and tok.head.i == tok.i + rest


def _joint(tok: Token) -> bool:
    """ "a joint patrol", "une opération conjointe", "coordinated patrols", "une opération menée de concert": an
    act two forces do together."""
    if tok.lemma_.lower() not in JOINT_NOUNS:
        return False
    if tok.dep_ in ("obj", "dobj") and tok.head.i != tok.i and tok.head.pos_ == "VERB":
        # "les Forces armées royales et l'armée américaine ont entamé leurs manœuvres": two forces, one exercise
        doers = subjects(tok.head)
        if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for s in doers for c in s.children):
            return True
    mods = [*tok.children, *(g for c in tok.children if c.dep_ == "compound" for g in c.children)]
    return any(
        c.dep_ in ("amod", "acl")
        and (c.lemma_.lower() in JOINT_WORDS or c.lower_.rstrip("s") in JOINT_WORDS or _together(c))
        for c in mods
    )  # "joint air drills": the adjective may hang on the compound


def _main_clause_noun(d: Draft) -> bool:
    """A noun event that is an argument of its sentence's main verb, told as a fact (a title's bare noun, "Kirkuk
    bombing: report 3", is a kicker, not a report)."""
    tok = d.trig.tok
    if d.status != "occurred" or verb_class(tok) != "N":
        return False
    root = tok.sent.root
    return (
        tok.head.i == root.i
        and verb_class(root) == "V"
        and not headline(tok.sent)
        and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "obl:arg")
        and not is_negated(root)
        and not _is_future(root)
        # "les pourparlers devaient aboutir à un accord": what an act should do is no report of it
        and not _under_modal(root)
    )


def _prepositional(conj: Token, head: Token) -> bool:
    """A conjunct with a preposition its head lacks: a phrase the parser joined to the wrong word."""
    cases = {c.lower_ for c in conj.children if c.dep_ == "case"}
    return bool(cases) and not cases & {c.lower_ for c in head.children if c.dep_ == "case"}


def _under_pressure(tok: Token) -> bool:
    """An act its clause says was wrung out by pressure ("cédant à la pression de la rue", "sous la pression des
    agriculteurs", "under pressure from the unions"): a concession."""
    for w in tok.sent:
        if w.lemma_.lower() not in PRESSURE_WORDS:
            continue
        near = [w.head, *w.children, *(w.head.children if w.head.i != w.i else [])]
        if any(x.lemma_.lower() in YIELDING_WORDS or x.lower_ in YIELDING_WORDS for x in near):
            return True
    return False


def _verb_host(tok: Token) -> Token | None:
    """The verb a purpose clause belongs to, past a noun the parser hung it on ("ont tenté d'entrer au volant de
    leurs tracteurs pour protester" -> entrer)."""
    head = tok.head
    for _ in range(3):
        if head.i == tok.i or verb_class(head) == "V":
            break
        if head.head.i == head.i:
            return None
        head = head.head
    return head if head.i != tok.i and verb_class(head) == "V" else None


def _finite_indicative(tok: Token) -> bool:
    """A verb in a tense of its own ("a été extradé", "extradited"): a fact, not the complement of a demand."""
    for v in (tok, *(c for c in tok.children if c.dep_.startswith("aux"))):
        if "Ind" in v.morph.get("Mood", []) or v.tag_ in ("VBD", "VBZ", "VBP"):
            return True
    return False


def _together(tok: Token) -> bool:
    """An act done together: "ont démantelé *ensemble*", "menée *de concert*", "*jointly* raided"."""
    return any(
        c.lower_ in TOGETHER_WORDS
        and (c.lower_ != "concert" or case_words(c) == "de")
        # "a dissous l'ensemble des partis": the whole of them, no one acting together
        and not any(x.dep_ in ("det", "nmod") for x in c.children)
        for c in tok.children
        if c.dep_ in ("advmod", "obl:mod", "obl", "obj", "npadvmod")
    )


def _carries_aid(tok: Token) -> bool:
    """A convoy, truck or plane loaded with relief ("un convoi de l'Unicef chargé de kits d'hygiène", "trucks
    carrying food and medicine"): its arrival is aid delivered."""
    if tok.lemma_.lower() not in CARRIER_NOUNS and tok.lower_.rstrip("s") not in CARRIER_NOUNS:
        return False
    return any(
        c.dep_ in ("acl", "amod", "acl:relcl", "relcl")
        and c.lemma_.lower() in LOADING_VERBS
        and any(w.lemma_.lower() in AID_GOODS or w.lower_ in AID_GOODS for w in c.subtree if w.i != c.i)
        for c in tok.children
    )


def _helpers_arrive(tok: Token) -> bool:
    """Doctors, firefighters or rescuers arriving somewhere ("Cuban doctors arrive in Italy", "des secouristes
    algériens ont débarqué"): help sent is aid."""
    return (
        tok.lemma_.lower() in ARRIVAL_VERBS
        and not is_passive(tok)
        and any(
            w.lemma_.lower() in HELPER_WORDS or w.lower_.rstrip("s") in HELPER_WORDS
            for s in subjects(tok)
            for w in (s, *(c for c in s.children if c.dep_ in ("compound", "nmod", "amod")))
        )
    )


def _militia_forms(tok: Token) -> bool:
    """An armed group raised: "des milices d'autodéfense se sont constituées", "villagers set up vigilante
    groups"."""
    if tok.lemma_.lower() not in FORMING_VERBS and not (
        tok.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    ):
        return False
    formed = passive_subjects(tok) + objects(tok) + (subjects(tok) if has_reflexive(tok) else [])
    return any(
        w.lemma_.lower() in MILITIA_WORDS or w.lower_ in MILITIA_WORDS
        for f in formed
        for w in (f, *(c for c in f.children if c.dep_ in ("nmod", "amod", "compound")))
    )


def _child_starts(c: Token, rest: str) -> bool:
    """Whether a dependent opens with an entry's fixed words: "carry *out*", "put on *high* alert" (a preposition
    and its object without adjectives), "stopped *work*", "left 23 people *injured*"."""
    if _words_from(c.doc, c.left_edge.i).startswith(rest) or _object_starts(c, rest):
        return True
    if c.dep_ == "prep" and any(
        f"{c.lower_} {_object_words(p, bare=True)}".startswith(rest) for p in c.children if p.dep_ == "pobj"
    ):
        return True
    return c.dep_ in ("dobj", "obj") and any(_said_of(p, c, rest) for p in c.children)


def _after_particles(tok: Token, rest: str) -> list[str]:
    """The fixed words left once the verb's particle is matched: "hand over *weapons*", "shoot down *bill*"."""
    return [
        rest[len(c.lower_) + 1 :]
        for c in tok.children
        if c.dep_ in ("prt", "compound:prt") and rest.startswith(c.lower_ + " ")
    ]


def _object_starts(obj: Token, rest: str) -> bool:
    """Whether an object opens with a lexicon entry's fixed words, with or without its adjectives."""
    if obj.lang_ == "en" and obj.pos_ == "NOUN" and rest.strip() == obj.lemma_.lower():
        return True  # the fixed noun heads the object, whatever modifies it: "shoots down opposition reform bill"
    return _object_words(obj).startswith(rest) or _object_words(obj, bare=True).startswith(rest)


def _active_participle(tok: Token, entry: Entry) -> bool:
    """An English verb the tagger read as a participle of a reduced relative though its preposition has its own
    object, as only the active verb has ("rulers *called on* ECOWAS to lift ...", against "the talks called for
    by the UN")."""
    return bool(entry.rest) and any(
        c.dep_ == "prep" and c.lower_ == entry.rest[0] and any(p.dep_ == "pobj" for p in c.children)
        for c in tok.children
    )


def _clause_head(tok: Token) -> bool:
    """An English word tagged as an adjective, adverb or preposition that has a subject before it and an object
    after it, as only a verb has ("Gunmen *free* kidnapped miners", "EU leaders *back* Moldova's bid")."""
    return (
        tok.lang_ == "en"
        and tok.pos_ in ("ADJ", "ADV", "ADP")
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and any(c.dep_ in ("dobj", "pobj") and c.i > tok.i for c in tok.children)
    )  # "Nigerian doctors *down* tools": a preposition with a subject is a verb
