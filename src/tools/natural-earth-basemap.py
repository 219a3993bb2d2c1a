#!/usr/bin/env python3
"""Converts Natural Earth's countries (1:50m) from the npm package world-atlas (TopoJSON) into the
GeoJSON basemap of the workbench's map, src/main/resources/workbench/basemap/countries-50m.geojson.

Run once, when the basemap is to be replaced:
    curl -sSfO https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz
    tar xzf world-atlas-2.0.2.tgz
    python3 src/tools/natural-earth-basemap.py package/countries-50m.json \
        src/main/resources/workbench/basemap/countries-50m.geojson
Standard library only: TopoJSON arcs are delta-encoded and quantised; this decodes them, joins each
polygon's arcs into rings and writes longitude, latitude pairs rounded to 3 decimals (about 100 m).
"""
import json
import sys


def decode_arcs(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * scale[0] + translate[0], 3), round(y * scale[1] + translate[1], 3)))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def main(source, target):
    with open(source, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = []
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        rings = [[ring(arcs, r) for r in polygon] for polygon in polygons]
        if rings:
            features.append({"type": "Feature",
                             "properties": {"name": geometry.get("properties", {}).get("name", "")},
                             "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    with open(target, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection",
                   "source": "Natural Earth 1:50m countries (public domain) via npm world-atlas 2.0.2 (ISC)",
                   "features": features}, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
