//! Charts drawn as SVG with plotters: axis labels with units, a legend, and the Okabe–Ito colours,
//! which stay distinct for the common forms of colour blindness. Text uses the generic `sans-serif`
//! family, so nothing is fetched and every viewer has a font.

use plotters::prelude::*;
use plotters::style::RGBAColor;

use dyad_findings::{Chart, Mark};

/// The Okabe–Ito palette: orange, sky blue, bluish green, reddish purple, blue, vermillion, black,
/// and yellow last, since it is faint on white.
pub const PALETTE: [(u8, u8, u8); 8] = [
    (230, 159, 0),
    (86, 180, 233),
    (0, 158, 115),
    (204, 121, 167),
    (0, 114, 178),
    (213, 94, 0),
    (0, 0, 0),
    (240, 228, 66),
];

const WIDTH: u32 = 760;
/// The height of the plot; the legend goes below it, two entries a row.
const PLOT_HEIGHT: u32 = 340;
const LEGEND_ROW: u32 = 21;

/// How a legend entry is drawn.
#[derive(Clone, Copy)]
enum Key {
    Line(RGBColor, u32),
    Dot(RGBColor),
    Patch(RGBAColor),
}

fn legend(chart: &Chart) -> Vec<(String, Key)> {
    let mut entries: Vec<(String, Key)> = Vec::new();
    for (i, band) in chart.bands.iter().enumerate() {
        let (r, g, b) = PALETTE[band.colour % PALETTE.len()];
        let opacity = if i == 0 { 0.18 } else { 0.32 };
        entries.push((band.label.clone(), Key::Patch(RGBAColor(r, g, b, opacity))));
    }
    for series in chart.series.iter().filter(|s| !s.label.is_empty()) {
        let c = colour(series.colour);
        entries.push((
            series.label.clone(),
            match series.mark {
                Mark::Line => Key::Line(c, 2),
                Mark::Faint => Key::Line(RGBColor(170, 170, 170), 1),
                Mark::Points => Key::Dot(c),
                Mark::Spans => Key::Line(c, 4),
            },
        ));
    }
    entries
}

fn legend_rows(chart: &Chart) -> u32 {
    let n = if chart.bars.is_empty() {
        legend(chart).len()
    } else {
        0
    };
    n.div_ceil(2) as u32
}

fn colour(index: usize) -> RGBColor {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    RGBColor(r, g, b)
}

/// A tick label: thousands separators, no decimals for large values, up to two for small ones.
pub fn tick(value: f64) -> String {
    let magnitude = value.abs();
    let text = if magnitude >= 100.0 || value.fract() == 0.0 {
        format!("{value:.0}")
    } else if magnitude >= 1.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    };
    dyad_measure::format::with_separators(&text)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Draws a chart; returns the SVG text, with a `<title>` and an ARIA label for screen readers.
pub fn draw(chart: &Chart) -> Result<String, String> {
    let mut svg = String::new();
    let mut values: Vec<Value> = Vec::new();
    {
        let rows = legend_rows(chart);
        let height = PLOT_HEIGHT + if rows > 0 { rows * LEGEND_ROW + 16 } else { 0 };
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let (plot, below) = root.split_vertically(PLOT_HEIGHT);
        if chart.bars.is_empty() {
            values = draw_series(chart, &plot)?;
            draw_legend(chart, &below)?;
        } else {
            draw_bars(chart, &plot)?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    // Each point's value, shown when the pointer rests on it (the browser's own tooltip: no script).
    if !values.is_empty() {
        let mut layer = String::from("<g class=\"values\">");
        for ((x, y), label) in &values {
            layer.push_str(&format!(
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"7\" fill=\"transparent\"><title>{}</title></circle>",
                escape(label)
            ));
        }
        layer.push_str("</g>\n</svg>");
        if let Some(at) = svg.rfind("</svg>") {
            svg.replace_range(at.., &layer);
        }
    }
    let title = escape(&chart.title);
    Ok(svg.replacen(
        "xmlns=\"http://www.w3.org/2000/svg\">",
        &format!(
            "xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{title}\">\n<title>{title}</title>"
        ),
        1,
    ))
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

fn bounds(chart: &Chart) -> Option<((f64, f64), (f64, f64))> {
    let transform = |y: f64| if chart.log_y { y.log10() } else { y };
    let xs = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .chain(
            chart
                .bands
                .iter()
                .flat_map(|b| b.points.iter().map(|p| p.0)),
        );
    let ys = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .chain(
            chart
                .bands
                .iter()
                .flat_map(|b| b.points.iter().flat_map(|p| [p.1, p.2])),
        )
        .filter(|y| !chart.log_y || *y > 0.0)
        .map(transform);
    let (mut x0, mut x1) = (f64::INFINITY, f64::NEG_INFINITY);
    for x in xs {
        x0 = x0.min(x);
        x1 = x1.max(x);
    }
    let (mut y0, mut y1) = (f64::INFINITY, f64::NEG_INFINITY);
    for y in ys {
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    if !x0.is_finite() || !y0.is_finite() {
        return None;
    }
    if x1 - x0 < 1.0 {
        x0 -= 0.5;
        x1 += 0.5;
    }
    let pad = ((y1 - y0) * 0.08).max(if chart.log_y { 0.1 } else { 1.0 });
    let y0 = if chart.log_y || y0 < 0.0 {
        y0 - pad
    } else {
        0.0
    };
    Some(((x0 - 0.3, x1 + 0.3), (y0, y1 + pad)))
}

/// A point's time as a reader says it: a year, or a year and month.
fn when(x: f64) -> String {
    let year = x.floor();
    let fraction = x - year;
    if fraction.abs() < 1e-9 {
        format!("{year:.0}")
    } else {
        let month = ((fraction * 12.0).floor() as u32 + 1).min(12);
        format!("{year:.0}-{month:02}")
    }
}

/// A point's place on the canvas, and what it says when the pointer rests on it.
type Value = ((i32, i32), String);

/// Draws the bands and series; returns each point's place on the canvas and what it says.
fn draw_series(chart: &Chart, root: &Area<'_>) -> Result<Vec<Value>, String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let Some(((x0, x1), (y0, y1))) = bounds(chart) else {
        return Err(format!("{}: nothing to draw", chart.id));
    };
    let log = chart.log_y;
    let transform = move |y: f64| if log { y.max(1e-9).log10() } else { y };
    let mut ctx = ChartBuilder::on(root)
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(78)
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(|e| err(&e))?;
    let whole_years = x1 - x0 > 2.5;
    let x_format = move |x: &f64| {
        if whole_years {
            format!("{:.0}", x)
        } else {
            format!("{x:.1}")
        }
    };
    let y_format = move |y: &f64| if log { tick(10f64.powf(*y)) } else { tick(*y) };
    ctx.configure_mesh()
        .x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .x_label_formatter(&x_format)
        .y_label_formatter(&y_format)
        .x_labels(10)
        .y_labels(8)
        .axis_desc_style(("sans-serif", 17))
        .label_style(("sans-serif", 15))
        .light_line_style(RGBAColor(0, 0, 0, 0.04))
        .bold_line_style(RGBAColor(0, 0, 0, 0.12))
        .draw()
        .map_err(|e| err(&e))?;
    for (i, band) in chart.bands.iter().enumerate() {
        let (r, g, b) = PALETTE[band.colour % PALETTE.len()];
        let opacity = if i == 0 { 0.18 } else { 0.32 };
        let mut outline: Vec<(f64, f64)> =
            band.points.iter().map(|p| (p.0, transform(p.2))).collect();
        outline.extend(band.points.iter().rev().map(|p| (p.0, transform(p.1))));
        let fill = RGBAColor(r, g, b, opacity);
        ctx.draw_series(std::iter::once(Polygon::new(outline, fill.filled())))
            .map_err(|e| err(&e))?;
    }
    let mut values = Vec::new();
    for series in &chart.series {
        let points: Vec<(f64, f64)> = series
            .points
            .iter()
            .filter(|p| !log || p.1 > 0.0)
            .map(|p| (p.0, transform(p.1)))
            .collect();
        let c = colour(series.colour);
        let name = if series.label.is_empty() {
            chart.y_label.clone()
        } else {
            series.label.clone()
        };
        let originals: Vec<&(f64, f64)> =
            series.points.iter().filter(|p| !log || p.1 > 0.0).collect();
        if series.mark == Mark::Spans {
            // A span's value holds from its start to its end: one label at its middle.
            for pair in originals.chunks_exact(2) {
                let middle = ((pair[0].0 + pair[1].0) / 2.0, transform(pair[0].1));
                values.push((
                    ctx.backend_coord(&middle),
                    format!(
                        "{name}: {} ({} to {})",
                        tick(pair[0].1),
                        when(pair[0].0),
                        when(pair[1].0)
                    ),
                ));
            }
        } else if series.mark != Mark::Faint {
            for point in &originals {
                values.push((
                    ctx.backend_coord(&(point.0, transform(point.1))),
                    format!("{name}: {} ({})", tick(point.1), when(point.0)),
                ));
            }
        }
        if series.mark == Mark::Line && points.len() < 2 {
            ctx.draw_series(points.iter().map(|p| Circle::new(*p, 3, c.filled())))
                .map_err(|e| err(&e))?;
        }
        let drawn = match series.mark {
            Mark::Line => ctx
                .draw_series(LineSeries::new(points.clone(), c.stroke_width(2)))
                .map_err(|e| err(&e))?,
            Mark::Faint => ctx
                .draw_series(LineSeries::new(
                    points.clone(),
                    RGBColor(170, 170, 170).stroke_width(1),
                ))
                .map_err(|e| err(&e))?,
            Mark::Points => ctx
                .draw_series(points.iter().map(|p| Circle::new(*p, 4, c.filled())))
                .map_err(|e| err(&e))?,
            Mark::Spans => ctx
                .draw_series(
                    points
                        .chunks_exact(2)
                        .map(|span| PathElement::new(vec![span[0], span[1]], c.stroke_width(4))),
                )
                .map_err(|e| err(&e))?,
        };
        let _ = drawn;
    }
    Ok(values)
}

/// The legend below the plot, two entries a row, each label shortened to fit its column.
fn draw_legend(chart: &Chart, area: &Area<'_>) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    for (i, (label, key)) in legend(chart).into_iter().enumerate() {
        let (column, row) = ((i % 2) as i32, (i / 2) as i32);
        let (x, y) = (80 + column * 340, 8 + row * LEGEND_ROW as i32 + 6);
        match key {
            Key::Line(c, width) => area
                .draw(&PathElement::new(
                    vec![(x, y), (x + 20, y)],
                    c.stroke_width(width),
                ))
                .map_err(|e| err(&e))?,
            Key::Dot(c) => area
                .draw(&Circle::new((x + 10, y), 4, c.filled()))
                .map_err(|e| err(&e))?,
            Key::Patch(c) => area
                .draw(&Rectangle::new([(x, y - 5), (x + 20, y + 5)], c.filled()))
                .map_err(|e| err(&e))?,
        }
        let short: String = if label.chars().count() > 52 {
            label.chars().take(51).collect::<String>() + "…"
        } else {
            label
        };
        area.draw(&Text::new(
            short,
            (x + 28, y - 6),
            ("sans-serif", 15).into_font().color(&BLACK),
        ))
        .map_err(|e| err(&e))?;
    }
    Ok(())
}

fn draw_bars(chart: &Chart, root: &Area<'_>) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let max = chart.bars.iter().map(|b| b.1).fold(0.0_f64, f64::max);
    let n = chart.bars.len() as f64;
    let mut ctx = ChartBuilder::on(root)
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(8)
        .build_cartesian_2d(0.0..max * 1.05, 0.0..n)
        .map_err(|e| err(&e))?;
    let x_format = |x: &f64| tick(*x);
    ctx.configure_mesh()
        .x_desc(chart.x_label.as_str())
        .x_label_formatter(&x_format)
        .disable_y_mesh()
        .disable_y_axis()
        .axis_desc_style(("sans-serif", 17))
        .label_style(("sans-serif", 15))
        .light_line_style(RGBAColor(0, 0, 0, 0.04))
        .bold_line_style(RGBAColor(0, 0, 0, 0.12))
        .draw()
        .map_err(|e| err(&e))?;
    for (i, (label, value)) in chart.bars.iter().enumerate() {
        let y = n - i as f64 - 1.0;
        ctx.draw_series(std::iter::once(Rectangle::new(
            [(0.0, y + 0.2), (*value, y + 0.8)],
            colour(4).mix(0.85).filled(),
        )))
        .map_err(|e| err(&e))?;
        ctx.draw_series(std::iter::once(Text::new(
            format!("{label}: {}", tick(*value)),
            (max * 0.01, y + 0.93),
            ("sans-serif", 15).into_font().color(&BLACK),
        )))
        .map_err(|e| err(&e))?;
    }
    Ok(())
}

/// Draws the theme × lens matrix of the coded documents as a grid: one row per theme, one column per
/// lens and one for the theme's passages; each lens cell is shaded by the share of the theme's passages
/// that read it through the lens, and names the count and share.
pub fn lens_matrix(readings: &[dyad_findings::readings::ThemeReading]) -> String {
    const LABEL: u32 = 250;
    const CELL: u32 = 150;
    const ROW: u32 = 34;
    const HEAD: u32 = 40;
    let width = LABEL + CELL * 4;
    let height = HEAD + ROW * readings.len() as u32 + 8;
    let title = "Coded passages by theme and lens";
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{title}\">\n<title>{title}</title>\n<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"
    );
    let text = |x: u32, y: u32, anchor: &str, weight: &str, words: &str| {
        format!(
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"{weight}\" fill=\"#222222\">{}</text>\n",
            escape(words)
        )
    };
    svg.push_str(&text(8, 26, "start", "600", "Theme"));
    svg.push_str(&text(LABEL + CELL / 2, 26, "middle", "600", "Passages"));
    for (index, lens) in dyad_findings::model::Lens::ALL.iter().enumerate() {
        svg.push_str(&text(
            LABEL + CELL * (index as u32 + 1) + CELL / 2,
            26,
            "middle",
            "600",
            lens.name(),
        ));
    }
    for (row, reading) in readings.iter().enumerate() {
        let y = HEAD + ROW * row as u32;
        svg.push_str(&text(8, y + 22, "start", "400", reading.theme.title()));
        svg.push_str(&text(
            LABEL + CELL / 2,
            y + 22,
            "middle",
            "400",
            &reading.passages.to_string(),
        ));
        for (index, lens) in reading.lenses.iter().enumerate() {
            let x = LABEL + CELL * (index as u32 + 1);
            let share = if reading.passages == 0 {
                0.0
            } else {
                lens.passages as f64 / reading.passages as f64
            };
            // From white to the report's blue as the share grows; text stays dark on light cells.
            let mix = |full: f64| (255.0 - (255.0 - full) * share).round() as u8;
            let fill = format!("#{:02x}{:02x}{:02x}", mix(0.0), mix(114.0), mix(178.0));
            svg.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" stroke=\"#dddddd\"/>\n",
                x + 2,
                y + 2,
                CELL - 4,
                ROW - 4
            ));
            let label = if reading.passages == 0 {
                "–".to_string()
            } else {
                format!("{} ({:.0}%)", lens.passages, share * 100.0)
            };
            let ink = if share > 0.55 { "#ffffff" } else { "#222222" };
            svg.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"14\" fill=\"{ink}\">{}</text>\n",
                x + CELL / 2,
                y + 22,
                escape(&label)
            ));
        }
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_findings::ChartSeries;

    fn chart(log_y: bool) -> Chart {
        Chart {
            id: "chart-test".into(),
            title: "A test <chart> & more".into(),
            x_label: "year".into(),
            y_label: "persons".into(),
            log_y,
            bars: Vec::new(),
            series: vec![ChartSeries {
                label: "series one".into(),
                mark: Mark::Line,
                colour: 0,
                points: vec![(2020.0, 10.0), (2021.0, 1000.0), (2022.0, 100000.0)],
            }],
            bands: Vec::new(),
            sources: Vec::new(),
            note: String::new(),
        }
    }

    #[test]
    fn draws_labelled_deterministic_svg() {
        let svg = draw(&chart(false)).unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("<title>A test &lt;chart&gt; &amp; more</title>"));
        assert!(
            svg.contains(">\npersons\n<") || svg.contains(">persons<"),
            "the y axis is labelled"
        );
        assert!(svg.contains("100,000"), "ticks carry thousands separators");
        assert!(svg.contains("series one"));
        assert_eq!(svg, draw(&chart(false)).unwrap());
        // On a log scale the ticks are the values, not their logarithms.
        let log = draw(&chart(true)).unwrap();
        assert!(log.contains("1,000") || log.contains("10,000"));
        assert!(!log.contains(">\n5\n<"));
    }

    #[test]
    fn every_point_names_its_value_on_hover() {
        let svg = draw(&chart(false)).unwrap();
        for value in [
            "series one: 10 (2020)",
            "series one: 1,000 (2021)",
            "series one: 100,000 (2022)",
        ] {
            assert!(
                svg.contains(&format!("<title>{value}</title>")),
                "{value}: {svg}"
            );
        }
        // The targets lie inside the canvas, at distinct places, the later year to the right.
        let xs: Vec<i32> = svg
            .match_indices("<circle cx=\"")
            .filter_map(|(at, m)| svg[at + m.len()..].split('"').next()?.parse().ok())
            .collect();
        assert!(
            xs.len() >= 3 && xs.windows(2).all(|w| w[0] < w[1]),
            "{xs:?}"
        );
        assert!(xs.iter().all(|x| (0..WIDTH as i32).contains(x)));
        assert!(svg.trim_end().ends_with("</svg>"));
        // A span names its value and the period it covers, a month as year and month.
        let mut spans = chart(false);
        spans.series[0].mark = Mark::Spans;
        spans.series[0].points = vec![(2021.0, 50.0), (2021.5, 50.0)];
        let svg = draw(&spans).unwrap();
        assert!(
            svg.contains("<title>series one: 50 (2021 to 2021-07)</title>"),
            "{svg}"
        );
    }

    #[test]
    fn ticks() {
        assert_eq!(tick(1987717.0), "1,987,717");
        assert_eq!(tick(-2.5), "-2.5");
        assert_eq!(tick(0.25), "0.25");
        assert_eq!(tick(2020.0), "2,020");
    }
}
