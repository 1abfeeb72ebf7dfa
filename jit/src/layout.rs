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

/// Where a range iterator keeps its state, for `range_next` inline: the iterator object's
/// kind number, and the offsets (from the object's address) of its state's number (the
/// first byte of `IterState`, `repr(u8)`) and of the range's `cur`, `left` and `step`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeLayout {
    /// The kind number of an iterator object.
    pub iter: u8,
    /// The offset of the state's number, and the number of a range state.
    pub state: i32,
    /// See `state`.
    pub range: u8,
    /// The offsets of the next value, the count left and the step (`i64` each).
    pub cur: i32,
    /// See `cur`.
    pub left: i32,
    /// See `cur`.
    pub step: i32,
}

fn range_iter(cur: i64, left: i64, step: i64) -> Obj {
    obj(ObjKind::Iter(RefCell::new(kiln_vm::object::IterState::Range { cur, left, step })))
}

impl RangeLayout {
    /// Finds the layout, or `None` when it cannot be determined.
    pub fn probe(objs: &ObjLayout) -> Option<RangeLayout> {
        let found = Self::probe_one(objs, 3, 5, 7)?;
        let seq = obj(ObjKind::Iter(RefCell::new(kiln_vm::object::IterState::Seq(Value::NONE, 0))));
        let ObjKind::Iter(st) = &seq.kind else { return None };
        let seq_state = st.as_ptr() as usize - &seq as *const Obj as usize;
        // SAFETY: `IterState` is `repr(u8)`: its first byte is the initialized state number.
        let seq_number = unsafe { (st.as_ptr() as *const u8).read() };
        (Self::probe_one(objs, -9, 1 << 40, -2)? == found
            && seq_state as i32 == found.state
            && seq_number != found.range)
            .then_some(found)
    }

    fn probe_one(objs: &ObjLayout, cur: i64, left: i64, step: i64) -> Option<RangeLayout> {
        let it = range_iter(cur, left, step);
        let base = &it as *const Obj as usize;
        let ObjKind::Iter(st) = &it.kind else { return None };
        let state = st.as_ptr() as usize - base;
        // SAFETY: `IterState` is `repr(u8)`: its first byte is the initialized state number.
        let range = unsafe { (st.as_ptr() as *const u8).read() };
        let b = st.borrow();
        let kiln_vm::object::IterState::Range { cur: c, left: l, step: s } = &*b else { return None };
        let at = |r: &i64| (r as *const i64 as usize - base) as i32;
        Some(RangeLayout {
            iter: objs.read_tag(&it),
            state: state as i32,
            range,
            cur: at(c),
            left: at(l),
            step: at(s),
        })
    }
}

/// Where compiled code finds a sequence iterator's sequence and index (an `Iter` object
/// in the `IterState::Seq` state), probed like [`RangeLayout`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeqLayout {
    /// The kind number of an iterator object.
    pub iter: u8,
    /// The offset of the state's number, and the number of a sequence state.
    pub state: i32,
    /// See `state`.
    pub seq_state: u8,
    /// The offset of the sequence (a `Value`'s bits).
    pub seq: i32,
    /// The offset of the next index (a `usize`).
    pub index: i32,
}

impl SeqLayout {
    /// Finds the layout, or `None` when it cannot be determined.
    pub fn probe(objs: &ObjLayout) -> Option<SeqLayout> {
        let a = Self::probe_one(objs, Value::small_int(5), 3)?;
        let b = Self::probe_one(objs, Value::NONE, 1 << 40)?;
        (a == b).then_some(a)
    }

    fn probe_one(objs: &ObjLayout, seq: Value, index: usize) -> Option<SeqLayout> {
        let it = obj(ObjKind::Iter(RefCell::new(kiln_vm::object::IterState::Seq(seq, index))));
        let base = &it as *const Obj as usize;
        let ObjKind::Iter(st) = &it.kind else { return None };
        let state = st.as_ptr() as usize - base;
        // SAFETY: `IterState` is `repr(u8)`: its first byte is the initialized state number.
        let seq_state = unsafe { (st.as_ptr() as *const u8).read() };
        let b = st.borrow();
        let kiln_vm::object::IterState::Seq(s, i) = &*b else { return None };
        if std::mem::size_of::<Value>() != 8 || std::mem::size_of::<usize>() != 8 {
            return None;
        }
        Some(SeqLayout {
            iter: objs.read_tag(&it),
            state: state as i32,
            seq_state,
            seq: (s as *const Value as usize - base) as i32,
            index: (i as *const usize as usize - base) as i32,
        })
    }
}

/// Where compiled code finds an object's kind (the number `ObjKind`'s `repr(u8)` puts in
/// its first byte) and an instance's class and shape. Probed from real objects, like the
/// list layout, and pinned by a test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjLayout {
    /// Byte offset of the kind's number (a `u8`) from the object's address.
    pub tag: i32,
    /// The kind numbers of a list, a tuple, a str, a dict and an instance.
    pub list: u8,
    /// See `list`.
    pub tuple: u8,
    /// See `list`.
    pub str_: u8,
    /// See `list`.
    pub dict: u8,
    /// See `list`.
    pub instance: u8,
    /// Byte offset of an instance's class (a `Value`) from the object's address.
    pub class: i32,
    /// Byte offset of an instance's shape (a `u32`) from the object's address.
    pub shape: i32,
}

fn obj(kind: ObjKind) -> Obj {
    Obj { marked: Cell::new(false), kind }
}

impl ObjLayout {
    /// Finds the layout, or `None` when it cannot be determined (the kinds' numbers are
    /// not all different, or the instance's fields are not where two objects put them).
    pub fn probe() -> Option<ObjLayout> {
        let tag = std::mem::offset_of!(Obj, kind);
        let number = |o: &Obj| -> u8 {
            // SAFETY: `ObjKind` is `repr(u8)`: its first byte is the initialized kind
            // number, and `Obj` is `repr(C)` with `kind` at `tag`.
            unsafe { (o as *const Obj as *const u8).add(tag).read() }
        };
        let list = number(&list_obj(vec![Value::NONE]));
        let tuple = number(&obj(ObjKind::Tuple(Box::new([Value::NONE]))));
        let str_ = number(&obj(ObjKind::Str(kiln_vm::object::StrObj::new("probe".into()))));
        let dict = number(&obj(ObjKind::Dict(Box::default())));
        let inst = instance_obj(vec![Value::NONE]);
        let instance = number(&inst);
        let others = [
            number(&obj(ObjKind::Int64(1 << 60))),
            number(&obj(ObjKind::Cell(Cell::new(Value::NONE)))),
            number(&obj(ObjKind::BoundMethod(Value::NONE, Value::NONE))),
        ];
        let mut all: Vec<u8> = vec![list, tuple, str_, dict, instance];
        all.extend(others);
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        if all.len() != n || number(&list_obj(Vec::new())) != list {
            return None;
        }
        let ObjKind::Instance(i) = &inst.kind else { return None };
        let base = &inst as *const Obj as usize;
        let class = &i.class as *const Value as usize - base;
        let shape = i.shape.as_ptr() as usize - base;
        Some(ObjLayout {
            tag: tag as i32,
            list,
            tuple,
            str_,
            dict,
            instance,
            class: class as i32,
            shape: shape as i32,
        })
    }

    /// The kind number of `o` read through the layout (what compiled code does).
    pub fn read_tag(&self, o: &Obj) -> u8 {
        // SAFETY: `tag` is the offset of `ObjKind`'s first byte (see `probe`).
        unsafe { (o as *const Obj as *const u8).add(self.tag as usize).read() }
    }

    /// An instance's class bits and shape read through the layout.
    ///
    /// # Safety
    /// `o` is an instance object.
    pub unsafe fn read_class_shape(&self, o: &Obj) -> (u64, u32) {
        let p = o as *const Obj as *const u8;
        // SAFETY: the caller guarantees an instance, whose class and shape live at the
        // probed offsets.
        unsafe {
            (
                (p.add(self.class as usize) as *const u64).read(),
                (p.add(self.shape as usize) as *const u32).read(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probed_seq_layout_reads_and_advances_sequence_iterators() {
        let objs = ObjLayout::probe().expect("the object layout is found");
        let lay = SeqLayout::probe(&objs).expect("the sequence layout is found");
        let range = RangeLayout::probe(&objs).expect("the range layout is found");
        assert_eq!((lay.iter, lay.state), (range.iter, range.state));
        assert_ne!(lay.seq_state, range.range);
        let seq = Value::small_int(77);
        let it = obj(ObjKind::Iter(RefCell::new(kiln_vm::object::IterState::Seq(seq, 4))));
        let p = &it as *const Obj as *mut u8;
        // SAFETY: `it` is a sequence iterator and no borrow of its state is active; the
        // offsets are the probed ones, as compiled code uses them.
        unsafe {
            assert_eq!(p.add(lay.state as usize).read(), lay.seq_state);
            assert_eq!((p.add(lay.seq as usize) as *const u64).read(), seq.bits());
            let i = p.add(lay.index as usize) as *mut usize;
            assert_eq!(i.read(), 4);
            i.write(5);
        }
        let ObjKind::Iter(st) = &it.kind else { unreachable!() };
        match &*st.borrow() {
            kiln_vm::object::IterState::Seq(s, i) => assert_eq!((*s, *i), (seq, 5)),
            _ => panic!("not a sequence state"),
        };
    }

    #[test]
    fn the_probed_range_layout_reads_and_advances_range_iterators() {
        let objs = ObjLayout::probe().expect("the object layout is found");
        let lay = RangeLayout::probe(&objs).expect("the range layout is found");
        let it = range_iter(10, 3, -4);
        assert_eq!(objs.read_tag(&it), lay.iter);
        let p = &it as *const Obj as *mut u8;
        // SAFETY: `it` is a range iterator and no borrow of its state is active; the
        // offsets are the probed ones, as compiled code uses them.
        unsafe {
            assert_eq!(p.add(lay.state as usize).read(), lay.range);
            let (cur, left, step) = (
                p.add(lay.cur as usize) as *mut i64,
                p.add(lay.left as usize) as *mut i64,
                p.add(lay.step as usize) as *mut i64,
            );
            assert_eq!((cur.read(), left.read(), step.read()), (10, 3, -4));
            cur.write(cur.read() + step.read());
            left.write(left.read() - 1);
        }
        let ObjKind::Iter(st) = &it.kind else { unreachable!() };
        match &*st.borrow() {
            kiln_vm::object::IterState::Range { cur, left, step } => {
                assert_eq!((*cur, *left, *step), (6, 2, -4))
            }
            _ => panic!("not a range state"),
        };
    }

    #[test]
    fn the_probed_object_layout_reads_kinds_classes_and_shapes() {
        let lay = ObjLayout::probe().expect("the object layout is found");
        assert_eq!(lay.read_tag(&list_obj(vec![Value::small_int(1); 9])), lay.list);
        assert_eq!(lay.read_tag(&obj(ObjKind::Tuple(Box::new([])))), lay.tuple);
        assert_eq!(lay.read_tag(&obj(ObjKind::Str(kiln_vm::object::StrObj::new("".into())))), lay.str_);
        assert_eq!(lay.read_tag(&obj(ObjKind::Dict(Box::default()))), lay.dict);
        let mut inst = instance_obj(vec![]);
        if let ObjKind::Instance(i) = &mut inst.kind {
            i.class = Value::small_int(12345);
            i.shape.set(0xBEEF);
        }
        assert_eq!(lay.read_tag(&inst), lay.instance);
        // SAFETY: `inst` is an instance object.
        let (class, shape) = unsafe { lay.read_class_shape(&inst) };
        assert_eq!((class, shape), (Value::small_int(12345).bits(), 0xBEEF));
        for other in [ObjKind::Int64(1 << 60), ObjKind::Cell(Cell::new(Value::NONE))] {
            let t = lay.read_tag(&obj(other));
            assert!(![lay.list, lay.tuple, lay.str_, lay.dict, lay.instance].contains(&t));
        }
    }

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
