package attrib_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const (
	seedArticle = "../../articles/000_49b410c6cb5c01c4.txt"
	seedGolden  = "testdata/seed.golden.json"
)

func seedResult(t *testing.T) attrib.Result {
	t.Helper()
	raw, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Fatal(err)
	}
	return attrib.Extract(text.Sanitize(string(raw)), attrib.Options{})
}

// TestSeedGolden compares the full result on the seed article with
// testdata/seed.golden.json. After a deliberate change to the engine, run
// `go test ./internal/attrib -run TestSeedGolden -update` and review the
// diff of the golden file.
func TestSeedGolden(t *testing.T) {
	got, err := json.MarshalIndent(seedResult(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.MkdirAll(filepath.Dir(seedGolden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(seedGolden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(seedGolden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("result on %s differs from %s (rerun with -update if the change is intended)\n--- got\n%s", seedArticle, seedGolden, got)
	}
}

// TestSeedEssentials pins what must hold on the seed article whatever else
// changes: three direct quotes and their speakers, and the two sources.
func TestSeedEssentials(t *testing.T) {
	res := seedResult(t)
	if res.Lang != "fr" {
		t.Errorf("lang = %q, want fr", res.Lang)
	}
	var speakers []string
	for _, q := range res.Quotes {
		if q.Kind == attrib.Direct {
			speakers = append(speakers, q.Speaker)
		}
	}
	wantSpeakers := []string{"Mostafa al-Kazemi", "Karim Alawi", "Ivan Konovalov"}
	if !slices.Equal(speakers, wantSpeakers) {
		t.Errorf("direct quote speakers = %q, want %q", speakers, wantSpeakers)
	}
	var sources []string
	for _, s := range res.Sources {
		sources = append(sources, s.Name)
	}
	wantSources := []string{"Wall Street Journal", "PressTV"}
	if !slices.Equal(sources, wantSources) {
		t.Errorf("sources = %q, want %q", sources, wantSources)
	}
}

// TestSeedAttributionDetails pins finer points on the seed article: Karim
// Alawi's reported speech, the pronoun at his direct quote, his description,
// and descriptions that are more than an article.
func TestSeedAttributionDetails(t *testing.T) {
	res := seedResult(t)
	const alawi = "Karim Alawi"
	reported, direct := false, false
	for _, q := range res.Quotes {
		// "Karim Alawi, membre de …, a réaffirmé que son pays avait besoin
		// de …": the reported words are credited to Karim Alawi.
		if strings.Contains(q.Text, "son pays avait besoin") {
			reported = true
			if q.Speaker != alawi {
				t.Errorf("quote %q credited to %q (mention %q), want %s", q.Text, q.Speaker, q.Mention, alawi)
			}
		}
		// « … », a-t-il expliqué: the mention is the pronoun.
		if q.Speaker == alawi && q.Kind == attrib.Direct {
			direct = true
			if q.Mention != "il" {
				t.Errorf("%s's direct quote: mention %q, want \"il\"", alawi, q.Mention)
			}
		}
	}
	if !reported {
		t.Errorf("no quote holds the reported words \"son pays avait besoin …\" credited to %s:%s", alawi, fmtQuotes(res.Quotes))
	}
	if !direct {
		t.Errorf("no direct quote credited to %s:%s", alawi, fmtQuotes(res.Quotes))
	}
	const alawiDesc = "membre de la Commission de la sécurité et de la défense au Parlement irakien"
	found := false
	for _, s := range res.Speakers {
		if s.Name == alawi {
			found = true
			if s.Description != alawiDesc {
				t.Errorf("%s: description %q, want the apposition %q", alawi, s.Description, alawiDesc)
			}
		}
		switch strings.ToLower(s.Description) {
		case "le", "la", "les", "l'", "l’", "the":
			t.Errorf("speaker %q: description is the bare article %q", s.Name, s.Description)
		}
	}
	if !found {
		t.Errorf("no speaker named %s among %+v", alawi, res.Speakers)
	}
}
