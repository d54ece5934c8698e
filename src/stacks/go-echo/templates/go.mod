# Annotated go.mod lines (see src/languages/go/modules.ts); `npm run lock:go -- go-echo` rewrites this file.
ff module microforge-service
ff 
ff go 1.26.0
ff 
ff require (
aa 	github.com/MicahParks/keyfunc/v3 v3.9.2
f0 	github.com/exaring/otelpgx v0.13.0
ff 	github.com/go-playground/validator/v10 v10.30.6
aa 	github.com/golang-jwt/jwt/v5 v5.3.1
ff 	github.com/google/uuid v1.6.0
ff 	github.com/jackc/pgx/v5 v5.12.0
ff 	github.com/labstack/echo/v4 v4.16.0
ff 	github.com/pressly/goose/v3 v3.30.0
cc 	github.com/prometheus/client_golang v1.25.0
f0 	go.opentelemetry.io/contrib/instrumentation/github.com/labstack/echo/otelecho v0.70.0
f0 	go.opentelemetry.io/otel v1.47.0
f0 	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp v1.47.0
f0 	go.opentelemetry.io/otel/sdk v1.47.0
ff )
ff 
ff require (
aa 	github.com/MicahParks/jwkset v0.11.4 // indirect
cc 	github.com/beorn7/perks v1.0.1 // indirect
f0 	github.com/cenkalti/backoff/v5 v5.0.3 // indirect
fc 	github.com/cespare/xxhash/v2 v2.3.0 // indirect
ff 	github.com/gabriel-vasile/mimetype v1.4.16 // indirect
f0 	github.com/go-logr/logr v1.4.4 // indirect
f0 	github.com/go-logr/stdr v1.2.2 // indirect
ff 	github.com/go-playground/locales v0.14.2 // indirect
ff 	github.com/go-playground/universal-translator v0.18.2 // indirect
f0 	github.com/grpc-ecosystem/grpc-gateway/v2 v2.30.0 // indirect
ff 	github.com/jackc/pgpassfile v1.0.0 // indirect
ff 	github.com/jackc/pgservicefile v0.0.0-20240606120523-5a60cdf6a761 // indirect
ff 	github.com/jackc/puddle/v2 v2.2.3 // indirect
ff 	github.com/labstack/gommon v0.5.0 // indirect
ff 	github.com/leodido/go-urn v1.5.0 // indirect
ff 	github.com/mattn/go-colorable v0.1.15 // indirect
ff 	github.com/mattn/go-isatty v0.0.24 // indirect
ff 	github.com/mfridman/interpolate v0.0.2 // indirect
cc 	github.com/munnerz/goautoneg v0.0.0-20191010083416-a7dc8b61c822 // indirect
cc 	github.com/prometheus/client_model v0.6.3 // indirect
cc 	github.com/prometheus/common v0.72.0 // indirect
cc 	github.com/prometheus/procfs v0.23.0 // indirect
ff 	github.com/sethvargo/go-retry v0.5.0 // indirect
ff 	github.com/valyala/bytebufferpool v1.0.0 // indirect
ff 	github.com/valyala/fasttemplate v1.2.2 // indirect
f0 	go.opentelemetry.io/auto/sdk v1.2.1 // indirect
f0 	go.opentelemetry.io/otel/exporters/otlp/otlptrace v1.47.0 // indirect
f0 	go.opentelemetry.io/otel/log v1.47.0 // indirect
f0 	go.opentelemetry.io/otel/metric v1.47.0 // indirect
f0 	go.opentelemetry.io/otel/trace v1.47.0 // indirect
f0 	go.opentelemetry.io/proto/otlp v1.11.0 // indirect
ff 	go.uber.org/multierr v1.11.0 // indirect
ff 	golang.org/x/crypto v0.58.0 // indirect
ff 	golang.org/x/net v0.62.0 // indirect
ff 	golang.org/x/sync v0.25.0 // indirect
ff 	golang.org/x/sys v0.50.0 // indirect
ff 	golang.org/x/text v0.44.0 // indirect
fa 	golang.org/x/time v0.15.0 // indirect
f0 	google.golang.org/genproto/googleapis/api v0.0.0-20261110000943-09e21b237f2c // indirect
f0 	google.golang.org/genproto/googleapis/rpc v0.0.0-20261110000943-09e21b237f2c // indirect
f0 	google.golang.org/grpc v1.85.0 // indirect
fc 	google.golang.org/protobuf v1.36.12 // indirect
ff )
