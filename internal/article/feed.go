package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
)

// MaxFeedEntries bounds the entries of one feed; news feeds carry tens.
const MaxFeedEntries = 5000

// countEntries counts a feed's entries, stopping once over the bound:
// the objects of a JSON Feed's "items", else the <item> and <entry> start
// tags, with a namespace prefix or without (RSS 1.0 written <rss:item>).
func countEntries(data []byte) int {
	if trimmed := bytes.TrimLeft(data, " \t\r\n\xef\xbb\xbf"); len(trimmed) > 0 && trimmed[0] == '{' {
		return countJSONItems(trimmed)
	}
	n := 0
	for i := 0; i < len(data) && n <= MaxFeedEntries; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		rest := data[i:]
		// Skip a prefix: "rss:" in <rss:item>.
		k := 0
		for k < len(rest) && k < 64 && isNameByte(rest[k]) {
			k++
		}
		if k < len(rest) && rest[k] == ':' {
			rest = rest[k+1:]
		}
		for _, tag := range [][]byte{[]byte("item"), []byte("entry")} {
			if len(rest) > len(tag) && bytes.EqualFold(rest[:len(tag)], tag) {
				if c := rest[len(tag)]; c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' {
					n++
				}
			}
		}
	}
	return n
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}

// countJSONItems counts the elements of the top-level "items" array of a
// JSON Feed token by token, building none of them. JSON that does not
// parse counts what was seen: the parser reports it.
func countJSONItems(data []byte) int {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return 0
	}
	n := 0
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return n
		}
		if key != "items" {
			if skipJSONValue(dec) != nil {
				return n
			}
			continue
		}
		if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
			return n
		}
		for dec.More() && n <= MaxFeedEntries {
			n++
			if skipJSONValue(dec) != nil {
				return n
			}
		}
		return n
	}
	return n
}

// skipJSONValue reads past one value, an object or array with all it holds.
func skipJSONValue(dec *json.Decoder) error {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// fromFeed reads an RSS, Atom (or JSON) feed: each entry with text becomes an
// article whose Path is the feed's name, "#", and the entry's id (entryID).
func fromFeed(name string, data []byte, base *url.URL) ([]*Article, error) {
	// gofeed builds the whole feed in memory (over a gigabyte for 100,000
	// entries), so entries are counted first and a feed with too many is
	// refused before it is parsed.
	if n := countEntries(data); n > MaxFeedEntries {
		return nil, fmt.Errorf("%d entries, more than the %d a feed may hold", n, MaxFeedEntries)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, errors.New("not an RSS or Atom feed")
		}
		return nil, fmt.Errorf("not a valid feed: %s", oneLine(err))
	}
	if len(feed.Items) == 0 {
		return nil, errors.New("no entries")
	}
	outlet := clean(feed.Title)
	feedLang := normLang(feed.Language)
	// Relative entry links resolve against the site's link, else the URL
	// the feed came from.
	if u, err := url.Parse(feed.Link); err == nil && u.IsAbs() {
		base = u
	}
	seen := make(map[string]bool)
	var arts []*Article
	for _, it := range feed.Items {
		content := it.Content
		if strings.TrimSpace(content) == "" {
			content = it.Description
		}
		a := &Article{
			Title:  clean(it.Title),
			Outlet: outlet,
			Author: authors(it.Authors),
			URL:    resolve(base, clean(it.Link)),
			Body:   fragmentText(content),
			Lang:   feedLang,
		}
		a.Path = name + "#" + entryID(clean(it.GUID), a.URL, it.Title, content, seen)
		if dc := it.DublinCoreExt; dc != nil && len(dc.Language) > 0 {
			if l := normLang(dc.Language[0]); l != "" {
				a.Lang = l
			}
		}
		switch {
		case it.PublishedParsed != nil:
			a.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			a.Published = *it.UpdatedParsed
		}
		if a.Body == "" {
			continue
		}
		if a.Title == "" {
			a.Title = TitleOf(a.Body)
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no entries with text (%d without)", len(feed.Items))
	}
	return arts, nil
}

// entryID names an entry within its feed by what stays with it when the
// feed changes: its GUID, else its link, else a hash of its title and
// content. Never its position: a feed read as [Alpha, Bravo] and later as
// [Charlie, Alpha] would store Charlie over Alpha, and Alpha over Bravo.
// An id already taken by another entry gives way to the next; identical
// entries are told apart by a count.
func entryID(guid, link, title, content string, seen map[string]bool) string {
	hash := "sha256:" + Hash(title + "\n" + content)[:16]
	id := ""
	for _, c := range []string{guid, link, hash} {
		if c != "" && !seen[c] {
			id = c
			break
		}
	}
	for k := 2; id == ""; k++ {
		if c := hash + "." + strconv.Itoa(k); !seen[c] {
			id = c
		}
	}
	seen[id] = true
	return id
}

func authors(ps []*gofeed.Person) string {
	var names []string
	for _, p := range ps {
		if p == nil {
			continue
		}
		if n := clean(p.Name); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// resolve makes link absolute against base when it is relative.
func resolve(base *url.URL, link string) string {
	if link == "" || base == nil {
		return link
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	return base.ResolveReference(u).String()
}
