//! What a run measures: adder's tiers (probed: `adder -X emit=T -c pass` succeeding means built)
//! and external interpreters (python3, pypy3, a micropython binary). Not the running (runner.rs).

use crate::model::{Target, TargetKind};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The four tiers, in report order.
pub const TIERS: [&str; 4] = ["bytecode", "native", "viper", "cranelift"];

/// A target ready to run: the recorded description plus how to prepare its script.
#[derive(Clone, Debug)]
pub struct TargetSpec {
    pub target: Target,
    /// Some(tier) when the script is compiled to .mpy by adder's compiler first (`--via-mpy`).
    pub via_mpy: Option<String>,
}

impl TargetSpec {
    pub fn name(&self) -> &str {
        &self.target.name
    }
    pub fn runnable(&self) -> bool {
        self.target.skipped.is_none()
    }
}

/// Probe one tier: Ok when `adder -X emit=T -c pass` exits 0, else the reason it is skipped.
pub fn probe_tier(adder: &Path, tier: &str) -> Result<(), String> {
    if !adder.exists() {
        return Err(format!("adder binary not found at {}", adder.display()));
    }
    let out = Command::new(adder)
        .args(["-X", &format!("emit={tier}"), "-c", "pass"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", adder.display()))?;
    if out.status.success() {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    Err(if line.contains("not built") {
        "not built".to_string()
    } else if line.is_empty() {
        format!("probe exited with {}", out.status)
    } else {
        format!("not built ({})", line.trim())
    })
}

/// The tier targets for `tiers` (each probed), plus `T+mpy` variants when `via_mpy`.
pub fn tier_targets(adder: &Path, tiers: &[String], via_mpy: bool) -> Vec<TargetSpec> {
    let mut out = Vec::new();
    for t in tiers {
        let skipped = probe_tier(adder, t).err();
        let command = vec![
            adder.display().to_string(),
            "-X".to_string(),
            format!("emit={t}"),
        ];
        let mk = |name: String, via: Option<String>| TargetSpec {
            target: Target {
                name,
                kind: TargetKind::Tier,
                command: command.clone(),
                skipped: skipped.clone(),
            },
            via_mpy: via,
        };
        if via_mpy {
            out.push(mk(format!("{t}+mpy"), Some(t.clone())));
        } else {
            out.push(mk(t.clone(), None));
        }
    }
    out
}

/// An external interpreter from `--interp SPEC`: `python3`, `/path/to/micropython`, or
/// `NAME=COMMAND ARGS` (the script path is appended). Not found means skipped.
pub fn interp_target(spec: &str) -> TargetSpec {
    let (name, cmd): (String, Vec<String>) = match spec.split_once('=') {
        Some((n, c)) if !n.contains('/') && !n.is_empty() => (
            n.to_string(),
            c.split_whitespace().map(str::to_string).collect(),
        ),
        _ => {
            let base = Path::new(spec)
                .file_name()
                .map(|f| f.to_string_lossy().to_string())
                .unwrap_or_else(|| spec.to_string());
            (base, vec![spec.to_string()])
        }
    };
    let skipped = match cmd.first() {
        None => Some("empty command".to_string()),
        Some(exe) => which(exe).is_none().then(|| format!("{exe} not found")),
    };
    let command = match cmd.first().and_then(|e| which(e)) {
        Some(p) => std::iter::once(p.display().to_string())
            .chain(cmd.iter().skip(1).cloned())
            .collect(),
        None => cmd,
    };
    TargetSpec {
        target: Target {
            name,
            kind: TargetKind::Interp,
            command,
            skipped,
        },
        via_mpy: None,
    }
}

/// Resolve a program name on PATH (or check a path); None when it is not there.
pub fn which(exe: &str) -> Option<PathBuf> {
    if exe.contains('/') {
        let p = PathBuf::from(exe);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(exe))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interp_specs() {
        let t = interp_target("sh");
        assert_eq!(t.target.name, "sh");
        assert!(t.runnable());
        let t = interp_target("mp=sh -x");
        assert_eq!(t.target.name, "mp");
        assert_eq!(t.target.command[1], "-x");
        let t = interp_target("/no/such/micropython");
        assert_eq!(t.target.name, "micropython");
        assert!(t.target.skipped.as_deref().unwrap().contains("not found"));
    }

    #[test]
    fn missing_adder_skips_tiers() {
        let t = tier_targets(Path::new("/no/such/adder"), &["native".to_string()], false);
        assert_eq!(t.len(), 1);
        assert!(!t[0].runnable());
    }
}
