import { Controller, Get, Req, Res } from "@nestjs/common";
import { ApiExcludeController } from "@nestjs/swagger";
import type { Request, Response } from "express";
import { Metrics } from "../observability/metrics.js";

/** `GET /metrics` in the Prometheus text format; no auth. */
@ApiExcludeController()
@Controller("metrics")
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.metrics.serve(request, response);
  }
}
