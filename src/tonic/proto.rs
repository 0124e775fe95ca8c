//! The few google.rpc messages a catalog error travels in, in protobuf's
//! wire format, written and read by hand so the `tonic` feature needs no
//! protobuf library: `Status`, `Any`, `ErrorInfo`, `LocalizedMessage`,
//! `RetryInfo` and `Help`. The reader takes any bytes: what it cannot read
//! is `None`, never a panic.

use alloc::string::String;
use alloc::vec::Vec;

pub(crate) const ERROR_INFO: &str = "type.googleapis.com/google.rpc.ErrorInfo";
pub(crate) const LOCALIZED_MESSAGE: &str = "type.googleapis.com/google.rpc.LocalizedMessage";
pub(crate) const RETRY_INFO: &str = "type.googleapis.com/google.rpc.RetryInfo";
pub(crate) const HELP: &str = "type.googleapis.com/google.rpc.Help";

/// A message being written.
#[derive(Default)]
pub(crate) struct Writer(pub Vec<u8>);

impl Writer {
    fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            // The low seven bits, with the continuation bit.
            self.0.push((value & 0x7F) as u8 | 0x80);
            value >>= 7;
        }
        self.0.push(value as u8);
    }

    /// A varint field (`int32`, `int64`): written only when not zero, as proto3 does.
    pub(crate) fn int(&mut self, field: u32, value: i64) {
        if value != 0 {
            self.varint(u64::from(field) << 3);
            // Negative numbers take ten bytes, as protobuf's `int32` does.
            self.varint(value as u64);
        }
    }

    /// A length-delimited field (`string`, `bytes`, a message).
    pub(crate) fn bytes(&mut self, field: u32, value: &[u8]) {
        self.varint(u64::from(field) << 3 | 2);
        self.varint(value.len() as u64);
        self.0.extend_from_slice(value);
    }

    /// A `string` field, left out when empty.
    pub(crate) fn string(&mut self, field: u32, value: &str) {
        if !value.is_empty() {
            self.bytes(field, value.as_bytes());
        }
    }
}

/// One field read from a message.
pub(crate) enum Value<'a> {
    Bytes(&'a [u8]),
    /// A varint or fixed-width field: no field errcat reads is one.
    Other,
}

/// The fields of `message`, in order; `None` at the first malformed byte.
pub(crate) fn fields(message: &[u8]) -> Option<Vec<(u32, Value<'_>)>> {
    let mut fields = Vec::new();
    let mut rest = message;
    while !rest.is_empty() {
        let key = read_varint(&mut rest)?;
        let field = u32::try_from(key >> 3).ok()?;
        let value = match key & 7 {
            0 => {
                read_varint(&mut rest)?;
                Value::Other
            }
            1 => {
                rest = rest.get(8..)?;
                Value::Other
            }
            2 => {
                let len = usize::try_from(read_varint(&mut rest)?).ok()?;
                let (bytes, tail) = (rest.get(..len)?, rest.get(len..)?);
                rest = tail;
                Value::Bytes(bytes)
            }
            5 => {
                rest = rest.get(4..)?;
                Value::Other
            }
            // Groups (3, 4) are not in these messages; anything else is not protobuf.
            _ => return None,
        };
        fields.push((field, value));
    }
    Some(fields)
}

fn read_varint(bytes: &mut &[u8]) -> Option<u64> {
    let mut value: u64 = 0;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = bytes.split_first()?;
        *bytes = rest;
        value |= u64::from(byte & 0x7F) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// A `string` field's text; `None` if it is not UTF-8.
pub(crate) fn text(bytes: &[u8]) -> Option<String> {
    core::str::from_utf8(bytes).ok().map(String::from)
}

/// google.rpc.Status as read: its code, message and details (`Any`s as
/// type URL and bytes).
pub(crate) struct Status<'a> {
    pub details: Vec<(String, &'a [u8])>,
}

pub(crate) fn read_status(bytes: &[u8]) -> Option<Status<'_>> {
    let mut details = Vec::new();
    for (field, value) in fields(bytes)? {
        if let (3, Value::Bytes(any)) = (field, value) {
            // Another service's detail that does not parse is not ours to
            // judge: it is skipped, and the details errcat reads still count.
            if let Some(detail) = read_any(any) {
                details.push(detail);
            }
        }
    }
    Some(Status { details })
}

/// An `Any`'s type URL and body.
fn read_any(any: &[u8]) -> Option<(String, &[u8])> {
    let mut type_url = String::new();
    let mut body: &[u8] = &[];
    for (field, value) in fields(any)? {
        match (field, value) {
            (1, Value::Bytes(url)) => type_url = text(url)?,
            (2, Value::Bytes(value)) => body = value,
            _ => {}
        }
    }
    Some((type_url, body))
}

/// google.rpc.ErrorInfo as read.
pub(crate) struct ErrorInfo {
    pub reason: String,
    pub domain: String,
    pub metadata: Vec<(String, String)>,
}

pub(crate) fn read_error_info(bytes: &[u8]) -> Option<ErrorInfo> {
    let mut info = ErrorInfo { reason: String::new(), domain: String::new(), metadata: Vec::new() };
    for (field, value) in fields(bytes)? {
        match (field, value) {
            (1, Value::Bytes(reason)) => info.reason = text(reason)?,
            (2, Value::Bytes(domain)) => info.domain = text(domain)?,
            (3, Value::Bytes(entry)) => {
                let (mut key, mut value) = (String::new(), String::new());
                for (field, part) in fields(entry)? {
                    match (field, part) {
                        (1, Value::Bytes(text_key)) => key = text(text_key)?,
                        (2, Value::Bytes(text_value)) => value = text(text_value)?,
                        _ => {}
                    }
                }
                info.metadata.push((key, value));
            }
            _ => {}
        }
    }
    Some(info)
}

/// An `Any` wrapping `message` as `type_url`.
pub(crate) fn any(type_url: &str, message: &[u8]) -> Vec<u8> {
    let mut any = Writer::default();
    any.string(1, type_url);
    any.bytes(2, message);
    any.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_bad_bytes_are_none() {
        let mut out = Writer::default();
        out.int(1, 300);
        out.int(2, -1);
        out.string(3, "é");
        let fields = fields(&out.0).unwrap();
        assert_eq!(out.0.get(..3), Some(&[0x08, 0xAC, 0x02][..]), "300 as a varint");
        assert!(matches!(fields[0], (1, Value::Other)) && matches!(fields[1], (2, Value::Other)));
        assert_eq!(out.0.get(3..5), Some(&[0x10, 0xFF][..]), "-1 takes ten bytes");
        assert!(matches!(fields[2], (3, Value::Bytes(bytes)) if bytes == "é".as_bytes()));
        assert!(super::fields(&[0x0A, 0x05, b'a']).is_none(), "a length past the end");
        assert!(super::fields(&[0xFF; 11]).is_none(), "a varint of eleven bytes");
        assert!(super::fields(&[0x0B]).is_none(), "a group");
    }

    #[test]
    fn a_detail_that_does_not_parse_is_skipped_and_the_others_read() {
        let mut status = Writer::default();
        status.int(1, 5);
        // A length past the end inside the Any, then a type URL that is no UTF-8.
        status.bytes(3, &[0x0A, 0x05, b'a']);
        let mut bad_url = Writer::default();
        bad_url.bytes(1, &[0xFF, 0xFE]);
        status.bytes(3, &bad_url.0);
        status.bytes(3, &any(ERROR_INFO, b"info"));
        let read = read_status(&status.0).unwrap();
        assert_eq!(read.details, [(String::from(ERROR_INFO), &b"info"[..])]);
    }
}
