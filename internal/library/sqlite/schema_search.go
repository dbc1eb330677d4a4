package sqlite

import "fmt"

// The full-text index is keyed by each article's place in the list's
// order, not by its id: FTS5 returns its matches in rowid order and stops
// when asked, so the newest page of a search that matches most of the
// library ("tr", typed on the way to "tram") is read from the first
// matches, where a set of every match was built and walked before
// (60-200 ms at 100,000 articles). The key is the sort time, clamped to
// ±2^34 s (AD 1425 to 2514), times 2^28, plus the id: ids stay below
// 2^28, and a search returns keys in (sort_time, id) order, as the list
// sorts.
const (
	searchIDBits = 28
	searchIDMask = 1<<searchIDBits - 1
	searchTimeLo = -(1 << 34)
	searchTimeHi = 1<<34 - 1
)

// searchKey is the full-text key of an article.
func searchKey(id, sortTime int64) (int64, error) {
	if id <= 0 || id > searchIDMask {
		return 0, fmt.Errorf("article id %d: the search index keys ids below %d", id, searchIDMask+1)
	}
	return min(max(sortTime, searchTimeLo), searchTimeHi)<<searchIDBits | id, nil
}

// searchKeySQL is searchKey in SQL over an articles table named a.
var searchKeySQL = fmt.Sprintf("(max(%d, min(%d, %%[1]s.sort_time)) * %d + %%[1]s.id)", searchTimeLo, searchTimeHi, 1<<searchIDBits)

// searchID is the article id of a full-text key in SQL.
var searchID = fmt.Sprintf("(%%s & %d)", searchIDMask)

// migrationSearchKey (11) rebuilds the full-text index under the new keys
// from the articles and their quotes (the index keeps no copy of the text
// to move). A quote's order in its article is not kept: the index holds
// words, not their positions (detail = none). search_terms lists the
// index's words, for prefixes (see expandPrefix). The articles of a source
// or a speaker are read from their key's index alone, without a lookup of
// each row, and an article's speakers and sources from its id alone; the
// date index holds each article's outlet and language, which a walk tests
// without reading the article.
var migrationSearchKey = `
CREATE VIRTUAL TABLE search_key USING fts5(title, body, quotes, tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3', content = '', contentless_delete = 1, detail = none);
INSERT INTO search_key(rowid, title, body, quotes)
	SELECT ` + fmt.Sprintf(searchKeySQL, "a") + `, a.title, a.body,
		coalesce((SELECT group_concat(q.text, char(10)) FROM quotes q WHERE q.article_id = a.id), '')
	FROM articles a;
DROP TABLE search;
ALTER TABLE search_key RENAME TO search;
CREATE VIRTUAL TABLE search_terms USING fts5vocab('search', 'row');
CREATE INDEX sources_key_article ON sources(key, article_id);
DROP INDEX sources_key;
CREATE INDEX article_speakers_speaker_article ON article_speakers(speaker_id, article_id);
DROP INDEX article_speakers_speaker;
CREATE INDEX articles_walk ON articles(sort_time DESC, id DESC, outlet_key, lang);
DROP INDEX articles_sort;
CREATE INDEX article_speakers_article_speaker ON article_speakers(article_id, speaker_id);
CREATE INDEX sources_article_key ON sources(article_id, key);
`
