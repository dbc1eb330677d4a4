// Command benchgen writes the benchmark corpus of scripts/bench-library.sh:
// N fictional articles of real-news size as Markdown files (see
// internal/benchgen), and prints how many bytes of article text it wrote.
//
//	go run ./scripts/benchgen -n 100000 -out /tmp/corpus
package main

import (
	"bufio"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/benchgen"
)

func main() {
	n := flag.Int("n", 100_000, "number of articles")
	out := flag.String("out", "", "folder to write into (created)")
	seed := flag.Uint64("seed", 1, "generator seed")
	rss := flag.String("rss", "", "also write the articles as RSS feeds of 1,000 items into this folder, for newsboat")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "benchgen: -out is required")
		os.Exit(2)
	}
	g := benchgen.New(*seed)
	var feed *feedWriter
	if *rss != "" {
		if err := os.MkdirAll(*rss, 0o755); err != nil {
			fail(err)
		}
		feed = &feedWriter{dir: *rss}
	}
	var bodies, files int64
	for i := range *n {
		d := g.Doc(i)
		p := filepath.Join(*out, d.Name)
		if i%1000 == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				fmt.Fprintln(os.Stderr, "benchgen:", err)
				os.Exit(1)
			}
		}
		data := d.Markdown()
		if err := os.WriteFile(p, data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "benchgen:", err)
			os.Exit(1)
		}
		if feed != nil {
			if err := feed.add(i, d); err != nil {
				fail(err)
			}
		}
		bodies += int64(len(d.Body))
		files += int64(len(data))
	}
	if feed != nil {
		if err := feed.close(); err != nil {
			fail(err)
		}
	}
	fmt.Printf("%d articles, %d bytes of body text, %d bytes of files\n", *n, bodies, files)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchgen:", err)
	os.Exit(1)
}

// feedWriter writes feed-NNN.xml files of 1,000 items each.
type feedWriter struct {
	dir string
	f   *os.File
	w   *bufio.Writer
}

func (fw *feedWriter) add(i int, d *benchgen.Doc) error {
	if i%1000 == 0 {
		if err := fw.close(); err != nil {
			return err
		}
		f, err := os.Create(filepath.Join(fw.dir, fmt.Sprintf("feed-%03d.xml", i/1000)))
		if err != nil {
			return err
		}
		fw.f, fw.w = f, bufio.NewWriter(f)
		fmt.Fprintf(fw.w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench feed %d</title><link>https://news.example/</link><description>benchgen</description>\n", i/1000)
	}
	fmt.Fprintf(fw.w, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>\n",
		esc(d.Title), esc(d.URL), esc(d.URL), d.Published.Format(time.RFC1123Z), esc(d.Body))
	return nil
}

func (fw *feedWriter) close() error {
	if fw.f == nil {
		return nil
	}
	fmt.Fprint(fw.w, "</channel></rss>\n")
	if err := fw.w.Flush(); err != nil {
		return err
	}
	err := fw.f.Close()
	fw.f = nil
	return err
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
