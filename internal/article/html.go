package article

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"

	"github.com/dixit-news/dixit/internal/text"
)

// maxHTMLElements bounds the work readability does on one page; real
// articles have a few thousand elements.
const maxHTMLElements = 200_000

// fromHTML extracts the article from a web page: readability drops the
// navigation, footers and other clutter, and keeps the metadata.
func fromHTML(path string, data []byte, base *url.URL) (*Article, error) {
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	ra, err := p.Parse(bytes.NewReader(data), base)
	if err != nil {
		return nil, fmt.Errorf("not valid HTML: %s", oneLine(err))
	}
	if ra.Node == nil {
		return nil, errors.New("no article text found in the HTML")
	}
	a := &Article{
		Path:   path,
		Body:   htmlText(ra.Node),
		Title:  clean(ra.Title()),
		Author: byline(ra.Byline()),
		Outlet: clean(ra.SiteName()),
		Lang:   normLang(ra.Language()),
	}
	// Readability keeps the byline in the text when the page's metadata
	// named the author; it is not part of the article.
	if first, rest, ok := strings.Cut(a.Body, "\n\n"); ok && isByline(first, a.Author) {
		a.Body = rest
	}
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t
	}
	if base != nil {
		a.URL = base.String()
	}
	if a.Title == "" {
		a.Title = TitleOf(a.Body)
	}
	return a, nil
}

// htmlText renders HTML as plain text, one paragraph per line of rendered
// text, paragraphs separated by blank lines. Entities are decoded by the
// parser; whatever they decode to that is a control character is dropped.
func htmlText(n *html.Node) string {
	var paras []string
	for line := range strings.SplitSeq(text.Sanitize(render.InnerText(n)), "\n") {
		if line = strings.TrimFunc(line, text.IsSpace); line != "" {
			paras = append(paras, line)
		}
	}
	return strings.Join(paras, "\n\n")
}

// fragmentText turns a feed entry's content into plain text: HTML through
// the same path as web pages, plain text with its paragraphs rejoined.
func fragmentText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return plainText(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return plainText(s)
	}
	return htmlText(doc)
}

// plainText normalises plain text: blank lines separate paragraphs, and
// lines within a paragraph are joined.
func plainText(s string) string {
	var paras, cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for line := range strings.SplitSeq(text.Sanitize(s), "\n") {
		if line = strings.TrimFunc(line, text.IsSpace); line == "" {
			flush()
		} else {
			cur = append(cur, line)
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// byline reduces a byline to the author's name(s), dropping "By" or "Par".
func byline(s string) string {
	s = clean(s)
	for _, p := range []string{"By ", "by ", "BY ", "Par ", "par ", "PAR "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// isByline reports a paragraph that only credits author: "Jane Doe", or a
// short "By Jane Doe, 3 April" / "Par Jeanne Doe, le 3 avril".
func isByline(para, author string) bool {
	if author == "" {
		return false
	}
	bl := byline(para)
	if bl == author {
		return true
	}
	return bl != para && strings.HasPrefix(bl, author) && utf8.RuneCountInString(bl) <= 80
}
