package attrib_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/text"
)

// The benchmark corpus is generated in-process from invented sentence
// templates: every person, outlet and place below is fictional.

const benchCorpusBytes = 5<<20 + 256<<10 // a little over 5 MB per language

var frPeople = []struct{ first, last, role string }{
	{"Odile", "Marchetti", "la maire de Valbois"},
	{"Paul", "Ferrand", "le président du syndicat des cheminots"},
	{"Anne", "Vautrin", "l'économiste belge"},
	{"Jeanne", "Roux", "la ministre de la Culture"},
	{"Bastien", "Leclair", "le porte-parole de la préfecture"},
	{"Sidonie", "Aubertin", "la directrice de l'hôpital de Brumeval"},
	{"Lucien", "Davenne", "le sénateur du Haut-Verdois"},
	{"Maëlle", "Kerjean", "la présidente de l'association Les Amis du Lac"},
}

var frOutlets = []string{"Courrier du Val", "Journal de Brumeval", "Écho des Collines", "Veilleur de l'Ouest"}

var frTemplates = []string{
	"« Nous ne céderons rien sur le calendrier des travaux », a déclaré {NAME}, {ROLE}, mardi soir.",
	"{NAME}, {ROLE}, a affirmé : « La situation est sous contrôle, mais la vigilance reste de mise. »",
	"« Les habitants méritent des réponses claires, a-t-{PRON} insisté. Nous les leur donnerons dès lundi. »",
	"Selon le {OUTLET}, le conseil municipal devrait se réunir à nouveau avant la fin du mois.",
	"{LAST} estime que le projet de passerelle coûtera deux fois plus cher que prévu.",
	"« C'est une erreur de méthode, pas de principe », concède {TITLE} {LAST}.",
	"La réunion s'est prolongée jusque tard dans la nuit, dans une salle comble et parfois houleuse.",
	"D'après le {OUTLET}, plusieurs riverains ont déposé un recours devant le tribunal administratif.",
	"{PRONCAP} a rappelé que le budget avait été voté à l'unanimité l'an dernier.",
	"« Personne ne nous a consultés, ni les commerçants ni les écoles du quartier », regrette {NAME}.",
	"Le chantier, lancé au printemps, devait initialement s'achever avant l'hiver.",
	"« On verra bien », a lâché {TITLE} {LAST} en quittant la salle, sans vouloir en dire davantage sur la suite.",
	"Les chiffres publiés par la préfecture font état de 312 foyers concernés dans la vallée.",
	"Interrogée par le {OUTLET}, {NAME} a indiqué qu'une concertation serait organisée en septembre.",
	"«\u00a0Il faut du temps pour reconstruire la confiance\u00a0», a ajouté {LAST}.",
	"Les travaux de la rue des Tanneurs, eux, ont déjà pris trois semaines de retard, rapporte le {OUTLET}.",
	"“Nous avons tiré les leçons de l'hiver dernier”, assure {NAME}.",
	"Le maire adjoint n'a pas souhaité commenter ces déclarations.",
}

var enPeople = []struct{ first, last, role string }{
	{"Nora", "Quill", "the harbour master"},
	{"Desmond", "Achterberg", "a spokesman for the Port Authority"},
	{"Priya", "Vellacott", "the county's chief planner"},
	{"Hollis", "Brandt", "the union's regional secretary"},
	{"Imogen", "Farrowby", "the mayor of Saltmere"},
	{"Caspian", "Oyelaran", "an economist at Northgate University"},
	{"Winifred", "Sallow", "the ferry company's chief executive"},
	{"Tobias", "Renfield", "a councillor for the East Ward"},
}

var enOutlets = []string{"Harbour Ledger", "Saltmere Gazette", "Northgate Courier", "Tidewater Post"}

var enTemplates = []string{
	"\"We are not going to rush this,\" {NAME}, {ROLE}, said on Tuesday.",
	"{NAME} said: \"The numbers simply do not add up, and everyone in this room knows it.\"",
	"“The ferries will run on the winter timetable until further notice,” {PRON} said. “We will review it in March.”",
	"According to the {OUTLET}, the council is expected to vote on the plan before the end of the month.",
	"{LAST} said the new terminal would cost twice as much as first estimated.",
	"\"It was a mistake of method, not of principle,\" said {TITLE} {LAST}.",
	"The meeting ran late into the evening, in a packed and at times noisy hall.",
	"Several residents have filed complaints with the regional ombudsman, the {OUTLET} reported.",
	"{PRONCAP} added that the budget had been approved unanimously last year.",
	"\"Nobody asked us, not the shopkeepers and not the schools,\" {NAME} told the {OUTLET}.",
	"Work on the sea wall began in the spring and was meant to finish before the storms.",
	"“We'll see,” {TITLE} {LAST} said as {PRON} left the hall, declining to say more about what comes next.",
	"Figures released by the county show 312 households affected along the estuary.",
	"Speaking to the {OUTLET}, {NAME} said a consultation would be held in September.",
	"‘It takes time to rebuild trust,’ {LAST} said.",
	"Repairs on Tanner Street are already three weeks behind schedule, the {OUTLET} reported.",
	"Officials say the harbour will stay open; the players' union and the ferry crews don't agree.",
	"The deputy mayor declined to comment on the remarks.",
}

type benchCorpus struct {
	articles []string
	bytes    int64
}

var (
	benchOnce sync.Once
	benchFR   benchCorpus
	benchEN   benchCorpus
)

func buildCorpus(lang string, seed uint64) benchCorpus {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	var c benchCorpus
	for c.bytes < benchCorpusBytes {
		art := genArticle(r, lang, 3000+r.IntN(2000))
		c.articles = append(c.articles, art)
		c.bytes += int64(len(art))
	}
	return c
}

func genArticle(r *rand.Rand, lang string, size int) string {
	var b strings.Builder
	templates, outlets := frTemplates, frOutlets
	if lang == "en" {
		templates, outlets = enTemplates, enOutlets
	}
	for b.Len() < size {
		// One paragraph: a person is introduced, then two to four
		// sentences about them.
		var first, last, role, pron, title string
		female := false
		if lang == "fr" {
			p := frPeople[r.IntN(len(frPeople))]
			first, last, role = p.first, p.last, p.role
			female = strings.HasPrefix(role, "la ") || strings.HasPrefix(role, "l'é")
			pron, title = "il", "M."
			if female {
				pron, title = "elle", "Mme"
			}
		} else {
			p := enPeople[r.IntN(len(enPeople))]
			first, last, role = p.first, p.last, p.role
			female = strings.Contains("Nora Priya Imogen Winifred", first)
			pron, title = "he", "Mr."
			if female {
				pron, title = "she", "Ms."
			}
		}
		rep := strings.NewReplacer(
			"{NAME}", first+" "+last, "{LAST}", last, "{ROLE}", role,
			"{PRON}", pron, "{PRONCAP}", strings.ToUpper(pron[:1])+pron[1:], "{TITLE}", title,
			"{OUTLET}", outlets[r.IntN(len(outlets))],
		)
		// Introduce the person fully first so that later surname and
		// pronoun mentions can be resolved.
		b.WriteString(rep.Replace(templates[0]))
		for n := 1 + r.IntN(4); n > 0; n-- {
			b.WriteByte(' ')
			b.WriteString(rep.Replace(templates[r.IntN(len(templates))]))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func corpus(lang string) benchCorpus {
	benchOnce.Do(func() {
		benchFR = buildCorpus("fr", 1)
		benchEN = buildCorpus("en", 2)
	})
	if lang == "fr" {
		return benchFR
	}
	return benchEN
}

func benchExtract(b *testing.B, lang string) {
	c := corpus(lang)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	b.ResetTimer()
	quotes := 0
	for b.Loop() {
		quotes = 0
		for _, a := range c.articles {
			quotes += len(attrib.Extract(a, attrib.Options{}).Quotes)
		}
	}
	b.ReportMetric(float64(len(c.articles)), "articles")
	b.ReportMetric(float64(quotes), "quotes")
}

func BenchmarkExtractFR(b *testing.B) { benchExtract(b, "fr") }
func BenchmarkExtractEN(b *testing.B) { benchExtract(b, "en") }

// TestBenchCorpus checks the generated corpus is what the benchmarks claim:
// over 5 MB per language, articles of 3 to 5 KB, detected in the right
// language, with quotes found.
func TestBenchCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10 MB corpus")
	}
	for _, lang := range []string{"fr", "en"} {
		c := corpus(lang)
		if c.bytes < 5<<20 {
			t.Errorf("%s corpus: %d bytes, want at least 5 MB", lang, c.bytes)
		}
		for i, a := range c.articles[:20] {
			if len(a) < 3000 || len(a) > 6000 {
				t.Errorf("%s article %d: %d bytes, want about 3-5 KB", lang, i, len(a))
			}
			res := attrib.Extract(a, attrib.Options{})
			if res.Lang != lang {
				t.Errorf("%s article %d: detected lang %q", lang, i, res.Lang)
			}
			if len(res.Quotes) == 0 {
				t.Errorf("%s article %d: no quotes found", lang, i)
			}
		}
	}
}

// BenchmarkLinear runs the hostile shapes at three sizes: MB/s that holds
// steady as the input doubles shows extraction time growing linearly.
//   - alternating « and »;
//   - unmatched quotes of every kind;
//   - 100,000 short paragraphs (at the largest size);
//   - one single line, as long as the size.
func BenchmarkLinear(b *testing.B) {
	shapes := []struct {
		name string
		unit string
	}{
		{"alternating", "« » "},
		{"unmatched", "« “ „ ‹ ‘ \" ' ” » ’ "},
		{"paragraphs", "Elle a dit « oui ».\n\n"},
		{"oneline", "« Nous partirons », a dit Jeanne Roux, selon le Courrier du Val. "},
		{"subheads", "« Nous reviendrons au port »\n\n"}, // each looks for its repetition
	}
	for _, sh := range shapes {
		for _, size := range []int{1 << 18, 1 << 19, 1 << 20, 5 << 20} {
			if sh.name != "oneline" && size > 1<<20 {
				continue
			}
			if sh.name == "paragraphs" && size == 1<<20 {
				size = 100000 * len(sh.unit) // 100,000 paragraphs
			}
			body := strings.Repeat(sh.unit, size/len(sh.unit)+1)
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, len(body)>>10), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				for range b.N {
					attrib.Extract(body, attrib.Options{Lang: "fr"})
				}
			})
		}
	}
}

// BenchmarkExtractHostileMarks feeds 1 MB of unbalanced and nested quote
// marks of every kind: the mark scanner's stack is capped, so throughput
// here should stay close to ordinary prose rather than collapse.
func BenchmarkExtractHostileMarks(b *testing.B) {
	unit := "« “ „ ‹ ‘ ' \" » ” “ › ’ ' \" « a « b “ c ‘ d "
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(unit)
		if sb.Len()%4096 < len(unit) {
			sb.WriteString("\n")
		}
	}
	body := sb.String()
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for range b.N {
		attrib.Extract(body, attrib.Options{Lang: "fr"})
	}
}

// BenchmarkExtractDir measures real articles: the .txt files of the
// directory named by DIXIT_BENCH_DIR (for instance an evaluation set beside
// the project), read once and extracted in turn. Without the variable there
// is nothing to measure and the benchmark says so.
func BenchmarkExtractDir(b *testing.B) {
	dir := os.Getenv("DIXIT_BENCH_DIR")
	if dir == "" {
		b.Skip("set DIXIT_BENCH_DIR to a directory of .txt articles")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("%s: no .txt articles (%v)", dir, err)
	}
	var arts []string
	var n int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		body := text.Sanitize(string(raw))
		arts = append(arts, body)
		n += int64(len(body))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			attrib.Extract(a, attrib.Options{})
		}
	}
	b.ReportMetric(float64(len(arts)), "articles")
}
