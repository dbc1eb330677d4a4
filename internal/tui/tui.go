package tui

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
)

// Options configure the reader.
type Options struct {
	Theme    string // auto, dark or light; overrides the config file
	Palette  string // default or colorblind; overrides the config file
	Config   Config
	NoColor  bool
	LogPath  string // empty: no log
	TeaOpts  []tea.ProgramOption
	Renderer *render.Renderer // shared cache; nil builds one
	// ExportDir is the export form's default folder; empty takes
	// export.DefaultDir (the download folder, else the working directory).
	ExportDir string
	// Background, if set, runs once beside the first page's query, never
	// before the first frame: the library's open-time upkeep (articles
	// extracted by older rules). What it returns, if anything, is shown
	// in the status line.
	Background func(context.Context) string
	// Refresh fetches the library's feeds again (r); nil: r says it
	// cannot.
	Refresh Refresher
	// Aliases is the set the store was opened with, and AliasesPath its
	// file: ctrl+g in the speaker view merges speakers into them.
	Aliases     *library.Aliases
	AliasesPath string
}

// New returns the root model, ready for tea.NewProgram (tests drive it
// through teatest).
func New(ctx context.Context, store library.Store, opt Options) (Model, error) {
	theme := opt.Config.Theme
	if opt.Theme != "" && opt.Theme != "auto" {
		theme = opt.Theme
	}
	palette := opt.Config.Palette
	if opt.Palette != "" {
		palette = opt.Palette
	}
	keys := defaultKeys()
	if unknown := keys.override(opt.Config.Keys); len(unknown) > 0 {
		return Model{}, fmt.Errorf("config: unknown key binding %q", unknown[0])
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if opt.LogPath != "" {
		if err := os.MkdirAll(filepath.Dir(opt.LogPath), 0o755); err == nil {
			if f, err := os.OpenFile(opt.LogPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
				logger = slog.New(slog.NewTextHandler(f, nil))
			}
		}
	}
	r := opt.Renderer
	if r == nil {
		r = render.NewRenderer()
	}
	pc := &programContext{
		ctx: ctx, store: store, renderer: r, keys: keys, log: logger,
		forcedTheme: theme == "dark" || theme == "light", colorSafe: palette == "colorblind",
		background: opt.Background,
	}
	pc.theme = NewTheme(theme != "light", opt.NoColor, pc.colorSafe)
	pc.home, _ = os.UserHomeDir()
	pc.aliases, pc.aliasesPath = opt.Aliases, opt.AliasesPath
	pc.exportDir = opt.ExportDir
	if pc.exportDir == "" {
		pc.exportDir = export.DefaultDir(os.Getenv)
	}
	m := newModel(pc)
	m.refresh.run = opt.Refresh
	return m, nil
}

// Run opens the reader on store and returns when the user quits.
func Run(ctx context.Context, store library.Store, opt Options) error {
	m, err := New(ctx, store, opt)
	if err != nil {
		return err
	}
	m.pc.log.Info("start", "theme", opt.Theme)
	p := tea.NewProgram(m, append([]tea.ProgramOption{tea.WithContext(ctx)}, opt.TeaOpts...)...)
	_, err = p.Run()
	return err
}

// LogPath is where the reader logs: $XDG_STATE_HOME/dixit/dixit.log.
func LogPath() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "dixit", "dixit.log")
}
