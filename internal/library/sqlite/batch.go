package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/dixit-news/dixit/internal/library"
)

// What a batch of articles looks up is looked up for the whole batch at
// once, before its first row is written: a statement costs tens of
// microseconds of the single writer's time whatever it does, and looking up
// each article's path and hash, and each new speaker name, one statement at
// a time was a fifth of an ingest. The transaction's write lock keeps what
// was read valid until it ends; what the batch itself writes is added as it
// goes (stored, noteSpeaker), so that a later article of the batch sees an
// earlier one as it would in the library.

// stored is an article as the batch's look-ahead found it.
type stored struct {
	id              int64
	hash, extractor string
}

// batch is the look-ahead of one transaction. A nil batch (one article
// stored alone) looks everything up as it goes.
type batch struct {
	paths  map[string]stored // by path; absent: no article there
	hashes map[string]int64  // textKey → the first such article
	// Speakers by key and by spelling; 0: looked up, none stored.
	keys      map[string]int64
	spellings map[string]int64
}

// lookAhead reads what the batch ps will look up: the articles at its
// paths or with its texts, and the speakers its names stand for.
func (s *Store) lookAhead(ctx context.Context, tx *txc, ps []*prepared) (*batch, error) {
	b := &batch{paths: map[string]stored{}, hashes: map[string]int64{}, keys: map[string]int64{}, spellings: map[string]int64{}}
	var paths, hashes, keys, spellings []string
	named := map[string]bool{} // names recur: each worked out once
	for _, p := range ps {
		paths = append(paths, p.e.Article.Path)
		hashes = append(hashes, p.e.Article.Hash)
		for _, name := range p.names() {
			if named[name] {
				continue
			}
			named[name] = true
			canon := s.aliases.Canonical(name)
			k := library.Key(canon)
			if _, ok := b.keys[k]; !ok {
				b.keys[k] = 0
				keys = append(keys, k)
			}
			if sp := s.aliases.Spelling(canon); sp != "" {
				if _, ok := b.spellings[sp]; !ok {
					b.spellings[sp] = 0
					spellings = append(spellings, sp)
				}
			}
		}
	}
	err := each(ctx, tx, `SELECT path, id, hash, extractor FROM articles WHERE path IN (SELECT value FROM json_each(?))`, paths, func(scan func(...any) error) error {
		var path string
		var a stored
		if err := scan(&path, &a.id, &a.hash, &a.extractor); err != nil {
			return err
		}
		b.paths[path] = a
		return nil
	})
	if err == nil {
		// The smallest id of each hash and extractor, as the lookup one
		// article at a time finds it (the hash index lists them by id).
		err = each(ctx, tx, `SELECT hash, extractor, min(id) FROM articles WHERE hash IN (SELECT value FROM json_each(?)) GROUP BY hash, extractor`, hashes, func(scan func(...any) error) error {
			var hash, extractor string
			var id int64
			if err := scan(&hash, &extractor, &id); err != nil {
				return err
			}
			b.hashes[textKey(hash, extractor)] = id
			return nil
		})
	}
	if err == nil {
		err = each(ctx, tx, `SELECT key, id FROM speakers WHERE key IN (SELECT value FROM json_each(?))`, keys, func(scan func(...any) error) error {
			var k string
			var id int64
			if err := scan(&k, &id); err != nil {
				return err
			}
			b.keys[k] = id
			return nil
		})
	}
	if err == nil {
		err = each(ctx, tx, `SELECT spelling, min(id) FROM speakers WHERE spelling IN (SELECT value FROM json_each(?)) AND spelling <> '' GROUP BY spelling`, spellings, func(scan func(...any) error) error {
			var sp string
			var id int64
			if err := scan(&sp, &id); err != nil {
				return err
			}
			b.spellings[sp] = id
			return nil
		})
	}
	if err != nil {
		return nil, err
	}
	return b, nil
}

// each runs query with list as its one argument (a JSON array) and calls
// fn on each row.
func each(ctx context.Context, tx *txc, query string, list []string, fn func(scan func(...any) error) error) error {
	if len(list) == 0 {
		return nil
	}
	arg, _ := json.Marshal(list)
	rows, err := tx.QueryContext(ctx, query, string(arg))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// names lists the speaker names the entry credits, quotes' and speakers'.
func (p *prepared) names() []string {
	var out []string
	for _, q := range p.e.Result.Quotes {
		if q.Speaker != "" {
			out = append(out, q.Speaker)
		}
	}
	for _, sp := range p.e.Result.Speakers {
		if sp.Name != "" {
			out = append(out, sp.Name)
		}
	}
	return out
}

// article is the stored article at path, as the batch knows it; ok is false
// when the batch does not know (no look-ahead).
func (b *batch) article(path string) (a stored, found, ok bool) {
	if b == nil {
		return stored{}, false, false
	}
	a, found = b.paths[path]
	return a, found, true
}

// sameText is the first stored article with this hash and extractor.
func (b *batch) sameText(hash, extractor string) (id int64, found, ok bool) {
	if b == nil {
		return 0, false, false
	}
	id, known := b.hashes[textKey(hash, extractor)]
	if known && id < 0 {
		return 0, false, false // an article the batch changed: ask the library
	}
	return id, id > 0, true
}

// wrote records an article the batch stored; was is the article as it was
// stored before, if it was.
func (b *batch) wrote(path string, a stored, was *stored) {
	if b == nil {
		return
	}
	if was != nil {
		b.hashes[textKey(was.hash, was.extractor)] = -1
	}
	b.paths[path] = a
	k := textKey(a.hash, a.extractor)
	if id, known := b.hashes[k]; !known || id == 0 || (id > 0 && a.id < id) {
		b.hashes[k] = a.id
	}
}

// speaker is the id of the speaker stored under key, as the batch looked it
// up, or as lookup finds it where the batch did not look (sql.ErrNoRows:
// none).
func (b *batch) speaker(key string, lookup func() (int64, error)) (int64, error) {
	if b == nil {
		return lookup()
	}
	return known(b.keys, key, lookup)
}

// spelling is the first speaker stored with this spelling key.
func (b *batch) spelling(sp string, lookup func() (int64, error)) (int64, error) {
	if b == nil {
		return lookup()
	}
	return known(b.spellings, sp, lookup)
}

func known(m map[string]int64, k string, lookup func() (int64, error)) (int64, error) {
	id, ok := m[k]
	if !ok {
		return lookup()
	}
	if id == 0 {
		return 0, sql.ErrNoRows
	}
	return id, nil
}

// newSpeaker records a speaker the batch stored.
func (b *batch) newSpeaker(key, spelling string, id int64) {
	if b == nil {
		return
	}
	b.keys[key] = id
	if spelling != "" && b.spellings[spelling] == 0 {
		b.spellings[spelling] = id
	}
}

// textKey is what the batch knows an article's text by: the same text,
// extracted by the same rules, is the same article.
func textKey(hash, extractor string) string { return hash + "\x00" + extractor }

// surelyNew reports, for each of ps in turn, whether put will store it as
// a new article: no stored article has its path or its text (as the
// look-ahead found them, before the batch wrote anything), and no earlier
// entry of ps has either. Any other may be unchanged, or replace one.
func (b *batch) surelyNew(ps []*prepared) []bool {
	out := make([]bool, len(ps))
	paths, texts := map[string]bool{}, map[string]bool{}
	for i, p := range ps {
		a := p.e.Article
		text := textKey(a.Hash, p.e.Extractor)
		_, stored := b.paths[a.Path]
		_, same := b.hashes[text]
		out[i] = a.Path != "" && !stored && !same && !paths[a.Path] && !texts[text]
		paths[a.Path], texts[text] = true, true
	}
	return out
}
