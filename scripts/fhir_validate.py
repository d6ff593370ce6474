#!/usr/bin/env python3
"""Validates FHIR R4 (4.0.1) JSON resources against the specification's models.

Usage: fhir_validate.py FILE...

Each FILE holds one resource or a Bundle. The models of fhir.resources (pinned in
python-requirements.txt, installed by pyenv.sh) check the structure: every element known
and of its type, cardinalities, primitive formats (id, instant, code, ...), choice types. On
top of that this script checks what those models only describe: codes of required bindings
(`status`, `action`, ...) and the JSON rules that forbid null, empty strings, arrays and
objects. A Bundle's entries are validated as resources of their own types.

Prints `ok FILE RESOURCETYPE` per valid file, or `FAIL FILE: ELEMENT: PROBLEM` lines; exits 1
if any file fails.
"""

import json
import sys

import fhir.resources
from fhir.resources import get_fhir_model_class
from fhir.resources.core.fhirabstractmodel import FHIRAbstractModel
from pydantic import ValidationError

FHIR_VERSION = "4.0.1"


def empty_values(value, path):
    """JSON values FHIR forbids: null, "", [], {} (and whitespace-only strings)."""
    if value is None:
        yield path, "null is not allowed"
    elif isinstance(value, str) and not value.strip():
        yield path, "empty string"
    elif isinstance(value, list):
        if not value:
            yield path, "empty array"
        for i, item in enumerate(value):
            yield from empty_values(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        if not value:
            yield path, "empty object"
        for key, item in value.items():
            yield from empty_values(item, f"{path}.{key}")


def unbound_codes(model, path):
    """Codes outside the value set of a required binding, anywhere in `model`."""
    for name, field in model.__fields__.items():
        value = getattr(model, name, None)
        if value is None:
            continue
        allowed = field.field_info.extra.get("enum_values")
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            where = f"{path}.{field.alias}" + (f"[{i}]" if isinstance(value, list) else "")
            if allowed and isinstance(item, str) and item not in allowed:
                yield where, f"`{item}` is not one of {', '.join(allowed)}"
            if isinstance(item, FHIRAbstractModel):
                yield from unbound_codes(item, where)


def validate(data, path):
    """Problems of one resource (and, for a Bundle, of its entries), as (element, text)."""
    if not isinstance(data, dict) or not isinstance(data.get("resourceType"), str):
        return [(path, "not a FHIR resource (no resourceType)")], None
    resource_type = data["resourceType"]
    try:
        model = get_fhir_model_class(resource_type)
    except KeyError:
        return [(f"{path}.resourceType", f"unknown resource type `{resource_type}`")], None
    problems = list(empty_values(data, path))
    try:
        parsed = model.parse_obj(data)
    except ValidationError as err:
        for error in err.errors():
            element = ".".join(str(part) for part in error["loc"])
            problems.append((f"{path}.{element}", error["msg"]))
        return problems, resource_type
    problems.extend(unbound_codes(parsed, path))
    if resource_type == "Bundle":
        for i, entry in enumerate(data.get("entry") or []):
            if "resource" in entry:
                inner, _ = validate(entry["resource"], f"{path}.entry[{i}].resource")
                problems.extend(p for p in inner if p not in problems)
    return problems, resource_type


def main(files):
    if fhir.resources.__fhir_version__ != FHIR_VERSION:
        print(
            f"fhir.resources {fhir.resources.__version__} models FHIR "
            f"{fhir.resources.__fhir_version__}, not {FHIR_VERSION}: run scripts/pyenv.sh",
            file=sys.stderr,
        )
        return 2
    if not files:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    failed = False
    for file in files:
        try:
            with open(file, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as err:
            print(f"FAIL {file}: {err}")
            failed = True
            continue
        name = data.get("resourceType", "resource") if isinstance(data, dict) else "resource"
        problems, resource_type = validate(data, name)
        if problems:
            failed = True
            for element, text in problems:
                print(f"FAIL {file}: {element}: {text}")
        else:
            print(f"ok {file} {resource_type}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
