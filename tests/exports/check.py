"""Exports catalogs with `errcat export` and checks each target with its own
toolchain, against the JSON export of the same catalog (which
tests/export_json.rs checks against the generated Rust):

- typescript: tsc --strict (and stricter flags), then check.mjs under node;
- go: gofmt -l, go vet, go test with check_test.go.in, and stringer's guard:
  a constant edited by hand must fail go build;
- python: mypy --strict, then the lookups and the exception checked here;
- c: a program per header, built as C11 by gcc and as C++17 by g++ with
  -Wall -Wextra -Werror -pedantic, prints every lookup (texts as hex bytes,
  so NUL and all come back exact); a constant edited by hand must fail;
- openapi: openapi-spec-validator on the YAML and the JSON form, the two
  forms equal, every example valid against the body schema;
- json: valid against catalog/export.schema.json.

Usage: python check.py ERRCAT OUT_DIR CATALOG...  (run from the repository root,
with the tools of .ci/run on PATH: node_modules/.bin of tests/exports, go, gcc, g++).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import yaml

HERE = Path(__file__).resolve().parent
TARGETS = {"typescript": "ts", "go": "go", "python": "py", "c": "h"}

# Messages with arguments as the Rust side renders them (tests/args.rs): the
# catalog examples/storage.yaml, (code, arguments, language, message).
RENDERED = [
    (611, {"disk_id": 7, "host": "node-3"}, "en", "disk 7 not found on node-3"),
    (611, {"disk_id": 7, "host": "node-3"}, "zh", "主机 node-3 上的磁盘 7 不存在"),
    (612, {"path": "/data/7", "offset": 4096}, "zh", "无法在偏移 4096 处读取 /data/7"),
    (613, {"latency_ms": 12.5, "retries": -1, "degraded": True}, "en", "disk answered in 12.5 ms after -1 retries (degraded: true)"),
]


def run(*command: str, cwd: Path | None = None, env: dict[str, str] | None = None, expect_failure: bool = False) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    failed = result.returncode != 0
    if failed != expect_failure:
        sys.exit(f"{' '.join(command)}: exit {result.returncode}\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def export(errcat: str, catalog: Path, lang: str, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    run(errcat, "export", str(catalog), "--lang", lang, "-o", str(out))


def expectations(document: dict[str, Any]) -> dict[str, Any]:
    """The JSON export with codes as strings (exact in every language) and an unknown code."""
    codes = {e["code"] for e in document["entries"]}
    unknown = next(c for c in range(min(codes), min(codes) + len(codes) + 1) if c not in codes)
    return {
        **document,
        "entries": [{**e, "code": str(e["code"])} for e in document["entries"]],
        "groups": [{**g, "range": None if g["range"] is None else [str(v) for v in g["range"]]} for g in document["groups"]],
        "unknown": str(unknown),
    }


def check_json(documents: dict[str, dict[str, Any]]) -> None:
    schema = json.loads((HERE.parent.parent / "catalog/export.schema.json").read_text())
    for name, document in documents.items():
        jsonschema.validate(document, schema)
        print(f"json {name}: valid against catalog/export.schema.json")


def check_typescript(out: Path, names: list[str]) -> None:
    tsc = HERE / "node_modules/.bin/tsc"
    flags = ["--strict", "--isolatedModules", "--noUnusedLocals", "--noUnusedParameters", "--exactOptionalPropertyTypes",
             "--noUncheckedIndexedAccess", "--noImplicitReturns", "--target", "es2020", "--module", "es2020",
             "--outDir", str(out / "js")]
    run(str(tsc), *flags, *(str(out / f"{n}.ts") for n in names))
    print(run("node", str(HERE / "check.mjs"), str(out), *names), end="")


def check_go(out: Path, names: list[str], documents: dict[str, dict[str, Any]]) -> None:
    (out / "go.mod").write_text("module example.invalid/exports\n\ngo 1.19\n")
    template = (HERE / "check_test.go.in").read_text()
    widths = {"i8": "int8", "i16": "int16", "i32": "int32", "i64": "int64", "u8": "uint8", "u16": "uint16", "u32": "uint32", "u64": "uint64"}
    for name in names:
        source = (out / name / f"{name}.go").read_text()
        package = re.search(r"^package (\w+)$", source, re.M)
        assert package is not None
        int_type = widths[documents[name]["repr"]]
        parse = "strconv.ParseUint(digits, 10, 64)" if int_type.startswith("u") else "strconv.ParseInt(digits, 10, 64)"
        test = template.replace("PACKAGE", package.group(1)).replace("ENUM", documents[name]["name"]).replace("PARSE", parse).replace("INT", int_type)
        (out / name / "check_test.go").write_text(test)
    unformatted = run("gofmt", "-l", *(str(out / n / f"{n}.go") for n in names)).strip()
    if unformatted:
        sys.exit(f"gofmt would change: {unformatted}")
    run("go", "vet", "./...", cwd=out)
    # The typed constructors render as the Rust side does.
    if "storage" in names:
        cases = [
            'NewDiskNotFound(7, "node-3").MessageIn("en"), "disk 7 not found on node-3"',
            'NewDiskNotFound(7, "node-3").MessageIn("zh"), "主机 node-3 上的磁盘 7 不存在"',
            'NewDiskReadFailed("/data/7", 4096).MessageIn("zh"), "无法在偏移 4096 处读取 /data/7"',
            'NewDiskSlow(12.5, -1, true).Error(), "disk answered in 12.5 ms after -1 retries (degraded: true)"',
        ]
        checks = "\n".join(f"\tif got, want := {c}; got != want {{\n\t\tt.Errorf(\"%q, want %q\", got, want)\n\t}}" for c in cases)
        (out / "storage" / "render_test.go").write_text(f"package storageerror\n\nimport \"testing\"\n\nfunc TestRendersAsRust(t *testing.T) {{\n{checks}\n}}\n")
    for name in names:
        env = {**os.environ, "ERRCAT_EXPECTED": str(out / f"{name}.expected.json")}
        run("go", "test", f"./{name}", cwd=out, env=env)
        print(f"go {name}: gofmt, vet and test pass")
    # stringer's guard: a constant edited by hand no longer builds.
    guarded = out / "guard"
    shutil.copytree(out / names[0], guarded, dirs_exist_ok=True)
    (guarded / "check_test.go").unlink()
    path = guarded / f"{names[0]}.go"
    edited = re.sub(r"^(const \w+ \w+ = )(-?\d+)$", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", path.read_text(), count=1, flags=re.M)
    path.write_text(edited)
    failure = run("go", "build", "./guard", cwd=out, expect_failure=True)
    assert "invalid array index" in failure or "out of bounds" in failure, failure
    shutil.rmtree(guarded)
    print("go: a constant edited by hand fails go build")


def check_python(out: Path, names: list[str], documents: dict[str, dict[str, Any]]) -> None:
    run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", *(str(out / f"{n}.py") for n in names))
    sys.path.insert(0, str(out))
    for name in names:
        spec = importlib.util.spec_from_file_location(name, out / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        document = documents[name]
        languages = document["languages"]
        enum = getattr(module, document["name"])
        assert [int(c) for c in enum] == [e["code"] for e in document["entries"]], name
        for e in document["entries"]:
            code = module.from_code(e["code"])
            assert code is not None and module.name(code) == e["name"] and module.from_name(e["name"]) is code, (name, e["code"])
            for lang in [*languages, "xx", None]:
                own = lang if lang in languages else languages[0]
                assert module.message(code, lang) == e["message"][own], (name, e["code"], lang)
                for field, lookup in (("description", module.description), ("solution", module.solution)):
                    want = None if e[field] is None else e[field][own]
                    assert lookup(code, lang) == want, (name, e["code"], field, lang)
            assert (module.http_status(code), module.severity(code), module.grpc_code(code), module.is_retryable(code), module.group(code)) == (
                e["http"], e["severity"], e["grpc"], e["retryable"], e["group"]), (name, e["code"])
            exception_type = getattr(module, f"{document['name']}Exception")
            # A body that leaves the code out carries the name instead.
            key, value = ("code", e["code"]) if "code" in document["body"] else ("name", e["name"])
            body = {document["body"][key]: value, document["body"]["message"]: e["message"][languages[0]]}
            parsed = exception_type.from_body(json.loads(json.dumps(body)))
            assert parsed is not None and parsed.code is code and parsed.http_status == e["http"] and parsed.retryable == e["retryable"]
            if document["fields"]:
                assert module.fields_of(code) == e["fields"], (name, e["code"], module.fields_of(code))
            if any(x["help_url"] is not None for x in document["entries"]):
                assert module.help_url(code) == e["help_url"], (name, e["code"])
            # What errcat's `tonic` feature sends, read back without a gRPC library.
            info = exception_type.from_error_info("R", document["domain"], {"code": str(e["code"])})
            assert info is not None and info.code is code and info.retryable == e["retryable"], (name, e["code"])
            flipped = exception_type.from_error_info("R", document["domain"], {"code": str(e["code"]), "retryable": "false" if e["retryable"] else "true"})
            assert flipped is not None and flipped.retryable != e["retryable"]
            assert exception_type.from_error_info("R", document["domain"] + ".other", {"code": str(e["code"])}) is None
            # Metadata that is not a decimal integer is no code, never a ValueError.
            for garbled in ("--5", "²", "-", ""):
                assert exception_type.from_error_info("R", document["domain"], {"code": garbled}) is None, garbled
            problem = exception_type.from_problem({"title": "t", "status": e["http"], "code": e["code"], "extra": 1})
            assert problem is not None and problem.code is code and problem.arguments == {"extra": 1}
        assert module.from_code(int(expectations(document)["unknown"])) is None
        for code_number, arguments, lang, text in RENDERED if name == "storage" else []:
            rendered = exception_type(module.from_code(code_number), arguments, lang)
            assert rendered.message == text and str(rendered) == text, (rendered.message, text)
        assert exception_type.from_body({"code": True}) is None
        print(f"python {name}: mypy --strict and {len(document['entries'])} codes agree")


def c_literal(code: int, repr_: str) -> str:
    if repr_ == "i64" and code == -(2**63):
        return "(-INT64_C(9223372036854775807) - 1)"
    if repr_ == "i64":
        return f"INT64_C({code})"
    if repr_ in ("u64", "u32"):
        return f"UINT64_C({code})"
    return str(code)


def check_c(out: Path, names: list[str], documents: dict[str, dict[str, Any]]) -> None:
    flags = ["-Wall", "-Wextra", "-Werror", "-pedantic"]
    for name in names:
        header = (out / f"{name}.h").read_text()
        found = re.search(r"^typedef \w+ (\w+)_code;$", header, re.M)
        assert found is not None
        prefix = found.group(1)
        document = documents[name]
        languages = document["languages"]
        lines = [f'#include "{name}.h"', "#include <stdio.h>",
                 f"static void hex(const char *label, {prefix}_text text) {{",
                 "    size_t i;", '    printf("%s ", label);',
                 '    if (text.data == NULL) { printf("none\\n"); return; }',
                 '    for (i = 0; i < text.size; i++) printf("%02x", (unsigned)(unsigned char)text.data[i]);',
                 '    printf("\\n");', "}", "int main(void) {"]
        for e in document["entries"]:
            code = c_literal(e["code"], document["repr"])
            lines.append(f'    printf("name %s\\n", {prefix}_name({code}));')
            for lang in [*languages, "xx"]:
                for field in ("message", "description", "solution"):
                    lines.append(f'    hex("{field}", {prefix}_{field}({code}, "{lang}"));')
            lines.append(f'    printf("facts %d %s %s %d %s\\n", {prefix}_http_status({code}), {prefix}_severity({code}), {prefix}_grpc_code({code}), '
                         f'{prefix}_is_retryable({code}), {prefix}_group({code}) ? {prefix}_group({code}) : "-");')
            # Arguments are evaluated in no set order: the lookup first, then the comparison.
            lines.append(f'    {{ {prefix}_code found = 0; int named = {prefix}_from_name({json.dumps(e["name"])}, &found); '
                         f'printf("by-name %d %d\\n", named, found == {code}); }}')
        unknown = int(expectations(document)["unknown"])
        lines.append(f'    printf("unknown %d\\n", {prefix}_is_known({c_literal(unknown, document["repr"])}));')
        lines += ["    return 0;", "}"]
        program = "\n".join(lines) + "\n"
        expected: list[str] = []
        for e in document["entries"]:
            expected.append(f"name {e['name']}")
            for lang in [*languages, "xx"]:
                own = lang if lang in languages else languages[0]
                for field in ("message", "description", "solution"):
                    text = e[field] and e[field][own]
                    expected.append(f"{field} " + ("none" if text is None else text.encode().hex()))
            expected.append(f"facts {e['http']} {e['severity']} {e['grpc']} {int(e['retryable'])} {e['group'] or '-'}")
            expected.append("by-name 1 1")
        expected.append("unknown 0")
        for compiler, std, suffix in (("gcc", "-std=c11", "c"), ("g++", "-std=c++17", "cpp")):
            source = out / f"check_{name}.{suffix}"
            source.write_text(program)
            binary = out / f"check_{name}_{suffix}"
            run(compiler, std, *flags, "-o", str(binary), str(source), cwd=out)
            printed = run(str(binary)).splitlines()
            assert printed == expected, (name, compiler, next((p, x) for p, x in zip(printed, expected) if p != x))
        print(f"c {name}: C11 and C++17 build with -Wall -Wextra -Werror -pedantic; {len(document['entries'])} codes agree")
    # The static assertions: a constant edited by hand no longer compiles.
    name = names[0]
    header = (out / f"{name}.h").read_text()
    edited = re.sub(r"^(    \w+ = )(-?\d+),$", lambda m: f"{m.group(1)}{int(m.group(2)) + 1},", header, count=1, flags=re.M)
    (out / "guard.h").write_text(edited)
    (out / "guard.c").write_text('#include "guard.h"\nint main(void) { return 0; }\n')
    failure = run("gcc", "-std=c11", *flags, "-c", "-o", os.devnull, "guard.c", cwd=out, expect_failure=True)
    assert "changed: run errcat export again" in failure, failure
    print("c: a constant edited by hand fails the build")


def check_openapi(out: Path, names: list[str]) -> None:
    for name in names:
        forms = [out / f"{name}.yaml", out / f"{name}.json"]
        for form in forms:
            run(sys.executable, "-m", "openapi_spec_validator", str(form))
        from_yaml = yaml.safe_load(forms[0].read_text())
        from_json = json.loads(forms[1].read_text())
        from_json.pop("x-errcat")
        assert from_yaml == from_json, name
        components = from_json["components"]
        body_schema = next(s for k, s in components["schemas"].items() if k.endswith("Body"))
        root = {**body_schema, "components": components}
        for example in components["examples"].values():
            jsonschema.validate(example["value"], root, cls=jsonschema.Draft202012Validator)
        print(f"openapi {name}: valid OpenAPI 3.1 as YAML and JSON; {len(components['examples'])} examples fit the body schema")


def main() -> None:
    errcat, out = sys.argv[1], Path(sys.argv[2]).resolve()
    catalogs = [Path(c) for c in sys.argv[3:]]
    shutil.rmtree(out, ignore_errors=True)
    names = [c.stem for c in catalogs]
    documents: dict[str, dict[str, Any]] = {}
    for catalog, name in zip(catalogs, names):
        export(errcat, catalog, "json", out / "json" / f"{name}.json")
        documents[name] = json.loads((out / "json" / f"{name}.json").read_text())
        documents[name].pop("$comment")
        for target, extension in TARGETS.items():
            path = out / target / (f"{name}/{name}.go" if target == "go" else f"{name}.{extension}")
            export(errcat, catalog, target, path)
        export(errcat, catalog, "openapi", out / "openapi" / f"{name}.yaml")
        export(errcat, catalog, "openapi", out / "openapi" / f"{name}.json")
        rendered = RENDERED if name == "storage" else []
        for target in ("typescript", "go"):
            expected = {**expectations(documents[name]), "rendered": rendered}
            (out / target / f"{name}.expected.json").write_text(json.dumps(expected))
    check_json(documents)
    check_typescript(out / "typescript", names)
    check_go(out / "go", names, documents)
    check_python(out / "python", names, documents)
    check_c(out / "c", names, documents)
    check_openapi(out / "openapi", names)


if __name__ == "__main__":
    main()
