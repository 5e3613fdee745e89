import { z } from 'zod';

/** A path from the repository root: relative, never absolute (POSIX or Windows). */
export const relativePath = z
  .string({ error: 'expected a path relative to the repository root' })
  .min(1)
  .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p), {
    error: 'expected a path relative to the repository root, not an absolute path',
  });
