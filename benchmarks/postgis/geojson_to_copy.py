#!/usr/bin/env python3
"""Turns a task portfolio (GeoJSON in RD New, as `generate --crs rd` writes it) into PostgreSQL COPY text:
id, type, earliest start, latest end, geometry as hex EWKB (SRID 28992).

The coordinates go over as the same IEEE doubles the command line reads from the file (Python parses the decimal
text to the nearest double, as Java does, and WKB carries the double's bits), so PostGIS and the engine measure
the same geometries. Streams feature by feature: a million tasks need the file's text in memory, not its tree.
Usage: geojson_to_copy.py tasks.geojson > tasks.copy
"""
import json
import struct
import sys

TYPES = {"Point": 1, "LineString": 2, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5, "MultiPolygon": 6}
SRID_FLAG = 0x20000000


def points(coords):
    return struct.pack("<I", len(coords)) + b"".join(struct.pack("<dd", c[0], c[1]) for c in coords)


def body(kind, coords):
    if kind == "Point":
        return struct.pack("<dd", coords[0], coords[1])
    if kind == "LineString":
        return points(coords)
    if kind == "Polygon":
        return struct.pack("<I", len(coords)) + b"".join(points(ring) for ring in coords)
    part = kind[len("Multi"):]
    return struct.pack("<I", len(coords)) + b"".join(
        struct.pack("<BI", 1, TYPES[part]) + body(part, c) for c in coords)


def ewkb(geometry):
    kind = geometry["type"]
    return (struct.pack("<BII", 1, TYPES[kind] | SRID_FLAG, 28992) + body(kind, geometry["coordinates"])).hex()


def main(path):
    text = open(path, encoding="utf-8").read()
    crs = text.find('"urn:ogc:def:crs:EPSG::28992"')
    start = text.find('"features"')
    if crs < 0 or crs > start:
        sys.exit(path + ": not in RD New (generate it with --crs rd)")
    decoder = json.JSONDecoder()
    at = text.index("[", start) + 1
    out = sys.stdout
    while True:
        while text[at] in " \r\n\t,":
            at += 1
        if text[at] == "]":
            break
        feature, at = decoder.raw_decode(text, at)
        p = feature["properties"]
        g = feature.get("geometry")
        geom = ewkb(g) if g else "\\N"
        out.write(f'{p["id"]}\t{p["type"]}\t{p["earliestStart"]}\t{p["latestEnd"]}\t{geom}\n')


if __name__ == "__main__":
    main(sys.argv[1])
