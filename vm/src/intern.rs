//! Interned names: attribute, global and keyword names as `u32` symbols.
//!
//! A name is interned once and never freed; equal names always get the same [`Sym`], so
//! name comparison and hashing are integer operations.

use std::collections::HashMap;
use std::fmt;

/// An interned name.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// The name table.
#[derive(Default)]
pub struct Interner {
    map: HashMap<Box<str>, Sym>,
    names: Vec<Box<str>>,
}

impl Interner {
    /// The symbol of `name`, interning it if new.
    pub fn intern(&mut self, name: &str) -> Sym {
        if let Some(&s) = self.map.get(name) {
            return s;
        }
        let s = Sym(self.names.len() as u32);
        self.names.push(name.into());
        self.map.insert(name.into(), s);
        s
    }

    /// The symbol of `name` if it was interned.
    pub fn lookup(&self, name: &str) -> Option<Sym> {
        self.map.get(name).copied()
    }

    /// The text of a symbol.
    pub fn name(&self, s: Sym) -> &str {
        &self.names[s.0 as usize]
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sym{}", self.0)
    }
}

/// A hasher for [`Sym`] keys: symbols are small dense integers, so a multiplicative
/// scramble is enough and far cheaper than SipHash.
#[derive(Default, Clone, Copy)]
pub struct SymHasher(u64);

impl std::hash::Hasher for SymHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, i: u32) {
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// An insertion-ordered map keyed by symbols (class namespaces, module attributes).
pub type SymMap<V> = indexmap::IndexMap<Sym, V, std::hash::BuildHasherDefault<SymHasher>>;
