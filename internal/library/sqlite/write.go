package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/library"
)

// The write path: an article, its extraction and what the reader keeps
// derived from it, in one transaction.

// Put stores e. The whole article, its quotes, speakers, sources and search
// entry are written in one transaction: a crash leaves the old version or
// the new one, never half of either.
func (s *Store) Put(ctx context.Context, e *library.Entry) (int64, library.PutStatus, error) {
	var id int64
	var status library.PutStatus
	err := s.tx(ctx, func(tx *txc) (err error) {
		id, status, err = s.put(ctx, tx, e)
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("storing %s: %w", e.Article.Path, err)
	}
	return id, status, nil
}

// PutAll stores every entry in one transaction: all of them, or none.
func (s *Store) PutAll(ctx context.Context, es []*library.Entry) ([]library.PutStatus, error) {
	out := make([]library.PutStatus, len(es))
	path := ""
	err := s.tx(ctx, func(tx *txc) error {
		for i, e := range es {
			path = e.Article.Path
			_, st, err := s.put(ctx, tx, e)
			if err != nil {
				return err
			}
			out[i] = st
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storing %s: %w", path, err)
	}
	return out, nil
}

func (s *Store) put(ctx context.Context, tx *txc, e *library.Entry) (id int64, status library.PutStatus, err error) {
	e = e.WithCleanNames()
	a := &e.Article
	if a.Path == "" {
		return 0, 0, errors.New("article has no path")
	}
	status = library.New
	err = func() error {
		var hash, extractor string
		err := tx.QueryRowContext(ctx, `SELECT id, hash, extractor FROM articles WHERE path = ?`, a.Path).Scan(&id, &hash, &extractor)
		switch {
		case err == nil && hash == a.Hash && extractor == e.Extractor && !e.Force:
			status = library.Unchanged
			return nil
		case err == nil:
			status = library.Updated
		case errors.Is(err, sql.ErrNoRows):
			// The same text under another name (a copy, a re-fetched feed
			// entry) is the same article. "+extractor": by the hash index,
			// not the extractor's, which holds nearly every article.
			err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ? AND +extractor = ?`, a.Hash, e.Extractor).Scan(&id)
			if err == nil {
				status = library.Unchanged
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		default:
			return err
		}
		added := e.Added
		if added.IsZero() {
			added = time.Now()
		}
		var replaced []int64
		if status == library.Updated {
			if replaced, err = speakersOf(ctx, tx, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET url=?, title=?, outlet=?, outlet_key=?, author=?,
				published=?, lang=?, body=?, hash=?, extractor=?, sort_time=?, direct_quotes=?, reported_quotes=? WHERE id=?`,
				a.URL, a.Title, a.Outlet, library.Key(a.Outlet), a.Author, unix(a.Published), e.Lang(), a.Body, a.Hash, e.Extractor,
				sortTime(a.Published, added), e.DirectQuotes(), e.ReportedQuotes(), id); err != nil {
				return err
			}
			if err := untally(ctx, tx, id); err != nil {
				return err
			}
			for _, t := range []string{"quotes", "sources", "article_speakers"} {
				if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE article_id = ?`, id); err != nil {
					return err
				}
			}
			if err := tx.unsearch(ctx, id); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `INSERT INTO articles(path, url, title, outlet, outlet_key, author, published, lang, body, hash, extractor, added, sort_time, direct_quotes, reported_quotes)
				VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
				a.Path, a.URL, a.Title, a.Outlet, library.Key(a.Outlet), a.Author, unix(a.Published), e.Lang(), a.Body, a.Hash, e.Extractor, added.Unix(),
				sortTime(a.Published, added), e.DirectQuotes(), e.ReportedQuotes())
			if err != nil {
				return err
			}
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		}
		e.Added = added // the quotes keep their article's sort_time
		return s.writeResult(ctx, tx, id, e, replaced)
	}()
	return id, status, err
}

func sortTime(published, added time.Time) int64 {
	if !published.IsZero() {
		return published.Unix()
	}
	return added.Unix()
}

// writeResult writes e's extraction under article id. replaced lists the
// speakers of the version it replaces, whose descriptions may have gone.
func (s *Store) writeResult(ctx context.Context, tx *txc, id int64, e *library.Entry, replaced []int64) (err error) {
	ids := map[string]int64{}
	canonical := func(name string) string {
		if name == "" {
			return ""
		}
		return s.aliases.Canonical(name)
	}
	speakerID := func(name string) (any, error) {
		if name == "" {
			return nil, nil
		}
		canon := s.aliases.Canonical(name)
		key := library.Key(canon)
		if v, ok := ids[key]; ok {
			return v, nil
		}
		// The speaker stored under this key, else under its spelling
		// ("Vladimir Poutine" for "Vladimir Putin"), else a new one.
		var v int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE key = ?`, key).Scan(&v)
		spelling := s.aliases.Spelling(canon)
		if errors.Is(err, sql.ErrNoRows) && spelling != "" {
			err = tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE spelling = ? ORDER BY id LIMIT 1`, spelling).Scan(&v)
		}
		if errors.Is(err, sql.ErrNoRows) {
			var res sql.Result
			if res, err = tx.ExecContext(ctx, `INSERT INTO speakers(key, name, spelling) VALUES (?, ?, ?)`, key, canon, spelling); err == nil {
				v, err = res.LastInsertId()
			}
		}
		if err != nil {
			return nil, err
		}
		ids[key] = v
		return v, nil
	}
	phrases, err := phrasesOf(ctx, tx, e.Result.Quotes, canonical)
	if err != nil {
		return err
	}
	var quoteText strings.Builder
	for i, q := range e.Result.Quotes {
		sid, err := speakerID(q.Speaker)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes(article_id, seq, speaker_id, speaker, mention, description, cue, kind, via, text, start, end, rule, resolved, phrase_id, phrase_time)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, id, i, sid, q.Speaker, q.Mention, q.Description, q.Cue, string(q.Kind), q.Via, q.Text, q.Start, q.End,
			q.Rule, q.Resolved, phrases[i], sortTime(e.Article.Published, e.Added)); err != nil {
			return err
		}
		quoteText.WriteString(q.Text)
		quoteText.WriteByte('\n')
	}
	tallied := map[int64]bool{}
	defer func() {
		if err == nil {
			err = describe(ctx, tx, tallied, replaced)
		}
	}()
	for i, sp := range e.Result.Speakers {
		sid, err := speakerID(sp.Name)
		if err != nil {
			return err
		}
		mentions, _ := json.Marshal(sp.Mentions)
		if sid != nil {
			// Two names of one speaker (aliases) count the article once.
			first := !tallied[sid.(int64)]
			tallied[sid.(int64)] = true
			inc := 0
			if first {
				inc = 1
			}
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET quotes = quotes + ?, articles = articles + ? WHERE id = ?`, sp.Quotes, inc, sid); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_speakers(article_id, seq, speaker_id, name, mentions, description, quotes)
			VALUES (?,?,?,?,?,?,?)`, id, i, sid, sp.Name, string(mentions), sp.Description, sp.Quotes); err != nil {
			return err
		}
	}
	for i, src := range e.Result.Sources {
		if _, err := tx.ExecContext(ctx, `INSERT INTO sources(article_id, seq, name, key, mention, start, end, rule, mentions) VALUES (?,?,?,?,?,?,?,?,?)`,
			id, i, src.Name, library.Key(src.Name), src.Mention, src.Start, src.End, src.Rule, library.SourceMentionsJSON(src)); err != nil {
			return err
		}
	}
	tx.search(id, e.Article.Title, e.Article.Body, quoteText.String())
	return nil
}

// describe brings up to date the description kept with each speaker of an
// article just written (ids) and of the version it replaced (replaced).
func describe(ctx context.Context, tx *txc, ids map[int64]bool, replaced []int64) error {
	all := append([]int64(nil), replaced...)
	for id := range ids {
		all = append(all, id)
	}
	if len(all) == 0 {
		return nil
	}
	list, _ := json.Marshal(all)
	_, err := tx.ExecContext(ctx, describeSQL, string(list))
	return err
}

// speakersOf lists the speakers of article id.
func speakersOf(ctx context.Context, tx *txc, id int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT speaker_id FROM article_speakers WHERE article_id = ? AND speaker_id IS NOT NULL`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
