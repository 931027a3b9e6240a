import type { Context } from 'hono';

/**
 * The 405 of a method a route does not answer, naming those it does. OPTIONS is answered under
 * /api too (see openCors), so a 405 there names it as OPTIONS does.
 */
export function refuseMethod(c: Context, allowed: readonly string[]): Response {
  const api = c.req.path === '/api' || c.req.path.startsWith('/api/');
  const methods = api ? [...allowed, 'OPTIONS'] : [...allowed];
  return c.json(
    {
      error: {
        code: 'method_not_allowed',
        message: `${c.req.method} is not allowed here; this route answers ${methods.join(', ')}.`,
        details: { allowed: methods },
      },
    },
    405,
    { Allow: methods.join(', ') },
  );
}
