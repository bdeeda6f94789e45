//! Text reports of a run: MicroPython run-perfbench's raw format (write and read), its diff of
//! scores / times, the markdown tier table with a geometric-mean row, failures and counters.
//! Not the chart (chart.rs) nor the measuring (runner.rs).

use crate::counters::ipc;
use crate::error::{BenchError, Result};
use crate::model::{Benchmark, Run, Status, TargetResult};
use crate::stats::{geomean, Summary};
use std::fmt::Write;
use std::path::Path;

/// File name of a benchmark as run-perfbench prints it (`bm_fft.py`).
pub fn perf_name(b: &Benchmark) -> String {
    Path::new(&b.file)
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_else(|| format!("bm_{}.py", b.name))
}

/// One target of a run in run-perfbench's output format.
pub fn perfbench_text(run: &Run, target: &str) -> String {
    let mut s = format!("N={} M={} n_average={}\n", run.n, run.m, run.n_average);
    for b in &run.benchmarks {
        let Some(r) = Run::result(b, target) else {
            continue;
        };
        let _ = writeln!(s, "{}: {}", perf_name(b), perfbench_cell(r));
    }
    s
}

fn perfbench_cell(r: &TargetResult) -> String {
    match (&r.status, &r.summary) {
        (Status::Ok, Some(x)) => format!(
            "{:.2} {:.4} {:.2} {:.4}",
            x.t_avg, x.t_sd_pct, x.s_avg, x.s_sd_pct
        ),
        (Status::Skip { .. }, _) => "SKIP".to_string(),
        (Status::Fail { kind, detail }, _) => format!("FAIL {} ({detail})", kind.label()),
        (Status::Ok, None) => "FAIL no summary".to_string(),
    }
}

/// One side of a diff: a label, N and M, and (name, summary) per passing benchmark.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    pub label: String,
    pub n: u64,
    pub m: u64,
    pub entries: Vec<(String, Summary)>,
}

/// Read run-perfbench output text (ours or MicroPython's); lines that are not four numbers
/// (SKIP, CRASH, FAIL) are left out, as run-perfbench does.
pub fn parse_perfbench(label: &str, text: &str) -> std::result::Result<Side, String> {
    let mut lines = text.lines();
    let first = lines.next().ok_or("empty file")?;
    let mut n = None;
    let mut m = None;
    for w in first.split_whitespace() {
        if let Some(v) = w.strip_prefix("N=") {
            n = v.parse().ok();
        } else if let Some(v) = w.strip_prefix("M=") {
            m = v.parse().ok();
        }
    }
    let (Some(n), Some(m)) = (n, m) else {
        return Err(format!(
            "first line is not `N=.. M=.. n_average=..`: {first}"
        ));
    };
    let mut entries = Vec::new();
    for l in lines {
        let Some((name, vals)) = l.trim().split_once(": ") else {
            continue;
        };
        let v: Vec<f64> = vals
            .split_whitespace()
            .map_while(|x| x.parse().ok())
            .collect();
        if v.len() == 4 && vals.split_whitespace().count() == 4 {
            entries.push((
                name.to_string(),
                Summary {
                    t_avg: v[0],
                    t_sd_pct: v[1],
                    s_avg: v[2],
                    s_sd_pct: v[3],
                },
            ));
        }
    }
    Ok(Side {
        label: label.to_string(),
        n,
        m,
        entries,
    })
}

/// One target of a run as a diff side.
pub fn side_of_run(run: &Run, target: &str, label: &str, path: &str) -> Result<Side> {
    if !run.targets.iter().any(|t| t.name == target) {
        return Err(BenchError::NoTarget {
            target: target.to_string(),
            path: path.to_string(),
            have: run
                .targets
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let entries = run
        .benchmarks
        .iter()
        .filter_map(|b| {
            let r = Run::result(b, target)?;
            match (&r.status, r.summary) {
                (Status::Ok, Some(s)) => Some((perf_name(b), s)),
                _ => None,
            }
        })
        .collect();
    Ok(Side {
        label: label.to_string(),
        n: run.n,
        m: run.m,
        entries,
    })
}

/// run-perfbench.py's `compute_diff`: scores (higher is better) or times (lower is better),
/// `name, avg1 -> avg2 : diff = diff% (+/-error%)` where error% = sqrt(sd1^2 + sd2^2) / avg1.
pub fn diff_report(a: &Side, b: &Side, scores: bool) -> String {
    let mut s = String::new();
    s.push_str(if scores {
        "diff of scores (higher is better)\n"
    } else {
        "diff of microsecond times (lower is better)\n"
    });
    let hdr = if a.n == b.n && a.m == b.m {
        format!("N={} M={}", a.n, a.m)
    } else {
        format!("N={} M={} vs N={} M={}", a.n, a.m, b.n, b.m)
    };
    let _ = writeln!(
        s,
        "{:24} {:>10} -> {:>10}   {:>10}   {:>7}% (error%)",
        hdr, a.label, b.label, "diff", "diff"
    );
    let mut d1 = a.entries.clone();
    let mut d2 = b.entries.clone();
    d1.sort_by(|x, y| x.0.cmp(&y.0));
    d2.sort_by(|x, y| x.0.cmp(&y.0));
    let (mut i, mut j) = (0, 0);
    while i < d1.len() && j < d2.len() {
        match d1[i].0.cmp(&d2[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let (e1, e2) = (&d1[i].1, &d2[j].1);
                let (av1, sd1, av2, sd2) = if scores {
                    (e1.s_avg, e1.s_sd_pct, e2.s_avg, e2.s_sd_pct)
                } else {
                    (e1.t_avg, e1.t_sd_pct, e2.t_avg, e2.t_sd_pct)
                };
                let sd1 = sd1 * av1 / 100.0;
                let sd2 = sd2 * av2 / 100.0;
                let av_diff = av2 - av1;
                let sd_diff = (sd1 * sd1 + sd2 * sd2).sqrt();
                let percent = 100.0 * av_diff / av1;
                let percent_sd = 100.0 * sd_diff / av1;
                let name = d1[i].0.rsplit('/').next().unwrap_or(&d1[i].0);
                let _ = writeln!(
                    s,
                    "{:24} {:10.2} -> {:10.2} : {:+10.2} = {:+7.3}% (+/-{:.2}%)",
                    name, av1, av2, av_diff, percent, percent_sd
                );
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// The baseline of ratios: the bytecode tier when it ran, else the first target that ran.
pub fn baseline(run: &Run) -> Option<String> {
    let ran = run.run_targets();
    if ran.contains(&"bytecode") {
        Some("bytecode".to_string())
    } else {
        ran.first().map(|s| s.to_string())
    }
}

/// Scores per benchmark per target (None where it did not pass), and ratios to the baseline.
pub struct Table {
    pub baseline: String,
    pub targets: Vec<String>,
    /// (benchmark name, per target: (score, ratio to baseline, output checked)).
    pub rows: Vec<(String, Vec<Cell>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Score {
        score: f64,
        ratio: Option<f64>,
        checked: bool,
    },
    Skip,
    Fail,
}

impl Table {
    pub fn of(run: &Run) -> Option<Table> {
        let baseline = baseline(run)?;
        let targets: Vec<String> = run.run_targets().iter().map(|s| s.to_string()).collect();
        let rows = run
            .benchmarks
            .iter()
            .map(|b| {
                let base = Run::result(b, &baseline).and_then(ok_score);
                let cells = targets
                    .iter()
                    .map(|t| match Run::result(b, t) {
                        Some(r) => match (&r.status, ok_score(r)) {
                            (Status::Ok, Some(sc)) => Cell::Score {
                                score: sc,
                                ratio: base.map(|bs| sc / bs),
                                checked: r.checked,
                            },
                            (Status::Skip { .. }, _) => Cell::Skip,
                            _ => Cell::Fail,
                        },
                        None => Cell::Skip,
                    })
                    .collect();
                (b.name.clone(), cells)
            })
            .collect();
        Some(Table {
            baseline,
            targets,
            rows,
        })
    }

    /// Geometric means of each target's scores and ratios over the benchmarks it passed.
    pub fn geomeans(&self) -> Vec<(Option<f64>, Option<f64>)> {
        (0..self.targets.len())
            .map(|k| {
                let mut sc = Vec::new();
                let mut ra = Vec::new();
                for (_, cells) in &self.rows {
                    if let Cell::Score { score, ratio, .. } = cells[k] {
                        sc.push(score);
                        if let Some(r) = ratio {
                            ra.push(r);
                        }
                    }
                }
                (geomean(&sc), geomean(&ra))
            })
            .collect()
    }

    /// The table in markdown.
    pub fn markdown(&self) -> String {
        let mut s = String::from("| benchmark |");
        for t in &self.targets {
            let _ = write!(s, " {t} | {t} ×{} |", short(&self.baseline));
        }
        s.push_str("\n| --- |");
        for _ in &self.targets {
            s.push_str(" ---: | ---: |");
        }
        s.push('\n');
        for (name, cells) in &self.rows {
            let _ = write!(s, "| {name} |");
            for c in cells {
                match c {
                    Cell::Score {
                        score,
                        ratio,
                        checked,
                    } => {
                        let mark = if *checked { "" } else { "?" };
                        let r = ratio.map(fmt_ratio).unwrap_or_else(|| "–".into());
                        let _ = write!(s, " {}{mark} | {r} |", fmt_score(*score));
                    }
                    Cell::Skip => s.push_str(" skip | – |"),
                    Cell::Fail => s.push_str(" FAIL | – |"),
                }
            }
            s.push('\n');
        }
        s.push_str("| **geomean** |");
        for (g, r) in self.geomeans() {
            let g = g.map(fmt_score).unwrap_or_else(|| "–".into());
            let r = r.map(fmt_ratio).unwrap_or_else(|| "–".into());
            let _ = write!(s, " **{g}** | **{r}** |");
        }
        s.push('\n');
        s
    }
}

fn short(t: &str) -> &str {
    if t == "bytecode" {
        "bc"
    } else {
        t
    }
}

fn ok_score(r: &TargetResult) -> Option<f64> {
    match (&r.status, &r.summary) {
        (Status::Ok, Some(s)) => Some(s.s_avg),
        _ => None,
    }
}

/// A score with about four significant digits.
pub fn fmt_score(x: f64) -> String {
    if x >= 1000.0 {
        format!("{x:.0}")
    } else if x >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.3}")
    }
}

pub fn fmt_ratio(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

/// Every FAIL as `benchmark target: kind: detail`.
pub fn failures(run: &Run) -> Vec<String> {
    let mut out = Vec::new();
    for b in &run.benchmarks {
        for r in &b.results {
            if let Status::Fail { kind, detail } = &r.status {
                out.push(format!(
                    "{} {}: {}: {detail}",
                    b.name,
                    r.target,
                    kind.label()
                ));
            }
        }
    }
    out
}

/// (passed, failed, skipped) over all (benchmark, target) pairs of targets that ran.
pub fn tally(run: &Run) -> (usize, usize, usize) {
    let ran = run.run_targets();
    let (mut p, mut f, mut s) = (0, 0, 0);
    for b in &run.benchmarks {
        for r in b
            .results
            .iter()
            .filter(|r| ran.contains(&r.target.as_str()))
        {
            match r.status {
                Status::Ok => p += 1,
                Status::Fail { .. } => f += 1,
                Status::Skip { .. } => s += 1,
            }
        }
    }
    (p, f, s)
}

/// Hardware-counter table (IPC and instructions / branch misses / cache misses per unit of
/// norm), or the note saying why there is none.
pub fn counters_markdown(run: &Run) -> String {
    if !run.counters.available {
        return format!("Hardware counters: {}\n", run.counters.note);
    }
    let mut s = format!(
        "Hardware counters ({}).\n\n| benchmark | target | IPC | instr/iter | branch-miss/iter | cache-miss/iter |\n| --- | --- | ---: | ---: | ---: | ---: |\n",
        run.counters.note
    );
    for b in &run.benchmarks {
        for r in &b.results {
            let cs: Vec<_> = r
                .samples
                .iter()
                .filter_map(|x| x.counters.map(|c| (c, x.norm)))
                .collect();
            if cs.is_empty() || !matches!(r.status, Status::Ok) {
                continue;
            }
            let k = cs.len() as f64;
            let mean = |f: &dyn Fn(&crate::model::Counts) -> f64| {
                cs.iter()
                    .map(|(c, n)| f(c) / (*n).max(1) as f64)
                    .sum::<f64>()
                    / k
            };
            let ipcs: Vec<f64> = cs.iter().filter_map(|(c, _)| ipc(c)).collect();
            let ipc_avg = if ipcs.is_empty() {
                "–".to_string()
            } else {
                format!("{:.2}", ipcs.iter().sum::<f64>() / ipcs.len() as f64)
            };
            let _ = writeln!(
                s,
                "| {} | {} | {ipc_avg} | {:.0} | {:.2} | {:.2} |",
                b.name,
                r.target,
                mean(&|c| c.instructions as f64),
                mean(&|c| c.branch_misses as f64),
                mean(&|c| c.cache_misses as f64)
            );
        }
    }
    s
}

/// The whole markdown report of a run (what is written next to the JSON).
pub fn markdown_report(run: &Run, chart_png: Option<&str>) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Benchmark run {}\n\n- command: `{}`\n- adder commit: {}{}\n- machine: {} ({} cores), {}\n- N={} M={} n_average={} (timeout {} s)\n- targets: {}\n",
        run.date,
        run.command.join(" "),
        run.git_commit.as_deref().unwrap_or("unknown"),
        if run.git_dirty { " (with uncommitted changes)" } else { "" },
        run.machine.cpu_model,
        run.machine.cores,
        run.machine.os,
        run.n,
        run.m,
        run.n_average,
        run.timeout_s,
        run.targets
            .iter()
            .map(|t| match &t.skipped {
                None => t.name.clone(),
                Some(w) => format!("{} (skipped: {w})", t.name),
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(png) = chart_png {
        let _ = writeln!(s, "![ratio to the baseline tier]({png})\n");
    }
    match Table::of(run) {
        Some(t) => {
            let _ = writeln!(
                s,
                "Scores (1e6 × norm / time_us, higher is better; mean of {} runs) and ratio to {}. \
                 `?` = output not comparable with CPython's (CPython skips it); FAIL = crash, \
                 timeout or output different from CPython's.\n",
                run.n_average, t.baseline
            );
            s.push_str(&t.markdown());
        }
        None => s.push_str("No target ran.\n"),
    }
    let fails = failures(run);
    let (p, f, k) = tally(run);
    let _ = writeln!(s, "\n{p} passed, {f} failed, {k} skipped\n");
    if !fails.is_empty() {
        s.push_str("## Failures\n\n");
        for l in fails {
            let _ = writeln!(s, "- {}", l.replace('|', "\\|"));
        }
        s.push('\n');
    }
    s.push_str(&counters_markdown(run));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(label: &str, e: &[(&str, [f64; 4])]) -> Side {
        Side {
            label: label.into(),
            n: 1000,
            m: 1000,
            entries: e
                .iter()
                .map(|(n, v)| {
                    (
                        n.to_string(),
                        Summary {
                            t_avg: v[0],
                            t_sd_pct: v[1],
                            s_avg: v[2],
                            s_sd_pct: v[3],
                        },
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn diff_matches_run_perfbench_text() {
        let a = side(
            "a.txt",
            &[
                ("perf_bench/bm_chaos.py", [1000.0, 1.0, 200.0, 1.0]),
                ("perf_bench/bm_fft.py", [2000.0, 0.5, 100.0, 0.5]),
                ("perf_bench/bm_only_a.py", [1.0, 0.0, 1.0, 0.0]),
            ],
        );
        let b = side(
            "b.txt",
            &[
                ("perf_bench/bm_chaos.py", [500.0, 2.0, 400.0, 2.0]),
                ("perf_bench/bm_fft.py", [2100.0, 0.0, 95.0, 0.0]),
            ],
        );
        let expect = "\
diff of scores (higher is better)
N=1000 M=1000                 a.txt ->      b.txt         diff      diff% (error%)
bm_chaos.py                  200.00 ->     400.00 :    +200.00 = +100.000% (+/-4.12%)
bm_fft.py                    100.00 ->      95.00 :      -5.00 =  -5.000% (+/-0.50%)
";
        assert_eq!(diff_report(&a, &b, true), expect);
        let expect_t = "\
diff of microsecond times (lower is better)
N=1000 M=1000                 a.txt ->      b.txt         diff      diff% (error%)
bm_chaos.py                 1000.00 ->     500.00 :    -500.00 = -50.000% (+/-1.41%)
bm_fft.py                   2000.00 ->    2100.00 :    +100.00 =  +5.000% (+/-0.50%)
";
        assert_eq!(diff_report(&a, &b, false), expect_t);
    }

    #[test]
    fn diff_header_with_different_params() {
        let a = side("x", &[]);
        let mut b = side("y", &[]);
        b.n = 100;
        let r = diff_report(&a, &b, true);
        assert!(r.contains("N=1000 M=1000 vs N=100 M=1000"));
    }

    #[test]
    fn perfbench_text_round_trip() {
        let text = "N=100 M=10 n_average=3\nbm_a.py: 10.00 1.0000 20.00 2.0000\nbm_b.py: SKIP\nbm_c.py: CRASH: boom\nbm_d.py: FAIL wrong output (x)\n";
        let s = parse_perfbench("f", text).unwrap();
        assert_eq!((s.n, s.m), (100, 10));
        assert_eq!(s.entries.len(), 1);
        assert_eq!(s.entries[0].1.s_sd_pct, 2.0);
        assert!(parse_perfbench("f", "").is_err());
        assert!(parse_perfbench("f", "hello\n").is_err());
    }
}
