//! What `__impl_http!`, `__impl_serde!`, `__impl_axum!` and `__impl_tonic!` (called by every
//! generated catalog; `serde: none` leaves out the second) become
//! depends on this crate's features, not the consumer's: the consumer needs
//! no `http`, `serde` or `axum` dependency of its own, and a feature left off costs
//! nothing to compile.
//!
//! Each impl is bounded by `for<'x> $name: ErrorCode`: the bound names no
//! generic parameter, but the `for<'x>` keeps rustc from checking it eagerly,
//! so an enum that misses a derive `ErrorCode` needs (`Copy`, say) gets the
//! one error that names it, not one more per integration.

#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($name:ident) => {
        impl $crate::__private::serde::Serialize for $name
        where
            for<'x> $name: $crate::ErrorCode,
        {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize(*self, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name
        where
            for<'x> $name: $crate::ErrorCode,
        {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($name:ident) => {};
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($name:ident) => {
        impl $crate::__private::axum::response::IntoResponse for $name
        where
            for<'x> $name: $crate::ErrorCode,
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::respond(self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($name:ident) => {};
}

#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($name:ident) => {
        impl ::core::convert::From<$name> for $crate::__private::http::StatusCode
        where
            for<'x> $name: $crate::ErrorCode,
        {
            fn from(error: $name) -> Self {
                $crate::ErrorCode::status_code(error)
            }
        }
    };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($name:ident) => {};
}

#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    ($name:ident) => {
        impl ::core::convert::From<$name> for $crate::__private::tonic::Status
        where
            for<'x> $name: $crate::ErrorCode,
        {
            fn from(error: $name) -> Self {
                $crate::__private::__status(error)
            }
        }
    };
}

#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    ($name:ident) => {};
}
