"""Articles per second of `vigie extract`'s pipeline (clean, parse, extract) on the packaged Global Voices sample.

Pin it to one core to compare commits: `taskset -c 0 .venv/bin/python scripts/extract_speed.py`. Models load
and one warm-up pass runs before timing; the best of --repeat passes is printed.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources

from vigie.config import Settings
from vigie.ingest import iter_items
from vigie.pipeline import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    sample = resources.files("vigie") / "data" / "samples" / "globalvoices_fr.jsonl"
    # read as `vigie extract --jsonl` reads it: text, date and language as declared
    items = list(iter_items([str(sample)], jsonl=True, settings=settings))
    pipeline = Pipeline(settings)
    list(pipeline.run(items))  # warm-up: models load, caches fill
    best, events = float("inf"), 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        events = sum(len(getattr(o, "events", ()) or ()) for o in pipeline.run(items))
        best = min(best, time.perf_counter() - start)
    print(
        f"{len(items)} articles, {events} events; best of {args.repeat}: {best:.2f} s, {len(items) / best:.2f} articles/s"
    )


if __name__ == "__main__":
    main()
