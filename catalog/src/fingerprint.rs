//! A short, stable fingerprint of a text: 64-bit FNV-1a as 16 hex digits.
//! Generated files carry the fingerprints of their catalog and of their own
//! body, so a check can tell a stale file from one edited by hand. It guards
//! against accidents, not attackers.

/// The fingerprint of `text`.
pub fn fingerprint(text: &str) -> String {
    format!("{:016x}", fingerprint_u64(text))
}

/// The fingerprint as a number (what a checked-in expansion compares at
/// compile time, with `errcat::__private::fingerprint`).
pub fn fingerprint_u64(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn known_values() {
        // FNV-1a 64 test vectors.
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
        assert_eq!(fingerprint("foobar"), "85944171f73967e8");
    }
}
