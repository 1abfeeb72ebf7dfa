//! Mandelbrot set: the native counterpart of `benches/programs/mandelbrot.py`. Escape-time
//! iteration z -> z*z + c over a fixed window of the complex plane, sampled on ROWS rows of
//! 160 columns; each row is rendered to shade characters. Prints the total iteration count,
//! how many points never escaped, the middle row and a rolling hash of all rows.
//!
//! Usage: mandelbrot [ROWS] [MAX_ITER]   (defaults: ROWS=3200, MAX_ITER=200)

const WIDTH: usize = 160;
const SHADES: &[u8] = b" .:-=+*#%@";
const X_MIN: f64 = -2.2;
const X_MAX: f64 = 0.8;
const Y_MIN: f64 = -1.25;
const Y_MAX: f64 = 1.25;
const MODULUS: u64 = 1_000_000_007;

/// Iterations before `c` escapes the circle of radius 2, at most `max_iter`.
fn escape_time(cr: f64, ci: f64, max_iter: u32) -> u32 {
    let (mut zr, mut zi) = (0.0f64, 0.0f64);
    for n in 0..max_iter {
        let (zr2, zi2) = (zr * zr, zi * zi);
        if zr2 + zi2 > 4.0 {
            return n;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
    }
    max_iter
}

/// The escape times of row `y` of `rows`, and the row rendered as shades.
fn render_row(y: usize, rows: usize, max_iter: u32) -> (Vec<u32>, String) {
    let ci = Y_MIN + (Y_MAX - Y_MIN) * (y as f64 + 0.5) / rows as f64;
    let step = (X_MAX - X_MIN) / WIDTH as f64;
    let counts: Vec<u32> =
        (0..WIDTH).map(|x| escape_time(X_MIN + (x as f64 + 0.5) * step, ci, max_iter)).collect();
    let last = SHADES.len() - 1;
    let line = counts
        .iter()
        .map(|&c| char::from(SHADES[if c >= max_iter { last } else { c as usize % last }]))
        .collect();
    (counts, line)
}

/// The numeric argument at `index`, or `default` when it is absent.
fn arg<T: std::str::FromStr>(index: usize, name: &str, default: T) -> T {
    match std::env::args().nth(index) {
        Some(arg) => arg.parse().unwrap_or_else(|_| {
            eprintln!("mandelbrot: {name} must be a whole number, got '{arg}'");
            std::process::exit(2)
        }),
        None => default,
    }
}

fn main() {
    let rows: usize = arg(1, "ROWS", 3200);
    let max_iter: u32 = arg(2, "MAX_ITER", 200);
    let mut total: u64 = 0;
    let mut inside: usize = 0;
    let mut digest: u64 = 0;
    let mut middle = String::new();
    for y in 0..rows {
        let (counts, line) = render_row(y, rows, max_iter);
        total += counts.iter().map(|&c| u64::from(c)).sum::<u64>();
        inside += counts.iter().filter(|&&c| c == max_iter).count();
        digest = line.bytes().fold(digest, |d, b| (d * 31 + u64::from(b)) % MODULUS);
        if y == rows / 2 {
            middle = line;
        }
    }
    println!("grid: {WIDTH}x{rows}, max_iter={max_iter}");
    println!("total iterations: {total}");
    println!("points inside: {inside} ({:.3}%)", 100.0 * inside as f64 / (WIDTH * rows) as f64);
    println!("middle row: |{}|", middle.trim_end());
    println!("checksum: {digest}");
}
