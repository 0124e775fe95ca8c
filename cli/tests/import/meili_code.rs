//! An API's error codes in the shape Meilisearch keeps them: an enum whose
//! variants map to an HTTP status and an error type in hand-written matches.
//! Written for errcat's import tests.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Code {
    /// Index not found.
    IndexNotFound = 1,
    /// Index already exists.
    IndexAlreadyExists,
    /// The provided API key is invalid.
    InvalidApiKey,
    /// An internal error occurred.
    Internal,
}

impl Code {
    /// The HTTP status of the error.
    pub fn http(&self) -> StatusCode {
        match self {
            Code::IndexNotFound => StatusCode::NOT_FOUND,
            Code::IndexAlreadyExists => StatusCode::CONFLICT,
            Code::InvalidApiKey => StatusCode::FORBIDDEN,
            Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The error's type, as the body's `type` says.
    pub fn error_type(&self) -> &'static str {
        match self {
            Code::InvalidApiKey => "auth",
            Code::Internal => "internal",
            _ => "invalid_request",
        }
    }
}
