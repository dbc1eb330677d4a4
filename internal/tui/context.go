// Package tui is dixit's reader: a bubbletea program with three panes (the
// article list, the reader, and a side pane of quotes, speakers and
// sources), a library-wide speaker view, an export form and a help view.
//
// The root model owns layout and focus and delegates to one sub-model per
// pane; everything slow (store queries, glamour rendering) runs as a
// tea.Cmd off the update loop and comes back as a message.
package tui

import (
	"context"
	"log/slog"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
)

// programContext is what every sub-model shares: the store, the renderer
// cache, the theme and keys, and the terminal size.
type programContext struct {
	ctx      context.Context
	store    library.Store
	renderer *render.Renderer
	theme    *Theme
	keys     keyMap
	log      *slog.Logger
	width    int
	height   int
	// forcedTheme is set when --theme or the config chose dark or light;
	// the terminal's background answer is then ignored.
	forcedTheme bool
	colorSafe   bool
	// exportDir is the export form's default folder ("" the working
	// directory), home the directory "~" stands for.
	exportDir, home string
	background      func(context.Context) string // see Options.Background
	// aliases is the store's alias set, and aliasesPath its file: the
	// speaker view merges speakers into them.
	aliases     *library.Aliases
	aliasesPath string
}

const pageSize = 200 // rows fetched around the cursor: the list never loads the library
