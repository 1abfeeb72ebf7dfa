//! Arithmetic, comparison and equality: the numeric tower and the operator dunders.
//!
//! int op int stays exact (promoting to big ints), int op float converts the int (an int
//! too large for a float raises `OverflowError`), and user classes get `__op__` then the
//! reflected `__rop__`, as CPython does.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::num;
use crate::object::*;
use crate::ops::{as_int, base_of, IntRef};
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, Vm};

impl Vm {
    fn num_err<T>(&mut self, e: num::NumError) -> PyResult<T> {
        let kind = match e.kind {
            num::ErrKind::ValueError => ExcKind::ValueError,
            num::ErrKind::OverflowError => ExcKind::OverflowError,
            num::ErrKind::ZeroDivisionError => ExcKind::ZeroDivisionError,
            num::ErrKind::TypeError => ExcKind::TypeError,
            num::ErrKind::NotImplemented => ExcKind::NotImplementedError,
        };
        self.err(kind, e.msg)
    }

    /// Converts a numeric library result to a Python exception.
    pub fn num_result<T>(&mut self, r: Result<T, num::NumError>) -> PyResult<T> {
        match r {
            Ok(v) => Ok(v),
            Err(e) => self.num_err(e),
        }
    }

    /// `a op b` on two ints.
    pub fn int_binop(&mut self, a: IntRef, b: IntRef, op: BinOp) -> PyResult {
        if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
            let r: Option<i64> = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::FloorDiv => {
                    if y == 0 {
                        return self.err(ExcKind::ZeroDivisionError, "integer division or modulo by zero");
                    }
                    if x == i64::MIN && y == -1 {
                        None
                    } else {
                        Some(Integer::div_floor(&x, &y))
                    }
                }
                BinOp::Mod => {
                    if y == 0 {
                        return self.err(ExcKind::ZeroDivisionError, "integer modulo by zero");
                    }
                    if y == -1 {
                        Some(0)
                    } else {
                        Some(Integer::mod_floor(&x, &y))
                    }
                }
                BinOp::TrueDiv => {
                    if y == 0 {
                        return self.err(ExcKind::ZeroDivisionError, "division by zero");
                    }
                    if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                        return Ok(Value::float(x as f64 / y as f64));
                    }
                    let r = num::int_truediv(&BigInt::from(x), &BigInt::from(y));
                    let f = self.num_result(r)?;
                    return Ok(Value::float(f));
                }
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                BinOp::LShift => {
                    if y < 0 {
                        return self.value_error("negative shift count");
                    }
                    if x == 0 {
                        Some(0)
                    } else if y < 63 {
                        let r = x.checked_shl(y as u32);
                        match r {
                            Some(r) if (r >> y) == x => Some(r),
                            _ => None,
                        }
                    } else {
                        None
                    }
                }
                BinOp::RShift => {
                    if y < 0 {
                        return self.value_error("negative shift count");
                    }
                    Some(if y >= 64 {
                        if x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> y
                    })
                }
                BinOp::Pow => {
                    if y < 0 {
                        if x == 0 {
                            return self
                                .err(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
                        }
                        return Ok(Value::float((x as f64).powf(y as f64)));
                    }
                    if y > u32::MAX as i64 {
                        None
                    } else {
                        x.checked_pow(y as u32)
                    }
                }
                BinOp::MatMul => return self.binop_type_error(Value::small_int(0), Value::small_int(0), op),
            };
            if let Some(r) = r {
                return Ok(self.new_int(r));
            }
        }
        a.with_big(|x| b.with_big(|y| self.big_binop(x, y, op)))
    }

    /// `x op y` on two ints, at least one of them outside i64 or the i64 result overflowed.
    /// The operands are borrowed: only the result is allocated.
    fn big_binop(&mut self, x: &BigInt, y: &BigInt, op: BinOp) -> PyResult {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return self.err(ExcKind::ZeroDivisionError, "integer division or modulo by zero");
                }
                num::divmod_floor(x, y).0
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return self.err(ExcKind::ZeroDivisionError, "integer modulo by zero");
                }
                num::divmod_floor(x, y).1
            }
            BinOp::TrueDiv => {
                let r = num::int_truediv(x, y);
                let f = self.num_result(r)?;
                return Ok(Value::float(f));
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::LShift => {
                if y.is_negative() {
                    return self.value_error("negative shift count");
                }
                match y.to_usize() {
                    Some(s) if s < (1 << 32) => x << s,
                    _ => return self.err(ExcKind::OverflowError, "too many digits in integer"),
                }
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return self.value_error("negative shift count");
                }
                match y.to_usize() {
                    // Shifted out entirely: 0, or -1 for a negative (without building 2**s).
                    Some(s) if s as u64 >= x.bits() => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                    Some(s) => {
                        // Python's >> floors: use div_floor by 2**s for negatives.
                        if x.is_negative() {
                            let d = BigInt::from(1) << s;
                            x.div_floor(&d)
                        } else {
                            x >> s
                        }
                    }
                    None => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let r = num::int_pow(x, y);
                    return match self.num_result(r)? {
                        num::IntOrFloat::Int(i) => Ok(self.new_bigint(i)),
                        num::IntOrFloat::Float(f) => Ok(Value::float(f)),
                    };
                }
                match y.to_u32() {
                    Some(e) => num_traits::pow::Pow::pow(x, e),
                    None => {
                        if x.is_zero() || *x == BigInt::from(1) {
                            x.clone()
                        } else if *x == BigInt::from(-1) {
                            if y.is_even() {
                                BigInt::from(1)
                            } else {
                                x.clone()
                            }
                        } else {
                            return self.err(ExcKind::MemoryError, "");
                        }
                    }
                }
            }
            BinOp::MatMul => unreachable!(),
        };
        Ok(self.new_bigint(r))
    }

    /// `a op b` on two floats.
    pub fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return self.err(ExcKind::ZeroDivisionError, "float division by zero");
                }
                x / y
            }
            BinOp::FloorDiv => {
                let r = num::float_floordiv(x, y);
                self.num_result(r)?
            }
            BinOp::Mod => {
                let r = num::float_mod(x, y);
                self.num_result(r)?
            }
            BinOp::Pow => {
                let r = num::float_pow(x, y);
                self.num_result(r)?
            }
            _ => return Ok(self.not_implemented),
        };
        Ok(Value::float(r))
    }

    /// The slow path of a binary operator (`inplace` tries `__iop__` first).
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult {
        // Numbers.
        if let (Some(x), Some(y)) = (as_int(&a), as_int(&b)) {
            if !(a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)) {
                return self.int_binop(x, y, op);
            }
            let r = match op {
                BinOp::And => a.as_bool().unwrap() & b.as_bool().unwrap(),
                BinOp::Or => a.as_bool().unwrap() | b.as_bool().unwrap(),
                _ => a.as_bool().unwrap() ^ b.as_bool().unwrap(),
            };
            return Ok(Value::bool(r));
        }
        if a.is_float() || b.is_float() {
            if let (Some(x), Some(y)) = (self.num_as_f64(a)?, self.num_as_f64(b)?) {
                let r = self.float_binop(x, y, op)?;
                if r != self.not_implemented {
                    return Ok(r);
                }
                return self.binop_type_error(a, b, op);
            }
        }
        // Built-in containers and strings.
        if let Some(r) = self.builtin_binop(a, b, op, inplace)? {
            return Ok(r);
        }
        // `int | str`, `str | None`: a union of classes.
        if op == BinOp::Or
            && (matches!(a.kind(), Some(ObjKind::Class(_))) || matches!(b.kind(), Some(ObjKind::Class(_))))
            && crate::builtins::union::is_union_operand(self, a)
            && crate::builtins::union::is_union_operand(self, b)
        {
            return crate::builtins::union::make_union(self, a, b);
        }
        // User dunders.
        let (name, rname, iname) = op.dunders();
        if inplace {
            let s = self.intern(iname);
            if let Some(f) = self.user_dunder(a, s) {
                let r = self.call_dunder(f, a, &[b])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            } else if let Some(ba) = base_of(a) {
                // `x += y` on a list, dict or set subclass without its own in-place method
                // runs the one it inherits (`list.__iadd__`, `set.__ior__`, ...), which
                // mutates the base value, even when the subclass defines `__add__`.
                let builtin_inplace = match ba.kind() {
                    Some(ObjKind::List(_)) => matches!(op, BinOp::Add | BinOp::Mul),
                    Some(ObjKind::Dict(_)) => op == BinOp::Or,
                    Some(ObjKind::Set(_)) => matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor),
                    _ => false,
                };
                if builtin_inplace {
                    let r = self.binary_op(ba, base_of(b).unwrap_or(b), op, true)?;
                    return Ok(if r == ba { a } else { r });
                }
            }
        }
        let s = self.intern(name);
        let rs = self.intern(rname);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // A subclass's reflected method goes first when it overrides.
        let b_first = ta != tb && self.is_subclass(tb, ta) && self.user_dunder(b, rs).is_some();
        if b_first {
            let f = self.user_dunder(b, rs).unwrap();
            let r = self.call_dunder(f, b, &[a])?;
            if r != self.not_implemented {
                return Ok(r);
            }
        }
        if let Some(f) = self.user_dunder(a, s) {
            let r = self.call_dunder(f, a, &[b])?;
            if r != self.not_implemented {
                return Ok(r);
            }
        }
        if !b_first && ta != tb {
            if let Some(f) = self.user_dunder(b, rs) {
                let r = self.call_dunder(f, b, &[a])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        // Subclasses of built-in types: the built-in operator on the base values (an
        // in-place operator that mutated the base returns the instance itself).
        let (ba, bb) = (base_of(a), base_of(b));
        if ba.is_some() || bb.is_some() {
            return match self.binary_op(ba.unwrap_or(a), bb.unwrap_or(b), op, inplace) {
                Ok(r) => Ok(if inplace && ba == Some(r) { a } else { r }),
                Err(e) if self.is_type_error_with(e, "unsupported operand") => {
                    self.binop_type_error_as(a, b, op, inplace)
                }
                Err(e) => Err(e),
            };
        }
        // `seq * n` with an `n` that has `__index__` (bytes, str, list, tuple).
        if op == BinOp::Mul {
            let is_seq = |v: Value| {
                matches!(
                    v.kind(),
                    Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Bytes(_))
                )
            };
            let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
            if is_seq(seq)
                && matches!(n.kind(), Some(ObjKind::Instance(_)))
                && self.user_dunder(n, self.names.index).is_some()
            {
                let i = self.index_dunder(n)?;
                let i = self.new_int(i);
                return self.binary_op(seq, i, op, inplace);
            }
        }
        self.binop_type_error_as(a, b, op, inplace)
    }

    /// A float or int as f64 for mixed arithmetic (None if not a number).
    pub fn num_as_f64(&mut self, v: Value) -> PyResult<Option<f64>> {
        if let Some(f) = v.as_float() {
            return Ok(Some(f));
        }
        match as_int(&v) {
            Some(IntRef::Small(i)) => Ok(Some(i as f64)),
            Some(IntRef::Big(b)) => {
                let r = num::int_to_f64(b);
                Ok(Some(self.num_result(r)?))
            }
            None => Ok(None),
        }
    }

    pub(crate) fn binop_type_error<T>(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<T> {
        self.binop_type_error_as(a, b, op, false)
    }

    /// The TypeError of `a op b` (or of `a op= b`, when `inplace`) for unsupported types.
    pub(crate) fn binop_type_error_as<T>(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<T> {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && a.as_str().is_some() {
            return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if op == BinOp::Add && matches!(a.kind(), Some(ObjKind::List(_))) {
            return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
        }
        if op == BinOp::Add && matches!(a.kind(), Some(ObjKind::Tuple(_))) {
            return self.type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"));
        }
        if op == BinOp::Mul
            && (matches!(a.kind(), Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_)))
                || matches!(b.kind(), Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_))))
        {
            let other = if matches!(a.kind(), Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_))) {
                tb
            } else {
                ta
            };
            return self.type_error(format!("can't multiply sequence by non-int of type '{other}'"));
        }
        let sym = match (op.symbol(), inplace) {
            ("** or pow()", true) => "**=".to_string(),
            (s, true) => format!("{s}="),
            (s, false) => s.to_string(),
        };
        self.type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
    }

    fn seq_repeat_count(&mut self, n: Value) -> PyResult<Option<i64>> {
        match as_int(&n) {
            Some(IntRef::Small(i)) => Ok(Some(i.max(0))),
            Some(IntRef::Big(b)) => {
                if b.is_negative() {
                    Ok(Some(0))
                } else {
                    self.err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")
                }
            }
            None => Ok(None),
        }
    }

    fn builtin_binop(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Option<Value>> {
        match (a.kind(), b.kind(), op) {
            (Some(ObjKind::Str(_)), Some(ObjKind::Str(_)), BinOp::Add) => Ok(Some(self.str_concat(a, b)?)),
            (Some(ObjKind::Str(_)), _, BinOp::Mod) => {
                let r = self.percent_format(a, b)?;
                Ok(Some(r))
            }
            (Some(ObjKind::List(x)), Some(ObjKind::List(y)), BinOp::Add) => {
                let extra = y.borrow().len();
                if inplace {
                    let items = y.borrow().clone();
                    if x.borrow_mut().try_reserve(extra).is_err() {
                        return self.err(ExcKind::MemoryError, "");
                    }
                    x.borrow_mut().extend(items);
                    return Ok(Some(a));
                }
                let mut v = Vec::new();
                if v.try_reserve_exact(x.borrow().len() + extra).is_err() {
                    return self.err(ExcKind::MemoryError, "");
                }
                v.extend_from_slice(&x.borrow());
                v.extend_from_slice(&y.borrow());
                Ok(Some(self.new_list(v)))
            }
            (Some(ObjKind::List(x)), _, BinOp::Add) if inplace => {
                let items = self.collect_iter(b)?;
                x.borrow_mut().extend(items);
                Ok(Some(a))
            }
            (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y)), BinOp::Add) => {
                let mut v = Vec::new();
                if v.try_reserve_exact(x.len() + y.len()).is_err() {
                    return self.err(ExcKind::MemoryError, "");
                }
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                Ok(Some(self.new_tuple(v)))
            }
            (Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_)), _, BinOp::Mul) => {
                match self.seq_repeat_count(b)? {
                    Some(n) => Ok(Some(self.seq_repeat(a, n, inplace)?)),
                    None => Ok(None),
                }
            }
            (_, Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_)), BinOp::Mul) => {
                match self.seq_repeat_count(a)? {
                    Some(n) => Ok(Some(self.seq_repeat(b, n, false)?)),
                    None => Ok(None),
                }
            }
            (
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            ) => Ok(Some(self.set_binop(a, b, op, inplace)?)),
            (Some(ObjKind::DictView(_, p)), _, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if *p != DictPart::Values =>
            {
                Ok(Some(self.view_set_op(a, b, op)?))
            }
            (_, Some(ObjKind::DictView(_, p)), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if *p != DictPart::Values
                    && matches!(a.kind(), Some(ObjKind::Set(_) | ObjKind::FrozenSet(_))) =>
            {
                Ok(Some(self.view_set_op(a, b, op)?))
            }
            (Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)), _, BinOp::Add | BinOp::Mul | BinOp::Mod)
            | (_, Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)), BinOp::Mul) => {
                self.bytes_binop(a, b, op, inplace)
            }
            (Some(ObjKind::Dict(_)), Some(ObjKind::Dict(_)), BinOp::Or) => {
                let target = if inplace { a } else { self.dict_copy(a)? };
                let mark = self.roots.len();
                self.push_root(target);
                self.dict_update(target, b)?;
                self.pop_roots(mark);
                Ok(Some(target))
            }
            _ => Ok(None),
        }
    }

    /// Set operators on dict key/item views: both sides become sets.
    fn view_set_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult {
        let ta = self.table_from_iter(a)?;
        let sa = self.set_from_table(ta, false);
        self.push_root(sa);
        let tb = self.table_from_iter(b)?;
        let sb = self.set_from_table(tb, false);
        self.push_root(sb);
        let r = self.set_binop(sa, sb, op, false);
        self.roots.truncate(self.roots.len() - 2);
        r
    }

    fn seq_repeat(&mut self, seq: Value, n: i64, inplace: bool) -> PyResult {
        let n = n as usize;
        match seq.kind() {
            Some(ObjKind::Str(s)) => {
                if s.s.len().saturating_mul(n) > (1 << 34) {
                    return self.err(ExcKind::MemoryError, "");
                }
                // Within the limit, an allocation the system refuses is still a MemoryError.
                let total = s.s.len() * n;
                let mut r: Vec<u8> = Vec::new();
                if r.try_reserve_exact(total).is_err() {
                    return self.err(ExcKind::MemoryError, "");
                }
                if total > 0 {
                    r.extend_from_slice(s.s.as_bytes());
                }
                while r.len() < total {
                    r.extend_from_within(..(total - r.len()).min(r.len()));
                }
                let r = String::from_utf8(r).expect("copies of a str are UTF-8");
                Ok(self.new_string(r))
            }
            Some(ObjKind::List(l)) => {
                let items = l.borrow().clone();
                if items.len().saturating_mul(n) > (1 << 31) {
                    return self.err(ExcKind::MemoryError, "");
                }
                let mut v = Vec::new();
                if v.try_reserve_exact(items.len() * n).is_err() {
                    return self.err(ExcKind::MemoryError, "");
                }
                for _ in 0..n {
                    v.extend_from_slice(&items);
                }
                if inplace {
                    *l.borrow_mut() = v;
                    return Ok(seq);
                }
                Ok(self.new_list(v))
            }
            Some(ObjKind::Tuple(t)) => {
                if n == 1 {
                    return Ok(seq);
                }
                if t.len().saturating_mul(n) > (1 << 31) {
                    return self.err(ExcKind::MemoryError, "");
                }
                let mut v = Vec::new();
                if v.try_reserve_exact(t.len() * n).is_err() {
                    return self.err(ExcKind::MemoryError, "");
                }
                for _ in 0..n {
                    v.extend_from_slice(t);
                }
                Ok(self.new_tuple(v))
            }
            _ => unreachable!(),
        }
    }

    /// `op a`.
    pub fn unary_op(&mut self, a: Value, op: UnaryOp) -> PyResult {
        if op == UnaryOp::Not {
            let t = self.truthy(a)?;
            return Ok(Value::bool(!t));
        }
        if let Some(i) = as_int(&a) {
            return Ok(match (op, i) {
                (UnaryOp::Neg, IntRef::Small(x)) => self.int_from_i128(-(x as i128)),
                (UnaryOp::Pos, IntRef::Small(x)) => self.new_int(x),
                (UnaryOp::Invert, IntRef::Small(x)) => self.new_int(!x),
                (UnaryOp::Neg, IntRef::Big(b)) => {
                    let r = -b.clone();
                    self.new_bigint(r)
                }
                (UnaryOp::Pos, IntRef::Big(_)) => a,
                (UnaryOp::Invert, IntRef::Big(b)) => {
                    let r = -b.clone() - 1;
                    self.new_bigint(r)
                }
                (UnaryOp::Not, _) => unreachable!(),
            });
        }
        if let Some(f) = a.as_float() {
            return match op {
                UnaryOp::Neg => Ok(Value::float(-f)),
                UnaryOp::Pos => Ok(a),
                _ => self.type_error("bad operand type for unary ~: 'float'"),
            };
        }
        let name = match op {
            UnaryOp::Neg => self.names.neg,
            UnaryOp::Pos => self.names.pos,
            UnaryOp::Invert => self.names.invert,
            UnaryOp::Not => unreachable!(),
        };
        if let Some(f) = self.user_dunder(a, name) {
            return self.call_dunder(f, a, &[]);
        }
        if let Some(b) = base_of(a).filter(|b| as_int(b).is_some() || b.is_float()) {
            return self.unary_op(b, op);
        }
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        let tn = self.type_name(a);
        self.type_error(format!("bad operand type for unary {sym}: '{tn}'"))
    }

    // ----- equality and ordering -----

    /// `a == b` as a bool (identity implies equality, as in containers: `x in [x]` holds
    /// for `x = float("nan")`; a float's identity is its bits).
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        self.eq_slow(a, b)
    }

    fn eq_slow(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.builtin_eq(a, b)? {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(r)
    }

    /// Equality of built-in kinds; None when user code must decide.
    fn builtin_eq(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            return Ok(Some(x == y));
        }
        if let (Some(x), Some(y)) = (as_int(&a), as_int(&b)) {
            return Ok(Some(match (x, y) {
                (IntRef::Small(x), IntRef::Small(y)) => x == y,
                (x, y) => x.cmp_int(y) == Ordering::Equal,
            }));
        }
        if a.is_float() || b.is_float() {
            let (f, other) = if a.is_float() { (a.float_unchecked(), b) } else { (b.float_unchecked(), a) };
            return Ok(Some(match as_int(&other) {
                Some(i) => float_int_cmp(f, i) == Some(Ordering::Equal),
                None => {
                    if other.is_obj() && matches!(other.kind(), Some(ObjKind::Instance(_))) {
                        return Ok(None);
                    }
                    false
                }
            }));
        }
        match (a.kind(), b.kind()) {
            (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Ok(Some(x.s == y.s)),
            (
                Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)),
                Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)),
            ) => {
                let x = crate::builtins::bytes::byte_data(a).unwrap_or_default();
                Ok(crate::builtins::bytes::with_bytes(b, |y| x == y))
            }
            (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) if x.len() <= 16 => {
                // Immutable, and kept alive by `a` and `b`: compare in place.
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                self.enter_native(" in comparison")?;
                let mut equal = true;
                for (&p, &q) in x.iter().zip(y.iter()) {
                    match self.eq(p, q) {
                        Ok(true) => {}
                        Ok(false) => {
                            equal = false;
                            break;
                        }
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    }
                }
                self.leave_native();
                Ok(Some(equal))
            }
            (Some(ObjKind::Tuple(_)), Some(ObjKind::Tuple(_)))
            | (Some(ObjKind::List(_)), Some(ObjKind::List(_))) => {
                let (x, y) = (self.seq_items(a), self.seq_items(b));
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                self.enter_native(" in comparison")?;
                let mut equal = true;
                for (p, q) in x.into_iter().zip(y) {
                    match self.eq(p, q) {
                        Ok(true) => {}
                        Ok(false) => {
                            equal = false;
                            break;
                        }
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    }
                }
                self.leave_native();
                Ok(Some(equal))
            }
            (Some(ObjKind::Dict(_)), Some(ObjKind::Dict(_))) => Ok(Some(self.dict_eq(a, b)?)),
            (
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
            ) => Ok(Some(self.set_eq(a, b)?)),
            (Some(ObjKind::Range(x)), Some(ObjKind::Range(y))) => {
                let (lx, ly) = (x.len(), y.len());
                Ok(Some(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))))
            }
            (Some(ObjKind::Instance(_)), _) | (_, Some(ObjKind::Instance(_))) => Ok(None),
            (Some(ObjKind::BoundMethod(s1, f1)), Some(ObjKind::BoundMethod(s2, f2))) => {
                Ok(Some(s1 == s2 && f1 == f2))
            }
            // `l.append == l.append`: the same built-in method of the same receiver.
            (Some(ObjKind::Builtin(x)), Some(ObjKind::Builtin(y))) if !x.bound.is_null() => {
                Ok(Some(x.bound == y.bound && x.func as usize == y.func as usize && x.name == y.name))
            }
            (Some(ObjKind::DictView(_, p)), _) | (_, Some(ObjKind::DictView(_, p)))
                if *p != DictPart::Values =>
            {
                // Keys and items views are set-like: equal to a set or such a view with the
                // same elements.
                let set_like = |v: Value| match v.kind() {
                    Some(ObjKind::DictView(_, q)) => *q != DictPart::Values,
                    Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)) => true,
                    _ => false,
                };
                if !(set_like(a) && set_like(b)) {
                    return Ok(Some(false));
                }
                let ta = self.table_from_iter(a)?;
                let sa = self.set_from_table(ta, true);
                self.push_root(sa);
                let r = self.table_from_iter(b).map(|tb| self.set_from_table(tb, true));
                let r = match r {
                    Ok(sb) => {
                        self.push_root(sb);
                        let r = self.set_eq(sa, sb);
                        self.roots.pop();
                        r
                    }
                    Err(e) => Err(e),
                };
                self.roots.pop();
                Ok(Some(r?))
            }
            _ => Ok(Some(a == b)),
        }
    }

    /// Rich comparison `a op b` for `<`, `<=`, `==`, `!=`, `>`, `>=`.
    pub fn rich_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult {
        let (name, rname) = match op {
            CmpOp::Lt => (self.names.lt, self.names.gt),
            CmpOp::Le => (self.names.le, self.names.ge),
            CmpOp::Gt => (self.names.gt, self.names.lt),
            CmpOp::Ge => (self.names.ge, self.names.le),
            CmpOp::Eq => (self.names.eq, self.names.eq),
            CmpOp::Ne => (self.names.ne, self.names.ne),
            _ => unreachable!(),
        };
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = ta != tb && self.is_subclass(tb, ta) && self.user_dunder(b, rname).is_some();
        if b_first {
            let f = self.user_dunder(b, rname).unwrap();
            let r = self.call_dunder(f, b, &[a])?;
            if r != self.not_implemented {
                return Ok(r);
            }
        }
        if let Some(f) = self.user_dunder(a, name) {
            if !self.is_object_slot(f) {
                let r = self.call_dunder(f, a, &[b])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        if !b_first {
            if let Some(f) = self.user_dunder(b, rname) {
                if !self.is_object_slot(f) {
                    let r = self.call_dunder(f, b, &[a])?;
                    if r != self.not_implemented {
                        return Ok(r);
                    }
                }
            }
        }
        // Subclasses of built-in types compare by their base values.
        let (ba, bb) = (base_of(a), base_of(b));
        if ba.is_some() || bb.is_some() {
            let (pa, pb) = (ba.unwrap_or(a), bb.unwrap_or(b));
            let r = self.compare(pa, pb, op);
            // Reword the error about the base types with the subclass names.
            let sym = op.symbol();
            let msg = |vm: &Vm, x: Value, y: Value| {
                let (x, y) = (vm.type_name(x), vm.type_name(y));
                format!("'{sym}' not supported between instances of '{x}' and '{y}'")
            };
            return match r {
                Err(e) if self.is_type_error_with(e, &msg(self, pa, pb)) => {
                    let m = msg(self, a, b);
                    self.type_error(m)
                }
                r => r,
            };
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a == b)),
            CmpOp::Ne => {
                // Default __ne__ inverts __eq__.
                if let Some(f) = self.user_dunder(a, self.names.eq) {
                    if !self.is_object_slot(f) {
                        let r = self.call_dunder(f, a, &[b])?;
                        if r != self.not_implemented {
                            let t = self.truthy(r)?;
                            return Ok(Value::bool(!t));
                        }
                    }
                }
                Ok(Value::bool(a != b))
            }
            _ => {
                let (x, y) = (self.type_name(a), self.type_name(b));
                self.type_error(format!(
                    "'{}' not supported between instances of '{x}' and '{y}'",
                    op.symbol()
                ))
            }
        }
    }

    /// Ordering of built-in kinds; None when user code must decide.
    fn builtin_order(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Option<Ordering>>> {
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            return Ok(Some(x.partial_cmp(&y)));
        }
        if let (Some(x), Some(y)) = (as_int(&a), as_int(&b)) {
            return Ok(Some(Some(x.cmp_int(y))));
        }
        if let (Some(f), Some(i)) = (a.as_float(), as_int(&b)) {
            return Ok(Some(float_int_cmp(f, i)));
        }
        if let (Some(i), Some(f)) = (as_int(&a), b.as_float()) {
            return Ok(Some(float_int_cmp(f, i).map(|o| o.reverse())));
        }
        match (a.kind(), b.kind()) {
            (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Ok(Some(Some(x.s.cmp(&y.s)))),
            (
                Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)),
                Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)),
            ) => {
                let x = crate::builtins::bytes::byte_data(a).unwrap_or_default();
                Ok(Some(crate::builtins::bytes::with_bytes(b, |y| x.as_slice().cmp(y))))
            }
            (Some(ObjKind::Tuple(_)), Some(ObjKind::Tuple(_)))
            | (Some(ObjKind::List(_)), Some(ObjKind::List(_))) => {
                let x = self.seq_items(a);
                let y = self.seq_items(b);
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.eq(*p, *q)? {
                        let r = self.compare(*p, *q, op)?;
                        return Ok(Some(Some(if self.truthy(r)? {
                            match op {
                                CmpOp::Lt | CmpOp::Le => Ordering::Less,
                                _ => Ordering::Greater,
                            }
                        } else {
                            match op {
                                CmpOp::Lt | CmpOp::Le => Ordering::Greater,
                                _ => Ordering::Less,
                            }
                        })));
                    }
                }
                Ok(Some(Some(x.len().cmp(&y.len()))))
            }
            (
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
            ) => {
                let sub = self.set_is_subset(a, b)?;
                let sup = self.set_is_subset(b, a)?;
                let r = match op {
                    CmpOp::Le => sub,
                    CmpOp::Lt => sub && !sup,
                    CmpOp::Ge => sup,
                    CmpOp::Gt => sup && !sub,
                    _ => false,
                };
                // Encode the boolean result as an ordering that satisfies `op`.
                let ord = match (op, r) {
                    (CmpOp::Le | CmpOp::Lt, true) => Some(Ordering::Less),
                    (CmpOp::Ge | CmpOp::Gt, true) => Some(Ordering::Greater),
                    _ => None,
                };
                Ok(Some(ord))
            }
            _ => Ok(None),
        }
    }

    /// The items of a list or tuple (copied, so no borrow is held).
    pub fn seq_items(&self, v: Value) -> Vec<Value> {
        match v.kind() {
            Some(ObjKind::List(l)) => l.borrow().clone(),
            Some(ObjKind::Tuple(t)) => t.to_vec(),
            _ => match base_of(v) {
                Some(b) => self.seq_items(b),
                None => Vec::new(),
            },
        }
    }

    /// `a op b` for every comparison operator.
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult {
        match op {
            CmpOp::Is => Ok(Value::bool(a == b)),
            CmpOp::IsNot => Ok(Value::bool(a != b)),
            CmpOp::In => Ok(Value::bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::bool(!self.contains(b, a)?)),
            CmpOp::Eq => {
                if let Some(r) = self.builtin_eq(a, b)? {
                    return Ok(Value::bool(r));
                }
                self.rich_compare(a, b, op)
            }
            CmpOp::Ne => {
                if let Some(r) = self.builtin_eq(a, b)? {
                    return Ok(Value::bool(!r));
                }
                self.rich_compare(a, b, op)
            }
            _ => {
                if let Some(ord) = self.builtin_order(a, b, op)? {
                    let r = match ord {
                        None => false,
                        Some(o) => match op {
                            CmpOp::Lt => o == Ordering::Less,
                            CmpOp::Le => o != Ordering::Greater,
                            CmpOp::Gt => o == Ordering::Greater,
                            CmpOp::Ge => o != Ordering::Less,
                            _ => unreachable!(),
                        },
                    };
                    return Ok(Value::bool(r));
                }
                self.rich_compare(a, b, op)
            }
        }
    }

    /// `a < b` as a bool (for sorting, min and max).
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(x < y);
        }
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            return Ok(x < y);
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        self.truthy(r)
    }
}

/// Exact comparison of a float with an int (None if the float is NaN).
pub fn float_int_cmp(f: f64, i: IntRef) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    match i {
        IntRef::Small(x) if x.unsigned_abs() < (1 << 53) => f.partial_cmp(&(x as f64)),
        _ => {
            let fl = f.floor();
            let fb = num::f64_to_int(fl).ok()?;
            match IntRef::Big(&fb).cmp_int(i) {
                Ordering::Equal => {
                    if f > fl {
                        Some(Ordering::Greater)
                    } else {
                        Some(Ordering::Equal)
                    }
                }
                o => Some(o),
            }
        }
    }
}
