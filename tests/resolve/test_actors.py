"""Actor resolution: gazetteer hits, countries and capitals, generic descriptors, unknown names, user overrides."""

from __future__ import annotations

import csv
import time

import pycountry
import pytest

from vigie.resolve.actors import KINDS, ActorResolver
from vigie.resolve.gazetteer import countries, fr_forms, norm, read_rows

_TIMES: dict[str, float] = {}


@pytest.fixture(scope="module")
def actors() -> ActorResolver:
    t0 = time.perf_counter()
    resolver = ActorResolver.load()
    _TIMES["load"] = time.perf_counter() - t0
    return resolver


def test_load_and_resolve_time(actors: ActorResolver, capsys: pytest.CaptureFixture[str]) -> None:
    t0 = time.perf_counter()
    for _ in range(200):
        actors.resolve("le commandant adjoint de la Force Qods, Brig. Le général Mohammad Hejazi", "fr")
    per = (time.perf_counter() - t0) / 200 * 1000
    with capsys.disabled():
        print(f"\nActorResolver.load: {_TIMES['load']:.2f} s; resolve (long phrase): {per:.3f} ms")
    assert _TIMES["load"] < 10 and per < 50


@pytest.mark.parametrize(
    ("text", "lang", "kind", "country", "name"),
    [
        ("des soldats américains", "fr", "military", "USA", "US military"),
        ("Les forces américaines", "fr", "military", "USA", "US military"),
        ("les troupes américaines", "fr", "military", "USA", "US military"),
        ("American troops", "en", "military", "USA", "US military"),
        ("un membre des services américains", "fr", "military", "USA", "US military"),
        ("les milices chiites", "fr", "militia", None, "Shia militia"),
        ("le président Biden", "fr", "person", "USA", "Joe Biden"),
        ("Trump", "fr", "person", "USA", "Donald Trump"),
        ("Bagdad", "fr", "government", "IRQ", "Iraqi government"),
        ("Washington", "fr", "government", "USA", "US government"),
        ("un entrepreneur civil", "fr", "civilians", None, "civilians"),
        ("des manifestants", "fr", "civilians", None, "protesters"),
        ("des manifestants irakiens", "fr", "civilians", "IRQ", "Iraqi protesters"),
        ("les forces de sécurité irakiennes", "fr", "police", "IRQ", "Iraqi Security Forces"),
        ("la police irakienne", "fr", "police", "IRQ", "Iraqi police"),
        ("le gouvernement irakien", "fr", "government", "IRQ", "Iraqi government"),
        (
            "le porte-parole du ministère irakien des Affaires étrangères",
            "fr",
            "government",
            "IRQ",
            "Iraqi government",
        ),
        ("l'administration Biden", "fr", "government", "USA", "US government"),
        ("des miliciens pro-iraniens", "fr", "militia", None, "militia (Iran-backed)"),
        ("Les milices chiites soutenues par l'Iran", "fr", "militia", None, "Shia militia (Iran-backed)"),
        ("Iran-backed militias", "en", "militia", None, "militia (Iran-backed)"),
        ("l'agence de presse iranienne Mehr", "fr", "media", "IRN", "Mehr News Agency"),
        ("les Etats-Unis", "fr", "state", "USA", "United States"),
        ("Royaume-Uni", "fr", "state", "GBR", "United Kingdom"),
        ("U.S.", "en", "state", "USA", "United States"),
        ("Corée du Nord", "fr", "state", "PRK", "North Korea"),
        ("RDC", "fr", "state", "COD", "Democratic Republic of the Congo"),
        ("the militants", "en", "rebel", None, "militants"),
        ("les militants", "fr", "civilians", None, "activists"),
    ],
)
def test_resolve(
    actors: ActorResolver, text: str, lang: str, kind: str, country: str | None, name: str
) -> None:
    a = actors.resolve(text, lang)
    assert (a.kind, a.country, a.name) == (kind, country, name)
    assert a.text == text


def test_head_and_modifiers(actors: ActorResolver) -> None:
    a = actors.resolve("des soldats", "fr", head="soldat", modifiers=["américain"])
    assert (a.kind, a.country, a.id) == ("military", "USA", "military:USA")
    a = actors.resolve("les forces", "fr", head="force", modifiers=["sécurité", "irakien"])
    assert (a.kind, a.country) == ("police", "IRQ")
    a = actors.resolve("une milice", "fr", head="milice", modifiers=["pro-iranien"])
    assert (a.kind, a.country, a.name) == ("militia", None, "militia (Iran-backed)")


@pytest.mark.parametrize(
    ("texts", "actor_id", "country"),
    [
        (["l'Etat islamique", "Daech", "ISIS", "l'EI", "Islamic State militants"], "org:islamic-state", None),
        (["la Force iranienne Qods", "the Quds Force", "Force Qods"], "org:quds-force", "IRN"),
        (["Kata'ib Hezbollah (KH)", "KH", "Kataib Hezbollah"], "org:kataib-hezbollah", "IRQ"),
        (["le Commandement central américain", "CENTCOM", "US Central Command"], "org:centcom", "USA"),
        (["Biden", "Joe Biden", "President Joe Biden"], "person:joe-biden", "USA"),
        (["Poutine", "Vladimir Putin", "Russian President Vladimir Putin"], "person:vladimir-putin", "RUS"),
        (["l'ONU", "UN", "the United Nations", "Nations unies"], "org:un", None),
    ],
)
def test_same_actor_many_names(
    actors: ActorResolver, texts: list[str], actor_id: str, country: str | None
) -> None:
    for text in texts:
        a = actors.resolve(text, "fr" if "'" in text or text.islower() else "en")
        assert (a.id, a.country) == (actor_id, country), text


def test_centcom_is_us_military(actors: ActorResolver) -> None:
    a = actors.resolve("le Commandement central américain", "fr")
    assert (a.name, a.kind, a.country) == ("US Central Command", "military", "USA")


def test_acronyms_need_capitals(actors: ActorResolver) -> None:
    assert actors.resolve("IS", "en").id == "org:islamic-state"
    assert actors.resolve("is", "en").id is None
    assert actors.resolve("US", "en").country == "USA"
    assert actors.resolve("us", "en").country is None


def test_person_with_title_and_organisation(actors: ActorResolver) -> None:
    a = actors.resolve("le commandant de la Force iranienne Qods Qassem Soleimani", "fr")
    assert (a.name, a.kind, a.id, a.country) == (
        "Qassem Soleimani",
        "person",
        "person:qassem-soleimani",
        "IRN",
    )
    a = actors.resolve("le commandant adjoint de la Force Qods, Brig. Le général Mohammad Hejazi", "fr")
    assert (a.name, a.kind, a.id, a.country) == ("Mohammad Hejazi", "person", None, "IRN")
    a = actors.resolve("Le porte-parole du ministère irakien des Affaires étrangères, Ahmed al-Sahaf", "fr")
    assert (a.name, a.kind, a.country) == ("Ahmed al-Sahaf", "person", "IRQ")


def test_unknown_names(actors: ActorResolver) -> None:
    a = actors.resolve("le Gulf Policy Research Institute (GPRI)", "fr")
    assert (a.name, a.kind, a.id) == ("Gulf Policy Research Institute", "other", None)
    a = actors.resolve("Ahmed al-Sahaf", "fr")
    assert (a.name, a.kind, a.id, a.country) == ("Ahmed al-Sahaf", "person", None, None)
    # a known surname or country inside another name does not win
    assert actors.resolve("Hunter Biden", "en").id is None
    assert actors.resolve("Jordan Bardella", "fr").country is None


def test_compound_adjective_gives_both_countries(actors: ActorResolver) -> None:
    all_ = actors.resolve_all("les forces américano-irakiennes", "fr")
    assert [(a.kind, a.country) for a in all_] == [("military", "USA"), ("military", "IRQ")]
    assert actors.resolve("les forces américano-irakiennes", "fr").country == "USA"


def test_trailing_parenthesis(actors: ActorResolver) -> None:
    a = actors.resolve("des États-Unis (Image: MEMRI)", "fr")
    assert (a.id, a.text) == ("state:USA", "des États-Unis (Image: MEMRI)")


def test_offsets_and_lookup(actors: ActorResolver) -> None:
    a = actors.resolve("Daech", "fr", start=10, end=15)
    assert (a.start, a.end) == (10, 15)
    assert actors.lookup("Daech") is not None and actors.is_known("Hezbollah")
    assert actors.lookup("des soldats américains") is None  # generic phrases are not gazetteer hits
    assert actors.lookup("irakienne").country == "IRQ"  # type: ignore[union-attr]
    assert not actors.is_known("Zulfiqar")


def test_user_file_overrides_shipped_entry(tmp_path) -> None:
    user = tmp_path / "mine.csv"
    with user.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "kind", "country", "role", "aliases"])
        w.writerow(["org:islamic-state", "ISIS (Daesh)", "rebel", "SYR", "", "Daech|Organisation EI"])
        w.writerow(["org:zulfiqar", "Zulfiqar Forces", "militia", "IRQ", "", "Zulfiqar|Forces Zulfiqar"])
    r = ActorResolver.load([str(user)])
    a = r.resolve("Daech", "fr")
    assert (a.id, a.name, a.country) == ("org:islamic-state", "ISIS (Daesh)", "SYR")
    assert r.resolve("Organisation EI", "fr").id == "org:islamic-state"
    assert r.resolve("ISIS", "en").id is None  # the override replaced the shipped aliases
    assert r.resolve("les Forces Zulfiqar", "fr").id == "org:zulfiqar"


def test_norm() -> None:
    assert norm("l’État  islamique ") == "etat islamique"
    assert norm("Les États-Unis.") == "etats unis"
    assert norm("U.S.") == "us"
    assert fr_forms("irakien") == ["irakien", "irakienne", "irakiens", "irakiennes"]
    assert fr_forms("turc/turque") == ["turc", "turque", "turcs", "turques"]


def test_data_files_are_consistent() -> None:
    rows = read_rows("countries.csv")
    assert len(rows) == 198 and len({r["iso3"] for r in rows}) == 198
    for r in rows:
        assert r["iso3"] == "XKX" or pycountry.countries.get(alpha_3=r["iso3"]), r["iso3"]
        assert r["name"] and r["capital"], r["iso3"]
    table = countries()
    assert sum(1 for c in table.by_iso3.values() if c.member and c.demonyms_en) >= 190
    assert sum(1 for c in table.by_iso3.values() if c.member and c.demonyms_fr) >= 190
    ids: set[str] = set()
    for r in read_rows("actors.csv"):
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["kind"] in KINDS and r["aliases"], r["id"]
        assert not r["country"] or r["country"] in table.by_iso3, r["id"]
    assert sum(1 for i in ids if i.startswith("person:")) >= 60


@pytest.mark.parametrize(
    ("text", "lang", "actor_id", "country"),
    [
        ("Saddam Hussein", "fr", "person:saddam-hussein", "IRQ"),
        ("U.N. Secretary-General Kofi Annan", "en", "person:kofi-annan", None),
        ("le président déchu Ben Ali", "fr", "person:zine-el-abidine-ben-ali", "TUN"),
        ("President Abdelaziz Bouteflika", "en", "person:abdelaziz-bouteflika", "DZA"),
        ("le roi Abdallah II de Jordanie", "fr", "person:king-abdullah-ii", "JOR"),
        ("Jordan's visiting King Abdullah II", "en", "person:king-abdullah-ii", "JOR"),
        ("Le président Saleh", "fr", "person:ali-abdullah-saleh", "YEM"),
        ("Israeli right-winger Ariel Sharon", "en", "person:ariel-sharon", "ISR"),
        ("Boris Eltsine", "fr", "person:boris-yeltsin", "RUS"),
        ("Taliban leader Mullah Omar", "en", "person:mullah-omar", "AFG"),
        ("l'OIT", "fr", "org:ilo", None),
        ("The International Labor Office", "en", "org:ilo", None),
        ("The Asia-Pacific Economic Cooperation (APEC) forum", "en", "org:apec", None),
        ("the Liberation Tigers of Tamil Eelam", "en", "org:ltte", "LKA"),
        ("Al Quaïda", "fr", "org:al-qaeda", None),
        ("les Tigres tamouls", "fr", "org:ltte", "LKA"),
        ("les rebelles du M23", "fr", "org:m23", "COD"),
    ],
)
def test_gazetteer_heads_and_armed_groups(
    actors: ActorResolver, text: str, lang: str, actor_id: str, country: str | None
) -> None:
    a = actors.resolve(text, lang)
    assert (a.id, a.country) == (actor_id, country), text


@pytest.mark.parametrize(
    ("text", "lang", "actor_id", "kind", "country"),
    [
        ("French warships", "en", "military:FRA", "military", "FRA"),
        ("Russian aircraft", "en", "military:RUS", "military", "RUS"),
        ("Israeli helicopters and tanks", "en", "military:ISR", "military", "ISR"),
        ("des chars israéliens", "fr", "military:ISR", "military", "ISR"),
        ("Israeli fighter jets", "en", "military:ISR", "military", "ISR"),
        ("U.S. border patrol agents", "en", "police:USA", "police", "USA"),
        ("Israeli intelligence", "en", "government:ISR", "government", "ISR"),
        ("les services de renseignement syriens", "fr", "government:SYR", "government", "SYR"),
        ("la justice égyptienne", "fr", "government:EGY", "government", "EGY"),
        ("Israel's high court", "en", "government:ISR", "government", "ISR"),
        ("Latvian Constitutional Court", "en", "government:LVA", "government", "LVA"),
        ("l'équipe de négociation irakienne", "fr", "government:IRQ", "government", "IRQ"),
        ("Belarus's rulers", "en", "government:BLR", "government", "BLR"),
        ("Afghan guerillas", "en", None, "rebel", "AFG"),
        ("des mercenaires étrangers", "fr", None, "militia", None),
        ("Two Palestinian suicide bombers", "en", None, "rebel", "PSE"),
    ],
)
def test_descriptor_words(
    actors: ActorResolver, text: str, lang: str, actor_id: str | None, kind: str, country: str | None
) -> None:
    a = actors.resolve(text, lang)
    assert (a.id, a.kind, a.country) == (actor_id, kind, country), text


def test_ethnic_group_nouns_are_people_not_states(actors: ActorResolver) -> None:
    a = actors.resolve("Iraqi Kurds", "en")
    assert (a.id, a.kind, a.country, a.name) == (None, "civilians", "IRQ", "Iraqi Kurds")
    assert actors.resolve("les chiites irakiens", "fr").name == "Iraqi Shiites"
    # an ethnic adjective before a head stays a qualifier
    a = actors.resolve("Kurdish fighters", "en")
    assert (a.kind, a.name) == ("rebel", "Kurdish fighters")
    assert actors.resolve("Shiite militias", "en").name == "Shia militia"


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        ("le journaliste Sultan Al Qassemi", "fr", "Sultan Al Qassemi", None),
        ("L'acteur George Clooney", "fr", "George Clooney", None),
        ("Archbishop Desmond Tutu", "en", "Desmond Tutu", None),
        ("U.S. negotiator Paul Nitze", "en", "Paul Nitze", "USA"),
        ("British Defence Secretary Tom King", "en", "Tom King", "GBR"),
        ("South African leader F.W. de Klerk", "en", "F.W. de Klerk", "ZAF"),
        ("l'avocat égyptien Ahmed Seif", "fr", "Ahmed Seif", "EGY"),
    ],
)
def test_titles_and_professions_give_a_person(
    actors: ActorResolver, text: str, lang: str, name: str, country: str | None
) -> None:
    a = actors.resolve(text, lang)
    assert (a.id, a.kind, a.name, a.country) == (None, "person", name, country), text


def test_profession_words_alone_stay_generic(actors: ActorResolver) -> None:
    a = actors.resolve("des journalistes syriens", "fr")
    assert (a.kind, a.country, a.name) == ("media", "SYR", "Syrian journalists")
    assert actors.resolve("the journalist", "en").kind == "media"


def test_title_word_used_as_adjective(actors: ActorResolver) -> None:
    a = actors.resolve("official Syrian newspaper", "en")
    assert (a.id, a.kind, a.country) == (None, "media", "SYR")
    # a title after its institution keeps the institution
    assert actors.resolve("Israeli army spokesman", "en").id == "military:ISR"


def test_state_named_with_an_adjective(actors: ActorResolver) -> None:
    assert actors.resolve("les États-Unis criminels", "fr").id == "state:USA"
    assert actors.resolve("war-torn Syria", "en").id == "state:SYR"
    # a country inside a longer phrase is not its head
    assert actors.resolve("air links with Serbia", "en").id is None
    assert actors.resolve("Iran hackers", "en").id is None


def test_place_after_locative_is_not_a_name(actors: ActorResolver) -> None:
    a = actors.resolve("Palestinian police in Jericho", "en")
    assert (a.id, a.kind, a.country) == ("police:PSE", "police", "PSE")


def test_region_gives_the_country_without_a_national_id(actors: ActorResolver) -> None:
    for text in ("Darfur rebels", "rebels in Darfur", "les rebelles du Darfour"):
        a = actors.resolve(text, "fr" if "Darfour" in text else "en")
        assert (a.kind, a.country) == ("rebel", "SDN"), text
    a = actors.resolve("Tigray forces", "en")
    assert (a.id, a.kind, a.country, a.name) == (None, "military", "ETH", "Tigray forces")
    assert actors.resolve("Gaza militants", "en").country == "PSE"
    assert actors.resolve("Paris Hilton", "en").country is None


def test_nationality_patron_and_opponent(actors: ActorResolver) -> None:
    a = actors.resolve("Palestinian armed groups", "en")
    assert (a.kind, a.country, a.name) == ("rebel", "PSE", "Palestinian armed group")
    assert actors.resolve("Iran-backed militias", "en").name == "militia (Iran-backed)"
    assert actors.resolve("Iranian armed forces", "en").id == "military:IRN"
    a = actors.resolve("A prominent anti-Syria journalist", "en")
    assert (a.kind, a.country, a.name) == ("media", None, "journalists")
    assert actors.resolve("anti-NATO protesters", "en").id is None
    # against a leader, still of the leader's country
    assert actors.resolve("un rebelle anti-Kadhafi", "fr").country == "LBY"


def test_which_named_entity_heads_the_phrase(actors: ActorResolver) -> None:
    assert actors.resolve("NATO-member Norway", "en").id == "state:NOR"
    assert actors.resolve("la Norvège, membre de l'OTAN", "fr").id == "state:NOR"
    assert actors.resolve("the UN refugee agency, UNHCR", "en").id == "org:unhcr"
    assert actors.resolve("the UN refugee agency", "en").id == "org:unhcr"
    assert actors.resolve("the peacekeeping force in Lebanon (UNIFIL)", "en").id == "org:unifil"
    assert actors.resolve("Hezbollah, Hamas", "en").id == "org:hezbollah"  # a list: the first
    a = actors.resolve("Suharto's government", "en")
    assert (a.id, a.kind) == ("government:IDN", "government")


def test_forces_of_an_unknown_group_are_a_militia(actors: ActorResolver) -> None:
    a = actors.resolve("Les forces de Zulfiqar", "fr")
    assert (a.id, a.kind, a.country) == (None, "militia", None)
    assert actors.resolve("les forces de Kadhafi", "fr").id == "military:LBY"


def test_misspelt_demonym_or_given_name(actors: ActorResolver) -> None:
    assert actors.resolve("l'Egytien Moubarak", "fr").id == "person:hosni-mubarak"
    assert actors.resolve("l'ayatollah Alik Khamenei", "fr").id == "person:ali-khamenei"
    # another given name is another person
    assert actors.resolve("Jill Biden", "en").id is None
    assert actors.resolve("Chelsea Clinton", "en").id is None


def test_region_data() -> None:
    table = countries()
    for r in read_rows("countries.csv"):
        for name in r["regions"].split("|") if r["regions"] else ():
            assert name.strip() and table.names.get(name) is None, (r["iso3"], name)
    persons = [r for r in read_rows("actors.csv") if r["id"].startswith("person:")]
    assert len(persons) >= 300 and all(r["role"] for r in persons)


@pytest.mark.parametrize(("text", "iso"), [("Hong Kong", "HKG"), ("Puerto Rico", "PRI"), ("Macao", "MAC")])
def test_territory_without_state_entry(actors: ActorResolver, text: str, iso: str) -> None:
    """A territory with a country code of its own but no state entry still resolves, to itself."""
    for lang in ("en", "fr"):
        actor = actors.resolve(text, lang)
        assert (actor.country, actor.kind, actor.name) == (iso, "state", text)
