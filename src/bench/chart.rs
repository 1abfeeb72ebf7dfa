//! The SVG chart of the report: one horizontal bar per (program, engine) showing the time
//! ratio to the reference engine on a log scale, bars growing left from 1.0 when the engine
//! is faster and right when it is slower.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::engine::REFERENCE;
use super::report::{geomean, Row};

const PALETTE: [RGBColor; 6] = [
    RGBColor(0xd9, 0x5f, 0x02),
    RGBColor(0x1b, 0x9e, 0x77),
    RGBColor(0x75, 0x70, 0xb3),
    RGBColor(0xe7, 0x29, 0x8a),
    RGBColor(0x66, 0xa6, 0x1e),
    RGBColor(0xa6, 0x76, 0x1d),
];

/// Renders the chart of `ratio(row, engine)` for every engine but the reference, with a
/// last group for the geometric means. Returns the SVG text.
pub fn svg(
    rows: &[Row],
    engines: &[String],
    title: &str,
    ratio: &dyn Fn(&Row, &str) -> Option<f64>,
) -> String {
    let others: Vec<&String> = engines.iter().filter(|e| e.as_str() != REFERENCE).collect();
    let mut groups: Vec<(String, Vec<Option<f64>>)> =
        rows.iter().map(|r| (r.program.clone(), others.iter().map(|e| ratio(r, e)).collect())).collect();
    let means = others
        .iter()
        .map(|e| geomean(&rows.iter().filter_map(|r| ratio(r, e)).collect::<Vec<_>>()))
        .collect();
    groups.push(("geometric mean".to_string(), means));
    let all: Vec<f64> = groups.iter().flat_map(|(_, v)| v.iter().flatten().copied()).collect();
    let lo = all.iter().copied().fold(1.0f64, f64::min) / 1.5;
    let hi = all.iter().copied().fold(1.0f64, f64::max) * 1.5;
    let height = 90 + groups.len() as u32 * (10 + 14 * others.len().max(1) as u32);
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, (900, height)).into_drawing_area();
        if draw(&root, &groups, &others, title, lo, hi).is_err() {
            // Drawing into a string cannot fail for I/O reasons; an error here would be a
            // layout bug, and the report stays useful without the chart.
            return String::new();
        }
        let _ = root.present();
    }
    text
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

fn draw(
    root: &Area,
    groups: &[(String, Vec<Option<f64>>)],
    engines: &[&String],
    title: &str,
    lo: f64,
    hi: f64,
) -> Result<(), Box<dyn std::error::Error>> {
    root.fill(&WHITE)?;
    let n = groups.len() as f64;
    let mut chart = ChartBuilder::on(root)
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(130)
        .build_cartesian_2d((lo..hi).log_scale(), n..0.0)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc(format!("time / {REFERENCE} time (log scale; left of 1 is faster)"))
        .x_label_formatter(&|x| format!("{x:.2}"))
        .draw()?;
    let k = engines.len().max(1) as f64;
    let band = 0.8 / k;
    for (j, engine) in engines.iter().enumerate() {
        let color = PALETTE[j % PALETTE.len()];
        let bars = groups.iter().enumerate().filter_map(|(i, (_, v))| {
            let r = v.get(j).copied().flatten()?;
            let top = i as f64 + 0.1 + j as f64 * band;
            Some(Rectangle::new([(1.0, top), (r, top + band * 0.9)], color.filled()))
        });
        chart
            .draw_series(bars)?
            .label(engine.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
        let labels = groups.iter().enumerate().filter_map(|(i, (_, v))| {
            let r = v.get(j).copied().flatten()?;
            let y = i as f64 + 0.1 + (j as f64 + 0.45) * band;
            let x = if r >= 1.0 { r * 1.03 } else { r / 1.03 };
            let pos = if r >= 1.0 {
                Pos::new(HPos::Left, VPos::Center)
            } else {
                Pos::new(HPos::Right, VPos::Center)
            };
            Some(Text::new(format!("{r:.2}"), (x, y), ("sans-serif", 10).into_font().color(&BLACK).pos(pos)))
        });
        chart.draw_series(labels)?;
    }
    chart
        .draw_series(std::iter::once(PathElement::new(vec![(1.0, 0.0), (1.0, n)], BLACK.stroke_width(1))))?;
    // The program names sit in the label area left of the plot, in pixel coordinates.
    for (i, (name, _)) in groups.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(lo, i as f64 + 0.5));
        let style = ("sans-serif", 12).into_font().color(&BLACK).pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(name.clone(), (x - 8, y), style))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .border_style(BLACK)
        .background_style(WHITE.mix(0.9))
        .draw()?;
    Ok(())
}
