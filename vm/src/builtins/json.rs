//! `_kiln_json`: the fast paths of the Python-written `json` module.
//!
//! `dumps` encodes plain data (exact `str`, `int`, `float`, `bool`, `None`, `list`, `tuple`
//! and `dict` with `str` keys) and `loads` decodes a well-formed document without hooks.
//! Anything else (an instance, a subclass, a non-str key, a malformed document, a value
//! CPython would reject) makes them return the caller's `fallback` object, and `json.py`
//! does the whole call again in Python, which produces CPython's results and errors. So
//! these functions never decide an error message themselves.

use super::Kw;
use crate::object::ObjKind;
use crate::ops::{as_int, IntRef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Nesting deeper than this goes to the Python path (which detects cycles and raises
/// RecursionError as CPython does), so native recursion stays shallow.
const MAX_DEPTH: usize = 200;

struct Encoder<'a> {
    indent: Option<&'a str>,
    item_sep: &'a str,
    key_sep: &'a str,
    ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    out: String,
}

impl Encoder<'_> {
    fn newline(&mut self, level: usize) {
        if let Some(ind) = self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn string(&mut self, s: &str) {
        let out = &mut self.out;
        out.push('"');
        for ch in s.chars() {
            match ch {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c if (c as u32) < 0x7f || !self.ascii => out.push(c),
                c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => {
                    let n = c as u32 - 0x10000;
                    out.push_str(&format!("\\u{:04x}\\u{:04x}", 0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)));
                }
            }
        }
        out.push('"');
    }

    /// Encodes `v`; false when it is not plain data (the caller falls back).
    fn value(&mut self, v: Value, level: usize) -> bool {
        if level > MAX_DEPTH {
            return false;
        }
        if v == Value::NONE {
            self.out.push_str("null");
            return true;
        }
        if let Some(b) = v.as_bool() {
            self.out.push_str(if b { "true" } else { "false" });
            return true;
        }
        if let Some(f) = v.as_float() {
            if f.is_finite() {
                self.out.push_str(&crate::format::float_repr(f));
            } else if !self.allow_nan {
                return false;
            } else if f.is_nan() {
                self.out.push_str("NaN");
            } else {
                self.out.push_str(if f > 0.0 { "Infinity" } else { "-Infinity" });
            }
            return true;
        }
        if let Some(s) = v.as_str() {
            self.string(s);
            return true;
        }
        match v.kind() {
            Some(ObjKind::List(l)) => {
                let items = l.borrow().clone();
                self.sequence(&items, level)
            }
            Some(ObjKind::Tuple(t)) => self.sequence(t, level),
            Some(ObjKind::Dict(d)) => {
                let mut items: Vec<(Value, Value)> = d.borrow().iter().collect();
                if items.iter().any(|(k, _)| k.as_str().is_none()) {
                    return false;
                }
                if self.sort_keys {
                    items.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
                }
                if items.is_empty() {
                    self.out.push_str("{}");
                    return true;
                }
                self.out.push('{');
                self.newline(level + 1);
                for (i, (k, x)) in items.into_iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(self.item_sep);
                        self.newline(level + 1);
                    }
                    self.string(k.as_str().unwrap_or_default());
                    self.out.push_str(self.key_sep);
                    if !self.value(x, level + 1) {
                        return false;
                    }
                }
                self.newline(level);
                self.out.push('}');
                true
            }
            _ => match as_int(&v) {
                Some(IntRef::Small(i)) => {
                    self.out.push_str(&i.to_string());
                    true
                }
                Some(IntRef::Big(b)) => match crate::num::int_to_str(b) {
                    Ok(s) => {
                        self.out.push_str(&s);
                        true
                    }
                    Err(_) => false,
                },
                None => false,
            },
        }
    }

    fn sequence(&mut self, items: &[Value], level: usize) -> bool {
        if items.is_empty() {
            self.out.push_str("[]");
            return true;
        }
        self.out.push('[');
        self.newline(level + 1);
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(self.item_sep);
                self.newline(level + 1);
            }
            if !self.value(x, level + 1) {
                return false;
            }
        }
        self.newline(level);
        self.out.push(']');
        true
    }
}

/// `_kiln_json.dumps(obj, fallback, indent, item_sep, key_sep, ensure_ascii, allow_nan,
/// sort_keys)`: the JSON text, or `fallback`.
pub fn dumps(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 8 {
        return vm.type_error("_kiln_json.dumps takes 8 arguments");
    }
    let fallback = args[1];
    let (Some(item_sep), Some(key_sep)) = (args[3].as_str(), args[4].as_str()) else {
        return Ok(fallback);
    };
    let indent = if args[2] == Value::NONE {
        None
    } else {
        match args[2].as_str() {
            Some(s) => Some(s),
            None => return Ok(fallback),
        }
    };
    let mut enc = Encoder {
        indent,
        item_sep,
        key_sep,
        ascii: vm.truthy(args[5])?,
        allow_nan: vm.truthy(args[6])?,
        sort_keys: vm.truthy(args[7])?,
        out: String::new(),
    };
    if !enc.value(args[0], 0) {
        return Ok(fallback);
    }
    let out = std::mem::take(&mut enc.out);
    Ok(vm.new_string(out))
}

struct Decoder<'a> {
    s: &'a [u8],
    text: &'a str,
}

/// A malformed document or one the native path leaves to Python.
struct Fallback;

impl Decoder<'_> {
    fn skip(&self, mut i: usize) -> usize {
        while i < self.s.len() && matches!(self.s[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&self, vm: &mut Vm, i: usize, depth: usize) -> Result<(Value, usize), Fallback> {
        if depth > MAX_DEPTH {
            return Err(Fallback);
        }
        let s = self.s;
        let rest = &s[i.min(s.len())..];
        match rest.first() {
            Some(b'"') => {
                let (text, j) = self.string(i + 1)?;
                Ok((vm.new_string(text), j))
            }
            Some(b'{') => self.object(vm, i + 1, depth),
            Some(b'[') => self.array(vm, i + 1, depth),
            Some(b'n') if rest.starts_with(b"null") => Ok((Value::NONE, i + 4)),
            Some(b't') if rest.starts_with(b"true") => Ok((Value::TRUE, i + 4)),
            Some(b'f') if rest.starts_with(b"false") => Ok((Value::FALSE, i + 5)),
            Some(b'N') if rest.starts_with(b"NaN") => Ok((Value::float(f64::NAN), i + 3)),
            Some(b'I') if rest.starts_with(b"Infinity") => Ok((Value::float(f64::INFINITY), i + 8)),
            Some(b'-') if rest.starts_with(b"-Infinity") => Ok((Value::float(f64::NEG_INFINITY), i + 9)),
            Some(b'-' | b'0'..=b'9') => self.number(vm, i),
            _ => Err(Fallback),
        }
    }

    fn digits(&self, mut i: usize) -> usize {
        while i < self.s.len() && self.s[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    fn number(&self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fallback> {
        let s = self.s;
        let mut i = start;
        if s[i] == b'-' {
            i += 1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return Err(Fallback);
        }
        i = if s[i] == b'0' { i + 1 } else { self.digits(i) };
        let mut is_float = false;
        if i + 1 < s.len() && s[i] == b'.' && s[i + 1].is_ascii_digit() {
            is_float = true;
            i = self.digits(i + 1);
        }
        if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
            let mut j = i + 1;
            if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
                j += 1;
            }
            if j < s.len() && s[j].is_ascii_digit() {
                is_float = true;
                i = self.digits(j);
            }
        }
        let text = &self.text[start..i];
        if is_float {
            let f: f64 = text.parse().map_err(|_| Fallback)?;
            return Ok((Value::float(f), i));
        }
        if let Ok(n) = text.parse::<i64>() {
            return Ok((vm.new_int(n), i));
        }
        let limit = crate::num::max_str_digits();
        if limit != 0 && text.trim_start_matches('-').len() > limit {
            return Err(Fallback);
        }
        let b = crate::num::parse_int(text, 10).map_err(|_| Fallback)?;
        Ok((vm.new_bigint(b), i))
    }

    fn hex4(&self, i: usize) -> Result<u32, Fallback> {
        let h = self.s.get(i..i + 4).ok_or(Fallback)?;
        if !h.iter().all(|c| c.is_ascii_hexdigit()) {
            return Err(Fallback);
        }
        u32::from_str_radix(std::str::from_utf8(h).map_err(|_| Fallback)?, 16).map_err(|_| Fallback)
    }

    /// The string whose opening quote is before `i`, and the index after its closing one.
    fn string(&self, mut i: usize) -> Result<(String, usize), Fallback> {
        let s = self.s;
        let mut out = String::new();
        loop {
            let j = i + s[i.min(s.len())..]
                .iter()
                .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
                .ok_or(Fallback)?;
            out.push_str(&self.text[i..j]);
            match s[j] {
                b'"' => return Ok((out, j + 1)),
                b'\\' => {}
                _ => return Err(Fallback),
            }
            let e = *s.get(j + 1).ok_or(Fallback)?;
            i = j + 2;
            let c = match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let mut code = self.hex4(j + 2)?;
                    i = j + 6;
                    if (0xd800..=0xdbff).contains(&code) && s.get(i..i + 2) == Some(b"\\u") {
                        let low = self.hex4(i + 2)?;
                        if (0xdc00..=0xdfff).contains(&low) {
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                            i += 6;
                        }
                    }
                    // A lone surrogate: Kiln's strs cannot hold it; Python decides.
                    char::from_u32(code).ok_or(Fallback)?
                }
                _ => return Err(Fallback),
            };
            out.push(c);
        }
    }

    fn object(&self, vm: &mut Vm, i: usize, depth: usize) -> Result<(Value, usize), Fallback> {
        let s = self.s;
        let d = vm.new_dict();
        let mut i = self.skip(i);
        if s.get(i) == Some(&b'}') {
            return Ok((d, i + 1));
        }
        loop {
            i = self.skip(i);
            if s.get(i) != Some(&b'"') {
                return Err(Fallback);
            }
            let (key, j) = self.string(i + 1)?;
            i = self.skip(j);
            if s.get(i) != Some(&b':') {
                return Err(Fallback);
            }
            i = self.skip(i + 1);
            let (v, j) = self.value(vm, i, depth + 1)?;
            let k = vm.new_string(key);
            vm.dict_set(d, k, v).map_err(|_| Fallback)?;
            i = self.skip(j);
            match s.get(i) {
                Some(b'}') => return Ok((d, i + 1)),
                Some(b',') => i += 1,
                _ => return Err(Fallback),
            }
        }
    }

    fn array(&self, vm: &mut Vm, i: usize, depth: usize) -> Result<(Value, usize), Fallback> {
        let s = self.s;
        let mut items = Vec::new();
        let mut i = self.skip(i);
        if s.get(i) == Some(&b']') {
            return Ok((vm.new_list(items), i + 1));
        }
        loop {
            i = self.skip(i);
            let (v, j) = self.value(vm, i, depth + 1)?;
            items.push(v);
            i = self.skip(j);
            match s.get(i) {
                Some(b']') => return Ok((vm.new_list(items), i + 1)),
                Some(b',') => i += 1,
                _ => return Err(Fallback),
            }
        }
    }
}

/// `_kiln_json.loads(s, fallback)`: the decoded document, or `fallback`.
pub fn loads(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return vm.type_error("_kiln_json.loads takes 2 arguments");
    }
    let fallback = args[1];
    let Some(text) = args[0].as_str() else {
        return Ok(fallback);
    };
    // The str's bytes outlive this call (the argument is on the caller's stack), but the
    // decoder allocates: copy them so no borrow of the heap object is held meanwhile.
    let text = text.to_string();
    let dec = Decoder { s: text.as_bytes(), text: &text };
    let start = dec.skip(0);
    match dec.value(vm, start, 0) {
        Ok((v, end)) if dec.skip(end) == text.len() => Ok(v),
        _ => Ok(fallback),
    }
}
