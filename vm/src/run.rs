//! Running a program end to end: compile, execute, report errors like CPython.

use std::io::Write;

use crate::compiler::{compile_module, CompileErrorKind};
use crate::object::ObjKind;
use crate::value::Value;
use crate::vm::{ExcKind, Vm};

/// Something to attach to the VM before the program runs (an optimizer): called on the
/// interpreter thread with the new VM; what it returns is called at exit, and its text is
/// printed with `--stats`.
#[derive(Clone)]
pub struct Attach(pub std::sync::Arc<dyn Fn(&mut Vm) -> AtExit + Send + Sync>);

/// What an attached optimizer leaves to run at exit: it returns its `--stats` text.
pub type AtExit = Box<dyn FnOnce(&mut Vm) -> String>;

impl std::fmt::Debug for Attach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Attach(..)")
    }
}

/// Options of one run.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Print statistics to stderr at exit.
    pub stats: bool,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// An optimizer to attach.
    pub attach: Option<Attach>,
}

/// Native stack size of the interpreter thread: host code that calls back into Python
/// nests native frames, bounded by the recursion limit.
pub const INTERPRETER_STACK: usize = 1 << 30;

/// Compiles and runs `source` as the main module; returns the process exit status.
/// Errors are printed to stderr in CPython's format.
pub fn run_source(source: &str, filename: &str, opts: &RunOptions) -> i32 {
    let src = source.to_string();
    let filename = filename.to_string();
    let opts = opts.clone();
    let h = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run_on_this_thread(&src, &filename, &opts))
        .expect("spawning the interpreter thread");
    match h.join() {
        Ok(code) => code,
        Err(_) => {
            eprintln!("kiln: internal error (a bug in Kiln, not in your program)");
            70
        }
    }
}

/// Like [`run_source`], on the calling thread.
pub fn run_on_this_thread(source: &str, filename: &str, opts: &RunOptions) -> i32 {
    let start = std::time::Instant::now();
    let unit = match compile_module(source, filename) {
        Ok(u) => u,
        Err(e) => {
            let line_text = source.lines().nth(e.line.saturating_sub(1) as usize).unwrap_or("");
            match e.kind {
                CompileErrorKind::SyntaxError => {
                    let lower = e.msg.to_lowercase();
                    let name = if lower.contains("indent") { "IndentationError" } else { "SyntaxError" };
                    eprintln!("  File \"{filename}\", line {}", e.line);
                    let trimmed = line_text.trim_start();
                    let indent = line_text.chars().count() - trimmed.chars().count();
                    eprintln!("    {trimmed}");
                    let caret = (e.col as usize).saturating_sub(1).saturating_sub(indent);
                    eprintln!("    {}^", " ".repeat(caret));
                    eprintln!("{name}: {} ({filename}, line {}, column {})", e.msg, e.line, e.col);
                }
                CompileErrorKind::NotImplemented => {
                    eprintln!("  File \"{filename}\", line {}", e.line);
                    eprintln!("    {}", line_text.trim());
                    eprintln!("NotImplementedError: {} ({filename}:{}:{})", e.msg, e.line, e.col);
                }
            }
            return 1;
        }
    };
    let mut vm = Vm::new();
    vm.argv = opts.argv.clone();
    vm.count_instructions = opts.stats;
    if std::env::var_os("KILN_PROFILE").is_some_and(|v| v == "1") {
        vm.set_profiling(true);
    }
    vm.sources.insert(filename.to_string(), source.into());
    let code = vm.load_code(&unit);
    vm.init_main_globals(filename);
    let report = opts.attach.as_ref().map(|a| (a.0)(&mut vm));
    let r = vm.run_module(code);
    if r.is_ok() {
        vm.close_global_generators();
    }
    vm.flush();
    let status = match r {
        Ok(()) => 0,
        Err(exc) => report_exception(&mut vm, exc),
    };
    vm.flush();
    if opts.stats {
        let s = &vm.stats;
        let g = &vm.heap.stats;
        eprintln!("--- kiln stats ---");
        eprintln!("instructions executed: {}", s.instructions);
        eprintln!("python calls:          {}", s.calls);
        eprintln!("allocations:           {}", g.allocations);
        eprintln!("bytes allocated:       {}", g.bytes_allocated);
        eprintln!("collections:           {}", g.collections);
        eprintln!("objects freed:         {}", g.freed);
        eprintln!("time in gc:            {:.3} ms", g.gc_time.as_secs_f64() * 1e3);
        eprintln!("wall time:             {:.3} ms", start.elapsed().as_secs_f64() * 1e3);
        if let Some(kb) = peak_rss_kib() {
            eprintln!("peak rss:              {kb} KiB");
        }
        if let Some(report) = report {
            eprint!("{}", report(&mut vm));
        }
    }
    status
}

/// Prints an uncaught exception (with its chain) and returns the exit status.
pub fn report_exception(vm: &mut Vm, exc: Value) -> i32 {
    if vm.exc_matches(exc, ExcKind::SystemExit) {
        let args = exc_args(vm, exc);
        return match args.first() {
            None => 0,
            Some(v) if v.is_none() => 0,
            Some(v) => match crate::ops::as_i64(*v) {
                Some(i) => i as i32,
                None => {
                    let s = vm.str_string(*v).unwrap_or_default();
                    let _ = std::io::stdout().flush();
                    eprintln!("{s}");
                    1
                }
            },
        };
    }
    let text = format_exception_chain(vm, exc, &mut Vec::new(), true);
    let _ = std::io::stdout().flush();
    eprint!("{text}");
    // As CPython's: an uncaught KeyboardInterrupt exits as if killed by SIGINT.
    if vm.exc_matches(exc, ExcKind::KeyboardInterrupt) {
        return 130;
    }
    1
}

fn exc_args(vm: &Vm, exc: Value) -> Vec<Value> {
    match exc.kind() {
        Some(ObjKind::Instance(i)) => match &i.exc {
            Some(e) => vm.seq_items(e.borrow().args),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The traceback text of `exc` after those of its cause or context, each exception once
/// (`seen`: those printed or being printed, as CPython tracks them: `raise e from e`).
pub(crate) fn format_exception_chain(
    vm: &mut Vm,
    exc: Value,
    seen: &mut Vec<Value>,
    uncaught: bool,
) -> String {
    let mut out = String::new();
    seen.push(exc);
    let (cause, context, suppress, tb) = match exc.kind() {
        Some(ObjKind::Instance(i)) => match &i.exc {
            Some(e) => {
                let e = e.borrow();
                (e.cause, e.context, e.suppress_context, e.traceback.clone())
            }
            None => (Value::NONE, Value::NONE, false, Vec::new()),
        },
        _ => (Value::NONE, Value::NONE, false, Vec::new()),
    };
    if seen.len() < 1000 {
        if !cause.is_none() {
            if !seen.contains(&cause) {
                out.push_str(&format_exception_chain(vm, cause, seen, uncaught));
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if !context.is_none() && !suppress && !seen.contains(&context) {
            out.push_str(&format_exception_chain(vm, context, seen, uncaught));
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // As CPython: a frame line repeated more than three times in a row (recursion)
        // shows three times, then how many more there were.
        const CUTOFF: usize = 3;
        let repeated = |out: &mut String, n: usize| {
            if n > CUTOFF {
                let more = n - CUTOFF;
                let s = if more > 1 { "s" } else { "" };
                out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
            }
        };
        let mut last: Option<(Value, u32)> = None;
        let mut count = 0;
        for &(code, line, pc) in tb.iter().rev() {
            let c = crate::interp::code_ref(code);
            // Frames of the embedded standard-library modules are left out: CPython
            // implements most of what they provide in C, whose calls show no frame.
            if c.filename.starts_with(crate::stdlib::FILE_PREFIX) {
                continue;
            }
            let same = last.is_some_and(|(lc, ll)| {
                let p = crate::interp::code_ref(lc);
                ll == line && p.filename == c.filename && p.name == c.name
            });
            if !same {
                repeated(&mut out, count);
                count = 0;
                last = Some((code, line));
            }
            count += 1;
            if count > CUTOFF {
                continue;
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", c.filename, line, c.name));
            // (No source line for code given with `-c`, as CPython shows none.)
            if let Some(src) = vm.sources.get(&*c.filename).filter(|_| !c.filename.starts_with('<')) {
                if let Some(l) = src.lines().nth(line.saturating_sub(1) as usize) {
                    // CPython's own printer (an uncaught exception) keeps a line's trailing
                    // blanks, which then also count in "does the expression span the whole
                    // line"; the `traceback` module strips them.
                    let shown = if uncaught { l.trim_start() } else { l.trim() };
                    out.push_str(&format!("    {shown}\n"));
                    if let Some(m) =
                        c.positions.get(pc as usize).and_then(|p| markers(src, line, *p, uncaught))
                    {
                        out.push_str(&m);
                    }
                }
            }
        }
        repeated(&mut out, count);
    }
    // An exception class is named by its qualified name (`Parser.Error`), with its
    // module when that is not `__main__` or `builtins` (`json.decoder.JSONDecodeError`),
    // as CPython prints it.
    let name = {
        let cls = vm.type_of(exc);
        let (module, q) = vm.class_display_name(cls);
        match module.as_str() {
            "" | "__main__." => q,
            _ => format!("{module}{q}"),
        }
    };
    let mut msg = vm.str_string(exc).unwrap_or_else(|_| "<exception str() failed>".to_string());
    if let Some(s) = suggestion(vm, exc) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    // Notes added with `add_note`, one per line.
    let notes_name = vm.intern("__notes__");
    if let Ok(Some(notes)) = vm.getattr_opt(exc, notes_name) {
        for n in vm.seq_items(notes) {
            let text = vm.str_string(n).unwrap_or_else(|_| "<note str() failed>".to_string());
            out.push_str(&format!("{text}\n"));
        }
    }
    out
}

/// Peak resident set size of this process in KiB (Linux), if known.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The line of position markers CPython 3.11 prints under a traceback's source line
/// (`    ~~^~~`) for an instruction at `pos` on line `line_no` of `src`: `^` under the
/// instruction's expression, or for a binary operation or a subscript `~` under the
/// operands and `^` under the operator or the index. None when the expression covers
/// the whole line (or the position is not on that line).
fn markers(src: &str, line_no: u32, pos: crate::bytecode::Pos, keep_trailing: bool) -> Option<String> {
    use crate::bytecode::Pos;
    // The line's byte range (line breaks as the compiler counts them: \n, \r\n, \r).
    let bytes = src.as_bytes();
    let (mut ls, mut n, mut i) = (0usize, 1u32, 0usize);
    while n < line_no {
        match bytes.get(i)? {
            b'\n' => {
                n += 1;
                ls = i + 1;
            }
            b'\r' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                n += 1;
                ls = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    let le = src[ls..].find(['\n', '\r']).map_or(src.len(), |k| ls + k);
    let (start, end) = (pos.start as usize, pos.end as usize);
    if start < ls || start > le || end < start {
        return None;
    }
    let line = &src[ls..le];
    let col = |b: usize| line.get(..b.saturating_sub(ls).min(line.len())).map_or(0, |s| s.chars().count());
    let indent = line.chars().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
    let text_len = if keep_trailing { line.chars().count() } else { line.trim_end().chars().count() };
    let start_off = col(start);
    let same_line = end <= le;
    let end_off = if same_line { col(end) } else { text_len };
    // Anchors, as offsets in the line: where the secondary markers (`^`) start and end.
    let chars: Vec<char> = line.chars().collect();
    let mut anchors = None;
    if same_line && pos.kind == Pos::BINOP {
        // The operator: the first non-space character between the operands that is not
        // a closing parenthesis (two characters for `//`, `**`, `<<`, ...).
        let (l, r) = (col(pos.a as usize), col(pos.b as usize));
        let mut k = l;
        while k < r {
            let ch = chars[k];
            if ch.is_whitespace() || (ch == ')' && k + 1 < r) {
                k += 1;
                continue;
            }
            let two = k + 1 < r && !chars[k + 1].is_whitespace();
            anchors = Some((k, if two { k + 2 } else { k + 1 }));
            break;
        }
    } else if same_line && pos.kind == Pos::SUBSCRIPT {
        let mut l = col(pos.a as usize);
        let mut r = col(pos.b as usize) + 1;
        while l < end_off && chars.get(l) != Some(&'[') {
            l += 1;
        }
        while r < end_off && chars.get(r) != Some(&']') {
            r += 1;
        }
        if r < end_off {
            r += 1;
        }
        anchors = Some((l, r));
    }
    if end_off <= start_off || (end_off - start_off == text_len - indent && anchors.is_none()) {
        return None;
    }
    let mut out = String::from("    ");
    for k in indent..end_off {
        out.push(if k < start_off {
            ' '
        } else {
            match anchors {
                Some((l, r)) if l <= k && k < r => '^',
                Some(_) => '~',
                None => '^',
            }
        });
    }
    out.push('\n');
    Some(out)
}

/// CPython 3.11's builtins, in its order (suggestions for a mistyped name search them
/// last, and the first of equally near names wins).
const BUILTIN_NAMES: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// The name a traceback suggests for a NameError or AttributeError Kiln raised (`Did
/// you mean: ...?`), found as CPython 3.11 finds it: for an attribute among `dir(obj)`;
/// for a name among the innermost frame's locals, then the module's globals, then the
/// builtins.
fn suggestion(vm: &mut Vm, exc: Value) -> Option<String> {
    let Some(ObjKind::Instance(i)) = exc.kind() else { return None };
    let e = i.exc.as_ref()?.borrow();
    let (obj, name) = e.hint?;
    let inner = e.traceback.first().map(|t| t.0);
    drop(e);
    let name = vm.sym_str(name).to_string();
    if !obj.is_null() {
        let names = crate::builtins::functions::dir_names(vm, obj).ok()?;
        return nearest(&names, &name);
    }
    if let Some(code) = inner {
        let c = crate::interp::code_ref(code);
        // The locals (`co_varnames`: no cell that is not an argument, no free variable).
        let nargs = c.argcount as usize + c.kwonlyargcount as usize;
        let end = c.varnames.len().saturating_sub(c.nfree as usize);
        let locals: Vec<String> = (0..end)
            .filter(|&s| s < nargs || !c.cellvars.contains(&(s as u32)))
            .map(|s| vm.sym_str(c.varnames[s]).to_string())
            .collect();
        if let Some(s) = nearest(&locals, &name) {
            return Some(s);
        }
    }
    let globals: Vec<String> = [
        "__name__",
        "__doc__",
        "__package__",
        "__loader__",
        "__spec__",
        "__annotations__",
        "__builtins__",
        "__file__",
        "__cached__",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(
        vm.globals
            .iter()
            .filter(|g| !g.value.is_null() && !vm.is_private_global(g.name))
            .map(|g| vm.sym_str(g.name).to_string()),
    )
    .collect();
    if let Some(s) = nearest(&globals, &name) {
        return Some(s);
    }
    let builtins: Vec<String> = BUILTIN_NAMES.iter().map(|s| s.to_string()).collect();
    nearest(&builtins, &name)
}

/// Substitutions cost this much, a case change alone [`CASE_COST`].
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The candidate nearest to `name` by CPython's weighted edit distance, if one needs at
/// most a third of the characters involved changed (ties: the first); None among 750 or
/// more candidates.
fn nearest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= 750 {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

/// CPython's Levenshtein distance on bytes (a case flip costs [`CASE_COST`], anything else
/// [`MOVE_COST`]); more than `max` once it must be.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        (a, b) = (&a[1..], &b[1..]);
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        (a, b) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let cost = |x: u8, y: u8| {
        if x == y {
            0
        } else if x.eq_ignore_ascii_case(&y) {
            CASE_COST
        } else {
            MOVE_COST
        }
    };
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diag = bi * MOVE_COST;
        result = diag;
        let mut minimum = usize::MAX;
        for (ai, &ch) in a.iter().enumerate() {
            let substitute = diag + cost(code, ch);
            diag = row[ai];
            let insert_delete = result.min(diag) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}
