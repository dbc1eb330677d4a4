package attrib

import "testing"

func TestGivenNameGender(t *testing.T) {
	for name, want := range map[string]string{
		"Claire Nguyen-Bastide": "f", "Ivan Konovalov": "m", "Odile Marchetti": "", "Hélène Taurel": "f", "Jean-Pierre Roux": "m",
		"ÉLODIE Brasse": "f", "Greyline Ferries": "", "la mairie": "", "": "", "  Marta Oyelaran": "f",
	} {
		if got := GivenNameGender(name); got != want {
			t.Errorf("GivenNameGender(%q) = %q, want %q", name, got, want)
		}
	}
}
