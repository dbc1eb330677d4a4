package export

import (
	"fmt"
	"io"

	"github.com/dixit-news/dixit/internal/text"
)

// WriteExplain writes, for a person checking the engine, every quote of
// each article with the rule that attributed it, its cue and how the
// speaker's name was chosen, then every source with the shape that cited
// it. Every field is cleaned to one line of text: a path or a quote cannot
// move the cursor or reach the terminal's clipboard.
func WriteExplain(w io.Writer, docs []Doc) error {
	ew := &errWriter{w: w}
	for i, d := range docs {
		if i > 0 {
			ew.printf("\n")
		}
		ew.printf("%s (%s): %s, %s\n", line(d.Path), orDash(line(d.Lang)), count(len(d.Quotes), "quote"), count(len(d.Sources), "source"))
		for n, q := range d.Quotes {
			ew.printf("\n%3d  %-8s «%s»\n", n+1, q.Kind, clip(line(q.Text), 72))
			speaker := line(q.Speaker)
			if speaker == "" {
				speaker = "(nobody)"
			}
			ew.printf("     speaker   %s\n", speaker)
			if q.Mention != "" && q.Mention != q.Speaker {
				ew.printf("     mention   %s\n", line(q.Mention))
			}
			ew.printf("     resolved  %s\n", orDash(q.Resolved))
			ew.printf("     rule      %s\n", orDash(q.Rule))
			ew.printf("     cue       %s\n", orDash(line(q.Cue)))
			if q.Via != "" {
				ew.printf("     via       %s\n", line(q.Via))
			}
		}
		if len(d.Sources) > 0 {
			ew.printf("\n     sources\n")
		}
		for _, s := range d.Sources {
			ew.printf("     %-24s %-12s «%s»\n", line(s.Name), orDash(s.Rule), clip(line(s.Mention), 60))
			for _, m := range s.Mentions {
				if m.Start != s.Start || m.Rule != s.Rule {
					ew.printf("     %-24s %-12s «%s»\n", "", orDash(m.Rule), clip(line(m.Text), 60))
				}
			}
		}
	}
	return ew.err
}

// line is s cleaned of controls, with its line breaks and tabs as spaces.
func line(s string) string { return text.Line(s) }

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// errWriter keeps the first write error, so a long report is not checked
// line by line.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
