"""Invented news pages as a browser saves them (``Save page as… → HTML only``), for tests and
``bench/input_formats.py``.

Each builder returns the page as ``str``; the story paragraphs are the same invented text in
every layout, and every layout wraps them in the chrome real sites carry: navigation, a
cookie banner, share buttons, a "Most read" sidebar, related links, a newsletter box,
comments and a footer.  ``CHROME_MARKERS`` are words that appear only in that chrome, so a
test can check none of them reaches the article text.
"""

from __future__ import annotations

import json

STORY = [
    "Georgian Economy Minister Davit Kalandadze and his Armenian counterpart Gevorg Papoyan "
    "agreed on Wednesday to open a second border crossing near Sadakhlo, the ministry said.",
    "The new checkpoint will handle up to 1,500 trucks a day once it opens in the spring, "
    "Kalandadze told reporters after the talks in Tbilisi.",
    '"This crossing will cut waiting times for exporters by half," Papoyan said, adding that '
    "the two governments would share the cost of the access roads.",
    "The ministers also discussed rail freight through the Akhalkalaki line, which carried "
    "1.2 million tonnes of cargo last year.",
]
TITLE = "Georgia and Armenia agree on second border crossing"
DATE = "2024-02-14"

CHROME_MARKERS = (
    "Subscribe",
    "cookies",
    "Most read",
    "Copyright",
    "Share on",
    "Weather in Tbilisi",
    "Comments",
    "Horoscope",
    "Login",
    "Related",
)
"""Words that only the page chrome of the builders below contains."""

_NAV = """<header class="site-header"><a class="logo" href="/">{site}</a>
<nav><ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li>
<li><a href="/world">World</a></li><li><a href="/horoscope">Horoscope</a></li>
<li><a href="/login">Login</a></li></ul></nav>
<div class="weather">Weather in Tbilisi: +4°C, cloudy</div></header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
By continuing to browse you accept our cookie policy. <button>Accept</button></div>"""

_SIDEBAR = """<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a1">Horoscope for the week: what the stars say about your career</a></li>
<li><a href="/a2">Ten places in Tbilisi every visitor should see this winter season</a></li>
<li><a href="/a3">Login problems fixed, says the support team of the portal</a></li>
</ul></aside>"""

_AFTER = """<div class="share">Share on Facebook | Share on X | Share on Telegram</div>
<section class="related"><h3>Related</h3><ul>
<li><a href="/r1">Armenia and Georgia sign customs protocol at Bagratashen</a></li>
<li><a href="/r2">Tbilisi hosts regional transport forum with Baku and Yerevan</a></li></ul>
</section>
<div class="newsletter">Subscribe to our newsletter for daily updates from the Caucasus.
<form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form></div>
<section id="comments"><h3>Comments (2)</h3>
<div class="comment"><b>giorgi77</b> Finally! The queue at Sadakhlo is terrible every day.</div>
<div class="comment"><b>anna_k</b> What about the Lars crossing, nobody talks about it.</div>
</section>"""

_FOOTER = """<footer><p>Copyright © 2024 {site}. All rights reserved.</p>
<p><a href="/about">About us</a> · <a href="/contacts">Contacts</a> ·
<a href="/ads">Advertising</a></p></footer>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-XXXXXXX');</script>"""


def _paragraphs(story: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in story)


def semantic_page(site: str = "Caucasus Business Week", story: list[str] = STORY) -> str:
    """A modern page: `<article>`, `<time datetime>`, Open Graph tags and a canonical URL."""
    return f"""<!DOCTYPE html>
<!-- saved from url=(0049)https://cbw.example.ge/economy/second-crossing -->
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | {site}</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{DATE}T10:32:00+04:00">
<link rel="canonical" href="https://cbw.example.ge/economy/second-crossing">
<style>body {{ font-family: sans-serif; }} .share {{ display: flex; }}</style>
</head><body>
{_NAV.format(site=site)}
<main><article>
<h1>{TITLE}</h1>
<div class="meta">By <span class="author">Nino Tsereteli</span> ·
<time datetime="{DATE}T10:32:00+04:00">14 February 2024, 10:32</time></div>
<div class="article-body">
{_paragraphs(story)}
</div>
{_AFTER}
</article>
{_SIDEBAR}
</main>
{_FOOTER.format(site=site)}
</body></html>
"""


def div_soup_page(site: str = "Kavkaz Daily", story: list[str] = STORY) -> str:
    """An older CMS: nested `<div>`s and tables, no `<article>` or `<main>`, date only in a
    meta tag, the text in one `<div>` with `<br>` line breaks."""
    body = "<br><br>\n".join(story)
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{site} - {TITLE}</title>
<meta name="date" content="{DATE}">
<meta name="description" content="{story[0][:120]}">
</head><body>
<div id="wrapper"><div id="top">{_NAV.format(site=site)}</div>
<table width="100%"><tr><td valign="top" width="70%">
<div class="newsTitle"><h2>{TITLE}</h2></div>
<div class="newsDate">14.02.2024</div>
<div class="newsText">
{body}
</div>
{_AFTER}
</td><td valign="top">{_SIDEBAR}</td></tr></table>
{_FOOTER.format(site=site)}
</div></body></html>
"""


def json_ld_page(site: str = "South Caucasus Wire", story: list[str] = STORY) -> str:
    """Metadata only in schema.org JSON-LD; the text in `<div itemprop="articleBody">`."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": f"{DATE}T08:00:00Z",
        "publisher": {"@type": "Organization", "name": site},
    }
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{TITLE}</title>
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
{_NAV.format(site=site)}
<div class="container"><div class="row"><div class="col-8">
<h1 class="headline">{TITLE}</h1>
<div itemprop="articleBody">
{_paragraphs(story)}
</div>
{_AFTER}
</div><div class="col-4">{_SIDEBAR}</div></div></div>
{_FOOTER.format(site=site)}
</body></html>
"""


def undated_page(site: str = "Tbilisi Notes", story: list[str] = STORY) -> str:
    """No date anywhere in the markup: the publication date must stay unknown."""
    return f"""<html><head><title>{TITLE}</title></head><body>
{_NAV.format(site=site)}
<article><h1>{TITLE}</h1>
{_paragraphs(story)}
</article>
{_FOOTER.format(site=site)}
</body></html>
"""


PAGES = {
    "semantic": semantic_page,
    "div_soup": div_soup_page,
    "json_ld": json_ld_page,
    "undated": undated_page,
}
"""Every layout, by name."""
