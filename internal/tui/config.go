package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
)

// Config is the optional $XDG_CONFIG_HOME/dixit/config.toml. Every field has
// a working default, so dixit needs no file at all:
//
//	theme = "auto"       # auto, dark or light
//	palette = "default"  # default or colorblind
//	[keys]
//	down = ["j", "ctrl+n"]
type Config struct {
	Theme   string              `toml:"theme"`
	Palette string              `toml:"palette"`
	Keys    map[string][]string `toml:"keys"`
}

// ConfigPath is where the config file is looked for.
func ConfigPath() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "dixit", "config.toml")
}

// LoadConfig reads path; a missing file gives the defaults.
func LoadConfig(path string) (Config, error) {
	c := Config{Theme: "auto", Palette: "default"}
	if path == "" {
		return c, nil
	}
	md, err := toml.DecodeFile(path, &c)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return c, fmt.Errorf("%s: unknown setting %q", path, un[0].String())
	}
	switch c.Theme {
	case "auto", "dark", "light":
	default:
		return c, fmt.Errorf("%s: theme %q: want auto, dark or light", path, c.Theme)
	}
	switch c.Palette {
	case "default", "colorblind":
	default:
		return c, fmt.Errorf("%s: palette %q: want default or colorblind", path, c.Palette)
	}
	return c, nil
}
