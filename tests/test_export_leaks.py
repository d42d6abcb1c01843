"""The leak property of docs/audiences.md §4 on the exported files themselves, over 1,000 generated plans.

Each plan (seeded, reproducible) holds people with phone numbers, confidential and closed items, notes,
escort units and transfers whose routes cross communes, and an `announce` time somewhere in the day. It is
exported for the press and the public with --now after `announce`, and each file, unfolded and unescaped, is
searched as text for what that audience must never see:
- both: confidential and closed items' titles, every note, items starting before `announce`, unit ids, route
  communes (code and name), phone numbers, e-mail addresses;
- public: also pool items' titles.
Each escort unit's calendar (`unit:<id>`) is searched too: no item's title, note or press word, no person's name,
phone or e-mail, no venue's phone, no other unit's phone; a unit with a leg must show its own phone.
Every generated string to look for carries a unique random token of letters, so a hit is a leak, not chance.
The files must also show what the audience may see (the test is not vacuous).

2,000 runs of the binary for press and public, one more per unit: the plans are small and the exports run in
a process pool; the time is printed.
"""
import concurrent.futures
import os
import random
import re
import string
import subprocess
import tempfile
import time

from export_tools import LATE, binary, check_raw_lines, unfold

PLANS = 1000
SEED = 20261204
KINDS = ["welcome", "visit", "meeting", "speech", "ceremony", "wreath", "meal", "press-point", "photo-op",
         "interview", "private"]


def token(rng):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(10))


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def generate(index):
    """A small random plan, and what press and public may and may not see in it."""
    rng = random.Random(SEED * 100003 + index)
    day = rng.randint(2, 28)
    date = f"2026-06-{day:02d}"
    visit = f"gen-{index}-{token(rng)}"
    secrets = {"phones": [], "emails": [], "units": [], "communes": [], "notes": []}

    people = [("prefet", "prefect")] + [(f"p-{token(rng)}", rng.choice(["mayor", "deputy", "personality"]))
                                        for _ in range(rng.randint(1, 3))]
    person_lines = []
    for pid, function in people:
        phone = "+33 6 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
        secrets["phones"].append(phone)
        email = f"contact-{pid}@cab{index}.gouv.fr"
        secrets["emails"].append(email)
        person_lines.append(f"  - {{ id: {pid}, name: Personne {token(rng)}, function: {function}, "
                            f"title: Fonction {token(rng)}, phone: \"{phone}\", email: {email} }}")

    # Unit and venue phones come from a generator of their own, so that the rest of each plan stays as it was.
    unit_rng = random.Random(SEED * 7 + index)
    venues = [f"v-{token(rng)}" for _ in range(rng.randint(2, 3))]
    venue_phones = ["+33 4 " + " ".join(f"{unit_rng.randint(0, 99):02d}" for _ in range(4)) for _ in venues]
    secrets["phones"] += venue_phones
    venue_lines = [f"  - {{ id: {v}, name: Lieu {token(rng)} à l'étage, address: {rng.randint(1, 99)} rue "
                   f"{token(rng)}, commune: \"63113\", geo: [{45.7 + rng.random() / 10:.4f}, "
                   f"{3.0 + rng.random() / 10:.4f}], phone: \"{phone}\" }}" for v, phone in zip(venues, venue_phones)]

    units = [f"unite-{token(rng)}" for _ in range(rng.randint(1, 2))]
    secrets["units"] = units
    secrets["unit_phones"] = {u: "+33 1 " + " ".join(f"{unit_rng.randint(0, 99):02d}" for _ in range(4)) for u in units}
    unit_lines = [f"  - {{ id: {u}, force: {rng.choice(['police', 'gendarmerie'])}, lead: 15m, "
                  f"phone: \"{secrets['unit_phones'][u]}\" }}" for u in units]

    codes = rng.sample([c for c in range(10000, 99999) if c != 63113], rng.randint(1, 3))
    communes = [(str(c), f"Bourg-{token(rng).capitalize()}") for c in codes]
    secrets["communes"] = communes
    commune_lines = ["  - { code: \"63113\", name: Clermont-Ferrand, security-zone: police }"] + [
        f"  - {{ code: \"{c}\", name: {n}, security-zone: {rng.choice(['police', 'gendarmerie'])} }}"
        for c, n in communes]

    items, lines = [], []
    clock = rng.randint(7 * 60, 10 * 60)
    previous_venue = None
    for _ in range(rng.randint(3, 6)):
        venue = rng.choice(venues)
        if previous_venue is not None:
            clock += rng.randint(25, 50)
            if venue != previous_venue and rng.random() < 0.8:
                escort = rng.choice(["auto", "none", f"[{rng.choice(units)}]"])
                riders = ", ".join(sorted({"prefet", rng.choice(people)[0]}))
                route = ", ".join(f"\"{c}\"" for c, _ in rng.sample(communes, rng.randint(1, len(communes))))
                lines.append(f"  - transfer: {{ mode: car, duration: 10m, escort: {escort}, riders: [{riders}], "
                             f"route: [{route}] }}")
        duration = rng.choice([20, 30, 45, 60])
        item = {
            "id": f"i-{token(rng)}", "kind": rng.choice(KINDS), "token": token(rng), "start": clock,
            "press": rng.choice(["open", "pool", "closed"]), "confidential": rng.random() < 0.3,
        }
        note = f"Consigne {token(rng)} ; accès réservé" if rng.random() < 0.5 else None
        if note:
            secrets["notes"].append(note.split()[1])
        participants = ", ".join(sorted({"prefet"} | {p for p, _ in rng.sample(people, rng.randint(1, len(people)))}))
        line = (f"  - {{ id: {item['id']}, kind: {item['kind']}, title: \"Séquence {item['token']} « déplacement »\", "
                f"venue: {venue}, at: \"{hhmm(clock)}\", duration: {duration}m, participants: [{participants}], "
                f"press: {item['press']}")
        if item["confidential"]:
            line += ", confidential: true"
        if note:
            line += f", notes: \"{note}\""
        lines.append(line + " }")
        items.append(item)
        clock += duration
        previous_venue = venue

    # The announce time: before the first item, or in the middle of the day.
    pivot = rng.choice(items)
    announce_minutes = pivot["start"] - rng.randint(0, 20)
    announce = f"{date}T{hhmm(announce_minutes)}"

    text = f"""cortege: 1
visit:
  id: {visit}
  title: Visite générée {token(rng)}
  kind: prefect
  principal: prefet
  territory: "63"
  date: {date}
  status: {rng.choice(['confirmed', 'tentative'])}
  announce: {announce}
  revision: {date}T06:00
  organizer: {{ name: Cabinet, email: cabinet@puy-de-dome.gouv.fr }}
people:
{chr(10).join(person_lines)}
venues:
{chr(10).join(venue_lines)}
escort-units:
{chr(10).join(unit_lines)}
communes:
{chr(10).join(commune_lines)}
programme:
{chr(10).join(lines)}
"""
    return text, items, announce_minutes, secrets


def unescape(text):
    """TEXT values as written (RFC 5545 §3.3.11), so that an escaped comma cannot hide a leak."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def phone_forms(phone):
    return {phone, phone.replace(" ", ""), phone.replace("+33 ", "0").replace(" ", "")}


def forbidden_to_unit(text, items, secrets, unit):
    """What the calendar of `unit` must never show: any item's title, note, press word, person's name or phone,
    e-mail, another unit's phone."""
    words = set(secrets["notes"]) | set(secrets["emails"]) | {item["token"] for item in items}
    words |= set(re.findall(r"name: Personne (\w+)", text))
    words |= {"Presse", "Press:"}
    for phone in secrets["phones"]:
        words |= phone_forms(phone)
    for other, phone in secrets["unit_phones"].items():
        if other != unit:
            words |= phone_forms(phone)
    return words


def forbidden(items, announce, secrets, audience):
    words = set(secrets["units"]) | set(secrets["notes"]) | set(secrets["emails"])
    for phone in list(secrets["phones"]) + list(secrets["unit_phones"].values()):
        words |= {phone, phone.replace(" ", ""), phone.replace("+33 ", "0").replace(" ", "")}
    for code, name in secrets["communes"]:
        words.add(name)
    for item in items:
        hidden = item["confidential"] or item["press"] == "closed" or item["start"] < announce
        if audience == "public" and item["press"] == "pool":
            hidden = True
        if hidden:
            words.add(item["token"])
    codes = [code for code, _ in secrets["communes"]]
    return words, codes


def allowed(items, announce, audience):
    want = {"open"} if audience == "public" else {"open", "pool"}
    return {i["token"] for i in items if not i["confidential"] and i["press"] in want and i["start"] >= announce}


UNIT_LEGS = []


def check_plans(indices):
    """Writes, exports and searches a batch of plans; returns the problems found (empty when none), and how many
    unit calendars held a leg."""
    UNIT_LEGS.clear()
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for index in indices:
            text, items, announce, secrets = generate(index)
            plan = os.path.join(folder, f"plan-{index}.yaml")
            with open(plan, "w", encoding="utf-8") as f:
                f.write(text)
            out = os.path.join(folder, f"out-{index}")
            for audience in ("press", "public"):
                result = subprocess.run([binary(), "export", plan, "--audience", audience, "-o", out, "--now", LATE],
                                        capture_output=True, text=True)
                if result.returncode != 0:
                    problems.append(f"plan {index} {audience}: exit {result.returncode}: {result.stderr}\n{text}")
                    continue
                raw = open(os.path.join(out, f"{audience}.ics"), "rb").read()
                check_raw_lines(raw, f"plan {index} {audience}")
                content = unescape(unfold(raw))
                words, codes = forbidden(items, announce, secrets, audience)
                for word in sorted(words):
                    if word in content:
                        problems.append(f"plan {index} {audience}: leak of {word!r}\n{text}")
                for code in codes:
                    if re.search(rf"(?<!\d){code}(?!\d)", content):
                        problems.append(f"plan {index} {audience}: leak of commune code {code}\n{text}")
                for word in allowed(items, announce, audience):
                    if word not in content:
                        problems.append(f"plan {index} {audience}: {word} should be shown\n{text}")
            for unit in secrets["units"]:
                audience = f"unit:{unit}"
                result = subprocess.run([binary(), "export", plan, "--audience", audience, "-o", out, "--now", LATE],
                                        capture_output=True, text=True)
                if result.returncode != 0:
                    problems.append(f"plan {index} {audience}: exit {result.returncode}: {result.stderr}\n{text}")
                    continue
                raw = open(os.path.join(out, f"unit-{unit}.ics"), "rb").read()
                check_raw_lines(raw, f"plan {index} {audience}")
                content = unescape(unfold(raw))
                for word in sorted(forbidden_to_unit(text, items, secrets, unit)):
                    if word in content:
                        problems.append(f"plan {index} {audience}: leak of {word!r}\n{text}")
                # Not vacuous: a unit with a leg sees it and its own contact.
                if "BEGIN:VEVENT" in content and "SUMMARY:Escorte vers" in content:
                    UNIT_LEGS.append(1)
                    if secrets["unit_phones"][unit] not in content:
                        problems.append(f"plan {index} {audience}: its own phone should be shown\n{text}")
    return problems, len(UNIT_LEGS)


def test_generated_plans_are_valid_and_varied():
    """The generator makes what the property needs: confidential, closed, pool and pre-announce items."""
    binary()
    seen = {"confidential": 0, "closed": 0, "pool": 0, "before": 0, "after": 0}
    for index in range(50):
        _, items, announce, _ = generate(index)
        for item in items:
            seen["confidential"] += item["confidential"]
            seen["closed"] += item["press"] == "closed"
            seen["pool"] += item["press"] == "pool"
            seen["before"] += item["start"] < announce
            seen["after"] += item["start"] >= announce
    assert all(count > 0 for count in seen.values()), seen


def test_press_and_public_files_of_1000_generated_plans_leak_nothing():
    binary()
    workers = max(2, os.cpu_count() or 2)
    batches = [list(range(start, min(start + 25, PLANS))) for start in range(0, PLANS, 25)]
    began = time.monotonic()
    problems = []
    unit_calendars = 0
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        for found, legs in pool.map(check_plans, batches):
            problems += found
            unit_calendars += legs
    elapsed = time.monotonic() - began
    print(f"\n{PLANS} plans, {2 * PLANS} press and public exports (and one per unit) in {elapsed:.1f} s with {workers} "
          f"processes ({1000 * elapsed / PLANS:.1f} ms per plan)")
    assert not problems, f"{len(problems)} problem(s); first:\n" + "\n".join(problems[:3])
    assert unit_calendars > 200, f"only {unit_calendars} unit calendars held a leg"

