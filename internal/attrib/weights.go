package attrib

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

// weights are the learned choice's: a weight per feature (choice.go) and
// the classes of uncued quotes it decides, by language ("en
// previous-quote", "fr none"), each named by the rule the cascade would
// have used there. The train
// command writes lexicon/weights.txt; being a lexicon file, it is part of
// Version's hash, so new weights re-extract a library by themselves.
type weights struct {
	w       [nFeatures]float64
	p       [nPronFeatures]float64 // the pronoun choice's (pronoun.go)
	learned map[string]bool        // by "LANG CLASS"
}

// choiceClasses are the classes the weights file may name.
var choiceClasses = []string{"reported-speech", "previous-quote", "recent-person", "role-phrase", "none",
	"last-speaker-pronoun", "recent-person-pronoun"}

// pronPrefix marks the pronoun features in the weights file.
const pronPrefix = "pronoun:"

// allFeatureNames are the weights file's keys: the uncued choice's
// features, then the pronoun choice's with their prefix.
func allFeatureNames() []string {
	out := append([]string(nil), featureNames[:]...)
	for _, n := range pronFeatureNames {
		out = append(out, pronPrefix+n)
	}
	return out
}

const weightsFile = "lexicon/weights.txt"

var (
	weightsOnce sync.Once
	wts         *weights
)

func getWeights() *weights {
	weightsOnce.Do(func() {
		w, err := loadWeights(lexFS)
		if err != nil {
			// Embedded and covered by TestWeightsFile: a build defect.
			panic(err)
		}
		wts = w
	})
	return wts
}

// loadWeights reads the weights file: "FEATURE WEIGHT" lines naming every
// feature the engine computes exactly once, and "learned LANG CLASS" lines.
// It refuses an unknown feature, a missing one and an unknown class, so
// that weights fitted to other features never run silently.
func loadWeights(fsys fs.FS) (*weights, error) {
	w := &weights{learned: map[string]bool{}}
	index := map[string]int{}
	all := allFeatureNames()
	for k, n := range all {
		index[n] = k
	}
	got := map[string]bool{}
	err := eachLine(fsys, weightsFile, func(line string, _ int) error {
		f := strings.Fields(line)
		if f[0] == "learned" {
			if len(f) != 3 {
				return fmt.Errorf("want \"learned LANG CLASS\", got %q", line)
			}
			if f[1] != "fr" && f[1] != "en" {
				return fmt.Errorf("unknown language %q (want fr or en)", f[1])
			}
			for _, c := range choiceClasses {
				if c == f[2] {
					w.learned[f[1]+" "+c] = true
					return nil
				}
			}
			return fmt.Errorf("unknown class %q (want one of %s)", f[2], strings.Join(choiceClasses, ", "))
		}
		if len(f) != 2 {
			return fmt.Errorf("want \"FEATURE WEIGHT\" or \"learned LANG CLASS\", got %q", line)
		}
		k, ok := index[f[0]]
		if !ok {
			return fmt.Errorf("unknown feature %q", f[0])
		}
		if got[f[0]] {
			return fmt.Errorf("feature %q twice", f[0])
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return fmt.Errorf("feature %q: %w", f[0], err)
		}
		if k < nFeatures {
			w.w[k] = v
		} else {
			w.p[k-nFeatures] = v
		}
		got[f[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, n := range all {
		if !got[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s: no weight for %s", weightsFile, strings.Join(missing, ", "))
	}
	return w, nil
}

// FeatureNames are the features of a speaker candidate of an uncued quote,
// in the order of Candidate.Features: keys of the weights file.
func FeatureNames() []string { return append([]string(nil), featureNames[:]...) }

// PronounFeatureNames are the features of a pronoun's candidate (a Choice
// of Kind "pronoun"); the weights file writes them after "pronoun:".
func PronounFeatureNames() []string { return append([]string(nil), pronFeatureNames[:]...) }

// ChoiceClasses are the classes of quotes the weights file may hand to the
// learned choice (see Choice.Class).
func ChoiceClasses() []string { return append([]string(nil), choiceClasses...) }

// Choice is one uncued quotation and the speakers it may take, for the
// train command: the candidates and their features as the engine sees
// them, and what the fixed cascade picks.
type Choice struct {
	// Kind is "uncued" for a quote no cue ties to anyone, "pronoun" for
	// one cued by a pronoun the rule resolved (its candidates then carry
	// PronounFeatureNames).
	Kind       string
	Text       string // the quoted words, as in Quote.Text
	Start, End int
	// Class is the cascade's rule without "inherit/" ("previous-quote"),
	// "role-phrase" when it gives a role phrase naming no entity, or
	// "none" when it gives no speaker; for a pronoun, the rule's
	// resolution ("last-speaker-pronoun", "recent-person-pronoun").
	Class      string
	Lang       string // the article's, as Result.Lang
	Cascade    string // the cascade's speaker, "" for none
	Candidates []Candidate
}

// Candidate is one possible speaker and its feature vector.
type Candidate struct {
	Name     string
	Features []float64
}

// SpeakerChoices extracts body as Extract does, except that every uncued
// quotation takes the cascade's speaker, so that what the candidates of a
// quote are does not depend on the weights being fitted; it returns that
// result and those quotations with their candidates.
func SpeakerChoices(body string, opt Options) (Result, []Choice) {
	var out []Choice
	d := newDoc(body, opt)
	d.record = &out
	res := d.run()
	d.release()
	return res, out
}

// note records the choice of quote it for SpeakerChoices.
func (d *doc) note(it *dq, cs []candidate, w who, rule string) {
	start, end := d.toks[it.first].Start, d.toks[it.last-1].End
	c := Choice{Kind: "uncued", Text: d.src[start:end], Start: int(start), End: int(end), Class: classOf(rule, w), Lang: d.lang, Cascade: w.name}
	for _, x := range cs {
		f := make([]float64, nFeatures)
		for k, v := range x.f {
			f[k] = float64(v)
		}
		c.Candidates = append(c.Candidates, Candidate{Name: x.w.name, Features: f})
	}
	*d.record = append(*d.record, c)
}
