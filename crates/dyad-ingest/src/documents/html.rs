//! Reads an HTML page: the article's text, without the page's navigation, headers, footers, asides and
//! lists of related links, and what its `<head>` says about it.
//!
//! Inputs: an HTML page in UTF-8, parsed as browsers parse it (html5ever, through scraper), so broken
//! markup reads as a browser would show it. Read from the head: the title (`<title>`, without a trailing
//! ` | Site` when the site is named; else `og:title`, else the first `<h1>`), the date
//! (`article:published_time`, else a `date` or `datePublished` meta, else the first `<time datetime>`),
//! the author (`<meta name=author>`), the site (`og:site_name`), the address (`<link rel=canonical>`,
//! else `og:url`) and a licence (`<link rel=license>`).
//!
//! How the article is found: the `<article>` with the most text, else `<main>` (or `role=main`), else
//! the body. Inside it, these are dropped: elements that are never article text (`nav`, `header`,
//! `footer`, `aside`, `form`, scripts, styles, frames, images, controls), elements hidden or given a
//! landmark role other than the main one, elements whose class or id names boilerplate (`related`,
//! `share`, `newsletter`, `breadcrumb`, `sidebar`, `comments`, `ad`, …), and lists of three or more items
//! that are mostly links (menus and "read more" lists without a telling name).
//!
//! Caveats: a class or id is a hint, not a rule, so those two tests only drop an element holding less
//! than half of the article's text; an article wrapped in `<div class="share-enabled">` keeps its text.
//! A page whose text is drawn by scripts has none here. Tables read one row per paragraph, cells joined
//! by ` | `.
//!
//! References: WHATWG HTML, "The article element" and ARIA landmark roles (html.spec.whatwg.org,
//! www.w3.org/TR/wai-aria-1.2/#landmark_roles); the Open Graph protocol (ogp.me).

use scraper::{ElementRef, Html, Node, Selector};

use super::{Blocks, Extracted, Found, normalise_date};

/// Elements that never hold an article's text.
const NEVER_TEXT: [&str; 27] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "input", "select", "textarea", "label", "iframe", "frame", "object", "embed", "svg",
    "canvas", "img", "picture", "video", "audio", "map", "dialog", "menu",
];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: [&str; 9] = [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
];

/// Words that, as a part of a class or id (`related-stories`, `share_bar`), name page furniture.
const FURNITURE_WORDS: [&str; 35] = [
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "header",
    "footer",
    "masthead",
    "sidebar",
    "related",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "comments",
    "comment",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "promo",
    "cookie",
    "cookies",
    "banner",
    "popup",
    "modal",
    "recommended",
    "trending",
    "popular",
    "outbrain",
    "taboola",
];

/// Elements that begin and end a paragraph of the text.
const BLOCKS: [&str; 37] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("the selectors here are valid CSS")
}

/// The length of an element's text, in bytes, without white space at the ends of its pieces.
fn text_length(element: ElementRef<'_>) -> usize {
    element.text().map(|piece| piece.trim().len()).sum()
}

/// What the walk needs to know about the article as a whole.
struct Article {
    /// Half of its text's length: an element holding more is never dropped on a hint.
    half_length: usize,
}

/// Whether a class or id names page furniture.
fn names_furniture(name: &str) -> bool {
    name.to_ascii_lowercase()
        .split(|character: char| !character.is_ascii_alphanumeric())
        .any(|part| FURNITURE_WORDS.contains(&part))
}

/// Whether a list is mostly links: a menu, or "related" links without a telling class.
fn is_list_of_links(element: ElementRef<'_>) -> bool {
    let n_items = element
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|child| child.value().name() == "li")
        .count();
    if n_items < 3 {
        return false;
    }
    let n_text = text_length(element);
    let n_link_text: usize = element.select(&selector("a")).map(text_length).sum();
    n_text > 0 && n_link_text * 5 >= n_text * 4
}

/// Whether `element` is page furniture rather than article text.
fn is_furniture(element: ElementRef<'_>, article: &Article) -> bool {
    let value = element.value();
    let name = value.name();
    if NEVER_TEXT.contains(&name) {
        return true;
    }
    if value.attr("hidden").is_some()
        || value.attr("aria-hidden") == Some("true")
        || value
            .attr("style")
            .is_some_and(|style| style.replace(' ', "").contains("display:none"))
    {
        return true;
    }
    if value
        .attr("role")
        .is_some_and(|role| FURNITURE_ROLES.contains(&role.trim()))
    {
        return true;
    }
    let named_as_furniture =
        value.classes().any(names_furniture) || value.id().is_some_and(names_furniture);
    let listed_links = matches!(name, "ul" | "ol") && is_list_of_links(element);
    (named_as_furniture || listed_links) && text_length(element) < article.half_length
}

/// Adds the text under `node` to `blocks`.
fn walk(node: ego_tree::NodeRef<'_, Node>, article: &Article, in_pre: bool, blocks: &mut Blocks) {
    match node.value() {
        Node::Text(text) => {
            if in_pre {
                blocks.push(text);
            } else {
                // Line breaks in HTML source are spaces; only `<br>` breaks a line.
                blocks.push(&text.replace(['\n', '\r', '\t'], " "));
            }
        }
        Node::Element(value) => {
            let Some(element) = ElementRef::wrap(node) else {
                return;
            };
            if is_furniture(element, article) {
                return;
            }
            let name = value.name();
            if name == "br" {
                blocks.push("\n");
                return;
            }
            if matches!(name, "td" | "th")
                && element
                    .prev_siblings()
                    .filter_map(ElementRef::wrap)
                    .any(|sibling| matches!(sibling.value().name(), "td" | "th"))
            {
                blocks.push(" | ");
            }
            let is_block = BLOCKS.contains(&name);
            if is_block {
                blocks.close();
            }
            for child in node.children() {
                walk(child, article, in_pre || name == "pre", blocks);
            }
            if is_block {
                blocks.close();
            }
        }
        _ => {}
    }
}

/// The element holding the article: the `<article>` with the most text, else `<main>`, else the body.
fn article_root(page: &Html) -> ElementRef<'_> {
    let longest_article = page
        .select(&selector("article"))
        .max_by_key(|article| text_length(*article))
        .filter(|article| text_length(*article) > 0);
    longest_article
        .or_else(|| page.select(&selector("main, [role=main]")).next())
        .or_else(|| page.select(&selector("body")).next())
        .unwrap_or_else(|| page.root_element())
}

/// The `content` of the first `<meta>` that `css` selects and that is not empty.
fn meta(page: &Html, css: &str) -> String {
    page.select(&selector(css))
        .filter_map(|element| element.value().attr("content"))
        .map(str::trim)
        .find(|content| !content.is_empty())
        .unwrap_or_default()
        .to_string()
}

/// The text of an element with its white space collapsed.
fn collapsed_text(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `title` without a trailing ` | Site` (or ` - Site`, ` – Site`, ` — Site`) naming `site`.
fn without_site_name(title: &str, site: &str) -> String {
    if site.is_empty() {
        return title.to_string();
    }
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(bare) = title.strip_suffix(&format!("{separator}{site}")) {
            return bare.trim().to_string();
        }
    }
    title.to_string()
}

/// What the page's head says about it.
fn found(page: &Html, root: ElementRef<'_>) -> Found {
    let mut found = Found {
        publisher: meta(page, r#"meta[property="og:site_name"]"#),
        ..Found::default()
    };
    let title_element = page.select(&selector("head title, title")).next();
    found.title = match title_element.map(collapsed_text) {
        Some(title) if !title.is_empty() => without_site_name(&title, &found.publisher),
        _ => meta(page, r#"meta[property="og:title"]"#),
    };
    if found.title.is_empty()
        && let Some(heading) = root.select(&selector("h1")).next()
    {
        found.title = collapsed_text(heading);
    }
    let dates = [
        (
            r#"meta[property="article:published_time"]"#,
            "`<meta property=\"article:published_time\">`",
        ),
        (
            r#"meta[name="date"], meta[name="DC.date.issued"], meta[itemprop="datePublished"]"#,
            "the page's date `<meta>`",
        ),
    ];
    for (css, origin) in dates {
        let date = meta(page, css);
        // A date the page gives wrongly is a hint lost, not a reason to refuse the article.
        if normalise_date(&date).is_some() {
            found.date = date;
            found.date_origin = origin.to_string();
            break;
        }
    }
    if found.date.is_empty()
        && let Some(time) = root
            .select(&selector("time[datetime]"))
            .filter_map(|time| time.value().attr("datetime"))
            .find(|date| normalise_date(date).is_some())
    {
        found.date = time.to_string();
        found.date_origin = "`<time datetime>`".to_string();
    }
    found.author = meta(page, r#"meta[name="author"]"#);
    found.url = page
        .select(&selector(r#"link[rel~="canonical"]"#))
        .filter_map(|link| link.value().attr("href"))
        .map(str::trim)
        .find(|href| !href.is_empty())
        .map_or_else(|| meta(page, r#"meta[property="og:url"]"#), str::to_string);
    found.licence = page
        .select(&selector(r#"link[rel~="license"], a[rel~="license"]"#))
        .filter_map(|link| link.value().attr("href"))
        .map(str::trim)
        .find(|href| !href.is_empty())
        .unwrap_or_default()
        .to_string();
    found
}

/// The article's text and what the page says about it.
pub(crate) fn extract(text: &str) -> Extracted {
    let page = Html::parse_document(text);
    let root = article_root(&page);
    let article = Article {
        half_length: text_length(root) / 2,
    };
    let mut blocks = Blocks::keeping_line_breaks();
    for child in root.children() {
        walk(child, &article, root.value().name() == "pre", &mut blocks);
    }
    Extracted {
        text: blocks.finish(),
        page_starts: Vec::new(),
        found: found(&page, root),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, expect: &str) {
        assert_eq!(extract(html).text, expect);
    }

    #[test]
    fn paragraphs_and_line_breaks() {
        check(
            "<p>One\n  wrapped <b>line</b>.</p><p>Two<br>lines</p><div>Three</div>",
            "One wrapped line.\n\nTwo\nlines\n\nThree",
        );
        check(
            "<table><tr><th>Year</th><th>Trade</th></tr><tr><td>2023</td><td>1.2</td></tr></table>",
            "Year | Trade\n\n2023 | 1.2",
        );
        check("<pre>a\n  b</pre>", "a\nb");
    }

    #[test]
    fn furniture_is_dropped() {
        check(
            r#"<body><nav>Home News</nav><header>Site</header>
            <main><p>Text of the story.</p>
            <div class="related-stories"><p>Other story</p></div>
            <ul><li><a href="/a">A link</a></li><li><a href="/b">B link</a></li><li><a href="/c">C</a></li></ul>
            <p hidden>Hidden</p><div role="complementary">Aside</div>
            <script>var x = 1;</script></main><footer>Copyright</footer></body>"#,
            "Text of the story.",
        );
    }

    #[test]
    fn the_longest_article_is_the_article() {
        check(
            "<article><p>Teaser.</p></article><article><p>The real article, longer.</p></article>",
            "The real article, longer.",
        );
        // A hint in a class does not drop the article itself.
        check(
            r#"<main><div class="share-enabled"><p>All the text.</p></div><div class="share">Tweet</div></main>"#,
            "All the text.",
        );
    }

    #[test]
    fn the_head_says_what_the_page_is() {
        let extracted = extract(
            r#"<html><head><title>Talks resume | The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example">
            <meta property="article:published_time" content="2024-03-05T10:00:00+05:00">
            <meta name="author" content="A. Writer">
            <link rel="canonical" href="https://example.org/talks">
            </head><body><p>Text.</p></body></html>"#,
        );
        let found = extracted.found;
        assert_eq!(found.title, "Talks resume");
        assert_eq!(found.publisher, "The Daily Example");
        assert_eq!(found.date, "2024-03-05T10:00:00+05:00");
        assert_eq!(found.author, "A. Writer");
        assert_eq!(found.url, "https://example.org/talks");
    }
}
