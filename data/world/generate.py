#!/usr/bin/env python3
"""Regenerates data/world/countries.tsv: simplified country shapes for `twin report`'s map.

Input: Natural Earth 4.1.0's 1:50m Admin 0 countries (public domain) as the TopoJSON that the
npm package world-atlas 2.0.2 ships (countries-50m.json), and Debian's iso-codes 4.15 table
(/usr/share/iso-codes/json/iso_3166-1.json) to turn its ISO 3166-1 numeric ids into alpha-2
codes. Get both with

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    apt-get install iso-codes
    python3 data/world/generate.py package/countries-50m.json > data/world/countries.tsv

What it does, so the output is small (about 100 KB) yet recognisable:
- each TopoJSON arc (a border shared by two countries, or a coast) is simplified once with
  Douglas-Peucker at TOLERANCE degrees, so neighbours keep one common border, no gaps;
- coordinates are rounded to 0.1 degree (stored as integers in tenths of a degree);
- rings smaller than MIN_AREA square degrees are dropped, except a country's largest one;
  a country too small to keep any ring keeps its point;
- a ring crossing the 180th meridian (Russia's Chukotka) is cut there into one ring on each
  side, so no ring runs across the whole map;
- Antarctica is left out (no group is there, and it takes a fifth of the map's height);
- French Guiana, Guadeloupe, Martinique, Réunion, Mayotte (in France's shape) and Svalbard
  (in Norway's) get their own ISO codes (SPLIT);
- Somaliland and N. Cyprus are drawn as part of Somalia and Cyprus; Kosovo and the other
  features without an ISO code are drawn as land with the key "--".

Each output line: alpha-2 code, TAB, the country's point "lon lat" (tenths of a degree; the
area centroid of its largest ring, or where that falls outside the ring, the middle of the
ring's widest span at the centroid's latitude — so France's point is in Europe, not between
Europe and French Guiana), TAB, its rings separated by ";", each ring "lon lat lon lat ...".
Lines are sorted by code, so the file is deterministic.
"""

import json
import sys

TOLERANCE = 0.12
MIN_AREA = 0.25
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
MERGED = {"Somaliland": "SO", "N. Cyprus": "CY"}
LEFT_OUT = {"AQ"}
# Territories that Natural Earth draws as part of another country but ISO 3166-1 codes apart
# (a group in Réunion may give RE): the parent's rings whose centroid falls in the box
# (lon min, lon max, lat min, lat max) become the territory's.
SPLIT = {
    "FR": {
        "GF": (-55, -51, 2, 6.5),
        "GP": (-62, -60.9, 15.8, 16.6),
        "MQ": (-61.3, -60.7, 14.3, 15),
        "RE": (55, 56, -21.5, -20.8),
        "YT": (44.9, 45.4, -13.1, -12.5),
    },
    "NO": {"SJ": (10, 35, 74, 81)},
}


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def douglas_peucker(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring_points(ring, arcs):
    out = []
    for i in ring:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(arc if not out else arc[1:])
    return out


def area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2


def centroid(ring):
    a = area(ring)
    if a == 0:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return cx / (6 * a), cy / (6 * a)


def crossings(ring, y):
    xs = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y):
            xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    return sorted(xs)


def inside(ring, x, y):
    return sum(1 for c in crossings(ring, y) if c < x) % 2 == 1


def point_of(ring):
    x, y = centroid(ring)
    if inside(ring, x, y):
        return x, y
    xs = crossings(ring, y)
    spans = [(b - a, (a + b) / 2) for a, b in zip(xs[::2], xs[1::2])]
    if spans:
        return max(spans)[1], y
    return x, y


def clip(ring, keep):
    """Sutherland-Hodgman: the part of `ring` where keep(x) >= 0 (keep is linear in x)."""
    out = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        k1, k2 = keep(x1), keep(x2)
        if k1 >= 0:
            out.append((x1, y1))
        if (k1 >= 0) != (k2 >= 0):
            t = k1 / (k1 - k2)
            out.append((x1 + t * (x2 - x1), y1 + t * (y2 - y1)))
    return out


def split_at_antimeridian(ring):
    """A ring crossing 180 degrees (Russia's Chukotka) as one ring on each side."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(ring, ring[1:] + ring[:1])):
        return [ring]
    unwrapped = [ring[0]]
    for x, y in ring[1:]:
        px = unwrapped[-1][0]
        while x - px > 180:
            x -= 360
        while px - x > 180:
            x += 360
        unwrapped.append((x, y))
    middle = clip(clip(unwrapped, lambda x: 180 - x), lambda x: x + 180)
    east = [(x - 360, y) for x, y in clip(unwrapped, lambda x: x - 180)]
    west = [(x + 360, y) for x, y in clip(unwrapped, lambda x: -180 - x)]
    return [r for r in (middle, east, west) if len(r) >= 3]


def tenths(v):
    return int(round(v * 10))


def dedupe(ring):
    out = []
    for p in ring:
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def main():
    topo = json.load(open(sys.argv[1]))
    numeric = {c["numeric"]: c["alpha_2"] for c in json.load(open(ISO))["3166-1"]}
    arcs = [douglas_peucker(a, TOLERANCE) for a in decode_arcs(topo)]
    countries = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        code = MERGED.get(name) or numeric.get(g.get("id"), "--")
        if code in LEFT_OUT:
            continue
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = countries.setdefault(code, [])
        for polygon in polygons:
            # The outer ring only: holes (lakes, enclaves) are drawn by the country inside.
            ring = [(p[0], p[1]) for p in ring_points(polygon[0], arcs)]
            rings.extend(split_at_antimeridian(ring))
    for parent, parts in SPLIT.items():
        for r in list(countries[parent]):
            x, y = centroid(r)
            for code, (x0, x1, y0, y1) in parts.items():
                if x0 <= x <= x1 and y0 <= y <= y1:
                    countries[parent].remove(r)
                    countries.setdefault(code, []).append(r)
    for code in sorted(countries):
        rings = countries[code]
        largest = max(rings, key=lambda r: abs(area(r)))
        px, py = point_of(largest) if code != "--" else (0, 0)
        kept = []
        for r in rings:
            small = abs(area(r)) < MIN_AREA
            if small and r is not largest:
                continue
            q = dedupe([(tenths(x), tenths(y)) for x, y in r])
            if len(q) >= 3:
                kept.append(q)
        text = ";".join(" ".join(f"{x} {y}" for x, y in r) for r in kept)
        print(f"{code}\t{tenths(px)} {tenths(py)}\t{text}")


main()
