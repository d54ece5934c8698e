package middleware

import "strings"

// Routes finds the route template a request path matches, so that every request, even one
// refused before it reaches the router (401, 413...), is logged and measured by its route.
type Routes struct {
	templates [][]string
}

// NewRoutes returns the table of these route templates, in OpenAPI syntax (/items/{id}).
func NewRoutes(templates []string) Routes {
	table := Routes{}
	for _, template := range templates {
		table.templates = append(table.templates, strings.Split(template, "/"))
	}
	return table
}

// Find returns the template path matches, preferring literal segments to parameters, or
// UnmatchedRoute.
func (r Routes) Find(path string) string {
	segments := strings.Split(path, "/")
	best, bestLiterals := UnmatchedRoute, -1
	for _, template := range r.templates {
		if literals, ok := match(template, segments); ok && literals > bestLiterals {
			best, bestLiterals = strings.Join(template, "/"), literals
		}
	}
	return best
}

// match reports whether segments fit a template, and how many literal segments they matched.
func match(template, segments []string) (int, bool) {
	if len(template) != len(segments) {
		return 0, false
	}
	literals := 0
	for i, part := range template {
		switch {
		case strings.HasPrefix(part, "{"):
			if segments[i] == "" {
				return 0, false
			}
		case part == segments[i]:
			literals++
		default:
			return 0, false
		}
	}
	return literals, true
}
