"""Issue #3's speed benchmark, Python side (run through ../agreement.sh, with Debian's /usr/bin/python3).

Times NLTK's Krippendorff's alpha and statsmodels' Fleiss' kappa on the CSV files AgreementBench wrote, prints
them beside AgreementBench's figures (dotnet.json) and exits 1 when a value differs by more than 1e-9.
    /usr/bin/python3 compare.py DIR [RUNS]
"""
import csv
import gc
import json
import statistics
import sys
import time

import numpy as np
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance, interval_distance
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

TOLERANCE = 1e-9
directory = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
with open(f"{directory}/dotnet.json") as f:
    ours = json.load(f)


def read(name):
    """(coder, unit, value) triples, as NLTK takes them; a missing rating has no row. Values are ints so
    that NLTK's interval distance, (a - b)^2, applies; binary distance treats them as labels."""
    with open(f"{directory}/{name}", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        return [(coder, unit, int(value)) for unit, coder, value in rows]


def timed(steps):
    """Runs the steps in order, passing each one's result to the next, once to warm up and then `runs` times,
    each after a full collection (as AgreementBench does). Returns the final value and, per step and for
    all steps together, (min, median) in ms."""
    def once():
        value, laps = None, []
        for step in steps:
            start = time.perf_counter()
            value = step(value)
            laps.append((time.perf_counter() - start) * 1000)
        return value, laps + [sum(laps)]

    once()
    measured = []
    for _ in range(runs):
        gc.collect()
        value, laps = once()
        measured.append(laps)
    return value, [(min(column), statistics.median(column)) for column in zip(*measured)]


def nltk_alpha(data, distance):
    return timed([lambda _: AnnotationTask(data=data, distance=distance), lambda task: task.alpha()])


# Same method first: the Krippendorff (2011) example, whose unit 12 has a single value (unpairable).
example = read("example.csv")
checks = [
    ("example alpha nominal", AnnotationTask(data=example).alpha(), ours["example_alpha_nominal"]),
    ("example alpha interval", AnnotationTask(data=example, distance=interval_distance).alpha(), ours["example_alpha_interval"]),
]

a = read("a.csv")
alpha_nominal, (nominal_build, nominal_alpha, nominal_total) = nltk_alpha(a, binary_distance)
alpha_interval, (interval_build, interval_alpha, interval_total) = nltk_alpha(a, interval_distance)

# statsmodels takes a units x coders array: pivot the long rows (not timed; a caller's own step).
b = read("b.csv")
units = {u: i for i, u in enumerate(dict.fromkeys(u for _, u, _ in b))}
coders = {c: i for i, c in enumerate(dict.fromkeys(c for c, _, _ in b))}
wide = np.zeros((len(units), len(coders)), dtype=int)
for coder, unit, value in b:
    wide[units[unit], coders[coder]] = value
kappa, (aggregate, kappa_only, kappa_total) = timed([lambda _: aggregate_raters(wide)[0], fleiss_kappa])

checks += [
    ("alpha nominal", alpha_nominal, ours["alpha_nominal"]),
    ("alpha interval", alpha_interval, ours["alpha_interval"]),
    ("Fleiss' kappa", kappa, ours["fleiss"]),
]

t = ours["times_ms"]
fmt = lambda ms: f"{ms[0]:9.2f} {ms[1]:9.2f}"
print(f"NLTK {__import__('nltk').__version__}, statsmodels {__import__('statsmodels').__version__}, "
      f"Python {sys.version.split()[0]}: {runs} runs after 1 warm-up, each after gc.collect(); ms as min, median")
print(f"A: {len(a):,} ratings; B: {len(b):,} ratings ({len(units):,} units x {len(coders)} coders)")
print(f"  NLTK AnnotationTask(data=A)            {fmt(nominal_build)}")
print(f"  NLTK .alpha() nominal                  {fmt(nominal_alpha)}")
print(f"  NLTK .alpha() interval                 {fmt(interval_alpha)}")
print(f"  statsmodels aggregate_raters(B)        {fmt(aggregate)}")
print(f"  statsmodels fleiss_kappa(table)        {fmt(kappa_only)}")
print()
print("values (full precision)")
print(f"  {'':24}{'SibReview':>22}{'NLTK / statsmodels':>22}{'|difference|':>14}")
failed = False
for name, theirs, mine in checks:
    difference = abs(theirs - mine)
    failed |= difference > TOLERANCE
    print(f"  {name:24}{mine:22.17g}{theirs:22.17g}{difference:14.1e}{'' if difference <= TOLERANCE else '  > 1e-9'}")
print()
print("speed, medians in ms (ratio = their time / ours)")
print(f"  {'':52}{'SibReview':>10}{'them':>10}{'ratio':>9}  goal")
rows = [
    ("alpha nominal: build+compute vs AnnotationTask+alpha", t["build_alpha_nominal"], nominal_total, 20),
    ("alpha nominal: compute vs alpha()", t["alpha_nominal"], nominal_alpha, 20),
    ("alpha interval: build+compute vs AnnotationTask+alpha", t["build_alpha_interval"], interval_total, 20),
    ("alpha interval: compute vs alpha()", t["alpha_interval"], interval_alpha, 20),
    ("Fleiss: build+compute vs aggregate_raters+fleiss_kappa", t["build_fleiss"], kappa_total, 1),
    ("Fleiss: compute vs fleiss_kappa", t["fleiss"], kappa_only, 1),
]
for name, mine, theirs, goal in rows:
    ratio = theirs[1] / mine["median"]
    print(f"  {name:52}{mine['median']:10.2f}{theirs[1]:10.2f}{ratio:8.1f}x  >= {goal}x {'met' if ratio >= goal else 'MISSED'}")
for level in ("nominal", "interval"):
    ms = t[f"build_alpha_{level}"]["median"]
    print(f"  alpha {level} build+compute on A: {ms:.1f} ms (goal < 1000 ms {'met' if ms < 1000 else 'MISSED'})")
print(f"  alpha nominal, parse CSV text + build + compute on A: {t['parse_alpha_nominal']['median']:.1f} ms")
print()
print("memory: bytes per rating (allocated during build + both alphas; retained by the data set)")
for m in ours["memory"]:
    print(f"  {m['units']:7,} units, {m['ratings']:7,} ratings: allocated {m['allocated_bytes_per_rating']:5.1f}, "
          f"retained {m['retained_bytes_per_rating']:5.1f}")

if failed:
    print(f"FAILED: a value differs by more than {TOLERANCE}", file=sys.stderr)
    sys.exit(1)
