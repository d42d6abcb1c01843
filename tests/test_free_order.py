"""`order: free` end to end: the built `cortege` on small tours, checked against an order-by-order search
written here (great-circle estimate of docs/plan-format.md §12), and on the Puy-de-Dôme sample tour."""

import itertools
import json
import math
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / ".build" / "debug" / "cortege"
HERE = Path(__file__).resolve().parent / "free_order"

# The venues of tour.yaml.
GEO = {
    "prefecture": (45.7767, 3.0880),
    "sp-riom": (45.8937, 3.1131),
    "sp-thiers": (45.8566, 3.5468),
    "sp-ambert": (45.5492, 3.7428),
    "sp-issoire": (45.5440, 3.2495),
}
STOPS = {"issoire": "sp-issoire", "thiers": "sp-thiers", "riom": "sp-riom", "ambert": "sp-ambert"}
NOT_BEFORE = {"ambert": 11 * 60}


def run(*args):
    return subprocess.run([str(BINARY), *args], capture_output=True, text=True, cwd=ROOT)


def minutes_by_car(a, b):
    """Distance × 1.3 at 50 km/h, rounded up to 5 minutes (no escort: no boarding)."""
    if a == b:
        return 0
    (la1, lo1), (la2, lo2) = (map(math.radians, GEO[a]), map(math.radians, GEO[b]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    km = 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
    return math.ceil(km * 1.3 / 50 * 60 / 5 - 1e-9) * 5


def arrival_back(order):
    """(arrival at the préfecture for `retour`, travel) leaving the préfecture at 08:30, waiting when early."""
    t, here, travel = 8 * 60 + 30, "prefecture", 0
    for stop in order:
        leg = minutes_by_car(here, STOPS[stop])
        travel += leg
        t = max(t + leg, NOT_BEFORE.get(stop, 0)) + 45
        here = STOPS[stop]
    leg = minutes_by_car(here, "prefecture")
    return t + leg, travel + leg


def clock(iso):
    hh, mm = iso[11:16].split(":")
    return int(hh) * 60 + int(mm)


def test_free_group_takes_the_earliest_of_all_orders():
    result = run("plan", str(HERE / "tour.yaml"), "--format", "json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    (choice,) = plan["free-order"]
    best = min(arrival_back(p) for p in itertools.permutations(STOPS))
    written = arrival_back(["issoire", "thiers", "riom", "ambert"])
    assert choice["feasible"] is True
    assert choice["written"] == ["issoire", "thiers", "riom", "ambert"]
    assert (clock(choice["end"]), choice["travel-minutes"]) == best
    assert clock(choice["written-end"]) == written[0]
    assert choice["minutes-saved"] == written[0] - best[0] > 0
    # The itinerary follows the order chosen, and reaches the return when the choice says.
    ids = [item["id"] for item in plan["items"]]
    assert ids == ["depart", *choice["chosen"], "retour"]
    back = next(t for t in plan["transfers"] if t["to-item"] == "retour")
    assert clock(back["end"]) == best[0]


def test_plan_prints_the_order_chosen_and_the_minutes_saved():
    result = run("plan", str(HERE / "tour.yaml"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Order chosen by Cortège (order: free, group 1, 4 items)" in result.stdout
    assert "earlier than the written order" in result.stdout
    french = run("plan", str(HERE / "tour.yaml"))
    assert french.returncode == 0, french.stderr
    assert "Ordre choisi par Cortège (order: free, groupe 1, 4 séquences)" in french.stdout
    assert "plus tôt que l'ordre écrit" in french.stdout


def test_no_order_is_an_error_naming_the_windows():
    result = run("check", str(HERE / "impossible.yaml"), "--format", "json", "--lang", "en")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    explained = [f for f in findings if f["code"] == "itinerary-infeasible" and f["message"].startswith("no order")]
    assert len(explained) == 1
    finding = explained[0]
    assert finding["severity"] == "error"
    assert finding["line"] == 26  # ambert's not-before
    assert set(finding["subjects"]) == {"ambert", "retour"}
    assert "cannot start before 14:00" in finding["message"]
    assert "is fixed at 14:30" in finding["message"]
    french = json.loads(run("check", str(HERE / "impossible.yaml"), "--format", "json").stdout)
    (explained,) = [f for f in french if f["code"] == "itinerary-infeasible" and f["message"].startswith("aucun ordre")]
    assert "ne peut pas commencer avant 14:00" in explained["message"]
    assert "est fixée à 14:30" in explained["message"]


def test_sample_tour_shows_its_free_order():
    sample = ROOT / "samples" / "63-tournee-prefet.yaml"
    result = run("plan", str(sample), "--format", "json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    (choice,) = plan["free-order"]
    assert choice["feasible"] is True
    ids = [item["id"] for item in plan["items"]]
    start = ids.index(choice["chosen"][0])
    assert ids[start:start + len(choice["chosen"])] == choice["chosen"]
    assert sorted(choice["chosen"]) == sorted(choice["written"])
    text = run("plan", str(sample), "--lang", "en").stdout
    assert "Order chosen by Cortège" in text
    assert "Ordre choisi par Cortège" in run("plan", str(sample)).stdout
    check = run("check", str(sample), "--format", "json")
    findings = json.loads(check.stdout)
    assert not [
        f for f in findings
        if f["code"] in ("window-violated", "itinerary-infeasible") and set(f["subjects"]) & set(choice["chosen"])
    ]
