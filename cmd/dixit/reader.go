package main

import (
	"context"
	"errors"
	"os"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"

	"github.com/dixit-news/dixit/internal/tui"
	"github.com/spf13/cobra"
)

// runReader opens the TUI on the library.
func runReader(cmd *cobra.Command, e *env, theme, palette string) error {
	switch theme {
	case "auto", "dark", "light":
	default:
		return errors.New(`--theme: want auto, dark or light`)
	}
	switch palette {
	case "", "default", "colorblind":
	default:
		return errors.New(`--palette: want default or colorblind`)
	}
	if !isTTYFile(os.Stdin) || !isTTYFile(os.Stdout) {
		return errors.New("the reader needs a terminal; for scripts see dixit --help (ls, quotes, show, export…)")
	}
	cfg, err := tui.LoadConfig(tui.ConfigPath())
	if err != nil {
		return err
	}
	// The upkeep of the library runs after the first frame, in the reader.
	s, err := e.openLibrary(cmd.Context())
	if err != nil {
		return err
	}
	defer s.Close()
	return tui.Run(cmd.Context(), s, tui.Options{
		Theme: theme, Palette: palette, Config: cfg,
		NoColor: os.Getenv("NO_COLOR") != "", LogPath: tui.LogPath(),
		Background: func(ctx context.Context) string { return e.refresh(ctx, s) },
		Refresh:    refresher(s), Aliases: e.aliasSet, AliasesPath: e.aliases,
	})
}

// refresher is r in the reader: the feeds fetched again as dixit ingest
// fetches them.
func refresher(s library.Store) tui.Refresher {
	return func(ctx context.Context, feeds []string, progress func(done, total int, feed string, err error)) tui.RefreshResult {
		loader := article.Loader{Fetch: article.NewFetcher(version)}
		sum := ingest.Run(ctx, s, &loader, feeds, ingest.Options{Progress: func(ev ingest.Event) {
			progress(ev.Done, ev.Total, ev.Input, ev.Err)
		}})
		return tui.RefreshResult{New: sum.New, Unchanged: sum.Unchanged, Updated: sum.Updated, Failed: len(sum.Failed), SamplesRemoved: sum.SamplesRemoved}
	}
}
