//! An entry's arguments (`args`) and the placeholders of its texts: names
//! and types usable, every placeholder an argument, every argument in the
//! default language's message, and the same placeholders in every language
//! of each text. Entries without arguments keep literal texts and are not
//! checked here.

use std::collections::{BTreeSet, HashMap};

use crate::ast::{self, ArgDecl, Spanned, Text};
use crate::diagnostic::{Diagnostics, Rule, Span};
use crate::format::limits::MAX_ARGS;
use crate::format::{ArgType, EntryKey, Key as _, PROBLEM_MEMBERS};
use crate::names;
use crate::suggest::closest;
use crate::template::{self, Unbalanced};

/// Checks the arguments of `entry` and the placeholders of its texts.
pub(super) fn check(entry: &ast::Entry, languages: &[String], cx: &mut Diagnostics) {
    let Some(args) = entry.args.as_ref().filter(|a| !a.value.is_empty()) else {
        return;
    };
    if args.value.len() > MAX_ARGS {
        cx.error(
            Rule::Limit,
            args.span,
            format!("{} arguments, over the limit of {MAX_ARGS} for one entry", args.value.len()),
        )
        .help("pass the values in fewer arguments")
        .emit();
        return;
    }
    check_declarations(&args.value, cx);
    let declared: Vec<&str> = args.value.iter().map(|arg| arg.name.value.as_str()).collect();
    let default_language = languages.first().map_or("", String::as_str);
    let fields = [
        (EntryKey::Message, &entry.message),
        (EntryKey::Description, &entry.description),
        (EntryKey::Solution, &entry.solution),
    ];
    for (field, text) in fields {
        let texts = by_language(text.as_ref(), default_language);
        let checked = TextField { field, declared: &declared }.placeholders(&texts, cx);
        check_parity(field, &checked, languages, cx);
        if field == EntryKey::Message {
            check_all_used(&args.value, &checked, default_language, args.span, cx);
        }
    }
}

/// Names usable as fields and JSON members, each declared once; known types.
fn check_declarations(args: &[ArgDecl], cx: &mut Diagnostics) {
    let mut seen: HashMap<&str, Span> = HashMap::new();
    for ArgDecl { name, ty } in args {
        let problem = if !names::is_snake_case(&name.value) {
            Some(format!("`{}` is not a snake_case argument name", name.value))
        } else if names::is_keyword(&name.value) {
            Some(format!("`{}` is a Rust keyword", name.value))
        } else if PROBLEM_MEMBERS.contains(&name.value.as_str()) {
            Some(format!(
                "`{}` is a member of problem details, which carry each argument as a member",
                name.value
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            cx.error(Rule::ArgumentName, name.span, problem)
                .help("name it with lowercase ASCII words joined by `_`, such as `disk_id`")
                .emit();
        } else if let Some(first) = seen.insert(&name.value, name.span) {
            cx.error(
                Rule::ArgumentName,
                name.span,
                format!("argument `{}` is declared twice", name.value),
            )
            .first(first)
            .help("remove one of the two")
            .emit();
        }
        if ArgType::from_word(&ty.value).is_none() {
            let report = cx.error(
                Rule::ArgumentType,
                ty.span,
                format!("unknown argument type `{}`", ty.value),
            );
            match closest(&ty.value, ArgType::WORDS) {
                Some(near) => report.help(format!("did you mean `{near}`?")),
                None => report.help(format!("the types are: {}", ArgType::WORDS.join(", "))),
            }
            .emit();
        }
    }
}

/// Each language's text of one field, the default language's for a plain string.
fn by_language<'t>(
    text: Option<&'t Text>,
    default_language: &'t str,
) -> Vec<(&'t str, &'t Spanned<String>)> {
    match text {
        None => Vec::new(),
        Some(Text::Plain(plain)) => vec![(default_language, plain)],
        Some(Text::ByLanguage(pairs)) => {
            pairs.iter().map(|(lang, text)| (lang.value.as_str(), text)).collect()
        }
    }
}

/// One language's text of a field and the arguments it names, when it names
/// only declared arguments with balanced braces.
struct Checked<'t> {
    language: &'t str,
    text: &'t Spanned<String>,
    placeholders: Option<BTreeSet<&'t str>>,
}

/// The placeholders of one text field of an entry.
struct TextField<'d> {
    field: EntryKey,
    declared: &'d [&'d str],
}

impl TextField<'_> {
    /// Every language's placeholders, reporting unbalanced braces and
    /// placeholders that name no argument.
    fn placeholders<'t>(
        &self,
        texts: &[(&'t str, &'t Spanned<String>)],
        cx: &mut Diagnostics,
    ) -> Vec<Checked<'t>> {
        texts
            .iter()
            .map(|&(language, text)| {
                let placeholders = match template::placeholders(&text.value) {
                    Ok(found) => self.declared_only(text, &found, cx),
                    Err(unbalanced) => {
                        self.unbalanced(text, unbalanced, cx);
                        None
                    }
                };
                Checked { language, text, placeholders }
            })
            .collect()
    }

    fn declared_only<'t>(
        &self,
        text: &'t Spanned<String>,
        found: &[(&'t str, usize)],
        cx: &mut Diagnostics,
    ) -> Option<BTreeSet<&'t str>> {
        let mut all_declared = true;
        for &(name, at) in found.iter().filter(|(name, _)| !self.declared.contains(name)) {
            all_declared = false;
            let span = cx.span_within(text.span, &text.value, at, name.len() + 2);
            let message = format!("`{{{name}}}` in the {} is not an argument", self.field.as_str());
            let message = match span {
                Some(_) => message,
                None => {
                    format!("{message} (character {} of the text)", char_index(&text.value, at))
                }
            };
            let report = cx.error(Rule::Placeholder, span.unwrap_or(text.span), message);
            match closest(name, self.declared) {
                Some(near) => report.help(format!("did you mean `{{{near}}}`?")),
                None => report.help(format!(
                    "the arguments are {}; declare it in `args`, or write `{{{{` and `}}}}` for literal braces",
                    self.declared.iter().map(|d| format!("`{d}`")).collect::<Vec<_>>().join(", ")
                )),
            }
            .emit();
        }
        all_declared.then(|| found.iter().map(|(name, _)| *name).collect())
    }

    fn unbalanced(&self, text: &Spanned<String>, unbalanced: Unbalanced, cx: &mut Diagnostics) {
        let Unbalanced { brace, at } = unbalanced;
        let span = cx.span_within(text.span, &text.value, at, brace.len_utf8());
        let message = format!("unbalanced `{brace}` in the {}", self.field.as_str());
        let message = match span {
            Some(_) => message,
            None => format!("{message} (character {} of the text)", char_index(&text.value, at)),
        };
        let help = if brace == '{' {
            "close the placeholder with `}`, or write `{{` for a literal brace"
        } else {
            "write `}}` for a literal brace"
        };
        cx.error(Rule::Brace, span.unwrap_or(text.span), message).help(help).emit();
    }
}

/// 1-based character position of byte `at` in `text`.
fn char_index(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |before| before.chars().count()) + 1
}

/// Every language of the field uses the placeholders of the default
/// language's text, or of the first language's that has one.
fn check_parity(
    field: EntryKey,
    checked: &[Checked<'_>],
    languages: &[String],
    cx: &mut Diagnostics,
) {
    let reference = languages
        .iter()
        .find_map(|lang| checked.iter().find(|c| c.language == lang.as_str()))
        .and_then(|c| Some((c, c.placeholders.as_ref()?)));
    let Some((reference, expected)) = reference else { return };
    let list = |set: &BTreeSet<&str>| {
        if set.is_empty() {
            "none".to_owned()
        } else {
            set.iter().map(|p| format!("{{{p}}}")).collect::<Vec<_>>().join(", ")
        }
    };
    for other in checked.iter().filter(|c| c.language != reference.language) {
        let Some(found) = other.placeholders.as_ref().filter(|found| *found != expected) else {
            continue;
        };
        let field = field.as_str();
        cx.error(
            Rule::PlaceholderParity,
            other.text.span,
            format!(
                "the `{}` {field} uses {} but the `{}` {field} uses {}",
                other.language,
                list(found),
                reference.language,
                list(expected)
            ),
        )
        .help("use the same placeholders in every language of a text")
        .emit();
    }
}

/// Every argument appears in the default language's message.
fn check_all_used(
    args: &[ArgDecl],
    message: &[Checked<'_>],
    default_language: &str,
    args_span: Span,
    cx: &mut Diagnostics,
) {
    let Some(default) = message.iter().find(|c| c.language == default_language) else {
        cx.error(
            Rule::UnusedArgument,
            args_span,
            format!("the entry declares arguments but has no message in the default language `{default_language}`"),
        )
        .help("write the message with a `{name}` placeholder for each argument")
        .emit();
        return;
    };
    // Undeclared placeholders or a stray brace are reported already.
    let Some(used) = &default.placeholders else { return };
    for ArgDecl { name, .. } in args.iter().filter(|arg| !used.contains(arg.name.value.as_str())) {
        cx.error(
            Rule::UnusedArgument,
            name.span,
            format!(
                "argument `{}` does not appear in the `{default_language}` message",
                name.value
            ),
        )
        .help(format!("use `{{{}}}` in the message, or remove the argument", name.value))
        .emit();
    }
}
