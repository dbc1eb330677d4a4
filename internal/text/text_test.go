package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text\nwith\ttab", "plain text\nwith\ttab"},
		{"red \x1b[31mword\x1b[0m", "red word"},
		{"clip \x1b]52;c;aGk=\x07end", "clip end"},
		{"link \x1b]8;;http://x\x1b\\a\x1b]8;;\x1b\\", "link a"},
		{"csi8bit \u009b2Jdone", "csi8bit done"},
		{"bidi \u202eevil\u202c ok \u2066x\u2069", "bidi evil ok x"},
		{"crlf\r\nline\rold mac", "crlf\nline\nold mac"},
		{"bad \xff\xfe utf8", "bad \ufffd\ufffd utf8"},
		{"bom \ufeffhere", "bom here"},
		{"unterminated \x1b]0;title\nnext", "unterminated \nnext"},
	}
	for _, c := range cases {
		if got := Sanitize(c.in); got != c.want {
			t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Élysée": "elysee", "ÇA VA": "ca va", "l’Œuvre": "l'oeuvre", "Straße": "straße"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// AppendFold must agree with Fold on every path: ASCII, the Latin table,
// apostrophes and the Unicode fallback, after bytes already in the buffer.
func TestAppendFold(t *testing.T) {
	for _, in := range []string{"", "Konovalov", "Élysée", "ÇA VA", "l’Œuvre", "Straße", "AL-KAZEMI", "Ωmega", "x\xffy", "déjà ǅ"} {
		if got, want := string(AppendFold([]byte("pre|"), in)), "pre|"+Fold(in); got != want {
			t.Errorf("AppendFold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	s := "Title\n\nFirst para\nwraps here and\ncontinues.\nSecond line para.\n\n\nThird."
	var got []string
	for _, p := range Paragraphs(s) {
		got = append(got, s[p.Start:p.End])
	}
	want := []string{"Title", "First para\nwraps here and\ncontinues.", "Second line para.", "Third."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs: got %q, want %q", got, want)
	}
}

// FuzzSanitize: whatever comes in, what goes out is valid UTF-8 with no
// control character but newline and tab, and sanitising twice changes
// nothing.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", "a\x1b[2Jb", "\x1b]52;c;YQ==\x07", "\u009b31m", "\xff\xfe\x00", "\u202e\u2066", "a\r\nb\rc", "\x1b", "\x1b[", "\x1b]8;;", "\x1bP+q\x1b\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q: %q", in, out)
		}
		for _, r := range out {
			if r != '\n' && r != '\t' && IsControl(r) {
				t.Fatalf("control %U survives in %q (from %q)", r, out, in)
			}
		}
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: %q → %q", out, again)
		}
		for _, p := range Paragraphs(out) {
			if p.Start < 0 || p.End > len(out) || p.Start > p.End {
				t.Fatalf("paragraph %v outside %d bytes", p, len(out))
			}
		}
		// The tokenizer folds through AppendFold: it must agree with
		// Fold on anything, sanitised or not.
		for _, s := range []string{in, out} {
			if got, want := string(AppendFold([]byte("x"), s)), "x"+Fold(s); got != want {
				t.Fatalf("AppendFold(%q) = %q, Fold gives %q", s, got, want)
			}
		}
	})
}

// A value from outside (a file name, a feed field, a table cell) comes out
// of Line as one line of text: no escape, no bidi override, no line break
// or tab to forge output or misalign a column.
func TestLine(t *testing.T) {
	for in, want := range map[string]string{
		"Harbour\x1b]52;c;aGk=\x07 notes.txt": "Harbour notes.txt",
		"report\r\x1b[2Aforged line":          "report forged line",
		"\u202etxt.exe":                       "txt.exe",
		"first line\n  second\tcell":          "first line second cell",
		"  Brumeval  Gazette ":                "Brumeval Gazette",
		"plain":                               "plain",
	} {
		if got := Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}

// Names lose what cannot be seen, so a look-alike is the same name.
func TestName(t *testing.T) {
	for in, want := range map[string]string{
		"Nora Qu\u200bill":                "Nora Quill",
		"\u2060Hollis\u00ad Brandt\ufeff": "Hollis Brandt",
		"Imogen\u200d \u200cFarrowby":     "Imogen Farrowby",
		"Ode\u0301lie Marchetti":          "Ode\u0301lie Marchetti", // a combining accent shows
		"Priya\nVellacott":                "Priya Vellacott",
	} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}
