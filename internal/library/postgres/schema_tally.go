package postgres

// schemaTallies keeps the library's quotations counted by outlet and by
// month in tables of their own (issue 14), so that the stats view reads a
// row an outlet and a row a month instead of an index entry an article on
// every open.
//
// A trigger on articles keeps the counts: every write that adds, replaces
// or removes an article changes them in its own transaction, whichever
// path it takes. The trigger is deferred to the commit: every ingester
// writes this month's row, and would otherwise hold it, and wait for the
// others', from its first article to its commit. At the commit, the
// trigger first takes one lock, the same for all: writers count one after
// the other, in the commit's short window, and never wait for each other's
// rows in a circle. Outlets are counted under each spelling,
// met by library.Key when read. The month is the publication's, UTC;
// undated articles count under "". A group whose last article goes is
// removed.
const schemaTallies = `
CREATE TABLE tallies_outlet (
	outlet text PRIMARY KEY,
	articles integer NOT NULL,
	quotes integer NOT NULL
);
CREATE TABLE tallies_month (
	month text PRIMARY KEY,
	articles integer NOT NULL,
	quotes integer NOT NULL
);
INSERT INTO tallies_outlet (outlet, articles, quotes)
	SELECT outlet, count(*), sum(direct_quotes + reported_quotes) FROM articles GROUP BY 1;
INSERT INTO tallies_month (month, articles, quotes)
	SELECT COALESCE(to_char(published AT TIME ZONE 'UTC', 'YYYY-MM'), ''), count(*), sum(direct_quotes + reported_quotes)
	FROM articles GROUP BY 1;
CREATE FUNCTION tally_articles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	m text;
BEGIN
	PERFORM pg_advisory_xact_lock(74841, 2);
	IF TG_OP <> 'INSERT' THEN
		m := COALESCE(to_char(OLD.published AT TIME ZONE 'UTC', 'YYYY-MM'), '');
		UPDATE tallies_outlet SET articles = articles - 1, quotes = quotes - (OLD.direct_quotes + OLD.reported_quotes)
			WHERE outlet = OLD.outlet;
		DELETE FROM tallies_outlet WHERE outlet = OLD.outlet AND articles <= 0;
		UPDATE tallies_month SET articles = articles - 1, quotes = quotes - (OLD.direct_quotes + OLD.reported_quotes)
			WHERE month = m;
		DELETE FROM tallies_month WHERE month = m AND articles <= 0;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		m := COALESCE(to_char(NEW.published AT TIME ZONE 'UTC', 'YYYY-MM'), '');
		INSERT INTO tallies_outlet (outlet, articles, quotes) VALUES (NEW.outlet, 1, NEW.direct_quotes + NEW.reported_quotes)
			ON CONFLICT (outlet) DO UPDATE SET articles = tallies_outlet.articles + 1, quotes = tallies_outlet.quotes + excluded.quotes;
		INSERT INTO tallies_month (month, articles, quotes) VALUES (m, 1, NEW.direct_quotes + NEW.reported_quotes)
			ON CONFLICT (month) DO UPDATE SET articles = tallies_month.articles + 1, quotes = tallies_month.quotes + excluded.quotes;
	END IF;
	RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER tallies_write AFTER INSERT OR DELETE OR UPDATE OF outlet, published, direct_quotes, reported_quotes ON articles
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tally_articles();
`

// schemaGenders keeps each speaker's gender, as its given name tells it
// (attrib.GivenNameGender), with the speaker, for the same view: it told
// every speaker's name in Go. The gender is told when a speaker is first
// stored, and for every speaker when the engine's lists change
// (tellGenders); NULL is a speaker not told yet. The view sums the speakers
// quoted by gender from their kept totals through a covering index: no hot
// rows for concurrent ingesters to queue on, as a table of three counts
// would be.
const schemaGenders = `
ALTER TABLE speakers ADD COLUMN gender text;
CREATE INDEX speakers_gender ON speakers (gender) INCLUDE (quotes) WHERE quotes > 0;
`
