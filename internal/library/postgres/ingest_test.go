package postgres_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// ingestArticles is the size of the concurrent ingest: $DIXIT_TEST_INGEST_ARTICLES,
// default 20,000.
func ingestArticles() int {
	if n, err := strconv.Atoi(os.Getenv("DIXIT_TEST_INGEST_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 20_000
}

// TestConcurrentIngest runs four real `dixit ingest` processes at once on
// one PostgreSQL library. The generated articles are written as text files
// into four overlapping shards (each article in two of them, under two
// paths) and a common folder all four ingest (the same paths). An ingest
// loads no samples, even into an empty library: none may be left.
// Afterwards each article is stored exactly once, the processes' "new"
// counts add up to the number of articles, and quotes and speakers are
// consistent: each speaker's totals equal the sums over its articles, no
// quote lacks its article or speaker.
func TestConcurrentIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the concurrent ingest takes a minute")
	}
	u := schemaURL(t)
	n := ingestArticles()
	dir := t.TempDir()
	bin := filepath.Join(dir, "dixit")
	build := exec.Command("go", "build", "-o", bin, "github.com/dixit-news/dixit/cmd/dixit")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building dixit: %v\n%s", err, out)
	}
	const procs = 4
	t0 := time.Now()
	corpus := filepath.Join(dir, "corpus")
	common := filepath.Join(corpus, "common")
	for k := range procs {
		os.MkdirAll(filepath.Join(corpus, fmt.Sprintf("shard-%d", k)), 0o755)
	}
	os.MkdirAll(common, 0o755)
	g := newTextGen(7)
	for i := range n {
		body := g.article(i)
		name := fmt.Sprintf("a%06d.txt", i)
		for _, k := range []int{i % procs, (i + 1) % procs} {
			if err := os.WriteFile(filepath.Join(corpus, fmt.Sprintf("shard-%d", k), name), body, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if i%40 == 0 {
			os.WriteFile(filepath.Join(common, name), body, 0o644)
		}
	}
	t.Logf("%d articles written into 4 shards of %d files and a common folder in %s", n, n/2, time.Since(t0).Round(time.Millisecond))

	t1 := time.Now()
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, procs)
	errs := make([]error, procs)
	for k := range procs {
		cmd := exec.Command(bin, "--db", u, "--aliases", filepath.Join(dir, "none.toml"), "ingest",
			filepath.Join(corpus, fmt.Sprintf("shard-%d", k)), common)
		cmd.Env = append(os.Environ(), "NO_COLOR=1", "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_STATE_HOME="+dir)
		cmd.Stdout, cmd.Stderr = &outs[k], &outs[k]
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[k] = cmd.Run()
		}()
	}
	wg.Wait()
	elapsed := time.Since(t1)
	summary := regexp.MustCompile(`(\d+) new, (\d+) unchanged, (\d+) updated, (\d+) failed`)
	news, puts := 0, 0
	for k := range procs {
		out := outs[k].String()
		if errs[k] != nil {
			t.Fatalf("ingest %d: %v\n%s", k, errs[k], out)
		}
		m := summary.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("ingest %d: no summary:\n%s", k, out)
		}
		t.Logf("ingest %d: %s", k, m[0])
		nw, _ := strconv.Atoi(m[1])
		un, _ := strconv.Atoi(m[2])
		news += nw
		puts += nw + un
		if m[3] != "0" || m[4] != "0" {
			t.Errorf("ingest %d: %s", k, m[0])
		}
	}
	t.Logf("4 processes stored %d articles (%d puts) in %s: %.0f puts/s", n, puts, elapsed.Round(time.Millisecond), float64(puts)/elapsed.Seconds())
	if news != n {
		t.Errorf("the processes report %d new articles, want %d", news, n)
	}

	ctx := context.Background()
	s := open(t, u, nil)
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var rows, hashes, numbers, bundled, bundledPaths int
	if err := conn.QueryRow(ctx, `SELECT count(*), count(DISTINCT hash), count(DISTINCT substring(title FROM '\(no\. (\d+)\)$'))
		FROM articles WHERE path LIKE $1 || '%'`, corpus).Scan(&rows, &hashes, &numbers); err != nil {
		t.Fatal(err)
	}
	if rows != n || hashes != n || numbers != n {
		t.Errorf("generated articles stored: %d rows, %d texts, %d numbers; want %d of each", rows, hashes, numbers, n)
	}
	if err := conn.QueryRow(ctx, `SELECT count(*), count(DISTINCT path) FROM articles WHERE path LIKE 'bundled/%'`).Scan(&bundled, &bundledPaths); err != nil {
		t.Fatal(err)
	}
	tot, err := s.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// An ingest stores the user's own articles: no sample comes with them,
	// however the processes race (ingest.Samples, ingest.Run).
	if bundled != 0 || bundledPaths != 0 || tot.Articles != n {
		t.Errorf("library: %+v, %d bundled articles; want %d in all, no samples", tot, bundled, n)
	}
	var orphans, speakerless int
	conn.QueryRow(ctx, `SELECT count(*) FROM speakers sp WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = sp.id)
		AND NOT EXISTS (SELECT 1 FROM article_speakers ax WHERE ax.speaker_id = sp.id)`).Scan(&orphans)
	conn.QueryRow(ctx, `SELECT count(*) FROM articles a WHERE path LIKE $1 || '%' AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id)`, corpus).Scan(&speakerless)
	if orphans != 0 || speakerless != 0 {
		t.Errorf("%d speakers nothing quotes, %d generated articles without quotes", orphans, speakerless)
	}
	t.Logf("library: %d articles, %d quotes, %d speakers, %d sources", tot.Articles, tot.Quotes, tot.Speakers, tot.Sources)
	if testing.Verbose() {
		rows, _ := conn.Query(ctx, `SELECT relname, seq_scan, seq_tup_read, COALESCE(idx_scan, 0) FROM pg_stat_user_tables WHERE schemaname = current_schema() ORDER BY relname`)
		for rows.Next() {
			var rel string
			var seq, tup, idx int64
			rows.Scan(&rel, &seq, &tup, &idx)
			t.Logf("%-16s %8d seq scans (%d rows read), %8d index scans", rel, seq, tup, idx)
		}
		rows.Close()
	}
}

// textGen writes fictional articles as text files: invented towns, people,
// outlets and agencies, each article numbered so that no two are alike.
type textGen struct{ r *rand.Rand }

func newTextGen(seed uint64) *textGen { return &textGen{r: rand.New(rand.NewPCG(seed, seed+1))} }

var (
	genTowns    = []string{"Marrowby", "Ostwick", "Vellmoor", "Brannoch", "Tarsel", "Quenby", "Dunmere", "Fenmouth"}
	genTopics   = []string{"ferry strike", "wind farm", "library closure", "bridge repairs", "school budget", "tram line", "market hall", "night trains"}
	genEvents   = []string{"council delays vote on", "residents protest over", "deal reached on", "inquiry opens into", "funding approved for"}
	genFirsts   = []string{"Marta", "Oskar", "Nadia", "Teodor", "Ilse", "Bruno", "Clara", "Yannick", "Sefa", "Rowan", "Agathe", "Leopold", "Solène", "Élodie"}
	genLasts    = []string{"Quillfeather", "Ardenne", "Brockhaven", "Castellane", "Dunstable", "Eskerod", "Fairweather", "Holloway", "Iversen", "Jansky", "Kerhuel", "Lindqvist", "Nordahl", "Ostrander"}
	genRoles    = []string{"the mayor", "a councillor", "the harbour master", "the head teacher", "the fire chief", "a resident"}
	genAgencies = []string{"Northwind Wire", "Coastline Press", "Radio Brannoch"}
	genClaims   = []string{"We cannot keep waiting", "Nobody asked the people who use it", "It will pay for itself within ten years",
		"The figures simply do not add up", "We were promised answers", "The council has listened, and that matters"}
	genFiller = []string{"The meeting ran late into the evening.", "Officials said a report would follow in the spring.",
		"A petition has gathered more than two thousand signatures.", "The regional authority is expected to rule before the summer."}
)

func pickS(g *textGen, s []string) string { return s[g.r.IntN(len(s))] }

func (g *textGen) article(i int) []byte {
	var b strings.Builder
	town, topic := pickS(g, genTowns), pickS(g, genTopics)
	fmt.Fprintf(&b, "%s: %s %s (no. %d)\n\n", town, pickS(g, genEvents), topic, i)
	fmt.Fprintf(&b, "%s In %s, the %s is the talk of the town.\n\n", pickS(g, genFiller), town, topic)
	for q := range 1 + g.r.IntN(3) {
		name := pickS(g, genFirsts) + " " + pickS(g, genLasts)
		fmt.Fprintf(&b, "\"%s,\" said %s, %s.\n\n", pickS(g, genClaims), name, pickS(g, genRoles))
		if q == 0 && g.r.IntN(2) == 0 {
			fmt.Fprintf(&b, "The work will cost four million, according to %s.\n\n", pickS(g, genAgencies))
		}
	}
	b.WriteString(pickS(g, genFiller) + "\n")
	return []byte(b.String())
}
