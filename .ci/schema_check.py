"""Checks catalog/schema.json with a real JSON Schema validator: every catalog
errcat accepts must validate, and catalogs with the mistakes the schema can
see (an unknown key, a missing required key, a wrong keyword) must not.

Usage: schema_check.py SCHEMA CATALOG...
"""
import json
import sys

import jsonschema
import yaml

BROKEN = {
    "unknown key": "name: E\ncodes:\n  - code: 1\n    mesage: typo\n",
    "missing name": "codes:\n  - code: 1\n",
    "missing code": "name: E\ncodes:\n  - message: no code\n",
    "wrong severity": "name: E\nseverity: grave\ncodes:\n  - code: 1\n",
    "groups and codes": "name: E\ngroups:\n  - {name: g, codes: [{code: 1}]}\ncodes:\n  - code: 2\n",
    "http out of range": "name: E\nhttp: 42\ncodes:\n  - code: 1\n",
    "a field value that is a list": "name: E\nfields: {a: {type: string}}\ncodes:\n  - {code: 1, a: [x]}\n",
    "a field without a type": "name: E\nfields: {a: {doc: x}}\ncodes:\n  - code: 1\n",
    "a field key that is not snake_case": "name: E\nfields: {a: {type: bool}}\ncodes:\n  - {code: 1, Mesage: x}\n",
}


def main() -> int:
    schema_path, *catalogs = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in catalogs:
        with open(path, encoding="utf-8-sig") as f:
            catalog = yaml.safe_load(f)
        errors = list(validator.iter_errors(catalog))
        for error in errors:
            print(f"{path}: {error.json_path}: {error.message}")
        failed |= bool(errors)
    for what, text in BROKEN.items():
        if validator.is_valid(yaml.safe_load(text)):
            print(f"the schema accepts a catalog with {what}")
            failed = True
    print(f"{len(catalogs)} catalogs valid, {len(BROKEN)} broken ones rejected" if not failed else "schema check failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
