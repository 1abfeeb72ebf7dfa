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
  --stats    print instructions executed, calls, allocations, collections and
             time in GC to stderr when the program ends

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

fn cmd_run(args: &[String]) -> ExitCode {
    let mut opts = RunOptions::default();
    let mut i = 0;
    while i < args.len() && args[i].starts_with('-') && args[i] != "-c" {
        match args[i].as_str() {
            "--stats" => opts.stats = true,
            "--help" | "-h" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage_error(&format!("unknown option '{other}'")),
        }
        i += 1;
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
    let status = run_source(&source, &filename, &opts);
    ExitCode::from(status.clamp(0, 255) as u8)
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
