package article

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestStripUserinfo(t *testing.T) {
	for in, want := range map[string]string{
		"http://alice:secret@harbour.example/p":          "http://harbour.example/p",
		"https://alice@harbour.example:8443/p?q=a@b#c@d": "https://harbour.example:8443/p?q=a@b#c@d",
		"http://al@ice:se@cret@harbour.example":          "http://harbour.example",
		"http://harbour.example/p@q":                     "http://harbour.example/p@q",
		"http://%zz:secret@harbour.example/":             "http://harbour.example/", // not a valid URL, still stripped
		"notes/alice@harbour.txt":                        "notes/alice@harbour.txt",
	} {
		if got := StripUserinfo(in); got != want {
			t.Errorf("StripUserinfo(%q) = %q, want %q", in, got, want)
		}
	}
}

// The credentials in a URL fetch it, and then appear nowhere: not in the
// article's path or URL, not in a feed entry's link resolved against it,
// not in an error line.
func TestLoadURLDropsCredentials(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/private/feed", func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "alice" || p != "secret" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Bulletin</title>` +
			`<item><title>Tide tables</title><link>tides.html</link><guid>qb-1</guid>` +
			`<description>“The tide is early this week,” said Nora Quill.</description></item></channel></rss>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	withCreds := strings.Replace(srv.URL, "http://", "http://alice:secret@", 1)
	l := Loader{Fetch: testFetcher()}
	arts, err := l.Load(t.Context(), withCreds+"/private/feed")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Path != srv.URL+"/private/feed#qb-1" || a.URL != srv.URL+"/private/tides.html" {
		t.Errorf("path %q, URL %q; want them without the credentials", a.Path, a.URL)
	}
	_, err = l.Load(t.Context(), strings.Replace(srv.URL, "http://", "http://alice:wrong@", 1)+"/private/feed")
	if err == nil || strings.Contains(err.Error(), "wrong") || !strings.Contains(err.Error(), "HTTP 401") {
		t.Errorf("error %v: want HTTP 401 without the password", err)
	}
}
