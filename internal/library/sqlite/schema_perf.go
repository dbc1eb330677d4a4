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
const migrationPerf = `
CREATE INDEX articles_extractor ON articles(extractor);
CREATE INDEX article_speakers_described ON article_speakers(speaker_id) WHERE description <> '';
ALTER TABLE speakers ADD COLUMN description TEXT NOT NULL DEFAULT '';
UPDATE speakers SET description = COALESCE((SELECT ax.description FROM article_speakers ax
	WHERE ax.speaker_id = speakers.id AND ax.description <> '' LIMIT 1), '');
DROP INDEX speakers_quotes;
CREATE INDEX speakers_rank ON speakers(quotes DESC, name) WHERE quotes > 0;
`

// describeSQL sets the description of the speakers whose ids it is given
// (as a JSON array) from one of their articles that has one. Only the
// speakers an article touches are looked at, each through the partial
// index.
const describeSQL = `UPDATE speakers SET description = COALESCE((SELECT ax.description FROM article_speakers ax
	WHERE ax.speaker_id = speakers.id AND ax.description <> '' LIMIT 1), '')
	WHERE id IN (SELECT value FROM json_each(?))`
