"""Pairs of revisions of every sample, for `cortege diff` and `cortege notify`.

Each pair is the sample (with e-mail addresses given to its people, all but one, in a copy of its registry) and the
same plan with one edit: a moved item, a removed person, a venue change, a press access change, an escort change.
The plans are written into a folder of the test's own (the samples are not touched).
"""
import copy
import glob
import os
import shutil

import yaml

from export_tools import ROOT

EDITS = ["moved", "person-removed", "venue", "press", "escort"]
NO_EMAIL = 1  # the second person and unit of each registry keep no e-mail: they go to the office's lists


def items(programme):
    for entry in programme:
        if "group" in entry:
            yield from items(entry["group"]["items"])
        elif "transfer" not in entry:
            yield entry


def transfers(programme):
    for entry in programme:
        if "group" in entry:
            yield from transfers(entry["group"]["items"])
        elif "transfer" in entry:
            yield entry["transfer"]


def with_emails(folder):
    """Gives every registry person and escort unit but the second of each an e-mail address (`<id>@example.org`)."""
    for path in glob.glob(os.path.join(folder, "registry", "*.yaml")):
        lines = open(path, encoding="utf-8").read().split("\n")
        out, section, count = [], None, {}
        for line in lines:
            out.append(line)
            if line and not line.startswith(" ") and not line.startswith("#"):
                section = line.split(":")[0]
            if section in ("people", "escort-units") and line.startswith("  - id: "):
                pid = line.split(":", 1)[1].strip()
                if count.get(section, 0) != NO_EMAIL:
                    out.append(f"    email: {pid}@example.org")
                count[section] = count.get(section, 0) + 1
        open(path, "w", encoding="utf-8").write("\n".join(out))


def edit(plan, kind):
    """The plan with one edit of `kind`; returns (plan, what the edit touched)."""
    plan = copy.deepcopy(plan)
    principal = plan["visit"]["principal"]
    all_items = list(items(plan["programme"]))
    if kind == "moved":
        item = next(i for i in all_items if isinstance(i.get("at"), str) and len(i["at"]) == 5)
        h, m = map(int, item["at"].split(":"))
        item["at"] = f"{(h * 60 + m - 15) // 60:02d}:{(h * 60 + m - 15) % 60:02d}"
        return plan, item["id"]
    if kind == "person-removed":
        # A person drops out of the visit: out of every item and every transfer.
        item = next(i for i in all_items if len([p for p in i.get("participants", []) if p != principal]) >= 2)
        person = [p for p in item["participants"] if p != principal][-1]
        for i in all_items:
            if person in i.get("participants", []):
                i["participants"].remove(person)
            for key in ("welcome", "speakers", "wreaths", "lineup"):
                if isinstance(i.get(key), list) and person in i[key]:
                    i[key].remove(person)
            for key in ("host", "co-host"):
                if i.get(key) == person:
                    i.pop(key)
        for t in transfers(plan["programme"]):
            if person in t.get("riders", []):
                t["riders"].remove(person)
        return plan, item["id"] + ":" + person
    if kind == "venue":
        venues = {i["venue"] for i in all_items}
        item = all_items[len(all_items) // 2]
        other = sorted(v for v in venues if v != item["venue"])[0]
        item["venue"] = other
        return plan, item["id"]
    if kind == "press":
        item = next(i for i in all_items if i.get("press") == "open" and not i.get("confidential"))
        item["press"] = "pool"
        return plan, item["id"]
    if kind == "escort":
        # A transfer that has an escort: an explicit list, or `auto` where someone requires one.
        required = any(p.get("escort") == "required" for p in plan.get("people", []))
        transfer = next((t for t in transfers(plan["programme"])
                         if isinstance(t.get("escort"), list) or (required and t.get("escort", "auto") == "auto")), None)
        if transfer is None:
            return None, None
        transfer["escort"] = "none"
        return plan, None
    raise ValueError(kind)


def pairs(folder):
    """Writes the pairs into `folder`: `<sample>-old.yaml` and `<sample>-<edit>.yaml` beside a copy of the registry.
    Returns [(sample, edit, old path, new path, touched)]."""
    shutil.copytree(os.path.join(ROOT, "samples", "registry"), os.path.join(folder, "registry"), dirs_exist_ok=True)
    with_emails(folder)
    out = []
    for sample in sorted(glob.glob(os.path.join(ROOT, "samples", "*.yaml"))):
        name = os.path.basename(sample)[:-5]
        plan = yaml.safe_load(open(sample, encoding="utf-8"))
        plan.pop("agendas", None)
        old = os.path.join(folder, f"{name}-old.yaml")
        yaml.safe_dump(plan, open(old, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
        for kind in EDITS:
            new_plan, touched = edit(plan, kind)
            if new_plan is None:
                continue
            new = os.path.join(folder, f"{name}-{kind}.yaml")
            yaml.safe_dump(new_plan, open(new, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
            out.append((name, kind, old, new, touched))
    return out
