//! The keyword tables: the words a catalog may write for `repr`,
//! `severity`, `discriminant` and `serde`, and the placeholders of `display`.

use super::keyword_table;

keyword_table! {
    /// The integer type of the codes (`repr`).
    pub enum Repr default I32 {
        /// `i8`
        I8 = "i8",
        /// `i16`
        I16 = "i16",
        /// `i32`
        I32 = "i32",
        /// `i64`
        I64 = "i64",
        /// `u8`
        U8 = "u8",
        /// `u16`
        U16 = "u16",
        /// `u32`
        U32 = "u32",
        /// `u64`
        U64 = "u64",
    }
}

impl Repr {
    /// Width in bits.
    pub const fn bits(self) -> u32 {
        match self {
            Repr::I8 | Repr::U8 => 8,
            Repr::I16 | Repr::U16 => 16,
            Repr::I32 | Repr::U32 => 32,
            Repr::I64 | Repr::U64 => 64,
        }
    }

    /// The smallest and largest code the type holds.
    pub fn bounds(self) -> (i128, i128) {
        match self {
            Repr::I8 => (i8::MIN.into(), i8::MAX.into()),
            Repr::I16 => (i16::MIN.into(), i16::MAX.into()),
            Repr::I32 => (i32::MIN.into(), i32::MAX.into()),
            Repr::I64 => (i64::MIN.into(), i64::MAX.into()),
            Repr::U8 => (0, u8::MAX.into()),
            Repr::U16 => (0, u16::MAX.into()),
            Repr::U32 => (0, u32::MAX.into()),
            Repr::U64 => (0, u64::MAX.into()),
        }
    }
}

keyword_table! {
    /// How serious an entry is (`severity`); the runtime type is `errcat::Severity`,
    /// whose variants and spellings a test keeps equal to these.
    pub enum Severity default Error {
        /// Informational: not a failure.
        Info = "info",
        /// Something to look at; the operation may have succeeded.
        Warning = "warning",
        /// The operation failed.
        Error = "error",
        /// The component cannot continue.
        Fatal = "fatal",
    }
}

keyword_table! {
    /// What the enum's discriminants are (`discriminant`).
    pub enum Discriminant default Index {
        /// Positions 0, 1, 2… in code order (fast to compile).
        Index = "index",
        /// The codes themselves, with `#[repr(R)]` (for C interop).
        Code = "code",
    }
}

keyword_table! {
    /// What type the catalog becomes (`representation`).
    pub enum Representation default Enum {
        /// A fieldless enum: exhaustive matching, fastest below ~20,000 codes.
        Enum = "enum",
        /// A newtype over the code with one associated `const` per entry: it
        /// keeps codes the catalog does not know, and compiles in linear time.
        Open = "open",
    }
}

keyword_table! {
    /// How much of each entry its variant's doc says (`rustdoc`).
    pub enum RustdocDetail default Full {
        /// Every fact of the entry: code, name, group and range, HTTP
        /// status, severity, retryability, every language, arguments,
        /// description, solution.
        Full = "full",
        /// The message and the description in the default language only:
        /// less text for rustc to keep on every build of a very large catalog.
        Brief = "brief",
    }
}

keyword_table! {
    /// How the enum is serialized with errcat's `serde` feature (`serde`).
    pub enum SerdeForm default Code {
        /// As its code, a number.
        Code = "code",
        /// As its `name()`, a string.
        Name = "name",
        /// Not at all: errcat generates no serde impls for this enum, so the
        /// crate can write its own.
        None = "none",
    }
}

keyword_table! {
    /// A value that the `display` template can print: `{code}` and so on.
    pub enum Placeholder {
        /// The entry's code.
        Code = "code",
        /// The entry's `name()`.
        Name = "name",
        /// The message, or the variant identifier when there is none.
        Message = "message",
        /// The group's name (catalogs with groups only).
        Group = "group",
    }
}

keyword_table! {
    /// The type of a declared field (`fields: {name: {type: …}}`).
    pub enum FieldType {
        /// Text, with an optional `pattern`; the accessor returns `&'static str`.
        String = "string",
        /// `bool`
        Bool = "bool",
        /// `i64`, with optional `min` and `max`.
        Int = "int",
        /// One of the snake_case words of `values`; the accessor returns a
        /// generated enum.
        Enum = "enum",
    }
}

keyword_table! {
    /// A gRPC status code (`grpc`), spelt as google.rpc.Code spells it; the
    /// runtime type is `errcat::GrpcCode`, whose variants a test keeps equal
    /// to these.
    pub enum GrpcCode {
        /// 0: not an error; no entry may have it.
        Ok = "OK",
        /// 1
        Cancelled = "CANCELLED",
        /// 2
        Unknown = "UNKNOWN",
        /// 3
        InvalidArgument = "INVALID_ARGUMENT",
        /// 4
        DeadlineExceeded = "DEADLINE_EXCEEDED",
        /// 5
        NotFound = "NOT_FOUND",
        /// 6
        AlreadyExists = "ALREADY_EXISTS",
        /// 7
        PermissionDenied = "PERMISSION_DENIED",
        /// 8
        ResourceExhausted = "RESOURCE_EXHAUSTED",
        /// 9
        FailedPrecondition = "FAILED_PRECONDITION",
        /// 10
        Aborted = "ABORTED",
        /// 11
        OutOfRange = "OUT_OF_RANGE",
        /// 12
        Unimplemented = "UNIMPLEMENTED",
        /// 13
        Internal = "INTERNAL",
        /// 14
        Unavailable = "UNAVAILABLE",
        /// 15
        DataLoss = "DATA_LOSS",
        /// 16
        Unauthenticated = "UNAUTHENTICATED",
    }
}

impl GrpcCode {
    /// The code's number: its position in google.rpc.Code.
    pub fn number(self) -> i32 {
        GrpcCode::ALL
            .iter()
            .position(|c| *c == self)
            .and_then(|n| i32::try_from(n).ok())
            .unwrap_or(2)
    }

    /// The HTTP status google.rpc.Code gives this code.
    pub const fn canonical_http(self) -> u16 {
        match self {
            GrpcCode::Ok => 200,
            GrpcCode::Cancelled => 499,
            GrpcCode::InvalidArgument | GrpcCode::FailedPrecondition | GrpcCode::OutOfRange => 400,
            GrpcCode::DeadlineExceeded => 504,
            GrpcCode::NotFound => 404,
            GrpcCode::AlreadyExists | GrpcCode::Aborted => 409,
            GrpcCode::PermissionDenied => 403,
            GrpcCode::ResourceExhausted => 429,
            GrpcCode::Unimplemented => 501,
            GrpcCode::Unknown | GrpcCode::Internal | GrpcCode::DataLoss => 500,
            GrpcCode::Unavailable => 503,
            GrpcCode::Unauthenticated => 401,
        }
    }

    /// The gRPC code of an entry whose catalog, group and entry set none,
    /// from its HTTP status: the inverse of [`canonical_http`](Self::canonical_http)
    /// where that is one status for one code, and for the statuses several
    /// codes share, the most general of them (400 `INVALID_ARGUMENT`, 409
    /// `ALREADY_EXISTS`, 500 `INTERNAL`); 412 and 416 as their meaning says,
    /// 502 as 503, any other 4xx `FAILED_PRECONDITION`, any other status
    /// `INTERNAL`.
    pub const fn from_http(status: u16) -> GrpcCode {
        match status {
            400 => GrpcCode::InvalidArgument,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::NotFound,
            409 => GrpcCode::AlreadyExists,
            412 => GrpcCode::FailedPrecondition,
            416 => GrpcCode::OutOfRange,
            429 => GrpcCode::ResourceExhausted,
            499 => GrpcCode::Cancelled,
            501 => GrpcCode::Unimplemented,
            502 | 503 => GrpcCode::Unavailable,
            504 => GrpcCode::DeadlineExceeded,
            _ if status >= 400 && status < 500 => GrpcCode::FailedPrecondition,
            _ => GrpcCode::Internal,
        }
    }
}

keyword_table! {
    /// What a problem's `type` is made of (`problem.type`).
    pub enum ProblemType {
        /// The entry's `help_url`.
        HelpUrl = "help_url",
    }
}

keyword_table! {
    /// The type of an entry's argument (`args: {name: type}`).
    pub enum ArgType {
        /// Text; a selector field takes `&str` or `String`.
        String = "string",
        /// `bool`
        Bool = "bool",
        /// `i8`
        I8 = "i8",
        /// `i16`
        I16 = "i16",
        /// `i32`
        I32 = "i32",
        /// `i64`
        I64 = "i64",
        /// `u8`
        U8 = "u8",
        /// `u16`
        U16 = "u16",
        /// `u32`
        U32 = "u32",
        /// `u64`
        U64 = "u64",
        /// `f64`
        F64 = "f64",
    }
}

/// `deprecated: true` or `deprecated: "note"` (`false` is the same as absent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deprecation {
    /// Deprecated without a note.
    Plain,
    /// Deprecated, with what to use instead.
    Note(String),
}
