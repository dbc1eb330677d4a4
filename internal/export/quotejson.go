package export

import (
	"strconv"
	"unicode/utf8"
)

// appendQuoteJSON appends q as WriteJSON's encoder prints a quote at
// indent (its opening brace already placed): the same bytes, field for
// field (TestAppendQuoteJSONIsEncode checks it against encoding/json).
// A dense article has hundreds of thousands of quotes, and the encoder
// spends more time re-indenting its own output than encoding it.
func appendQuoteJSON(b []byte, q displayed, indent string) []byte {
	in := indent + "  "
	field := func(b []byte, name string, first bool) []byte {
		if !first {
			b = append(b, ',')
		}
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, '"')
		b = append(b, name...)
		return append(b, "\": "...)
	}
	b = append(b, '{')
	b = appendJSONString(field(b, "text", true), q.Text)
	b = strconv.AppendInt(field(b, "start", false), int64(q.Start), 10)
	b = strconv.AppendInt(field(b, "end", false), int64(q.End), 10)
	b = appendJSONString(field(b, "speaker", false), q.Speaker)
	b = appendJSONString(field(b, "speaker_mention", false), q.Mention)
	b = appendJSONString(field(b, "description", false), q.Description)
	b = appendJSONString(field(b, "cue", false), q.Cue)
	b = appendJSONString(field(b, "kind", false), string(q.Kind))
	b = appendJSONString(field(b, "via", false), q.Via)
	b = appendJSONString(field(b, "rule", false), q.Rule)
	b = appendJSONString(field(b, "resolved", false), q.Resolved)
	b = appendJSONString(field(b, "display", false), q.Display)
	b = append(b, '\n')
	b = append(b, indent...)
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping off: control characters escaped (\n, \r, \t, \b, \f or
// \u00XX), invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
