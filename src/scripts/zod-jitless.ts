// Imported first by the editor's preview, before any schema is made: the editor's policy allows no
// evaluated script, and zod probes `new Function` when a schema is built unless told not to (the
// browser reports the probe as a policy violation even though zod catches it).
import { z } from 'astro/zod';

z.config({ jitless: true });
