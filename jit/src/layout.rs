//! Layout facts about lists that compiled code relies on, found by probing at start-up
//! rather than assumed: `ObjKind` and `Vec` are `repr(Rust)`, so the offsets of a list's
//! item pointer and length inside its object are whatever this build of rustc chose.
//!
//! [`ListLayout::probe`] builds a list object, finds where its `Vec`'s data pointer and
//! length live relative to the object's address, and checks the answer on a second
//! object. When the probe cannot tell (it never could on a sane build), lists are
//! accessed through helpers instead. The probe's answer is pinned by a test that reads
//! real lists through it.

use std::cell::{Cell, RefCell};

use kiln_vm::object::{InstanceObj, Obj, ObjKind};
use kiln_vm::value::Value;

/// Where a list object keeps its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    /// Byte offset of the data pointer (`*const Value`) from the object's address.
    pub data: i32,
    /// Byte offset of the length (`usize`) from the object's address.
    pub len: i32,
}

fn list_obj(items: Vec<Value>) -> Obj {
    Obj { marked: Cell::new(false), kind: ObjKind::List(RefCell::new(items)) }
}

fn instance_obj(slots: Vec<Value>) -> Obj {
    Obj {
        marked: Cell::new(false),
        kind: ObjKind::Instance(InstanceObj {
            class: Value::NONE,
            shape: Cell::new(7),
            slots: RefCell::new(slots),
            exc: None,
            base: Value::NULL,
        }),
    }
}

/// The three words of the `Vec` inside `obj` (a list's items or an instance's slots) and
/// the `Vec`'s offset in it.
fn vec_words(obj: &Obj) -> Option<(usize, [usize; 3])> {
    let cell = match &obj.kind {
        ObjKind::List(cell) => cell,
        ObjKind::Instance(i) => &i.slots,
        _ => return None,
    };
    if std::mem::size_of::<Vec<Value>>() != 3 * std::mem::size_of::<usize>() {
        return None;
    }
    let base = obj as *const Obj as usize;
    let vec = cell.as_ptr() as *const usize;
    // SAFETY: `vec` points to a live, initialized `Vec<Value>` of three words (checked
    // above); reading them as integers reads no uninitialized or padding bytes.
    let words = unsafe { [vec.read(), vec.add(1).read(), vec.add(2).read()] };
    Some((vec as usize - base, words))
}

impl ListLayout {
    /// Finds the layout, or `None` when it cannot be determined.
    pub fn probe() -> Option<ListLayout> {
        let found = Self::probe_one(3, 8)?;
        // The same answer for another length and capacity.
        (Self::probe_one(5, 13)? == found).then_some(found)
    }

    /// Finds where an instance keeps its slots (`len` is unused for instances: guards
    /// on the class and shape prove the slot exists).
    pub fn probe_instance() -> Option<ListLayout> {
        let found = Self::probe_with(3, 8, instance_obj)?;
        (Self::probe_with(5, 13, instance_obj)? == found).then_some(found)
    }

    fn probe_one(len: usize, cap: usize) -> Option<ListLayout> {
        Self::probe_with(len, cap, list_obj)
    }

    fn probe_with(len: usize, cap: usize, make: fn(Vec<Value>) -> Obj) -> Option<ListLayout> {
        let mut items = Vec::with_capacity(cap);
        items.extend((0..len).map(|i| Value::small_int(i as i64)));
        let data = items.as_ptr() as usize;
        let obj = make(items);
        let (offset, words) = vec_words(&obj)?;
        let at = |want: usize| -> Option<usize> {
            let mut hits = words.iter().enumerate().filter(|(_, &w)| w == want);
            let (i, _) = hits.next()?;
            hits.next().is_none().then_some(i)
        };
        let (d, l) = (at(data)?, at(len)?);
        Some(ListLayout { data: (offset + d * 8) as i32, len: (offset + l * 8) as i32 })
    }

    /// Reads a list's length through the layout (what compiled code does).
    ///
    /// # Safety
    /// `obj` is a list object and `self` came from [`ListLayout::probe`].
    pub unsafe fn read_len(&self, obj: *const Obj) -> usize {
        // SAFETY: the caller guarantees `obj` is a list and the offset is the length's.
        unsafe { ((obj as *const u8).add(self.len as usize) as *const usize).read() }
    }

    /// Reads a list's item `i` through the layout.
    ///
    /// # Safety
    /// As for [`ListLayout::read_len`], and `i` is in range.
    pub unsafe fn read_item(&self, obj: *const Obj, i: usize) -> Value {
        // SAFETY: the caller guarantees `obj` is a list and `i < len`.
        unsafe {
            let data = ((obj as *const u8).add(self.data as usize) as *const *const Value).read();
            data.add(i).read()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probed_list_layout_reads_real_lists() {
        let layout = ListLayout::probe().expect("the list layout is found");
        for n in [0usize, 1, 7, 100] {
            let items: Vec<Value> = (0..n).map(|i| Value::small_int(i as i64 * 3)).collect();
            let obj = list_obj(items);
            // SAFETY: `obj` is a list object; indices are in range.
            unsafe {
                assert_eq!(layout.read_len(&obj), n);
                for i in 0..n {
                    assert_eq!(layout.read_item(&obj, i).as_small_int(), Some(i as i64 * 3));
                }
            }
            if let ObjKind::List(l) = &obj.kind {
                l.borrow_mut().push(Value::NONE);
            }
            // SAFETY: as above; the list grew by one.
            unsafe { assert_eq!(layout.read_len(&obj), n + 1) };
        }
    }

    #[test]
    fn the_probed_instance_layout_reads_real_slots() {
        let layout = ListLayout::probe_instance().expect("the instance layout is found");
        let obj = instance_obj((0..4).map(|i| Value::small_int(i * 5)).collect());
        for i in 0..4 {
            // SAFETY: `obj` is an instance with 4 slots; `read_item` reads the slot vector.
            assert_eq!(unsafe { layout.read_item(&obj, i) }.as_small_int(), Some(i as i64 * 5));
        }
    }
}
