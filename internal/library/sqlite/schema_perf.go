package sqlite

// migrationPerf (issue 15) indexes what opening a library and the speaker
// view ask for: without it, finding the articles extracted by older rules
// read every article's row, body included, on every open.
//
// The speaker view reads each speaker's description from the speaker, kept
// up to date by every write (describe), instead of one lookup per speaker
// among its articles; a partial index finds a described article of a
// speaker in one step when a write needs it, and the ranking index gives
// the view's order without a sort.
//
// The full-text index keeps no copy of the text (contentless: the bodies
// are in articles), no word positions (detail=none: the search matches
// words, never phrases), and prefix indexes of 2 and 3 letters only, the
// prefixes that match too many words to be merged quickly as typed;
// longer ones are read from the word index itself. At 10,000 generated
// articles it is 5 MB where it was 123 MB (see the commit message).
const migrationPerf = `
CREATE INDEX articles_extractor ON articles(extractor);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(outlet_key);
CREATE INDEX article_speakers_described ON article_speakers(speaker_id) WHERE description <> '';
ALTER TABLE speakers ADD COLUMN description TEXT NOT NULL DEFAULT '';
UPDATE speakers SET description = COALESCE((SELECT ax.description FROM article_speakers ax
	WHERE ax.speaker_id = speakers.id AND ax.description <> '' LIMIT 1), '');
DROP INDEX speakers_quotes;
CREATE INDEX speakers_rank ON speakers(quotes DESC, name) WHERE quotes > 0;
CREATE VIRTUAL TABLE search_perf USING fts5(title, body, quotes, tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3', content = '', contentless_delete = 1, detail = none);
INSERT INTO search_perf(rowid, title, body, quotes) SELECT rowid, title, body, quotes FROM search;
DROP TABLE search;
ALTER TABLE search_perf RENAME TO search;
`

// describeSQL sets the description of the speakers whose ids it is given
// (as a JSON array) from one of their articles that has one. Only the
// speakers an article touches are looked at, each through the partial
// index.
const describeSQL = `UPDATE speakers SET description = COALESCE((SELECT ax.description FROM article_speakers ax
	WHERE ax.speaker_id = speakers.id AND ax.description <> '' LIMIT 1), '')
	WHERE id IN (SELECT value FROM json_each(?))`
