//! Scoring maths: score = 1e6 * norm / time_us, and mean / standard deviation exactly as
//! MicroPython's run-perfbench.py computes them (population s.d.). Not the reports (report.rs).

use serde::{Deserialize, Serialize};

/// Score of one run: work per second (norm per 1e6 us); None for a zero or negative time.
pub fn score(norm: u64, time_us: f64) -> Option<f64> {
    (time_us > 0.0).then(|| 1e6 * norm as f64 / time_us)
}

/// Mean and population standard deviation (run-perfbench's `compute_stats`: `sqrt(max(0,
/// E[x^2] - E[x]^2))`). (0, 0) for an empty slice.
pub fn mean_sd(xs: &[f64]) -> (f64, f64) {
    if xs.is_empty() {
        return (0.0, 0.0);
    }
    let n = xs.len() as f64;
    let avg = xs.iter().sum::<f64>() / n;
    let sq = xs.iter().map(|x| x * x).sum::<f64>() / n;
    (avg, (sq - avg * avg).max(0.0).sqrt())
}

/// The four numbers of a run-perfbench line: time mean, time s.d. in percent of the mean, score
/// mean, score s.d. in percent of the mean.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub t_avg: f64,
    pub t_sd_pct: f64,
    pub s_avg: f64,
    pub s_sd_pct: f64,
}

impl Summary {
    /// Summarise samples of (time_us, norm); None when any time is not positive.
    pub fn of(samples: &[(f64, u64)]) -> Option<Summary> {
        if samples.is_empty() {
            return None;
        }
        let times: Vec<f64> = samples.iter().map(|s| s.0).collect();
        let scores: Option<Vec<f64>> = samples.iter().map(|s| score(s.1, s.0)).collect();
        let scores = scores?;
        let (t_avg, t_sd) = mean_sd(&times);
        let (s_avg, s_sd) = mean_sd(&scores);
        Some(Summary {
            t_avg,
            t_sd_pct: pct(t_sd, t_avg),
            s_avg,
            s_sd_pct: pct(s_sd, s_avg),
        })
    }
}

fn pct(sd: f64, avg: f64) -> f64 {
    if avg == 0.0 {
        0.0
    } else {
        100.0 * sd / avg
    }
}

/// Geometric mean of positive values; None for an empty slice or a non-positive value.
pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|&x| x <= 0.0 || !x.is_finite()) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_is_work_per_second() {
        assert_eq!(score(163840, 450472.0).map(f64::round), Some(363707.0));
        assert_eq!(score(10, 0.0), None);
    }

    #[test]
    fn population_sd_like_run_perfbench() {
        let (a, sd) = mean_sd(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
        assert_eq!(a, 5.0);
        assert_eq!(sd, 2.0);
        assert_eq!(mean_sd(&[3.0]), (3.0, 0.0));
        assert_eq!(mean_sd(&[]), (0.0, 0.0));
    }

    #[test]
    fn summary_of_samples() {
        let s = Summary::of(&[(1000.0, 100), (3000.0, 100)]).unwrap();
        assert_eq!(s.t_avg, 2000.0);
        assert_eq!(s.t_sd_pct, 50.0);
        // scores 100000 and 33333.33: mean 66666.67, sd 33333.33 = 50%
        assert!((s.s_avg - 66_666.666_666).abs() < 1e-3);
        assert!((s.s_sd_pct - 50.0).abs() < 1e-9);
        assert!(Summary::of(&[(0.0, 1)]).is_none());
        assert!(Summary::of(&[]).is_none());
    }

    #[test]
    fn geometric_mean() {
        assert!((geomean(&[1.0, 4.0, 16.0]).unwrap() - 4.0).abs() < 1e-12);
        assert_eq!(geomean(&[]), None);
        assert_eq!(geomean(&[1.0, 0.0]), None);
    }
}
