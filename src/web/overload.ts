/**
 * Route options for answers given even while the portal sheds load (health checks, metrics): an
 * overloaded instance is alive, only busy. See @fastify/under-pressure in app.ts.
 */
export const alwaysAnswer = { config: { pressureHandler: () => undefined } };
