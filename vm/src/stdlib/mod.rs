//! Standard-library modules written in Python (`collections`, `itertools`, `functools`,
//! `heapq`, ...), compiled from the sources embedded here when a program first imports
//! them.
//!
//! A module's globals live in slots of their own: its code is loaded with names mangled
//! as `module\0name` (see [`Vm::code_global_slot`]), whose built-in half is the real
//! built-in, so a program that rebinds `len` or defines `chain` does not change what the
//! module sees, and the module's names never appear among the program's globals.

use crate::intern::Sym;
use crate::object::{ModuleObj, ObjKind};
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, Vm};
use std::cell::RefCell;

/// The embedded modules: name and source.
const MODULES: &[(&str, &str)] = &[
    ("abc", include_str!("abc.py")),
    ("argparse", include_str!("argparse.py")),
    ("base64", include_str!("base64.py")),
    ("bisect", include_str!("bisect.py")),
    ("calendar", include_str!("calendar.py")),
    ("collections", include_str!("collections.py")),
    ("collections.abc", include_str!("collections_abc.py")),
    ("colorsys", include_str!("colorsys.py")),
    ("contextlib", include_str!("contextlib.py")),
    ("copy", include_str!("copy.py")),
    ("csv", include_str!("csv.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("datetime", include_str!("datetime.py")),
    ("enum", include_str!("enum.py")),
    ("fnmatch", include_str!("fnmatch.py")),
    ("fractions", include_str!("fractions.py")),
    ("functools", include_str!("functools.py")),
    ("gc", include_str!("gc.py")),
    ("graphlib", include_str!("graphlib.py")),
    ("hashlib", include_str!("hashlib.py")),
    ("heapq", include_str!("heapq.py")),
    ("html", include_str!("html.py")),
    ("inspect", include_str!("inspect.py")),
    ("io", include_str!("io.py")),
    ("itertools", include_str!("itertools.py")),
    ("json", include_str!("json.py")),
    ("keyword", include_str!("keyword.py")),
    ("logging", include_str!("logging.py")),
    ("numbers", include_str!("numbers.py")),
    ("operator", include_str!("operator.py")),
    ("os", include_str!("os.py")),
    ("os.path", include_str!("os_path.py")),
    ("pprint", include_str!("pprint.py")),
    ("queue", include_str!("queue.py")),
    ("re", include_str!("re.py")),
    ("statistics", include_str!("statistics.py")),
    ("string", include_str!("string.py")),
    ("struct", include_str!("struct.py")),
    ("textwrap", include_str!("textwrap.py")),
    ("time", include_str!("time.py")),
    ("timeit", include_str!("timeit.py")),
    ("traceback", include_str!("traceback.py")),
    ("types", include_str!("types.py")),
    ("warnings", include_str!("warnings.py")),
    ("typing", include_str!("typing.py")),
];

/// The source of an embedded module.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// The names of all embedded modules.
pub fn names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(n, _)| *n)
}

/// The names `from <module> import *` binds: the module's one-line `__all__ = [...]`.
pub fn star_names(name: &str) -> Option<Vec<&'static str>> {
    let src = source(name)?;
    let line = src.lines().find(|l| l.starts_with("__all__ = ["))?;
    Some(line.split('"').skip(1).step_by(2).collect())
}

/// How the embedded modules' file names start (`<kiln>/heapq.py`).
pub const FILE_PREFIX: &str = "<kiln>/";

/// The separator of a mangled module-global name (no Python name contains it).
pub const MANGLE: char = '\0';

impl Vm {
    /// Imports the embedded module `name` (its source `src`): compiles it, runs it with
    /// globals of its own and returns the module object.
    pub(crate) fn import_python_module(&mut self, name: Sym, src: &'static str) -> PyResult {
        let n = self.sym_str(name).to_string();
        let filename = format!("{FILE_PREFIX}{n}.py");
        let unit = match crate::compiler::compile_module(src, &filename) {
            Ok(u) => u,
            Err(e) => {
                return self.err(
                    ExcKind::RuntimeError,
                    format!("the embedded module '{n}' does not compile: {} (line {})", e.msg, e.line),
                )
            }
        };
        self.sources.insert(filename.clone(), src.into());
        let outer = self.global_prefix.replace(n.clone());
        let code = self.load_code(&unit);
        self.global_prefix = outer;
        self.push_root(code);
        let dunder_name = self.intern(&format!("{n}{MANGLE}__name__"));
        let slot = self.global_slot(dunder_name) as usize;
        self.globals[slot].value = self.new_str(&n);
        let m = self.heap.alloc(ObjKind::Module(Box::new(ModuleObj {
            name: n.clone(),
            attrs: RefCell::new(Default::default()),
        })));
        self.roots.pop();
        // Registered before it runs, as CPython does (a module importing itself gets it).
        self.modules.insert(name, m);
        let r = self.run_module(code);
        if let Err(e) = r {
            self.modules.remove(&name);
            return Err(e);
        }
        let prefix = format!("{n}{MANGLE}");
        let attrs: Vec<(Sym, Value)> = self
            .globals
            .iter()
            .filter(|g| !g.value.is_null())
            .filter_map(|g| {
                let full = self.interner.name(g.name);
                full.strip_prefix(&prefix).map(|short| (short.to_string(), g.value))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(short, v)| (self.intern(&short), v))
            .collect();
        if let Some(ObjKind::Module(mo)) = m.kind() {
            let mut a = mo.attrs.borrow_mut();
            for (k, v) in attrs {
                a.insert(k, v);
            }
        }
        Ok(m)
    }

    /// The global slot code being loaded uses for `name`: the program's own, or while an
    /// embedded module loads, one private to it whose built-in is the real one.
    pub(crate) fn code_global_slot(&mut self, name: Sym) -> u32 {
        let Some(prefix) = &self.global_prefix else { return self.global_slot(name) };
        let mangled = format!("{prefix}{MANGLE}{}", self.sym_str(name));
        let m = self.intern(&mangled);
        if let Some(&i) = self.global_index.get(&m) {
            return i;
        }
        let builtin = self.global_index.get(&name).map_or(Value::NULL, |&i| self.globals[i as usize].builtin);
        let i = self.global_slot(m);
        self.globals[i as usize].builtin = builtin;
        i
    }
}

impl Vm {
    /// Whether a global-table name belongs to an embedded module (hidden from the
    /// program's `globals()`, `dir()` and suggestions).
    pub fn is_private_global(&self, name: Sym) -> bool {
        self.sym_str(name).contains(MANGLE)
    }
}
