//! CONTRIBUTING.md's map stays true: every file and folder under
//! `catalog/src` and `cli/src` has its line in the map, and every line of
//! the map names one that exists.

use std::collections::BTreeSet;
use std::path::Path;

const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// The paths the map's `text` blocks list, as `catalog/src/generate/mod.rs`
/// and `catalog/src/generate/` (folders end in `/`). A block's first line is
/// a crate's `src/` folder; below it, two spaces of indent a level, each
/// line's first word is a file or a folder of the level above.
fn mapped(contributing: &str) -> Result<BTreeSet<String>, String> {
    let map = format!("\n{contributing}");
    let map = map
        .split("\n## ")
        .find(|section| section.starts_with("The map"))
        .ok_or("CONTRIBUTING.md has no section `## The map`")?;
    let mut paths = BTreeSet::new();
    for block in map.split("```text\n").skip(1) {
        let block = block.split("```").next().unwrap_or_default();
        // The folders open at each level of indentation.
        let mut folders: Vec<String> = Vec::new();
        for line in block.lines().filter(|l| !l.trim().is_empty()) {
            let indent = line.len() - line.trim_start().len();
            let name = line.split_whitespace().next().unwrap_or_default();
            if indent % 2 != 0 || indent / 2 > folders.len() {
                return Err(format!("the map's line `{line}` is not indented by levels"));
            }
            if !(name.ends_with('/') || name.contains('.')) {
                return Err(format!("the map's line `{line}` names no file or folder"));
            }
            folders.truncate(indent / 2);
            let path = format!("{}{name}", folders.concat());
            if name.ends_with('/') {
                folders.push(name.to_owned());
            }
            paths.insert(path);
        }
    }
    Ok(paths)
}

/// Every file and folder under `dir` (relative to the repository), folders
/// ending in `/`.
fn on_disk(dir: &str, found: &mut BTreeSet<String>) {
    found.insert(format!("{dir}/"));
    let mut entries: Vec<_> =
        std::fs::read_dir(Path::new(REPO).join(dir)).unwrap().map(|entry| entry.unwrap()).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
        if entry.file_type().unwrap().is_dir() {
            on_disk(&path, found);
        } else {
            found.insert(path);
        }
    }
}

#[test]
fn every_module_of_the_catalog_and_the_cli_is_on_the_map() {
    let contributing = std::fs::read_to_string(Path::new(REPO).join("CONTRIBUTING.md")).unwrap();
    let mapped = mapped(&contributing).unwrap();
    let mut files = BTreeSet::new();
    on_disk("catalog/src", &mut files);
    on_disk("cli/src", &mut files);
    let missing: Vec<&String> = files.difference(&mapped).collect();
    let gone: Vec<&String> = mapped.difference(&files).collect();
    assert!(
        missing.is_empty() && gone.is_empty(),
        "CONTRIBUTING.md's map is out of date.\nNot on the map: {missing:#?}\nOn the map, not on disk: {gone:#?}"
    );
}

#[test]
fn the_map_is_read_by_levels_and_names() {
    let contributing = "# x\n\n## The map\n\n```text\na/src/\n  lib.rs   the door\n  m/       a folder\n    mod.rs  its door\n  n.rs     a file\n```\n\n## Next\n";
    let paths: Vec<String> = mapped(contributing).unwrap().into_iter().collect();
    assert_eq!(paths, ["a/src/", "a/src/lib.rs", "a/src/m/", "a/src/m/mod.rs", "a/src/n.rs"]);
    let prose =
        "## The map\n\n```text\na/src/\n  lib.rs the door,\n     continued on a line\n```\n";
    assert!(mapped(prose).unwrap_err().contains("is not indented by levels"));
    let no_name = "## The map\n\n```text\na/src/\n  the door\n```\n";
    assert!(mapped(no_name).unwrap_err().contains("names no file or folder"));
}
