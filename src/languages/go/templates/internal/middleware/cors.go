package middleware

import (
	"net/http"
	"slices"
	"strings"
)

var (
	corsMethods = strings.Join([]string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete}, ", ")
	corsHeaders = "Authorization, Content-Type, X-Request-ID"
	corsExposed = "Location, X-Request-ID"
)

// CORS answers the preflights of the listed origins (204, before authentication) and lets
// their browsers read the responses. Other origins get no CORS headers; with no origins listed,
// CORS is off.
func CORS(origins []string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if len(origins) == 0 {
			return next
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			origin := r.Header.Get("Origin")
			if origin == "" || !slices.Contains(origins, origin) {
				next.ServeHTTP(w, r)
				return
			}
			header := w.Header()
			header.Set("Access-Control-Allow-Origin", origin)
			header.Add("Vary", "Origin")
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				header.Set("Access-Control-Allow-Methods", corsMethods)
				header.Set("Access-Control-Allow-Headers", corsHeaders)
				header.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
			header.Set("Access-Control-Expose-Headers", corsExposed)
			next.ServeHTTP(w, r)
		})
	}
}
