/**
 * zod as every module that builds a schema imports it: configured first.
 * Extension pages and the worker forbid eval by CSP, and zod would otherwise
 * probe for it (by building a function from a string) as soon as an object schema is built, which the CSP
 * reports as a violation and `web-ext lint` flags. A module's imports run before
 * its body, so `z.config` in a schema module itself comes too late for the
 * schemas of the modules it imports; here it runs before any schema exists.
 * Import `z` from here, never from 'zod' (tests/unit/security/zod-config.test.ts).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
