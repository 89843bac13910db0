/** URL slugs from Swedish names: "Malung-Sälen" → "malung-salen", "Älvdalen" → "alvdalen". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
