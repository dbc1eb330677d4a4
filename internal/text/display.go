package text

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Display is a quotation's words as a reader of the rendered article sees
// them: the Markdown inline markup of the article's source is dropped
// (emphasis and strike-through delimiters, code-span backticks, link and
// image syntax down to the label, autolink brackets, inline HTML tags,
// backslash escapes). A quote's span may cut a link or an emphasis in two,
// so markup is recognised on either side of a cut: "costed](https://x.example)"
// and "[fully costed](https://x.ex" both show "fully costed"'s part.
//
// The stored Quote.Text stays body[Start:End]: offsets into the body are a
// contract. Display is applied only where the words are shown or exported.
// What is not markup stays: an editor's "[he]", "5 * 3", "snake_case".
func Display(s string) string {
	if !strings.ContainsAny(s, "*_~`[]\\<") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	display(&b, s)
	return b.String()
}

func display(b *strings.Builder, s string) {
	open := map[string]int{} // emphasis runs opened and not yet closed
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				b.WriteByte(s[i+1])
				i += 2
				continue
			}
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				if label, n, ok := link(s[i+1:]); ok {
					display(b, label)
					i += 1 + n
					continue
				}
			}
		case '[':
			if label, n, ok := link(s[i:]); ok {
				display(b, label)
				i += n
				continue
			}
		case ']':
			// The tail of a link whose opening bracket is before the cut.
			if i+1 < len(s) && s[i+1] == '(' && !strings.Contains(s[:i], "[") {
				if n, ok := destination(s[i+1:]); ok {
					i += 1 + n
					continue
				}
			}
		case '<':
			if n, inner, ok := angle(s[i:]); ok {
				b.WriteString(inner)
				i += n
				continue
			}
		case '`':
			j := i
			for j < len(s) && s[j] == '`' {
				j++
			}
			i = j
			continue
		case '*', '_', '~':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			if c != '~' || j-i == 2 {
				run := s[i:j]
				switch delimiter(s, i, j) {
				case opens:
					open[run]++
					i = j
					continue
				case closes:
					open[run] = max(0, open[run]-1)
					i = j
					continue
				case between:
					// Between two punctuation marks ("**"Enough"**,"), a
					// run closes one opened before it.
					if open[run] > 0 {
						open[run]--
						i = j
						continue
					}
				}
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
}

// link reads "[label](dest)" or "[label][ref]" at the start of s, the
// destination possibly cut by the end of s, and returns the label and the
// bytes read. "[label]" alone is an editor's insertion, not a link.
func link(s string) (label string, n int, ok bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			depth--
			if depth > 0 {
				continue
			}
			label = s[1:i]
			rest := s[i+1:]
			switch {
			case strings.HasPrefix(rest, "("):
				if m, ok := destination(rest); ok {
					return label, i + 1 + m, true
				}
			case strings.HasPrefix(rest, "["):
				if end := strings.IndexByte(rest, ']'); end > 0 {
					return label, i + 1 + end + 1, true
				}
			}
			return "", 0, false
		}
	}
	return "", 0, false
}

// destination reads "(url)" or "(url "title")" at the start of s, or "(url"
// cut by the end of s, and returns the bytes read. A space before anything
// that looks like an address means prose in parentheses, not a link.
func destination(s string) (int, bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1, i > 1
			}
		case ' ', '\n', '\t':
			if i == 1 {
				return 0, false
			}
			if q := strings.IndexByte(s[i:], ')'); q >= 0 {
				return i + q + 1, true
			}
			return len(s), true
		}
	}
	return len(s), len(s) > 1
}

// angle reads an autolink ("<https://…>", whose address it keeps) or an
// inline HTML tag ("<em>", "</a>", dropped) at the start of s.
func angle(s string) (n int, inner string, ok bool) {
	end := strings.IndexByte(s, '>')
	if end < 2 || strings.ContainsAny(s[1:end], "<\n") {
		return 0, "", false
	}
	body := s[1:end]
	if strings.HasPrefix(body, "http://") || strings.HasPrefix(body, "https://") || strings.HasPrefix(body, "mailto:") {
		if strings.ContainsAny(body, " \t") {
			return 0, "", false
		}
		return end + 1, body, true
	}
	name := strings.TrimPrefix(body, "/")
	k := 0
	for k < len(name) && (name[k] >= 'a' && name[k] <= 'z' || name[k] >= 'A' && name[k] <= 'Z' || k > 0 && name[k] >= '0' && name[k] <= '9') {
		k++
	}
	if k == 0 || k < len(name) && name[k] != ' ' && name[k] != '/' {
		return 0, "", false
	}
	return end + 1, "", true
}

type side int

const (
	none    side = iota
	opens        // a word (or a quote mark) after, nothing before
	closes       // a word before, nothing after
	between      // punctuation on both sides: a closer only if one opened
)

// delimiter tells whether the run s[i:j] of "*", "_" or "~~" opens or
// closes an emphasis: on one side a word (or a quote mark before a word), on
// the other a space, a punctuation mark or the end of the text. A run inside
// a word ("snake_case") or between spaces ("5 * 3") is a character, and so is
// one between punctuation ("(*)") that closes nothing.
func delimiter(s string, i, j int) side {
	before, after := 0, 0 // 0 space or end, 1 punctuation, 2 word
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		before = class(r)
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		after = class(r)
	}
	switch {
	case before < after && before != 2 && after != 0:
		return opens
	case after < before && after != 2 && before != 0:
		return closes
	case before == 1 && after == 1:
		return between
	}
	return none
}

func class(r rune) int {
	switch {
	case IsSpace(r):
		return 0
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return 1
	}
	return 2
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// Plural is n with its noun: "1 quote", "0 quotes", "3 quotes".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Size is n bytes as a reader counts them: "9.4 MB", "511 KB", "80 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
