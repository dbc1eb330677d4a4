package main

import (
	"context"
	"errors"
	"os"

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
	})
}
