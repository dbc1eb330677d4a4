package sqlite

// migrationTallies keeps the library's quotations counted by outlet and by
// month in tables of their own (issue 14): the stats view read them from
// every article's index entry, 290 ms on 100,000 articles, on every open;
// now it reads a row an outlet and a row a month.
//
// Triggers on articles keep the counts, so that every write that adds,
// replaces or removes an article (Put, re-extraction, Delete, the samples'
// removal) changes them in its own transaction, and no path can forget to.
// Outlets are counted under each spelling, met by library.Key when read.
// The month is the publication's, UTC; undated articles count under "". A
// group whose last article goes is removed: the tables hold only groups
// that have articles.
var migrationTallies = `
CREATE TABLE tallies_outlet (
	outlet TEXT PRIMARY KEY,
	articles INTEGER NOT NULL,
	quotes INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE tallies_month (
	month TEXT PRIMARY KEY,
	articles INTEGER NOT NULL,
	quotes INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO tallies_outlet(outlet, articles, quotes)
	SELECT outlet, count(*), sum(direct_quotes + reported_quotes) FROM articles GROUP BY 1;
INSERT INTO tallies_month(month, articles, quotes)
	SELECT ` + tallyMonth("published") + `, count(*), sum(direct_quotes + reported_quotes) FROM articles GROUP BY 1;
CREATE TRIGGER tallies_insert AFTER INSERT ON articles BEGIN
	` + tallyAdd + `
END;
CREATE TRIGGER tallies_delete AFTER DELETE ON articles BEGIN
	` + tallySub + `
END;
CREATE TRIGGER tallies_update AFTER UPDATE OF outlet, published, direct_quotes, reported_quotes ON articles BEGIN
	` + tallySub + `
	` + tallyAdd + `
END;
`

// tallyMonth is the month of the publication time col (unix seconds) as
// the tallies group it: "2026-03", or "" when undated.
func tallyMonth(col string) string {
	return `CASE WHEN ` + col + ` > 0 THEN strftime('%Y-%m', ` + col + `, 'unixepoch') ELSE '' END`
}

var (
	tallyAdd = `INSERT INTO tallies_outlet(outlet, articles, quotes) VALUES (new.outlet, 1, new.direct_quotes + new.reported_quotes)
		ON CONFLICT(outlet) DO UPDATE SET articles = articles + 1, quotes = quotes + excluded.quotes;
	INSERT INTO tallies_month(month, articles, quotes) VALUES (` + tallyMonth("new.published") + `, 1, new.direct_quotes + new.reported_quotes)
		ON CONFLICT(month) DO UPDATE SET articles = articles + 1, quotes = quotes + excluded.quotes;`
	tallySub = `UPDATE tallies_outlet SET articles = articles - 1, quotes = quotes - (old.direct_quotes + old.reported_quotes)
		WHERE outlet = old.outlet;
	DELETE FROM tallies_outlet WHERE outlet = old.outlet AND articles <= 0;
	UPDATE tallies_month SET articles = articles - 1, quotes = quotes - (old.direct_quotes + old.reported_quotes)
		WHERE month = ` + tallyMonth("old.published") + `;
	DELETE FROM tallies_month WHERE month = ` + tallyMonth("old.published") + ` AND articles <= 0;`
)

// migrationGenders keeps each speaker's gender, as its given name tells it
// (attrib.GivenNameGender), with the speaker, for the same view: it told
// every speaker's name in Go on every open. The gender is told when a
// speaker is first stored, and again for every speaker when the engine's
// lists change (tellGenders); NULL is a speaker not told yet. The view
// sums the speakers quoted by gender from their kept totals through a
// covering index: no hot rows for concurrent writers to queue on, as a
// table of three counts would be.
var migrationGenders = `
ALTER TABLE speakers ADD COLUMN gender TEXT;
CREATE INDEX speakers_gender ON speakers(gender, quotes) WHERE quotes > 0;
`
