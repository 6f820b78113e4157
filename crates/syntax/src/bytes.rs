//! Little-endian integers, LEB128 varints, Rice codes and length-checked reads: the model
//! file's bytes.
//!
//! A [`Reader`] never panics: a read past the end is an [`Error::Model`].

use crate::Error;

/// Appends values to a byte buffer.
#[derive(Debug, Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
    pub fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }
    pub fn zigzag(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }
    /// A length-prefixed (varint) UTF-8 string.
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.bytes(s.as_bytes());
    }

    /// `values` as Rice codes with parameter `k` (see [`rice_parameter`]), one bit stream
    /// padded with zeros to a whole byte: each value `v` as `v >> k` one-bits, a zero-bit, then
    /// its low `k` bits, least significant first. Near the entropy of geometric values such as
    /// the gaps between sorted random keys, which a varint spends whole bytes on and gzip
    /// cannot shrink (their low bits are random).
    pub fn rice(&mut self, values: &[u64], k: u32) {
        let mut acc = 0u64;
        let mut filled = 0u32;
        let mut put = |bit: u64, buf: &mut Vec<u8>| {
            acc |= bit << filled;
            filled += 1;
            if filled == 8 {
                buf.push(acc as u8);
                acc = 0;
                filled = 0;
            }
        };
        for &v in values {
            for _ in 0..v >> k {
                put(1, &mut self.buf);
            }
            put(0, &mut self.buf);
            for i in 0..k {
                put(v >> i & 1, &mut self.buf);
            }
        }
        if filled > 0 {
            self.buf.push(acc as u8);
        }
    }

    /// `s` front-coded against `prev` (the string written before it in a sorted list): the
    /// bytes it shares with `prev` as a varint, then the rest ([`Reader::front_coded`]).
    pub fn front_coded(&mut self, prev: &str, s: &str) {
        let shared = common_prefix(prev, s);
        self.varint(shared as u64);
        self.str(&s[shared..]);
    }
}

/// The Rice parameter (0–31) that codes `values` in the fewest bits.
pub fn rice_parameter(values: &[u64]) -> u32 {
    let bits =
        |k: u32| values.iter().map(|&v| (v >> k).saturating_add(1 + u64::from(k))).sum::<u64>();
    (0..32).min_by_key(|&k| bits(k)).unwrap_or(0)
}

/// Bytes `a` and `b` share at their start, on a character boundary.
pub fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = 0;
    for ((i, x), y) in b.char_indices().zip(a.chars()) {
        if x != y {
            return i;
        }
        n = i + x.len_utf8();
    }
    n
}

/// Reads values from a byte slice, front to back.
#[derive(Debug)]
pub struct Reader<'a> {
    buf: &'a [u8],
}

fn short() -> Error {
    Error::Model("the model file ends too soon".into())
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf }
    }
    pub fn remaining(&self) -> usize {
        self.buf.len()
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if n > self.buf.len() {
            return Err(short());
        }
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Ok(head)
    }
    pub fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32, Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_bits(self.u32()?))
    }
    pub fn varint(&mut self) -> Result<u64, Error> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::Model("a varint runs past 64 bits".into()))
    }
    pub fn zigzag(&mut self) -> Result<i64, Error> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }
    pub fn str(&mut self) -> Result<&'a str, Error> {
        let n = usize::try_from(self.varint()?).map_err(|_| short())?;
        std::str::from_utf8(self.take(n)?).map_err(|_| Error::Model("a string is not UTF-8".into()))
    }

    /// `n` values written by [`Writer::rice`] with parameter `k` (at most 31). Each bit read is
    /// one of the stream's, so a foreign stream ends in an error, never a long loop.
    pub fn rice(&mut self, n: usize, k: u32) -> Result<Vec<u64>, Error> {
        if k > 31 {
            return Err(Error::Model(format!("a Rice parameter of {k}")));
        }
        let mut bits = BitReader { buf: self.buf, at: 0 };
        let mut values = Vec::with_capacity(n.min(self.buf.len() * 8));
        for _ in 0..n {
            let mut q = 0u64;
            while bits.next()? {
                q += 1;
            }
            let mut low = 0u64;
            for i in 0..k {
                low |= u64::from(bits.next()?) << i;
            }
            let v = q
                .checked_mul(1 << k)
                .map(|high| high | low)
                .ok_or_else(|| Error::Model("a Rice code overflows".into()))?;
            values.push(v);
        }
        self.take(bits.at.div_ceil(8))?;
        Ok(values)
    }

    /// A string written by [`Writer::front_coded`] after `prev`.
    pub fn front_coded(&mut self, prev: &str) -> Result<String, Error> {
        let shared = usize::try_from(self.varint()?).map_err(|_| short())?;
        let rest = self.str()?;
        match prev.get(..shared) {
            Some(head) => Ok(format!("{head}{rest}")),
            None => Err(Error::Model("a front-coded string shares more than it can".into())),
        }
    }
}

/// The bits of a byte slice, least significant first.
struct BitReader<'a> {
    buf: &'a [u8],
    at: usize,
}

impl BitReader<'_> {
    fn next(&mut self) -> Result<bool, Error> {
        let byte = self.buf.get(self.at / 8).ok_or_else(short)?;
        let bit = byte >> (self.at % 8) & 1 == 1;
        self.at += 1;
        Ok(bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let mut w = Writer::default();
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            w.varint(v);
        }
        for v in [0i64, -1, 1, -300, i64::from(i16::MIN), i64::MAX, i64::MIN] {
            w.zigzag(v);
        }
        w.u32(0xdead_beef);
        w.f32(1.5);
        w.str("näive");
        let b = w.into_bytes();
        let mut r = Reader::new(&b);
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            assert_eq!(r.varint().unwrap(), v);
        }
        for v in [0i64, -1, 1, -300, i64::from(i16::MIN), i64::MAX, i64::MIN] {
            assert_eq!(r.zigzag().unwrap(), v);
        }
        assert_eq!(r.u32().unwrap(), 0xdead_beef);
        assert_eq!(r.f32().unwrap(), 1.5);
        assert_eq!(r.str().unwrap(), "näive");
        assert!(r.u8().is_err());
    }

    #[test]
    fn front_coded_strings_round_trip() {
        let words = ["", "sea", "seal", "séance", "séances", "zebra"];
        let mut w = Writer::default();
        let mut prev = "";
        for s in words {
            w.front_coded(prev, s);
            prev = s;
        }
        let b = w.into_bytes();
        let mut r = Reader::new(&b);
        let mut prev = String::new();
        for s in words {
            prev = r.front_coded(&prev).unwrap();
            assert_eq!(prev, s);
        }
        assert_eq!(common_prefix("séance", "séances"), "séance".len());
        assert_eq!(common_prefix("sé", "sè"), 1);
        // Sharing more than the previous string has, or splitting a character: an error.
        assert!(Reader::new(&[9, 0]).front_coded("abc").is_err());
        assert!(Reader::new(&[1, 0]).front_coded("é").is_err());
    }

    #[test]
    fn rice_codes_round_trip_and_pick_their_parameter() {
        let values = [0u64, 1, 5, 1000, 7, 4095, 4096, 0, 123_456, 9];
        for k in [0, 3, 10, 31] {
            let mut w = Writer::default();
            w.rice(&values, k);
            w.u8(0xab);
            let b = w.into_bytes();
            let mut r = Reader::new(&b);
            assert_eq!(r.rice(values.len(), k).unwrap(), values);
            assert_eq!(r.u8().unwrap(), 0xab, "the stream ends on its padded byte (k {k})");
        }
        // Gaps around 1,000 code best near k = 10; all zeros with k = 0.
        let gaps: Vec<u64> = (0..1000).map(|i| 900 + (i * 37) % 200).collect();
        assert!((9..=10).contains(&rice_parameter(&gaps)));
        assert_eq!(rice_parameter(&[0, 0, 0]), 0);
        assert_eq!(rice_parameter(&[]), 0);
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        // Rice: a stream of ones never ends a value; a quotient too large overflows.
        assert!(Reader::new(&[0xff; 4]).rice(1, 3).is_err());
        assert!(Reader::new(&[0xff; 64]).rice(1, 31).is_err());
        assert!(Reader::new(&[0]).rice(1, 40).is_err());
        assert!(Reader::new(&[0xff; 20]).varint().is_err());
        assert!(Reader::new(&[5, b'a']).str().is_err());
        assert!(Reader::new(&[1, 0xff]).str().is_err());
    }
}
