/**
 * The Word version of each template, written at build time from the template's own MDX text
 * (see src/lib/templates/: markdown.ts, docx.ts and word-file.ts): /mallar/<id>.docx.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../load-site';
import { type TemplateEntry } from '../../lib/content/query';
import { templateWordFile } from '../../lib/templates/word-file';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.templates.map((template) => ({ params: { id: template.id }, props: { template } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: TemplateEntry }> = async ({ props, site: origin }) => {
  const bytes = await templateWordFile(await loadSite(), props.template, origin);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
