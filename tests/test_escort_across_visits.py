"""`cortege check A.yaml B.yaml` with units from a shared registry (docs/diagnostics.md): a unit's legs in both
visits are checked together. Visit a: préfecture → gare de Clermont, the leg ends about 09:40; visit b, in
Thiers (about 35 km away): either its leg starts at 10:00 (the unit cannot be there, lead 20 minutes, in time:
escort-reposition), or at 09:35, during the leg of visit a (escort-overlap).
"""
import json
import os

from export_tools import ROOT, cortege

HERE = os.path.join(ROOT, "tests", "escort_visits")


def escort_findings(*plans):
    result = cortege("check", *[os.path.join(HERE, p) for p in plans], "--format", "json")
    findings = json.loads(result.stdout)
    return result, [f for f in findings if f["code"].startswith("escort-")]


def test_each_visit_alone_has_no_escort_finding():
    for plan in ("a.yaml", "b-reposition.yaml", "b-overlap.yaml"):
        result, found = escort_findings(plan)
        assert found == [], (plan, found)


def test_a_unit_that_cannot_reach_the_other_visit_in_time_is_a_reposition_naming_both_visits():
    result, found = escort_findings("a.yaml", "b-reposition.yaml")
    assert [f["code"] for f in found] == ["escort-reposition"], found
    finding = found[0]
    assert "visite-a" in finding["message"] and "visite-b" in finding["message"]
    assert finding["file"].endswith("b-reposition.yaml")
    assert {"motards-63", "visite-a", "visite-b"} <= set(finding["subjects"])
    assert result.returncode == 1


def test_a_unit_on_two_visits_legs_at_once_is_an_overlap_not_a_reposition():
    result, found = escort_findings("a.yaml", "b-overlap.yaml")
    assert [f["code"] for f in found] == ["escort-overlap"], found
    assert "visite-a" in found[0]["message"] and "visite-b" in found[0]["message"]
    assert result.returncode == 1
