//! Built-in modules: `math`, `time`, `sys` (with `sys.stdout`, `sys.stderr` and `sys.stdin`);
//! `random` lives in `random.rs`.

use std::cell::RefCell;

use super::Kw;
use crate::num::{NumArg, NumOut};
use crate::object::*;
use crate::ops::{as_int, IntRef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn module(vm: &mut Vm, name: &str, attrs: Vec<(&str, Value)>) -> Value {
    let mut map = crate::intern::SymMap::default();
    for (k, v) in attrs {
        map.insert(vm.intern(k), v);
    }
    vm.heap.alloc(ObjKind::Module(Box::new(ModuleObj { name: name.to_string(), attrs: RefCell::new(map) })))
}

/// The names `from <module> import *` binds for a built-in module (None for others).
pub fn star_names(name: &str) -> Option<Vec<&'static str>> {
    if let Some(names) = crate::stdlib::star_names(name) {
        return Some(names);
    }
    match name {
        "math" => {
            let consts = crate::num::MATH_CONSTANTS.iter().map(|(n, _)| *n);
            Some(consts.chain(crate::num::MATH_FUNCTIONS.iter().copied()).chain(["dist"]).collect())
        }
        "random" => Some(super::random::star_names()),
        "sys" => Some(vec![
            "argv",
            "getrecursionlimit",
            "setrecursionlimit",
            "get_int_max_str_digits",
            "set_int_max_str_digits",
            "maxsize",
            "exit",
            "exc_info",
            "version",
            "platform",
            "stdout",
            "stderr",
            "stdin",
            "version_info",
            "float_info",
            "byteorder",
        ]),
        _ => None,
    }
}

/// A `sys` struct sequence (`sys.version_info`): a tuple subclass named `sys.<name>`
/// whose fields are also read-only attributes and whose repr names them.
fn struct_seq(vm: &mut Vm, name: &str, fields: &[&'static str], values: Vec<Value>) -> PyResult {
    let tuple = vm.types[crate::vm::TypeId::Tuple as usize];
    let mut attrs = crate::intern::SymMap::default();
    for &f in fields {
        let getter = vm.new_builtin(f, struct_seq_field);
        let p = vm.heap.alloc(ObjKind::Property(getter, Value::NONE, Value::NONE));
        attrs.insert(vm.intern(f), p);
    }
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(f)).collect();
    let names = vm.new_tuple(names);
    attrs.insert(vm.intern("_kiln_fields"), names);
    let module = vm.new_str("sys");
    attrs.insert(vm.intern("__module__"), module);
    let cls = vm.create_class(name, name, &[tuple], attrs)?;
    super::subclass::add_raw(vm, cls, "__repr__", struct_seq_repr);
    vm.push_root(cls);
    let t = vm.new_tuple(values);
    let inst = vm.new_instance_with_base(cls, t);
    vm.roots.pop();
    Ok(inst)
}

/// The names and values of a struct sequence (its class's `_kiln_fields`, its tuple).
fn struct_seq_parts(vm: &mut Vm, v: Value) -> Option<(Vec<Value>, Vec<Value>)> {
    let key = vm.intern("_kiln_fields");
    let cls = vm.type_of(v);
    let names = vm.lookup_in_class(cls, key)?;
    let base = crate::ops::base_of(v)?;
    Some((vm.seq_items(names), vm.seq_items(base)))
}

fn struct_seq_field(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let field = vm.current_builtin_name.unwrap_or("");
    let Some((names, values)) = args.first().and_then(|&v| struct_seq_parts(vm, v)) else {
        return vm.type_error(format!("descriptor '{field}' needs a struct sequence"));
    };
    match names.iter().position(|n| n.as_str() == Some(field)) {
        Some(i) => Ok(values[i]),
        None => vm.type_error(format!("no field '{field}'")),
    }
}

fn struct_seq_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let Some(&v) = args.first() else { return vm.type_error("__repr__ needs an argument") };
    let Some((names, values)) = struct_seq_parts(vm, v) else {
        return vm.type_error("not a struct sequence");
    };
    let mut parts = Vec::with_capacity(names.len());
    for (n, x) in names.iter().zip(values) {
        let r = vm.repr_string(x)?;
        parts.push(format!("{}={r}", n.as_str().unwrap_or("?")));
    }
    let tn = vm.type_name(v);
    let s = format!("sys.{tn}({})", parts.join(", "));
    Ok(vm.new_str(&s))
}

/// Creates a built-in module by name (None if there is no such module).
pub fn make_module(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "math" => {
            let mut attrs = Vec::new();
            for &(n, x) in crate::num::MATH_CONSTANTS {
                attrs.push((n, Value::float(x)));
            }
            for &n in crate::num::MATH_FUNCTIONS.iter().chain(["dist"].iter()) {
                let func = FAST_MATH.iter().find(|(m, _)| *m == n).map(|(_, f)| *f).unwrap_or(math_dispatch);
                let f = vm.new_builtin(n, func);
                attrs.push((n, f));
            }
            Some(module(vm, "math", attrs))
        }
        "random" => {
            let attrs = super::random::make_module(vm);
            Some(module(vm, "random", attrs))
        }
        "_kiln_os" => {
            // What the Python-written `os` needs from the host: no file access.
            let mut attrs = Vec::new();
            for (n, f) in [
                ("environ", os_environ as crate::object::BuiltinFn),
                ("getcwd", os_getcwd),
                ("getpid", os_getpid),
                ("cpu_count", os_cpu_count),
            ] {
                let b = vm.new_builtin(n, f);
                attrs.push((n, b));
            }
            Some(module(vm, "_kiln_os", attrs))
        }
        "_kiln_itertools" => {
            let f = vm.new_builtin("combi", itertools_combi);
            Some(module(vm, "_kiln_itertools", vec![("combi", f)]))
        }
        "_kiln_json" => {
            let d = vm.new_builtin("dumps", super::json::dumps);
            let l = vm.new_builtin("loads", super::json::loads);
            Some(module(vm, "_kiln_json", vec![("dumps", d), ("loads", l)]))
        }
        "_kiln_hash" => {
            let f = vm.new_builtin("digest", super::hashes::digest);
            Some(module(vm, "_kiln_hash", vec![("digest", f)]))
        }
        "_kiln_struct" => {
            let fb = vm.new_builtin("float_bits", struct_float_bits);
            let bf = vm.new_builtin("bits_float", struct_bits_float);
            Some(module(vm, "_kiln_struct", vec![("float_bits", fb), ("bits_float", bf)]))
        }
        "_kiln_tb" => {
            // What the Python-written `traceback` needs: the interpreter's own text.
            let f = vm.new_builtin("format_exception", tb_format_exception);
            Some(module(vm, "_kiln_tb", vec![("format_exception", f)]))
        }
        "_kiln_time" => {
            // The clocks of the Python-written `time` (which adds the calendar functions).
            let pc = vm.new_builtin("perf_counter", time_perf_counter);
            let t = vm.new_builtin("time", time_time);
            let m = vm.new_builtin("monotonic", time_perf_counter);
            let pcn = vm.new_builtin("perf_counter_ns", time_perf_counter_ns);
            let ptime = vm.new_builtin("process_time", time_perf_counter);
            let sleep = vm.new_builtin("sleep", time_sleep);
            let tns = vm.new_builtin("time_ns", time_time_ns);
            let mns = vm.new_builtin("monotonic_ns", time_perf_counter_ns);
            let pns = vm.new_builtin("process_time_ns", time_perf_counter_ns);
            Some(module(
                vm,
                "_kiln_time",
                vec![
                    ("perf_counter", pc),
                    ("time", t),
                    ("monotonic", m),
                    ("perf_counter_ns", pcn),
                    ("process_time", ptime),
                    ("sleep", sleep),
                    ("time_ns", tns),
                    ("monotonic_ns", mns),
                    ("process_time_ns", pns),
                ],
            ))
        }
        "sys" => {
            let argv: Vec<Value> = vm.argv.clone().iter().map(|a| vm.new_str(a)).collect();
            let argv = vm.new_list(argv);
            let rl = vm.new_builtin("getrecursionlimit", sys_getrecursionlimit);
            let srl = vm.new_builtin("setrecursionlimit", sys_setrecursionlimit);
            let gmd = vm.new_builtin("get_int_max_str_digits", sys_get_int_max_str_digits);
            let smd = vm.new_builtin("set_int_max_str_digits", sys_set_int_max_str_digits);
            let maxsize = vm.new_int(i64::MAX);
            let exit = vm.new_builtin("exit", sys_exit);
            let exc_info = vm.new_builtin("exc_info", sys_exc_info);
            let version = vm.new_str("3.11.0 (kiln)");
            let platform = vm.new_str("linux");
            let impl_name = vm.new_str("kiln");
            let mut streams = Vec::new();
            for (name, write) in [("stdout", stdout_write as BuiltinFn), ("stderr", stderr_write)] {
                let w = vm.new_builtin("write", write);
                let f = vm.new_builtin("flush", stream_flush);
                streams.push((name, module(vm, &format!("sys.{name}"), vec![("write", w), ("flush", f)])));
            }
            let mut stdin_attrs = Vec::new();
            let readers = [
                ("read", stdin_read as BuiltinFn),
                ("readline", stdin_readline),
                ("readlines", stdin_readlines),
            ];
            for (name, f) in readers {
                stdin_attrs.push((name, vm.new_builtin(name, f)));
            }
            streams.push(("stdin", module(vm, "sys.stdin", stdin_attrs)));
            let final_ = vm.new_str("final");
            let vi = [3, 11, 0].map(Value::small_int);
            let version_info = struct_seq(
                vm,
                "version_info",
                &["major", "minor", "micro", "releaselevel", "serial"],
                vec![vi[0], vi[1], vi[2], final_, Value::small_int(0)],
            )
            .ok()?;
            streams.push(("version_info", version_info));
            let fl = [f64::MAX, f64::MIN_POSITIVE, f64::EPSILON].map(Value::float);
            let ints = [1024, 308, -1021, -307, 15, 53, 2, 1].map(Value::small_int);
            let float_info = struct_seq(
                vm,
                "float_info",
                &[
                    "max",
                    "max_exp",
                    "max_10_exp",
                    "min",
                    "min_exp",
                    "min_10_exp",
                    "dig",
                    "mant_dig",
                    "epsilon",
                    "radix",
                    "rounds",
                ],
                vec![
                    fl[0], ints[0], ints[1], fl[1], ints[2], ints[3], ints[4], ints[5], fl[2], ints[6],
                    ints[7],
                ],
            )
            .ok()?;
            streams.push(("float_info", float_info));
            let byteorder = vm.new_str("little");
            streams.push(("byteorder", byteorder));
            let caller = vm.new_builtin("_kiln_caller", sys_kiln_caller);
            streams.push(("_kiln_caller", caller));
            let source_line = vm.new_builtin("_kiln_source_line", sys_kiln_source_line);
            streams.push(("_kiln_source_line", source_line));
            let mut attrs = vec![
                ("argv", argv),
                ("getrecursionlimit", rl),
                ("setrecursionlimit", srl),
                ("get_int_max_str_digits", gmd),
                ("set_int_max_str_digits", smd),
                ("maxsize", maxsize),
                ("exit", exit),
                ("exc_info", exc_info),
                ("version", version),
                ("platform", platform),
                ("implementation_name", impl_name),
            ];
            attrs.extend(streams);
            Some(module(vm, "sys", attrs))
        }
        _ => None,
    }
}

/// Fast path for one-float math functions whose result needs no error check (compiled
/// code's `math` instruction computes the float ones through it too).
#[inline]
pub fn math_fast(name: &str, x: f64) -> Option<Value> {
    let r = match name {
        "sqrt" if x >= 0.0 => x.sqrt(),
        "sin" if x.is_finite() => x.sin(),
        "cos" if x.is_finite() => x.cos(),
        "tan" if x.is_finite() => x.tan(),
        "atan" if !x.is_nan() => x.atan(),
        "fabs" => x.abs(),
        "exp" if x.is_finite() && x < 700.0 => x.exp(),
        "log" if x > 0.0 && x.is_finite() => x.ln(),
        "floor" if x.is_finite() && x.abs() < 1e14 => return Some(Value::small_int(x.floor() as i64)),
        "ceil" if x.is_finite() && x.abs() < 1e14 => return Some(Value::small_int(x.ceil() as i64)),
        "trunc" if x.is_finite() && x.abs() < 1e14 => return Some(Value::small_int(x.trunc() as i64)),
        _ => return None,
    };
    Some(Value::float(r))
}

/// One-argument math functions with their own entry points: the float fast path needs no
/// name lookup; anything else goes through [`math_dispatch`].
macro_rules! fast_math {
    ($($name:ident),*) => {
        const FAST_MATH: &[(&str, crate::object::BuiltinFn)] = &[$((stringify!($name), {
            fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
                if let ([x], true) = (args, kw.is_empty()) {
                    let f = if let Some(f) = x.as_float() { Some(f) } else { x.as_small_int().map(|i| i as f64) };
                    if let Some(v) = f.and_then(|f| math_fast(stringify!($name), f)) {
                        return Ok(v);
                    }
                }
                vm.current_builtin_name = Some(stringify!($name));
                math_dispatch(vm, args, kw)
            }
            $name
        })),*];
    };
}

fast_math!(sqrt, sin, cos, tan, atan, fabs, exp, log, floor, ceil, trunc);

fn math_dispatch(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    if args.len() == 1 && kw.is_empty() {
        let x =
            if let Some(f) = args[0].as_float() { Some(f) } else { args[0].as_small_int().map(|i| i as f64) };
        if let Some(x) = x {
            if let Some(v) = math_fast(vm.current_builtin_name.unwrap_or(""), x) {
                return Ok(v);
            }
        }
    }
    // The builtin's name says which function: find it through the calling builtin.
    // (Each math builtin is a separate object whose name is its function name.)
    let name = vm.current_builtin_name.unwrap_or("");
    // `math.floor(x)` for an object with `__floor__` (and `ceil`, `trunc`) calls it.
    if let ("floor" | "ceil" | "trunc", [x]) = (name, args) {
        if matches!(x.kind(), Some(ObjKind::Instance(_))) {
            let dunder = vm.intern(&format!("__{name}__"));
            if let Some(f) = vm.user_dunder(*x, dunder) {
                return vm.call_dunder(f, *x, &[]);
            }
        }
    }
    let mut nargs: Vec<NumArg> = Vec::with_capacity(args.len());
    let mut flat: Vec<Value> = if matches!(name, "fsum" | "prod") && args.len() == 1 {
        vm.collect_iter(args[0])?
    } else {
        args.to_vec()
    };
    if name == "isclose" {
        super::check_kw(vm, "isclose", kw, &["rel_tol", "abs_tol"])?;
        if flat.len() != 2 {
            return vm.type_error(format!(
                "isclose() takes exactly 2 positional arguments ({} given)",
                flat.len()
            ));
        }
        flat.push(super::kwarg(vm, kw, "rel_tol").unwrap_or(Value::float(1e-9)));
        flat.push(super::kwarg(vm, kw, "abs_tol").unwrap_or(Value::float(0.0)));
    } else if name == "prod" {
        if let Some(s) = super::kwarg(vm, kw, "start") {
            flat.insert(0, s);
        }
    } else if !kw.is_empty() {
        return vm.type_error(format!("math.{name}() takes no keyword arguments"));
    }
    if name == "dist" {
        if flat.len() != 2 {
            return vm.type_error(format!("dist expected 2 arguments, got {}", flat.len()));
        }
        let p = vm.collect_iter(flat[0])?;
        let q = vm.collect_iter(flat[1])?;
        if p.len() != q.len() {
            return vm.value_error("both points must have the same number of dimensions");
        }
        let mut diffs = Vec::with_capacity(p.len());
        for (a, b) in p.into_iter().zip(q) {
            match (vm.num_as_f64(a)?, vm.num_as_f64(b)?) {
                (Some(x), Some(y)) => diffs.push(NumArg::Float(x - y)),
                _ => return vm.type_error("must be real number"),
            }
        }
        let r = crate::num::math_call("hypot", &diffs).unwrap();
        let out = vm.num_result(r)?;
        return Ok(num_out(vm, out));
    }
    for v in flat {
        // Subclasses of int and float count as their base value; other instances by
        // their `__index__` (an int) or `__float__`.
        let mut v = crate::ops::base_of(v).unwrap_or(v);
        if let Some(ObjKind::Instance(_)) = v.kind() {
            for name in [vm.names.index, vm.names.float] {
                if let Some(f) = vm.user_dunder(v, name) {
                    let r = vm.call_dunder(f, v, &[])?;
                    let ok =
                        if name == vm.names.index { as_int(&r).is_some() } else { r.as_float().is_some() };
                    if !ok {
                        let tn = vm.type_name(r);
                        return vm.type_error(if name == vm.names.index {
                            format!("__index__ returned non-int (type {tn})")
                        } else {
                            let cls = vm.type_name(v);
                            format!("{cls}.__float__ returned non-float (type {tn})")
                        });
                    }
                    v = r;
                    break;
                }
            }
        }
        if let Some(f) = v.as_float() {
            nargs.push(NumArg::Float(f));
        } else if let Some(i) = as_int(&v) {
            nargs.push(NumArg::Int(match i {
                IntRef::Small(x) => x.into(),
                IntRef::Big(b) => b.clone(),
            }));
        } else {
            let tn = vm.type_name(v);
            return vm.type_error(format!("must be real number, not {tn}"));
        }
    }
    match crate::num::math_call(name, &nargs) {
        Some(r) => {
            let out = vm.num_result(r)?;
            Ok(num_out(vm, out))
        }
        None => vm.err(crate::vm::ExcKind::NotImplementedError, format!("math.{name} is not supported")),
    }
}

fn num_out(vm: &mut Vm, o: NumOut) -> Value {
    match o {
        NumOut::Int(b) => vm.new_bigint(b),
        NumOut::Float(f) => Value::float(f),
        NumOut::Bool(b) => Value::bool(b),
        NumOut::Tuple(items) => {
            let vs: Vec<Value> = items.into_iter().map(|i| num_out(vm, i)).collect();
            vm.new_tuple(vs)
        }
    }
}

fn start_instant() -> std::time::Instant {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    START.with(|s| *s)
}

fn time_perf_counter(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::float(start_instant().elapsed().as_secs_f64()))
}

fn time_perf_counter_ns(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    let n = start_instant().elapsed().as_nanos() as i64;
    Ok(vm.new_int(n))
}

fn time_time_ns(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    let n = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    Ok(vm.new_int(n as i64))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "sleep", args, 1, 1)?;
    let secs = match (args[0].as_float(), as_int(&args[0])) {
        (Some(f), _) => f,
        (None, Some(IntRef::Small(i))) => i as f64,
        _ => {
            let tn = vm.type_name(args[0]);
            return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
        }
    };
    if secs.is_nan() || secs < 0.0 {
        return vm.err(crate::vm::ExcKind::ValueError, "sleep length must be non-negative");
    }
    vm.flush();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
    Ok(Value::NONE)
}

/// `_kiln_os.environ()`: the process environment as a new dict.
/// `sys._kiln_source_line(filename, lineno)`: that line of a program's source, or `''`.
fn sys_kiln_source_line(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "_kiln_source_line", args, 2, 2)?;
    let line = super::arg_index(vm, args[1])?;
    let text = match args[0].as_str() {
        Some(f) if line >= 1 && !f.starts_with('<') => vm
            .sources
            .get(f)
            .and_then(|src| src.lines().nth(line as usize - 1))
            .unwrap_or_default()
            .to_string(),
        _ => String::new(),
    };
    Ok(vm.new_string(text))
}

/// `sys._kiln_caller(level)`: (file name, line, function name) of the `level`-th frame
/// (1: the innermost) among those of the program, not counting frames of the embedded
/// standard-library modules; what `warnings` and `logging` report as the caller.
fn sys_kiln_caller(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "_kiln_caller", args, 1, 1)?;
    let level = super::arg_index(vm, args[0])?.max(1) as usize;
    let frame = vm
        .frames
        .iter()
        .rev()
        .filter(|f| !crate::interp::code_ref(f.code).filename.starts_with(crate::stdlib::FILE_PREFIX))
        .nth(level - 1)
        .map(|f| {
            let code = crate::interp::code_ref(f.code);
            let pc = f.pc.saturating_sub(1) as usize;
            let line = code.lines.get(pc).copied().unwrap_or(code.first_line);
            (code.filename.to_string(), line, code.name.to_string())
        });
    let (file, line, name) = frame.unwrap_or_else(|| ("sys".to_string(), 1, "<module>".to_string()));
    let items = vec![vm.new_string(file), Value::small_int(line as i64), vm.new_string(name)];
    Ok(vm.new_tuple(items))
}

/// The IEEE 754 binary16 bits of `x` (rounded to nearest, ties to even), or None when it
/// is too large for a half float.
fn f64_to_f16_bits(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Units of the smallest subnormal, 2**-24; a value rounds to a multiple of the step
    // of its binade.
    let (mant, exp) = if a < 2f64.powi(-14) {
        ((a * 2f64.powi(24)).round_ties_even(), 0u16)
    } else {
        let e = a.log2().floor() as i32;
        let e = if 2f64.powi(e) > a {
            e - 1
        } else if 2f64.powi(e + 1) <= a {
            e + 1
        } else {
            e
        };
        let m = (a / 2f64.powi(e - 10)).round_ties_even();
        if m >= 2048.0 {
            (1024.0, (e + 1 + 15) as u16)
        } else {
            (m - 1024.0, (e + 15) as u16)
        }
    };
    if exp == 0 && mant >= 1024.0 {
        return Some(sign | (1 << 10));
    }
    if exp >= 31 {
        return None;
    }
    Some(sign | (exp << 10) | mant as u16)
}

fn f16_bits_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + mant) * 2f64.powi(exp - 25),
    }
}

/// `_kiln_struct.float_bits(x, size)`: the IEEE 754 bits of `x` as a half (2), single (4)
/// or double (8) float.
fn struct_float_bits(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "float_bits", args, 2, 2)?;
    let x = match args[0].as_float() {
        Some(x) => x,
        None => return vm.type_error("required argument is not a float"),
    };
    Ok(match crate::ops::as_i64(args[1]) {
        Some(2) => match f64_to_f16_bits(x) {
            Some(h) => Value::small_int(h as i64),
            None => {
                return vm.err(crate::vm::ExcKind::OverflowError, "float too large to pack with e format")
            }
        },
        Some(4) => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return vm.err(crate::vm::ExcKind::OverflowError, "float too large to pack with f format");
            }
            Value::small_int(f.to_bits() as i64)
        }
        _ => vm.new_bigint(num_bigint::BigInt::from(x.to_bits())),
    })
}

/// `_kiln_struct.bits_float(bits, size)`: the float whose IEEE 754 bits are `bits`.
fn struct_bits_float(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "bits_float", args, 2, 2)?;
    let bits = crate::ops::as_bigint(args[0]).and_then(|b| num_traits::ToPrimitive::to_u64(&b)).unwrap_or(0);
    Ok(Value::float(match crate::ops::as_i64(args[1]) {
        Some(2) => f16_bits_to_f64(bits as u16),
        Some(4) => f32::from_bits(bits as u32) as f64,
        _ => f64::from_bits(bits),
    }))
}

/// `_kiln_tb.format_exception(exc)`: the traceback text Kiln prints for `exc` uncaught,
/// its cause and context included.
fn tb_format_exception(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "format_exception", args, 1, 1)?;
    if !matches!(args[0].kind(), Some(ObjKind::Instance(i)) if i.exc.is_some()) {
        let tn = vm.type_name(args[0]);
        return vm.type_error(format!("format_exception() expects an exception, not '{tn}'"));
    }
    let text = crate::run::format_exception_chain(vm, args[0], &mut Vec::new(), false);
    Ok(vm.new_string(text))
}

fn os_environ(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    let d = vm.new_dict();
    vm.push_root(d);
    for (k, v) in std::env::vars() {
        let (k, v) = (vm.new_str(&k), vm.new_str(&v));
        if let Err(e) = vm.dict_set(d, k, v) {
            vm.roots.pop();
            return Err(e);
        }
    }
    vm.roots.pop();
    Ok(d)
}

/// `_kiln_os.getcwd()`.
fn os_getcwd(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(&p.to_string_lossy())),
        Err(e) => vm.err(crate::vm::ExcKind::OSError, e.to_string()),
    }
}

/// `_kiln_os.getpid()`.
fn os_getpid(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(vm.new_int(std::process::id() as i64))
}

/// `_kiln_os.cpu_count()`.
fn os_cpu_count(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(vm.new_int(std::thread::available_parallelism().map_or(1, |n| n.get()) as i64))
}

fn time_time(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::float(t))
}

/// Whether `v` is Kiln's own `sys.stdout` stream.
pub fn is_stdout(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Module(m)) if m.name == "sys.stdout")
}

/// Whether `v` is Kiln's own `sys.stderr` stream.
pub fn is_stderr(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Module(m)) if m.name == "sys.stderr")
}

/// `sys.stdout` as the program has it now, if it imported `sys` (None: the real one).
pub fn current_stdout(vm: &mut Vm) -> Option<Value> {
    let sys = vm.intern("sys");
    let m = *vm.modules.get(&sys)?;
    let name = vm.intern("stdout");
    match m.kind() {
        Some(ObjKind::Module(md)) => md.attrs.borrow().get(&name).copied(),
        _ => None,
    }
}

fn stream_text(vm: &mut Vm, args: &[Value]) -> PyResult<String> {
    super::check_args(vm, "write", args, 1, 1)?;
    match args[0].as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(args[0]);
            vm.type_error(format!("write() argument must be str, not {tn}"))
        }
    }
}

fn stdout_write(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let s = stream_text(vm, args)?;
    vm.write_out(&s);
    Ok(vm.new_int(s.chars().count() as i64))
}

fn stderr_write(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let s = stream_text(vm, args)?;
    vm.flush();
    eprint!("{s}");
    Ok(vm.new_int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    vm.flush();
    Ok(Value::NONE)
}

fn stdin_read(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    let mut s = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
    Ok(vm.new_string(s))
}

fn stdin_readline(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    let mut s = String::new();
    let _ = std::io::stdin().read_line(&mut s);
    Ok(vm.new_string(s))
}

fn stdin_readlines(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(stdin_lines(vm))
}

/// The rest of stdin as a list of lines (each with its newline).
pub fn stdin_lines(vm: &mut Vm) -> Value {
    let mut s = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
    let lines: Vec<Value> = s.split_inclusive('\n').map(|l| vm.new_str(l)).collect();
    vm.new_list(lines)
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(vm.new_int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "setrecursionlimit", args, 1, 1)?;
    let n = super::arg_index(vm, args[0])?;
    if n < 1 {
        return vm.value_error("recursion limit must be greater or equal than 1");
    }
    vm.recursion_limit = (n as usize).min(1_000_000);
    Ok(Value::NONE)
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "get_int_max_str_digits", args, 0, 0)?;
    Ok(vm.new_int(crate::num::max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let n = match (args, super::kwarg(vm, kw, "maxdigits")) {
        ([n], None) => *n,
        ([], Some(n)) => n,
        _ => return vm.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)"),
    };
    let n = super::arg_index(vm, n)?;
    if n != 0 && n < 640 {
        return vm.value_error("maxdigits must be 0 or larger than 640");
    }
    crate::num::set_max_str_digits(n.max(0) as usize);
    Ok(Value::NONE)
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled; Kiln has
/// no traceback objects, so the third item is None.
fn sys_exc_info(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    super::check_args(vm, "exc_info", args, 0, 0)?;
    match vm.exc_info.last().copied() {
        Some(e) => {
            let t = vm.type_of(e);
            Ok(vm.new_tuple(vec![t, e, Value::NONE]))
        }
        None => Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE])),
    }
}

pub(super) fn sys_exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let c = vm.exc_type(crate::vm::ExcKind::SystemExit);
    let t = vm.new_tuple(args.to_vec());
    Err(vm.new_exc_instance(c, t))
}

/// `_kiln_itertools.combi(kind, pools, r)`: the native iterator behind `itertools`'
/// `permutations` (kind 0), `combinations` (1), `combinations_with_replacement` (2) and
/// `product` (3); `pools` is a tuple of tuples (one for the first three), `r` an int >= 0
/// (the caller checks the arguments and words the errors).
fn itertools_combi(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    use crate::object::{Combi, CombiKind};
    if args.len() != 3 {
        return vm.type_error("combi() takes 3 arguments");
    }
    let kind = match args[0].as_small_int() {
        Some(0) => CombiKind::Permutations,
        Some(1) => CombiKind::Combinations,
        Some(2) => CombiKind::WithReplacement,
        _ => CombiKind::Product,
    };
    let pools: Vec<Vec<Value>> = vm.seq_items(args[1]).into_iter().map(|p| vm.seq_items(p)).collect();
    let r = args[2].as_small_int().unwrap_or(0).max(0) as usize;
    Ok(vm.new_iter(IterState::Combi(Box::new(Combi::new(kind, pools, r)))))
}
