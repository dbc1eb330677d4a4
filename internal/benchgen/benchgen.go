// Package benchgen makes fictional news articles for dixit's benchmarks, of
// the size and shape of real news: 3–6 KB, about fifteen quotations from
// three to seven speakers, a few cited sources, in English and French, with
// speakers, outlets and sources that recur as they do across a newsroom's
// library (a Zipf law: a few names everywhere, most names rarely).
//
// Every word is the generator's own; the same seed gives the same articles.
package benchgen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
)

// Doc is one generated article and what an extraction should find in it:
// spans into Body, with speakers under their full names.
type Doc struct {
	Name      string // a relative file name, e.g. "042/042137.md"
	Title     string
	Outlet    string
	Lang      string
	URL       string
	Published time.Time
	Body      string
	Quotes    []attrib.Quote
	Speakers  []attrib.Speaker
	Sources   []attrib.Source
}

// Markdown is the article as a file dixit ingests: YAML front matter, then
// the body.
func (d *Doc) Markdown() []byte {
	var b strings.Builder
	b.Grow(len(d.Body) + 256)
	fmt.Fprintf(&b, "---\ntitle: %s\noutlet: %s\ndate: %s\nlang: %s\nurl: %s\n---\n",
		strconv.Quote(d.Title), strconv.Quote(d.Outlet), d.Published.Format(time.RFC3339), d.Lang, d.URL)
	b.WriteString(d.Body)
	return []byte(b.String())
}

// Gen makes articles. It is not safe for concurrent use.
type Gen struct {
	r        *rand.Rand
	people   []person
	speakers *zipf
	outlets  []string
	outletZ  *zipf
	sourceZ  *zipf
}

type person struct{ first, last, roleEN, roleFR string }

// New returns a generator; the same seed makes the same articles.
func New(seed uint64) *Gen {
	r := rand.New(rand.NewPCG(seed, seed*7919+1))
	g := &Gen{r: r}
	// Every first name with every last name, in an order of fame fixed by
	// the seed: rank 0 is the most quoted person of the library.
	for _, f := range firsts {
		for _, l := range lasts {
			g.people = append(g.people, person{first: f, last: l})
		}
	}
	r.Shuffle(len(g.people), func(i, j int) { g.people[i], g.people[j] = g.people[j], g.people[i] })
	for i := range g.people {
		g.people[i].roleEN, g.people[i].roleFR = rolesEN[r.IntN(len(rolesEN))], rolesFR[r.IntN(len(rolesFR))]
	}
	g.speakers = newZipf(len(g.people), 1.0)
	for _, t := range townsEN {
		for _, k := range outletKindsEN {
			g.outlets = append(g.outlets, "The "+t+" "+k)
		}
	}
	for _, t := range townsFR {
		for _, k := range outletKindsFR {
			g.outlets = append(g.outlets, k+" "+t)
		}
	}
	r.Shuffle(len(g.outlets), func(i, j int) { g.outlets[i], g.outlets[j] = g.outlets[j], g.outlets[i] })
	g.outletZ = newZipf(len(g.outlets), 1.1)
	g.sourceZ = newZipf(len(agencies), 1.0)
	return g
}

// zipf draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s.
type zipf struct{ cdf []float64 }

func newZipf(n int, s float64) *zipf {
	z := &zipf{cdf: make([]float64, n)}
	sum := 0.0
	for i := range n {
		sum += 1 / math.Pow(float64(i+1), s)
		z.cdf[i] = sum
	}
	for i := range z.cdf {
		z.cdf[i] /= sum
	}
	return z
}

func (z *zipf) draw(r *rand.Rand) int {
	return min(sort.SearchFloat64s(z.cdf, r.Float64()), len(z.cdf)-1)
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// text accumulates a body and the spans into it.
type text struct{ b strings.Builder }

func (t *text) trimSpace() {
	s := t.b.String()
	if trimmed := strings.TrimRight(s, " "); len(trimmed) < len(s) {
		t.b.Reset()
		t.b.WriteString(trimmed)
	}
}

func (t *text) add(s string) (start, end int) {
	start = t.b.Len()
	t.b.WriteString(s)
	return start, t.b.Len()
}

type lang struct {
	code                                            string
	towns, topics, events, claims, cues             []string
	subjects, verbs, objects, tails                 []string
	open, quoteOpen, quoteClose, indirect, accordTo string
}

var en = lang{code: "en", towns: townsEN, topics: topicsEN, events: eventsEN, claims: claimsEN, cues: cuesEN,
	subjects: subjectsEN, verbs: verbsEN, objects: objectsEN, tails: tailsEN,
	open: "In %s, the %s is the talk of the town. ", quoteOpen: "“", quoteClose: "”", indirect: "said that", accordTo: "according to"}

var fr = lang{code: "fr", towns: townsFR, topics: topicsFR, events: eventsFR, claims: claimsFR, cues: cuesFR,
	subjects: subjectsFR, verbs: verbsFR, objects: objectsFR, tails: tailsFR,
	open: "À %s, le dossier %s occupe les esprits. ", quoteOpen: "« ", quoteClose: " »", indirect: "estime que", accordTo: "selon"}

// Doc makes article i. Articles must be asked for in order (0, 1, 2…) for
// a seed to give the same library.
func (g *Gen) Doc(i int) *Doc {
	r := g.r
	l := en
	if r.IntN(10) < 3 {
		l = fr
	}
	town, topic := pick(r, l.towns), pick(r, l.topics)
	d := &Doc{
		Name:   fmt.Sprintf("%03d/%06d.md", i/1000, i),
		Title:  town + ": " + pick(r, l.events) + " " + topic,
		Outlet: g.outlets[g.outletZ.draw(r)],
		Lang:   l.code,
		URL:    fmt.Sprintf("https://news.example/%s/%06d", l.code, i),
		Published: time.Date(2021, 1, 1, 8, 0, 0, 0, time.UTC).
			Add(time.Duration(r.IntN(5*365*24*60)) * time.Minute),
	}
	if r.IntN(3) == 0 {
		d.Title += fmt.Sprintf(" (%d)", 2020+r.IntN(6))
	}
	// The cast: three to seven distinct people, the first the most quoted.
	var cast []int
	for len(cast) < 3+r.IntN(5) {
		p := g.speakers.draw(r)
		if !containsInt(cast, p) {
			cast = append(cast, p)
		}
	}
	nsrc := r.IntN(4)
	target := 3000 + r.IntN(3001)
	var t text
	named := map[int]bool{}
	index := map[int]int{} // person → index in d.Speakers
	for p := 0; t.b.Len() < target-200; p++ {
		if p > 0 {
			t.trimSpace()
			t.add("\n\n")
		} else {
			t.add(fmt.Sprintf(l.open, town, topic))
		}
		t.add(g.sentence(l) + " ")
		if nsrc > 0 && r.IntN(4) == 0 {
			nsrc--
			src := agencies[g.sourceZ.draw(r)]
			s := g.sentence(l)
			t.add(strings.TrimSuffix(s, ".") + ", ")
			start, end := t.add(l.accordTo + " " + src)
			t.add(". ")
			d.Sources = append(d.Sources, attrib.Source{Name: src, Mention: l.accordTo + " " + src, Start: start, End: end})
		}
		if r.IntN(8) < 7 {
			// Most quotes are the lead speaker's.
			who := cast[0]
			if r.IntN(2) == 0 {
				who = pick(r, cast)
			}
			g.quote(&t, d, l, topic, who, named, index)
		}
		if r.IntN(2) == 0 {
			t.add(g.sentence(l))
		}
	}
	d.Body = strings.TrimRight(t.b.String(), " ") + "\n"
	return d
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// sentence is a filler sentence made of parts.
func (g *Gen) sentence(l lang) string {
	r := g.r
	s := pick(r, l.subjects) + " " + pick(r, l.verbs) + " " + pick(r, l.objects) + " " + pick(r, l.tails)
	if r.IntN(3) == 0 {
		if l.code == "fr" {
			s += fmt.Sprintf(", pour un montant de %d,%d millions d’euros", 1+r.IntN(90), r.IntN(10))
		} else {
			s += fmt.Sprintf(", at a cost of £%d.%d million", 1+r.IntN(90), r.IntN(10))
		}
	}
	return s + "."
}

// quote writes one quotation of person who: named in full with a role the
// first time, by last name after.
func (g *Gen) quote(t *text, d *Doc, l lang, topic string, who int, named map[int]bool, index map[int]int) {
	r := g.r
	p := g.people[who]
	full := p.first + " " + p.last
	role := p.roleEN
	if l.code == "fr" {
		role = p.roleFR
	}
	mention := p.last
	if !named[who] {
		mention = full + ", " + role + ","
	}
	claim := pick(r, l.claims)
	if strings.Contains(claim, "%s") {
		claim = fmt.Sprintf(claim, topic)
	}
	q := attrib.Quote{Speaker: full, Mention: strings.TrimSuffix(strings.SplitN(mention, ",", 2)[0], ","), Description: role}
	if r.IntN(20) < 9 { // indirect, about 45% as in real news
		q.Kind, q.Cue = attrib.Indirect, l.indirect
		t.add(mention + " " + l.indirect + " ")
		q.Start, q.End = t.add(claim)
		t.add(". ")
	} else {
		q.Kind, q.Cue = attrib.Direct, pick(r, l.cues)
		claim = strings.ToUpper(claim[:1]) + claim[1:]
		t.add(l.quoteOpen)
		q.Start, q.End = t.add(claim)
		if l.code == "en" {
			t.add(",") // inside the marks, outside the quote
		}
		t.add(l.quoteClose)
		if l.code == "fr" {
			t.add(",")
		}
		t.add(" " + q.Cue + " " + strings.TrimSuffix(mention, ",") + ". ")
	}
	q.Text = t.b.String()[q.Start:q.End]
	named[who] = true
	d.Quotes = append(d.Quotes, q)
	if k, ok := index[who]; ok {
		d.Speakers[k].Quotes++
		if !containsString(d.Speakers[k].Mentions, q.Mention) {
			d.Speakers[k].Mentions = append(d.Speakers[k].Mentions, q.Mention)
		}
		return
	}
	index[who] = len(d.Speakers)
	d.Speakers = append(d.Speakers, attrib.Speaker{Name: full, Mentions: []string{q.Mention}, Description: role, Quotes: 1})
}

func containsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
