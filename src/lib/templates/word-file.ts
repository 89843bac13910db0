/**
 * The Word file of a template, made once per build and shared by the download route
 * (/mallar/<id>.docx) and the pages that link to it and say its size ("Word, 12 kB").
 */
import { formatDate } from '../format';
import { templateBody, type SiteContent, type TemplateEntry } from '../content/query';
import { href, routes } from '../paths';
import { templateDocx } from './docx';
import { templateBlocks } from './markdown';
import { siteConfig } from '../content/site-config';
import { sitePublisher } from '../telling/publisher';

const files = new Map<string, Promise<Buffer>>();

export function templateWordFile(
  site: SiteContent,
  template: TemplateEntry,
  origin: URL | undefined,
): Promise<Buffer> {
  const made = files.get(template.id);
  if (made) return made;
  const { parsed, file } = templateBody(site, template);
  const absolute = (path: string) => new URL(path.startsWith('/') ? href(path) : path, origin).href;
  const bytes = templateDocx(
    {
      title: template.data.title,
      summary: template.data.summary,
      publisher: siteConfig.publisher,
      from: sitePublisher.templateFrom,
      // A preview build has no address of its own to point to.
      pageUrl: siteConfig.site.preview ? undefined : absolute(routes.template(template.id)),
      reviewed: `Senast granskad ${formatDate(template.data.lastReviewed)}`,
      resolve: absolute,
      handout: template.data.forStaff !== undefined,
    },
    templateBlocks(parsed, file, siteConfig.region.name),
  );
  files.set(template.id, bytes);
  return bytes;
}
