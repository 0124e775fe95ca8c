//! Golden expansions, as cargo-typify keeps its `tests/outputs/`: the
//! formatted code errcat generates for each seed catalog, for a catalog with
//! every option, for one with arguments (context selectors), and for a
//! derived enum, committed under `tests/expanded/`.
//! A change to the generator shows up here as a diff to review.
//!
//! `ERRCAT_BLESS=1 cargo test -p errcat-cli --test golden` rewrites the
//! files instead of failing (never under `CI`); review `git diff
//! cli/tests/expanded` before committing.

use std::path::{Path, PathBuf};

use errcat_catalog::derive::{match_enum, UserDiscriminant, UserEnum, UserVariant};
use errcat_catalog::generate::Tracking;
use errcat_catalog::{load_source, read_file, Catalog, PathBase, Source};

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The catalog at `path`, relative to the repository's root as in the
/// examples' `catalog!` calls.
fn catalog(path: &str) -> (Source, Catalog) {
    let source = read_file(&Path::new(REPO).join(path), path, PathBase::CrateDir).unwrap();
    let catalog = load_source(&source).unwrap();
    (source, catalog)
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expanded").join(format!("{name}.rs"))
}

fn assert_golden(name: &str, code: &str) {
    errcat_testkit::assert_committed(&golden(name), code, "cargo test -p errcat-cli --test golden");
}

/// `errcat expand` of every seed catalog and of the catalog of every option.
#[test]
fn catalog_expansions() {
    for (name, path) in [
        ("api_switch", "examples/catalogs/api_switch.yaml"),
        ("blobstore", "examples/catalogs/blobstore.yaml"),
        ("info2soft", "examples/catalogs/info2soft.yaml"),
        ("mooncake_store", "examples/catalogs/mooncake_store.yaml"),
        ("mooncake_transfer_engine", "examples/catalogs/mooncake_transfer_engine.yaml"),
        ("features", "tests/catalogs/features.yaml"),
        ("storage", "examples/storage.yaml"),
        ("representation_open", "tests/catalogs/representation_open.yaml"),
    ] {
        let (source, catalog) = catalog(path);
        let command = format!("errcat expand {path}");
        let expanded =
            errcat_cli::commands::expand::expanded(&source, &catalog, path, &command).unwrap();
        assert_golden(name, &expanded.text);
    }
}

/// The impls for a user's enum: blobstore's `access` group, declared out of
/// code order with one explicit discriminant, so positions come from a `match`.
#[test]
fn derive_expansion() {
    let path = "examples/catalogs/blobstore.yaml";
    let variant = |ident: &str, catalog_name: Option<&str>, code: Option<i128>| UserVariant {
        ident: ident.to_owned(),
        catalog_name: catalog_name.map(str::to_owned),
        discriminant: code.map(UserDiscriminant::Literal),
        has_fields: false,
    };
    let user = UserEnum {
        name: "AccessError".to_owned(),
        variants: vec![
            variant("AccessLimited", None, Some(552)),
            variant("AccessServiceDiscovery", None, None),
            variant("TooLarge", Some("CodeAccessExceedSize"), None),
        ],
    };
    let view = match_enum(&catalog(path).1, &user, Some("access")).unwrap();
    assert!(!view.is_dense());
    let code =
        errcat_cli::commands::expand::format_rust(view.expand(Tracking::ManifestRelative(path)))
            .unwrap();
    assert_golden("derive_access", &code);
}

/// The golden files are what the `errcat expand` command prints.
#[test]
fn the_command_prints_the_same() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["expand", "examples/catalogs/blobstore.yaml"])
        .current_dir(REPO)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let committed = std::fs::read_to_string(golden("blobstore")).unwrap();
    assert!(
        String::from_utf8(output.stdout).unwrap() == committed,
        "errcat expand differs from the golden file"
    );
}
