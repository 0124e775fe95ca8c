//! Builds scratch consumer crates with cargo, as a user would: the generated
//! code must be lint-clean under the strictest settings, and editing a
//! catalog must rebuild the consumer with no `touch` and no build.rs.
//!
//! The crates live under cargo's test scratch directory and share one
//! target directory, so the dependencies are compiled once.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

const REPO: &str = env!("CARGO_MANIFEST_DIR");
const SCRATCH: &str = env!("CARGO_TARGET_TMPDIR");

/// A fresh crate named `name` with the given files, depending on this errcat.
fn scratch_crate(name: &str, files: &[(&str, &str)]) -> PathBuf {
    scratch_crate_with_features(name, &[], files)
}

/// [`scratch_crate`] with errcat's `features` on. The crate depends on
/// errcat alone: whatever the features need, errcat brings.
fn scratch_crate_with_features(name: &str, features: &[&str], files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(SCRATCH).join("consumers").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nerrcat = {{ path = {REPO:?}, features = {features:?} }}\n\n[workspace]\n"
    );
    fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    // The same dependency versions as this repository, with no resolution step.
    fs::copy(Path::new(REPO).join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    for (path, contents) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    }
    dir
}

fn cargo(dir: &Path, args: &[&str]) -> String {
    let output = cargo_output(dir, args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo {args:?} failed in {}:\n{stderr}", dir.display());
    String::from_utf8(output.stdout).unwrap()
}

fn cargo_output(dir: &Path, args: &[&str]) -> std::process::Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", Path::new(SCRATCH).join("consumers-target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap()
}

/// Rewrites a file with a modification time safely after the last build.
fn edit(file: &Path, contents: &str) {
    fs::write(file, contents).unwrap();
    // Filesystems with coarse timestamps could otherwise give the edit the build's time.
    let later = SystemTime::now() + Duration::from_secs(2);
    fs::File::options().write(true).open(file).unwrap().set_modified(later).unwrap();
}

fn catalog(path: &str) -> String {
    fs::read_to_string(Path::new(REPO).join(path)).unwrap()
}

/// `#[derive(ErrorCatalog)]` in both layouts: out of code order (a `match`
/// maps variants to positions) and in code order (dense).
const DERIVED: &str = r#"
/// Derived from one group of a catalog.
pub mod derived_access {
    /// Access errors, out of code order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
    #[catalog(path = "catalogs/blobstore.yaml", group = "access")]
    pub enum AccessError {
        /// 553
        AccessExceedSize = 553,
        /// 551
        AccessServiceDiscovery = 551,
        /// 552
        AccessLimited = 552,
    }
}

/// Derived from a whole catalog.
pub mod derived_features {
    /// Every feature code, in code order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
    #[catalog(path = "catalogs/features.yaml")]
    pub enum FeatureError {
        /// 1
        DiskFull,
        /// 2
        Gone,
        /// 3
        OldRead,
        /// 500
        Code500,
        /// 1000
        Code1000,
        /// 65535
        Max,
    }
}
"#;

#[test]
fn generated_code_is_clean_under_strict_lints() {
    let catalogs = [
        ("blobstore", "examples/catalogs/blobstore.yaml"),
        ("mooncake_transfer_engine", "examples/catalogs/mooncake_transfer_engine.yaml"),
        ("mooncake_store", "examples/catalogs/mooncake_store.yaml"),
        ("info2soft", "examples/catalogs/info2soft.yaml"),
        ("api_switch", "examples/catalogs/api_switch.yaml"),
        ("features", "tests/catalogs/features.yaml"),
        ("hostile_text", "tests/catalogs/hostile_text.yaml"),
        ("storage", "examples/storage.yaml"),
        ("representation_open", "tests/catalogs/representation_open.yaml"),
        ("database", "tests/catalogs/database.yaml"),
        ("search_api", "tests/catalogs/search_api.yaml"),
        ("fields_open", "tests/catalogs/fields_open.yaml"),
    ];
    let mut lib = String::from(
        "//! A consumer with every lint the brief names turned to an error.\n\
         #![no_std]\n#![forbid(unsafe_code)]\n#![deny(warnings, missing_docs)]\n\
         #![deny(clippy::all, clippy::pedantic)]\n\n",
    );
    let texts: Vec<(String, String)> = catalogs
        .iter()
        .map(|(module, path)| {
            lib.push_str(&format!(
                "/// The `{module}` catalog.\npub mod {module} {{\n    errcat::catalog!(\"catalogs/{module}.yaml\");\n}}\n\n"
            ));
            (format!("catalogs/{module}.yaml"), catalog(path))
        })
        .collect();
    lib.push_str(DERIVED);
    let mut files: Vec<(&str, &str)> =
        texts.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    files.push(("src/lib.rs", &lib));
    let dir = scratch_crate("strict_consumer", &files);
    cargo(&dir, &["build", "--quiet"]);
    cargo(&dir, &["clippy", "--quiet", "--", "-D", "warnings"]);
    cargo(&dir, &["doc", "--quiet", "--no-deps"]);
    // The serde and axum impls are generated into the consumer too, and the
    // consumer has no serde, http or axum dependency of its own.
    let dir = scratch_crate_with_features("strict_consumer_axum", &["axum"], &files);
    cargo(&dir, &["clippy", "--quiet", "--", "-D", "warnings"]);
}

#[test]
fn editing_the_catalog_rebuilds_the_consumer() {
    let before = "name: DemoError\ncodes:\n  - code: 1\n    message: first message\n";
    let main = "errcat::catalog!(\"errors.yaml\");\n\
                fn main() {\n    let messages: Vec<&str> = DemoError::ALL.iter().map(|e| e.message()).collect();\n    println!(\"{} {}\", DemoError::ALL.len(), messages.join(\"|\"));\n}\n";
    let dir = scratch_crate("rebuild_consumer", &[("errors.yaml", before), ("src/main.rs", main)]);
    assert_eq!(cargo(&dir, &["run", "--quiet"]), "1 first message\n");

    let after = "name: DemoError\ncodes:\n  - code: 1\n    message: changed message\n  - code: 2\n    message: added code\n";
    edit(&dir.join("errors.yaml"), after);
    assert_eq!(cargo(&dir, &["run", "--quiet"]), "2 changed message|added code\n");
}

#[test]
fn editing_the_catalog_reports_drift_in_a_derived_enum() {
    let before = "name: DemoError\ncodes:\n  - code: 1\n    name: FIRST\n";
    let main = "#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]\n\
                #[catalog(path = \"errors.yaml\")]\n\
                enum DemoError { First }\n\
                fn main() { println!(\"{}\", DemoError::First.code()); }\n";
    let dir =
        scratch_crate("derive_rebuild_consumer", &[("errors.yaml", before), ("src/main.rs", main)]);
    assert_eq!(cargo(&dir, &["run", "--quiet"]), "1\n");

    edit(
        &dir.join("errors.yaml"),
        "name: DemoError\ncodes:\n  - code: 1\n    name: FIRST\n  - code: 2\n    name: SECOND\n",
    );
    let output = cargo_output(&dir, &["build", "--quiet"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("catalog entry `SECOND` (code 2) has no variant: add `Second`"),
        "{stderr}"
    );
}

#[test]
fn an_absolute_catalog_path_is_tracked_too() {
    let dir = scratch_crate(
        "absolute_path_consumer",
        &[("errors.yaml", "name: AbsError\ncodes:\n  - code: 1\n")],
    );
    let catalog = dir.join("errors.yaml");
    let main = format!(
        "errcat::catalog!({:?});\nfn main() {{ println!(\"{{}}\", AbsError::ALL.len()); }}\n",
        catalog.display().to_string()
    );
    fs::write(dir.join("src/main.rs"), main).unwrap();
    assert_eq!(cargo(&dir, &["run", "--quiet"]), "1\n");
    edit(&catalog, "name: AbsError\ncodes:\n  - code: 1\n  - code: 2\n");
    assert_eq!(cargo(&dir, &["run", "--quiet"]), "2\n");
}

/// The fenced blocks of the README's tutorial, in order, with their language.
fn tutorial_blocks() -> Vec<(String, String)> {
    let readme = catalog("README.md");
    let start = readme.find("## Five-minute tutorial").expect("the tutorial");
    let tutorial = &readme[start..];
    let tutorial = &tutorial[..tutorial[3..].find("\n## ").map_or(tutorial.len(), |end| end + 3)];
    let mut blocks = Vec::new();
    let mut lines = tutorial.lines();
    while let Some(line) = lines.next() {
        if let Some(language) = line.strip_prefix("```") {
            let body: Vec<&str> = lines.by_ref().take_while(|l| !l.starts_with("```")).collect();
            blocks.push((language.to_owned(), body.join("\n") + "\n"));
        }
    }
    blocks
}

#[test]
fn the_readme_tutorial_builds_runs_and_fails_as_it_says() {
    let blocks = tutorial_blocks();
    let block = |language: &str, n: usize| {
        blocks.iter().filter(|(l, _)| l == language).nth(n).map(|(_, b)| b.clone()).unwrap()
    };
    let (yaml, call, uses, error) =
        (block("yaml", 0), block("rust", 0), block("rust", 1), block("text", 0));
    let main = format!(
        "{call}\nfn main() -> Result<(), Box<dyn std::error::Error>> {{\n{uses}    println!(\"tutorial ok\");\n    Ok(())\n}}\n"
    );
    let dir = scratch_crate("readme_tutorial", &[("errors.yaml", &yaml), ("src/main.rs", &main)]);
    assert_eq!(cargo(&dir, &["run", "--quiet"]), "tutorial ok\n");

    // The mistake the README shows, in a library crate as it shows it.
    let broken = yaml
        .replace("zh: \"主机 {host} 上的磁盘 {disk_id} 不存在\"", "zh: \"磁盘 {disk_id} 不存在\"");
    assert_ne!(broken, yaml, "the tutorial's Chinese message changed: update this test");
    let dir = scratch_crate("readme_mistake", &[("errors.yaml", &broken), ("src/lib.rs", &call)]);
    let output = cargo_output(&dir, &["build", "--quiet"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&error),
        "the README's error is not what rustc prints:\n{stderr}\n---\n{error}"
    );
}

/// The rustdoc page a reader gets: built with `cargo doc` for a binary crate
/// (where rustdoc shows private items too), read as HTML text.
/// A consumer with a catalog in each shape a reader meets: seeds with one
/// and two languages, arguments and solutions, no descriptions, the open
/// representation, and derives.
fn rustdoc_consumer() -> PathBuf {
    let demo = "name: DemoError\nrustdoc: brief\ngroups:\n  - name: disk_io\n    range: [1, 9]\n    codes:\n      - {code: 1, message: disk full}\n";
    let main = format!(
        "//! Every shape of catalog, documented.\n\
         errcat::catalog!(\"catalogs/blobstore.yaml\");\n\
         /// Two languages, Chinese first.\n\
         pub mod store {{\n    errcat::catalog!(\"catalogs/mooncake_store.yaml\");\n}}\n\
         /// Arguments, descriptions and solutions.\n\
         pub mod storage {{\n    errcat::catalog!(\"catalogs/storage.yaml\");\n}}\n\
         /// A catalog without descriptions, with brief docs: errcat writes the summaries.\n\
         pub mod demo {{\n    errcat::catalog!(\"catalogs/demo.yaml\");\n}}\n\
         /// The open representation.\n\
         pub mod open {{\n    errcat::catalog!(\"catalogs/open.yaml\");\n}}\n\
         {DERIVED}\nfn main() {{}}\n"
    );
    scratch_crate(
        "rustdoc_consumer",
        &[
            ("catalogs/blobstore.yaml", &catalog("examples/catalogs/blobstore.yaml")),
            ("catalogs/mooncake_store.yaml", &catalog("examples/catalogs/mooncake_store.yaml")),
            ("catalogs/storage.yaml", &catalog("examples/storage.yaml")),
            ("catalogs/features.yaml", &catalog("tests/catalogs/features.yaml")),
            ("catalogs/open.yaml", &catalog("tests/catalogs/representation_open.yaml")),
            ("catalogs/demo.yaml", demo),
            // Any rustdoc warning (a broken link, stray HTML, a bare URL) fails the build.
            (".cargo/config.toml", "[build]\nrustdocflags = [\"-D\", \"warnings\"]\n"),
            ("src/main.rs", &main),
        ],
    )
}

/// The text a reader sees: tags dropped, the entities rustdoc writes decoded.
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_rustdoc_page_is_a_reference_without_errcats_internals() {
    let dir = rustdoc_consumer();
    cargo(&dir, &["doc", "--quiet", "--no-deps"]);
    let docs = Path::new(SCRATCH).join("consumers-target/doc/rustdoc_consumer");
    let page = |name: &str| fs::read_to_string(docs.join(name)).unwrap();
    let pages = [
        "enum.BlobstoreError.html",
        "enum.BlobstoreErrorGroup.html",
        "store/enum.StoreError.html",
        "storage/enum.StorageError.html",
        "demo/enum.DemoError.html",
        "demo/enum.DemoErrorGroup.html",
        "open/struct.StoreError.html",
        "derived_access/enum.AccessError.html",
        "derived_features/enum.FeatureError.html",
    ]
    .map(|name| (name, page(name)));
    for (name, html) in &pages {
        assert!(!html.contains("__errcat") && !html.contains("__ERRCAT"), "{name}: internals");
        assert!(!html.contains("\\`"), "{name}: escaped backticks reach the page");
    }
    // Each variant: its code, name, group and range, HTTP status, severity,
    // every language, arguments, solution. The type's page: languages,
    // defaults, display template, success codes, groups, an example.
    let expected: [(&str, &str); 22] = [
        ("enum.BlobstoreError.html", "Code <code>551</code>, name <code>CodeAccessServiceDiscovery</code>, group <code>access</code> (<code>550..=599</code>)"),
        ("enum.BlobstoreError.html", "HTTP status <code>551</code>, gRPC <code>INTERNAL</code>, severity <code>error</code>, not retryable"),
        ("enum.BlobstoreError.html", "Description (<code>zh</code>): access client 无法从consul发现可用的access节点"),
        ("store/enum.StoreError.html", "发生内部错误"),
        ("store/enum.StoreError.html", "<code>en</code>: Internal error occurred"),
        ("store/enum.StoreError.html", "Code <code>-1</code>, name <code>INTERNAL_ERROR</code>"),
        ("store/enum.StoreError.html", "Codes that mean success, which no entry may use: <code>0</code>."),
        ("storage/enum.StorageError.html", "Arguments: <code>disk_id</code> (u64), <code>host</code> (string); context selector <code>storage_error::DiskNotFound</code>"),
        ("storage/enum.StorageError.html", "Solution: Check the mounts of {host}."),
        ("open/struct.StoreError.html", "Code <code>611</code>, name <code>DISK_NOT_FOUND</code>, group <code>disk</code> (<code>600..=699</code>)"),
        ("open/struct.StoreError.html", "use DISK_NOT_FOUND"),
        ("enum.BlobstoreError.html", "Languages: <code>en</code> (default), <code>zh</code>."),
        ("enum.BlobstoreError.html", "HTTP status <code>500</code> and severity <code>error</code>"),
        ("storage/enum.StorageError.html", "<code>Display</code> writes <code>[{code}] {message}</code>"),
        ("enum.BlobstoreError.html", "<td><code>access</code></td><td><code>550..=599</code></td><td style=\"text-align: right\">3</td>"),
        ("enum.BlobstoreErrorGroup.html", "Codes <code>550..=599</code>; 3 codes."),
        ("enum.BlobstoreErrorGroup.html", "Access service"),
        ("demo/enum.DemoError.html", "Error codes of the <code>DemoError</code> catalog"),
        ("demo/enum.DemoErrorGroup.html", "Group <code>disk_io</code>."),
        ("derived_access/enum.AccessError.html", "Code <code>551</code>"),
        ("derived_features/enum.FeatureError.html", "Deprecated: use E_DISK_FULL"),
        ("derived_features/enum.FeatureError.html", "group <code>io</code> (<code>1..=99</code>)"),
    ];
    for (name, wanted) in expected {
        let html = &pages.iter().find(|(page, _)| *page == name).unwrap().1;
        assert!(html.contains(wanted), "{name}: no {wanted:?} on the page");
    }
    // `rustdoc: brief`: the message alone, the type's page as with full docs.
    let demo = &pages.iter().find(|(page, _)| *page == "demo/enum.DemoError.html").unwrap().1;
    assert!(demo.contains("disk full") && !demo.contains("Code <code>1</code>"), "brief docs");
    assert!(
        demo.contains("<code>disk_io</code></td><td><code>1..=9</code>"),
        "brief: the group table"
    );
    // The examples, as a reader sees them (rustdoc highlights code in spans).
    let text = |name: &str| visible_text(&pages.iter().find(|(page, _)| *page == name).unwrap().1);
    assert!(text("enum.BlobstoreError.html")
        .contains("assert_eq!(BlobstoreError::from_code(551), Some(error));"));
    assert!(text("enum.BlobstoreErrorGroup.html").contains("BlobstoreErrorGroup::of_code(551)"));

    // A derive cannot document the user's variants: the user's docs come
    // first, then errcat's facts on the impl.
    let access =
        &pages.iter().find(|(page, _)| *page == "derived_access/enum.AccessError.html").unwrap().1;
    let user_doc = access.find("Access errors, out of code order.").expect("the user's doc");
    let facts = access.find("What the catalog says about <code>AccessError</code>").expect("facts");
    assert!(user_doc < facts, "the user's doc comes first");
}

/// The examples on the docs pages compile and pass, with each catalog's
/// items in scope as a user's code has them.
#[test]
fn the_rustdoc_examples_compile_and_pass() {
    let catalogs = [
        "examples/catalogs/api_switch.yaml",
        "examples/catalogs/blobstore.yaml",
        "examples/catalogs/info2soft.yaml",
        "examples/catalogs/mooncake_store.yaml",
        "examples/catalogs/mooncake_transfer_engine.yaml",
        "examples/storage.yaml",
        "tests/catalogs/features.yaml",
        "tests/catalogs/representation_open.yaml",
        "tests/catalogs/edge_i8.yaml",
        "tests/catalogs/edge_u64.yaml",
    ];
    let mut files = Vec::new();
    let mut main = String::from("#![deny(warnings)]\n");
    let mut body = String::new();
    for (index, path) in catalogs.iter().enumerate() {
        let text = catalog(path);
        let model = errcat_catalog::load_str(&text, path).unwrap();
        let examples = errcat_catalog::generate::__examples(&model);
        assert!(!examples.is_empty(), "{path}: no example");
        main.push_str(&format!(
            "mod m{index} {{ errcat::catalog!(\"catalogs/{index}.yaml\"); }}\n"
        ));
        for example in examples {
            body.push_str(&format!("    {{\n        use m{index}::*;\n{example}    }}\n"));
        }
        files.push((format!("catalogs/{index}.yaml"), text));
    }
    main.push_str(&format!("fn main() {{\n{body}    println!(\"examples passed\");\n}}\n"));
    files.push(("src/main.rs".to_owned(), main));
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let dir = scratch_crate("rustdoc_examples", &files);
    assert_eq!(cargo(&dir, &["run", "--quiet"]), "examples passed\n");
}
