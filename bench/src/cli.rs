//! The `bench` command line (also `adder bench`): run the suite, `diff` two runs or two targets,
//! `table` to redraw a run's report and chart, `index` to rebuild results/README.md.
//! Not the measuring itself (runner.rs) nor the report formats (report.rs, chart.rs).

use crate::chart::write_charts;
use crate::counters::{describe, CounterSet};
use crate::error::{BenchError, Result};
use crate::machine::{git_commit, machine, utc_now};
use crate::model::{CounterInfo, Run, SCHEMA};
use crate::report::{
    self, diff_report, markdown_report, parse_perfbench, side_of_run, Side, Table,
};
use crate::runner::{collect_benchmarks, run_benchmark, suite_dir, Progress, RunConfig};
use crate::targets::{interp_target, tier_targets, which, TargetSpec, TIERS};
use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Parser, Debug)]
#[command(
    name = "bench",
    about = "Run adder's benchmark suite across tiers and interpreters, and compare runs",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub cmd: Option<Sub>,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Subcommand, Debug)]
pub enum Sub {
    /// MicroPython's diff report of two runs, or of two targets of one run.
    Diff(DiffArgs),
    /// Print a run's markdown report and redraw its chart next to the JSON.
    Table(TableArgs),
    /// Rebuild DIR/README.md (default results/): the runs recorded there and the latest table.
    Index(IndexArgs),
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Benchmark files or directories of bm_*.py (default: the bundled suite).
    pub paths: Vec<PathBuf>,
    /// Time-scale class N (the driver picks the largest key with 10*n <= 12*N).
    #[arg(short = 'N', default_value_t = 1000)]
    pub n: u64,
    /// Memory class M (keys with m <= M).
    #[arg(short = 'M', default_value_t = 1000)]
    pub m: u64,
    /// Runs (separate processes) per benchmark and target.
    #[arg(short = 'a', long = "average", default_value_t = 8)]
    pub average: u32,
    /// adder tiers to run (default: all four; tiers not built are reported as skipped).
    #[arg(long, value_delimiter = ',')]
    pub emit: Vec<String>,
    /// Compile each benchmark to .mpy with adder's compiler and run that instead of the .py.
    #[arg(long)]
    pub via_mpy: bool,
    /// External interpreter: python3, pypy3, /path/to/micropython or NAME=COMMAND; repeatable;
    /// `none` for no interpreter (default: python3 and pypy3 when present).
    #[arg(long)]
    pub interp: Vec<String>,
    /// Run file to write (the report, chart and raw outputs are written next to it).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Seconds before a run is killed and reported as a timeout.
    #[arg(long, default_value_t = 300.0)]
    pub timeout: f64,
    /// The adder binary (default: next to this binary, built first under `cargo run`).
    #[arg(long)]
    pub adder: Option<PathBuf>,
    /// The interpreter whose output is the truth (default python3).
    #[arg(long, default_value = "python3")]
    pub oracle: String,
    /// Do not read hardware counters.
    #[arg(long)]
    pub no_counters: bool,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// Run file (JSON) or run-perfbench output.
    pub a: PathBuf,
    /// Second run file; without it, --from and --to name two targets of A.
    pub b: Option<PathBuf>,
    /// Target of A (default: bytecode, or the first target that ran).
    #[arg(long)]
    pub from: Option<String>,
    /// Target of B (default: the same as --from).
    #[arg(long)]
    pub to: Option<String>,
    /// Diff of microsecond times (lower is better) instead of scores.
    #[arg(short = 'm', long = "time")]
    pub time: bool,
    /// Diff of scores (higher is better); the default.
    #[arg(short = 's', long = "score")]
    pub score: bool,
}

#[derive(Args, Debug)]
pub struct TableArgs {
    pub run: PathBuf,
}

#[derive(Args, Debug)]
pub struct IndexArgs {
    #[arg(default_value = "results")]
    pub dir: PathBuf,
}

/// Entry point shared by the `bench` binary and `adder bench`: returns the exit status
/// (0 all passed, 1 some benchmark FAILed, 2 usage or other error).
pub fn main_with_args(argv0: &str, args: Vec<String>) -> i32 {
    let mut full = vec![argv0.to_string()];
    full.extend(args.iter().cloned());
    let cli = match Cli::try_parse_from(&full) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let r = match cli.cmd {
        Some(Sub::Diff(d)) => diff_cmd(&d).map(|s| {
            print!("{s}");
            0
        }),
        Some(Sub::Table(t)) => table_cmd(&t.run),
        Some(Sub::Index(i)) => index_cmd(&i.dir).map(|p| {
            println!("wrote {}", p.display());
            0
        }),
        None => run_cmd(&cli.run, full),
    };
    match r {
        Ok(code) => code,
        Err(e) => {
            eprintln!("bench: {e}");
            2
        }
    }
}

/// Where the adder binary is: --adder, $ADDER_BIN, or next to this executable (built first when
/// running under cargo).
fn find_adder(explicit: &Option<PathBuf>) -> PathBuf {
    if let Some(p) = explicit {
        return p.clone();
    }
    if let Some(p) = std::env::var_os("ADDER_BIN") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().unwrap_or_default();
    let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let adder = dir.join("adder");
    if let Some(cargo) = std::env::var_os("CARGO") {
        let release = dir.file_name().is_some_and(|n| n == "release");
        let mut cmd = std::process::Command::new(cargo);
        cmd.args(["build", "-q", "-p", "adder"]);
        if release {
            cmd.arg("--release");
        }
        cmd.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        eprintln!(
            "bench: building adder ({})",
            if release { "release" } else { "dev" }
        );
        let _ = cmd.status();
    }
    adder
}

fn default_output(date: &str) -> PathBuf {
    let stamp: String = date.chars().filter(|c| c.is_ascii_digit()).collect();
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/bench"))
        .join(format!("run-{stamp}.json"))
}

fn targets_for(a: &RunArgs, adder: &Path) -> Result<Vec<TargetSpec>> {
    let tiers: Vec<String> = if a.emit.is_empty() {
        TIERS.iter().map(|s| s.to_string()).collect()
    } else {
        a.emit.clone()
    };
    if let Some(bad) = tiers.iter().find(|t| !TIERS.contains(&t.as_str())) {
        return Err(BenchError::Usage(format!(
            "unknown tier '{bad}' (expected {})",
            TIERS.join(", ")
        )));
    }
    let mut out = tier_targets(adder, &tiers, a.via_mpy);
    let interps: Vec<String> = if a.interp.is_empty() {
        vec!["python3".into(), "pypy3".into()]
    } else {
        a.interp.iter().filter(|s| *s != "none").cloned().collect()
    };
    out.extend(interps.iter().map(|s| interp_target(s)));
    let mut seen = std::collections::HashSet::new();
    if let Some(d) = out.iter().find(|t| !seen.insert(t.name().to_string())) {
        return Err(BenchError::Usage(format!(
            "target '{}' given twice",
            d.name()
        )));
    }
    Ok(out)
}

fn run_cmd(a: &RunArgs, command: Vec<String>) -> Result<i32> {
    if a.average == 0 {
        return Err(BenchError::Usage("-a must be at least 1".into()));
    }
    if !(a.timeout > 0.0 && a.timeout.is_finite()) {
        return Err(BenchError::Usage("--timeout must be positive".into()));
    }
    let paths = if a.paths.is_empty() {
        vec![suite_dir()]
    } else {
        a.paths.clone()
    };
    let files = collect_benchmarks(&paths)?;
    let adder = find_adder(&a.adder);
    let targets = targets_for(a, &adder)?;
    let oracle = match which(&a.oracle) {
        Some(p) => vec![p.display().to_string()],
        None => return Err(BenchError::NoOracle(format!("{} not found", a.oracle))),
    };
    let date = utc_now();
    let out_json = a.output.clone().unwrap_or_else(|| default_output(&date));
    let work = std::env::temp_dir().join(format!("adder-bench-{}", std::process::id()));
    let cfg = RunConfig {
        n: a.n,
        m: a.m,
        runs: a.average,
        timeout: Duration::from_secs_f64(a.timeout),
        work: work.clone(),
        oracle: Some(oracle.clone()),
    };
    let opened = if a.no_counters {
        Err("disabled with --no-counters".to_string())
    } else {
        CounterSet::open()
    };
    let counter_info = CounterInfo {
        available: opened.is_ok(),
        note: describe(&opened),
    };
    let mut counters = opened.ok();

    let ran: Vec<&TargetSpec> = targets.iter().filter(|t| t.runnable()).collect();
    let oracle_is_target = ran.iter().any(|t| t.target.command == oracle);
    let per_bench = ran.len() as u64 * a.average as u64 + u64::from(!oracle_is_target);
    eprintln!(
        "bench: {} benchmarks, N={} M={} -a {}; running: {}; skipped: {}",
        files.len(),
        a.n,
        a.m,
        a.average,
        ran.iter().map(|t| t.name()).collect::<Vec<_>>().join(", "),
        Some(
            targets
                .iter()
                .filter_map(|t| t
                    .target
                    .skipped
                    .as_ref()
                    .map(|w| format!("{} ({w})", t.name())))
                .collect::<Vec<_>>()
                .join(", ")
        )
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "none".to_string())
    );
    let bar = indicatif::ProgressBar::new(files.len() as u64 * per_bench);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let mut benchmarks = Vec::new();
    for f in &files {
        let mut cb = |p: Progress| {
            bar.set_message(format!(
                "{} · {} · run {} of {}",
                p.bench, p.target, p.run, p.of
            ));
            bar.inc(1);
        };
        benchmarks.push(run_benchmark(f, &targets, &cfg, &mut counters, &mut cb)?);
    }
    bar.finish_and_clear();
    let _ = std::fs::remove_dir_all(&work);

    let (commit, dirty) = git_commit(Path::new(env!("CARGO_MANIFEST_DIR")));
    let run = Run {
        schema: SCHEMA,
        command,
        date,
        git_commit: commit,
        git_dirty: dirty,
        machine: machine(),
        n: a.n,
        m: a.m,
        n_average: a.average,
        timeout_s: a.timeout,
        counters: counter_info,
        targets: targets.iter().map(|t| t.target.clone()).collect(),
        benchmarks,
    };
    print!("{}", terminal_report(&run));
    let written = write_outputs(&run, &out_json)?;
    for p in written {
        println!("wrote {}", p.display());
    }
    let (_, failed, _) = report::tally(&run);
    Ok(if failed > 0 { 1 } else { 0 })
}

/// The report printed at the end of a run: raw run-perfbench blocks, the table, failures.
pub fn terminal_report(run: &Run) -> String {
    let mut s = String::new();
    for t in &run.targets {
        match &t.skipped {
            Some(w) => s.push_str(&format!("== {}: skipped ({w})\n", t.name)),
            None => {
                s.push_str(&format!("== {} ({})\n", t.name, t.command.join(" ")));
                s.push_str(&report::perfbench_text(run, &t.name));
            }
        }
    }
    s.push('\n');
    if let Some(t) = Table::of(run) {
        s.push_str(&format!(
            "scores (higher is better) and ratio to {}; ? = not comparable with CPython\n",
            t.baseline
        ));
        s.push_str(&t.markdown());
    }
    let fails = report::failures(run);
    if !fails.is_empty() {
        s.push_str("\nFAIL:\n");
        for f in fails {
            s.push_str(&format!("  {f}\n"));
        }
    }
    s.push('\n');
    s.push_str(&report::counters_markdown(run));
    let (p, f, k) = report::tally(run);
    s.push_str(&format!("{p} passed, {f} failed, {k} skipped\n"));
    s
}

fn with_ext(p: &Path, ext: &str) -> PathBuf {
    p.with_extension(ext)
}

/// Write the JSON, markdown, chart and one run-perfbench file per target; returns the paths.
pub fn write_outputs(run: &Run, json: &Path) -> Result<Vec<PathBuf>> {
    if let Some(d) = json.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(d).map_err(|e| BenchError::io(d, e))?;
    }
    let mut written = vec![json.to_path_buf()];
    run.save(json)?;
    for t in run.run_targets() {
        let p = with_ext(json, &format!("{t}.txt"));
        std::fs::write(&p, report::perfbench_text(run, t)).map_err(|e| BenchError::io(&p, e))?;
        written.push(p);
    }
    written.extend(write_report_and_chart(run, json)?);
    Ok(written)
}

fn write_report_and_chart(run: &Run, json: &Path) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let svg = with_ext(json, "svg");
    let png = with_ext(json, "png");
    let mut png_name = None;
    if let Some(t) = Table::of(run) {
        let title = format!("adder tiers, N={} M={} ({})", run.n, run.m, run.date);
        match write_charts(&t, &title, &svg, &png) {
            Ok(()) => {
                written.push(svg.clone());
                written.push(png.clone());
                png_name = png.file_name().map(|f| f.to_string_lossy().to_string());
            }
            Err(e) => eprintln!("bench: no chart: {e}"),
        }
    }
    let md = with_ext(json, "md");
    std::fs::write(&md, markdown_report(run, png_name.as_deref()))
        .map_err(|e| BenchError::io(&md, e))?;
    written.push(md);
    Ok(written)
}

fn table_cmd(path: &Path) -> Result<i32> {
    let run = Run::load(path)?;
    let written = write_report_and_chart(&run, path)?;
    print!("{}", markdown_report(&run, None));
    for p in written {
        eprintln!("wrote {}", p.display());
    }
    Ok(0)
}

enum Loaded {
    Run(Box<Run>),
    Perf(Side),
}

fn load_any(path: &Path) -> Result<Loaded> {
    let text = std::fs::read_to_string(path).map_err(|e| BenchError::io(path, e))?;
    if text.trim_start().starts_with('{') {
        Run::from_json(&text)
            .map(|r| Loaded::Run(Box::new(r)))
            .map_err(|msg| BenchError::BadRun {
                path: path.to_path_buf(),
                msg,
            })
    } else {
        parse_perfbench(&path.display().to_string(), &text)
            .map(Loaded::Perf)
            .map_err(|msg| BenchError::BadRun {
                path: path.to_path_buf(),
                msg,
            })
    }
}

/// The text of `bench diff`.
pub fn diff_cmd(d: &DiffArgs) -> Result<String> {
    let scores = !d.time;
    let a = load_any(&d.a)?;
    let a_name = d.a.display().to_string();
    let (sa, sb) = match &d.b {
        None => {
            let Loaded::Run(run) = a else {
                return Err(BenchError::Usage(
                    "diff of one file needs a run file (JSON) with --from and --to".into(),
                ));
            };
            let (Some(f), Some(t)) = (&d.from, &d.to) else {
                return Err(BenchError::Usage(
                    "diff of one run needs --from TARGET --to TARGET".into(),
                ));
            };
            (
                side_of_run(&run, f, f, &a_name)?,
                side_of_run(&run, t, t, &a_name)?,
            )
        }
        Some(bp) => {
            let b = load_any(bp)?;
            let b_name = bp.display().to_string();
            let sa = side_of(a, &a_name, d.from.as_deref())?;
            let sb = side_of(b, &b_name, d.to.as_deref().or(d.from.as_deref()))?;
            (sa, sb)
        }
    };
    Ok(diff_report(&sa, &sb, scores))
}

fn side_of(l: Loaded, name: &str, target: Option<&str>) -> Result<Side> {
    match l {
        Loaded::Perf(s) => Ok(s),
        Loaded::Run(run) => {
            let t = match target {
                Some(t) => t.to_string(),
                None => report::baseline(&run).ok_or_else(|| BenchError::BadRun {
                    path: name.into(),
                    msg: "no target ran".into(),
                })?,
            };
            let label = if run.run_targets().len() > 1 {
                format!("{name}:{t}")
            } else {
                name.to_string()
            };
            side_of_run(&run, &t, &label, name)
        }
    }
}

/// Rebuild `dir/README.md`: every run file there (newest first) and the latest run's table;
/// copy the latest chart to `dir/latest.png` and `dir/latest.svg`.
pub fn index_cmd(dir: &Path) -> Result<PathBuf> {
    let rd = std::fs::read_dir(dir).map_err(|e| BenchError::io(dir, e))?;
    let mut runs = Vec::new();
    for e in rd.filter_map(|e| e.ok()) {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "json") {
            match Run::load(&p) {
                Ok(r) => runs.push((p, r)),
                Err(e) => eprintln!("bench: skipping {e}"),
            }
        }
    }
    runs.sort_by(|a, b| b.1.date.cmp(&a.1.date));
    let mut s = String::from(
        "# Recorded benchmark runs\n\nEach run is a JSON file (every sample, machine, commit, date, command) with its \
         markdown report, chart (SVG, PNG) and one run-perfbench text file per target. Rebuild this \
         page with `cargo run --release -p bench -- index results`; compare runs with \
         `adder bench diff A.json B.json` or two targets of one run with \
         `adder bench diff run.json --from bytecode --to pypy3`.\n\n",
    );
    s.push_str("| date | commit | N | M | runs | targets | report |\n| --- | --- | ---: | ---: | ---: | --- | --- |\n");
    for (p, r) in &runs {
        let f = p
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        let md = p.with_extension("md");
        let mdf = md
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | [{}]({}) · [json]({}) |\n",
            r.date,
            r.git_commit
                .as_deref()
                .map(|c| &c[..c.len().min(10)])
                .unwrap_or("?"),
            r.n,
            r.m,
            r.n_average,
            r.run_targets().join(", "),
            mdf,
            mdf,
            f
        ));
    }
    if let Some((p, r)) = runs.first() {
        let png = p.with_extension("png");
        let png = png
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        s.push_str(&format!("\n## Latest run ({})\n\n", r.date));
        s.push_str(&format!(
            "{}, {} cores, {}; adder {}.\n\n![ratio to bytecode]({png})\n\n",
            r.machine.cpu_model,
            r.machine.cores,
            r.machine.os,
            r.git_commit.as_deref().unwrap_or("?")
        ));
        if let Some(t) = Table::of(r) {
            s.push_str(&t.markdown());
        }
        let (pa, fa, sk) = report::tally(r);
        s.push_str(&format!("\n{pa} passed, {fa} failed, {sk} skipped.\n"));
    }
    // Stable names for the latest chart (the repo README links results/latest.png).
    if let Some((p, _)) = runs.first() {
        for ext in ["png", "svg"] {
            let from = p.with_extension(ext);
            if from.is_file() {
                let to = dir.join(format!("latest.{ext}"));
                std::fs::copy(&from, &to).map_err(|e| BenchError::io(&to, e))?;
            }
        }
    }
    let out = dir.join("README.md");
    std::fs::write(&out, s).map_err(|e| BenchError::io(&out, e))?;
    Ok(out)
}
