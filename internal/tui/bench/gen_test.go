package bench

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// genVersion names the generator: change it whenever the generated
// articles change, so that stale libraries in os.TempDir() are not reused.
const genVersion = "v1"

// benchSize is the number of articles of the benchmark library:
// $DIXIT_BENCH_ARTICLES, default 100,000.
func benchSize() int {
	if n, err := strconv.Atoi(os.Getenv("DIXIT_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

var (
	libOnce sync.Once
	libPath string
	libErr  error
)

// bigLibrary returns the path of the benchmark library, generating it on
// the first call of the first run (a few tens of seconds for 100k).
func bigLibrary(tb testing.TB) string {
	tb.Helper()
	libOnce.Do(func() {
		n := benchSize()
		libPath = filepath.Join(os.TempDir(), fmt.Sprintf("dixit-tui-bench-%s-%d.db", genVersion, n))
		if _, err := os.Stat(libPath); err == nil {
			return
		}
		tmp := libPath + ".partial"
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
		start := time.Now()
		if libErr = generate(context.Background(), tmp, n, nil); libErr != nil {
			return
		}
		libErr = os.Rename(tmp, libPath)
		d := time.Since(start)
		fmt.Fprintf(os.Stderr, "generated %d articles into %s in %s (%.0f articles/s)\n", n, libPath, d.Round(time.Millisecond), float64(n)/d.Seconds())
	})
	if libErr != nil {
		tb.Fatalf("generating the benchmark library: %v", libErr)
	}
	return libPath
}

// openStore opens the library at path as cmd/dixit does (no aliases file).
func openStore(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// generate writes n articles into a new library at path through the public
// Store API (one Put, so one transaction, per article). progress, if not
// nil, is told the count every 10,000 articles.
func generate(ctx context.Context, path string, n int, progress func(int)) error {
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		return err
	}
	g := newGen(1)
	added := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		e := g.entry(i)
		e.Added = added
		if _, _, err := s.Put(ctx, e); err != nil {
			s.Close()
			return err
		}
		if progress != nil && (i+1)%10_000 == 0 {
			progress(i + 1)
		}
	}
	return s.Close()
}

// The fictional world: invented towns, outlets, agencies and people.
var (
	townsEN   = []string{"Marrowby", "Ostwick", "Vellmoor", "Brannoch", "Tarsel", "Quenby", "Hollin Bay", "Dunmere", "Pellow", "Saltash Cross", "Greywater", "Fenmouth"}
	townsFR   = []string{"Montfaucet", "Sarlignac", "Vireloup", "Chantebrise", "Roquebelle", "Lavandière-sur-Ance", "Pontcharrais", "Beaulouvet"}
	outletsEN = []string{"The Marrowby Courier", "Ostwick Evening Post", "Vellmoor Gazette", "The Brannoch Record", "Tarsel Daily", "Quenby Observer", "Fenmouth Herald"}
	outletsFR = []string{"La Voix de Vireloup", "Le Petit Sarlignacois", "L’Écho de Chantebrise", "Le Journal du Plateau", "Roquebelle Matin"}
	agencies  = []string{"Agence Méridien", "Northwind Wire", "Radio Brannoch", "the Tarsel Times", "Télé Plateau", "the Quenby Bulletin", "Coastline Press"}
	firsts    = []string{"Marta", "Oskar", "Nadia", "Teodor", "Ilse", "Bruno", "Clara", "Yannick", "Sefa", "Rowan", "Agathe", "Leopold", "Mira", "Casimir", "Dagny", "Elouan", "Fenna", "Gaspard", "Hedda", "Ivo", "Jolene", "Kasper", "Liesl", "Matthis", "Noor", "Orla", "Pavel", "Quitterie", "Rune", "Solène", "Tamsin", "Ulrich", "Vesna", "Wilfried", "Xavière", "Yorick", "Zelie", "Anouk", "Bastien", "Cosima"}
	lasts     = []string{"Quillfeather", "Ardenne", "Brockhaven", "Castellane", "Dunstable", "Eskerod", "Fairweather", "Gallimard", "Holloway", "Iversen", "Jansky", "Kerhuel", "Lindqvist", "Marchbank", "Nordahl", "Ostrander", "Pennington", "Quesnel", "Rastello", "Sandoval", "Thornbury", "Umberfield", "Valcourt", "Wexley", "Yarrowby", "Zamfir", "Abernathy", "Beaucaire", "Corrigan", "Delacroix", "Ellingham", "Fontenay", "Grimaldi", "Hartigan", "Istvan", "Joubert", "Kowalczyk", "Lafargue", "Montclair", "Novak", "Oakhurst", "Perrault", "Renwick", "Saint-Aubin", "Tremblay", "Vasquez", "Whitlock", "Achterberg", "Bellweather", "Crowhurst", "Dauphin", "Espinasse", "Fitzwarren", "Guillory", "Hawthorne", "Jourdain", "Kilbride", "Lomond", "Merriweather", "Oyelaran"}
	rolesEN   = []string{"the mayor", "a councillor", "the harbour master", "a union spokeswoman", "the head teacher", "a local shopkeeper", "the fire chief", "a resident", "the county engineer", "the hospital director"}
	rolesFR   = []string{"le maire", "une conseillère municipale", "le préfet", "la directrice de l’école", "un commerçant", "le chef des pompiers", "une habitante", "l’ingénieur départemental", "le directeur de l’hôpital", "la présidente de l’association"}
	topicsEN  = []string{"ferry strike", "wind farm", "library closure", "bridge repairs", "school budget", "flood defences", "harbour dredging", "tram line", "market hall", "bus timetable", "swimming pool", "housing plan", "fishing quotas", "night trains"}
	topicsFR  = []string{"grève des bacs", "parc éolien", "fermeture de la médiathèque", "réparation du pont", "budget des écoles", "digues", "ligne de tram", "halle du marché", "piscine municipale", "plan logement", "quotas de pêche", "trains de nuit"}
	eventsEN  = []string{"council delays vote on", "residents protest over", "deal reached on", "new row erupts over", "inquiry opens into", "funding approved for", "campaigners win review of", "costs soar for"}
	eventsFR  = []string{"le conseil reporte le vote sur", "les habitants protestent contre", "accord trouvé sur", "nouvelle polémique autour de", "enquête ouverte sur", "financement accordé pour", "les opposants obtiennent un réexamen de", "les coûts explosent pour"}
	claimsEN  = []string{"we cannot keep waiting for the %s", "nobody asked the people who actually use the %s", "the %s will pay for itself within ten years", "this is the best chance we have had in a generation", "the figures simply do not add up", "we were promised answers and we got a leaflet", "the %s is not a luxury, it is a lifeline", "I have lived here forty years and never seen anything like it", "we will keep fighting until the decision is reversed", "the council has listened, and that matters"}
	claimsFR  = []string{"nous ne pouvons plus attendre pour le dossier %s", "personne n’a demandé l’avis des usagers", "ce projet se financera en dix ans", "c’est la meilleure occasion depuis une génération", "les chiffres ne tiennent pas debout", "on nous avait promis des réponses, nous avons eu une brochure", "ce n’est pas un luxe, c’est une nécessité", "je vis ici depuis quarante ans et je n’ai jamais vu cela", "nous continuerons jusqu’à ce que la décision soit annulée", "le conseil nous a écoutés, et cela compte"}
	fillerEN  = []string{"The meeting ran late into the evening.", "Officials said a report would follow in the spring.", "Opposition members called for a public consultation.", "The plan has divided opinion in the town for months.", "A petition has gathered more than two thousand signatures.", "Traders on the high street say footfall has fallen.", "The regional authority is expected to rule before the summer.", "Similar schemes elsewhere have run over budget.", "Local schools will be consulted on the timetable."}
	fillerFR  = []string{"La séance s’est prolongée tard dans la soirée.", "Un rapport est attendu au printemps.", "L’opposition réclame une consultation publique.", "Le projet divise la commune depuis des mois.", "Une pétition a recueilli plus de deux mille signatures.", "Les commerçants du centre disent voir moins de clients.", "La région doit se prononcer avant l’été.", "Des projets semblables ont dépassé leur budget ailleurs.", "Les écoles seront consultées sur le calendrier."}
	cuesEN    = []string{"said", "told reporters", "added", "warned", "insisted"}
	cuesFR    = []string{"a déclaré", "a-t-il expliqué", "a ajouté", "a prévenu", "a insisté"}
)

// gen builds articles from the fictional world; the same seed gives the same
// library.
type gen struct{ r *rand.Rand }

func newGen(seed uint64) *gen { return &gen{r: rand.New(rand.NewPCG(seed, seed*7919+1))} }

func pick[T any](g *gen, s []T) T { return s[g.r.IntN(len(s))] }

// person picks a speaker: a tenth of the quotes go to 20 well-known people,
// the rest to 2,400 names.
func (g *gen) person() string {
	if g.r.IntN(10) == 0 {
		i := g.r.IntN(20)
		return firsts[i%len(firsts)] + " " + lasts[(i*7)%len(lasts)]
	}
	return pick(g, firsts) + " " + pick(g, lasts)
}

// body accumulates the text and the spans into it.
type body struct {
	b strings.Builder
}

func (b *body) add(s string) (start, end int) {
	start = b.b.Len()
	b.b.WriteString(s)
	return start, b.b.Len()
}

// entry makes article i: 2 to 4 paragraphs, 1 to 3 quotes, 0 to 2 sources.
func (g *gen) entry(i int) *library.Entry {
	fr := g.r.IntN(10) < 3
	towns, outlets, topics, events, claims, filler, cues, roles := townsEN, outletsEN, topicsEN, eventsEN, claimsEN, fillerEN, cuesEN, rolesEN
	lang := "en"
	if fr {
		towns, outlets, topics, events, claims, filler, cues, roles = townsFR, outletsFR, topicsFR, eventsFR, claimsFR, fillerFR, cuesFR, rolesFR
		lang = "fr"
	}
	town, topic := pick(g, towns), pick(g, topics)
	title := town + ": " + pick(g, events) + " " + topic
	if g.r.IntN(3) == 0 {
		title += fmt.Sprintf(" (%d)", 2020+g.r.IntN(6))
	}
	var b body
	var res attrib.Result
	res.Lang = lang
	speakers := map[string]int{} // name → index in res.Speakers
	paras := 2 + g.r.IntN(3)
	nq := 1 + g.r.IntN(3)
	nsrc := g.r.IntN(3)
	for p := range paras {
		if p > 0 {
			b.add("\n\n")
		}
		b.add(pick(g, filler) + " ")
		if p == 0 {
			if fr {
				b.add(fmt.Sprintf("À %s, le dossier %s occupe les esprits. ", town, topic))
			} else {
				b.add(fmt.Sprintf("In %s, the %s is the talk of the town. ", town, topic))
			}
		}
		// Spread the quotes over the paragraphs, the rest at the end.
		for nq > 0 && (g.r.IntN(2) == 0 || p == paras-1) {
			nq--
			name, role, cue := g.person(), pick(g, roles), pick(g, cues)
			claim := pick(g, claims)
			if strings.Contains(claim, "%s") {
				claim = fmt.Sprintf(claim, topic)
			}
			claim = strings.ToUpper(claim[:1]) + claim[1:]
			q := attrib.Quote{Speaker: name, Mention: name, Description: role, Cue: cue}
			switch {
			case g.r.IntN(3) == 0: // indirect
				q.Kind = attrib.Indirect
				if fr {
					b.add(name + ", " + role + ", estime que ")
				} else {
					b.add(name + ", " + role + ", said that ")
				}
				q.Start, q.End = b.add(strings.ToLower(claim[:1]) + claim[1:])
				q.Cue = map[bool]string{true: "estime", false: "said"}[fr]
				b.add(". ")
			case fr:
				q.Kind = attrib.Direct
				b.add("« ")
				q.Start, q.End = b.add(claim)
				b.add(" », " + cue + " " + name + ", " + role + ". ")
			default:
				q.Kind = attrib.Direct
				b.add("“")
				q.Start, q.End = b.add(claim + ",")
				q.End-- // the comma is outside the quote
				b.add("” " + cue + " " + name + ", " + role + ". ")
			}
			q.Text = b.b.String()[q.Start:q.End]
			res.Quotes = append(res.Quotes, q)
			if k, ok := speakers[name]; ok {
				res.Speakers[k].Quotes++
			} else {
				speakers[name] = len(res.Speakers)
				res.Speakers = append(res.Speakers, attrib.Speaker{Name: name, Mentions: []string{name}, Description: role, Quotes: 1})
			}
		}
		for nsrc > 0 && g.r.IntN(2) == 0 {
			nsrc--
			src := pick(g, agencies)
			var mention string
			if fr {
				mention = "selon " + src
			} else {
				mention = "according to " + src
			}
			sentence := pick(g, filler)
			b.add(strings.TrimSuffix(sentence, ".") + ", ")
			start, end := b.add(mention)
			b.add(". ")
			res.Sources = append(res.Sources, attrib.Source{Name: strings.TrimPrefix(src, "the "), Mention: mention, Start: start, End: end})
		}
		b.add(pick(g, filler))
	}
	text := b.b.String()
	path := fmt.Sprintf("bench/%06d.txt", i)
	// The hash covers the path too, so that two articles that happen to
	// have the same text stay two articles.
	h := sha256.Sum256([]byte(path + "\x00" + text))
	day := time.Date(2021, 1, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(g.r.IntN(5*365*24*60)) * time.Minute)
	return &library.Entry{
		Article: article.Article{
			Path: path, Title: title, Outlet: pick(g, outlets), Lang: lang, Body: text,
			Hash: hex.EncodeToString(h[:]), Published: day,
			URL: fmt.Sprintf("https://news.example/%s/%06d", lang, i),
		},
		Result:    res,
		Extractor: attrib.Version,
	}
}

// TestGenerate checks the generator: spans point at their text, and a small
// library stores and lists.
func TestGenerate(t *testing.T) {
	g := newGen(1)
	for i := range 500 {
		e := g.entry(i)
		if len(e.Result.Quotes) < 1 || len(e.Result.Quotes) > 3 {
			t.Fatalf("article %d has %d quotes", i, len(e.Result.Quotes))
		}
		for _, q := range e.Result.Quotes {
			if e.Article.Body[q.Start:q.End] != q.Text || q.Text == "" {
				t.Fatalf("article %d: quote span %d:%d is %q, want %q", i, q.Start, q.End, e.Article.Body[q.Start:q.End], q.Text)
			}
		}
		for _, s := range e.Result.Sources {
			if e.Article.Body[s.Start:s.End] != s.Mention {
				t.Fatalf("article %d: source span %d:%d is %q, want %q", i, s.Start, s.End, e.Article.Body[s.Start:s.End], s.Mention)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "lib.db")
	if err := generate(context.Background(), path, 300, nil); err != nil {
		t.Fatal(err)
	}
	s := openStore(t, path)
	if n, err := s.Count(context.Background(), library.Filter{}); err != nil || n != 300 {
		t.Fatalf("count = %d, %v; want 300", n, err)
	}
}
