import { z } from 'astro/zod';

/** A kommun, derived from the project's geodata (src/data/geo/kommuner.geojson), not written by editors. */
export const kommunSchema = z.object({
  /** Official four-digit kommun code, also the entry id. */
  code: z.string().regex(/^\d{4}$/),
  name: z.string(),
  /**
   * The län the kommun belongs to, as Astro's reference() stores it ({ collection, id }). Written
   * here rather than imported from astro:content, whose runtime the content configuration would
   * otherwise load at the start of every build.
   */
  lan: z.string().transform((id) => ({ collection: 'lan' as const, id })),
  /** Centroid in WGS84, used for distances between kommuner. */
  centroid: z.object({ lat: z.number(), lon: z.number() }),
});

/** A län, derived from src/data/geo/lan.geojson. */
export const lanSchema = z.object({
  /** Official two-digit län code, also the entry id. */
  code: z.string().regex(/^\d{2}$/),
  name: z.string(),
});

export type Kommun = z.infer<typeof kommunSchema>;
