package main

// End-to-end tests of `dixit extract`: the command is built once in TestMain
// (main builds its root command inline, so the test runs the real binary,
// exit status and error rendering included) and run on files written to a
// temporary directory. Every article below is invented.

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/text"
)

var dixitBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dixit-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	dixitBin = filepath.Join(dir, "dixit")
	build := exec.Command("go", "build", "-o", dixitBin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building dixit:", err)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type run struct {
	stdout, stderr string
	code           int
}

func dixit(t *testing.T, stdin string, args ...string) run {
	t.Helper()
	return dixitIn(t, "", stdin, args...)
}

// dixitIn runs dixit in the working directory wd ("": this one).
func dixitIn(t *testing.T, wd, stdin string, args ...string) run {
	t.Helper()
	cmd := exec.Command(dixitBin, args...)
	cmd.Dir = wd
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	err := cmd.Run()
	r := run{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	default:
		t.Fatalf("running dixit %q: %v", args, err)
	}
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic:") {
		t.Fatalf("dixit %q crashed:\n%s", args, r.stderr)
	}
	return r
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type jsonOut struct {
	Articles []export.Doc `json:"articles"`
}

func decodeJSON(t *testing.T, s string) jsonOut {
	t.Helper()
	var out jsonOut
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatalf("stdout is not the JSON export: %v\n%s", err, s)
	}
	return out
}

// checkFileError asserts that stderr names path on exactly one line, and
// that this line reads "dixit: PATH: problem".
func checkFileError(t *testing.T, stderr, path, problem string) {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, path) {
			lines = append(lines, l)
		}
	}
	if len(lines) != 1 {
		t.Fatalf("stderr names %s on %d lines, want exactly one:\n%s", path, len(lines), stderr)
	}
	prefix := "dixit: " + path + ": "
	if !strings.HasPrefix(lines[0], prefix) || !strings.Contains(lines[0], problem) {
		t.Errorf("error line = %q, want %q followed by a problem mentioning %q", lines[0], prefix, problem)
	}
}

const goodArticle = "Paul Ferrand a pris la parole mardi devant le conseil municipal de Valbois.\n\n" +
	"« Nous irons jusqu’au bout de ce projet », a déclaré Paul Ferrand.\n\n" +
	"Selon le Wall Street Journal, le chantier naval de Brumeval sera vendu.\n"

const goodEnglish = "Nora Quill spoke at the harbour on Monday.\n\n" +
	"“The ferries will run on the winter timetable until March,” said Nora Quill.\n\n" +
	"“We will review it in the spring,” said Hollis Brandt, the union's regional secretary.\n\n" +
	"“Nobody should worry about the crossings,” Ms. Quill added.\n"

func TestExtractInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	raw := []byte("Le \xff\xfe maire de \x1b[31mValbois\x1b[0m s'est exprimé.\r\n\r\n" +
		"\xc2\xab Nous irons jusqu\xe2\x80\x99au bout de ce projet \xc2\xbb, a d\xc3\xa9clar\xc3\xa9 Paul Ferrand.\r\n")
	p := writeFile(t, dir, "latin.txt", raw)
	r := dixit(t, "", "extract", p)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q; want success and no error", r.code, r.stderr)
	}
	out := decodeJSON(t, r.stdout)
	if len(out.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(out.Articles))
	}
	doc := out.Articles[0]
	var direct int
	body := text.Sanitize(string(raw))
	for _, q := range doc.Quotes {
		if q.Start < 0 || q.End > len(body) || q.Start > q.End || body[q.Start:q.End] != q.Text {
			t.Errorf("quote %q: [%d,%d) does not point at its text in the cleaned article", q.Text, q.Start, q.End)
		}
		if q.Kind == "direct" {
			direct++
			if q.Text != "Nous irons jusqu’au bout de ce projet" || q.Speaker != "Paul Ferrand" {
				t.Errorf("direct quote %q by %q, want %q by Paul Ferrand", q.Text, q.Speaker, "Nous irons jusqu’au bout de ce projet")
			}
		}
	}
	if direct != 1 {
		t.Errorf("got %d direct quotes, want 1: %+v", direct, doc.Quotes)
	}
	if strings.ContainsRune(r.stdout, '\x1b') {
		t.Errorf("escape sequence from the file reached the output")
	}
}

func TestExtractBinary(t *testing.T) {
	dir := t.TempDir()
	data := []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")
	for i := 0; i < 200; i++ {
		data = append(data, byte(i), 0, 0xff, 0x01)
	}
	p := writeFile(t, dir, "archive.zip", data)
	r := dixit(t, "", "extract", p)
	if r.code == 0 {
		t.Errorf("exit 0 for a binary file, want non-zero")
	}
	checkFileError(t, r.stderr, p, "binary")
}

func TestExtractEmpty(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "empty.txt", nil)
	r := dixit(t, "", "extract", p)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q; want success and no error", r.code, r.stderr)
	}
	out := decodeJSON(t, r.stdout)
	if len(out.Articles) != 1 || out.Articles[0].Path != p || len(out.Articles[0].Quotes) != 0 || len(out.Articles[0].Sources) != 0 {
		t.Errorf("got %+v, want one empty result for %s", out.Articles, p)
	}
	if !strings.Contains(r.stdout, `"quotes": []`) || !strings.Contains(r.stdout, `"sources": []`) {
		t.Errorf("empty lists should be [] in the JSON:\n%s", r.stdout)
	}
}

func TestExtractMissing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nowhere.txt")
	r := dixit(t, "", "extract", p)
	if r.code == 0 {
		t.Errorf("exit 0 for a missing file, want non-zero")
	}
	checkFileError(t, r.stderr, p, "no such file")
}

func TestExtractDirectory(t *testing.T) {
	p := t.TempDir()
	r := dixit(t, "", "extract", p)
	if r.code == 0 {
		t.Errorf("exit 0 for a directory, want non-zero")
	}
	checkFileError(t, r.stderr, p, "directory")
}

func TestExtractTooLarge(t *testing.T) {
	dir := t.TempDir()
	line := []byte("« Nous irons jusqu’au bout de ce projet », a déclaré Paul Ferrand, le maire de Valbois.\n")
	data := bytes.Repeat(line, 50<<20/len(line)+1)
	if len(data) < 50<<20 || len(data) <= article.MaxSize {
		t.Fatalf("test file is only %d bytes", len(data))
	}
	p := writeFile(t, dir, "huge.txt", data)
	r := dixit(t, "", "extract", p)
	if r.code == 0 {
		t.Errorf("exit 0 for a 50 MB file, want non-zero")
	}
	checkFileError(t, r.stderr, p, "MB")
	out := decodeJSON(t, r.stdout)
	if len(out.Articles) != 0 {
		t.Errorf("got %d articles for a file over the limit, want none", len(out.Articles))
	}
}

func TestExtractSeveralFilesSomeBad(t *testing.T) {
	dir := t.TempDir()
	good1 := writeFile(t, dir, "valbois.txt", []byte(goodArticle))
	bin := writeFile(t, dir, "image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
	missing := filepath.Join(dir, "missing.txt")
	good2 := writeFile(t, dir, "saltmere.txt", []byte(goodEnglish))
	r := dixit(t, "", "extract", good1, bin, missing, good2)
	if r.code == 0 {
		t.Errorf("exit 0 when two of four files failed, want non-zero")
	}
	checkFileError(t, r.stderr, bin, "binary")
	checkFileError(t, r.stderr, missing, "no such file")
	for _, good := range []string{good1, good2} {
		if strings.Contains(r.stderr, good) {
			t.Errorf("stderr mentions the good file %s:\n%s", good, r.stderr)
		}
	}
	out := decodeJSON(t, r.stdout)
	if len(out.Articles) != 2 || out.Articles[0].Path != good1 || out.Articles[1].Path != good2 {
		t.Fatalf("articles = %+v, want the two good files in order", out.Articles)
	}
	if out.Articles[0].Lang != "fr" || out.Articles[1].Lang != "en" {
		t.Errorf("langs = %q, %q; want fr, en", out.Articles[0].Lang, out.Articles[1].Lang)
	}
	if len(out.Articles[0].Quotes) == 0 || len(out.Articles[1].Quotes) == 0 {
		t.Errorf("good files lost their quotes: %+v", out.Articles)
	}
}

func TestExtractStdin(t *testing.T) {
	r := dixit(t, goodArticle, "extract", "-")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	out := decodeJSON(t, r.stdout)
	if len(out.Articles) != 1 || out.Articles[0].Path != "-" || len(out.Articles[0].Quotes) == 0 {
		t.Errorf("got %+v, want one article read from stdin with quotes", out.Articles)
	}
}

func TestExtractBadFlags(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", []byte(goodArticle))
	for _, args := range [][]string{
		{"extract", "--format", "xml", p},
		{"extract", "--lang", "de", p},
		{"extract"},
	} {
		if r := dixit(t, "", args...); r.code == 0 {
			t.Errorf("dixit %q: exit 0, want non-zero", args)
		}
	}
}

func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	fr := writeFile(t, dir, "valbois.txt", []byte(goodArticle))
	en := writeFile(t, dir, "saltmere.txt", []byte(goodEnglish))

	// The JSON result tells how many quotes each format must carry.
	r := dixit(t, "", "extract", fr, en)
	if r.code != 0 {
		t.Fatalf("json: exit %d: %s", r.code, r.stderr)
	}
	all := decodeJSON(t, r.stdout)
	nquotes := 0
	for _, d := range all.Articles {
		nquotes += len(d.Quotes)
	}
	if nquotes < 4 {
		t.Fatalf("only %d quotes in the test articles:\n%s", nquotes, r.stdout)
	}

	t.Run("csv", func(t *testing.T) {
		r := dixit(t, "", "extract", "--format", "csv", fr, en)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
		if err != nil {
			t.Fatalf("not valid CSV: %v\n%s", err, r.stdout)
		}
		if len(recs) == 0 || strings.Join(recs[0], ",") != strings.Join(export.CSVHeader, ",") {
			t.Fatalf("first row = %q, want the header %q", recs[0], export.CSVHeader)
		}
		if len(recs)-1 != nquotes {
			t.Errorf("%d data rows, want one per quote (%d)", len(recs)-1, nquotes)
		}
		ruled := 0
		for _, rec := range recs[1:] {
			if len(rec) != len(export.CSVHeader) {
				t.Errorf("row %q has %d fields, want %d", rec, len(rec), len(export.CSVHeader))
			} else if rec[len(rec)-2] != "" && rec[len(rec)-1] != "" {
				ruled++
			}
		}
		if ruled == 0 {
			t.Errorf("no row carries its rule and resolution:\n%s", r.stdout)
		}
	})

	t.Run("csv header with no quotes", func(t *testing.T) {
		empty := writeFile(t, dir, "empty.txt", nil)
		r := dixit(t, "", "extract", "--format", "csv", empty)
		if r.code != 0 || strings.TrimRight(r.stdout, "\r\n") != strings.Join(export.CSVHeader, ",") {
			t.Errorf("exit %d, output %q; want just the header row", r.code, r.stdout)
		}
	})

	t.Run("jsonl", func(t *testing.T) {
		r := dixit(t, "", "extract", "--format", "jsonl", fr, en)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		if len(lines) != nquotes {
			t.Errorf("%d lines, want one per quote (%d):\n%s", len(lines), nquotes, r.stdout)
		}
		for i, l := range lines {
			var row map[string]any
			if err := json.Unmarshal([]byte(l), &row); err != nil {
				t.Errorf("line %d is not one JSON object: %v\n%s", i+1, err, l)
				continue
			}
			for _, k := range []string{"path", "text", "speaker", "kind", "start", "end", "sources"} {
				if _, ok := row[k]; !ok {
					t.Errorf("line %d lacks %q: %s", i+1, k, l)
				}
			}
		}
	})

	t.Run("md", func(t *testing.T) {
		r := dixit(t, "", "extract", "--format", "md", en)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		// Each speaker gets one section, holding all of their quotes.
		var doc export.Doc
		for _, d := range all.Articles {
			if d.Path == en {
				doc = d
			}
		}
		bySpeaker := map[string][]string{}
		for _, q := range doc.Quotes {
			name := q.Speaker
			if name == "" {
				name = "Unattributed"
			}
			bySpeaker[name] = append(bySpeaker[name], q.Text)
		}
		if len(bySpeaker["Nora Quill"]) < 2 {
			t.Fatalf("the English article should give Nora Quill two quotes: %+v", doc.Quotes)
		}
		sections := map[string]string{}
		var cur string
		for _, l := range strings.Split(r.stdout, "\n") {
			if name, ok := strings.CutPrefix(l, "## "); ok {
				if _, dup := sections[name]; dup {
					t.Errorf("speaker %q has two sections", name)
				}
				cur = name
				sections[cur] = ""
				continue
			}
			if cur != "" {
				sections[cur] += l + "\n"
			}
		}
		for name, quotes := range bySpeaker {
			sec, ok := sections[name]
			if !ok {
				t.Errorf("no section for speaker %q:\n%s", name, r.stdout)
				continue
			}
			for _, q := range quotes {
				if !strings.Contains(sec, "> "+q) {
					t.Errorf("quote %q not in %q's section:\n%s", q, name, sec)
				}
			}
		}
	})
}

// TestExtractExplain checks that --explain names, for each quote of the
// seed, its rule, cue and resolution, and for each source its shape.
func TestExtractExplain(t *testing.T) {
	r := dixit(t, "", "extract", "--explain", "../../articles/000_49b410c6cb5c01c4.txt")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"(fr): 8 quotes, 2 sources",
		"  8  direct   «Et si les Américains se retirent d’Irak",
		"     speaker   Ivan Konovalov\n     mention   M. Konovalov\n     resolved  name/fullest-form\n     rule      after/inverted\n     cue       résume\n",
		"     speaker   Karim Alawi\n     mention   il\n     resolved  pronoun/recent-person\n     rule      after/inverted\n     cue       a-t-il expliqué\n",
		"     Wall Street Journal      attribution  «Selon le Wall Street Journal»",
		"     PressTV                  credit-line  «Source: Avec PressTV»",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--explain output lacks %q\n%s", want, r.stdout)
		}
	}
	if r := dixit(t, "", "extract", "--explain", "--format", "csv", "../../articles/000_49b410c6cb5c01c4.txt"); r.code == 0 || !strings.Contains(r.stderr, "--explain prints its own report") {
		t.Errorf("--explain with --format: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestExtractExplainHostilePath checks that a file name carrying escape
// sequences reaches the report as plain text.
func TestExtractExplainHostilePath(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a\x1b]52;c;aGk=\x07b\x1b[2J.txt")
	if err := os.WriteFile(name, []byte("« Le pont rouvrira en juin », a déclaré Odile Marchetti.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := dixit(t, "", "extract", "--explain", "--lang", "fr", name)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if strings.ContainsAny(r.stdout, "\x1b\x07") {
		t.Errorf("control characters reached the report: %q", r.stdout)
	}
	if !strings.Contains(r.stdout, "Odile Marchetti") {
		t.Errorf("report lacks the speaker:\n%s", r.stdout)
	}
}
