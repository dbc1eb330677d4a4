package attrib_test

// attrib.Version is what tells a library its entries are out of date, so it
// must change whenever the output does. A lexicon edit changes it by itself
// (its hash is part of it); a code change only does when rulesRevision is
// bumped. TestVersionFollowsBehaviour catches a forgotten bump: it records
// the version, a digest of the engine's output on a fixed set of articles
// and a digest of those articles' text in testdata/version.digest, and
// fails when the output moved under an unchanged version and unchanged
// inputs.
//
// After a deliberate change to what the engine extracts:
//
//	bump rulesRevision in lexicon.go (not needed for a lexicon edit), then
//	go test ./internal/attrib -run TestVersionFollowsBehaviour -update

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/articles"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
)

const versionDigest = "testdata/version.digest"

// extraction is one article's text and what the engine made of it, as the
// digests see them.
type extraction struct {
	Path   string        `json:"path"`
	Body   string        `json:"-"`
	Result attrib.Result `json:"result"`
}

// behaviourCorpus extracts every bundled article (the seed among them) and
// every article of the gold corpus, loaded and extracted as ingest does, in
// a fixed order.
func behaviourCorpus(t *testing.T) []extraction {
	t.Helper()
	var out []extraction
	for _, src := range []struct {
		prefix string
		fsys   fs.FS
	}{
		{"articles/", articles.FS},
		{"testdata/corpus/articles/", os.DirFS("../../testdata/corpus/articles")},
	} {
		entries, err := fs.ReadDir(src.fsys, ".")
		if err != nil {
			t.Fatal(err)
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			if e.IsDir() || path.Ext(e.Name()) == ".go" {
				continue
			}
			data, err := fs.ReadFile(src.fsys, e.Name())
			if err != nil {
				t.Fatal(err)
			}
			arts, err := article.FromBytes(src.prefix+e.Name(), data)
			if err != nil {
				t.Fatalf("%s%s: %v", src.prefix, e.Name(), err)
			}
			for i, a := range arts {
				res := attrib.Extract(a.Body, attrib.Options{Lang: a.Lang})
				out = append(out, extraction{Path: fmt.Sprintf("%s#%d", a.Path, i), Body: a.Body, Result: res})
			}
		}
	}
	if len(out) < 20 {
		t.Fatalf("only %d articles to digest: the corpus was not found", len(out))
	}
	return out
}

// outputDigest is the SHA-256 of the canonical JSON of the results: the
// encoding of a struct is deterministic, and the order of exs is fixed.
func outputDigest(exs []extraction) string {
	b, err := json.Marshal(exs)
	if err != nil {
		panic(err) // plain strings and ints: cannot fail
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// inputDigest tells a new or edited article, which moves the output
// without any change to the engine, from a change of behaviour.
func inputDigest(exs []extraction) string {
	h := sha256.New()
	for _, ex := range exs {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00", ex.Path, len(ex.Body), ex.Body)
	}
	return hex.EncodeToString(h.Sum(nil))
}

const updateVersion = "go test ./internal/attrib -run TestVersionFollowsBehaviour -update"

// record is one line of testdata/version.digest.
type record struct{ version, output, input string }

// verdict is what TestVersionFollowsBehaviour reports when the engine gives
// cur and the file holds rec: "" when they agree.
func verdict(rec, cur record) string {
	switch {
	case cur == rec:
		return ""
	case cur.output == rec.output:
		return fmt.Sprintf("%s is out of date (it records %s, the engine is %s; the results are the same): run %s", versionDigest, rec.version, cur.version, updateVersion)
	case cur.input != rec.input:
		return fmt.Sprintf("the articles under articles/ or testdata/corpus/articles changed since %s was recorded: if the engine did not change as well, run %s", versionDigest, updateVersion)
	case cur.version == rec.version:
		return fmt.Sprintf("the engine's output changed but attrib.Version is still %s: libraries extracted before would keep the old results after dixit reindex. Bump rulesRevision in internal/attrib/lexicon.go, then run %s", cur.version, updateVersion)
	default:
		return fmt.Sprintf("the engine's output changed and attrib.Version moved from %s to %s: record the new pair with %s", rec.version, cur.version, updateVersion)
	}
}

func TestVersionFollowsBehaviour(t *testing.T) {
	exs := behaviourCorpus(t)
	cur := record{attrib.Version, outputDigest(exs), inputDigest(exs)}
	if *update {
		line := fmt.Sprintf("%s %s %s\n", cur.version, cur.output, cur.input)
		if err := os.WriteFile(versionDigest, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(versionDigest)
	if err != nil {
		t.Fatalf("%v (run %s to create it)", err, updateVersion)
	}
	f := strings.Fields(string(raw))
	if len(f) != 3 {
		t.Fatalf("%s: want \"version output-digest input-digest\", got %q", versionDigest, raw)
	}
	if msg := verdict(record{f[0], f[1], f[2]}, cur); msg != "" {
		t.Error(msg)
	}
}

func TestVersionVerdict(t *testing.T) {
	rec := record{"r3-aaaa", "out", "in"}
	for _, c := range []struct {
		name string
		cur  record
		want string // a word of the message, "" for none
	}{
		{"same", rec, ""},
		{"output moved, version not", record{"r3-aaaa", "out2", "in"}, "Bump rulesRevision"},
		{"output and version moved", record{"r4-aaaa", "out2", "in"}, "record the new pair"},
		{"lexicon edit", record{"r3-bbbb", "out2", "in"}, "record the new pair"},
		{"articles edited", record{"r3-aaaa", "out2", "in2"}, "articles"},
		{"bump without output change", record{"r4-aaaa", "out", "in"}, "out of date"},
	} {
		got := verdict(rec, c.cur)
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("%s: %q, want a message with %q", c.name, got, c.want)
		}
		if c.want != "" && !strings.Contains(got, updateVersion) {
			t.Errorf("%s: %q does not say how to record the new line", c.name, got)
		}
	}
}

// TestOutputDigestSensitive checks the digest sees a one-field change in
// one result, and only a change.
func TestOutputDigestSensitive(t *testing.T) {
	mk := func() []extraction {
		return []extraction{
			{Path: "a.txt#0", Result: attrib.Result{Lang: "en", Quotes: []attrib.Quote{{Text: "We will build it", Start: 1, End: 17, Speaker: "Priya Vellacott", Kind: attrib.Direct}}}},
			{Path: "b.txt#0", Result: attrib.Result{Lang: "fr", Speakers: []attrib.Speaker{{Name: "Odile Marchetti", Quotes: 1}}}},
		}
	}
	base := outputDigest(mk())
	if again := outputDigest(mk()); again != base {
		t.Fatalf("digest of equal results differs: %s, %s", base, again)
	}
	changes := map[string]func([]extraction){
		"quote speaker": func(e []extraction) { e[0].Result.Quotes[0].Speaker = "Priya Vellacot" },
		"quote offset":  func(e []extraction) { e[0].Result.Quotes[0].End++ },
		"speaker name":  func(e []extraction) { e[1].Result.Speakers[0].Name = "Odile Marchet" },
		"one more source": func(e []extraction) {
			e[1].Result.Sources = append(e[1].Result.Sources, attrib.Source{Name: "Le Courrier du Val"})
		},
		"language": func(e []extraction) { e[1].Result.Lang = "en" },
		"order":    func(e []extraction) { e[0], e[1] = e[1], e[0] },
	}
	for name, change := range changes {
		exs := mk()
		change(exs)
		if outputDigest(exs) == base {
			t.Errorf("%s: the digest did not change", name)
		}
	}
	// The body is the input digest's business: the output digest ignores it.
	exs := mk()
	exs[0].Body = "edited"
	if outputDigest(exs) != base {
		t.Errorf("the output digest depends on the article's text")
	}
	if inputDigest(exs) == inputDigest(mk()) {
		t.Errorf("the input digest misses an edited article")
	}
}

// TestVersionHashesTheLexiconFiles: the version's hash part is the SHA-256
// of the lexicon's .txt files one after the other, in name order, however
// Version reads them.
func TestVersionHashesTheLexiconFiles(t *testing.T) {
	h := sha256.New()
	entries, err := fs.ReadDir(os.DirFS("lexicon"), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".txt" { // what is embedded
			continue
		}
		b, err := os.ReadFile(path.Join("lexicon", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
	}
	if want := fmt.Sprintf("-%x", h.Sum(nil)[:4]); !strings.HasSuffix(attrib.Version, want) {
		t.Errorf("Version %s does not end in the lexicon's hash %s", attrib.Version, want)
	}
}
