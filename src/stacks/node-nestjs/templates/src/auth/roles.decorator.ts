import { Reflector } from "@nestjs/core";
import type { Role } from "../http/auth.js";

/**
 * The role a route needs (`@Roles("writer")`); the roles are hierarchical, so an admin may do
 * what a writer may. Routes without it (health, metrics) need no token.
 */
export const Roles = Reflector.createDecorator<Role>();
