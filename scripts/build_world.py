"""Build the offline world map of the web desk from the npm package `world-atlas` (Natural Earth, 1:110m).

Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz &&
       python scripts/build_world.py package/countries-110m.json src/vigie/web/static/world.geojson

Decodes the TopoJSON arcs into a compact GeoJSON FeatureCollection (coordinates rounded to 0.01 degree),
each country carrying its name and ISO 3166 alpha-3 code (from pycountry) so events can be counted per country.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pycountry


def _arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (delta-decoded and de-quantized)."""
    (kx, ky), (dx, dy) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for px, py in arc:
            x += px
            y += py
            points.append((round(x * kx + dx, 2), round(y * ky + dy, 2)))
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """One closed ring from arc indexes (a negative index ~i walks arc i backwards)."""
    ring: list[tuple[float, float]] = []
    for i in indexes:
        part = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(part[1:] if ring else part)
    clean = [list(p) for k, p in enumerate(ring) if k == 0 or p != ring[k - 1]]
    return clean


def _iso3(numeric: str | None) -> str | None:
    if not numeric:
        return None
    country = pycountry.countries.get(numeric=numeric.zfill(3))
    return country.alpha_3 if country else None


def convert(topo: dict[str, Any]) -> dict[str, Any]:
    """The countries object of a world-atlas topology as a GeoJSON FeatureCollection."""
    arcs = _arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") == "Polygon":
            coords: list[Any] = [[_ring(r, arcs) for r in g["arcs"]]]
        elif g.get("type") == "MultiPolygon":
            coords = [[_ring(r, arcs) for r in poly] for poly in g["arcs"]]
        else:
            continue
        name = g.get("properties", {}).get("name", "")
        features.append(
            {
                "type": "Feature",
                "properties": {"name": name, "iso3": _iso3(g.get("id"))},
                "geometry": {"type": "MultiPolygon", "coordinates": coords},
            }
        )
    return {
        "type": "FeatureCollection",
        "attribution": "Natural Earth 1:110m admin 0 countries (public domain), via world-atlas 2.0.2 (ISC)",
        "features": features,
    }


if __name__ == "__main__":
    src, dest = Path(sys.argv[1]), Path(sys.argv[2])
    data = convert(json.loads(src.read_text(encoding="utf-8")))
    dest.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"{len(data['features'])} countries written to {dest} ({dest.stat().st_size} bytes)")
