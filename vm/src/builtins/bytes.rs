//! `bytes` and `bytearray`: construction, the codecs Kiln knows (UTF-8, ASCII, Latin-1),
//! subscripts, operators and methods.
//!
//! Both kinds share every read-only method; a method of a bytearray that returns bytes
//! returns a bytearray, as CPython's do. Methods work on a copy of the receiver's bytes, so
//! no `RefCell` borrow of a bytearray is held across a call back into Python.

use super::{add_method, check_margs, kwarg, Kw};
use crate::object::*;
use crate::ops::{as_i64, as_int, norm_index, IntRef};
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

/// Calls `f` with the bytes of a bytes or bytearray object.
pub(crate) fn with_bytes<R>(v: Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.kind() {
        Some(ObjKind::Bytes(b)) => Some(f(b)),
        Some(ObjKind::ByteArray(b)) => Some(f(&b.borrow())),
        _ => None,
    }
}

/// A copy of the bytes of a bytes or bytearray object.
pub(crate) fn byte_data(v: Value) -> Option<Vec<u8>> {
    with_bytes(v, |b| b.to_vec())
}

/// Hash of bytes (FNV-1a, the same function as a str's over its UTF-8, so that an ASCII
/// bytes object hashes like the equal str, as in CPython).
pub fn bytes_hash(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == 0 || h == -1 {
        1
    } else {
        h
    }
}

fn is_bytearray(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::ByteArray(_)))
}

impl Vm {
    /// A new bytes object.
    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.heap.alloc(ObjKind::Bytes(b.into_boxed_slice()))
    }

    /// A new bytearray.
    pub fn new_bytearray(&mut self, b: Vec<u8>) -> Value {
        self.heap.alloc(ObjKind::ByteArray(std::cell::RefCell::new(b)))
    }

    /// A new object of the same kind (bytes or bytearray) as `like`.
    fn bytes_like(&mut self, like: Value, b: Vec<u8>) -> Value {
        if is_bytearray(like) {
            self.new_bytearray(b)
        } else {
            self.new_bytes(b)
        }
    }

    /// The bytes of an argument that must be bytes-like (TypeError otherwise).
    fn arg_bytes(&mut self, v: Value) -> PyResult<Vec<u8>> {
        match byte_data(v) {
            Some(b) => Ok(b),
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("a bytes-like object is required, not '{tn}'"))
            }
        }
    }

    /// One byte value from an int (ValueError outside `range(0, 256)`).
    fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        match as_int(&v) {
            Some(IntRef::Small(x)) if (0..256).contains(&x) => Ok(x as u8),
            Some(_) => self.value_error("byte must be in range(0, 256)"),
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    /// The bytes `bytes(x)` and `bytearray(x)` build from one argument that is not a str.
    fn bytes_from_object(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if let Some(b) = byte_data(v) {
            return Ok(b);
        }
        if let Some(n) = as_int(&v) {
            return match n {
                IntRef::Small(n) if n >= 0 => {
                    if n > 1 << 34 {
                        return self.err(ExcKind::MemoryError, "");
                    }
                    Ok(vec![0u8; n as usize])
                }
                IntRef::Small(_) => self.value_error("negative count"),
                IntRef::Big(_) => {
                    self.err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")
                }
            };
        }
        if v.as_str().is_some() {
            return self.type_error("string argument without an encoding");
        }
        let items = match self.collect_iter(v) {
            Ok(items) => items,
            Err(e) => {
                if self.exc_matches(e, ExcKind::TypeError) {
                    let tn = self.type_name(v);
                    return self.type_error(format!("cannot convert '{tn}' object to bytes"));
                }
                return Err(e);
            }
        };
        let mut b = Vec::with_capacity(items.len());
        for it in items {
            match as_i64(it) {
                Some(x) if (0..256).contains(&x) => b.push(x as u8),
                Some(_) => return self.value_error("bytes must be in range(0, 256)"),
                None => {
                    let tn = self.type_name(it);
                    return self.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
                }
            }
        }
        Ok(b)
    }

    /// `bytes(...)` and `bytearray(...)`.
    pub(crate) fn construct_bytes(&mut self, array: bool, args: &[Value], kw: Kw) -> PyResult {
        let name = if array { "bytearray" } else { "bytes" };
        super::check_kw(self, name, kw, &["source", "encoding", "errors"])?;
        let source = args.first().copied().or_else(|| kwarg(self, kw, "source"));
        let encoding = args.get(1).copied().or_else(|| kwarg(self, kw, "encoding"));
        let errors = args.get(2).copied().or_else(|| kwarg(self, kw, "errors"));
        if args.len() > 3 {
            return self.type_error(format!("{name}() takes at most 3 arguments ({} given)", args.len()));
        }
        let data = match source {
            None => {
                if encoding.is_some() || errors.is_some() {
                    let what = if encoding.is_some() { "encoding" } else { "errors" };
                    return self.type_error(format!("{what} without a string argument"));
                }
                Vec::new()
            }
            Some(s) if s.as_str().is_some() => {
                let Some(enc) = encoding else {
                    return self.type_error("string argument without an encoding");
                };
                let enc = self.arg_text(enc, name, "encoding")?;
                let errs = match errors {
                    Some(e) => self.arg_text(e, name, "errors")?,
                    None => "strict".to_string(),
                };
                let text = s.as_str().unwrap_or_default().to_string();
                self.encode_text(&text, &enc, &errs)?
            }
            Some(s) => {
                if encoding.is_some() || errors.is_some() {
                    let what = if encoding.is_some() { "encoding" } else { "errors" };
                    return self.type_error(format!("{what} without a string argument"));
                }
                self.bytes_from_object(s)?
            }
        };
        Ok(if array { self.new_bytearray(data) } else { self.new_bytes(data) })
    }

    fn arg_text(&mut self, v: Value, func: &str, what: &str) -> PyResult<String> {
        match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("{func}() argument '{what}' must be str, not {tn}"))
            }
        }
    }

    /// `text.encode(encoding, errors)`.
    pub(crate) fn encode_text(&mut self, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
        let limit = match codec(encoding) {
            Some(Codec::Utf8) => return Ok(text.as_bytes().to_vec()),
            Some(Codec::Ascii) => 0x80,
            Some(Codec::Latin1) => 0x100,
            None => return self.err(ExcKind::LookupError, format!("unknown encoding: {encoding}")),
        };
        let mut out = Vec::with_capacity(text.len());
        for (pos, c) in text.chars().enumerate() {
            if (c as u32) < limit {
                out.push(c as u32 as u8);
                continue;
            }
            match errors {
                "ignore" => {}
                "replace" => out.push(b'?'),
                "strict" => {
                    let name = codec_name(encoding);
                    let cr = match c as u32 {
                        x if x < 0x100 => format!("\\x{x:02x}"),
                        x if x < 0x10000 => format!("\\u{x:04x}"),
                        x => format!("\\U{x:08x}"),
                    };
                    return self.err(
                        ExcKind::UnicodeEncodeError,
                        format!(
                            "'{name}' codec can't encode character '{cr}' in position {pos}: ordinal not in range({limit})"
                        ),
                    );
                }
                _ => return self.unknown_error_handler(errors),
            }
        }
        Ok(out)
    }

    fn unknown_error_handler<T>(&mut self, errors: &str) -> PyResult<T> {
        self.err(ExcKind::LookupError, format!("unknown error handler name '{errors}'"))
    }

    /// `data.decode(encoding, errors)`.
    pub(crate) fn decode_bytes(&mut self, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
        match codec(encoding) {
            Some(Codec::Utf8) => self.decode_utf8(data, errors),
            Some(Codec::Latin1) => Ok(data.iter().map(|&b| b as char).collect()),
            Some(Codec::Ascii) => {
                let mut out = String::with_capacity(data.len());
                for (pos, &b) in data.iter().enumerate() {
                    if b < 0x80 {
                        out.push(b as char);
                        continue;
                    }
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        "strict" => {
                            return self.err(
                                ExcKind::UnicodeDecodeError,
                                format!(
                                    "'ascii' codec can't decode byte 0x{b:02x} in position {pos}: ordinal not in range(128)"
                                ),
                            )
                        }
                        _ => return self.unknown_error_handler(errors),
                    }
                }
                Ok(out)
            }
            None => self.err(ExcKind::LookupError, format!("unknown encoding: {encoding}")),
        }
    }

    fn decode_utf8(&mut self, data: &[u8], errors: &str) -> PyResult<String> {
        let mut out = String::with_capacity(data.len());
        let mut rest = data;
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    return Ok(out);
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    // SAFETY-free: `from_utf8` vouched for the prefix.
                    out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                    let bad = e.error_len().unwrap_or(rest.len() - good);
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        "strict" => {
                            let pos = data.len() - rest.len() + good;
                            let first = rest[good];
                            let reason = if e.error_len().is_none() {
                                "unexpected end of data"
                            } else if !(0xc2..=0xf4).contains(&first) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            let msg = if e.error_len().is_none() && bad > 1 {
                                format!(
                                    "'utf-8' codec can't decode bytes in position {pos}-{}: {reason}",
                                    pos + bad - 1
                                )
                            } else {
                                format!("'utf-8' codec can't decode byte 0x{first:02x} in position {pos}: {reason}")
                            };
                            return self.err(ExcKind::UnicodeDecodeError, msg);
                        }
                        _ => return self.unknown_error_handler(errors),
                    }
                    rest = &rest[good + bad..];
                }
            }
        }
    }

    /// `obj[key]` for bytes and bytearray.
    pub(crate) fn bytes_getitem(&mut self, obj: Value, key: Value) -> PyResult {
        let len = with_bytes(obj, |b| b.len()).unwrap_or(0);
        if let Some(i) = as_int(&key) {
            let j = match i {
                IntRef::Small(i) => norm_index(i, len),
                IntRef::Big(_) => None,
            };
            return match j.and_then(|j| with_bytes(obj, |b| b[j])) {
                Some(x) => Ok(Value::small_int(x as i64)),
                None if is_bytearray(obj) => self.err(ExcKind::IndexError, "bytearray index out of range"),
                None => self.err(ExcKind::IndexError, "index out of range"),
            };
        }
        if let Some(ObjKind::Slice(..)) = key.kind() {
            let (a, b, c) = self.slice_parts(key)?;
            let r = with_bytes(obj, |b0| crate::containers::slice_vec(b0, a, b, c)).unwrap_or_default();
            return Ok(self.bytes_like(obj, r));
        }
        if let Some(ObjKind::Instance(_)) = key.kind() {
            if crate::ops::base_of(key).is_some() || self.user_dunder(key, self.names.index).is_some() {
                let i = super::arg_index(self, key)?;
                let k = self.new_int(i);
                return self.bytes_getitem(obj, k);
            }
        }
        let tn = self.type_name(key);
        let what = if is_bytearray(obj) { "bytearray" } else { "byte" };
        self.type_error(format!("{what} indices must be integers or slices, not {tn}"))
    }

    /// `obj[key] = v` for a bytearray.
    pub(crate) fn bytearray_setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let Some(ObjKind::ByteArray(cell)) = obj.kind() else { unreachable!() };
        if let Some(ObjKind::Slice(..)) = key.kind() {
            let (a, b, c) = self.slice_parts(key)?;
            let items = if as_int(&v).is_some() {
                return self
                    .type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                self.bytes_from_object(v)?
            };
            let r = crate::containers::assign_slice(&mut cell.borrow_mut(), (a, b, c), items);
            return match r {
                Ok(()) => Ok(()),
                Err((got, n)) => self.value_error(format!(
                    "attempt to assign bytes of size {got} to extended slice of size {n}"
                )),
            };
        }
        let i = super::arg_index(self, key)?;
        let x = self.byte_value(v)?;
        let mut l = cell.borrow_mut();
        match norm_index(i, l.len()) {
            Some(j) => {
                l[j] = x;
                Ok(())
            }
            None => {
                drop(l);
                self.err(ExcKind::IndexError, "bytearray index out of range")
            }
        }
    }

    /// `del obj[key]` for a bytearray.
    pub(crate) fn bytearray_delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let Some(ObjKind::ByteArray(cell)) = obj.kind() else { unreachable!() };
        if let Some(ObjKind::Slice(..)) = key.kind() {
            let parts = self.slice_parts(key)?;
            crate::containers::delete_slice(&mut cell.borrow_mut(), parts);
            return Ok(());
        }
        let i = super::arg_index(self, key)?;
        let mut l = cell.borrow_mut();
        match norm_index(i, l.len()) {
            Some(j) => {
                l.remove(j);
                Ok(())
            }
            None => {
                drop(l);
                self.err(ExcKind::IndexError, "bytearray index out of range")
            }
        }
    }

    /// `item in container` for bytes and bytearray.
    pub(crate) fn bytes_contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if as_int(&item).is_some() {
            let x = self.byte_value(item)?;
            return Ok(with_bytes(container, |b| b.contains(&x)).unwrap_or(false));
        }
        let needle = self.arg_bytes(item)?;
        Ok(with_bytes(container, |b| find(b, &needle, 0).is_some()).unwrap_or(false))
    }

    /// `a + b`, `a * n` and `a % x` where `a` (or `b`, for `n * a`) is bytes-like; None when
    /// the operands are not for this.
    pub(crate) fn bytes_binop(
        &mut self,
        a: Value,
        b: Value,
        op: crate::bytecode::BinOp,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use crate::bytecode::BinOp;
        match op {
            BinOp::Add => {
                let (Some(x), Some(y)) = (byte_data(a), byte_data(b)) else {
                    if byte_data(a).is_some() {
                        let tn = self.type_name(b);
                        return self.type_error(format!("can't concat {tn} to {}", self.type_name(a)));
                    }
                    return Ok(None);
                };
                if inplace {
                    if let Some(ObjKind::ByteArray(cell)) = a.kind() {
                        cell.borrow_mut().extend_from_slice(&y);
                        return Ok(Some(a));
                    }
                }
                let mut r = x;
                r.extend_from_slice(&y);
                Ok(Some(self.bytes_like(a, r)))
            }
            BinOp::Mul => {
                let (seq, n) = if byte_data(a).is_some() { (a, b) } else { (b, a) };
                let Some(n) = as_int(&n) else { return Ok(None) };
                let n = match n {
                    IntRef::Small(n) => n.max(0) as usize,
                    IntRef::Big(_) => {
                        return self
                            .err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")
                    }
                };
                let data = byte_data(seq).unwrap_or_default();
                if data.len().saturating_mul(n) > 1 << 34 {
                    return self.err(ExcKind::MemoryError, "");
                }
                let r = data.repeat(n);
                if inplace && seq == a {
                    if let Some(ObjKind::ByteArray(cell)) = a.kind() {
                        *cell.borrow_mut() = r;
                        return Ok(Some(a));
                    }
                }
                Ok(Some(self.bytes_like(seq, r)))
            }
            BinOp::Mod if byte_data(a).is_some() => {
                self.err(ExcKind::NotImplementedError, "%-formatting of bytes is not supported")
            }
            _ => Ok(None),
        }
    }
}

enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec(name: &str) -> Option<Codec> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Some(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Some(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => {
            Some(Codec::Latin1)
        }
        _ => None,
    }
}

fn codec_name(name: &str) -> &'static str {
    match codec(name) {
        Some(Codec::Utf8) => "utf-8",
        Some(Codec::Ascii) => "ascii",
        _ => "latin-1",
    }
}

/// First index of `needle` in `hay` at or after `from`.
fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    match needle.len() {
        0 => Some(from),
        1 => memchr::memchr(needle[0], &hay[from..]).map(|i| i + from),
        _ => memchr::memmem::find(&hay[from..], needle).map(|i| i + from),
    }
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        _ => memchr::memmem::rfind(hay, needle),
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ----- methods -----

fn recv(a: &[Value]) -> Vec<u8> {
    byte_data(a[0]).unwrap_or_default()
}

fn qual(a: &[Value], name: &str) -> String {
    if is_bytearray(a[0]) {
        format!("bytearray.{name}")
    } else {
        format!("bytes.{name}")
    }
}

/// The `start, end` arguments of find-like methods, resolved against `len`.
fn range_args(vm: &mut Vm, a: &[Value], from: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, i: usize| -> PyResult<Option<i64>> {
        match a.get(i) {
            Some(v) if !v.is_none() => Ok(Some(super::arg_index(vm, *v)?)),
            _ => Ok(None),
        }
    };
    let st = get(vm, from)?;
    let en = get(vm, from + 1)?;
    let fix = |v: Option<i64>, d: usize| -> usize {
        match v {
            None => d,
            Some(v) if v < 0 => (v + len as i64).max(0) as usize,
            Some(v) => (v as usize).min(len),
        }
    };
    Ok((fix(st, 0), fix(en, len)))
}

/// The needle of find-like methods: bytes-like or one byte as an int.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if as_int(&v).is_some() {
        return Ok(vec![vm.byte_value(v)?]);
    }
    match byte_data(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'"))
        }
    }
}

fn find_m(vm: &mut Vm, a: &[Value], rev: bool, raise: bool) -> PyResult {
    let name = match (rev, raise) {
        (false, false) => "find",
        (true, false) => "rfind",
        (false, true) => "index",
        (true, true) => "rindex",
    };
    check_margs(vm, &qual(a, name), a, 1, 3)?;
    let data = recv(a);
    let sub = needle(vm, a[1])?;
    let (st, en) = range_args(vm, a, 2, data.len())?;
    let r = if st > en || en - st < sub.len() {
        None
    } else {
        let hay = &data[st..en];
        if rev { rfind(hay, &sub) } else { find(hay, &sub, 0) }.map(|i| i + st)
    };
    match r {
        Some(i) => Ok(Value::small_int(i as i64)),
        None if raise => vm.value_error("subsection not found"),
        None => Ok(Value::small_int(-1)),
    }
}

fn count_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, &qual(a, "count"), a, 1, 3)?;
    let data = recv(a);
    let sub = needle(vm, a[1])?;
    let (st, en) = range_args(vm, a, 2, data.len())?;
    if st > en {
        return Ok(Value::small_int(0));
    }
    let hay = &data[st..en];
    let n = if sub.is_empty() { hay.len() + 1 } else { memchr::memmem::find_iter(hay, &sub).count() };
    Ok(Value::small_int(n as i64))
}

fn starts_ends(vm: &mut Vm, a: &[Value], starts: bool) -> PyResult {
    let name = if starts { "startswith" } else { "endswith" };
    check_margs(vm, &qual(a, name), a, 1, 3)?;
    let data = recv(a);
    let (st, en) = range_args(vm, a, 2, data.len())?;
    let cands = match a[1].kind() {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        _ => vec![a[1]],
    };
    for c in cands {
        let Some(p) = byte_data(c) else {
            let tn = vm.type_name(c);
            return vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}"));
        };
        if st > en || en - st < p.len() {
            continue;
        }
        let hay = &data[st..en];
        let hit = if starts { hay.starts_with(&p) } else { hay.ends_with(&p) };
        if hit {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn split_m(vm: &mut Vm, a: &[Value], kw: Kw, rev: bool) -> PyResult {
    let name = if rev { "rsplit" } else { "split" };
    super::check_kw(vm, name, kw, &["sep", "maxsplit"])?;
    check_margs(vm, &qual(a, name), a, 0, 2)?;
    let sep = a.get(1).copied().or_else(|| kwarg(vm, kw, "sep")).filter(|v| !v.is_none());
    let maxsplit = match a.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")) {
        Some(v) => super::arg_index(vm, v)?,
        None => -1,
    };
    let data = recv(a);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(s) => {
            let s = vm.arg_bytes(s)?;
            if s.is_empty() {
                return vm.value_error("empty separator");
            }
            if rev {
                let mut end = data.len();
                let mut left = maxsplit;
                while left != 0 {
                    let Some(p) = rfind(&data[..end], &s) else { break };
                    parts.push(data[p + s.len()..end].to_vec());
                    end = p;
                    left -= 1;
                }
                parts.push(data[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                let mut left = maxsplit;
                while left != 0 {
                    let Some(p) = find(&data, &s, start) else { break };
                    parts.push(data[start..p].to_vec());
                    start = p + s.len();
                    left -= 1;
                }
                parts.push(data[start..].to_vec());
            }
        }
        None => {
            if rev {
                let mut end = data.len();
                let mut left = maxsplit;
                loop {
                    while end > 0 && is_space(data[end - 1]) {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if left == 0 {
                        parts.push(data[..end].to_vec());
                        break;
                    }
                    let mut st = end;
                    while st > 0 && !is_space(data[st - 1]) {
                        st -= 1;
                    }
                    parts.push(data[st..end].to_vec());
                    end = st;
                    left -= 1;
                }
                parts.reverse();
            } else {
                let mut i = 0;
                let mut left = maxsplit;
                loop {
                    while i < data.len() && is_space(data[i]) {
                        i += 1;
                    }
                    if i == data.len() {
                        break;
                    }
                    if left == 0 {
                        parts.push(data[i..].to_vec());
                        break;
                    }
                    let st = i;
                    while i < data.len() && !is_space(data[i]) {
                        i += 1;
                    }
                    parts.push(data[st..i].to_vec());
                    left -= 1;
                }
            }
        }
    }
    let items: Vec<Value> = parts.into_iter().map(|p| vm.bytes_like(a[0], p)).collect();
    Ok(vm.new_list(items))
}

fn strip_m(vm: &mut Vm, a: &[Value], name: &str, left: bool, right: bool) -> PyResult {
    check_margs(vm, &qual(a, name), a, 0, 1)?;
    let data = recv(a);
    let chars = match a.get(1) {
        Some(v) if !v.is_none() => Some(vm.arg_bytes(*v)?),
        _ => None,
    };
    let strip = |b: u8| match &chars {
        Some(cs) => cs.contains(&b),
        None => is_space(b),
    };
    let mut st = 0;
    let mut en = data.len();
    if left {
        while st < en && strip(data[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && strip(data[en - 1]) {
            en -= 1;
        }
    }
    Ok(vm.bytes_like(a[0], data[st..en].to_vec()))
}

fn replace_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, &qual(a, "replace"), a, 2, 3)?;
    let data = recv(a);
    let old = vm.arg_bytes(a[1])?;
    let new = vm.arg_bytes(a[2])?;
    let mut left = match a.get(3) {
        Some(v) => super::arg_index(vm, *v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if left != 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(b);
            if i + 1 == data.len() && left != 0 {
                out.extend_from_slice(&new);
            }
        }
        if data.is_empty() && left != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(vm.bytes_like(a[0], out));
    }
    let mut start = 0;
    while left != 0 {
        let Some(p) = find(&data, &old, start) else { break };
        out.extend_from_slice(&data[start..p]);
        out.extend_from_slice(&new);
        start = p + old.len();
        left -= 1;
    }
    out.extend_from_slice(&data[start..]);
    Ok(vm.bytes_like(a[0], out))
}

fn join_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, &qual(a, "join"), a, 1, 1)?;
    let sep = recv(a);
    let items = vm.collect_iter(a[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match with_bytes(*it, |b| out.extend_from_slice(b)) {
            Some(()) => {}
            None => {
                let tn = vm.type_name(*it);
                return vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found"));
            }
        }
    }
    Ok(vm.bytes_like(a[0], out))
}

fn map_m(vm: &mut Vm, a: &[Value], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    check_margs(vm, &qual(a, name), a, 0, 0)?;
    let r = f(&recv(a));
    Ok(vm.bytes_like(a[0], r))
}

fn test_m(vm: &mut Vm, a: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    check_margs(vm, &qual(a, name), a, 0, 0)?;
    Ok(Value::bool(f(&recv(a))))
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn istitle(b: &[u8]) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

fn partition_m(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult {
    check_margs(vm, &qual(a, if rev { "rpartition" } else { "partition" }), a, 1, 1)?;
    let data = recv(a);
    let sep = vm.arg_bytes(a[1])?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let at = if rev { rfind(&data, &sep) } else { find(&data, &sep, 0) };
    let (x, y, z) = match at {
        Some(p) => (data[..p].to_vec(), sep.clone(), data[p + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), data),
        None => (data, Vec::new(), Vec::new()),
    };
    let items = vec![vm.bytes_like(a[0], x), vm.bytes_like(a[0], y), vm.bytes_like(a[0], z)];
    Ok(vm.new_tuple(items))
}

fn pad_m(vm: &mut Vm, a: &[Value], name: &str, how: char) -> PyResult {
    check_margs(vm, &qual(a, name), a, 1, 2)?;
    let data = recv(a);
    let width = super::arg_index(vm, a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(v) => match byte_data(*v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let tn = vm.type_name(*v);
                return vm
                    .type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}"));
            }
        },
        None => b' ',
    };
    if width <= data.len() {
        return Ok(vm.bytes_like(a[0], data));
    }
    let total = width - data.len();
    let (l, r) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        // CPython's centring: the odd byte goes left when the width is odd... of both.
        _ => {
            let l = total / 2 + (total & width & 1);
            (l, total - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(vm.bytes_like(a[0], out))
}

fn zfill_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, &qual(a, "zfill"), a, 1, 1)?;
    let data = recv(a);
    let width = super::arg_index(vm, a[1])?.max(0) as usize;
    if width <= data.len() {
        return Ok(vm.bytes_like(a[0], data));
    }
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(data[0]);
    }
    out.extend(std::iter::repeat_n(b'0', width - data.len()));
    out.extend_from_slice(&data[signed as usize..]);
    Ok(vm.bytes_like(a[0], out))
}

fn affix_m(vm: &mut Vm, a: &[Value], prefix: bool) -> PyResult {
    check_margs(vm, &qual(a, if prefix { "removeprefix" } else { "removesuffix" }), a, 1, 1)?;
    let data = recv(a);
    let x = vm.arg_bytes(a[1])?;
    let r = if prefix && data.starts_with(&x) {
        data[x.len()..].to_vec()
    } else if !prefix && data.ends_with(&x) {
        data[..data.len() - x.len()].to_vec()
    } else {
        data
    };
    Ok(vm.bytes_like(a[0], r))
}

fn splitlines_m(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::check_kw(vm, "splitlines", kw, &["keepends"])?;
    check_margs(vm, &qual(a, "splitlines"), a, 0, 1)?;
    let keep = match a.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = recv(a);
    let mut parts = Vec::new();
    let mut i = 0;
    let mut st = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\n' => 1,
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        parts.push(data[st..end].to_vec());
        i += eol;
        st = i;
    }
    if st < data.len() {
        parts.push(data[st..].to_vec());
    }
    let items: Vec<Value> = parts.into_iter().map(|p| vm.bytes_like(a[0], p)).collect();
    Ok(vm.new_list(items))
}

fn decode_m(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::check_kw(vm, "decode", kw, &["encoding", "errors"])?;
    check_margs(vm, &qual(a, "decode"), a, 0, 2)?;
    let enc = match a.get(1).copied().or_else(|| kwarg(vm, kw, "encoding")) {
        Some(v) => vm.arg_text(v, "decode", "encoding")?,
        None => "utf-8".to_string(),
    };
    let errs = match a.get(2).copied().or_else(|| kwarg(vm, kw, "errors")) {
        Some(v) => vm.arg_text(v, "decode", "errors")?,
        None => "strict".to_string(),
    };
    let s = vm.decode_bytes(&recv(a), &enc, &errs)?;
    Ok(vm.new_string(s))
}

fn hex_m(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::check_kw(vm, "hex", kw, &["sep", "bytes_per_sep"])?;
    check_margs(vm, &qual(a, "hex"), a, 0, 2)?;
    let data = recv(a);
    let sep = match a.get(1).copied().or_else(|| kwarg(vm, kw, "sep")) {
        Some(v) => {
            let s = match v.as_str() {
                Some(s) => s.to_string(),
                None => match byte_data(v) {
                    Some(b) => String::from_utf8_lossy(&b).into_owned(),
                    None => return vm.type_error("sep must be str or bytes."),
                },
            };
            if s.chars().count() != 1 {
                return vm.value_error("sep must be length 1.");
            }
            Some(s)
        }
        None => None,
    };
    let per = match a.get(2).copied().or_else(|| kwarg(vm, kw, "bytes_per_sep")) {
        Some(v) => super::arg_index(vm, v)?,
        None => 1,
    };
    let hexes: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let out = match sep {
        None => hexes.concat(),
        Some(_) if per == 0 => hexes.concat(),
        Some(sep) => {
            // Groups of |per| bytes, counted from the right for a positive `per`.
            let n = per.unsigned_abs() as usize;
            let mut groups: Vec<String> = Vec::new();
            if per > 0 {
                let first = hexes.len() % n;
                if first > 0 {
                    groups.push(hexes[..first].concat());
                }
                for c in hexes[first..].chunks(n) {
                    groups.push(c.concat());
                }
            } else {
                for c in hexes.chunks(n) {
                    groups.push(c.concat());
                }
            }
            groups.join(&sep)
        }
    };
    Ok(vm.new_string(out))
}

fn fromhex(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    if a.len() != 2 {
        return vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        ));
    }
    let Some(s) = a[1].as_str() else {
        let tn = vm.type_name(a[1]);
        return vm.type_error(format!("fromhex() argument must be str, not {tn}"));
    };
    let s = s.to_string();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                ))
            }
            _ => {
                return vm
                    .value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"))
            }
        }
        i += 2;
    }
    let cls = a[0];
    let array = matches!(cls.kind(), Some(ObjKind::Class(c)) if c.builtin == Some(TypeId::ByteArray));
    Ok(if array { vm.new_bytearray(out) } else { vm.new_bytes(out) })
}

fn translate_m(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::check_kw(vm, "translate", kw, &["delete"])?;
    check_margs(vm, &qual(a, "translate"), a, 1, 2)?;
    let data = recv(a);
    let table = if a[1].is_none() {
        None
    } else {
        let t = vm.arg_bytes(a[1])?;
        if t.len() != 256 {
            return vm.value_error("translation table must be 256 characters long");
        }
        Some(t)
    };
    let delete = match a.get(2).copied().or_else(|| kwarg(vm, kw, "delete")) {
        Some(d) => vm.arg_bytes(d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(vm.bytes_like(a[0], out))
}

fn maketrans(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    let args = &a[a.len().saturating_sub(2)..];
    if args.len() != 2 {
        return vm.type_error("maketrans expected 2 arguments");
    }
    let from = vm.arg_bytes(args[0])?;
    let to = vm.arg_bytes(args[1])?;
    if from.len() != to.len() {
        return vm.value_error("maketrans arguments must have same length");
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, x) in from.iter().zip(to.iter()) {
        t[*f as usize] = *x;
    }
    Ok(vm.new_bytes(t))
}

// ----- bytearray's mutators -----

fn cell(a: &[Value]) -> &std::cell::RefCell<Vec<u8>> {
    match a[0].kind() {
        Some(ObjKind::ByteArray(c)) => c,
        _ => unreachable!("bytearray method on a bytearray"),
    }
}

fn append_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.append", a, 1, 1)?;
    let x = vm.byte_value(a[1])?;
    cell(a).borrow_mut().push(x);
    Ok(Value::NONE)
}

fn extend_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.extend", a, 1, 1)?;
    if a[1].as_str().is_some() {
        return vm.type_error("expected iterable of integers; got: 'str'");
    }
    let b = vm.bytes_from_object(a[1])?;
    cell(a).borrow_mut().extend_from_slice(&b);
    Ok(Value::NONE)
}

fn pop_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.pop", a, 0, 1)?;
    let i = match a.get(1) {
        Some(v) => super::arg_index(vm, *v)?,
        None => -1,
    };
    let len = cell(a).borrow().len();
    if len == 0 {
        return vm.err(ExcKind::IndexError, "pop from empty bytearray");
    }
    match norm_index(i, len) {
        Some(j) => {
            let x = cell(a).borrow_mut().remove(j);
            Ok(Value::small_int(x as i64))
        }
        None => vm.err(ExcKind::IndexError, "pop index out of range"),
    }
}

fn insert_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.insert", a, 2, 2)?;
    let i = super::arg_index(vm, a[1])?;
    let x = vm.byte_value(a[2])?;
    let mut l = cell(a).borrow_mut();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, x);
    Ok(Value::NONE)
}

fn remove_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.remove", a, 1, 1)?;
    let x = vm.byte_value(a[1])?;
    let pos = cell(a).borrow().iter().position(|&b| b == x);
    match pos {
        Some(p) => {
            cell(a).borrow_mut().remove(p);
            Ok(Value::NONE)
        }
        None => vm.value_error("value not found in bytearray"),
    }
}

fn clear_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.clear", a, 0, 0)?;
    cell(a).borrow_mut().clear();
    Ok(Value::NONE)
}

fn reverse_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.reverse", a, 0, 0)?;
    cell(a).borrow_mut().reverse();
    Ok(Value::NONE)
}

fn copy_m(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "bytearray.copy", a, 0, 0)?;
    let b = recv(a);
    Ok(vm.new_bytearray(b))
}

/// The methods bytes and bytearray share.
const SHARED: &[(&str, BuiltinFn)] = &[
    ("decode", decode_m),
    ("hex", hex_m),
    ("count", count_m),
    ("find", |vm, a, _| find_m(vm, a, false, false)),
    ("rfind", |vm, a, _| find_m(vm, a, true, false)),
    ("index", |vm, a, _| find_m(vm, a, false, true)),
    ("rindex", |vm, a, _| find_m(vm, a, true, true)),
    ("startswith", |vm, a, _| starts_ends(vm, a, true)),
    ("endswith", |vm, a, _| starts_ends(vm, a, false)),
    ("split", |vm, a, kw| split_m(vm, a, kw, false)),
    ("rsplit", |vm, a, kw| split_m(vm, a, kw, true)),
    ("splitlines", splitlines_m),
    ("join", join_m),
    ("strip", |vm, a, _| strip_m(vm, a, "strip", true, true)),
    ("lstrip", |vm, a, _| strip_m(vm, a, "lstrip", true, false)),
    ("rstrip", |vm, a, _| strip_m(vm, a, "rstrip", false, true)),
    ("replace", replace_m),
    ("partition", |vm, a, _| partition_m(vm, a, false)),
    ("rpartition", |vm, a, _| partition_m(vm, a, true)),
    ("ljust", |vm, a, _| pad_m(vm, a, "ljust", '<')),
    ("rjust", |vm, a, _| pad_m(vm, a, "rjust", '>')),
    ("center", |vm, a, _| pad_m(vm, a, "center", '^')),
    ("zfill", zfill_m),
    ("removeprefix", |vm, a, _| affix_m(vm, a, true)),
    ("removesuffix", |vm, a, _| affix_m(vm, a, false)),
    ("translate", translate_m),
    ("upper", |vm, a, _| map_m(vm, a, "upper", |b| b.to_ascii_uppercase())),
    ("lower", |vm, a, _| map_m(vm, a, "lower", |b| b.to_ascii_lowercase())),
    ("swapcase", |vm, a, _| {
        map_m(vm, a, "swapcase", |b| {
            b.iter()
                .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
                .collect()
        })
    }),
    ("capitalize", |vm, a, _| {
        map_m(vm, a, "capitalize", |b| {
            b.iter()
                .enumerate()
                .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                .collect()
        })
    }),
    ("title", |vm, a, _| map_m(vm, a, "title", title)),
    ("isdigit", |vm, a, _| test_m(vm, a, "isdigit", |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))),
    ("isalpha", |vm, a, _| {
        test_m(vm, a, "isalpha", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic))
    }),
    ("isalnum", |vm, a, _| {
        test_m(vm, a, "isalnum", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric))
    }),
    ("isspace", |vm, a, _| test_m(vm, a, "isspace", |b| !b.is_empty() && b.iter().all(|&c| is_space(c)))),
    ("isascii", |vm, a, _| test_m(vm, a, "isascii", |b| b.is_ascii())),
    ("isupper", |vm, a, _| {
        test_m(vm, a, "isupper", |b| {
            b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
        })
    }),
    ("islower", |vm, a, _| {
        test_m(vm, a, "islower", |b| {
            b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
        })
    }),
    ("istitle", |vm, a, _| test_m(vm, a, "istitle", istitle)),
];

const BYTEARRAY_ONLY: &[(&str, BuiltinFn)] = &[
    ("append", append_m),
    ("extend", extend_m),
    ("pop", pop_m),
    ("insert", insert_m),
    ("remove", remove_m),
    ("clear", clear_m),
    ("reverse", reverse_m),
    ("copy", copy_m),
];

/// The `byteorder` and `signed` arguments of `int.to_bytes` and `int.from_bytes`.
fn order_args(vm: &mut Vm, pos: Option<Value>, kw: Kw, func: &str) -> PyResult<(bool, bool)> {
    let big = match pos.or_else(|| kwarg(vm, kw, "byteorder")) {
        None => true,
        Some(v) => match v.as_str() {
            Some("big") => true,
            Some("little") => false,
            Some(_) => return vm.value_error("byteorder must be either 'little' or 'big'"),
            None => {
                let tn = vm.type_name(v);
                return vm.type_error(format!("{func}() argument 'byteorder' must be str, not {tn}"));
            }
        },
    };
    let signed = match kwarg(vm, kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok((big, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::check_kw(vm, "to_bytes", kw, &["length", "byteorder", "signed"])?;
    check_margs(vm, "int.to_bytes", a, 0, 2)?;
    let length = match a.get(1).copied().or_else(|| kwarg(vm, kw, "length")) {
        Some(v) => super::arg_index(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return vm.value_error("length argument must be non-negative");
    }
    let (big, signed) = order_args(vm, a.get(2).copied(), kw, "to_bytes")?;
    let Some(n) = crate::ops::as_bigint(a[0]) else {
        return vm.type_error("descriptor 'to_bytes' requires an 'int'");
    };
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return vm.err(ExcKind::OverflowError, "can't convert negative int to unsigned");
    }
    let mut le = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.sign() == num_bigint::Sign::NoSign {
        le.clear();
    }
    let length = length as usize;
    if le.len() > length {
        return vm.err(ExcKind::OverflowError, "int too big to convert");
    }
    let fill = if signed && n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
    le.resize(length, fill);
    if big {
        le.reverse();
    }
    Ok(vm.new_bytes(le))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::check_kw(vm, "from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    let args = &a[1.min(a.len())..];
    if args.len() > 2 {
        return vm
            .type_error(format!("from_bytes() takes at most 2 positional arguments ({} given)", args.len()));
    }
    let Some(src) = args.first().copied().or_else(|| kwarg(vm, kw, "bytes")) else {
        return vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let data = if byte_data(src).is_some() || src.as_str().is_none() {
        vm.bytes_from_object(src)?
    } else {
        return vm.type_error("cannot convert 'str' object to bytes");
    };
    let (big, signed) = order_args(vm, args.get(1).copied(), kw, "from_bytes")?;
    let as_bool = a.first().is_some_and(|&c| c == vm.types[TypeId::Bool as usize]);
    let n = match (big, signed) {
        (true, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (false, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (true, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
    };
    if as_bool {
        return Ok(Value::bool(!num_traits::Zero::is_zero(&n)));
    }
    Ok(vm.new_bigint(n))
}

pub(super) fn install(vm: &mut Vm) {
    let int = vm.types[TypeId::Int as usize];
    add_method(vm, int, "to_bytes", int_to_bytes);
    let fb = vm.new_builtin("from_bytes", int_from_bytes);
    let fb = vm.heap.alloc(ObjKind::ClassMethod(fb));
    super::add_class_attr(vm, int, "from_bytes", fb);
    for t in [TypeId::Bytes, TypeId::ByteArray] {
        let cls = vm.types[t as usize];
        for (n, f) in SHARED {
            add_method(vm, cls, n, *f);
        }
        let fh = vm.new_builtin("fromhex", fromhex);
        let fh = vm.heap.alloc(ObjKind::ClassMethod(fh));
        super::add_class_attr(vm, cls, "fromhex", fh);
        let mt = vm.new_builtin("maketrans", maketrans);
        let mt = vm.heap.alloc(ObjKind::StaticMethod(mt));
        super::add_class_attr(vm, cls, "maketrans", mt);
    }
    let ba = vm.types[TypeId::ByteArray as usize];
    for (n, f) in BYTEARRAY_ONLY {
        add_method(vm, ba, n, *f);
    }
}
