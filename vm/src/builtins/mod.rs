//! Built-in functions, types, exceptions and modules, and the VM's bootstrap.

pub(crate) mod bytes;
mod eval;
pub(crate) mod functions;
mod hashes;
mod json;
pub(crate) mod meta;
mod methods;
pub(crate) mod modules;
pub use modules::math_fast;
mod random;
mod subclass;
pub(crate) mod union;

use std::cell::RefCell;

use crate::intern::Sym;
use crate::object::*;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm, EXC_HIERARCHY, NTYPES};

pub use modules::{make_module, star_names};
pub use subclass::{empty_base, is_subclassable, unwrap_receiver, unwrap_stack_receiver};

/// Keyword arguments as passed to builtins.
pub type Kw<'a> = &'a [(Sym, Value)];

const TYPE_NAMES: [(TypeId, &str); NTYPES] = [
    (TypeId::Object, "object"),
    (TypeId::Type, "type"),
    (TypeId::NoneType, "NoneType"),
    (TypeId::Bool, "bool"),
    (TypeId::Int, "int"),
    (TypeId::Float, "float"),
    (TypeId::Str, "str"),
    (TypeId::List, "list"),
    (TypeId::Tuple, "tuple"),
    (TypeId::Dict, "dict"),
    (TypeId::Set, "set"),
    (TypeId::FrozenSet, "frozenset"),
    (TypeId::Range, "range"),
    (TypeId::Slice, "slice"),
    (TypeId::Bytes, "bytes"),
    (TypeId::Function, "function"),
    (TypeId::BuiltinFunction, "builtin_function_or_method"),
    (TypeId::Method, "method"),
    (TypeId::Code, "code"),
    (TypeId::Cell, "cell"),
    (TypeId::Generator, "generator"),
    (TypeId::Iterator, "iterator"),
    (TypeId::Module, "module"),
    (TypeId::Property, "property"),
    (TypeId::StaticMethod, "staticmethod"),
    (TypeId::ClassMethod, "classmethod"),
    (TypeId::Super, "super"),
    (TypeId::Ellipsis, "ellipsis"),
    (TypeId::NotImplementedType, "NotImplementedType"),
    (TypeId::DictKeys, "dict_keys"),
    (TypeId::DictValues, "dict_values"),
    (TypeId::DictItems, "dict_items"),
    (TypeId::ByteArray, "bytearray"),
];

fn new_class(
    vm: &mut Vm,
    name: &str,
    builtin: Option<TypeId>,
    bases: Vec<Value>,
    is_exception: bool,
) -> Value {
    let cls = vm.heap.alloc(ObjKind::Class(Box::new(ClassObj {
        name: name.to_string(),
        qualname: name.to_string(),
        bases: bases.clone(),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Default::default()),
        builtin,
        is_exception,
        slots: None,
        builtin_base: None,
        lookup_cache: Default::default(),
        lookup_version: std::cell::Cell::new(u64::MAX),
        slot_hint: std::cell::Cell::new(0),
        meta: std::cell::Cell::new(Value::NULL),
        serial: 0,
    })));
    let mut mro = vec![cls];
    if let Some(&b) = bases.first() {
        if let Some(ObjKind::Class(bc)) = b.kind() {
            mro.extend(bc.mro.borrow().iter().copied());
        }
    }
    if let Some(ObjKind::Class(c)) = cls.kind() {
        *c.mro.borrow_mut() = mro;
    }
    cls
}

/// Checks the receiver of an unbound method of a built-in type (`str.upper(x)`), as
/// CPython's method descriptors do.
#[inline]
pub fn check_receiver(vm: &mut Vm, b: &BuiltinObj, first: Option<Value>) -> PyResult<()> {
    if b.owner.is_null() || !b.bound.is_null() {
        return Ok(());
    }
    let cls = b.owner;
    let ok = match first {
        Some(recv) => {
            let t = vm.type_of(recv);
            t == cls || vm.is_subclass(t, cls)
        }
        None => {
            let cn = vm.class_name(cls);
            return vm.type_error(format!("unbound method {cn}.{}() needs an argument", b.name));
        }
    };
    if !ok {
        let cn = vm.class_name(cls);
        let tn = vm.type_name(first.unwrap_or(Value::NONE));
        return vm.type_error(format!(
            "descriptor '{}' for '{cn}' objects doesn't apply to a '{tn}' object",
            b.name
        ));
    }
    Ok(())
}

/// Adds a method (a builtin taking the receiver first) to a class. Methods of the
/// subclassable built-in types receive the base value of an instance of a subclass.
pub fn add_method(vm: &mut Vm, cls: Value, name: &'static str, f: BuiltinFn) {
    let recv_base = matches!(cls.kind(), Some(ObjKind::Class(c)) if c.builtin.is_some_and(is_subclassable));
    let bound = Value::NULL;
    let b = vm.heap.alloc(ObjKind::Builtin(BuiltinObj { name, func: f, bound, recv_base, owner: cls }));
    let s = vm.intern(name);
    if let Some(ObjKind::Class(c)) = cls.kind() {
        c.dict.borrow_mut().insert(s, b);
    }
}

/// Adds a plain attribute to a class.
pub fn add_class_attr(vm: &mut Vm, cls: Value, name: &str, v: Value) {
    let s = vm.intern(name);
    if let Some(ObjKind::Class(c)) = cls.kind() {
        c.dict.borrow_mut().insert(s, v);
    }
}

/// Creates the built-in types, exceptions, singletons and functions.
pub fn bootstrap(vm: &mut Vm) {
    // Types: object first, everything else derives from it (bool from int).
    let object = new_class(vm, "object", Some(TypeId::Object), vec![], false);
    vm.types = vec![object; NTYPES];
    for (t, name) in TYPE_NAMES.iter().skip(1).filter(|(t, _)| *t != TypeId::Bool) {
        let c = new_class(vm, name, Some(*t), vec![object], false);
        vm.types[*t as usize] = c;
    }
    let int = vm.types[TypeId::Int as usize];
    vm.types[TypeId::Bool as usize] = new_class(vm, "bool", Some(TypeId::Bool), vec![int], false);
    // Exceptions.
    let mut exc = Vec::new();
    for (kind, name, parent) in EXC_HIERARCHY {
        let base = match parent {
            Some(p) => exc[*p as usize],
            None => object,
        };
        let c = new_class(vm, name, None, vec![base], true);
        assert_eq!(exc.len(), *kind as usize);
        exc.push(c);
        vm.set_builtin(name, c);
    }
    vm.exc_types = exc;
    let os_error = vm.exc_type(ExcKind::OSError);
    vm.set_builtin("EnvironmentError", os_error);
    vm.set_builtin("IOError", os_error);
    // Singletons.
    vm.char_strs = (0u8..128)
        .map(|b| vm.heap.alloc(ObjKind::Str(StrObj::new((b as char).to_string().into()))))
        .collect();
    vm.empty_str = vm.heap.alloc(ObjKind::Str(StrObj::new("".into())));
    vm.empty_tuple = vm.heap.alloc(ObjKind::Tuple(Vec::new().into_boxed_slice()));
    let ell_cls = vm.types[TypeId::Ellipsis as usize];
    vm.ellipsis = vm.new_instance(ell_cls, &[]);
    let ni_cls = vm.types[TypeId::NotImplementedType as usize];
    vm.not_implemented = vm.new_instance(ni_cls, &[]);
    vm.set_builtin("Ellipsis", vm.ellipsis);
    vm.set_builtin("NotImplemented", vm.not_implemented);
    // Public type names.
    for t in [
        TypeId::Object,
        TypeId::Type,
        TypeId::Bool,
        TypeId::Int,
        TypeId::Float,
        TypeId::Str,
        TypeId::List,
        TypeId::Tuple,
        TypeId::Dict,
        TypeId::Set,
        TypeId::FrozenSet,
        TypeId::Range,
        TypeId::Slice,
        TypeId::Bytes,
        TypeId::ByteArray,
        TypeId::Property,
        TypeId::StaticMethod,
        TypeId::ClassMethod,
        TypeId::Super,
    ] {
        let name = TYPE_NAMES[t as usize].1;
        let c = vm.types[t as usize];
        vm.set_builtin(name, c);
    }
    functions::install(vm);
    methods::install(vm);
    bytes::install(vm);
    meta::install(vm);
    subclass::install(vm);
}

/// Calls a built-in type: `int(x)`, `list(it)`, `type(x)`, ...
pub fn construct_builtin(vm: &mut Vm, t: TypeId, cls: Value, args: &[Value], kw: Kw) -> PyResult {
    functions::construct(vm, t, cls, args, kw)
}

/// Attributes of built-in kinds that are not methods (`range.start`, `slice.stop`, ...).
pub fn builtin_attr(vm: &mut Vm, obj: Value, name: Sym) -> PyResult<Option<Value>> {
    let n = vm.sym_str(name).to_string();
    Ok(match (obj.kind(), n.as_str()) {
        (Some(ObjKind::Range(r)), "start") => Some(vm.new_int(r.start)),
        (Some(ObjKind::Range(r)), "stop") => Some(vm.new_int(r.stop)),
        (Some(ObjKind::Range(r)), "step") => Some(vm.new_int(r.step)),
        (Some(ObjKind::Slice(a, _, _)), "start") => Some(*a),
        (Some(ObjKind::Slice(_, b, _)), "stop") => Some(*b),
        (Some(ObjKind::Slice(_, _, c)), "step") => Some(*c),
        (Some(ObjKind::Generator(g)), "__name__") => {
            let f = g.borrow().func;
            return vm.getattr_opt(f, name);
        }
        (_, "real") if crate::ops::as_int(&obj).is_some() || obj.is_float() => {
            Some(if obj.is_bool() { Value::small_int(obj.as_bool().unwrap() as i64) } else { obj })
        }
        (_, "imag") if crate::ops::as_int(&obj).is_some() => Some(Value::small_int(0)),
        (_, "imag") if obj.is_float() => Some(Value::float(0.0)),
        (_, "numerator") if crate::ops::as_int(&obj).is_some() => Some(obj),
        (_, "denominator") if crate::ops::as_int(&obj).is_some() => Some(Value::small_int(1)),
        _ => None,
    })
}

/// Checks the positional argument count of a builtin.
pub fn check_args(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == 1 && max == 1 {
            format!("{name}() takes exactly one argument ({} given)", args.len())
        } else if min == max {
            format!("{name} expected {min} arguments, got {}", args.len())
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return vm.type_error(msg);
    }
    Ok(())
}

/// Checks the argument count of a method of a built-in type: `args` includes the receiver,
/// `min` and `max` do not; `qual` is the qualified name (`list.append`).
pub fn check_margs(vm: &mut Vm, qual: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n < min || n > max {
        if max == 0 {
            return vm.type_error(format!("{qual}() takes no arguments ({n} given)"));
        }
        let short = qual.rsplit('.').next().unwrap_or(qual);
        if min == 1 && max == 1 {
            return vm.type_error(format!("{qual}() takes exactly one argument ({n} given)"));
        }
        return check_args(vm, short, &args[1..], min, max);
    }
    Ok(())
}

/// Whether the built-in function `name` takes no keyword arguments at all (no method of a
/// built-in type may have one of these names: the check is by name).
pub fn takes_no_kw(name: &str) -> bool {
    matches!(
        name,
        "len"
            | "repr"
            | "ascii"
            | "abs"
            | "divmod"
            | "isinstance"
            | "issubclass"
            | "hash"
            | "iter"
            | "next"
            | "any"
            | "all"
            | "reversed"
            | "filter"
            | "ord"
            | "chr"
            | "oct"
            | "bin"
            | "getattr"
            | "setattr"
            | "hasattr"
            | "delattr"
            | "callable"
            | "id"
            | "vars"
    )
}

/// Rejects keyword arguments for builtins that take none.
pub fn no_kw(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    Ok(())
}

/// Finds a keyword argument by name.
pub fn kwarg(vm: &Vm, kw: Kw, name: &str) -> Option<Value> {
    let s = vm.interner.lookup(name)?;
    kw.iter().find(|(k, _)| *k == s).map(|(_, v)| *v)
}

/// Raises `TypeError` for an unexpected keyword.
pub fn check_kw(vm: &mut Vm, fname: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = vm.sym_str(*k).to_string();
        if !allowed.contains(&n.as_str()) {
            return vm.type_error(format!("'{n}' is an invalid keyword argument for {fname}()"));
        }
    }
    Ok(())
}

/// Converts an argument to an i64 index (TypeError otherwise).
pub fn arg_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match crate::ops::as_int(&v) {
        Some(crate::ops::IntRef::Small(i)) => Ok(i),
        Some(crate::ops::IntRef::Big(_)) => {
            vm.err(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
        }
        None => {
            if let Some(ObjKind::Instance(_)) = v.kind() {
                if vm.user_dunder(v, vm.names.index).is_some() {
                    return vm.index_dunder(v);
                }
            }
            let tn = vm.type_name(v);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}
