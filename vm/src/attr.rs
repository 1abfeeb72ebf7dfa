//! Attribute access: instances by shape, classes by MRO, descriptors, method loading,
//! class creation and built-in module import.

use std::cell::Cell;

use crate::intern::{Sym, SymMap};
use crate::object::*;
use crate::shape::DICT_SHAPE;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, TypeId, Vm};

impl Vm {
    /// `getattr(obj, name)`, filling the inline cache for instance slots.
    pub fn getattr_cached(&mut self, obj: Value, name: Sym, cache: &SiteCache) -> PyResult {
        if let Some(ObjKind::Instance(inst)) = obj.kind() {
            if self.custom_getattribute(obj).is_some() {
                return self.getattr(obj, name);
            }
            let cls_attr = self.lookup_in_class(inst.class, name);
            let is_data_desc = cls_attr.is_some_and(|a| self.is_data_descriptor(a));
            if !is_data_desc {
                if let Some(idx) = self.shapes.lookup(inst.shape.get(), name) {
                    cache_insert(
                        cache,
                        CacheEntry {
                            key: inst.class.bits(),
                            version: inst.shape.get() as u64,
                            value: self.layout_version,
                            index: idx,
                            kind: 1,
                            ..Default::default()
                        },
                    );
                    return Ok(inst.slots.borrow()[idx as usize]);
                }
            }
        }
        self.getattr(obj, name)
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: Value, name: Sym) -> PyResult {
        if let Some(f) = self.custom_getattribute(obj) {
            let n = self.sym_value(name);
            return match self.call_dunder(f, obj, &[n]) {
                // An AttributeError from `__getattribute__` falls back to `__getattr__`.
                Err(e) if self.exc_matches(e, ExcKind::AttributeError) => {
                    match self.user_dunder(obj, self.names.getattr) {
                        Some(ga) => self.call_dunder(ga, obj, &[n]),
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        self.getattr_raw(obj, name)
    }

    /// `object.__getattribute__(obj, name)`: attribute lookup without a user-defined
    /// `__getattribute__`.
    pub fn getattr_raw(&mut self, obj: Value, name: Sym) -> PyResult {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => self.attr_error(obj, name),
        }
    }

    /// `getattr(obj, name)` for the built-ins `getattr` and `hasattr`: None for a missing
    /// attribute (without building the AttributeError) unless a user-defined
    /// `__getattribute__` decides.
    pub fn getattr_or_missing(&mut self, obj: Value, name: Sym) -> PyResult<Option<Value>> {
        if self.custom_getattribute(obj).is_some() {
            return self.getattr(obj, name).map(Some);
        }
        self.getattr_opt(obj, name)
    }

    /// A `__getattribute__` defined by the class of an instance (not `object`'s).
    fn custom_getattribute(&self, obj: Value) -> Option<Value> {
        let Some(ObjKind::Instance(inst)) = obj.kind() else { return None };
        self.lookup_in_class(inst.class, self.names.getattribute).filter(|f| !self.is_object_slot(*f))
    }

    /// Raises the AttributeError CPython raises for a missing attribute.
    pub fn attr_error<T>(&mut self, obj: Value, name: Sym) -> PyResult<T> {
        let n = self.sym_str(name).to_string();
        match obj.kind() {
            Some(ObjKind::Class(c)) => {
                let cn = c.name.clone();
                let msg = format!("type object '{cn}' has no attribute '{n}'");
                self.missing_name_error(ExcKind::AttributeError, &msg, obj, name)
            }
            Some(ObjKind::Module(m)) => {
                let mn = m.name.clone();
                let msg = format!("module '{mn}' has no attribute '{n}'");
                self.missing_name_error(ExcKind::AttributeError, &msg, obj, name)
            }
            _ => {
                let tn = self.type_name(obj);
                let msg = format!("'{tn}' object has no attribute '{n}'");
                self.missing_name_error(ExcKind::AttributeError, &msg, obj, name)
            }
        }
    }

    /// Binds a class attribute found through an instance (functions become bound methods).
    fn bind_attr(&mut self, attr: Value, obj: Value) -> PyResult {
        match attr.kind() {
            Some(ObjKind::Function(_)) => Ok(self.heap.alloc(ObjKind::BoundMethod(obj, attr))),
            // A method of a built-in type binds; a built-in function (`f = len` in a class
            // body) does not, as in CPython.
            Some(ObjKind::Builtin(b)) if b.bound.is_null() && !b.owner.is_null() => {
                let (name, func) = (b.name, b.func);
                // Methods of built-in types bind the base value of a subclass instance.
                let bound = if b.recv_base { crate::ops::base_of(obj).unwrap_or(obj) } else { obj };
                let m = BuiltinObj { name, func, bound, recv_base: false, owner: Value::NULL };
                Ok(self.heap.alloc(ObjKind::Builtin(m)))
            }
            Some(ObjKind::StaticMethod(f)) => Ok(*f),
            Some(ObjKind::ClassMethod(f)) => {
                let f = *f;
                let cls = self.type_of(obj);
                Ok(self.heap.alloc(ObjKind::BoundMethod(cls, f)))
            }
            Some(ObjKind::Property(g, _, _)) => {
                let g = *g;
                if g.is_none() || g.is_null() {
                    return self.err(ExcKind::AttributeError, "unreadable attribute");
                }
                self.call(g, &[obj], &[])
            }
            Some(ObjKind::Instance(d)) => match self.lookup_in_class(d.class, self.names.get) {
                Some(get) => {
                    let cls = self.type_of(obj);
                    self.call_dunder(get, attr, &[obj, cls])
                }
                None => Ok(attr),
            },
            _ => Ok(attr),
        }
    }

    /// Whether a class attribute takes precedence over an instance attribute of the same
    /// name: a property, or an instance of a class defining `__set__` or `__delete__`.
    fn is_data_descriptor(&self, a: Value) -> bool {
        match a.kind() {
            Some(ObjKind::Property(..)) => true,
            Some(ObjKind::Instance(d)) => {
                self.lookup_in_class(d.class, self.names.set).is_some()
                    || self.lookup_in_class(d.class, self.names.delete).is_some()
            }
            _ => false,
        }
    }

    /// `getattr(obj, name)` or None when missing (other errors propagate).
    pub fn getattr_opt(&mut self, obj: Value, name: Sym) -> PyResult<Option<Value>> {
        match obj.kind() {
            Some(ObjKind::Instance(inst)) => {
                let hook = !std::mem::take(&mut self.no_getattr_hook);
                let cls = inst.class;
                let cls_attr = self.lookup_in_class(cls, name);
                if let Some(a) = cls_attr {
                    if let Some(ObjKind::Property(g, _, _)) = a.kind() {
                        let r = if g.is_none() || g.is_null() {
                            let (n, tn) = (self.sym_str(name).to_string(), self.type_name(obj));
                            let msg = format!("property '{n}' of '{tn}' object has no getter");
                            self.err(ExcKind::AttributeError, msg)
                        } else {
                            self.bind_attr(a, obj)
                        };
                        return match r {
                            // An AttributeError from the getter falls back to `__getattr__`.
                            Err(e) if self.exc_matches(e, ExcKind::AttributeError) => {
                                match self.lookup_in_class(cls, self.names.getattr).filter(|_| hook) {
                                    Some(ga) => {
                                        let n = self.sym_value(name);
                                        self.call_dunder(ga, obj, &[n]).map(Some)
                                    }
                                    None => Err(e),
                                }
                            }
                            r => r.map(Some),
                        };
                    }
                    if let Some(ObjKind::Instance(d)) = a.kind() {
                        let dcls = d.class;
                        if self.is_data_descriptor(a) {
                            if let Some(get) = self.lookup_in_class(dcls, self.names.get) {
                                return self.call_dunder(get, a, &[obj, cls]).map(Some);
                            }
                        }
                    }
                }
                if let Some(idx) = self.shapes.lookup(inst.shape.get(), name) {
                    return Ok(Some(inst.slots.borrow()[idx as usize]));
                }
                if let Some(d) = dict_of(inst) {
                    let k = self.sym_value(name);
                    if let Some(v) = self.dict_get(d, k)? {
                        return Ok(Some(v));
                    }
                }
                if let Some(e) = &inst.exc {
                    let n = self.sym_str(name);
                    let v = match n {
                        "args" => Some(e.borrow().args),
                        "__cause__" => Some(e.borrow().cause),
                        "__context__" => Some(e.borrow().context),
                        "__traceback__" => Some(Value::NONE),
                        "__suppress_context__" => Some(Value::bool(e.borrow().suppress_context)),
                        "value" if self.is_subclass(cls, self.exc_type(ExcKind::StopIteration)) => {
                            Some(self.seq_items(e.borrow().args).first().copied().unwrap_or(Value::NONE))
                        }
                        "errno" | "strerror" | "filename" | "filename2"
                            if self.is_subclass(cls, self.exc_type(ExcKind::OSError)) =>
                        {
                            Some(Value::NONE)
                        }
                        "name" | "path" | "msg"
                            if self.is_subclass(cls, self.exc_type(ExcKind::ImportError)) =>
                        {
                            if n == "msg" {
                                Some(self.seq_items(e.borrow().args).first().copied().unwrap_or(Value::NONE))
                            } else {
                                Some(Value::NONE)
                            }
                        }
                        "code" if self.is_subclass(cls, self.exc_type(ExcKind::SystemExit)) => {
                            let args = e.borrow().args;
                            let items = self.seq_items(args);
                            Some(match items.len() {
                                0 => Value::NONE,
                                1 => items[0],
                                _ => args,
                            })
                        }
                        _ => None,
                    };
                    if v.is_some() {
                        return Ok(v);
                    }
                }
                if let Some(a) = cls_attr {
                    return self.bind_attr(a, obj).map(Some);
                }
                if name == self.names.class {
                    return Ok(Some(cls));
                }
                if name == self.names.dict {
                    // Instances of a class with `__slots__` (and no "__dict__" in them)
                    // have none.
                    let slotted = matches!(cls.kind(), Some(ObjKind::Class(c)) if c.slots.as_ref().is_some_and(|s| !s.contains(&name)));
                    if !slotted {
                        return self.instance_dict(obj).map(Some);
                    }
                }
                if !inst.base.is_null() {
                    if let Some(v) = crate::builtins::builtin_attr(self, inst.base, name)? {
                        return Ok(Some(v));
                    }
                }
                if let Some(ga) = self.lookup_in_class(cls, self.names.getattr).filter(|_| hook) {
                    let n = self.sym_value(name);
                    match self.call_dunder(ga, obj, &[n]) {
                        Ok(v) => return Ok(Some(v)),
                        Err(e) if self.exc_matches(e, ExcKind::AttributeError) => return Err(e),
                        Err(e) => return Err(e),
                    }
                }
                Ok(None)
            }
            Some(ObjKind::Class(c)) => {
                // A class's own name: set on it (`cls.__name__ = ...`) or given at its
                // creation, never a base's.
                if name == self.names.name || self.sym_str(name) == "__qualname__" {
                    if let Some(&v) = c.dict.borrow().get(&name) {
                        return Ok(Some(v));
                    }
                    let s = if name == self.names.name { c.name.clone() } else { c.qualname.clone() };
                    return Ok(Some(self.new_string(s)));
                }
                if let Some(a) = self.lookup_in_class(obj, name) {
                    return Ok(Some(match a.kind() {
                        Some(ObjKind::ClassMethod(f)) => {
                            let f = *f;
                            self.heap.alloc(ObjKind::BoundMethod(obj, f))
                        }
                        Some(ObjKind::StaticMethod(f)) => *f,
                        Some(ObjKind::Instance(d)) => match self.lookup_in_class(d.class, self.names.get) {
                            Some(get) => self.call_dunder(get, a, &[Value::NONE, obj])?,
                            None => a,
                        },
                        _ => a,
                    }));
                }
                let n = self.sym_str(name);
                Ok(match n {
                    "__name__" => {
                        let s = c.name.clone();
                        Some(self.new_string(s))
                    }
                    "__qualname__" => {
                        let s = c.qualname.clone();
                        Some(self.new_string(s))
                    }
                    "__mro__" => {
                        let m = c.mro.borrow().clone();
                        Some(self.new_tuple(m))
                    }
                    "__bases__" => {
                        let mut b = c.bases.clone();
                        if b.is_empty() && c.builtin != Some(TypeId::Object) {
                            b.push(self.types[TypeId::Object as usize]);
                        }
                        Some(self.new_tuple(b))
                    }
                    "__base__" => Some(c.bases.first().copied().unwrap_or(Value::NONE)),
                    "__module__" => {
                        Some(self.new_str(if c.builtin.is_some() { "builtins" } else { "__main__" }))
                    }
                    "__class__" => Some(self.type_of(obj)),
                    "__doc__" => Some(Value::NONE),
                    "__dict__" => {
                        let d = self.new_dict();
                        let items: Vec<(Sym, Value)> =
                            c.dict.borrow().iter().map(|(k, v)| (*k, *v)).collect();
                        for (k, v) in items {
                            let kv = self.sym_value(k);
                            self.dict_set(d, kv, v)?;
                        }
                        Some(d)
                    }
                    _ => {
                        // What a user metaclass defines (methods bound to the class).
                        if let Some(a) = self.meta_attr(obj, name) {
                            return self.bind_meta_attr(a, obj).map(Some);
                        }
                        // Methods of the metaclass (`C.mro()`), bound to the class.
                        let t = self.types[TypeId::Type as usize];
                        match self.lookup_in_class(t, name) {
                            Some(a) if matches!(a.kind(), Some(ObjKind::Builtin(_))) => {
                                Some(self.bind_attr(a, obj)?)
                            }
                            _ => None,
                        }
                    }
                })
            }
            Some(ObjKind::Code(c)) => {
                // The `co_*` facts `inspect` and introspecting programs read.
                let names = |vm: &mut Vm, syms: &[Sym]| {
                    let items: Vec<Value> = syms.iter().map(|&s| vm.sym_value(s)).collect();
                    vm.new_tuple(items)
                };
                Ok(match self.sym_str(name) {
                    "co_name" => Some(self.new_str(&c.name.clone())),
                    "co_qualname" => Some(self.new_str(&c.qualname.clone())),
                    "co_filename" => Some(self.new_str(&c.filename.clone())),
                    "co_firstlineno" => Some(Value::small_int(c.first_line as i64)),
                    "co_argcount" => Some(Value::small_int(c.argcount as i64)),
                    "co_posonlyargcount" => Some(Value::small_int(c.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(Value::small_int(c.kwonlyargcount as i64)),
                    "co_nlocals" => Some(Value::small_int(c.varnames.len() as i64)),
                    "co_varnames" => Some(names(self, &c.varnames.clone())),
                    "co_names" => Some(names(self, &c.names.clone())),
                    "co_flags" => {
                        // CO_OPTIMIZED | CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR.
                        let f = &c.flags;
                        let bits =
                            3 | (f.varargs as i64) << 2 | (f.varkw as i64) << 3 | (f.generator as i64) << 5;
                        Some(Value::small_int(bits))
                    }
                    _ => None,
                })
            }
            Some(ObjKind::Module(m)) => {
                if let Some(&v) = m.attrs.borrow().get(&name) {
                    return Ok(Some(v));
                }
                if self.sym_str(name) == "__name__" {
                    let s = m.name.clone();
                    return Ok(Some(self.new_string(s)));
                }
                Ok(None)
            }
            Some(ObjKind::Function(f)) => {
                if let Some(&v) = f.attrs.borrow().get(&name) {
                    return Ok(Some(v));
                }
                let code = crate::interp::code_ref(f.code);
                let n = self.sym_str(name);
                Ok(match n {
                    "__name__" => {
                        let s = code.name.clone();
                        Some(self.new_string(s))
                    }
                    "__qualname__" => Some(f.qualname),
                    "__module__" => Some(self.new_str("__main__")),
                    "__doc__" => Some(if code.flags.class_body || code.flags.module {
                        Value::NONE
                    } else {
                        code.consts.first().copied().filter(|c| c.as_str().is_some()).unwrap_or(Value::NONE)
                    }),
                    "__defaults__" => {
                        if f.defaults.is_empty() {
                            Some(Value::NONE)
                        } else {
                            let d = f.defaults.to_vec();
                            Some(self.new_tuple(d))
                        }
                    }
                    "__kwdefaults__" => Some(if f.kwdefaults.is_null() { Value::NONE } else { f.kwdefaults }),
                    "__code__" => Some(f.code),
                    "__annotations__" => {
                        // Made on first use and kept, as CPython does.
                        let d = self.new_dict();
                        f.attrs.borrow_mut().insert(name, d);
                        Some(d)
                    }
                    "__class__" => Some(self.types[TypeId::Function as usize]),
                    "__dict__" => Some(self.new_dict()),
                    _ => {
                        let t = self.types[TypeId::Function as usize];
                        match self.lookup_in_class(t, name) {
                            Some(a) => Some(self.bind_attr(a, obj)?),
                            None => None,
                        }
                    }
                })
            }
            Some(ObjKind::ClassMethod(f)) | Some(ObjKind::StaticMethod(f)) => {
                // The wrapped function, and its `__isabstractmethod__` (abc).
                let f = *f;
                match self.sym_str(name) {
                    "__func__" | "__wrapped__" => Ok(Some(f)),
                    "__isabstractmethod__" => Ok(Some(self.getattr_opt(f, name)?.unwrap_or(Value::FALSE))),
                    _ => {
                        let t = self.type_of(obj);
                        match self.lookup_in_class(t, name) {
                            Some(a) => Ok(Some(self.bind_attr(a, obj)?)),
                            None => Ok(None),
                        }
                    }
                }
            }
            Some(ObjKind::BoundMethod(recv, f)) => {
                let (recv, f) = (*recv, *f);
                let n = self.sym_str(name);
                match n {
                    "__self__" => Ok(Some(recv)),
                    "__func__" => Ok(Some(f)),
                    _ => self.getattr_opt(f, name),
                }
            }
            Some(ObjKind::Builtin(b)) => {
                let n = self.sym_str(name);
                match n {
                    "__name__" | "__qualname__" => {
                        let s = b.name;
                        Ok(Some(self.new_str(s)))
                    }
                    "__self__" => Ok(Some(if b.bound.is_null() { Value::NONE } else { b.bound })),
                    _ => Ok(None),
                }
            }
            Some(ObjKind::Property(g, s, d)) => {
                let (g, s, d) = (*g, *s, *d);
                let n = self.sym_str(name);
                match n {
                    "fget" => Ok(Some(g)),
                    "__doc__" => {
                        if g.is_none() {
                            return Ok(Some(Value::NONE));
                        }
                        let doc = self.intern("__doc__");
                        Ok(Some(self.getattr(g, doc)?))
                    }
                    "fset" => Ok(Some(s)),
                    "fdel" => Ok(Some(d)),
                    "setter" | "getter" | "deleter" => {
                        let which = n.to_string();
                        let b = self.new_builtin(
                            match which.as_str() {
                                "setter" => "setter",
                                "getter" => "getter",
                                _ => "deleter",
                            },
                            match which.as_str() {
                                "setter" => prop_setter,
                                "getter" => prop_getter,
                                _ => prop_deleter,
                            },
                        );
                        if let Some(ObjKind::Builtin(_)) = b.kind() {}
                        let bound = self.heap.alloc(ObjKind::BoundMethod(obj, b));
                        Ok(Some(bound))
                    }
                    _ => Ok(None),
                }
            }
            Some(ObjKind::Super(cls, inst)) => {
                let (cls, inst) = (*cls, *inst);
                // `super(C, cls)` in a class method looks along `cls`'s MRO; a class that
                // is an instance of `C` (a metaclass) is bound like any instance.
                let class_style =
                    matches!(inst.kind(), Some(ObjKind::Class(_))) && self.is_subclass(inst, cls);
                let start_type = if class_style { inst } else { self.type_of(inst) };
                let mro = match start_type.kind() {
                    Some(ObjKind::Class(c)) => c.mro.borrow().clone(),
                    _ => Vec::new(),
                };
                let pos = mro.iter().position(|&m| m == cls).map(|p| p + 1).unwrap_or(mro.len());
                for &m in &mro[pos..] {
                    if let Some(ObjKind::Class(mc)) = m.kind() {
                        let found = mc.dict.borrow().get(&name).copied();
                        if let Some(a) = found {
                            if class_style {
                                return Ok(Some(match a.kind() {
                                    Some(ObjKind::ClassMethod(f)) => {
                                        let f = *f;
                                        self.heap.alloc(ObjKind::BoundMethod(inst, f))
                                    }
                                    Some(ObjKind::StaticMethod(f)) => *f,
                                    _ => a,
                                }));
                            }
                            return self.bind_attr(a, inst).map(Some);
                        }
                    }
                }
                Ok(None)
            }
            _ => {
                // Built-in kinds: methods and attributes from the type's namespace.
                let t = self.type_of(obj);
                if let Some(a) = self.lookup_in_class(t, name) {
                    return self.bind_attr(a, obj).map(Some);
                }
                if name == self.names.class {
                    return Ok(Some(t));
                }
                crate::builtins::builtin_attr(self, obj, name)
            }
        }
    }

    /// `LoadMethod`: (function, receiver) without allocating when possible, otherwise
    /// (attribute, null).
    pub fn load_method(&mut self, obj: Value, name: Sym, cache: &SiteCache) -> PyResult<(Value, Value)> {
        match obj.kind() {
            Some(ObjKind::Instance(_)) if self.custom_getattribute(obj).is_some() => {}
            Some(ObjKind::Instance(inst)) => {
                let shape = inst.shape.get();
                if let Some(m) = probe_method(cache, inst.class.bits(), self.type_version, shape) {
                    return Ok((m, obj));
                }
                if let Some(d) = dict_of(inst) {
                    let k = self.sym_value(name);
                    if let Some(v) = self.dict_get(d, k)? {
                        return Ok((v, Value::NULL));
                    }
                }
                if shape != DICT_SHAPE {
                    if let Some(a) = self.instance_method(obj, name) {
                        {
                            // The class (and so the function) stays alive while the entry is
                            // valid: any change to a class namespace bumps `type_version`.
                            cache_insert(
                                cache,
                                CacheEntry {
                                    key: inst.class.bits(),
                                    version: self.type_version,
                                    value: a.bits(),
                                    shape,
                                    index: 0,
                                    kind: 2,
                                    misses: 0,
                                },
                            );
                            return Ok((a, obj));
                        }
                    }
                }
            }
            Some(ObjKind::Class(_)) | Some(ObjKind::Module(_)) | Some(ObjKind::Super(..)) => {}
            _ => {
                let t = self.type_of(obj);
                // Built-in receivers have no shape: the method cache keys on shape 0.
                if let Some(m) = probe_method(cache, t.bits(), self.type_version, 0) {
                    return Ok((m, obj));
                }
                if let Some(a) = self.lookup_in_class(t, name) {
                    if let Some(ObjKind::Builtin(b)) = a.kind() {
                        if b.bound.is_null() {
                            cache_insert(
                                cache,
                                CacheEntry {
                                    key: t.bits(),
                                    version: self.type_version,
                                    value: a.bits(),
                                    shape: 0,
                                    index: 0,
                                    kind: 2,
                                    misses: 0,
                                },
                            );
                            return Ok((a, obj));
                        }
                    }
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((v, Value::NULL))
    }

    /// The function `LoadMethod` pushes with the instance `obj` for `name` (what its cache
    /// holds): a plain function found on the class, when the instance has neither a dict
    /// nor a slot of that name, nor a custom `__getattribute__`. The answer depends only
    /// on the instance's class and shape and on `type_version`.
    pub fn instance_method(&self, obj: Value, name: Sym) -> Option<Value> {
        let Some(ObjKind::Instance(inst)) = obj.kind() else { return None };
        let shape = inst.shape.get();
        if shape == DICT_SHAPE
            || self.shapes.lookup(shape, name).is_some()
            || self.custom_getattribute(obj).is_some()
        {
            return None;
        }
        self.lookup_in_class(inst.class, name).filter(|a| matches!(a.kind(), Some(ObjKind::Function(_))))
    }

    /// `setattr(obj, name, v)` filling the inline cache.
    pub fn setattr_cached(&mut self, obj: Value, name: Sym, v: Value, cache: &SiteCache) -> PyResult<()> {
        if let Some(ObjKind::Instance(inst)) = obj.kind() {
            let cls_attr = self.lookup_in_class(inst.class, name);
            let custom =
                self.lookup_in_class(inst.class, self.names.setattr).filter(|f| !self.is_object_slot(*f));
            if !cls_attr.is_some_and(|a| self.is_data_descriptor(a))
                && custom.is_none()
                && name != self.names.dict
            {
                if let Some(idx) = self.shapes.lookup(inst.shape.get(), name) {
                    cache_insert(
                        cache,
                        CacheEntry {
                            key: inst.class.bits(),
                            version: inst.shape.get() as u64,
                            value: self.layout_version,
                            index: idx,
                            kind: 1,
                            ..Default::default()
                        },
                    );
                    inst.slots.borrow_mut()[idx as usize] = v;
                    return Ok(());
                }
                // A new attribute: remember the shape transition for this class.
                let old_shape = inst.shape.get();
                let slots_before = inst.slots.borrow().len();
                let is_slotted = matches!(inst.class.kind(), Some(ObjKind::Class(c)) if c.slots.is_some());
                self.store_instance_attr(obj, name, v)?;
                let new_shape = inst.shape.get();
                if !is_slotted && inst.slots.borrow().len() == slots_before + 1 && new_shape != old_shape {
                    cache_insert(
                        cache,
                        CacheEntry {
                            key: inst.class.bits(),
                            version: self.type_version,
                            value: new_shape as u64,
                            shape: old_shape,
                            index: slots_before as u32,
                            kind: 3,
                            misses: 0,
                        },
                    );
                }
                return Ok(());
            }
        }
        self.setattr(obj, name, v)
    }

    /// `object.__setattr__(obj, name, v)`: data descriptors (properties, `__set__`) of
    /// the class, then the instance's own attributes; no user-defined `__setattr__`.
    pub fn setattr_raw(&mut self, obj: Value, name: Sym, v: Value) -> PyResult<()> {
        if let Some(ObjKind::Instance(inst)) = obj.kind() {
            let cls = inst.class;
            if let Some(a) = self.lookup_in_class(cls, name) {
                if let Some(ObjKind::Property(_, s, _)) = a.kind() {
                    let s = *s;
                    if s.is_none() || s.is_null() {
                        let n = self.sym_str(name).to_string();
                        let tn = self.type_name(obj);
                        return self.err(
                            ExcKind::AttributeError,
                            format!("property '{n}' of '{tn}' object has no setter"),
                        );
                    }
                    self.call(s, &[obj, v], &[])?;
                    return Ok(());
                }
                if let Some(ObjKind::Instance(d)) = a.kind() {
                    if let Some(set) = self.lookup_in_class(d.class, self.names.set) {
                        self.call_dunder(set, a, &[obj, v])?;
                        return Ok(());
                    }
                }
            }
            if name == self.names.dict {
                // `self.__dict__ = shared`: the dict becomes the instance's storage.
                if !matches!(v.kind(), Some(ObjKind::Dict(_))) {
                    let tn = self.type_name(v);
                    return self.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'"));
                }
                *inst.slots.borrow_mut() = vec![v];
                inst.shape.set(DICT_SHAPE);
                return Ok(());
            }
        }
        self.store_instance_attr(obj, name, v)
    }

    /// `setattr(obj, name, v)`.
    pub fn setattr(&mut self, obj: Value, name: Sym, v: Value) -> PyResult<()> {
        match obj.kind() {
            Some(ObjKind::Instance(inst)) => {
                if let Some(f) = self.lookup_in_class(inst.class, self.names.setattr) {
                    if !self.is_object_slot(f) {
                        let n = self.sym_value(name);
                        self.call_dunder(f, obj, &[n, v])?;
                        return Ok(());
                    }
                }
                self.setattr_raw(obj, name, v)
            }
            Some(ObjKind::Class(c)) => {
                // A class-level check (`enum` refuses to rebind a member), before the store.
                if let Some(f) = self.class_hook(obj, "__class_setattr__") {
                    let n = self.sym_value(name);
                    self.call(f, &[obj, n, v], &[])?;
                }
                c.dict.borrow_mut().insert(name, v);
                self.type_version += 1;
                let n = &self.names;
                if self.is_data_descriptor(v) || [n.getattribute, n.setattr, n.set, n.delete].contains(&name)
                {
                    // Instance attributes of this name (or of any name) may now go
                    // through the class: slot caches filled before must miss.
                    self.layout_version += 1;
                }
                Ok(())
            }
            Some(ObjKind::Function(f)) => {
                if matches!(
                    self.sym_str(name),
                    "__defaults__" | "__kwdefaults__" | "__code__" | "__closure__"
                ) {
                    let n = self.sym_str(name).to_string();
                    return self.err(
                        ExcKind::NotImplementedError,
                        format!("assigning a function's {n} is not supported ({}:{})", file!(), line!()),
                    );
                }
                f.attrs.borrow_mut().insert(name, v);
                Ok(())
            }
            Some(ObjKind::Module(m)) => {
                m.attrs.borrow_mut().insert(name, v);
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                let n = self.sym_str(name).to_string();
                self.err(ExcKind::AttributeError, format!("'{tn}' object has no attribute '{n}'"))
            }
        }
    }

    /// Stores an instance attribute directly (`object.__setattr__`).
    pub fn store_instance_attr(&mut self, obj: Value, name: Sym, v: Value) -> PyResult<()> {
        let inst = match obj.kind() {
            Some(ObjKind::Instance(i)) => i,
            _ => {
                let tn = self.type_name(obj);
                let n = self.sym_str(name).to_string();
                return self.err(ExcKind::AttributeError, format!("'{tn}' object has no attribute '{n}'"));
            }
        };
        if let Some(e) = &inst.exc {
            // The exception state the traceback printer and `str()` read.
            match self.sym_str(name) {
                "__cause__" | "__context__"
                    if !v.is_none() && !matches!(v.kind(), Some(ObjKind::Instance(x)) if x.exc.is_some()) =>
                {
                    let which = self.sym_str(name).to_string();
                    let what = if which == "__cause__" { "exception cause" } else { "exception context" };
                    return self.type_error(format!("{what} must be None or derive from BaseException"));
                }
                "__cause__" => {
                    let mut e = e.borrow_mut();
                    e.cause = v;
                    e.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    e.borrow_mut().context = v;
                    return Ok(());
                }
                "__suppress_context__" => {
                    let b = self.truthy(v)?;
                    e.borrow_mut().suppress_context = b;
                    return Ok(());
                }
                "args" => {
                    let items = self.collect_iter(v)?;
                    let t = self.new_tuple(items);
                    e.borrow_mut().args = t;
                    return Ok(());
                }
                _ => {}
            }
        }
        if name == self.names.class {
            if v.bits() == inst.class.bits() {
                return Ok(());
            }
            return self.err(
                ExcKind::NotImplementedError,
                format!("assigning __class__ is not supported ({}:{})", file!(), line!()),
            );
        }
        if let Some(idx) = self.shapes.lookup(inst.shape.get(), name) {
            inst.slots.borrow_mut()[idx as usize] = v;
            return Ok(());
        }
        if let Some(ObjKind::Class(c)) = inst.class.kind() {
            // Plain `object()` instances have no `__dict__`.
            let no_dict = c.builtin == Some(TypeId::Object);
            if no_dict || c.slots.as_ref().is_some_and(|s| !s.contains(&name)) {
                let tn = c.name.clone();
                let n = self.sym_str(name).to_string();
                return self.err(ExcKind::AttributeError, format!("'{tn}' object has no attribute '{n}'"));
            }
        }
        if let Some(d) = dict_of(inst) {
            let k = self.sym_value(name);
            return self.dict_set(d, k, v);
        }
        let new_shape = self.shapes.add(inst.shape.get(), name);
        let n = {
            let mut slots = inst.slots.borrow_mut();
            slots.push(v);
            slots.len() as u32
        };
        inst.shape.set(new_shape);
        if let Some(ObjKind::Class(c)) = inst.class.kind() {
            if n > c.slot_hint.get() && n <= 64 {
                c.slot_hint.set(n);
            }
        }
        Ok(())
    }

    /// The `__dict__` of an instance: its attributes move into a real dict, which stays
    /// the instance's storage from then on (so `self.__dict__.update(...)` is seen).
    pub fn instance_dict(&mut self, obj: Value) -> PyResult {
        let Some(ObjKind::Instance(inst)) = obj.kind() else {
            return self.attr_error(obj, self.names.dict);
        };
        if let Some(d) = dict_of(inst) {
            return Ok(d);
        }
        let d = self.new_dict();
        self.push_root(d);
        let names = self.shapes.names(inst.shape.get()).to_vec();
        let vals = inst.slots.borrow().clone();
        for (n, v) in names.into_iter().zip(vals) {
            let k = self.sym_value(n);
            if let Err(e) = self.dict_set(d, k, v) {
                self.roots.pop();
                return Err(e);
            }
        }
        self.roots.pop();
        *inst.slots.borrow_mut() = vec![d];
        inst.shape.set(DICT_SHAPE);
        Ok(d)
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: Value, name: Sym) -> PyResult<()> {
        if let Some(ObjKind::Instance(inst)) = obj.kind() {
            if let Some(f) = self.lookup_in_class(inst.class, self.names.delattr) {
                if !self.is_object_slot(f) {
                    let n = self.sym_value(name);
                    self.call_dunder(f, obj, &[n])?;
                    return Ok(());
                }
            }
        }
        self.delattr_raw(obj, name)
    }

    /// `object.__delattr__(obj, name)`: `delattr` without a user `__delattr__`.
    pub fn delattr_raw(&mut self, obj: Value, name: Sym) -> PyResult<()> {
        match obj.kind() {
            Some(ObjKind::Instance(inst)) => {
                if let Some(a) = self.lookup_in_class(inst.class, name) {
                    if let Some(ObjKind::Property(_, _, d)) = a.kind() {
                        let d = *d;
                        if !d.is_none() && !d.is_null() {
                            self.call(d, &[obj], &[])?;
                            return Ok(());
                        }
                        let (n, tn) = (self.sym_str(name).to_string(), self.type_name(obj));
                        let msg = format!("property '{n}' of '{tn}' object has no deleter");
                        return self.err(ExcKind::AttributeError, msg);
                    }
                    if let Some(ObjKind::Instance(d)) = a.kind() {
                        if let Some(del) = self.lookup_in_class(d.class, self.names.delete) {
                            self.call_dunder(del, a, &[obj])?;
                            return Ok(());
                        }
                    }
                }
                if let Some(d) = dict_of(inst) {
                    let k = self.sym_value(name);
                    return match self.dict_del(d, k)? {
                        Some(_) => Ok(()),
                        None => self.attr_error(obj, name),
                    };
                }
                match self.shapes.lookup(inst.shape.get(), name) {
                    Some(idx) => {
                        let mut names = self.shapes.names(inst.shape.get()).to_vec();
                        names.remove(idx as usize);
                        let ns = self.shapes.from_names(&names);
                        inst.slots.borrow_mut().remove(idx as usize);
                        inst.shape.set(ns);
                        Ok(())
                    }
                    None => self.attr_error(obj, name),
                }
            }
            Some(ObjKind::Class(c)) => {
                if let Some(f) = self.class_hook(obj, "__class_delattr__") {
                    let n = self.sym_value(name);
                    self.call(f, &[obj, n], &[])?;
                }
                if c.dict.borrow_mut().shift_remove(&name).is_none() {
                    return self.attr_error(obj, name);
                }
                self.type_version += 1;
                Ok(())
            }
            Some(ObjKind::Module(m)) => match m.attrs.borrow_mut().shift_remove(&name) {
                Some(_) => Ok(()),
                None => {
                    let n = self.sym_str(name).to_string();
                    self.err(ExcKind::AttributeError, format!("'module' object has no attribute '{n}'"))
                }
            },
            Some(ObjKind::Function(f)) => match f.attrs.borrow_mut().shift_remove(&name) {
                Some(_) => Ok(()),
                None => self.attr_error(obj, name),
            },
            _ => self.attr_error(obj, name),
        }
    }

    /// `name` in a user metaclass's MRO, before `type` (None for `type` itself).
    pub fn meta_lookup(&mut self, meta: Value, name: Sym) -> Option<Value> {
        let mro = match meta.kind() {
            Some(ObjKind::Class(c)) => c.mro.borrow().clone(),
            _ => return None,
        };
        let ty = self.types[TypeId::Type as usize];
        for m in mro {
            if m == ty {
                return None;
            }
            if let Some(ObjKind::Class(mc)) = m.kind() {
                if let Some(&a) = mc.dict.borrow().get(&name) {
                    return Some(a);
                }
            }
        }
        None
    }

    /// An attribute a class gets from its user metaclass (`cls.method()` defined on the
    /// metaclass), if it has one.
    pub fn meta_attr(&mut self, cls: Value, name: Sym) -> Option<Value> {
        let meta = match cls.kind() {
            Some(ObjKind::Class(c)) => c.meta.get(),
            _ => return None,
        };
        if meta.is_null() {
            return None;
        }
        self.meta_lookup(meta, name)
    }

    /// Binds what `meta_attr` found to the class: functions become methods of the class,
    /// properties are read, class methods bind to the metaclass.
    pub fn bind_meta_attr(&mut self, a: Value, cls: Value) -> PyResult {
        let meta = self.type_of(cls);
        Ok(match a.kind() {
            Some(ObjKind::Function(_)) => self.heap.alloc(ObjKind::BoundMethod(cls, a)),
            Some(ObjKind::Property(g, _, _)) => {
                let g = *g;
                if g.is_none() {
                    let n = self.class_name(cls);
                    return self
                        .err(ExcKind::AttributeError, format!("property of '{n}' object has no getter"));
                }
                self.call(g, &[cls], &[])?
            }
            Some(ObjKind::ClassMethod(f)) => {
                let f = *f;
                self.heap.alloc(ObjKind::BoundMethod(meta, f))
            }
            Some(ObjKind::StaticMethod(f)) => *f,
            _ => a,
        })
    }

    /// Creates a class from its namespace (computing the C3 MRO).
    pub fn create_class(
        &mut self,
        name: &str,
        qualname: &str,
        bases: &[Value],
        mut attrs: SymMap<Value>,
    ) -> PyResult {
        // The metaclass: the one `type.__new__` was given, or else the most derived among
        // the bases' (null: `type`).
        let mut meta = std::mem::replace(&mut self.class_meta, Value::NULL);
        if meta.is_null() {
            for &b in bases {
                if let Some(ObjKind::Class(bc)) = b.kind() {
                    let m = bc.meta.get();
                    if !m.is_null() && (meta.is_null() || self.is_subclass(m, meta)) {
                        meta = m;
                    }
                }
            }
        }
        // A class that defines `__eq__` without `__hash__` is unhashable, whatever its
        // bases define (CPython sets its `__hash__` to None).
        if attrs.contains_key(&self.names.eq) && !attrs.contains_key(&self.names.hash) {
            attrs.insert(self.names.hash, Value::NONE);
        }
        let object = self.types[TypeId::Object as usize];
        let mut is_exception = false;
        let mut builtin_base = None;
        let mut inherited_slots: Option<Vec<Sym>> = None;
        for &b in bases {
            match b.kind() {
                Some(ObjKind::Class(bc)) => {
                    is_exception |= bc.is_exception;
                    let t = bc.builtin.filter(|&t| t != TypeId::Object).or(bc.builtin_base);
                    match (builtin_base, t) {
                        (Some(b), Some(t)) if b != t && b != TypeId::Object && t != TypeId::Object => {
                            return self.type_error("multiple bases have instance lay-out conflict");
                        }
                        (None | Some(TypeId::Object), Some(t)) => builtin_base = Some(t),
                        _ => {}
                    }
                    if let Some(s) = &bc.slots {
                        inherited_slots.get_or_insert_with(Vec::new).extend(s.iter().copied());
                    }
                }
                _ => {
                    return self.type_error("bases must be types");
                }
            }
        }
        if let Some(t) = builtin_base.filter(|&t| t != TypeId::Object) {
            let tn = self.class_name(self.types[t as usize]);
            if is_exception {
                return self.type_error("multiple bases have instance lay-out conflict");
            }
            if matches!(t, TypeId::Bytes) {
                return self.err(
                    ExcKind::NotImplementedError,
                    format!("subclassing the built-in type '{tn}' is not supported"),
                );
            }
            // `class M(type)`: a metaclass, whose instances are classes.
            if t != TypeId::Type && !crate::builtins::is_subclassable(t) {
                return self.type_error(format!("type '{tn}' is not an acceptable base type"));
            }
        }
        // `__new__` is a static method even without the decorator. A class with its own
        // `__new__` is marked with the built-in base `object`: instantiation then takes
        // the path that calls `__new__`.
        if let Some(&f) = attrs.get(&self.names.new) {
            if let Some(ObjKind::Function(_)) = f.kind() {
                let sm = self.heap.alloc(ObjKind::StaticMethod(f));
                attrs.insert(self.names.new, sm);
            }
            builtin_base.get_or_insert(TypeId::Object);
        }
        // `__init_subclass__` is a class method even without the decorator.
        if let Some(&f) = attrs.get(&self.names.init_subclass) {
            if let Some(ObjKind::Function(_)) = f.kind() {
                let cm = self.heap.alloc(ObjKind::ClassMethod(f));
                attrs.insert(self.names.init_subclass, cm);
            }
        }
        // __slots__
        let mut slots = None;
        if let Some(&sv) = attrs.get(&self.names.slots) {
            let names: Vec<Value> = match sv.kind() {
                Some(ObjKind::Str(_)) => vec![sv],
                _ => self.collect_iter(sv)?,
            };
            let mut syms = inherited_slots.clone().unwrap_or_default();
            for n in names {
                if let Some(s) = n.as_str() {
                    let s = crate::compiler::mangle(Some(name), s).into_owned();
                    syms.push(self.intern(&s));
                }
            }
            // A base whose instances have a `__dict__` gives one to these too.
            let base_has_dict = bases.iter().any(
                |b| matches!(b.kind(), Some(ObjKind::Class(c)) if c.builtin.is_none() && c.slots.is_none() && !c.is_exception),
            );
            slots = if base_has_dict { None } else { Some(syms) };
        } else if bases.iter().all(|b| matches!(b.kind(), Some(ObjKind::Class(c)) if c.slots.is_some() || c.builtin == Some(TypeId::Object))) && inherited_slots.is_some() {
            // A subclass without __slots__ gets a __dict__ again.
            slots = None;
        }
        // Calls of a class whose metaclass defines `__call__` take the general path
        // (the one a user `__new__` takes), where `instantiate` calls it.
        if !meta.is_null()
            && builtin_base != Some(TypeId::Type)
            && self.meta_lookup(meta, self.names.call).is_some()
        {
            builtin_base.get_or_insert(TypeId::Object);
        }
        let bases_v: Vec<Value> = if bases.is_empty() { vec![object] } else { bases.to_vec() };
        let mro = match self.c3_mro(&bases_v) {
            Ok(m) => m,
            Err(heads) => {
                let names: Vec<String> = heads.iter().map(|&h| self.class_name(h)).collect();
                return self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        };
        let cls = self.heap.alloc(ObjKind::Class(Box::new(ClassObj {
            name: name.to_string(),
            qualname: qualname.to_string(),
            bases: bases_v,
            mro: std::cell::RefCell::new(Vec::new()),
            dict: std::cell::RefCell::new(attrs),
            builtin: None,
            is_exception,
            slots,
            builtin_base,
            lookup_cache: Default::default(),
            lookup_version: Cell::new(u64::MAX),
            slot_hint: Cell::new(0),
            meta: Cell::new(meta),
            serial: {
                self.class_serial += 1;
                self.class_serial
            },
        })));
        if let Some(ObjKind::Class(c)) = cls.kind() {
            let mut full = vec![cls];
            full.extend(mro);
            *c.mro.borrow_mut() = full;
            // Functions defined in the body learn their class (zero-argument super()).
            for v in c.dict.borrow().values() {
                let f = match v.kind() {
                    Some(ObjKind::StaticMethod(f)) | Some(ObjKind::ClassMethod(f)) => *f,
                    Some(ObjKind::Property(g, s, d)) => {
                        for x in [*g, *s, *d] {
                            if let Some(ObjKind::Function(func)) = x.kind() {
                                func.class_cell.set(cls);
                            }
                        }
                        continue;
                    }
                    _ => *v,
                };
                if let Some(ObjKind::Function(func)) = f.kind() {
                    func.class_cell.set(cls);
                }
            }
        }
        self.type_version += 1;
        self.push_root(cls);
        let r = self.finish_class(cls);
        self.roots.pop();
        r.map(|_| cls)
    }

    /// Calls `__set_name__` of the descriptors in a new class's namespace, then the
    /// `__init_subclass__` of its parent.
    fn finish_class(&mut self, cls: Value) -> PyResult<()> {
        let kwargs = std::mem::take(&mut self.class_kwargs);
        let Some(ObjKind::Class(c)) = cls.kind() else { return Ok(()) };
        let items: Vec<(Sym, Value)> = c.dict.borrow().iter().map(|(k, v)| (*k, *v)).collect();
        for (k, v) in items {
            if let Some(ObjKind::Instance(d)) = v.kind() {
                if let Some(f) = self.lookup_in_class(d.class, self.names.set_name) {
                    let kv = self.sym_value(k);
                    self.call_dunder(f, v, &[cls, kv])?;
                }
            }
        }
        // `super().__init_subclass__`: the first class after this one in its MRO that
        // defines it (`class S(str, Enum)` reaches Enum's past str).
        let mro: Vec<Value> = c.mro.borrow().iter().skip(1).copied().collect();
        let init_sub = mro.iter().find_map(|&k| match k.kind() {
            Some(ObjKind::Class(kc)) => kc.dict.borrow().get(&self.names.init_subclass).copied(),
            _ => None,
        });
        let user_defined = init_sub
            .is_some_and(|f| matches!(f.kind(), Some(ObjKind::Function(_) | ObjKind::ClassMethod(_))));
        if !user_defined && !kwargs.is_empty() {
            // object.__init_subclass__ takes no keyword arguments.
            let q = c.qualname.clone();
            return self.type_error(format!("{q}.__init_subclass__() takes no keyword arguments"));
        }
        let Some(init_sub) = init_sub else { return Ok(()) };
        self.class_being_finished = c.qualname.clone();
        match init_sub.kind() {
            Some(ObjKind::Function(_)) => {
                self.call(init_sub, &[cls], &kwargs)?;
            }
            Some(ObjKind::ClassMethod(f)) => {
                let f = *f;
                self.call(f, &[cls], &kwargs)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// C3 linearization of the bases (without the class itself).
    /// On failure: the heads of the sequences left to merge (CPython names them).
    fn c3_mro(&self, bases: &[Value]) -> Result<Vec<Value>, Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases
            .iter()
            .map(|b| match b.kind() {
                Some(ObjKind::Class(c)) => c.mro.borrow().clone(),
                _ => vec![*b],
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = s[0];
                if seqs.iter().all(|t| !t[1..].contains(&cand)) {
                    found = Some(cand);
                    break;
                }
            }
            let Some(c) = found else {
                let mut heads: Vec<Value> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                return Err(heads);
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// ModuleNotFoundError for `name`, with its `name` attribute.
    fn module_not_found<T>(&mut self, name: &str) -> PyResult<T> {
        let e = self.new_exc(ExcKind::ModuleNotFoundError, &format!("No module named '{name}'"));
        let (k, v) = (self.intern("name"), self.new_str(name));
        self.setattr_raw(e, k, v)?;
        Err(e)
    }

    /// `import name` of a built-in module.
    pub fn import_module(&mut self, name: Sym) -> PyResult {
        if let Some(&m) = self.modules.get(&name) {
            return Ok(m);
        }
        let n = self.sym_str(name).to_string();
        if let Some((parent, child)) = n.rsplit_once('.') {
            // `a.b`: the package first, then the submodule, bound as its attribute.
            let p = self.intern(parent);
            let pm = self.import_module(p)?;
            let sub = match crate::stdlib::source(&n) {
                Some(src) => self.import_python_module(name, src)?,
                None => return self.module_not_found(&n),
            };
            let c = self.intern(child);
            if let Some(ObjKind::Module(m)) = pm.kind() {
                m.attrs.borrow_mut().insert(c, sub);
            }
            return Ok(sub);
        }
        match crate::builtins::make_module(self, &n) {
            Some(m) => {
                self.modules.insert(name, m);
                Ok(m)
            }
            None if crate::stdlib::source(&n).is_some() => {
                let src = crate::stdlib::source(&n).unwrap_or_default();
                self.import_python_module(name, src)
            }
            None if STDLIB_MODULES.contains(&n.as_str()) => self.err(
                ExcKind::NotImplementedError,
                format!(
                    "the standard library module '{n}' is not supported (Kiln has math, sys, random, {})",
                    crate::stdlib::names().collect::<Vec<_>>().join(", ")
                ),
            ),
            None => self.module_not_found(&n),
        }
    }
}

fn prop_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult {
    if args.len() != 2 {
        return vm.type_error("property method takes exactly one argument");
    }
    let (p, f) = (args[0], args[1]);
    let (g, s, d) = match p.kind() {
        Some(ObjKind::Property(g, s, d)) => (*g, *s, *d),
        _ => return vm.type_error("descriptor requires a property"),
    };
    let parts = match which {
        0 => (f, s, d),
        1 => (g, f, d),
        _ => (g, s, f),
    };
    Ok(vm.heap.alloc(ObjKind::Property(parts.0, parts.1, parts.2)))
}

fn prop_getter(vm: &mut Vm, args: &[Value], _kw: &[(Sym, Value)]) -> PyResult {
    prop_with(vm, args, 0)
}

fn prop_setter(vm: &mut Vm, args: &[Value], _kw: &[(Sym, Value)]) -> PyResult {
    prop_with(vm, args, 1)
}

fn prop_deleter(vm: &mut Vm, args: &[Value], _kw: &[(Sym, Value)]) -> PyResult {
    prop_with(vm, args, 2)
}

/// The public names of CPython 3.11's `sys.stdlib_module_names`: importing one Kiln does not
/// provide is "not supported", not "not found".
const STDLIB_MODULES: &[&str] = &[
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// The dict holding an instance's attributes once its `__dict__` was taken.
fn dict_of(inst: &InstanceObj) -> Option<Value> {
    if inst.shape.get() == DICT_SHAPE {
        inst.slots.borrow().first().copied()
    } else {
        None
    }
}
