package postgres

// The batch write path: a batch of new articles in a handful of round
// trips (one insert of every article, one COPY per table of their
// extractions, one lock of their speakers) instead of four per article,
// which at 14 ms an article kept the server waiting on the client.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/jackc/pgx/v5"
)

// PutAll stores every entry in one transaction: all of them, or none.
func (s *Store) PutAll(ctx context.Context, es []*library.Entry) ([]library.PutStatus, error) {
	clean := make([]*library.Entry, len(es))
	for i, e := range es {
		clean[i] = e.WithCleanNames()
		if clean[i].Article.Path == "" {
			return nil, errors.New("storing: article has no path")
		}
	}
	var out []library.PutStatus
	path := ""
	err := s.tx(ctx, func(tx pgx.Tx) error {
		out = make([]library.PutStatus, len(clean)) // tx may run fn again
		rest, err := s.putNew(ctx, tx, clean, out)
		if err != nil {
			return err
		}
		// What the batch could not insert as new (stored already, or the
		// batch names a path or a text twice), one by one as Put does.
		for _, i := range rest {
			path = clean[i].Article.Path
			if _, out[i], err = s.put(ctx, tx, clean[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storing %s: %w", path, err)
	}
	return out, nil
}

// putNew inserts the entries of es that are new to the library (neither
// their path nor their text stored, each once in the batch) with their
// extractions, and sets their statuses in out. It returns the indexes of
// the others, in order.
func (s *Store) putNew(ctx context.Context, tx pgx.Tx, es []*library.Entry, out []library.PutStatus) ([]int, error) {
	paths, hashes := make([]string, len(es)), make([]string, len(es))
	count := map[string]int{}
	for i, e := range es {
		paths[i], hashes[i] = e.Article.Path, e.Article.Hash
		count["p"+paths[i]]++
		count["h"+hashes[i]]++
	}
	stored := map[string]bool{}
	b := &pgx.Batch{}
	// Locked, as Put locks them: a concurrent Put of one waits for us.
	for _, q := range []string{
		`SELECT 'p' || path FROM articles WHERE path = ANY($1) FOR UPDATE`,
		`SELECT 'h' || hash FROM articles WHERE hash = ANY($1) FOR UPDATE`,
	} {
		arg := paths
		if strings.Contains(q, "hash") {
			arg = hashes
		}
		b.Queue(q, arg).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var k string
				if err := rows.Scan(&k); err != nil {
					return err
				}
				stored[k] = true
			}
			return rows.Err()
		})
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, err
	}
	var rest, fresh []int
	for i := range es {
		p, h := "p"+paths[i], "h"+hashes[i]
		if stored[p] || stored[h] || count[p] > 1 || count[h] > 1 {
			rest = append(rest, i)
		} else {
			fresh = append(fresh, i)
		}
	}
	if len(fresh) == 0 {
		return rest, nil
	}
	ids, err := s.insertArticles(ctx, tx, es, fresh)
	if err != nil {
		return nil, err
	}
	var written []int
	for _, i := range fresh {
		if _, ok := ids[es[i].Article.Path]; ok {
			written = append(written, i)
			out[i] = library.New
		} else {
			rest = append(rest, i) // another ingester stored it meanwhile
		}
	}
	if err := s.writeResults(ctx, tx, es, written, ids); err != nil {
		return nil, err
	}
	return sortedInts(rest), nil
}

func sortedInts(v []int) []int {
	slices.Sort(v)
	return v
}

// inserted is an article insertArticles stored: its id, and the sort time
// its quotes keep for the trail.
type inserted struct {
	id       int64
	sortTime time.Time
}

// insertArticles inserts the articles es[i] for i in which, in one
// statement, and returns those inserted by path.
func (s *Store) insertArticles(ctx context.Context, tx pgx.Tx, es []*library.Entry, which []int) (map[string]inserted, error) {
	n := len(which)
	path, url, title, outlet, outletKey, author, lang := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	body, hash, extractor, search := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	published, added, sortT := make([]*time.Time, n), make([]time.Time, n), make([]time.Time, n)
	direct, reported := make([]int32, n), make([]int32, n)
	now := time.Now()
	for k, i := range which {
		e := es[i]
		a := &e.Article
		ad := e.Added
		if ad.IsZero() {
			ad = now
		}
		path[k], url[k], title[k], outlet[k], outletKey[k], author[k], lang[k] = a.Path, a.URL, a.Title, a.Outlet, library.Key(a.Outlet), a.Author, e.Lang()
		body[k], hash[k], extractor[k] = a.Body, a.Hash, e.Extractor
		if !a.Published.IsZero() {
			p := stamp(a.Published)
			published[k] = &p
		}
		added[k], sortT[k] = stamp(ad), sortTime(a.Published, ad)
		direct[k], reported[k] = int32(e.DirectQuotes()), int32(e.ReportedQuotes())
		_, arg := s.searchExpr(e)
		if words, ok := arg.([]string); ok {
			arg = strings.Join(words, " ") // words never hold a space
		}
		search[k] = arg.(string)
	}
	expr := `strip(to_tsvector('dixit_fold', t.search))`
	if s.fold != foldUnaccent {
		expr = `array_to_tsvector(string_to_array(t.search, ' '))`
	}
	rows, err := tx.Query(ctx, `INSERT INTO articles (path, url, title, outlet, outlet_key, author, published, lang, body, hash, extractor, added, sort_time, direct_quotes, reported_quotes, search)
		SELECT t.path, t.url, t.title, t.outlet, t.outlet_key, t.author, t.published, t.lang, t.body, t.hash, t.extractor, t.added, t.sort_time, t.direct_quotes, t.reported_quotes, `+expr+`
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::text[], $10::text[], $11::text[],
			$12::timestamptz[], $13::timestamptz[], $14::int[], $15::int[], $16::text[])
			AS t (path, url, title, outlet, outlet_key, author, published, lang, body, hash, extractor, added, sort_time, direct_quotes, reported_quotes, search)
		ON CONFLICT DO NOTHING RETURNING id, path, sort_time`,
		path, url, title, outlet, outletKey, author, published, lang, body, hash, extractor, added, sortT, direct, reported, search)
	if err != nil {
		return nil, err
	}
	ids := map[string]inserted{}
	for rows.Next() {
		var in inserted
		var p string
		if err := rows.Scan(&in.id, &p, &in.sortTime); err != nil {
			rows.Close()
			return nil, err
		}
		ids[p] = in
	}
	rows.Close()
	return ids, rows.Err()
}

// writeResults writes the extractions of the new articles es[i] for i in
// which (ids by path): their speakers created and locked at once, their
// rows copied, each speaker's totals updated once.
func (s *Store) writeResults(ctx context.Context, tx pgx.Tx, es []*library.Entry, which []int, ids map[string]inserted) error {
	if len(which) == 0 {
		return nil
	}
	names := map[string]string{} // speaker key → name
	written := make([]*library.Entry, len(which))
	for k, i := range which {
		written[k] = es[i]
	}
	redirects, err := s.spellings(ctx, tx, written)
	if err != nil {
		return err
	}
	var redirect map[string][2]string // the entry's
	keyOf := func(name string) string {
		if name == "" {
			return ""
		}
		canon := s.aliases.Canonical(name)
		k := library.Key(canon)
		if r, ok := redirect[k]; ok {
			k, canon = r[0], r[1]
		}
		if _, ok := names[k]; !ok {
			names[k] = canon
		}
		return k
	}
	type keyed struct{ quotes, speakers []string }
	keys := make([]keyed, len(which))
	delta := map[string]speakerTally{}
	for k, i := range which {
		e := es[i]
		redirect = redirects[k]
		for _, q := range e.Result.Quotes {
			keys[k].quotes = append(keys[k].quotes, keyOf(q.Speaker))
		}
		seen := map[string]bool{}
		for _, sp := range e.Result.Speakers {
			key := keyOf(sp.Name)
			keys[k].speakers = append(keys[k].speakers, key)
			if key == "" {
				continue
			}
			d := delta[key]
			d.quotes += sp.Quotes
			if !seen[key] {
				seen[key] = true
				d.articles++
			}
			delta[key] = d
		}
	}
	sids, err := s.lockSpeakers(ctx, tx, names)
	if err != nil {
		return err
	}
	sid := func(key string) any {
		if key == "" {
			return nil
		}
		return sids[key]
	}
	var quotes, speakers, sources [][]any
	var pc library.PhraseCache
	for k, i := range which {
		e := es[i]
		id, at := ids[e.Article.Path].id, ids[e.Article.Path].sortTime
		// Each quote's phrase of the trail, looked up article by article:
		// an article's phrases may match the one before it. The batch's
		// phrases are read once (pc).
		phrases, err := s.phrases(ctx, tx, &pc, e.Result.Quotes)
		if err != nil {
			return err
		}
		for j, q := range e.Result.Quotes {
			quotes = append(quotes, []any{id, int32(j), sid(keys[k].quotes[j]), q.Speaker, q.Mention, q.Description, q.Cue, string(q.Kind), q.Via, q.Text,
				int32(q.Start), int32(q.End), q.Rule, q.Resolved, phrases[j], at})
		}
		for j, sp := range e.Result.Speakers {
			m, _ := json.Marshal(sp.Mentions)
			speakers = append(speakers, []any{id, int32(j), sid(keys[k].speakers[j]), sp.Name, string(m), sp.Description, int32(sp.Quotes)})
		}
		for j, src := range e.Result.Sources {
			sources = append(sources, []any{id, int32(j), src.Name, library.Key(src.Name), src.Mention, int32(src.Start), int32(src.End), src.Rule,
				library.SourceMentionsJSON(src)})
		}
	}
	for _, c := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"quotes", []string{"article_id", "seq", "speaker_id", "speaker", "mention", "description", "cue", "kind", "via", "text", "start_pos", "end_pos", "rule", "resolved",
			"phrase_id", "phrase_time"}, quotes},
		{"article_speakers", []string{"article_id", "seq", "speaker_id", "name", "mentions", "description", "quotes"}, speakers},
		{"sources", []string{"article_id", "seq", "name", "key", "mention", "start_pos", "end_pos", "rule", "mentions"}, sources},
	} {
		if len(c.rows) == 0 {
			continue
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{c.table}, c.cols, pgx.CopyFromRows(c.rows)); err != nil {
			return err
		}
	}
	b := &pgx.Batch{}
	// One update per speaker, by primary key, as writeResult does.
	for k, d := range delta {
		if d != (speakerTally{}) {
			b.Queue(`UPDATE speakers SET quotes = quotes + $1, articles = articles + $2 WHERE id = $3`, d.quotes, d.articles, sids[k])
		}
	}
	if len(sids) > 0 {
		all := make([]int64, 0, len(sids))
		for _, v := range sids {
			all = append(all, v)
		}
		b.Queue(describeSQL, all)
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, b).Close()
}
