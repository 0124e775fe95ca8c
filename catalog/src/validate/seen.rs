//! The hasher of validation's maps of every code, name and identifier.
//!
//! The standard library's SipHash is built to resist keys chosen to collide,
//! which a catalog (its own author's input) has no reason to be, and at
//! `opt-level = 0`, where cargo builds the macro, its rounds cost several
//! hundred instructions a key. FNV-1a costs a multiply a byte.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map keyed by what validation has seen, hashed with [`Fnv`].
pub(super) type SeenMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A map with room for `capacity` keys.
pub(super) fn with_capacity<K, V>(capacity: usize) -> SeenMap<K, V> {
    HashMap::with_capacity_and_hasher(capacity, BuildHasherDefault::default())
}

/// 64-bit FNV-1a.
pub(super) struct Fnv(u64);

const PRIME: u64 = 0x0000_0100_0000_01b3;

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = self.0;
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
        }
        self.0 = hash;
    }

    // A code in two steps instead of sixteen.
    fn write_i128(&mut self, value: i128) {
        #[allow(clippy::cast_sign_loss)] // the bits, on purpose
        let bits = value as u128;
        let mut hash = self.0;
        #[allow(clippy::cast_possible_truncation)] // the two halves, on purpose
        for half in [bits as u64, (bits >> 64) as u64] {
            hash = (hash ^ half).wrapping_mul(PRIME);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use std::hash::{BuildHasher, BuildHasherDefault};

    use super::{with_capacity, Fnv};

    #[test]
    fn equal_keys_hash_alike_and_the_maps_find_them() {
        let build = BuildHasherDefault::<Fnv>::default();
        assert_eq!(build.hash_one("NotFound"), build.hash_one(String::from("NotFound")));
        assert_ne!(build.hash_one("NotFound"), build.hash_one("NotFounD"));
        assert_ne!(build.hash_one(1_i128), build.hash_one(1_i128 << 64));
        let mut codes = with_capacity(4);
        for code in [-1_i128, 0, 1, i128::MAX, i128::MIN] {
            assert_eq!(codes.insert(code, ()), None);
        }
        assert_eq!(codes.insert(i128::MIN, ()), Some(()));
        assert_eq!(codes.len(), 5);
    }
}
