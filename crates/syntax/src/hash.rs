//! Feature hashing: every feature the tagger and parser use is one `u64`.
//!
//! A feature is a template number and up to three values (word forms, tags, small numbers),
//! each already hashed once per sentence ([`text`], [`num`]), so building a feature is a few
//! multiplications, never a string allocation. The model keeps the top [`KEY_BITS`] bits of
//! each hash ([`key`]).
//!
//! Combining is one rotate, xor and multiply per value ([`f1`], [`f2`], [`f3`]) and nothing
//! after: the top bits of a product depend on every bit of the multiplicand, so the key needs
//! no finalizer, as long as the values themselves are well mixed (hashes, or small numbers
//! next to a hash). Until 3 December 2026 every feature also went through MurmurHash3's
//! finalizer, eight more instructions for each of the ~150 features a word costs; models
//! trained before then do not match these keys.

/// How many bits of a feature hash the model file keeps.
pub const KEY_BITS: u32 = 30;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The hash of a string (FNV-1a over its bytes, then [`finish`]).
pub fn text(s: &str) -> u64 {
    let mut h = Fnv::default();
    std::hash::Hasher::write(&mut h, s.as_bytes());
    finish(h.0)
}

/// FNV-1a over the bytes written, a few instructions per byte: [`text`]'s hash, and a
/// [`std::hash::Hasher`] for tables keyed by short words of the project's own data (the core's
/// word tables). Its [`finish`](std::hash::Hasher::finish) folds the high bits into the low
/// ones (a table takes its bucket from the low bits and its tag from the high ones).
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// The hash of a small number (a tag, a distance, a count).
pub fn num(n: u64) -> u64 {
    finish(n.wrapping_add(0x5151_5151).wrapping_mul(K))
}

/// Feature `template` over one value.
#[inline]
pub fn f1(template: u32, a: u64) -> u64 {
    mix(seed(template), a)
}

/// Feature `template` over two values.
#[inline]
pub fn f2(template: u32, a: u64, b: u64) -> u64 {
    mix(mix(seed(template), a), b)
}

/// Feature `template` over three values.
#[inline]
pub fn f3(template: u32, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(seed(template), a), b), c)
}

/// A template's starting value (a constant wherever the template is).
#[inline]
fn seed(template: u32) -> u64 {
    finish(u64::from(template).wrapping_add(0x7f4a_7c15))
}

/// The key a feature is stored under in a model file: its top [`KEY_BITS`] bits.
#[inline]
pub fn key(feature: u64) -> u32 {
    (feature >> (64 - KEY_BITS)) as u32
}

#[inline]
fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// MurmurHash3's 64-bit finalizer: every input bit reaches the top bits [`key`] keeps.
#[inline]
fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// A hasher for keys that are hashes already (as [`text`] and the features give): a map keyed
/// by them uses them as they are.
#[derive(Default)]
pub(crate) struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_and_order_tell_features_apart() {
        let (a, b) = (text("the"), text("dog"));
        assert_ne!(f1(1, a), f1(2, a));
        assert_ne!(f2(1, a, b), f2(1, b, a));
        assert_ne!(f3(1, a, b, num(0)), f3(1, a, b, num(1)));
        assert_ne!(text(""), text(" "));
        assert_eq!(f2(7, a, b), f2(7, text("the"), text("dog")));
    }

    #[test]
    fn keys_of_similar_features_are_apart() {
        // Small raw numbers after a hash (valencies, distances, label sets), and templates
        // next to each other: no two of these share a key.
        let mut keys = std::collections::HashSet::new();
        for t in 0..120 {
            for v in 0..64 {
                assert!(keys.insert(key(f2(t, text("dog"), v))), "template {t}, value {v}");
                assert!(keys.insert(key(f1(t, num(v)))), "template {t}, number {v}");
            }
        }
    }

    #[test]
    fn text_is_fnv_1a_finished() {
        // FNV-1a of "a" is 0xaf63dc4c8601ec8c (the published test vector).
        let mut h = Fnv::default();
        std::hash::Hasher::write(&mut h, b"a");
        assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(text("a"), finish(0xaf63_dc4c_8601_ec8c));
        assert_eq!(std::hash::Hasher::finish(&h), h.0 ^ (h.0 >> 32));
    }

    #[test]
    fn keys_spread_over_their_range() {
        let keys: std::collections::HashSet<u32> =
            (0..10_000).map(|i| key(f1(3, num(i)))).collect();
        assert_eq!(keys.len(), 10_000);
        assert!(keys.iter().any(|&k| k >= 1 << (KEY_BITS - 1)));
    }
}
