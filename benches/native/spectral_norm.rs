//! Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to
//! N x N: the native counterpart of `benches/programs/spectral_norm.py`. Ten rounds of power
//! iteration on AᵀA estimate the largest singular value.
//!
//! Usage: spectral_norm [N]   (default 600)

/// The entry A(i, j).
fn a(i: usize, j: usize) -> f64 {
    let s = i + j;
    1.0 / (s * (s + 1) / 2 + i + 1) as f64
}

/// `out = A v`.
fn mul_a(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        *o = v.iter().enumerate().map(|(j, x)| a(i, j) * x).sum();
    }
}

/// `out = Aᵀ v`.
fn mul_at(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        *o = v.iter().enumerate().map(|(j, x)| a(j, i) * x).sum();
    }
}

/// `out = AᵀA v`, using `tmp` for `A v`.
fn mul_ata(v: &[f64], out: &mut [f64], tmp: &mut [f64]) {
    mul_a(v, tmp);
    mul_at(tmp, out);
}

fn main() {
    let n = match std::env::args().nth(1) {
        Some(arg) => arg.parse().unwrap_or_else(|_| {
            eprintln!("spectral_norm: N must be a whole number, got '{arg}'");
            std::process::exit(2)
        }),
        None => 600,
    };
    let mut u = vec![1.0; n];
    let mut v = vec![0.0; n];
    let mut tmp = vec![0.0; n];
    for _ in 0..10 {
        mul_ata(&u, &mut v, &mut tmp);
        mul_ata(&v, &mut u, &mut tmp);
    }
    let (vbv, vv) = u.iter().zip(&v).fold((0.0, 0.0), |(vbv, vv), (x, y)| (vbv + x * y, vv + y * y));
    println!("spectral norm: {:.9}", (vbv / vv).sqrt());
}
