//! `kiln`: the runner. Runs Python programs on Kiln's interpreter and prints bytecode.

use std::process::ExitCode;

use kiln_vm::run::{run_source, RunOptions};

mod bench;

/// mimalloc, as CPython 3.13 also bundles: a VM allocates and frees many small objects,
/// where glibc's malloc spends much of its time consolidating free chunks.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
kiln — a research testbed for adaptive optimizers of a Python 3 subset

Usage:
  kiln run [OPTIONS] FILE [ARGS...]   run a program (ARGS become sys.argv[1:])
  kiln run [OPTIONS] -c CODE [ARGS...] run a program given as a string
  kiln dis FILE                       print the bytecode of every code object
  kiln bench [OPTIONS] [PROGRAM...]   run the benchmark suite against python3 and
                                      pypy3 (see 'kiln bench --help')
  kiln --help                         show this help

Options (before FILE):
  --stats              print instructions executed, calls, allocations, collections,
                       time in GC (and with the JIT the regions' counters and
                       compile times) to stderr when the program ends
  --jit on|off|ir      on (default): hot regions are recorded, optimized and
                       compiled to machine code with Cranelift; off: the
                       interpreter alone; ir: regions run in the region-IR executor
  --regions SHAPE      trace (default: loops traced through calls, callees
                       inlined), loop (one loop of one frame) or frame (function
                       bodies from entry to return, and loops, never inlining)
  --passes LIST        optimizer passes: default, none, or a comma-separated list
                       of fold, cse, guards, peel, unbox, sink, resume, dce
  --jit-param K=V      set a tunable: hot_loop, hot_func, hot_exit,
                       max_trace_ops, abort_limit, storm_window,
                       storm_iterations, max_grafts, chaos
  --log                print recorded regions, the IR after each pass and (with
                       --jit on) Cranelift IR and machine code to stderr
  --target TRIPLE      compile regions for another target (e.g.
                       aarch64-unknown-linux-gnu): logged and measured, but run in
                       the region-IR executor
  --perf-map           write /tmp/perf-<pid>.map naming each compiled region after
                       its Python functions, for perf report

Environment:
  KILN_GC_STRESS=1   collect garbage at every safepoint (for testing)

Exit status: 0 on success, 1 on an uncaught exception or a compile error,
2 on bad usage.
";

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("kiln: {msg}");
    eprintln!("Try 'kiln --help' for more information.");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "--help" | "-h" | "help" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        "run" => cmd_run(&args[1..]),
        "dis" => cmd_dis(&args[1..]),
        "bench" => bench::cmd_bench(&args[1..]),
        other => usage_error(&format!("unknown command '{other}'")),
    }
}

fn read_source(path: &str) -> Result<String, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(_) => {
                eprintln!("SyntaxError: Non-UTF-8 code in file {path}");
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!("kiln: can't open file '{path}': {e}");
            Err(ExitCode::from(2))
        }
    }
}

/// The optimizer options of `kiln run`.
struct JitOptions {
    mode: String,
    shape: Option<String>,
    cfg: kiln_regions::optimizer::Config,
    target: Option<String>,
    perf_map: bool,
}

/// Turns the optimizer options into the thing `run_source` attaches, or an exit status
/// when they are wrong or ask for something not built yet.
fn jit_attach(jit: JitOptions) -> Result<Option<kiln_vm::run::Attach>, ExitCode> {
    use kiln_regions::optimizer::{Optimizer, Shape};
    match jit.mode.as_str() {
        "off" => {
            if jit.shape.is_some() || jit.target.is_some() || jit.perf_map {
                return Err(usage_error("--regions, --target and --perf-map need --jit on or ir"));
            }
            Ok(None)
        }
        "ir" | "on" => {
            let mut cfg = jit.cfg;
            cfg.shape = match jit.shape.as_deref().map(Shape::parse).transpose() {
                Ok(s) => s.unwrap_or(Shape::Trace),
                Err(e) => return Err(usage_error(&e)),
            };
            let native = jit.mode == "on";
            if !native && (jit.target.is_some() || jit.perf_map) {
                return Err(usage_error("--target and --perf-map need --jit on"));
            }
            let jopts = kiln_jit::JitOptions {
                target: jit.target,
                log: cfg.log,
                perf_map: jit.perf_map,
                chaos: cfg.params.get("chaos").copied().unwrap_or(0),
            };
            if native {
                // Fail early on a bad target rather than when the first region is hot.
                if let Err(e) = kiln_jit::Jit::new(jopts.clone()) {
                    return Err(usage_error(&e));
                }
            }
            let attach = move |vm: &mut kiln_vm::vm::Vm| -> Box<dyn FnOnce(&mut kiln_vm::vm::Vm) -> String> {
                let backend: Option<std::rc::Rc<dyn kiln_regions::backend::Backend>> = if native {
                    kiln_jit::Jit::new(jopts.clone()).ok().map(|j| std::rc::Rc::new(j) as _)
                } else {
                    None
                };
                let opt = Optimizer::attach_with(vm, cfg.clone(), backend);
                Box::new(move |_vm| opt.report())
            };
            Ok(Some(kiln_vm::run::Attach(std::sync::Arc::new(attach))))
        }
        other => Err(usage_error(&format!("--jit: expected on, off or ir, got '{other}'"))),
    }
}

fn cmd_run(args: &[String]) -> ExitCode {
    let mut opts = RunOptions::default();
    let mut jit = JitOptions {
        mode: "on".to_string(),
        shape: None,
        cfg: Default::default(),
        target: None,
        perf_map: false,
    };
    let mut i = 0;
    while i < args.len() && args[i].starts_with('-') && args[i] != "-c" {
        let (flag, inline) = match args[i].split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (args[i].as_str(), None),
        };
        let takes_value = matches!(flag, "--jit" | "--regions" | "--passes" | "--jit-param" | "--target");
        let value = if takes_value {
            match inline.or_else(|| {
                i += 1;
                args.get(i).cloned()
            }) {
                Some(v) => v,
                None => return usage_error(&format!("{flag} needs a value")),
            }
        } else {
            String::new()
        };
        match flag {
            "--stats" => opts.stats = true,
            "--log" => jit.cfg.log = true,
            "--jit" => jit.mode = value,
            "--regions" => jit.shape = Some(value),
            "--target" => jit.target = Some(value),
            "--perf-map" => jit.perf_map = true,
            "--passes" => match kiln_regions::passes::parse_pass_list(&value) {
                Ok(p) => jit.cfg.passes = p,
                Err(e) => return usage_error(&format!("--passes: {e}")),
            },
            "--jit-param" => {
                if let Err(e) = jit.cfg.set_param(&value) {
                    return usage_error(&format!("--jit-param: {e}"));
                }
            }
            "--help" | "-h" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage_error(&format!("unknown option '{other}'")),
        }
        i += 1;
    }
    match jit_attach(jit) {
        Ok(a) => opts.attach = a,
        Err(code) => return code,
    }
    if i >= args.len() {
        return usage_error("run: missing FILE or -c CODE");
    }
    let (source, filename, rest) = if args[i] == "-c" {
        let Some(code) = args.get(i + 1) else {
            return usage_error("run: -c needs an argument");
        };
        (code.clone(), "<string>".to_string(), &args[i + 2..])
    } else {
        let path = &args[i];
        match read_source(path) {
            Ok(s) => (s, path.clone(), &args[i + 1..]),
            Err(code) => return code,
        }
    };
    opts.argv = std::iter::once(if filename == "<string>" { "-c".to_string() } else { filename.clone() })
        .chain(rest.iter().cloned())
        .collect();
    // As CPython 3.11 names the main script (in tracebacks and `__file__`): by its
    // absolute path, symbolic links kept; `sys.argv[0]` stays as given.
    let filename = match std::path::absolute(&filename) {
        Ok(p) if filename != "<string>" => p.to_string_lossy().into_owned(),
        _ => filename,
    };
    let status = run_source(&source, &filename, &opts);
    // As a POSIX exit status: the low eight bits (`sys.exit(-1)` is 255, 256 is 0).
    ExitCode::from(status as u8)
}

fn cmd_dis(args: &[String]) -> ExitCode {
    let [path] = args else {
        return usage_error("dis: expected exactly one FILE");
    };
    let source = match read_source(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match kiln_vm::compiler::compile_module(&source, path) {
        Ok(unit) => {
            print!("{}", kiln_vm::dis::disassemble(&unit));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let kind = match e.kind {
                kiln_vm::compiler::CompileErrorKind::SyntaxError => "SyntaxError",
                kiln_vm::compiler::CompileErrorKind::NotImplemented => "NotImplementedError",
            };
            eprintln!("  File \"{path}\", line {}", e.line);
            eprintln!("{kind}: {} ({path}:{}:{})", e.msg, e.line, e.col);
            ExitCode::from(1)
        }
    }
}
