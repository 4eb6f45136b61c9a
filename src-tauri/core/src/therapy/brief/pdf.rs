//! The brief as a PDF, made by the app itself: A4 pages, the DejaVu Sans
//! font embedded (so it looks the same on every system and copies out as
//! text), lines wrapped with the font's own widths, and the mood chart drawn
//! as lines. No external tools, nothing fetched.
//!
//! The font is a Type 0 / `CIDFontType2` with Identity encoding: each glyph
//! is written by its id, and a `ToUnicode` map lets readers (and `pdftotext`)
//! turn glyphs back into the person's words.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};

use super::doc::{day_in, Block};
use super::Brief;
use crate::error::{Error, Result};
use crate::i18n::text;

/// DejaVu Sans (free licence, see `assets/DejaVuSans-LICENSE.txt`),
/// zlib-compressed by `build.rs`: the PDF's font stream as it is written.
const FONT_PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSans.ttf.zlib"));

/// The font itself, inflated once, the first time a PDF is made.
fn font() -> Result<&'static [u8]> {
    static FONT: OnceLock<Option<Vec<u8>>> = OnceLock::new();
    FONT.get_or_init(|| miniz_oxide::inflate::decompress_to_vec_zlib(FONT_PACKED).ok())
        .as_deref()
        .ok_or_else(|| Error::Storage("the PDF font inside the app is damaged".into()))
}
const FONT_NAME: &[u8] = b"DejaVuSans";

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 56.0;
const BODY_W: f32 = PAGE_W - 2.0 * MARGIN;
const INK: (f32, f32, f32) = (0.16, 0.16, 0.15);
const MUTED: (f32, f32, f32) = (0.42, 0.40, 0.37);
const ACCENT: (f32, f32, f32) = (0.24, 0.49, 0.45);
const ATTENTION: (f32, f32, f32) = (0.64, 0.35, 0.25);

/// How a kind of block is set: size, line height, space before, indent,
/// colour, and a bar or bullet drawn at its left.
struct Style {
    size: f32,
    lead: f32,
    before: f32,
    indent: f32,
    color: (f32, f32, f32),
    mark: Mark,
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    None,
    Bullet,
    Bar((f32, f32, f32)),
}

fn style(block: &Block) -> Style {
    let s = |size, lead, before, indent, color, mark| Style {
        size,
        lead,
        before,
        indent,
        color,
        mark,
    };
    match block {
        Block::Title(_) => s(20.0, 26.0, 0.0, 0.0, INK, Mark::None),
        Block::Meta(_) => s(9.5, 13.0, 2.0, 0.0, MUTED, Mark::None),
        Block::Heading(_) => s(14.5, 20.0, 16.0, 0.0, ACCENT, Mark::None),
        Block::Subheading(_) => s(11.5, 16.0, 8.0, 0.0, INK, Mark::None),
        Block::Para(_) => s(10.5, 15.0, 4.0, 0.0, INK, Mark::None),
        Block::Bullet(_) => s(10.5, 15.0, 3.0, 14.0, INK, Mark::Bullet),
        Block::Quote(_) => s(10.5, 15.0, 4.0, 14.0, INK, Mark::Bar(ACCENT)),
        Block::Muted(_) => s(9.5, 13.5, 3.0, 0.0, MUTED, Mark::None),
        Block::Note(_) => s(10.5, 15.0, 6.0, 14.0, INK, Mark::Bar(ATTENTION)),
        Block::Chart(_) => s(8.0, 100.0, 6.0, 0.0, MUTED, Mark::None),
    }
}

/// Lays text out on pages and remembers which glyphs were used.
struct Layout<'f> {
    face: ttf_parser::Face<'f>,
    upem: f32,
    pages: Vec<Content>,
    page: Content,
    y: f32,
    used: BTreeMap<u16, char>,
}

impl<'f> Layout<'f> {
    fn new(face: ttf_parser::Face<'f>) -> Self {
        let upem = f32::from(face.units_per_em());
        let mut layout = Layout {
            face,
            upem,
            pages: Vec::new(),
            page: Content::new(),
            y: PAGE_H - MARGIN,
            used: BTreeMap::new(),
        };
        layout.footer();
        layout
    }

    fn glyph(&mut self, c: char) -> u16 {
        let id = self.face.glyph_index(c).map_or(0, |g| g.0);
        if id != 0 {
            self.used.entry(id).or_insert(c);
        }
        id
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(0.0, f32::from)
            })
            .sum::<f32>()
            * size
            / self.upem
    }

    /// Splits `text` into lines no wider than `width`, breaking at spaces
    /// (and inside a word only when one word is wider than a line).
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if self.width(&piece, size) > width {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                line = piece;
            }
            lines.push(line);
        }
        lines
    }

    fn new_page(&mut self) {
        let page = std::mem::replace(&mut self.page, Content::new());
        self.pages.push(page);
        self.y = PAGE_H - MARGIN;
        self.footer();
    }

    /// "Session brief · page N" at the foot of the page being started.
    fn footer(&mut self) {
        let footer = text(
            "brief-pdf-footer",
            &[("page", (self.pages.len() + 1).into())],
        );
        self.text_at(&footer, MARGIN, MARGIN / 2.0, 8.0, MUTED);
    }

    /// How tall `block` is once set, the space before it included.
    fn height(&self, block: &Block) -> f32 {
        let st = style(block);
        let text = match block {
            Block::Chart(_) => return st.before + st.lead,
            Block::Title(t)
            | Block::Meta(t)
            | Block::Heading(t)
            | Block::Subheading(t)
            | Block::Para(t)
            | Block::Bullet(t)
            | Block::Quote(t)
            | Block::Muted(t)
            | Block::Note(t) => t,
        };
        #[allow(clippy::cast_precision_loss)] // a few hundred lines at most
        let lines = self.wrap(text, st.size, BODY_W - st.indent).len() as f32;
        st.before + st.lead * lines
    }

    /// Starts a new page before `blocks` when they fit on one page but not
    /// on what is left of this one: an entry is never split when it needn't
    /// be.
    fn keep_together(&mut self, blocks: &[Block]) {
        let height: f32 = blocks.iter().map(|b| self.height(b)).sum();
        if height <= PAGE_H - 2.0 * MARGIN {
            self.ensure(height);
        }
    }

    fn ensure(&mut self, height: f32) {
        if self.y - height < MARGIN {
            self.new_page();
        }
    }

    fn text_at(&mut self, text: &str, x: f32, y: f32, size: f32, color: (f32, f32, f32)) {
        let glyphs: Vec<u8> = text
            .chars()
            .flat_map(|c| self.glyph(c).to_be_bytes())
            .collect();
        self.page
            .set_fill_rgb(color.0, color.1, color.2)
            .begin_text()
            .set_font(Name(b"F1"), size)
            .next_line(x, y)
            .show(Str(&glyphs))
            .end_text();
    }

    fn block(&mut self, block: &Block) {
        let st = style(block);
        let text = match block {
            Block::Chart(points) => {
                self.y -= st.before;
                self.ensure(st.lead);
                self.chart(points);
                return;
            }
            Block::Title(t)
            | Block::Meta(t)
            | Block::Heading(t)
            | Block::Subheading(t)
            | Block::Para(t)
            | Block::Bullet(t)
            | Block::Quote(t)
            | Block::Muted(t)
            | Block::Note(t) => t,
        };
        let lines = self.wrap(text, st.size, BODY_W - st.indent);
        self.y -= st.before;
        // Keep a heading with the start of what follows it.
        let keep = if matches!(block, Block::Heading(_) | Block::Subheading(_)) {
            st.lead * 3.0
        } else {
            st.lead
        };
        self.ensure(keep);
        for (i, line) in lines.iter().enumerate() {
            self.ensure(st.lead);
            self.y -= st.lead;
            let baseline = self.y + (st.lead - st.size) / 2.0;
            match st.mark {
                Mark::Bullet if i == 0 => {
                    self.text_at("•", MARGIN + 3.0, baseline, st.size, ACCENT);
                }
                Mark::Bar(color) => {
                    self.page
                        .set_fill_rgb(color.0, color.1, color.2)
                        .rect(MARGIN + 2.0, self.y, 2.0, st.lead)
                        .fill_nonzero();
                }
                _ => {}
            }
            self.text_at(line, MARGIN + st.indent, baseline, st.size, st.color);
        }
    }

    /// Mood by day, 1 to 10, as a line with dots, dates at the ends.
    fn chart(&mut self, points: &[(NaiveDate, f64)]) {
        let (height, pad) = (80.0_f32, 10.0_f32);
        let top = self.y - 6.0;
        let bottom = top - height;
        let steps = points.len().max(2) - 1;
        #[allow(clippy::cast_precision_loss)] // a few dozen points
        let x = |i: usize| MARGIN + pad + (BODY_W - 2.0 * pad) * i as f32 / steps as f32;
        #[allow(clippy::cast_possible_truncation)] // a mood from 1 to 10
        let y = |mood: f64| bottom + 12.0 + (height - 16.0) * ((mood as f32) - 1.0) / 9.0;
        self.page
            .set_stroke_rgb(MUTED.0, MUTED.1, MUTED.2)
            .set_line_width(0.5)
            .move_to(MARGIN, bottom + 10.0)
            .line_to(MARGIN + BODY_W, bottom + 10.0)
            .stroke();
        self.page
            .set_stroke_rgb(ACCENT.0, ACCENT.1, ACCENT.2)
            .set_line_width(1.5);
        for (i, (_, m)) in points.iter().enumerate() {
            if i == 0 {
                self.page.move_to(x(i), y(*m));
            } else {
                self.page.line_to(x(i), y(*m));
            }
        }
        if points.len() > 1 {
            self.page.stroke();
        }
        for (i, (_, m)) in points.iter().enumerate() {
            self.page
                .set_fill_rgb(ACCENT.0, ACCENT.1, ACCENT.2)
                .rect(x(i) - 2.0, y(*m) - 2.0, 4.0, 4.0)
                .fill_nonzero();
        }
        if let (Some(first), Some(last)) = (points.first(), points.last()) {
            let left = day_in("brief-day-month", &first.0, &[]);
            let right = day_in("brief-day-month", &last.0, &[]);
            self.text_at(&left, MARGIN, bottom, 8.0, MUTED);
            let w = self.width(&right, 8.0);
            self.text_at(&right, MARGIN + BODY_W - w, bottom, 8.0, MUTED);
        }
        self.y = bottom - 4.0;
    }

    fn finish(mut self) -> (Vec<Content>, BTreeMap<u16, char>, ttf_parser::Face<'f>) {
        let last = std::mem::replace(&mut self.page, Content::new());
        self.pages.push(last);
        (self.pages, self.used, self.face)
    }
}

/// Where the unit that starts at `i` ends: an entry (a subheading and what
/// follows it, up to the next subheading or heading), a heading with the
/// unit after it, or a single block.
fn unit_end(blocks: &[Block], i: usize) -> usize {
    let next_title = |from: usize| {
        blocks[from..]
            .iter()
            .position(|b| matches!(b, Block::Heading(_) | Block::Subheading(_)))
            .map_or(blocks.len(), |p| from + p)
    };
    match blocks.get(i) {
        Some(Block::Subheading(_)) => next_title(i + 1),
        Some(Block::Heading(_)) if i + 1 < blocks.len() => unit_end(blocks, i + 1),
        _ => (i + 1).min(blocks.len()),
    }
}

/// Sets every block, each unit kept on one page where it fits. Returns the
/// page (from 0) each block starts and ends on.
fn lay_out(layout: &mut Layout<'_>, blocks: &[Block]) -> Vec<(usize, usize)> {
    let mut pages = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        layout.keep_together(&blocks[i..unit_end(blocks, i)]);
        let first = layout.pages.len();
        layout.block(block);
        pages.push((first, layout.pages.len()));
    }
    pages
}

/// The brief as PDF bytes.
/// The title a PDF reader shows in its window and its document properties.
fn document_title(brief: &Brief) -> String {
    let (from, until) = (brief.from.to_string(), brief.until.to_string());
    text(
        "brief-document-title",
        &[
            ("from", from.as_str().into()),
            ("until", until.as_str().into()),
        ],
    )
}

pub fn render(brief: &Brief) -> Result<Vec<u8>> {
    let font_bytes = font()?;
    let face = ttf_parser::Face::parse(font_bytes, 0)
        .map_err(|e| Error::Storage(format!("the PDF font can't be read: {e}")))?;
    let mut layout = Layout::new(face);
    lay_out(&mut layout, &brief.document());
    let upem = layout.upem;
    let (pages, used, face) = layout.finish();

    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let font = Ref::new(3);
    let cid_font = Ref::new(4);
    let descriptor = Ref::new(5);
    let font_file = Ref::new(6);
    let cmap = Ref::new(7);
    let info = Ref::new(8);
    let first_page = 9;
    let page_refs: Vec<(Ref, Ref)> = (0..pages.len())
        .map(|i| {
            let base = first_page + 2 * i32::try_from(i).unwrap_or(0);
            (Ref::new(base), Ref::new(base + 1))
        })
        .collect();

    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_refs.iter().map(|(p, _)| *p))
        .count(i32::try_from(page_refs.len()).unwrap_or(i32::MAX));
    let title = document_title(brief);
    pdf.document_info(info)
        .title(pdf_writer::TextStr(&title))
        .creator(pdf_writer::TextStr("Interlude"));

    for ((page_ref, content_ref), content) in page_refs.iter().zip(pages) {
        let mut page = pdf.page(*page_ref);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(*content_ref);
        page.resources().fonts().pair(Name(b"F1"), font);
        page.finish();
        pdf.stream(*content_ref, &content.finish());
    }

    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(font)
        .base_font(Name(FONT_NAME))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(cmap);
    let scale = |v: f32| v * 1000.0 / upem;
    let mut cid = pdf.cid_font(cid_font);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(FONT_NAME))
        .system_info(system)
        .font_descriptor(descriptor)
        .default_width(scale(1000.0))
        .cid_to_gid_map_predefined(Name(b"Identity"));
    {
        let mut widths = cid.widths();
        for &gid in used.keys() {
            let advance = face
                .glyph_hor_advance(ttf_parser::GlyphId(gid))
                .map_or(0.0, f32::from);
            widths.consecutive(gid, [scale(advance)]);
        }
    }
    cid.finish();
    let bbox = face.global_bounding_box();
    pdf.font_descriptor(descriptor)
        .name(Name(FONT_NAME))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            scale(f32::from(bbox.x_min)),
            scale(f32::from(bbox.y_min)),
            scale(f32::from(bbox.x_max)),
            scale(f32::from(bbox.y_max)),
        ))
        .italic_angle(0.0)
        .ascent(scale(f32::from(face.ascender())))
        .descent(scale(f32::from(face.descender())))
        .cap_height(scale(f32::from(face.capital_height().unwrap_or(729))))
        .stem_v(80.0)
        .font_file2(font_file);
    pdf.stream(font_file, FONT_PACKED)
        .filter(Filter::FlateDecode)
        .pair(
            Name(b"Length1"),
            i32::try_from(font_bytes.len()).unwrap_or(i32::MAX),
        );
    let mut unicode = UnicodeCmap::new(Name(b"Interlude-UTF16"), system);
    for (&gid, &c) in &used {
        unicode.pair(gid, c);
    }
    pdf.cmap(cmap, &unicode.finish());
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> Layout<'static> {
        Layout::new(ttf_parser::Face::parse(font().unwrap(), 0).unwrap())
    }

    /// Twenty moments of a subheading, a paragraph and two quotes: none of
    /// them is split across a page break.
    #[test]
    fn an_entry_is_never_split_across_pages_when_it_fits_on_one() {
        let mut blocks = vec![Block::Heading("5. Patterns".into())];
        for n in 0..20 {
            blocks.push(Block::Subheading(format!("A moment on day {n}")));
            blocks.push(Block::Para(
                "What happened: ".to_owned() + &"a long day ".repeat(30),
            ));
            blocks.push(Block::Quote(
                "What I told myself: ".to_owned() + &"not again ".repeat(20),
            ));
            blocks.push(Block::Quote(
                "What I'd tell a friend: it was one day.".into(),
            ));
        }
        let mut l = layout();
        let pages = lay_out(&mut l, &blocks);
        assert!(pages.last().unwrap().1 >= 2, "the test spans pages");
        let mut i = 1;
        while i < blocks.len() {
            let end = unit_end(&blocks, i);
            let first = pages[i].0;
            for (b, (from, to)) in pages[i..end].iter().enumerate() {
                assert_eq!(
                    (*from, *to),
                    (first, first),
                    "block {b} of the entry at {i}"
                );
            }
            i = end;
        }
        // The heading stays with the first entry.
        assert_eq!(pages[0].0, pages[1].0);
    }

    /// Something taller than a page still flows on, rather than looping.
    #[test]
    fn a_unit_taller_than_a_page_still_flows() {
        let blocks = vec![
            Block::Subheading("A long one".into()),
            Block::Para("word ".repeat(6000)),
        ];
        let mut l = layout();
        let pages = lay_out(&mut l, &blocks);
        assert_eq!(pages[0].0, 0, "not pushed to a fresh page for nothing");
        assert!(pages[1].1 >= 2);
    }
}
