/**
 * The Word version of each template, written at build time from the template's own MDX text
 * (see src/lib/template-markdown.ts and template-docx.ts): /mallar/<id>.docx.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, templateBody, type TemplateEntry } from '../../lib/content';
import { formatDate } from '../../lib/format';
import { href, routes } from '../../lib/paths';
import { templateDocx } from '../../lib/template-docx';
import { templateBlocks } from '../../lib/template-markdown';
import { siteConfig } from '../../site.config';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.templates.map((template) => ({ params: { id: template.id }, props: { template } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: TemplateEntry }> = async ({ props, site: origin }) => {
  const { template } = props;
  const site = await loadSite();
  const { parsed, file } = templateBody(site, template);
  const absolute = (path: string) => new URL(path.startsWith('/') ? href(path) : path, origin).href;
  const bytes = await templateDocx(
    {
      title: template.data.title,
      summary: template.data.summary,
      publisher: siteConfig.publisher,
      pageUrl: absolute(routes.template(template.id)),
      reviewed: `Senast granskad ${formatDate(template.data.lastReviewed)}`,
      resolve: absolute,
    },
    templateBlocks(parsed, file),
  );
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
