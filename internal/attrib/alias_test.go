package attrib

import (
	"strings"
	"testing"
)

// TestAliasNeverRenamesALongerName holds every name and alias of the
// gazetteer to the rule that it names a whole outlet: followed by more of a
// proper name ("… Kerbrat", "… du Causse"), it must not turn an unknown
// outlet into a known one.
func TestAliasNeverRenamesALongerName(t *testing.T) {
	data, err := lexFS.ReadFile("lexicon/outlets.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		names := strings.Split(line, "|")
		canon := strings.TrimSpace(names[0])
		for _, name := range names {
			name = strings.TrimSpace(name)
			for _, tail := range []string{"Kerbrat", "du Causse"} {
				in := "Selon " + name + " " + tail + ", la digue de Morlanges sera fermée tout l'hiver."
				for _, s := range Extract(in, Options{Lang: "fr"}).Sources {
					if s.Name == canon {
						t.Errorf("%q: the source is %q, the gazetteer's name for %q alone", in, s.Name, name)
					}
				}
				n++
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d names tried: is outlets.txt read?", n)
	}
}
