//! `X | Y` on classes: `types.UnionType`, as `isinstance(x, int | str)` and
//! `issubclass(c, A | B)` take it; and `list[int]`: `types.GenericAlias`.
//!
//! A union is an instance of the built-in class `UnionType` whose `__args__` is the
//! tuple of its member classes (`NoneType` for None).

use super::{add_method, check_args, Kw};
use crate::object::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, TypeId, Vm};

/// The key under which the `UnionType` class is kept among the modules (a name no import
/// can spell), which keeps it alive.
const KEY: &str = "<UnionType>";

/// A class of this module's, kept among the modules under `key` and made on first use
/// with the given methods.
fn kept_class(
    vm: &mut Vm,
    key: &str,
    name: &str,
    methods: &[(&'static str, crate::object::BuiltinFn)],
) -> PyResult {
    let key = vm.intern(key);
    if let Some(&c) = vm.modules.get(&key) {
        return Ok(c);
    }
    let object = vm.types[TypeId::Object as usize];
    let cls = vm.create_class(name, name, &[object], Default::default())?;
    for &(m, f) in methods {
        add_method(vm, cls, m, f);
    }
    vm.modules.insert(key, cls);
    Ok(cls)
}

/// The `UnionType` class.
fn union_type(vm: &mut Vm) -> PyResult {
    kept_class(
        vm,
        KEY,
        "UnionType",
        &[("__repr__", union_repr), ("__or__", union_or), ("__ror__", union_ror)],
    )
}

/// The member classes of a union, if `v` is one.
pub fn union_args(vm: &mut Vm, v: Value) -> Option<Vec<Value>> {
    let Some(ObjKind::Instance(i)) = v.kind() else { return None };
    let key = vm.intern(KEY);
    let cls = *vm.modules.get(&key)?;
    if i.class != cls {
        return None;
    }
    let name = vm.intern("__args__");
    let args = vm.getattr(v, name).ok()?;
    match args.kind() {
        Some(ObjKind::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

/// Whether `v` may be an operand of a union: a class, None or a union.
pub fn is_union_operand(vm: &mut Vm, v: Value) -> bool {
    v.is_none()
        || matches!(v.kind(), Some(ObjKind::Class(_)))
        || union_args(vm, v).is_some()
        || alias_parts(vm, v).is_some()
}

/// `a | b` for two union operands: a union of their classes, in order and without
/// repeats (one class alone is itself).
pub fn make_union(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let none_type = vm.types[TypeId::NoneType as usize];
    let mut args: Vec<Value> = Vec::new();
    for v in [a, b] {
        let items = union_args(vm, v).unwrap_or_else(|| vec![v]);
        for x in items {
            let x = if x.is_none() { none_type } else { x };
            if !args.contains(&x) {
                args.push(x);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args[0]);
    }
    let cls = union_type(vm)?;
    let t = vm.new_tuple(args);
    vm.push_root(t);
    let u = vm.new_instance_with_base(cls, Value::NULL);
    vm.push_root(u);
    let name = vm.intern("__args__");
    let r = vm.setattr(u, name, t);
    vm.roots.truncate(vm.roots.len() - 2);
    r.map(|()| u)
}

fn union_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__repr__", args, 1, 1)?;
    let items = union_args(vm, args[0]).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for c in items {
        parts.push(type_text(vm, c)?);
    }
    Ok(vm.new_string(parts.join(" | ")))
}

fn union_or(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__or__", args, 2, 2)?;
    if !is_union_operand(vm, args[1]) {
        return Ok(vm.not_implemented);
    }
    make_union(vm, args[0], args[1])
}

fn union_ror(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__ror__", args, 2, 2)?;
    if !is_union_operand(vm, args[1]) {
        return Ok(vm.not_implemented);
    }
    make_union(vm, args[1], args[0])
}

/// The key of the `GenericAlias` class among the modules.
const ALIAS_KEY: &str = "<GenericAlias>";

/// The `types.GenericAlias` class (`list[int]`).
fn alias_type(vm: &mut Vm) -> PyResult {
    kept_class(
        vm,
        ALIAS_KEY,
        "GenericAlias",
        &[
            ("__repr__", alias_repr),
            ("__eq__", alias_eq),
            ("__hash__", alias_hash),
            ("__call__", alias_call),
            ("__mro_entries__", alias_mro_entries),
            ("__or__", union_or),
            ("__ror__", union_ror),
        ],
    )
}

/// `(origin, args)` of a generic alias.
fn alias_parts(vm: &mut Vm, v: Value) -> Option<(Value, Value)> {
    let Some(ObjKind::Instance(i)) = v.kind() else { return None };
    let key = vm.intern(ALIAS_KEY);
    if i.class != *vm.modules.get(&key)? {
        return None;
    }
    let (o, a) = (vm.intern("__origin__"), vm.intern("__args__"));
    Some((vm.getattr(v, o).ok()?, vm.getattr(v, a).ok()?))
}

/// `list[int]`: a built-in class subscripted, as in annotations (`__origin__` the class,
/// `__args__` the subscript as a tuple).
pub fn make_alias(vm: &mut Vm, origin: Value, key: Value) -> PyResult {
    let cls = alias_type(vm)?;
    let args = match key.kind() {
        Some(ObjKind::Tuple(_)) => key,
        _ => vm.new_tuple(vec![key]),
    };
    vm.push_root(args);
    let a = vm.new_instance_with_base(cls, Value::NULL);
    vm.push_root(a);
    let (o, n) = (vm.intern("__origin__"), vm.intern("__args__"));
    let r = vm.setattr(a, o, origin).and_then(|()| vm.setattr(a, n, args));
    vm.roots.truncate(vm.roots.len() - 2);
    r.map(|()| a)
}

/// How a class or alias argument prints inside `list[...]` and unions.
fn type_text(vm: &mut Vm, c: Value) -> PyResult<String> {
    let none_type = vm.types[TypeId::NoneType as usize];
    if c == none_type || c.is_none() {
        return Ok("None".to_string());
    }
    if c == vm.ellipsis {
        return Ok("...".to_string());
    }
    Ok(match c.kind() {
        Some(ObjKind::Class(k)) if k.builtin.is_some() => k.qualname.clone(),
        Some(ObjKind::Class(k)) => format!("__main__.{}", k.qualname),
        Some(ObjKind::Tuple(t)) if t.is_empty() => "()".to_string(),
        _ => vm.repr_string(c)?,
    })
}

fn alias_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__repr__", args, 1, 1)?;
    let Some((origin, a)) = alias_parts(vm, args[0]) else { return Ok(vm.new_str("GenericAlias")) };
    let mut parts = Vec::new();
    for x in vm.seq_items(a) {
        parts.push(type_text(vm, x)?);
    }
    let o = type_text(vm, origin)?;
    Ok(vm.new_string(format!("{o}[{}]", parts.join(", "))))
}

fn alias_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__eq__", args, 2, 2)?;
    let (Some((o1, a1)), Some((o2, a2))) = (alias_parts(vm, args[0]), alias_parts(vm, args[1])) else {
        return Ok(vm.not_implemented);
    };
    if o1 != o2 {
        return Ok(Value::FALSE);
    }
    let same = vm.eq(a1, a2)?;
    Ok(Value::bool(same))
}

fn alias_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__hash__", args, 1, 1)?;
    let Some((o, a)) = alias_parts(vm, args[0]) else { return Ok(vm.new_int(0)) };
    let ho = vm.hash(o)?;
    let ha = vm.hash(a)?;
    Ok(vm.new_int(ho ^ ha.rotate_left(7)))
}

fn alias_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some((o, _)) = alias_parts(vm, args[0]) else { return vm.type_error("not a generic alias") };
    vm.call(o, &args[1..], kw)
}

fn alias_mro_entries(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__mro_entries__", args, 2, 2)?;
    let Some((o, _)) = alias_parts(vm, args[0]) else { return vm.type_error("not a generic alias") };
    Ok(vm.new_tuple(vec![o]))
}
