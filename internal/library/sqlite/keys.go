package sqlite

import (
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// A library names a few hundred outlets and cited sources across hundreds
// of thousands of rows. A fuzzy qualifier (outlet:ostwick, source:agence)
// is matched against each distinct key once, found by one index seek per
// key (a skip scan SQLite does not make on its own), and the rows of the
// keys matched are then read by index, rather than matching every row.
const (
	outletKeys = `WITH RECURSIVE k(v) AS (SELECT min(outlet_key) FROM articles
		UNION ALL SELECT (SELECT min(outlet_key) FROM articles WHERE outlet_key > k.v) FROM k WHERE k.v IS NOT NULL)
		SELECT v FROM k WHERE v LIKE ? ESCAPE '\'`
	sourceKeys = `WITH RECURSIVE k(v) AS (SELECT min(key) FROM sources
		UNION ALL SELECT (SELECT min(key) FROM sources WHERE key > k.v) FROM k WHERE k.v IS NOT NULL)
		SELECT v FROM k WHERE v LIKE ? ESCAPE '\'`
)

// sourceLike is the LIKE pattern of a source: its canonical name's key when
// it is a known alias ("wsj"), else its own.
func sourceLike(name string) string {
	key := library.Key(name)
	if canon, ok := attrib.CanonicalOutlet(name); ok {
		key = library.Key(canon)
	}
	return like(key)
}
