//! `texlex bench`: throughput and memory of a full lex, always next to
//! three floors measured in the same run on the same bytes: counting
//! newlines with `memchr`, visiting every byte a tokenizer must look at
//! ([`texlex::unstable::visit_special_bytes`]), and classifying every block
//! with the lexer's own masks and counting their bits
//! ([`texlex::unstable::classify_and_popcount`]); and, as parts of the lex,
//! its first stage alone ([`texlex::unstable::stage_one`]) and both stages
//! of its walk handling no stop ([`texlex::unstable::walk_stops`]).
//! Machines are shared and
//! noisy, so the report gives medians and the ratios of the lex to each
//! floor, which move much less than any one time, and names the machine and
//! the SIMD kernel (`--kernel` picks another).
//!
//! Per file: read once; warm up; then R iterations, each timing a memchr
//! newline count, a special-byte visit, a classify-and-popcount pass and a
//! full lex (lex + drop of the result) back to back, so noise hits all
//! four. Tokens are counted once outside the timing. Allocation figures
//! come from the counting global allocator of the binary
//! (`texlex::unstable::alloc_count`, turned on here only) over one more
//! lex.

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::json;
use texlex::unstable::alloc_count::{self as alloc_count, Usage};
use texlex::{Lexed, Lexer, Profile};

use crate::{EXIT_OK, Failure, input, output};

/// The lexer under test: static with `threads` threads (1 = serial), or,
/// with `track`, serial with catcode tracking and verbatim.
fn lexer(profile: &Profile, threads: usize, track: bool) -> Lexer {
    let lexer = Lexer::with_profile(profile.clone());
    if track {
        lexer
    } else {
        lexer.track_catcodes(false).threads(threads)
    }
}

/// One lex of `source` (which `run` checked is below 4 GiB).
fn lex_threads<'s>(source: &'s [u8], lexer: &Lexer) -> Lexed<'s> {
    lexer.lex(source).expect("the input size was checked")
}

/// Target timed duration per file when `--runs` is not given.
const TARGET: Duration = Duration::from_secs(1);
const MIN_RUNS: usize = 5;
const MAX_RUNS: usize = 200;
/// Warm-up: at least this many iterations and this long.
const WARMUP_RUNS: usize = 2;
const WARMUP_TIME: Duration = Duration::from_millis(200);

/// Options of `texlex bench`.
pub struct Options<'a> {
    pub json: bool,
    pub threads: usize,
    /// Measure the tracked lex (the default of `lex`, `stats`, `check`).
    pub track: bool,
    pub runs: Option<usize>,
    /// The classifier kernel to use instead of the best one.
    pub kernel: Option<&'a str>,
    pub regime: input::Lexing,
    pub files: &'a [PathBuf],
}

/// Medians and tails of a set of durations.
struct Summary {
    median: Duration,
    p95: Duration,
}

impl Summary {
    fn of(times: &mut [Duration]) -> Summary {
        assert!(!times.is_empty());
        times.sort_unstable();
        let n = times.len();
        let median = if n % 2 == 1 {
            times[n / 2]
        } else {
            (times[n / 2 - 1] + times[n / 2]) / 2
        };
        // Nearest rank: the smallest time at or above 95% of the runs.
        let p95 = times[(n * 95).div_ceil(100).max(1) - 1];
        Summary { median, p95 }
    }
}

/// Everything measured on one file.
struct Report {
    path: String,
    bytes: usize,
    tokens: usize,
    entries: usize,
    store_heap: usize,
    runs: usize,
    threads: usize,
    track: bool,
    lex: Summary,
    memchr: Summary,
    newlines: usize,
    visit: Summary,
    /// Bytes the special-byte visit visited.
    visited: u64,
    popcount: Summary,
    /// The bits the classify-and-popcount pass counted.
    popcounted: u64,
    /// The lexer's first stage alone, and the stops it found.
    stage_one: Summary,
    stops: u64,
    /// Both stages of the walk, handling no stop.
    walk: Summary,
    /// The SIMD kernel of the lex.
    kernel: &'static str,
    machine: Machine,
    usage: Usage,
    /// Median serial and parallel times, when threads > 1.
    scaling: Option<(Duration, Duration)>,
}

impl Report {
    /// What was measured: `static` or `tracked`.
    fn mode(&self) -> &'static str {
        if self.track { "tracked" } else { "static" }
    }

    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.lex.median.as_secs_f64()
    }
    fn tokens_per_s(&self) -> f64 {
        self.tokens as f64 / self.lex.median.as_secs_f64()
    }
    fn ratio(&self) -> f64 {
        self.lex.median.as_secs_f64() / self.memchr.median.as_secs_f64()
    }
    fn visit_ratio(&self) -> f64 {
        self.lex.median.as_secs_f64() / self.visit.median.as_secs_f64()
    }
    fn visit_mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.visit.median.as_secs_f64()
    }
    fn popcount_ratio(&self) -> f64 {
        self.lex.median.as_secs_f64() / self.popcount.median.as_secs_f64()
    }
    fn popcount_mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.popcount.median.as_secs_f64()
    }
    fn per_source(&self, n: usize) -> f64 {
        n as f64 / self.bytes.max(1) as f64
    }
}

/// The machine a report was measured on.
struct Machine {
    /// The CPU's model name, from /proc/cpuinfo when readable.
    cpu: Option<String>,
    /// Logical CPUs of the machine (/proc/cpuinfo, else what is available).
    logical_cpus: usize,
    /// Logical CPUs this process may run on.
    available_cpus: usize,
    /// The x86 features the kernels use, and whether the CPU has each.
    features: Vec<(&'static str, bool)>,
}

impl Machine {
    fn detect() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let field = |line: &str, name: &str| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == name).then(|| value.trim().to_owned())
        };
        let cpu = cpuinfo.lines().find_map(|line| field(line, "model name"));
        let available_cpus = std::thread::available_parallelism().map_or(1, usize::from);
        let listed = cpuinfo
            .lines()
            .filter(|line| field(line, "processor").is_some())
            .count();
        #[cfg(target_arch = "x86_64")]
        let features = vec![
            ("avx2", std::arch::is_x86_feature_detected!("avx2")),
            ("avx512bw", std::arch::is_x86_feature_detected!("avx512bw")),
            (
                "avx512vbmi",
                std::arch::is_x86_feature_detected!("avx512vbmi"),
            ),
        ];
        #[cfg(not(target_arch = "x86_64"))]
        let features = Vec::new();
        Machine {
            cpu,
            logical_cpus: if listed > 0 { listed } else { available_cpus },
            available_cpus,
            features,
        }
    }

    /// One line: model, CPUs, features.
    fn describe(&self) -> String {
        let mut text = format!(
            "{}, {} logical CPUs ({} available)",
            self.cpu.as_deref().unwrap_or("unknown CPU"),
            self.logical_cpus,
            self.available_cpus
        );
        for (name, has) in &self.features {
            text.push_str(&format!(", {name} {}", if *has { "yes" } else { "no" }));
        }
        text
    }
}

/// Run the benchmark on every file, printing one report per file.
pub fn run(options: &Options) -> Result<u8, Failure> {
    if let Some(name) = options.kernel {
        texlex::unstable::set_kernel_override(Some(name))
            .map_err(|reason| Failure::Fatal(format!("--kernel {name}: {reason}")))?;
    }
    // The only subcommand that counts allocations.
    alloc_count::set_enabled(true);
    let mut out = output::stdout();
    for path in options.files {
        let name = path.display().to_string();
        // Read whole (at most 4 GiB, as a lex takes) before anything is
        // timed, then copied once: where the buffer lies matters to the
        // lex (on perf_smoke_big.tex, 0.77 ms in the buffer `read_file`
        // grew, 0.645 ms in a fresh copy of it, alternated), and every
        // figure in docs/PERFORMANCE.md was taken from a fresh copy.
        let source = input::read_file(path)
            .map(|read| read.to_vec())
            .map_err(|reason| Failure::at(&name, reason))?;
        let report = bench_file(&name, &source, &options.regime.profile_for(path), options);
        if options.json {
            print_json(&mut out, &report)?;
        } else {
            print_text(&mut out, &report)?;
        }
        // Reports appear as files finish, not at the end.
        out.flush().map_err(output::failure)?;
    }
    output::finish(out)?;
    Ok(EXIT_OK)
}

fn newlines(source: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', source).count()
}

/// The passes timed beside the lex, in this order: the memchr newline
/// count, the special-byte visit, the classify-and-popcount pass, the
/// lexer's first stage alone and its walk with no stop handled. Each
/// returns what it counted.
const PASSES: [fn(&[u8], &Profile) -> u64; 5] = [
    |source, _| newlines(source) as u64,
    texlex::unstable::visit_special_bytes,
    texlex::unstable::classify_and_popcount,
    texlex::unstable::stage_one,
    texlex::unstable::walk_stops,
];

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

fn bench_file(name: &str, source: &[u8], profile: &Profile, options: &Options) -> Report {
    let threads = options.threads.max(1);
    let track = options.track;

    let serial = lexer(profile, 1, track);
    let parallel = lexer(profile, threads, track);
    let lexer_for = |threads: usize| if threads > 1 { &parallel } else { &serial };

    // Counted once, outside timing.
    let doc = lex_threads(source, lexer_for(threads));
    let tokens = doc.tokens().count();
    let entries = texlex::unstable::entry_count(&doc);
    let store_heap = texlex::unstable::store_heap_bytes(&doc);
    drop(doc);

    // Warm up both sides and estimate the cost of one iteration.
    let warm_start = Instant::now();
    let mut warm_runs = 0;
    let mut one_iteration = Duration::ZERO;
    while warm_runs < WARMUP_RUNS || warm_start.elapsed() < WARMUP_TIME {
        let ((), t) = time(|| {
            for pass in PASSES {
                black_box(pass(black_box(source), profile));
            }
            drop(black_box(lex_threads(
                black_box(source),
                lexer_for(threads),
            )));
        });
        one_iteration = if warm_runs == 0 {
            t
        } else {
            one_iteration.min(t)
        };
        warm_runs += 1;
    }
    let runs = options.runs.unwrap_or_else(|| {
        let nanos = one_iteration.as_nanos().max(1);
        usize::try_from(TARGET.as_nanos() / nanos)
            .unwrap_or(MAX_RUNS)
            .clamp(MIN_RUNS, MAX_RUNS)
    });

    // The timed loop: the passes and the lex alternate, so all see the
    // same noise.
    // One timed lex: the result is dropped inside the timing.
    let lex_once = |threads: usize| {
        drop(black_box(lex_threads(
            black_box(source),
            lexer_for(threads),
        )))
    };
    let mut pass_times: [Vec<Duration>; PASSES.len()] =
        std::array::from_fn(|_| Vec::with_capacity(runs));
    let mut counted = [0u64; PASSES.len()];
    let mut lex_times = Vec::with_capacity(runs);
    for _ in 0..runs {
        for ((pass, times), counted) in PASSES.iter().zip(&mut pass_times).zip(&mut counted) {
            let (n, t) = time(|| pass(black_box(source), profile));
            *counted = black_box(n);
            times.push(t);
        }
        let ((), t) = time(|| lex_once(threads));
        lex_times.push(t);
    }

    // Allocations of one lex, keeping the result alive to the end so that
    // `retained` is what the document holds; the drop is outside.
    let (doc, usage) = alloc_count::measure(|| lex_threads(source, lexer_for(threads)));
    drop(doc);

    // Scaling: serial and N threads, alternating, same run count.
    let scaling = (threads > 1).then(|| {
        let mut serial = Vec::with_capacity(runs);
        let mut parallel = Vec::with_capacity(runs);
        for _ in 0..runs {
            let ((), t) = time(|| lex_once(1));
            serial.push(t);
            let ((), t) = time(|| lex_once(threads));
            parallel.push(t);
        }
        (
            Summary::of(&mut serial).median,
            Summary::of(&mut parallel).median,
        )
    });

    let [
        memchr_times,
        visit_times,
        popcount_times,
        stage_one_times,
        walk_times,
    ] = &mut pass_times;
    let [newline_count, visited, popcounted, stops, _] = counted;
    Report {
        path: name.to_owned(),
        bytes: source.len(),
        tokens,
        entries,
        store_heap,
        runs,
        threads,
        track,
        lex: Summary::of(&mut lex_times),
        memchr: Summary::of(memchr_times),
        newlines: newline_count as usize,
        visit: Summary::of(visit_times),
        visited,
        popcount: Summary::of(popcount_times),
        popcounted,
        stage_one: Summary::of(stage_one_times),
        stops,
        walk: Summary::of(walk_times),
        kernel: texlex::unstable::kernel_name(lexer_for(threads).profile()),
        machine: Machine::detect(),
        usage,
        scaling,
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn print_text(out: &mut output::Stdout, r: &Report) -> Result<(), Failure> {
    let mut text = format!(
        "{path}\n\
         \x20 machine            {machine}\n\
         \x20 kernel             {kernel}\n\
         \x20 bytes              {bytes}\n\
         \x20 tokens             {tokens}  (store entries {entries}, newlines {newlines})\n\
         \x20 lex ({mode}){pad}median {lm:.3} ms  p95 {lp:.3} ms  ({runs} runs, {threads} thread{s})\n\
         \x20 throughput         {mbs:.1} MB/s  {mts:.2} M tokens/s\n\
         \x20 memchr newlines    median {mm:.3} ms  p95 {mp:.3} ms\n\
         \x20 ratio lex/memchr   {ratio:.1}x\n\
         \x20 special bytes      median {vm:.3} ms  p95 {vp:.3} ms  to visit {visited} ({vper:.1} % of the bytes), {vmbs:.1} MB/s\n\
         \x20 ratio lex/visit    {vratio:.2}x\n\
         \x20 classify+popcount  median {pm:.3} ms  p95 {pp:.3} ms  to count {popcounted} bits, {pmbs:.1} MB/s\n\
         \x20 ratio lex/popcount {pratio:.2}x\n\
         \x20 stage 1 alone      median {sm:.3} ms  {stops} stops, {sratio:.2}x the popcount pass, {sshare:.0} % of the lex\n\
         \x20 walk, no handlers  median {wm:.3} ms  {wshare:.0} % of the lex (stage 1 and finding every stop)\n\
         \x20 allocations        {calls} calls, {abytes} bytes ({aper:.3} x source)\n\
         \x20 peak heap          {peak} bytes above baseline ({pper:.3} x source)\n\
         \x20 retained           {kept} bytes ({kper:.3} x source; store {store} bytes, {sper:.3} x source)\n",
        path = r.path,
        machine = r.machine.describe(),
        kernel = r.kernel,
        bytes = r.bytes,
        tokens = r.tokens,
        entries = r.entries,
        newlines = r.newlines,
        mode = r.mode(),
        pad = " ".repeat(13usize.saturating_sub(r.mode().len())),
        lm = ms(r.lex.median),
        lp = ms(r.lex.p95),
        runs = r.runs,
        threads = r.threads,
        s = if r.threads == 1 { "" } else { "s" },
        mbs = r.mb_per_s(),
        mts = r.tokens_per_s() / 1e6,
        mm = ms(r.memchr.median),
        mp = ms(r.memchr.p95),
        ratio = r.ratio(),
        vm = ms(r.visit.median),
        vp = ms(r.visit.p95),
        visited = r.visited,
        vper = 100.0 * r.visited as f64 / r.bytes.max(1) as f64,
        vmbs = r.visit_mb_per_s(),
        vratio = r.visit_ratio(),
        pm = ms(r.popcount.median),
        pp = ms(r.popcount.p95),
        popcounted = r.popcounted,
        pmbs = r.popcount_mb_per_s(),
        pratio = r.popcount_ratio(),
        sm = ms(r.stage_one.median),
        stops = r.stops,
        sratio = r.stage_one.median.as_secs_f64() / r.popcount.median.as_secs_f64(),
        sshare = 100.0 * r.stage_one.median.as_secs_f64() / r.lex.median.as_secs_f64(),
        wm = ms(r.walk.median),
        wshare = 100.0 * r.walk.median.as_secs_f64() / r.lex.median.as_secs_f64(),
        calls = r.usage.calls,
        abytes = r.usage.bytes,
        aper = r.per_source(r.usage.bytes),
        peak = r.usage.peak,
        pper = r.per_source(r.usage.peak),
        kept = r.usage.retained,
        kper = r.per_source(r.usage.retained),
        store = r.store_heap,
        sper = r.per_source(r.store_heap),
    );
    if let Some((serial, parallel)) = r.scaling {
        text.push_str(&format!(
            "  scaling            1 thread {:.3} ms, {} threads {:.3} ms: speedup {:.2}x\n",
            ms(serial),
            r.threads,
            ms(parallel),
            serial.as_secs_f64() / parallel.as_secs_f64(),
        ));
    }
    out.write_all(text.as_bytes()).map_err(output::failure)
}

fn print_json(out: &mut output::Stdout, r: &Report) -> Result<(), Failure> {
    let mut value = json!({
        "path": r.path,
        "bytes": r.bytes,
        "tokens": r.tokens,
        "store_entries": r.entries,
        "newlines": r.newlines,
        "runs": r.runs,
        "threads": r.threads,
        "mode": r.mode(),
        "lex_median_ns": r.lex.median.as_nanos() as u64,
        "lex_p95_ns": r.lex.p95.as_nanos() as u64,
        "mb_per_s": r.mb_per_s(),
        "tokens_per_s": r.tokens_per_s(),
        "memchr_median_ns": r.memchr.median.as_nanos() as u64,
        "memchr_p95_ns": r.memchr.p95.as_nanos() as u64,
        "ratio_lex_memchr": r.ratio(),
        "special_bytes": r.visited,
        "visit_median_ns": r.visit.median.as_nanos() as u64,
        "visit_p95_ns": r.visit.p95.as_nanos() as u64,
        "ratio_lex_visit": r.visit_ratio(),
        "popcount_bits": r.popcounted,
        "popcount_median_ns": r.popcount.median.as_nanos() as u64,
        "popcount_p95_ns": r.popcount.p95.as_nanos() as u64,
        "ratio_lex_popcount": r.popcount_ratio(),
        "stops": r.stops,
        "stage_one_median_ns": r.stage_one.median.as_nanos() as u64,
        "walk_median_ns": r.walk.median.as_nanos() as u64,
        "kernel": r.kernel,
        "machine": {
            "cpu": r.machine.cpu,
            "logical_cpus": r.machine.logical_cpus,
            "available_cpus": r.machine.available_cpus,
            "features": r.machine.features.iter().map(|&(name, has)| (name.to_owned(), json!(has))).collect::<serde_json::Map<_, _>>(),
        },
        "alloc_calls": r.usage.calls,
        "alloc_bytes": r.usage.bytes,
        "alloc_bytes_per_source_byte": r.per_source(r.usage.bytes),
        "peak_heap_bytes": r.usage.peak,
        "peak_heap_per_source_byte": r.per_source(r.usage.peak),
        "retained_bytes": r.usage.retained,
        "store_heap_bytes": r.store_heap,
    });
    if let Some((serial, parallel)) = r.scaling {
        value["scaling"] = json!({
            "serial_median_ns": serial.as_nanos() as u64,
            "parallel_median_ns": parallel.as_nanos() as u64,
            "threads": r.threads,
            "speedup": serial.as_secs_f64() / parallel.as_secs_f64(),
        });
    }
    writeln!(out, "{value}").map_err(output::failure)
}
