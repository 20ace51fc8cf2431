import { z } from 'zod';

/**
 * Zod 4 compiles object parsers with `new Function` unless told not to, and probes
 * whether it may by calling `Function('')` when the first object schema is built. Under
 * the app's strict CSP (no 'unsafe-eval') the probe fails, zod falls back to its plain
 * parser, but the browser still reports a `securitypolicyviolation` for every policy
 * (header and meta tag) on every load. Turning the JIT off skips the probe.
 *
 * This module must be evaluated before `domain/schema.ts` builds its schemas, so it is
 * the first import of `graph-query.ts`, the app's first runtime importer of the schema.
 */
z.config({ jitless: true });
