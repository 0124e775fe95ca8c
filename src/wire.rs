//! The per-catalog settings that the wire formats read.

/// How a catalog's errors are serialized: the catalog's `serde`, `body` and
/// `problem` keys, as constants the generated code hands to
/// [`ErrorCode::WIRE`](crate::ErrorCode::WIRE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Wire {
    by_name: bool,
    code_field: &'static str,
    message_field: &'static str,
    name_field: Option<&'static str>,
    group_field: Option<&'static str>,
    args_field: Option<&'static str>,
    problem_type_base: Option<&'static str>,
}

impl Wire {
    /// By code; body `{"code": …, "message": …}`; problems without `type`.
    pub const DEFAULT: Wire = Wire::__new(false, "code", "message", None, None, None, None);

    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        by_name: bool,
        code_field: &'static str,
        message_field: &'static str,
        name_field: Option<&'static str>,
        group_field: Option<&'static str>,
        args_field: Option<&'static str>,
        problem_type_base: Option<&'static str>,
    ) -> Wire {
        Wire {
            by_name,
            code_field,
            message_field,
            name_field,
            group_field,
            args_field,
            problem_type_base,
        }
    }

    /// Whether the enum serializes as its `name()` (`serde: name`) rather
    /// than its code.
    #[must_use]
    pub const fn by_name(&self) -> bool {
        self.by_name
    }

    /// The error body's code field (`body.code`, default `code`).
    #[must_use]
    pub const fn code_field(&self) -> &'static str {
        self.code_field
    }

    /// The error body's message field (`body.message`, default `message`).
    #[must_use]
    pub const fn message_field(&self) -> &'static str {
        self.message_field
    }

    /// The error body's name field, if the body carries the name (`body.name`).
    #[must_use]
    pub const fn name_field(&self) -> Option<&'static str> {
        self.name_field
    }

    /// The error body's group field, if the body carries the group (`body.group`).
    #[must_use]
    pub const fn group_field(&self) -> Option<&'static str> {
        self.group_field
    }

    /// The error body's field that carries the arguments as an object, if
    /// the body carries them (`body.args`).
    #[must_use]
    pub const fn args_field(&self) -> Option<&'static str> {
        self.args_field
    }

    /// The start of a problem's `type` URI (`problem.type_base`); the code
    /// is appended to it.
    #[must_use]
    pub const fn problem_type_base(&self) -> Option<&'static str> {
        self.problem_type_base
    }
}

impl Default for Wire {
    fn default() -> Self {
        Wire::DEFAULT
    }
}
