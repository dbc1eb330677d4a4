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
	p := fitParams{l2: *l2, steps: *steps, rate: *rate}
	feats := attrib.FeatureNames()
	nf := len(feats)

	fold := assignFolds(exs, *folds, *seed)
	// learnedOK[i]: the learned choice is right on exs[i], fitted without
	// its fold; dropOK[f][i] the same without feature f.
	learnedOK := crossValidate(exs, fold, *folds, nf, p, -1)

	classes := attrib.ChoiceClasses()
	use := map[string]bool{} // by "LANG CLASS"
	w := os.Stdout
	fmt.Fprintf(w, "Speaker choice of uncued quotes: %d-fold cross-validation by article (seed %d), strict accuracy\n\n", *folds, *seed)
	fmt.Fprintf(w, "%-4s %-16s %7s %8s %8s %8s %5s %5s %7s  %s\n", "lang", "class", "quotes", "reach", "cascade", "learned", "gain", "loss", "p", "decides")
	for _, lang := range []string{"en", "fr"} {
		for _, c := range classes {
			in := func(e *example) bool { return e.lang == lang && e.class == c }
			n, reach, cas, lrn := tally(exs, learnedOK, in)
			if n == 0 {
				continue
			}
			gain, loss := discordant(exs, learnedOK, in)
			p := signTest(gain, loss)
			key := lang + " " + c
			use[key] = gain > loss && p < *alpha
			dec := "cascade"
			if use[key] {
				dec = "learned"
			}
			fmt.Fprintf(w, "%-4s %-16s %7d %8.3f %8.3f %8.3f %5d %5d %7.4f  %s\n", lang, c, n, ratio(reach, n), ratio(cas, n), ratio(lrn, n), gain, loss, p, dec)
		}
	}
	chosen := make([]bool, len(exs))
	for i, e := range exs {
		chosen[i] = e.cascadeOK
		if use[e.lang+" "+e.class] {
			chosen[i] = learnedOK[i]
		}
	}
	fmt.Fprintf(w, "\n%-16s %7s %8s %8s %8s %8s\n", "set", "quotes", "reach", "cascade", "learned", "chosen")
	var sets []string
	for _, e := range exs {
		if !slices.Contains(sets, e.set) {
			sets = append(sets, e.set)
		}
	}
	for _, s := range append(sets, "all") {
		in := func(e *example) bool { return s == "all" || e.set == s }
		n, reach, cas, lrn := tally(exs, learnedOK, in)
		_, _, _, ch := tally(exs, chosen, in)
		fmt.Fprintf(w, "%-16s %7d %8.3f %8.3f %8.3f %8.3f\n", s, n, ratio(reach, n), ratio(cas, n), ratio(lrn, n), ratio(ch, n))
	}
	fmt.Fprintf(w, "\nSpeaker strict over all matched direct quotes (score.py's figure), the uncued ones as in CV:\n")
	fmt.Fprintf(w, "%-16s %7s %8s %8s\n", "set", "quotes", "cascade", "chosen")
	for _, s := range sets {
		var cas, ch int
		for i, e := range exs {
			if e.set == s {
				cas += b2i(e.cascadeOK)
				ch += b2i(chosen[i])
			}
		}
		t := tot[s]
		fmt.Fprintf(w, "%-16s %7d %8.3f %8.3f\n", s, t.matched, ratio(t.right, t.matched), ratio(t.right-cas+ch, t.matched))
	}
	fmt.Fprintln(w, "\nreach: a candidate is the gold speaker; gain, loss: quotes the learned choice gets right and the cascade wrong,")
	fmt.Fprintln(w, "and the reverse; p: one-sided sign test on them; chosen: the learned choice where it decides, else the cascade")

	final := fit(exs, nf, p, -1)
	_, _, _, all := tally(exs, learnedOK, func(*example) bool { return true })
	fmt.Fprintf(w, "\n%-22s %8s", "feature", "weight")
	if *ablate {
		fmt.Fprintf(w, " %14s", "CV without it")
	}
	fmt.Fprintln(w)
	for k, name := range feats {
		fmt.Fprintf(w, "%-22s %8.3f", name, final[k])
		if *ablate {
			ok := crossValidate(exs, fold, *folds, nf, p, k)
			_, _, _, n := tally(exs, ok, func(*example) bool { return true })
			fmt.Fprintf(w, " %+14d", n-all)
		}
		fmt.Fprintln(w)
	}
	if *ablate {
		fmt.Fprintf(w, "(CV without it: quotes right without the feature minus the %d right with all of them)\n", all)
	}
	if *out == "" {
		return
	}
	if err := writeWeights(*out, feats, final, classes, use, *names, len(exs), *folds, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Fprintln(w, "\nwrote", *out)
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

func writeWeights(path string, feats []string, m model, classes []string, use map[string]bool, sets string, n, folds int, seed uint64) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# The weights of the speaker choice for uncued quotes (internal/attrib/choice.go).\n")
	fmt.Fprintf(&b, "# Written by `go run ./internal/attrib/train`: do not edit by hand.\n")
	fmt.Fprintf(&b, "# Learned from %d uncued quotes of %s; %d-fold CV by article, seed %d.\n", n, strings.ReplaceAll(sets, ",", ", "), folds, seed)
	fmt.Fprintf(&b, "# FEATURE WEIGHT: a candidate's score is the sum of the weights of its features.\n")
	for k, f := range feats {
		fmt.Fprintf(&b, "%s %.4f\n", f, m[k]+0) // +0: no "-0.0000"
	}
	fmt.Fprintf(&b, "# learned LANG CLASS: the classes (the cascade's rule) where the learned choice\n# beat the cascade in cross-validation; the cascade decides the others.\n")
	for _, lang := range []string{"en", "fr"} {
		for _, c := range classes {
			if use[lang+" "+c] {
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
		for _, pr := range match(pt, gold, 0.8) {
			if s := speakers[pr[1]]; s != nil {
				q := pred[pr[0]]
				goldOf[[2]int{q.Start, q.End}] = normName(*s)
				tot.matched++
				if normName(q.Speaker) == normName(*s) {
					tot.right++
				}
			}
		}
		for _, c := range choices {
			gs, ok := goldOf[[2]int{c.Start, c.End}]
			if !ok {
				continue
			}
			e := &example{set: set, article: name, lang: c.Lang, class: c.Class, cascadeOK: c.Cascade != "" && normName(c.Cascade) == gs}
			for _, cand := range c.Candidates {
				p := normName(cand.Name) == gs
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
