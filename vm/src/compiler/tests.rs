//! Tests of the compiler: every construct compiles and passes the stack checker, exact
//! errors for bad input, no panics on odd input, exact disassembly of small functions.

use super::*;
use crate::bytecode::{Const, Op};
use crate::dis::{disassemble, jump_target};

/// Structural checks on one code unit and, recursively, its nested code units.
fn verify(code: &CodeUnit) -> Result<(), String> {
    max_stack_depth(code)?;
    let n = code.ops.len();
    let nlocals = code.varnames.len();
    if code.lines.len() != n {
        return Err(format!("{}: lines/ops length mismatch", code.qualname));
    }
    if code.nfree as usize > nlocals {
        return Err(format!("{}: nfree > nlocals", code.qualname));
    }
    if code.nparams() > nlocals {
        return Err(format!("{}: more params than locals", code.qualname));
    }
    if code.posonlyargcount > code.argcount {
        return Err(format!("{}: posonly > argcount", code.qualname));
    }
    for &c in &code.cellvars {
        if c as usize >= nlocals - code.nfree as usize {
            return Err(format!("{}: cell slot {c} out of range", code.qualname));
        }
    }
    let mut caches = vec![false; code.ncaches as usize];
    for (pc, op) in code.ops.iter().enumerate() {
        let cache = match *op {
            Op::LoadGlobal(_, c)
            | Op::LoadAttr(_, c)
            | Op::StoreAttr(_, c)
            | Op::LoadMethod(_, c)
            | Op::BinaryOp(_, c)
            | Op::InplaceOp(_, c) => Some(c),
            _ => None,
        };
        if let Some(c) = cache {
            match caches.get_mut(c as usize) {
                Some(used) if !*used => *used = true,
                _ => return Err(format!("{}: bad or reused cache index at {pc}", code.qualname)),
            }
        }
        let name = match *op {
            Op::LoadGlobal(i, _)
            | Op::StoreGlobal(i)
            | Op::DeleteGlobal(i)
            | Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i, _)
            | Op::StoreAttr(i, _)
            | Op::DeleteAttr(i)
            | Op::LoadMethod(i, _)
            | Op::ImportName(i)
            | Op::ImportFrom(i) => Some(i),
            _ => None,
        };
        if let Some(i) = name {
            if i as usize >= code.names.len() {
                return Err(format!("{}: bad name index at {pc}", code.qualname));
            }
        }
        match *op {
            Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i)
                if i as usize >= nlocals - code.nfree as usize || code.cellvars.contains(&i) =>
            {
                return Err(format!("{}: bad fast slot at {pc}", code.qualname));
            }
            Op::LoadDeref(i) | Op::StoreDeref(i) | Op::DeleteDeref(i) | Op::LoadClosure(i) => {
                let free = i as usize >= nlocals - code.nfree as usize && (i as usize) < nlocals;
                if !free && !code.cellvars.contains(&i) {
                    return Err(format!("{}: bad deref slot at {pc}", code.qualname));
                }
            }
            Op::LoadConst(i) | Op::NotImplemented(i) | Op::CallKw(_, i)
                if i as usize >= code.consts.len() =>
            {
                return Err(format!("{}: bad const index at {pc}", code.qualname));
            }
            Op::LoadClassCell if !code.flags.needs_class_cell => {
                return Err(format!("{}: LoadClassCell without flag", code.qualname));
            }
            Op::Yield if !code.flags.generator => {
                return Err(format!("{}: Yield outside a generator", code.qualname));
            }
            _ => {}
        }
        if let Some(t) = jump_target(*op) {
            if t as usize >= n {
                return Err(format!("{}: jump out of range at {pc}", code.qualname));
            }
        }
    }
    if caches.iter().any(|u| !u) {
        return Err(format!("{}: unused cache index", code.qualname));
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

#[track_caller]
fn compile_ok(src: &str) -> CodeUnit {
    let code = match compile_module(src, "t.py") {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e}\n--- source ---\n{src}"),
    };
    if let Err(e) = verify(&code) {
        panic!("{e}\n--- source ---\n{src}\n--- dis ---\n{}", disassemble(&code));
    }
    // The disassembler must cope with everything the compiler produces.
    assert!(!disassemble(&code).is_empty());
    code
}

#[track_caller]
fn compile_err(src: &str) -> CompileError {
    match compile_module(src, "t.py") {
        Ok(c) => panic!("expected an error for:\n{src}\n{}", disassemble(&c)),
        Err(e) => e,
    }
}

/// The code unit of the first function (or class body, ...) named `name`, searched
/// depth-first.
fn find<'c>(code: &'c CodeUnit, name: &str) -> Option<&'c CodeUnit> {
    if code.name == name {
        return Some(code);
    }
    code.consts.iter().find_map(|c| match c {
        Const::Code(inner) => find(inner, name),
        _ => None,
    })
}

const SNIPPETS: &[&str] = &[
    // constants and operators
    "x = 1\ny = -2\nz = 3.5\ns = 'a' 'b'\nt = True, False, None, ...\n",
    "x = 0xFFFFFFFFFFFFFFFFFFFF + 0o777777777777777777777777 + 0b1111 + 10**100\n",
    "x = 99999999999999999999999999999999 - 9223372036854775808 - -9223372036854775808\n",
    "x = 1_000_000 + 0x_FF\n",
    "a = b + c - d * e / f // g % h ** i @ j << k >> l | m ^ n & o\n",
    "a = -b + +c + ~d + (not e)\n",
    "a = b < c <= d == e != f > g >= h\na = b is c, b is not c, b in c, b not in c\n",
    "a = b and c or d and not e\n",
    "a = b if c else d if e else f\n",
    // names and scopes
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a, b, args, c, d, kw\n",
    "def f(a, /, b, *, c):\n    return a + b + c\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\n",
    "def f(x):\n    def g():\n        return x\n    x = 2\n    return g\n",
    "g = 0\ndef f():\n    global g\n    g += 1\n    del g\n",
    "def f():\n    def g():\n        def h():\n            return x\n        return h\n    x = 1\n    return g\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x\n",
    "class C:\n    a = 1\n    b = [a for _ in range(3)]\n    del a\n",
    "class C:\n    global q\n    q = 1\n",
    "def f():\n    x = 1\n    del x\n    def g():\n        return x\n",
    "def f():\n    return [y for x in range(3) for y in range(x) if y if x]\n",
    "def f():\n    return {k: v for k, v in {}.items()}, {x for x in ()}, (x for x in ())\n",
    "def f():\n    return [[x * y for x in range(3)] for y in range(3)]\n",
    "def f():\n    return [(y := x) for x in range(3)], y\n",
    "[(w := x) for x in range(3)]\nprint(w)\n",
    "def f():\n    return [lambda: x for x in range(3)]\n",
    "def f(seq):\n    return sum(x for x in seq if x > 0)\n",
    "def f():\n    return [x for x in [y for y in range(3)]]\n",
    "lam = lambda: 0\nlam2 = lambda a, *b, c=1, **d: (a, b, c, d)\n",
    "def f():\n    return lambda x: lambda y: x + y\n",
    "x = (y := 10) + y\n",
    "def f():\n    __class__\n",
    // statements
    "a = b = c = 1\n",
    "a, b = 1, 2\n[a, b] = (b, a)\n(a, (b, c)) = 1, (2, 3)\n",
    "a, *b = range(5)\n*a, b = range(5)\na, *b, c = range(5)\n[*a] = range(3)\n",
    "a = {}\na['k'] = 1\na['k'] += 2\na['k'] -= 1\nx = [1, 2]\nx[0:1] = [5]\nx[::2] *= 1\n",
    "class O: pass\no = O()\no.a = 1\no.a += 1\ndel o.a\n",
    "x: int = 1\ny: str\nclass C:\n    z: int = 2\n    w: int\ndef f():\n    q: int = 1\n    r: int\n",
    "o = object\no.attr: int\nd = {}\nd['k']: int\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    x = 2\n",
    "if a:\n    x = 1\n",
    "while a:\n    if b:\n        break\n    if c:\n        continue\nelse:\n    x = 1\n",
    "while True:\n    break\nwhile 1:\n    pass\nwhile 0:\n    pass\n",
    "for i in range(3):\n    if i:\n        continue\n    if i > 1:\n        break\nelse:\n    pass\n",
    "for i, (j, k) in enumerate([(1, 2)]):\n    pass\n",
    "for x.a in y:\n    pass\nfor d[0] in y:\n    pass\n",
    "def f(*a, **k):\n    return a\nf(1, 2, x=3)\nf(*[1], **{'a': 1})\nf(1, *[2], 3, *[4], k=5, **{'j': 6}, m=7)\n",
    "f(**a)\nf(**a, **b)\nf(x=1, **a)\nf(*a)\nf(*a, *b)\nf(a, *b, c=1)\n",
    "o.m(1, 2)\no.m(a=1)\no.m(*a)\no.m(**a)\no.a.b.m()\n",
    "x = [1, 2, 3]\ny = [*x, 4, *x]\nz = (*x,)\nw = {*x, 5}\nv = {1, 2, 3}\nu = [a, b]\nt = (a, b)\n",
    "d = {'a': 1, **e, 'b': 2, **f}\nd2 = {**e}\nd3 = {}\nd4 = {a: b, c: d}\n",
    "x = a[1:2], a[:], a[::2], a[1:2:3], a[:, 1], a[1, 2:3]\n",
    "x = a[*b]\n",
    "del a, b[0], c.d, (e, f), [g]\n",
    "def f():\n    del x\n    x = 1\n",
    "assert x\nassert x, 'message'\nassert (x, y)\n",
    "raise\n",
    "raise ValueError\n",
    "raise ValueError('x') from None\n",
    "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import (division,\n generator_stop)\nimport math\nimport math as m\nfrom math import sqrt, pi as PI\n",
    "def f():\n    import math\n    from math import sqrt\n    return math, sqrt\n",
    "pass\n...\n'docstring-like'\n1\n",
    "'''module doc'''\nx = 1\n",
    "def f():\n    '''doc'''\n    return 1\n",
    "class C:\n    '''doc'''\n",
    "def deco(f):\n    return f\n@deco\n@deco\ndef f():\n    pass\n@deco\nclass C:\n    pass\n",
    "class A:\n    pass\nclass B(A):\n    def m(self):\n        return super().m()\nclass C(A, B):\n    pass\n",
    "class C:\n    def m(this):\n        def inner():\n            return this\n        return super().m(), inner\n",
    "class C:\n    def m(*args):\n        return super()\n    @staticmethod\n    def s():\n        return super()\n",
    "class C:\n    def m(self):\n        return [super() for _ in range(2)]\n",
    "def f():\n    super = 1\n    return super()\n",
    "class C:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'C({self.x!r})'\n",
    // exceptions
    "try:\n    pass\nexcept:\n    pass\n",
    "try:\n    x = 1\nexcept ValueError:\n    x = 2\nexcept (TypeError, KeyError) as e:\n    x = e\nelse:\n    x = 3\nfinally:\n    x = 4\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "def f():\n    try:\n        return 1\n    finally:\n        print('x')\n",
    "def f():\n    for i in range(3):\n        try:\n            if i:\n                break\n            continue\n        finally:\n            print(i)\n",
    "def f():\n    for i in range(3):\n        try:\n            pass\n        finally:\n            if i:\n                break\n            else:\n                continue\n",
    "def f():\n    for i in range(3):\n        try:\n            return i\n        finally:\n            break\n",
    "def f():\n    try:\n        raise ValueError\n    except ValueError as e:\n        return e\n",
    "def f():\n    while True:\n        try:\n            raise ValueError\n        except ValueError as e:\n            break\n        except TypeError:\n            continue\n",
    "def f():\n    try:\n        pass\n    except Exception:\n        raise\n    except:\n        raise TypeError from None\n",
    "def f():\n    try:\n        try:\n            pass\n        finally:\n            return 1\n    except:\n        return 2\n    finally:\n        return 3\n",
    "def f():\n    try:\n        pass\n    finally:\n        try:\n            return 1\n        finally:\n            pass\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        except E as e:\n            for z in e:\n                try:\n                    return z\n                finally:\n                    continue\n",
    "try:\n    pass\nexcept E as e:\n    del e\n",
    "class C:\n    try:\n        x = 1\n    except E as e:\n        y = e\n",
    // with
    "with a:\n    pass\n",
    "with a as b, c as (d, e), f:\n    g = 1\n",
    "def f():\n    with a as b:\n        return b\n",
    "def f():\n    for x in y:\n        with a:\n            with b:\n                if x:\n                    break\n                continue\n",
    "def f():\n    with a:\n        try:\n            return 1\n        finally:\n            with b:\n                pass\n",
    // generators
    "def g():\n    yield\n    yield 1\n    x = yield 2\n    return x\n",
    "def g():\n    yield from range(3)\n    x = yield from g()\n",
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "g = lambda: (yield)\n",
    "def g():\n    for x in (yield):\n        yield x\n",
    // f-strings
    "x = f''\ny = f'abc'\nz = f'{a}'\nw = f'{a}{b}'\n",
    "x = f'{a!s} {b!r} {c!a} {d:>10} {e:{w}.{p}f} {f!r:^{w}}'\n",
    "x = f'{a=}' f'{ b = }' f'{c=!s}' f'{d=:>4}'\n",
    "x = 'lit' f'{a}' 'lit2'\n",
    "x = f'{{}} {a:{{}}}'\n",
    "x = f'{f\"{a}\"}'\n",
    "x = f'{a:}'\n",
    // misc
    "print('hello', end='')\n",
    "x = [i for i in range(10)][::-1]\n",
    "def f(a=[], b={}, c=(1, 2), *, d=[]):\n    pass\n",
    "def f(a=x, b=y):\n    pass\n",
    "if __name__ == '__main__':\n    print(1)\n",
    "x = not not a\nif not a and not b or c:\n    pass\n",
    "while a and (b or not c):\n    pass\n",
    "x = (a for a in b for c in a)\n",
    "def f():\n    x = 1\n    return {x: y for y in range(x)}\n",
    "nonlocal_name = 1\ndef f():\n    def g():\n        return nonlocal_name\n    return g\n",
    "def f(a, b):\n    a, b = b, a\n    return a\n",
    "x = ()\ny = (1,)\nz = ((1, 2), (3,))\n",
    "x = 1e300 * 1e300\ny = 0.0\nz = -0.0\n",
    "def f(): return 1\ndef g(): pass\n",
    "for x in []: pass\nelse: pass\n",
    "x = [\n    1,\n    2,\n]\nf(\n    a,\n    b,\n)\n",
    "class C(object,):\n    pass\n",
    "def f(x):\n    match = 1\n    case = 2\n    type = 3\n    return match + case + type\n",
    "print(*[1], sep='')\n",
];

#[test]
fn snippets_compile_and_verify() {
    for src in SNIPPETS {
        compile_ok(src);
    }
}

#[test]
fn corpus_programs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["tests/programs", "benches/programs"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "py") {
                    files.push(p);
                }
            }
        }
    }
    for p in files {
        let src = std::fs::read_to_string(&p).unwrap();
        let head: String = src.lines().take(5).collect::<Vec<_>>().join("\n");
        let result = compile_module(&src, &p.to_string_lossy());
        if let Some(pos) = head.find("# kiln: stderr-prefix: ") {
            let prefix = head[pos + 23..].lines().next().unwrap_or("").trim();
            if prefix == "SyntaxError" || prefix == "IndentationError" {
                let err = result.expect_err(&p.to_string_lossy());
                assert_eq!(err.exception_name(), prefix, "{}: {err}", p.display());
                continue;
            }
        }
        if head.contains("# kiln: expect-error: NotImplementedError") {
            if let Err(e) = &result {
                assert_eq!(e.kind, CompileErrorKind::NotImplemented, "{}", p.display());
            }
            continue;
        }
        let code = result.unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        if let Err(e) = verify(&code) {
            panic!("{}: {e}", p.display());
        }
    }
}

fn err(kind: CompileErrorKind, msg: &str, line: u32, col: u32) -> CompileError {
    CompileError { kind, msg: msg.to_string(), line, col }
}

#[test]
fn exact_errors() {
    use CompileErrorKind::{NotImplemented as NI, SyntaxError as SE};
    let cases: &[(&str, CompileError)] = &[
        ("x = 1 +\n", err(SE, "Expected an expression", 1, 8)),
        ("x = (1,\n", err(SE, "unexpected EOF while parsing", 2, 1)),
        ("if x:\npass\n", err(SE, "Expected an indented block after `if` statement", 2, 1)),
        ("x = 1\nbreak\n", err(SE, "'break' outside loop", 2, 1)),
        ("while x:\n    def f():\n        continue\n", err(SE, "'continue' not properly in loop", 3, 9)),
        ("class C:\n    return 1\n", err(SE, "'return' outside function", 2, 5)),
        ("yield 1\n", err(SE, "'yield' outside function", 1, 1)),
        ("[(yield) for x in y]\n", err(SE, "'yield' inside list comprehension", 1, 3)),
        ("nonlocal x\n", err(SE, "nonlocal declaration not allowed at module level", 1, 1)),
        ("def f():\n    nonlocal x\n", err(SE, "no binding for nonlocal 'x' found", 2, 5)),
        ("x = 1\nglobal x\n", err(SE, "name 'x' is assigned to before global declaration", 2, 1)),
        (
            "def f():\n    print(x)\n    global x\n",
            err(SE, "name 'x' is used prior to global declaration", 3, 5),
        ),
        ("def f(x):\n    global x\n", err(SE, "name 'x' is parameter and global", 2, 5)),
        ("def f(a, a): pass\n", err(SE, "duplicate argument 'a' in function definition", 1, 10)),
        ("f(a=1, a=2)\n", err(SE, "keyword argument repeated: a", 1, 8)),
        ("1 = 2\n", err(SE, "Invalid assignment target", 1, 1)),
        ("*a = 1\n", err(SE, "starred assignment target must be in a list or tuple", 1, 1)),
        ("*a, *b = c\n", err(SE, "multiple starred expressions in assignment", 1, 1)),
        (
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
            err(SE, "default 'except:' must be last", 3, 1),
        ),
        (
            "class C:\n    [y := 1 for x in z]\n",
            err(SE, "assignment expression within a comprehension cannot be used in a class body", 2, 6),
        ),
        (
            "[x := 1 for x in z]\n",
            err(SE, "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2),
        ),
        ("__debug__ = 1\n", err(SE, "cannot assign to __debug__", 1, 1)),
        ("from __future__ import braces\n", err(SE, "not a chance", 1, 24)),
        (
            "x = 1\nfrom __future__ import annotations\n",
            err(SE, "from __future__ imports must occur at the beginning of the file", 2, 1),
        ),
        ("s = 'é'; break\n", err(SE, "'break' outside loop", 1, 10)),
        ("async def f():\n    pass\n", err(NI, "async functions are not supported", 1, 1)),
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            err(SE, "name capture 'y' makes remaining patterns unreachable", 2, 10),
        ),
        (
            "match x:\n    case [a, *b, *c]:\n        pass\n",
            err(SE, "multiple starred names in sequence pattern", 2, 10),
        ),
        (
            "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            err(SE, "mapping pattern checks duplicate key ('a')", 2, 10),
        ),
        (
            "match x:\n    case f'x':\n        pass\n",
            err(SE, "patterns may only match literals and attribute lookups", 2, 10),
        ),
        (
            "match x:\n    case C(a=1, a=2):\n        pass\n",
            err(SE, "attribute name repeated in class pattern: a", 2, 17),
        ),
        (
            "match x:\n    case _ as y:\n        pass\n    case 1:\n        pass\n",
            err(SE, "wildcard makes remaining patterns unreachable", 2, 10),
        ),
        (
            "match x:\n    case [a] | (b):\n        pass\n",
            err(SE, "alternative patterns bind different names", 2, 17),
        ),
        ("x = 1j\n", err(NI, "complex literals are not supported", 1, 5)),
        ("class C(**kw):\n    pass\n", err(NI, "** in class keyword arguments are not supported", 1, 9)),
        ("from unittest import *\n", err(NI, "star imports are not supported", 1, 22)),
        ("x = t'a'\n", err(NI, "t-strings are not supported", 1, 5)),
        ("type X = int\n", err(NI, "type aliases are not supported", 1, 1)),
        ("try:\n    pass\nexcept* E:\n    pass\n", err(NI, "try/except* is not supported", 1, 1)),
        ("def f():\n    await x\n", err(SE, "'await' outside async function", 2, 5)),
        ("await x\n", err(SE, "'await' outside function", 1, 1)),
        ("async def f():\n    await x\n", err(NI, "async functions are not supported", 1, 1)),
        ("def f[T](x): pass\n", err(NI, "type parameters are not supported", 1, 1)),
        ("from . import x\n", err(NI, "relative imports are not supported", 1, 1)),
        // A syntax error anywhere wins over an unsupported construct.
        ("match x:\n    case 1:\n        pass\nbreak\n", err(SE, "'break' outside loop", 4, 1)),
    ];
    for (src, expected) in cases {
        let got = compile_err(src);
        assert_eq!(&got, expected, "source: {src:?}");
    }
    let e = compile_err("def f():\nreturn 1\n");
    assert_eq!(e.exception_name(), "IndentationError");
    assert_eq!(compile_err("x = 1j\n").exception_name(), "NotImplementedError");
    assert_eq!(compile_err("break\n").exception_name(), "SyntaxError");
}

/// Compiles `src`: a success must verify, a failure must not be an internal error (a
/// caught panic or a compiler inconsistency).
#[track_caller]
fn check_no_internal_error(src: &str) {
    match compile_module(src, "t.py") {
        Ok(code) => {
            if let Err(e) = verify(&code) {
                panic!("{e}\n--- source ---\n{src}");
            }
        }
        Err(e) => assert!(!e.msg.contains("internal compiler error"), "{e}\n--- source ---\n{src}"),
    }
}

#[test]
fn weird_inputs_do_not_panic() {
    let long_sum = format!("x = 1{}\n", "+1".repeat(5000));
    let deep_parens = format!("x = {}1{}\n", "(".repeat(3000), ")".repeat(3000));
    let deep_lists = format!("x = {}1{}\n", "[".repeat(3000), "]".repeat(3000));
    let deep_lambdas = format!("x = {}1\n", "lambda: ".repeat(2000));
    let deep_ifs: String = (0..500).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>()
        + &" ".repeat(500)
        + "pass\n";
    let deep_trys: String = (0..30).map(|i| format!("{}try:\n", " ".repeat(i))).collect::<String>()
        + &" ".repeat(30)
        + "pass\n"
        + &(0..30)
            .rev()
            .map(|i| format!("{}finally:\n{}pass\n", " ".repeat(i), " ".repeat(i + 1)))
            .collect::<String>();
    let inputs: Vec<String> = vec![
        "".into(),
        "\n\n\n".into(),
        "\u{feff}x = 1\n".into(),
        "x = 1\r\ny = 2\r\n".into(),
        "x = 1\ry = 2\r".into(),
        "\t\tx".into(),
        "(".into(),
        ")".into(),
        "def".into(),
        "def f(".into(),
        "class".into(),
        "lambda".into(),
        "x = lambda: yield".into(),
        "f(**)".into(),
        "f(*)".into(),
        "[*]".into(),
        "{**}".into(),
        "x = *a".into(),
        "x = *a, *b".into(),
        "print(*a for a in b)".into(),
        "[*a for a in b]".into(),
        "{**a for a in b}".into(),
        "del *a".into(),
        "del f()".into(),
        "a, b += 1".into(),
        "(a, b): int = 1".into(),
        "x = yield = 1".into(),
        "f'{'".into(),
        "f'{x!z}'".into(),
        "f'{x:{y:{z}}}'".into(),
        "'\\N{nonexistent}'".into(),
        "x = 0777".into(),
        "x = 1__0".into(),
        "x = 0x".into(),
        "@\ndef f(): pass".into(),
        "def f(*, **k): pass".into(),
        "def f(a, *, a): pass".into(),
        "lambda a, a: 1".into(),
        "for x in y:\n    pass\nelse:\n    break".into(),
        "try:\n    pass".into(),
        "try:\n    pass\nelse:\n    pass".into(),
        "with:\n    pass".into(),
        "import".into(),
        "from x import".into(),
        "global".into(),
        "nonlocal x, x".into(),
        "def f():\n    global x\n    nonlocal x".into(),
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x".into(),
        "class C:\n    def f(self):\n        nonlocal __class__".into(),
        "if True:\n  x\n    y\n".into(),
        "if True:\n    x\n  y\n".into(),
        "\u{0}".into(),
        "x = '\u{10ffff}'".into(),
        "€ = 1".into(),
        "x = 1 if 2".into(),
        "a[1:2:3:4]".into(),
        "a.1".into(),
        "x = (yield)".into(),
        "x = [i async for i in y]".into(),
        "async with a: pass".into(),
        "async for a in b: pass".into(),
        "%matplotlib inline".into(),
        "!ls".into(),
        "x?".into(),
        long_sum,
        deep_parens,
        deep_lists,
        deep_lambdas,
        deep_ifs,
        deep_trys,
    ];
    for src in &inputs {
        check_no_internal_error(src);
    }
    // Every prefix of a program exercising most constructs.
    let program = SNIPPETS.join("");
    let mut cut = 0;
    while cut < program.len() {
        check_no_internal_error(&program[..cut]);
        cut += 1;
        while !program.is_char_boundary(cut) {
            cut += 1;
        }
        cut += cut % 7;
        while cut < program.len() && !program.is_char_boundary(cut) {
            cut += 1;
        }
    }
}

/// The disassembly of the unit named `name`, without header, operand padding collapsed.
fn dis_of(src: &str, name: &str) -> String {
    let code = compile_ok(src);
    let unit = find(&code, name).unwrap_or_else(|| panic!("no unit {name}"));
    let text = disassemble(unit);
    let mut out = String::new();
    for line in text.lines().skip(1) {
        if line.starts_with("Disassembly of") {
            break;
        }
        if line.is_empty() {
            continue;
        }
        out.push_str(&line.split_whitespace().collect::<Vec<_>>().join(" "));
        out.push('\n');
    }
    out
}

#[test]
fn dis_simple_function() {
    assert_eq!(
        dis_of("def f(a, b):\n    return a + b * 2\n", "f"),
        "2 0 LoadFast 0 (a)\n\
         1 LoadFast 1 (b)\n\
         2 LoadConst 1 (2)\n\
         3 BinaryOp Mul, 0 (*)\n\
         4 BinaryOp Add, 1 (+)\n\
         5 Return\n"
    );
}

#[test]
fn dis_loop_with_break() {
    assert_eq!(
        dis_of("def f(xs):\n    for x in xs:\n        if x:\n            break\n    return x\n", "f"),
        "2 0 LoadFast 0 (xs)\n\
         1 GetIter\n\
         >> 2 ForIter 9 (to 9)\n\
         3 StoreFast 1 (x)\n\
         3 4 LoadFast 1 (x)\n\
         5 PopJumpIfFalse 8 (to 8)\n\
         4 6 Pop\n\
         7 Jump 9 (to 9)\n\
         2 >> 8 Jump 2 (to 2)\n\
         5 >> 9 LoadFast 1 (x)\n\
         10 Return\n"
    );
}

#[test]
fn dis_try_except_as() {
    assert_eq!(
        dis_of("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n", "f"),
        "2 0 SetupExcept 7 (to 7)\n\
         3 1 LoadGlobal 0, 0 (g)\n\
         2 PushNull\n\
         3 Call 0\n\
         4 Pop\n\
         5 PopBlock\n\
         6 Jump 28 (to 28)\n\
         4 >> 7 LoadGlobal 1, 1 (E)\n\
         8 CheckExcMatch\n\
         9 PopJumpIfFalse 27 (to 27)\n\
         10 StoreFast 0 (e)\n\
         11 SetupExcept 23 (to 23)\n\
         5 12 LoadGlobal 2, 2 (h)\n\
         13 PushNull\n\
         14 LoadFast 0 (e)\n\
         15 Call 1\n\
         16 Pop\n\
         17 PopBlock\n\
         18 PopExcept\n\
         19 LoadConst 0 (None)\n\
         20 StoreFast 0 (e)\n\
         21 DeleteFast 0 (e)\n\
         22 Jump 28 (to 28)\n\
         >> 23 LoadConst 0 (None)\n\
         24 StoreFast 0 (e)\n\
         25 DeleteFast 0 (e)\n\
         26 Reraise\n\
         >> 27 Reraise\n\
         >> 28 LoadConst 0 (None)\n\
         29 Return\n"
    );
}

#[test]
fn dis_with_and_return() {
    assert_eq!(
        dis_of("def f():\n    with m() as v:\n        return v\n", "f"),
        "2 0 LoadGlobal 0, 0 (m)\n\
         1 PushNull\n\
         2 Call 0\n\
         3 WithEnter\n\
         4 StoreFast 0 (v)\n\
         5 SetupExcept 14 (to 14)\n\
         3 6 LoadFast 0 (v)\n\
         7 PopBlock\n\
         8 Rot2\n\
         9 WithExitNormal\n\
         10 Return\n\
         2 11 PopBlock\n\
         12 WithExitNormal\n\
         13 Jump 15 (to 15)\n\
         >> 14 WithExitExc 15 (to 15)\n\
         >> 15 LoadConst 0 (None)\n\
         16 Return\n"
    );
}

#[test]
fn dis_closure_and_decorator() {
    let src = "def deco(f):\n    return f\ndef outer(x):\n    @deco\n    def inner(y=1):\n        return x + y\n    return inner\n";
    assert_eq!(
        dis_of(src, "outer"),
        "4 0 LoadGlobal 0, 0 (deco)\n\
         1 PushNull\n\
         5 2 LoadConst 1 (<code outer.<locals>.inner>)\n\
         3 LoadConst 2 ('outer.<locals>.inner')\n\
         4 LoadConst 3 ((1,))\n\
         5 LoadClosure 0 (x)\n\
         6 BuildTuple 1\n\
         7 MakeFunction 9 (defaults, closure)\n\
         4 8 Call 1\n\
         5 9 StoreFast 1 (inner)\n\
         7 10 LoadFast 1 (inner)\n\
         11 Return\n"
    );
    let code = compile_ok(src);
    let outer = find(&code, "outer").unwrap();
    assert_eq!(outer.cellvars, vec![0]);
    let inner = find(&code, "inner").unwrap();
    assert_eq!(inner.nfree, 1);
    assert_eq!(inner.varnames, vec!["y".to_string(), "x".to_string()]);
}

#[test]
fn dis_swap_assignment() {
    assert_eq!(
        dis_of("def f(a, b):\n    a, b = b, a\n    return a\n", "f"),
        "2 0 LoadFast 1 (b)\n\
         1 LoadFast 0 (a)\n\
         2 Rot2\n\
         3 StoreFast 0 (a)\n\
         4 StoreFast 1 (b)\n\
         3 5 LoadFast 0 (a)\n\
         6 Return\n"
    );
    assert_eq!(
        dis_of("def f(a, b, c):\n    a, b, c = c, a, b\n", "f"),
        "2 0 LoadFast 2 (c)\n\
         1 LoadFast 0 (a)\n\
         2 LoadFast 1 (b)\n\
         3 Rot3\n\
         4 Rot2\n\
         5 StoreFast 0 (a)\n\
         6 StoreFast 1 (b)\n\
         7 StoreFast 2 (c)\n\
         8 LoadConst 0 (None)\n\
         9 Return\n"
    );
}

#[test]
fn docstrings() {
    let code = compile_ok(
        "'''mod'''\ndef f():\n    'doc'\n    return 'doc'\ndef g():\n    return 'x'\nh = lambda: 'y'\nclass C:\n    'cdoc'\n",
    );
    assert_eq!(code.consts[0], Const::Str("mod".into()));
    assert_eq!(find(&code, "f").unwrap().consts, vec![Const::Str("doc".into())]);
    assert_eq!(find(&code, "g").unwrap().consts[0], Const::None);
    assert_eq!(find(&code, "<lambda>").unwrap().consts[0], Const::None);
    let c = find(&code, "C").unwrap();
    assert_eq!(c.consts[0], Const::Str("cdoc".into()));
    assert_eq!(c.names[0], "__doc__");
}

#[test]
fn dis_chained_compare_and_super() {
    assert_eq!(
        dis_of("def f(a, b, c):\n    return a < b < c\n", "f"),
        "2 0 LoadFast 0 (a)\n\
         1 LoadFast 1 (b)\n\
         2 Dup\n\
         3 Rot3\n\
         4 Compare Lt (<)\n\
         5 JumpIfFalseOrPop 9 (to 9)\n\
         6 LoadFast 2 (c)\n\
         7 Compare Lt (<)\n\
         8 Jump 11 (to 11)\n\
         >> 9 Rot2\n\
         10 Pop\n\
         >> 11 Return\n"
    );
    let src = "class C(B):\n    def m(self):\n        return super().m()\n";
    assert_eq!(
        dis_of(src, "m"),
        "3 0 LoadGlobal 0, 0 (super)\n\
         1 PushNull\n\
         2 LoadClassCell\n\
         3 LoadFast 0 (self)\n\
         4 Call 2\n\
         5 LoadMethod 1, 1 (m)\n\
         6 Call 0\n\
         7 Return\n"
    );
    assert!(find(&compile_ok(src), "m").unwrap().flags.needs_class_cell);
}

#[test]
fn dis_comprehension() {
    let src = "def f(xs):\n    return [x * 2 for x in xs if x]\n";
    assert_eq!(
        dis_of(src, "f"),
        "2 0 LoadConst 1 (<code f.<locals>.<listcomp>>)\n\
         1 LoadConst 2 ('f.<locals>.<listcomp>')\n\
         2 MakeFunction 0\n\
         3 PushNull\n\
         4 LoadFast 0 (xs)\n\
         5 GetIter\n\
         6 Call 1\n\
         7 Return\n"
    );
    assert_eq!(
        dis_of(src, "<listcomp>"),
        "2 0 BuildList 0\n\
         1 LoadFast 0 (.0)\n\
         >> 2 ForIter 11 (to 11)\n\
         3 StoreFast 1 (x)\n\
         4 LoadFast 1 (x)\n\
         5 PopJumpIfFalse 2 (to 2)\n\
         6 LoadFast 1 (x)\n\
         7 LoadConst 0 (2)\n\
         8 BinaryOp Mul, 0 (*)\n\
         9 ListAppend 1\n\
         10 Jump 2 (to 2)\n\
         >> 11 Return\n"
    );
}

#[test]
fn dis_fstring_and_yield_from() {
    assert_eq!(
        dis_of("def f(x, w):\n    return f'a{x!r:>{w}}b{x=}'\n", "f"),
        "2 0 LoadConst 1 ('a')\n\
         1 LoadFast 0 (x)\n\
         2 LoadConst 2 ('>')\n\
         3 LoadFast 1 (w)\n\
         4 FormatValue 0\n\
         5 BuildString 2\n\
         6 FormatValue 6 (repr, with spec)\n\
         7 LoadConst 3 ('bx=')\n\
         8 LoadFast 0 (x)\n\
         9 FormatValue 2 (repr)\n\
         10 BuildString 4\n\
         11 Return\n"
    );
    assert_eq!(
        dis_of("def g(it):\n    yield from it\n", "g"),
        "2 0 LoadFast 0 (it)\n\
         1 GetIter\n\
         2 LoadConst 0 (None)\n\
         >> 3 Send 6 (to 6)\n\
         4 Yield\n\
         5 Jump 3 (to 3)\n\
         >> 6 Pop\n\
         7 LoadConst 0 (None)\n\
         8 Return\n"
    );
}

#[test]
fn scopes_and_slots() {
    let code = compile_ok(
        "def f(a, b=2, *args, k, **kw):\n    c = a\n    def g():\n        return b + c\n    return g\n",
    );
    let f = find(&code, "f").unwrap();
    assert_eq!(f.argcount, 2);
    assert_eq!(f.kwonlyargcount, 1);
    assert!(f.flags.varargs && f.flags.varkw);
    assert_eq!(f.varnames[..5], ["a", "b", "k", "args", "kw"].map(String::from));
    // b is a parameter captured by g: it keeps its slot and is listed as a cell.
    assert_eq!(f.cellvars, vec![1, 5]);
    let g = find(&code, "g").unwrap();
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_eq!(g.nfree, 2);
    assert_eq!(g.varnames, vec!["b".to_string(), "c".to_string()]);

    let code = compile_ok("class A:\n    class B:\n        def m(self): pass\n");
    assert_eq!(find(&code, "m").unwrap().qualname, "A.B.m");
    assert!(find(&code, "B").unwrap().flags.class_body);
    let code = compile_ok("def f():\n    global g\n    def g(): pass\n");
    assert_eq!(find(&code, "g").unwrap().qualname, "g");

    // The module's names are globals; a class body uses the Name ops.
    let code = compile_ok("x = 1\nclass C:\n    y = x\n");
    assert!(code.ops.contains(&Op::StoreGlobal(0)));
    let c = find(&code, "C").unwrap();
    assert!(c.ops.iter().any(|op| matches!(op, Op::LoadName(_))));
    assert!(c.ops.iter().any(|op| matches!(op, Op::StoreName(_))));
}

#[test]
fn constants() {
    let code = compile_ok(
        "a = 9223372036854775807\nb = 9223372036854775808\nc = 0xFFFFFFFFFFFFFFFFFFFF\nd = -9223372036854775808\ne = (1, 'x', (2.5, None))\n",
    );
    assert!(code.consts.contains(&Const::Int(i64::MAX)));
    assert!(code.consts.contains(&Const::BigInt("9223372036854775808".into())));
    assert!(code.consts.contains(&Const::BigInt("1208925819614629174706175".into())));
    assert!(code.consts.contains(&Const::Int(i64::MIN)));
    assert!(code.consts.contains(&Const::Tuple(vec![
        Const::Int(1),
        Const::Str("x".into()),
        Const::Tuple(vec![Const::Float(2.5), Const::None]),
    ])));
    // 0.0 and -0.0 are distinct constants.
    let code = compile_ok("a = 0.0\nb = -0.0\n");
    let floats: Vec<_> = code
        .consts
        .iter()
        .filter_map(|c| match c {
            Const::Float(f) => Some(f.to_bits()),
            _ => None,
        })
        .collect();
    assert_eq!(floats.len(), 2);
}

#[test]
fn stack_depth_checker_rejects_bad_code() {
    let mut code = compile_ok("x = 1\n");
    assert_eq!(max_stack_depth(&code), Ok(1));
    code.ops.insert(0, Op::Pop);
    code.lines.insert(0, 1);
    assert!(max_stack_depth(&code).is_err());
    let mut code = compile_ok("def f(a):\n    if a:\n        x = 1\n    return 2\n");
    let f = match &code.consts[0] {
        Const::Code(f) => f.as_ref().clone(),
        _ => unreachable!(),
    };
    let mut bad = f.clone();
    // Make the two paths into the join point disagree.
    let at = bad.ops.iter().position(|op| matches!(op, Op::StoreFast(_))).unwrap();
    bad.ops[at] = Op::Nop;
    assert!(max_stack_depth(&bad).is_err());
    code.consts[0] = Const::Code(Box::new(f));
    assert!(verify(&code).is_ok());
}
