//! An adaptive binary range coder (after LZMA's): the model file's entropy coding of what
//! gzip codes poorly, the linear models' entry counts, classes and weights.
//!
//! Every decision is one bit coded with an adaptive probability (12 bits, moved a sixteenth
//! of the way towards each bit seen); a number is a path down a binary tree of such
//! probabilities shaped as the numbers' Huffman code ([`Symbols`]: a frequent number takes
//! few decisions), with one set of probabilities per context (a class given the class before
//! it in the same feature, a weight given its class). Adapting as it goes, the coder needs no
//! tables in the file beyond the trees' shapes and comes within about a tenth of the data's
//! conditional entropy, where gzip's Huffman codes over bytes in a fixed order cannot see the
//! contexts at all.
//!
//! The [`Encoder`] writes a byte stream that the [`Decoder`] reads back exactly; the decoder
//! never panics and never reads past its slice: a stream that ends too soon reads as zeros
//! and [`Decoder::finish`] reports it as an error.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use crate::bytes::{Reader, Writer};
use crate::Error;

/// Bits of a probability: `p / 4096` is the chance of a 0.
const PROB_BITS: u32 = 12;
const ONE: u16 = 1 << PROB_BITS;
/// How fast a probability adapts: by `1 / 2^MOVE` of the distance to the bit seen.
const MOVE: u32 = 4;
/// The range is renormalized (a byte shifted out) whenever it falls below this.
const TOP: u32 = 1 << 24;

/// A child in a [`Symbols`] tree that is a leaf: the symbol is in the other bits.
const LEAF: u32 = 1 << 31;
/// The most internal nodes a tree read from a file may have.
const MAX_NODES: usize = 1 << 16;

/// An alphabet of numbers as a binary tree shaped as their Huffman code, with adaptive
/// probabilities at its internal nodes, one set per context: a frequent number takes few
/// coded bits (each one a decision the decoder waits on), a rare one more.
#[derive(Debug, Clone)]
pub struct Symbols {
    /// The root: a leaf (`LEAF | symbol`) for a one-symbol alphabet, else internal node 0.
    root: u32,
    /// Internal nodes' children (a child's index is always above its parent's: decoding
    /// goes down, never round).
    nodes: Vec<[u32; 2]>,
    /// `contexts × nodes.len()` probabilities.
    probs: Vec<u16>,
    contexts: usize,
    /// For the encoder: each symbol's path, `(internal node, bit)` from the root.
    paths: BTreeMap<u32, Vec<(usize, bool)>>,
}

impl Symbols {
    /// The tree of the Huffman code of `counts` (symbol → how often; symbols below `LEAF`),
    /// for `contexts` contexts. No symbols: the one symbol 0.
    pub fn huffman(counts: &BTreeMap<u32, u64>, contexts: usize) -> Symbols {
        // Leaves first, then internal nodes as they are made: the two least frequent joined
        // (ties by the order made, so the same counts give the same tree).
        let mut made: Vec<Option<(usize, usize)>> = Vec::new();
        let mut symbol_of: Vec<u32> = Vec::new();
        let mut heap = BinaryHeap::new();
        for (&symbol, &n) in counts {
            heap.push(Reverse((n, made.len())));
            made.push(None);
            symbol_of.push(symbol & !LEAF);
        }
        while heap.len() > 1 {
            let (Some(Reverse((a, i))), Some(Reverse((b, j)))) = (heap.pop(), heap.pop()) else {
                break;
            };
            heap.push(Reverse((a + b, made.len())));
            made.push(Some((i, j)));
            symbol_of.push(0);
        }
        // Preorder tokens: 0 an internal node, `symbol + 1` a leaf.
        let mut tokens = Vec::new();
        let mut stack = vec![made.len().checked_sub(1)];
        while let Some(top) = stack.pop() {
            match top.and_then(|t| made[t].map(|c| (t, c))) {
                Some((_, (l, r))) => {
                    tokens.push(0);
                    stack.push(Some(r));
                    stack.push(Some(l));
                }
                None => tokens.push(u64::from(top.map_or(0, |t| symbol_of[t])) + 1),
            }
        }
        let mut tokens = tokens.into_iter();
        Symbols::from_tokens(|| Ok(tokens.next().unwrap_or(1)), contexts)
            .unwrap_or_else(|_| Symbols::single(contexts))
    }

    /// The alphabet of the one symbol 0.
    fn single(contexts: usize) -> Symbols {
        Symbols::from_tokens(|| Ok(1), contexts).unwrap_or(Symbols {
            root: LEAF,
            nodes: Vec::new(),
            probs: Vec::new(),
            contexts: 1,
            paths: BTreeMap::new(),
        })
    }

    /// The tree's shape, in preorder: varint 0 for an internal node, `symbol + 1` a leaf.
    pub fn write(&self, w: &mut Writer) {
        let mut stack = vec![self.root];
        while let Some(c) = stack.pop() {
            if c & LEAF != 0 {
                w.varint(u64::from(c & !LEAF) + 1);
            } else {
                w.varint(0);
                if let Some(&[l, r]) = self.nodes.get(c as usize) {
                    stack.push(r);
                    stack.push(l);
                }
            }
        }
    }

    /// Reads a shape [`Symbols::write`] wrote, for `contexts` contexts.
    pub fn read(r: &mut Reader<'_>, contexts: usize) -> Result<Symbols, Error> {
        Symbols::from_tokens(|| r.varint(), contexts)
    }

    /// Builds the tree from preorder tokens.
    fn from_tokens(
        mut next: impl FnMut() -> Result<u64, Error>,
        contexts: usize,
    ) -> Result<Symbols, Error> {
        let leaf = |token: u64| -> Result<u32, Error> {
            u32::try_from(token - 1)
                .ok()
                .filter(|s| s & LEAF == 0)
                .map(|s| LEAF | s)
                .ok_or_else(|| Error::Model("a symbol out of range".into()))
        };
        let first = next()?;
        let mut nodes: Vec<[u32; 2]> = Vec::new();
        let root = if first == 0 { 0 } else { leaf(first)? };
        if first == 0 {
            nodes.push([LEAF; 2]);
            // Internal nodes whose children are still to read, and how many they have.
            let mut open = vec![(0usize, 0usize)];
            while let Some(top) = open.last_mut() {
                let (node, side) = *top;
                if side == 2 {
                    open.pop();
                    continue;
                }
                top.1 += 1;
                let token = next()?;
                let child = if token == 0 {
                    if nodes.len() >= MAX_NODES {
                        return Err(Error::Model("a symbol tree too large".into()));
                    }
                    open.push((nodes.len(), 0));
                    nodes.push([LEAF; 2]);
                    (nodes.len() - 1) as u32
                } else {
                    leaf(token)?
                };
                nodes[node][side] = child;
            }
        }
        let contexts = contexts.max(1);
        let mut s = Symbols {
            root,
            probs: vec![ONE / 2; contexts * nodes.len()],
            nodes,
            contexts,
            paths: BTreeMap::new(),
        };
        s.paths = s.find_paths();
        Ok(s)
    }

    /// Every symbol's path from the root.
    fn find_paths(&self) -> BTreeMap<u32, Vec<(usize, bool)>> {
        let mut paths = BTreeMap::new();
        let mut stack = vec![(self.root, Vec::new())];
        while let Some((c, path)) = stack.pop() {
            if c & LEAF != 0 {
                paths.insert(c & !LEAF, path);
                continue;
            }
            if let Some(&[l, r]) = self.nodes.get(c as usize) {
                for (bit, child) in [(false, l), (true, r)] {
                    let mut p = path.clone();
                    p.push((c as usize, bit));
                    stack.push((child, p));
                }
            }
        }
        paths
    }

    /// The tree's nodes and the probabilities of context `ctx` (the last context's for one
    /// beyond them).
    #[inline]
    fn of(&mut self, ctx: usize) -> (&[[u32; 2]], &mut [u16]) {
        let width = self.nodes.len();
        let at = ctx.min(self.contexts - 1) * width;
        (&self.nodes, self.probs.get_mut(at..at + width).unwrap_or_default())
    }
}

/// Writes bits and numbers into a byte stream.
#[derive(Debug)]
pub struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Default for Encoder {
    fn default() -> Encoder {
        Encoder { low: 0, range: u32::MAX, cache: 0, pending: 1, out: Vec::new() }
    }
}

impl Encoder {
    /// Codes `bit` with probability `p` (then adapted to it).
    pub fn bit(&mut self, p: &mut u16, bit: bool) {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
            *p -= *p >> MOVE;
        } else {
            self.range = bound;
            *p += (ONE - *p) >> MOVE;
        }
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    /// Codes `symbol` of `symbols` in context `ctx` (a symbol not in the alphabet: nothing).
    pub fn symbol(&mut self, symbols: &mut Symbols, ctx: usize, symbol: u32) {
        let path = symbols.paths.get(&symbol).cloned().unwrap_or_default();
        let (_, probs) = symbols.of(ctx);
        for (node, bit) in path {
            if let Some(p) = probs.get_mut(node) {
                self.bit(p, bit);
            }
        }
    }

    /// Moves the top byte of `low` out, holding back bytes of 0xff that a carry could still
    /// change.
    fn shift_low(&mut self) {
        if self.low < 0xff00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xff;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00ff_ffff) << 8;
    }

    /// The coded bytes.
    pub fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// Reads back what an [`Encoder`] wrote.
#[derive(Debug)]
pub struct Decoder<'a> {
    buf: &'a [u8],
    at: usize,
    code: u32,
    range: u32,
}

impl<'a> Decoder<'a> {
    pub fn new(buf: &'a [u8]) -> Decoder<'a> {
        let mut d = Decoder { buf, at: 0, code: 0, range: u32::MAX };
        for _ in 0..5 {
            d.code = d.code << 8 | u32::from(d.byte());
        }
        d
    }

    /// The next byte of the stream; past its end, zeros (counted: see [`Decoder::finish`]).
    #[inline]
    fn byte(&mut self) -> u8 {
        let b = self.buf.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    /// A bit coded with probability `p` (then adapted to it).
    #[inline]
    pub fn bit(&mut self, p: &mut u16) -> bool {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        let bit = self.code >= bound;
        // Written to compile to selects, not branches (a coded bit is hard to predict).
        let taken = 0u32.wrapping_sub(u32::from(bit));
        self.code -= bound & taken;
        self.range = (bound & !taken) | (self.range.wrapping_sub(bound) & taken);
        let q = *p;
        *p = if bit { q - (q >> MOVE) } else { q + ((ONE - q) >> MOVE) };
        while self.range < TOP {
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(self.byte());
        }
        bit
    }

    /// A symbol coded by [`Encoder::symbol`] in context `ctx`.
    #[inline]
    pub fn symbol(&mut self, symbols: &mut Symbols, ctx: usize) -> u32 {
        let mut c = symbols.root;
        let (nodes, probs) = symbols.of(ctx);
        while c & LEAF == 0 {
            let node = c as usize;
            let (Some(p), Some(children)) = (probs.get_mut(node), nodes.get(node)) else {
                return 0;
            };
            c = children[usize::from(self.bit(p))];
        }
        c & !LEAF
    }

    /// Ends decoding: an error if the stream ended before what was read of it.
    pub fn finish(self) -> Result<(), Error> {
        if self.at > self.buf.len() {
            return Err(Error::Model("a range-coded stream ends too soon".into()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A skewed sequence of numbers with contexts, for the round trips below.
    fn sample() -> Vec<(usize, u32)> {
        let mut x = 12_345u32;
        (0..5000)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let small = (x >> 16) % 8;
                let v = if x >> 28 == 0 { (x >> 8) & 0xff } else { small };
                (i % 3, v)
            })
            .collect()
    }

    /// The Huffman-shaped alphabet of `values`, its shape written and read back.
    fn alphabet(values: &[(usize, u32)]) -> (Symbols, Vec<u8>) {
        let mut counts = BTreeMap::new();
        for &(_, v) in values {
            *counts.entry(v).or_insert(0) += 1;
        }
        let symbols = Symbols::huffman(&counts, 3);
        let mut w = Writer::default();
        symbols.write(&mut w);
        (symbols, w.into_bytes())
    }

    fn encoded(values: &[(usize, u32)]) -> (Vec<u8>, Vec<u8>) {
        let (mut symbols, shape) = alphabet(values);
        let mut enc = Encoder::default();
        for &(ctx, v) in values {
            enc.symbol(&mut symbols, ctx, v);
        }
        (shape, enc.finish())
    }

    #[test]
    fn symbols_round_trip_and_skewed_ones_shrink() {
        let values = sample();
        let (shape, bytes) = encoded(&values);
        // Mostly numbers below 8: far fewer than 8 bits each.
        assert!(bytes.len() < values.len() / 2, "{} bytes", bytes.len());
        let mut symbols = Symbols::read(&mut Reader::new(&shape), 3).unwrap();
        // A frequent symbol sits nearer the root than a rare one.
        assert!(symbols.paths[&0].len() < symbols.paths[&200].len());
        let mut dec = Decoder::new(&bytes);
        for &(ctx, v) in &values {
            assert_eq!(dec.symbol(&mut symbols, ctx), v);
        }
        assert_eq!(dec.at, bytes.len(), "the decoder reads exactly what was written");
        assert!(dec.finish().is_ok());
    }

    #[test]
    fn one_symbol_and_no_symbol_alphabets_take_no_bits() {
        let values = vec![(0, 7); 100];
        let (shape, bytes) = encoded(&values);
        assert_eq!(bytes.len(), 5, "only the flush");
        let mut symbols = Symbols::read(&mut Reader::new(&shape), 1).unwrap();
        let mut dec = Decoder::new(&bytes);
        assert!(values.iter().all(|_| dec.symbol(&mut symbols, 0) == 7));
        let (empty, _) = alphabet(&[]);
        assert_eq!(empty.paths.keys().copied().collect::<Vec<_>>(), [0]);
    }

    #[test]
    fn extreme_probabilities_and_carries_round_trip() {
        // Long runs of one bit push the probability to its limit; then the other bit.
        let bits: Vec<bool> =
            (0..20_000).map(|i| i % 5000 == 4999 || (i > 15_000 && i % 2 == 0)).collect();
        let mut enc = Encoder::default();
        let mut p = ONE / 2;
        for &b in &bits {
            enc.bit(&mut p, b);
        }
        let bytes = enc.finish();
        let mut dec = Decoder::new(&bytes);
        let mut p = ONE / 2;
        for &b in &bits {
            assert_eq!(dec.bit(&mut p), b);
        }
        assert!(dec.finish().is_ok());
    }

    #[test]
    fn a_truncated_or_foreign_stream_is_an_error_not_a_panic() {
        let values = sample();
        let (shape, bytes) = encoded(&values);
        let mut symbols = Symbols::read(&mut Reader::new(&shape), 3).unwrap();
        let mut dec = Decoder::new(&bytes[..bytes.len() / 2]);
        for &(ctx, _) in &values {
            dec.symbol(&mut symbols, ctx);
        }
        assert!(dec.finish().is_err());
        // Contexts beyond the alphabet's, an empty stream: no panic.
        let mut dec = Decoder::new(&[]);
        dec.symbol(&mut symbols, 99);
        assert!(dec.finish().is_err());
        // Shapes cut short, or with a symbol out of range, or endlessly deep: errors.
        assert!(Symbols::read(&mut Reader::new(&shape[..shape.len() - 1]), 1).is_err());
        assert!(Symbols::read(&mut Reader::new(&[0, 0x81, 0x80, 0x80, 0x80, 0x08, 1]), 1).is_err());
        assert!(Symbols::read(&mut Reader::new(&vec![0; 70_000]), 1).is_err());
    }
}
