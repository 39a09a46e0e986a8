/**
 * The entente workbench: a read-only JSON API under {@code /api/v1} and an offline dashboard, served by Javalin.
 *
 * <p>Routes are declared once in {@link dev.entente.web.ApiRoutes} with their parameters; the same table drives
 * parameter validation ({@link dev.entente.web.Query}) and the OpenAPI description ({@link dev.entente.web.OpenApi}).
 * Routes hold no analysis logic: each calls one analysis of entente-core and turns its result records into JSON
 * ({@link dev.entente.web.Json}). Errors are JSON objects ({@link dev.entente.web.ApiException}); nothing returns a
 * stack trace.
 */
package dev.entente.web;
