package article

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/text"
)

// checkClean verifies what every loader promises about an article.
func checkClean(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Body) {
		t.Errorf("%s: body is not valid UTF-8", a.Path)
	}
	for _, r := range a.Body {
		if r != '\n' && r != '\t' && text.IsControl(r) {
			t.Errorf("%s: body holds control character %U", a.Path, r)
		}
	}
	if text.Sanitize(a.Body) != a.Body {
		t.Errorf("%s: body is not sanitised", a.Path)
	}
	if a.Hash != Hash(a.Body) {
		t.Errorf("%s: Hash is not Hash(Body)", a.Path)
	}
	for _, s := range []string{a.Title, a.Outlet, a.Author, a.URL, a.Lang} {
		if strings.ContainsFunc(s, func(r rune) bool { return r == '\n' || text.IsControl(r) }) {
			t.Errorf("%s: metadata %q is not one clean line", a.Path, s)
		}
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// want describes an expected article; empty fields are not checked except
// Lang, Author and URL, which must match exactly.
type want struct {
	path, title, outlet, author, url, lang string
	published                              time.Time
	has, hasNot                            []string
}

func checkArticle(t *testing.T, a *Article, w want) {
	t.Helper()
	checkClean(t, a)
	if w.path != "" && a.Path != w.path {
		t.Errorf("Path = %q, want %q", a.Path, w.path)
	}
	if w.title != "" && a.Title != w.title {
		t.Errorf("%s: Title = %q, want %q", a.Path, a.Title, w.title)
	}
	if w.outlet != "" && a.Outlet != w.outlet {
		t.Errorf("%s: Outlet = %q, want %q", a.Path, a.Outlet, w.outlet)
	}
	if a.Author != w.author {
		t.Errorf("%s: Author = %q, want %q", a.Path, a.Author, w.author)
	}
	if a.URL != w.url {
		t.Errorf("%s: URL = %q, want %q", a.Path, a.URL, w.url)
	}
	if a.Lang != w.lang {
		t.Errorf("%s: Lang = %q, want %q", a.Path, a.Lang, w.lang)
	}
	if !a.Published.Equal(w.published) {
		t.Errorf("%s: Published = %v, want %v", a.Path, a.Published, w.published)
	}
	for _, s := range w.has {
		if !strings.Contains(a.Body, s) {
			t.Errorf("%s: body lacks %q:\n%s", a.Path, s, a.Body)
		}
	}
	for _, s := range w.hasNot {
		if strings.Contains(a.Body, s) {
			t.Errorf("%s: body holds %q:\n%s", a.Path, s, a.Body)
		}
	}
}

func TestLoadFiles(t *testing.T) {
	tests := []struct {
		input string
		want  []want
	}{
		{"testdata/story.md", []want{{
			path:      "testdata/story.md",
			title:     "Harbour dues to rise by a fifth, council says",
			outlet:    "Harbour Ledger",
			author:    "Maren Oakhill",
			url:       "https://harbour-ledger.example/news/harbour-dues",
			lang:      "en",
			published: date("2031-04-12T00:00:00Z"),
			has:       []string{"# Harbour dues will rise\n\nThe harbour council", `said Tobias Wrenfield`},
			hasNot:    []string{"---", "outlet:"},
		}}},
		{"testdata/heading.md", []want{{title: "The Real Heading", has: []string{"# not a heading"}}}},
		{"testdata/story.html", []want{{
			title:     "Le pont de Varennes-sur-Aube fermé jusqu’en juin",
			outlet:    "Le Courrier du Val",
			author:    "Claire Dumoulinet",
			lang:      "fr",
			published: date("2031-03-02T08:30:00+01:00"),
			has: []string{
				"Le pont suspendu de Varennes-sur-Aube restera fermé",
				"salle des fêtes. Il a ajouté",
				"depuis quinze ans. Les détours",
				"dont le montant sera précisé",
				"de routine\u00a0; les travaux",
				"précisé lors de la prochaine séance, prévue le 18 mars.",
			},
			hasNot: []string{"Accueil", "Abonnez-vous", "Mentions légales", "[31m", "\x1b", "\u202e", "\u009b", "Par Claire"},
		}}},
		{"testdata/feed.rss", []want{
			{
				path:      "testdata/feed.rss#hl-2031-0411",
				title:     "Ferry timetable changes from May",
				outlet:    "Harbour Ledger",
				author:    "Maren Oakhill",
				url:       "https://harbour-ledger.example/news/ferry-timetable",
				lang:      "en",
				published: date("2031-04-11T09:00:00Z"),
				has:       []string{"earlier from May.\n\n\"Passengers asked for it,\" said Bram Tellowes"},
				hasNot:    []string{"<p>", "&lt;"},
			},
			{
				path:      "testdata/feed.rss#https://harbour-ledger.example/news/lighthouse", // no guid: its link
				title:     "Lighthouse to open for visitors",
				url:       "https://harbour-ledger.example/news/lighthouse",
				lang:      "en",
				published: date("2031-04-10T15:30:00Z"),
				has:       []string{"on Sundays.\n\n\"It has been closed"},
			},
			{
				path:      "testdata/feed.rss#hl-2031-0409",
				url:       "https://harbour-ledger.example/news/quay-lights",
				lang:      "cy",
				published: date("2031-04-09T07:45:00Z"),
				has:       []string{"The lights on the west quay work again."},
			},
		}},
		{"testdata/feed.atom", []want{
			{
				path:      "testdata/feed.atom#urn:uuid:cdv-foire",
				title:     "La foire aux fromages reportée",
				outlet:    "Le Courrier du Val",
				author:    "Paul Ravinel",
				url:       "https://courrier-du-val.example/2031/03/foire",
				lang:      "fr",
				published: date("2031-03-03T09:00:00+01:00"),
				has:       []string{"au mois d’octobre.\n\n« La météo"},
			},
			{
				path:      "testdata/feed.atom#urn:uuid:cdv-marche",
				title:     "Nouveau marché le jeudi",
				url:       "https://courrier-du-val.example/2031/03/marche",
				lang:      "fr",
				published: date("2031-03-02T18:00:00Z"),
				has:       []string{"chaque jeudi sur la place du Château."},
			},
		}},
		{"testdata/invalid-utf8.txt", []want{{
			title: "Tide tables misprinted",
			has:   []string{"last week\uFFFD\uFFFD tide tables"},
		}}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.input), func(t *testing.T) {
			var l Loader
			arts, err := l.Load(t.Context(), tt.input)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != len(tt.want) {
				t.Fatalf("got %d articles, want %d", len(arts), len(tt.want))
			}
			for i, a := range arts {
				checkArticle(t, a, tt.want[i])
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := filepath.Join(dir, "huge.txt")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else {
		// Sparse: the size check happens before reading.
		if err := f.Truncate(MaxSize + 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	badYAML := write("bad.md", "---\ntitle: [unclosed\n---\nBody.\n")
	badDate := write("date.md", "---\ndate: 12/04/2031\n---\nBody.\n")
	notFeed := write("notes.xml", "<?xml version=\"1.0\"?>\n<notes><note>Buy rope</note></notes>\n")
	brokenFeed := write("broken.rss", "<rss version=\"2.0\"><channel><item><title>Nets</title><description>Text")
	empty := write("empty.txt", " \n\n")
	emptyItems := write("blank.rss", `<rss version="2.0"><channel><title>Harbour Ledger</title><item><title>Only a title</title></item></channel></rss>`)
	ctl := write("evil\x1b[2J.txt", "x")

	tests := []struct {
		input, want string
		is          error
	}{
		{"testdata/image.bin", "testdata/image.bin: binary data, not text", ErrBinary},
		{"testdata/empty.rss", "testdata/empty.rss: no entries", nil},
		{"testdata/missing.txt", "testdata/missing.txt: no such file or directory", nil},
		{"testdata", "testdata: is a directory", nil},
		{huge, huge + ": 10.0 MB, larger than the 10 MB limit for one article", nil},
		{badYAML, badYAML + ": invalid front matter: ", nil},
		{badDate, badDate + `: invalid front matter: date "12/04/2031" is not RFC 3339 or YYYY-MM-DD`, nil},
		{notFeed, notFeed + ": not an RSS or Atom feed", nil},
		{brokenFeed, brokenFeed + ": not a valid feed: XML syntax error on line 1: unexpected EOF", nil},
		{empty, empty + ": no text", nil},
		{emptyItems, emptyItems + ": no entries with text (1 without)", nil},
		{ctl, `"` + dir + `/evil\x1b[2J.txt": no such file or directory`, nil},
		{"ftp://x", `ftp://x: unsupported URL scheme "ftp"`, nil},
		{"file:///etc/hostname", `file:///etc/hostname: unsupported URL scheme "file"`, nil},
	}
	os.Remove(ctl) // the name alone is under test
	for _, tt := range tests {
		t.Run(filepath.Base(tt.input), func(t *testing.T) {
			var l Loader
			arts, err := l.Load(t.Context(), tt.input)
			if err == nil {
				t.Fatalf("no error; got %d articles", len(arts))
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.want) {
				t.Errorf("error %q\nwant prefix %q", msg, tt.want)
			}
			if strings.ContainsAny(msg, "\n\r\x1b") {
				t.Errorf("error is not one clean line: %q", msg)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

func TestLoadStdin(t *testing.T) {
	rss, err := os.ReadFile("testdata/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("testdata/story.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, input string
		n           int
		first       want
	}{
		{"feed", string(rss), 3, want{path: "-#hl-2031-0411", author: "Maren Oakhill", lang: "en",
			url: "https://harbour-ledger.example/news/ferry-timetable", published: date("2031-04-11T09:00:00Z")}},
		{"html", string(page), 1, want{path: "-", author: "Claire Dumoulinet", lang: "fr",
			outlet: "Le Courrier du Val", published: date("2031-03-02T08:30:00+01:00"), hasNot: []string{"Accueil"}}},
		{"text", "Quay closed for repairs\n\nThe east quay is closed.\n", 1, want{path: "-", title: "Quay closed for repairs"}},
		{"text with tags", "a <b> c\n", 1, want{path: "-", has: []string{"a <b> c"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Loader{stdin: strings.NewReader(tt.input)}
			arts, err := l.Load(t.Context(), "-")
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != tt.n {
				t.Fatalf("got %d articles, want %d", len(arts), tt.n)
			}
			checkArticle(t, arts[0], tt.first)
		})
	}
}

func TestFromBytesSniff(t *testing.T) {
	atom, err := os.ReadFile("testdata/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, data string
		n          int
		title      string
	}{
		{"download", string(atom), 2, "La foire aux fromages reportée"},
		{"page", "<!doctype html><html lang=en><head><title>Ferry strike ends</title></head><body><p>" +
			strings.Repeat("The ferry crews went back to work on Monday after a week of strikes. ", 10) + "</p></body></html>", 1, "Ferry strike ends"},
		{"notes", "Rope prices up\n\nRope costs more this year.\n", 1, "Rope prices up"},
		// The extension wins over the content.
		{"feed.txt", string(atom), 1, `<?xml version="1.0" encoding="utf-8"?>`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			arts, err := FromBytes(tt.path, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != tt.n {
				t.Fatalf("got %d articles, want %d", len(arts), tt.n)
			}
			if arts[0].Title != tt.title {
				t.Errorf("Title = %q, want %q", arts[0].Title, tt.title)
			}
			checkClean(t, arts[0])
		})
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{
		"b/z.txt", "b/a.md", "b/c/d.html", "b/c/e.RSS", "b/.hidden/x.md", "b/.dot.md",
		"b/photo.jpg", "b/notes.markdown", "b/feed.atom", "b/page.htm", "b/list.xml",
		"lone.pdf", "empty/.keep.md",
	} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "b/z.txt"), filepath.Join(dir, "b/link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "b/loop")); err != nil {
		t.Fatal(err)
	}
	j := func(s string) string { return filepath.Join(dir, s) }
	files, errs := Expand([]string{j("b"), "-", "https://harbour-ledger.example/feed", "ftp://x", j("lone.pdf"), j("missing"), j("empty")})
	wantFiles := []string{
		j("b/a.md"), j("b/c/d.html"), j("b/c/e.RSS"), j("b/feed.atom"), j("b/link.txt"),
		j("b/list.xml"), j("b/notes.markdown"), j("b/page.htm"), j("b/z.txt"),
		"-", "https://harbour-ledger.example/feed", "ftp://x", j("lone.pdf"),
	}
	if !slices.Equal(files, wantFiles) {
		t.Errorf("files:\n got %q\nwant %q", files, wantFiles)
	}
	var msgs []string
	for _, err := range errs {
		msgs = append(msgs, err.Error())
	}
	wantErrs := []string{
		j("missing") + ": no such file or directory",
		j("empty") + ": no .txt, .md, .html or feed files",
	}
	if !slices.Equal(msgs, wantErrs) {
		t.Errorf("errors:\n got %q\nwant %q", msgs, wantErrs)
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name, in, title, body string
		published             time.Time
	}{
		{"no front matter", "# Nets mended\n\nText.\n", "Nets mended", "# Nets mended\n\nText.\n", time.Time{}},
		{"closing hashes", "Intro\n\n# Nets mended ##\n", "Nets mended", "Intro\n\n# Nets mended ##\n", time.Time{}},
		{"level two is not a title", "## Aside\n\nNets were mended on the quay today.\n", "Aside", "## Aside\n\nNets were mended on the quay today.\n", time.Time{}},
		{"empty front matter", "---\n---\nNets mended\n\nText.\n", "Nets mended", "Nets mended\n\nText.\n", time.Time{}},
		{"dots close", "---\ntitle: Nets\ndate: 2031-01-02T03:04:05Z\n...\n\nBody.\n", "Nets", "Body.\n", date("2031-01-02T03:04:05Z")},
		{"crlf", "---\r\ntitle: Nets\r\n---\r\nBody.\r\n", "Nets", "Body.\n", time.Time{}},
		{"unclosed is body", "---\nNets mended\n", "Nets mended", "---\nNets mended\n", time.Time{}},
		{"title with control", "---\ntitle: \"Nets\\e[31m mended\"\n---\nBody.\n", "Nets mended", "Body.\n", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := FromBytes("x.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			if a.Title != tt.title || a.Body != tt.body || !a.Published.Equal(tt.published) {
				t.Errorf("got title %q body %q published %v\nwant title %q body %q published %v",
					a.Title, a.Body, a.Published, tt.title, tt.body, tt.published)
			}
			checkClean(t, a)
		})
	}
}

func TestNormLang(t *testing.T) {
	for in, want := range map[string]string{
		"fr-FR": "fr", "en_GB": "en", "EN": "en", " de ": "de", "fil": "fil",
		"": "", "x-default": "", "français": "", "e": "",
	} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}
