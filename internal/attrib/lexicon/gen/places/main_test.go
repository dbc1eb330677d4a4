package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOneToken(t *testing.T) {
	for name, want := range map[string]string{
		"Lausanne": "lausanne", "Genève": "geneve", "Saint-Denis": "saint-denis", "Île-de-France": "ile-de-france",
		"New York": "", "L'Aquila": "", "St. Gallen": "", "Ur": "", "Area 51": "", "-Foo": "", "Foo--Bar": "",
	} {
		got, ok := oneToken(name)
		if got != want || ok != (want != "") {
			t.Errorf("oneToken(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

// writeMO writes a little-endian gettext catalogue of the pairs id, str.
func writeMO(t *testing.T, path string, pairs ...string) {
	t.Helper()
	n := len(pairs) / 2
	head := 28
	origAt, transAt := head, head+8*n
	data := transAt + 8*n
	b := make([]byte, data)
	le := binary.LittleEndian
	le.PutUint32(b, 0x950412de)
	le.PutUint32(b[8:], uint32(n))
	le.PutUint32(b[12:], uint32(origAt))
	le.PutUint32(b[16:], uint32(transAt))
	for i := 0; i < n; i++ {
		for j, at := range []int{origAt, transAt} {
			s := pairs[2*i+j]
			le.PutUint32(b[at+8*i:], uint32(len(s)))
			le.PutUint32(b[at+8*i+4:], uint32(len(b)))
			b = append(b, s...)
			b = append(b, 0)
		}
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRun runs the generator on small inputs of its own, so it needs no
// package.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("given_names.txt", "# names\n[given-f possessive]\nflorence\n")
	write("iso_3166-1.json", `{"3166-1": [{"name": "Belgium"}, {"name": "Korea, Republic of", "common_name": "South Korea"}, {"name": "Chad"}]}`)
	write("iso_3166-2.json", `{"3166-2": [{"name": "Bayern"}, {"name": "Vaud"}]}`)
	writeMO(t, filepath.Join(dir, "iso_3166-1.mo"), "", "header", "Belgium", "Belgique", "Chad", "Tchad")
	writeMO(t, filepath.Join(dir, "iso_3166-2.mo"), "Bayern", "Bavière")
	cities := write("cities.tsv", "Lausanne\t140000\tCH\nFlorence\t380000\tIT\nNice\t340000\tFR\nNew York\t8000000\tUS\nHameau\t900\tFR\n")
	en := write("en.dict", "Bavaria\nnice\nchad\n")
	fr := write("fr.dict", "bavière\n")
	names := write("names.txt", "Chad\nVaud\n")
	if err := run(dir, dir, dir, cities, 50000, []string{en, fr}, []string{names}, "test-cities"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "places.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	class := ""
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(l, "["):
			class = l
		case l != "" && !strings.HasPrefix(l, "#"):
			got = append(got, strings.Fields(l)...)
		}
	}
	if class != "[place-name exact]" {
		t.Errorf("class header %q", class)
	}
	want := "bayern belgique belgium lausanne tchad"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	if !strings.Contains(string(b), "test-cities") {
		t.Error("the header does not name the cities' package")
	}
}
