//! SVG line charts of training curves, drawn with plotters' SVG backend (no system fonts).
//!
//! In: named series of `(x, y)` points, titles, and whether the y axis is logarithmic. Out: an
//! SVG file, rendered to a string first and then written to a temporary file and renamed.

use std::fs;
use std::path::{Path, PathBuf};

use plotters::coord::combinators::IntoLogRange;
use plotters::prelude::*;

use super::SaveError;

/// One curve: its legend and its points.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The legend.
    pub name: String,
    /// `(x, y)` points, in x order.
    pub points: Vec<(f64, f64)>,
}

impl Series {
    /// A series from a name and points.
    #[must_use]
    pub fn new(name: impl Into<String>, points: Vec<(f64, f64)>) -> Self {
        Series { name: name.into(), points }
    }
}

/// A chart's title and axis labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Labels<'a> {
    /// The title above the chart.
    pub title: &'a str,
    /// The x axis.
    pub x: &'a str,
    /// The y axis.
    pub y: &'a str,
}

const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// Draws `series` as lines into an SVG file at `path`; `log_y` puts the y axis on a log scale
/// (points with y ≤ 0 or not finite are left out there, and non-finite ones everywhere).
///
/// # Errors
/// The directory does not exist or the file cannot be written, or plotters fails to draw.
pub fn line_chart(
    path: &Path,
    labels: Labels<'_>,
    series: &[Series],
    log_y: bool,
) -> Result<(), SaveError> {
    let keep = |&(x, y): &(f64, f64)| x.is_finite() && y.is_finite() && (!log_y || y > 0.0);
    let series: Vec<Series> = series
        .iter()
        .map(|s| Series::new(s.name.clone(), s.points.iter().copied().filter(keep).collect()))
        .collect();
    let all: Vec<(f64, f64)> = series.iter().flat_map(|s| s.points.iter().copied()).collect();
    let (x_low, x_high) = bounds(all.iter().map(|p| p.0));
    let (y_low, y_high) = bounds(all.iter().map(|p| p.1));
    let mut svg = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, (760, 440)).into_drawing_area();
        if log_y {
            let (low, high) = (y_low.max(1e-12), y_high.max(y_low.max(1e-12) * 10.0));
            draw(&root, labels, &series, x_low..x_high, (low * 0.8..high * 1.25).log_scale())
        } else {
            let pad = 0.05 * (y_high - y_low).max(1e-12);
            draw(&root, labels, &series, x_low..x_high, y_low - pad..y_high + pad)
        }
    };
    drawn.map_err(|e| SaveError {
        file: path.to_path_buf(),
        problem: format!("cannot draw: {e}"),
    })?;
    write_atomically(path, &svg)
}

fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (low, high) =
        values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(v), h.max(v)));
    if low.is_finite() && high > low {
        (low, high)
    } else if low.is_finite() {
        (low - 1.0, low + 1.0)
    } else {
        (0.0, 1.0)
    }
}

fn draw<Y>(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    labels: Labels<'_>,
    series: &[Series],
    x_range: std::ops::Range<f64>,
    y_range: Y,
) -> Result<(), Box<dyn std::error::Error>>
where
    Y: plotters::coord::ranged1d::AsRangedCoord<Value = f64>,
    Y::CoordDescType: plotters::coord::ranged1d::ValueFormatter<f64>,
{
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(root)
        .caption(labels.title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(x_range, y_range)?;
    chart.configure_mesh().x_desc(labels.x).y_desc(labels.y).draw()?;
    for (k, s) in series.iter().enumerate() {
        let color = COLORS[k % COLORS.len()];
        chart
            .draw_series(LineSeries::new(s.points.iter().copied(), color.stroke_width(2)))?
            .label(s.name.as_str())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
            });
    }
    chart.configure_series_labels().background_style(WHITE.mix(0.8)).border_style(BLACK).draw()?;
    root.present()?;
    Ok(())
}

/// Writes `text` to a temporary file beside `path`, then renames it over `path`.
///
/// # Errors
/// The directory does not exist, or writing or renaming fails.
pub fn write_atomically(path: &Path, text: &str) -> Result<(), SaveError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(SaveError {
            file: path.to_path_buf(),
            problem: format!("the directory {} does not exist: create it first", dir.display()),
        });
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".tmp");
    let temporary = PathBuf::from(temporary);
    fs::write(&temporary, text).map_err(|e| SaveError {
        file: temporary.clone(),
        problem: format!("cannot write: {e}"),
    })?;
    fs::rename(&temporary, path).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        SaveError {
            file: path.to_path_buf(),
            problem: format!("cannot move {} into place: {e}", temporary.display()),
        }
    })
}
