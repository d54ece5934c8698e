import { Controller, Get, Inject, Res } from "@nestjs/common";
import { ApiExcludeController } from "@nestjs/swagger";
import type { Response } from "express";
import { DataSource } from "typeorm";
import { isDatabaseReady } from "../db/readiness.js";
import type { Lifecycle } from "../http/shutdown.js";

/** The injection token of the service's lifecycle, which shutdown marks. */
export const LIFECYCLE = Symbol("lifecycle");

/** Liveness and readiness probes: no auth, and readiness asks the database within two seconds. */
@ApiExcludeController()
@Controller("health")
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LIFECYCLE) private readonly lifecycle: Lifecycle,
  ) {}

  @Get("live")
  live(): { status: string } {
    return { status: "ok" };
  }

  @Get("ready")
  async ready(@Res({ passthrough: true }) response: Response): Promise<object> {
    const answered = await isDatabaseReady(() => this.dataSource.query("SELECT 1"));
    const database = answered ? "ok" : "down";
    const ready = database === "ok" && !this.lifecycle.shuttingDown;
    response.status(ready ? 200 : 503);
    return { status: ready ? "ok" : "unavailable", checks: { database } };
  }
}
