package tui

// The TUI tests' corpus is stored extraction results, not a live run of the
// engine: testdata/corpus/<bundled file>.json holds, for each article of a
// bundled file, the article as ingest stores it and what attrib.Extract
// found in it when the fixture was written. A change to the rules then
// leaves the screen goldens alone; they move only when the fixtures are
// regenerated on purpose, with
//
//	go test ./internal/tui -run TestCorpusFixtures -update-fixtures
//
// and then the goldens with -update, both diffs reviewed.

import (
	"context"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/dixit-news/dixit/articles"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

var updateFixtures = flag.Bool("update-fixtures", false, "rewrite testdata/corpus/*.json from the bundled articles and the current engine")

const fixtureDir = "testdata/corpus"

// fixture is one stored article: a library.Entry without the fields the
// store assigns (ID, Added, Hash).
type fixture struct {
	Path      string        `json:"path"`
	Title     string        `json:"title"`
	Outlet    string        `json:"outlet,omitempty"`
	Author    string        `json:"author,omitempty"`
	URL       string        `json:"url,omitempty"`
	Published time.Time     `json:"published,omitzero"`
	Lang      string        `json:"lang"`
	Body      string        `json:"body"`
	Extractor string        `json:"extractor"` // the attrib.Version that wrote Result, for the reader of the file
	Result    attrib.Result `json:"result"`
}

func (f *fixture) article() article.Article {
	return article.Article{Path: f.Path, Title: f.Title, Outlet: f.Outlet, Author: f.Author, URL: f.URL,
		Published: f.Published, Lang: f.Lang, Body: f.Body, Hash: article.Hash(f.Body)}
}

// bundledArticles loads each bundled file as ingest.Bundled does, in name
// order: file name → its articles.
func bundledArticles(t testing.TB) (names []string, arts map[string][]*article.Article) {
	t.Helper()
	entries, err := fs.ReadDir(articles.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	arts = map[string][]*article.Article{}
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) == ".go" {
			continue
		}
		data, err := fs.ReadFile(articles.FS, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		as, err := article.FromBytes("bundled/"+e.Name(), data)
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		names = append(names, e.Name())
		arts[e.Name()] = as
	}
	return names, arts
}

// extractFixture runs the engine on a as ingest.Store does.
func extractFixture(a *article.Article) fixture {
	res := attrib.Extract(a.Body, attrib.Options{Lang: a.Lang})
	lang := a.Lang
	if lang == "" {
		lang = res.Lang
	}
	return fixture{Path: a.Path, Title: a.Title, Outlet: a.Outlet, Author: a.Author, URL: a.URL,
		Published: a.Published, Lang: lang, Body: a.Body, Extractor: attrib.Version, Result: res}
}

// readFixtures returns the stored corpus in file-name order.
func readFixtures() ([][]fixture, error) {
	files, err := filepath.Glob(filepath.Join(fixtureDir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out [][]fixture
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var batch []fixture
		if err := json.Unmarshal(data, &batch); err != nil {
			return nil, &os.PathError{Op: "decode", Path: file, Err: err}
		}
		out = append(out, batch)
	}
	return out, nil
}

// putFixtures stores the corpus. The entries get attrib.Version as their
// extractor, as a fresh ingest would, so that nothing takes the corpus for
// one extracted by older rules; the results stay the fixtures'.
func putFixtures(ctx context.Context, store library.Store) error {
	files, err := readFixtures()
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return os.ErrNotExist
	}
	n := 0
	for _, batch := range files {
		for i := range batch {
			e := &library.Entry{Article: batch[i].article(), Result: batch[i].Result, Extractor: attrib.Version,
				Added: addedBase.Add(time.Duration(n) * time.Hour)}
			if _, _, err := store.Put(ctx, e); err != nil {
				return err
			}
			n++
		}
	}
	return nil
}

// TestCorpusFixtures writes the fixtures with -update-fixtures; otherwise
// it checks they still hold the bundled articles as the loader reads them
// today (their results are deliberately not compared with the engine's).
func TestCorpusFixtures(t *testing.T) {
	names, arts := bundledArticles(t)
	if *updateFixtures {
		old, _ := filepath.Glob(filepath.Join(fixtureDir, "*.json"))
		for _, f := range old {
			os.Remove(f)
		}
		if err := os.MkdirAll(fixtureDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			var batch []fixture
			for _, a := range arts[name] {
				batch = append(batch, extractFixture(a))
			}
			data, err := json.MarshalIndent(batch, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(fixtureDir, name+".json"), append(data, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	files, err := readFixtures()
	if err != nil {
		t.Fatal(err)
	}
	const regen = "; regenerate with go test ./internal/tui -run TestCorpusFixtures -update-fixtures"
	if len(files) != len(names) {
		t.Fatalf("%d fixture files for %d bundled files%s", len(files), len(names), regen)
	}
	for i, name := range names {
		batch := files[i]
		if len(batch) != len(arts[name]) {
			t.Errorf("%s: %d fixtures for %d articles%s", name, len(batch), len(arts[name]), regen)
			continue
		}
		for j, a := range arts[name] {
			want := *a
			got := batch[j].article()
			if want.Lang == "" { // filled in from the result, as ingest does
				want.Lang = got.Lang
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: the fixture of %s no longer matches the bundled article%s", name, a.Path, regen)
			}
		}
	}
}
