//! `errcat-bench`: writes synthetic consumer crates (errcat, errcat with
//! `discriminant: code`, hand-written, floor), times rustc on each, and
//! measures release binary sizes. See BENCHMARKS.md for how to run it.
//!
//! ```text
//! errcat-bench catalog N            print a synthetic catalog of N codes
//! errcat-bench compile [--sizes 1000,10000] [--huge 100000] [--runs 3]
//!                       [--variants errcat,floor,...] [--baseline DIR] [--callgrind]
//!                       [--profiles debug,release]
//! errcat-bench report               summarize criterion's results
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;
use std::{env, fs};

use errcat_bench::{
    floor, floor_open, handwritten, open_round_trip_main, synthetic_catalog, AllForm, ENUM,
    USAGE_MAIN,
};
use errcat_catalog::generate::{self, Tracking};

/// The crates that run inside the macro (README, "Very large catalogs").
const MACRO_PACKAGES: [&str; 6] =
    ["errcat-macros", "errcat-catalog", "granit-parser", "proc-macro2", "quote", "heck"];

/// Set by the driver for the rustc wrapper: where to append measurements.
const LOG_VAR: &str = "ERRCAT_BENCH_LOG";

/// Set by the driver (`--callgrind`): the wrapper runs the measured rustc
/// under callgrind and logs the instructions it executed, a count that does
/// not drift with the machine's load as wall time does.
const CALLGRIND_VAR: &str = "ERRCAT_BENCH_CALLGRIND";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    Errcat,
    ErrcatOptimized,
    ErrcatCode,
    Handwritten,
    Floor,
    /// errcat's own expansion of the catalog compiled as plain source: what
    /// the generated code costs without the macro (a floor candidate too).
    Expanded,
    /// The same for `representation: open`.
    ExpandedOpen,
    /// `representation: open`.
    ErrcatOpen,
    /// `rustdoc: brief`: variants documented by message and description only.
    ErrcatBrief,
    /// `representation: open` and `rustdoc: brief`.
    ErrcatOpenBrief,
    /// The open floor: a newtype, one `const` per code, `const` array tables.
    FloorOpen,
    /// The floor with `ALL` a reference to the `const` array its lookups
    /// index (`&ENTRIES`).
    FloorAllRef,
    /// The floor with `ALL` a slice literal (the floor's form until
    /// 2026-12-07).
    FloorAllInline,
    /// `catalog!` from another checkout of errcat (`--baseline DIR`): a
    /// change's before and after, measured in one alternating run.
    ErrcatBaseline,
}

/// `--callgrind`: count instructions (see [`CALLGRIND_VAR`]).
static CALLGRIND: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

/// `--crate bin`: the consumer is a binary crate whose `main` calls the API,
/// so rustc codegens only what is reachable; otherwise a library.
static BIN: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

fn bin() -> bool {
    BIN.get().copied().unwrap_or(false)
}

/// The cargo target that holds the consumer's code.
fn target() -> &'static str {
    if bin() {
        "--bins"
    } else {
        "--lib"
    }
}

/// The errcat checkout `--baseline` names.
static BASELINE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

impl Variant {
    /// The floors this variant is compared to: the cheapest of them measured
    /// in the same run is the floor.
    fn floors(self) -> &'static [Variant] {
        match self {
            Variant::ErrcatOpen
            | Variant::ErrcatOpenBrief
            | Variant::FloorOpen
            | Variant::ExpandedOpen => &[Variant::FloorOpen, Variant::ExpandedOpen],
            _ => &[Variant::Floor, Variant::Expanded],
        }
    }

    fn name(self) -> &'static str {
        match self {
            Variant::Errcat => "errcat",
            Variant::ErrcatOptimized => "errcat, macro at opt-level 3",
            Variant::ErrcatCode => "errcat (discriminant: code)",
            Variant::Handwritten => "hand-written",
            Variant::Floor => "floor (hand-written, same API)",
            Variant::Expanded => "errcat's expansion as source (no macro)",
            Variant::ExpandedOpen => "errcat's open expansion as source (no macro)",
            Variant::ErrcatOpen => "errcat (representation: open)",
            Variant::ErrcatBrief => "errcat (rustdoc: brief)",
            Variant::ErrcatOpenBrief => "errcat (representation: open, rustdoc: brief)",
            Variant::FloorOpen => "open floor",
            Variant::FloorAllRef => "floor, `ALL` = `&ENTRIES` (a const array)",
            Variant::FloorAllInline => "floor, `ALL` a slice literal",
            Variant::ErrcatBaseline => "errcat, baseline checkout",
        }
    }

    fn dir(self) -> &'static str {
        match self {
            Variant::Errcat => "errcat",
            Variant::ErrcatOptimized => "errcat-opt",
            Variant::ErrcatCode => "errcat-code",
            Variant::Handwritten => "handwritten",
            Variant::Floor => "floor",
            Variant::Expanded => "expanded",
            Variant::ExpandedOpen => "expanded-open",
            Variant::ErrcatOpen => "errcat-open",
            Variant::ErrcatBrief => "errcat-brief",
            Variant::ErrcatOpenBrief => "errcat-open-brief",
            Variant::FloorOpen => "floor-open",
            Variant::FloorAllRef => "floor-all-ref",
            Variant::FloorAllInline => "floor-all-inline",
            Variant::ErrcatBaseline => "errcat-baseline",
        }
    }
}

#[derive(Clone, Copy)]
struct Sample {
    seconds: f64,
    peak_mb: f64,
    /// rustc's user and system time.
    cpu_seconds: f64,
    /// Under `--callgrind`: the instructions rustc executed.
    instructions: Option<u64>,
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    if env::var_os(LOG_VAR).is_some() && args.first().is_some_and(|a| a.contains("rustc")) {
        return wrap_rustc(&args);
    }
    let result = match args.first().map(String::as_str) {
        Some("catalog") => match args.get(1).and_then(|n| n.parse().ok()) {
            Some(n) => {
                print!("{}", synthetic_catalog(n));
                Ok(())
            }
            None => Err("usage: errcat-bench catalog N".to_owned()),
        },
        Some("compile") => compile(&args[1..]),
        Some("expand") => match args.get(1) {
            Some(path) => expand(path),
            None => Err("usage: errcat-bench expand CATALOG".to_owned()),
        },
        Some("report") => report(),
        _ => Err("usage: errcat-bench catalog N | compile [--sizes 1000,10000] [--huge 100000] [--runs 3] | expand CATALOG | report".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("errcat-bench: {message}");
            ExitCode::from(2)
        }
    }
}

/// Runs rustc for cargo; for the consumer library, records wall time and the
/// peak resident memory of the rustc process.
fn wrap_rustc(args: &[String]) -> ExitCode {
    let measured = args.windows(2).any(|w| w[0] == "--crate-name" && w[1] == "consumer")
        && args.windows(2).any(|w| w[0] == "--crate-type" && (w[1] == "lib" || w[1] == "bin"));
    // Only a run under callgrind reads its output: never an earlier run's.
    let callgrind_out = env::var_os(LOG_VAR)
        .filter(|_| measured && env::var_os(CALLGRIND_VAR).is_some())
        .map(|log| PathBuf::from(log).with_extension("callgrind"));
    let mut command = match &callgrind_out {
        Some(out) => {
            let _ = fs::remove_file(out);
            let mut command = Command::new("valgrind");
            command
                .arg("--tool=callgrind")
                .arg("--quiet")
                .arg(format!("--callgrind-out-file={}", out.display()))
                .args(args);
            command
        }
        _ => {
            let mut command = Command::new(&args[0]);
            command.args(&args[1..]);
            command
        }
    };
    let start = Instant::now();
    let status = match command.status() {
        Ok(status) => status,
        Err(error) => {
            eprintln!("errcat-bench: cannot run {}: {error}", args[0]);
            return ExitCode::from(2);
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    if measured {
        let (peak_kb, cpu_seconds) = children_usage();
        let instructions = callgrind_out
            .and_then(|out| fs::read_to_string(out).ok())
            .and_then(|text| callgrind_total(&text))
            .map_or_else(String::new, |n| format!(" {n}"));
        if let Some(log) = env::var_os(LOG_VAR) {
            let line = format!("{seconds} {peak_kb} {cpu_seconds}{instructions}\n");
            let _ = fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(log)
                .and_then(|mut f| std::io::Write::write_all(&mut f, line.as_bytes()));
        }
    }
    ExitCode::from(status.code().unwrap_or(1).clamp(0, 255) as u8)
}

/// The instruction total of a callgrind output file.
fn callgrind_total(text: &str) -> Option<u64> {
    text.lines()
        .find_map(|line| line.strip_prefix("totals:").or_else(|| line.strip_prefix("summary:")))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

/// The peak resident memory (KB) and the CPU time, user and system
/// (seconds), of the wrapper's child: the rustc it ran.
fn children_usage() -> (i64, f64) {
    // SAFETY: getrusage only writes into the zeroed struct we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer to a live rusage.
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) } == 0;
    if ok {
        let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
        (usage.ru_maxrss, seconds(usage.ru_utime) + seconds(usage.ru_stime))
    } else {
        (0, 0.0)
    }
}

fn scale_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/scale")
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    // Rewriting an identical file would still bump its mtime; keep deps fresh.
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes the consumer crate for one variant and size; returns its directory.
fn prepare(variant: Variant, n: usize) -> Result<PathBuf, String> {
    let kind = if bin() { "-bin" } else { "" };
    let dir = scale_dir().join(format!("{}-{n}{kind}", variant.dir()));
    let catalog_text = synthetic_catalog(n);
    let catalog = errcat_catalog::load_str(&catalog_text, "catalog.yaml")
        .map_err(|d| format!("synthetic catalog rejected: {}", d[0]))?;
    let root = repo_root().canonicalize().map_err(|e| e.to_string())?;
    let dependencies = match variant {
        Variant::Errcat
        | Variant::ErrcatOptimized
        | Variant::ErrcatCode
        | Variant::ErrcatOpen
        | Variant::ErrcatBrief
        | Variant::ErrcatOpenBrief
        | Variant::Expanded
        | Variant::ExpandedOpen => {
            format!("errcat = {{ path = {:?} }}\n", root)
        }
        Variant::Handwritten => "thiserror = \"2\"\nstrum = { version = \"0.27\", features = [\"derive\"] }\nnum_enum = \"0.7\"\n".to_owned(),
        // The floors give errcat's API, whose runtime types live in the facade.
        Variant::Floor | Variant::FloorOpen | Variant::FloorAllRef | Variant::FloorAllInline => format!("errcat = {{ path = {:?} }}\n", root),
        Variant::ErrcatBaseline => {
            let baseline = BASELINE.get().ok_or("the errcat-baseline variant needs --baseline DIR")?;
            format!("errcat = {{ path = {:?} }}\n", baseline)
        }
    };
    let mut manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{dependencies}\n[profile.release]\nstrip = true\n\n[workspace]\n"
    );
    if variant == Variant::ErrcatOptimized {
        // What README suggests for very large catalogs: optimize the macro's crates.
        for profile in ["dev", "release"] {
            for package in MACRO_PACKAGES {
                let _ =
                    write!(manifest, "\n[profile.{profile}.package.{package}]\nopt-level = 3\n");
            }
        }
    }
    write(&dir.join("Cargo.toml"), &manifest)?;
    let lib = match variant {
        Variant::Errcat | Variant::ErrcatOptimized | Variant::ErrcatBaseline => {
            write(&dir.join("catalog.yaml"), &catalog_text)?;
            "//! errcat.\nerrcat::catalog!(\"catalog.yaml\");\n".to_owned()
        }
        Variant::ErrcatCode => {
            let sparse = catalog_text.replace("repr: i32\n", "repr: i32\ndiscriminant: code\n");
            write(&dir.join("catalog.yaml"), &sparse)?;
            "//! errcat, discriminant = code.\nerrcat::catalog!(\"catalog.yaml\");\n".to_owned()
        }
        Variant::Handwritten => {
            format!("//! thiserror + strum + num_enum.\n{}", handwritten(&catalog))
        }
        Variant::ErrcatOpen => {
            let open = catalog_text.replace("repr: i32\n", "repr: i32\nrepresentation: open\n");
            write(&dir.join("catalog.yaml"), &open)?;
            "//! errcat, representation: open.\nerrcat::catalog!(\"catalog.yaml\");\n".to_owned()
        }
        Variant::ErrcatBrief | Variant::ErrcatOpenBrief => {
            let settings = if variant == Variant::ErrcatOpenBrief {
                "repr: i32\nrepresentation: open\nrustdoc: brief\n"
            } else {
                "repr: i32\nrustdoc: brief\n"
            };
            write(&dir.join("catalog.yaml"), &catalog_text.replace("repr: i32\n", settings))?;
            "//! errcat, rustdoc: brief.\nerrcat::catalog!(\"catalog.yaml\");\n".to_owned()
        }
        Variant::Floor => format!("//! The floor.\n{}", floor(&catalog, AllForm::Static)),
        Variant::Expanded | Variant::ExpandedOpen => {
            let text = if variant == Variant::ExpandedOpen {
                catalog_text.replace("repr: i32\n", "repr: i32\nrepresentation: open\n")
            } else {
                catalog_text.clone()
            };
            write(&dir.join("catalog.yaml"), &text)?;
            let catalog = errcat_catalog::load_str(&text, "catalog.yaml")
                .map_err(|d| format!("synthetic catalog rejected: {}", d[0]))?;
            let tokens = generate::catalog(&catalog, Tracking::ManifestRelative("catalog.yaml"));
            let mut text = String::from("//! errcat's expansion, compiled without the macro.\n");
            source_lines(tokens, &mut text);
            text
        }
        Variant::FloorOpen => format!("//! The open floor.\n{}", floor_open(&catalog)),
        Variant::FloorAllRef => {
            format!("//! The floor, ALL = &ENTRIES.\n{}", floor(&catalog, AllForm::ConstRef))
        }
        Variant::FloorAllInline => {
            format!("//! The floor, ALL inline.\n{}", floor(&catalog, AllForm::Inline))
        }
    };
    if bin() {
        // The catalog and a `main` that reads it, in one binary crate.
        let main = if matches!(
            variant,
            Variant::ErrcatOpen
                | Variant::ErrcatOpenBrief
                | Variant::FloorOpen
                | Variant::ExpandedOpen
        ) {
            open_round_trip_main(n)
        } else {
            USAGE_MAIN.to_owned()
        };
        let main = main.replace(&format!("use consumer::{ENUM};\n"), "");
        let _ = fs::remove_file(dir.join("src/lib.rs"));
        return write(&dir.join("src/main.rs"), &format!("{lib}\n{main}")).map(|()| dir);
    }
    write(&dir.join("src/lib.rs"), &lib)?;
    if matches!(variant, Variant::Errcat | Variant::Handwritten) {
        write(&dir.join("src/main.rs"), USAGE_MAIN)?;
    }
    if variant == Variant::ErrcatOpen {
        write(&dir.join("src/main.rs"), &open_round_trip_main(n))?;
    }
    Ok(dir)
}

/// Prints errcat's expansion of the catalog at `path` (relative to the
/// crate that will compile it) as the `expanded` variant writes it: without
/// the fingerprint check of `errcat expand`, which const-evaluates a hash of
/// the whole file.
fn expand(path: &str) -> Result<(), String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let catalog = errcat_catalog::load_str(&text, path).map_err(|d| {
        format!("{path} rejected: {}", d.first().map_or(String::new(), ToString::to_string))
    })?;
    let mut out = String::new();
    source_lines(generate::catalog(&catalog, Tracking::ManifestRelative(path)), &mut out);
    println!("{out}");
    Ok(())
}

/// Writes `tokens` as source with a line break after each `;`, `,` and `}`.
/// On one line, as `TokenStream`'s `Display` writes it, the expansion of
/// 10,000 codes is a 3.5 MB line, and rustc's debug info then spends a
/// quarter of a second finding columns in it (`SourceMap::lookup_char_pos`
/// counts the wide characters before each position on the line): a cost
/// neither the macro, whose tokens all point at its call, nor a formatted
/// file has.
fn source_lines(tokens: proc_macro2::TokenStream, out: &mut String) {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                source_lines(group.stream(), out);
                out.push_str(close);
                out.push(if group.delimiter() == Delimiter::Brace { '\n' } else { ' ' });
            }
            TokenTree::Punct(punct) => {
                out.push(punct.as_char());
                if punct.spacing() == Spacing::Alone {
                    out.push(if matches!(punct.as_char(), ';' | ',') { '\n' } else { ' ' });
                }
            }
            TokenTree::Ident(ident) => {
                let _ = write!(out, "{ident} ");
            }
            TokenTree::Literal(literal) => {
                let _ = write!(out, "{literal} ");
            }
        }
    }
}

fn cargo_build(dir: &Path, release: bool, variant: Variant, extra: &[&str]) -> Result<(), String> {
    cargo_build_counting(dir, release, variant, extra, false)
}

/// [`cargo_build`]; with `count`, under `--callgrind`, the measured rustc
/// runs under callgrind.
fn cargo_build_counting(
    dir: &Path,
    release: bool,
    variant: Variant,
    extra: &[&str],
    count: bool,
) -> Result<(), String> {
    let exe = env::current_exe().map_err(|e| e.to_string())?;
    let log = dir.join("measure.log");
    let mut command = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command
        .arg("build")
        .arg("--quiet")
        .args(extra)
        .current_dir(dir)
        .env("CARGO_INCREMENTAL", "0")
        .env("RUSTC_WRAPPER", exe)
        .env(LOG_VAR, &log)
        .env(
            if count && CALLGRIND.get().is_some() { CALLGRIND_VAR } else { "ERRCAT_BENCH_UNUSED" },
            "1",
        )
        .env("CARGO_TARGET_DIR", scale_dir().join(format!("target-{}", variant.dir())));
    if release {
        command.arg("--release");
    }
    let status = command.status().map_err(|e| format!("cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo build failed in {}", dir.display()))
    }
}

/// One timed rebuild of the consumer crate alone.
fn measure(dir: &Path, release: bool, variant: Variant) -> Result<Sample, String> {
    let log = dir.join("measure.log");
    let _ = fs::remove_file(&log);
    let lib = dir.join(if bin() { "src/main.rs" } else { "src/lib.rs" });
    let text = fs::read_to_string(&lib).map_err(|e| e.to_string())?;
    fs::write(&lib, text).map_err(|e| e.to_string())?;
    cargo_build_counting(dir, release, variant, &[target()], true)?;
    let line = fs::read_to_string(&log).map_err(|e| format!("no measurement: {e}"))?;
    let mut fields = line.split_whitespace();
    let seconds = fields.next().and_then(|s| s.parse().ok()).ok_or("bad log")?;
    let peak_kb: f64 = fields.next().and_then(|s| s.parse().ok()).ok_or("bad log")?;
    let cpu_seconds = fields.next().and_then(|s| s.parse().ok()).ok_or("bad log")?;
    let instructions = fields.next().and_then(|s| s.parse().ok());
    Ok(Sample { seconds, peak_mb: peak_kb / 1024.0, cpu_seconds, instructions })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

struct Row {
    n: usize,
    profile: &'static str,
    variant: Variant,
    seconds: f64,
    peak_mb: f64,
    runs: Vec<f64>,
    cpu_seconds: f64,
    instructions: Option<u64>,
}

fn list(arg: Option<&String>) -> Result<Vec<usize>, String> {
    arg.ok_or("missing value")?
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().map_err(|_| format!("not a number: {s}")))
        .collect()
}

fn compile(args: &[String]) -> Result<(), String> {
    let mut sizes = vec![1000, 10_000];
    let mut huge = vec![100_000];
    let mut open = vec![100_000];
    let mut runs = 3;
    let mut only: Option<Vec<String>> = None;
    // `true` for release.
    let mut profiles = vec![false, true];
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--sizes" => sizes = list(args.get(i + 1))?,
            "--huge" => huge = list(args.get(i + 1))?,
            "--open" => open = list(args.get(i + 1))?,
            "--runs" => runs = list(args.get(i + 1))?.first().copied().unwrap_or(3),
            "--profiles" => {
                let wanted = args.get(i + 1).ok_or("--profiles needs debug, release or both")?;
                profiles = wanted.split(',').map(|p| p == "release").collect();
            }
            "--callgrind" => {
                CALLGRIND.set(true).map_err(|_| "--callgrind given twice")?;
                i += 1;
                continue;
            }
            "--baseline" => {
                let dir = args.get(i + 1).ok_or("--baseline needs a directory")?;
                let dir = Path::new(dir).canonicalize().map_err(|e| format!("{dir}: {e}"))?;
                let _ = BASELINE.set(dir);
            }
            "--crate" => {
                let kind = args.get(i + 1).ok_or("--crate needs lib or bin")?;
                let _ = BIN.set(kind == "bin");
            }
            "--variants" => {
                only = args.get(i + 1).map(|v| v.split(',').map(str::to_owned).collect());
            }
            other => return Err(format!("unknown option {other}")),
        }
        i += 2;
    }
    let mut rows = Vec::new();
    let mut all = vec![
        Variant::Errcat,
        Variant::ErrcatBrief,
        Variant::ErrcatOptimized,
        Variant::ErrcatCode,
        Variant::Handwritten,
        Variant::Floor,
        Variant::FloorAllRef,
        Variant::FloorAllInline,
        Variant::Expanded,
    ];
    if BASELINE.get().is_some() {
        all.insert(1, Variant::ErrcatBaseline);
    }
    let mut plan: Vec<(usize, bool, Vec<Variant>)> = Vec::new();
    for &n in &sizes {
        plan.push((n, false, all.to_vec()));
        plan.push((n, true, all.to_vec()));
    }
    for &n in &huge {
        plan.push((
            n,
            false,
            vec![Variant::Errcat, Variant::ErrcatOptimized, Variant::Floor, Variant::Expanded],
        ));
    }
    for &n in &open {
        for release in [false, true] {
            plan.push((
                n,
                release,
                vec![
                    Variant::ErrcatOpen,
                    Variant::ErrcatOpenBrief,
                    Variant::FloorOpen,
                    Variant::ExpandedOpen,
                ],
            ));
        }
    }
    plan.retain(|(_, release, _)| profiles.contains(release));
    if let Some(only) = &only {
        for (_, _, variants) in &mut plan {
            variants.retain(|v| only.iter().any(|o| o == v.dir()));
        }
        plan.retain(|(_, _, variants)| !variants.is_empty());
    }
    let mut sizes_table = String::new();
    let mut round_trips = String::new();
    for (n, release, variants) in plan {
        let profile = match (release, bin()) {
            (false, false) => "debug",
            (true, false) => "release",
            (false, true) => "debug, binary crate",
            (true, true) => "release, binary crate",
        };
        let mut dirs = Vec::new();
        for &variant in &variants {
            let dir = prepare(variant, n)?;
            eprintln!("[{n} {profile}] {}: building dependencies", variant.name());
            cargo_build(&dir, release, variant, &[target()])?;
            dirs.push((variant, dir));
        }
        let mut samples: Vec<Vec<Sample>> = vec![Vec::new(); dirs.len()];
        // Alternate the variants so that drift in the machine's load hits all alike.
        for run in 0..runs {
            for (k, (variant, dir)) in dirs.iter().enumerate() {
                let sample = measure(dir, release, *variant)?;
                eprintln!(
                    "[{n} {profile}] run {}: {} {:.2} s, {:.0} MB",
                    run + 1,
                    variant.name(),
                    sample.seconds,
                    sample.peak_mb
                );
                samples[k].push(sample);
            }
        }
        for ((variant, _), samples) in dirs.iter().zip(samples) {
            let seconds: Vec<f64> = samples.iter().map(|s| s.seconds).collect();
            rows.push(Row {
                n,
                profile,
                variant: *variant,
                seconds: median(seconds.clone()),
                peak_mb: median(samples.iter().map(|s| s.peak_mb).collect()),
                runs: seconds,
                cpu_seconds: median(samples.iter().map(|s| s.cpu_seconds).collect()),
                instructions: samples.iter().filter_map(|s| s.instructions).min(),
            });
        }
        for (variant, dir) in
            dirs.iter().filter(|(v, _)| *v == Variant::ErrcatOpen && release && !bin())
        {
            cargo_build(dir, true, *variant, &["--bin", "consumer"])?;
            let binary =
                scale_dir().join(format!("target-{}", variant.dir())).join("release/consumer");
            let output = Command::new(&binary).output().map_err(|e| e.to_string())?;
            let said = String::from_utf8_lossy(&output.stdout).trim().to_owned();
            if !output.status.success() {
                return Err(format!(
                    "{n} open codes do not round-trip: {}",
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            eprintln!("[{n} open] {said}");
            let _ = writeln!(round_trips, "\n{n} codes, open, release: {said}.");
        }
        if release && !bin() {
            for (variant, dir) in
                dirs.iter().filter(|(v, _)| matches!(v, Variant::Errcat | Variant::Handwritten))
            {
                cargo_build(dir, true, *variant, &["--bin", "consumer"])?;
                let binary =
                    scale_dir().join(format!("target-{}", variant.dir())).join("release/consumer");
                let bytes = fs::metadata(&binary).map_err(|e| e.to_string())?.len();
                let _ = writeln!(sizes_table, "| {n} | {} | {} |", variant.name(), bytes);
            }
        }
    }
    let results = render(&rows, &sizes_table) + &round_trips;
    print!("{results}");
    write(&scale_dir().join("compile.md"), &results)
}

fn render(rows: &[Row], sizes_table: &str) -> String {
    // Under `--callgrind`, the instructions too: the one figure that does not
    // drift with the machine, so ratios to the floor hold across runs.
    let counted = rows.iter().any(|r| r.instructions.is_some());
    let mut out = String::from(
        "| codes | profile | variant | rustc s (median) | runs | vs floor | vs hand-written | peak MB | mem vs floor |",
    );
    out.push_str(if counted { " instructions | instr. vs floor |\n" } else { "\n" });
    out.push_str("|---:|---|---|---:|---|---:|---:|---:|---:|");
    out.push_str(if counted { "---:|---:|\n" } else { "\n" });
    for row in rows {
        let find = |v: Variant| {
            rows.iter().find(|r| r.n == row.n && r.profile == row.profile && r.variant == v)
        };
        let floor = row
            .variant
            .floors()
            .iter()
            .filter_map(|&v| find(v))
            .min_by(|a, b| a.seconds.total_cmp(&b.seconds));
        let ratio = |other: Option<&Row>, f: fn(&Row) -> f64| {
            other.map_or("-".to_owned(), |o| format!("{:.3}×", f(row) / f(o)))
        };
        let runs: Vec<String> = row.runs.iter().map(|s| format!("{s:.2}")).collect();
        let _ = write!(
            out,
            "| {} | {} | {} | {:.2} | {} | {} | {} | {:.0} | {} |",
            row.n,
            row.profile,
            row.variant.name(),
            row.seconds,
            runs.join(" / "),
            ratio(floor, |r| r.seconds),
            ratio(find(Variant::Handwritten), |r| r.seconds),
            row.peak_mb,
            ratio(floor, |r| r.peak_mb),
        );
        if counted {
            #[allow(clippy::cast_precision_loss)] // a ratio of two counts
            let instructions = |r: &Row| r.instructions.map_or(f64::NAN, |n| n as f64);
            // Against the candidate that executed the fewest.
            let fewest = row
                .variant
                .floors()
                .iter()
                .filter_map(|&v| find(v))
                .filter(|r| r.instructions.is_some())
                .min_by_key(|r| r.instructions);
            let (count, against) = match row.instructions {
                Some(n) => (n.to_string(), ratio(fewest, instructions)),
                None => ("-".to_owned(), "-".to_owned()),
            };
            let _ = write!(out, " {count} | {against} |");
        }
        out.push('\n');
    }
    // Pairs measured in the same run: a change (or a setting) and what it is judged against.
    let pairs = [
        (Variant::Errcat, Variant::ErrcatBaseline),
        (Variant::Errcat, Variant::ErrcatBrief),
        (Variant::ErrcatOpen, Variant::ErrcatOpenBrief),
    ];
    for row in rows {
        for (after, before) in pairs.iter().filter(|(_, before)| *before == row.variant) {
            let Some(after) = rows
                .iter()
                .find(|r| r.n == row.n && r.profile == row.profile && r.variant == *after)
            else {
                continue;
            };
            let _ = writeln!(
                out,
                "\n{} codes, {}: {} {:.3} s against {} {:.3} s: {:.3}×.",
                row.n,
                row.profile,
                after.variant.name(),
                after.seconds,
                before.name(),
                row.seconds,
                after.seconds / row.seconds
            );
            let _ = writeln!(
                out,
                "rustc's CPU time (user + system), medians: {:.3} s against {:.3} s: {:.3}×.",
                after.cpu_seconds,
                row.cpu_seconds,
                after.cpu_seconds / row.cpu_seconds
            );
            if let (Some(a), Some(b)) = (after.instructions, row.instructions) {
                let _ = writeln!(
                    out,
                    "Instructions rustc executed (callgrind): {a} against {b}: {:+.2}%.",
                    (a as f64 / b as f64 - 1.0) * 100.0
                );
            }
        }
    }
    if !sizes_table.is_empty() {
        out.push_str("\nRelease binary (stripped) calling every method:\n\n| codes | variant | bytes |\n|---:|---|---:|\n");
        out.push_str(sizes_table);
    }
    out
}

/// Median estimates from criterion's `target/criterion/**/new/estimates.json`.
fn report() -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion");
    let mut found = Vec::new();
    collect_estimates(&root, &root, &mut found);
    found.sort_by(|a, b| a.0.cmp(&b.0));
    println!("| benchmark | median |\n|---|---:|");
    for (name, nanos) in found {
        println!("| {name} | {} |", human(nanos));
    }
    Ok(())
}

fn collect_estimates(root: &Path, dir: &Path, found: &mut Vec<(String, f64)>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.ends_with("new") {
            if let Some(median) = fs::read_to_string(path.join("estimates.json"))
                .ok()
                .and_then(|json| median_of(&json))
            {
                let name = path
                    .parent()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                found.push((name, median));
            }
        } else if path.is_dir() && !path.ends_with("report") {
            collect_estimates(root, &path, found);
        }
    }
}

fn median_of(json: &str) -> Option<f64> {
    let after = &json[json.find("\"median\"")?..];
    let value = &after[after.find("\"point_estimate\":")? + "\"point_estimate\":".len()..];
    let end = value.find([',', '}'])?;
    value[..end].trim().parse().ok()
}

fn human(nanos: f64) -> String {
    if nanos >= 1e9 {
        format!("{:.3} s", nanos / 1e9)
    } else if nanos >= 1e6 {
        format!("{:.2} ms", nanos / 1e6)
    } else if nanos >= 1e3 {
        format!("{:.2} µs", nanos / 1e3)
    } else {
        format!("{nanos:.2} ns")
    }
}
