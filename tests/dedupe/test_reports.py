"""Integration: many reworded reports of one incident, look-alike incidents and the seed's translation, through
the real models, the store and the incident step."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from vigie import PIPELINE_VERSION
from vigie.dedupe.update import update
from vigie.pipeline import Processed
from vigie.store import Store
from vigie.types import RawItem

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed" / "article_fr.txt"

# One car bombing told twenty ways, as twenty outlets would: each builds its lead from its own choice of words,
# names the day by its publication day, adds its own details and orders them its own way.
SUBJECTS = [
    "A car bomb",
    "A booby-trapped car",
    "A vehicle packed with explosives",
    "An explosives-laden car",
]
VERBS = ["killed nine people", "left nine people dead", "killed at least nine civilians", "killed nine"]
WHERE = [
    "near a crowded market in Kirkuk, northern Iraq",
    "beside a busy market in the Iraqi city of Kirkuk",
    "close to a market in central Kirkuk",
    "at the entrance of a market in Kirkuk, Iraq",
    "near the main vegetable market of Kirkuk",
]
SAID = ["police said", "officials said", "a police officer told reporters", "security sources said", ""]
WOUNDED = [
    "The blast also wounded 23 people.",
    "Twenty-three people were wounded, according to the police.",
    "Hospital officials said 23 wounded had been admitted.",
    "The explosion also left 23 people injured, a health official said.",
]
DETAILS = [
    "Shop owners said the market had been reopened only a month earlier.",
    "The city has a mixed population of Kurds, Arabs and Turkmen.",
    "Residents described scenes of panic as smoke rose over the stalls.",
    "Traffic was diverted for several hours while investigators examined the wreckage.",
    "Ambulances ferried the victims to the city's two main hospitals.",
    "Windows of nearby buildings were shattered by the force of the explosion.",
    "Witnesses said the car had been parked there since the early morning.",
    "Kirkuk has been spared large attacks in recent months.",
    "Local television showed charred vehicles and scattered fruit crates.",
    "The provincial governor called an emergency meeting of security chiefs.",
]


def _when(day: date, published: date, rnd: random.Random) -> str:
    if published == day:
        return rnd.choice(["on Tuesday", "on March 12", "on Tuesday morning", "earlier on Tuesday"])
    if (published - day).days == 1:
        return rnd.choice(["on Tuesday", "on March 12", "yesterday"])
    return rnd.choice(["on Tuesday", "on March 12", "on Tuesday, March 12"])


def kirkuk_reports(n: int) -> list[RawItem]:
    """`n` independently worded reports of the bombing of Tuesday 12 March 2024, published over three days."""
    rnd = random.Random(5)
    day = date(2024, 3, 12)
    items = []
    for i in range(n):
        published = day + timedelta(days=i % 3)
        said = rnd.choice(SAID)
        lead = (
            f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} {_when(day, published, rnd)} "
            f"{rnd.choice(WHERE)}{', ' + said if said else ''}."
        )
        body = [lead, rnd.choice(WOUNDED), *rnd.sample(DETAILS, 3)]
        body = [body[0], *rnd.sample(body[1:], len(body) - 1)]
        text = f"Kirkuk bombing: report {i + 1}\n\n" + "\n\n".join(body)
        items.append(RawItem(f"kirkuk-{i:02d}", text=text, published=published.isoformat(), lang="en"))
    return items


def ingest(pipeline, store: Store, items: list[RawItem]) -> None:  # type: ignore[no-untyped-def]
    batch = [(o.article, o.events, o.quotes) for o in pipeline.run(items) if isinstance(o, Processed)]
    assert len(batch) == len(items)
    store.write_many(batch, PIPELINE_VERSION)
    update(store)


def assault_incidents(store: Store) -> list[dict]:  # type: ignore[type-arg]
    return store.incidents(types=["ASSAULT"], limit=None)


def test_twenty_reworded_reports_are_one_incident_with_twenty_sources(pipeline) -> None:  # type: ignore[no-untyped-def]
    with Store.open(":memory:") as store:
        ingest(pipeline, store, kirkuk_reports(20))
        incidents = assault_incidents(store)
        assert len(incidents) == 1, [(i["date"], i["n_reports"]) for i in incidents]
        bombing = incidents[0]
        assert bombing["n_articles"] == 20 and bombing["corroboration"] == 20
        assert bombing["date"] == "2024-03-12" and bombing["dead"] == 9 and bombing["injured"] == 23
        assert bombing["location"]["name"] == "Kirkuk"
        assert store.article_links() == []  # reworded reports are not copies


def test_look_alike_incidents_stay_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    items = [
        RawItem("a", text="A car bomb killed nine people near a market in Kirkuk, Iraq, on Tuesday, police said.",
                published="2024-03-12", lang="en"),
        RawItem("b", text="Nine people were killed on Tuesday when a car bomb exploded near a market in Kirkuk.",
                published="2024-03-12", lang="en"),
        # the same town a week later
        RawItem("c", text="A car bomb killed four people near a mosque in Kirkuk, Iraq, on Tuesday, police said.",
                published="2024-03-19", lang="en"),
        # the same day in another city
        RawItem("d", text="A car bomb killed nine people near a market in Mosul, Iraq, on Tuesday, police said.",
                published="2024-03-12", lang="en"),
        # two protests in one city on one day, by different groups
        RawItem("e", text="Thousands of teachers marched in Paris on Thursday to demand higher pay.",
                published="2025-03-13", lang="en"),
        RawItem("f", text="Des centaines d'agriculteurs ont manifesté jeudi à Paris contre la hausse du prix du gazole.",
                published="2025-03-13", lang="fr"),
    ]  # fmt: skip
    with Store.open(":memory:") as store:
        ingest(pipeline, store, items)
        bombings = {tuple(sorted(r["article_id"] for r in store.incident(i["incident_id"])["reports"]))  # type: ignore[index]
                    for i in assault_incidents(store)}  # fmt: skip
        assert bombings == {("a", "b"), ("c",), ("d",)}
        protests = store.incidents(types=["PROTEST"], limit=None)
        assert len(protests) == 2


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared")
def test_the_seed_and_its_english_original_are_linked_as_a_translation(pipeline) -> None:  # type: ignore[no-untyped-def]
    items = [
        RawItem("seed-en", text=(FIXTURES / "seed_en.txt").read_text(encoding="utf-8"), published="2021-04-08",
                lang="en"),
        RawItem("seed-fr", text=SEED.read_text(encoding="utf-8"), published="2021-04-08", lang="fr"),
    ]  # fmt: skip
    with Store.open(":memory:") as store:
        ingest(pipeline, store, items)
        links = store.article_links()
        assert [(x["a"], x["b"], x["kind"]) for x in links] == [("seed-en", "seed-fr", "translation")], links
        # a translation is one source: no incident counts the pair twice
        assert all(i["corroboration"] == 1 for i in store.incidents(limit=None))
