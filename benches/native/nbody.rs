//! N-body simulation of the four outer planets orbiting the Sun: the native counterpart of
//! `benches/programs/nbody.py`. Prints the total energy before and after STEPS steps of
//! symplectic Euler integration, then a position checksum.
//!
//! Usage: nbody [STEPS]   (default 500000)

// The initial conditions are the Python program's literals, digit for digit.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

#[derive(Clone, Copy)]
struct Body {
    pos: [f64; 3],
    vel: [f64; 3],
    mass: f64,
}

impl Body {
    /// A body from its position in AU, velocity in AU per day and mass in solar masses.
    fn new(pos: [f64; 3], vel_per_day: [f64; 3], solar_masses: f64) -> Body {
        Body { pos, vel: vel_per_day.map(|v| v * DAYS_PER_YEAR), mass: solar_masses * SOLAR_MASS }
    }

    fn kinetic_energy(&self) -> f64 {
        let [vx, vy, vz] = self.vel;
        0.5 * self.mass * (vx * vx + vy * vy + vz * vz)
    }
}

/// `a.pos - b.pos`.
fn delta(a: &Body, b: &Body) -> [f64; 3] {
    [a.pos[0] - b.pos[0], a.pos[1] - b.pos[1], a.pos[2] - b.pos[2]]
}

fn squared_norm([x, y, z]: [f64; 3]) -> f64 {
    x * x + y * y + z * z
}

fn make_system() -> [Body; 5] {
    let sun = Body::new([0.0; 3], [0.0; 3], 1.0);
    let jupiter = Body::new(
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
        [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05],
        9.54791938424326609e-04,
    );
    let saturn = Body::new(
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
        [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05],
        2.85885980666130812e-04,
    );
    let uranus = Body::new(
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
        [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05],
        4.36624404335156298e-05,
    );
    let neptune = Body::new(
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
        [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05],
        5.15138902046611451e-05,
    );
    [sun, jupiter, saturn, uranus, neptune]
}

/// Gives the Sun the velocity that makes the system's total momentum zero.
fn offset_momentum(bodies: &mut [Body]) {
    let mut momentum = [0.0; 3];
    for body in bodies.iter() {
        for (p, v) in momentum.iter_mut().zip(body.vel) {
            *p += v * body.mass;
        }
    }
    bodies[0].vel = momentum.map(|p| -p / SOLAR_MASS);
}

fn energy(bodies: &[Body]) -> f64 {
    let mut e = 0.0;
    for (i, a) in bodies.iter().enumerate() {
        e += a.kinetic_energy();
        for b in &bodies[i + 1..] {
            e -= (a.mass * b.mass) / squared_norm(delta(a, b)).sqrt();
        }
    }
    e
}

fn advance(bodies: &mut [Body], dt: f64, steps: usize) {
    for _ in 0..steps {
        for i in 0..bodies.len() {
            let (head, tail) = bodies.split_at_mut(i + 1);
            let a = &mut head[i];
            for b in tail.iter_mut() {
                let d = delta(a, b);
                let d2 = squared_norm(d);
                let mag = dt / (d2 * d2.sqrt());
                let (bm, am) = (b.mass * mag, a.mass * mag);
                for ((av, bv), dk) in a.vel.iter_mut().zip(&mut b.vel).zip(d) {
                    *av -= dk * bm;
                    *bv += dk * am;
                }
            }
        }
        for body in bodies.iter_mut() {
            for (p, v) in body.pos.iter_mut().zip(body.vel) {
                *p += dt * v;
            }
        }
    }
}

fn main() {
    let steps = match std::env::args().nth(1) {
        Some(arg) => arg.parse().unwrap_or_else(|_| {
            eprintln!("nbody: STEPS must be a whole number, got '{arg}'");
            std::process::exit(2)
        }),
        None => 500_000,
    };
    let mut bodies = make_system();
    offset_momentum(&mut bodies);
    println!("energy before: {:.9}", energy(&bodies));
    advance(&mut bodies, 0.01, steps);
    println!("energy after: {:.9}", energy(&bodies));
    let checksum: f64 = bodies.iter().map(|b| b.pos[0] + b.pos[1] + b.pos[2]).sum();
    println!("position checksum: {checksum:.6}");
}
