//! `errcat`: parses the command line, runs one subcommand of the
//! `errcat_cli` library, prints what it returns and exits with its status.

use std::io::Write;
use std::process::ExitCode;

use errcat_cli::commands::{Cli, Io};
use errcat_cli::render::{self, Stream, Style};

fn main() -> ExitCode {
    let cli = match Cli::parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    let style = Style::for_stderr(cli.color);
    let mut stdin = std::io::stdin().lock();
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let result = cli.command.exec(&mut Io { stdin: &mut stdin, stdout: &mut stdout }, style);
    let (printed, status) = match result {
        Ok(outcome) => (outcome.printed, outcome.status),
        Err(failure) => {
            (vec![(Stream::Err, render::failure(&failure, style))], failure.exit_code())
        }
    };
    // A reader that stops early (`errcat … | head`) is not an error: what is
    // left for standard output is dropped, and standard error still printed.
    let mut stdout_closed = false;
    let mut failed = None;
    for (stream, text) in &printed {
        let written = match stream {
            Stream::Out if stdout_closed => Ok(()),
            Stream::Out => stdout.write_all(text.as_bytes()),
            Stream::Err => {
                let _ = stdout.flush();
                std::io::stderr().write_all(text.as_bytes())
            }
        };
        match written {
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => stdout_closed = true,
            Err(error) => failed = failed.or(Some(error)),
            Ok(()) => {}
        }
    }
    match stdout.flush() {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            failed = failed.or(Some(error))
        }
        _ => {}
    }
    match failed {
        Some(error) => {
            let failure = errcat_cli::Failure::Io(format!("cannot write the output: {error}"));
            let _ = std::io::stderr().write_all(render::failure(&failure, style).as_bytes());
            ExitCode::from(failure.exit_code())
        }
        None => ExitCode::from(status),
    }
}
