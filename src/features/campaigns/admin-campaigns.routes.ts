import type { FastifyPluginAsync } from "fastify";
export const adminCampaignsRoutes: FastifyPluginAsync = async () => {};
