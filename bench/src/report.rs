//! The bench's figures: medians, ranges and percentiles against budgets, printed as a table
//! and saved as JSON.

use serde_json::{json, Value};

pub struct Figure {
    pub name: String,
    /// What is printed, e.g. "p50 3.1 ms, p95 7.9 ms".
    pub text: String,
    /// The figure the budget is checked on, and the budget (ms).
    pub checked: Option<(f64, f64)>,
    pub json: Value,
}

/// The `p`th percentile (0–100) by nearest rank.
pub fn percentile(values: &[f64], p: f64) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * v.len() as f64).ceil().max(1.0) as usize;
    v[rank.min(v.len()) - 1]
}

impl Figure {
    /// Median and min–max of a few runs; the budget applies to the median.
    pub fn times(name: String, values: &[f64], budget: Option<f64>) -> Self {
        let med = percentile(values, 50.0);
        let (min, max) = values
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| {
                (a.min(x), b.max(x))
            });
        Figure {
            text: format!("median {med:.0} ms ({min:.0}–{max:.0})"),
            checked: budget.map(|b| (med, b)),
            json: json!({ "median_ms": med, "min_ms": min, "max_ms": max, "runs": values }),
            name,
        }
    }

    /// p50 and p95 of many samples; the budget applies to p95.
    pub fn percentiles(name: String, values: &[f64], budget: Option<f64>) -> Self {
        let (p50, p95) = (percentile(values, 50.0), percentile(values, 95.0));
        Figure {
            text: format!(
                "p50 {p50:.1} ms, p95 {p95:.1} ms ({} samples)",
                values.len()
            ),
            checked: budget.map(|b| (p95, b)),
            json: json!({ "p50_ms": p50, "p95_ms": p95, "samples": values }),
            name,
        }
    }
}

#[derive(Default)]
pub struct Report {
    figures: Vec<Figure>,
}

impl Report {
    pub fn add(&mut self, f: Figure) {
        println!("{}", line(&f));
        self.figures.push(f);
    }

    /// A figure without a budget.
    pub fn note(&mut self, name: String, text: String) {
        self.add(Figure {
            json: json!({ "text": text }),
            text,
            checked: None,
            name,
        });
    }

    pub fn failed(&self) -> usize {
        self.figures
            .iter()
            .filter(|f| f.checked.is_some_and(|(v, b)| v > b || v.is_nan()))
            .count()
    }

    pub fn print_and_save(&self) {
        println!(
            "\nbrowser figures (headless Chromium, {} figures, {} over budget)",
            self.figures.len(),
            self.failed()
        );
        for f in &self.figures {
            println!("{}", line(f));
        }
        let out: Vec<Value> = self
            .figures
            .iter()
            .map(|f| {
                json!({
                    "figure": f.name,
                    "text": f.text,
                    "budget_ms": f.checked.map(|c| c.1),
                    "pass": f.checked.map(|(v, b)| v <= b),
                    "data": f.json,
                })
            })
            .collect();
        // `cargo xtask bench` names the workspace's target directory, wherever it is.
        let dir = std::path::PathBuf::from(
            std::env::var_os("HOOP_ADMIN_BENCH_DIR").unwrap_or_else(|| "target/bench".into()),
        );
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("browser.json");
        match std::fs::write(
            &path,
            serde_json::to_string_pretty(&out).unwrap_or_default(),
        ) {
            Ok(()) => println!("written to {}", path.display()),
            Err(e) => eprintln!("could not write {}: {e}", path.display()),
        }
    }
}

fn line(f: &Figure) -> String {
    let verdict = match f.checked {
        Some((v, b)) if v <= b => format!("PASS (≤ {b} ms)"),
        Some((_, b)) => format!("FAIL (> {b} ms)"),
        None => String::new(),
    };
    format!("  {:<62} {:<44} {verdict}", f.name, f.text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(super::percentile(&v, 95.0), 95.0);
        assert_eq!(super::percentile(&v, 50.0), 50.0);
        assert_eq!(super::percentile(&[3.0], 95.0), 3.0);
    }
}
