//! SVG drawing of a [`Graph`], laid out left to right by `layout-rs` (pure Rust, no Graphviz).
//!
//! In: a validated graph. Out: an SVG document: one record per node (its line, value and
//! adjoint, filled by kind), an arrow per input read (labelled ×2 for a value read twice), a dashed box around each loop's nodes,
//! on a white background so it reads on a dark page too.

use std::fmt::Write;

use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::geometry::Point;
use layout::core::style::StyleAttr;
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, RecordDef, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::dot::{fill, lines};
use super::{Graph, GraphError};

const FONT_SIZE: usize = 14;
/// The width of a character of the 14-pixel sans-serif font, a little generous.
const CHARACTER_WIDTH: f64 = 8.0;
/// Room around the drawing and around each loop's box.
const MARGIN: f64 = 12.0;

pub(super) fn render(graph: &Graph) -> Result<String, GraphError> {
    let direction = Orientation::LeftToRight;
    let mut visual = VisualGraph::new(direction);
    let mut handles = Vec::with_capacity(graph.nodes.len());
    for (index, node) in graph.nodes.iter().enumerate() {
        let fields_text = lines(node);
        let fields = fields_text.iter().map(|line| RecordDef::new_text(line)).collect();
        let shape = ShapeKind::new_record(&RecordDef::Array(fields));
        let width = if graph.output == Some(index) { 3 } else { 1 };
        let fill = Color::fast(fill(node.kind));
        let look = StyleAttr::new(Color::fast("black"), width, Some(fill), 4, FONT_SIZE);
        // Fields stacked one above the other, as Graphviz draws a record in a left-to-right
        // graph (layout-rs would put them side by side).
        // layout-rs budgets a whole em per character; a sans-serif character is about half.
        let estimated = get_shape_size(Orientation::TopToBottom, &shape, FONT_SIZE, false);
        let longest = fields_text.iter().map(|line| line.chars().count()).max().unwrap_or(1);
        let size = Point::new(longest as f64 * CHARACTER_WIDTH + 24.0, estimated.y);
        let element = Element::create(shape, look, Orientation::TopToBottom, size);
        handles.push(visual.add_node(element));
    }
    // A node that reads one value twice (`b = a + a`) gets one arrow labelled ×2: layout-rs
    // would draw the two on top of each other.
    let edges = graph.edges();
    for (position, &(from, to)) in edges.iter().enumerate() {
        if edges[..position].contains(&(from, to)) {
            continue;
        }
        let count = edges.iter().filter(|&&edge| edge == (from, to)).count();
        let label = if count > 1 { format!("×{count}") } else { String::new() };
        visual.add_edge(Arrow::simple(&label), handles[from], handles[to]);
    }
    let mut writer = SVGWriter::new();
    // layout-rs asserts on graphs it cannot place; turn that into an error, not a crash.
    let laid_out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if !graph.nodes.is_empty() {
            visual.do_it(false, false, false, &mut writer);
        }
        visual
    }));
    let visual = laid_out.map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "layout-rs stopped".to_owned());
        GraphError::Layout(message)
    })?;
    let boxes: Vec<LoopBox> = graph
        .clusters
        .iter()
        .enumerate()
        .filter_map(|(cluster, label)| {
            let members =
                graph.nodes.iter().enumerate().filter(|(_, n)| n.cluster == Some(cluster));
            let bounds = members
                .map(|(index, _)| visual.pos(handles[index]).bbox(false))
                .map(|(low, high)| (low.x, low.y, high.x, high.y))
                .reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)))?;
            let (left, top, right, bottom) = bounds;
            Some(LoopBox { label: label.clone(), left, top, right, bottom })
        })
        .collect();
    // layout-rs sizes the page by each text's length as if it ran downwards; the nodes'
    // extent is the drawing's.
    let extent = handles
        .iter()
        .map(|&handle| visual.pos(handle).bbox(false).1)
        .fold((0.0_f64, 0.0_f64), |(x, y), corner| (x.max(corner.x), y.max(corner.y)));
    Ok(finish(&writer.finalize(), extent, &boxes))
}

/// The box around a loop's nodes, before the margin is added.
struct LoopBox {
    label: String,
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

/// Turns layout-rs's document into the figure: no XML declaration (so it can be inlined), a
/// sans-serif font, room for the loop boxes, a white background, the loop boxes on top.
fn finish(document: &str, extent: (f64, f64), boxes: &[LoopBox]) -> String {
    let body = document.find("<svg").map_or(document, |start| &document[start..]);
    let header_end = body.find('>').map_or(0, |end| end + 1);
    let (mut width, mut height) = (extent.0 + MARGIN, extent.1 + MARGIN);
    for bounds in boxes {
        width = width.max(bounds.right + 2.0 * MARGIN);
        height = height.max(bounds.bottom + 2.0 * MARGIN);
    }
    let (width, height) = (width + MARGIN, height + MARGIN);
    let mut svg = format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"{} {} {width} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\n<rect x=\"{}\" y=\"{}\" width=\"{width}\" \
         height=\"{height}\" fill=\"white\"/>",
        -MARGIN, -MARGIN, -MARGIN, -MARGIN
    );
    let content =
        body[header_end..].replace("font-family: Times, serif", "font-family: sans-serif");
    svg.push_str(&sorted_styles(&content));
    let end = svg.rfind("</svg>").unwrap_or(svg.len());
    svg.truncate(end);
    for bounds in boxes {
        let (left, top) = (bounds.left - MARGIN, bounds.top - MARGIN - 16.0);
        let (w, h) = (bounds.right - left + MARGIN, bounds.bottom - top + MARGIN);
        let _ = write!(
            svg,
            "\n<rect x=\"{left}\" y=\"{top}\" width=\"{w}\" height=\"{h}\" fill=\"none\" \
             stroke=\"#777\" stroke-dasharray=\"6,4\" rx=\"6\"/>\n<text x=\"{}\" y=\"{}\" \
             font-family=\"sans-serif\" font-size=\"12\" fill=\"#555\">{}</text>",
            left + 6.0,
            top + 14.0,
            escape(&bounds.label)
        );
    }
    svg + "\n</svg>\n"
}

/// The document with the lines of its `<style>` block sorted: layout-rs writes them from a
/// hash map, and a figure must not change from one run to the next.
fn sorted_styles(content: &str) -> String {
    let (Some(start), Some(end)) = (content.find("<style>\n"), content.find("</style>")) else {
        return content.to_owned();
    };
    let start = start + "<style>\n".len();
    if end < start {
        return content.to_owned();
    }
    let mut lines: Vec<&str> = content[start..end].lines().collect();
    lines.sort_unstable();
    let mut sorted = content[..start].to_owned();
    for line in lines {
        sorted.push_str(line);
        sorted.push('\n');
    }
    sorted + &content[end..]
}

/// Escapes text for SVG character data and attributes.
pub(super) fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
