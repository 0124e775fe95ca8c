//! Catalog errors as axum responses (feature `axum`).
//!
//! A handler returns a catalog error and gets the mapped HTTP status and a
//! JSON body, with no glue:
//!
//! - `Result<T, E>` (any catalog enum `E`) or `Result<T, errcat::Error<E>>`
//!   (its message rendered with its arguments): the catalog's
//!   [`ErrorBody`], `Content-Type: application/json`;
//! - `Result<T, errcat::Problem<E>>` (`?` converts): RFC 9457 problem
//!   details, `Content-Type: application/problem+json`.
//!
//! Both carry `Content-Language`. The body is written in the catalog's
//! default language; add the [`localize`] middleware
//! (`.layer(axum::middleware::from_fn(errcat::axum::localize))`) and it is
//! rewritten in the language the request's `Accept-Language` prefers among
//! the catalog's `languages` (a response cannot see its request, so the
//! choice has to be made by a layer that sees both).

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;

use ::axum::body::Body;
use ::axum::extract::Request;
use ::axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE, VARY};
use ::axum::http::HeaderValue;
use ::axum::middleware::Next;
use ::axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::{negotiate_language, Error, ErrorBody, ErrorCode, Problem};

const JSON: &str = "application/json";
const PROBLEM_JSON: &str = "application/problem+json";

/// What [`localize`] needs to write an error response's body again in
/// another language.
#[derive(Clone)]
struct Localizable {
    languages: &'static [&'static str],
    render: Arc<dyn Fn(&'static str) -> Vec<u8> + Send + Sync>,
}

/// A response with `error`'s status, `content_type` and the body
/// `render(language)`, which [`localize`] may render again unless the
/// handler `chosen` the language itself.
fn response<E: ErrorCode>(
    error: E,
    content_type: &'static str,
    (language, chosen): (&'static str, bool),
    render: Arc<dyn Fn(&'static str) -> Vec<u8> + Send + Sync>,
) -> Response {
    let mut response = Response::new(Body::from(render(language)));
    *response.status_mut() = error.status_code();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(language) = HeaderValue::from_str(language) {
        headers.insert(CONTENT_LANGUAGE, language);
    }
    if !chosen {
        response.extensions_mut().insert(Localizable { languages: E::LANGUAGES, render });
    }
    response
}

/// JSON bytes of a body that cannot fail to serialize (strings and
/// integers only); an empty object if it ever did.
fn json<T: Serialize>(body: &T) -> Vec<u8> {
    serde_json::to_vec(body).unwrap_or_else(|_| Vec::from(*b"{}"))
}

impl<E> IntoResponse for ErrorBody<E>
where
    E: ErrorCode + Send + Sync,
    E::Repr: Serialize,
{
    fn into_response(self) -> Response {
        let (error, language) = (self.error(), (self.language(), self.language_chosen()));
        let render = move |language: &'static str| json(&self.clone().in_language(language));
        response(error, JSON, language, Arc::new(render))
    }
}

impl<E> IntoResponse for Problem<E>
where
    E: ErrorCode + Send + Sync,
    E::Repr: Serialize + fmt::Display,
{
    fn into_response(self) -> Response {
        let (error, language) = (self.error(), (self.language(), self.language_chosen()));
        let render = move |language: &'static str| json(&self.clone().in_language(language));
        response(error, PROBLEM_JSON, language, Arc::new(render))
    }
}

/// An error as it happened, returned from a handler: its [`ErrorBody`],
/// the message rendered with its arguments (and rendered again by
/// [`localize`]); the source is not sent.
impl<E> IntoResponse for Error<E>
where
    E: ErrorCode + Send + Sync,
    E::Repr: Serialize,
{
    fn into_response(self) -> Response {
        ErrorBody::from(self).into_response()
    }
}

/// The response of a catalog enum returned from a handler: its
/// [`ErrorBody`]. Called by the `IntoResponse` impl generated for the enum.
#[doc(hidden)]
pub fn respond<E>(error: E) -> Response
where
    E: ErrorCode + Send + Sync,
    E::Repr: Serialize,
{
    ErrorBody::new(error).into_response()
}

/// Middleware that writes catalog error bodies in the language the request's
/// `Accept-Language` prefers (see [`negotiate_language`]) and marks them
/// `Vary: Accept-Language` for caches. Bodies whose language the handler
/// chose (`in_language`) and other responses pass unchanged.
///
/// ```no_run
/// let app: axum::Router = axum::Router::new()
///     .layer(axum::middleware::from_fn(errcat::axum::localize));
/// ```
pub async fn localize(request: Request, next: Next) -> Response {
    let accept = request.headers().get(ACCEPT_LANGUAGE).cloned();
    let mut response = next.run(request).await;
    let Some(localizable) = response.extensions_mut().remove::<Localizable>() else {
        return response;
    };
    if localizable.languages.len() > 1 {
        response.headers_mut().append(VARY, HeaderValue::from_static("accept-language"));
    }
    let accepted = accept.as_ref().and_then(|value| value.to_str().ok());
    let Some(language) = accepted.and_then(|a| negotiate_language(a, localizable.languages)) else {
        return response;
    };
    let current = response.headers().get(CONTENT_LANGUAGE).and_then(|v| v.to_str().ok());
    if current == Some(language) {
        return response;
    }
    *response.body_mut() = Body::from((localizable.render)(language));
    let headers = response.headers_mut();
    headers.remove(CONTENT_LENGTH);
    if let Ok(language) = HeaderValue::from_str(language) {
        headers.insert(CONTENT_LANGUAGE, language);
    }
    response
}
