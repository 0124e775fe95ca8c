//! Codes produced by a `macro_rules!` table, in the shape Databend keeps
//! them: each row a name, its code in parentheses, and a doc comment.
//! Written for errcat's import tests.

macro_rules! build_exceptions {
    ($($(#[$meta:meta])* $name:ident($code:expr)),* $(,)?) => {
        impl ErrorCode {
            $(
                $(#[$meta])*
                pub const $name: u16 = $code;
            )*
        }
    };
}

pub struct ErrorCode;

build_exceptions! {
    /// Internal means this is the internal error that no action can be taken.
    Internal(1001),
    /// The feature is not implemented yet.
    Unimplemented(1002),
    /// The database does not exist.
    UnknownDatabase(1003),
    /// The table does not exist.
    UnknownTable(1025),
}
