//! The dispatch loop: frames, calls, returns, exceptions and generators.
//!
//! `run` executes frames on the VM's frame stack until the frame it started with returns.
//! Python-to-Python calls push a frame and continue in the same loop (no native
//! recursion); host code that calls Python (`Vm::call`) starts a nested `run`, and the
//! recursion limit counts both. Safepoints (GC) are at backward jumps and calls.

use crate::bytecode::{BinOp, CmpOp, Op, UnaryOp};
use crate::intern::Sym;
use crate::object::*;
use crate::ops::as_int;
use crate::value::Value;
use crate::vm::{ExcKind, Frame, FrameKind, Handler, PyResult, TypeId, Vm};

/// What a generator step produced.
pub enum GenStep {
    /// `yield v`.
    Yield(Value),
    /// `return v` (StopIteration(v)).
    Return(Value),
}

/// Keyword arguments of a call being bound.
type Kw<'a> = &'a [(Sym, Value)];

impl Vm {
    /// Runs a module code object as `__main__`.
    pub fn run_module(&mut self, code: Value) -> PyResult<()> {
        self.module_code.push(code);
        self.push_module_frame(code);
        self.run().map(|_| ())
    }

    /// Pushes a module frame for module-level code.
    fn push_module_frame(&mut self, code: Value) {
        let nlocals = code_ref(code).nlocals();
        let base = self.stack.len();
        self.stack.resize(base + nlocals, Value::NULL);
        self.frames.push(Frame {
            code,
            func: Value::NULL,
            pc: 0,
            base: base as u32,
            ret_sp: base as u32,
            handler_base: self.handlers.len() as u32,
            exc_base: self.exc_info.len() as u32,
            entry: true,
            kind: FrameKind::Module,
        });
    }

    /// Runs module-level code in a module frame of its own (`exec` with a globals dict)
    /// and returns what it returns.
    pub fn run_code_in_module_frame(&mut self, code: Value) -> PyResult {
        self.push_module_frame(code);
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        r
    }

    /// Calls any callable with positional and keyword arguments.
    pub fn call(&mut self, f: Value, args: &[Value], kw: Kw) -> PyResult {
        match f.kind() {
            Some(ObjKind::Builtin(b)) => {
                crate::builtins::check_receiver(self, b, args.first().copied())?;
                let args: &[Value] = &crate::builtins::unwrap_receiver(b, args);
                let func = b.func;
                self.current_builtin_name = Some(b.name);
                if !kw.is_empty() && b.bound.is_null() && crate::builtins::takes_no_kw(b.name) {
                    return self.type_error(format!("{}() takes no keyword arguments", b.name));
                }
                if b.bound.is_null() {
                    func(self, args, kw)
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.bound);
                    all.extend_from_slice(args);
                    func(self, &all, kw)
                }
            }
            Some(ObjKind::Function(_)) => {
                let sp = self.stack.len();
                self.stack.push(f);
                self.stack.push(Value::NULL);
                self.stack.extend_from_slice(args);
                if self.frames.len() >= self.recursion_limit + 50 || self.native_depth > 2000 {
                    self.stack.truncate(sp);
                    return self.err(ExcKind::RecursionError, "maximum recursion depth exceeded");
                }
                match self.push_call_frame(f, sp + 2, args.len(), kw, sp)? {
                    Some(v) => {
                        self.stack.truncate(sp);
                        Ok(v)
                    }
                    None => {
                        let fi = self.frames.len() - 1;
                        self.frames[fi].entry = true;
                        self.native_depth += 1;
                        let r = self.run();
                        self.native_depth -= 1;
                        r
                    }
                }
            }
            Some(ObjKind::BoundMethod(recv, g)) => {
                let (recv, g) = (*recv, *g);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(recv);
                all.extend_from_slice(args);
                self.call(g, &all, kw)
            }
            Some(ObjKind::Class(_)) => self.instantiate(f, args, kw),
            Some(ObjKind::Instance(_)) => match self.user_dunder(f, self.names.call) {
                Some(c) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(f);
                    all.extend_from_slice(args);
                    match c.kind() {
                        Some(ObjKind::Function(_)) => self.call(c, &all, kw),
                        Some(ObjKind::Builtin(b)) if b.bound.is_null() => self.call(c, &all, kw),
                        _ => self.call(c, args, kw),
                    }
                }
                None => self.not_callable(f),
            },
            Some(ObjKind::StaticMethod(g)) => {
                let g = *g;
                self.call(g, args, kw)
            }
            _ => self.not_callable(f),
        }
    }

    fn not_callable<T>(&mut self, f: Value) -> PyResult<T> {
        let tn = self.type_name(f);
        self.type_error(format!("'{tn}' object is not callable"))
    }

    /// A new function object, as `MakeFunction` makes it in the top frame (whose function
    /// gives a method its class cell).
    pub fn make_function(
        &mut self,
        codev: Value,
        qualname: Value,
        defaults: Vec<Value>,
        kwdefaults: Value,
        closure: Vec<Value>,
    ) -> Value {
        let f = FunctionObj {
            code: codev,
            qualname,
            defaults: defaults.into_boxed_slice(),
            kwdefaults,
            closure: closure.into_boxed_slice(),
            class_cell: std::cell::Cell::new(Value::NULL),
            attrs: Default::default(),
        };
        let mut body_ns = Value::NULL;
        if code_ref(codev).flags.needs_class_cell {
            let top = self.frames.last().unwrap();
            if let FrameKind::ClassBody(ns) = top.kind {
                body_ns = ns;
            } else if let Some(ObjKind::Function(outer)) = top.func.kind() {
                f.class_cell.set(outer.class_cell.get());
            }
        }
        let fv = self.heap.alloc(ObjKind::Function(Box::new(f)));
        if !body_ns.is_null() {
            self.class_cell_pending.push((body_ns, fv));
        }
        fv
    }

    /// Calls a class: its metaclass's `__call__` if a user metaclass defines one; a
    /// user metaclass makes a class; otherwise an instance is made.
    pub fn instantiate(&mut self, cls: Value, args: &[Value], kw: Kw) -> PyResult {
        if let Some(ObjKind::Class(c)) = cls.kind() {
            if c.builtin.is_none() && c.builtin_base.is_some() {
                if c.builtin_base == Some(TypeId::Type) {
                    return self.metaclass_instantiate(cls, args, kw);
                }
                if let Some(call) = self.meta_call(cls) {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(cls);
                    all.extend_from_slice(args);
                    return self.call(call, &all, kw);
                }
            }
        }
        self.instantiate_plain(cls, args, kw)
    }

    /// Creates an instance of `cls` and runs `__init__` (through a nested run).
    pub fn instantiate_plain(&mut self, cls: Value, args: &[Value], kw: Kw) -> PyResult {
        let c = match cls.kind() {
            Some(ObjKind::Class(c)) => c,
            _ => unreachable!(),
        };
        if let Some(t) = c.builtin {
            return crate::builtins::construct_builtin(self, t, cls, args, kw);
        }
        if c.builtin_base.is_some() && !c.is_exception {
            // A user-defined __new__, or the constructor of a subclass of a built-in type.
            let new = self.lookup_in_class(cls, self.names.new);
            let new = new.filter(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_))));
            return self.instantiate_with_new(cls, new, args, kw);
        }
        let inst = self.new_instance(cls, args);
        let mark = self.roots.len();
        self.push_root(inst);
        if let Some(init) = self.lookup_in_class(cls, self.names.init) {
            if !self.is_object_slot(init) {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(inst);
                all.extend_from_slice(args);
                let r = self.call(init, &all, kw);
                let r = match r {
                    Ok(r) => r,
                    Err(e) => {
                        self.pop_roots(mark);
                        return Err(e);
                    }
                };
                if !r.is_none() {
                    self.pop_roots(mark);
                    let tn = self.type_name(r);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
            } else if (!args.is_empty() || !kw.is_empty()) && !self.class_is_exception(cls) {
                self.pop_roots(mark);
                let name = self.class_name(cls);
                return self.type_error(format!("{name}() takes no arguments"));
            }
        } else if (!args.is_empty() || !kw.is_empty()) && !self.class_is_exception(cls) {
            self.pop_roots(mark);
            let name = self.class_name(cls);
            return self.type_error(format!("{name}() takes no arguments"));
        }
        self.pop_roots(mark);
        Ok(inst)
    }

    /// The `__name__` of a class value.
    pub fn class_name(&self, cls: Value) -> String {
        match cls.kind() {
            Some(ObjKind::Class(c)) => c.name.clone(),
            _ => String::from("?"),
        }
    }

    /// Is this class an exception class?
    pub fn class_is_exception(&self, cls: Value) -> bool {
        matches!(cls.kind(), Some(ObjKind::Class(c)) if c.is_exception)
    }

    /// Allocates a bare instance of a user class (exception state included when needed).
    pub fn new_instance(&mut self, cls: Value, args: &[Value]) -> Value {
        let (is_exception, builtin_base, hint) = match cls.kind() {
            Some(ObjKind::Class(c)) => (c.is_exception, c.builtin_base, c.slot_hint.get() as usize),
            _ => (false, None, 0),
        };
        if is_exception {
            let oserror = self.exc_type(ExcKind::OSError);
            if (2..=5).contains(&args.len()) && self.is_subclass(cls, oserror) {
                return self.new_oserror(cls, args);
            }
            let t = self.new_tuple(args.to_vec());
            return self.new_exc_instance(cls, t);
        }
        // Instances of subclasses of built-in types start with an empty base value.
        let base = match builtin_base {
            Some(t) => crate::builtins::empty_base(self, t),
            None => Value::NULL,
        };
        self.heap.alloc_with(hint * 8, move || {
            ObjKind::Instance(InstanceObj {
                class: cls,
                shape: std::cell::Cell::new(0),
                slots: std::cell::RefCell::new(Vec::with_capacity(hint)),
                exc: None,
                base,
            })
        })
    }

    /// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`, as CPython builds
    /// it: `OSError` itself becomes the subclass its errno names (`OSError(2, ...)` is a
    /// FileNotFoundError), the arguments become `errno`, `strerror`, `filename` and
    /// `filename2`, and `args` keeps the first two.
    fn new_oserror(&mut self, cls: Value, args: &[Value]) -> Value {
        let mut cls = cls;
        if cls == self.exc_type(ExcKind::OSError) {
            let kind = match args[0].as_small_int() {
                Some(1 | 13) => Some(ExcKind::PermissionError),
                Some(2) => Some(ExcKind::FileNotFoundError),
                Some(3) => Some(ExcKind::ProcessLookupError),
                Some(4) => Some(ExcKind::InterruptedError),
                Some(10) => Some(ExcKind::ChildProcessError),
                Some(11 | 114 | 115) => Some(ExcKind::BlockingIOError),
                Some(17) => Some(ExcKind::FileExistsError),
                Some(20) => Some(ExcKind::NotADirectoryError),
                Some(21) => Some(ExcKind::IsADirectoryError),
                Some(32 | 108) => Some(ExcKind::BrokenPipeError),
                Some(103) => Some(ExcKind::ConnectionAbortedError),
                Some(104) => Some(ExcKind::ConnectionResetError),
                Some(110) => Some(ExcKind::TimeoutError),
                Some(111) => Some(ExcKind::ConnectionRefusedError),
                _ => None,
            };
            if let Some(k) = kind {
                cls = self.exc_type(k);
            }
        }
        let kept = if args.len() >= 3 { &args[..2] } else { args };
        let t = self.new_tuple(kept.to_vec());
        let inst = self.new_exc_instance(cls, t);
        let names = ["errno", "strerror", "filename", "filename2"];
        let values = [
            args[0],
            args[1],
            args.get(2).copied().unwrap_or(Value::NONE),
            args.get(4).copied().unwrap_or(Value::NONE),
        ];
        for (n, v) in names.into_iter().zip(values) {
            let sym = self.intern(n);
            // A fresh exception instance takes any attribute; nothing can fail here.
            let _ = self.setattr_raw(inst, sym, v);
        }
        inst
    }

    /// Binds arguments and pushes a frame for a Python function call whose callable sits
    /// at `ret_sp` and whose `argc` arguments start at `args_at` (and are the top of the
    /// stack). Returns `Some(result)` when the call completed without a frame (a generator
    /// was created), `None` when a frame was pushed.
    pub fn push_call_frame(
        &mut self,
        f: Value,
        args_at: usize,
        argc: usize,
        kw: Kw,
        ret_sp: usize,
    ) -> PyResult<Option<Value>> {
        let func = match f.kind() {
            Some(ObjKind::Function(func)) => func,
            _ => unreachable!(),
        };
        let code_v = func.code;
        let code = code_ref(code_v);
        let nlocals = code.nlocals();
        let simple = kw.is_empty()
            && argc == code.argcount as usize
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw;
        if simple {
            self.stack.resize(args_at + nlocals, Value::NULL);
        } else {
            let slots = self.bind_args(f, &code_v, args_at, argc, kw)?;
            self.stack.truncate(args_at);
            self.stack.extend_from_slice(&slots);
            self.stack.resize(args_at + nlocals, Value::NULL);
        }
        // Cells and free variables.
        if !code.cellvars.is_empty() || code.nfree > 0 {
            for &c in code.cellvars.iter() {
                let i = args_at + c as usize;
                let init = self.stack[i];
                let cell = self.heap.alloc(ObjKind::Cell(std::cell::Cell::new(init)));
                self.stack[i] = cell;
            }
            let func = match f.kind() {
                Some(ObjKind::Function(func)) => func,
                _ => unreachable!(),
            };
            let nfree = code.nfree as usize;
            for k in 0..nfree {
                self.stack[args_at + nlocals - nfree + k] = func.closure[k];
            }
        }
        self.stats.calls += 1;
        if code.flags.generator {
            let saved = self.stack[args_at..].to_vec();
            self.stack.truncate(ret_sp);
            let g = self.heap.alloc(ObjKind::Generator(Box::new(std::cell::RefCell::new(GenState {
                func: f,
                saved,
                handlers: Vec::new(),
                exc: Vec::new(),
                pc: 0,
                started: false,
                running: false,
                finished: false,
            }))));
            return Ok(Some(g));
        }
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(ret_sp);
            return self.err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        self.frames.push(Frame {
            code: code_v,
            func: f,
            pc: 0,
            base: args_at as u32,
            ret_sp: ret_sp as u32,
            handler_base: self.handlers.len() as u32,
            exc_base: self.exc_info.len() as u32,
            entry: false,
            kind: FrameKind::Call,
        });
        if self.hooks_active {
            return self.consult_hooks();
        }
        if code.entry_gate.get() {
            return self.consult_entry();
        }
        Ok(None)
    }

    /// Calls an unbound built-in function whose arguments are `stack[args_at..]` (the
    /// callable sits at `ret_sp`), replacing the call site with the result.
    #[inline]
    pub fn call_builtin_on_stack(&mut self, b: &BuiltinObj, args_at: usize, ret_sp: usize) -> PyResult<()> {
        let sp = self.stack.len();
        let func = b.func;
        self.current_builtin_name = Some(b.name);
        let first = (args_at < sp).then(|| self.stack[args_at]);
        crate::builtins::check_receiver(self, b, first)?;
        crate::builtins::unwrap_stack_receiver(self, b.recv_base, args_at, sp);
        let n = sp - args_at;
        let r = if n <= 6 {
            let mut buf = [Value::NONE; 6];
            buf[..n].copy_from_slice(&self.stack[args_at..sp]);
            func(self, &buf[..n], &[])?
        } else {
            let args: Vec<Value> = self.stack[args_at..sp].to_vec();
            func(self, &args, &[])?
        };
        self.stack.truncate(ret_sp);
        self.stack.push(r);
        Ok(())
    }

    /// General argument binding: returns the parameter slots (positional, keyword-only,
    /// `*args`, `**kwargs`) in order.
    fn bind_args(
        &mut self,
        f: Value,
        code_v: &Value,
        args_at: usize,
        argc: usize,
        kw: Kw,
    ) -> PyResult<Vec<Value>> {
        let code = code_ref(*code_v);
        let func = match f.kind() {
            Some(ObjKind::Function(func)) => func,
            _ => unreachable!(),
        };
        // The name argument errors give: CPython's is the function's `__qualname__`, which
        // a program (or `dataclasses`' generated methods) may have set. Worked out only
        // when an error is raised: this is the call path of every keyword call.
        macro_rules! fname {
            () => {{
                let set_qualname = self.intern("__qualname__");
                match func.attrs.borrow().get(&set_qualname).and_then(|q| q.as_str()) {
                    Some(q) => q.to_string(),
                    None => code.qualname.clone(),
                }
            }};
        }
        let nargs = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let nparams = code.nparams();
        let mut slots = vec![Value::NULL; nparams];
        let args: Vec<Value> = self.stack[args_at..args_at + argc].to_vec();
        let npos = argc.min(nargs);
        slots[..npos].copy_from_slice(&args[..npos]);
        let mut idx = nargs + nkwonly;
        if code.flags.varargs {
            let extra = if argc > nargs { args[nargs..].to_vec() } else { Vec::new() };
            slots[idx] = self.new_tuple(extra);
            idx += 1;
        } else if argc > nargs {
            let ndef = func.defaults.len();
            let given = argc;
            // CPython also counts the keyword-only arguments that were passed.
            let kwonly = &code.varnames[nargs..nargs + nkwonly];
            let kwonly_given = kw.iter().filter(|(k, _)| kwonly.contains(k)).count();
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {kwonly_given} keyword-only argument{})",
                    if given != 1 { "s" } else { "" },
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            let verb = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
            let fname = fname!();
            let msg = if ndef > 0 {
                format!(
                    "{fname}() takes from {} to {nargs} positional arguments but {given}{kwonly_sig} {verb} given",
                    nargs - ndef
                )
            } else {
                format!(
                    "{fname}() takes {nargs} positional argument{} but {given}{kwonly_sig} {verb} given",
                    if nargs == 1 { "" } else { "s" },
                )
            };
            return self.type_error(msg);
        }
        let kwdict = if code.flags.varkw {
            let d = self.new_dict();
            slots[idx] = d;
            Some(d)
        } else {
            None
        };
        for &(name, v) in kw {
            let pos = code.varnames[..nargs + nkwonly]
                .iter()
                .position(|&n| n == name)
                .filter(|&p| p >= code.posonlyargcount as usize);
            match pos {
                Some(p) => {
                    if !slots[p].is_null() {
                        let n = self.sym_str(name).to_string();
                        let fname = fname!();
                        return self.type_error(format!("{fname}() got multiple values for argument '{n}'"));
                    }
                    slots[p] = v;
                }
                None => match kwdict {
                    Some(d) => {
                        let k = self.sym_value(name);
                        self.dict_set(d, k, v)?;
                    }
                    None => {
                        let n = self.sym_str(name).to_string();
                        let fname = fname!();
                        let posonly = &code.varnames[..code.posonlyargcount as usize];
                        if posonly.contains(&name) {
                            let names: Vec<String> = kw
                                .iter()
                                .filter(|(k, _)| posonly.contains(k))
                                .map(|(k, _)| self.sym_str(*k).to_string())
                                .collect();
                            return self.type_error(format!(
                                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                                names.join(", ")
                            ));
                        }
                        return self
                            .type_error(format!("{fname}() got an unexpected keyword argument '{n}'"));
                    }
                },
            }
        }
        // Defaults.
        let ndef = func.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate().take(nargs) {
            if slot.is_null() {
                if i + ndef >= nargs {
                    *slot = func.defaults[i + ndef - nargs];
                } else {
                    missing.push(self.interner.name(code.varnames[i]).to_string());
                }
            }
        }
        if !missing.is_empty() {
            let fname = fname!();
            return self.type_error(missing_msg(&fname, "positional", &missing));
        }
        let mut kwmissing = Vec::new();
        #[allow(clippy::needless_range_loop)]
        for i in nargs..nargs + nkwonly {
            if slots[i].is_null() {
                let name = code.varnames[i];
                let mut found = None;
                if !func.kwdefaults.is_null() {
                    let k = self.sym_value(name);
                    found = self.dict_get(func.kwdefaults, k)?;
                }
                match found {
                    Some(v) => slots[i] = v,
                    None => kwmissing.push(self.sym_str(name).to_string()),
                }
            }
        }
        if !kwmissing.is_empty() {
            let fname = fname!();
            return self.type_error(missing_msg(&fname, "keyword-only", &kwmissing));
        }
        Ok(slots)
    }

    /// Resumes a generator with `sent`, running it until it yields or returns.
    pub fn gen_resume(&mut self, gen: Value, sent: Value) -> PyResult<GenStep> {
        self.gen_step(gen, sent, None)
    }

    /// At exit CPython clears the main module's globals (names starting with `_` first),
    /// finalizing generators left suspended inside `try`/`with` blocks: their `finally`
    /// bodies and `__exit__` methods run. Kiln does this for generators held directly by
    /// a global.
    pub fn close_global_generators(&mut self) {
        let gens: Vec<(bool, Value)> = self
            .globals
            .iter()
            .filter(|g| {
                matches!(g.value.kind(), Some(ObjKind::Generator(_))) && !self.is_private_global(g.name)
            })
            .map(|g| (!self.interner.name(g.name).starts_with('_'), g.value))
            .collect();
        let mut gens = gens;
        gens.sort_by_key(|(later, _)| *later);
        for (_, g) in gens {
            self.close_abandoned(g);
        }
    }

    /// Closes a generator that a `for` loop abandoned (see `Op::PopIter`) if it is
    /// suspended inside `try`/`with` blocks. Like CPython's finalizer, errors are ignored.
    pub fn close_abandoned(&mut self, it: Value) {
        let pending = match it.kind() {
            Some(ObjKind::Generator(g)) => {
                let st = g.borrow();
                st.started && !st.finished && !st.running && !st.handlers.is_empty()
            }
            _ => false,
        };
        if !pending {
            return;
        }
        self.push_root(it);
        let c = self.exc_type(ExcKind::GeneratorExit);
        let t = self.new_tuple(vec![]);
        let exit = self.new_exc_instance(c, t);
        let _ = self.gen_throw(it, exit);
        self.roots.pop();
    }

    /// Throws `exc` into a generator at its current `yield`.
    pub fn gen_throw(&mut self, gen: Value, exc: Value) -> PyResult<GenStep> {
        let fresh = match gen.kind() {
            Some(ObjKind::Generator(g)) => {
                let st = g.borrow();
                !st.started || st.finished
            }
            _ => true,
        };
        if fresh {
            if let Some(ObjKind::Generator(g)) = gen.kind() {
                let mut st = g.borrow_mut();
                st.finished = true;
                st.saved.clear();
            }
            return Err(exc);
        }
        let mut exc = exc;
        if let Some((sub, target)) = self.yield_from_delegate(gen) {
            // Suspended in `yield from sub`: the exception goes to `sub` first (for
            // GeneratorExit, `sub` is closed and then `gen` gets it), like CPython.
            self.push_root(gen);
            self.push_root(sub);
            let r = if self.exc_matches(exc, ExcKind::GeneratorExit) {
                match self.gen_throw(sub, exc) {
                    Ok(GenStep::Yield(_)) => {
                        exc = self.new_exc(ExcKind::RuntimeError, "generator ignored GeneratorExit");
                    }
                    Err(e)
                        if !self.exc_matches(e, ExcKind::GeneratorExit)
                            && !self.exc_matches(e, ExcKind::StopIteration) =>
                    {
                        exc = e;
                    }
                    _ => {}
                }
                None
            } else {
                match self.gen_throw(sub, exc) {
                    Ok(GenStep::Yield(v)) => Some(Ok(GenStep::Yield(v))),
                    Ok(GenStep::Return(v)) => Some(self.finish_yield_from(gen, target, v)),
                    Err(e) if self.exc_matches(e, ExcKind::StopIteration) => {
                        let v = match e.kind() {
                            Some(ObjKind::Instance(i)) => i.exc.as_ref().map(|x| x.borrow().args),
                            _ => None,
                        };
                        let v = v.and_then(|t| self.seq_items(t).first().copied()).unwrap_or(Value::NONE);
                        Some(self.finish_yield_from(gen, target, v))
                    }
                    Err(e) => {
                        exc = e;
                        None
                    }
                }
            };
            self.roots.truncate(self.roots.len() - 2);
            if let Some(r) = r {
                return r;
            }
        }
        self.gen_step(gen, Value::NONE, Some(exc))
    }

    /// The generator a suspended generator delegates to with `yield from` (its resume
    /// point follows the `Send`, `Yield` pair), and the `Send`'s exit target.
    fn yield_from_delegate(&self, gen: Value) -> Option<(Value, u32)> {
        let Some(ObjKind::Generator(g)) = gen.kind() else { return None };
        let st = g.borrow();
        let code = match st.func.kind() {
            Some(ObjKind::Function(f)) => code_ref(f.code),
            _ => return None,
        };
        let pc = st.pc as usize;
        let at = |back: usize| pc.checked_sub(back).and_then(|i| code.ops.get(i));
        let (Some(Op::Yield), Some(&Op::Send(t))) = (at(1), at(2)) else {
            return None;
        };
        let sub = *st.saved.last()?;
        matches!(sub.kind(), Some(ObjKind::Generator(_))).then_some((sub, t))
    }

    /// Ends a `yield from` whose delegate returned `v`: `gen` resumes after it with `v`.
    fn finish_yield_from(&mut self, gen: Value, target: u32, v: Value) -> PyResult<GenStep> {
        if let Some(ObjKind::Generator(g)) = gen.kind() {
            let mut st = g.borrow_mut();
            st.saved.pop();
            st.pc = target;
        }
        self.gen_resume(gen, v)
    }

    fn gen_step(&mut self, gen: Value, sent: Value, throw: Option<Value>) -> PyResult<GenStep> {
        let g = match gen.kind() {
            Some(ObjKind::Generator(g)) => g,
            _ => unreachable!(),
        };
        let (func, saved, handlers, pc, started) = {
            let mut st = g.borrow_mut();
            if st.finished {
                return Ok(GenStep::Return(Value::NONE));
            }
            if st.running {
                drop(st);
                return self.value_error("generator already executing");
            }
            if !st.started && !sent.is_none() && throw.is_none() {
                drop(st);
                return self.type_error("can't send non-None value to a just-started generator");
            }
            st.running = true;
            let started = st.started;
            st.started = true;
            (st.func, std::mem::take(&mut st.saved), std::mem::take(&mut st.handlers), st.pc, started)
        };
        if self.frames.len() >= self.recursion_limit {
            if let Some(ObjKind::Generator(g)) = gen.kind() {
                let mut st = g.borrow_mut();
                st.running = false;
                st.saved = saved;
                st.handlers = handlers;
            }
            return self.err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        let code = match func.kind() {
            Some(ObjKind::Function(f)) => f.code,
            _ => unreachable!(),
        };
        let base = self.stack.len();
        self.stack.extend_from_slice(&saved);
        // Hand the emptied buffer back so that the next `yield` refills it without
        // allocating.
        if let Some(ObjKind::Generator(g)) = gen.kind() {
            let mut saved = saved;
            saved.clear();
            g.borrow_mut().saved = saved;
        }
        if started && throw.is_none() {
            self.stack.push(sent);
        }
        let hb = self.handlers.len();
        let exc_base = self.exc_info.len() as u32;
        for (hpc, h, e) in handlers {
            self.handlers.push(Handler { pc: hpc, height: base as u32 + h, exc_depth: exc_base + e });
        }
        self.restore_gen_exc(gen);
        self.frames.push(Frame {
            code,
            func,
            pc,
            base: base as u32,
            ret_sp: base as u32,
            handler_base: hb as u32,
            exc_base,
            entry: true,
            kind: FrameKind::Generator(gen),
        });
        self.native_depth += 1;
        self.yielded = false;
        let r = self.run_with(throw);
        self.native_depth -= 1;
        let y = std::mem::replace(&mut self.yielded, false);
        if let Some(ObjKind::Generator(g)) = gen.kind() {
            let mut st = g.borrow_mut();
            st.running = false;
            if !y {
                st.finished = true;
            }
        }
        match r {
            Ok(v) if y => Ok(GenStep::Yield(v)),
            Ok(v) => Ok(GenStep::Return(v)),
            Err(e) => {
                if self.exc_matches(e, ExcKind::StopIteration) {
                    let ne = self.new_exc(ExcKind::RuntimeError, "generator raised StopIteration");
                    self.set_cause(ne, e, true);
                    return Err(ne);
                }
                Err(e)
            }
        }
    }

    /// Resumes `gen` inline: pushes its frame (saved slots, the sent value, handler
    /// blocks) on top of the consumer's frame, whose pc is already past the resuming
    /// instruction (`ForIter`, `Send` or a `Call` of `next`), and returns true; the loop
    /// then simply continues in the generator's frame, and its `Yield` or `Return` hands
    /// the value back to the consumer ([`Vm::gen_deliver_yield`],
    /// [`Vm::gen_deliver_return`]). Returns false, doing nothing, when the generator cannot
    /// be resumed inline (not a generator, running, finished, a non-None value sent to a
    /// fresh one, the recursion limit): the general path handles it, errors included.
    /// Like every generator resume, this does not consult the eval hooks.
    pub(crate) fn gen_push_frame(&mut self, gen: Value, sent: Value) -> bool {
        let Some(ObjKind::Generator(g)) = gen.kind() else { return false };
        if self.frames.len() >= self.recursion_limit {
            return false;
        }
        let mut st = g.borrow_mut();
        if st.finished || st.running || (!st.started && !sent.is_none()) {
            return false;
        }
        st.running = true;
        let started = std::mem::replace(&mut st.started, true);
        let base = self.stack.len();
        // The saved slots move to the stack; the emptied buffer stays with the generator
        // for the next `yield` to refill.
        self.stack.extend_from_slice(&st.saved);
        st.saved.clear();
        if started {
            self.stack.push(sent);
        }
        let hb = self.handlers.len();
        let exc_depth = self.exc_info.len() as u32;
        for &(hpc, h, e) in st.handlers.iter() {
            self.handlers.push(Handler { pc: hpc, height: base as u32 + h, exc_depth: exc_depth + e });
        }
        st.handlers.clear();
        self.exc_info.append(&mut st.exc);
        let (func, pc) = (st.func, st.pc);
        drop(st);
        let code = match func.kind() {
            Some(ObjKind::Function(f)) => f.code,
            _ => unreachable!(),
        };
        self.frames.push(Frame {
            code,
            func,
            pc,
            base: base as u32,
            ret_sp: base as u32,
            handler_base: hb as u32,
            exc_base: exc_depth,
            entry: false,
            kind: FrameKind::Generator(gen),
        });
        true
    }

    /// Suspends the generator frame on top of the frame stack at a `yield` (its pc is
    /// `pc`, the yielded value already popped): saves its slots, operand stack and handler
    /// blocks into the generator and pops the frame, cutting the stack back to the
    /// frame's base. Returns the popped frame.
    fn gen_suspend(&mut self, pc: u32) -> Frame {
        let frame = self.frames.pop().unwrap();
        let b = frame.base as usize;
        let hb = frame.handler_base as usize;
        let eb = frame.exc_base;
        if let FrameKind::Generator(g) = frame.kind {
            if let Some(ObjKind::Generator(g)) = g.kind() {
                let mut st = g.borrow_mut();
                st.handlers.clear();
                st.handlers.extend(
                    self.handlers[hb..].iter().map(|h| (h.pc, h.height - b as u32, h.exc_depth - eb)),
                );
                st.exc.clear();
                st.exc.extend_from_slice(&self.exc_info[eb as usize..]);
                st.saved.clear();
                st.saved.extend_from_slice(&self.stack[b..]);
                st.pc = pc;
                st.running = false;
            }
        }
        self.handlers.truncate(hb);
        self.exc_info.truncate(frame.exc_base as usize);
        self.stack.truncate(frame.ret_sp as usize);
        frame
    }

    /// Makes the exceptions `gen` was handling when it suspended current again.
    fn restore_gen_exc(&mut self, gen: Value) {
        if let Some(ObjKind::Generator(g)) = gen.kind() {
            self.exc_info.append(&mut g.borrow_mut().exc);
        }
    }

    /// Hands the value an inline generator yielded to its consumer, now the top frame.
    fn gen_deliver_yield(&mut self, v: Value) {
        let f = self.frames.last().unwrap();
        if let Op::Call(_) = code_ref(f.code).ops[f.pc as usize - 1] {
            // `next(gen)`: the value replaces the call site.
            let n = self.stack.len();
            self.stack.truncate(n - 3);
        }
        self.stack.push(v);
    }

    /// Ends the consumer's resuming instruction after an inline generator returned `v`
    /// (its frame popped, the consumer on top): a `for` loop ends, a `yield from`
    /// evaluates to `v`, `next(gen)` raises `StopIteration(v)`.
    fn gen_deliver_return(&mut self, v: Value) -> PyResult<()> {
        let fi = self.frames.len() - 1;
        let f = &self.frames[fi];
        match code_ref(f.code).ops[f.pc as usize - 1] {
            Op::ForIter(t) => {
                self.stack.pop();
                self.frames[fi].pc = t;
            }
            Op::Send(t) => {
                let n = self.stack.len();
                self.stack[n - 1] = v;
                self.frames[fi].pc = t;
            }
            _ => {
                let n = self.stack.len();
                self.stack.truncate(n - 3);
                let c = self.exc_type(ExcKind::StopIteration);
                let t = if v.is_none() { self.new_tuple(vec![]) } else { self.new_tuple(vec![v]) };
                return Err(self.new_exc_instance(c, t));
            }
        }
        Ok(())
    }

    /// The method `a.__op__` when `a op b` can call it as a plain Python frame (see
    /// `FrameKind::BinOp`): `a` is an instance of a user class (not a subclass of a
    /// built-in type) whose class defines the operator as a Python function, and `b` is
    /// not an instance of a subclass of `a`'s class with its own reflected method (that
    /// one goes first) nor of a subclass of a built-in type. Otherwise `Vm::binary_op`.
    fn frameless_binop_method(&self, a: Value, b: Value, op: BinOp) -> Option<Value> {
        let Some(ObjKind::Instance(ia)) = a.kind() else { return None };
        if !ia.base.is_null() {
            return None;
        }
        let f = self.lookup_in_class(ia.class, self.names.binop[op as usize])?;
        if !matches!(f.kind(), Some(ObjKind::Function(_))) {
            return None;
        }
        if let Some(ObjKind::Instance(ib)) = b.kind() {
            if !ib.base.is_null() {
                return None;
            }
            if ib.class != ia.class
                && self.is_subclass(ib.class, ia.class)
                && self.lookup_in_class(ib.class, self.names.rbinop[op as usize]).is_some()
            {
                return None;
            }
        }
        Some(f)
    }

    /// Calls `f`, the method `a.__op__` found by [`Vm::frameless_binop_method`], as a
    /// Python frame (`FrameKind::BinOp`) that returns into the current frame, whose pc
    /// is saved where the result is wanted: pushes [a b f a b] (the operands stay below
    /// the frame for a `NotImplemented` result) and returns `None` once the frame is
    /// pushed, or `Some(result)` when the call completed without a frame (a hook ran it).
    fn call_binop_method(&mut self, f: Value, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let ret_sp = self.stack.len();
        self.stack.extend_from_slice(&[a, b, f, a, b]);
        match self.push_call_frame(f, ret_sp + 3, 2, &[], ret_sp)? {
            Some(r) => {
                // A hook ran the call (or `f` is a generator function).
                self.stack.extend_from_slice(&[a, b]);
                let r = if r == self.not_implemented { self.binary_op_rest(a, b, op) } else { Ok(r) };
                self.stack.truncate(ret_sp);
                r.map(Some)
            }
            None => {
                let n = self.frames.len() - 1;
                self.frames[n].kind = FrameKind::BinOp(op);
                self.safepoint();
                Ok(None)
            }
        }
    }

    /// The rest of `a op b` after `a.__op__(b)` (called frameless, see
    /// [`Vm::frameless_binop_method`]) returned `NotImplemented`: `b`'s reflected method
    /// when the types differ, else `TypeError`, as `Vm::binary_op` does.
    pub(crate) fn binary_op_rest(&mut self, a: Value, b: Value, op: BinOp) -> PyResult {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if ta != tb {
            if let Some(f) = self.user_dunder(b, self.names.rbinop[op as usize]) {
                let r = self.call_dunder(f, b, &[a])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        self.binop_type_error(a, b, op)
    }

    /// The module global named by `code.names[i]`, else the builtin, else null.
    #[inline(always)]
    fn global_value(&self, code: &CodeObj, i: u32) -> Value {
        let slot = &self.globals[code.global_slots[i as usize] as usize];
        if slot.value.is_null() {
            slot.builtin
        } else {
            slot.value
        }
    }

    /// `NameError` for `code.names[i]`.
    fn name_error<T>(&mut self, code: &CodeObj, i: u32) -> PyResult<T> {
        let s = code.names[i as usize];
        let n = self.sym_str(s).to_string();
        self.missing_name_error(ExcKind::NameError, &format!("name '{n}' is not defined"), Value::NULL, s)
    }

    /// `UnboundLocalError` for local slot `i` of `code`.
    fn unbound_local<T>(&mut self, code: &CodeObj, i: u32) -> PyResult<T> {
        let n = self.sym_str(code.varnames[i as usize]).to_string();
        self.err(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }

    /// Sets `__cause__` (explicit) or `__context__` on an exception.
    pub fn set_cause(&mut self, exc: Value, cause: Value, explicit: bool) {
        if let Some(ObjKind::Instance(i)) = exc.kind() {
            if let Some(e) = &i.exc {
                let mut e = e.borrow_mut();
                if explicit {
                    e.cause = cause;
                    e.suppress_context = true;
                } else {
                    e.context = cause;
                }
            }
        }
    }

    fn add_traceback(&mut self, exc: Value, code: Value, line: u32, pc: usize) {
        if let Some(ObjKind::Instance(i)) = exc.kind() {
            if let Some(e) = &i.exc {
                e.borrow_mut().traceback.push((code, line, pc as u32));
            }
        }
    }

    /// Turns a raised value (class or instance) into an exception instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult {
        match v.kind() {
            Some(ObjKind::Class(c)) if c.is_exception => self.call(v, &[], &[]),
            Some(ObjKind::Instance(i)) if i.exc.is_some() => Ok(v),
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }

    /// The dispatch loop. Runs until the entry frame on top of the frame stack returns.
    pub fn run(&mut self) -> PyResult {
        self.run_with(None)
    }

    /// Like [`Vm::run`], raising `pending` in the top frame first (generator `throw`).
    pub fn run_with(&mut self, mut pending: Option<Value>) -> PyResult {
        loop {
            let r = match pending.take() {
                Some(e) => Err(e),
                None => self.dispatch(),
            };
            match r {
                Ok(v) => return Ok(v),
                Err(mut exc) => {
                    // Unwind to a handler or out of the entry frame.
                    let mut first = true;
                    loop {
                        let fi = self.frames.len() - 1;
                        let frame = self.frames[fi].clone();
                        let code = code_ref(frame.code);
                        if first {
                            let pc = frame.pc.saturating_sub(1) as usize;
                            let line = code.lines.get(pc).copied().unwrap_or(code.first_line);
                            // A re-raise in the same frame keeps the traceback.
                            let skip = matches!(exc.kind(), Some(ObjKind::Instance(i)) if i.exc.as_ref().map(|e| {
                                let e = e.borrow();
                                e.traceback.last().map(|t| t.0 == frame.code).unwrap_or(false) && self.reraising
                            }).unwrap_or(false));
                            if !skip {
                                self.add_traceback(exc, frame.code, line, pc);
                            }
                            if let Some(&ctx) = self.exc_info.last() {
                                if ctx != exc {
                                    self.set_context_if_unset(exc, ctx);
                                }
                            }
                            self.reraising = false;
                            first = false;
                        }
                        if self.handlers.len() > frame.handler_base as usize {
                            let h = self.handlers.pop().unwrap();
                            self.stack.truncate(h.height as usize);
                            // Implicit chaining.
                            if let Some(&ctx) = self.exc_info.last() {
                                if ctx != exc {
                                    self.set_context_if_unset(exc, ctx);
                                }
                            }
                            self.exc_info.truncate((h.exc_depth as usize).max(frame.exc_base as usize));
                            self.exc_info.push(exc);
                            self.stack.push(exc);
                            self.frames[fi].pc = h.pc;
                            break;
                        }
                        // No handler: pop the frame.
                        self.frames.pop();
                        self.stack.truncate(frame.ret_sp as usize);
                        self.exc_info.truncate(frame.exc_base as usize);
                        if let FrameKind::Generator(g) = frame.kind {
                            if let Some(ObjKind::Generator(g)) = g.kind() {
                                let mut st = g.borrow_mut();
                                st.finished = true;
                                st.running = false;
                                st.saved.clear();
                            }
                            if !frame.entry && self.exc_matches(exc, ExcKind::StopIteration) {
                                // As `gen_step` does for a generator it resumes natively.
                                let ne =
                                    self.new_exc(ExcKind::RuntimeError, "generator raised StopIteration");
                                self.set_cause(ne, exc, true);
                                exc = ne;
                            }
                        }
                        if frame.entry {
                            return Err(exc);
                        }
                        let top = self.frames.last().unwrap().clone();
                        let tcode = code_ref(top.code);
                        let pc = top.pc.saturating_sub(1) as usize;
                        let line = tcode.lines.get(pc).copied().unwrap_or(tcode.first_line);
                        self.add_traceback(exc, top.code, line, pc);
                    }
                }
            }
        }
    }

    fn set_context_if_unset(&mut self, exc: Value, ctx: Value) {
        // Never create a cycle: ctx's own chain must not contain exc.
        let mut c = ctx;
        for _ in 0..100 {
            if c == exc {
                return;
            }
            let next = match c.kind() {
                Some(ObjKind::Instance(i)) => match &i.exc {
                    Some(e) => e.borrow().context,
                    None => break,
                },
                _ => break,
            };
            c = next;
        }
        if let Some(ObjKind::Instance(i)) = exc.kind() {
            if let Some(e) = &i.exc {
                let mut e = e.borrow_mut();
                if e.context.is_none() {
                    e.context = ctx;
                }
            }
        }
    }

    /// Executes instructions of the top frame (and frames it calls) until the entry
    /// frame returns or an exception escapes the current frame.
    fn dispatch(&mut self) -> PyResult {
        let mut icount = 0u64;
        // Recording mode shares the counting instantiation: its per-instruction check sits
        // inside `if COUNT`, so the plain loop pays nothing for it. A loop hook that starts
        // recording inside the plain loop makes it return null (never a real result): the
        // loop then re-enters here in the counting instantiation.
        let r = loop {
            let r = if self.count_instructions || self.observer.is_some() {
                self.dispatch_counted::<true>(&mut icount)
            } else {
                self.dispatch_counted::<false>(&mut icount)
            };
            match r {
                Ok(v) if v.is_null() => continue,
                r => break r,
            }
        };
        if self.count_instructions {
            self.stats.instructions += icount;
        }
        r
    }

    /// The loop itself; `COUNT` compiles instruction counting in or out (`--stats`).
    fn dispatch_counted<const COUNT: bool>(&mut self, icount: &mut u64) -> PyResult {
        let fi = self.frames.len() - 1;
        let mut code: &CodeObj = code_ref(self.frames[fi].code);
        let mut pc = self.frames[fi].pc as usize;
        let mut base = self.frames[fi].base as usize;

        macro_rules! save_pc {
            () => {{
                let n = self.frames.len() - 1;
                self.frames[n].pc = pc as u32;
            }};
        }
        macro_rules! reload {
            () => {{
                let f = self.frames.last().unwrap();
                code = code_ref(f.code);
                pc = f.pc as usize;
                base = f.base as usize;
            }};
        }
        macro_rules! tryop {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        save_pc!();
                        return Err(e);
                    }
                }
            };
        }
        macro_rules! pop {
            () => {
                self.stack.pop().unwrap()
            };
        }
        // After a frame entry: a hook that started recording there hands over to the
        // counting loop, where the observer sees instructions (see `dispatch`).
        macro_rules! switch_if_observed {
            () => {
                if !COUNT && self.observer.is_some() {
                    return Ok(Value::NULL);
                }
            };
        }
        macro_rules! top {
            () => {
                *self.stack.last().unwrap()
            };
        }

        loop {
            if self.fast_loop {
                save_pc!();
                let r = crate::fastloop::run::<COUNT>(self, icount);
                reload!();
                r?;
            }
            #[allow(unused_mut)]
            let mut op = match code.ops[pc] {
                op @ (Op::LoadFastPairSubscr(_)
                | Op::LoadFastPairStoreSubscr(_)
                | Op::LoadFastConstOpStore(_)
                | Op::DupLoadAttr
                | Op::Rot2StoreAttr) => op.first_of_pair(),
                op => op,
            };
            pc += 1;
            if COUNT {
                *icount += 1;
                if let Some(obs) = self.observer.clone() {
                    // Recording: every instruction runs unfused, so the observer sees
                    // the original sequence.
                    op = op.first_of_pair();
                    save_pc!();
                    obs.before(self, pc - 1, op);
                    if self.observer.is_none() && !self.count_instructions {
                        // The recording ended: back to the plain loop (see `dispatch`),
                        // which runs this instruction.
                        pc -= 1;
                        save_pc!();
                        return Ok(Value::NULL);
                    }
                }
            }
            match op {
                Op::Nop => {}
                Op::LoadFastPairSubscr(_)
                | Op::LoadFastPairStoreSubscr(_)
                | Op::LoadFastConstOpStore(_)
                | Op::DupLoadAttr
                | Op::Rot2StoreAttr => unreachable!("replaced by first_of_pair above"),
                Op::LoadConst(i) => self.stack.push(code.consts[i as usize]),
                Op::LoadFastLoadFast(i) => {
                    let v = self.stack[base + i as usize];
                    if v.is_null() {
                        save_pc!();
                        return self.unbound_local(code, i);
                    }
                    self.stack.push(v);
                    if let Op::LoadFast(j) = code.ops[pc].first_of_pair() {
                        let w = self.stack[base + j as usize];
                        if !w.is_null() {
                            self.stack.push(w);
                            pc += 1;
                        }
                    }
                }
                Op::LoadFastLoadMethod(i) => {
                    let v = self.stack[base + i as usize];
                    if let (Some(ObjKind::Instance(inst)), Op::LoadMethod(_, c)) =
                        (v.kind(), code.ops[pc].first_of_pair())
                    {
                        let site = &code.caches[c as usize];
                        if let Some(m) =
                            probe_method(site, inst.class.bits(), self.type_version, inst.shape.get())
                        {
                            self.stack.push(m);
                            self.stack.push(v);
                            pc += 1;
                            continue;
                        }
                    }
                    if v.is_null() {
                        save_pc!();
                        return self.unbound_local(code, i);
                    }
                    self.stack.push(v);
                }
                Op::LoadFastStoreAttr(i) => {
                    let obj = self.stack[base + i as usize];
                    if let (Some(ObjKind::Instance(inst)), Op::StoreAttr(_, c)) =
                        (obj.kind(), code.ops[pc].first_of_pair())
                    {
                        if let Some(idx) = probe_slot(
                            &code.caches[c as usize],
                            inst.class.bits(),
                            self.layout_version,
                            inst.shape.get(),
                        ) {
                            let v = pop!();
                            inst.slots.borrow_mut()[idx as usize] = v;
                            pc += 1;
                            continue;
                        }
                    }
                    if obj.is_null() {
                        save_pc!();
                        return self.unbound_local(code, i);
                    }
                    self.stack.push(obj);
                }
                Op::StoreFastLoadFast(i) => {
                    let v = pop!();
                    self.stack[base + i as usize] = v;
                    if let Op::LoadFast(j) = code.ops[pc].first_of_pair() {
                        let w = self.stack[base + j as usize];
                        if !w.is_null() {
                            self.stack.push(w);
                            pc += 1;
                        }
                    }
                }
                Op::LoadFastLoadConst(i) => {
                    let v = self.stack[base + i as usize];
                    if v.is_null() {
                        save_pc!();
                        return self.unbound_local(code, i);
                    }
                    self.stack.push(v);
                    if let Op::LoadConst(c) = code.ops[pc].first_of_pair() {
                        self.stack.push(code.consts[c as usize]);
                        pc += 1;
                    }
                }
                Op::LoadFastLoadAttr(i) => {
                    let v = self.stack[base + i as usize];
                    if v.is_null() {
                        save_pc!();
                        return self.unbound_local(code, i);
                    }
                    if let (Some(ObjKind::Instance(inst)), Op::LoadAttr(_, c)) =
                        (v.kind(), code.ops[pc].first_of_pair())
                    {
                        if let Some(idx) = probe_slot(
                            &code.caches[c as usize],
                            inst.class.bits(),
                            self.layout_version,
                            inst.shape.get(),
                        ) {
                            let x = inst.slots.borrow()[idx as usize];
                            self.stack.push(x);
                            pc += 1;
                            continue;
                        }
                    }
                    self.stack.push(v);
                }
                Op::CompareJumpIfFalse(cop) => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    let r = if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.int_unchecked(), b.int_unchecked());
                        match cop {
                            CmpOp::Lt => Some(x < y),
                            CmpOp::Le => Some(x <= y),
                            CmpOp::Eq | CmpOp::Is => Some(x == y),
                            CmpOp::Ne | CmpOp::IsNot => Some(x != y),
                            CmpOp::Gt => Some(x > y),
                            CmpOp::Ge => Some(x >= y),
                            _ => None,
                        }
                    } else if a.is_float() && b.is_float() {
                        let (x, y) = (a.float_unchecked(), b.float_unchecked());
                        match cop {
                            CmpOp::Lt => Some(x < y),
                            CmpOp::Le => Some(x <= y),
                            CmpOp::Eq => Some(x == y),
                            CmpOp::Ne => Some(x != y),
                            CmpOp::Gt => Some(x > y),
                            CmpOp::Ge => Some(x >= y),
                            _ => None,
                        }
                    } else {
                        match cop {
                            CmpOp::Is => Some(a == b),
                            CmpOp::IsNot => Some(a != b),
                            _ => None,
                        }
                    };
                    match r {
                        Some(r) => {
                            self.stack.truncate(n - 2);
                            if let Op::PopJumpIfFalse(t) = code.ops[pc].first_of_pair() {
                                pc = if r { pc + 1 } else { t as usize };
                            } else {
                                self.stack.push(Value::bool(r));
                            }
                        }
                        None => {
                            save_pc!();
                            let r = tryop!(self.compare(a, b, cop));
                            self.stack.truncate(n - 2);
                            self.stack.push(r);
                        }
                    }
                }
                Op::BinaryOpStoreFast(bop, inplace) => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    let r = if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.int_unchecked(), b.int_unchecked());
                        let r = match bop {
                            BinOp::Add => Some(x + y),
                            BinOp::Sub => Some(x - y),
                            BinOp::Mul => x.checked_mul(y),
                            BinOp::And => Some(x & y),
                            BinOp::Or => Some(x | y),
                            BinOp::Xor => Some(x ^ y),
                            BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
                            BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
                            _ => None,
                        };
                        r.map(|r| self.new_int(r))
                    } else if a.is_float() && b.is_float() {
                        let (x, y) = (a.float_unchecked(), b.float_unchecked());
                        match bop {
                            BinOp::Add => Some(Value::float(x + y)),
                            BinOp::Sub => Some(Value::float(x - y)),
                            BinOp::Mul => Some(Value::float(x * y)),
                            BinOp::TrueDiv if y != 0.0 => Some(Value::float(x / y)),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let r = match r {
                        Some(r) => r,
                        None => {
                            save_pc!();
                            if inplace == 0 {
                                if let Some(f) = self.frameless_binop_method(a, b, bop) {
                                    // The frame returns to the `StoreFast` (the saved pc).
                                    self.stack.truncate(n - 2);
                                    match tryop!(self.call_binop_method(f, a, b, bop)) {
                                        Some(r) => self.stack.push(r),
                                        None => reload!(),
                                    }
                                    continue;
                                }
                            }
                            tryop!(self.binary_op(a, b, bop, inplace == 1))
                        }
                    };
                    self.stack.truncate(n - 2);
                    if let Op::StoreFast(x) = code.ops[pc].first_of_pair() {
                        self.stack[base + x as usize] = r;
                        pc += 1;
                    } else {
                        self.stack.push(r);
                    }
                }
                Op::LoadGlobalPushNull(i, _) => {
                    let v = self.global_value(code, i);
                    if v.is_null() {
                        save_pc!();
                        return self.name_error(code, i);
                    }
                    self.stack.push(v);
                    if let Op::PushNull = code.ops[pc].first_of_pair() {
                        self.stack.push(Value::NULL);
                        pc += 1;
                    }
                }
                Op::LoadFast(i) => {
                    let v = self.stack[base + i as usize];
                    if v.is_null() {
                        save_pc!();
                        return self.unbound_local(code, i);
                    }
                    self.stack.push(v);
                }
                Op::StoreFast(i) => {
                    let v = pop!();
                    self.stack[base + i as usize] = v;
                }
                Op::DeleteFast(i) => {
                    if self.stack[base + i as usize].is_null() {
                        save_pc!();
                        return self.unbound_local(code, i);
                    }
                    self.stack[base + i as usize] = Value::NULL;
                }
                Op::LoadDeref(i) => {
                    let cell = self.stack[base + i as usize];
                    let v = match cell.kind() {
                        Some(ObjKind::Cell(c)) => c.get(),
                        _ => Value::NULL,
                    };
                    if v.is_null() {
                        save_pc!();
                        let n = self.sym_str(code.varnames[i as usize]).to_string();
                        let is_free = (i as usize) >= code.nlocals() - code.nfree as usize;
                        return if is_free {
                            self.err(
                                ExcKind::NameError,
                                format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
                            )
                        } else {
                            self.err(
                                ExcKind::UnboundLocalError,
                                format!("cannot access local variable '{n}' where it is not associated with a value"),
                            )
                        };
                    }
                    self.stack.push(v);
                }
                Op::StoreDeref(i) => {
                    let v = pop!();
                    if let Some(ObjKind::Cell(c)) = self.stack[base + i as usize].kind() {
                        c.set(v);
                    }
                }
                Op::DeleteDeref(i) => {
                    if let Some(ObjKind::Cell(c)) = self.stack[base + i as usize].kind() {
                        c.set(Value::NULL);
                    }
                }
                Op::LoadClosure(i) => {
                    let v = self.stack[base + i as usize];
                    self.stack.push(v);
                }
                Op::LoadGlobal(i, _) => {
                    let v = self.global_value(code, i);
                    if v.is_null() {
                        save_pc!();
                        return self.name_error(code, i);
                    }
                    self.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = pop!();
                    self.globals[code.global_slots[i as usize] as usize].value = v;
                }
                Op::DeleteGlobal(i) => {
                    let s = code.global_slots[i as usize] as usize;
                    if self.globals[s].value.is_null() {
                        save_pc!();
                        let n = self.sym_str(code.names[i as usize]).to_string();
                        return self.err(ExcKind::NameError, format!("name '{n}' is not defined"));
                    }
                    self.globals[s].value = Value::NULL;
                }
                Op::LoadName(i) => {
                    let name = code.names[i as usize];
                    let ns = match self.frames.last().unwrap().kind {
                        FrameKind::ClassBody(ns) => ns,
                        _ => Value::NULL,
                    };
                    let mut v = Value::NULL;
                    if let Some(ObjKind::Module(m)) = ns.kind() {
                        if let Some(&x) = m.attrs.borrow().get(&name) {
                            v = x;
                        }
                    }
                    if v.is_null() {
                        let slot = &self.globals[code.global_slots[i as usize] as usize];
                        v = if slot.value.is_null() { slot.builtin } else { slot.value };
                    }
                    if v.is_null() {
                        save_pc!();
                        let n = self.sym_str(name).to_string();
                        return self.err(ExcKind::NameError, format!("name '{n}' is not defined"));
                    }
                    self.stack.push(v);
                }
                Op::StoreName(i) => {
                    let v = pop!();
                    let name = code.names[i as usize];
                    match self.frames.last().unwrap().kind {
                        FrameKind::ClassBody(ns) => {
                            if let Some(ObjKind::Module(m)) = ns.kind() {
                                m.attrs.borrow_mut().insert(name, v);
                            }
                        }
                        _ => self.globals[code.global_slots[i as usize] as usize].value = v,
                    }
                }
                Op::DeleteName(i) => {
                    let name = code.names[i as usize];
                    if let FrameKind::ClassBody(ns) = self.frames.last().unwrap().kind {
                        if let Some(ObjKind::Module(m)) = ns.kind() {
                            if m.attrs.borrow_mut().shift_remove(&name).is_none() {
                                save_pc!();
                                let n = self.sym_str(name).to_string();
                                return self.err(ExcKind::NameError, format!("name '{n}' is not defined"));
                            }
                        }
                    }
                }
                Op::LoadAttr(i, c) => {
                    let obj = pop!();
                    let name = code.names[i as usize];
                    // Inline cache: instance attribute by shape.
                    if let Some(ObjKind::Instance(inst)) = obj.kind() {
                        if let Some(idx) = probe_slot(
                            &code.caches[c as usize],
                            inst.class.bits(),
                            self.layout_version,
                            inst.shape.get(),
                        ) {
                            let v = inst.slots.borrow()[idx as usize];
                            self.stack.push(v);
                            continue;
                        }
                    }
                    save_pc!();
                    let v = tryop!(self.getattr_cached(obj, name, &code.caches[c as usize]));
                    self.stack.push(v);
                }
                Op::StoreAttr(i, c) => {
                    let obj = pop!();
                    let v = pop!();
                    let name = code.names[i as usize];
                    if let Some(ObjKind::Instance(inst)) = obj.kind() {
                        let site = &code.caches[c as usize];
                        if let Some(idx) =
                            probe_slot(site, inst.class.bits(), self.layout_version, inst.shape.get())
                        {
                            inst.slots.borrow_mut()[idx as usize] = v;
                            continue;
                        }
                        if let Some((idx, new_shape)) =
                            probe_transition(site, inst.class.bits(), self.type_version, inst.shape.get())
                        {
                            let mut slots = inst.slots.borrow_mut();
                            if slots.len() == idx as usize {
                                slots.push(v);
                                drop(slots);
                                inst.shape.set(new_shape);
                                continue;
                            }
                        }
                    }
                    save_pc!();
                    tryop!(self.setattr_cached(obj, name, v, &code.caches[c as usize]));
                }
                Op::DeleteAttr(i) => {
                    let obj = pop!();
                    save_pc!();
                    tryop!(self.delattr(obj, code.names[i as usize]));
                }
                Op::LoadMethod(i, c) => {
                    let obj = pop!();
                    if let Some(ObjKind::Instance(inst)) = obj.kind() {
                        let site = &code.caches[c as usize];
                        if let Some(m) =
                            probe_method(site, inst.class.bits(), self.type_version, inst.shape.get())
                        {
                            self.stack.push(m);
                            self.stack.push(obj);
                            continue;
                        }
                    }
                    let name = code.names[i as usize];
                    save_pc!();
                    let (m, recv) = tryop!(self.load_method(obj, name, &code.caches[c as usize]));
                    self.stack.push(m);
                    self.stack.push(recv);
                }
                Op::PushNull => self.stack.push(Value::NULL),
                Op::Call(n) => {
                    save_pc!();
                    let n = n as usize;
                    let sp = self.stack.len();
                    let callable = self.stack[sp - n - 2];
                    let selfv = self.stack[sp - n - 1];
                    let (args_at, argc) = if selfv.is_null() { (sp - n, n) } else { (sp - n - 1, n + 1) };
                    let ret_sp = sp - n - 2;
                    if callable == self.builtin_next
                        && n == 1
                        && selfv.is_null()
                        && self.gen_push_frame(self.stack[sp - 1], Value::NONE)
                    {
                        self.safepoint();
                        reload!();
                        continue;
                    }
                    if let Some(ObjKind::BoundMethod(recv, func)) = callable.kind() {
                        if selfv.is_null() && matches!(func.kind(), Some(ObjKind::Function(_))) {
                            let (recv, func) = (*recv, *func);
                            self.stack[ret_sp] = func;
                            self.stack[ret_sp + 1] = recv;
                            match tryop!(self.push_call_frame(func, ret_sp + 1, n + 1, &[], ret_sp)) {
                                Some(v) => self.stack.push(v),
                                None => {
                                    switch_if_observed!();
                                    self.safepoint();
                                    reload!();
                                }
                            }
                            continue;
                        }
                    }
                    if let Some(ObjKind::Function(func)) = callable.kind() {
                        let callee = code_ref(func.code);
                        if callee.fast_call
                            && argc == callee.argcount as usize
                            && self.frames.len() < self.recursion_limit
                            && !self.hooks_active
                            && !callee.entry_gate.get()
                        {
                            // The arguments are already in place as the first locals.
                            self.stack.resize(args_at + callee.nlocals(), Value::NULL);
                            self.stats.calls += 1;
                            self.frames.push(Frame {
                                code: func.code,
                                func: callable,
                                pc: 0,
                                base: args_at as u32,
                                ret_sp: ret_sp as u32,
                                handler_base: self.handlers.len() as u32,
                                exc_base: self.exc_info.len() as u32,
                                entry: false,
                                kind: FrameKind::Call,
                            });
                            if self.heap.collection_due() {
                                self.collect_garbage();
                            }
                            code = callee;
                            pc = 0;
                            base = args_at;
                            continue;
                        }
                        match tryop!(self.push_call_frame(callable, args_at, argc, &[], ret_sp)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                switch_if_observed!();
                                self.safepoint();
                                reload!();
                            }
                        }
                        continue;
                    }
                    if let Some(ObjKind::Builtin(b)) = callable.kind() {
                        if b.bound.is_null() {
                            tryop!(self.call_builtin_on_stack(b, args_at, ret_sp));
                            continue;
                        }
                    }
                    if let Some(ObjKind::Class(cls)) = callable.kind() {
                        if cls.builtin.is_none() && !cls.is_exception && cls.builtin_base.is_none() {
                            // Frameless __init__.
                            if let Some(init) = self.lookup_in_class(callable, self.names.init) {
                                if let Some(ObjKind::Function(_)) = init.kind() {
                                    let inst = self.new_instance(callable, &[]);
                                    // Rearrange: [init, inst, args...]
                                    self.stack[ret_sp] = init;
                                    if selfv.is_null() {
                                        self.stack[ret_sp + 1] = inst;
                                    } else {
                                        self.stack.insert(ret_sp + 1, inst);
                                    }
                                    let argc = self.stack.len() - (ret_sp + 1);
                                    match tryop!(self.push_call_frame(init, ret_sp + 1, argc, &[], ret_sp)) {
                                        // A hook ran `__init__`: the call's value is the instance.
                                        Some(_) => self.stack.push(inst),
                                        None => {
                                            let n = self.frames.len() - 1;
                                            self.frames[n].kind = FrameKind::Init(inst);
                                            switch_if_observed!();
                                            self.safepoint();
                                            reload!();
                                        }
                                    }
                                    continue;
                                }
                            }
                        }
                    }
                    let args: Vec<Value> = self.stack[args_at..sp].to_vec();
                    let r = tryop!(self.call(callable, &args, &[]));
                    self.stack.truncate(ret_sp);
                    self.stack.push(r);
                }
                Op::CallKw(n, names_i) => {
                    save_pc!();
                    let n = n as usize;
                    let names_t = code.consts[names_i as usize];
                    let kwnames: Vec<Value> = match names_t.kind() {
                        Some(ObjKind::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    let k = kwnames.len();
                    let sp = self.stack.len();
                    let callable = self.stack[sp - n - 2];
                    let selfv = self.stack[sp - n - 1];
                    let ret_sp = sp - n - 2;
                    let mut kw = Vec::with_capacity(k);
                    for (j, nm) in kwnames.iter().enumerate() {
                        let sym = self.interner.intern(nm.as_str().unwrap_or(""));
                        kw.push((sym, self.stack[sp - k + j]));
                    }
                    let (args_at, argc) =
                        if selfv.is_null() { (sp - n, n - k) } else { (sp - n - 1, n - k + 1) };
                    if let Some(ObjKind::Function(_)) = callable.kind() {
                        self.stack.truncate(sp - k);
                        match tryop!(self.push_call_frame(callable, args_at, argc, &kw, ret_sp)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                switch_if_observed!();
                                self.safepoint();
                                reload!();
                            }
                        }
                        continue;
                    }
                    let args: Vec<Value> = self.stack[args_at..sp - k].to_vec();
                    let r = tryop!(self.call(callable, &args, &kw));
                    self.stack.truncate(ret_sp);
                    self.stack.push(r);
                }
                Op::CallEx(flag) => {
                    save_pc!();
                    let kwargs = if flag & 1 == 1 { pop!() } else { Value::NULL };
                    let argst = pop!();
                    let selfv = pop!();
                    let callable = pop!();
                    let mut args: Vec<Value> = Vec::new();
                    if !selfv.is_null() {
                        args.push(selfv);
                    }
                    if let Some(ObjKind::Tuple(t)) = argst.kind() {
                        args.extend_from_slice(t);
                    } else {
                        // `f(*x)` passes `x` itself.
                        self.stack.extend([callable, argst, kwargs]);
                        let items =
                            self.star_items(argst, &|vm| format!("{} argument", vm.func_str(callable)));
                        self.stack.truncate(self.stack.len() - 3);
                        args.extend(tryop!(items));
                    }
                    let mut kw = Vec::new();
                    if !kwargs.is_null() {
                        let items = tryop!(self.dict_items(kwargs));
                        for (k, v) in items {
                            let s = match k.as_str() {
                                Some(s) => s.to_string(),
                                None => {
                                    return self.type_error("keywords must be strings");
                                }
                            };
                            let sym = self.intern(&s);
                            kw.push((sym, v));
                        }
                    }
                    // Keep the values rooted while the call runs.
                    let mark = self.roots.len();
                    self.roots.push(argst);
                    self.roots.push(kwargs);
                    let r = self.call(callable, &args, &kw);
                    self.pop_roots(mark);
                    let r = tryop!(r);
                    self.stack.push(r);
                }
                Op::BinarySubscr => {
                    let key = pop!();
                    let obj = pop!();
                    if let (Some(ObjKind::List(l)), Some(i)) = (obj.kind(), key.as_small_int()) {
                        let l = l.borrow();
                        let len = l.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j >= 0 && j < len {
                            let v = l[j as usize];
                            drop(l);
                            self.stack.push(v);
                            continue;
                        }
                    }
                    save_pc!();
                    self.stack.push(obj);
                    self.stack.push(key);
                    let v = tryop!(self.getitem(obj, key));
                    self.stack.truncate(self.stack.len() - 2);
                    self.stack.push(v);
                }
                Op::StoreSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = pop!();
                    if let (Some(ObjKind::List(l)), Some(i)) = (obj.kind(), key.as_small_int()) {
                        let mut l = l.borrow_mut();
                        let len = l.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j >= 0 && j < len {
                            l[j as usize] = v;
                            continue;
                        }
                    }
                    save_pc!();
                    self.stack.push(v);
                    self.stack.push(obj);
                    self.stack.push(key);
                    tryop!(self.setitem(obj, key, v));
                    self.stack.truncate(self.stack.len() - 3);
                }
                Op::DeleteSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    save_pc!();
                    tryop!(self.delitem(obj, key));
                }
                Op::BinaryOp(bop, site) | Op::InplaceOp(bop, site) => {
                    let b = pop!();
                    let a = pop!();
                    if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.int_unchecked(), b.int_unchecked());
                        let r = match bop {
                            BinOp::Add => Some(x + y),
                            BinOp::Sub => Some(x - y),
                            BinOp::Mul => x.checked_mul(y),
                            BinOp::And => Some(x & y),
                            BinOp::Or => Some(x | y),
                            BinOp::Xor => Some(x ^ y),
                            BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
                            BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
                            _ => None,
                        };
                        if let Some(r) = r {
                            let v = self.new_int(r);
                            self.stack.push(v);
                            continue;
                        }
                    } else if a.is_float() && b.is_float() {
                        let (x, y) = (a.float_unchecked(), b.float_unchecked());
                        let r = match bop {
                            BinOp::Add => Some(x + y),
                            BinOp::Sub => Some(x - y),
                            BinOp::Mul => Some(x * y),
                            BinOp::TrueDiv if y != 0.0 => Some(x / y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            self.stack.push(Value::float(r));
                            continue;
                        }
                    }
                    save_pc!();
                    let inplace = matches!(op, Op::InplaceOp(..));
                    // Type feedback: the operand types this site saw off the fast path.
                    record_operand_types(
                        &code.caches[site as usize],
                        self.builtin_type(a),
                        self.builtin_type(b),
                    );
                    if !inplace {
                        if let Some(f) = self.frameless_binop_method(a, b, bop) {
                            match tryop!(self.call_binop_method(f, a, b, bop)) {
                                Some(r) => self.stack.push(r),
                                None => reload!(),
                            }
                            continue;
                        }
                    }
                    // Operands stay rooted on the stack while user code may run.
                    self.stack.push(a);
                    self.stack.push(b);
                    let r = tryop!(self.binary_op(a, b, bop, inplace));
                    self.stack.truncate(self.stack.len() - 2);
                    self.stack.push(r);
                }
                Op::Unary(uop) => {
                    let a = pop!();
                    if uop == UnaryOp::Not {
                        if let Some(b) = a.as_bool() {
                            self.stack.push(Value::bool(!b));
                            continue;
                        }
                    }
                    save_pc!();
                    let r = tryop!(self.unary_op(a, uop));
                    self.stack.push(r);
                }
                Op::Compare(cop) => {
                    let b = pop!();
                    let a = pop!();
                    if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.int_unchecked(), b.int_unchecked());
                        let r = match cop {
                            CmpOp::Lt => x < y,
                            CmpOp::Le => x <= y,
                            CmpOp::Eq | CmpOp::Is => x == y,
                            CmpOp::Ne | CmpOp::IsNot => x != y,
                            CmpOp::Gt => x > y,
                            CmpOp::Ge => x >= y,
                            _ => {
                                save_pc!();
                                self.stack.push(a);
                                self.stack.push(b);
                                let r = tryop!(self.compare(a, b, cop));
                                self.stack.truncate(self.stack.len() - 2);
                                self.stack.push(r);
                                continue;
                            }
                        };
                        self.stack.push(Value::bool(r));
                        continue;
                    }
                    if a.is_float() && b.is_float() {
                        let (x, y) = (a.float_unchecked(), b.float_unchecked());
                        let r = match cop {
                            CmpOp::Lt => Some(x < y),
                            CmpOp::Le => Some(x <= y),
                            CmpOp::Eq => Some(x == y),
                            CmpOp::Ne => Some(x != y),
                            CmpOp::Gt => Some(x > y),
                            CmpOp::Ge => Some(x >= y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            self.stack.push(Value::bool(r));
                            continue;
                        }
                    }
                    save_pc!();
                    self.stack.push(a);
                    self.stack.push(b);
                    let r = tryop!(self.compare(a, b, cop));
                    self.stack.truncate(self.stack.len() - 2);
                    self.stack.push(r);
                }
                Op::Pop => {
                    self.stack.pop();
                }
                Op::PopIter => {
                    let it = pop!();
                    save_pc!();
                    self.close_abandoned(it);
                }
                Op::Dup => {
                    let v = top!();
                    self.stack.push(v);
                }
                Op::Dup2 => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    self.stack.push(a);
                    self.stack.push(b);
                }
                Op::Rot2 => {
                    // Two 8-byte moves: a 16-byte swap right after two 8-byte pushes stalls
                    // on store forwarding.
                    let a = pop!();
                    let b = pop!();
                    self.stack.push(a);
                    self.stack.push(b);
                }
                Op::Rot3 => {
                    let n = self.stack.len();
                    let top = self.stack[n - 1];
                    self.stack[n - 1] = self.stack[n - 2];
                    self.stack[n - 2] = self.stack[n - 3];
                    self.stack[n - 3] = top;
                }
                Op::Rot4 => {
                    let n = self.stack.len();
                    let top = self.stack[n - 1];
                    self.stack[n - 1] = self.stack[n - 2];
                    self.stack[n - 2] = self.stack[n - 3];
                    self.stack[n - 3] = self.stack[n - 4];
                    self.stack[n - 4] = top;
                }
                Op::Jump(t) => {
                    if (t as usize) < pc && self.heap.collection_due() {
                        save_pc!();
                        let gated = crate::hooks::gate_passes(
                            &self.heap,
                            self.hooks_active,
                            self.profile.is_some(),
                            code_ref(self.frames[self.frames.len() - 1].code),
                            pc - 1,
                        );
                        if self.profile.is_some() && !gated {
                            let code_v = self.frames[self.frames.len() - 1].code;
                            self.count_backedge(code_v, (pc - 1) as u32);
                            if let Some(h) = self.loop_hook.clone() {
                                let n = self.frames.len() - 1;
                                self.frames[n].pc = t;
                                self.collect_garbage();
                                match h.backedge(self, code_v, (pc - 1) as u32, t) {
                                    Ok(false) if !COUNT && self.observer.is_some() => {
                                        // Recording starts: continue at the header in the
                                        // counting loop (see `dispatch`).
                                        return Ok(Value::NULL);
                                    }
                                    Ok(false) => {}
                                    Ok(true) => {
                                        switch_if_observed!();
                                        reload!();
                                        continue;
                                    }
                                    // The hook left the frame's pc where the exception
                                    // belongs.
                                    Err(e) => return Err(e),
                                }
                            }
                        }
                        self.collect_garbage();
                    }
                    pc = t as usize;
                }
                Op::PopJumpIfFalse(t) => {
                    let v = pop!();
                    let b = match v.as_bool() {
                        Some(b) => b,
                        None => {
                            save_pc!();
                            tryop!(self.truthy(v))
                        }
                    };
                    if !b {
                        pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let b = match v.as_bool() {
                        Some(b) => b,
                        None => {
                            save_pc!();
                            tryop!(self.truthy(v))
                        }
                    };
                    if b {
                        pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = top!();
                    save_pc!();
                    if !tryop!(self.truthy(v)) {
                        pc = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = top!();
                    save_pc!();
                    if tryop!(self.truthy(v)) {
                        pc = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop!();
                    save_pc!();
                    let it = tryop!(self.get_iter(v));
                    self.stack.push(it);
                }
                Op::ForIter(t) => {
                    let it = top!();
                    if let Some(ObjKind::Generator(_)) = it.kind() {
                        save_pc!();
                        if self.gen_push_frame(it, Value::NONE) {
                            self.safepoint();
                            reload!();
                            continue;
                        }
                    }
                    if let Some(ObjKind::Iter(st)) = it.kind() {
                        let mut st = st.borrow_mut();
                        match &mut *st {
                            IterState::Range { cur, left, step } => {
                                if *left > 0 {
                                    let v = *cur;
                                    *cur = cur.wrapping_add(*step);
                                    *left -= 1;
                                    drop(st);
                                    let v = self.new_int(v);
                                    self.stack.push(v);
                                } else {
                                    drop(st);
                                    self.stack.pop();
                                    pc = t as usize;
                                }
                                if self.heap.collection_due() {
                                    save_pc!();
                                    self.collect_garbage();
                                }
                                continue;
                            }
                            IterState::Seq(seq, idx) => {
                                if let Some(ObjKind::List(l)) = seq.kind() {
                                    let l = l.borrow();
                                    if *idx < l.len() {
                                        let v = l[*idx];
                                        *idx += 1;
                                        drop(l);
                                        drop(st);
                                        self.stack.push(v);
                                    } else {
                                        drop(l);
                                        *st = IterState::Done;
                                        drop(st);
                                        self.stack.pop();
                                        pc = t as usize;
                                    }
                                    if self.heap.collection_due() {
                                        save_pc!();
                                        self.collect_garbage();
                                    }
                                    continue;
                                }
                            }
                            _ => {}
                        }
                    }
                    save_pc!();
                    let r = tryop!(self.iter_next(it));
                    match r {
                        Some(v) => self.stack.push(v),
                        None => {
                            self.stack.pop();
                            pc = t as usize;
                        }
                    }
                    if self.heap.collection_due() {
                        save_pc!();
                        self.collect_garbage();
                    }
                }
                Op::BuildTuple(n) => {
                    let at = self.stack.len() - n as usize;
                    let items = self.stack.split_off(at);
                    let t = self.new_tuple(items);
                    self.stack.push(t);
                }
                Op::BuildList(n) => {
                    let at = self.stack.len() - n as usize;
                    let items = self.stack.split_off(at);
                    let l = self.new_list(items);
                    self.stack.push(l);
                }
                Op::BuildSet(n) => {
                    let at = self.stack.len() - n as usize;
                    let items: Vec<Value> = self.stack[at..].to_vec();
                    let s = self.new_set();
                    self.stack.push(s);
                    for v in items {
                        save_pc!();
                        tryop!(self.set_add(s, v));
                    }
                    self.stack.truncate(at);
                    self.stack.push(s);
                }
                Op::BuildMap(n) => {
                    let at = self.stack.len() - 2 * n as usize;
                    let items: Vec<Value> = self.stack[at..].to_vec();
                    let d = self.new_dict();
                    self.stack.push(d);
                    for kv in items.chunks(2) {
                        save_pc!();
                        tryop!(self.dict_set(d, kv[0], kv[1]));
                    }
                    self.stack.truncate(at);
                    self.stack.push(d);
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { pop!() } else { Value::NONE };
                    let stop = pop!();
                    let start = pop!();
                    let s = self.heap.alloc(ObjKind::Slice(start, stop, step));
                    self.stack.push(s);
                }
                Op::BuildString(n) => {
                    let at = self.stack.len() - n as usize;
                    let v = self.build_string(at);
                    self.stack.push(v);
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { pop!() } else { Value::NULL };
                    let v = pop!();
                    save_pc!();
                    let r = tryop!(self.format_field(v, spec, flags));
                    self.stack.push(r);
                }
                Op::ListAppend(n) => {
                    let v = pop!();
                    let l = self.stack[self.stack.len() - n as usize - 1];
                    if let Some(ObjKind::List(l)) = l.kind() {
                        l.borrow_mut().push(v);
                    }
                }
                Op::SetAdd(n) => {
                    let v = pop!();
                    let s = self.stack[self.stack.len() - n as usize - 1];
                    save_pc!();
                    tryop!(self.set_add(s, v));
                }
                Op::MapAdd(n) => {
                    let v = pop!();
                    let k = pop!();
                    let d = self.stack[self.stack.len() - n as usize - 1];
                    save_pc!();
                    tryop!(self.dict_set(d, k, v));
                }
                Op::ListExtend => {
                    let it = top!();
                    save_pc!();
                    let items = tryop!(self.star_items(it, &|_| "Value".to_string()));
                    self.stack.pop();
                    if let Some(ObjKind::List(l)) = top!().kind() {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::SetUpdate => {
                    let it = top!();
                    save_pc!();
                    let s = self.stack[self.stack.len() - 2];
                    tryop!(self.set_update_value(s, it));
                    self.stack.pop();
                }
                Op::DictUpdate | Op::DictMerge => {
                    let m = pop!();
                    let m = crate::ops::base_of(m)
                        .filter(|b| matches!(b.kind(), Some(ObjKind::Dict(_))))
                        .unwrap_or(m);
                    let d = top!();
                    save_pc!();
                    // A user mapping becomes a dict of its items first.
                    let m = match tryop!(self.mapping_items(m)) {
                        Some(pairs) => {
                            let n = self.new_dict();
                            self.roots.push(n);
                            let mut failed = None;
                            for (k, v) in pairs {
                                if let Err(e) = self.dict_set(n, k, v) {
                                    failed = Some(e);
                                    break;
                                }
                            }
                            self.roots.pop();
                            if let Some(e) = failed {
                                return Err(e);
                            }
                            n
                        }
                        None => m,
                    };
                    if !matches!(m.kind(), Some(ObjKind::Dict(_))) {
                        let tn = self.type_name(m);
                        return self.type_error(if op == Op::DictMerge {
                            let f = self.func_str(self.stack[self.stack.len() - 4]);
                            format!("{f} argument after ** must be a mapping, not {tn}")
                        } else {
                            format!("'{tn}' object is not a mapping")
                        });
                    }
                    if op == Op::DictMerge {
                        let items = tryop!(self.dict_items(m));
                        for (k, v) in items {
                            if tryop!(self.dict_get(d, k)).is_some() {
                                let ks = tryop!(self.str_of(k));
                                let ks = ks.as_str().unwrap_or("").to_string();
                                let f = self.func_str(self.stack[self.stack.len() - 4]);
                                return self.type_error(format!(
                                    "{f} got multiple values for keyword argument '{ks}'"
                                ));
                            }
                            tryop!(self.dict_set(d, k, v));
                        }
                    } else {
                        tryop!(self.dict_update(d, m));
                    }
                }
                Op::ListToTuple => {
                    let l = pop!();
                    let items = self.seq_items(l);
                    let t = self.new_tuple(items);
                    self.stack.push(t);
                }
                Op::UnpackSequence(n) => {
                    let seq = pop!();
                    let n = n as usize;
                    let fast = match seq.kind() {
                        Some(ObjKind::Tuple(t)) if t.len() == n => Some(t.to_vec()),
                        Some(ObjKind::List(l)) if l.borrow().len() == n => Some(l.borrow().clone()),
                        _ => None,
                    };
                    let items = match fast {
                        Some(v) => v,
                        None => {
                            save_pc!();
                            let items = tryop!(self.unpack_items(seq, n + 1));
                            if items.len() != n {
                                return if items.len() > n {
                                    self.value_error(format!("too many values to unpack (expected {n})"))
                                } else {
                                    self.value_error(format!(
                                        "not enough values to unpack (expected {n}, got {})",
                                        items.len()
                                    ))
                                };
                            }
                            items
                        }
                    };
                    for v in items.into_iter().rev() {
                        self.stack.push(v);
                    }
                }
                Op::UnpackEx(before, after) => {
                    let seq = pop!();
                    save_pc!();
                    let items = tryop!(self.unpack_items(seq, usize::MAX));
                    let (b, a) = (before as usize, after as usize);
                    if items.len() < b + a {
                        return self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            items.len()
                        ));
                    }
                    let mid = items[b..items.len() - a].to_vec();
                    for v in items[items.len() - a..].iter().rev() {
                        self.stack.push(*v);
                    }
                    let l = self.new_list(mid);
                    self.stack.push(l);
                    for v in items[..b].iter().rev() {
                        self.stack.push(*v);
                    }
                }
                Op::MakeFunction(flags) => {
                    let closure = if flags & 8 != 0 { pop!() } else { Value::NULL };
                    let kwdefaults = if flags & 2 != 0 { pop!() } else { Value::NULL };
                    let defaults = if flags & 1 != 0 { pop!() } else { Value::NULL };
                    let qualname = pop!();
                    let codev = pop!();
                    let defaults = self.seq_items(defaults);
                    let closure = self.seq_items(closure);
                    let fv = self.make_function(codev, qualname, defaults, kwdefaults, closure);
                    self.stack.push(fv);
                }
                Op::Return => {
                    let v = pop!();
                    if let FrameKind::Init(_) = self.frames.last().unwrap().kind {
                        if !v.is_none() {
                            save_pc!();
                            let tn = self.type_name(v);
                            return self.type_error(format!("__init__() should return None, not '{tn}'"));
                        }
                    }
                    let frame = self.frames.pop().unwrap();
                    if let FrameKind::BinOp(bop) = frame.kind {
                        if v == self.not_implemented {
                            // `a.__op__(b)` declined: the operands sit at `ret_sp`.
                            let at = frame.ret_sp as usize;
                            self.stack.truncate(at + 2);
                            self.handlers.truncate(frame.handler_base as usize);
                            self.exc_info.truncate(frame.exc_base as usize);
                            let (a, b) = (self.stack[at], self.stack[at + 1]);
                            // The consumer's pc is saved: an error is raised there.
                            let r = self.binary_op_rest(a, b, bop)?;
                            self.stack.truncate(at);
                            self.stack.push(r);
                            reload!();
                            continue;
                        }
                    }
                    self.stack.truncate(frame.ret_sp as usize);
                    self.handlers.truncate(frame.handler_base as usize);
                    self.exc_info.truncate(frame.exc_base as usize);
                    let v = match frame.kind {
                        FrameKind::Init(inst) => inst,
                        FrameKind::Generator(g) => {
                            if let Some(ObjKind::Generator(g)) = g.kind() {
                                let mut st = g.borrow_mut();
                                st.finished = true;
                                st.running = false;
                                st.saved.clear();
                            }
                            if !frame.entry {
                                // Resumed inline: the consumer's instruction ends (its pc
                                // is saved, so an error is raised there).
                                self.gen_deliver_return(v)?;
                                reload!();
                                continue;
                            }
                            v
                        }
                        _ => v,
                    };
                    if frame.entry {
                        return Ok(v);
                    }
                    self.stack.push(v);
                    reload!();
                }
                Op::Yield => {
                    let v = pop!();
                    let frame = self.gen_suspend(pc as u32);
                    if frame.entry {
                        // Resumed by `gen_step`: its `run` returns the value.
                        self.yielded = true;
                        return Ok(v);
                    }
                    // Resumed inline: the consumer continues with the value.
                    self.gen_deliver_yield(v);
                    reload!();
                }
                Op::Send(t) => {
                    let sent = pop!();
                    let it = top!();
                    save_pc!();
                    if self.gen_push_frame(it, sent) {
                        self.safepoint();
                        reload!();
                        continue;
                    }
                    let step = tryop!(self.send_to(it, sent));
                    match step {
                        GenStep::Yield(y) => self.stack.push(y),
                        GenStep::Return(r) => {
                            self.stack.pop();
                            self.stack.push(r);
                            pc = t as usize;
                        }
                    }
                }
                Op::SetupExcept(t) => {
                    self.handlers.push(Handler {
                        pc: t,
                        height: self.stack.len() as u32,
                        exc_depth: self.exc_info.len() as u32,
                    });
                }
                Op::PopBlock => {
                    self.handlers.pop();
                }
                Op::PopExcept => {
                    let eb = self.frames.last().unwrap().exc_base as usize;
                    if self.exc_info.len() > eb {
                        self.exc_info.pop();
                    }
                }
                Op::CheckExcMatch => {
                    let t = pop!();
                    let exc = top!();
                    save_pc!();
                    let r = tryop!(self.exc_match(exc, t));
                    self.stack.push(Value::bool(r));
                }
                Op::Raise(kind) => {
                    save_pc!();
                    match kind {
                        0 => {
                            let cur = self.exc_info.last().copied();
                            return match cur {
                                Some(e) => {
                                    self.reraising = true;
                                    Err(e)
                                }
                                _ => self.err(ExcKind::RuntimeError, "No active exception to reraise"),
                            };
                        }
                        1 => {
                            let v = pop!();
                            let e = tryop!(self.make_exception(v));
                            return Err(e);
                        }
                        _ => {
                            let cause = pop!();
                            let v = pop!();
                            let e = tryop!(self.make_exception(v));
                            let c = match cause.kind() {
                                _ if cause.is_none() => Value::NONE,
                                Some(ObjKind::Class(c)) if c.is_exception => {
                                    tryop!(self.make_exception(cause))
                                }
                                Some(ObjKind::Instance(i)) if i.exc.is_some() => cause,
                                _ => {
                                    let msg = "exception causes must derive from BaseException";
                                    tryop!(self.type_error(msg))
                                }
                            };
                            self.set_cause(e, c, true);
                            return Err(e);
                        }
                    }
                }
                Op::Reraise => {
                    let e = pop!();
                    save_pc!();
                    self.reraising = true;
                    return Err(e);
                }
                Op::WithEnter => {
                    let mgr = pop!();
                    save_pc!();
                    let enter = match self.lookup_type(mgr, self.names.enter) {
                        Some(f) => f,
                        None => {
                            let tn = self.type_name(mgr);
                            return self.type_error(format!(
                                "'{tn}' object does not support the context manager protocol"
                            ));
                        }
                    };
                    let exit = match self.lookup_type(mgr, self.names.exit) {
                        Some(f) => f,
                        None => {
                            let tn = self.type_name(mgr);
                            return self.type_error(format!(
                                "'{tn}' object does not support the context manager protocol (missed __exit__ method)"
                            ));
                        }
                    };
                    let bound_exit = self.heap.alloc(ObjKind::BoundMethod(mgr, exit));
                    self.stack.push(bound_exit);
                    let r = tryop!(self.call_dunder(enter, mgr, &[]));
                    self.stack.push(r);
                }
                Op::WithExitNormal => {
                    let exit = pop!();
                    save_pc!();
                    tryop!(self.call(exit, &[Value::NONE, Value::NONE, Value::NONE], &[]));
                }
                Op::WithExitExc(t) => {
                    let exc = pop!();
                    let exit = pop!();
                    save_pc!();
                    let et = self.type_of(exc);
                    let r = tryop!(self.call(exit, &[et, exc, Value::NONE], &[]));
                    if tryop!(self.truthy(r)) {
                        let eb = self.frames.last().unwrap().exc_base as usize;
                        if self.exc_info.len() > eb {
                            self.exc_info.pop();
                        }
                        pc = t as usize;
                    } else {
                        self.reraising = true;
                        return Err(exc);
                    }
                }
                Op::LoadAssertionError => {
                    let c = self.exc_type(ExcKind::AssertionError);
                    self.stack.push(c);
                }
                Op::BuildClass(n) => {
                    save_pc!();
                    let keywords = n & crate::bytecode::CLASS_KEYWORDS != 0;
                    let top = self.stack.len() - keywords as usize;
                    let at = top - (n & 0xffff) as usize;
                    let bases: Vec<Value> = self.stack[at..top].to_vec();
                    let name = self.stack[at - 1];
                    let body = self.stack[at - 2];
                    let kwargs = if keywords { tryop!(self.dict_items(self.stack[top])) } else { Vec::new() };
                    let cls = tryop!(self.build_class(body, name, &bases, kwargs));
                    self.stack.truncate(at - 2);
                    self.stack.push(cls);
                }
                Op::ImportName(i) => {
                    save_pc!();
                    let m = tryop!(self.import_module(code.names[i as usize]));
                    self.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let m = top!();
                    save_pc!();
                    let name = code.names[i as usize];
                    let v = match m.kind() {
                        Some(ObjKind::Module(mo)) => mo.attrs.borrow().get(&name).copied(),
                        _ => None,
                    };
                    match v {
                        Some(v) => self.stack.push(v),
                        None => {
                            let mn = match m.kind() {
                                Some(ObjKind::Module(mo)) => mo.name.clone(),
                                _ => String::new(),
                            };
                            let n = self.sym_str(name).to_string();
                            let e = self.new_exc(
                                ExcKind::ImportError,
                                &format!("cannot import name '{n}' from '{mn}' (unknown location)"),
                            );
                            let (k, v) = (self.intern("name"), self.new_string(mn));
                            self.setattr_raw(e, k, v)?;
                            return Err(e);
                        }
                    }
                }
                Op::Match(k) => {
                    save_pc!();
                    tryop!(self.match_step(k));
                }
                Op::ToBool => {
                    let v = pop!();
                    save_pc!();
                    let b = tryop!(self.truthy(v));
                    self.stack.push(Value::bool(b));
                }
                Op::NotImplemented(i) => {
                    save_pc!();
                    let msg = code.consts[i as usize].as_str().unwrap_or("").to_string();
                    return self.err(ExcKind::NotImplementedError, msg);
                }
                Op::LoadClassCell => {
                    let f = self.frames.last().unwrap().func;
                    let c = match f.kind() {
                        Some(ObjKind::Function(func)) => func.class_cell.get(),
                        _ => Value::NULL,
                    };
                    if c.is_null() {
                        save_pc!();
                        return self.err(ExcKind::RuntimeError, "super(): __class__ cell not found");
                    }
                    self.stack.push(c);
                }
            }
        }
    }

    /// One step of `yield from`: sends a value into a generator or advances an iterator.
    fn send_to(&mut self, it: Value, sent: Value) -> PyResult<GenStep> {
        if let Some(ObjKind::Generator(_)) = it.kind() {
            return self.gen_resume(it, sent);
        }
        match self.iter_next(it)? {
            Some(v) => Ok(GenStep::Yield(v)),
            None => Ok(GenStep::Return(Value::NONE)),
        }
    }

    /// `except T` matching (T a class or a tuple of classes).
    pub fn exc_match(&mut self, exc: Value, t: Value) -> PyResult<bool> {
        match t.kind() {
            Some(ObjKind::Tuple(items)) => {
                for &c in items.iter() {
                    if self.exc_match(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(ObjKind::Class(c)) if c.is_exception => {
                let et = self.type_of(exc);
                Ok(self.is_subclass(et, t))
            }
            _ => self.type_error("catching classes that do not inherit from BaseException is not allowed"),
        }
    }

    /// `meta(name, bases, namespace, **kw)` for a class statement whose metaclass is a
    /// user one: the namespace becomes a dict (with `__qualname__`).
    #[allow(clippy::too_many_arguments)]
    fn call_metaclass(
        &mut self,
        meta: Value,
        plain_callable: bool,
        name: Value,
        name_s: &str,
        qualname: &str,
        bases: &[Value],
        attrs: crate::intern::SymMap<Value>,
        class_kwargs: Vec<(Sym, Value)>,
    ) -> PyResult {
        let mark = self.roots.len();
        let d = self.new_dict();
        self.push_root(d);
        let r = (|| -> PyResult {
            for (k, v) in attrs.iter() {
                let kv = self.sym_value(*k);
                self.dict_set(d, kv, *v)?;
            }
            if qualname != name_s {
                let (k, q) = (self.new_str("__qualname__"), self.new_str(qualname));
                self.dict_set(d, k, q)?;
            }
            let bt = self.new_tuple(bases.to_vec());
            self.push_root(bt);
            if plain_callable {
                return self.call(meta, &[name, bt, d], &class_kwargs);
            }
            self.metaclass_instantiate(meta, &[name, bt, d], &class_kwargs)
        })();
        self.pop_roots(mark);
        r
    }

    /// Runs a class body and creates the class.
    fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: &[Value],
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult {
        // `metaclass=`: `type`, a user metaclass (a class deriving from `type`, abc's
        // ABCMeta among them), or any other callable, called with (name, bases,
        // namespace) as CPython calls it.
        // Bases that are not classes (`list[int]`, `Generic[T]`) name their classes
        // through `__mro_entries__`.
        let mut resolved = Vec::with_capacity(bases.len());
        for &b in bases {
            if !matches!(b.kind(), Some(ObjKind::Class(_))) {
                let me = self.intern("__mro_entries__");
                if let Some(f) = self.getattr_opt(b, me)? {
                    let t = self.new_tuple(bases.to_vec());
                    let r = self.call(f, &[t], &[])?;
                    resolved.extend(self.seq_items(r));
                    continue;
                }
            }
            resolved.push(b);
        }
        let bases = resolved;
        let mut class_kwargs = Vec::new();
        let mut explicit_meta = Value::NULL;
        for (k, v) in kwargs {
            let key = k.as_str().unwrap_or("").to_string();
            if key != "metaclass" {
                let s = self.intern(&key);
                class_kwargs.push((s, v));
                continue;
            }
            if v == self.types[TypeId::Type as usize] {
                continue;
            }
            if matches!(v.kind(), Some(ObjKind::Class(c)) if c.builtin.is_none() && c.builtin_base == Some(TypeId::Type))
            {
                explicit_meta = v;
                continue;
            }
            if matches!(v.kind(), Some(ObjKind::Class(_))) {
                let mn = self.class_name(v);
                return self.type_error(format!(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases ({mn} is not a metaclass)"
                ));
            }
            explicit_meta = v;
        }
        let bases = &bases[..];
        let callable_meta =
            !explicit_meta.is_null() && !matches!(explicit_meta.kind(), Some(ObjKind::Class(_)));
        let meta =
            if callable_meta { explicit_meta } else { self.effective_metaclass(explicit_meta, bases)? };
        if !meta.is_null() && !callable_meta {
            crate::builtins::meta::check_prepare(self, meta)?;
        }
        let name_s = name.as_str().unwrap_or("?").to_string();
        let ns = self
            .heap
            .alloc(ObjKind::Module(Box::new(ModuleObj { name: name_s.clone(), attrs: Default::default() })));
        let mark = self.roots.len();
        self.push_root(meta);
        self.push_root(ns);
        // As in CPython, the namespace starts with `__module__`: the program's classes are
        // `__main__`'s, an embedded module's are that module's (the body may rebind it).
        let module = match body.kind() {
            Some(ObjKind::Function(f)) => {
                let file = &code_ref(f.code).filename;
                match file.strip_prefix(crate::stdlib::FILE_PREFIX) {
                    Some(rest) => rest.trim_end_matches(".py").to_string(),
                    None => "__main__".to_string(),
                }
            }
            _ => "__main__".to_string(),
        };
        let module = self.new_string(module);
        let key = self.intern("__module__");
        if let Some(ObjKind::Module(m)) = ns.kind() {
            m.attrs.borrow_mut().insert(key, module);
        }
        // Run the body as a frame with the namespace.
        if let Err(e) = self.run_namespace_frame(body, ns) {
            self.resolve_class_cells(ns, None);
            self.pop_roots(mark);
            return Err(e);
        }
        let qualname = match body.kind() {
            Some(ObjKind::Function(f)) => code_ref(f.code).qualname.clone(),
            _ => name_s.clone(),
        };
        let attrs = match ns.kind() {
            Some(ObjKind::Module(m)) => m.attrs.borrow().clone(),
            _ => Default::default(),
        };
        if !meta.is_null() {
            // A user metaclass makes the class: `meta(name, bases, namespace, **kw)`.
            let r = self.call_metaclass(
                meta,
                callable_meta,
                name,
                &name_s,
                &qualname,
                bases,
                attrs,
                class_kwargs,
            );
            self.resolve_class_cells(ns, r.as_ref().ok().copied());
            self.pop_roots(mark);
            return r;
        }
        self.class_kwargs = class_kwargs;
        let cls = self.create_class(&name_s, &qualname, bases, attrs);
        self.class_kwargs.clear();
        self.resolve_class_cells(ns, cls.as_ref().ok().copied());
        self.pop_roots(mark);
        cls
    }

    /// Gives the functions the class body with namespace `ns` made (and that use
    /// `super()` or `__class__`) their class, even those a decorator wrapped, and forgets
    /// them (also when the class was not made).
    fn resolve_class_cells(&mut self, ns: Value, cls: Option<Value>) {
        let cls = cls.filter(|c| matches!(c.kind(), Some(ObjKind::Class(_))));
        self.class_cell_pending.retain(|&(n, f)| {
            if n != ns {
                return true;
            }
            if let (Some(c), Some(ObjKind::Function(func))) = (cls, f.kind()) {
                if func.class_cell.get().is_null() {
                    func.class_cell.set(c);
                }
            }
            false
        });
    }
}

impl Vm {
    /// Runs module-level code whose names live in `ns` (a namespace object, as a class
    /// body's): `eval` and `exec`. Returns what the code returns.
    pub fn run_in_namespace(&mut self, code: Value, ns: Value) -> PyResult {
        let mark = self.roots.len();
        self.push_root(code);
        self.push_root(ns);
        let qualname = self.new_str("<module>");
        let body = self.make_function(code, qualname, Vec::new(), Value::NULL, Vec::new());
        self.push_root(body);
        let r = self.run_namespace_frame(body, ns);
        self.pop_roots(mark);
        r
    }

    /// Runs the function `body` (no arguments) in a frame whose names live in `ns`, as a
    /// class body's do, and returns what it returns.
    fn run_namespace_frame(&mut self, body: Value, ns: Value) -> PyResult {
        let sp = self.stack.len();
        self.stack.push(body);
        self.stack.push(Value::NULL);
        self.push_call_frame(body, sp + 2, 0, &[], sp)?;
        let fi = self.frames.len() - 1;
        self.frames[fi].kind = FrameKind::ClassBody(ns);
        self.frames[fi].entry = true;
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        r
    }
}

/// The code object payload of a code value.
#[inline(always)]
pub fn code_ref<'a>(v: Value) -> &'a CodeObj {
    match v.as_ptr() {
        // SAFETY: code values are only ever `ObjKind::Code` objects (checked below), kept
        // alive by the frame or function that references them for as long as the
        // returned reference is used (frames hold `code` as a GC root).
        Some(p) => match unsafe { &(*p).kind } {
            ObjKind::Code(c) => c,
            _ => unreachable!("not a code object"),
        },
        None => unreachable!("not a code object"),
    }
}

fn missing_msg(fname: &str, what: &str, names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => {
            let (last, rest) = quoted.split_last().unwrap();
            format!("{}, and {}", rest.join(", "), last)
        }
    };
    format!(
        "{fname}() missing {} required {what} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    )
}

#[allow(dead_code)]
fn _type_check(_: TypeId) {}

#[allow(dead_code)]
fn _int_check(v: Value) -> bool {
    as_int(&v).is_some()
}
