package tui

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

const feedItem = `<item><title>%s</title><link>https://ledger.example/%d</link><guid>ledger-%d</guid><description>&quot;The ferry will run at dawn,&quot; said Perrin Vasquez, the harbour master. Story %d.</description></item>`

// r fetches the feeds the library came from again, in a command: the new
// entry arrives in the list, and a feed that fails says so in one line
// naming it.
func TestRefreshFeeds(t *testing.T) {
	var items atomic.Int32
	items.Store(1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		body := ""
		for i := 1; i <= int(items.Load()); i++ {
			body += fmt.Sprintf(feedItem, fmt.Sprintf("Harbour story %d", i), i, i, i)
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Ledger</title>%s</channel></rss>`, body)
	}))
	defer srv.Close()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	loader := &article.Loader{Fetch: article.NewFetcher("test")}
	if sum := ingest.Run(ctx, s, loader, []string{srv.URL + "/feed.xml"}, ingest.Options{}); sum.New != 1 {
		t.Fatalf("first ingest: %v %v", sum, sum.Failed)
	}
	// A feed that has gone since.
	gone, err := article.FromText(srv.URL+"/gone.xml#1", []byte("Old story\n\n\"Nothing,\" said Perrin Vasquez.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := putArticle(ctx, s, gone, addedBase); err != nil {
		t.Fatal(err)
	}
	var asked []string
	m, err := New(ctx, s, Options{Theme: "dark", NoColor: true, Refresh: func(ctx context.Context, feeds []string, progress func(int, int, string, error)) RefreshResult {
		asked = feeds
		sum := ingest.Run(ctx, s, loader, feeds, ingest.Options{Progress: func(ev ingest.Event) { progress(ev.Done, ev.Total, ev.Input, ev.Err) }})
		return RefreshResult{New: sum.New, Unchanged: sum.Unchanged, Updated: sum.Updated, Failed: len(sum.Failed)}
	}})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, m, 120, 30)
	if d.m.list.total != 2 {
		t.Fatalf("list: %d articles", d.m.list.total)
	}
	items.Store(2)
	d.key("r")
	if want := []string{srv.URL + "/feed.xml", srv.URL + "/gone.xml"}; strings.Join(asked, " ") != strings.Join(want, " ") {
		t.Errorf("refreshed %q, want %q", asked, want)
	}
	if d.m.list.total != 3 || !strings.Contains(ansi.Strip(d.frame()), "Harbour story 2") {
		t.Errorf("after r: %d articles\n%s", d.m.list.total, ansi.Strip(d.frame()))
	}
	want := "refreshed: 1 new, 0 updated, 1 unchanged · 1 feed failed, the last: " + srv.URL + "/gone.xml: "
	if !strings.HasPrefix(d.m.status, want) || !d.m.statusErr || strings.Contains(d.m.status, "\n") {
		t.Errorf("status %q, want it to start %q", d.m.status, want)
	}
	if d.m.refresh.running {
		t.Error("the refresh is still marked running")
	}
}

// Without feeds, r says so; without a refresher, r says it cannot.
func TestRefreshNothing(t *testing.T) {
	called := false
	m, err := New(context.Background(), corpus(t), Options{Theme: "dark", NoColor: true,
		Refresh: func(context.Context, []string, func(int, int, string, error)) RefreshResult {
			called = true
			return RefreshResult{}
		}})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, m, 120, 30)
	d.key("r")
	if called || !strings.HasPrefix(d.m.status, "no feeds to refresh") {
		t.Errorf("r on a library without feeds: called %v, status %q", called, d.m.status)
	}
	d = newDriver(t, newTestModel(t, corpus(t), "dark", true), 120, 30)
	d.key("r")
	if d.m.status != "refresh is not available here" {
		t.Errorf("status %q", d.m.status)
	}
}

// d asks before it removes an article; only y removes it.
func TestRemoveAsks(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, title := range []string{"Ferry fares frozen", "Lighthouse repainted"} {
		a, err := article.FromText(fmt.Sprintf("/news/%d.txt", i), []byte(title+"\n\n\"It is done,\" said Perrin Vasquez.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := putArticle(ctx, s, a, addedBase.Add(-time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	d := newDriver(t, newTestModel(t, s, "dark", true), 120, 30)
	first := d.m.list.rows[0]
	d.key("d")
	if f := lastLines(ansi.Strip(d.frame()), 2); !strings.Contains(f, "remove “"+first.Title+"” from the library? y removes it") {
		t.Fatalf("d did not ask:\n%s", f)
	}
	d.send(sizeMsg(80, 24))
	if f := lastLines(ansi.Strip(d.frame()), 2); !strings.Contains(f, "” from the library? y removes it, any other key keeps it") {
		t.Errorf("at 80 columns the question loses its answer keys:\n%s", f)
	}
	d.send(sizeMsg(120, 30))
	d.key("n")
	if n, _ := s.Count(ctx, library.Filter{}); n != 2 || !strings.Contains(d.m.status, "kept") {
		t.Fatalf("n: %d articles, status %q", n, d.m.status)
	}
	d.key("d", "y")
	if _, err := s.Get(ctx, first.ID); err == nil {
		t.Fatal("y did not remove the article")
	}
	if d.m.list.total != 1 || d.m.reader.entry == nil || d.m.reader.entry.Article.ID == first.ID {
		t.Errorf("after removal: %d listed, reader on %+v", d.m.list.total, d.m.reader.entry)
	}
	if !strings.Contains(d.m.status, "removed “"+first.Title+"”") {
		t.Errorf("status %q", d.m.status)
	}
}
