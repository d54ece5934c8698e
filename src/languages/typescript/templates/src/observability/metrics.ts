import type { Request, Response } from "express";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** The request histogram every microforge service exposes, so one dashboard fits them all. */
export class Metrics {
  readonly registry = new Registry();
  readonly #requestDuration = new Histogram({
    name: "http_server_request_duration_seconds",
    help: "Duration of HTTP server requests.",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Records one finished request under its route template (`unmatched` when none matched). */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.#requestDuration.observe({ method, route, status: String(status) }, seconds);
  }

  /** `GET /metrics` in the Prometheus text exposition format. */
  readonly serve = async (_request: Request, response: Response): Promise<void> => {
    response.type(this.registry.contentType).send(await this.registry.metrics());
  };
}
