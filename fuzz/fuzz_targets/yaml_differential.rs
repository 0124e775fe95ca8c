//! Arbitrary text through both YAML readers: wherever errcat's block reader
//! accepts a text, granit-parser must read exactly the same tree (spans
//! included), and neither may panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    assert_ne!(
        errcat_catalog::load::__yaml_readers_agree(source),
        Some(false),
        "the YAML readers differ on:\n{source}"
    );
});
