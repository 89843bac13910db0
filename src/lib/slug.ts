/** URL slugs from Swedish names: "Malung-Sälen" → "malung-salen", "Älvdalen" → "alvdalen". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The address slug of a kommun page: "Malung-Sälen" → "malung-salen". */
export function kommunSlug(kommun: { data: { name: string } }): string {
  return slugify(kommun.data.name);
}
