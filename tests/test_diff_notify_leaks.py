"""The leak property of docs/audiences.md §4 on `cortege diff --audience` and on the messages of `cortege notify`,
over generated pairs of revisions.

The plans are those of test_export_leaks.py (each string to look for carries a unique random token); the revision
moves some items and changes some press accesses (never confidentiality). A word is forbidden to an audience when
both revisions hide it from that audience. Messages are decoded with python `email` (base64 parts included) before
they are searched.
"""
import concurrent.futures
import email
import glob
import json
import os
import random
import re
import subprocess
import tempfile
from email import policy

from export_tools import LATE, binary
from test_export_leaks import SEED, forbidden, generate, hhmm

PAIRS = 200


def revise(text, items, index):
    """The plan with a few items moved by 5 to 30 minutes and a few press accesses changed."""
    rng = random.Random(SEED * 7 + index)
    lines = text.split("\n")
    revised = [dict(i) for i in items]
    for item in rng.sample(revised, rng.randint(1, len(revised))):
        n = next(k for k, line in enumerate(lines) if item["token"] in line and "title:" in line)
        if rng.random() < 0.6:
            shift = rng.choice([-30, -15, -5, 5, 15, 30])
            item["start"] += shift
            lines[n] = re.sub(r'at: "\d\d:\d\d"', f'at: "{hhmm(item["start"])}"', lines[n])
        if rng.random() < 0.5:
            access = rng.choice(["open", "pool", "closed"])
            item["press"] = access
            lines[n] = re.sub(r"press: \w+", f"press: {access}", lines[n])
    return "\n".join(lines), revised


def decoded(path):
    """Every header and every part of a message, decoded."""
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=policy.default)
    text = "\n".join(f"{k}: {v}" for k, v in message.items())
    for part in message.walk():
        if not part.is_multipart():
            content = part.get_content()
            text += "\n" + (content.decode("utf-8") if isinstance(content, bytes) else content)
    return text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")


def check_pairs(indices):
    problems = []
    told = messages = 0
    with tempfile.TemporaryDirectory() as folder:
        for index in indices:
            text, items, announce, secrets = generate(index)
            new_text, new_items = revise(text, items, index)
            old, new = os.path.join(folder, f"old-{index}.yaml"), os.path.join(folder, f"new-{index}.yaml")
            open(old, "w", encoding="utf-8").write(text)
            open(new, "w", encoding="utf-8").write(new_text)
            for audience in ("press", "public"):
                words_old, codes = forbidden(items, announce, secrets, audience)
                words_new, _ = forbidden(new_items, announce, secrets, audience)
                tokens = {i["token"] for i in items}
                words = (words_old & words_new) | (words_old - tokens)
                outputs = []
                for fmt in ("human", "json"):
                    result = subprocess.run([binary(), "diff", old, new, "--audience", audience, "--format", fmt,
                                             "--now", LATE], capture_output=True, text=True)
                    if result.returncode not in (0, 1):
                        problems.append(f"pair {index} {audience}: exit {result.returncode}: {result.stderr}")
                    outputs.append(result.stdout)
                told += len(json.loads(outputs[1]))
                if audience == "press":
                    out = os.path.join(folder, f"out-{index}")
                    result = subprocess.run([binary(), "notify", old, new, "-o", out, "--now", LATE],
                                            capture_output=True, text=True)
                    if result.returncode != 0:
                        problems.append(f"pair {index} notify: exit {result.returncode}: {result.stderr}")
                    if os.path.exists(os.path.join(out, "press.eml")):
                        outputs.append(decoded(os.path.join(out, "press.eml")))
                        messages += 1
                    # Person messages: no unit, no route, no phone, no one else's address.
                    for path in glob.glob(os.path.join(out, "person-*.eml")):
                        messages += 1
                        content = decoded(path)
                        mine = f"contact-{os.path.basename(path)[7:-4]}@"
                        for word in (set(secrets["units"]) | {n for _, n in secrets["communes"]}
                                     | set(secrets["phones"]) | {e for e in secrets["emails"] if mine not in e}):
                            if word in content:
                                problems.append(f"pair {index} {os.path.basename(path)}: leak of {word!r}")
                content = "\n".join(outputs)
                for word in sorted(words):
                    if word in content:
                        problems.append(f"pair {index} {audience}: leak of {word!r}\n{text}\n---\n{new_text}")
                for code in codes:
                    if re.search(rf"(?<!\d){code}(?!\d)", content):
                        problems.append(f"pair {index} {audience}: leak of commune code {code}")
    return problems, told, messages


def test_diff_and_notify_of_generated_revision_pairs_leak_nothing():
    binary()
    batches = [list(range(start, min(start + 20, PAIRS))) for start in range(0, PAIRS, 20)]
    problems, told, messages = [], 0, 0
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        for found, count, sent in pool.map(check_pairs, batches):
            problems += found
            told += count
            messages += sent
    assert not problems, f"{len(problems)} problem(s); first:\n" + "\n".join(problems[:3])
    # Not vacuous: the press and the public are told of changes, and messages are written.
    assert told > PAIRS and messages > PAIRS, (told, messages)
