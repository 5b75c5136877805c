"""Articles per second of `vigie extract`'s pipeline (clean, parse, extract) on the packaged Global Voices sample.

Pin it to one core to compare commits: `taskset -c 0 .venv/bin/python scripts/extract_speed.py`. Models load
and one warm-up pass runs before timing; the best of --repeat passes is printed.
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources

from vigie.config import Settings
from vigie.pipeline import Pipeline
from vigie.types import RawItem


def sample() -> list[RawItem]:
    """The Global Voices sample as the JSONL reader would give it (text, date and language declared)."""
    path = resources.files("vigie") / "data" / "samples" / "globalvoices_fr.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        RawItem(id=r["id"], text=r["text"], published=r.get("published"), lang=r.get("lang")) for r in rows
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    items = sample()
    pipeline = Pipeline(Settings())
    events = sum(1 for _ in pipeline.run(items))  # warm-up: models load, caches fill
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        events = sum(len(getattr(o, "events", ()) or ()) for o in pipeline.run(items))
        best = min(best, time.perf_counter() - start)
    print(
        f"{len(items)} articles, {events} events; best of {args.repeat}: {best:.2f} s, {len(items) / best:.2f} articles/s"
    )


if __name__ == "__main__":
    main()
