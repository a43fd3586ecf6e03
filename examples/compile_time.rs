//! What `#[differentiable]` costs at compile time: `cargo check` of a throwaway downstream crate,
//! with and without the attribute, as the number of functions, `if`s, terms and nested loops
//! grows, and when the crate forgot `use backprop::prelude::*`.
//!
//! In: nothing (the crates are written under `target/compile-time/`, which is reused between
//! runs). Out: one table of medians, ratios to the same code without the attribute, each
//! family's growth when its size doubles (2.0 is linear), and the macro's own expansion time per
//! small function (it prints it when `BACKPROP_TIME_EXPANSION` is set). Run it with
//! `cargo run --release --example compile_time` (`-- --quick` for smaller sizes, `--rounds N`,
//! `--family TEXT` for the families whose name contains TEXT, without the expansion timing,
//! `--optimized-macro` for the macro built optimized).
//! The crates build the macro the way a user's debug build does (opt-level 0); with
//! `--optimized-macro`, the way a user gets by adding `[profile.dev.build-override]
//! opt-level = 3` to their Cargo.toml (opt-level 3, for the macro and its dependencies). Those
//! crates and their own target directory live under `target/compile-time/optimized-macro/`, so
//! the two builds of the macro never overwrite each other. The table's heading and the expansion
//! line say which build was used.
//!
//! Times are CPU time (user + system of `cargo check` and the `rustc` it runs, from
//! `/proc/self/stat`'s children's times) where the system reports it, else wall-clock; the
//! checks with and without the attribute alternate (with, without, with, without, …) so that a
//! change in the machine's load falls on both. Incremental compilation is off: the source is
//! rewritten unchanged between rounds, and an incremental check would reuse the previous
//! round's type checking, which a user's edit does not.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A check that runs longer than this is stopped and reported as "more than".
const TIME_LIMIT: Duration = Duration::from_secs(180);

/// How the downstream crates build the proc macro.
#[derive(Clone, Copy)]
enum MacroBuild {
    /// As a user's debug build does: the dev profile's default, opt-level 0.
    Debug,
    /// With `[profile.dev.build-override] opt-level = 3` in each crate's Cargo.toml, which
    /// builds proc macros, build scripts and their dependencies at opt-level 3.
    Optimized,
}

impl MacroBuild {
    /// Which build, for the table's heading and the expansion line.
    fn describe(self) -> &'static str {
        match self {
            MacroBuild::Debug => "macro built at opt-level 0 (a user's default debug build)",
            MacroBuild::Optimized => {
                "macro built at opt-level 3 (`[profile.dev.build-override] opt-level = 3`)"
            }
        }
    }

    /// What the crates' Cargo.toml adds for this build.
    fn manifest(self) -> &'static str {
        match self {
            MacroBuild::Debug => "",
            MacroBuild::Optimized => "\n[profile.dev.build-override]\nopt-level = 3\n",
        }
    }

    /// Where this build's crates and target directory go, under `root`
    /// (`target/compile-time/`): its own directory for the optimized build, so that neither a
    /// crate nor a compiled macro of one build is reused by the other.
    fn work(self, root: &Path) -> PathBuf {
        match self {
            MacroBuild::Debug => root.to_path_buf(),
            MacroBuild::Optimized => root.join("optimized-macro"),
        }
    }
}

/// One crate to check: its name, its source with and without the attribute.
struct Case {
    family: &'static str,
    size: usize,
    with_attribute: String,
    without_attribute: String,
}

/// How long one check took (CPU time where the system reports it, see [`children_cpu`]), or
/// that it was stopped at the limit.
#[derive(Clone, Copy)]
enum Timing {
    Took(Duration),
    Stopped,
}

/// Whether the check of a family's crate must succeed (every family but the missing import
/// and the missing prelude).
fn must_compile(family: &str) -> bool {
    !family.starts_with("missing ")
}

/// The CPU time (user + system) of this process's children that have been waited for, from
/// `/proc/self/stat` (fields 16 and 17, in clock ticks of 1/100 s: Linux's `USER_HZ`), or
/// `None` where the system does not report it. A `cargo check`'s difference covers cargo and
/// every `rustc` it ran.
fn children_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.get(stat.rfind(')')? + 2..)?.split_whitespace().collect();
    let ticks = |field: usize| fields.get(field - 3)?.parse::<u64>().ok();
    Some(Duration::from_millis(10 * (ticks(16)? + ticks(17)?)))
}

impl Timing {
    fn seconds(self) -> Option<f64> {
        match self {
            Timing::Took(time) => Some(time.as_secs_f64()),
            Timing::Stopped => None,
        }
    }

    fn show(self) -> String {
        match self {
            Timing::Took(time) => format!("{:.2} s", time.as_secs_f64()),
            Timing::Stopped => format!("> {} s", TIME_LIMIT.as_secs()),
        }
    }
}

fn main() {
    let mut quick = false;
    let mut rounds = 3;
    let mut family = None;
    let mut build = MacroBuild::Debug;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--quick" => quick = true,
            "--rounds" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => rounds = n,
                _ => exit_with("--rounds takes a positive whole number"),
            },
            "--family" => match args.next() {
                Some(text) => family = Some(text),
                None => exit_with("--family takes a part of a family's name, e.g. `import`"),
            },
            "--optimized-macro" => build = MacroBuild::Optimized,
            other => exit_with(&format!(
                "unknown argument `{other}`: use --quick, --rounds N, --family TEXT or \
                 --optimized-macro"
            )),
        }
    }
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let work = build.work(&project.join("target/compile-time"));
    if let Err(error) = std::fs::create_dir_all(&work) {
        exit_with(&format!("cannot create {}: {error}", work.display()));
    }

    let scale = if quick { 4 } else { 1 };
    let mut cases = cases(scale);
    if let Some(text) = &family {
        cases.retain(|case| case.family.contains(text.as_str()));
        if cases.is_empty() {
            exit_with(&format!("no family's name contains `{text}`"));
        }
    }
    eprintln!("building backprop once for the downstream crates…");
    warm_up(&project, &work, build);
    let load_before = load_average();
    let expansion = if family.is_none() {
        eprintln!("timing the expansions of {} small functions…", 200 / scale);
        Some(expansion_times(&project, &work, build, &small_functions(200 / scale)))
    } else {
        None
    };

    let unit = if children_cpu().is_some() { "CPU time" } else { "wall-clock" };
    let mut table = format!(
        "medians of {rounds} rounds, {unit}, with and without the attribute alternating, {}\n\n\
         | family | size | with #[differentiable] | without | ratio |\n|---|---|---|---|---|\n",
        build.describe()
    );
    let mut medians = Vec::new();
    for case in &cases {
        eprintln!("checking {} × {} ({rounds} rounds)…", case.family, case.size);
        let (with, without) = alternating(rounds, |with_attribute| {
            check(&project, &work, build, case, with_attribute)
        });
        let ratio = match (with.seconds(), without.seconds()) {
            (Some(a), Some(b)) => format!("{:.1}×", a / b),
            _ => "–".to_owned(),
        };
        let _ = writeln!(
            table,
            "| {} | {} | {} | {} | {ratio} |",
            case.family,
            case.size,
            with.show(),
            without.show()
        );
        medians.push((case.family, case.size, with, without));
    }
    println!("{table}");
    if let Some(expansion) = expansion {
        println!("{}", expansion.show());
    }
    println!("{}", summary(&medians));
    println!(
        "machine load (1-minute average, /proc/loadavg) before and after: {} and {}",
        load_before.unwrap_or_else(|| "unknown".to_owned()),
        load_average().unwrap_or_else(|| "unknown".to_owned())
    );
}

/// The families, each at three sizes that double.
fn cases(scale: usize) -> Vec<Case> {
    let mut cases = Vec::new();
    for n in [50, 100, 200].map(|n| n / scale) {
        cases.push(small_functions(n));
    }
    for k in [128, 256, 512].map(|k| k / scale) {
        cases.push(many_ifs(k));
    }
    for k in [128, 256, 512].map(|k| k / scale) {
        cases.push(long_sum(k));
    }
    for depth in [8, 16, 32].map(|d| d / scale) {
        cases.push(nested_loops(depth));
    }
    for n in [50, 100, 200].map(|n| n / scale) {
        cases.push(missing_import(n, false));
        cases.push(missing_import(n, true));
    }
    for n in [50, 100, 200].map(|n| n / scale) {
        cases.push(missing_prelude(n));
    }
    cases
}

/// `n` small scalar functions, each its own item.
fn small_functions(n: usize) -> Case {
    let body = |attribute: &str| {
        let mut text = String::from("use backprop::prelude::*;\n");
        for i in 0..n {
            let _ = writeln!(
                text,
                "{attribute}pub fn f_{i}(x: f64, y: f64) -> f64 {{ let z = x * y + {i}.0; z.sin() * x }}"
            );
        }
        text
    };
    Case::new("small functions", n, body)
}

/// One function with `k` `if`/`else` on a constant.
fn many_ifs(k: usize) -> Case {
    let body = |attribute: &str| {
        let mut text = format!(
            "use backprop::prelude::*;\n{attribute}pub fn branches(x: f64, n: usize) -> f64 {{\n    let mut y = x;\n"
        );
        for i in 0..k {
            let _ = writeln!(text, "    if n > {i} {{ y = y * 1.5; }} else {{ y = y + x; }}");
        }
        text.push_str("    y\n}\n");
        text
    };
    Case::new("ifs in one function", k, body)
}

/// One function returning a sum of `k` products.
fn long_sum(k: usize) -> Case {
    let body = |attribute: &str| {
        let terms: Vec<String> = (0..k).map(|i| format!("x * {i}.5")).collect();
        format!(
            "use backprop::prelude::*;\n{attribute}pub fn sum(x: f64) -> f64 {{\n    {}\n}}\n",
            terms.join(" + ")
        )
    };
    Case::new("terms in one sum", k, body)
}

/// One function with `depth` nested `for` loops over a constant range.
fn nested_loops(depth: usize) -> Case {
    let body = |attribute: &str| {
        let mut text = format!(
            "use backprop::prelude::*;\n{attribute}pub fn nested(x: f64, n: usize) -> f64 {{\n    let mut y = x;\n"
        );
        for level in 0..depth {
            let _ = writeln!(text, "for i_{level} in 0..n {{");
        }
        text.push_str("y = y * 1.01;\n");
        text.push_str(&"}\n".repeat(depth));
        text.push_str("    y\n}\n");
        text
    };
    Case::new("nested for loops", depth, body)
}

/// `n` matrix functions in a crate that forgot to import `DMatrix` (every one is an error), or
/// the same file with its import (`imported`), to tell the attribute's usual cost from what the
/// missing import adds.
fn missing_import(n: usize, imported: bool) -> Case {
    let function = |i: usize| {
        format!(
            "pub fn g_{i}(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 {{ (w * x).sum() * {i}.0 }}"
        )
    };
    let family = if imported { "same file, imported" } else { "missing import (errors)" };
    Case::new(family, n, |attribute| prelude_file(attribute, imported, n, function))
}

/// `n` functions like README's `loss` (a product, `add_bias`, `sigmoid`, `mse`) in a crate
/// that forgot `use backprop::prelude::*`: every type and every primitive is an error.
fn missing_prelude(n: usize) -> Case {
    let function = |i: usize| {
        format!(
            "pub fn loss_{i}(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, \
             y: &DMatrix<f64>) -> f64 {{\n    let z = add_bias(&(w * x), b);\n    \
             let h = sigmoid(&z);\n    mse(&h, y) * {i}.0\n}}"
        )
    };
    Case::new("missing prelude (errors)", n, |attribute| {
        prelude_file(attribute, false, n, function)
    })
}

/// A file of `n` functions (`function(i)` each, under `attribute` spelled by its path, which
/// needs no import), with `use backprop::prelude::*;` only when `imported`.
fn prelude_file(
    attribute: &str,
    imported: bool,
    n: usize,
    function: impl Fn(usize) -> String,
) -> String {
    let attribute = attribute.replace("#[differentiable]", "#[backprop::differentiable]");
    let mut text = String::from(if imported { "use backprop::prelude::*;\n" } else { "" });
    for i in 0..n {
        let _ = writeln!(text, "{attribute}{}", function(i));
    }
    text
}

impl Case {
    fn new(family: &'static str, size: usize, body: impl Fn(&str) -> String) -> Case {
        Case {
            family,
            size,
            with_attribute: body("#[differentiable]\n"),
            without_attribute: body(""),
        }
    }

    fn crate_name(&self, with_attribute: bool) -> String {
        let family: String =
            self.family.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        let variant = if with_attribute { "with" } else { "without" };
        format!("{family}_{}_{variant}", self.size)
    }
}

/// Builds `backprop` and its dependencies into the shared target directory, so that each case
/// then measures only its own crate.
fn warm_up(project: &Path, work: &Path, build: MacroBuild) {
    let case = Case::new("warm up", 1, |attribute| {
        format!("use backprop::prelude::*;\n{attribute}pub fn f(x: f64) -> f64 {{ x.sin() }}\n")
    });
    if let Timing::Stopped = check(project, work, build, &case, true) {
        exit_with("building backprop for the downstream crates took too long");
    }
}

/// What `#[differentiable]` reported for each of its expansions in one build: wall-clock and
/// thread CPU time, in milliseconds, and which build of the macro reported them.
struct Expansions {
    wall: Vec<f64>,
    cpu: Vec<f64>,
    build: MacroBuild,
}

impl Expansions {
    fn show(&self) -> String {
        let median = |values: &[f64]| {
            let mut sorted = values.to_vec();
            sorted.sort_by(f64::total_cmp);
            sorted.get(sorted.len() / 2).copied()
        };
        // The thread's CPU clock advances in steps of a few milliseconds (the scheduler's
        // tick), so one expansion reads 0 or 4 ms: the mean over many is the figure, not the
        // median.
        let cpu = if self.cpu.is_empty() {
            String::new()
        } else {
            let mean = self.cpu.iter().sum::<f64>() / self.cpu.len() as f64;
            format!(", {mean:.2} ms of CPU (mean)")
        };
        match median(&self.wall) {
            Some(wall) => format!(
                "expansion alone, per small function ({} of them), {}: {wall:.1} ms wall-clock \
                 (median){cpu}",
                self.wall.len(),
                self.build.describe()
            ),
            None => "expansion alone: the macro printed no timings".to_owned(),
        }
    }
}

/// Checks `case` (with the attribute) once with `BACKPROP_TIME_EXPANSION` set and collects the
/// times the macro prints, one line per expansion.
fn expansion_times(project: &Path, work: &Path, build: MacroBuild, case: &Case) -> Expansions {
    let name = format!("{}_timed", case.crate_name(true));
    let dir = work.join(&name);
    if let Err(error) = write_crate(project, &dir, &name, build, &case.with_attribute) {
        exit_with(&format!("cannot write {}: {error}", dir.display()));
    }
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env("BACKPROP_TIME_EXPANSION", "1")
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    let output = match output {
        Ok(output) if output.status.success() => output,
        Ok(_) => exit_with(&format!("{name} does not compile")),
        Err(error) => exit_with(&format!("cannot run cargo: {error}")),
    };
    let mut expansions = Expansions { wall: Vec::new(), cpu: Vec::new(), build };
    for line in String::from_utf8_lossy(&output.stderr).lines() {
        let Some(rest) = line.strip_prefix("BACKPROP_TIME_EXPANSION: ") else { continue };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let nanos = |label: &str| {
            let at = words.iter().position(|word| *word == label)?;
            words.get(at + 1)?.parse::<f64>().ok()
        };
        if let Some(wall) = nanos("wall") {
            expansions.wall.push(wall / 1e6);
        }
        if let Some(cpu) = nanos("cpu") {
            expansions.cpu.push(cpu / 1e6);
        }
    }
    expansions
}

/// The 1-minute load average, where the system reports it: timings on a busy machine stretch.
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next().map(str::to_owned)
}

/// Writes the case's crate and times one `cargo check` of it.
fn check(
    project: &Path,
    work: &Path,
    build: MacroBuild,
    case: &Case,
    with_attribute: bool,
) -> Timing {
    let name = case.crate_name(with_attribute);
    let dir = work.join(&name);
    let source = if with_attribute { &case.with_attribute } else { &case.without_attribute };
    let written = write_crate(project, &dir, &name, build, source);
    if let Err(error) = written {
        exit_with(&format!("cannot write {}: {error}", dir.display()));
    }
    let mut command = Command::new(env!("CARGO"));
    command
        .args(["check", "--quiet", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let cpu_before = children_cpu();
    let start = Instant::now();
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) => exit_with(&format!("cannot run cargo: {error}")),
    };
    loop {
        match child.try_wait() {
            Ok(Some(status)) if !status.success() && must_compile(case.family) => {
                exit_with(&format!(
                    "{name} does not compile: `cargo check --manifest-path {}` shows why",
                    dir.join("Cargo.toml").display()
                ));
            }
            Ok(Some(_)) => {
                let wall = start.elapsed();
                let cpu = children_cpu()
                    .zip(cpu_before)
                    .and_then(|(after, before)| after.checked_sub(before));
                return Timing::Took(cpu.unwrap_or(wall));
            }
            Ok(None) if start.elapsed() > TIME_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Timing::Stopped;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(error) => exit_with(&format!("cannot wait for cargo: {error}")),
        }
    }
}

/// A package with `source` as its `lib.rs` and `build`'s profile in its Cargo.toml; the source is
/// rewritten every time, so its mtime changes and cargo checks it again.
fn write_crate(
    project: &Path,
    dir: &Path,
    name: &str,
    build: MacroBuild,
    source: &str,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("src"))?;
    let core: PathBuf = project.join("core").canonicalize()?;
    let core = core.to_string_lossy().replace('\\', "/");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nbackprop = {{ path = \"{core}\" }}\n\n[workspace]\n{}",
        build.manifest()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    if !dir.join("Cargo.lock").exists() {
        std::fs::copy(project.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    }
    std::fs::write(dir.join("src/lib.rs"), source)
}

/// The medians of `rounds` timings with the attribute and `rounds` without, run alternately
/// (`run(true)`, `run(false)`, `run(true)`, …); a stopped run counts as slower than any finished
/// one.
fn alternating(rounds: usize, mut run: impl FnMut(bool) -> Timing) -> (Timing, Timing) {
    let mut with = Vec::with_capacity(rounds);
    let mut without = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        with.push(run(true));
        without.push(run(false));
    }
    (median(with), median(without))
}

/// The median of some timings (at least one).
fn median(mut timings: Vec<Timing>) -> Timing {
    timings.sort_by(|a, b| {
        let key = |t: &Timing| t.seconds().unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b))
    });
    timings[timings.len() / 2]
}

/// The figures the issue asks for: cost per small function, growth per doubling of each family,
/// and the missing-import ratio.
fn summary(medians: &[(&str, usize, Timing, Timing)]) -> String {
    let mut text = String::new();
    let find = |family: &str| -> Vec<(usize, Timing, Timing)> {
        medians
            .iter()
            .filter(|(f, ..)| *f == family)
            .map(|&(_, size, with, without)| (size, with, without))
            .collect()
    };
    if let Some(&(n, with, without)) = find("small functions").last()
        && let (Some(a), Some(b)) = (with.seconds(), without.seconds())
    {
        let _ = writeln!(
            text,
            "added per small function (expansion and checking the generated code): {:.1} ms",
            1000.0 * (a - b) / n as f64
        );
    }
    // Growth of the time the attribute adds (with minus without), so that cargo's fixed start-up
    // cost does not make a family look flatter than it is.
    for family in ["small functions", "ifs in one function", "terms in one sum", "nested for loops"]
    {
        let sizes = find(family);
        if sizes.is_empty() {
            continue;
        }
        let added = |(_, with, without): &(usize, Timing, Timing)| {
            Some(with.seconds()? - without.seconds()?)
        };
        let growth: Vec<String> = sizes
            .windows(2)
            .map(|pair| match (added(&pair[0]), added(&pair[1])) {
                (Some(a), Some(b)) if a > 0.0 => format!("{:.2}", b / a),
                _ => "–".to_owned(),
            })
            .collect();
        let _ = writeln!(
            text,
            "{family}: time added by the attribute × {} per doubling",
            growth.join(", ")
        );
    }
    let ratio_line = |family: &str, what: &str| {
        let ratios: Vec<String> = find(family)
            .iter()
            .filter_map(|&(n, with, without)| {
                Some(format!("{:.1}× at {n}", with.seconds()? / without.seconds()?))
            })
            .collect();
        (!ratios.is_empty())
            .then(|| format!("{what}: the time without the attribute × {}\n", ratios.join(", ")))
    };
    if let Some(line) = ratio_line("missing prelude (errors)", "missing prelude (README's `loss`)")
    {
        text.push_str(&line);
    }
    let missing = find("missing import (errors)");
    let Some(line) = ratio_line("missing import (errors)", "missing import") else {
        return text;
    };
    text.push_str(&line);
    // What the missing import adds to the attribute's usual cost: the erring file against the
    // same file with its import, both with the attribute.
    let imported = find("same file, imported");
    let added: Vec<String> = missing
        .iter()
        .filter_map(|&(n, with, _)| {
            let &(_, usual, _) = imported.iter().find(|(size, ..)| *size == n)?;
            Some(format!("{:.2}× at {n}", with.seconds()? / usual.seconds()?))
        })
        .collect();
    if !added.is_empty() {
        let _ = writeln!(
            text,
            "missing import, with the attribute: the same file with its import × {}",
            added.join(", ")
        );
    }
    text
}

fn exit_with(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(2)
}
