// Command gen writes the speech-verb tables internal/attrib/lexicon/verbs_fr.txt
// and verbs_en.txt from the hand-curated lists in internal/attrib/lexicon/src,
// taking every inflected form from a packaged lexical resource instead of
// typing it:
//
//   - French: Debian's verbiste package (GNU GPL v2 or later), through its
//     french-conjugator command and the conjugation data it reads
//     (/usr/share/verbiste-0.1/conjugation-fr.xml and verbs-fr.xml).
//   - English: regular inflection rules, with the irregular and spelling
//     exceptions of WordNet 3.0's verb.exc (Debian's wordnet-base package,
//     WordNet 3.0 licence: BSD-like, Princeton University).
//
// Run it through scripts/gen-verbs.sh, which checks that both packages are
// installed. The output is committed; tests read it and never need the
// packages.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	dir := flag.String("dir", "internal/attrib/lexicon", "lexicon folder: reads src/, writes verbs_*.txt")
	conj := flag.String("conjugator", "french-conjugator", "verbiste's French conjugator")
	exc := flag.String("verb-exc", "/usr/share/wordnet/verb.exc", "WordNet's verb exception list")
	flag.Parse()
	if err := genFrench(*dir, *conj); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := genEnglish(*dir, *exc); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// srcLine is one verb of a curated list: its words before any ':', the
// forms after it, and its '|' flags.
type srcLine struct {
	words []string
	extra []string
	flags []string
	n     int
}

func (s srcLine) has(flag string) bool {
	for _, f := range s.flags {
		if f == flag {
			return true
		}
	}
	return false
}

func (s srcLine) value(key string) string {
	for _, f := range s.flags {
		if v, ok := strings.CutPrefix(f, key+"="); ok {
			return v
		}
	}
	return ""
}

func readSource(path string) ([]srcLine, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []srcLine
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		head, extra, _ := strings.Cut(parts[0], ":")
		s := srcLine{words: strings.Fields(head), extra: strings.Fields(extra), n: i + 1}
		for _, f := range parts[1:] {
			s.flags = append(s.flags, strings.TrimSpace(f))
		}
		if len(s.words) == 0 {
			return nil, fmt.Errorf("%s:%d: no verb", path, i+1)
		}
		out = append(out, s)
	}
	return out, nil
}

func header(source, pkg, licence string) string {
	return "# GENERATED FILE: DO NOT EDIT. Written by scripts/gen-verbs.sh\n" +
		"# (go run ./internal/attrib/lexicon/gen) from " + source + ",\n" +
		"# with the inflections of " + pkg + "\n" +
		"# (" + licence + ").\n" +
		"# Edit the source list and run the script again.\n"
}

// French forms kept: the third persons of the tenses news reports in,
// and both participles. Inverted forms ("dit-il", "a-t-elle ajouté") are
// the engine's: it strips the pronoun and finds the bare form.
var frTenses = []struct {
	name    string
	persons []int // 0-based person indexes in verbiste's listing
}{
	{"indicative present", []int{2, 5}},
	{"indicative imperfect", []int{2, 5}},
	{"indicative past", []int{2, 5}}, // passé simple
	{"indicative future", []int{2, 5}},
	{"conditional present", []int{2, 5}},
	{"participle present", []int{0}},
}

func genFrench(dir, conj string) error {
	src, err := readSource(filepath.Join(dir, "src/speech_verbs_fr.txt"))
	if err != nil {
		return err
	}
	var out strings.Builder
	out.WriteString(header("internal/attrib/lexicon/src/speech_verbs_fr.txt",
		"Debian's verbiste package (french-conjugator and its\n# conjugation-fr.xml, verbs-fr.xml)",
		"verbiste: GNU GPL v2 or later"))
	out.WriteString("#   [se |s']infinitive: finite forms ... past participle [| indirect]\n" +
		"# The finite forms are the third persons singular and plural of the\n" +
		"# présent, imparfait, passé simple, futur and conditionnel, and the\n" +
		"# present participle; the last form is the past participle, whose\n" +
		"# feminine and plural the loader adds.\n")
	for _, s := range src {
		pron := ""
		inf := s.words[0]
		switch {
		case inf == "se" && len(s.words) == 2:
			pron, inf = "se ", s.words[1]
		case strings.HasPrefix(inf, "s'") && len(s.words) == 1:
			pron, inf = "s'", inf[2:]
		case len(s.words) != 1:
			return fmt.Errorf("speech_verbs_fr.txt:%d: one verb a line", s.n)
		}
		tenses, err := conjugate(conj, inf, s.value("template"))
		if err != nil {
			return fmt.Errorf("speech_verbs_fr.txt:%d: %w", s.n, err)
		}
		pp := tenses["participle past"]
		if len(pp) == 0 {
			return fmt.Errorf("speech_verbs_fr.txt:%d: %s: no past participle", s.n, inf)
		}
		var forms []string
		seen := map[string]bool{pp[0]: true}
		for _, t := range frTenses {
			fs := tenses[t.name]
			for _, p := range t.persons {
				if p >= len(fs) {
					return fmt.Errorf("speech_verbs_fr.txt:%d: %s: no %s, person %d", s.n, inf, t.name, p+1)
				}
				for _, f := range strings.Split(fs[p], ",") { // verbiste lists variants with commas
					if f = strings.TrimSpace(f); f != "" && !seen[f] {
						seen[f] = true
						forms = append(forms, f)
					}
				}
			}
		}
		forms = append(forms, pp[0])
		fmt.Fprintf(&out, "%s%s: %s", pron, inf, strings.Join(forms, " "))
		if s.has("indirect") {
			out.WriteString(" | indirect")
		}
		out.WriteString("\n")
	}
	return os.WriteFile(filepath.Join(dir, "verbs_fr.txt"), []byte(out.String()), 0o644)
}

// conjugate runs french-conjugator on one infinitive and returns its
// listing, tense name → forms in person order.
func conjugate(conj, inf, template string) (map[string][]string, error) {
	args := []string{}
	if template != "" {
		args = append(args, "--template="+template)
	}
	cmd := exec.Command(conj, append(args, inf)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s %s: %v %s", conj, inf, err, stderr.String())
	}
	tenses := map[string][]string{}
	cur := ""
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "- "):
			cur = strings.TrimSuffix(strings.TrimPrefix(line, "- "), ":")
		case line == "-" || line == "":
		default:
			tenses[cur] = append(tenses[cur], line)
		}
	}
	if len(tenses) == 0 {
		return nil, fmt.Errorf("%s: verbiste does not know it (give it a template=)", inf)
	}
	return tenses, nil
}

// genEnglish writes verbs_en.txt: for each verb its base, -s, past and
// participle, and -ing forms.
func genEnglish(dir, excPath string) error {
	src, err := readSource(filepath.Join(dir, "src/speech_verbs_en.txt"))
	if err != nil {
		return err
	}
	exc, err := readExc(excPath)
	if err != nil {
		return err
	}
	var out strings.Builder
	out.WriteString(header("internal/attrib/lexicon/src/speech_verbs_en.txt",
		"regular English rules and the exceptions of WordNet 3.0's\n# verb.exc (Debian's wordnet-base package)",
		"WordNet 3.0 licence, BSD-like, Princeton University"))
	out.WriteString("#   base -s past... -ing [variant forms ...] [| indirect]\n" +
		"# Each line lists every form of one verb; the first is its lemma.\n")
	for _, s := range src {
		var forms []string
		seen := map[string]bool{}
		add := func(fs ...string) {
			for _, f := range fs {
				if !seen[f] {
					seen[f] = true
					forms = append(forms, f)
				}
			}
		}
		for i, base := range s.words {
			var past []string
			if i == 0 {
				past = append(past, s.extra...)
			}
			past = append(past, exc.past[base]...)
			ing := append([]string{}, exc.ing[base]...)
			// WordNet spells the doubled l of British English (marvelled,
			// cancelling); American news writes the regular form.
			american := strings.HasSuffix(base, "l") && !strings.HasSuffix(base, "ll")
			if len(past) == 0 || american {
				past = append(past, regularPast(base))
			}
			if len(ing) == 0 || american {
				ing = append(ing, regularIng(base))
			}
			add(base, thirdPerson(base))
			add(past...)
			if !s.has("no-ing") {
				add(ing...)
			}
		}
		fmt.Fprintf(&out, "%s", strings.Join(forms, " "))
		if s.has("indirect") {
			out.WriteString(" | indirect")
		}
		out.WriteString("\n")
	}
	return os.WriteFile(filepath.Join(dir, "verbs_en.txt"), []byte(out.String()), 0o644)
}

type excTable struct {
	past map[string][]string // base → past and participle forms WordNet lists
	ing  map[string][]string // base → -ing forms WordNet lists
}

// readExc reads verb.exc: "inflected base..." lines. WordNet lists there
// only the forms its rules cannot derive: irregular pasts (said, wrote,
// written) and spelling exceptions (quipped, admitting).
func readExc(path string) (excTable, error) {
	t := excTable{past: map[string][]string{}, ing: map[string][]string{}}
	b, err := os.ReadFile(path)
	if err != nil {
		return t, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		fs := strings.Fields(line)
		if len(fs) < 2 {
			continue
		}
		form := strings.ReplaceAll(fs[0], "_", " ")
		if strings.Contains(form, " ") {
			continue
		}
		for _, base := range fs[1:] {
			switch {
			case strings.HasSuffix(form, "ing"):
				t.ing[base] = append(t.ing[base], form)
			case form == thirdPerson(base):
			default:
				t.past[base] = append(t.past[base], form)
			}
		}
	}
	return t, nil
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func thirdPerson(v string) string {
	n := len(v)
	switch {
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"):
		return v + "es"
	}
	return v + "s"
}

func regularPast(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ied"
	}
	return v + "ed"
}

func regularIng(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return strings.TrimSuffix(v, "ie") + "ying"
	case strings.HasSuffix(v, "ee"), strings.HasSuffix(v, "ye"), strings.HasSuffix(v, "oe"):
		return v + "ing"
	case strings.HasSuffix(v, "e"):
		return strings.TrimSuffix(v, "e") + "ing"
	}
	return v + "ing"
}
