package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
	"github.com/spf13/cobra"
)

func newIngestCmd(e *env) *cobra.Command {
	var lang, name string
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Add articles to the library: text, Markdown, HTML, RSS/Atom, URLs, directories",
		Long: "ingest reads each input, finds its quotes, speakers and sources, and stores\n" +
			"the result. Directories are read recursively, - reads standard input (stored\n" +
			"by its content, or under --name), and http(s) URLs are fetched (15 s timeout,\n" +
			"10 MB cap, 5 redirects). An article already stored with the same text is\n" +
			"skipped.",
		Example: "  dixit ingest articles/\n  dixit ingest https://example.org/feed.xml\n  cat story.txt | dixit ingest --name wire/story -",
		Args:    cobra.MinimumNArgs(1),
		PreRunE: func(*cobra.Command, []string) error {
			e.ingesting = true
			if library.IsSample(name) {
				return fmt.Errorf("--name %s: %s is where the bundled samples are kept; choose another name", text.Line(name), library.SamplePrefix)
			}
			return nil
		},
		RunE: e.withLibrary(func(cmd *cobra.Command, args []string, s library.Store) error {
			ctx := cmd.Context()
			stderr := cmd.ErrOrStderr()
			bar := newProgress(stderr, isTTY(os.Stderr))
			var loader article.Loader
			loader.Fetch = article.NewFetcher(version)
			sum := ingest.Run(ctx, s, &loader, args, ingest.Options{Lang: lang, StdinName: name, Progress: func(ev ingest.Event) {
				if ev.Err != nil {
					bar.clear()
					warn(stderr, ev.Err)
				}
				for _, note := range ev.Notes {
					bar.clear()
					warn(stderr, note)
				}
				bar.update(ev)
			}})
			bar.clear()
			fmt.Fprintf(cmd.OutOrStdout(), "%s\n", sum)
			if sum.SamplesRemoved > 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "removed the %s: the library holds your own now\n", text.Plural(sum.SamplesRemoved, "bundled sample article", "bundled sample articles"))
			}
			if len(sum.Failed) > 0 {
				return fmt.Errorf("%s failed", text.Plural(len(sum.Failed), "input", "inputs"))
			}
			return nil
		}),
	}
	cmd.Flags().StringVar(&lang, "lang", "auto", "article language: auto, fr or en")
	cmd.Flags().StringVar(&name, "name", "", "store standard input's article under this name (default: by its content)")
	return cmd
}

// progress draws "[#####     ] 12/40  new 9 · unchanged 3 · failed 0" on one
// terminal line, redrawn in place; it prints nothing when not on a terminal.
type progress struct {
	w      io.Writer
	on     bool
	counts ingest.Summary
	drawn  bool
}

func newProgress(w io.Writer, on bool) *progress { return &progress{w: w, on: on} }

func (p *progress) update(ev ingest.Event) {
	if ev.Err != nil {
		p.counts.Failed = append(p.counts.Failed, ev.Err)
	} else {
		p.counts.Add(ev.Status)
	}
	if !p.on || ev.Total == 0 {
		return
	}
	const width = 24
	fill := ev.Done * width / ev.Total
	fmt.Fprintf(p.w, "\r\x1b[2K[%s%s] %d/%d  new %d · unchanged %d · updated %d · failed %d",
		strings.Repeat("█", fill), strings.Repeat("░", width-fill), ev.Done, ev.Total,
		p.counts.New, p.counts.Unchanged, p.counts.Updated, len(p.counts.Failed))
	p.drawn = true
}

func (p *progress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[2K")
		p.drawn = false
	}
}
