//! Structural pattern matching: the run-time steps behind [`Op::Match`]
//! (`crate::bytecode::Op::Match`). The compiler (`compiler/matching.rs`) lays out the
//! tests and jumps; these steps answer what bytecode alone cannot: whether a subject is a
//! sequence or a mapping, its length, the values of a mapping pattern's keys, the rest of
//! a mapping, and a class pattern's attributes.

use crate::object::ObjKind;
use crate::ops::base_of;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

/// `subject -> subject bool`: a sequence pattern applies (list, tuple, range and their
/// subclasses; not str, bytes or dict).
pub const MATCH_SEQUENCE: u32 = 0;
/// `subject -> subject bool`: a mapping pattern applies (dict and its subclasses).
pub const MATCH_MAPPING: u32 = 1;
/// `subject -> subject len(subject)`.
pub const GET_LEN: u32 = 2;
/// `subject keys -> subject keys values`: the values of the keys (a tuple), or None when
/// one is missing.
pub const MATCH_KEYS: u32 = 3;
/// `subject keys -> rest`: a new dict of the subject's items without the keys.
pub const DICT_WITHOUT_KEYS: u32 = 4;
/// `subject class names -> attributes`: with the operand's count `n` of positional
/// sub-patterns, the tuple of the `n` attributes named by `__match_args__` and the
/// keyword ones named in `names`, or None when the subject is not an instance or lacks
/// one of them.
pub const MATCH_CLASS: u32 = 5;

/// The operand of `Op::Match` for a step with a count.
pub fn match_operand(step: u32, count: u32) -> u32 {
    step | (count << 3)
}

/// Built-in types whose class pattern with one positional sub-pattern matches the
/// subject itself (`case int(n)`).
const MATCHES_SELF: [TypeId; 10] = [
    TypeId::Bool,
    TypeId::Bytes,
    TypeId::Dict,
    TypeId::Float,
    TypeId::FrozenSet,
    TypeId::Int,
    TypeId::List,
    TypeId::Set,
    TypeId::Str,
    TypeId::Tuple,
];

impl Vm {
    /// Runs one `Op::Match` step on the operand stack.
    pub(crate) fn match_step(&mut self, operand: u32) -> PyResult<()> {
        let top = *self.stack.last().expect("match step on an empty stack");
        match operand & 7 {
            MATCH_SEQUENCE => {
                let is = match self.builtin_kind(top) {
                    TypeId::List | TypeId::Tuple | TypeId::Range => true,
                    TypeId::Object => self.registered_kind(top) == Some("sequence"),
                    _ => false,
                };
                self.stack.push(Value::bool(is));
            }
            MATCH_MAPPING => {
                let is = match self.builtin_kind(top) {
                    TypeId::Dict => true,
                    TypeId::Object => self.registered_kind(top) == Some("mapping"),
                    _ => false,
                };
                self.stack.push(Value::bool(is));
            }
            GET_LEN => {
                let n = self.len(top)?;
                let v = self.new_int(n as i64);
                self.stack.push(v);
            }
            MATCH_KEYS => {
                let subject = self.stack[self.stack.len() - 2];
                let keys = self.seq_items(top);
                // Mappings other than dicts are asked through their `get`, with a marker
                // default that no value can be.
                let getter = if self.builtin_kind(subject) == TypeId::Dict {
                    None
                } else {
                    let g = self.intern("get");
                    let get = self.getattr(subject, g)?;
                    let marker = self.new_list(Vec::new());
                    Some((get, marker))
                };
                let mark = self.roots.len();
                if let Some((get, marker)) = getter {
                    self.roots.push(get);
                    self.roots.push(marker);
                }
                let r = self.match_keys(subject, &keys, getter);
                self.roots.truncate(mark);
                let values = r?;
                let t = match values {
                    Some(v) => self.new_tuple(v),
                    None => Value::NONE,
                };
                self.stack.push(t);
            }
            DICT_WITHOUT_KEYS => {
                let keys = self.seq_items(top);
                let subject = self.stack[self.stack.len() - 2];
                let rest = self.new_dict();
                self.roots.push(rest);
                let r = self.dict_update(rest, subject).and_then(|()| {
                    for k in keys {
                        self.dict_del(rest, k)?;
                    }
                    Ok(())
                });
                self.roots.pop();
                r?;
                self.stack.truncate(self.stack.len() - 2);
                self.stack.push(rest);
            }
            MATCH_CLASS => {
                let n = self.stack.len();
                let (subject, cls) = (self.stack[n - 3], self.stack[n - 2]);
                let mark = self.roots.len();
                let attrs = self.match_class(subject, cls, top, (operand >> 3) as usize);
                self.roots.truncate(mark);
                let attrs = attrs?;
                self.stack.truncate(n - 3);
                self.stack.push(attrs.unwrap_or(Value::NONE));
            }
            other => unreachable!("match step {other}"),
        }
        Ok(())
    }

    /// What a user class says it is for sequence and mapping patterns: the class
    /// attribute `_kiln_match_kind` ("sequence" or "mapping"), which `collections.abc`'s
    /// `Sequence` and `Mapping` (and what is registered with them) and `deque` set, as
    /// CPython's `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING` do.
    fn registered_kind(&mut self, v: Value) -> Option<&'static str> {
        let Some(ObjKind::Instance(inst)) = v.kind() else { return None };
        let key = self.intern("_kiln_match_kind");
        match self.lookup_in_class(inst.class, key)?.as_str()? {
            "sequence" => Some("sequence"),
            "mapping" => Some("mapping"),
            _ => None,
        }
    }

    /// The values of `keys` in `subject` (through `getter`, a bound `get` and a marker,
    /// for mappings other than dicts), or None when one is missing. Pushes the values
    /// on `roots`; the caller truncates them.
    fn match_keys(
        &mut self,
        subject: Value,
        keys: &[Value],
        getter: Option<(Value, Value)>,
    ) -> PyResult<Option<Vec<Value>>> {
        let mut values = Vec::with_capacity(keys.len());
        for (i, &k) in keys.iter().enumerate() {
            for &earlier in &keys[..i] {
                if self.eq(earlier, k)? {
                    let r = self.repr_string(k)?;
                    return self
                        .err(ExcKind::ValueError, format!("mapping pattern checks duplicate key ({r})"));
                }
            }
            let v = match getter {
                None => self.dict_get(subject, k)?,
                Some((get, marker)) => {
                    let v = self.call(get, &[k, marker], &[])?;
                    (v != marker).then_some(v)
                }
            };
            match v {
                Some(v) => {
                    // Rooted until the caller drops its roots: a later `get` may collect.
                    self.roots.push(v);
                    values.push(v);
                }
                None => return Ok(None),
            }
        }
        Ok(Some(values))
    }

    /// The built-in type a value is or extends (`Object` for plain instances).
    fn builtin_kind(&self, v: Value) -> TypeId {
        match base_of(v) {
            Some(b) => self.builtin_type(b),
            None => self.builtin_type(v),
        }
    }

    /// The attributes a class pattern `cls(<npos patterns>, name=...)` matches against, or
    /// None when `subject` is not an instance of `cls` or lacks one of them.
    fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        names: Value,
        npos: usize,
    ) -> PyResult<Option<Value>> {
        let Some(ObjKind::Class(c)) = cls.kind() else {
            return self.type_error("called match pattern must be a type");
        };
        let cls_name = c.name.clone();
        if !self.isinstance(subject, cls) {
            return Ok(None);
        }
        let mut wanted: Vec<Value> = Vec::new();
        let mut attrs: Vec<Value> = Vec::new();
        if npos > 0 {
            let match_args = self.intern("__match_args__");
            match self.getattr_opt(cls, match_args)? {
                Some(args) => {
                    if !matches!(args.kind(), Some(ObjKind::Tuple(_))) {
                        let tn = self.type_name(args);
                        return self
                            .type_error(format!("{cls_name}.__match_args__ must be a tuple (got {tn})"));
                    }
                    let args = self.seq_items(args);
                    if npos > args.len() {
                        return self.too_many_positional(&cls_name, args.len(), npos);
                    }
                    for &a in &args[..npos] {
                        if !matches!(a.kind(), Some(ObjKind::Str(_))) {
                            let tn = self.type_name(a);
                            return self
                                .type_error(format!("__match_args__ elements must be strings (got {tn})"));
                        }
                        wanted.push(a);
                    }
                }
                None => {
                    // `int(x)`, and a subclass of int, match the subject itself.
                    let own = match self.types.iter().position(|&t| t == cls) {
                        Some(i) => Some(TypeId::ALL[i]),
                        None => self.class_builtin_base(cls),
                    };
                    let matches_self = own.is_some_and(|t| MATCHES_SELF.contains(&t));
                    if npos == 1 && matches_self {
                        attrs.push(subject);
                    } else {
                        return self.too_many_positional(&cls_name, matches_self as usize, npos);
                    }
                }
            }
        }
        wanted.extend(self.seq_items(names));
        for (i, &name) in wanted.iter().enumerate() {
            if wanted[..i].iter().any(|w| w.as_str() == name.as_str()) {
                let r = self.repr_string(name)?;
                return self.type_error(format!("{cls_name}() got multiple sub-patterns for attribute {r}"));
            }
            let Some(text) = name.as_str().map(str::to_string) else {
                return self.type_error("attribute name must be a string");
            };
            let sym = self.intern(&text);
            match self.getattr_opt(subject, sym)? {
                Some(v) => {
                    // Rooted (the caller drops them): a later getattr may collect.
                    self.roots.push(v);
                    attrs.push(v);
                }
                None => return Ok(None),
            }
        }
        Ok(Some(self.new_tuple(attrs)))
    }

    fn too_many_positional<T>(&mut self, cls_name: &str, allowed: usize, given: usize) -> PyResult<T> {
        let s = if allowed == 1 { "" } else { "s" };
        self.type_error(format!("{cls_name}() accepts {allowed} positional sub-pattern{s} ({given} given)"))
    }

    /// The built-in type a user class extends, if any.
    fn class_builtin_base(&self, cls: Value) -> Option<TypeId> {
        match cls.kind() {
            Some(ObjKind::Class(c)) => c.builtin_base,
            _ => None,
        }
    }
}
