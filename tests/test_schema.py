"""The JSON Schema of plan and registry files (docs/cortege.schema.json, `cortege schema`), checked by an
independent validator (python jsonschema) against every sample, registry and broken sample.

Files are read as the YAML language server reads them, YAML 1.2 core schema: `09:10` and `2026-12-04` stay
strings, `yes` is a string, `1` a number.
"""

import json
import pathlib
import re
import subprocess

import jsonschema
import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = ROOT / ".build" / "debug" / "cortege"


class Core12Loader(yaml.SafeLoader):
    """PyYAML with the implicit types of the YAML 1.2 core schema instead of YAML 1.1's."""


Core12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
]:
    Core12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def core12_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


Core12Loader.add_constructor("tag:yaml.org,2002:int", core12_int)


def read(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Core12Loader)


@pytest.fixture(scope="module")
def schema():
    return json.loads((ROOT / "docs" / "cortege.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema):
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def errors(validator, path):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(read(path))]


def test_the_schema_in_docs_is_the_one_cortege_prints():
    printed = subprocess.run([BIN, "schema"], capture_output=True, text=True, check=True).stdout
    assert printed == (ROOT / "docs" / "cortege.schema.json").read_text(encoding="utf-8")


GOOD = sorted((ROOT / "samples").glob("*.yaml")) + sorted((ROOT / "samples" / "registry").glob("*.yaml"))


@pytest.mark.parametrize("path", GOOD, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_sample_and_registry_validates(validator, path):
    assert errors(validator, path) == []


# Broken samples whose defect is one of form (a key, a type, a required key, a value's shape): the schema must
# reject them. The others are well-formed files whose defect only the loader or the checks can see (a cycle,
# a missing file, a reference, a time the clock skips, an infeasible timetable…): the schema must accept them.
SCHEMA_ERRORS = {
    "schema-missing-kind.yaml",
    "schema-unknown-key.yaml",
    "schema-wrong-type.yaml",
    "list-root.yaml",
    "empty.yaml",
    "bad-time-clock.yaml",
    "bad-time-duration.yaml",
}
NOT_YAML = {"syntax-indent.yaml", "syntax-unclosed-quote.yaml"}
BROKEN = sorted(p for p in (ROOT / "samples" / "broken").glob("*.yaml") if p.name not in NOT_YAML)


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_broken_samples_are_rejected_exactly_when_their_defect_is_one_of_form(validator, path):
    found = errors(validator, path)
    if path.name in SCHEMA_ERRORS:
        assert found, f"{path.name} should not validate"
    else:
        assert found == [], f"{path.name} is well-formed: {found}"


@pytest.mark.parametrize("path", sorted((ROOT / "samples" / "broken").glob("*.yaml")), ids=lambda p: p.name)
def test_the_list_of_schema_errors_matches_the_expected_codes(path):
    """A broken sample counted as a schema error expects plan-schema or bad-time from the loader."""
    expect = path.read_text(encoding="utf-8").splitlines()[0]
    if path.name in SCHEMA_ERRORS:
        assert re.match(r"# expect: (plan-schema|bad-time|plan-syntax) ", expect), expect


def test_the_schema_names_function_codes_with_their_french_titles(schema):
    codes = schema["definitions"]["person"]["properties"]["function"]["anyOf"]
    titles = {c["const"]: c["description"] for c in codes}
    assert titles["prefect"] == "Préfet de département"
    assert titles["mayor"] == "Maire"
    assert all(titles.values())


def test_every_mapping_refuses_unknown_keys(schema):
    for name, definition in schema["definitions"].items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name


@pytest.mark.parametrize("kind", ["ministerial", "prefect", "elected"])
@pytest.mark.parametrize("territory", ["971", "63", "2A"])
def test_a_plan_written_by_cortege_new_validates(validator, tmp_path, kind, territory):
    registry = ROOT / "samples" / "registry" / f"{territory}.yaml"
    if registry.exists():
        (tmp_path / "registry").mkdir()
        (tmp_path / "registry" / registry.name).write_bytes(registry.read_bytes())
    plan = tmp_path / "visite.yaml"
    subprocess.run(
        [BIN, "new", kind, "--territory", territory, "--date", "2026-12-08", "-o", plan], check=True,
        capture_output=True)
    assert plan.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    assert errors(validator, plan) == []


def test_formatted_samples_still_validate(validator, tmp_path):
    """`cortege fmt` keeps the types an editor sees: a formatted sample validates as the original does."""
    for folder in ["samples", "samples/registry"]:
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    files = []
    for path in GOOD:
        target = tmp_path / path.relative_to(ROOT)
        target.write_bytes(path.read_bytes())
        files.append(target)
    subprocess.run([BIN, "fmt", *files], check=True, capture_output=True)
    assert any(f.read_bytes() != (ROOT / f.relative_to(tmp_path)).read_bytes() for f in files)
    for target in files:
        assert errors(validator, target) == [], target.name
