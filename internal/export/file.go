package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// FileError is a failed export, named by the path the user gave: never by
// the temporary file it was written through.
type FileError struct {
	Path string
	Err  error // the cause, without a path
}

func (e *FileError) Error() string { return text.Line(e.Path) + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// fileError wraps err for path, dropping the path (the temporary file's)
// an fs.PathError or os.LinkError carries.
func fileError(path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return &FileError{Path: path, Err: err}
}

// ErrExists reports a file WriteNew would not replace.
var ErrExists = errors.New("already exists")

// WriteFile writes path atomically: into a temporary file beside it, synced,
// then renamed over path. A failure leaves any previous file untouched and
// no partial file behind. Errors are *FileError naming path.
func WriteFile(path string, write func(io.Writer) error) error {
	return writeFile(path, write, true)
}

// WriteNew is WriteFile for a path that must not exist yet: it fails with
// ErrExists (in a *FileError) rather than replace a file, even one that
// appeared while it wrote. The new file takes its place by a hard link,
// which cannot replace; where links are not supported, by a rename after a
// last look.
func WriteNew(path string, write func(io.Writer) error) error {
	return writeFile(path, write, false)
}

func writeFile(path string, write func(io.Writer) error, replace bool) (err error) {
	if !replace {
		if _, err := os.Lstat(path); err == nil {
			return &FileError{Path: path, Err: ErrExists}
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fileError(path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = write(bw); err != nil {
		return fileError(path, err)
	}
	if err = bw.Flush(); err != nil {
		return fileError(path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fileError(path, err)
	}
	if err = tmp.Close(); err != nil {
		return fileError(path, err)
	}
	// The new file replaces the old one: it keeps the old one's mode (an
	// export kept private at 0600 stays private), a new one gets 0644.
	mode := os.FileMode(0o644)
	if st, statErr := os.Stat(path); statErr == nil && st.Mode().IsRegular() {
		mode = st.Mode().Perm()
	}
	if err = os.Chmod(tmp.Name(), mode); err != nil {
		return fileError(path, err)
	}
	if replace {
		if err = os.Rename(tmp.Name(), path); err != nil {
			return fileError(path, err)
		}
		return nil
	}
	if lerr := os.Link(tmp.Name(), path); lerr == nil {
		os.Remove(tmp.Name())
		return nil
	} else if errors.Is(lerr, fs.ErrExist) {
		err = &FileError{Path: path, Err: ErrExists}
		return err
	}
	if _, serr := os.Lstat(path); serr == nil {
		err = &FileError{Path: path, Err: ErrExists}
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fileError(path, err)
	}
	return nil
}

// FormatOf is the export format a file name asks for by its extension
// (x.csv → csv, .md or .markdown → md, .json, .jsonl), "" for another.
func FormatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return "csv"
	case ".md", ".markdown":
		return "md"
	case ".json":
		return "json"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return ""
}

// ExpandHome turns a leading "~" or "~/" into the home directory, as a
// shell would; "~user" stays as it is.
func ExpandHome(path, home string) string {
	if home == "" {
		return path
	}
	if path == "~" {
		return home
	}
	if strings.HasPrefix(path, "~/") {
		return filepath.Join(home, path[2:])
	}
	return path
}

// AbbrevHome writes a path under home with "~/", for display.
func AbbrevHome(path, home string) string {
	if home == "" {
		return path
	}
	if rel, err := filepath.Rel(home, path); err == nil && rel != ".." && !strings.HasPrefix(rel, "../") && !filepath.IsAbs(rel) {
		if rel == "." {
			return "~"
		}
		return "~/" + rel
	}
	return path
}

// DefaultDir is where exports go unless told otherwise: the XDG download
// directory ($XDG_DOWNLOAD_DIR, else the one user-dirs.dirs names under
// $XDG_CONFIG_HOME), else ~/Downloads when it exists, else "" (the working
// directory). Only an existing directory is taken.
func DefaultDir(getenv func(string) string) string {
	home := getenv("HOME")
	isDir := func(d string) bool {
		st, err := os.Stat(d)
		return err == nil && st.IsDir()
	}
	if d := getenv("XDG_DOWNLOAD_DIR"); d != "" && isDir(expandVars(d, home)) {
		return expandVars(d, home)
	}
	config := getenv("XDG_CONFIG_HOME")
	if config == "" && home != "" {
		config = filepath.Join(home, ".config")
	}
	if config != "" {
		if d := userDirsDownload(filepath.Join(config, "user-dirs.dirs"), home); d != "" && isDir(d) {
			return d
		}
	}
	if home != "" && isDir(filepath.Join(home, "Downloads")) {
		return filepath.Join(home, "Downloads")
	}
	return ""
}

// userDirsDownload reads XDG_DOWNLOAD_DIR="$HOME/…" from xdg-user-dirs'
// file.
func userDirsDownload(file, home string) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		v, ok := strings.CutPrefix(strings.TrimSpace(line), "XDG_DOWNLOAD_DIR=")
		if !ok {
			continue
		}
		v = strings.Trim(v, `"`)
		if d := expandVars(v, home); filepath.IsAbs(d) {
			return d
		}
	}
	return ""
}

func expandVars(d, home string) string {
	if home == "" && (strings.Contains(d, "$HOME") || strings.HasPrefix(d, "~")) {
		return ""
	}
	d = strings.ReplaceAll(d, "${HOME}", home)
	d = strings.ReplaceAll(d, "$HOME", home)
	return ExpandHome(d, home)
}

// Cause is the failure in a reader's words, without the path.
func (e *FileError) Cause() string {
	switch {
	case errors.Is(e.Err, ErrExists):
		return "already exists"
	case errors.Is(e.Err, fs.ErrNotExist):
		return "no such folder"
	case errors.Is(e.Err, fs.ErrPermission):
		return "permission denied"
	}
	return fmt.Sprint(e.Err)
}
