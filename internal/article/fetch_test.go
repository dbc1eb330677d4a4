package article

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// newTestServer serves the fixtures and misbehaviours on 127.0.0.1.
func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	page, rss, atom := read("story.html"), read("feed.rss"), read("feed.atom")
	serve := func(contentType string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if contentType != "" {
				w.Header().Set("Content-Type", contentType)
			}
			w.Write(body)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/story", serve("text/html; charset=utf-8", page))
	mux.Handle("/feed", serve("application/rss+xml", rss))
	mux.Handle("/atom", serve("application/xml", atom)) // generic XML: sniffed
	mux.Handle("/rss", serve("text/plain", rss))        // says nothing: sniffed
	mux.Handle("/notes.md", serve("text/plain", []byte("---\ntitle: Quay notes\nauthor: Ines Calloway\n---\nThe quay is busy.\n")))
	mux.Handle("/page", serve("application/octet-stream", page)) // sniffed as HTML
	mux.Handle("/image", serve("image/png", read("image.bin")))
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Agent report\n\nThe agent was " + r.UserAgent() + ".\n"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	// /hops/N redirects N times, then serves the story.
	mux.HandleFunc("/hops/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
			return
		}
		http.Redirect(w, r, "/hops/"+strconv.Itoa(n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://127.0.0.1/story", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("Harbour news. ", 400)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 400 {
			w.Write([]byte("Harbour news. "))
			w.(http.Flusher).Flush() // no Content-Length
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("The first part arrives.\n"))
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	return srv
}

func testFetcher() *Fetcher {
	f := NewFetcher("1.2.3")
	f.client.Timeout = 200 * time.Millisecond
	f.maxBody = 4096
	return f
}

func TestLoadURL(t *testing.T) {
	srv := newTestServer(t)
	u := srv.URL
	tests := []struct {
		path  string
		n     int
		first want
	}{
		{"/story", 1, want{path: u + "/story", url: u + "/story", title: "Le pont de Varennes-sur-Aube fermé jusqu’en juin",
			outlet: "Le Courrier du Val", author: "Claire Dumoulinet", lang: "fr", published: date("2031-03-02T08:30:00+01:00"),
			has: []string{"salle des fêtes. Il a ajouté"}, hasNot: []string{"Accueil", "[31m"}}},
		{"/hops/4", 1, want{path: u + "/hops/4", url: u + "/hops/4", author: "Claire Dumoulinet", lang: "fr",
			published: date("2031-03-02T08:30:00+01:00")}}, // 5 redirects is the limit, not over it
		{"/page", 1, want{url: u + "/page", author: "Claire Dumoulinet", lang: "fr", published: date("2031-03-02T08:30:00+01:00")}},
		{"/feed", 3, want{path: u + "/feed#hl-2031-0411", author: "Maren Oakhill", lang: "en",
			url: "https://harbour-ledger.example/news/ferry-timetable", published: date("2031-04-11T09:00:00Z")}},
		{"/atom", 2, want{path: u + "/atom#urn:uuid:cdv-foire", author: "Paul Ravinel", lang: "fr",
			url: "https://courrier-du-val.example/2031/03/foire", published: date("2031-03-03T09:00:00+01:00")}},
		{"/rss", 3, want{path: u + "/rss#hl-2031-0411", author: "Maren Oakhill", lang: "en",
			url: "https://harbour-ledger.example/news/ferry-timetable", published: date("2031-04-11T09:00:00Z")}},
		{"/notes.md", 1, want{title: "Quay notes", author: "Ines Calloway", url: u + "/notes.md", has: []string{"The quay is busy."}}},
		{"/ua", 1, want{url: u + "/ua", has: []string{"The agent was dixit/1.2.3."}}},
	}
	l := Loader{Fetch: testFetcher()}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			arts, err := l.Load(t.Context(), u+tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != tt.n {
				t.Fatalf("got %d articles, want %d", len(arts), tt.n)
			}
			checkArticle(t, arts[0], tt.first)
		})
	}
}

func TestLoadURLErrors(t *testing.T) {
	srv := newTestServer(t)
	u := srv.URL
	tests := []struct {
		input, want string
	}{
		{u + "/missing", u + "/missing: HTTP 404"},
		{u + "/loop", u + "/loop: more than 5 redirects"},
		{u + "/hops/5", u + "/hops/5: more than 5 redirects"},
		{u + "/to-ftp", u + `/to-ftp: redirect to unsupported URL scheme "ftp"`},
		{u + "/big", u + "/big: larger than the 4096 bytes limit for one article"},
		{u + "/big-chunked", u + "/big-chunked: larger than the 4096 bytes limit for one article"},
		{u + "/slow", u + "/slow: timed out after 200ms"},
		{u + "/slow-body", u + "/slow-body: timed out after 200ms"},
		{u + "/image", u + "/image: binary data, not text"},
		{"ftp://127.0.0.1/feed", `ftp://127.0.0.1/feed: unsupported URL scheme "ftp"`},
		{"gopher://127.0.0.1/", `gopher://127.0.0.1/: unsupported URL scheme "gopher"`},
		{"http:///nohost", "http:///nohost: no host in URL"},
	}
	l := Loader{Fetch: testFetcher()}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			start := time.Now()
			_, err := l.Load(t.Context(), tt.input)
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("took %v", took)
			}
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error %q\n want %q", err, tt.want)
			}
		})
	}
}

func TestNewFetcherDefaults(t *testing.T) {
	f := NewFetcher("0.4.0")
	if f.userAgent != "dixit/0.4.0" || f.client.Timeout != 15*time.Second || f.maxBody != 10<<20 {
		t.Errorf("got agent %q timeout %v cap %d", f.userAgent, f.client.Timeout, f.maxBody)
	}
	if got := sizeString(f.maxBody); got != "10 MB" {
		t.Errorf("cap reads %q", got)
	}
}
