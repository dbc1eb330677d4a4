package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
)

// planBatch is a batch of generated wire copy holding, among articles the
// plan is certain of, each case it is not: an article stored before,
// unchanged (base[1]) and changed (base[5]); one the batch stores twice;
// the same text under another name. uncertain lists their places.
func planBatch() (base, batch []*library.Entry, uncertain []int) {
	base = librarytest.Generated(0, 200)
	batch = librarytest.Generated(200, 300)
	changed := *base[5]
	changed.Article.Hash += "-2"
	changed.Result.Quotes = batch[7].Result.Quotes
	twice := *batch[20]
	twice.Article.Hash += "-2"
	twice.Result.Quotes = append(batch[21].Result.Quotes[:1:1], batch[3].Result.Quotes...)
	copied := *batch[30]
	copied.Article.Path += "-copy"
	at := map[int]*library.Entry{40: base[1], 90: &changed, 150: &twice, 220: &copied}
	var out []*library.Entry
	for i, e := range batch {
		if x, ok := at[i]; ok {
			uncertain = append(uncertain, len(out))
			out = append(out, x)
		}
		out = append(out, e)
	}
	return base, out, uncertain
}

// trailDump prints every row of the trail: phrases with their marks and
// counts, band keys, and each quote's phrase, by article path.
func trailDump(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, hash, words, speaker, altered, quotes FROM phrases ORDER BY id`,
		`SELECT key, phrase_id FROM phrase_keys ORDER BY key, phrase_id`,
		`SELECT a.path, q.seq, coalesce(q.phrase_id, 0), q.phrase_time FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.path, q.seq`,
	} {
		rows, err := s.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

// TestPhrasePlanIsPlain: a batch whose phrases are worked out ahead of its
// writer (phrasePlan) stores the trail the same entries stored one at a
// time store, row for row, phrase ids and counts included; the plan runs
// ahead on the articles it is certain of, and waits for the writer on the
// others.
func TestPhrasePlanIsPlain(t *testing.T) {
	ctx := context.Background()
	base, batch, uncertain := planBatch()
	open := func() *Store {
		s, err := Open(ctx, filepath.Join(t.TempDir(), "lib.db"), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		for _, e := range base {
			if _, _, err := s.Put(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}
	one := open()
	for _, e := range batch {
		if _, _, err := one.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	var plans []*phrasePlan
	planHook = func(p *phrasePlan) { plans = append(plans, p) }
	defer func() { planHook = nil }()
	ahead := open()
	plans = nil
	var ps []library.Prepared
	for _, e := range batch {
		ps = append(ps, ahead.Prepare(e))
	}
	sts, err := ahead.PutPrepared(ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	if sts[uncertain[0]] != library.Unchanged || sts[uncertain[1]] != library.Updated || sts[uncertain[2]] != library.Updated || sts[uncertain[3]] != library.Unchanged {
		t.Errorf("statuses of the uncertain articles: %v", []library.PutStatus{sts[uncertain[0]], sts[uncertain[1]], sts[uncertain[2]], sts[uncertain[3]]})
	}
	if g, w := trailDump(t, ahead), trailDump(t, one); g != w {
		t.Errorf("the planned batch stored another trail than one article at a time:\n%s", firstDiff(g, w))
	}
	if len(plans) != 1 {
		t.Fatalf("%d plans for one batch", len(plans))
	}
	p := plans[0]
	var got []int
	for i, c := range p.certain {
		if !c {
			got = append(got, i)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(uncertain) {
		t.Errorf("uncertain articles %v, want %v", got, uncertain)
	}
	if p.early == 0 {
		t.Errorf("the plan never ran ahead of the writer")
	}
}

// TestPhrasePlanWrongGuessFailsTheBatch: were the plan to guess an article
// written that the writer leaves as it is, the batch fails and the library
// keeps what it held; ingest then stores the articles one by one.
func TestPhrasePlanWrongGuessFailsTheBatch(t *testing.T) {
	ctx := context.Background()
	base, batch, uncertain := planBatch()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "lib.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, e := range base {
		if _, _, err := s.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	before := trailDump(t, s)
	defer func() { planHook = nil }()
	// base[1], unchanged, guessed written: amid the batch, and last (where
	// no later article's answer can carry the error).
	last := append(batch[:len(batch):len(batch)], base[1])
	for _, c := range []struct {
		batch []*library.Entry
		at    int
	}{{batch, uncertain[0]}, {last, len(last) - 1}} {
		planHook = func(p *phrasePlan) { p.certain[c.at] = true }
		if _, err := s.PutAll(ctx, c.batch); err == nil || !strings.Contains(err.Error(), "planned as written") {
			t.Fatalf("a wrong guess at article %d of %d: %v", c.at+1, len(c.batch), err)
		}
		if after := trailDump(t, s); after != before {
			t.Errorf("the failed batch changed the trail:\n%s", firstDiff(after, before))
		}
	}
}

// firstDiff shows the first line where got and want part.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d: got %q, want %q", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}
