//! Options whose value is one word of a fixed list (`--format json`,
//! `--lang go`). The type that owns the values lists its words once
//! ([`Choice`]); clap's parser, its possible values in `--help` and its
//! "invalid value" error all read that list, so no word is matched a second
//! time and no unknown word can fall through to a default: it is a usage
//! error (exit 2) before any subcommand runs.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;

/// A type whose values are the words an option takes.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order `--help` lists them.
    const ALL: &'static [Self];

    /// The word that names this value on the command line.
    fn word(self) -> &'static str;
}

/// clap's parser for a [`Choice`]: the words of `T::ALL`, and nothing else.
pub struct ChoiceParser<T>(PhantomData<fn() -> T>);

impl<T> Clone for ChoiceParser<T> {
    fn clone(&self) -> Self {
        ChoiceParser(PhantomData)
    }
}

/// The parser for `T`, to give clap's `Arg::value_parser`.
pub fn parser<T: Choice>() -> ChoiceParser<T> {
    ChoiceParser(PhantomData)
}

impl<T: Choice> TypedValueParser for ChoiceParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        // clap's own parser for the words gives its usual error for any other.
        let words = PossibleValuesParser::new(T::ALL.iter().map(|choice| choice.word()));
        let word = words.parse_ref(cmd, arg, value)?;
        T::ALL
            .iter()
            .copied()
            .find(|choice| choice.word() == word)
            .ok_or_else(|| clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::ALL.iter().map(|choice| PossibleValue::new(choice.word()))))
    }
}

/// Declares an enum of words: each variant with the word that names it.
///
/// ```ignore
/// choice! {
///     /// `--format` of `errcat docs`.
///     pub enum DocsFormat {
///         /// A Markdown reference in one language.
///         Markdown = "markdown",
///         Html = "html",
///     }
/// }
/// ```
macro_rules! choice {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $word:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $crate::choice::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            fn word(self) -> &'static str {
                match self {
                    $(Self::$variant => $word,)+
                }
            }
        }
    };
}

pub(crate) use choice;

#[cfg(test)]
mod tests {
    use super::*;

    choice! {
        /// Test words.
        enum Shape {
            /// One.
            Round = "round",
            /// Two.
            Square = "square",
        }
    }

    fn command() -> clap::Command {
        clap::Command::new("t")
            .arg(clap::Arg::new("shape").long("shape").value_parser(parser::<Shape>()))
    }

    #[test]
    fn a_word_becomes_its_value_and_any_other_is_a_usage_error() {
        let matches = command().try_get_matches_from(["t", "--shape", "square"]).unwrap();
        assert_eq!(matches.get_one::<Shape>("shape"), Some(&Shape::Square));
        let error = command().try_get_matches_from(["t", "--shape", "oval"]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue);
        assert!(error.use_stderr());
        let help = command().render_help().to_string();
        assert!(help.contains("[possible values: round, square]"), "{help}");
    }
}
