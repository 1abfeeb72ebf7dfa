//! Shapes (hidden classes): which attribute of an instance lives in which slot.
//!
//! Instances that gained the same attributes in the same order share a shape, so an
//! attribute site can cache `(shape, slot)` and read the slot directly. Shapes form a
//! transition tree rooted at the empty shape 0 and are never freed.

use std::collections::HashMap;

use crate::intern::{Sym, SymHasher};

type SymIndex = HashMap<Sym, u32, std::hash::BuildHasherDefault<SymHasher>>;

/// One shape: attribute names in slot order.
pub struct Shape {
    /// Attribute names, by slot.
    pub names: Vec<Sym>,
    index: SymIndex,
    transitions: SymIndex,
}

/// All shapes.
pub struct Shapes {
    shapes: Vec<Shape>,
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes::new()
    }
}

/// The shape of an instance whose `__dict__` was taken: its attributes live in a real
/// dict, kept in its only slot. The shape has no names, so no inline cache ever hits it.
pub const DICT_SHAPE: u32 = 1;

impl Shapes {
    /// The table with the empty shape 0 and the dict shape 1.
    pub fn new() -> Shapes {
        let empty =
            || Shape { names: Vec::new(), index: SymIndex::default(), transitions: SymIndex::default() };
        Shapes { shapes: vec![empty(), empty()] }
    }

    /// The slot of `name` in shape `id`.
    #[inline]
    pub fn lookup(&self, id: u32, name: Sym) -> Option<u32> {
        let s = &self.shapes[id as usize];
        if s.names.len() <= 8 {
            s.names.iter().position(|&n| n == name).map(|i| i as u32)
        } else {
            s.index.get(&name).copied()
        }
    }

    /// The shape reached from `id` by adding `name` (its slot is the old length).
    pub fn add(&mut self, id: u32, name: Sym) -> u32 {
        if let Some(&t) = self.shapes[id as usize].transitions.get(&name) {
            return t;
        }
        let mut names = self.shapes[id as usize].names.clone();
        names.push(name);
        let index = names.iter().enumerate().map(|(i, &n)| (n, i as u32)).collect();
        let new_id = self.shapes.len() as u32;
        self.shapes.push(Shape { names, index, transitions: SymIndex::default() });
        self.shapes[id as usize].transitions.insert(name, new_id);
        new_id
    }

    /// The shape with exactly `names` in order (used after deleting an attribute).
    pub fn from_names(&mut self, names: &[Sym]) -> u32 {
        let mut id = 0;
        for &n in names {
            id = self.add(id, n);
        }
        id
    }

    /// Attribute names of shape `id`, by slot.
    pub fn names(&self, id: u32) -> &[Sym] {
        &self.shapes[id as usize].names
    }
}
