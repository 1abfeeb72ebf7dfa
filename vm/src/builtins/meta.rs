//! User metaclasses: `class M(type)` and `class C(metaclass=M)`.
//!
//! A class records its metaclass (`ClassObj::meta`; null for `type`). Calling a
//! metaclass runs its `__new__` (by default `type.__new__`, which makes the class) and
//! then its `__init__`; calling a class whose metaclass defines `__call__` runs that,
//! and `type.__call__` (reached through `super().__call__`) makes the instance as usual.
//! Attributes a class lacks are looked up in its metaclass (`attr.rs`), and the
//! metaclass's `__iter__`, `__len__`, `__contains__`, `__getitem__`, `__repr__`,
//! `__instancecheck__` and `__subclasscheck__` serve the class (`Vm::class_hook`).
//! `__prepare__` is not supported.

use super::{add_method, Kw};
use crate::intern::{Sym, SymMap};
use crate::object::*;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

impl Vm {
    /// `M(name, bases, namespace, **kw)` for a user metaclass `M`.
    pub(crate) fn metaclass_instantiate(&mut self, meta: Value, args: &[Value], kw: Kw) -> PyResult {
        if args.len() == 1 && kw.is_empty() {
            return Ok(self.type_of(args[0]));
        }
        if args.len() != 3 {
            return self.type_error("type() takes 1 or 3 arguments");
        }
        let mut all = Vec::with_capacity(4);
        all.push(meta);
        all.extend_from_slice(args);
        let cls = match self.meta_lookup(meta, self.names.new) {
            Some(f) => {
                let f = match f.kind() {
                    Some(ObjKind::StaticMethod(g)) => *g,
                    _ => f,
                };
                self.call(f, &all, kw)?
            }
            None => type_new(self, &all, kw)?,
        };
        let mark = self.roots.len();
        self.push_root(cls);
        let t = self.type_of(cls);
        if self.is_subclass(t, meta) {
            if let Some(init) = self.meta_lookup(meta, self.names.init) {
                if let Some(ObjKind::Function(_)) = init.kind() {
                    all[0] = cls;
                    if let Err(e) = self.call(init, &all, kw) {
                        self.pop_roots(mark);
                        return Err(e);
                    }
                }
            }
        }
        self.pop_roots(mark);
        Ok(cls)
    }

    /// The `__call__` a class's user metaclass defines, if any.
    pub(crate) fn meta_call(&mut self, cls: Value) -> Option<Value> {
        let a = self.meta_attr(cls, self.names.call)?;
        matches!(a.kind(), Some(ObjKind::Function(_))).then_some(a)
    }

    /// The metaclass a class statement uses: the explicit one or the most derived of the
    /// bases' (null: `type`); TypeError when they conflict.
    pub(crate) fn effective_metaclass(&mut self, explicit: Value, bases: &[Value]) -> PyResult<Value> {
        let mut winner = explicit;
        for &b in bases {
            let m = match b.kind() {
                Some(ObjKind::Class(bc)) => bc.meta.get(),
                _ => Value::NULL,
            };
            if m.is_null() {
                continue;
            }
            if winner.is_null() || self.is_subclass(m, winner) {
                winner = m;
            } else if !self.is_subclass(winner, m) {
                return self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                );
            }
        }
        Ok(winner)
    }
}

/// `type.__new__(mcls, name, bases, namespace, **kw)`: makes a class whose metaclass is
/// `mcls`.
fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    if args.len() != 4 {
        return vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let (mcls, name, bases, ns) = (args[0], args[1], args[2], args[3]);
    let ty = vm.types[TypeId::Type as usize];
    if !matches!(mcls.kind(), Some(ObjKind::Class(_))) || !vm.is_subclass(mcls, ty) {
        let tn = vm.type_name(mcls);
        return vm.type_error(format!("type.__new__(X): X is not a type object ({tn})"));
    }
    let Some(name_s) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(name);
        return vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}"));
    };
    let Some(ObjKind::Tuple(bt)) = bases.kind() else {
        let tn = vm.type_name(bases);
        return vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}"));
    };
    let bases_v = bt.to_vec();
    if !matches!(ns.kind(), Some(ObjKind::Dict(_))) && crate::ops::base_of(ns).is_none() {
        let tn = vm.type_name(ns);
        return vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"));
    }
    let keys = vm.collect_iter(ns)?;
    let mut attrs: SymMap<Value> = Default::default();
    let mut qualname = name_s.clone();
    for k in keys {
        let Some(ks) = k.as_str().map(str::to_string) else { continue };
        let v = vm.getitem(ns, k)?;
        if ks == "__qualname__" {
            if let Some(q) = v.as_str() {
                qualname = q.to_string();
            }
            continue;
        }
        let s: Sym = vm.intern(&ks);
        attrs.insert(s, v);
    }
    vm.class_meta = if mcls == ty { Value::NULL } else { mcls };
    vm.class_kwargs = kw.to_vec();
    let r = vm.create_class(&name_s, &qualname, &bases_v, attrs);
    vm.class_meta = Value::NULL;
    vm.class_kwargs.clear();
    r
}

/// `type.__call__(cls, *args, **kw)`: makes an instance of `cls` (what a metaclass's
/// `super().__call__()` reaches).
fn type_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    match args.first().map(|c| c.kind()) {
        Some(Some(ObjKind::Class(_))) => vm.instantiate_plain(args[0], &args[1..], kw),
        _ => vm.type_error("descriptor '__call__' requires a 'type' object"),
    }
}

/// `type.__init__(cls, ...)`: nothing to do.
fn type_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::NONE)
}

pub(super) fn install(vm: &mut Vm) {
    let ty = vm.types[TypeId::Type as usize];
    let new = vm.new_builtin("__new__", type_new);
    let new = vm.heap.alloc(ObjKind::StaticMethod(new));
    super::add_class_attr(vm, ty, "__new__", new);
    add_method(vm, ty, "__call__", type_call);
    add_method(vm, ty, "__init__", type_init);
}

/// The metaclass dunder standing in for one of Kiln's class-level hooks.
pub(crate) fn hook_dunder(hook: &str) -> Option<&'static str> {
    Some(match hook {
        "__class_iter__" => "__iter__",
        "__class_len__" => "__len__",
        "__class_contains__" => "__contains__",
        "__class_repr__" => "__repr__",
        "__class_getitem__" => "__getitem__",
        "__class_instancecheck__" => "__instancecheck__",
        "__class_subclasscheck__" => "__subclasscheck__",
        _ => return None,
    })
}

/// Refuses `__prepare__`, which Kiln does not call.
pub(crate) fn check_prepare(vm: &mut Vm, meta: Value) -> PyResult<()> {
    let p = vm.intern("__prepare__");
    if vm.meta_lookup(meta, p).is_some() {
        return vm.err(
            ExcKind::NotImplementedError,
            format!("metaclass __prepare__ is not supported ({}:{})", file!(), line!()),
        );
    }
    Ok(())
}
