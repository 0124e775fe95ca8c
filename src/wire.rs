//! The per-catalog settings that the wire formats read.

/// A member of the error body: what it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyMember {
    /// The code.
    Code,
    /// The message, rendered with the error's arguments.
    Message,
    /// `name()`.
    Name,
    /// The group's name (left out for an entry without a group).
    Group,
    /// The arguments, as an object.
    Args,
    /// The help link (left out for an entry without one).
    HelpUrl,
    /// The declared field of this name (left out when the entry has no value).
    Field(&'static str),
}

/// How a catalog's errors are serialized: the catalog's `serde`, `body` and
/// `problem` keys, as constants the generated code hands to
/// [`ErrorCode::WIRE`](crate::ErrorCode::WIRE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Wire {
    by_name: bool,
    body: &'static [(&'static str, BodyMember)],
    problem_type_base: Option<&'static str>,
    problem_type_from_help_url: bool,
    problem_members: &'static [&'static str],
    grpc_domain: &'static str,
}

impl Wire {
    /// By code; body `{"code": …, "message": …}`; problems without `type`.
    pub const DEFAULT: Wire = Wire::__new(
        false,
        &[("code", BodyMember::Code), ("message", BodyMember::Message)],
        None,
        false,
        &[],
        "",
    );

    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        by_name: bool,
        body: &'static [(&'static str, BodyMember)],
        problem_type_base: Option<&'static str>,
        problem_type_from_help_url: bool,
        problem_members: &'static [&'static str],
        grpc_domain: &'static str,
    ) -> Wire {
        Wire {
            by_name,
            body,
            problem_type_base,
            problem_type_from_help_url,
            problem_members,
            grpc_domain,
        }
    }

    /// The `domain` of the gRPC `ErrorInfo` the catalog's errors carry
    /// (`domain`, default the catalog's name; empty for a hand-written
    /// `ErrorCode` that keeps the default `WIRE`).
    #[must_use]
    pub const fn grpc_domain(&self) -> &'static str {
        self.grpc_domain
    }

    /// Whether the enum serializes as its `name()` (`serde: name`) rather
    /// than its code.
    #[must_use]
    pub const fn by_name(&self) -> bool {
        self.by_name
    }

    /// The error body's members in order: each JSON name and what it carries.
    #[must_use]
    pub const fn body(&self) -> &'static [(&'static str, BodyMember)] {
        self.body
    }

    /// The JSON name of the body member that carries `member`, if the body has one.
    #[must_use]
    pub const fn field_of(&self, member: BodyMember) -> Option<&'static str> {
        let mut index = 0;
        while index < self.body.len() {
            let (name, carried) = self.body[index];
            if same_member(carried, member) {
                return Some(name);
            }
            index += 1;
        }
        None
    }

    /// The error body's code field (`body.code`, default `code`; `None`
    /// when `body` leaves the code out).
    #[must_use]
    pub const fn code_field(&self) -> Option<&'static str> {
        self.field_of(BodyMember::Code)
    }

    /// The error body's message field (`body.message`, default `message`).
    #[must_use]
    pub const fn message_field(&self) -> Option<&'static str> {
        self.field_of(BodyMember::Message)
    }

    /// The error body's name field, if the body carries the name (`body.name`).
    #[must_use]
    pub const fn name_field(&self) -> Option<&'static str> {
        self.field_of(BodyMember::Name)
    }

    /// The error body's group field, if the body carries the group (`body.group`).
    #[must_use]
    pub const fn group_field(&self) -> Option<&'static str> {
        self.field_of(BodyMember::Group)
    }

    /// The error body's field that carries the arguments as an object, if
    /// the body carries them (`body.args`).
    #[must_use]
    pub const fn args_field(&self) -> Option<&'static str> {
        self.field_of(BodyMember::Args)
    }

    /// The start of a problem's `type` URI (`problem.type_base`); the code
    /// is appended to it.
    #[must_use]
    pub const fn problem_type_base(&self) -> Option<&'static str> {
        self.problem_type_base
    }

    /// Whether a problem's `type` is its entry's help link (`problem.type:
    /// help_url`), where the entry has one.
    #[must_use]
    pub const fn problem_type_from_help_url(&self) -> bool {
        self.problem_type_from_help_url
    }

    /// The extension members a problem carries besides `code` and the
    /// arguments (`problem.members`): declared fields, and `help_url`.
    #[must_use]
    pub const fn problem_members(&self) -> &'static [&'static str] {
        self.problem_members
    }
}

/// `==` for [`BodyMember`] in a `const fn`: fields match by name.
const fn same_member(a: BodyMember, b: BodyMember) -> bool {
    match (a, b) {
        (BodyMember::Field(a), BodyMember::Field(b)) => {
            let (a, b) = (a.as_bytes(), b.as_bytes());
            if a.len() != b.len() {
                return false;
            }
            let mut index = 0;
            while index < a.len() {
                if a[index] != b[index] {
                    return false;
                }
                index += 1;
            }
            true
        }
        (BodyMember::Code, BodyMember::Code)
        | (BodyMember::Message, BodyMember::Message)
        | (BodyMember::Name, BodyMember::Name)
        | (BodyMember::Group, BodyMember::Group)
        | (BodyMember::Args, BodyMember::Args)
        | (BodyMember::HelpUrl, BodyMember::HelpUrl) => true,
        _ => false,
    }
}

impl Default for Wire {
    fn default() -> Self {
        Wire::DEFAULT
    }
}
