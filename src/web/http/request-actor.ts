import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domains/accounts/types.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, set by the console's and the API's session hooks. */
    actor: Actor | undefined;
  }
}

/** The actor of a request behind the auth hook; a bug (500) if the hook did not run. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('requireActor: route is not behind the auth hook');
  return request.actor;
}
