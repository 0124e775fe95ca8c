//! `errcat annotate FILE [LOG...]`: copies log lines through and appends
//! what the catalog says about each code a line mentions. Streaming: one
//! line in memory at a time (a line longer than `MAX_LINE` is copied in
//! pieces without annotation), written to standard output as it is read.

use std::collections::HashMap;
use std::io::{self, BufRead, Read, Write};

use clap::{Arg, ArgMatches};
use regex::bytes::Regex;

use errcat_catalog::escape;
use errcat_catalog::model::Entry;
use errcat_catalog::Catalog;

use super::{catalog_arg, many, one, optional, Io, Outcome};
use crate::catalogs::load_or_fail;
use crate::render::Style;
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "annotate";

/// `errcat annotate FILE [LOG...]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The catalog.
    pub file: String,
    /// The logs; standard input when empty.
    pub logs: Vec<String>,
    /// `--pattern`: what counts as a code.
    pub pattern: Option<String>,
}

impl Args {
    /// The arguments clap matched for [`cli`].
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args {
            file: one(matches, "file")?,
            logs: many(matches, "logs")?,
            pattern: optional(matches, "pattern")?,
        })
    }
}

/// clap's definition of `errcat annotate`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
        .about(
            "Copy log lines through, appending what the catalog says about each code they mention",
        )
        .long_about(format!(
            "Reads each LOG (standard input when none) line by line and writes it to standard \
             output, with ` [errcat: NAME: message]` appended for each code of FILE the line \
             mentions. By default a code is a number after code, errcode, error_code, err, \
             error or status (code=611, \"Code\":10205, error 611, status: -1), or a name in \
             UPPER_SNAKE_CASE (ERR_INVALID_ARGUMENT):\n\n  {DEFAULT_PATTERN}\n\n\
             --pattern replaces it: the first capture group that matched is the code or name, \
             else the whole match. Patterns run in linear time (Rust's regex crate: no \
             backtracking). Lines over 1 MiB pass through unannotated; logs need not be UTF-8.",
        ))
        .arg(catalog_arg())
        .arg(
            Arg::new("logs")
                .value_name("LOG")
                .num_args(0..)
                .help("log files; standard input when none"),
        )
        .arg(
            Arg::new("pattern")
                .long("pattern")
                .value_name("REGEX")
                .help("what counts as a code (regex crate syntax; first capture group = the code)"),
        )
}

/// Copies each log (standard input when none) to standard output with its
/// codes annotated, as it reads it.
pub fn exec(args: &Args, io: &mut Io<'_>, _: Style) -> Result<Outcome, Failure> {
    let catalog = load_or_fail(&args.file)?;
    let annotator = Annotator::new(&catalog, args.pattern.as_deref()).map_err(Failure::Usage)?;
    let result = (|| {
        if args.logs.is_empty() {
            annotator.run(io.stdin, io.stdout).map_err(|e| ("standard input".to_owned(), e))?;
        }
        for log in &args.logs {
            let file = std::fs::File::open(log).map_err(|e| (log.clone(), e))?;
            let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
            annotator.run(&mut reader, io.stdout).map_err(|e| (log.clone(), e))?;
        }
        io.stdout.flush().map_err(|e| ("standard output".to_owned(), e))
    })();
    match result {
        // A reader that stops early (`errcat annotate … | head`) is not an error.
        Err((_, e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Outcome::default()),
        Err((what, e)) => Err(Failure::Io(format!("{what}: {e}"))),
        Ok(()) => Ok(Outcome::default()),
    }
}

/// What counts as a code by default: a number after `code`, `errcode`,
/// `error_code`, `err`, `error` or `status` (`code=611`, `"Code":10205`,
/// `error 611`, `status: -1`), or a name in `UPPER_SNAKE_CASE` with at least
/// one underscore (`ERR_INVALID_ARGUMENT`).
pub const DEFAULT_PATTERN: &str = r#"(?i:\b(?:code|errcode|error_code|err|error|status)\b["']?\s*[:=]?\s*["']?(-?[0-9]+)\b)|\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b"#;

/// Longest line annotated; longer ones pass through unchanged.
pub const MAX_LINE: usize = 1 << 20;

/// The catalog's entries by code and by name (and variant), and the pattern.
pub struct Annotator<'a> {
    by_code: HashMap<i128, &'a Entry>,
    by_name: HashMap<&'a str, &'a Entry>,
    pattern: Regex,
}

impl<'a> Annotator<'a> {
    /// An annotator for `catalog`; `pattern` (default [`DEFAULT_PATTERN`])
    /// finds codes: its first capture group that matched is the code or
    /// name, else the whole match. An invalid pattern is an error message.
    pub fn new(catalog: &'a Catalog, pattern: Option<&str>) -> Result<Annotator<'a>, String> {
        let pattern = Regex::new(pattern.unwrap_or(DEFAULT_PATTERN))
            .map_err(|e| format!("invalid --pattern: {e}"))?;
        let entries = catalog.entries();
        let mut by_name = HashMap::new();
        for entry in entries {
            by_name.insert(entry.name.as_str(), entry);
            by_name.entry(entry.ident.as_str()).or_insert(entry);
        }
        Ok(Annotator { by_code: entries.iter().map(|e| (e.code, e)).collect(), by_name, pattern })
    }

    fn entry(&self, found: &[u8]) -> Option<&'a Entry> {
        let text = std::str::from_utf8(found).ok()?;
        match text.parse::<i128>() {
            Ok(code) => self.by_code.get(&code).copied(),
            Err(_) => self.by_name.get(text).copied(),
        }
    }

    /// The annotations for one line: ` [errcat: NAME: message]` per distinct
    /// entry it mentions, in order.
    fn annotations(&self, line: &[u8], out: &mut Vec<u8>) {
        let mut seen: Vec<i128> = Vec::new();
        for captures in self.pattern.captures_iter(line) {
            let found = captures.iter().skip(1).flatten().next().or_else(|| captures.get(0));
            let Some(entry) = found.and_then(|m| self.entry(m.as_bytes())) else { continue };
            if seen.contains(&entry.code) {
                continue;
            }
            seen.push(entry.code);
            let message = entry.message.as_ref().and_then(|m| m.get(0)).unwrap_or("");
            let message = escape::visible(&message.replace('\n', " "));
            let _ = write!(out, " [errcat: {}: {message}]", escape::visible(&entry.name));
        }
    }

    /// Copies `input` to `output` line by line, annotated; returns the lines
    /// read.
    pub fn run(&self, input: &mut dyn BufRead, output: &mut dyn Write) -> io::Result<u64> {
        let mut line = Vec::with_capacity(4096);
        let mut notes = Vec::new();
        let mut lines = 0;
        // Inside a line longer than MAX_LINE: copied as it is up to its end.
        let mut overlong = false;
        loop {
            line.clear();
            let read = Read::take(&mut *input, MAX_LINE as u64).read_until(b'\n', &mut line)?;
            if read == 0 {
                return Ok(lines);
            }
            let ends = line.last() == Some(&b'\n');
            if overlong || (!ends && read == MAX_LINE) {
                output.write_all(&line)?;
                overlong = !ends;
                lines += u64::from(ends);
                continue;
            }
            lines += 1;
            let body = if ends { &line[..line.len() - 1] } else { &line[..] };
            let body = body.strip_suffix(b"\r").unwrap_or(body);
            notes.clear();
            self.annotations(body, &mut notes);
            output.write_all(body)?;
            output.write_all(&notes)?;
            // The line's end as it was: `\n`, `\r\n`, a last line's lone `\r`, or nothing.
            output.write_all(&line[body.len()..])?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let source = "name: TestError\ncodes:\n  - {code: 611, name: DISK_NOT_FOUND, message: disk not found}\n  - {code: -1, name: ERR_INVALID_ARGUMENT, message: bad argument}\n  - {code: 10205, name: APP_NAME_DUPLICATED, message: app name taken}\n";
        errcat_catalog::load_str(source, "t.yaml").unwrap()
    }

    fn annotate(catalog: &Catalog, pattern: Option<&str>, input: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        Annotator::new(catalog, pattern).unwrap().run(&mut &input[..], &mut out).unwrap();
        out
    }

    #[test]
    fn the_default_pattern_finds_common_shapes() {
        let catalog = catalog();
        let log = "put failed code=611 disk=3\r\n{\"Code\":10205,\"msg\":\"x\"}\nerror 611 then ERR_INVALID_ARGUMENT\nstatus: -1\nnothing here 611\nunknown code=999\nno newline error=611";
        let out = String::from_utf8(annotate(&catalog, None, log.as_bytes())).unwrap();
        assert_eq!(
            out,
            "put failed code=611 disk=3 [errcat: DISK_NOT_FOUND: disk not found]\r\n\
             {\"Code\":10205,\"msg\":\"x\"} [errcat: APP_NAME_DUPLICATED: app name taken]\n\
             error 611 then ERR_INVALID_ARGUMENT [errcat: DISK_NOT_FOUND: disk not found] [errcat: ERR_INVALID_ARGUMENT: bad argument]\n\
             status: -1 [errcat: ERR_INVALID_ARGUMENT: bad argument]\n\
             nothing here 611\n\
             unknown code=999\n\
             no newline error=611 [errcat: DISK_NOT_FOUND: disk not found]"
        );
    }

    #[test]
    fn a_last_line_ending_in_a_carriage_return_keeps_it() {
        let catalog = catalog();
        let out = annotate(&catalog, None, b"error 611\r");
        assert_eq!(out, b"error 611 [errcat: DISK_NOT_FOUND: disk not found]\r");
        assert_eq!(annotate(&catalog, None, b"plain\r"), b"plain\r");
    }

    #[test]
    fn a_custom_pattern_and_binary_input() {
        let catalog = catalog();
        let out = annotate(&catalog, Some(r"E(\d+)"), b"\xff\xfe E611 \x00 E611\n");
        assert_eq!(out, b"\xff\xfe E611 \x00 E611 [errcat: DISK_NOT_FOUND: disk not found]\n");
        assert!(Annotator::new(&catalog, Some("(unclosed")).is_err());
    }

    #[test]
    fn an_overlong_line_passes_through_unchanged() {
        let catalog = catalog();
        let mut log = vec![b'x'; MAX_LINE + 10];
        log.extend_from_slice(b" code=611\nerror 611\n");
        let out = annotate(&catalog, None, &log);
        let mut expected = log.clone();
        expected.truncate(MAX_LINE + 10 + 10);
        expected.extend_from_slice(b"error 611 [errcat: DISK_NOT_FOUND: disk not found]\n");
        assert_eq!(out.len(), expected.len());
        assert!(out == expected);
    }
}
