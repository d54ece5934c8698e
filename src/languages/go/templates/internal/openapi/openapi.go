// Package openapi serves the API's OpenAPI document and Swagger UI. The document is generated
// with the service; a test compares it with the router's routes, so the two cannot drift.
package openapi

import _ "embed"

// Document is the OpenAPI 3.1 document of the API, served at /openapi.json.
//
//go:embed openapi.json
var Document []byte

// SwaggerUI is the page served at /docs; it loads Swagger UI and points it at the document.
//
//go:embed swagger-ui.html
var SwaggerUI []byte
