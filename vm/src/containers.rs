//! Containers: subscripts, membership, iteration, and dict/set operations.

use num_traits::ToPrimitive;

use crate::bytecode::BinOp;
use crate::interp::GenStep;
use crate::object::*;
use crate::ops::{as_int, base_of, norm_index, slice_indices, slice_len, IntRef};
use crate::table::{DictTable, SetTable};
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, Vm};

/// Key equality used by dict and set tables.
#[inline]
fn key_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    // Tuples of strs and small ints (`d[(w1, w2)]`): element by element without the
    // general comparison; any other element pair takes the general path for the whole.
    if let (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) = (a.kind(), b.kind()) {
        if x.len() != y.len() {
            return Ok(false);
        }
        let mut all = true;
        for (&p, &q) in x.iter().zip(y.iter()) {
            match fast_eq(p, q) {
                Some(true) => {}
                Some(false) => return Ok(false),
                None => {
                    all = false;
                    break;
                }
            }
        }
        if all {
            return Ok(true);
        }
    }
    // A table operation may hold its container mutably borrowed around this comparison.
    vm.gc_deferred += 1;
    let r = vm.eq(a, b);
    vm.gc_deferred -= 1;
    r
}

/// First byte offset of `needle` in `hay` (memchr for one byte, memmem otherwise).
#[inline]
pub fn find_bytes(hay: &str, needle: &str) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => memchr::memchr(needle.as_bytes()[0], hay.as_bytes()),
        _ => memchr::memmem::find(hay.as_bytes(), needle.as_bytes()),
    }
}

/// `hash(k)` for a dict key: a str's cached hash inline, anything else through `Vm::hash`.
#[inline(always)]
fn key_hash(vm: &mut Vm, k: Value) -> PyResult<i64> {
    if let Some(ObjKind::Str(s)) = k.kind() {
        let h = s.hash.get();
        if h != 0 {
            return Ok(h);
        }
    }
    vm.hash(k)
}

/// `a == b` when it needs no Python code and no recursion (identical non-floats, two
/// strs, two small ints); `None` otherwise.
#[inline]
fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a == b && !a.is_float() {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return Some(x == y);
    }
    None
}

impl Vm {
    // ----- dicts -----

    /// `d.get(k)`.
    pub fn dict_get(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        let h = key_hash(self, k)?;
        let table = match d.kind() {
            Some(ObjKind::Dict(t)) => t,
            _ => match base_of(d) {
                Some(b) => return self.dict_get(b, k),
                None => return Ok(None),
            },
        };
        let t = table.borrow();
        t.get(h, k, &mut |a, b| key_eq(self, a, b))
    }

    /// `d[k] = v`.
    pub fn dict_set(&mut self, d: Value, k: Value, v: Value) -> PyResult<()> {
        let h = key_hash(self, k)?;
        if let Some(ObjKind::Dict(t)) = d.kind() {
            let mut t = t.borrow_mut();
            let before = t.len();
            t.insert(h, k, v, &mut |a, b| key_eq(self, a, b))?;
            if t.len() > before {
                self.heap.note_growth(32);
            }
        } else if let Some(b) = base_of(d) {
            return self.dict_set(b, k, v);
        }
        Ok(())
    }

    /// `del d[k]`; returns the removed value.
    pub fn dict_del(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        let h = key_hash(self, k)?;
        if let Some(ObjKind::Dict(t)) = d.kind() {
            let mut t = t.borrow_mut();
            return Ok(t.remove(h, k, &mut |a, b| key_eq(self, a, b))?.map(|(_, v)| v));
        }
        if let Some(b) = base_of(d) {
            return self.dict_del(b, k);
        }
        Ok(None)
    }

    /// The (key, value) pairs of a dict, in order.
    pub fn dict_items(&mut self, d: Value) -> PyResult<Vec<(Value, Value)>> {
        match d.kind() {
            Some(ObjKind::Dict(t)) => Ok(t.borrow().iter().collect()),
            _ if base_of(d).is_some_and(|b| matches!(b.kind(), Some(ObjKind::Dict(_)))) => {
                self.dict_items(base_of(d).unwrap())
            }
            _ => {
                let tn = self.type_name(d);
                self.type_error(format!("'{tn}' object is not a mapping"))
            }
        }
    }

    /// The (key, value) pairs of a user mapping: an instance (not a dict) with a `keys`
    /// method, read as `m[k]` for each of `m.keys()` (what `dict(m)`, `d.update(m)` and
    /// `**m` accept besides dicts). `None`: not such an object.
    pub fn mapping_items(&mut self, m: Value) -> PyResult<Option<Vec<(Value, Value)>>> {
        if !matches!(m.kind(), Some(ObjKind::Instance(_))) {
            return Ok(None);
        }
        let keys_name = self.intern("keys");
        let Some(keys) = self.getattr_opt(m, keys_name)? else { return Ok(None) };
        let mark = self.roots.len();
        self.roots.push(keys);
        let r = (|| {
            let ks = self.call(keys, &[], &[])?;
            self.roots.push(ks);
            let ks = self.collect_iter(ks)?;
            self.roots.extend_from_slice(&ks);
            let mut out = Vec::with_capacity(ks.len());
            for k in ks {
                let v = self.getitem(m, k)?;
                self.roots.push(v);
                out.push((k, v));
            }
            Ok(Some(out))
        })();
        self.pop_roots(mark);
        r
    }

    /// `d.update(other)` for a dict, a mapping (see [`Vm::mapping_items`]) or an iterable
    /// of pairs.
    pub fn dict_update(&mut self, d: Value, other: Value) -> PyResult<()> {
        if let Some(b) = self.subclass_base(other, self.names.iter) {
            if let Some(ObjKind::Dict(_)) = b.kind() {
                return self.dict_update(d, b);
            }
        }
        if let Some(ObjKind::Dict(_)) = other.kind() {
            for (k, v) in self.dict_items(other)? {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if let Some(pairs) = self.mapping_items(other)? {
            let mark = self.roots.len();
            self.roots.extend(pairs.iter().flat_map(|&(k, v)| [k, v]));
            for (k, v) in pairs {
                if let Err(e) = self.dict_set(d, k, v) {
                    self.pop_roots(mark);
                    return Err(e);
                }
            }
            self.pop_roots(mark);
            return Ok(());
        }
        let items = self.collect_iter(other)?;
        let mark = self.roots.len();
        self.roots.extend_from_slice(&items);
        for (i, it) in items.into_iter().enumerate() {
            let pair = match self.unpack_items(it, usize::MAX) {
                Ok(p) => p,
                Err(e) => {
                    self.pop_roots(mark);
                    if self.exc_matches(e, ExcKind::TypeError) && self.get_iter(it).is_err() {
                        return self.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ));
                    }
                    return Err(e);
                }
            };
            if pair.len() != 2 {
                self.pop_roots(mark);
                return self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                ));
            }
            if let Err(e) = self.dict_set(d, pair[0], pair[1]) {
                self.pop_roots(mark);
                return Err(e);
            }
        }
        self.pop_roots(mark);
        Ok(())
    }

    /// A shallow copy of a dict.
    pub fn dict_copy(&mut self, d: Value) -> PyResult {
        let items = self.dict_items(d)?;
        let mut t = DictTable::with_capacity(items.len());
        for (k, v) in items {
            let h = key_hash(self, k)?;
            t.insert(h, k, v, &mut |a, b| key_eq(self, a, b))?;
        }
        Ok(self.heap.alloc(ObjKind::Dict(Box::new(std::cell::RefCell::new(t)))))
    }

    /// Dict equality.
    pub fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let ia = self.dict_items(a)?;
        let lb = match b.kind() {
            Some(ObjKind::Dict(t)) => t.borrow().len(),
            _ => return Ok(false),
        };
        if ia.len() != lb {
            return Ok(false);
        }
        for (k, v) in ia {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// The current contents of a dict view, as values.
    pub fn dict_view_items(&mut self, d: Value, part: DictPart) -> PyResult<Vec<Value>> {
        let items = self.dict_items(d)?;
        Ok(match part {
            DictPart::Keys => items.iter().map(|(k, _)| *k).collect(),
            DictPart::Values => items.iter().map(|(_, v)| *v).collect(),
            DictPart::Items => items.iter().map(|&(k, v)| self.new_tuple(vec![k, v])).collect(),
        })
    }

    // ----- sets -----

    /// `s.add(v)` for a set.
    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let h = self.hash(v)?;
        if let Some(ObjKind::Set(t)) = s.kind() {
            let mut t = t.borrow_mut();
            if t.insert(h, v, &mut |a, b| key_eq(self, a, b))? {
                self.heap.note_growth(24);
            }
        }
        Ok(())
    }

    /// `v in s` for a set or frozenset.
    pub fn set_contains(&mut self, s: Value, v: Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        match s.kind() {
            Some(ObjKind::Set(t)) => {
                let t = t.borrow();
                t.contains(h, v, &mut |a, b| key_eq(self, a, b))
            }
            Some(ObjKind::FrozenSet(t)) => t.contains(h, v, &mut |a, b| key_eq(self, a, b)),
            _ => Ok(false),
        }
    }

    /// `s.discard(v)`; returns whether it was present.
    pub fn set_discard(&mut self, s: Value, v: Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        if let Some(ObjKind::Set(t)) = s.kind() {
            let mut t = t.borrow_mut();
            return Ok(t.remove(h, v, &mut |a, b| key_eq(self, a, b))?.is_some());
        }
        Ok(false)
    }

    /// A copy of the table of a set or frozenset.
    pub fn set_table(&self, s: Value) -> Option<SetTable<Value>> {
        match s.kind() {
            Some(ObjKind::Set(t)) => Some(SetTable::copy_from(&t.borrow())),
            Some(ObjKind::FrozenSet(t)) => Some(SetTable::copy_from(t)),
            _ => self.set_table(base_of(s)?),
        }
    }

    /// Wraps a table as a set or frozenset value.
    pub fn set_from_table(&mut self, t: SetTable<Value>, frozen: bool) -> Value {
        if frozen {
            self.heap.alloc(ObjKind::FrozenSet(Box::new(t)))
        } else {
            self.heap.alloc(ObjKind::Set(Box::new(std::cell::RefCell::new(t))))
        }
    }

    /// The table of a set or frozenset (or of the base of a subclass instance), cloned
    /// slot for slot: operations on it see exactly the operand's layout.
    fn set_table_exact(&self, s: Value) -> Option<SetTable<Value>> {
        match s.kind() {
            Some(ObjKind::Set(t)) => Some(t.borrow().clone()),
            Some(ObjKind::FrozenSet(t)) => Some((**t).clone()),
            _ => self.set_table_exact(base_of(s)?),
        }
    }

    /// The set or frozenset value behind `s` (itself, or the base of a subclass instance).
    fn set_core(&self, s: Value) -> Value {
        match s.kind() {
            Some(ObjKind::Set(_)) | Some(ObjKind::FrozenSet(_)) => s,
            _ => base_of(s).unwrap_or(s),
        }
    }

    /// `add` into a table.
    fn table_add(&mut self, t: &mut SetTable<Value>, v: Value) -> PyResult<()> {
        let h = self.hash(v)?;
        t.insert(h, v, &mut |a, b| key_eq(self, a, b))?;
        Ok(())
    }

    /// `discard` from a table; whether the key was there.
    fn table_discard(&mut self, t: &mut SetTable<Value>, v: Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        Ok(t.remove(h, v, &mut |a, b| key_eq(self, a, b))?.is_some())
    }

    /// CPython's `set_update_internal`: `t` (the table of the set `target`, or of a
    /// new set when `target` is null) updated with the iterable `x`.
    fn table_update(&mut self, t: &mut SetTable<Value>, target: Value, x: Value) -> PyResult<()> {
        if !target.is_null() && self.set_core(x) == target {
            return Ok(());
        }
        if let Some(o) = self.set_table_exact(x) {
            return t.merge(&o, &mut |a, b| key_eq(self, a, b));
        }
        let is_dict = matches!(x.kind(), Some(ObjKind::Dict(_)));
        let items = self.collect_iter(x)?;
        if is_dict {
            t.reserve_for_update(items.len());
        }
        let mark = self.roots.len();
        self.roots.extend_from_slice(&items);
        let mut r = Ok(());
        for v in items {
            r = self.table_add(t, v);
            if r.is_err() {
                break;
            }
        }
        self.pop_roots(mark);
        r
    }

    /// Runs `f` on the table of the mutable set behind `s` (taken out of the set for the
    /// duration, so that `f` may call back into Python).
    fn with_set_table<R>(
        &mut self,
        s: Value,
        f: impl FnOnce(&mut Vm, &mut SetTable<Value>) -> PyResult<R>,
    ) -> PyResult<R> {
        let core = self.set_core(s);
        let Some(ObjKind::Set(cell)) = core.kind() else {
            return self.type_error("expected a set");
        };
        let mut t = std::mem::take(&mut *cell.borrow_mut());
        self.push_root(core);
        let keep: Vec<Value> = t.keys().collect();
        let mark = self.roots.len();
        self.roots.extend_from_slice(&keep);
        let r = f(self, &mut t);
        self.pop_roots(mark);
        self.roots.pop();
        if let Some(ObjKind::Set(cell)) = core.kind() {
            *cell.borrow_mut() = t;
        }
        r
    }

    /// Binary set operators `| & - ^` (and their in-place forms) on two sets.
    pub fn set_binop(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult {
        let same = self.set_core(a) == self.set_core(b);
        let tb = self.set_table_exact(b).unwrap_or_default();
        if inplace && matches!(self.set_core(a).kind(), Some(ObjKind::Set(_))) {
            self.with_set_table(a, |vm, t| {
                let mut eq = |x: Value, y: Value| key_eq(vm, x, y);
                match (op, same) {
                    (BinOp::Or, true) => {}
                    (BinOp::Or, false) => t.merge(&tb, &mut eq)?,
                    (BinOp::And, true) => {
                        let c = SetTable::copy_from(t);
                        t.replace_table(c);
                    }
                    (BinOp::And, false) => t.intersection_update(&tb, &mut eq)?,
                    (BinOp::Sub, true) | (_, true) => t.clear(),
                    (BinOp::Sub, false) => t.difference_update(&tb, &mut eq)?,
                    (_, false) => t.symmetric_difference_update(&tb, &mut eq)?,
                }
                Ok(())
            })?;
            return Ok(a);
        }
        let ta = self.set_table_exact(a).unwrap_or_default();
        let mut eq = |x: Value, y: Value| key_eq(self, x, y);
        let r = match op {
            BinOp::Or if same => SetTable::copy_from(&ta),
            BinOp::Or => SetTable::union(&ta, &tb, &mut eq)?,
            BinOp::And if same => SetTable::copy_from(&ta),
            BinOp::And => SetTable::intersection(&ta, &tb, &mut eq)?,
            BinOp::Sub => SetTable::difference(&ta, &tb, &mut eq)?,
            _ => SetTable::symmetric_difference(&ta, &tb, &mut eq)?,
        };
        let frozen = matches!(self.set_core(a).kind(), Some(ObjKind::FrozenSet(_)));
        Ok(self.set_from_table(r, frozen))
    }

    /// The set methods taking any iterables (`s.union(x, y)`, `s.update(x)`,
    /// `s.intersection(x)`, `s.difference_update(x)`, ...), with CPython's rules for
    /// each kind of argument (see the `table` module docs).
    pub fn set_method(&mut self, s: Value, args: &[Value], op: BinOp, inplace: bool) -> PyResult {
        let me = self.set_core(s);
        if inplace {
            self.with_set_table(s, |vm, t| {
                for &x in args {
                    vm.set_update_op(t, me, x, op)?;
                }
                Ok(())
            })?;
            return Ok(Value::NONE);
        }
        let ta = self.set_table_exact(s).unwrap_or_default();
        let mut r = match (op, args.first()) {
            (BinOp::And, Some(&x)) => self.table_intersect(&ta, me, x)?,
            (BinOp::Sub, Some(&x)) => self.table_difference(&ta, x)?,
            (BinOp::Xor, Some(&x)) => {
                // Built from the right operand: set(x), then updated with `s`.
                let mut r = SetTable::new();
                self.table_update(&mut r, Value::NULL, x)?;
                r.symmetric_difference_update(&ta, &mut |a, b| key_eq(self, a, b))?;
                r
            }
            _ => SetTable::copy_from(&ta),
        };
        let first = if matches!(op, BinOp::Or) { 0 } else { 1 };
        let rest = args.get(first..).unwrap_or(&[]);
        let mut keep = Vec::new();
        for &x in rest {
            let rv = self.set_from_table(r, false);
            self.push_root(rv);
            keep.push(rv);
            let Some(ObjKind::Set(cell)) = rv.kind() else { unreachable!() };
            let mut t = std::mem::take(&mut *cell.borrow_mut());
            let res = match op {
                BinOp::And => self.table_intersect(&t, rv, x),
                _ => self.set_update_op(&mut t, me, x, op).map(|_| SetTable::new()),
            };
            let res = match res {
                Ok(n) => n,
                Err(e) => {
                    self.roots.truncate(self.roots.len() - keep.len());
                    return Err(e);
                }
            };
            r = if matches!(op, BinOp::And) { res } else { t };
        }
        self.roots.truncate(self.roots.len() - keep.len());
        let frozen = matches!(me.kind(), Some(ObjKind::FrozenSet(_)));
        Ok(self.set_from_table(r, frozen))
    }

    /// One in-place step of `set_method`: `t` (of the set `me`) updated with `x`.
    fn set_update_op(&mut self, t: &mut SetTable<Value>, me: Value, x: Value, op: BinOp) -> PyResult<()> {
        let same = self.set_core(x) == me;
        match op {
            BinOp::Or => self.table_update(t, me, x),
            BinOp::And => {
                let r = if same { SetTable::copy_from(t) } else { self.table_intersect(t, me, x)? };
                t.replace_table(r);
                Ok(())
            }
            BinOp::Sub if same => {
                t.clear();
                Ok(())
            }
            BinOp::Sub => {
                if let Some(o) = self.set_table_exact(x) {
                    return t.difference_update(&o, &mut |a, b| key_eq(self, a, b));
                }
                for v in self.collect_iter(x)? {
                    self.table_discard(t, v)?;
                }
                t.compact_after_discards();
                Ok(())
            }
            _ if same => {
                t.clear();
                Ok(())
            }
            _ => {
                let o = match self.set_table_exact(x) {
                    Some(o) => o,
                    None if matches!(x.kind(), Some(ObjKind::Dict(_))) => {
                        for k in self.collect_iter(x)? {
                            if !self.table_discard(t, k)? {
                                self.table_add(t, k)?;
                            }
                        }
                        return Ok(());
                    }
                    None => {
                        let mut o = SetTable::new();
                        self.table_update(&mut o, Value::NULL, x)?;
                        o
                    }
                };
                t.symmetric_difference_update(&o, &mut |a, b| key_eq(self, a, b))
            }
        }
    }

    /// `a & x` (CPython's `set_intersection`) for the table `ta` of the set `me`.
    fn table_intersect(&mut self, ta: &SetTable<Value>, me: Value, x: Value) -> PyResult<SetTable<Value>> {
        if self.set_core(x) == me {
            return Ok(SetTable::copy_from(ta));
        }
        if let Some(o) = self.set_table_exact(x) {
            return SetTable::intersection(ta, &o, &mut |a, b| key_eq(self, a, b));
        }
        let mut r = SetTable::new();
        for v in self.collect_iter(x)? {
            let h = self.hash(v)?;
            if ta.contains(h, v, &mut |a, b| key_eq(self, a, b))? {
                self.table_add(&mut r, v)?;
            }
        }
        Ok(r)
    }

    /// `a - x` (CPython's `set_difference`) for the table `ta`.
    fn table_difference(&mut self, ta: &SetTable<Value>, x: Value) -> PyResult<SetTable<Value>> {
        if let Some(o) = self.set_table_exact(x) {
            return SetTable::difference(ta, &o, &mut |a, b| key_eq(self, a, b));
        }
        if let Some(ObjKind::Dict(_)) = x.kind() {
            let keys = self.collect_iter(x)?;
            if (ta.len() >> 2) > keys.len() {
                let mut r = SetTable::copy_from(ta);
                for k in keys {
                    self.table_discard(&mut r, k)?;
                }
                r.compact_after_discards();
                return Ok(r);
            }
            let mut r = SetTable::new();
            for (h, k) in ta.iter() {
                if self.dict_get(x, k)?.is_none() {
                    r.insert(h, k, &mut |a, b| key_eq(self, a, b))?;
                }
            }
            return Ok(r);
        }
        let mut r = SetTable::copy_from(ta);
        for v in self.collect_iter(x)? {
            self.table_discard(&mut r, v)?;
        }
        r.compact_after_discards();
        Ok(r)
    }

    /// Set equality.
    pub fn set_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let ta = self.set_table(a).unwrap();
        let tb = self.set_table(b).unwrap();
        if ta.len() != tb.len() {
            return Ok(false);
        }
        ta.is_subset(&tb, &mut |x, y| key_eq(self, x, y))
    }

    /// `a <= b` for sets.
    pub fn set_is_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let ta = self.set_table(a).unwrap();
        let tb = self.set_table(b).unwrap();
        ta.is_subset(&tb, &mut |x, y| key_eq(self, x, y))
    }

    /// The frozenset constant of a set display of the constants in the tuple `items`:
    /// built once from the items in source order, then rebuilt from that one's
    /// iteration order (CPython's compiler de-duplicates constants that way).
    pub fn frozenset_constant(&mut self, items: Value) -> Value {
        let mut t1 = SetTable::new();
        let _ = self.table_update(&mut t1, Value::NULL, items);
        let mut t2 = SetTable::new();
        for k in t1.keys().collect::<Vec<_>>() {
            let _ = self.table_add(&mut t2, k);
        }
        self.set_from_table(t2, true)
    }

    /// `s.update(x)` for the `SetUpdate` instruction (set displays with `*x`).
    pub fn set_update_value(&mut self, s: Value, x: Value) -> PyResult<()> {
        self.with_set_table(s, |vm, t| vm.table_update(t, s, x))
    }

    /// `zip(..., strict=True)` after argument `n` (0-based) ran out: the others must
    /// have run out at the same time.
    fn zip_strict_check(&mut self, iters: &[Value], n: usize) -> PyResult<()> {
        let plural = |k: usize| if k == 1 { "argument 1".to_string() } else { format!("arguments 1-{k}") };
        if n > 0 {
            return self.value_error(format!("zip() argument {} is shorter than {}", n + 1, plural(n)));
        }
        for (k, &i) in iters.iter().enumerate().skip(1) {
            if self.iter_next(i)?.is_some() {
                return self.value_error(format!("zip() argument {} is longer than {}", k + 1, plural(k)));
            }
        }
        Ok(())
    }

    /// Builds a set table from an iterable (`set(x)`: a new set updated with `x`).
    pub fn table_from_iter(&mut self, it: Value) -> PyResult<SetTable<Value>> {
        let mut t = SetTable::new();
        self.table_update(&mut t, Value::NULL, it)?;
        Ok(t)
    }

    // ----- subscripts -----

    /// The IndexError for index `i` out of range: CPython's own message for an int too
    /// big for an index, `msg` otherwise.
    fn index_error<T>(&mut self, i: IntRef, msg: &str) -> PyResult<T> {
        match i {
            IntRef::Big(b) if b.to_i64().is_none() => {
                self.err(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer")
            }
            _ => self.err(ExcKind::IndexError, msg),
        }
    }

    /// A sequence index from a subscript key that is not an int: the base int of an int
    /// subclass instance, or what a user `__index__` returns.
    fn key_as_index(&mut self, key: Value) -> PyResult<Option<Value>> {
        if let Some(b) = base_of(key).filter(|b| as_int(b).is_some()) {
            return Ok(Some(b));
        }
        if let Some(ObjKind::Instance(_)) = key.kind() {
            if self.user_dunder(key, self.names.index).is_some() {
                let i = self.index_dunder(key)?;
                return Ok(Some(self.new_int(i)));
            }
        }
        Ok(None)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult {
        match obj.kind() {
            Some(ObjKind::List(l)) => {
                if let Some(i) = as_int(&key) {
                    let l = l.borrow();
                    return match idx(i, l.len()) {
                        Some(j) => Ok(l[j]),
                        None => {
                            drop(l);
                            self.index_error(i, "list index out of range")
                        }
                    };
                }
                if let Some(ObjKind::Slice(..)) = key.kind() {
                    let (a, b, c) = self.slice_parts(key)?;
                    let r = slice_vec(&l.borrow(), a, b, c);
                    return Ok(self.new_list(r));
                }
                if let Some(b) = self.key_as_index(key)? {
                    return self.getitem(obj, b);
                }
                let tn = self.type_name(key);
                self.type_error(format!("list indices must be integers or slices, not {tn}"))
            }
            Some(ObjKind::Tuple(t)) => {
                if let Some(i) = as_int(&key) {
                    return match idx(i, t.len()) {
                        Some(j) => Ok(t[j]),
                        None => self.index_error(i, "tuple index out of range"),
                    };
                }
                if let Some(ObjKind::Slice(..)) = key.kind() {
                    let (a, b, c) = self.slice_parts(key)?;
                    let r = slice_vec(t, a, b, c);
                    return Ok(self.new_tuple(r));
                }
                if let Some(b) = self.key_as_index(key)? {
                    return self.getitem(obj, b);
                }
                let tn = self.type_name(key);
                self.type_error(format!("tuple indices must be integers or slices, not {tn}"))
            }
            Some(ObjKind::Str(s)) => {
                if let Some(i) = as_int(&key) {
                    let j = match idx(i, s.nchars) {
                        Some(j) => j,
                        None => return self.index_error(i, "string index out of range"),
                    };
                    if s.is_ascii() {
                        let b = &s.s[j..j + 1];
                        return Ok(self.new_str(b));
                    }
                    let c = s.s[s.char_to_byte(j)..].chars().next().unwrap();
                    let mut buf = [0u8; 4];
                    let cs = c.encode_utf8(&mut buf);
                    return Ok(self.new_str(cs));
                }
                if let Some(ObjKind::Slice(..)) = key.kind() {
                    let (a, b, c) = self.slice_parts(key)?;
                    let r = if s.is_ascii() {
                        let bytes = s.s.as_bytes();
                        let (st, sp, step) = slice_indices(a, b, c, bytes.len());
                        if step == 1 {
                            if sp > st {
                                s.s[st as usize..sp as usize].to_string()
                            } else {
                                String::new()
                            }
                        } else {
                            let n = slice_len(st, sp, step);
                            let mut out = String::with_capacity(n);
                            let mut i = st;
                            for _ in 0..n {
                                out.push(bytes[i as usize] as char);
                                i = i.wrapping_add(step);
                            }
                            out
                        }
                    } else if c.is_none_or(|c| c == 1) {
                        let (st, sp, _) = slice_indices(a, b, c, s.nchars);
                        if sp > st {
                            s.s[s.char_to_byte(st as usize)..s.char_to_byte(sp as usize)].to_string()
                        } else {
                            String::new()
                        }
                    } else {
                        let chars: Vec<char> = s.s.chars().collect();
                        slice_vec(&chars, a, b, c).into_iter().collect()
                    };
                    return Ok(self.new_string(r));
                }
                if let Some(b) = self.key_as_index(key)? {
                    return self.getitem(obj, b);
                }
                let tn = self.type_name(key);
                self.type_error(format!("string indices must be integers, not '{tn}'"))
            }
            Some(ObjKind::Dict(_)) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => {
                    let e = self.new_exc(ExcKind::KeyError, "");
                    // KeyError's args are (key,)
                    let t = self.new_tuple(vec![key]);
                    if let Some(ObjKind::Instance(i)) = e.kind() {
                        if let Some(x) = &i.exc {
                            x.borrow_mut().args = t;
                        }
                    }
                    Err(e)
                }
            },
            Some(ObjKind::Range(r)) => {
                let r = *r;
                if let Some(i) = as_int(&key) {
                    return match idx(i, r.len() as usize) {
                        Some(j) => Ok(self.new_int(r.start + r.step * j as i64)),
                        None => self.err(ExcKind::IndexError, "range object index out of range"),
                    };
                }
                if let Some(ObjKind::Slice(..)) = key.kind() {
                    let (a, b, c) = self.slice_parts(key)?;
                    let (st, sp, step) = slice_indices(a, b, c, r.len() as usize);
                    // Kiln's ranges hold i64s; a slice whose bounds or step leave them is
                    // an OverflowError here (CPython's would hold big ints).
                    let at = |k: i64| -> Option<i64> { k.checked_mul(r.step)?.checked_add(r.start) };
                    let nr = match (at(st), at(sp), r.step.checked_mul(step)) {
                        (Some(start), Some(stop), Some(step)) => RangeObj { start, stop, step },
                        _ => {
                            return self
                                .err(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
                        }
                    };
                    return Ok(self.heap.alloc(ObjKind::Range(nr)));
                }
                if let Some(b) = self.key_as_index(key)? {
                    return self.getitem(obj, b);
                }
                let tn = self.type_name(key);
                self.type_error(format!("range indices must be integers or slices, not {tn}"))
            }
            Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => self.bytes_getitem(obj, key),
            Some(ObjKind::Instance(_)) => match self.user_dunder(obj, self.names.getitem) {
                _ if self.subclass_base(obj, self.names.getitem).is_some() => {
                    let b = self.subclass_base(obj, self.names.getitem).unwrap();
                    if let Some(ObjKind::Dict(_)) = b.kind() {
                        return self.dict_subscript(obj, b, key);
                    }
                    self.getitem(b, key)
                }
                Some(f) => self.call_dunder(f, obj, &[key]),
                None => {
                    let tn = self.type_name(obj);
                    self.type_error(format!("'{tn}' object is not subscriptable"))
                }
            },
            Some(ObjKind::Class(c)) => {
                if let Some(f) = self.class_hook(obj, "__class_getitem__") {
                    return self.call(f, &[obj, key], &[]);
                }
                if c.builtin.is_some() {
                    // `list[int]`, `dict[str, int]`: a `types.GenericAlias`.
                    return crate::builtins::union::make_alias(self, obj, key);
                }
                // Other classes subscripted in annotations evaluated at run time.
                Ok(obj)
            }
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object is not subscriptable"))
            }
        }
    }

    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        match obj.kind() {
            Some(ObjKind::List(l)) => {
                if let Some(i) = as_int(&key) {
                    let mut l = l.borrow_mut();
                    return match idx(i, l.len()) {
                        Some(j) => {
                            l[j] = v;
                            Ok(())
                        }
                        None => {
                            drop(l);
                            self.index_error(i, "list assignment index out of range")
                        }
                    };
                }
                if let Some(ObjKind::Slice(..)) = key.kind() {
                    let (a, b, c) = self.slice_parts(key)?;
                    let items = self.collect_iter(v)?;
                    let r = assign_slice(&mut l.borrow_mut(), (a, b, c), items);
                    return match r {
                        Ok(()) => Ok(()),
                        Err((got, n)) => self.value_error(format!(
                            "attempt to assign sequence of size {got} to extended slice of size {n}"
                        )),
                    };
                }
                if let Some(b) = self.key_as_index(key)? {
                    return self.setitem(obj, b, v);
                }
                let tn = self.type_name(key);
                self.type_error(format!("list indices must be integers or slices, not {tn}"))
            }
            Some(ObjKind::Dict(_)) => self.dict_set(obj, key, v),
            Some(ObjKind::ByteArray(_)) => self.bytearray_setitem(obj, key, v),
            Some(ObjKind::Instance(_)) => match self.user_dunder(obj, self.names.setitem) {
                _ if self.subclass_base(obj, self.names.setitem).is_some() => {
                    let b = self.subclass_base(obj, self.names.setitem).unwrap();
                    self.setitem(b, key, v)
                }
                Some(f) => self.call_dunder(f, obj, &[key, v]).map(|_| ()),
                None => {
                    let tn = self.type_name(obj);
                    self.type_error(format!("'{tn}' object does not support item assignment"))
                }
            },
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object does not support item assignment"))
            }
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        match obj.kind() {
            Some(ObjKind::List(l)) => {
                if let Some(i) = as_int(&key) {
                    let mut l = l.borrow_mut();
                    return match idx(i, l.len()) {
                        Some(j) => {
                            l.remove(j);
                            Ok(())
                        }
                        None => {
                            drop(l);
                            self.index_error(i, "list assignment index out of range")
                        }
                    };
                }
                if let Some(ObjKind::Slice(..)) = key.kind() {
                    let parts = self.slice_parts(key)?;
                    delete_slice(&mut l.borrow_mut(), parts);
                    return Ok(());
                }
                if let Some(b) = self.key_as_index(key)? {
                    return self.delitem(obj, b);
                }
                self.type_error("list indices must be integers or slices")
            }
            Some(ObjKind::ByteArray(_)) => self.bytearray_delitem(obj, key),
            Some(ObjKind::Dict(_)) => match self.dict_del(obj, key)? {
                Some(_) => Ok(()),
                None => {
                    let t = self.new_tuple(vec![key]);
                    let c = self.exc_type(ExcKind::KeyError);
                    Err(self.new_exc_instance(c, t))
                }
            },
            Some(ObjKind::Instance(_)) => match self.user_dunder(obj, self.names.delitem) {
                _ if self.subclass_base(obj, self.names.delitem).is_some() => {
                    let b = self.subclass_base(obj, self.names.delitem).unwrap();
                    self.delitem(b, key)
                }
                Some(f) => self.call_dunder(f, obj, &[key]).map(|_| ()),
                None => {
                    let tn = self.type_name(obj);
                    self.type_error(format!("'{tn}' object doesn't support item deletion"))
                }
            },
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object doesn't support item deletion"))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        match container.kind() {
            Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) => {
                // In place, re-reading the list at each step as CPython does (an `__eq__`
                // may change it); strs and small ints compare without the general path.
                let mut i = 0;
                loop {
                    let v = match container.kind() {
                        Some(ObjKind::List(l)) => l.borrow().get(i).copied(),
                        Some(ObjKind::Tuple(t)) => t.get(i).copied(),
                        _ => None,
                    };
                    let Some(v) = v else { return Ok(false) };
                    let equal = match fast_eq(v, item) {
                        Some(r) => r,
                        None => self.eq(v, item)?,
                    };
                    if equal {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Some(ObjKind::Str(s)) => {
                // An instance of a str subclass is looked for as its str value.
                let sub = base_of(item).filter(|b| b.as_str().is_some()).unwrap_or(item);
                match sub.as_str() {
                    Some(sub) => Ok(find_bytes(&s.s, sub).is_some()),
                    None => {
                        let tn = self.type_name(item);
                        self.type_error(format!("'in <string>' requires string as left operand, not {tn}"))
                    }
                }
            }
            Some(ObjKind::Dict(_)) => Ok(self.dict_get(container, item)?.is_some()),
            Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => self.bytes_contains(container, item),
            Some(ObjKind::DictView(d, part)) => {
                let (d, part) = (*d, *part);
                match part {
                    DictPart::Keys => Ok(self.dict_get(d, item)?.is_some()),
                    DictPart::Values => {
                        for (_, v) in self.dict_items(d)? {
                            if self.eq(v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    DictPart::Items => {
                        let kv = match item.kind() {
                            Some(ObjKind::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                            _ => return Ok(false),
                        };
                        match self.dict_get(d, kv.0)? {
                            Some(v) => self.eq(v, kv.1),
                            None => Ok(false),
                        }
                    }
                }
            }
            Some(ObjKind::Set(_)) | Some(ObjKind::FrozenSet(_)) => self.set_contains(container, item),
            Some(ObjKind::Class(_)) if self.class_hook(container, "__class_contains__").is_some() => {
                let f = self.class_hook(container, "__class_contains__").unwrap_or(Value::NONE);
                let r = self.call(f, &[container, item], &[])?;
                self.truthy(r)
            }
            Some(ObjKind::Range(r)) => {
                let r = *r;
                match as_int(&item) {
                    Some(IntRef::Small(i)) => {
                        let inr =
                            if r.step > 0 { i >= r.start && i < r.stop } else { i <= r.start && i > r.stop };
                        Ok(inr && (i - r.start) % r.step == 0)
                    }
                    _ => {
                        if let Some(f) = item.as_float() {
                            if f.fract() == 0.0 && f.abs() < 9e15 {
                                let i = f as i64;
                                let inr = if r.step > 0 {
                                    i >= r.start && i < r.stop
                                } else {
                                    i <= r.start && i > r.stop
                                };
                                return Ok(inr && (i - r.start) % r.step == 0);
                            }
                        }
                        Ok(false)
                    }
                }
            }
            Some(ObjKind::Instance(_)) if self.subclass_base(container, self.names.contains).is_some() => {
                let b = self.subclass_base(container, self.names.contains).unwrap();
                self.contains(b, item)
            }
            Some(ObjKind::Instance(_)) if self.user_dunder(container, self.names.contains).is_some() => {
                let f = self.user_dunder(container, self.names.contains).unwrap();
                let r = self.call_dunder(f, container, &[item])?;
                self.truthy(r)
            }
            _ => {
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(_) => {
                        let tn = self.type_name(container);
                        return self.type_error(format!("argument of type '{tn}' is not iterable"));
                    }
                };
                let mark = self.roots.len();
                self.push_root(it);
                while let Some(v) = self.iter_next(it)? {
                    if self.eq(v, item)? {
                        self.pop_roots(mark);
                        return Ok(true);
                    }
                }
                self.pop_roots(mark);
                Ok(false)
            }
        }
    }

    // ----- iteration -----

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult {
        let st = match v.kind() {
            Some(ObjKind::List(_))
            | Some(ObjKind::Tuple(_))
            | Some(ObjKind::Str(_))
            | Some(ObjKind::Bytes(_))
            | Some(ObjKind::ByteArray(_)) => IterState::Seq(v, 0),
            Some(ObjKind::Range(r)) => IterState::Range { cur: r.start, left: r.len(), step: r.step },
            Some(ObjKind::Dict(d)) => {
                let len = d.borrow().len();
                IterState::Dict { dict: v, pos: 0, len, left: len, part: DictPart::Keys }
            }
            Some(ObjKind::Set(s)) => {
                let len = s.borrow().len();
                IterState::Set { set: v, pos: 0, len }
            }
            Some(ObjKind::FrozenSet(s)) => {
                let len = s.len();
                IterState::Set { set: v, pos: 0, len }
            }
            Some(ObjKind::DictView(d, part)) => {
                let len = match d.kind() {
                    Some(ObjKind::Dict(t)) => t.borrow().len(),
                    _ => 0,
                };
                IterState::Dict { dict: *d, pos: 0, len, left: len, part: *part }
            }
            Some(ObjKind::Iter(_)) | Some(ObjKind::Generator(_)) => return Ok(v),
            Some(ObjKind::Class(_)) if self.class_hook(v, "__class_iter__").is_some() => {
                let f = self.class_hook(v, "__class_iter__").unwrap_or(Value::NONE);
                let it = self.call(f, &[v], &[])?;
                return self.get_iter(it);
            }
            Some(ObjKind::Module(m)) if m.name == "sys.stdin" => {
                // `for line in sys.stdin`: its lines (read to the end first).
                let lines = crate::builtins::modules::stdin_lines(self);
                IterState::Seq(lines, 0)
            }
            Some(ObjKind::Instance(_)) => {
                if let Some(b) = self.subclass_base(v, self.names.iter) {
                    return self.get_iter(b);
                }
                if let Some(f) = self.user_dunder(v, self.names.iter) {
                    let it = self.call_dunder(f, v, &[])?;
                    let ok = matches!(it.kind(), Some(ObjKind::Iter(_)) | Some(ObjKind::Generator(_)))
                        || self.user_dunder(it, self.names.next).is_some();
                    if !ok {
                        let tn = self.type_name(it);
                        return self.type_error(format!("iter() returned non-iterator of type '{tn}'"));
                    }
                    return Ok(it);
                }
                if self.user_dunder(v, self.names.getitem).is_some() {
                    // The old sequence protocol: index from 0 until IndexError.
                    return Ok(self.new_iter(IterState::GetItem(v, 0)));
                }
                let tn = self.type_name(v);
                return self.type_error(format!("'{tn}' object is not iterable"));
            }
            _ => {
                let tn = self.type_name(v);
                return self.type_error(format!("'{tn}' object is not iterable"));
            }
        };
        Ok(self.new_iter(st))
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match it.kind() {
            Some(ObjKind::Iter(st)) => {
                let mut s = st.borrow_mut();
                match &mut *s {
                    IterState::Seq(seq, i) => {
                        let (seq, j) = (*seq, *i);
                        let r = match seq.kind() {
                            Some(ObjKind::List(l)) => l.borrow().get(j).copied(),
                            Some(ObjKind::Tuple(t)) => t.get(j).copied(),
                            Some(ObjKind::Str(so)) => {
                                if so.is_ascii() {
                                    if j < so.s.len() {
                                        let c = &so.s[j..j + 1];
                                        *i += 1;
                                        drop(s);
                                        return Ok(Some(self.new_str(c)));
                                    }
                                    None
                                } else {
                                    // i is a byte offset for non-ASCII strings.
                                    match so.s[j..].chars().next() {
                                        Some(c) => {
                                            *i += c.len_utf8();
                                            drop(s);
                                            let mut buf = [0u8; 4];
                                            return Ok(Some(self.new_str(c.encode_utf8(&mut buf))));
                                        }
                                        None => None,
                                    }
                                }
                            }
                            Some(ObjKind::Bytes(b)) => b.get(j).map(|&x| Value::small_int(x as i64)),
                            Some(ObjKind::ByteArray(b)) => {
                                b.borrow().get(j).map(|&x| Value::small_int(x as i64))
                            }
                            _ => None,
                        };
                        match r {
                            Some(v) => {
                                *i += 1;
                                Ok(Some(v))
                            }
                            None => {
                                *s = IterState::Done;
                                Ok(None)
                            }
                        }
                    }
                    IterState::Range { cur, left, step } => {
                        if *left > 0 {
                            let v = *cur;
                            *cur = cur.wrapping_add(*step);
                            *left -= 1;
                            drop(s);
                            Ok(Some(self.new_int(v)))
                        } else {
                            Ok(None)
                        }
                    }
                    IterState::Dict { dict, pos, len, left, part } => {
                        let (d, part) = (*dict, *part);
                        let table = match d.kind() {
                            Some(ObjKind::Dict(t)) => t,
                            _ => return Ok(None),
                        };
                        let t = table.borrow();
                        if t.len() != *len {
                            drop(t);
                            *s = IterState::Done;
                            drop(s);
                            return self
                                .err(ExcKind::RuntimeError, "dictionary changed size during iteration");
                        }
                        while *pos < t.entries_len() {
                            let p = *pos;
                            *pos += 1;
                            if let Some((k, v)) = t.entry_at(p) {
                                drop(t);
                                if *left == 0 {
                                    *s = IterState::Done;
                                    drop(s);
                                    return self.err(
                                        ExcKind::RuntimeError,
                                        "dictionary keys changed during iteration",
                                    );
                                }
                                *left -= 1;
                                drop(s);
                                return Ok(Some(match part {
                                    DictPart::Keys => k,
                                    DictPart::Values => v,
                                    DictPart::Items => self.new_tuple(vec![k, v]),
                                }));
                            }
                        }
                        drop(t);
                        *s = IterState::Done;
                        Ok(None)
                    }
                    IterState::Set { set, pos, len } => {
                        let set = *set;
                        let r = match set.kind() {
                            Some(ObjKind::Set(t)) => {
                                let t = t.borrow();
                                if t.len() != *len {
                                    drop(t);
                                    *s = IterState::Done;
                                    drop(s);
                                    return self
                                        .err(ExcKind::RuntimeError, "Set changed size during iteration");
                                }
                                let mut r = None;
                                while *pos < t.slots_len() {
                                    let p = *pos;
                                    *pos += 1;
                                    if let Some((_, k)) = t.slot(p) {
                                        r = Some(k);
                                        break;
                                    }
                                }
                                r
                            }
                            Some(ObjKind::FrozenSet(t)) => {
                                let mut r = None;
                                while *pos < t.slots_len() {
                                    let p = *pos;
                                    *pos += 1;
                                    if let Some((_, k)) = t.slot(p) {
                                        r = Some(k);
                                        break;
                                    }
                                }
                                r
                            }
                            _ => None,
                        };
                        if r.is_none() {
                            *s = IterState::Done;
                        }
                        Ok(r)
                    }
                    IterState::Reversed(seq, i) => {
                        if *i == 0 {
                            return Ok(None);
                        }
                        *i -= 1;
                        let (seq, j) = (*seq, *i);
                        drop(s);
                        match seq.kind() {
                            Some(ObjKind::List(l)) => Ok(l.borrow().get(j).copied()),
                            Some(ObjKind::Tuple(t)) => Ok(t.get(j).copied()),
                            Some(ObjKind::Str(_)) => {
                                let key = Value::small_int(j as i64);
                                self.getitem(seq, key).map(Some)
                            }
                            Some(ObjKind::Range(_)) => {
                                let key = Value::small_int(j as i64);
                                self.getitem(seq, key).map(Some)
                            }
                            _ => {
                                let key = Value::small_int(j as i64);
                                self.getitem(seq, key).map(Some)
                            }
                        }
                    }
                    IterState::Enumerate(inner, count) => {
                        let (inner, c) = (*inner, *count);
                        drop(s);
                        match self.iter_next(inner)? {
                            Some(v) => {
                                let next = self.binary_op(c, Value::small_int(1), BinOp::Add, false)?;
                                if let Some(ObjKind::Iter(st)) = it.kind() {
                                    if let IterState::Enumerate(_, cnt) = &mut *st.borrow_mut() {
                                        *cnt = next;
                                    }
                                }
                                Ok(Some(self.new_tuple(vec![c, v])))
                            }
                            None => Ok(None),
                        }
                    }
                    IterState::Zip(iters, strict) => {
                        let (iters, strict) = (iters.clone(), *strict);
                        drop(s);
                        if iters.is_empty() {
                            return Ok(None);
                        }
                        let mut out = Vec::with_capacity(iters.len());
                        let mark = self.roots.len();
                        for (n, &i) in iters.iter().enumerate() {
                            match self.iter_next(i) {
                                Ok(Some(v)) => {
                                    self.roots.push(v);
                                    out.push(v)
                                }
                                Ok(None) => {
                                    self.pop_roots(mark);
                                    if strict {
                                        self.zip_strict_check(&iters, n)?;
                                    }
                                    return Ok(None);
                                }
                                Err(e) => {
                                    self.pop_roots(mark);
                                    return Err(e);
                                }
                            }
                        }
                        self.pop_roots(mark);
                        Ok(Some(self.new_tuple(out)))
                    }
                    IterState::Map(f, iters) => {
                        let (f, iters) = (*f, iters.clone());
                        drop(s);
                        let mut args = Vec::with_capacity(iters.len());
                        let mark = self.roots.len();
                        for i in iters {
                            match self.iter_next(i) {
                                Ok(Some(v)) => {
                                    self.roots.push(v);
                                    args.push(v)
                                }
                                Ok(None) => {
                                    self.pop_roots(mark);
                                    return Ok(None);
                                }
                                Err(e) => {
                                    self.pop_roots(mark);
                                    return Err(e);
                                }
                            }
                        }
                        let r = self.call(f, &args, &[]).map(Some);
                        self.pop_roots(mark);
                        r
                    }
                    IterState::Filter(f, inner) => {
                        let (f, inner) = (*f, *inner);
                        drop(s);
                        loop {
                            match self.iter_next(inner)? {
                                Some(v) => {
                                    let keep = if f.is_none() {
                                        self.truthy(v)?
                                    } else {
                                        // `v` may be referenced only from here while `f` and a
                                        // user `__bool__` run.
                                        self.push_root(v);
                                        let r = self.call(f, &[v], &[]);
                                        let keep = match r {
                                            Ok(r) => self.truthy(r),
                                            Err(e) => Err(e),
                                        };
                                        self.roots.pop();
                                        keep?
                                    };
                                    if keep {
                                        return Ok(Some(v));
                                    }
                                }
                                None => return Ok(None),
                            }
                        }
                    }
                    IterState::GetItem(obj, i) => {
                        let (obj, i) = (*obj, *i);
                        drop(s);
                        let done = |it: Value| {
                            if let Some(ObjKind::Iter(st)) = it.kind() {
                                *st.borrow_mut() = IterState::Done;
                            }
                        };
                        let key = self.new_int(i as i64);
                        match self.getitem(obj, key) {
                            Ok(v) => {
                                if let Some(ObjKind::Iter(st)) = it.kind() {
                                    if let IterState::GetItem(_, j) = &mut *st.borrow_mut() {
                                        *j = i + 1;
                                    }
                                }
                                Ok(Some(v))
                            }
                            Err(e)
                                if self.exc_matches(e, ExcKind::IndexError)
                                    || self.exc_matches(e, ExcKind::StopIteration) =>
                            {
                                done(it);
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        }
                    }
                    IterState::CallIter(f, sentinel) => {
                        let (f, sentinel) = (*f, *sentinel);
                        drop(s);
                        let v = match self.call(f, &[], &[]) {
                            Ok(v) => v,
                            Err(e) if self.exc_matches(e, ExcKind::StopIteration) => {
                                // Exhausted for good, as CPython's callable iterator.
                                if let Some(ObjKind::Iter(st)) = it.kind() {
                                    *st.borrow_mut() = IterState::Done;
                                }
                                return Ok(None);
                            }
                            Err(e) => return Err(e),
                        };
                        if self.eq(v, sentinel)? {
                            if let Some(ObjKind::Iter(st)) = it.kind() {
                                *st.borrow_mut() = IterState::Done;
                            }
                            return Ok(None);
                        }
                        Ok(Some(v))
                    }
                    IterState::Values(vs, i) => {
                        if *i < vs.len() {
                            *i += 1;
                            Ok(Some(vs[*i - 1]))
                        } else {
                            Ok(None)
                        }
                    }
                    IterState::Done => Ok(None),
                    IterState::Combi(c) => {
                        if !c.advance() {
                            *s = IterState::Done;
                            return Ok(None);
                        }
                        let items = c.items();
                        drop(s);
                        Ok(Some(self.new_tuple(items)))
                    }
                }
            }
            Some(ObjKind::Generator(_)) => match self.gen_resume(it, Value::NONE)? {
                GenStep::Yield(v) => Ok(Some(v)),
                GenStep::Return(_) => Ok(None),
            },
            Some(ObjKind::Instance(_)) => match self.user_dunder(it, self.names.next) {
                Some(f) => match self.call_dunder(f, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(e, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => {
                    let tn = self.type_name(it);
                    self.type_error(format!("'{tn}' object is not an iterator"))
                }
            },
            _ => {
                let tn = self.type_name(it);
                self.type_error(format!("'{tn}' object is not an iterator"))
            }
        }
    }

    /// Collects an iterable into a Vec (fast for lists and tuples).
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match v.kind() {
            Some(ObjKind::List(l)) => return Ok(l.borrow().clone()),
            Some(ObjKind::Tuple(t)) => return Ok(t.to_vec()),
            Some(ObjKind::Dict(d)) => return Ok(d.borrow().keys().collect()),
            Some(ObjKind::Range(r)) => {
                // Reserved at once: a range too long for memory is a MemoryError now,
                // not after the list has grown through all of it.
                let r = *r;
                let n = r.len().max(0) as usize;
                let mut out = Vec::new();
                if out.try_reserve_exact(n).is_err() {
                    return self.err(ExcKind::MemoryError, "");
                }
                let mut x = r.start;
                for _ in 0..n {
                    out.push(self.new_int(x));
                    x = x.wrapping_add(r.step);
                }
                return Ok(out);
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        self.collect_from_iter(it, usize::MAX)
    }

    /// The items of a starred value (`*x` in a call or a display); `what` starts CPython's
    /// message for a value that is not iterable ("Value after * must be an iterable, not
    /// int").
    pub fn star_items(&mut self, v: Value, what: &dyn Fn(&Vm) -> String) -> PyResult<Vec<Value>> {
        match v.kind() {
            Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) | Some(ObjKind::Dict(_)) => {
                return self.collect_iter(v)
            }
            _ => {}
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) => {
                let has_dunder = matches!(v.kind(), Some(ObjKind::Instance(_)))
                    && (self.user_dunder(v, self.names.iter).is_some()
                        || self.user_dunder(v, self.names.getitem).is_some());
                if has_dunder || !self.exc_matches(e, ExcKind::TypeError) {
                    return Err(e);
                }
                let tn = self.type_name(v);
                let w = what(self);
                return self.type_error(format!("{w} after * must be an iterable, not {tn}"));
            }
        };
        self.collect_from_iter(it, usize::MAX)
    }

    /// How CPython names a callable in call errors (`__main__.f()`, `print()`).
    pub fn func_str(&self, f: Value) -> String {
        match f.kind() {
            Some(ObjKind::Function(func)) => {
                format!("__main__.{}()", func.qualname.as_str().unwrap_or("?"))
            }
            Some(ObjKind::BoundMethod(_, m)) => self.func_str(*m),
            Some(ObjKind::Builtin(b)) => format!("{}()", b.name),
            Some(ObjKind::Class(c)) if c.builtin.is_none() => format!("__main__.{}()", c.qualname),
            Some(ObjKind::Class(c)) => format!("{}()", c.name),
            _ => format!("{}()", self.type_name(f)),
        }
    }

    /// The items of `v` for an unpacking assignment: at most `max` of them (an unpacking
    /// stops one past the count it expects, like CPython), and CPython's wording for a
    /// value that is not iterable.
    pub fn unpack_items(&mut self, v: Value, max: usize) -> PyResult<Vec<Value>> {
        match v.kind() {
            Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) | Some(ObjKind::Dict(_)) => {
                return self.collect_iter(v)
            }
            _ => {}
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) => {
                let has_dunder = matches!(v.kind(), Some(ObjKind::Instance(_)))
                    && (self.user_dunder(v, self.names.iter).is_some()
                        || self.user_dunder(v, self.names.getitem).is_some());
                if has_dunder || !self.exc_matches(e, ExcKind::TypeError) {
                    return Err(e);
                }
                let tn = self.type_name(v);
                return self.type_error(format!("cannot unpack non-iterable {tn} object"));
            }
        };
        self.collect_from_iter(it, max)
    }

    /// Up to `max` items from the iterator `it`.
    fn collect_from_iter(&mut self, it: Value, max: usize) -> PyResult<Vec<Value>> {
        let mark = self.roots.len();
        self.push_root(it);
        let tmp = self.new_list(Vec::new());
        self.push_root(tmp);
        loop {
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    if let Some(ObjKind::List(l)) = tmp.kind() {
                        // Grow fallibly: `list(range(2**47))` is a MemoryError, not an abort.
                        let refused = {
                            let mut v = l.borrow_mut();
                            let n = v.len();
                            n == v.capacity() && v.try_reserve(n.max(4)).is_err()
                        };
                        if refused {
                            self.pop_roots(mark);
                            return self.err(ExcKind::MemoryError, "");
                        }
                        l.borrow_mut().push(x);
                        if l.borrow().len() >= max {
                            break;
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    self.pop_roots(mark);
                    return Err(e);
                }
            }
        }
        self.pop_roots(mark);
        let out = match tmp.kind() {
            Some(ObjKind::List(l)) => std::mem::take(&mut *l.borrow_mut()),
            _ => Vec::new(),
        };
        Ok(out)
    }
}

fn idx(i: IntRef, len: usize) -> Option<usize> {
    match i {
        IntRef::Small(i) => norm_index(i, len),
        IntRef::Big(b) => b.to_i64().and_then(|i| norm_index(i, len)),
    }
}

/// `l[a:b:c] = items`: a splice for a step of 1, else one item per selected position
/// (Err((items, positions)) when the counts differ).
pub fn assign_slice<T>(
    l: &mut Vec<T>,
    (a, b, c): (Option<i64>, Option<i64>, Option<i64>),
    items: Vec<T>,
) -> Result<(), (usize, usize)> {
    let (st, sp, step) = slice_indices(a, b, c, l.len());
    if step == 1 {
        let sp = sp.max(st);
        l.splice(st as usize..sp as usize, items);
        return Ok(());
    }
    let n = slice_len(st, sp, step);
    if n != items.len() {
        return Err((items.len(), n));
    }
    let mut i = st;
    for it in items {
        l[i as usize] = it;
        i = i.wrapping_add(step);
    }
    Ok(())
}

/// `del l[a:b:c]`.
pub fn delete_slice<T>(l: &mut Vec<T>, (a, b, c): (Option<i64>, Option<i64>, Option<i64>)) {
    let (st, sp, step) = slice_indices(a, b, c, l.len());
    if step == 1 {
        if sp > st {
            l.drain(st as usize..sp as usize);
        }
        return;
    }
    // An extended slice: one pass that keeps the items not on it.
    let n = slice_len(st, sp, step);
    let mut remove = vec![false; l.len()];
    for k in 0..n {
        remove[(st + k as i64 * step) as usize] = true;
    }
    let mut i = 0;
    l.retain(|_| {
        i += 1;
        !remove[i - 1]
    });
}

/// Applies a slice to a vector of items.
pub fn slice_vec<T: Copy>(items: &[T], a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Vec<T> {
    let (st, sp, step) = slice_indices(a, b, c, items.len());
    if step == 1 {
        if sp > st {
            return items[st as usize..sp as usize].to_vec();
        }
        return Vec::new();
    }
    let n = slice_len(st, sp, step);
    let mut out = Vec::with_capacity(n);
    let mut i = st;
    for _ in 0..n {
        out.push(items[i as usize]);
        i = i.wrapping_add(step);
    }
    out
}

impl Vm {
    /// A class-level protocol method a user class (or its bases) defines, called with the
    /// class itself first: `__class_getitem__` (CPython's), and Kiln's stand-ins for the
    /// metaclass methods it does not support, `__class_iter__`, `__class_len__`,
    /// `__class_contains__`, `__class_repr__`, `__class_instancecheck__` and
    /// `__class_subclasscheck__` (`for member in SomeEnum`, `isinstance(x, Iterable)`,
    /// `len(SomeEnum)`, `x in SomeEnum`, `<enum 'SomeEnum'>`).
    /// A `classmethod` wrapper is unwrapped.
    pub fn class_hook(&mut self, cls: Value, name: &str) -> Option<Value> {
        let Some(ObjKind::Class(c)) = cls.kind() else { return None };
        if c.builtin.is_some() {
            return None;
        }
        // A user metaclass's own dunder (`__iter__` for `__class_iter__`) comes first.
        if !c.meta.get().is_null() {
            if let Some(d) = crate::builtins::meta::hook_dunder(name) {
                let ds = self.intern(d);
                if let Some(f) = self.meta_attr(cls, ds) {
                    if let Some(ObjKind::Function(_)) = f.kind() {
                        return Some(f);
                    }
                }
            }
        }
        let s = self.intern(name);
        let f = self.lookup_in_class(cls, s)?;
        Some(match f.kind() {
            Some(ObjKind::ClassMethod(g)) => *g,
            _ => f,
        })
    }
}
