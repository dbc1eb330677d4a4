package article

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
)

// MaxFeedEntries bounds the entries of one feed; news feeds carry tens.
const MaxFeedEntries = 5000

// countEntries counts <item and <entry start tags, stopping once over the
// bound.
func countEntries(data []byte) int {
	n := 0
	for i := 0; i < len(data) && n <= MaxFeedEntries; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		rest := data[i:]
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
