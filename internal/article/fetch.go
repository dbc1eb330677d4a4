package article

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	fetchTimeout   = 15 * time.Second
	fetchMaxBody   = 10 << 20
	fetchRedirects = 5
)

// Fetcher downloads articles and feeds over http and https, within a time
// limit, a size limit and a redirect limit. Make one with NewFetcher; it is
// safe for concurrent use.
type Fetcher struct {
	userAgent string
	client    *http.Client
	maxBody   int64
}

// NewFetcher returns a fetcher that identifies itself as "dixit/<version>",
// gives up after 15 seconds or 5 redirects, and refuses bodies over 10 MB.
func NewFetcher(version string) *Fetcher {
	ua := "dixit"
	if version = strings.TrimSpace(version); version != "" {
		ua += "/" + version
	}
	f := &Fetcher{userAgent: ua, maxBody: fetchMaxBody}
	f.client = &http.Client{
		Timeout: fetchTimeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > fetchRedirects {
				return fmt.Errorf("more than %d redirects", fetchRedirects)
			}
			if s := req.URL.Scheme; s != "http" && s != "https" {
				return fmt.Errorf("redirect to unsupported URL scheme %q", s)
			}
			req.Header.Set("User-Agent", f.userAgent)
			return nil
		},
	}
	return f
}

// Get downloads rawURL and returns its body and Content-Type. Only http and
// https are allowed; a status other than 2xx, a body over the limit, too many
// redirects or the time limit are errors. Errors are one line and name the
// URL.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (body []byte, contentType string, err error) {
	if f == nil || f.client == nil {
		f = defaultFetcher // a zero Fetcher behaves as the default one
	}
	name := displayName(StripUserinfo(rawURL))
	u, err := url.Parse(rawURL)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, "", fmt.Errorf("%s: invalid URL: %s", name, oneLine(err))
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return nil, "", fmt.Errorf("%s: unsupported URL scheme %q", name, u.Scheme)
	}
	if u.Host == "" {
		return nil, "", fmt.Errorf("%s: no host in URL", name)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %s", name, oneLine(err))
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %s", name, f.describe(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", fmt.Errorf("%s: HTTP %d", name, resp.StatusCode)
	}
	if resp.ContentLength > f.maxBody {
		return nil, "", fmt.Errorf("%s: %w", name, tooLarge(f.maxBody))
	}
	body, err = readLimited(resp.Body, f.maxBody, resp.ContentLength)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %s", name, f.describe(err))
	}
	return body, resp.Header.Get("Content-Type"), nil
}

// describe turns a client error into a short phrase without the URL, which
// the caller adds.
func (f *Fetcher) describe(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timed out after " + f.client.Timeout.String()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return oneLine(err)
}

// StripUserinfo removes "user:password@" from a URL, parsed or not: the
// credentials may fetch it, but are never stored or printed. Userinfo is
// what comes before the last "@" of the authority, which ends at the first
// "/", "?" or "#" after "scheme://".
func StripUserinfo(rawURL string) string {
	i := strings.Index(rawURL, "://")
	if i < 0 || !IsURL(rawURL) {
		return rawURL
	}
	auth := rawURL[i+3:]
	if j := strings.IndexAny(auth, "/?#"); j >= 0 {
		auth = auth[:j]
	}
	at := strings.LastIndexByte(auth, '@')
	if at < 0 {
		return rawURL
	}
	return rawURL[:i+3] + rawURL[i+3+at+1:]
}
