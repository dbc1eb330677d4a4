package article

import (
	"fmt"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/dixit-news/dixit/internal/text"
)

// frontMatter is the YAML block a Markdown article may start with.
type frontMatter struct {
	Title  string `yaml:"title"`
	Outlet string `yaml:"outlet"`
	Author string `yaml:"author"`
	Date   string `yaml:"date"`
	URL    string `yaml:"url"`
	Lang   string `yaml:"lang"`
}

// fromMarkdown reads a Markdown article with optional YAML front matter
// between "---" lines. The body is the Markdown after the front matter, kept
// as written.
func fromMarkdown(path string, data []byte) (*Article, error) {
	s := text.Sanitize(string(data))
	fm, body, ok := splitFrontMatter(s)
	a := &Article{Path: path, Body: body}
	if ok {
		var m frontMatter
		if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
			return nil, fmt.Errorf("invalid front matter: %s", strings.TrimPrefix(oneLine(err), "yaml: "))
		}
		a.Title, a.Outlet, a.Author, a.URL = clean(m.Title), clean(m.Outlet), clean(m.Author), clean(m.URL)
		a.Lang = normLang(m.Lang)
		if d := strings.TrimSpace(m.Date); d != "" {
			t, err := parseDate(d)
			if err != nil {
				return nil, fmt.Errorf("invalid front matter: %w", err)
			}
			a.Published = t
		}
	}
	if a.Title == "" {
		a.Title = markdownHeading(body)
	}
	if a.Title == "" {
		a.Title = strings.TrimLeft(TitleOf(skipRules(body)), "# ")
	}
	return a, nil
}

// splitFrontMatter separates a leading "---" … "---" (or "...") block from
// the rest of s. Without a closing line there is no front matter.
func splitFrontMatter(s string) (fm, body string, ok bool) {
	first, rest, found := strings.Cut(s, "\n")
	if !found || strings.TrimRight(first, " \t") != "---" {
		return "", s, false
	}
	for off := 0; off <= len(rest); {
		line, _, more := strings.Cut(rest[off:], "\n")
		if l := strings.TrimRight(line, " \t"); l == "---" || l == "..." {
			end := off + len(line)
			if more {
				end++
			}
			return rest[:off], strings.TrimLeft(rest[end:], "\n"), true
		}
		if !more {
			break
		}
		off += len(line) + 1
	}
	return "", s, false
}

// markdownHeading returns the text of the first level-one ATX heading
// ("# Title") outside fenced code, or "".
func markdownHeading(body string) string {
	fence := ""
	for line := range strings.SplitSeq(body, "\n") {
		t := strings.TrimLeft(line, " ")
		if len(line)-len(t) > 3 {
			continue // indented code
		}
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			continue
		}
		if t == "#" || strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "#\t") {
			h := strings.TrimSpace(t[1:])
			// A closing sequence of #s is not part of the heading.
			if c := strings.TrimRight(h, "#"); c != h && (c == "" || strings.HasSuffix(c, " ")) {
				h = strings.TrimSpace(c)
			}
			if h = clean(h); h != "" {
				return h
			}
		}
	}
	return ""
}

// skipRules drops leading lines with no letter or digit, such as thematic
// breaks, so they are not taken for a title.
func skipRules(s string) string {
	for s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		if strings.ContainsFunc(line, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			break
		}
		s = rest
	}
	return s
}
