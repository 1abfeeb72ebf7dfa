//! The built-in functions (`print`, `len`, `sorted`, ...) and the built-in type
//! constructors (`int(x)`, `list(it)`, `type(x)`, ...).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{arg_index, check_args, check_kw, kwarg, no_kw, Kw};
use crate::bytecode::BinOp;
use crate::interp::GenStep;
use crate::object::*;
use crate::ops::{as_int, IntRef};
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

pub(super) fn install(vm: &mut Vm) {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hash", hash),
        ("iter", iter),
        ("__import__", dunder_import),
        ("eval", super::eval::eval),
        ("exec", super::eval::exec),
        ("next", next),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("ord", ord),
        ("chr", chr),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("id", id),
        ("format", format),
        ("vars", vars),
        ("input", input),
        ("globals", globals),
        ("locals", locals),
        ("exit", super::modules::sys_exit),
        ("quit", super::modules::sys_exit),
        ("dir", dir),
        ("open", open),
    ];
    for &(name, f) in fns {
        let b = vm.new_builtin(name, f);
        vm.set_builtin(name, b);
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(vm, kw, "sep") {
        Some(v) if !v.is_none() => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return vm.type_error(format!("sep must be None or a string, not {tn}"));
            }
        },
        _ => " ".to_string(),
    };
    let end = match kwarg(vm, kw, "end") {
        Some(v) if !v.is_none() => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return vm.type_error(format!("end must be None or a string, not {tn}"));
            }
        },
        _ => "\n".to_string(),
    };
    // Where to: `file`, else `sys.stdout` as the program has it now (it may have
    // rebound it to an object with a `write` method).
    let file = match kwarg(vm, kw, "file") {
        Some(f) if !f.is_none() => Some(f),
        _ => super::modules::current_stdout(vm),
    };
    let flush = match kwarg(vm, kw, "flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let target = match file {
        None => Stream::Out,
        Some(f) if super::modules::is_stdout(f) => Stream::Out,
        Some(f) if super::modules::is_stderr(f) => Stream::Err,
        Some(f) => Stream::Object(f),
    };
    if let Stream::Object(f) = target {
        // As CPython does: one `write` call per piece.
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                let sep = vm.new_str(&sep);
                write_to(vm, f, "write", &[sep])?;
            }
            let piece = if a.as_str().is_some() { a } else { vm.str_of(a)? };
            write_to(vm, f, "write", &[piece])?;
        }
        let end = vm.new_str(&end);
        write_to(vm, f, "write", &[end])?;
        if flush {
            write_to(vm, f, "flush", &[])?;
        }
        return Ok(Value::NONE);
    }
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if let Some(s) = a.as_str() {
            out.push_str(s);
        } else {
            out.push_str(&vm.str_string(a)?);
        }
    }
    out.push_str(&end);
    if let Stream::Err = target {
        vm.flush();
        eprint!("{out}");
    } else {
        vm.write_out(&out);
        if flush {
            vm.flush();
        }
    }
    Ok(Value::NONE)
}

/// Calls `f.<name>(*args)` (a stream's `write` or `flush`).
fn write_to(vm: &mut Vm, f: Value, name: &str, args: &[Value]) -> PyResult {
    let sym = vm.intern(name);
    let m = vm.getattr(f, sym)?;
    vm.call(m, args, &[])
}

/// Where `print` writes.
#[derive(Clone, Copy)]
enum Stream {
    Out,
    Err,
    Object(Value),
}

fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_kw(vm, "len", kw)?;
    check_args(vm, "len", args, 1, 1)?;
    let n = vm.len(args[0])?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "repr", args, 1, 1)?;
    vm.repr_of(args[0])
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "ascii", args, 1, 1)?;
    vm.ascii_of(args[0])
}

fn abs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "abs", args, 1, 1)?;
    let v = args[0];
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    match as_int(&v) {
        Some(IntRef::Small(i)) => Ok(vm.int_from_i128((i as i128).abs())),
        Some(IntRef::Big(b)) => {
            let r = b.abs();
            Ok(vm.new_bigint(r))
        }
        None => match vm.user_dunder(v, vm.names.abs) {
            Some(f) => vm.call_dunder(f, v, &[]),
            None if crate::ops::base_of(v).is_some() => {
                let b = crate::ops::base_of(v).unwrap();
                abs(vm, &[b], _kw)
            }
            None => {
                let tn = vm.type_name(v);
                vm.type_error(format!("bad operand type for abs(): '{tn}'"))
            }
        },
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    check_kw(vm, name, kw, &["key", "default"])?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kw, "default");
    let items = if args.len() == 1 {
        vm.collect_iter(args[0])?
    } else if args.is_empty() {
        return vm.type_error(format!("{name} expected at least 1 argument, got 0"));
    } else {
        args.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => vm.value_error(format!("{name}() arg is an empty sequence")),
        };
    }
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best], &[])?,
        None => best,
    };
    vm.push_root(best_key);
    for &it in &items[1..] {
        let k = match key {
            Some(kf) => vm.call(kf, &[it], &[])?,
            None => it,
        };
        vm.push_root(k);
        // As CPython: `item > best` for max, `item < best` for min (which operand's
        // method runs first, and the TypeError's wording, follow).
        let better = if is_max {
            if let (Some(x), Some(y)) = (k.as_small_int(), best_key.as_small_int()) {
                x > y
            } else if let (Some(x), Some(y)) = (k.as_float(), best_key.as_float()) {
                x > y
            } else {
                let r = vm.compare(k, best_key, crate::bytecode::CmpOp::Gt)?;
                vm.truthy(r)?
            }
        } else {
            vm.less_than(k, best_key)?
        };
        if better {
            best = it;
            best_key = k;
        }
    }
    vm.pop_roots(mark);
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    min_max(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    min_max(vm, args, kw, true)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "sum", kw, &["start"])?;
    if args.is_empty() {
        return vm.type_error("sum() takes at least 1 positional argument (0 given)");
    }
    check_args(vm, "sum", args, 1, 2)?;
    let mut acc =
        if args.len() == 2 { args[1] } else { kwarg(vm, kw, "start").unwrap_or(Value::small_int(0)) };
    if acc.as_str().is_some() {
        return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let it = vm.get_iter(args[0])?;
    let mark = vm.roots.len();
    vm.push_root(it);
    // The running total (often a fresh big int) stays rooted while the iterator runs Python
    // code, and each item while it is added.
    let acc_slot = vm.roots.len();
    vm.push_root(acc);
    // Float sums are accumulated like CPython (plain double adds).
    while let Some(v) = vm.iter_next(it)? {
        vm.push_root(v);
        acc = if acc.is_small_int() && v.is_small_int() {
            vm.new_int(acc.int_unchecked() + v.int_unchecked())
        } else if acc.is_float() && v.is_float() {
            Value::float(acc.float_unchecked() + v.float_unchecked())
        } else {
            vm.binary_op(acc, v, BinOp::Add, false)?
        };
        vm.roots.pop();
        vm.roots[acc_slot] = acc;
    }
    vm.pop_roots(mark);
    Ok(acc)
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "divmod", args, 2, 2)?;
    // User classes: `__divmod__`, then the right operand's `__rdivmod__`.
    for (recv, other, name) in [(args[0], args[1], "__divmod__"), (args[1], args[0], "__rdivmod__")] {
        if matches!(recv.kind(), Some(ObjKind::Instance(_))) {
            let s = vm.intern(name);
            if let Some(f) = vm.user_dunder(recv, s) {
                let r = vm.call_dunder(f, recv, &[other])?;
                if r != vm.not_implemented {
                    return Ok(r);
                }
            }
        }
    }
    let zero = match as_int(&args[1]) {
        Some(IntRef::Small(i)) => i == 0,
        Some(IntRef::Big(_)) => false,
        None => args[1].as_float() == Some(0.0),
    };
    if zero
        && (args[0].is_float() || args[1].is_float())
        && (args[0].is_float() || as_int(&args[0]).is_some())
    {
        return vm.err(ExcKind::ZeroDivisionError, "float divmod()");
    }
    let q = vm.binary_op(args[0], args[1], BinOp::FloorDiv, false)?;
    vm.push_root(q);
    let r = vm.binary_op(args[0], args[1], BinOp::Mod, false)?;
    vm.roots.pop();
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() < 2 {
        let (name, pos) = if args.is_empty() { ("base", 1) } else { ("exp", 2) };
        return vm.type_error(format!("pow() missing required argument '{name}' (pos {pos})"));
    }
    check_args(vm, "pow", args, 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        if matches!(args[0].kind(), Some(ObjKind::Instance(_))) {
            let s = vm.intern("__pow__");
            if let Some(f) = vm.user_dunder(args[0], s) {
                return vm.call_dunder(f, args[0], &[args[1], args[2]]);
            }
        }
        // Machine ints with a positive modulus below 2**32: square-and-multiply in u64
        // (the result takes the modulus's sign, here positive, as in Python).
        if let (Some(IntRef::Small(b)), Some(IntRef::Small(e)), Some(IntRef::Small(m))) =
            (as_int(&args[0]), as_int(&args[1]), as_int(&args[2]))
        {
            if e >= 0 && m > 0 && m < 1 << 32 {
                let m = m as u64;
                let mut base = b.rem_euclid(m as i64) as u64;
                let (mut e, mut r) = (e as u64, 1 % m);
                while e > 0 {
                    if e & 1 == 1 {
                        r = r * base % m;
                    }
                    base = base * base % m;
                    e >>= 1;
                }
                return Ok(vm.new_int(r as i64));
            }
        }
        let (b, e, m) = match (as_int(&args[0]), as_int(&args[1]), as_int(&args[2])) {
            (Some(b), Some(e), Some(m)) => (b.to_big(), e.to_big(), m.to_big()),
            _ => return vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"),
        };
        let r = crate::num::int_pow_mod(&b, &e, &m);
        let r = vm.num_result(r)?;
        return Ok(vm.new_bigint(r));
    }
    vm.binary_op(args[0], args[1], BinOp::Pow, false)
}

pub(crate) fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "round", kw, &["ndigits"])?;
    if args.is_empty() {
        return vm.type_error("round() missing required argument 'number' (pos 1)");
    }
    check_args(vm, "round", args, 1, 2)?;
    let nd = if args.len() == 2 { Some(args[1]) } else { kwarg(vm, kw, "ndigits") };
    let nd = match nd {
        Some(v) if !v.is_none() => Some(arg_index(vm, v)?),
        _ => None,
    };
    let v = args[0];
    if let Some(f) = v.as_float() {
        let r = crate::num::float_round(f, nd);
        return match vm.num_result(r)? {
            crate::num::FloatOrInt::Float(x) => Ok(Value::float(x)),
            crate::num::FloatOrInt::Int(i) => Ok(vm.new_bigint(i)),
        };
    }
    if let Some(i) = as_int(&v) {
        return match nd {
            None => Ok(if v.is_bool() { Value::small_int(v.as_bool().unwrap() as i64) } else { v }),
            Some(n) => {
                let r = crate::num::int_round(&i.to_big(), n);
                Ok(vm.new_bigint(r))
            }
        };
    }
    match vm.user_dunder(v, vm.names.round) {
        Some(f) => {
            let extra: Vec<Value> = args[1..].to_vec();
            vm.call_dunder(f, v, &extra)
        }
        None if crate::ops::base_of(v).is_some() => {
            let mut all = args.to_vec();
            all[0] = crate::ops::base_of(v).unwrap();
            round(vm, &all, kw)
        }
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("type {tn} doesn't define __round__ method"))
        }
    }
}

fn isinstance_of(vm: &mut Vm, v: Value, t: Value, fname: &str) -> PyResult<bool> {
    match t.kind() {
        Some(ObjKind::Class(_)) => {
            let vt = vm.type_of(v);
            if vm.is_subclass(vt, t) {
                return Ok(true);
            }
            // Kiln's stand-in for a metaclass `__instancecheck__` (collections.abc).
            match vm.class_hook(t, "__class_instancecheck__") {
                Some(h) => {
                    let r = vm.call(h, &[t, v], &[])?;
                    vm.truthy(r)
                }
                None => Ok(false),
            }
        }
        Some(ObjKind::Tuple(items)) => {
            for &c in items.to_vec().iter() {
                if isinstance_of(vm, v, c, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match super::union::union_args(vm, t) {
            Some(items) => {
                for c in items {
                    if isinstance_of(vm, v, c, fname)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            None => {
                // An object whose class defines `__instancecheck__` (typing's `Union[...]`).
                let name = vm.intern("__instancecheck__");
                if let Some(f) = vm.user_dunder(t, name) {
                    let r = vm.call_dunder(f, t, &[v])?;
                    return vm.truthy(r);
                }
                vm.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))
            }
        },
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::bool(isinstance_of(vm, args[0], args[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "issubclass", args, 2, 2)?;
    if !matches!(args[0].kind(), Some(ObjKind::Class(_))) {
        return vm.type_error("issubclass() arg 1 must be a class");
    }
    fn sub(vm: &mut Vm, c: Value, t: Value) -> PyResult<bool> {
        match t.kind() {
            Some(ObjKind::Class(_)) => {
                if vm.is_subclass(c, t) {
                    return Ok(true);
                }
                match vm.class_hook(t, "__class_subclasscheck__") {
                    Some(h) => {
                        let r = vm.call(h, &[t, c], &[])?;
                        vm.truthy(r)
                    }
                    None => Ok(false),
                }
            }
            Some(ObjKind::Tuple(items)) => {
                for &x in items.to_vec().iter() {
                    if sub(vm, c, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match super::union::union_args(vm, t) {
                Some(items) => {
                    for x in items {
                        if sub(vm, c, x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                None => {
                    let name = vm.intern("__subclasscheck__");
                    if let Some(f) = vm.user_dunder(t, name) {
                        let r = vm.call_dunder(f, t, &[c])?;
                        return vm.truthy(r);
                    }
                    vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
                }
            },
        }
    }
    Ok(Value::bool(sub(vm, args[0], args[1])?))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    Ok(vm.new_int(h))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(vm.new_iter(IterState::CallIter(args[0], args[1])));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "next", args, 1, 2)?;
    let it = args[0];
    let is_iter = matches!(it.kind(), Some(ObjKind::Iter(_)) | Some(ObjKind::Generator(_)))
        || vm.user_dunder(it, vm.names.next).is_some();
    if !is_iter {
        let tn = vm.type_name(it);
        return vm.type_error(format!("'{tn}' object is not an iterator"));
    }
    if let Some(ObjKind::Generator(_)) = it.kind() {
        return match vm.gen_resume(it, Value::NONE)? {
            GenStep::Yield(v) => Ok(v),
            GenStep::Return(r) => {
                if args.len() == 2 {
                    return Ok(args[1]);
                }
                let c = vm.exc_type(ExcKind::StopIteration);
                let t = if r.is_none() { vm.new_tuple(vec![]) } else { vm.new_tuple(vec![r]) };
                Err(vm.new_exc_instance(c, t))
            }
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => {
            if args.len() == 2 {
                return Ok(args[1]);
            }
            let c = vm.exc_type(ExcKind::StopIteration);
            let t = vm.new_tuple(vec![]);
            Err(vm.new_exc_instance(c, t))
        }
    }
}

fn any(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    let mark = vm.roots.len();
    vm.push_root(it);
    while let Some(v) = vm.iter_next(it)? {
        if vm.truthy(v)? {
            vm.pop_roots(mark);
            return Ok(Value::TRUE);
        }
    }
    vm.pop_roots(mark);
    Ok(Value::FALSE)
}

fn all(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    let mark = vm.roots.len();
    vm.push_root(it);
    while let Some(v) = vm.iter_next(it)? {
        if !vm.truthy(v)? {
            vm.pop_roots(mark);
            return Ok(Value::FALSE);
        }
    }
    vm.pop_roots(mark);
    Ok(Value::TRUE)
}

/// Sorts values in place (stable), with an optional key function; used by `sorted` and
/// `list.sort`.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(items);
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for &it in items.iter() {
                let kv = match vm.call(k, &[it], &[]) {
                    Ok(kv) => kv,
                    Err(e) => {
                        vm.pop_roots(mark);
                        return Err(e);
                    }
                };
                vm.push_root(kv);
                ks.push(kv);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    if native_sort(&keys, &mut idx) {
        vm.pop_roots(mark);
        if reverse {
            idx.reverse();
        }
        let sorted: Vec<Value> = idx.into_iter().map(|i| items[i]).collect();
        *items = sorted;
        return Ok(());
    }
    // Merge sort with a fallible comparison (stable).
    let mut err = None;
    merge_sort(&mut idx, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        if let Some(r) = fast_cmp(keys[b], keys[a]) {
            return r == std::cmp::Ordering::Less;
        }
        match vm.less_than(keys[b], keys[a]) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    vm.pop_roots(mark);
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i]).collect();
    *items = sorted;
    Ok(())
}

/// Sorts `idx` by `keys` with Rust's stable (run-adaptive) sort when every key is a small
/// int, every key a float other than NaN, or every key a str: total orders that need no
/// Python code. False (nothing done) otherwise.
fn native_sort(keys: &[Value], idx: &mut [usize]) -> bool {
    if keys.iter().all(|k| k.as_small_int().is_some()) {
        idx.sort_by_key(|&i| keys[i].as_small_int().unwrap_or(0));
        return true;
    }
    if keys.iter().all(|k| k.as_float().is_some_and(|f| !f.is_nan())) {
        idx.sort_by(|&a, &b| {
            let (x, y) = (keys[a].as_float().unwrap_or(0.0), keys[b].as_float().unwrap_or(0.0));
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    if keys.iter().all(|k| k.as_str().is_some()) {
        idx.sort_by(|&a, &b| keys[a].as_str().unwrap_or("").cmp(keys[b].as_str().unwrap_or("")));
        return true;
    }
    false
}

/// The order of two sort keys when it needs no Python code: small ints, strs, and tuples
/// of those compared element by element (`key=lambda kv: (-kv[1], kv[0])`); `None` when
/// the general comparison must decide (floats, mixed kinds, user objects).
fn fast_cmp(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x.cmp(&y));
    }
    match (a.kind()?, b.kind()?) {
        (ObjKind::Str(x), ObjKind::Str(y)) => Some(x.s.as_bytes().cmp(y.s.as_bytes())),
        (ObjKind::Tuple(x), ObjKind::Tuple(y)) => {
            for (&p, &q) in x.iter().zip(y.iter()) {
                match fast_cmp(p, q)? {
                    std::cmp::Ordering::Equal => {}
                    o => return Some(o),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        _ => None,
    }
}

/// Stable merge sort of indices; `less(a, b)` says whether b must come before a... here
/// `lt(a, b)` returns true when item b is strictly less than item a.
fn merge_sort(v: &mut Vec<usize>, b_less_a: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut buf = v.clone();
    let mut width = 1;
    // Insertion sort small runs first.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && b_less_a(v[j - 1], v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    width = width.max(RUN);
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < end {
                if b_less_a(v[l], v[r]) {
                    buf[k] = v[r];
                    r += 1;
                } else {
                    buf[k] = v[l];
                    l += 1;
                }
                k += 1;
            }
            while l < mid {
                buf[k] = v[l];
                l += 1;
                k += 1;
            }
            while r < end {
                buf[k] = v[r];
                r += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "sort", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return vm.type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    let mut items = vm.collect_iter(args[0])?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let l = vm.new_list(Vec::new());
    vm.push_root(l);
    let r = sort_values(vm, &mut items, key, reverse);
    vm.roots.pop();
    r?;
    if let Some(ObjKind::List(lst)) = l.kind() {
        *lst.borrow_mut() = items;
    }
    Ok(l)
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 1 {
        return vm.type_error(format!("reversed expected 1 argument, got {}", args.len()));
    }
    let v = args[0];
    let n = match v.kind() {
        Some(ObjKind::List(l)) => l.borrow().len(),
        Some(ObjKind::Tuple(t)) => t.len(),
        Some(ObjKind::Str(s)) => s.nchars,
        Some(ObjKind::Range(r)) => r.len() as usize,
        Some(ObjKind::Bytes(b)) => b.len(),
        Some(ObjKind::ByteArray(b)) => b.borrow().len(),
        Some(ObjKind::Dict(d)) => {
            let keys: Vec<Value> = d.borrow().keys().rev().collect();
            return Ok(vm.new_iter(IterState::Values(keys, 0)));
        }
        Some(ObjKind::DictView(d, part)) => {
            let mut items = vm.dict_view_items(*d, *part)?;
            items.reverse();
            return Ok(vm.new_iter(IterState::Values(items, 0)));
        }
        Some(ObjKind::Instance(_)) => {
            if let Some(f) = vm.user_dunder(v, vm.names.reversed) {
                return vm.call_dunder(f, v, &[]);
            }
            if vm.user_dunder(v, vm.names.getitem).is_some() && vm.user_dunder(v, vm.names.len).is_some() {
                vm.len(v)?
            } else {
                let tn = vm.type_name(v);
                return vm.type_error(format!("'{tn}' object is not reversible"));
            }
        }
        _ => {
            let tn = vm.type_name(v);
            return vm.type_error(format!("'{tn}' object is not reversible"));
        }
    };
    Ok(vm.new_iter(IterState::Reversed(v, n)))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the module, or for
/// a dotted name without a `fromlist` its top-level package.
fn dunder_import(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "__import__", kw, &["name", "globals", "locals", "fromlist", "level"])?;
    check_args(vm, "__import__", args, 0, 5)?;
    let Some(name) = args.first().copied().or_else(|| kwarg(vm, kw, "name")) else {
        return vm.type_error("__import__() missing required argument 'name' (pos 1)");
    };
    let Some(n) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(name);
        return vm.type_error(format!("__import__() argument 1 must be str, not {tn}"));
    };
    if let Some(level) = args.get(4).copied().or_else(|| kwarg(vm, kw, "level")) {
        if crate::ops::as_i64(level).unwrap_or(0) != 0 {
            return vm.err(ExcKind::ImportError, "attempted relative import with no known parent package");
        }
    }
    let fromlist = match args.get(3).copied().or_else(|| kwarg(vm, kw, "fromlist")) {
        Some(f) if !f.is_none() => vm.truthy(f)?,
        _ => false,
    };
    let sym = vm.intern(&n);
    let m = vm.import_module(sym)?;
    match n.split_once('.') {
        Some((top, _)) if !fromlist => {
            let t = vm.intern(top);
            vm.import_module(t)
        }
        _ => Ok(m),
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "enumerate", kw, &["iterable", "start"])?;
    let Some(iterable) = args.first().copied().or_else(|| kwarg(vm, kw, "iterable")) else {
        return vm.type_error("enumerate() missing required argument 'iterable'");
    };
    check_args(vm, "enumerate", args, 0, 2)?;
    let start = if args.len() == 2 { args[1] } else { kwarg(vm, kw, "start").unwrap_or(Value::small_int(0)) };
    let it = vm.get_iter(iterable)?;
    Ok(vm.new_iter(IterState::Enumerate(it, start)))
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_kw(vm, "zip", kw, &["strict"])?;
    let mut its = Vec::with_capacity(args.len());
    let mark = vm.roots.len();
    for &a in args {
        let it = vm.get_iter(a)?;
        vm.push_root(it);
        its.push(it);
    }
    vm.pop_roots(mark);
    let strict = match kwarg(vm, kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(vm.new_iter(IterState::Zip(its, strict)))
}

fn map(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() < 2 {
        return vm.type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    let mark = vm.roots.len();
    for &a in &args[1..] {
        let it = vm.get_iter(a)?;
        vm.push_root(it);
        its.push(it);
    }
    vm.pop_roots(mark);
    Ok(vm.new_iter(IterState::Map(args[0], its)))
}

fn filter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(args[1])?;
    Ok(vm.new_iter(IterState::Filter(args[0], it)))
}

fn ord(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "ord", args, 1, 1)?;
    match args[0].kind() {
        Some(ObjKind::Str(s)) => {
            if s.nchars != 1 {
                return vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.nchars
                ));
            }
            let c = s.s.chars().next().unwrap();
            Ok(Value::small_int(c as i64))
        }
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => {
            let b = super::bytes::byte_data(args[0]).unwrap_or_default();
            if b.len() != 1 {
                return vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ));
            }
            Ok(Value::small_int(b[0] as i64))
        }
        _ => {
            let tn = vm.type_name(args[0]);
            vm.type_error(format!("ord() expected string of length 1, but {tn} found"))
        }
    }
}

fn chr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "chr", args, 1, 1)?;
    let i = arg_index(vm, args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(vm.new_str(c.encode_utf8(&mut buf)))
        }
        None => vm.value_error("chr() arg not in range(0x110000)"),
    }
}

fn base_fmt(vm: &mut Vm, args: &[Value], name: &str, base: u32) -> PyResult {
    check_args(vm, name, args, 1, 1)?;
    let b = match as_int(&args[0]) {
        Some(i) => i.to_big(),
        None => {
            let v = arg_index(vm, args[0])?;
            BigInt::from(v)
        }
    };
    let s = crate::format::int_to_base(&b, base, true);
    Ok(vm.new_string(s))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    base_fmt(vm, args, "hex", 16)
}

fn oct(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    base_fmt(vm, args, "oct", 8)
}

fn bin(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    base_fmt(vm, args, "bin", 2)
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<crate::intern::Sym> {
    match v.as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("attribute name must be string, not '{tn}'"))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    match vm.getattr_or_missing(args[0], name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            if args.len() == 3 {
                Ok(args[2])
            } else {
                vm.attr_error(args[0], name)
            }
        }
        Err(e) if args.len() == 3 && vm.exc_matches(e, ExcKind::AttributeError) => Ok(args[2]),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args[1])?;
    vm.setattr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.delattr(args[0], name)?;
    Ok(Value::NONE)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.getattr_or_missing(args[0], name) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) if vm.exc_matches(e, ExcKind::AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn callable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let r = match v.kind() {
        Some(ObjKind::Function(_))
        | Some(ObjKind::Builtin(_))
        | Some(ObjKind::BoundMethod(..))
        | Some(ObjKind::Class(_)) => true,
        Some(ObjKind::Instance(_)) => vm.user_dunder(v, vm.names.call).is_some(),
        _ => false,
    };
    Ok(Value::bool(r))
}

fn id(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "id", args, 1, 1)?;
    let b = (args[0].bits() & crate::value::PAYLOAD_MASK) as i64;
    Ok(vm.new_int(b))
}

fn format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    check_args(vm, "format", args, 1, 2)?;
    let spec = if args.len() == 2 { args[1] } else { vm.empty_str };
    vm.format_value(args[0], spec)
}

/// `locals()`: the calling function's bound local (and free) variables; `globals()` at
/// module level; a copy of the namespace in a class body.
pub(super) fn locals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    check_args(vm, "locals", args, 0, 0)?;
    let Some(frame) = vm.frames.last() else { return globals(vm, args, kw) };
    let (code, base, kind) = (frame.code, frame.base as usize, frame.kind);
    match kind {
        crate::vm::FrameKind::Module => return globals(vm, args, kw),
        crate::vm::FrameKind::ClassBody(ns) => {
            let d = vm.new_dict();
            // CPython binds these first in every class body.
            let (m, q) = (vm.new_str("__module__"), vm.new_str("__main__"));
            vm.dict_set(d, m, q)?;
            let qn = crate::interp::code_ref(code).qualname.clone();
            let (k, q) = (vm.new_str("__qualname__"), vm.new_string(qn));
            vm.dict_set(d, k, q)?;
            let items: Vec<(crate::intern::Sym, Value)> = match ns.kind() {
                Some(ObjKind::Module(m)) => m.attrs.borrow().iter().map(|(k, v)| (*k, *v)).collect(),
                _ => Vec::new(),
            };
            for (k, v) in items {
                let kv = vm.sym_value(k);
                vm.dict_set(d, kv, v)?;
            }
            return Ok(d);
        }
        _ => {}
    }
    let c = crate::interp::code_ref(code);
    let n = c.nlocals();
    let first_free = n - c.nfree as usize;
    let names: Vec<crate::intern::Sym> = c.varnames.to_vec();
    let cells: Vec<u32> = c.cellvars.to_vec();
    let d = vm.new_dict();
    vm.push_root(d);
    for (i, name) in names.into_iter().enumerate() {
        let mut v = vm.stack.get(base + i).copied().unwrap_or(Value::NULL);
        if i >= first_free || cells.contains(&(i as u32)) {
            if let Some(ObjKind::Cell(cell)) = v.kind() {
                v = cell.get();
            }
        }
        if v.is_null() {
            continue;
        }
        let k = vm.sym_value(name);
        if let Err(e) = vm.dict_set(d, k, v) {
            vm.roots.pop();
            return Err(e);
        }
    }
    vm.roots.pop();
    Ok(d)
}

fn vars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    if args.is_empty() {
        return locals(vm, args, kw);
    }
    check_args(vm, "vars", args, 1, 1)?;
    let d = vm.names.dict;
    match vm.getattr_or_missing(args[0], d)? {
        Some(v) => Ok(v),
        None => vm.type_error("vars() argument must have __dict__ attribute"),
    }
}

fn open(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    vm.err(ExcKind::NotImplementedError, "open() is not supported (Kiln programs have no file access)")
}

/// The attributes every object gets from `object` in CPython 3.11.
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir(obj)`: the sorted names of the instance's attributes and of its class's MRO.
/// `dir(obj)` as strings (for a traceback's suggestion).
pub(crate) fn dir_names(vm: &mut Vm, obj: Value) -> PyResult<Vec<String>> {
    let list = dir(vm, &[obj], &[])?;
    let mut out = Vec::new();
    for v in vm.collect_iter(list)? {
        out.push(v.as_str().unwrap_or_default().to_string());
    }
    Ok(out)
}

fn dir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if args.is_empty() {
        // The sorted names of the caller's scope.
        let d = locals(vm, args, _kw)?;
        let mut names: Vec<String> = Vec::new();
        for k in vm.collect_iter(d)? {
            names.push(vm.str_string(k)?);
        }
        names.sort();
        let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
        return Ok(vm.new_list(vals));
    }
    check_args(vm, "dir", args, 1, 1)?;
    let obj = args[0];
    if let Some(ObjKind::Module(m)) = obj.kind() {
        let keys: Vec<crate::intern::Sym> = m.attrs.borrow().keys().copied().collect();
        let mut names: Vec<String> = keys.into_iter().map(|k| vm.sym_str(k).to_string()).collect();
        names.extend(["__doc__", "__loader__", "__name__", "__package__", "__spec__"].map(String::from));
        names.sort();
        names.dedup();
        let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
        return Ok(vm.new_list(vals));
    }
    let mut names: Vec<String> = OBJECT_DIR.iter().map(|s| s.to_string()).collect();
    let is_class = matches!(obj.kind(), Some(ObjKind::Class(_)));
    let cls = if is_class { obj } else { vm.type_of(obj) };
    let mro = match cls.kind() {
        Some(ObjKind::Class(c)) => c.mro.borrow().clone(),
        _ => Vec::new(),
    };
    let mut user = false;
    for c in mro {
        if let Some(ObjKind::Class(c)) = c.kind() {
            user |= c.builtin.is_none();
            let keys: Vec<crate::intern::Sym> = c.dict.borrow().keys().copied().collect();
            names.extend(keys.into_iter().map(|k| vm.sym_str(k).to_string()));
        }
    }
    if user {
        names.extend(["__dict__", "__module__", "__weakref__"].iter().map(|s| s.to_string()));
    }
    if !is_class {
        if let Some(ObjKind::Instance(_)) = obj.kind() {
            let d = vm.names.dict;
            if let Ok(dv) = vm.getattr(obj, d) {
                for k in vm.collect_iter(dv)? {
                    names.push(vm.str_string(k)?);
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

fn input(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if let Some(p) = args.first() {
        let s = vm.str_string(*p)?;
        vm.write_out(&s);
    }
    vm.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => vm.err(ExcKind::EOFError, "EOF when reading a line"),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(vm.new_string(line))
        }
    }
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    // Inside `exec`/`eval` given a globals dict: that dict.
    if let Some(&g) = vm.exec_globals.last() {
        let in_exec =
            vm.frames.last().is_some_and(|f| &*crate::interp::code_ref(f.code).filename == "<string>");
        if in_exec {
            return Ok(g);
        }
    }
    // A dict subclass whose writes also rebind the globals (`globals()[name] = v`).
    let cls = super::subclass::globals_dict_class(vm)?;
    let g = vm.new_instance(cls, &[]);
    let Some(d) = crate::ops::base_of(g) else { return vm.type_error("globals(): no dict") };
    vm.push_root(g);
    let items: Vec<(crate::intern::Sym, Value)> = vm
        .globals
        .iter()
        .filter(|g| !g.value.is_null() && !vm.is_private_global(g.name))
        .map(|g| (g.name, g.value))
        .collect();
    for (n, v) in items {
        let k = vm.sym_value(n);
        if let Err(e) = vm.dict_set(d, k, v) {
            vm.roots.pop();
            return Err(e);
        }
    }
    vm.roots.pop();
    Ok(g)
}

// ----- constructors -----

/// Calls a built-in type.
pub fn construct(vm: &mut Vm, t: TypeId, cls: Value, args: &[Value], kw: Kw) -> PyResult {
    let _ = cls;
    match t {
        TypeId::Int => {
            check_kw(vm, "int", kw, &["base"])?;
            if args.len() > 2 {
                return vm.type_error(format!("int() takes at most 2 arguments ({} given)", args.len()));
            }
            let base = if args.len() == 2 { Some(args[1]) } else { kwarg(vm, kw, "base") };
            if args.is_empty() {
                return Ok(Value::small_int(0));
            }
            // Digits given as bytes read as their ASCII text.
            if let Some(b) = super::bytes::byte_data(args[0]) {
                let text: String = b.iter().map(|&c| c as char).collect();
                let mut a = args.to_vec();
                a[0] = vm.new_string(text);
                return construct(vm, t, cls, &a, kw);
            }
            let v = args[0];
            if let Some(b) = base {
                let b = arg_index(vm, b)?;
                let s = match v.as_str() {
                    Some(s) => s.to_string(),
                    None => return vm.type_error("int() can't convert non-string with explicit base"),
                };
                if b != 0 && !(2..=36).contains(&b) {
                    return vm.value_error("int() base must be >= 2 and <= 36, or 0");
                }
                let r = crate::num::parse_int(&s, b as u32);
                let r = vm.num_result(r)?;
                return Ok(vm.new_bigint(r));
            }
            to_int(vm, v)
        }
        TypeId::Float => {
            check_args(vm, "float", args, 0, 1)?;
            if args.is_empty() {
                return Ok(Value::float(0.0));
            }
            let v = args[0];
            if v.is_float() {
                return Ok(v);
            }
            if let Some(b) = super::bytes::byte_data(v) {
                let text: String = b.iter().map(|&c| c as char).collect();
                let s = vm.new_string(text);
                return construct(vm, t, cls, &[s], kw);
            }
            if let Some(s) = v.as_str() {
                let s = s.to_string();
                let r = crate::num::parse_float(&s);
                let f = vm.num_result(r)?;
                return Ok(Value::float(f));
            }
            if let Some(f) = vm.num_as_f64(v)? {
                return Ok(Value::float(f));
            }
            if let Some(f) = vm.user_dunder(v, vm.names.float) {
                return vm.call_dunder(f, v, &[]);
            }
            if let Some(b) = crate::ops::base_of(v) {
                return construct(vm, t, cls, &[b], kw);
            }
            let tn = vm.type_name(v);
            vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'"))
        }
        TypeId::Str => {
            if args.is_empty() {
                return Ok(vm.empty_str);
            }
            if args.len() > 3 {
                return vm.type_error(format!("str() takes at most 3 arguments ({} given)", args.len()));
            }
            let enc_kw = kwarg(vm, kw, "encoding");
            let errs_kw = kwarg(vm, kw, "errors");
            if args.len() > 1 || enc_kw.is_some() || errs_kw.is_some() {
                let Some(b) = super::bytes::byte_data(args[0]) else {
                    let tn = vm.type_name(args[0]);
                    return vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found"));
                };
                let text = |vm: &mut Vm, v: Value, what: &str| -> PyResult<String> {
                    match v.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let tn = vm.type_name(v);
                            vm.type_error(format!("str() argument '{what}' must be str, not {tn}"))
                        }
                    }
                };
                let enc = match args.get(1).copied().or(enc_kw) {
                    Some(e) => text(vm, e, "encoding")?,
                    None => "utf-8".to_string(),
                };
                let errs = match args.get(2).copied().or(errs_kw) {
                    Some(e) => text(vm, e, "errors")?,
                    None => "strict".to_string(),
                };
                let s = vm.decode_bytes(&b, &enc, &errs)?;
                return Ok(vm.new_string(s));
            }
            vm.str_of(args[0])
        }
        TypeId::Bool => {
            check_args(vm, "bool", args, 0, 1)?;
            if args.is_empty() {
                return Ok(Value::FALSE);
            }
            Ok(Value::bool(vm.truthy(args[0])?))
        }
        TypeId::List => {
            check_args(vm, "list", args, 0, 1)?;
            let items = if args.is_empty() { Vec::new() } else { vm.collect_iter(args[0])? };
            Ok(vm.new_list(items))
        }
        TypeId::Tuple => {
            check_args(vm, "tuple", args, 0, 1)?;
            if let Some(ObjKind::Tuple(_)) = args.first().and_then(|a| a.kind()) {
                return Ok(args[0]);
            }
            let items = if args.is_empty() { Vec::new() } else { vm.collect_iter(args[0])? };
            Ok(vm.new_tuple(items))
        }
        TypeId::Dict => {
            check_args(vm, "dict", args, 0, 1)?;
            let d = vm.new_dict();
            vm.push_root(d);
            if let Some(&a) = args.first() {
                if let Err(e) = vm.dict_update(d, a) {
                    vm.roots.pop();
                    return Err(e);
                }
            }
            for &(k, v) in kw {
                let kv = vm.sym_value(k);
                vm.dict_set(d, kv, v)?;
            }
            vm.roots.pop();
            Ok(d)
        }
        TypeId::Set | TypeId::FrozenSet => {
            check_args(vm, if t == TypeId::Set { "set" } else { "frozenset" }, args, 0, 1)?;
            let table = match args.first() {
                Some(&a) => vm.table_from_iter(a)?,
                None => crate::table::SetTable::new(),
            };
            Ok(vm.set_from_table(table, t == TypeId::FrozenSet))
        }
        TypeId::Range => {
            no_kw(vm, "range", kw)?;
            check_args(vm, "range", args, 1, 3)?;
            let mut nums = Vec::new();
            for &a in args {
                nums.push(arg_index(vm, a)?);
            }
            let (start, stop, step) = match nums.len() {
                1 => (0, nums[0], 1),
                2 => (nums[0], nums[1], 1),
                _ => (nums[0], nums[1], nums[2]),
            };
            if step == 0 {
                return vm.value_error("range() arg 3 must not be zero");
            }
            Ok(vm.heap.alloc(ObjKind::Range(RangeObj { start, stop, step })))
        }
        TypeId::Slice => {
            check_args(vm, "slice", args, 1, 3)?;
            let (a, b, c) = match args.len() {
                1 => (Value::NONE, args[0], Value::NONE),
                2 => (args[0], args[1], Value::NONE),
                _ => (args[0], args[1], args[2]),
            };
            Ok(vm.heap.alloc(ObjKind::Slice(a, b, c)))
        }
        TypeId::Type => {
            if args.len() == 1 {
                return Ok(vm.type_of(args[0]));
            }
            if args.len() == 3 {
                let name = args[0].as_str().unwrap_or("?").to_string();
                let bases = vm.seq_items(args[1]);
                let mut attrs = crate::intern::SymMap::default();
                for (k, v) in vm.dict_items(args[2])? {
                    if let Some(s) = k.as_str() {
                        let s = s.to_string();
                        attrs.insert(vm.intern(&s), v);
                    }
                }
                // Keywords go to `__init_subclass__`, as a class statement's do.
                vm.class_kwargs = kw.to_vec();
                let r = vm.create_class(&name, &name, &bases, attrs);
                vm.class_kwargs.clear();
                return r;
            }
            vm.type_error("type() takes 1 or 3 arguments")
        }
        TypeId::Object => {
            if !args.is_empty() {
                return vm.type_error("object() takes no arguments");
            }
            let c = vm.types[TypeId::Object as usize];
            Ok(vm.heap.alloc(ObjKind::Instance(InstanceObj {
                class: c,
                shape: std::cell::Cell::new(0),
                slots: Default::default(),
                exc: None,
                base: Value::NULL,
            })))
        }
        TypeId::Property => {
            check_kw(vm, "property", kw, &["fget", "fset", "fdel", "doc"])?;
            let g = args.first().copied().or_else(|| kwarg(vm, kw, "fget")).unwrap_or(Value::NONE);
            let s = args.get(1).copied().or_else(|| kwarg(vm, kw, "fset")).unwrap_or(Value::NONE);
            let d = args.get(2).copied().or_else(|| kwarg(vm, kw, "fdel")).unwrap_or(Value::NONE);
            Ok(vm.heap.alloc(ObjKind::Property(g, s, d)))
        }
        TypeId::StaticMethod => {
            if args.len() != 1 {
                return vm.type_error(format!("staticmethod expected 1 argument, got {}", args.len()));
            }
            Ok(vm.heap.alloc(ObjKind::StaticMethod(args[0])))
        }
        TypeId::ClassMethod => {
            if args.len() != 1 {
                return vm.type_error(format!("classmethod expected 1 argument, got {}", args.len()));
            }
            Ok(vm.heap.alloc(ObjKind::ClassMethod(args[0])))
        }
        TypeId::Super => {
            if args.len() == 2 {
                return Ok(vm.heap.alloc(ObjKind::Super(args[0], args[1])));
            }
            vm.err(ExcKind::RuntimeError, "super(): no arguments")
        }
        TypeId::Bytes => vm.construct_bytes(false, args, kw),
        TypeId::ByteArray => vm.construct_bytes(true, args, kw),
        _ => {
            let tn = vm.class_name(cls);
            vm.type_error(format!("cannot create '{tn}' instances"))
        }
    }
}

/// `int(v)` for a single argument.
/// `int(s)` for the common spelling: optional ASCII whitespace, an optional sign and 1 to
/// 18 ASCII digits (no underscores); `None` for anything else (the general parser decides).
fn parse_small_decimal(s: &str) -> Option<i64> {
    let b = s.trim_ascii().as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (d - b'0') as i64;
    }
    Some(if neg { -v } else { v })
}

pub fn to_int(vm: &mut Vm, v: Value) -> PyResult {
    if v.is_small_int() {
        return Ok(v);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::small_int(b as i64));
    }
    if let Some(ObjKind::Int(_) | ObjKind::Int64(_)) = v.kind() {
        return Ok(v);
    }
    if let Some(f) = v.as_float() {
        if f.is_finite() && f.abs() < 1e15 {
            return Ok(vm.new_int(f.trunc() as i64));
        }
        let r = crate::num::f64_to_int(f.trunc());
        let b = vm.num_result(r)?;
        return Ok(vm.new_bigint(b));
    }
    if let Some(s) = v.as_str() {
        if let Some(i) = parse_small_decimal(s) {
            return Ok(vm.new_int(i));
        }
        let s = s.to_string();
        let r = crate::num::parse_int(&s, 10);
        let b = vm.num_result(r)?;
        return Ok(vm.new_bigint(b));
    }
    for (name, dunder) in [(vm.names.int, "__int__"), (vm.names.index, "__index__")] {
        if let Some(f) = vm.user_dunder(v, name) {
            let r = vm.call_dunder(f, v, &[])?;
            if as_int(&r).is_none() {
                let tn = vm.type_name(r);
                return vm.type_error(format!("{dunder} returned non-int (type {tn})"));
            }
            return Ok(r);
        }
    }
    if let Some(b) = crate::ops::base_of(v) {
        return to_int(vm, b);
    }
    let tn = vm.type_name(v);
    vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    ))
}

#[allow(dead_code)]
fn _keep(b: &BigInt) -> bool {
    b.is_zero() || b.to_i64().is_some()
}
