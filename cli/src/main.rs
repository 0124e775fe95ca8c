//! `errcat`: parses the command line, runs one subcommand of the
//! `errcat_cli` library, prints what it returns and exits with its status.

use std::io::IsTerminal;
use std::process::ExitCode;

use errcat_cli::args::{Cli, ColorChoice, Command, Format};
use errcat_cli::render::{self, Stream, Style};
use errcat_cli::stamp::Generated;
use errcat_cli::{Emitted, Failure};

fn main() -> ExitCode {
    let cli = match Cli::parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let style = Style { color };
    match run(&cli.command, style) {
        Ok(status) => ExitCode::from(status),
        Err(failure) => {
            eprint!("{}", render::failure(&failure, style));
            ExitCode::from(failure.exit_code())
        }
    }
}

/// Runs `command` and prints its result; `Ok` carries the exit status.
fn run(command: &Command, style: Style) -> Result<u8, Failure> {
    match command {
        Command::Check(args) => {
            let report = errcat_cli::check(args);
            match args.format {
                Format::Json => println!("{}", render::check_json(&report)),
                Format::Github => print!("{}", render::check_github(&report)),
                Format::Text => print(render::check_text(&report, style)),
            }
            Ok(report.exit_code())
        }
        Command::Docs(args) => write(&args.output, errcat_cli::docs(args)?),
        Command::Expand(args) => write(&args.output, errcat_cli::expand(args)?),
        Command::Export(args) => write(&args.output, errcat_cli::export(args)?),
        Command::Diff(args) => {
            let changes = errcat_cli::diff(args)?;
            match args.format {
                Format::Json => println!("{}", render::diff_json(&changes)),
                Format::Github => {
                    print!("{}", render::diff_github(&changes, &args.old, &args.new));
                }
                Format::Text => {
                    print!("{}", render::diff_text(&changes, &args.old, &args.new, style))
                }
            }
            Ok(u8::from(changes.iter().any(|c| c.breaking)))
        }
        Command::Unused(args) => {
            let (report, warnings, any) = errcat_cli::unused_report(args)?;
            eprint!("{warnings}");
            print!("{report}");
            Ok(u8::from(any && args.deny))
        }
        Command::Annotate(args) => {
            let mut stdin = std::io::stdin().lock();
            let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            errcat_cli::annotate(args, &mut stdin, &mut stdout)?;
            Ok(0)
        }
        Command::Explain(args) => match &args.codes {
            Some((file, queries)) => {
                let mut stdin = std::io::stdin().lock();
                let (text, all_found) = errcat_cli::explain_codes(file, queries, args, &mut stdin)?;
                print!("{text}");
                Ok(u8::from(!all_found))
            }
            None => {
                print!("{}", render::explained(errcat_cli::explain(args)?));
                Ok(0)
            }
        },
        Command::Import(args) => {
            let draft = errcat_cli::import(args)?;
            match &args.output.path {
                None => print!("{}", draft.yaml),
                Some(path) => errcat_cli::import::write_draft(path, &draft.yaml)?,
            }
            match args.report {
                Format::Json => eprintln!("{}", render::import_json(&draft, &args.doc)),
                Format::Text | Format::Github => {
                    eprint!("{}", render::import_text(&draft, &args.doc, style));
                }
            }
            Ok(u8::from(!draft.errors.is_empty()))
        }
        Command::Schema => {
            print!("{}", errcat_cli::schema());
            Ok(0)
        }
    }
}

fn write(output: &errcat_cli::args::Output, generated: Generated) -> Result<u8, Failure> {
    if let Emitted::ToStdout(text) = errcat_cli::emit(output, generated)? {
        print!("{text}");
    }
    Ok(0)
}

fn print(printed: render::Printed) {
    for (stream, text) in printed {
        match stream {
            Stream::Out => print!("{text}"),
            Stream::Err => eprint!("{text}"),
        }
    }
}
