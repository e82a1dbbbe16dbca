import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { appRouter, type AppRouter } from './trpc/app-router';
import { bearerToken } from './auth/staff-auth';
import { installErrorHandler } from './rest/error-handler';
import { installStrictTextInput } from './rest/strict-text-input';
import { installSecurityHeaders } from './rest/security-headers';
import { registerRoutes } from './rest/register-routes';
import { allRoutes } from './rest/routes';
import { buildOpenApi } from './rest/openapi';
import { loggerOptions } from './logger';
import type { AppContext } from './services/app-context';
import { appHost, appScheme } from '../shared/desktop-api';

const desktopAppOrigin = `${appScheme}://${appHost}`;

export interface BuildAppOptions {
  rendererDir?: string | undefined;
  corsOrigins?: readonly string[] | undefined;
  logLevel?: string | undefined;
}

/** Builds the Fastify server: security headers, CORS allow-list, rate limits, tRPC, REST, OpenAPI, renderer. */
export async function buildApp(app: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    logger: loggerOptions(options.logLevel),
    bodyLimit: 5 * 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    // Router-level rejections (undecodable URL, over-long path parameter) skip the error handler.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const message =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long' : 'Malformed URL';
      void reply.status(400).send({ error: { code: 'BAD_INPUT', message } });
    },
  });
  installErrorHandler(server);
  installStrictTextInput(server);
  // API answers carry tokens, orders and customer data: never kept by browsers or proxies (API.md)
  server.addHook('onRequest', (request, reply, done) => {
    if (request.url.startsWith('/api/') || request.url.startsWith('/trpc/'))
      void reply.header('cache-control', 'no-store');
    done();
  });
  installSecurityHeaders(server);
  await server.register(cors, {
    // The desktop app's bundled renderer (app://orderdesk) is always allowed: no web page can have that
    // origin. Everything else (storefront, a browser workstation) only from the configured allow-list.
    origin: [desktopAppOrigin, ...(options.corsOrigins ?? [])],
    // Workstations on their own origin use the admin REST writes too, not only GET/POST.
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  });
  await server.register(rateLimit, { global: false });
  await server.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) => ({ app, token: bearerToken(req.headers.authorization) }),
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
  server.get('/api/v1/health', () => ({ ok: true, database: app.db.kind }));
  const openApi = buildOpenApi(allRoutes);
  server.get('/api/v1/openapi.json', () => openApi);
  registerRoutes(server, app, allRoutes);
  if (options.rendererDir && existsSync(path.join(options.rendererDir, 'index.html'))) {
    await server.register(fastifyStatic, { root: path.resolve(options.rendererDir), wildcard: false });
    server.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/') || request.url.startsWith('/trpc/')) {
        return reply
          .status(404)
          .send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url}` } });
      }
      return reply.sendFile('index.html');
    });
  }
  return server;
}
