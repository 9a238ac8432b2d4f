"""Turns a generated portfolio into the planner benchmark's tasks and pots (used by plan.sh and plan-dense.sh).
Usage: python3 plan-portfolio.py RAW.geojson TASKS.geojson POTS.csv
The 14 pots of `generate` are split into 3 districts each: every funded task draws from its type's pot in its
district, and each pot gets per year twice its tasks' yearly average (at least twice its largest share, and at least
1.3 times what its tasks must spend in that year whatever their Monday start, plus its largest share)."""
import json, sys, collections, datetime as dt
def least_per_year(p):
    """Per year, the smallest share of the task's running days that any Monday start puts in that year."""
    es, le, dur = dt.date.fromisoformat(p["earliestStart"]), dt.date.fromisoformat(p["latestEnd"]), p["durationDays"]
    s = es + dt.timedelta(days=(7 - es.weekday()) % 7)
    least = None
    while s + dt.timedelta(days=dur - 1) <= le:
        e = s + dt.timedelta(days=dur - 1)
        share = {y: (min(e, dt.date(y, 12, 31)) - max(s, dt.date(y, 1, 1))).days + 1 for y in range(s.year, e.year + 1)}
        least = share if least is None else {y: min(least.get(y, 0), share.get(y, 0)) for y in least}
        s += dt.timedelta(days=7)
    return {y: v / dur for y, v in (least or {}).items() if v > 0}
raw, tasks_out, pots_out = sys.argv[1:4]
d = json.load(open(raw))
need = collections.defaultdict(float)
largest = collections.defaultdict(float)
forced = collections.defaultdict(float)
meta = {}
for i, f in enumerate(d["features"]):
    p = f["properties"]
    for share in p.get("funding", []):
        name = f"{share['pot']} district {i % 3 + 1}"
        share["pot"] = name
        need[name] += float(share["amount"])
        largest[name] = max(largest[name], float(share["amount"]))
        for year, least in least_per_year(p).items():
            forced[(name, year)] += float(share["amount"]) * least
        meta[name] = (p["owner"], p["type"])
json.dump(d, open(tasks_out, "w"))
with open(pots_out, "w") as out:
    out.write("pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\n")
    for name, total in sorted(need.items()):
        owner, typ = meta[name]
        for year in range(2026, 2036):
            out.write(f"{name},{owner},Wethouder {owner},{year},{round(max(total / 10 * 2, largest[name] * 2, forced[(name, year)] * 1.3 + largest[name]), 2)},,{typ},\n")
