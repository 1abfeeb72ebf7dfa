//! Fannkuch-redux: the native counterpart of `benches/programs/fannkuch.py`. For every
//! permutation of 0..N-1, repeatedly reverse the prefix whose length is one more than the
//! first element until 0 comes first; report the maximum flip count and an alternating-sign
//! checksum of the flip counts. Permutations are visited in rotation order driven by a count
//! array; the whole computation is repeated ROUNDS times.
//!
//! Usage: fannkuch [N] [ROUNDS]   (defaults: N=9, ROUNDS=5)

/// What one pass over all permutations of 0..n-1 found.
struct Pancakes {
    max_flips: u32,
    checksum: i64,
    permutations: u64,
}

/// Flips `work` (a copy of a permutation) until 0 comes first; returns the number of flips.
fn count_flips(work: &mut [usize]) -> u32 {
    let mut flips = 0;
    while work[0] != 0 {
        let first = work[0];
        work[..=first].reverse();
        flips += 1;
    }
    flips
}

fn fannkuch(n: usize) -> Pancakes {
    let mut perm: Vec<usize> = (0..n).collect();
    let mut work = perm.clone();
    let mut count = vec![0; n];
    let mut result = Pancakes { max_flips: 0, checksum: 0, permutations: 0 };
    let mut sign = 1;
    let mut r = n;
    loop {
        while r > 1 {
            count[r - 1] = r;
            r -= 1;
        }
        if perm[0] != 0 {
            work.copy_from_slice(&perm);
            let flips = count_flips(&mut work);
            result.max_flips = result.max_flips.max(flips);
            result.checksum += sign * i64::from(flips);
        }
        sign = -sign;
        result.permutations += 1;

        // Advance to the next permutation: rotate the first r+1 elements left by one until a
        // rotation count has not run out.
        loop {
            if r == n {
                return result;
            }
            perm[..=r].rotate_left(1);
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
    }
}

/// The numeric argument at `index`, or `default` when it is absent.
fn arg(index: usize, name: &str, default: usize) -> usize {
    match std::env::args().nth(index) {
        Some(arg) => arg.parse().unwrap_or_else(|_| {
            eprintln!("fannkuch: {name} must be a whole number, got '{arg}'");
            std::process::exit(2)
        }),
        None => default,
    }
}

fn main() {
    let n = arg(1, "N", 9);
    let rounds = arg(2, "ROUNDS", 5);
    let (mut best, mut checksum, mut total) = (0, 0, 0);
    for _ in 0..rounds {
        let pass = fannkuch(n);
        best = best.max(pass.max_flips);
        checksum += pass.checksum;
        total += pass.permutations;
    }
    println!("rounds: {rounds}");
    println!("permutations: {total}");
    println!("checksum: {checksum}");
    println!("Pfannkuchen({n}) = {best}");
}
