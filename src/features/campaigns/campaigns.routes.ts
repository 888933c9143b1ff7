import type { FastifyPluginAsync } from "fastify";
export const campaignsRoutes: FastifyPluginAsync = async () => {};
