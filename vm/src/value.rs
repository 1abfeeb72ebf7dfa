//! The `Value` word: one 8-byte `Copy` NaN-boxed value.
//!
//! Encoding (the top 16 bits are the tag):
//!
//! | bits 63..48        | kind                                    | payload (bits 47..0)      |
//! |--------------------|-----------------------------------------|---------------------------|
//! | `< 0xFFF9`         | float (the whole word is the f64 bits)  | —                         |
//! | `0xFFF9`           | small int, signed 48-bit                | two's complement          |
//! | `0xFFFA`           | bool                                    | 0 or 1                    |
//! | `0xFFFB`           | None                                    | 0                         |
//! | `0xFFFC`           | heap object                             | address of an [`Obj`]     |
//! | `0xFFFD`           | null: an unbound local / empty self slot | 0                        |
//!
//! Every NaN is canonicalized to `0x7FF8_0000_0000_0000` on the way in, so no float ever
//! carries a tag of `0xFFF9` or above: "is float" is one unsigned compare. Ints that fit in
//! 48 bits are always unboxed; larger ones live on the heap (a plain `i64` when they fit in
//! 64 bits, else arbitrary precision), and every operation renormalizes, so equal ints have
//! a single representation.

use crate::object::Obj;

/// One Python value in a machine word.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

/// Tag (bits 63..48) of small ints.
pub const TAG_INT: u64 = 0xFFF9;
/// Tag of bools.
pub const TAG_BOOL: u64 = 0xFFFA;
/// Tag of None.
pub const TAG_NONE: u64 = 0xFFFB;
/// Tag of heap objects.
pub const TAG_OBJ: u64 = 0xFFFC;
/// Tag of the null value.
pub const TAG_NULL: u64 = 0xFFFD;
/// Bit position of the tag.
pub const TAG_SHIFT: u32 = 48;
/// Mask of the 48-bit payload.
pub const PAYLOAD_MASK: u64 = (1 << 48) - 1;
/// The canonical NaN every float NaN is turned into.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;
/// Smallest unboxed int.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
/// Largest unboxed int.
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    /// `None`.
    pub const NONE: Value = Value(TAG_NONE << TAG_SHIFT);
    /// `True`.
    pub const TRUE: Value = Value((TAG_BOOL << TAG_SHIFT) | 1);
    /// `False`.
    pub const FALSE: Value = Value(TAG_BOOL << TAG_SHIFT);
    /// The null value: an unbound local, or an empty self slot of a call.
    pub const NULL: Value = Value(TAG_NULL << TAG_SHIFT);

    /// The raw bits (for hashing identity and for compiled code).
    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0
    }

    /// Rebuilds a value from bits produced by [`Value::bits`].
    #[inline(always)]
    pub fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    /// A float value (NaN canonicalized).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }

    /// A small int; the caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!(fits_small(i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }

    /// A small int if `i` fits in 48 bits.
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if fits_small(i) {
            Some(Value::small_int(i))
        } else {
            None
        }
    }

    /// A bool.
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A heap object reference.
    #[inline(always)]
    pub fn object(ptr: *const Obj) -> Value {
        let addr = ptr as u64;
        debug_assert!(addr & !PAYLOAD_MASK == 0, "heap address above 48 bits");
        Value((TAG_OBJ << TAG_SHIFT) | addr)
    }

    /// Is this a float?
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 < (TAG_INT << TAG_SHIFT)
    }

    /// Is this a small (unboxed) int?
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.tag() == TAG_INT
    }

    /// Is this a bool?
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }

    /// Is this None?
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }

    /// Is this the null value?
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == Value::NULL.0
    }

    /// Is this a heap object?
    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.tag() == TAG_OBJ
    }

    /// The float, if this is one.
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    /// The float; the caller checked [`Value::is_float`].
    #[inline(always)]
    pub fn float_unchecked(self) -> f64 {
        f64::from_bits(self.0)
    }

    /// The small int, if this is one.
    #[inline(always)]
    pub fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.int_unchecked())
        } else {
            None
        }
    }

    /// The small int; the caller checked [`Value::is_small_int`].
    #[inline(always)]
    pub fn int_unchecked(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }

    /// The bool, if this is one.
    #[inline(always)]
    pub fn as_bool(self) -> Option<bool> {
        if self.is_bool() {
            Some(self.0 & 1 == 1)
        } else {
            None
        }
    }

    /// The object pointer, if this is a heap object.
    #[inline(always)]
    pub fn as_ptr(self) -> Option<*const Obj> {
        if self.is_obj() {
            Some((self.0 & PAYLOAD_MASK) as *const Obj)
        } else {
            None
        }
    }

    /// The heap object, if this is one.
    ///
    /// The reference is valid while the object is reachable from a GC root; collection
    /// only happens at interpreter safepoints, and code that holds a reference across a
    /// call back into Python roots the value first (see `Vm::push_root`).
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&Obj> {
        if self.is_obj() {
            // SAFETY: an object-tagged value is only ever created by `Value::object` from
            // a live heap allocation (see `Heap::alloc`); the GC frees an object only when
            // no root reaches it, and roots include every value the VM can still read.
            Some(unsafe { &*((self.0 & PAYLOAD_MASK) as *const Obj) })
        } else {
            None
        }
    }
}

/// Does `i` fit in an unboxed int?
#[inline(always)]
pub fn fits_small(i: i64) -> bool {
    (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(x) = self.as_float() {
            write!(f, "Float({x})")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if let Some(b) = self.as_bool() {
            write!(f, "Bool({b})")
        } else if self.is_none() {
            write!(f, "None")
        } else if self.is_null() {
            write!(f, "Null")
        } else {
            write!(f, "Obj({:#x})", self.0 & PAYLOAD_MASK)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_one_word() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn tags_are_pinned() {
        assert_eq!(Value::small_int(5).bits() >> 48, 0xFFF9);
        assert_eq!(Value::TRUE.bits(), 0xFFFA_0000_0000_0001);
        assert_eq!(Value::FALSE.bits(), 0xFFFA_0000_0000_0000);
        assert_eq!(Value::NONE.bits(), 0xFFFB_0000_0000_0000);
        assert_eq!(Value::NULL.bits(), 0xFFFD_0000_0000_0000);
        assert_eq!(Value::float(1.5).bits(), 1.5f64.to_bits());
        assert_eq!(Value::float(f64::NAN).bits(), CANONICAL_NAN);
        assert_eq!(Value::float(-f64::NAN).bits(), CANONICAL_NAN);
    }

    #[test]
    fn ints_round_trip() {
        for i in [0, 1, -1, 42, -7, SMALL_INT_MAX, SMALL_INT_MIN] {
            let v = Value::small_int(i);
            assert!(v.is_small_int());
            assert!(!v.is_float());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_round_trip() {
        for x in [0.0, -0.0, 1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, 1e308] {
            let v = Value::float(x);
            assert!(v.is_float());
            assert_eq!(v.as_float().unwrap().to_bits(), x.to_bits());
        }
        assert!(Value::float(f64::NAN).as_float().unwrap().is_nan());
        assert!(!Value::NONE.is_float());
        assert!(!Value::TRUE.is_float());
    }
}
