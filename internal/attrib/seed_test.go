package attrib_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
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

// TestKnownGaps_Seed lists what is still wrong on the seed article (the
// golden file records it as it is).
func TestKnownGaps_Seed(t *testing.T) {
	res := seedResult(t)
	for _, q := range res.Quotes {
		// "Karim Alawi, membre de …, a réaffirmé que son pays avait besoin
		// de …": read as "CLAUSE, VERB X", crediting "que son pays".
		if q.Speaker == "que son pays" {
			t.Errorf("quote %q credited to %q (mention %q), want the reported words \"son pays avait besoin …\" credited to Karim Alawi", q.Text, q.Speaker, q.Mention)
		}
		// « … », a-t-il expliqué: the mention should be the pronoun.
		if q.Speaker == "Karim Alawi" && q.Kind == attrib.Direct && q.Mention != "il" {
			t.Errorf("Karim Alawi's direct quote: mention %q, want \"il\"", q.Mention)
		}
	}
	for _, s := range res.Speakers {
		if s.Name == "Karim Alawi" && s.Description != "membre de la Commission de la sécurité et de la défense au Parlement irakien" {
			t.Errorf("Karim Alawi: description %q, want the apposition \"membre de la Commission de la sécurité et de la défense au Parlement irakien\"", s.Description)
		}
		if s.Description == "le" || s.Description == "la" {
			t.Errorf("speaker %q: description is the bare article %q", s.Name, s.Description)
		}
	}
}
