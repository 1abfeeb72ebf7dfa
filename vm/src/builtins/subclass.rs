//! Subclasses of the built-in types list, dict, set, frozenset, tuple, str, int and float.
//!
//! An instance of `class L(list)` is an ordinary [`InstanceObj`] (attributes, shape, class)
//! whose `base` holds the built-in value it extends. Mutable bases (list, dict, set) start
//! empty and are filled by `list.__init__` and friends; immutable ones are built by the
//! type's `__new__` from the constructor arguments. Methods of the built-in types are
//! flagged (`BuiltinObj::recv_base`) and receive the base value as their receiver; the
//! object protocols (len, iteration, subscripts, operators, repr, ...) fall back to the
//! base value when the class does not override the dunder.

use std::borrow::Cow;

use super::{add_class_attr, check_args, Kw};
use crate::intern::Sym;
use crate::object::*;
use crate::ops::base_of;
use crate::table::SetTable;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

/// The built-in types a class may extend.
pub fn is_subclassable(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List
            | TypeId::Dict
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Tuple
            | TypeId::Str
            | TypeId::Int
            | TypeId::Float
    )
}

/// The arguments a flagged method of a built-in type sees: an instance of a subclass as
/// receiver is replaced by its base value.
#[inline]
pub fn unwrap_receiver<'a>(b: &BuiltinObj, args: &'a [Value]) -> Cow<'a, [Value]> {
    if b.recv_base && b.bound.is_null() {
        if let Some(base) = args.first().and_then(|v| base_of(*v)) {
            let mut all = args.to_vec();
            all[0] = base;
            return Cow::Owned(all);
        }
    }
    Cow::Borrowed(args)
}

/// [`unwrap_receiver`] for arguments on the value stack (`stack[at..sp]`), in place.
#[inline]
pub fn unwrap_stack_receiver(vm: &mut Vm, recv_base: bool, at: usize, sp: usize) {
    if recv_base && at < sp {
        if let Some(base) = base_of(vm.stack[at]) {
            vm.stack[at] = base;
        }
    }
}

/// The value a new instance of a subclass of `t` starts with.
pub fn empty_base(vm: &mut Vm, t: TypeId) -> Value {
    match t {
        TypeId::List => vm.new_list(Vec::new()),
        TypeId::Dict => vm.new_dict(),
        TypeId::Set => vm.new_set(),
        TypeId::FrozenSet => vm.set_from_table(SetTable::new(), true),
        TypeId::Tuple => vm.empty_tuple,
        TypeId::Str => vm.empty_str,
        TypeId::Int => Value::small_int(0),
        TypeId::Float => Value::float(0.0),
        _ => Value::NULL,
    }
}

impl Vm {
    /// The base value of an instance of a subclass of a built-in type when the method
    /// `name` its class resolves to is the built-in type's own (not overridden).
    pub fn subclass_base(&self, v: Value, name: Sym) -> Option<Value> {
        let i = match v.kind() {
            Some(ObjKind::Instance(i)) if !i.base.is_null() => i,
            _ => return None,
        };
        match self.lookup_in_class(i.class, name)?.kind() {
            // A built-in method of a built-in type works on the base value; one a Kiln
            // class defines for itself (globals()' item assignment, a struct sequence's
            // repr) runs on the instance.
            Some(ObjKind::Builtin(b))
                if b.owner.is_null()
                    || matches!(b.owner.kind(), Some(ObjKind::Class(c)) if c.builtin.is_some()) =>
            {
                Some(i.base)
            }
            _ => None,
        }
    }

    /// A new instance of `cls` extending the built-in value `base`.
    pub fn new_instance_with_base(&mut self, cls: Value, base: Value) -> Value {
        self.heap.alloc(ObjKind::Instance(InstanceObj {
            class: cls,
            shape: std::cell::Cell::new(0),
            slots: std::cell::RefCell::new(Vec::new()),
            exc: None,
            base,
        }))
    }

    /// `t.__new__(cls, *args, **kw)` for a subclass `cls` of the built-in type `t`.
    pub fn builtin_subclass_new(&mut self, cls: Value, t: TypeId, args: &[Value], kw: Kw) -> PyResult {
        let base = match t {
            TypeId::List | TypeId::Dict | TypeId::Set => empty_base(self, t),
            _ => {
                let tc = self.types[t as usize];
                let r = super::construct_builtin(self, t, tc, args, kw)?;
                base_of(r).unwrap_or(r)
            }
        };
        let mark = self.roots.len();
        self.push_root(base);
        let inst = self.new_instance_with_base(cls, base);
        self.pop_roots(mark);
        Ok(inst)
    }

    /// Instantiates a class that has a user-defined `__new__` (`new`) or extends a
    /// built-in type: `__new__`, then `__init__` when the result is an instance of `cls`.
    pub fn instantiate_with_new(
        &mut self,
        cls: Value,
        new: Option<Value>,
        args: &[Value],
        kw: Kw,
    ) -> PyResult {
        let inst = match new {
            Some(f) => {
                let f = match f.kind() {
                    Some(ObjKind::StaticMethod(g)) => *g,
                    _ => f,
                };
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(cls);
                all.extend_from_slice(args);
                self.call(f, &all, kw)?
            }
            None => {
                let t = match cls.kind() {
                    Some(ObjKind::Class(c)) => c.builtin_base.filter(|&t| t != TypeId::Object),
                    _ => None,
                };
                match t {
                    Some(t) => self.builtin_subclass_new(cls, t, args, kw)?,
                    None => self.new_instance(cls, args),
                }
            }
        };
        if !self.isinstance(inst, cls) {
            return Ok(inst);
        }
        let init = match self.lookup_in_class(cls, self.names.init) {
            Some(f) if !self.is_object_slot(f) => f,
            _ => return Ok(inst),
        };
        let mark = self.roots.len();
        self.push_root(inst);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(inst);
        all.extend_from_slice(args);
        let r = self.call(init, &all, kw);
        self.pop_roots(mark);
        let r = r?;
        if !r.is_none() {
            let tn = self.type_name(r);
            return self.type_error(format!("__init__() should return None, not '{tn}'"));
        }
        Ok(inst)
    }

    /// Is `e` a TypeError whose message starts with `prefix` (an error about the operand
    /// types, to be reworded with the subclass names)?
    pub fn is_type_error_with(&self, e: Value, prefix: &str) -> bool {
        if !self.exc_matches(e, ExcKind::TypeError) {
            return false;
        }
        let args = match e.kind() {
            Some(ObjKind::Instance(InstanceObj { exc: Some(x), .. })) => x.borrow().args,
            _ => return false,
        };
        let first = self.seq_items(args).first().copied();
        first.and_then(|m| m.as_str().map(|s| s.starts_with(prefix))).unwrap_or(false)
    }

    /// `d[key]` for an instance `inst` of a dict subclass whose base dict is `d`:
    /// a missing key calls `__missing__` when the class defines it.
    pub fn dict_subscript(&mut self, inst: Value, d: Value, key: Value) -> PyResult {
        if let Some(v) = self.dict_get(d, key)? {
            return Ok(v);
        }
        if let Some(f) = self.user_dunder(inst, self.names.missing) {
            return self.call_dunder(f, inst, &[key]);
        }
        let t = self.new_tuple(vec![key]);
        let c = self.exc_type(ExcKind::KeyError);
        Err(self.new_exc_instance(c, t))
    }
}

/// Installs the methods subclasses rely on (`__new__`, `__init__`, `__repr__`, ...).
pub(super) fn install(vm: &mut Vm) {
    use TypeId::*;
    let t = |vm: &Vm, id: TypeId| vm.types[id as usize];
    for id in [List, Dict, Set, FrozenSet, Tuple, Str, Int, Float] {
        let c = t(vm, id);
        // A static method, as in CPython: no receiver check, and it never binds.
        let new = vm.new_builtin("__new__", type_new);
        add_class_attr(vm, c, "__new__", new);
        super::add_method(vm, c, "__repr__", |vm, a, _| {
            check_args(vm, "__repr__", a, 1, 1)?;
            vm.repr_of(a[0])
        });
    }
    for id in [List, Dict, Set, FrozenSet, Tuple, Str] {
        let c = t(vm, id);
        super::add_method(vm, c, "__iter__", |vm, a, _| {
            check_args(vm, "__iter__", a, 1, 1)?;
            vm.get_iter(a[0])
        });
        super::add_method(vm, c, "__len__", |vm, a, _| {
            check_args(vm, "__len__", a, 1, 1)?;
            let n = vm.len(a[0])?;
            Ok(vm.new_int(n as i64))
        });
        super::add_method(vm, c, "__contains__", |vm, a, _| {
            check_args(vm, "__contains__", a, 2, 2)?;
            Ok(Value::bool(vm.contains(a[0], a[1])?))
        });
    }
    for id in [Tuple, Str] {
        let c = t(vm, id);
        super::add_method(vm, c, "__getitem__", |vm, a, _| {
            check_args(vm, "__getitem__", a, 2, 2)?;
            vm.getitem(a[0], a[1])
        });
    }
    for id in [List, Dict] {
        let c = t(vm, id);
        super::add_method(vm, c, "__delitem__", |vm, a, _| {
            check_args(vm, "__delitem__", a, 2, 2)?;
            vm.delitem(a[0], a[1])?;
            Ok(Value::NONE)
        });
    }
    let s = t(vm, Str);
    super::add_method(vm, s, "__str__", |vm, a, _| vm.str_of(a[0]));
    let l = t(vm, List);
    super::add_method(vm, l, "__init__", list_init);
    let d = t(vm, Dict);
    super::add_method(vm, d, "__init__", dict_init);
    // dict.__getitem__ sees the instance itself: a missing key calls __missing__.
    add_raw(vm, d, "__getitem__", dict_getitem);
    let st = t(vm, Set);
    super::add_method(vm, st, "__init__", set_init);
    // Class namespaces changed: drop any cached lookups.
    vm.type_version += 1;
}

/// The class of what `globals()` returns: a subclass of dict named `dict` whose item
/// assignment and deletion also rebind or unbind the global of that name.
pub(crate) fn globals_dict_class(vm: &mut Vm) -> PyResult {
    if !vm.globals_dict_class.is_null() {
        return Ok(vm.globals_dict_class);
    }
    let d = vm.types[TypeId::Dict as usize];
    let cls = vm.create_class("dict", "dict", &[d], Default::default())?;
    vm.globals_dict_class = cls;
    add_raw(vm, cls, "__setitem__", globals_setitem);
    add_raw(vm, cls, "__delitem__", globals_delitem);
    Ok(cls)
}

/// The global slot of a str key (None for other keys).
fn global_slot_of(vm: &mut Vm, k: Value) -> Option<usize> {
    let name = k.as_str()?.to_string();
    let sym = vm.intern(&name);
    Some(vm.global_slot(sym) as usize)
}

fn globals_setitem(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__setitem__", a, 3, 3)?;
    let Some(d) = base_of(a[0]) else { return vm.type_error("globals dict without storage") };
    vm.dict_set(d, a[1], a[2])?;
    if let Some(s) = global_slot_of(vm, a[1]) {
        vm.globals[s].value = a[2];
    }
    Ok(Value::NONE)
}

fn globals_delitem(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__delitem__", a, 2, 2)?;
    let Some(d) = base_of(a[0]) else { return vm.type_error("globals dict without storage") };
    if vm.dict_del(d, a[1])?.is_none() {
        // Raises the KeyError a plain dict would.
        vm.getitem(d, a[1])?;
    }
    if let Some(s) = global_slot_of(vm, a[1]) {
        vm.globals[s].value = Value::NULL;
    }
    Ok(Value::NONE)
}

/// Adds a method whose receiver is passed as is (an instance of a subclass stays one).
pub(crate) fn add_raw(vm: &mut Vm, cls: Value, name: &'static str, f: BuiltinFn) {
    let b = vm.heap.alloc(ObjKind::Builtin(crate::object::BuiltinObj {
        name,
        func: f,
        bound: Value::NULL,
        recv_base: false,
        owner: cls,
    }));
    add_class_attr(vm, cls, name, b);
}

/// Checks the receiver of `T.__init__` (`ok` says whether it is of the right kind).
fn check_init_recv(vm: &mut Vm, a: &[Value], tn: &str, ok: fn(&ObjKind) -> bool) -> PyResult<()> {
    match a.first() {
        Some(v) if v.kind().is_some_and(ok) => check_args(vm, tn, &a[1..], 0, 1),
        Some(&v) => {
            let got = vm.type_name(v);
            vm.type_error(format!("descriptor '__init__' requires a '{tn}' object but received a '{got}'"))
        }
        None => vm.type_error(format!("descriptor '__init__' of '{tn}' object needs an argument")),
    }
}

/// `T.__new__(cls, *args, **kw)` of a built-in type.
fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let cls = match args.first() {
        Some(&c) => c,
        None => return vm.type_error("__new__(): not enough arguments"),
    };
    let (builtin, base) = match cls.kind() {
        Some(ObjKind::Class(c)) => (c.builtin, c.builtin_base.filter(|&t| t != TypeId::Object)),
        _ => {
            let tn = vm.type_name(cls);
            return vm.type_error(format!("__new__(X): X is not a type object ({tn})"));
        }
    };
    match (builtin, base) {
        (Some(t), _) => super::construct_builtin(vm, t, cls, &args[1..], kw),
        (None, Some(t)) => vm.builtin_subclass_new(cls, t, &args[1..], kw),
        (None, None) => Ok(vm.new_instance(cls, &[])),
    }
}

fn list_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::no_kw(vm, "list", kw)?;
    check_init_recv(vm, a, "list", |k| matches!(k, ObjKind::List(_)))?;
    let items = match a.get(1) {
        Some(&it) => vm.collect_iter(it)?,
        None => Vec::new(),
    };
    vm.heap.note_growth(items.len() * 8);
    if let Some(ObjKind::List(l)) = a[0].kind() {
        *l.borrow_mut() = items;
    }
    Ok(Value::NONE)
}

fn dict_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    check_init_recv(vm, a, "dict", |k| matches!(k, ObjKind::Dict(_)))?;
    if let Some(&o) = a.get(1) {
        vm.dict_update(a[0], o)?;
    }
    for &(k, v) in kw {
        let kv = vm.sym_value(k);
        vm.dict_set(a[0], kv, v)?;
    }
    Ok(Value::NONE)
}

fn set_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    super::no_kw(vm, "set", kw)?;
    check_init_recv(vm, a, "set", |k| matches!(k, ObjKind::Set(_)))?;
    let table = match a.get(1) {
        Some(&it) => vm.table_from_iter(it)?,
        None => SetTable::new(),
    };
    if let Some(ObjKind::Set(s)) = a[0].kind() {
        *s.borrow_mut() = table;
    }
    Ok(Value::NONE)
}

fn dict_getitem(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__getitem__", a, 2, 2)?;
    match base_of(a[0]) {
        Some(d) => vm.dict_subscript(a[0], d, a[1]),
        None => vm.getitem(a[0], a[1]),
    }
}
