package postgres_test

import (
	"context"
	"testing"

	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/jackc/pgx/v5"
)

// The server indexes the same words from each distinct chunk of an article
// once as from its whole text: compound words, numbers, addresses and
// accents included.
func TestDistinctChunksIndexTheSameWords(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	open(t, u, nil).Close() // creates dixit_fold
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	parts := []string{
		"Kelderport ferry-master quits",
		"The ferry-master, Ondine Paskell, said the dredging (phase 2.5) costs -4.5m; see https://news.example/kelderport/dredge or write to desk@news.example.\n\n" +
			"L'écluse de Brennemer reste fermée, a déclaré Aurèle Vidrac. The ferry-master said the dredging costs -4.5m.\tÉCLUSE, écluse… v1.2.3 /srv/docs/a_b",
		"the dredging (phase 2.5) costs",
	}
	full := parts[0] + "\n" + parts[1] + "\n" + parts[2]
	short := postgres.DistinctChunks(parts)
	if len(short) >= len(full)*85/100 {
		t.Errorf("distinct chunks are %d bytes of %d: nothing left out", len(short), len(full))
	}
	var a, b string
	q := `SELECT strip(to_tsvector('dixit_fold', $1))::text`
	if err := conn.QueryRow(ctx, q, full).Scan(&a); err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRow(ctx, q, short).Scan(&b); err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Errorf("words indexed differ:\nwhole text:      %s\ndistinct chunks: %s", a, b)
	}
}
