package postgres

// schemaPerf (issue 15) keeps each speaker's description with the speaker,
// so that the speaker view reads one row per speaker instead of looking up
// each speaker's articles; every write keeps it up to date (describeSQL)
// through a partial index of the described rows.
const schemaPerf = `
CREATE INDEX article_speakers_described ON article_speakers (speaker_id) WHERE description <> '';
ALTER TABLE speakers ADD COLUMN description text NOT NULL DEFAULT '';
UPDATE speakers SET description = COALESCE((SELECT ax.description FROM article_speakers ax
	WHERE ax.speaker_id = speakers.id AND ax.description <> '' LIMIT 1), '');
`

// describeSQL sets the description of the speakers $1 from one of their
// articles that has one: the speakers an article write touched.
const describeSQL = `UPDATE speakers SET description = COALESCE((SELECT ax.description FROM article_speakers ax
	WHERE ax.speaker_id = speakers.id AND ax.description <> '' LIMIT 1), '')
	WHERE id = ANY($1)`
