package postgres

// The write path: storing an article's extraction and keeping the
// speakers' totals right under concurrent writers.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Put stores e: the article, its quotes, speakers, sources and words, in one
// transaction.
func (s *Store) Put(ctx context.Context, e *library.Entry) (int64, library.PutStatus, error) {
	e = e.WithCleanNames()
	a := &e.Article
	if a.Path == "" {
		return 0, 0, errors.New("article has no path")
	}
	var id int64
	var status library.PutStatus
	err := s.tx(ctx, func(tx pgx.Tx) (err error) {
		id, status, err = s.put(ctx, tx, e)
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("storing %s: %w", a.Path, err)
	}
	return id, status, nil
}

func (s *Store) put(ctx context.Context, tx pgx.Tx, e *library.Entry) (int64, library.PutStatus, error) {
	a := &e.Article
	added := e.Added
	if added.IsZero() {
		added = time.Now()
	}
	search, searchArg := s.searchExpr(e)
	for attempt := 0; ; attempt++ {
		// The article under this path, and the one with this text: the
		// rows are locked, so a concurrent Put of either waits for us.
		// Two lookups, each by its unique index (an OR of both could be
		// planned as a scan when the statement is first prepared on an
		// empty library, and kept).
		var atPath, atHash struct {
			id              int64
			hash, extractor string
		}
		b := &pgx.Batch{}
		b.Queue(`SELECT id, hash, extractor FROM articles WHERE path = $1 FOR UPDATE`, a.Path).QueryRow(func(row pgx.Row) error {
			err := row.Scan(&atPath.id, &atPath.hash, &atPath.extractor)
			if errors.Is(err, pgx.ErrNoRows) {
				return nil
			}
			return err
		})
		b.Queue(`SELECT id FROM articles WHERE hash = $1 FOR UPDATE`, a.Hash).QueryRow(func(row pgx.Row) error {
			err := row.Scan(&atHash.id)
			if errors.Is(err, pgx.ErrNoRows) {
				return nil
			}
			return err
		})
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return 0, 0, err
		}
		switch {
		case atPath.id != 0 && atPath.hash == a.Hash && atPath.extractor == e.Extractor && !e.Force:
			return atPath.id, library.Unchanged, nil
		case atPath.id == 0 && atHash.id != 0, atHash.id != 0 && atHash.id != atPath.id:
			// The same text under another name (a copy, a re-fetched feed
			// entry) is the same article; so is an article edited into
			// the text of another.
			return atHash.id, library.Unchanged, nil
		case atPath.id != 0:
			id := atPath.id
			if _, err := tx.Exec(ctx, `UPDATE articles SET url = $1, title = $2, outlet = $3, outlet_key = $4, author = $5,
				published = $6, lang = $7, body = $8, hash = $9, extractor = $10, sort_time = $11, direct_quotes = $12, search = `+search+`,
				reported_quotes = $15 WHERE id = $14`,
				a.URL, a.Title, a.Outlet, library.Key(a.Outlet), a.Author, tstamp(a.Published), e.Lang(), a.Body, a.Hash, e.Extractor,
				sortTime(a.Published, added), e.DirectQuotes(), searchArg, id, e.ReportedQuotes()); err != nil {
				return 0, 0, err
			}
			return id, library.Updated, s.writeResult(ctx, tx, id, e, true, sortTime(a.Published, added))
		}
		var id int64
		err := tx.QueryRow(ctx, `INSERT INTO articles (path, url, title, outlet, outlet_key, author, published, lang, body, hash, extractor, added, sort_time, direct_quotes, reported_quotes, search)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $16, `+strings.ReplaceAll(search, "$13", "$15")+`)
			ON CONFLICT DO NOTHING RETURNING id`,
			a.Path, a.URL, a.Title, a.Outlet, library.Key(a.Outlet), a.Author, tstamp(a.Published), e.Lang(), a.Body, a.Hash, e.Extractor,
			stamp(added), sortTime(a.Published, added), e.DirectQuotes(), searchArg, e.ReportedQuotes()).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) && attempt < 3 {
			continue // another ingester stored it meanwhile: look again
		}
		if err != nil {
			return 0, 0, err
		}
		return id, library.New, s.writeResult(ctx, tx, id, e, false, sortTime(a.Published, added))
	}
}

// searchExpr is the SQL for the article's words ($13) and its argument.
func (s *Store) searchExpr(e *library.Entry) (string, any) {
	parts := make([]string, 0, 2+len(e.Result.Quotes))
	parts = append(parts, e.Article.Title, e.Article.Body)
	for _, q := range e.Result.Quotes {
		parts = append(parts, q.Text)
	}
	if s.fold == foldUnaccent {
		return `strip(to_tsvector('dixit_fold', $13))`, distinctChunks(parts)
	}
	return `array_to_tsvector($13::text[])`, library.SearchWords(strings.Join(parts, "\n"))
}

// distinctChunks is parts' text with each run of non-space characters once,
// in order of first appearance: the words the server indexes (stripped of
// positions and counts) are the same as the whole text's, since none spans
// a space, and parsing the whole text was most of the server's work for
// an article (a news article repeats most of its words; its quotes are in
// its body).
func distinctChunks(parts []string) string { return library.DistinctRuns(asciiSpace, parts...) }

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func stamp(t time.Time) time.Time { return time.Unix(t.Unix(), 0).UTC() }

// tstamp is NULL for an unknown time.
func tstamp(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return stamp(t)
}

func sortTime(published, added time.Time) time.Time {
	if !published.IsZero() {
		return stamp(published)
	}
	return stamp(added)
}

// speakerTally is what one article adds to a speaker's totals.
type speakerTally struct {
	quotes, articles int
}

// writeResult writes the extraction of article id; replace first takes the
// previous one out (rows and speaker totals). sortAt is the article's
// sort_time, which its quotes keep for the trail.
func (s *Store) writeResult(ctx context.Context, tx pgx.Tx, id int64, e *library.Entry, replace bool, sortAt time.Time) error {
	names := map[string]string{} // speaker key → name
	redirects, err := s.spellings(ctx, tx, []*library.Entry{e})
	if err != nil {
		return err
	}
	redirect := redirects[0]
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
	delta := map[string]speakerTally{}
	if replace {
		old, err := s.articleTallies(ctx, tx, id)
		if err != nil {
			return err
		}
		for k, t := range old {
			names[k] = t.name
			delta[k] = speakerTally{-t.quotes, -1}
		}
		b := &pgx.Batch{}
		for _, t := range []string{"quotes", "sources", "article_speakers"} {
			b.Queue(`DELETE FROM `+t+` WHERE article_id = $1`, id)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
	quoteKeys := make([]string, len(e.Result.Quotes))
	for i, q := range e.Result.Quotes {
		quoteKeys[i] = keyOf(q.Speaker)
	}
	spKeys := make([]string, len(e.Result.Speakers))
	seen := map[string]bool{}
	for i, sp := range e.Result.Speakers {
		k := keyOf(sp.Name)
		spKeys[i] = k
		if k == "" {
			continue
		}
		d := delta[k]
		d.quotes += sp.Quotes
		if !seen[k] {
			seen[k] = true
			d.articles++
		}
		delta[k] = d
	}
	ids, err := s.lockSpeakers(ctx, tx, names)
	if err != nil {
		return err
	}

	b := &pgx.Batch{}
	// One update per speaker, by primary key: a join with the list would
	// be planned on an empty library as a scan of every speaker, and kept.
	for k, d := range delta {
		if d != (speakerTally{}) {
			b.Queue(`UPDATE speakers SET quotes = quotes + $1, articles = articles + $2 WHERE id = $3`, d.quotes, d.articles, ids[k])
		}
	}
	phrases, err := s.phrases(ctx, tx, nil, e.Result.Quotes)
	if err != nil {
		return err
	}
	if n := len(e.Result.Quotes); n > 0 {
		seq, sid := make([]int32, n), make([]*int64, n)
		var speaker, mention, desc, cue, kind, via, txt, rule, resolved []string
		start, end := make([]int32, n), make([]int32, n)
		for i, q := range e.Result.Quotes {
			seq[i], start[i], end[i] = int32(i), int32(q.Start), int32(q.End)
			if k := quoteKeys[i]; k != "" {
				v := ids[k]
				sid[i] = &v
			}
			speaker, mention, desc, cue = append(speaker, q.Speaker), append(mention, q.Mention), append(desc, q.Description), append(cue, q.Cue)
			kind, via, txt = append(kind, string(q.Kind)), append(via, q.Via), append(txt, q.Text)
			rule, resolved = append(rule, q.Rule), append(resolved, q.Resolved)
		}
		b.Queue(`INSERT INTO quotes (article_id, seq, speaker_id, speaker, mention, description, cue, kind, via, text, start_pos, end_pos, rule, resolved, phrase_id, phrase_time)
			SELECT $1, *, $16::timestamptz FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::int[],
				$13::text[], $14::text[], $15::bigint[])`,
			id, seq, sid, speaker, mention, desc, cue, kind, via, txt, start, end, rule, resolved, phrases, sortAt)
	}
	if n := len(e.Result.Speakers); n > 0 {
		seq, sid, nq := make([]int32, n), make([]*int64, n), make([]int32, n)
		var name, mentions, desc []string
		for i, sp := range e.Result.Speakers {
			seq[i], nq[i] = int32(i), int32(sp.Quotes)
			if k := spKeys[i]; k != "" {
				v := ids[k]
				sid[i] = &v
			}
			m, _ := json.Marshal(sp.Mentions)
			name, mentions, desc = append(name, sp.Name), append(mentions, string(m)), append(desc, sp.Description)
		}
		b.Queue(`INSERT INTO article_speakers (article_id, seq, speaker_id, name, mentions, description, quotes)
			SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::int[])`,
			id, seq, sid, name, mentions, desc, nq)
	}
	if n := len(e.Result.Sources); n > 0 {
		seq, start, end := make([]int32, n), make([]int32, n), make([]int32, n)
		var name, key, mention, rule, mentions []string
		for i, src := range e.Result.Sources {
			seq[i], start[i], end[i] = int32(i), int32(src.Start), int32(src.End)
			name, key, mention = append(name, src.Name), append(key, library.Key(src.Name)), append(mention, src.Mention)
			rule, mentions = append(rule, src.Rule), append(mentions, library.SourceMentionsJSON(src))
		}
		b.Queue(`INSERT INTO sources (article_id, seq, name, key, mention, start_pos, end_pos, rule, mentions)
			SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[])`,
			id, seq, name, key, mention, start, end, rule, mentions)
	}
	if len(ids) > 0 {
		all := make([]int64, 0, len(ids))
		for _, v := range ids {
			all = append(all, v)
		}
		b.Queue(describeSQL, all)
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, b).Close()
}

type oldTally struct {
	name   string
	quotes int
}

// articleTallies returns what article id adds to each of its speakers'
// totals, by speaker key.
func (s *Store) articleTallies(ctx context.Context, tx pgx.Tx, id int64) (map[string]oldTally, error) {
	rows, err := tx.Query(ctx, `SELECT sp.key, sp.name, sum(ax.quotes) FROM article_speakers ax JOIN speakers sp ON sp.id = ax.speaker_id
		WHERE ax.article_id = $1 GROUP BY sp.key, sp.name`, id)
	if err != nil {
		return nil, err
	}
	out := map[string]oldTally{}
	for rows.Next() {
		var k string
		var t oldTally
		if err := rows.Scan(&k, &t.name, &t.quotes); err != nil {
			rows.Close()
			return nil, err
		}
		out[k] = t
	}
	rows.Close()
	return out, rows.Err()
}

// lockSpeakers creates the speakers missing among names (key → name) and
// locks all of them, in key order so that two transactions never wait for
// each other in a circle. It returns their ids by key.
func (s *Store) lockSpeakers(ctx context.Context, tx pgx.Tx, names map[string]string) (map[string]int64, error) {
	ids := map[string]int64{}
	if len(names) == 0 {
		return ids, nil
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys) // byte order, as COLLATE "C"
	vals, genders := make([]string, len(keys)), make([]string, len(keys))
	for i, k := range keys {
		vals[i], genders[i] = names[k], attrib.GivenNameGender(names[k])
	}
	b := &pgx.Batch{}
	spellings := make([]string, len(keys))
	for i := range keys {
		spellings[i] = s.aliases.Spelling(vals[i])
	}
	b.Queue(`INSERT INTO speakers (key, name, gender, spelling) SELECT k, n, g, sp FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
		WITH ORDINALITY AS t (k, n, g, sp, o) ORDER BY o ON CONFLICT (key) DO NOTHING`, keys, vals, genders, spellings)
	b.Queue(`SELECT id, key FROM speakers WHERE key = ANY($1) ORDER BY key COLLATE "C" FOR UPDATE`, keys)
	br := tx.SendBatch(ctx, b)
	defer br.Close()
	if _, err := br.Exec(); err != nil {
		return nil, err
	}
	rows, err := br.Query()
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var k string
		if err := rows.Scan(&id, &k); err != nil {
			rows.Close()
			return nil, err
		}
		ids[k] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ids) != len(keys) {
		// A speaker deleted between our insert and our lock: start over.
		return nil, &pgconn.PgError{Code: "40001", Message: "speaker removed concurrently"}
	}
	return ids, br.Close()
}
