//! Little-endian integers, LEB128 varints and length-checked reads: the model file's bytes.
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

    /// `s` front-coded against `prev` (the string written before it in a sorted list): the
    /// bytes it shares with `prev` as a varint, then the rest ([`Reader::front_coded`]).
    pub fn front_coded(&mut self, prev: &str, s: &str) {
        let shared = common_prefix(prev, s);
        self.varint(shared as u64);
        self.str(&s[shared..]);
    }
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
    fn bad_input_is_an_error_not_a_panic() {
        assert!(Reader::new(&[0xff; 20]).varint().is_err());
        assert!(Reader::new(&[5, b'a']).str().is_err());
        assert!(Reader::new(&[1, 0xff]).str().is_err());
    }
}
