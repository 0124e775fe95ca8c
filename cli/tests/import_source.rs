//! `errcat import` on source code beyond the seeds' shapes: gRPC code maps
//! in Go, protobuf enums, and Rust (enums with discriminants, constants,
//! macro tables, the mapping functions beside an enum, directories), with
//! `--derive` applied to fixtures and compiled before and after.

mod support;

use errcat_catalog::load_str;
use errcat_cli::commands::import;
use errcat_cli::import::Draft;
use support::{errcat, import, import_bytes, scratch, DOCS};

#[test]
fn go_grpc_codes_from_a_map_literal_become_grpc_keys() {
    let args = import::Args::new(&format!("{DOCS}/grpc_codes.go"));
    let draft = import::run(&args).unwrap();
    let catalog = load_str(&draft.yaml, "grpc.yaml").unwrap();
    let codes: Vec<(i128, &str)> =
        catalog.entries().iter().map(|e| (e.code, e.grpc.as_str())).collect();
    assert_eq!(codes, [(611, "NOT_FOUND"), (612, "UNAVAILABLE"), (613, "RESOURCE_EXHAUSTED")]);
    let findings: Vec<String> = draft.findings.iter().map(|f| f.message.clone()).collect();
    assert_eq!(
        findings,
        [
            "a gRPC code for `ErrUnknownThing`, which is no constant here: left out",
            "`codes.Bogus` for `ErrQuotaExceeded` is no gRPC error code: left out",
        ]
    );
}

#[test]
fn protobuf_enums_become_groups_with_reserved_codes_and_aliases_reported() {
    let draft = import("error_reason.proto", &[], None);
    let catalog = load_str(&draft.yaml, "proto.yaml").unwrap();
    let entries: Vec<(i128, &str, Option<&str>, bool)> = catalog
        .entries()
        .iter()
        .map(|e| {
            (
                e.code,
                e.name.as_str(),
                e.message.as_ref().and_then(|m| m.own(0)),
                e.deprecated.is_some(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            (611, "DISK_NOT_FOUND", Some("The disk is not mounted on the host."), false),
            (612, "DISK_BUSY", Some("The disk is busy; retry later."), false),
            (630, "QUOTA_EXCEEDED", Some("The quota of the volume is used up."), true),
            (904, "VOLUME_NOT_FOUND", Some("The volume does not exist."), false),
            (905, "VOLUME_READONLY", Some("The volume is read-only."), false),
        ]
    );
    let groups: Vec<&str> = catalog.groups().iter().map(|g| g.name.as_str()).collect();
    assert_eq!(groups, ["error_reason", "volume_reason"]);
    assert_eq!(catalog.reserved(), [(613, 613), (620, 629)]);
    assert_eq!(catalog.success(), [(0, 0)]);
    let findings: Vec<(Option<usize>, &str)> =
        draft.findings.iter().map(|f| (f.line, f.message.as_str())).collect();
    assert_eq!(
        findings,
        [
            (Some(11), "`ERROR_REASON_UNSPECIFIED` = 0, the enum's default, is listed in `success`, not as an error"),
            (Some(16), "the reserved name \"DISK_GONE\" has no code: left out"),
            (Some(27), "`REASON_UNSPECIFIED` = 0, the enum's default, is listed in `success`, not as an error"),
            (Some(30), "`VOLUME_MISSING` is an alias of `VOLUME_NOT_FOUND` (904): left out"),
        ]
    );
}

/// Per entry: code, name, default-language message, argument names.
fn rust_entries(draft: &Draft) -> Vec<(i128, String, String, Vec<String>)> {
    let catalog = load_str(&draft.yaml, "rust.yaml").unwrap();
    catalog
        .entries()
        .iter()
        .map(|e| {
            let message = e.message.as_ref().and_then(|m| m.own(0)).unwrap_or_default().to_owned();
            (e.code, e.name.clone(), message, e.args.iter().map(|a| a.name.clone()).collect())
        })
        .collect()
}

#[test]
fn a_rust_enum_with_discriminants_keeps_its_name_repr_docs_and_strum_names() {
    let draft = import("status_code.rs", &[], None);
    assert!(
        draft.yaml.contains("\nname: StatusCode\n") && draft.yaml.contains("\nrepr: u32\n"),
        "{}",
        draft.yaml
    );
    let entries = rust_entries(&draft);
    let codes: Vec<i128> = entries.iter().map(|e| e.0).collect();
    // Counted on after an explicit discriminant: 4000, 4001, 4002.
    assert_eq!(codes, [1000, 1001, 1002, 1003, 1004, 4000, 4001, 4002, 6000, 7100]);
    assert_eq!(entries[6].1, "TableNotFound");
    assert_eq!(entries[6].2, "Table not found.");
    assert_eq!(entries[8].1, "region_busy", "#[strum(serialize)] names it");
    assert!(draft.yaml.contains(
        "description: \"The table named in the query does not exist in the current database.\""
    ));
    let findings: Vec<(Option<usize>, &str)> =
        draft.findings.iter().map(|f| (f.line, f.message.as_str())).collect();
    assert_eq!(
        findings,
        [
            (Some(12), "code 0 reads as success: listed in `success`, not as an error"),
            (Some(36), "`LicenseRequired` is `#[cfg]`-gated: read, but it may not exist in every build"),
            (Some(41), "`define_more_codes!` is a macro the reader cannot expand: what it defines is not read"),
            (Some(71), "an arm whose value the reader cannot evaluate: its variants keep no value"),
        ]
    );
    // A bool function errcat has no key for: a declared field of its name.
    assert!(
        draft.yaml.contains("fields:\n  should_log_error: {type: bool, default: false}\n"),
        "{}",
        draft.yaml
    );
    // The mapping functions beside the enum: what each returns for each variant.
    let catalog = load_str(&draft.yaml, "status.yaml").unwrap();
    let facts: Vec<(i128, u16, &str, bool)> =
        catalog.entries().iter().map(|e| (e.code, e.http, e.grpc.as_str(), e.retryable)).collect();
    assert_eq!(
        facts,
        [
            (1000, 500, "INTERNAL", false),
            // An arm the reader cannot evaluate: the code of HTTP 500.
            (1001, 500, "INTERNAL", false),
            (1002, 500, "INTERNAL", false),
            (1003, 500, "INTERNAL", true),
            (1004, 500, "INVALID_ARGUMENT", false),
            (4000, 409, "ALREADY_EXISTS", false),
            (4001, 400, "NOT_FOUND", false),
            (4002, 400, "NOT_FOUND", false),
            (6000, 503, "RESOURCE_EXHAUSTED", true),
            (7100, 500, "INTERNAL", false),
        ]
    );
}

#[test]
fn thiserror_messages_give_typed_arguments_and_consts_are_another_item() {
    let draft = import("disk_error.rs", &[], None);
    let entries = rust_entries(&draft);
    assert_eq!(
        entries[0],
        (
            611,
            "DiskNotFound".into(),
            "disk {disk_id} not found on {host}".into(),
            vec!["disk_id".into(), "host".into()]
        )
    );
    assert!(
        draft.yaml.contains("args: {\"disk_id\": \"u64\", \"host\": \"string\"}"),
        "{}",
        draft.yaml
    );
    assert_eq!(entries[2].3, Vec::<String>::new(), "a Duration is no argument type");
    let notes: Vec<&str> = draft.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(
        notes.contains(&"mod codes also holds 2 codes: not read (`--item codes` reads it instead)"),
        "{notes:?}"
    );
    let args = import::Args {
        item: Some("codes".into()),
        ..import::Args::new(&format!("{DOCS}/disk_error.rs"))
    };
    let consts = import::run(&args).unwrap();
    let entries = rust_entries(&consts);
    assert_eq!(
        entries.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
        [(904, "VOLUME_NOT_EXIST"), (905, "VOLUME_READONLY")]
    );
}

#[test]
fn a_rust_file_that_does_not_parse_is_exit_2_with_its_position() {
    let (status, stderr) = import_bytes("broken.rs", b"pub enum E {\n    A = 1,\n    B = ,\n}\n");
    assert_eq!(status, Some(2));
    assert!(stderr.contains("broken.rs: it does not parse as Rust: line 3, column"), "{stderr}");
}

#[test]
fn hostile_rust_files_are_read_or_refused_never_a_crash() {
    // Nesting that would take syn's recursion past the stack, with brackets
    // or without: refused first, each with its line.
    let n = 200_000;
    for (name, text, line) in [
        ("blocks.rs", format!("{}{}", "mod a {".repeat(n), "}".repeat(n)), 1),
        ("negations.rs", format!("pub enum E {{\n    A = {}1,\n}}\n", "-".repeat(n)), 2),
        ("casts.rs", format!("pub enum E {{\n    A = 1{},\n}}\n", " as i32".repeat(n)), 2),
        ("sums.rs", format!("pub enum E {{\n    A = 1{},\n}}\n", " + 1".repeat(n)), 2),
        ("generics.rs", format!("const X: {}u8{} = 0;\n", "V<".repeat(n), ">".repeat(n)), 1),
        ("generic_lists.rs", format!("const X: {}\n", "V<A, ".repeat(n)), 1),
        ("closures.rs", format!("const X: u8 = {}1;\n", "|a, b| ".repeat(n)), 1),
        ("references.rs", format!("const X: {}u8 = 0;\n", "&".repeat(n)), 1),
        ("calls.rs", format!("const X: u8 = x{};\n", ".f()".repeat(n)), 1),
    ] {
        let (status, stderr) = import_bytes(name, text.as_bytes());
        assert_eq!(status, Some(2), "{name}: {stderr}");
        let expected =
            format!("line {line}: syntax nests 1001 deep here, more than the 1000 errcat reads");
        assert!(stderr.contains(&expected), "{name}: {stderr}");
    }
    // Just under the limit, nested generic arguments (the deepest recursion
    // per token measured) are read, on the reader's own stack.
    let deep_type = format!(
        "pub enum E {{\n    A = 1,\n}}\nconst X: {}u8{} = 0;\n",
        "V<".repeat(320),
        ">".repeat(320)
    );
    let (status, stderr) = import_bytes("deep_type.rs", deep_type.as_bytes());
    assert_eq!(status, Some(0), "{stderr}");
    // Ten megabytes around a small enum: read.
    let blob = "x".repeat(10 << 20);
    let big = format!("pub const BLOB: &str = \"{blob}\";\n#[repr(u8)]\npub enum E {{\n    /// one\n    A = 1,\n    B,\n}}\n");
    let dir = scratch("big_rs");
    std::fs::write(dir.join("big.rs"), big).unwrap();
    let output = errcat(&["import", "--color", "never", "big.rs"], &dir);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let yaml = String::from_utf8_lossy(&output.stdout);
    assert!(
        yaml.contains(
            "  - code: 1\n    name: \"A\"\n    message: \"one\"\n  - code: 2\n    name: \"B\"\n"
        ),
        "{yaml}"
    );
}

#[test]
fn derive_says_what_goes_on_the_enum_and_what_it_replaces() {
    let dir = scratch("derive_text");
    std::fs::copy(format!("{DOCS}/status_code.rs"), dir.join("status_code.rs")).unwrap();
    let output = errcat(&["import", "status_code.rs", "--derive", "errors/status.yaml"], &dir);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "// On `enum StatusCode` (status_code.rs:10):\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]\n\
         #[catalog(path = \"errors/status.yaml\")]\n\
         // The derive replaces these; delete them:\n\
         //   #[derive(EnumString)] (status_code.rs:8): `FromStr` and `from_name`\n\
         //   #[derive(AsRefStr)] (status_code.rs:8): `name()` and `Display`\n\
         //   #[derive(EnumIter)] (status_code.rs:8): `ALL`\n\
         //   #[derive(FromRepr)] (status_code.rs:8): `from_code` and `TryFrom`\n\
         //   #[strum(…)] (status_code.rs:33): the catalog's name and message\n\
         //   fn is_retryable (status_code.rs:47): `is_retryable()` (`retryable` in the catalog)\n\
         //   fn http_status (status_code.rs:52): `http_status()` (`http` in the catalog)\n\
         //   fn grpc_code (status_code.rs:65): `grpc_code()` (`grpc` in the catalog)\n\
         //   fn should_log_error (status_code.rs:77): the accessor of the declared field of the same name\n\
         // Before the derive compiles:\n\
         //   Success (status_code.rs:12) has no entry in the catalog (a success code, or left out): remove it, or add its entry\n"
    );
    let disk = std::fs::copy(format!("{DOCS}/disk_error.rs"), dir.join("disk_error.rs"));
    assert!(disk.is_ok());
    let output = errcat(&["import", "disk_error.rs", "--derive", "disk.yaml"], &dir);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("//   DiskNoSpace (disk_error.rs:13): #[catalog(name = \"DiskNoSpace\")]\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "//   DiskNotFound (disk_error.rs:7) has fields: the derive takes unit variants"
        ),
        "{text}"
    );
    let go = errcat(&["import", "--derive", "x.yaml", &format!("{DOCS}/etcd_errors.go")], &dir);
    assert_eq!(go.status.code(), Some(2));
}

/// Builds and runs a scratch binary crate depending on this errcat, with
/// `files`; its standard output.
fn run_crate(name: &str, files: &[(&str, &str)]) -> String {
    let root = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("adopt");
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nerrcat = {{ path = {:?} }}\n\n[workspace]\n",
        repo.display().to_string()
    );
    for (path, text) in
        std::iter::once(("Cargo.toml", manifest.as_str())).chain(files.iter().copied())
    {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    std::fs::copy(repo.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline"])
        .env("CARGO_TARGET_DIR", root.join("target"))
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_suggested_derive_compiles_and_answers_as_the_deleted_functions_did() {
    let fixture = std::fs::read_to_string(format!("{DOCS}/plain_codes.rs")).unwrap();
    let draft = import("plain_codes.rs", &[], None);
    let output = errcat(
        &["import", "plain_codes.rs", "--derive", "catalogs/store.yaml"],
        std::path::Path::new(DOCS),
    );
    let suggestion = String::from_utf8(output.stdout).unwrap();
    // Before: the enum and its hand-written functions.
    let before = format!(
        "{fixture}\nfn main() {{\n    for e in StoreError::ALL {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}}\", e as u32, e.http_status(), e.grpc_code(), e.is_retryable());\n    }}\n}}\n"
    );
    // After: the suggested attributes instead of the derive line, and the
    // items it says to delete (the whole impl block) deleted.
    let attributes: Vec<&str> = suggestion.lines().filter(|l| !l.starts_with("//")).collect();
    let (head, _) = fixture.split_once("impl StoreError {").unwrap();
    let enum_at = head.find("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[repr(u32)]").unwrap();
    let after_enum = head[enum_at..].replacen(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq)]",
        &attributes.join("\n"),
        1,
    );
    let after = format!(
        "#![allow(dead_code)]\n{}{after_enum}\nfn main() {{\n    for &e in <StoreError as errcat::ErrorCode>::ALL {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}}\", e.code(), e.http_status(), e.grpc_code(), e.is_retryable());\n    }}\n}}\n",
        &head[..enum_at]
    );
    let old = run_crate("adopt_before", &[("src/main.rs", before.as_str())]);
    let new = run_crate(
        "adopt_after",
        &[("src/main.rs", after.as_str()), ("catalogs/store.yaml", draft.yaml.as_str())],
    );
    assert_eq!(
        old,
        "Unknown 1000 500 Internal false\nInvalidArguments 1004 400 InvalidArgument false\nTableNotFound 4001 400 NotFound false\nRegionBusy 6000 503 ResourceExhausted true\n"
    );
    assert_eq!(new, old, "the derive answers as the deleted functions did");
}

#[test]
fn a_macro_table_of_codes_is_read_with_its_doc_comments() {
    let draft = import("exception_codes.rs", &[], None);
    let entries: Vec<(i128, String, String)> = rust_entries(&draft)
        .into_iter()
        .map(|(code, name, message, _)| (code, name, message))
        .collect();
    assert_eq!(
        entries,
        [
            (
                1001,
                "Internal".into(),
                "Internal means this is the internal error that no action can be taken.".into()
            ),
            (1002, "Unimplemented".into(), "The feature is not implemented yet.".into()),
            (1003, "UnknownDatabase".into(), "The database does not exist.".into()),
            (1025, "UnknownTable".into(), "The table does not exist.".into()),
        ]
    );
    assert!(draft.findings.is_empty(), "{:?}", draft.findings);
}

#[test]
fn a_str_function_becomes_a_declared_string_field() {
    let draft = import("meili_code.rs", &[], None);
    let catalog = load_str(&draft.yaml, "meili.yaml").unwrap();
    assert_eq!(
        catalog.fields().iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
        ["error_type"]
    );
    let facts: Vec<(i128, u16, String)> = catalog
        .entries()
        .iter()
        .map(|e| (e.code, e.http, e.fields[0].as_ref().map(|v| v.to_text()).unwrap_or_default()))
        .collect();
    assert_eq!(
        facts,
        [
            (1, 404, "invalid_request".into()),
            (2, 409, "invalid_request".into()),
            (3, 403, "auth".into()),
            (4, 500, "internal".into()),
        ]
    );
}

#[test]
fn a_directory_is_read_as_a_crates_rust_files() {
    let dir = scratch("crate_dir");
    std::fs::create_dir_all(dir.join("src/errors")).unwrap();
    std::fs::create_dir_all(dir.join("target/debug")).unwrap();
    std::fs::copy(format!("{DOCS}/status_code.rs"), dir.join("src/errors/status.rs")).unwrap();
    std::fs::copy(format!("{DOCS}/exception_codes.rs"), dir.join("src/exceptions.rs")).unwrap();
    std::fs::write(dir.join("src/main.rs"), "fn main() {}\n").unwrap();
    std::fs::write(dir.join("src/broken.rs"), "pub fn x( {").unwrap();
    // Not the crate's source: never read.
    std::fs::write(dir.join("target/debug/generated.rs"), "pub enum G { A = 1 }").unwrap();
    // A link back up the tree is not followed (it would never end).
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", dir.join("src/errors/up")).unwrap();
    let args = import::Args::new(dir.to_str().unwrap());
    let draft = import::run(&args).unwrap();
    assert!(
        draft.yaml.contains("\nname: StatusCode\n"),
        "the file with the most codes: {}",
        draft.yaml
    );
    let findings: Vec<String> = draft
        .findings
        .iter()
        .filter(|f| f.line.is_none())
        .map(|f| f.message.replace(&dir.display().to_string(), "DIR"))
        .collect();
    assert_eq!(
        findings,
        [
            // By document: src/broken.rs, then src/exceptions.rs.
            "it does not parse as Rust: line 1, column 11: cannot parse string into token stream",
            "DIR/src/exceptions.rs also holds 4 codes: not read (import it alone)",
        ]
    );
    let args = import::Args {
        item: Some("build_exceptions".into()),
        ..import::Args::new(dir.to_str().unwrap())
    };
    let draft = import::run(&args).unwrap();
    assert!(draft.yaml.contains("  - code: 1025\n    name: \"UnknownTable\""), "{}", draft.yaml);
}

#[test]
fn the_suggested_derive_keeps_the_status_and_error_type_of_the_meilisearch_shape() {
    let fixture = std::fs::read_to_string(format!("{DOCS}/meili_code.rs")).unwrap();
    let draft = import("meili_code.rs", &[], None);
    let output = errcat(
        &["import", "meili_code.rs", "--derive", "catalogs/meili.yaml"],
        std::path::Path::new(DOCS),
    );
    let suggestion = String::from_utf8(output.stdout).unwrap();
    // What the fixture's `http::StatusCode` needs, without the http crate.
    let shim = "#[derive(Debug)]\npub struct StatusCode(u16);\nimpl StatusCode {\n    pub const NOT_FOUND: StatusCode = StatusCode(404);\n    pub const CONFLICT: StatusCode = StatusCode(409);\n    pub const FORBIDDEN: StatusCode = StatusCode(403);\n    pub const INTERNAL_SERVER_ERROR: StatusCode = StatusCode(500);\n}\n";
    let variants =
        "[Code::IndexNotFound, Code::IndexAlreadyExists, Code::InvalidApiKey, Code::Internal]";
    let before = format!(
        "{fixture}\n{shim}\nfn main() {{\n    for e in {variants} {{\n        println!(\"{{e:?}} {{}} {{}} {{}}\", e as u16, e.http().0, e.error_type());\n    }}\n}}\n"
    );
    let attributes: Vec<&str> = suggestion.lines().filter(|l| !l.starts_with("//")).collect();
    let (head, _) = fixture.split_once("impl Code {").unwrap();
    let after_head =
        head.replacen("#[derive(Debug, Clone, Copy, PartialEq, Eq)]", &attributes.join("\n"), 1);
    let after = format!(
        "{after_head}\nfn main() {{\n    for e in {variants} {{\n        println!(\"{{e:?}} {{}} {{}} {{}}\", e.code(), e.http_status(), e.error_type().unwrap_or_default());\n    }}\n}}\n"
    );
    let old = run_crate("meili_before", &[("src/main.rs", before.as_str())]);
    let new = run_crate(
        "meili_after",
        &[("src/main.rs", after.as_str()), ("catalogs/meili.yaml", draft.yaml.as_str())],
    );
    assert_eq!(
        old,
        "IndexNotFound 1 404 invalid_request\nIndexAlreadyExists 2 409 invalid_request\nInvalidApiKey 3 403 auth\nInternal 4 500 internal\n"
    );
    assert_eq!(new, old, "the derive answers as the deleted functions did");
}

#[test]
fn the_suggested_derive_on_the_strum_enum_answers_as_its_functions_but_for_what_the_report_names() {
    // The fixture without strum and with the `enterprise` variant on; what its
    // functions need from http and tonic, as small stand-ins.
    let fixture = std::fs::read_to_string(format!("{DOCS}/status_code.rs")).unwrap();
    let fixture = fixture
        .replace("//!", "//")
        .replace("use strum::{AsRefStr, EnumIter, EnumString, FromRepr};\n", "")
        .replace("#[cfg(feature = \"enterprise\")]\n", "");
    let shims = "mod http {\n    #[derive(Debug)]\n    pub struct StatusCode(pub u16);\n    impl StatusCode {\n        pub const OK: StatusCode = StatusCode(200);\n        pub const BAD_REQUEST: StatusCode = StatusCode(400);\n        pub const SERVICE_UNAVAILABLE: StatusCode = StatusCode(503);\n        pub const INTERNAL_SERVER_ERROR: StatusCode = StatusCode(500);\n        pub fn from_u16(n: u16) -> Result<StatusCode, ()> { Ok(StatusCode(n)) }\n    }\n}\nmod tonic {\n    #[derive(Debug)]\n    pub enum Code { NotFound, AlreadyExists, InvalidArgument, ResourceExhausted, Internal, Unimplemented }\n}\nfn code_for_unsupported() -> tonic::Code { tonic::Code::Unimplemented }\nmacro_rules! define_more_codes { ($($t:tt)*) => {}; }\n";
    let dir = scratch("strum_derive");
    std::fs::write(dir.join("status_code.rs"), &fixture).unwrap();
    let args = import::Args::new(dir.join("status_code.rs").to_str().unwrap());
    let draft = import::run(&args).unwrap();
    let output = errcat(&["import", "status_code.rs", "--derive", "catalogs/status.yaml"], &dir);
    let suggestion = String::from_utf8(output.stdout).unwrap();
    let all = "[StatusCode::Unknown, StatusCode::Unsupported, StatusCode::Unexpected, StatusCode::Internal, StatusCode::InvalidArguments, StatusCode::TableAlreadyExists, StatusCode::TableNotFound, StatusCode::TableColumnNotFound, StatusCode::RegionBusy, StatusCode::LicenseRequired]";
    let plain = fixture
        .replace(", EnumString, AsRefStr, EnumIter, FromRepr)]", ")]")
        .replace("    #[strum(serialize = \"region_busy\")]\n", "");
    let before = format!(
        "#![allow(dead_code)]\n{shims}{plain}\nfn main() {{\n    for e in {all} {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}} {{}}\", e as u32, e.http_status().0, e.grpc_code(), e.is_retryable(), e.should_log_error());\n    }}\n}}\n"
    );
    // After: the suggested attributes, and what the suggestion lists deleted:
    // the strum derives and attribute, the functions, and the success variant.
    let attributes: Vec<&str> = suggestion.lines().filter(|l| !l.starts_with("//")).collect();
    let (head, _) = fixture.split_once("impl StatusCode {").unwrap();
    let head = head
        .replace("#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumString, AsRefStr, EnumIter, FromRepr)]", &attributes.join("\n"))
        .replace("    #[strum(serialize = \"region_busy\")]\n", "    #[catalog(name = \"region_busy\")]\n")
        .replace("    /// Success.\n    Success = 0,\n", "");
    let after = format!(
        "#![allow(dead_code)]\nmacro_rules! define_more_codes {{ ($($t:tt)*) => {{}}; }}\n{head}\nfn main() {{\n    for e in {all} {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}} {{}}\", e.code(), e.http_status(), e.grpc_code(), e.is_retryable(), e.should_log_error());\n    }}\n}}\n"
    );
    let old = run_crate("strum_before", &[("src/main.rs", before.as_str())]);
    let new = run_crate(
        "strum_after",
        &[("src/main.rs", after.as_str()), ("catalogs/status.yaml", draft.yaml.as_str())],
    );
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    // Every code answers the same, but `Unsupported`, whose gRPC arm the
    // report said it could not evaluate (the draft takes its HTTP status's code).
    for (old, new) in old.iter().zip(&new) {
        if old.starts_with("Unsupported") {
            assert_eq!(
                (*old, *new),
                (
                    "Unsupported 1001 500 Unimplemented false false",
                    "Unsupported 1001 500 Internal false false"
                )
            );
        } else {
            assert_eq!(old, new);
        }
    }
    assert_eq!(old.len(), 10);
    assert!(draft.findings.iter().any(|f| f.message.contains("cannot evaluate")));
}

#[test]
fn a_grpc_mapping_to_ok_is_left_out() {
    // `Code::Ok` is not an error, and a catalog rejects `grpc: OK`: the
    // entry keeps the code of its HTTP status instead.
    let dir = scratch("grpc_ok");
    let file = dir.join("codes.rs");
    std::fs::write(
        &file,
        "pub enum Code {\n    /// Fine.\n    Fine = 1,\n    /// Missing.\n    Missing = 2,\n}\n\
         impl Code {\n    pub fn grpc_code(&self) -> tonic::Code {\n        match self {\n            \
         Code::Fine => tonic::Code::Ok,\n            Code::Missing => tonic::Code::NotFound,\n        }\n    }\n}\n",
    )
    .unwrap();
    let draft = import::run(&import::Args::new(file.to_str().unwrap())).unwrap();
    assert!(!draft.yaml.contains("OK"), "{}", draft.yaml);
    assert!(draft.yaml.contains("grpc: NOT_FOUND"), "{}", draft.yaml);
    load_str(&draft.yaml, "codes.yaml").unwrap();
}

#[test]
fn discriminants_their_type_cannot_hold_are_reported_not_read_as_written() {
    let dir = scratch("rust_casts");
    let path = dir.join("casts.rs");
    let text = "pub enum E {\n    A = 7 as u8,\n    B = -128i8,\n    C = 170141183460469231731687303715884105727,\n    D,\n}\n\
                pub enum F {\n    A = 300 as u8,\n    B,\n    C = 2,\n}\n\
                pub enum G {\n    A = 128i8,\n}\n\
                pub enum H {\n    A = 7 as c_int,\n}\n\
                pub mod codes {\n    pub const WRAPPED: u8 = 300 as u8;\n    pub const FINE: u16 = 5;\n}\n";
    std::fs::write(&path, text).unwrap();
    let draft = import::run(&import::Args::new(path.to_str().unwrap())).unwrap();
    let codes: Vec<i128> = rust_entries(&draft).iter().map(|e| e.0).collect();
    // The largest i128 is no code a catalog's repr holds: the draft reports it.
    assert_eq!(codes, [-128, 7], "{:?}", draft.findings);
    let findings: Vec<(Option<usize>, &str)> =
        draft.findings.iter().map(|f| (f.line, f.message.as_str())).collect();
    assert!(
        findings.contains(&(Some(5), "`D` follows a variant whose discriminant is the largest integer, so it has none: left out, and the variants after it")),
        "{findings:?}"
    );
    let args = import::Args { item: Some("F".into()), ..import::Args::new(path.to_str().unwrap()) };
    let draft = import::run(&args).unwrap();
    let codes: Vec<i128> = rust_entries(&draft).iter().map(|e| e.0).collect();
    assert_eq!(codes, [2], "300 as u8 is 44 in Rust: not read as 300");
    assert!(
        draft.findings.iter().any(|f| f.line == Some(8)
            && f.message == "the discriminant of `A` is out of its type's range (Rust would wrap it): left out, and the variants after it"),
        "{:?}",
        draft.findings
    );
    // 128i8 does not fit (only -128i8 does); a cast to a type errcat does
    // not know is read as written; a constant that does not fit is reported.
    for (item, codes) in [("G", vec![]), ("H", vec![7]), ("codes", vec![5])] {
        let args =
            import::Args { item: Some(item.into()), ..import::Args::new(path.to_str().unwrap()) };
        let draft = import::run(&args);
        let found: Vec<i128> = draft
            .as_ref()
            .map(|d| rust_entries(d).iter().map(|e| e.0).collect())
            .unwrap_or_default();
        assert_eq!(found, codes, "{item}");
    }
    let args =
        import::Args { item: Some("codes".into()), ..import::Args::new(path.to_str().unwrap()) };
    let draft = import::run(&args).unwrap();
    assert!(
        draft.findings.iter().any(|f| f.line == Some(19)
            && f.message == "the value of `WRAPPED` is out of its type's range (Rust would wrap it): not read"),
        "{:?}",
        draft.findings
    );
}

#[test]
fn candidates_that_share_a_name_are_each_reported() {
    let dir = scratch("rust_same_name");
    let path = dir.join("codes.rs");
    let text = "pub struct Code;\nimpl Code {\n    pub const A: i32 = 1;\n    pub const B: i32 = 2;\n}\n\
                impl Code {\n    pub const C: i32 = 3;\n    pub const D: i32 = 4;\n    pub const E: i32 = 5;\n}\n";
    std::fs::write(&path, text).unwrap();
    for item in [None, Some("Code")] {
        let args = import::Args {
            item: item.map(Into::into),
            ..import::Args::new(path.to_str().unwrap())
        };
        let draft = import::run(&args).unwrap();
        let codes: Vec<i128> = rust_entries(&draft).iter().map(|e| e.0).collect();
        assert_eq!(codes, [3, 4, 5], "{item:?}");
        let notes: Vec<&str> = draft.findings.iter().map(|f| f.message.as_str()).collect();
        assert!(
            notes.contains(&"impl Code also holds 2 codes: not read (it has the name of the one read, so `--item` cannot choose it)"),
            "{item:?}: {notes:?}"
        );
    }
}
