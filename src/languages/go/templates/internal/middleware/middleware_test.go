package middleware

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// echo answers 200 with the request body.
var echo = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	_, _ = w.Write(body)
})

func serve(handler http.Handler, r *http.Request) *httptest.ResponseRecorder {
	recorder := httptest.NewRecorder()
	handler.ServeHTTP(recorder, r)
	return recorder
}

func TestRequestIDs(t *testing.T) {
	handler := RequestContext(slog.New(slog.DiscardHandler), Routes{}, nil)(echo)
	for sent, kept := range map[string]bool{"abc.DEF:1_2-3": true, "bad id": false, "": false, strings.Repeat("x", 129): false} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("X-Request-ID", sent)
		got := serve(handler, r).Header().Get("X-Request-ID")
		if (got == sent) != kept || !requestIDPattern.MatchString(got) {
			t.Errorf("sent %q, got %q", sent, got)
		}
	}
}

func TestRequestContextTurnsAPanicIntoA500(t *testing.T) {
	var observed int
	observe := func(_, route string, status int, _ time.Duration) {
		observed = status
		if route != UnmatchedRoute {
			t.Errorf("route = %q", route)
		}
	}
	handler := RequestContext(slog.New(slog.DiscardHandler), Routes{}, observe)(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("boom")
	}))
	recorder := serve(handler, httptest.NewRequest(http.MethodGet, "/", nil))
	if recorder.Code != http.StatusInternalServerError || observed != http.StatusInternalServerError || strings.Contains(recorder.Body.String(), "boom") {
		t.Errorf("got %d %s, observed %d", recorder.Code, recorder.Body, observed)
	}
}

func TestLimitBody(t *testing.T) {
	large := strings.Repeat("x", MaxBodyBytes+1)
	for _, tc := range []struct {
		name, contentType, body string
		chunked                 bool
		status                  int
	}{
		{"JSON", "application/json", `{}`, false, http.StatusOK},
		{"merge patch", "application/merge-patch+json", `{}`, false, http.StatusOK},
		{"text", "text/plain", `{}`, false, http.StatusUnsupportedMediaType},
		{"too large", "application/json", large, false, http.StatusRequestEntityTooLarge},
		{"too large, chunked", "application/json", large, true, http.StatusRequestEntityTooLarge},
	} {
		r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tc.body))
		r.Header.Set("Content-Type", tc.contentType)
		if tc.chunked {
			r.ContentLength = -1
		}
		if got := serve(LimitBody(echo), r).Code; got != tc.status {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.status)
		}
	}
}

func TestCORS(t *testing.T) {
	handler := CORS([]string{"https://app.test"})(echo)
	preflight := func(origin string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodOptions, "/api/v1/items", nil)
		r.Header.Set("Origin", origin)
		r.Header.Set("Access-Control-Request-Method", http.MethodPost)
		return serve(handler, r)
	}
	allowed := preflight("https://app.test")
	if allowed.Code != http.StatusNoContent || allowed.Header().Get("Access-Control-Allow-Origin") != "https://app.test" {
		t.Errorf("listed origin: %d %v", allowed.Code, allowed.Header())
	}
	if got := preflight("https://evil.test").Header().Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("unlisted origin got Access-Control-Allow-Origin %q", got)
	}
}

func TestRoutesFindTheTemplateOfAPath(t *testing.T) {
	routes := NewRoutes([]string{"/items", "/items/{id}", "/items/search"})
	for path, want := range map[string]string{
		"/items":        "/items",
		"/items/42":     "/items/{id}",
		"/items/search": "/items/search",
		"/items/":       UnmatchedRoute,
		"/items/42/x":   UnmatchedRoute,
	} {
		if got := routes.Find(path); got != want {
			t.Errorf("Find(%q) = %q, want %q", path, got, want)
		}
	}
}
