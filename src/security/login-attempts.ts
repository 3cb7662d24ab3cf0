/**
 * Which requests are attempts to prove who one is (a password, a preview link), what they claim to be,
 * and whether the answer said no. Pure, so the rules are read (and unit-tested) without a server.
 */
export type AttemptScope = 'auth-local' | 'admin-login' | 'preview';

export interface LoginAttempt {
  scope: AttemptScope;
  /** who the attempt claims to be: the email or username, the document a preview link names */
  identifier: string;
}

export interface AttemptRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string;
}

// Identifiers are keys, not data: bounded, and one spelling for one person.
const identifierOf = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase().slice(0, 200) : '');

const field = (body: unknown, name: string) =>
  body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;

// A preview token is `<documentId>.<d|p>.<expiry>.<signature>`: a forged one still names a document.
const previewIdentifier = (token: string) => identifierOf(token.split('.')[0]);

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray % is a forged link like any other
  }
};

const PREVIEW_PAGE = /^\/preview\/([^/]+)\/?$/;

/** The attempt this request makes, or undefined when it proves nothing (most requests). */
export function loginAttempt(request: AttemptRequest): LoginAttempt | undefined {
  const method = request.method.toUpperCase();
  const path = request.path.replace(/\/+$/, '') || '/';
  if (method === 'POST' && path === '/api/auth/local')
    return { scope: 'auth-local', identifier: identifierOf(field(request.body, 'identifier')) };
  if (method === 'POST' && path === '/admin/login')
    return { scope: 'admin-login', identifier: identifierOf(field(request.body, 'email')) };
  if (method === 'GET' && path === '/api/preview') {
    const token = /^Preview\s+(\S+)$/i.exec(request.authorization)?.[1] ?? '';
    return { scope: 'preview', identifier: previewIdentifier(token) };
  }
  const page = method === 'GET' ? PREVIEW_PAGE.exec(path) : null;
  if (page) return { scope: 'preview', identifier: previewIdentifier(decoded(page[1])) };
  return undefined;
}

/** The part of a Koa context an attempt is read from. */
export interface AttemptContext {
  method: string;
  path: string;
  request: object;
  get(field: string): string;
}

/** The attempt a request makes, read from its Koa context (after strapi::body). */
export const attemptIn = (ctx: AttemptContext) =>
  loginAttempt({
    method: ctx.method,
    path: ctx.path,
    body: (ctx.request as { body?: unknown }).body,
    authorization: ctx.get('Authorization'),
  });

/**
 * Strapi's own limiters (koa2-ratelimit, per process, counting successes too) stand aside on the
 * requests global::login-throttle judges, and keep guarding the routes it does not (registration,
 * forgotten passwords).
 */
export const skipStrapiLimiter = (ctx: AttemptContext) => attemptIn(ctx) !== undefined;

/**
 * A refusal of the credentials: wrong password (400 on both login routes), forged or expired preview
 * link (403). A 5xx is the server's fault and a 429 is ours, so neither counts against the client.
 */
export const isFailure = (status: number) => status === 400 || status === 401 || status === 403;

// How Strapi's error middleware (strapi::errors, outside this one) will answer an error a route throws.
const STATUS_BY_ERROR: Record<string, number> = {
  ApplicationError: 400,
  ValidationError: 400,
  YupValidationError: 400,
  PaginationError: 400,
  UnauthorizedError: 401,
  ForbiddenError: 403,
  PolicyError: 403,
  NotFoundError: 404,
  PayloadTooLargeError: 413,
  RateLimitError: 429,
  NotImplementedError: 501,
};

/** The status an error thrown by a route becomes: a wrong password is thrown, not answered. */
export function statusOfError(error: unknown): number {
  if (error === null || typeof error !== 'object') return 500;
  const { status, name } = error as { status?: unknown; name?: unknown };
  if (typeof status === 'number') return status;
  return (typeof name === 'string' && STATUS_BY_ERROR[name]) || 500;
}
