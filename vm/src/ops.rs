//! Object protocols: types, attributes, truth, equality, ordering, hashing and len.
//!
//! These are the slow paths behind the interpreter's inline fast paths; each follows
//! CPython 3.11's lookup order and error messages.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::intern::Sym;
use crate::object::*;
use crate::value::Value;
use crate::vm::{PyResult, TypeId, Vm};

/// An int operand: unboxed, or a reference to a heap big int. Bools count as ints.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    /// Fits in i64.
    Small(i64),
    /// Arbitrary precision.
    Big(&'a BigInt),
}

impl IntRef<'_> {
    /// As a BigInt.
    pub fn to_big(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    /// Calls `f` with the value as a `&BigInt`, without copying a big one (a small one
    /// becomes a BigInt with inline digits, which allocates nothing).
    #[inline]
    pub fn with_big<R>(self, f: impl FnOnce(&BigInt) -> R) -> R {
        match self {
            IntRef::Small(i) => f(&BigInt::from(i)),
            IntRef::Big(b) => f(b),
        }
    }

    /// Numeric ordering of two ints, without copying either.
    #[inline]
    pub fn cmp_int(self, other: IntRef<'_>) -> std::cmp::Ordering {
        match (self, other) {
            (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
            (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
            (x, y) => x.with_big(|x| y.with_big(|y| x.cmp(y))),
        }
    }
}

/// The int payload of an int or bool value.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    if let Some(b) = v.as_bool() {
        return Some(IntRef::Small(b as i64));
    }
    match v.kind() {
        Some(ObjKind::Int64(i)) => Some(IntRef::Small(*i)),
        Some(ObjKind::Int(b)) => Some(IntRef::Big(b)),
        _ => None,
    }
}

/// The built-in value an instance of a subclass of a built-in type extends (`class
/// L(list)`), if `v` is one.
#[inline]
pub fn base_of(v: Value) -> Option<Value> {
    match v.kind() {
        Some(ObjKind::Instance(i)) if !i.base.is_null() => Some(i.base),
        _ => None,
    }
}

/// The value as an i64 if it is an int (or bool) that fits.
#[inline]
pub fn as_i64(v: Value) -> Option<i64> {
    match as_int(&v)? {
        IntRef::Small(i) => Some(i),
        IntRef::Big(b) => b.to_i64(),
    }
}

/// The value as a BigInt if it is an int or bool.
pub fn as_bigint(v: Value) -> Option<BigInt> {
    as_int(&v).map(|i| i.to_big())
}

/// The value as f64 if it is a float, int or bool (ints may overflow: Err).
pub fn as_f64_lossy(v: Value) -> Option<Result<f64, ()>> {
    if let Some(f) = v.as_float() {
        return Some(Ok(f));
    }
    match as_int(&v)? {
        IntRef::Small(i) => Some(Ok(i as f64)),
        IntRef::Big(b) => Some(crate::num::int_to_f64(b).map_err(|_| ())),
    }
}

impl Vm {
    // ----- types -----

    /// The built-in [`TypeId`] of a value's class, if the value is of a built-in kind.
    pub fn builtin_type(&self, v: Value) -> TypeId {
        builtin_type_of(v)
    }

    /// The class of a value.
    #[inline]
    pub fn type_of(&self, v: Value) -> Value {
        match v.kind() {
            Some(ObjKind::Instance(i)) => return i.class,
            Some(ObjKind::Class(c)) if !c.meta.get().is_null() => return c.meta.get(),
            _ => {}
        }
        self.types[self.builtin_type(v) as usize]
    }

    /// The class object's payload.
    pub fn class_of(&self, v: Value) -> &ClassObj {
        match self.type_of(v).kind() {
            Some(ObjKind::Class(c)) => {
                // SAFETY-free: the class is reachable from v, which the caller holds.
                // Re-borrow through a raw pointer so the reference is not tied to the
                // temporary returned by type_of.
                let p: *const ClassObj = &**c;
                // SAFETY: class objects are rooted by the value's class pointer or by
                // `Vm::types`, and the GC only runs at safepoints, never inside this call.
                unsafe { &*p }
            }
            _ => unreachable!("type_of always returns a class"),
        }
    }

    /// The type's `__name__` of a value.
    pub fn type_name(&self, v: Value) -> String {
        self.class_of(v).name.clone()
    }

    /// Is class `a` a subclass of (or equal to) class `b`?
    pub fn is_subclass(&self, a: Value, b: Value) -> bool {
        if a == b {
            return true;
        }
        match a.kind() {
            Some(ObjKind::Class(c)) => c.mro.borrow().contains(&b),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn isinstance(&self, v: Value, cls: Value) -> bool {
        let t = self.type_of(v);
        if self.is_subclass(t, cls) {
            return true;
        }
        // bool is a subclass of int
        false
    }

    /// Looks up `name` along the MRO of class `cls`.
    pub fn lookup_in_class(&self, cls: Value, name: Sym) -> Option<Value> {
        let c = match cls.kind() {
            Some(ObjKind::Class(c)) => c,
            _ => return None,
        };
        if c.lookup_version.get() == self.type_version {
            if let Some(&r) = c.lookup_cache.borrow().get(&name) {
                return r;
            }
        } else {
            c.lookup_cache.borrow_mut().clear();
            c.lookup_version.set(self.type_version);
        }
        let r = self.lookup_in_class_uncached(c, name);
        c.lookup_cache.borrow_mut().insert(name, r);
        r
    }

    fn lookup_in_class_uncached(&self, c: &ClassObj, name: Sym) -> Option<Value> {
        if let Some(&v) = c.dict.borrow().get(&name) {
            return Some(v);
        }
        let mro = c.mro.borrow();
        for &m in mro.iter().skip(1) {
            if let Some(ObjKind::Class(mc)) = m.kind() {
                if let Some(&v) = mc.dict.borrow().get(&name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Looks up `name` on the type of `v` (for dunder methods).
    #[inline]
    pub fn lookup_type(&self, v: Value, name: Sym) -> Option<Value> {
        let cls = self.type_of(v);
        self.lookup_in_class(cls, name)
    }

    /// Looks up a user-defined dunder on an instance's class (None for built-in kinds).
    #[inline]
    pub fn user_dunder(&self, v: Value, name: Sym) -> Option<Value> {
        match v.kind() {
            Some(ObjKind::Instance(i)) => {
                let f = self.lookup_in_class(i.class, name)?;
                Some(f)
            }
            _ => None,
        }
    }

    /// Calls a class attribute `f` (found on the receiver's type) as a method of `recv`.
    pub fn call_dunder(&mut self, f: Value, recv: Value, args: &[Value]) -> PyResult {
        match f.kind() {
            Some(ObjKind::Function(_)) | Some(ObjKind::Builtin(_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(recv);
                all.extend_from_slice(args);
                self.call(f, &all, &[])
            }
            Some(ObjKind::StaticMethod(g)) => {
                let g = *g;
                self.call(g, args, &[])
            }
            Some(ObjKind::ClassMethod(g)) => {
                let g = *g;
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(self.type_of(recv));
                all.extend_from_slice(args);
                self.call(g, &all, &[])
            }
            _ => self.call(f, args, &[]),
        }
    }

    // ----- truth -----

    /// `bool(v)`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(b) = v.as_bool() {
            return Ok(b);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if let Some(f) = v.as_float() {
            return Ok(f != 0.0);
        }
        if v.is_none() {
            return Ok(false);
        }
        Ok(match v.kind() {
            Some(ObjKind::Str(s)) => !s.s.is_empty(),
            Some(ObjKind::Int(b)) => !b.is_zero(),
            Some(ObjKind::Int64(i)) => *i != 0,
            Some(ObjKind::List(l)) => !l.borrow().is_empty(),
            Some(ObjKind::Tuple(t)) => !t.is_empty(),
            Some(ObjKind::Dict(d)) => !d.borrow().is_empty(),
            Some(ObjKind::Set(s)) => !s.borrow().is_empty(),
            Some(ObjKind::FrozenSet(s)) => !s.is_empty(),
            Some(ObjKind::Range(r)) => !r.is_empty(),
            Some(ObjKind::Bytes(b)) => !b.is_empty(),
            Some(ObjKind::ByteArray(b)) => !b.borrow().is_empty(),
            Some(ObjKind::DictView(d, _)) => match d.kind() {
                Some(ObjKind::Dict(t)) => !t.borrow().is_empty(),
                _ => false,
            },
            Some(ObjKind::Instance(_)) => {
                if let Some(b) = base_of(v) {
                    // Unless the class defines __bool__ or __len__, the base value decides.
                    let user = |vm: &Vm, name| {
                        let f = vm.user_dunder(v, name);
                        f.is_some_and(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_))))
                    };
                    if !user(self, self.names.bool_) && !user(self, self.names.len) {
                        return self.truthy(b);
                    }
                }
                if let Some(f) = self.user_dunder(v, self.names.bool_) {
                    let r = self.call_dunder(f, v, &[])?;
                    return match r.as_bool() {
                        Some(b) => Ok(b),
                        None => {
                            let tn = self.type_name(r);
                            self.type_error(format!("__bool__ should return bool, returned {tn}"))
                        }
                    };
                }
                if let Some(f) = self.user_dunder(v, self.names.len) {
                    let r = self.call_dunder(f, v, &[])?;
                    return Ok(as_i64(r).unwrap_or(1) != 0);
                }
                true
            }
            _ => true,
        })
    }

    // ----- len -----

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        Ok(match v.kind() {
            Some(ObjKind::Str(s)) => s.nchars,
            Some(ObjKind::List(l)) => l.borrow().len(),
            Some(ObjKind::Tuple(t)) => t.len(),
            Some(ObjKind::Dict(d)) => d.borrow().len(),
            Some(ObjKind::Set(s)) => s.borrow().len(),
            Some(ObjKind::FrozenSet(s)) => s.len(),
            Some(ObjKind::Range(r)) => r.len() as usize,
            Some(ObjKind::Bytes(b)) => b.len(),
            Some(ObjKind::ByteArray(b)) => b.borrow().len(),
            Some(ObjKind::DictView(d, _)) => match d.kind() {
                Some(ObjKind::Dict(t)) => t.borrow().len(),
                _ => 0,
            },
            Some(ObjKind::Instance(_)) if self.subclass_base(v, self.names.len).is_some() => {
                let b = self.subclass_base(v, self.names.len).unwrap();
                return self.len(b);
            }
            Some(ObjKind::Class(_)) if self.class_hook(v, "__class_len__").is_some() => {
                let f = self.class_hook(v, "__class_len__").unwrap_or(Value::NONE);
                let r = self.call(f, &[v], &[])?;
                return match as_i64(r) {
                    Some(n) if n >= 0 => Ok(n as usize),
                    _ => self.value_error("__len__() should return >= 0"),
                };
            }
            Some(ObjKind::Instance(_)) if self.user_dunder(v, self.names.len).is_some() => {
                let f = self.user_dunder(v, self.names.len).unwrap();
                let r = self.call_dunder(f, v, &[])?;
                match as_i64(r) {
                    Some(n) if n >= 0 => n as usize,
                    Some(_) => return self.value_error("__len__() should return >= 0"),
                    None => {
                        let tn = self.type_name(r);
                        return self.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
                    }
                }
            }
            _ => {
                let tn = self.type_name(v);
                return self.type_error(format!("object of type '{tn}' has no len()"));
            }
        })
    }

    // ----- hashing -----

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(crate::num::hash_i64(i));
        }
        if let Some(f) = v.as_float() {
            return Ok(crate::num::hash_f64(f));
        }
        if let Some(b) = v.as_bool() {
            return Ok(b as i64);
        }
        if v.is_none() {
            return Ok(0x5f3759df);
        }
        match v.kind() {
            Some(ObjKind::Str(s)) => {
                let h = s.hash.get();
                if h != 0 {
                    return Ok(h);
                }
                let h = str_hash(&s.s);
                s.hash.set(h);
                Ok(h)
            }
            Some(ObjKind::Bytes(b)) => Ok(crate::builtins::bytes::bytes_hash(b)),
            Some(ObjKind::Int(b)) => Ok(crate::num::hash_bigint(b)),
            Some(ObjKind::Int64(i)) => Ok(crate::num::hash_i64(*i)),
            Some(ObjKind::Range(r)) => {
                // CPython's: equal ranges hash alike, by (len, start, step) with the parts
                // that do not matter as None.
                let n = r.len();
                let (len, start, step) =
                    (crate::num::hash_i64(n), crate::num::hash_i64(r.start), crate::num::hash_i64(r.step));
                let none = self.hash(Value::NONE)?;
                Ok(crate::num::hash_tuple(&match n {
                    0 => [len, none, none],
                    1 => [len, start, none],
                    _ => [len, start, step],
                }))
            }
            Some(ObjKind::Tuple(t)) => {
                // Tuples are immutable and `v` keeps this one alive: hash in place.
                if t.len() <= 16 {
                    let mut hs = [0i64; 16];
                    for (i, &it) in t.iter().enumerate() {
                        hs[i] = self.hash(it)?;
                    }
                    return Ok(crate::num::hash_tuple(&hs[..t.len()]));
                }
                let mut hs = Vec::with_capacity(t.len());
                for &it in t.iter() {
                    hs.push(self.hash(it)?);
                }
                Ok(crate::num::hash_tuple(&hs))
            }
            Some(ObjKind::FrozenSet(s)) => Ok(s.frozenset_hash()),
            // Equal bound methods (same receiver, same function) hash alike.
            Some(ObjKind::BoundMethod(s, f)) => Ok(identity_hash(*s) ^ identity_hash(*f)),
            Some(ObjKind::Builtin(b)) if !b.bound.is_null() => Ok(identity_hash(b.bound)
                ^ (b.func as usize as i64)
                ^ crate::num::hash_i64(b.name.len() as i64)),
            // Key and item views are set-like, so unhashable; a values view hashes by identity.
            Some(ObjKind::List(_))
            | Some(ObjKind::Dict(_))
            | Some(ObjKind::Set(_))
            | Some(ObjKind::Slice(..))
            | Some(ObjKind::ByteArray(_))
            | Some(ObjKind::DictView(_, DictPart::Keys | DictPart::Items)) => {
                let tn = self.type_name(v);
                self.type_error(format!("unhashable type: '{tn}'"))
            }
            Some(ObjKind::Instance(i)) => {
                let cls = i.class;
                match self.lookup_in_class(cls, self.names.hash) {
                    Some(f) if f.is_none() => {
                        let tn = self.type_name(v);
                        self.type_error(format!("unhashable type: '{tn}'"))
                    }
                    Some(f) if !self.is_object_slot(f) => {
                        let r = self.call_dunder(f, v, &[])?;
                        match as_int(&r) {
                            Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                            // An int that fits is the hash itself, as in CPython.
                            Some(IntRef::Big(b)) => Ok(match b.to_i64() {
                                Some(-1) => -2,
                                Some(i) => i,
                                None => crate::num::hash_bigint(b),
                            }),
                            None => self.type_error("__hash__ method should return an integer"),
                        }
                    }
                    _ => {
                        // (A class that defines __eq__ without __hash__ has __hash__ None:
                        // see `create_class`.)
                        match i.base.kind() {
                            Some(ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_)) => {
                                let tn = self.type_name(v);
                                self.type_error(format!("unhashable type: '{tn}'"))
                            }
                            _ if !i.base.is_null() => self.hash(i.base),
                            _ => Ok(identity_hash(v)),
                        }
                    }
                }
            }
            _ => Ok(identity_hash(v)),
        }
    }

    /// Is `f` one of `object`'s own slot builtins (default `__eq__`, `__hash__`, ...)?
    pub fn is_object_slot(&self, f: Value) -> bool {
        match self.types[TypeId::Object as usize].kind() {
            Some(ObjKind::Class(c)) => c.dict.borrow().values().any(|&v| v == f),
            _ => false,
        }
    }

    // ----- attribute names -----

    /// The str value of a name.
    pub fn sym_value(&mut self, s: Sym) -> Value {
        let text = self.interner.name(s).to_string();
        self.new_string(text)
    }
}

/// Identity hash of an object (its address, scrambled as CPython does: rotated by 4).
pub fn identity_hash(v: Value) -> i64 {
    let b = v.bits() & crate::value::PAYLOAD_MASK;
    (b.rotate_right(4) as i64).wrapping_abs()
}

/// Hash of a str (FNV-1a; str hashes are randomized in CPython, so any good hash will do).
pub fn str_hash(s: &str) -> i64 {
    crate::builtins::bytes::bytes_hash(s.as_bytes())
}

/// Python index normalization: maps a possibly negative index into `0..len`.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    }
}

/// Resolves slice bounds like `slice.indices(len)`: (start, stop, step).
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> (i64, i64, i64) {
    let len = len as i64;
    let step = step.unwrap_or(1);
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => (v + len).max(lo),
            Some(v) => v.min(hi),
        }
    };
    let start = fix(start, if step < 0 { hi } else { lo });
    let stop = fix(stop, if step < 0 { lo } else { hi });
    (start, stop, step)
}

/// Number of items a resolved slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    // In i128: a step near ±2**63 (`t[::2**63-1]`) overflows i64 here.
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step > 0 {
        if stop > start {
            ((stop - start + step - 1) / step) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - step - 1) / (-step)) as usize
    } else {
        0
    }
}

impl Vm {
    /// An `IndexError`/`TypeError` free conversion of a slice's parts to optional i64s.
    pub fn slice_parts(&mut self, v: Value) -> PyResult<(Option<i64>, Option<i64>, Option<i64>)> {
        let (a, b, c) = match v.kind() {
            Some(ObjKind::Slice(a, b, c)) => (*a, *b, *c),
            _ => unreachable!(),
        };
        let conv = |vm: &mut Vm, x: Value| -> PyResult<Option<i64>> {
            if x.is_none() {
                return Ok(None);
            }
            match as_int(&x) {
                Some(IntRef::Small(i)) => Ok(Some(i)),
                Some(IntRef::Big(b)) => {
                    Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 }))
                }
                None => {
                    let r = vm.index_dunder(x)?;
                    Ok(Some(r))
                }
            }
        };
        let a = conv(self, a)?;
        let b = conv(self, b)?;
        let c = conv(self, c)?;
        if c == Some(0) {
            return self.value_error("slice step cannot be zero");
        }
        Ok((a, b, c))
    }

    /// `operator.index(x)` for slice bounds and indices of non-int types.
    pub fn index_dunder(&mut self, x: Value) -> PyResult<i64> {
        if let Some(f) = self.user_dunder(x, self.names.index) {
            let r = self.call_dunder(f, x, &[])?;
            if let Some(i) = as_i64(r) {
                return Ok(i);
            }
        }
        let tn = self.type_name(x);
        self.type_error(format!(
            "slice indices must be integers or None or have an __index__ method, not {tn}"
        ))
    }
}

/// The built-in [`TypeId`] of a value's class, if the value is of a built-in kind (as
/// `Vm::builtin_type`, which needs no VM state).
pub fn builtin_type_of(v: Value) -> TypeId {
    if v.is_float() {
        return TypeId::Float;
    }
    if v.is_small_int() {
        return TypeId::Int;
    }
    if v.is_bool() {
        return TypeId::Bool;
    }
    if v.is_none() {
        return TypeId::NoneType;
    }
    match v.kind() {
        Some(k) => match k {
            ObjKind::Str(_) => TypeId::Str,
            ObjKind::Int(_) | ObjKind::Int64(_) => TypeId::Int,
            ObjKind::List(_) => TypeId::List,
            ObjKind::Tuple(_) => TypeId::Tuple,
            ObjKind::Dict(_) => TypeId::Dict,
            ObjKind::Set(_) => TypeId::Set,
            ObjKind::FrozenSet(_) => TypeId::FrozenSet,
            ObjKind::Range(_) => TypeId::Range,
            ObjKind::Slice(..) => TypeId::Slice,
            ObjKind::Bytes(_) => TypeId::Bytes,
            ObjKind::ByteArray(_) => TypeId::ByteArray,
            ObjKind::Function(_) => TypeId::Function,
            ObjKind::Builtin(_) => TypeId::BuiltinFunction,
            ObjKind::BoundMethod(..) => TypeId::Method,
            ObjKind::Class(_) => TypeId::Type,
            ObjKind::Instance(_) => TypeId::Object,
            ObjKind::Code(_) => TypeId::Code,
            ObjKind::Cell(_) => TypeId::Cell,
            ObjKind::Generator(_) => TypeId::Generator,
            ObjKind::Iter(_) => TypeId::Iterator,
            ObjKind::Module(_) => TypeId::Module,
            ObjKind::Property(..) => TypeId::Property,
            ObjKind::StaticMethod(_) => TypeId::StaticMethod,
            ObjKind::ClassMethod(_) => TypeId::ClassMethod,
            ObjKind::Super(..) => TypeId::Super,
            ObjKind::DictView(_, DictPart::Keys) => TypeId::DictKeys,
            ObjKind::DictView(_, DictPart::Values) => TypeId::DictValues,
            ObjKind::DictView(_, DictPart::Items) => TypeId::DictItems,
        },
        None => TypeId::NoneType,
    }
}
