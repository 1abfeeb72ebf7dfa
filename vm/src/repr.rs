//! Text conversions: `repr`, `str`, `ascii`, `format`, `%`-formatting and `str.format`.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::format;

/// The shortest concatenation result kept in a growable shared buffer (see `str_concat`).
const SHARED_CONCAT_MIN: usize = 128;
use crate::object::*;
use crate::ops::{as_int, IntRef};
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

/// CPython's `repr` of a str.
pub fn str_repr(s: &str) -> String {
    crate::num::py_str_repr(s)
}

/// The decimal text of `i` (`str(i)`), written into `buf` (no allocation; an i64 has at
/// most 19 digits and a sign).
pub fn int_text(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut m = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

/// Entries of the cache of parsed `%` format strings.
const PERCENT_CACHE_SIZE: usize = 16;

/// Parsed `%` format strings, keyed by their text.
type PercentCache = Vec<(Box<str>, Rc<[format::PercentPiece]>)>;

thread_local! {
    /// Recently parsed `%` format strings (by text, most recent first): a program formats
    /// with a few constant format strings over and over.
    static PERCENT_CACHE: std::cell::RefCell<PercentCache> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `format::parse_percent`, memoized by the format string's text.
fn parsed_percent(f: &str) -> Result<Rc<[format::PercentPiece]>, String> {
    PERCENT_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(i) = c.iter().position(|(k, _)| &**k == f) {
            let hit = c[i].1.clone();
            if i > 0 {
                let e = c.remove(i);
                c.insert(0, e);
            }
            return Ok(hit);
        }
        let pieces: Rc<[format::PercentPiece]> = format::parse_percent(f)?.into();
        if f.len() <= 256 {
            if c.len() == PERCENT_CACHE_SIZE {
                c.pop();
            }
            c.insert(0, (f.into(), pieces.clone()));
        }
        Ok(pieces)
    })
}

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(f) = v.as_float() {
            return Ok(format::float_repr(f));
        }
        if let Some(b) = v.as_bool() {
            return Ok(if b { "True" } else { "False" }.to_string());
        }
        if v.is_none() {
            return Ok("None".to_string());
        }
        if v.is_null() {
            return Ok("<NULL>".to_string());
        }
        let obj = v.as_obj().unwrap();
        let addr = v.bits() & crate::value::PAYLOAD_MASK;
        Ok(match &obj.kind {
            ObjKind::Str(s) => str_repr(&s.s),
            ObjKind::Int64(i) => i.to_string(),
            ObjKind::Int(b) => {
                let r = crate::num::int_to_str(b);
                self.num_result(r)?
            }
            ObjKind::List(_)
            | ObjKind::Tuple(_)
            | ObjKind::Dict(_)
            | ObjKind::Set(_)
            | ObjKind::FrozenSet(_) => {
                if self.repr_stack.contains(&v) {
                    return Ok(match &obj.kind {
                        ObjKind::List(_) => "[...]",
                        ObjKind::Dict(_) => "{...}",
                        _ => "(...)",
                    }
                    .to_string());
                }
                self.enter_native(" while getting the repr of an object")?;
                self.repr_stack.push(v);
                let r = self.container_repr(v);
                self.repr_stack.pop();
                self.leave_native();
                r?
            }
            ObjKind::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            ObjKind::Slice(a, b, c) => {
                let (a, b, c) = (*a, *b, *c);
                format!("slice({}, {}, {})", self.repr_string(a)?, self.repr_string(b)?, self.repr_string(c)?)
            }
            ObjKind::Bytes(b) => bytes_repr(b),
            ObjKind::ByteArray(b) => {
                // CPython's bytearray repr escapes a single quote inside double quotes too.
                let r = bytes_repr(&b.borrow());
                let r = match r.strip_prefix("b\"") {
                    Some(rest) => format!("b\"{}", rest.replace('\'', "\\'")),
                    None => r,
                };
                format!("bytearray({r})")
            }
            ObjKind::Function(f) => {
                // `functools.wraps` (or any assignment) may have set `__qualname__`.
                let set = f.attrs.borrow().get(&self.intern("__qualname__")).copied();
                let q = set.unwrap_or(f.qualname).as_str().unwrap_or("?").to_string();
                format!("<function {q} at {addr:#x}>")
            }
            ObjKind::Builtin(b) => {
                if b.bound.is_null() || matches!(b.bound.kind(), Some(ObjKind::Module(_))) {
                    format!("<built-in function {}>", b.name)
                } else {
                    let tn = self.type_name(b.bound);
                    format!("<built-in method {} of {tn} object at {addr:#x}>", b.name)
                }
            }
            ObjKind::BoundMethod(recv, f) => {
                let (recv, f) = (*recv, *f);
                let fname = match f.kind() {
                    Some(ObjKind::Function(func)) => func.qualname.as_str().unwrap_or("?").to_string(),
                    _ => "?".to_string(),
                };
                let r = self.repr_string(recv)?;
                format!("<bound method {fname} of {r}>")
            }
            ObjKind::Class(c) => {
                if c.builtin.is_some() || self.exc_types.contains(&v) {
                    format!("<class '{}'>", c.name)
                } else if let Some(f) = self.class_hook(v, "__class_repr__") {
                    let r = self.call(f, &[v], &[])?;
                    r.as_str().unwrap_or("?").to_string()
                } else {
                    let (module, q) = self.class_display_name(v);
                    format!("<class '{module}{q}'>")
                }
            }
            ObjKind::Instance(i) => {
                let cls = i.class;
                if let Some(b) = self.subclass_base(v, self.names.repr) {
                    let r = self.repr_string(b)?;
                    return Ok(match b.kind() {
                        // Sets name their (sub)class: `S({1, 2})`, `S()`.
                        Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)) => {
                            let name = self.class_name(cls);
                            let inner = r.trim_start_matches("frozenset").trim_start_matches("set");
                            match inner {
                                "()" => format!("{name}()"),
                                _ if inner.starts_with('(') => format!("{name}{inner}"),
                                _ => format!("{name}({inner})"),
                            }
                        }
                        _ => r,
                    });
                }
                if let Some(f) = self.lookup_in_class(cls, self.names.repr) {
                    if !self.is_object_slot(f) {
                        let r = self.call_dunder(f, v, &[])?;
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => {
                                let tn = self.type_name(r);
                                self.type_error(format!("__repr__ returned non-string (type {tn})"))
                            }
                        };
                    }
                }
                if i.exc.is_some() {
                    return self.exc_repr_text(v);
                }
                if cls == self.type_of(self.ellipsis) && v == self.ellipsis {
                    return Ok("Ellipsis".into());
                }
                if v == self.not_implemented {
                    return Ok("NotImplemented".into());
                }
                let (module, q) = self.class_display_name(cls);
                format!("<{module}{q} object at {addr:#x}>")
            }
            ObjKind::Code(c) => format!("<code object {} at {addr:#x}>", c.name),
            ObjKind::Cell(_) => format!("<cell at {addr:#x}>"),
            ObjKind::Generator(g) => {
                let f = g.borrow().func;
                let q = match f.kind() {
                    Some(ObjKind::Function(func)) => func.qualname.as_str().unwrap_or("?").to_string(),
                    _ => "?".into(),
                };
                format!("<generator object {q} at {addr:#x}>")
            }
            ObjKind::Iter(_) => format!("<iterator object at {addr:#x}>"),
            ObjKind::Module(m) => format!("<module '{}' (built-in)>", m.name),
            ObjKind::Property(..) => format!("<property object at {addr:#x}>"),
            ObjKind::StaticMethod(_) => format!("<staticmethod object at {addr:#x}>"),
            ObjKind::ClassMethod(_) => format!("<classmethod object at {addr:#x}>"),
            ObjKind::Super(..) => "<super object>".to_string(),
            ObjKind::DictView(d, part) => {
                let (d, part) = (*d, *part);
                let items = self.dict_view_items(d, part)?;
                let l = self.new_list(items);
                // Rooted, not put on the repr stack (which would print it as `[...]`).
                self.push_root(l);
                let inner = self.repr_string(l);
                self.roots.pop();
                let name = match part {
                    DictPart::Keys => "dict_keys",
                    DictPart::Values => "dict_values",
                    DictPart::Items => "dict_items",
                };
                format!("{name}({})", inner?)
            }
        })
    }

    fn container_repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        match v.kind() {
            Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) => {
                let is_list = matches!(v.kind(), Some(ObjKind::List(_)));
                let items = self.seq_items(v);
                out.push(if is_list { '[' } else { '(' });
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(*it)?);
                }
                if !is_list && items.len() == 1 {
                    out.push(',');
                }
                out.push(if is_list { ']' } else { ')' });
            }
            Some(ObjKind::Dict(_)) => {
                let items = self.dict_items(v)?;
                out.push('{');
                for (i, (k, x)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(*k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr_string(*x)?);
                }
                out.push('}');
            }
            Some(ObjKind::Set(_)) | Some(ObjKind::FrozenSet(_)) => {
                let frozen = matches!(v.kind(), Some(ObjKind::FrozenSet(_)));
                let items: Vec<Value> = match v.kind() {
                    Some(ObjKind::Set(t)) => t.borrow().keys().collect(),
                    Some(ObjKind::FrozenSet(t)) => t.keys().collect(),
                    _ => Vec::new(),
                };
                if items.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.to_string());
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(*it)?);
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            _ => {}
        }
        Ok(out)
    }

    /// `repr(v)` as a str value.
    pub fn repr_of(&mut self, v: Value) -> PyResult {
        let s = self.repr_string(v)?;
        Ok(self.new_string(s))
    }

    /// `ascii(v)`.
    pub fn ascii_of(&mut self, v: Value) -> PyResult {
        let s = self.repr_string(v)?;
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let n = c as u32;
            if n < 128 {
                out.push(c);
            } else if n < 256 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 65536 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(self.new_string(out))
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = v.as_str() {
            return Ok(s.to_string());
        }
        if let Some(ObjKind::Instance(i)) = v.kind() {
            let cls = i.class;
            if let Some(f) = self.lookup_in_class(cls, self.names.str) {
                if !self.is_object_slot(f) {
                    let r = self.call_dunder(f, v, &[])?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let tn = self.type_name(r);
                            self.type_error(format!("__str__ returned non-string (type {tn})"))
                        }
                    };
                }
            }
            if i.exc.is_some() {
                return self.exc_str_text(v, false);
            }
        }
        self.repr_string(v)
    }

    /// `str()` of an exception without a `__str__` of its own: from its args (a
    /// KeyError's one argument as its repr, unless `base`: `BaseException.__str__`).
    pub fn exc_str_text(&mut self, v: Value, base: bool) -> PyResult<String> {
        let Some(ObjKind::Instance(i)) = v.kind() else { return self.repr_string(v) };
        let Some(e) = &i.exc else { return self.repr_string(v) };
        let args = e.borrow().args;
        let items = self.seq_items(args);
        if !base && items.len() == 2 && self.is_subclass(i.class, self.exc_type(ExcKind::OSError)) {
            // `[Errno 2] No such file: 'a.txt'` (CPython's OSError.__str__).
            let (errno, strerror) = (self.intern("errno"), self.intern("strerror"));
            let (fname, fname2) = (self.intern("filename"), self.intern("filename2"));
            let en = self.getattr(v, errno)?;
            if !en.is_none() {
                let es = self.getattr(v, strerror)?;
                let (en, es) = (self.str_string(en)?, self.str_string(es)?);
                let mut out = format!("[Errno {en}] {es}");
                let f = self.getattr(v, fname)?;
                if !f.is_none() {
                    out.push_str(&format!(": {}", self.repr_string(f)?));
                    let f2 = self.getattr(v, fname2)?;
                    if !f2.is_none() {
                        out.push_str(&format!(" -> {}", self.repr_string(f2)?));
                    }
                }
                return Ok(out);
            }
        }
        let is_key_error = !base && self.is_subclass(i.class, self.exc_type(ExcKind::KeyError));
        match items.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr_string(items[0]),
            1 => self.str_string(items[0]),
            _ => self.repr_string(args),
        }
    }

    /// `BaseException.__repr__(v)`: the class name and the args (`E('x')`, `E(1, 2)`).
    pub fn exc_repr_text(&mut self, v: Value) -> PyResult<String> {
        let Some(ObjKind::Instance(i)) = v.kind() else { return self.repr_string(v) };
        let Some(e) = &i.exc else { return self.repr_string(v) };
        let args = e.borrow().args;
        let name = self.class_name(i.class);
        let items = self.seq_items(args);
        if items.len() == 1 {
            let r = self.repr_string(items[0])?;
            return Ok(format!("{name}({r})"));
        }
        let r = self.repr_string(args)?;
        Ok(if items.is_empty() { format!("{name}()") } else { format!("{name}{r}") })
    }

    /// `str(v)` as a str value.
    pub fn str_of(&mut self, v: Value) -> PyResult {
        if v.as_str().is_some() {
            return Ok(v);
        }
        if let Some(i) = v.as_small_int() {
            let mut buf = [0u8; 20];
            return Ok(self.new_str(int_text(i, &mut buf)));
        }
        let s = self.str_string(v)?;
        Ok(self.new_string(s))
    }

    /// An f-string field `{v!c:spec}`: the conversion in `flags & 3` (1 str, 2 repr,
    /// 3 ascii), then the format spec (`spec` null: none).
    pub fn format_field(&mut self, v: Value, spec: Value, flags: u32) -> PyResult {
        let v = match flags & 3 {
            1 => self.str_of(v)?,
            2 => self.repr_of(v)?,
            3 => self.ascii_of(v)?,
            _ => v,
        };
        if !spec.is_null() {
            return self.format_value(v, spec);
        }
        if v.as_str().is_some() {
            Ok(v)
        } else if matches!(v.kind(), Some(ObjKind::Instance(_))) {
            let e = self.empty_str;
            self.format_value(v, e)
        } else {
            self.str_of(v)
        }
    }

    /// `BuildString`: the concatenation of the strs `self.stack[at..]`, which it pops.
    pub fn build_string(&mut self, at: usize) -> Value {
        let parts = &self.stack[at..];
        let (mut len, mut nchars) = (0, 0);
        for v in parts {
            if let Some(so) = v.as_obj().and_then(Obj::as_str) {
                len += so.s.len();
                nchars += so.nchars;
            }
        }
        let mut s = String::with_capacity(len);
        for v in parts {
            s.push_str(v.as_str().unwrap_or(""));
        }
        self.stack.truncate(at);
        self.new_string_nchars(s, nchars)
    }

    /// A new str from text whose length in code points the caller already knows (a
    /// concatenation of strs: the sum of theirs), so the text is not scanned again.
    pub fn new_string_nchars(&mut self, s: String, nchars: usize) -> Value {
        debug_assert_eq!(nchars, s.chars().count());
        if s.len() <= 1 {
            return self.new_string(s);
        }
        let s = s.into_boxed_str();
        self.heap.alloc_with(s.len(), move || ObjKind::Str(StrObj::with_nchars(Text::Owned(s), nchars)))
    }

    /// `a + b` for two strs; a MemoryError when the system refuses the allocation. A
    /// result of `SHARED_CONCAT_MIN` bytes or more goes in a `GrowBuf` with room to spare,
    /// which later concatenations onto it fill in place.
    pub fn str_concat(&mut self, a: Value, b: Value) -> PyResult {
        let (Some(x), Some(y)) = (a.as_obj().and_then(Obj::as_str), b.as_obj().and_then(Obj::as_str)) else {
            return self.type_error("can only concatenate str to str");
        };
        // An empty operand gives the other one back, as in CPython.
        if y.s.is_empty() {
            return Ok(a);
        }
        if x.s.is_empty() {
            return Ok(b);
        }
        let nchars = x.nchars + y.nchars;
        let len = x.s.len() + y.s.len();
        if let Text::Shared(g, n) = &x.s {
            if g.try_append(*n, &y.s) {
                // `x` ends its buffer, which had room: `y` now follows it there.
                let t = Text::Shared(g.clone(), len);
                return Ok(self
                    .heap
                    .alloc_with(y.s.len(), move || ObjKind::Str(StrObj::with_nchars(t, nchars))));
            }
        }
        if len >= SHARED_CONCAT_MIN {
            // Room for as much again as half the result, so that appending to it in a
            // loop copies each byte a bounded number of times.
            let cap = len + len / 2 + 64;
            if let Some(g) = GrowBuf::with_concat(&x.s, &y.s, cap) {
                let t = Text::Shared(std::rc::Rc::new(g), len);
                return Ok(self.heap.alloc_with(cap, move || ObjKind::Str(StrObj::with_nchars(t, nchars))));
            }
            return self.err(ExcKind::MemoryError, "");
        }
        let mut s = String::new();
        if s.try_reserve_exact(x.s.len() + y.s.len()).is_err() {
            return self.err(ExcKind::MemoryError, "");
        }
        s.push_str(&x.s);
        s.push_str(&y.s);
        Ok(self.new_string_nchars(s, nchars))
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: Value) -> PyResult {
        let spec_s = spec.as_str().unwrap_or("");
        // Formatting an int, float or str runs no Python code (so no collection can free
        // `spec`, which the caller may have popped): no copy of the spec needed.
        let s = if v.as_float().is_some() || as_int(&v).is_some() || v.as_str().is_some() {
            self.format_to_string(v, spec_s)?
        } else {
            let spec_s = spec_s.to_string();
            self.format_to_string(v, &spec_s)?
        };
        Ok(self.new_string(s))
    }

    /// `format(v, spec)` as a Rust string.
    pub fn format_to_string(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Some(ObjKind::Instance(_)) = v.kind() {
            if let Some(f) = self.user_dunder(v, self.names.format) {
                if !self.is_object_slot(f) {
                    let sv = self.new_str(spec);
                    let r = self.call_dunder(f, v, &[sv])?;
                    return Ok(r.as_str().unwrap_or("").to_string());
                }
            }
            if spec.is_empty() {
                return self.str_string(v);
            }
            if let Some(b) = crate::ops::base_of(v) {
                return self.format_to_string(b, spec);
            }
            let tn = self.type_name(v);
            return self.type_error(format!("unsupported format string passed to {tn}.__format__"));
        }
        if spec.is_empty() {
            return self.str_string(v);
        }
        // The exact built-in types need no type-name lookup (it only goes into messages).
        let tn: std::borrow::Cow<str> = if v.as_float().is_some() {
            "float".into()
        } else if v.is_small_int() {
            "int".into()
        } else if v.as_str().is_some() {
            "str".into()
        } else {
            self.type_name(v).into()
        };
        let parsed = match format::parse_format_spec(spec, &tn) {
            Ok(p) => p,
            Err(m) => return self.value_error(m),
        };
        // CPython's limit on precision; a field wider than any string Kiln can build is a
        // MemoryError (CPython's allocation fails the same way), not an aborting allocation.
        if parsed.precision.is_some_and(|p| p > i32::MAX as usize) {
            return self.value_error("precision too big");
        }
        if parsed.width > 1 << 34 {
            return self.err(ExcKind::MemoryError, "");
        }
        let r = if let Some(f) = v.as_float() {
            format::format_float(f, &parsed, &tn)
        } else if let Some(i) = as_int(&v) {
            match i {
                IntRef::Small(i) => format::format_i64(i, &parsed, &tn),
                IntRef::Big(b) => format::format_int(b, &parsed, &tn),
            }
        } else if let Some(s) = v.as_str() {
            format::format_str(s, &parsed, &tn)
        } else {
            let s = self.str_string(v)?;
            if spec.is_empty() {
                Ok(s)
            } else {
                return self.type_error(format!("unsupported format string passed to {tn}.__format__"));
            }
        };
        match r {
            Ok(s) => Ok(s),
            // The errors `format` documents as CPython's OverflowErrors.
            Err(m)
                if matches!(
                    m.as_str(),
                    "int too large to convert to float"
                        | "%c arg not in range(0x110000)"
                        | "Python int too large to convert to C long"
                ) =>
            {
                self.err(ExcKind::OverflowError, m)
            }
            Err(m) => self.value_error(m),
        }
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult {
        let pieces = match parsed_percent(fmt.as_str().unwrap_or("")) {
            Ok(p) => p,
            Err(m) => return self.value_error(m),
        };
        // Subclasses of tuple and dict count as tuples and mappings.
        let plain = crate::ops::base_of(args).unwrap_or(args);
        let is_mapping = matches!(plain.kind(), Some(ObjKind::Dict(_)));
        let arglist: Vec<Value> = match plain.kind() {
            Some(ObjKind::Tuple(t)) => t.to_vec(),
            _ => vec![args],
        };
        let mut ai = 0usize;
        let mut out = String::new();
        let next_arg = |vm: &mut Vm, ai: &mut usize| -> PyResult<Value> {
            if *ai < arglist.len() {
                *ai += 1;
                Ok(arglist[*ai - 1])
            } else {
                vm.type_error("not enough arguments for format string")
            }
        };
        for p in pieces.iter() {
            match p {
                format::PercentPiece::Literal(s) => out.push_str(s),
                format::PercentPiece::Spec(spec) => {
                    let width = match spec.width {
                        Some(format::Count::Star) => {
                            let w = next_arg(self, &mut ai)?;
                            Some(crate::ops::as_i64(w).unwrap_or(0).max(0) as usize)
                        }
                        Some(format::Count::Num(n)) => Some(n),
                        None => None,
                    };
                    let prec = match spec.precision {
                        Some(format::Count::Star) => {
                            let w = next_arg(self, &mut ai)?;
                            Some(crate::ops::as_i64(w).unwrap_or(0).max(0) as usize)
                        }
                        Some(format::Count::Num(n)) => Some(n),
                        None => None,
                    };
                    if prec.is_some_and(|p| p > i32::MAX as usize) {
                        return self.err(ExcKind::OverflowError, "Python int too large to convert to C int");
                    }
                    if width.is_some_and(|w| w > 1 << 34) {
                        return self.err(ExcKind::MemoryError, "");
                    }
                    let v = if let Some(k) = &spec.key {
                        if !is_mapping {
                            return self.type_error("format requires a mapping");
                        }
                        let kv = self.new_str(k);
                        match self.dict_get(args, kv)? {
                            Some(v) => v,
                            None => {
                                let t = self.new_tuple(vec![kv]);
                                let c = self.exc_type(ExcKind::KeyError);
                                return Err(self.new_exc_instance(c, t));
                            }
                        }
                    } else {
                        next_arg(self, &mut ai)?
                    };
                    // Subclasses of int and float convert as their base value.
                    let v = match spec.conv {
                        's' | 'r' | 'a' => v,
                        _ => crate::ops::base_of(v).unwrap_or(v),
                    };
                    // The common cases straight into `out`: a str or an int with no
                    // width, precision or flags.
                    if width.is_none() && prec.is_none() {
                        if spec.conv == 's' {
                            if let Some(s) = v.as_str() {
                                out.push_str(s);
                                continue;
                            }
                        } else if matches!(spec.conv, 'd' | 'i' | 'u')
                            && spec.flags == format::PercentFlags::default()
                        {
                            if let Some(IntRef::Small(i)) = as_int(&v) {
                                use std::fmt::Write;
                                let _ = write!(out, "{i}");
                                continue;
                            }
                        }
                    }
                    let piece = match spec.conv {
                        's' => {
                            let s = self.str_string(v)?;
                            format::percent_pad(&s, spec, width, prec)
                        }
                        'r' => {
                            let s = self.repr_string(v)?;
                            format::percent_pad(&s, spec, width, prec)
                        }
                        'a' => {
                            let a = self.ascii_of(v)?;
                            let s = a.as_str().unwrap_or("").to_string();
                            format::percent_pad(&s, spec, width, prec)
                        }
                        'c' => {
                            let s = match (v.as_str(), as_int(&v)) {
                                (Some(s), _) if s.chars().count() == 1 => s.to_string(),
                                (None, Some(i)) => {
                                    let c = match i {
                                        IntRef::Small(i) => u32::try_from(i).ok().and_then(char::from_u32),
                                        IntRef::Big(_) => None,
                                    };
                                    match c {
                                        Some(c) => c.to_string(),
                                        None => {
                                            return self
                                                .err(ExcKind::OverflowError, "%c arg not in range(0x110000)")
                                        }
                                    }
                                }
                                _ => return self.type_error("%c requires int or char"),
                            };
                            format::percent_pad(&s, spec, width, None)
                        }
                        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                            if let Some(IntRef::Small(i)) = as_int(&v) {
                                out.push_str(&format::percent_i64(i, spec, width, prec));
                                continue;
                            }
                            let b: BigInt = if let Some(i) = as_int(&v) {
                                i.to_big()
                            } else if let Some(fl) = v.as_float() {
                                if matches!(spec.conv, 'x' | 'X' | 'o') {
                                    let tn = self.type_name(v);
                                    return self.type_error(format!(
                                        "%{} format: an integer is required, not {tn}",
                                        spec.conv
                                    ));
                                }
                                let r = crate::num::f64_to_int(fl.trunc());
                                self.num_result(r)?
                            } else {
                                let tn = self.type_name(v);
                                let what = if matches!(spec.conv, 'x' | 'X' | 'o') {
                                    "an integer"
                                } else {
                                    "a real number"
                                };
                                return self.type_error(format!(
                                    "%{} format: {what} is required, not {tn}",
                                    spec.conv
                                ));
                            };
                            format::percent_int(&b, spec, width, prec)
                        }
                        _ => {
                            let x = match self.num_as_f64(v)? {
                                Some(x) => x,
                                None => {
                                    let tn = self.type_name(v);
                                    return self.type_error(format!("must be real number, not {tn}"));
                                }
                            };
                            format::percent_float(x, spec, width, prec)
                        }
                    };
                    out.push_str(&piece);
                }
            }
        }
        if ai < arglist.len() && !is_mapping {
            return self.type_error("not all arguments converted during string formatting");
        }
        Ok(self.new_string(out))
    }

    /// `fmt.format(*args, **kwargs)`.
    pub fn str_format(
        &mut self,
        fmt: &str,
        args: &[Value],
        kw: &[(crate::intern::Sym, Value)],
    ) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        let mut auto = 0usize;
        let mut manual = false;
        while i < chars.len() {
            let c = chars[i];
            if c == '{' {
                if i + 1 < chars.len() && chars[i + 1] == '{' {
                    out.push('{');
                    i += 2;
                    continue;
                }
                // Find the matching close brace (nested braces in the spec).
                let mut depth = 1;
                let mut j = i + 1;
                while j < chars.len() && depth > 0 {
                    if chars[j] == '{' {
                        depth += 1;
                    } else if chars[j] == '}' {
                        depth -= 1;
                    }
                    j += 1;
                }
                if depth != 0 {
                    if i + 1 == chars.len() {
                        return self.value_error("Single '{' encountered in format string");
                    }
                    return self.value_error("expected '}' before end of string");
                }
                let field: String = chars[i + 1..j - 1].iter().collect();
                i = j;
                // Split field into name, conversion, spec.
                let (name_conv, spec) = match field.find(':') {
                    Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                    None => (field.clone(), String::new()),
                };
                let (name, conv) = match name_conv.find('!') {
                    Some(p) => (name_conv[..p].to_string(), Some(name_conv[p + 1..].to_string())),
                    None => (name_conv, None),
                };
                // The first part of the name: index or keyword; then .attr / [key] parts.
                let end = name.find(['.', '[']).unwrap_or(name.len());
                let head = &name[..end];
                let mut v = if head.is_empty() {
                    if manual {
                        return self.value_error(
                            "cannot switch from manual field specification to automatic field numbering",
                        );
                    }
                    let v = match args.get(auto) {
                        Some(v) => *v,
                        None => {
                            return self.err(
                                ExcKind::IndexError,
                                format!("Replacement index {auto} out of range for positional args tuple"),
                            )
                        }
                    };
                    auto += 1;
                    v
                } else if let Ok(n) = head.parse::<usize>() {
                    if auto > 0 {
                        return self.value_error(
                            "cannot switch from automatic field numbering to manual field specification",
                        );
                    }
                    manual = true;
                    match args.get(n) {
                        Some(v) => *v,
                        None => {
                            return self.err(
                                ExcKind::IndexError,
                                format!("Replacement index {n} out of range for positional args tuple"),
                            )
                        }
                    }
                } else {
                    let sym = self.intern(head);
                    match kw.iter().find(|(k, _)| *k == sym) {
                        Some((_, v)) => *v,
                        None => {
                            let k = self.new_str(head);
                            let t = self.new_tuple(vec![k]);
                            let c = self.exc_type(ExcKind::KeyError);
                            return Err(self.new_exc_instance(c, t));
                        }
                    }
                };
                let mut rest = &name[end..];
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('.') {
                        let e = r.find(['.', '[']).unwrap_or(r.len());
                        let sym = self.intern(&r[..e]);
                        v = self.getattr(v, sym)?;
                        rest = &r[e..];
                    } else if let Some(r) = rest.strip_prefix('[') {
                        let e = r.find(']').unwrap_or(r.len());
                        let key = &r[..e];
                        // Only plain digits index by int (`{0[-1]}` looks up the str "-1").
                        let digits = !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit());
                        let kv = match key.parse::<i64>() {
                            Ok(n) if digits => self.new_int(n),
                            _ => self.new_str(key),
                        };
                        v = self.getitem(v, kv)?;
                        rest = if e < r.len() { &r[e + 1..] } else { "" };
                    } else {
                        break;
                    }
                }
                let v = match conv.as_deref() {
                    Some("r") => self.repr_of(v)?,
                    Some("s") => self.str_of(v)?,
                    Some("a") => self.ascii_of(v)?,
                    Some(other) => {
                        return self.value_error(format!("Unknown conversion specifier {other}"));
                    }
                    None => v,
                };
                let spec = if spec.contains('{') {
                    // Nested replacement fields in the spec.
                    self.str_format_nested(&spec, args, kw, &mut auto)?
                } else {
                    spec
                };
                out.push_str(&self.format_to_string(v, &spec)?);
            } else if c == '}' {
                if i + 1 < chars.len() && chars[i + 1] == '}' {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return self.value_error("Single '}' encountered in format string");
            } else {
                out.push(c);
                i += 1;
            }
        }
        Ok(out)
    }

    fn str_format_nested(
        &mut self,
        spec: &str,
        args: &[Value],
        kw: &[(crate::intern::Sym, Value)],
        auto: &mut usize,
    ) -> PyResult<String> {
        // Replace {..} groups in the spec one by one, sharing the automatic counter.
        let mut out = String::new();
        let mut rest = spec;
        while let Some(p) = rest.find('{') {
            out.push_str(&rest[..p]);
            let e = rest[p..].find('}').map(|e| p + e).unwrap_or(rest.len() - 1);
            let inner = &rest[p..=e];
            let sub_args: Vec<Value> = if inner == "{}" {
                let v = args.get(*auto).copied().unwrap_or(Value::NONE);
                *auto += 1;
                vec![v]
            } else {
                args.to_vec()
            };
            let f = if inner == "{}" { "{0}".to_string() } else { inner.to_string() };
            out.push_str(&self.str_format(&f, &sub_args, kw)?);
            rest = &rest[e + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

#[allow(dead_code)]
fn _unused(_: IntRef, _: TypeId) {}

impl Vm {
    /// The module prefix (with its dot; none for built-in types, which live in
    /// `builtins`) and the qualified name a class shows in reprs: `__module__` and
    /// `__qualname__` when its namespace sets them (as the standard-library modules and
    /// `namedtuple` do), otherwise `__main__` and the name it was defined with.
    pub fn class_display_name(&mut self, cls: Value) -> (String, String) {
        let Some(ObjKind::Class(c)) = cls.kind() else { return (String::new(), "?".into()) };
        let (m, q) = (self.intern("__module__"), self.intern("__qualname__"));
        let d = c.dict.borrow();
        let text = |k| d.get(&k).and_then(|v: &Value| v.as_str().map(|s| s.to_string()));
        let module = match text(m) {
            Some(s) if s == "builtins" => String::new(),
            Some(s) => format!("{s}."),
            None if c.builtin.is_some() => String::new(),
            None => "__main__.".into(),
        };
        (module, text(q).unwrap_or_else(|| c.qualname.clone()))
    }
}

/// CPython's `repr` of bytes: `b'...'`, or `b"..."` when the bytes hold a `'` and no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(quote);
    for &x in b {
        match x {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            b'\r' => s.push_str("\\r"),
            _ if x as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(x as char),
            _ => s.push_str(&format!("\\x{x:02x}")),
        }
    }
    s.push(quote);
    s
}
