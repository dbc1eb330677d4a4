// Command train learns the weights of the speaker choice for uncued
// quotes (internal/attrib/choice.go) from the annotated sets of
// ../shared/eval, prints cross-validated figures beside the fixed
// cascade's on the same quotes, and writes internal/attrib/lexicon/weights.txt.
//
// Run it from the repository root, with ../shared beside it:
//
//	go run ./internal/attrib/train
//
// Folds are drawn by article (never one article in both the training and
// the test part), with a fixed seed: two runs print and write the same.
// See docs/attribution.md, "The learned speaker choice".
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/dixit-news/dixit/internal/attrib/train/scorer"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
)

// defaultSets are the annotated sets the weights are learned from; the
// seed is left out (three quotes, all cued) and kept as a check.
var defaultSets = []string{"fr-news", "en-news", "fr-dev", "ggt-en", "polnear-train", "polnear-dev"}

func main() {
	setsDir := flag.String("sets", "../shared/eval/sets", "the folder of annotated sets (NAME/articles, NAME/gold)")
	names := flag.String("use", strings.Join(defaultSets, ","), "the sets to learn from, comma-separated")
	out := flag.String("out", "internal/attrib/lexicon/weights.txt", "the weights file to write; empty to write none")
	folds := flag.Int("folds", 5, "cross-validation folds, by article")
	seed := flag.Uint64("seed", 1, "the seed of the folds")
	l2 := flag.Float64("l2", 0.001, "L2 penalty")
	steps := flag.Int("steps", 1000, "gradient steps")
	rate := flag.Float64("rate", 0.5, "learning rate")
	balance := flag.Float64("balance", 1, "a set of n quotes weighs n^balance in the loss: 1 weighs every quote alike, 0 every set")
	alpha := flag.Float64("alpha", 0.05, "a class goes to the learned choice when it wins in CV with a one-sided sign test p below this")
	ablate := flag.Bool("ablation", true, "print each feature's contribution (a fit without it)")
	flag.Parse()

	var exs []*example
	tot := map[string]*totals{}
	for _, set := range strings.Split(*names, ",") {
		tot[set] = &totals{}
		e, err := loadSet(filepath.Join(*setsDir, set), set, tot[set])
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		exs = append(exs, e...)
	}
	setWeights(exs, *balance)
	o := options{p: fitParams{l2: *l2, steps: *steps, rate: *rate}, folds: *folds, seed: *seed, alpha: *alpha, ablate: *ablate}
	w := os.Stdout
	var uncued, pron []*example
	for _, e := range exs {
		if e.kind == "pronoun" {
			pron = append(pron, e)
		} else {
			uncued = append(uncued, e)
		}
	}
	var sets []string
	for _, e := range exs {
		if !slices.Contains(sets, e.set) {
			sets = append(sets, e.set)
		}
	}
	fmt.Fprintf(w, "Learned speaker choice: %d-fold cross-validation by article (seed %d), strict accuracy\n", *folds, *seed)
	fmt.Fprintln(w, "reach: a candidate is the gold speaker; gain, loss: quotes the learned choice gets right and the rule wrong,")
	fmt.Fprintln(w, "and the reverse; p: one-sided sign test on them; chosen: the learned choice where it decides, else the rule")
	su := study(w, "Uncued quotes (rule: the cascade)", uncued, attrib.FeatureNames(), sets, o)
	sp := study(w, "Quotes cued by a pronoun (rule: resolve.go)", pron, attrib.PronounFeatureNames(), sets, o)

	fmt.Fprintf(w, "\nSpeaker strict over all matched direct quotes (score.py's figure), the chosen ones as in CV:\n")
	fmt.Fprintf(w, "%-16s %7s %8s %8s\n", "set", "quotes", "rules", "chosen")
	for _, s := range sets {
		right := tot[s].right
		for _, r := range []*result{su, sp} {
			for i, e := range r.exs {
				if e.set == s {
					right += b2i(r.chosen[i]) - b2i(e.cascadeOK)
				}
			}
		}
		t := tot[s]
		fmt.Fprintf(w, "%-16s %7d %8.3f %8.3f\n", s, t.matched, ratio(t.right, t.matched), ratio(right, t.matched))
	}
	if *out == "" {
		return
	}
	if err := writeWeights(*out, su, sp, *names, *folds, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Fprintln(w, "\nwrote", *out)
}

type options struct {
	p      fitParams
	folds  int
	seed   uint64
	alpha  float64
	ablate bool
}

// result is what study learned of one kind of choice.
type result struct {
	exs    []*example
	feats  []string
	final  model
	use    map[string]bool // by "LANG CLASS"
	chosen []bool          // per example: right in CV where learned decides, else the rule's
}

// study cross-validates the learned choice of one kind against its rule,
// prints its tables, decides its classes and fits the final weights.
func study(w io.Writer, title string, exs []*example, feats []string, sets []string, o options) *result {
	nf := len(feats)
	fold := assignFolds(exs, o.folds, o.seed)
	learnedOK := crossValidate(exs, fold, o.folds, nf, o.p, -1)
	r := &result{exs: exs, feats: feats, use: map[string]bool{}}
	fmt.Fprintf(w, "\n%s\n\n", title)
	fmt.Fprintf(w, "%-4s %-22s %7s %8s %8s %8s %5s %5s %7s  %s\n", "lang", "class", "quotes", "reach", "rule", "learned", "gain", "loss", "p", "decides")
	for _, lang := range []string{"en", "fr"} {
		for _, c := range attrib.ChoiceClasses() {
			in := func(e *example) bool { return e.lang == lang && e.class == c }
			n, reach, cas, lrn := tally(exs, learnedOK, in)
			if n == 0 {
				continue
			}
			gain, loss := discordant(exs, learnedOK, in)
			p := signTest(gain, loss)
			key := lang + " " + c
			r.use[key] = gain > loss && p < o.alpha
			dec := "rule"
			if r.use[key] {
				dec = "learned"
			}
			fmt.Fprintf(w, "%-4s %-22s %7d %8.3f %8.3f %8.3f %5d %5d %7.4f  %s\n", lang, c, n, ratio(reach, n), ratio(cas, n), ratio(lrn, n), gain, loss, p, dec)
		}
	}
	r.chosen = make([]bool, len(exs))
	for i, e := range exs {
		r.chosen[i] = e.cascadeOK
		if r.use[e.lang+" "+e.class] {
			r.chosen[i] = learnedOK[i]
		}
	}
	fmt.Fprintf(w, "\n%-16s %7s %8s %8s %8s %8s\n", "set", "quotes", "reach", "rule", "learned", "chosen")
	for _, s := range append(sets, "all") {
		in := func(e *example) bool { return s == "all" || e.set == s }
		n, reach, cas, lrn := tally(exs, learnedOK, in)
		_, _, _, ch := tally(exs, r.chosen, in)
		fmt.Fprintf(w, "%-16s %7d %8.3f %8.3f %8.3f %8.3f\n", s, n, ratio(reach, n), ratio(cas, n), ratio(lrn, n), ratio(ch, n))
	}
	r.final = fit(exs, nf, o.p, -1)
	_, _, _, all := tally(exs, learnedOK, func(*example) bool { return true })
	fmt.Fprintf(w, "\n%-22s %8s", "feature", "weight")
	if o.ablate {
		fmt.Fprintf(w, " %14s", "CV without it")
	}
	fmt.Fprintln(w)
	for k, name := range feats {
		fmt.Fprintf(w, "%-22s %8.3f", name, r.final[k])
		if o.ablate {
			ok := crossValidate(exs, fold, o.folds, nf, o.p, k)
			_, _, _, n := tally(exs, ok, func(*example) bool { return true })
			fmt.Fprintf(w, " %+14d", n-all)
		}
		fmt.Fprintln(w)
	}
	if o.ablate {
		fmt.Fprintf(w, "(CV without it: quotes right without the feature minus the %d right with all of them)\n", all)
	}
	return r
}

// setWeights gives each quote of a set of n quotes the weight
// n^balance / n, so that a set weighs n^balance: the large English sets
// would otherwise decide alone, and the French ones are small.
func setWeights(exs []*example, balance float64) {
	n := map[string]int{}
	for _, e := range exs {
		n[e.set]++
	}
	for _, e := range exs {
		e.weight = math.Pow(float64(n[e.set]), balance) / float64(n[e.set])
	}
}

// assignFolds draws each article's fold: the articles in a fixed order,
// shuffled by the seed, dealt out in turn.
func assignFolds(exs []*example, k int, seed uint64) []int {
	var arts []string
	seen := map[string]bool{}
	for _, e := range exs {
		if key := e.set + "/" + e.article; !seen[key] {
			seen[key] = true
			arts = append(arts, key)
		}
	}
	sort.Strings(arts)
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	of := map[string]int{}
	for i, a := range arts {
		of[a] = i % k
	}
	fold := make([]int, len(exs))
	for i, e := range exs {
		fold[i] = of[e.set+"/"+e.article]
	}
	return fold
}

// crossValidate fits on all folds but one and judges the one left out,
// for each fold in turn.
func crossValidate(exs []*example, fold []int, k, nf int, p fitParams, drop int) []bool {
	ok := make([]bool, len(exs))
	for f := 0; f < k; f++ {
		var train []*example
		for i, e := range exs {
			if fold[i] != f {
				train = append(train, e)
			}
		}
		m := fit(train, nf, p, drop)
		for i, e := range exs {
			if fold[i] == f {
				ok[i] = m.correct(e, drop)
			}
		}
	}
	return ok
}

func tally(exs []*example, ok []bool, in func(*example) bool) (n, reach, cascade, right int) {
	for i, e := range exs {
		if !in(e) {
			continue
		}
		n++
		if e.anyPos {
			reach++
		}
		if e.cascadeOK {
			cascade++
		}
		if ok[i] {
			right++
		}
	}
	return
}

// discordant counts the quotes the learned choice gets right and the
// cascade wrong (gain), and the reverse (loss).
func discordant(exs []*example, ok []bool, in func(*example) bool) (gain, loss int) {
	for i, e := range exs {
		if !in(e) {
			continue
		}
		switch {
		case ok[i] && !e.cascadeOK:
			gain++
		case !ok[i] && e.cascadeOK:
			loss++
		}
	}
	return
}

// signTest is the one-sided exact sign (McNemar) test: the chance of
// gain or more successes in gain+loss fair coin tosses. A class is not
// handed to the learned choice on a handful of quotes.
func signTest(gain, loss int) float64 {
	n := gain + loss
	if n == 0 {
		return 1
	}
	p := 0.0
	for k := gain; k <= n; k++ {
		lc, _ := math.Lgamma(float64(n + 1))
		a, _ := math.Lgamma(float64(k + 1))
		b, _ := math.Lgamma(float64(n - k + 1))
		p += math.Exp(lc - a - b - float64(n)*math.Ln2)
	}
	return math.Min(1, p)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func writeWeights(path string, su, sp *result, sets string, folds int, seed uint64) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# The weights of the learned speaker choice (internal/attrib/choice.go, pronoun.go).\n")
	fmt.Fprintf(&b, "# Written by `go run ./internal/attrib/train`: do not edit by hand.\n")
	fmt.Fprintf(&b, "# Learned from %d uncued quotes and %d quotes cued by a pronoun of %s;\n# %d-fold CV by article, seed %d.\n",
		len(su.exs), len(sp.exs), strings.ReplaceAll(sets, ",", ", "), folds, seed)
	fmt.Fprintf(&b, "# FEATURE WEIGHT: a candidate's score is the sum of the weights of its features.\n")
	for k, f := range su.feats {
		fmt.Fprintf(&b, "%s %.4f\n", f, su.final[k])
	}
	for k, f := range sp.feats {
		fmt.Fprintf(&b, "pronoun:%s %.4f\n", f, sp.final[k])
	}
	fmt.Fprintf(&b, "# learned LANG CLASS: the classes (the rule's choice) where the learned choice\n# beat the rule in cross-validation; the rule decides the others.\n")
	for _, lang := range []string{"en", "fr"} {
		for _, c := range attrib.ChoiceClasses() {
			if su.use[lang+" "+c] || sp.use[lang+" "+c] {
				fmt.Fprintf(&b, "learned %s %s\n", lang, c)
			}
		}
	}
	return os.WriteFile(path, []byte(strings.ReplaceAll(b.String(), " -0.0000\n", " 0.0000\n")), 0o644)
}

// totals are a set's matched direct quotes with a known gold speaker, as
// score.py counts them for "speaker strict", and how many of them the
// extraction gets right with the cascade.
type totals struct{ matched, right int }

// goldFile is the part of a gold file the training reads.
type goldFile struct {
	Quotes []struct {
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
		Kind    string  `json:"kind"`
	} `json:"quotes"`
}

// loadSet extracts every article of a set and returns its uncued quotes
// that match a gold direct quote with a known speaker, matched as
// score.py matches them.
func loadSet(dir, set string, tot *totals) ([]*example, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "articles", "*"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no articles (is ../shared beside the repository? see -sets)", dir)
	}
	sort.Strings(paths)
	var exs []*example
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		g, err := readGold(filepath.Join(dir, "gold", name+".json"))
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		arts, err := article.FromBytes(path, data)
		if err != nil || len(arts) != 1 {
			continue // extract would print an empty result: nothing to learn
		}
		// The options dixit extract gives an article.
		opt := attrib.Options{Lang: "auto"}
		if arts[0].Lang != "" {
			opt.Lang = arts[0].Lang
		}
		res, choices := attrib.SpeakerChoices(arts[0].Body, opt)
		var pred []attrib.Quote
		for _, q := range res.Quotes {
			if q.Kind == attrib.Direct {
				pred = append(pred, q)
			}
		}
		var gold []string
		var speakers []*string
		for _, q := range g.Quotes {
			if q.Kind == "" || q.Kind == "direct" {
				gold = append(gold, q.Text)
				speakers = append(speakers, q.Speaker)
			}
		}
		pt := make([]string, len(pred))
		for i, q := range pred {
			pt[i] = q.Text
		}
		goldOf := map[[2]int]string{}
		for _, pr := range scorer.Match(pt, gold, 0.8) {
			if s := speakers[pr[1]]; s != nil {
				q := pred[pr[0]]
				goldOf[[2]int{q.Start, q.End}] = scorer.NormName(*s)
				tot.matched++
				if scorer.NormName(q.Speaker) == scorer.NormName(*s) {
					tot.right++
				}
			}
		}
		for _, c := range choices {
			gs, ok := goldOf[[2]int{c.Start, c.End}]
			if !ok {
				continue
			}
			e := &example{set: set, article: name, kind: c.Kind, lang: c.Lang, class: c.Class, cascadeOK: c.Cascade != "" && scorer.NormName(c.Cascade) == gs}
			for _, cand := range c.Candidates {
				p := scorer.NormName(cand.Name) == gs
				e.feats = append(e.feats, cand.Features)
				e.pos = append(e.pos, p)
				e.anyPos = e.anyPos || p
			}
			exs = append(exs, e)
		}
	}
	return exs, nil
}

func readGold(path string) (*goldFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}
