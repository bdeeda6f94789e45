//! The chart of a tier table: grouped horizontal bars per benchmark, one colour per tier or
//! interpreter, log scale of the ratio to the baseline tier, as SVG and PNG (plotters, with an
//! embedded DejaVu Sans subset so no system font is needed). Not the table itself (report.rs).

use crate::error::{BenchError, Result};
use crate::report::{Cell, Table};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

/// DejaVu Sans cut to printable ASCII (see bench/assets/DejaVu-LICENSE.txt).
static FONT: &[u8] = include_bytes!("../assets/DejaVuSans-ascii.ttf");

fn register_font() -> Result<()> {
    static ONCE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let ok = *ONCE.get_or_init(|| {
        plotters::style::register_font("sans-serif", FontStyle::Normal, FONT).is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err(BenchError::Chart("the embedded font does not load".into()))
    }
}

fn colour(target: &str, k: usize) -> RGBColor {
    match target {
        "native" => RGBColor(31, 119, 180),
        "viper" => RGBColor(255, 127, 14),
        "cranelift" => RGBColor(44, 160, 44),
        "python3" => RGBColor(148, 103, 189),
        "pypy3" => RGBColor(214, 39, 40),
        "micropython" => RGBColor(140, 86, 75),
        _ => {
            let c = Palette99::pick(k + 3).to_rgba();
            RGBColor(c.0, c.1, c.2)
        }
    }
}

/// One bar group per row: (label, per-target ratio).
fn rows(table: &Table) -> Vec<(String, Vec<Option<f64>>)> {
    let mut rows: Vec<(String, Vec<Option<f64>>)> = table
        .rows
        .iter()
        .map(|(name, cells)| {
            let r = cells
                .iter()
                .map(|c| match c {
                    Cell::Score { ratio, .. } => *ratio,
                    _ => None,
                })
                .collect();
            (name.clone(), r)
        })
        .collect();
    rows.push((
        "geomean".to_string(),
        table.geomeans().into_iter().map(|g| g.1).collect(),
    ));
    rows
}

/// Write `svg` and `png` of the table.
pub fn write_charts(table: &Table, title: &str, svg: &Path, png: &Path) -> Result<()> {
    register_font()?;
    let size = chart_size(table);
    draw(SVGBackend::new(svg, size).into_drawing_area(), table, title)?;
    draw(
        BitMapBackend::new(png, size).into_drawing_area(),
        table,
        title,
    )?;
    Ok(())
}

fn chart_size(table: &Table) -> (u32, u32) {
    let groups = table.targets.len().saturating_sub(1).max(1) as u32;
    let row_h = (groups * 9 + 10).max(22);
    (1000, 130 + row_h * (table.rows.len() as u32 + 1))
}

fn err<E: std::fmt::Debug>(e: E) -> BenchError {
    BenchError::Chart(format!("{e:?}"))
}

fn draw<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    table: &Table,
    title: &str,
) -> Result<()> {
    root.fill(&WHITE).map_err(err)?;
    let rows = rows(table);
    let bars: Vec<usize> = (0..table.targets.len())
        .filter(|&k| table.targets[k] != table.baseline)
        .collect();
    let ratios: Vec<f64> = rows
        .iter()
        .flat_map(|(_, r)| bars.iter().filter_map(|&k| r[k]))
        .filter(|x| x.is_finite() && *x > 0.0)
        .collect();
    let lo = ratios.iter().copied().fold(1.0f64, f64::min) / 1.6;
    let hi = ratios.iter().copied().fold(1.0f64, f64::max) * 1.6;
    let n = rows.len();
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(110)
        .build_cartesian_2d((lo..hi).log_scale(), -0.5f64..(n as f64 - 0.5))
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc(format!(
            "ratio of score to {} (log scale, higher is faster)",
            table.baseline
        ))
        .x_label_formatter(&|v| {
            if *v >= 1.0 {
                format!("{v:.0}")
            } else {
                format!("{v:.2}")
            }
        })
        .label_style(("sans-serif", 13))
        .draw()
        .map_err(err)?;
    // Row labels, drawn at the left edge of the plot, first benchmark on top.
    let y_of = |i: usize| (n - 1 - i) as f64;
    for (i, (name, _)) in rows.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(lo, y_of(i)));
        let style = TextStyle::from(("sans-serif", 13).into_font())
            .pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(name.clone(), (px - 6, py), style))
            .map_err(err)?;
    }
    let slot = 0.8 / bars.len().max(1) as f64;
    for (j, &k) in bars.iter().enumerate() {
        let c = colour(&table.targets[k], k);
        let rects: Vec<Rectangle<(f64, f64)>> = rows
            .iter()
            .enumerate()
            .filter_map(|(i, (_, r))| {
                let ratio = r[k]?;
                let top = y_of(i) + 0.4 - slot * j as f64;
                Some(Rectangle::new(
                    [(1.0, top), (ratio, top - slot * 0.9)],
                    c.filled(),
                ))
            })
            .collect();
        chart
            .draw_series(rects)
            .map_err(err)?
            .label(table.targets[k].clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], c.filled()));
    }
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(1.0, -0.5), (1.0, n as f64 - 0.5)],
            BLACK.stroke_width(1),
        )))
        .map_err(err)?;
    if !bars.is_empty() {
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::LowerRight)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font(("sans-serif", 13))
            .draw()
            .map_err(err)?;
    }
    root.present().map_err(err)?;
    Ok(())
}
