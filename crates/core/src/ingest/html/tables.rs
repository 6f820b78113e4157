//! The word lists the page reader applies: which elements hold no article text, which are
//! site furniture (and what kind, for the note on what was left out), which mark a byline,
//! and which JSON-LD types are articles.

/// Elements whose content is never article text (code, media, controls).
pub const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "button", "textarea", "video", "audio", "noembed", "noframes", "map",
    "picture",
];

/// Elements that hold site furniture, with its kind.
pub const FURNITURE_TAGS: &[(&str, &str)] = &[
    ("nav", "navigation"),
    ("menu", "navigation"),
    ("aside", "aside"),
    ("footer", "footer"),
    ("form", "form"),
    ("dialog", "pop-up"),
    ("figcaption", "caption"),
];

/// `role` values of furniture.
pub const FURNITURE_ROLES: &[(&str, &str)] = &[
    ("navigation", "navigation"),
    ("complementary", "aside"),
    ("contentinfo", "footer"),
    ("dialog", "pop-up"),
    ("alertdialog", "pop-up"),
    ("search", "form"),
    ("banner", "banner"),
];

/// Words of `class` and `id` values (split at spaces, `-` and `_`, or whole) that mark site
/// furniture, with its kind.
pub const FURNITURE_WORDS: &[(&str, &str)] = &[
    ("cookie", "cookie notice"),
    ("cookies", "cookie notice"),
    ("consent", "cookie notice"),
    ("gdpr", "cookie notice"),
    ("share", "share bar"),
    ("sharing", "share bar"),
    ("sharebar", "share bar"),
    ("social", "share bar"),
    ("related", "related links"),
    ("recommended", "related links"),
    ("recirculation", "related links"),
    ("outbrain", "related links"),
    ("taboola", "related links"),
    ("trending", "related links"),
    ("popular", "related links"),
    ("most-read", "related links"),
    ("more-stories", "related links"),
    ("read-more", "related links"),
    ("newsletter", "newsletter sign-up"),
    ("subscribe", "newsletter sign-up"),
    ("signup", "newsletter sign-up"),
    ("ad", "advertisement"),
    ("ads", "advertisement"),
    ("advert", "advertisement"),
    ("advertisement", "advertisement"),
    ("sponsored", "advertisement"),
    ("promo", "advertisement"),
    ("breadcrumb", "navigation"),
    ("breadcrumbs", "navigation"),
    ("menu", "navigation"),
    ("nav", "navigation"),
    ("navbar", "navigation"),
    ("masthead", "navigation"),
    ("sidebar", "aside"),
    ("footer", "footer"),
    ("comments", "comments"),
    ("comment", "comments"),
    ("popup", "pop-up"),
    ("modal", "pop-up"),
    ("paywall", "paywall"),
    ("banner", "banner"),
    ("tags", "tags"),
    ("skip-link", "navigation"),
];

/// Words of `class`, `id`, `rel` and `itemprop` values that mark a byline.
pub const BYLINE_WORDS: &[&str] =
    &["byline", "author", "authors", "author-name", "byline-name", "contributor", "writer"];

/// Words in a byline that name a role, not a person ("Ana Ruiz, Staff Reporter").
pub const ROLE_WORDS: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "staff",
    "contributor",
    "columnist",
    "desk",
    "bureau",
    "news",
    "updated",
    "published",
];

/// Elements that end a line of text (their content is a paragraph of its own).
pub const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "body",
    "html",
    "address",
    "hr",
    "center",
    "details",
    "summary",
    "hgroup",
    // Furniture tags are blocks too.
    "nav",
    "menu",
    "aside",
    "footer",
    "form",
    "dialog",
    "figcaption",
];

/// Elements with no content and no end tag.
pub const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen",
];

/// Elements that hold the article itself when a page marks it.
pub const ARTICLE_TAGS: &[&str] = &["article", "main"];

/// JSON-LD `@type`s that describe an article.
pub const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "SocialMediaPosting",
];

/// Separators between a page title and its site name ("Headline | The Gazette").
pub const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · "];

/// `<meta>` keys (property, name or itemprop), each with the field it states, in order of
/// trust within a field.
pub const META_TITLE: &[&str] = &["og:title", "twitter:title", "headline", "dc.title"];
pub const META_PUBLISHED: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:article:published_time",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
    "article.published",
];
pub const META_AUTHOR: &[&str] =
    &["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];
pub const META_OUTLET: &[&str] = &["og:site_name", "application-name", "publisher"];
pub const META_URL: &[&str] = &["og:url", "twitter:url"];
