//! `errcat export --lang json` says what the generated Rust says: for every
//! code of the seed catalogs, the hostile-text catalog and the catalog with
//! arguments, the exported name, texts in every language, HTTP status,
//! severity, retryability and group equal what `catalog!`'s enum returns.
//! The other exports are checked against this document by their own
//! toolchains (tests/exports/), so it is the link to the Rust side.

use errcat_catalog::export::{export, Syntax, Target};
use serde_json::Value;

mod blobstore {
    errcat::catalog!("examples/catalogs/blobstore.yaml");
}
mod info2soft {
    errcat::catalog!("examples/catalogs/info2soft.yaml");
}
mod api_switch {
    errcat::catalog!("examples/catalogs/api_switch.yaml");
}
mod mooncake_store {
    errcat::catalog!("examples/catalogs/mooncake_store.yaml");
}
mod mooncake_transfer_engine {
    errcat::catalog!("examples/catalogs/mooncake_transfer_engine.yaml");
}
mod hostile {
    errcat::catalog!("tests/catalogs/hostile_text.yaml");
}
mod storage {
    errcat::catalog!("examples/storage.yaml");
}

fn exported(path: &str) -> Value {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let catalog = errcat_catalog::load_str(&std::fs::read_to_string(&full).unwrap(), path).unwrap();
    serde_json::from_str(&export(&catalog, Target::Json, Syntax::Json).unwrap()).unwrap()
}

/// Compares every code of `$enum` with the entries of the export of `$path`;
/// `$group` reads an entry's group name, if the catalog has groups.
macro_rules! agree {
    ($enum:path, $path:literal, $group:expr) => {{
        let document = exported($path);
        let languages: Vec<&str> =
            document["languages"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
        let entries = document["entries"].as_array().unwrap();
        assert_eq!(entries.len(), <$enum>::ALL.len(), "{}", $path);
        for (code, entry) in <$enum>::ALL.iter().zip(entries) {
            let here = format!("{} code {}", $path, code.code());
            assert_eq!(entry["code"], i64::from(code.code()), "{here}");
            assert_eq!(entry["name"], code.name(), "{here}");
            for lang in languages.iter().copied().chain(["xx"]) {
                let text = |field: &str| {
                    entry[field]
                        .get(lang)
                        .or(entry[field].get(languages[0]))
                        .and_then(Value::as_str)
                };
                assert_eq!(text("message"), Some(code.message_in(lang)), "{here} {lang}");
                assert_eq!(text("description"), code.description_in(lang), "{here} {lang}");
                assert_eq!(text("solution"), code.solution_in(lang), "{here} {lang}");
            }
            assert_eq!(entry["http"], code.http_status(), "{here}");
            assert_eq!(entry["severity"], code.severity().as_str(), "{here}");
            assert_eq!(entry["retryable"], code.is_retryable(), "{here}");
            let group: Option<&str> = $group(*code);
            assert_eq!(entry["group"].as_str(), group, "{here}");
        }
    }};
}

#[test]
fn the_json_export_agrees_with_the_generated_rust() {
    agree!(
        blobstore::BlobstoreError,
        "examples/catalogs/blobstore.yaml",
        |c: blobstore::BlobstoreError| Some(c.group().name())
    );
    agree!(
        info2soft::Info2softError,
        "examples/catalogs/info2soft.yaml",
        |c: info2soft::Info2softError| Some(c.group().name())
    );
    agree!(
        api_switch::ApiSwitchError,
        "examples/catalogs/api_switch.yaml",
        |c: api_switch::ApiSwitchError| Some(c.group().name())
    );
    agree!(
        mooncake_store::StoreError,
        "examples/catalogs/mooncake_store.yaml",
        |c: mooncake_store::StoreError| Some(c.group().name())
    );
    agree!(
        mooncake_transfer_engine::TransferEngineError,
        "examples/catalogs/mooncake_transfer_engine.yaml",
        |c: mooncake_transfer_engine::TransferEngineError| Some(c.group().name())
    );
    agree!(hostile::HostileTextError, "tests/catalogs/hostile_text.yaml", |_| None);
    agree!(storage::StorageError, "examples/storage.yaml", |c: storage::StorageError| Some(
        c.group().name()
    ));
}
