//! The JSON bodies a service answers with: the catalog's own error body and
//! RFC 9457 problem details.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::arg::ArgList;
use crate::error::write_text;
use crate::negotiate::{catalog_language, default_language};
use crate::{Arg, BodyMember, Error, ErrorCode, FieldValue};

/// The error body of a catalog: code and message, plus name, group,
/// arguments, help link and declared fields when the catalog's `body` asks
/// for them, under the field names it sets.
///
/// With `body: {code: Code, message: Message}` (API Switch) it serializes as
/// `{"Code":10001,"Message":"参数不合法"}`; by default as
/// `{"code":10001,"message":"…"}`. Members are written in the order `body`
/// lists them, after `code` and `message` where it does not list those; a
/// part set to `false` is left out, and so is a group, help link or field
/// the entry has no value for. Made from an [`Error`], the message is
/// rendered with its arguments; its source is never written.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorBody<E> {
    error: E,
    args: ArgList,
    language: &'static str,
    /// Whether the language was chosen with `in_language` (which a
    /// negotiating layer must then keep).
    chosen: bool,
}

impl<E: ErrorCode> ErrorBody<E> {
    /// The body of `error`, its message in the catalog's default language.
    #[must_use]
    pub fn new(error: E) -> Self {
        ErrorBody { error, args: None, language: default_language::<E>(), chosen: false }
    }

    /// The same body with the message in `language` (one of the catalog's
    /// languages; others fall back to the default language).
    #[must_use]
    pub fn in_language(self, language: &str) -> Self {
        ErrorBody { language: catalog_language::<E>(language), chosen: true, ..self }
    }

    /// The error.
    #[must_use]
    pub fn error(&self) -> E {
        self.error
    }

    /// The catalog language of the message.
    #[must_use]
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// Whether the language was chosen with [`in_language`](Self::in_language)
    /// rather than left at the default.
    #[must_use]
    pub fn language_chosen(&self) -> bool {
        self.chosen
    }

    /// The arguments of the error, in the catalog's order.
    pub fn args(&self) -> impl Iterator<Item = (&'static str, &Arg)> {
        self.args.iter().flat_map(|args| args.iter()).map(|(name, value)| (*name, value))
    }

    /// The message written in the body, rendered with the arguments.
    #[must_use]
    pub fn message(&self) -> Cow<'static, str> {
        self.rendered(self.error.message_in(self.language))
    }

    /// `text` of the entry with the arguments in place.
    fn rendered(&self, text: &'static str) -> Cow<'static, str> {
        if self.error.arg_names().is_empty() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let _ = write_text(self.error, text, self.args.as_deref().unwrap_or_default(), &mut out);
        Cow::Owned(out)
    }
}

impl<E: ErrorCode> From<E> for ErrorBody<E> {
    fn from(error: E) -> Self {
        ErrorBody::new(error)
    }
}

/// The body of an error as it happened: its message rendered with its
/// arguments. Its source stays behind.
impl<E: ErrorCode> From<Error<E>> for ErrorBody<E> {
    fn from(error: Error<E>) -> Self {
        let (kind, args) = error.into_occurrence();
        ErrorBody { args, ..ErrorBody::new(kind) }
    }
}

/// The arguments as a JSON object.
struct ArgsObject<'a>(&'a [(&'static str, Arg)]);

impl Serialize for ArgsObject<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// The plain JSON value: a string, a boolean or a number.
impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Str(text) => serializer.serialize_str(text),
            Arg::Bool(flag) => serializer.serialize_bool(*flag),
            Arg::Int(number) => serializer.serialize_i64(*number),
            Arg::Uint(number) => serializer.serialize_u64(*number),
            Arg::Float(number) => serializer.serialize_f64(*number),
        }
    }
}

/// One member's value, or `None` when this error has none (a group, a
/// help link or a declared field the entry leaves unset).
enum MemberValue<'a, R> {
    Code(R),
    Text(Cow<'static, str>),
    Args(ArgsObject<'a>),
    Field(FieldValue),
}

impl<R: Serialize> Serialize for MemberValue<'_, R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            MemberValue::Code(code) => code.serialize(serializer),
            MemberValue::Text(text) => serializer.serialize_str(text),
            MemberValue::Args(args) => args.serialize(serializer),
            MemberValue::Field(value) => value.serialize(serializer),
        }
    }
}

impl<E: ErrorCode> ErrorBody<E> {
    fn member(&self, member: BodyMember) -> Option<MemberValue<'_, E::Repr>> {
        let error = self.error;
        Some(match member {
            BodyMember::Code => MemberValue::Code(error.code()),
            BodyMember::Message => MemberValue::Text(self.message()),
            BodyMember::Name => MemberValue::Text(Cow::Borrowed(error.name())),
            BodyMember::Group => MemberValue::Text(Cow::Borrowed(error.group_name()?)),
            BodyMember::Args => {
                MemberValue::Args(ArgsObject(self.args.as_deref().unwrap_or_default()))
            }
            BodyMember::HelpUrl => MemberValue::Text(Cow::Borrowed(error.help_url()?)),
            BodyMember::Field(name) => MemberValue::Field(error.field(name)?),
        })
    }
}

impl<E> Serialize for ErrorBody<E>
where
    E: ErrorCode,
    E::Repr: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let members = E::WIRE.body();
        let len = members.iter().filter(|(_, member)| self.member(*member).is_some()).count();
        let mut body = serializer.serialize_struct("ErrorBody", len)?;
        for (name, member) in members {
            match self.member(*member) {
                Some(value) => body.serialize_field(name, &value)?,
                None => body.skip_field(name)?,
            }
        }
        body.end()
    }
}

/// An RFC 9457 problem details object (`application/problem+json`) for a
/// catalog error:
///
/// - `type`: the entry's help link when the catalog sets `problem.type:
///   help_url` and the entry has one; else the catalog's `problem.type_base`
///   followed by the code; omitted when neither applies (RFC 9457 then
///   reads it as `about:blank`);
/// - `title`: the message as the catalog writes it, the same for every
///   occurrence of the code (RFC 9457 §3.1.3), so placeholders stay
///   (the entry's name when it has no message);
/// - `status`: the HTTP status;
/// - `detail`: for an [`Error`] with arguments, the message rendered with
///   them; otherwise the description, when the entry has one;
/// - `instance`: set with [`with_instance`](Self::with_instance);
/// - `code`: the code, as an extension member;
/// - each member `problem.members` lists (declared fields, `help_url`) that
///   the entry has a value for;
/// - each argument, as an extension member of its name (RFC 9457 §3.2).
///
/// The error's source is never written.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem<E> {
    /// The error and the language of `title` and `detail`.
    body: ErrorBody<E>,
    instance: Option<String>,
}

impl<E: ErrorCode> Problem<E> {
    /// The problem for `error`, its texts in the catalog's default language.
    #[must_use]
    pub fn new(error: E) -> Self {
        Problem { body: ErrorBody::new(error), instance: None }
    }

    /// The same problem with its texts in `language` (one of the catalog's
    /// languages; others fall back to the default language).
    #[must_use]
    pub fn in_language(self, language: &str) -> Self {
        Problem { body: self.body.in_language(language), ..self }
    }

    /// The same problem with an `instance` URI reference (the request path,
    /// a trace id…).
    #[must_use]
    pub fn with_instance(self, instance: impl Into<String>) -> Self {
        Problem { instance: Some(instance.into()), ..self }
    }

    /// The error.
    #[must_use]
    pub fn error(&self) -> E {
        self.body.error()
    }

    /// The catalog language of `title` and `detail`.
    #[must_use]
    pub fn language(&self) -> &'static str {
        self.body.language()
    }

    /// Whether the language was chosen with [`in_language`](Self::in_language)
    /// rather than left at the default.
    #[must_use]
    pub fn language_chosen(&self) -> bool {
        self.body.language_chosen()
    }

    /// The `title` member.
    #[must_use]
    pub fn title(&self) -> &'static str {
        match self.error().message_in(self.language()) {
            "" => self.error().name(),
            message => message,
        }
    }

    /// The `detail` member.
    #[must_use]
    pub fn detail(&self) -> Option<Cow<'static, str>> {
        if self.error().arg_names().is_empty() || self.body.args.is_none() {
            return self.error().description_in(self.language()).map(Cow::Borrowed);
        }
        Some(self.body.message())
    }

    /// The `instance` member.
    #[must_use]
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }
}

impl<E: ErrorCode> From<E> for Problem<E> {
    fn from(error: E) -> Self {
        Problem::new(error)
    }
}

/// The problem of an error as it happened: `detail` rendered with its
/// arguments, each argument a member. Its source stays behind.
impl<E: ErrorCode> From<Error<E>> for Problem<E> {
    fn from(error: Error<E>) -> Self {
        Problem { body: ErrorBody::from(error), instance: None }
    }
}

/// `type`: the base and the code, written without an intermediate string.
struct TypeUri<R>(&'static str, R);

impl<R: fmt::Display> Serialize for TypeUri<R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{}{}", self.0, self.1))
    }
}

impl<E> Serialize for Problem<E>
where
    E: ErrorCode,
    E::Repr: Serialize + fmt::Display,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (error, wire, detail) = (self.error(), E::WIRE, self.detail());
        let link = error.help_url().filter(|_| wire.problem_type_from_help_url());
        let base = wire.problem_type_base().filter(|_| link.is_none());
        let members: Vec<(&'static str, Option<MemberValue<'_, E::Repr>>)> = wire
            .problem_members()
            .iter()
            .map(|name| {
                let member = match *name {
                    "help_url" => BodyMember::HelpUrl,
                    field => BodyMember::Field(field),
                };
                (*name, self.body.member(member))
            })
            .collect();
        let len = 3
            + usize::from(link.is_some() || base.is_some())
            + usize::from(detail.is_some())
            + usize::from(self.instance.is_some())
            + members.iter().filter(|(_, value)| value.is_some()).count()
            + self.body.args().count();
        let mut problem = serializer.serialize_struct("Problem", len)?;
        if let Some(link) = link {
            problem.serialize_field("type", link)?;
        } else if let Some(base) = base {
            problem.serialize_field("type", &TypeUri(base, error.code()))?;
        }
        problem.serialize_field("title", self.title())?;
        problem.serialize_field("status", &error.http_status())?;
        if let Some(detail) = detail {
            problem.serialize_field("detail", &detail)?;
        }
        if let Some(instance) = &self.instance {
            problem.serialize_field("instance", instance)?;
        }
        problem.serialize_field("code", &error.code())?;
        for (name, value) in &members {
            if let Some(value) = value {
                problem.serialize_field(name, value)?;
            }
        }
        for (name, value) in self.body.args() {
            problem.serialize_field(name, value)?;
        }
        problem.end()
    }
}
