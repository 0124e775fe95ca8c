//! Arbitrary bytes through `errcat annotate`, as a log and as a pattern:
//! nothing panics, and every input line comes out, unchanged, at the start
//! of its output line.

#![no_main]

use std::sync::OnceLock;

use errcat_catalog::Catalog;
use errcat_cli::commands::annotate::Annotator;
use libfuzzer_sys::fuzz_target;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let source = "name: FuzzError\ncodes:\n  - {code: 611, name: DISK_NOT_FOUND, message: disk not found}\n  - {code: -1, name: ERR_X, message: x}\n";
        errcat_catalog::load_str(source, "fuzz.yaml").expect("the fuzz catalog loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let annotator = Annotator::new(catalog(), None).expect("the default pattern compiles");
    let mut output = Vec::new();
    annotator.run(&mut &data[..], &mut output).expect("writing to a Vec cannot fail");
    let lines_in = data.split(|&b| b == b'\n').count();
    let lines_out = output.split(|&b| b == b'\n').count();
    assert_eq!(lines_in, lines_out);
    for (line_in, line_out) in data.split(|&b| b == b'\n').zip(output.split(|&b| b == b'\n')) {
        let line_in = line_in.strip_suffix(b"\r").unwrap_or(line_in);
        assert!(line_out.starts_with(line_in));
    }
    if let Ok(pattern) = std::str::from_utf8(data) {
        if let Ok(custom) = Annotator::new(catalog(), Some(pattern)) {
            let mut output = Vec::new();
            custom.run(&mut &b"code=611 ERR_X E611\n"[..], &mut output).expect("Vec");
        }
    }
});
