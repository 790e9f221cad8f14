//! Writing HTML safely: every text from the user's files is escaped here, and the page's frame
//! (its head, print style and the blocks the sections are made of) is written once.

use std::fmt::Write as _;

use ryg_core::visible::visible;
use ryg_core::words::Lang;

/// `text` as HTML shows it: `&`, `<`, `>` and quotes escaped, so a goal such as `<script>` is
/// read, not run; control characters written out as ryg shows them everywhere (`\u{1b}`),
/// since HTML cannot hold most of them.
pub fn escape(text: &str) -> String {
    let text = visible(text);
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The page's style. On paper: A4, each section from a new page, and no chart, table or
/// exercise split over two pages.
const STYLE: &str = r#"
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; max-width: 182mm; margin: 0 auto; padding: 10mm 4mm; }
h1 { font-size: 20pt; margin: 0 0 4pt; color: #1F4E79; }
h2 { font-size: 15pt; color: #1F4E79; border-bottom: 1.5pt solid #1F4E79; padding-bottom: 2pt;
  margin: 0 0 8pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; }
section { margin-top: 22pt; }
header dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 10pt; margin: 10pt 0; }
header dt { font-weight: 600; }
header dd { margin: 0; }
.blank { display: inline-block; min-width: 80mm; border-bottom: 0.6pt solid #111; }
figure { margin: 4pt 0 8pt; }
figure svg { width: 100%; height: auto; display: block; }
figcaption, .note { font-size: 9pt; color: #444; }
.legend > span { margin-right: 14pt; white-space: nowrap; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 18pt; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 8pt; }
th, td { text-align: left; padding: 2pt 6pt; border-bottom: 0.5pt solid #bbb; vertical-align: top; }
th { font-weight: 600; border-bottom: 1pt solid #555; }
td.n, th.n { text-align: right; }
td.d { white-space: nowrap; }
.exercise { margin: 0 0 10pt; padding-bottom: 6pt; border-bottom: 0.5pt solid #ddd; }
.exercise h3 { margin-top: 6pt; }
.dose { font-weight: 600; }
.figures { display: flex; gap: 10pt; flex-wrap: wrap; }
.figures pre { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt;
  line-height: 1.15; border: 0.5pt solid #bbb; padding: 4pt 6pt; margin: 2pt 0; }
.figures b { display: block; font-size: 9pt; }
ol { margin: 2pt 0 4pt; padding-left: 18pt; }
footer { margin-top: 18pt; font-size: 8.5pt; color: #555; }
@media print {
  body { padding: 0; max-width: none; }
  section:not(:first-of-type) { break-before: page; }
  section { margin-top: 0; }
  figure, tr, .exercise, .keep { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
"#;

/// A page being written: HTML text, every user text escaped on the way in.
pub struct Html {
    text: String,
}

impl Html {
    /// A page's start: its language, title and style. Scripts and fetching anything are
    /// forbidden by the page's own policy, so it is shown the same anywhere, off-line.
    pub fn page(lang: Lang, title: &str) -> Html {
        let mut text = String::with_capacity(64 * 1024);
        let _ = write!(
            text,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             style-src 'unsafe-inline'\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            lang.code(),
            escape(title)
        );
        Html { text }
    }

    /// The whole page, closed.
    pub fn finish(mut self) -> String {
        self.text.push_str("</body>\n</html>\n");
        self.text
    }

    /// Markup written as it is: only ever the report's own, never a user's text.
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.text.push_str(markup);
        self
    }

    /// `<tag>text</tag>` with `text` escaped.
    pub fn element(&mut self, tag: &str, text: &str) -> &mut Self {
        let _ = writeln!(self.text, "<{tag}>{}</{tag}>", escape(text));
        self
    }

    /// `<tag class="class">text</tag>` with `text` escaped.
    pub fn with_class(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        let _ = writeln!(
            self.text,
            "<{tag} class=\"{class}\">{}</{tag}>",
            escape(text)
        );
        self
    }

    /// A table of texts, each escaped. `kinds` gives each column's kind by its first letter, in
    /// order: `n` a number (set to the right), `d` a date (never broken), `t` a text.
    pub fn table(&mut self, head: &[&str], kinds: &str, rows: &[Vec<String>]) -> &mut Self {
        let class = |column: usize| match kinds.as_bytes().get(column) {
            Some(b'n') => " class=\"n\"",
            Some(b'd') => " class=\"d\"",
            _ => "",
        };
        self.text.push_str("<table>\n<thead><tr>");
        for (column, cell) in head.iter().enumerate() {
            let _ = write!(self.text, "<th{}>{}</th>", class(column), escape(cell));
        }
        self.text.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            self.text.push_str("<tr>");
            for (column, cell) in row.iter().enumerate() {
                let _ = write!(self.text, "<td{}>{}</td>", class(column), escape(cell));
            }
            self.text.push_str("</tr>\n");
        }
        self.text.push_str("</tbody>\n</table>\n");
        self
    }

    /// A chart with its caption (markup the report made, its texts already escaped): `id`
    /// names it for a reader of the page (and its tests), and `points` says how many marks it
    /// holds.
    pub fn chart(&mut self, id: &str, points: usize, svg: &str, caption: &str) -> &mut Self {
        let _ = write!(
            self.text,
            "<figure id=\"{id}\" data-points=\"{points}\">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n"
        );
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_in_a_text_are_shown_not_run() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"more\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"
        );
        assert_eq!(escape("a\u{1b}[31mb\u{7}"), "a\\u{1b}[31mb\\u{7}");
        assert_eq!(escape("Løfte mit barnebarn"), "Løfte mit barnebarn");
    }

    #[test]
    fn a_tables_cells_are_escaped() {
        let mut page = Html::page(Lang::En, "<t>");
        page.table(&["<h>"], "t", &[vec!["<b>".to_string()]]);
        let text = page.finish();
        assert!(text.contains("<title>&lt;t&gt;</title>"));
        assert!(text.contains("<th>&lt;h&gt;</th>"));
        assert!(text.contains("<td>&lt;b&gt;</td>"));
        assert!(!text.contains("<b>"));
    }
}
