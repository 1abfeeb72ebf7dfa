//! Methods of the built-in types (`str.split`, `list.append`, `dict.get`, ...) and of
//! `object` and `BaseException`.

use super::functions::sort_values;
use super::{add_method, arg_index, check_args, check_kw, check_margs, kwarg, Kw};
use crate::containers::find_bytes;
use crate::interp::GenStep;
use crate::object::*;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

pub(super) fn install(vm: &mut Vm) {
    let t = |vm: &Vm, id: TypeId| vm.types[id as usize];
    let object = t(vm, TypeId::Object);
    for (n, f) in [
        ("__init__", object_init as BuiltinFn),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
        ("__format__", object_format),
        ("__lt__", object_notimpl),
        ("__le__", object_notimpl),
        ("__gt__", object_notimpl),
        ("__ge__", object_notimpl),
        ("__new__", object_new),
    ] {
        add_method(vm, object, n, f);
    }
    // A class method in CPython: `super().__init_subclass__()` inside a subclass's own
    // (implicitly class) method reaches it without a receiver to check.
    let init_sub = vm.new_builtin("__init_subclass__", object_init_subclass);
    let init_sub = vm.heap.alloc(ObjKind::StaticMethod(init_sub));
    super::add_class_attr(vm, object, "__init_subclass__", init_sub);
    let base_exc = vm.exc_type(ExcKind::BaseException);
    add_method(vm, base_exc, "__init__", exc_init);
    add_method(vm, base_exc, "__str__", exc_str);
    let key_error = vm.exc_type(ExcKind::KeyError);
    add_method(vm, key_error, "__str__", key_error_str);
    let os_error = vm.exc_type(ExcKind::OSError);
    add_method(vm, os_error, "__str__", key_error_str);
    add_method(vm, base_exc, "__repr__", exc_repr);
    add_method(vm, base_exc, "with_traceback", exc_with_traceback);
    add_method(vm, base_exc, "add_note", exc_add_note);

    let s = t(vm, TypeId::Str);
    for (n, f) in STR_METHODS {
        add_method(vm, s, n, *f);
    }
    let mt = vm.new_builtin("maketrans", str_maketrans);
    let mt = vm.heap.alloc(ObjKind::StaticMethod(mt));
    super::add_class_attr(vm, s, "maketrans", mt);
    let l = t(vm, TypeId::List);
    for (n, f) in LIST_METHODS {
        add_method(vm, l, n, *f);
    }
    let d = t(vm, TypeId::Dict);
    for (n, f) in DICT_METHODS {
        add_method(vm, d, n, *f);
    }
    let fk = vm.new_builtin("fromkeys", dict_fromkeys);
    let fk = vm.heap.alloc(ObjKind::ClassMethod(fk));
    super::add_class_attr(vm, d, "fromkeys", fk);
    let st = t(vm, TypeId::Set);
    for (n, f) in SET_METHODS {
        add_method(vm, st, n, *f);
    }
    let fs = t(vm, TypeId::FrozenSet);
    for (n, f) in SET_METHODS {
        if matches!(
            *n,
            "copy"
                | "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "issubset"
                | "issuperset"
                | "isdisjoint"
        ) {
            add_method(vm, fs, n, *f);
        }
    }
    let tu = t(vm, TypeId::Tuple);
    add_method(vm, tu, "index", seq_index);
    add_method(vm, tu, "count", seq_count);
    let r = t(vm, TypeId::Range);
    add_method(vm, r, "index", seq_index);
    add_method(vm, r, "count", seq_count);
    let i = t(vm, TypeId::Int);
    add_method(vm, i, "bit_length", int_bit_length);
    add_method(vm, i, "bit_count", int_bit_count);
    add_method(vm, i, "conjugate", ident);
    add_method(vm, i, "as_integer_ratio", |vm, a, _| {
        let n = vm.unary_op(a[0], crate::bytecode::UnaryOp::Pos)?;
        Ok(vm.new_tuple(vec![n, Value::small_int(1)]))
    });
    add_method(vm, i, "__index__", ident);
    let fl = t(vm, TypeId::Float);
    add_method(vm, fl, "is_integer", float_is_integer);
    add_method(vm, fl, "hex", float_hex);
    add_method(vm, fl, "as_integer_ratio", float_as_integer_ratio);
    add_method(vm, fl, "conjugate", ident);
    add_method(vm, fl, "__round__", super::functions::round);
    add_method(vm, fl, "__floor__", |vm, a, kw| float_to_int_by(vm, a, kw, "__floor__", f64::floor));
    add_method(vm, fl, "__ceil__", |vm, a, kw| float_to_int_by(vm, a, kw, "__ceil__", f64::ceil));
    add_method(vm, fl, "__trunc__", |vm, a, kw| float_to_int_by(vm, a, kw, "__trunc__", f64::trunc));
    let g = t(vm, TypeId::Generator);
    add_method(vm, g, "send", gen_send);
    add_method(vm, g, "close", gen_close);
    add_method(vm, g, "throw", gen_throw);
    add_method(vm, g, "__next__", gen_next);
    add_method(vm, g, "__iter__", ident);
    let it = t(vm, TypeId::Iterator);
    add_method(vm, it, "__next__", iter_next_m);
    add_method(vm, it, "__iter__", ident);
    let sl = t(vm, TypeId::Slice);
    add_method(vm, sl, "indices", slice_indices_m);
    install_operator_dunders(vm);
    let ty = t(vm, TypeId::Type);
    add_method(vm, ty, "mro", type_mro);
    add_method(vm, ty, "__subclasses__", type_subclasses);
}

/// The binary operator dunders of the built-in types and their operators.
const BINARY_DUNDERS: &[(&str, &str, crate::bytecode::BinOp)] = {
    use crate::bytecode::BinOp::*;
    &[
        ("__add__", "__radd__", Add),
        ("__sub__", "__rsub__", Sub),
        ("__mul__", "__rmul__", Mul),
        ("__truediv__", "__rtruediv__", TrueDiv),
        ("__floordiv__", "__rfloordiv__", FloorDiv),
        ("__mod__", "__rmod__", Mod),
        ("__pow__", "__rpow__", Pow),
        ("__lshift__", "__rlshift__", LShift),
        ("__rshift__", "__rrshift__", RShift),
        ("__and__", "__rand__", And),
        ("__or__", "__ror__", Or),
        ("__xor__", "__rxor__", Xor),
    ]
};

/// `int.__add__`, `str.__mul__`, `list.__add__`, `float.__neg__`, `dict.__repr__`, ...:
/// explicit calls of the operator methods of the built-in types (`super().__add__(x)` in
/// a subclass, `(1).__add__(2)`).
fn install_operator_dunders(vm: &mut Vm) {
    use crate::bytecode::BinOp::*;
    let numeric: &[crate::bytecode::BinOp] =
        &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor];
    let table: &[(TypeId, &[crate::bytecode::BinOp], &[&str])] = &[
        (
            TypeId::Int,
            numeric,
            &["__neg__", "__pos__", "__abs__", "__invert__", "__repr__", "__int__", "__float__"],
        ),
        (
            TypeId::Float,
            &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow],
            &["__neg__", "__pos__", "__abs__", "__repr__", "__int__", "__float__"],
        ),
        (TypeId::Str, &[Add, Mul, Mod], &["__repr__"]),
        (TypeId::List, &[Add, Mul], &["__repr__"]),
        (TypeId::Tuple, &[Add, Mul], &["__repr__"]),
        (TypeId::Dict, &[Or], &["__repr__"]),
        (TypeId::Set, &[And, Or, Xor, Sub], &["__repr__"]),
        (TypeId::FrozenSet, &[And, Or, Xor, Sub], &["__repr__"]),
    ];
    for &(tid, ops, unary) in table {
        let cls = vm.types[tid as usize];
        for &(name, rname, op) in BINARY_DUNDERS {
            if !ops.contains(&op) {
                continue;
            }
            add_method(vm, cls, name, builtin_binary_dunder);
            // Sequences have no reflected `+`; `str % x` has no `__rmod__` use here.
            if matches!(tid, TypeId::Int | TypeId::Float) || (op == Mul && tid != TypeId::Dict) {
                add_method(vm, cls, rname, builtin_binary_dunder);
            }
        }
        for &name in unary {
            add_method(vm, cls, name, builtin_unary_dunder);
        }
    }
}

/// Whether the built-in operator `op` of the type of `recv` takes `other` (otherwise the
/// method returns NotImplemented, like CPython's).
fn dunder_accepts(recv: Value, other: Value, op: crate::bytecode::BinOp) -> bool {
    use crate::bytecode::BinOp::*;
    let is_int = |v: Value| crate::ops::as_int(&v).is_some();
    let same_kind = |a: Value, b: Value| match (a.kind(), b.kind()) {
        (Some(x), Some(y)) => std::mem::discriminant(x) == std::mem::discriminant(y),
        _ => false,
    };
    if is_int(recv) {
        return is_int(other);
    }
    if recv.is_float() {
        return other.is_float() || is_int(other);
    }
    match recv.kind() {
        Some(ObjKind::Str(_)) if op == Mod => true,
        Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_)) if op == Mul => is_int(other),
        Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)) => {
            matches!(other.kind(), Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)))
        }
        Some(_) => same_kind(recv, other),
        None => false,
    }
}

fn builtin_binary_dunder(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let name = vm.current_builtin_name.unwrap_or("");
    check_args(vm, name, args, 2, 2)?;
    let base = |v: Value| crate::ops::base_of(v).unwrap_or(v);
    let (recv, other) = (base(args[0]), base(args[1]));
    let Some(&(fwd, _, op)) = BINARY_DUNDERS.iter().find(|(f, r, _)| *f == name || *r == name) else {
        return Ok(vm.not_implemented);
    };
    if !dunder_accepts(recv, other, op) {
        return Ok(vm.not_implemented);
    }
    if fwd == name {
        vm.binary_op(recv, other, op, false)
    } else {
        vm.binary_op(other, recv, op, false)
    }
}

fn builtin_unary_dunder(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    use crate::bytecode::UnaryOp;
    let name = vm.current_builtin_name.unwrap_or("");
    check_args(vm, name, args, 1, 1)?;
    let v = crate::ops::base_of(args[0]).unwrap_or(args[0]);
    match name {
        "__neg__" => vm.unary_op(v, UnaryOp::Neg),
        "__pos__" => vm.unary_op(v, UnaryOp::Pos),
        "__invert__" => vm.unary_op(v, UnaryOp::Invert),
        "__abs__" => {
            let neg = vm.compare(v, Value::small_int(0), crate::bytecode::CmpOp::Lt)?;
            if vm.truthy(neg)? {
                vm.unary_op(v, UnaryOp::Neg)
            } else {
                vm.unary_op(v, UnaryOp::Pos)
            }
        }
        "__int__" => super::functions::to_int(vm, v),
        "__float__" => match (v.as_float(), crate::ops::as_int(&v)) {
            (Some(f), _) => Ok(Value::float(f)),
            _ => {
                let f = vm.call(vm.types[TypeId::Float as usize], &[v], &[])?;
                Ok(f)
            }
        },
        _ => vm.repr_of(v),
    }
}

/// `dict.fromkeys(iterable, value=None)`, a classmethod: `a[0]` is `dict` or a subclass, whose
/// instance is made by calling it and filled through `__setitem__`.
fn dict_fromkeys(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "dict.fromkeys", a, 1, 2)?;
    let (cls, keys, v) = (a[0], a[1], a.get(2).copied().unwrap_or(Value::NONE));
    let items = vm.collect_iter(keys)?;
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let plain = cls == vm.types[TypeId::Dict as usize];
    let d = if plain { Ok(vm.new_dict()) } else { vm.call(cls, &[], &[]) };
    let d = match d {
        Ok(d) => d,
        Err(e) => {
            vm.pop_roots(mark);
            return Err(e);
        }
    };
    vm.push_root(d);
    for k in items {
        let r = if plain { vm.dict_set(d, k, v) } else { vm.setitem(d, k, v) };
        if let Err(e) = r {
            vm.pop_roots(mark);
            return Err(e);
        }
    }
    vm.pop_roots(mark);
    Ok(d)
}

/// Rejects more than `max` positional arguments to a str method, with the message of
/// CPython's argument-clinic methods ("split() takes at most 2 arguments (3 given)").
fn at_most(vm: &mut Vm, a: &[Value], name: &str, max: usize) -> PyResult<()> {
    let n = a.len().saturating_sub(1);
    if n > max {
        let s = if max == 1 { "" } else { "s" };
        return vm.type_error(format!("{name}() takes at most {max} argument{s} ({n} given)"));
    }
    Ok(())
}

/// Rejects any argument to a method that takes none (`str.upper(1)`), with CPython's
/// message naming the receiver's built-in type.
fn no_args(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    if a.len() > 1 || !kw.is_empty() {
        let qual = format!("{}.{name}", vm.type_name(a[0]));
        if !kw.is_empty() {
            return vm.type_error(format!("{qual}() takes no keyword arguments"));
        }
        return check_margs(vm, &qual, a, 0, 0);
    }
    Ok(())
}

fn ident(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::NONE)
}

/// `object.__init_subclass__`: does nothing, and takes no keyword arguments.
fn object_init_subclass(vm: &mut Vm, _args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        let q = vm.class_being_finished.clone();
        return vm.type_error(format!("{q}.__init_subclass__() takes no keyword arguments"));
    }
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "object.__new__", args, 1, usize::MAX)?;
    Ok(vm.new_instance(args[0], &[]))
}

/// `super().__eq__(other)` and friends reach `object` for instances of subclasses of
/// built-in types that do not define the comparison: it compares their base values.
fn base_compare(vm: &mut Vm, args: &[Value], op: crate::bytecode::CmpOp) -> PyResult<Option<Value>> {
    match crate::ops::base_of(args[0]) {
        Some(a) => {
            let b = crate::ops::base_of(args[1]).unwrap_or(args[1]);
            vm.compare(a, b, op).map(Some)
        }
        // `(1).__lt__(2)`, `"a".__eq__(s)`: the built-in comparison when the types match.
        None if !matches!(args[0].kind(), Some(ObjKind::Instance(_))) => {
            let (a, b) = (args[0], crate::ops::base_of(args[1]).unwrap_or(args[1]));
            let ordered = !matches!(a.kind(), Some(ObjKind::Dict(_)))
                || matches!(op, crate::bytecode::CmpOp::Eq | crate::bytecode::CmpOp::Ne);
            if ordered && dunder_accepts(a, b, crate::bytecode::BinOp::Add) {
                vm.compare(a, b, op).map(Some)
            } else {
                Ok(Some(vm.not_implemented))
            }
        }
        None => Ok(None),
    }
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__eq__", args, 2, 2)?;
    if let Some(r) = base_compare(vm, args, crate::bytecode::CmpOp::Eq)? {
        return Ok(r);
    }
    Ok(if args[0] == args[1] { Value::TRUE } else { vm.not_implemented })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__ne__", args, 2, 2)?;
    if let Some(r) = base_compare(vm, args, crate::bytecode::CmpOp::Ne)? {
        return Ok(r);
    }
    let r = vm.compare(args[0], args[1], crate::bytecode::CmpOp::Eq)?;
    let b = vm.truthy(r)?;
    Ok(Value::bool(!b))
}

fn object_notimpl(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    use crate::bytecode::CmpOp;
    let op = match vm.current_builtin_name {
        Some("__lt__") => CmpOp::Lt,
        Some("__le__") => CmpOp::Le,
        Some("__gt__") => CmpOp::Gt,
        _ => CmpOp::Ge,
    };
    if args.len() == 2 {
        if let Some(r) = base_compare(vm, args, op)? {
            return Ok(r);
        }
    }
    Ok(vm.not_implemented)
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if let Some(b) = args.first().and_then(|v| crate::ops::base_of(*v)) {
        let h = vm.hash(b)?;
        return Ok(vm.new_int(h));
    }
    let h = crate::ops::identity_hash(args[0]);
    Ok(vm.new_int(h))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = args[0];
    let addr = v.bits() & crate::value::PAYLOAD_MASK;
    let (q, module) = match vm.type_of(v).kind() {
        // Built-in types live in `builtins`, which CPython leaves out.
        Some(ObjKind::Class(c)) => (c.qualname.clone(), if c.builtin.is_some() { "" } else { "__main__." }),
        _ => ("?".into(), ""),
    };
    Ok(vm.new_string(format!("<{module}{q} object at {addr:#x}>")))
}

/// `BaseException.__str__`, also reached through `super().__str__()` from a subclass's
/// own `__str__`.
fn exc_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__str__", args, 1, 1)?;
    let s = vm.exc_str_text(args[0], true)?;
    Ok(vm.new_string(s))
}

/// `KeyError.__str__` (one argument shows as its repr) and `OSError.__str__`
/// (`[Errno 2] No such file: 'a.txt'`).
fn key_error_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__str__", args, 1, 1)?;
    let s = vm.exc_str_text(args[0], false)?;
    Ok(vm.new_string(s))
}

/// `BaseException.__repr__`.
fn exc_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__repr__", args, 1, 1)?;
    let s = vm.exc_repr_text(args[0])?;
    Ok(vm.new_string(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    vm.repr_of(args[0])
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__format__", args, 2, 2)?;
    // `int.__format__(5, ">3")` (built-in types share this slot): a built-in value, or
    // the built-in part of an instance of a subclass (an IntEnum member), formats as
    // the built-in type does.
    let target = match args[0].kind() {
        Some(ObjKind::Instance(_)) => crate::ops::base_of(args[0]),
        _ => Some(args[0]),
    };
    if let (Some(v), Some(spec)) = (target, args[1].as_str()) {
        if spec.is_empty() {
            // An empty spec is str(), which a subclass may override.
            return vm.str_of(args[0]);
        }
        let spec = spec.to_string();
        let s = vm.format_to_string(v, &spec)?;
        return Ok(vm.new_string(s));
    }
    if args[1].as_str().map(|s| !s.is_empty()).unwrap_or(false) {
        let tn = vm.type_name(args[0]);
        return vm.type_error(format!("unsupported format string passed to {tn}.__format__"));
    }
    vm.str_of(args[0])
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__setattr__", args, 3, 3)?;
    let name = match args[1].as_str() {
        Some(s) => s.to_string(),
        None => return vm.type_error("attribute name must be string"),
    };
    let sym = vm.intern(&name);
    vm.setattr_raw(args[0], sym, args[2])?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__delattr__", args, 2, 2)?;
    let name = match args[1].as_str() {
        Some(s) => s.to_string(),
        None => return vm.type_error("attribute name must be string"),
    };
    let sym = vm.intern(&name);
    vm.delattr_raw(args[0], sym)?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "__getattribute__", args, 2, 2)?;
    let name = match args[1].as_str() {
        Some(s) => s.to_string(),
        None => return vm.type_error("attribute name must be string"),
    };
    let sym = vm.intern(&name);
    vm.no_getattr_hook = true;
    let r = vm.getattr_raw(args[0], sym);
    vm.no_getattr_hook = false;
    r
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let mut given = &args[1..];
    if let Some(ObjKind::Instance(i)) = args[0].kind() {
        if (3..=5).contains(&given.len()) && vm.is_subclass(i.class, vm.exc_type(ExcKind::OSError)) {
            // OSError keeps (errno, strerror) as its args; the rest are attributes.
            given = &given[..2];
        }
        if vm.is_subclass(i.class, vm.exc_type(ExcKind::ImportError)) {
            for &(k, v) in kw {
                let n = vm.sym_str(k).to_string();
                if n != "name" && n != "path" {
                    return vm.type_error(format!("'{n}' is an invalid keyword argument for ImportError()"));
                }
                vm.setattr_raw(args[0], k, v)?;
            }
        }
    }
    let t = vm.new_tuple(given.to_vec());
    if let Some(ObjKind::Instance(i)) = args[0].kind() {
        if let Some(e) = &i.exc {
            e.borrow_mut().args = t;
        }
    }
    Ok(Value::NONE)
}

/// `exc.add_note(note)`: appends to the exception's `__notes__` list (made on first use);
/// a traceback prints the notes under the exception's line.
fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "BaseException.add_note", args, 1, 1)?;
    if args[1].as_str().is_none() {
        let tn = vm.type_name(args[1]);
        return vm.type_error(format!("note must be a str, not '{tn}'"));
    }
    let name = vm.intern("__notes__");
    let notes = match vm.getattr_opt(args[0], name)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.setattr(args[0], name, l)?;
            l
        }
    };
    match notes.kind() {
        Some(ObjKind::List(l)) => {
            l.borrow_mut().push(args[1]);
            Ok(Value::NONE)
        }
        _ => vm.type_error("Cannot add note: __notes__ is not a list"),
    }
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}

fn slice_indices_m(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "indices", args, 2, 2)?;
    let n = arg_index(vm, args[1])?;
    if n < 0 {
        return vm.value_error("length should not be negative");
    }
    let (a, b, c) = vm.slice_parts(args[0])?;
    let (s, e, st) = crate::ops::slice_indices(a, b, c, n as usize);
    let (s, e, st) = (vm.new_int(s), vm.new_int(e), vm.new_int(st));
    Ok(vm.new_tuple(vec![s, e, st]))
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let m = match args[0].kind() {
        Some(ObjKind::Class(c)) => c.mro.borrow().clone(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(m))
}

/// `cls.__subclasses__()`: the classes that name `cls` among their direct bases, in the
/// order they were made.
fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let Some(&cls) = args.first() else { return vm.type_error("__subclasses__() needs a class") };
    let mut subs: Vec<(u64, Value)> = vm
        .heap
        .classes()
        .into_iter()
        .filter_map(|c| match c.kind() {
            Some(ObjKind::Class(k)) if k.bases.contains(&cls) => Some((k.serial, c)),
            _ => None,
        })
        .collect();
    subs.sort_by_key(|(s, _)| *s);
    Ok(vm.new_list(subs.into_iter().map(|(_, c)| c).collect()))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, args, kw, "bit_count")?;
    let b = crate::ops::as_bigint(args[0]).unwrap_or_default();
    let n: u64 = b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(vm.new_int(n as i64))
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, args, kw, "bit_length")?;
    let b = crate::ops::as_bigint(args[0]).unwrap_or_default();
    Ok(vm.new_int(b.bits() as i64))
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exponent>` (`0x0.` for subnormals and zero).
fn float_hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, args, kw, "hex")?;
    let x = args[0].as_float().unwrap_or(0.0);
    let text = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        let sign = if x.is_sign_negative() { "-" } else { "" };
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        match (exp, mant) {
            (0, 0) => format!("{sign}0x0.0p+0"),
            (0, m) => format!("{sign}0x0.{m:013x}p-1022"),
            (e, m) => format!("{sign}0x1.{m:013x}p{:+}", e - 1023),
        }
    };
    Ok(vm.new_string(text))
}

/// `x.__floor__()` and the like: the float rounded by `f`, as an int.
fn float_to_int_by(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, f: fn(f64) -> f64) -> PyResult {
    no_args(vm, args, kw, name)?;
    let x = args[0].as_float().unwrap_or(0.0);
    let i = vm.num_result(crate::num::f64_to_int(f(x)))?;
    Ok(vm.new_bigint(i))
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, args, kw, "is_integer")?;
    let f = args[0].as_float().unwrap_or(0.0);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, args, kw, "as_integer_ratio")?;
    let f = args[0].as_float().unwrap_or(0.0);
    if !f.is_finite() {
        return vm.err(ExcKind::OverflowError, "cannot convert Infinity to integer ratio");
    }
    let (mut m, mut e) = frexp(f);
    let mut num = 0f64;
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    num += m;
    let n = crate::num::f64_to_int(num).unwrap_or_default();
    let (n, d) = if e >= 0 {
        (n << e as usize, num_bigint::BigInt::from(1))
    } else {
        (n, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    let g = num_integer::Integer::gcd(&n, &d);
    let (n, d) = if g > num_bigint::BigInt::from(0) { (n / &g, d / &g) } else { (n, d) };
    let nv = vm.new_bigint(n);
    let dv = vm.new_bigint(d);
    Ok(vm.new_tuple(vec![nv, dv]))
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "send", args, 2, 2)?;
    match vm.gen_resume(args[0], args[1])? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => {
            let c = vm.exc_type(ExcKind::StopIteration);
            let t = if r.is_none() { vm.new_tuple(vec![]) } else { vm.new_tuple(vec![r]) };
            Err(vm.new_exc_instance(c, t))
        }
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    match vm.gen_resume(args[0], Value::NONE)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => {
            let c = vm.exc_type(ExcKind::StopIteration);
            let t = if r.is_none() { vm.new_tuple(vec![]) } else { vm.new_tuple(vec![r]) };
            Err(vm.new_exc_instance(c, t))
        }
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let c = vm.exc_type(ExcKind::GeneratorExit);
    let t = vm.new_tuple(vec![]);
    let exit = vm.new_exc_instance(c, t);
    match vm.gen_throw(args[0], exit) {
        Ok(GenStep::Yield(_)) => vm.err(ExcKind::RuntimeError, "generator ignored GeneratorExit"),
        Ok(GenStep::Return(_)) => Ok(Value::NONE),
        Err(e) if vm.exc_matches(e, ExcKind::GeneratorExit) || vm.exc_matches(e, ExcKind::StopIteration) => {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "throw", args, 2, 4)?;
    let e = match args[1].kind() {
        Some(ObjKind::Class(_)) if args.len() >= 3 && !args[2].is_none() => {
            let a = args[2];
            vm.call(args[1], &[a], &[])?
        }
        _ => vm.make_exception(args[1])?,
    };
    match vm.gen_throw(args[0], e)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => {
            let c = vm.exc_type(ExcKind::StopIteration);
            let t = if r.is_none() { vm.new_tuple(vec![]) } else { vm.new_tuple(vec![r]) };
            Err(vm.new_exc_instance(c, t))
        }
    }
}

fn iter_next_m(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => vm.err(ExcKind::StopIteration, ""),
    }
}

// ----- str -----

fn this_str(args: &[Value]) -> &str {
    args[0].as_str().unwrap_or("")
}

/// The text of a str or of an instance of a str subclass.
fn str_like(v: &Value) -> Option<&str> {
    match v.kind() {
        Some(ObjKind::Str(s)) => Some(&s.s),
        Some(ObjKind::Instance(i)) => i.base.as_str(),
        _ => None,
    }
}

fn arg_str<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match str_like(v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(*v);
            vm.type_error(format!("{what} must be str, not {tn}"))
        }
    }
}

/// Full case folds (Unicode CaseFolding.txt, statuses C and F) of the characters whose fold is
/// not their lowercase; Cherokee and the Greek iota-subscript block are handled by
/// `casefold_char` directly.
const CASEFOLD_SPECIAL: &[(char, &str)] = &[
    ('\u{b5}', "\u{3bc}"),
    ('\u{df}', "ss"),
    ('\u{149}', "\u{2bc}n"),
    ('\u{17f}', "s"),
    ('\u{1f0}', "j\u{30c}"),
    ('\u{345}', "\u{3b9}"),
    ('\u{390}', "\u{3b9}\u{308}\u{301}"),
    ('\u{3b0}', "\u{3c5}\u{308}\u{301}"),
    ('\u{3c2}', "\u{3c3}"),
    ('\u{3d0}', "\u{3b2}"),
    ('\u{3d1}', "\u{3b8}"),
    ('\u{3d5}', "\u{3c6}"),
    ('\u{3d6}', "\u{3c0}"),
    ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"),
    ('\u{3f5}', "\u{3b5}"),
    ('\u{587}', "\u{565}\u{582}"),
    ('\u{1c80}', "\u{432}"),
    ('\u{1c81}', "\u{434}"),
    ('\u{1c82}', "\u{43e}"),
    ('\u{1c83}', "\u{441}"),
    ('\u{1c84}', "\u{442}"),
    ('\u{1c85}', "\u{442}"),
    ('\u{1c86}', "\u{44a}"),
    ('\u{1c87}', "\u{463}"),
    ('\u{1c88}', "\u{a64b}"),
    ('\u{1e96}', "h\u{331}"),
    ('\u{1e97}', "t\u{308}"),
    ('\u{1e98}', "w\u{30a}"),
    ('\u{1e99}', "y\u{30a}"),
    ('\u{1e9a}', "a\u{2be}"),
    ('\u{1e9b}', "\u{1e61}"),
    ('\u{1e9e}', "ss"),
    ('\u{1f50}', "\u{3c5}\u{313}"),
    ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"),
    ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"),
    ('\u{1fb3}', "\u{3b1}\u{3b9}"),
    ('\u{1fb4}', "\u{3ac}\u{3b9}"),
    ('\u{1fb6}', "\u{3b1}\u{342}"),
    ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"),
    ('\u{1fbc}', "\u{3b1}\u{3b9}"),
    ('\u{1fbe}', "\u{3b9}"),
    ('\u{1fc2}', "\u{1f74}\u{3b9}"),
    ('\u{1fc3}', "\u{3b7}\u{3b9}"),
    ('\u{1fc4}', "\u{3ae}\u{3b9}"),
    ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"),
    ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"),
    ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"),
    ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"),
    ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"),
    ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"),
    ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"),
    ('\u{1ff4}', "\u{3ce}\u{3b9}"),
    ('\u{1ff6}', "\u{3c9}\u{342}"),
    ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"),
    ('\u{1ffc}', "\u{3c9}\u{3b9}"),
    ('\u{fb00}', "ff"),
    ('\u{fb01}', "fi"),
    ('\u{fb02}', "fl"),
    ('\u{fb03}', "ffi"),
    ('\u{fb04}', "ffl"),
    ('\u{fb05}', "st"),
    ('\u{fb06}', "st"),
    ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"),
    ('\u{fb15}', "\u{574}\u{56b}"),
    ('\u{fb16}', "\u{57e}\u{576}"),
    ('\u{fb17}', "\u{574}\u{56d}"),
];

/// Appends the full case fold of `c` (what `str.casefold` maps it to) to `out`.
fn casefold_char(c: char, out: &mut String) {
    let cp = c as u32;
    let push = |out: &mut String, cp: u32| out.push(char::from_u32(cp).unwrap_or(c));
    match cp {
        // Cherokee folds to its capital letters, the reverse of lowercasing.
        0x13a0..=0x13f5 => out.push(c),
        0x13f8..=0x13fd => push(out, cp - 8),
        0xab70..=0xabbf => push(out, cp - 0x97d0),
        // Greek with ypogegrammeni / prosgegrammeni: the base letter, then iota.
        0x1f80..=0x1faf => {
            let base = [0x1f00, 0x1f20, 0x1f60][((cp - 0x1f80) >> 4) as usize];
            push(out, base + (cp & 7));
            out.push('\u{3b9}');
        }
        _ => match CASEFOLD_SPECIAL.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => out.push_str(CASEFOLD_SPECIAL[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        },
    }
}

/// Whether `c` is a title-case letter (general category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(
        c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

/// Unicode's `Cased` property, which `str.title` and `str.istitle` use to find word starts.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Appends the full title-case mapping of `c` to `out` (it differs from the uppercase one for
/// digraphs, ligatures, Georgian and the Greek iota-subscript letters).
fn titlecase_char(c: char, out: &mut String) {
    let cp = c as u32;
    let special = match cp {
        0xdf => "Ss",
        0x587 => "\u{535}\u{582}",
        0x1fb2 => "\u{1fba}\u{345}",
        0x1fb4 => "\u{386}\u{345}",
        0x1fb7 => "\u{391}\u{342}\u{345}",
        0x1fc2 => "\u{1fca}\u{345}",
        0x1fc4 => "\u{389}\u{345}",
        0x1fc7 => "\u{397}\u{342}\u{345}",
        0x1ff2 => "\u{1ffa}\u{345}",
        0x1ff4 => "\u{38f}\u{345}",
        0x1ff7 => "\u{3a9}\u{342}\u{345}",
        0xfb00 => "Ff",
        0xfb01 => "Fi",
        0xfb02 => "Fl",
        0xfb03 => "Ffi",
        0xfb04 => "Ffl",
        0xfb05 | 0xfb06 => "St",
        0xfb13 => "\u{544}\u{576}",
        0xfb14 => "\u{544}\u{565}",
        0xfb15 => "\u{544}\u{56b}",
        0xfb16 => "\u{54e}\u{576}",
        0xfb17 => "\u{544}\u{56d}",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    let mapped = match cp {
        0x1c4..=0x1c6 => 0x1c5,
        0x1c7..=0x1c9 => 0x1c8,
        0x1ca..=0x1cc => 0x1cb,
        0x1f1..=0x1f3 => 0x1f2,
        // Georgian Mkhedruli letters are their own title case (their uppercase is Mtavruli).
        0x10d0..=0x10fa | 0x10fd..=0x10ff => cp,
        0x1f80..=0x1faf => cp | 8,
        0x1fb3 | 0x1fc3 | 0x1ff3 => cp + 9,
        0x1fbc | 0x1fcc | 0x1ffc => cp,
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.push(char::from_u32(mapped).unwrap_or(c));
}

const STR_METHODS: &[(&str, BuiltinFn)] = &[
    ("upper", |vm, a, kw| {
        no_args(vm, a, kw, "upper")?;
        let s = this_str(a).to_uppercase();
        Ok(vm.new_string(s))
    }),
    ("lower", |vm, a, kw| {
        no_args(vm, a, kw, "lower")?;
        let s = this_str(a).to_lowercase();
        Ok(vm.new_string(s))
    }),
    ("casefold", |vm, a, kw| {
        no_args(vm, a, kw, "casefold")?;
        let mut s = String::new();
        for c in this_str(a).chars() {
            casefold_char(c, &mut s);
        }
        Ok(vm.new_string(s))
    }),
    ("swapcase", |vm, a, kw| {
        no_args(vm, a, kw, "swapcase")?;
        let s: String = this_str(a)
            .chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else if c.is_lowercase() {
                    c.to_uppercase().collect::<Vec<_>>()
                } else {
                    vec![c]
                }
            })
            .collect();
        Ok(vm.new_string(s))
    }),
    ("capitalize", |vm, a, kw| {
        no_args(vm, a, kw, "capitalize")?;
        let s = this_str(a);
        if s.is_ascii() {
            let mut out = s.to_ascii_lowercase();
            if let Some(b) = out.get_mut(..1) {
                b.make_ascii_uppercase();
            }
            return Ok(vm.new_string(out));
        }
        let mut out = String::new();
        if let Some(c) = s.chars().next() {
            titlecase_char(c, &mut out);
            // Lowercase the whole string so a final sigma sees the first letter as context.
            let lower = s.to_lowercase();
            let skip: usize = c.to_lowercase().map(char::len_utf8).sum();
            out.push_str(&lower[skip..]);
        }
        Ok(vm.new_string(out))
    }),
    ("title", |vm, a, kw| {
        no_args(vm, a, kw, "title")?;
        let mut out = String::new();
        let mut prev_cased = false;
        for c in this_str(a).chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                titlecase_char(c, &mut out);
            }
            prev_cased = is_cased(c);
        }
        Ok(vm.new_string(out))
    }),
    ("strip", |vm, a, _| strip(vm, a, "strip", true, true)),
    ("lstrip", |vm, a, _| strip(vm, a, "lstrip", true, false)),
    ("rstrip", |vm, a, _| strip(vm, a, "rstrip", false, true)),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", |vm, a, kw| {
        check_kw(vm, "splitlines", kw, &["keepends"])?;
        at_most(vm, a, "splitlines", 1)?;
        let keep = match a.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        let s = this_str(a).to_string();
        let mut parts = Vec::new();
        let mut cur = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if matches!(
                c,
                '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
            ) {
                let mut end = c.to_string();
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                    end.push('\n');
                }
                if keep {
                    cur.push_str(&end);
                }
                parts.push(std::mem::take(&mut cur));
            } else {
                cur.push(c);
            }
        }
        if !cur.is_empty() {
            parts.push(cur);
        }
        let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_string(p)).collect();
        Ok(vm.new_list(vals))
    }),
    ("join", str_join),
    ("replace", str_replace),
    ("find", |vm, a, _| find_impl(vm, a, false, false)),
    ("rfind", |vm, a, _| find_impl(vm, a, true, false)),
    ("index", |vm, a, _| find_impl(vm, a, false, true)),
    ("rindex", |vm, a, _| find_impl(vm, a, true, true)),
    ("count", str_count),
    ("startswith", |vm, a, _| starts_ends(vm, a, true)),
    ("endswith", |vm, a, _| starts_ends(vm, a, false)),
    ("isdigit", |vm, a, kw| {
        no_args(vm, a, kw, "isdigit")?;
        Ok(Value::bool(!this_str(a).is_empty() && this_str(a).chars().all(is_digit_char)))
    }),
    ("isdecimal", |vm, a, kw| {
        no_args(vm, a, kw, "isdecimal")?;
        let decimal = |c: char| c.is_ascii_digit() || crate::num::unicode_decimal(c).is_some();
        Ok(Value::bool(!this_str(a).is_empty() && this_str(a).chars().all(decimal)))
    }),
    ("isnumeric", |vm, a, kw| {
        no_args(vm, a, kw, "isnumeric")?;
        Ok(Value::bool(!this_str(a).is_empty() && this_str(a).chars().all(|c| c.is_numeric())))
    }),
    ("isalpha", |vm, a, kw| {
        no_args(vm, a, kw, "isalpha")?;
        Ok(Value::bool(!this_str(a).is_empty() && this_str(a).chars().all(|c| c.is_alphabetic())))
    }),
    ("isalnum", |vm, a, kw| {
        no_args(vm, a, kw, "isalnum")?;
        Ok(Value::bool(!this_str(a).is_empty() && this_str(a).chars().all(|c| c.is_alphanumeric())))
    }),
    ("isprintable", |vm, a, kw| {
        no_args(vm, a, kw, "isprintable")?;
        // CPython: not printable are the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs
        // other than the ASCII space; approximated by control and separator characters.
        let printable = |c: char| {
            c == ' '
                || !(c.is_control()
                    || c.is_whitespace()
                    || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
                        | '\u{2060}'..='\u{2064}' | '\u{feff}'))
        };
        Ok(Value::bool(this_str(a).chars().all(printable)))
    }),
    ("isspace", |vm, a, kw| {
        no_args(vm, a, kw, "isspace")?;
        Ok(Value::bool(!this_str(a).is_empty() && this_str(a).chars().all(py_isspace)))
    }),
    ("isupper", |vm, a, kw| {
        no_args(vm, a, kw, "isupper")?;
        let s = this_str(a);
        // Titlecase letters (`ǅ`) are cased but neither upper nor lower.
        let other = |c: char| c.is_lowercase() || is_titlecase(c);
        Ok(Value::bool(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(other)))
    }),
    ("islower", |vm, a, kw| {
        no_args(vm, a, kw, "islower")?;
        let s = this_str(a);
        let other = |c: char| c.is_uppercase() || is_titlecase(c);
        Ok(Value::bool(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(other)))
    }),
    ("istitle", |vm, a, kw| {
        no_args(vm, a, kw, "istitle")?;
        let s = this_str(a);
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return Ok(Value::FALSE);
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return Ok(Value::FALSE);
                }
                prev_cased = true;
            } else {
                prev_cased = false;
            }
        }
        Ok(Value::bool(any))
    }),
    ("isidentifier", |vm, a, kw| {
        no_args(vm, a, kw, "isidentifier")?;
        let s = this_str(a);
        let mut cs = s.chars();
        let ok = match cs.next() {
            Some(c) => (c.is_alphabetic() || c == '_') && cs.all(|c| c.is_alphanumeric() || c == '_'),
            None => false,
        };
        Ok(Value::bool(ok))
    }),
    ("isascii", |vm, a, kw| {
        no_args(vm, a, kw, "isascii")?;
        Ok(Value::bool(this_str(a).is_ascii()))
    }),
    ("zfill", |vm, a, _| {
        check_margs(vm, "str.zfill", a, 1, 1)?;
        let w = arg_index(vm, a[1])?.max(0) as usize;
        if w > 1 << 34 {
            return vm.err(ExcKind::MemoryError, "");
        }
        let s = this_str(a);
        let n = s.chars().count();
        if n >= w {
            return Ok(a[0]);
        }
        let (sign, rest) = if s.starts_with('+') || s.starts_with('-') { s.split_at(1) } else { ("", s) };
        let out = format!("{sign}{}{rest}", "0".repeat(w - n));
        Ok(vm.new_string(out))
    }),
    ("center", |vm, a, _| pad(vm, a, "str.center", 'c')),
    ("ljust", |vm, a, _| pad(vm, a, "str.ljust", 'l')),
    ("rjust", |vm, a, _| pad(vm, a, "str.rjust", 'r')),
    ("partition", |vm, a, _| partition(vm, a, false)),
    ("rpartition", |vm, a, _| partition(vm, a, true)),
    ("format", |vm, a, kw| {
        let s = this_str(a).to_string();
        let r = vm.str_format(&s, &a[1..], kw)?;
        Ok(vm.new_string(r))
    }),
    ("removeprefix", |vm, a, _| {
        check_margs(vm, "str.removeprefix", a, 1, 1)?;
        let p = arg_str(vm, &a[1], "removeprefix() argument")?.to_string();
        let s = this_str(a);
        let r = s.strip_prefix(p.as_str()).unwrap_or(s).to_string();
        Ok(vm.new_string(r))
    }),
    ("removesuffix", |vm, a, _| {
        check_margs(vm, "str.removesuffix", a, 1, 1)?;
        let p = arg_str(vm, &a[1], "removesuffix() argument")?.to_string();
        let s = this_str(a);
        let r = s.strip_suffix(p.as_str()).unwrap_or(s).to_string();
        Ok(vm.new_string(r))
    }),
    ("expandtabs", |vm, a, kw| {
        check_kw(vm, "expandtabs", kw, &["tabsize"])?;
        let ts = match a.get(1).copied().or_else(|| kwarg(vm, kw, "tabsize")) {
            Some(v) => arg_index(vm, v)?,
            None => 8,
        };
        if ts > i32::MAX as i64 {
            return vm.err(ExcKind::OverflowError, "Python int too large to convert to C int");
        }
        let mut out = String::new();
        let mut col = 0i64;
        for c in this_str(a).chars() {
            match c {
                '\t' => {
                    if ts > 0 {
                        let n = ts - col % ts;
                        out.push_str(&" ".repeat(n as usize));
                        col += n;
                    }
                }
                '\n' | '\r' => {
                    out.push(c);
                    col = 0;
                }
                _ => {
                    out.push(c);
                    col += 1;
                }
            }
        }
        Ok(vm.new_string(out))
    }),
    ("translate", str_translate),
    ("format_map", str_format_map),
    ("encode", str_encode),
    ("__len__", |vm, a, _| {
        let n = vm.len(a[0])?;
        Ok(vm.new_int(n as i64))
    }),
    ("__contains__", |vm, a, _| {
        check_args(vm, "__contains__", a, 2, 2)?;
        Ok(Value::bool(vm.contains(a[0], a[1])?))
    }),
    ("__getitem__", |vm, a, _| {
        check_args(vm, "__getitem__", a, 2, 2)?;
        vm.getitem(a[0], a[1])
    }),
];

/// `str.translate(table)`: each character's code point is looked up in `table`; a str
/// or int result replaces it, None deletes it, a LookupError keeps it.
fn str_encode(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "encode", kw, &["encoding", "errors"])?;
    check_margs(vm, "str.encode", a, 0, 2)?;
    let mut text_arg = |i: usize, name: &str, default: &str| -> PyResult<String> {
        match a.get(i).copied().or_else(|| kwarg(vm, kw, name)) {
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.type_name(v);
                    vm.type_error(format!("encode() argument '{name}' must be str, not {tn}"))
                }
            },
            None => Ok(default.to_string()),
        }
    };
    let enc = text_arg(1, "encoding", "utf-8")?;
    let errs = text_arg(2, "errors", "strict")?;
    let b = vm.encode_text(this_str(a), &enc, &errs)?;
    Ok(vm.new_bytes(b))
}

fn str_translate(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "str.translate", a, 1, 1)?;
    let s = this_str(a).to_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = vm.new_int(c as i64);
        let r = match vm.getitem(a[1], key) {
            Ok(v) => v,
            Err(e) if vm.exc_matches(e, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(t) = str_like(&r) {
            out.push_str(t);
            continue;
        }
        match r.as_small_int().and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32) {
            Some(ch) if !r.is_bool() => out.push(ch),
            _ => {
                if r.as_small_int().is_some() {
                    return vm.err(ExcKind::ValueError, "character mapping must be in range(0x110000)");
                }
                return vm.type_error("character mapping must return integer, None or str");
            }
        }
    }
    Ok(vm.new_string(out))
}

/// `str.format_map(mapping)`: `str.format(**mapping)` that looks each name up in the
/// mapping (so a dict subclass's `__missing__` applies).
fn str_format_map(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "str.format_map", a, 1, 1)?;
    let s = this_str(a).to_string();
    let mut kw: Vec<(crate::intern::Sym, Value)> = Vec::new();
    let mark = vm.roots.len();
    let r = loop {
        match vm.str_format(&s, &[], &kw) {
            Ok(out) => break Ok(vm.new_string(out)),
            Err(e) if vm.exc_matches(e, ExcKind::KeyError) => {
                // A name not looked up yet: ask the mapping (its KeyError propagates).
                let args = match e.kind() {
                    Some(ObjKind::Instance(i)) => i.exc.as_ref().map(|x| x.borrow().args),
                    _ => None,
                };
                let first = args.and_then(|t| vm.seq_items(t).first().copied());
                let key = first.and_then(|k| k.as_str().map(str::to_string));
                let Some(key) = key.filter(|k| !kw.iter().any(|(s, _)| vm.sym_str(*s) == k)) else {
                    break Err(e);
                };
                let kv = vm.new_str(&key);
                match vm.getitem(a[1], kv) {
                    Ok(v) => {
                        vm.push_root(v);
                        let sym = vm.intern(&key);
                        kw.push((sym, v));
                    }
                    Err(e) => break Err(e),
                }
            }
            Err(e) => break Err(e),
        }
    };
    vm.pop_roots(mark);
    r
}

/// `str.maketrans(x[, y[, z]])`, installed as a static method.
fn str_maketrans(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "maketrans", a, 1, 3)?;
    let d = vm.new_dict();
    vm.roots.push(d);
    let r = maketrans_fill(vm, a, d);
    vm.roots.pop();
    r.map(|_| d)
}

fn maketrans_fill(vm: &mut Vm, a: &[Value], d: Value) -> PyResult<()> {
    if a.len() == 1 {
        if !matches!(a[0].kind(), Some(ObjKind::Dict(_))) {
            return vm.type_error("if you give only one argument to maketrans it must be a dict");
        }
        for (k, v) in vm.dict_items(a[0])? {
            let key = match str_like(&k) {
                Some(t) if t.chars().count() == 1 => {
                    let c = t.chars().next().unwrap_or('\0');
                    vm.new_int(c as i64)
                }
                Some(_) => {
                    return vm.err(ExcKind::ValueError, "string keys in translate table must be of length 1")
                }
                None if k.as_small_int().is_some() && !k.is_bool() => k,
                None => return vm.type_error("keys in translate table must be strings or integers"),
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(());
    }
    let x: Vec<char> = arg_str(vm, &a[0], "maketrans() argument 1")?.chars().collect();
    let y: Vec<char> = arg_str(vm, &a[1], "maketrans() argument 2")?.chars().collect();
    if x.len() != y.len() {
        return vm.err(ExcKind::ValueError, "the first two maketrans arguments must have equal length");
    }
    for (cx, cy) in x.into_iter().zip(y) {
        let k = vm.new_int(cx as i64);
        let v = vm.new_int(cy as i64);
        vm.dict_set(d, k, v)?;
    }
    if let Some(z) = a.get(2) {
        let z: Vec<char> = arg_str(vm, z, "maketrans() argument 3")?.chars().collect();
        for c in z {
            let k = vm.new_int(c as i64);
            vm.dict_set(d, k, Value::NONE)?;
        }
    }
    Ok(())
}

/// Python's `str.isdigit` for one char: decimal digits (category Nd) and the digits
/// Unicode gives Numeric_Type=Digit (superscripts, subscripts, circled digits); not
/// fractions or other numerals (`½`, `Ⅻ`), which only `isnumeric` accepts.
fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit()
        || crate::num::unicode_decimal(c).is_some()
        || matches!(c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C
            | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788
            | 0x278A..=0x2792 | 0x1369..=0x1371 | 0x19DA | 0x1F100..=0x1F10A)
}

/// Python's `str.isspace` for one char (`Py_UNICODE_ISSPACE`): Unicode White_Space plus
/// the ASCII separators U+001C..U+001F.
#[inline]
fn py_isspace(c: char) -> bool {
    if c.is_ascii() {
        is_space_byte(c as u8)
    } else {
        c.is_whitespace()
    }
}

/// `py_isspace` for an ASCII byte.
#[inline(always)]
fn is_space_byte(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=b' ')
}

fn strip(vm: &mut Vm, a: &[Value], name: &str, left: bool, right: bool) -> PyResult {
    if a.len() > 2 {
        check_margs(vm, &format!("str.{name}"), a, 0, 1)?;
    }
    let s = this_str(a);
    let r = match a.get(1) {
        Some(v) if !v.is_none() => match str_like(v) {
            Some(cs) if cs.is_ascii() && s.is_ascii() => {
                let set = cs.as_bytes();
                trim_bytes(s, left, right, |b| set.contains(&b))
            }
            Some(cs) => {
                let cs: Vec<char> = cs.chars().collect();
                trim_chars(s, left, right, |c| cs.contains(&c))
            }
            None => return vm.type_error(format!("{name} arg must be None or str")),
        },
        _ => {
            if s.is_ascii() {
                trim_bytes(s, left, right, is_space_byte)
            } else {
                trim_chars(s, left, right, py_isspace)
            }
        }
    };
    if r.len() == s.len() {
        return Ok(a[0]);
    }
    Ok(vm.new_str(r))
}

/// `s` without the leading and/or trailing ASCII bytes that `test` accepts (`s` is ASCII).
#[inline]
fn trim_bytes(s: &str, left: bool, right: bool, test: impl Fn(u8) -> bool) -> &str {
    let b = s.as_bytes();
    let mut i = 0;
    let mut j = b.len();
    if left {
        while i < j && test(b[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && test(b[j - 1]) {
            j -= 1;
        }
    }
    &s[i..j]
}

/// `s` without the leading and/or trailing chars that `test` accepts.
fn trim_chars(s: &str, left: bool, right: bool, test: impl Fn(char) -> bool) -> &str {
    let mut r = s;
    if left {
        r = r.trim_start_matches(&test);
    }
    if right {
        r = r.trim_end_matches(&test);
    }
    r
}

/// `kwarg` that skips the name lookup when there are no keyword arguments.
#[inline]
fn kw_get(vm: &Vm, kw: Kw, name: &str) -> Option<Value> {
    if kw.is_empty() {
        None
    } else {
        kwarg(vm, kw, name)
    }
}

fn split_args(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<(Option<String>, i64)> {
    check_kw(vm, name, kw, &["sep", "maxsplit"])?;
    at_most(vm, a, name, 2)?;
    let sep = match a.get(1).copied().or_else(|| kw_get(vm, kw, "sep")) {
        Some(v) if !v.is_none() => {
            let Some(s) = str_like(&v).map(str::to_string) else {
                let tn = vm.type_name(v);
                return vm.type_error(format!("must be str or None, not {tn}"));
            };
            if s.is_empty() {
                return vm.value_error("empty separator");
            }
            Some(s)
        }
        _ => None,
    };
    let max = match a.get(2).copied().or_else(|| kw_get(vm, kw, "maxsplit")) {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn str_split(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    let (sep, max) = split_args(vm, a, kw, "split")?;
    let s = this_str(a);
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut vals: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            while vals.len() < max {
                let Some(p) = find_bytes(rest, &sep) else { break };
                vals.push(vm.new_str(&rest[..p]));
                rest = &rest[p + sep.len()..];
            }
            if rest.len() == s.len() {
                vals.push(a[0]);
            } else {
                vals.push(vm.new_str(rest));
            }
        }
        None if s.is_ascii() => {
            let b = s.as_bytes();
            let n = b.len();
            let mut i = 0;
            loop {
                while i < n && is_space_byte(b[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if vals.len() == max {
                    vals.push(vm.new_str(&s[i..]));
                    break;
                }
                let start = i;
                while i < n && !is_space_byte(b[i]) {
                    i += 1;
                }
                if start == 0 && i == n {
                    vals.push(a[0]);
                } else {
                    vals.push(vm.new_str(&s[start..i]));
                }
            }
        }
        None => {
            let mut rest = s.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if vals.len() == max {
                    vals.push(vm.new_str(rest));
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                vals.push(vm.new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(py_isspace);
            }
        }
    }
    Ok(vm.new_list(vals))
}

/// `str.replace(old, new[, count])`.
fn str_replace(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "str.replace", a, 2, 3)?;
    let old = arg_str(vm, &a[1], "replace() argument 1")?;
    let new = arg_str(vm, &a[2], "replace() argument 2")?;
    let count = match a.get(3) {
        Some(c) => arg_index(vm, *c)?,
        None => -1,
    };
    let s = this_str(a);
    if old.is_empty() {
        let r = if count < 0 { s.replace(old, new) } else { s.replacen(old, new, count as usize) };
        return Ok(vm.new_string(r));
    }
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let first = if limit == 0 { None } else { find_bytes(s, old) };
    let Some(first) = first else {
        // Nothing to replace: CPython returns the str itself.
        return Ok(a[0]);
    };
    let mut out = String::with_capacity(if new.len() > old.len() {
        s.len() + 2 * (new.len() - old.len())
    } else {
        s.len()
    });
    out.push_str(&s[..first]);
    out.push_str(new);
    let mut rest = &s[first + old.len()..];
    let mut done = 1;
    if old.len() == 1 {
        let b = old.as_bytes()[0];
        while done < limit {
            let Some(p) = memchr::memchr(b, rest.as_bytes()) else { break };
            out.push_str(&rest[..p]);
            out.push_str(new);
            rest = &rest[p + 1..];
            done += 1;
        }
    } else {
        let finder = memchr::memmem::Finder::new(old.as_bytes());
        while done < limit {
            let Some(p) = finder.find(rest.as_bytes()) else { break };
            out.push_str(&rest[..p]);
            out.push_str(new);
            rest = &rest[p + old.len()..];
            done += 1;
        }
    }
    out.push_str(rest);
    Ok(vm.new_string(out))
}

/// `sep.join(iterable)`.
fn str_join(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "str.join", a, 1, 1)?;
    let items = match a[1].kind() {
        Some(ObjKind::List(l)) => std::borrow::Cow::Owned(l.borrow().clone()),
        Some(ObjKind::Tuple(t)) => std::borrow::Cow::Borrowed(&t[..]),
        _ => std::borrow::Cow::Owned(vm.collect_iter(a[1])?),
    };
    let sep_obj = this_obj(a);
    let sep: &str = &sep_obj.s;
    let gaps = items.len().saturating_sub(1);
    let mut total = sep.len() * gaps;
    let mut nchars = sep_obj.nchars * gaps;
    for (i, it) in items.iter().enumerate() {
        let so = match it.kind() {
            Some(ObjKind::Str(s)) => Some(s),
            Some(ObjKind::Instance(inst)) => inst.base.as_obj().and_then(Obj::as_str),
            _ => None,
        };
        match so {
            Some(so) => {
                total += so.s.len();
                nchars += so.nchars;
            }
            None => {
                let tn = vm.type_name(*it);
                return vm.type_error(format!("sequence item {i}: expected str instance, {tn} found"));
            }
        }
    }
    if items.len() == 1 && items[0].as_str().is_some() {
        return Ok(items[0]);
    }
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(str_like(it).unwrap_or(""));
    }
    Ok(vm.new_string_nchars(out, nchars))
}

fn str_rsplit(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult {
    let (sep, max) = split_args(vm, a, kw, "rsplit")?;
    let s = this_str(a).to_string();
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.rsplitn(max as usize + 1, sep.as_str()).map(String::from).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|p| p + rest[p..].chars().next().unwrap().len_utf8())
                    .unwrap_or(0);
                parts.push(rest[start..].to_string());
                rest = rest[..start].trim_end();
            }
            parts
        }
    };
    parts.reverse();
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(vals))
}

fn char_range(vm: &mut Vm, a: &[Value], from: usize) -> PyResult<(Option<i64>, Option<i64>)> {
    let st = match a.get(from) {
        Some(v) if !v.is_none() => Some(arg_index(vm, *v)?),
        _ => None,
    };
    let en = match a.get(from + 1) {
        Some(v) if !v.is_none() => Some(arg_index(vm, *v)?),
        _ => None,
    };
    Ok((st, en))
}

/// The str object of a method's receiver (an empty str stands in for a non-str).
fn this_obj(args: &[Value]) -> &StrObj {
    match args[0].as_obj().and_then(Obj::as_str) {
        Some(so) => so,
        None => empty_str_obj(),
    }
}

/// A static empty `StrObj` (never a heap object).
fn empty_str_obj() -> &'static StrObj {
    thread_local! {
        static EMPTY: &'static StrObj = Box::leak(Box::new(StrObj::new("".into())));
    }
    EMPTY.with(|e| *e)
}

/// Byte offset of char index `ci` (at most the length in chars) in `so`.
#[inline]
fn byte_at(so: &StrObj, ci: usize) -> usize {
    so.char_to_byte(ci.min(so.nchars))
}

/// Number of chars in `s`, a part of the text of `so`.
#[inline]
fn nchars_of(so: &StrObj, s: &str) -> usize {
    if so.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The `start`/`end` arguments of `str.find` and its relatives, resolved like CPython's
/// `ADJUST_INDICES`: `None` when the range is empty before any search (start past the
/// end, or shorter than `sub_chars`), else the part of the text and its first char index.
fn sub_range(so: &StrObj, st: Option<i64>, en: Option<i64>, sub_chars: usize) -> Option<(&str, usize)> {
    let n = so.nchars;
    if st.is_none() && en.is_none() {
        return if sub_chars > n { None } else { Some((&so.s, 0)) };
    }
    if st.is_some_and(|x| x > n as i64) {
        return None;
    }
    let (a, b, _) = crate::ops::slice_indices(st, en, None, n);
    if b - a < sub_chars as i64 {
        return None;
    }
    let (a, b) = (a as usize, b as usize);
    Some((&so.s[byte_at(so, a)..byte_at(so, b)], a))
}

/// Last byte offset of `needle` in `hay`.
#[inline]
fn rfind_bytes(hay: &str, needle: &str) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => memchr::memrchr(needle.as_bytes()[0], hay.as_bytes()),
        _ => memchr::memmem::rfind(hay.as_bytes(), needle.as_bytes()),
    }
}

/// Number of non-overlapping occurrences of the non-empty `needle` in `hay`.
fn count_bytes(hay: &str, needle: &str) -> usize {
    if needle.len() == 1 {
        return memchr::memchr_iter(needle.as_bytes()[0], hay.as_bytes()).count();
    }
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let mut n = 0;
    let mut rest = hay.as_bytes();
    while let Some(p) = finder.find(rest) {
        n += 1;
        rest = &rest[p + needle.len()..];
    }
    n
}

/// The argument count of `str.find` and its relatives (`sub[, start[, end]]`), worded like
/// CPython's `PyArg_ParseTuple`.
fn check_find_args(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<()> {
    let n = a.len() - 1;
    if n == 0 {
        return vm.type_error(format!("{name}() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return vm.type_error(format!("{name}() takes at most 3 arguments ({n} given)"));
    }
    Ok(())
}

fn find_impl(vm: &mut Vm, a: &[Value], rev: bool, raise: bool) -> PyResult {
    let name = match (rev, raise) {
        (false, false) => "find",
        (true, false) => "rfind",
        (false, true) => "index",
        (true, true) => "rindex",
    };
    check_find_args(vm, name, a)?;
    let sub = arg_str(vm, &a[1], "must be str")?;
    let (st, en) = char_range(vm, a, 2)?;
    let so = this_obj(a);
    let sub_chars = if so.is_ascii() || sub.is_ascii() { sub.len() } else { sub.chars().count() };
    let r = sub_range(so, st, en, sub_chars).and_then(|(hay, offset)| {
        let r = if rev { rfind_bytes(hay, sub) } else { find_bytes(hay, sub) };
        r.map(|byte| nchars_of(so, &hay[..byte]) + offset)
    });
    match r {
        Some(ci) => Ok(vm.new_int(ci as i64)),
        None => {
            if raise {
                vm.value_error("substring not found")
            } else {
                Ok(Value::small_int(-1))
            }
        }
    }
}

fn str_count(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_find_args(vm, "count", a)?;
    let sub = arg_str(vm, &a[1], "must be str")?;
    let (st, en) = char_range(vm, a, 2)?;
    let so = this_obj(a);
    let sub_chars = if sub.is_ascii() { sub.len() } else { sub.chars().count() };
    let n = match sub_range(so, st, en, sub_chars) {
        None => 0,
        Some((hay, _)) if sub.is_empty() => nchars_of(so, hay) + 1,
        Some((hay, _)) => count_bytes(hay, sub),
    };
    Ok(vm.new_int(n as i64))
}

fn starts_ends(vm: &mut Vm, a: &[Value], starts: bool) -> PyResult {
    check_find_args(vm, if starts { "startswith" } else { "endswith" }, a)?;
    let (st, en) = char_range(vm, a, 2)?;
    let so = this_obj(a);
    let test = |p: &str| match sub_range(so, st, en, 0) {
        None => false,
        Some((s, _)) => {
            if starts {
                s.as_bytes().starts_with(p.as_bytes())
            } else {
                s.as_bytes().ends_with(p.as_bytes())
            }
        }
    };
    let r = match a[1].kind() {
        Some(ObjKind::Tuple(t)) => {
            let mut r = false;
            for v in t.iter() {
                match str_like(v) {
                    Some(p) => {
                        if test(p) {
                            r = true;
                            break;
                        }
                    }
                    None => {
                        let what = if starts { "startswith" } else { "endswith" };
                        let tn = vm.type_name(*v);
                        return vm.type_error(format!("tuple for {what} must only contain str, not {tn}"));
                    }
                }
            }
            r
        }
        _ => match str_like(&a[1]) {
            Some(p) => test(p),
            None => {
                let what = if starts { "startswith" } else { "endswith" };
                let tn = vm.type_name(a[1]);
                return vm.type_error(format!("{what} first arg must be str or a tuple of str, not {tn}"));
            }
        },
    };
    Ok(Value::bool(r))
}

fn pad(vm: &mut Vm, a: &[Value], qual: &str, how: char) -> PyResult {
    check_margs(vm, qual, a, 1, 2)?;
    let w = arg_index(vm, a[1])?.max(0) as usize;
    if w > 1 << 34 {
        return vm.err(ExcKind::MemoryError, "");
    }
    let fill = match a.get(2) {
        Some(v) => {
            let f = arg_str(vm, v, "fill character")?;
            if f.chars().count() != 1 {
                return vm.type_error("The fill character must be exactly one character long");
            }
            f.chars().next().unwrap()
        }
        None => ' ',
    };
    let s = this_str(a);
    let n = s.chars().count();
    if n >= w {
        return Ok(a[0]);
    }
    let total = w - n;
    let (l, r) = match how {
        'l' => (0, total),
        'r' => (total, 0),
        _ => {
            let l = total / 2 + (total & w & 1);
            (l, total - l)
        }
    };
    let f = fill.to_string();
    let out = format!("{}{s}{}", f.repeat(l), f.repeat(r));
    Ok(vm.new_string(out))
}

fn partition(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult {
    check_margs(vm, if rev { "str.rpartition" } else { "str.partition" }, a, 1, 1)?;
    let sep = arg_str(vm, &a[1], "must be str")?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let s = this_str(a);
    let found = if rev { rfind_bytes(s, sep) } else { find_bytes(s, sep) };
    let vals = match found {
        Some(p) => {
            let x = vm.new_str(&s[..p]);
            let z = vm.new_str(&s[p + sep.len()..]);
            let y = if a[1].as_str().is_some() { a[1] } else { vm.new_str(sep) };
            vec![x, y, z]
        }
        None => {
            let e = vm.new_str("");
            if rev {
                vec![e, e, a[0]]
            } else {
                vec![a[0], e, e]
            }
        }
    };
    Ok(vm.new_tuple(vals))
}

// ----- list -----

fn list_of(v: &Value) -> &std::cell::RefCell<Vec<Value>> {
    match v.kind() {
        Some(ObjKind::List(l)) => l,
        _ => unreachable!("list method on non-list"),
    }
}

fn check_list(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<()> {
    if a.is_empty() || !matches!(a[0].kind(), Some(ObjKind::List(_))) {
        return vm.type_error(format!("descriptor '{name}' requires a 'list' object"));
    }
    Ok(())
}

const LIST_METHODS: &[(&str, BuiltinFn)] = &[
    ("append", |vm, a, _| {
        check_list(vm, a, "append")?;
        check_margs(vm, "list.append", a, 1, 1)?;
        list_of(&a[0]).borrow_mut().push(a[1]);
        vm.heap.note_growth(8);
        Ok(Value::NONE)
    }),
    ("extend", |vm, a, _| {
        check_list(vm, a, "extend")?;
        check_margs(vm, "list.extend", a, 1, 1)?;
        let items = vm.collect_iter(a[1])?;
        vm.heap.note_growth(items.len() * 8);
        list_of(&a[0]).borrow_mut().extend(items);
        Ok(Value::NONE)
    }),
    ("pop", |vm, a, _| {
        check_list(vm, a, "pop")?;
        check_margs(vm, "list.pop", a, 0, 1)?;
        let i = match a.get(1) {
            Some(v) => arg_index(vm, *v)?,
            None => -1,
        };
        let mut l = list_of(&a[0]).borrow_mut();
        if l.is_empty() {
            drop(l);
            return vm.err(ExcKind::IndexError, "pop from empty list");
        }
        match crate::ops::norm_index(i, l.len()) {
            Some(j) => Ok(l.remove(j)),
            None => {
                drop(l);
                vm.err(ExcKind::IndexError, "pop index out of range")
            }
        }
    }),
    ("insert", |vm, a, _| {
        check_list(vm, a, "insert")?;
        check_margs(vm, "list.insert", a, 2, 2)?;
        let i = arg_index(vm, a[1])?;
        let mut l = list_of(&a[0]).borrow_mut();
        let n = l.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(j as usize, a[2]);
        Ok(Value::NONE)
    }),
    ("remove", |vm, a, _| {
        check_list(vm, a, "remove")?;
        check_margs(vm, "list.remove", a, 1, 1)?;
        // Item by item, without copying the list: `==` may run Python code that changes it.
        let mut i = 0;
        loop {
            let it = {
                let l = list_of(&a[0]).borrow();
                match l.get(i) {
                    Some(&it) => it,
                    None => break,
                }
            };
            if vm.eq(it, a[1])? {
                let mut l = list_of(&a[0]).borrow_mut();
                if i < l.len() {
                    l.remove(i);
                }
                return Ok(Value::NONE);
            }
            i += 1;
        }
        vm.value_error("list.remove(x): x not in list")
    }),
    ("index", seq_index),
    ("count", seq_count),
    ("clear", |vm, a, kw| {
        no_args(vm, a, kw, "clear")?;
        check_list(vm, a, "clear")?;
        list_of(&a[0]).borrow_mut().clear();
        Ok(Value::NONE)
    }),
    ("copy", |vm, a, kw| {
        no_args(vm, a, kw, "copy")?;
        check_list(vm, a, "copy")?;
        let items = list_of(&a[0]).borrow().clone();
        Ok(vm.new_list(items))
    }),
    ("reverse", |vm, a, kw| {
        no_args(vm, a, kw, "reverse")?;
        check_list(vm, a, "reverse")?;
        list_of(&a[0]).borrow_mut().reverse();
        Ok(Value::NONE)
    }),
    ("sort", |vm, a, kw| {
        check_list(vm, a, "sort")?;
        check_kw(vm, "sort", kw, &["key", "reverse"])?;
        if a.len() > 1 {
            return vm.type_error("sort() takes no positional arguments");
        }
        let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
        let reverse = match kwarg(vm, kw, "reverse") {
            Some(r) => vm.truthy(r)?,
            None => false,
        };
        let mut items = std::mem::take(&mut *list_of(&a[0]).borrow_mut());
        let r = sort_values(vm, &mut items, key, reverse);
        let mut l = list_of(&a[0]).borrow_mut();
        let modified = !l.is_empty();
        *l = items;
        drop(l);
        r?;
        if modified {
            return vm.value_error("list modified during sort");
        }
        Ok(Value::NONE)
    }),
    ("__len__", |vm, a, _| {
        let n = vm.len(a[0])?;
        Ok(vm.new_int(n as i64))
    }),
    ("__getitem__", |vm, a, _| {
        check_args(vm, "__getitem__", a, 2, 2)?;
        vm.getitem(a[0], a[1])
    }),
    ("__setitem__", |vm, a, _| {
        check_args(vm, "__setitem__", a, 3, 3)?;
        vm.setitem(a[0], a[1], a[2])?;
        Ok(Value::NONE)
    }),
    ("__contains__", |vm, a, _| {
        check_args(vm, "__contains__", a, 2, 2)?;
        Ok(Value::bool(vm.contains(a[0], a[1])?))
    }),
];

fn seq_index(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    check_margs(vm, "list.index", a, 1, 3)?;
    let items = match a[0].kind() {
        Some(ObjKind::Range(_)) => vm.collect_iter(a[0])?,
        _ => vm.seq_items(a[0]),
    };
    let (st, en) = char_range(vm, a, 2)?;
    let (s, e, _) = crate::ops::slice_indices(st, en, None, items.len());
    for i in s.max(0)..e.max(0) {
        if vm.eq(items[i as usize], a[1])? {
            return Ok(vm.new_int(i));
        }
    }
    let what = match a[0].kind() {
        Some(ObjKind::Tuple(_)) => "tuple.index(x): x not in tuple".to_string(),
        Some(ObjKind::Range(_)) => {
            let r = vm.repr_string(a[1])?;
            format!("{r} is not in range")
        }
        _ => {
            let r = vm.repr_string(a[1])?;
            format!("{r} is not in list")
        }
    };
    vm.value_error(what)
}

fn seq_count(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult {
    if a.len() != 2 {
        let q = format!("{}.count", vm.type_name(a[0]));
        check_margs(vm, &q, a, 1, 1)?;
    }
    let items = match a[0].kind() {
        Some(ObjKind::Range(_)) => vm.collect_iter(a[0])?,
        _ => vm.seq_items(a[0]),
    };
    let mut n = 0;
    for it in items {
        if vm.eq(it, a[1])? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

// ----- dict -----

fn dict_view(vm: &mut Vm, d: Value, part: DictPart) -> PyResult {
    Ok(vm.heap.alloc(ObjKind::DictView(d, part)))
}

const DICT_METHODS: &[(&str, BuiltinFn)] = &[
    ("keys", |vm, a, kw| {
        no_args(vm, a, kw, "keys")?;
        dict_view(vm, a[0], DictPart::Keys)
    }),
    ("values", |vm, a, kw| {
        no_args(vm, a, kw, "values")?;
        dict_view(vm, a[0], DictPart::Values)
    }),
    ("items", |vm, a, kw| {
        no_args(vm, a, kw, "items")?;
        dict_view(vm, a[0], DictPart::Items)
    }),
    ("get", |vm, a, _| {
        check_margs(vm, "dict.get", a, 1, 2)?;
        Ok(vm.dict_get(a[0], a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Value::NONE)))
    }),
    ("setdefault", |vm, a, _| {
        check_margs(vm, "dict.setdefault", a, 1, 2)?;
        if let Some(v) = vm.dict_get(a[0], a[1])? {
            return Ok(v);
        }
        let d = a.get(2).copied().unwrap_or(Value::NONE);
        vm.dict_set(a[0], a[1], d)?;
        Ok(d)
    }),
    ("pop", |vm, a, _| {
        check_margs(vm, "dict.pop", a, 1, 2)?;
        match vm.dict_del(a[0], a[1])? {
            Some(v) => Ok(v),
            None => match a.get(2) {
                Some(d) => Ok(*d),
                None => {
                    let t = vm.new_tuple(vec![a[1]]);
                    let c = vm.exc_type(ExcKind::KeyError);
                    Err(vm.new_exc_instance(c, t))
                }
            },
        }
    }),
    ("popitem", |vm, a, kw| {
        no_args(vm, a, kw, "popitem")?;
        let r = match a[0].kind() {
            Some(ObjKind::Dict(t)) => t.borrow_mut().pop_last(),
            _ => None,
        };
        match r {
            Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
            None => vm.err(ExcKind::KeyError, "popitem(): dictionary is empty"),
        }
    }),
    ("update", |vm, a, kw| {
        check_margs(vm, "dict.update", a, 0, 1)?;
        if let Some(&o) = a.get(1) {
            vm.dict_update(a[0], o)?;
        }
        for &(k, v) in kw {
            let kv = vm.sym_value(k);
            vm.dict_set(a[0], kv, v)?;
        }
        Ok(Value::NONE)
    }),
    ("clear", |vm, a, kw| {
        no_args(vm, a, kw, "clear")?;
        if let Some(ObjKind::Dict(t)) = a[0].kind() {
            t.borrow_mut().clear();
        }
        Ok(Value::NONE)
    }),
    ("copy", |vm, a, kw| {
        no_args(vm, a, kw, "copy")?;
        vm.dict_copy(a[0])
    }),
    ("__getitem__", |vm, a, _| {
        check_args(vm, "__getitem__", a, 2, 2)?;
        vm.getitem(a[0], a[1])
    }),
    ("__setitem__", |vm, a, _| {
        check_args(vm, "__setitem__", a, 3, 3)?;
        vm.setitem(a[0], a[1], a[2])?;
        Ok(Value::NONE)
    }),
    ("__contains__", |vm, a, _| {
        check_args(vm, "__contains__", a, 2, 2)?;
        Ok(Value::bool(vm.contains(a[0], a[1])?))
    }),
    ("__len__", |vm, a, _| {
        let n = vm.len(a[0])?;
        Ok(vm.new_int(n as i64))
    }),
];

// ----- set -----

fn set_multi(vm: &mut Vm, a: &[Value], op: crate::bytecode::BinOp, inplace: bool) -> PyResult {
    vm.set_method(a[0], &a[1..], op, inplace)
}

const SET_METHODS: &[(&str, BuiltinFn)] = &[
    ("add", |vm, a, _| {
        check_margs(vm, "set.add", a, 1, 1)?;
        vm.set_add(a[0], a[1])?;
        Ok(Value::NONE)
    }),
    ("discard", |vm, a, _| {
        check_margs(vm, "set.discard", a, 1, 1)?;
        vm.set_discard(a[0], a[1])?;
        Ok(Value::NONE)
    }),
    ("remove", |vm, a, _| {
        check_margs(vm, "set.remove", a, 1, 1)?;
        if !vm.set_discard(a[0], a[1])? {
            let t = vm.new_tuple(vec![a[1]]);
            let c = vm.exc_type(ExcKind::KeyError);
            return Err(vm.new_exc_instance(c, t));
        }
        Ok(Value::NONE)
    }),
    ("pop", |vm, a, kw| {
        no_args(vm, a, kw, "pop")?;
        let r = match a[0].kind() {
            Some(ObjKind::Set(t)) => t.borrow_mut().pop(),
            _ => None,
        };
        match r {
            Some(v) => Ok(v),
            None => vm.err(ExcKind::KeyError, "pop from an empty set"),
        }
    }),
    ("clear", |vm, a, kw| {
        no_args(vm, a, kw, "clear")?;
        if let Some(ObjKind::Set(t)) = a[0].kind() {
            t.borrow_mut().clear();
        }
        Ok(Value::NONE)
    }),
    ("copy", |vm, a, kw| {
        no_args(vm, a, kw, "copy")?;
        let t = vm.set_table(a[0]).unwrap();
        let frozen = matches!(a[0].kind(), Some(ObjKind::FrozenSet(_)));
        Ok(vm.set_from_table(t, frozen))
    }),
    ("update", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Or, true)),
    ("union", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Or, false)),
    ("intersection", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::And, false)),
    ("intersection_update", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::And, true)),
    ("difference", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Sub, false)),
    ("difference_update", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Sub, true)),
    ("symmetric_difference", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Xor, false)),
    ("symmetric_difference_update", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Xor, true)),
    ("issubset", |vm, a, _| {
        check_margs(vm, "set.issubset", a, 1, 1)?;
        let t = vm.table_from_iter(a[1])?;
        let o = vm.set_from_table(t, true);
        Ok(Value::bool(vm.set_is_subset(a[0], o)?))
    }),
    ("issuperset", |vm, a, _| {
        check_margs(vm, "set.issuperset", a, 1, 1)?;
        let t = vm.table_from_iter(a[1])?;
        let o = vm.set_from_table(t, true);
        Ok(Value::bool(vm.set_is_subset(o, a[0])?))
    }),
    ("isdisjoint", |vm, a, _| {
        check_margs(vm, "set.isdisjoint", a, 1, 1)?;
        let items = vm.collect_iter(a[1])?;
        for it in items {
            if vm.set_contains(a[0], it)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    }),
    ("__contains__", |vm, a, _| {
        check_args(vm, "__contains__", a, 2, 2)?;
        Ok(Value::bool(vm.contains(a[0], a[1])?))
    }),
    ("__len__", |vm, a, _| {
        let n = vm.len(a[0])?;
        Ok(vm.new_int(n as i64))
    }),
];
