package attrib

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// lexClasses is the registry of word classes: each class a rule reads, by
// the name the lexicon files give it, and the bits its words get. It is the
// only place a class name meets a bit, so that the files and the rules
// cannot drift apart unnoticed: the loader refuses a class that is not
// here, and one that is here but in no file.
var lexClasses = map[string]uint64{
	"honorific":        cHonorific,
	"female-honorific": cFemaleHon,
	"male-honorific":   cMaleHon,
	"function":         cFunction,
	"org":              cOrg,
	"press":            cPress,
	"place":            cPlace,
	"role":             cRole,
	"role-title":       cRoleTitle,
	"given-m":          cGivenM,
	"given-f":          cGivenF,
	"given-u":          cGivenM | cGivenF,
	"lang-fr":          cLangFr,
	"lang-en":          cLangEn,
	"pronoun-m":        xPronM,
	"pronoun-f":        xPronF,
	"pronoun-p":        xPronP,
	"article":          xArticle,
	"determiner":       xDeterminer,
	"preposition":      xPreposition,
	"definite":         xDefinite,
	"connective":       xConnective,
	"scene-word":       xSceneWord,
	"group-noun":       xGroupNoun,
	"clause-word":      xClauseWord,
	"role-end":         xRoleEnd,
	"role-filler":      xRoleFiller,
	"list-word":        xListWord,
	"via-word":         xViaWord,
	"source-end":       xSourceEnd,
	"not-source":       xNotSource,
	"fr-aux":           xFrAux,
	"fr-adverb":        xFrAdverb,
	"en-aux":           xEnAux,
	"time-word":        xTimeWord,
	"abbrev":           xAbbrev,
	"particle":         xParticle,
	"surname-like":     xSurnameLike,
	"link-word":        xLinkWord,
	"document-noun":    xDocNoun,
	"org-noun":         xOrgNoun,
	"employer":         xEmployer,
	// findSources reads a cited source after a form of "rapporter" as after
	// any other cue; its other rules tell the forms apart.
	"report-form":      xReportForm | xSourceCue,
	"source-cue":       xSourceCue,
	"person-12":        cPerson12,
	"clitic":           cClitic,
	"that":             xThat,
	"call-on":          xAuPrep,
	"partitive":        xPartitive,
	"link-label":       xLinkLabel,
	"infinitive-mark":  xInfMark,
	"relative":         xRelative,
	"press-noun":       xPressNoun,
	"object-pronoun-m": xObjPronM,
	"object-pronoun-f": xObjPronF,
	"object-pronoun-p": xObjPronP,
	"place-name":       xPlaceName,
	"passive-aux":      xPassive,
}

// Classes the loader derives from the verb tables and the gazetteer rather
// than reads under a header, and how each matches.
const (
	derivedExact      = xVerbFr | xVerbFrPron | xVerbFrInf | xVerbEn | xFrame
	derivedPossessive = xOutletFirst | xOutletUncased
)

// classFile reports whether a lexicon file holds [class] sections; the
// verb tables and the gazetteer have formats of their own.
func classFile(name string) bool {
	switch path.Base(name) {
	case "verbs_fr.txt", "verbs_en.txt", "outlets.txt", "frames.txt", "common_en.txt", "common_fr.txt", "weights.txt":
		return false
	}
	return true
}

// classSet accumulates the class files: the bits of each word and which
// bits are matched on a token's exact form.
type classSet struct {
	bits       map[string]uint64
	exact      uint64
	possessive uint64
	seen       map[string]string // class → where its header is
}

// loadClasses reads every class file of fsys (lexicon/*.txt but the verb
// tables and the gazetteer) into bits.
func loadClasses(fsys fs.FS, bits map[string]uint64) (exact uint64, err error) {
	names, err := fs.Glob(fsys, "lexicon/*.txt")
	if err != nil {
		return 0, err
	}
	cs := &classSet{bits: bits, seen: map[string]string{}}
	for _, name := range names {
		if !classFile(name) {
			continue
		}
		if err := cs.readFile(fsys, name); err != nil {
			return 0, err
		}
	}
	var missing []string
	for class := range lexClasses {
		if _, ok := cs.seen[class]; !ok {
			missing = append(missing, class)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return 0, fmt.Errorf("lexicon: the rules read class [%s], which no file under lexicon/ defines", strings.Join(missing, "], ["))
	}
	cs.exact |= derivedExact
	cs.possessive |= derivedPossessive
	if both := cs.exact & cs.possessive; both != 0 {
		return 0, fmt.Errorf("lexicon: class bits %#x are matched both exactly and without a possessive ending", both)
	}
	return cs.exact, nil
}

func (cs *classSet) readFile(fsys fs.FS, name string) error {
	class, bit := "", uint64(0)
	return eachLine(fsys, name, func(line string, n int) error {
		if strings.HasPrefix(line, "[") {
			c, b, err := cs.header(line, fmt.Sprintf("%s:%d", name, n))
			class, bit = c, b
			return err
		}
		if class == "" {
			return fmt.Errorf("words before any [class] header")
		}
		for _, w := range strings.Fields(line) {
			if f := text.Fold(w); f != w {
				return fmt.Errorf("[%s]: %q is not written as the tokenizer folds it: write %q", class, w, f)
			}
			cs.bits[w] |= bit
		}
		return nil
	})
}

// header reads "[name match]" and returns the class and its bits.
func (cs *classSet) header(line, at string) (string, uint64, error) {
	f := strings.Fields(strings.TrimSuffix(line[1:], "]"))
	if !strings.HasSuffix(line, "]") || len(f) == 0 {
		return "", 0, fmt.Errorf("%q: a header is [class exact] or [class possessive]", line)
	}
	class := f[0]
	if len(f) != 2 || f[1] != "exact" && f[1] != "possessive" {
		return "", 0, fmt.Errorf("[%s]: say how the class matches: [%s exact] or [%s possessive]", class, class, class)
	}
	bit, ok := lexClasses[class]
	if !ok {
		return "", 0, fmt.Errorf("[%s]: no rule reads this class (the registry is lexClasses in classes.go)", class)
	}
	if prev, dup := cs.seen[class]; dup {
		return "", 0, fmt.Errorf("[%s]: already defined at %s", class, prev)
	}
	cs.seen[class] = at
	if f[1] == "exact" {
		cs.exact |= bit
	} else {
		cs.possessive |= bit
	}
	return class, bit, nil
}
