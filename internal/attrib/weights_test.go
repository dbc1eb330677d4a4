package attrib

import (
	"regexp"
	"strings"
	"testing"
)

// TestWeightsFile checks that the embedded weights file parses and names
// exactly the features the engine computes, and that the loader refuses
// a file fitted to other features: an unknown feature, a missing one, a
// feature twice, an unknown class or language.
func TestWeightsFile(t *testing.T) {
	w, err := loadWeights(lexFS)
	if err != nil {
		t.Fatalf("embedded %s: %v", weightsFile, err)
	}
	b, _ := lexFS.ReadFile(weightsFile)
	var names []string
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			names = append(names, f[0])
		}
	}
	if want := allFeatureNames(); strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("%s names %v, the engine computes %v (run go run ./internal/attrib/train)", weightsFile, names, want)
	}
	if len(w.learned) == 0 {
		t.Errorf("%s hands no class to the learned choice", weightsFile)
	}
	first := regexp.MustCompile(`(?m)^` + featureNames[0] + ` .*\n`)
	last := pronPrefix + pronFeatureNames[nPronFeatures-1]
	for _, c := range []struct {
		name, want string
		edit       func(string) string
	}{
		{"unknown feature", `unknown feature "speaks-loudly"`, func(s string) string { return s + "speaks-loudly 1.5\n" }},
		{"pronoun feature without its prefix", `feature "subject" twice`, func(s string) string { return s + "subject 1.5\n" }},
		{"missing pronoun feature", "no weight for " + last, func(s string) string {
			return regexp.MustCompile(`(?m)^`+last+` .*\n`).ReplaceAllString(s, "")
		}},
		{"missing feature", "no weight for " + featureNames[0], func(s string) string { return first.ReplaceAllString(s, "") }},
		{"feature twice", `feature "` + last + `" twice`, func(s string) string { return s + last + " 0.5\n" }},
		{"bad weight", "invalid syntax", func(s string) string { return first.ReplaceAllString(s, featureNames[0]+" heavy\n") }},
		{"unknown class", `unknown class "cued"`, func(s string) string { return s + "learned en cued\n" }},
		{"unknown language", `unknown language "de"`, func(s string) string { return s + "learned de none\n" }},
		{"old form", `want "learned LANG CLASS"`, func(s string) string { return s + "learned none\n" }},
	} {
		_, err := loadWeights(lexCopy(t, weightsFile, c.edit))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got error %v, want one saying %q", c.name, err, c.want)
		}
	}
}

// TestFeatureNames checks the names are distinct: they key the file.
func TestFeatureNames(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range allFeatureNames() {
		if n == "" || seen[n] || strings.ContainsAny(n, " \t") {
			t.Errorf("feature name %q is empty, repeated or spaced", n)
		}
		seen[n] = true
	}
}
