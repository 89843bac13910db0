/**
 * The editor's configuration for this site: the editors' collections and the region file,
 * described from their schemas, the kommuner from the geodata and the git host from region.yaml,
 * handed to cmsConfig(). /redaktion/config.yml writes it out.
 */
import { siteConfig } from '../content/site-config';
import { contentDir } from '../content/dir';
import { kommunFeatures } from '../map/geodata';
import { cmsConfig, editorBackend, kommunChoices, type BodyHelp } from './cms-config';
import type { CmsConfig } from '@sveltia/cms';
import { describedCollections } from './collections';
import { componentUsage, siteComponentRules } from '../content/components';

/**
 * The help under a text field: the links a Markdown (.md) text may hold, and the components and
 * links of an MDX text. HTML, a table or a component in a .md text stops the build
 * (src/lib/content/markdown-only.ts).
 */
export function bodyHelp(): BodyHelp {
  const usage = componentUsage(siteComponentRules([]));
  const links = 'Interna länkar skrivs från roten: [Värdegrund](/vagledning/vardegrund/).';
  return {
    md: `Markdown, som den står i filen: stycken, listor, *betoning* och länkar. ${links} Komponenter, HTML och tabeller går inte i den här texten. Bygget kontrollerar länkarna.`,
    mdx: `Markdown, som den står i filen. Ett ord ur ordlistan: ${usage.Term}. En plats att fylla i, i mallar: ${usage.Fill}. En mall med länk till Word-filen, i kapitel: ${usage.TemplateLink}. I en blankett: svar att kryssa i som en punktlista inom <Choices> … </Choices>, en rad att skriva på ${usage.WriteLine} eller ${usage.WriteLines}, och rader att skriva under på ${usage.Signature}. ${links} Bygget kontrollerar komponenter och länkar.`,
  };
}

export function editorConfig(): CmsConfig {
  const kommuner = kommunChoices(
    kommunFeatures.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      lan: f.properties.lanCode,
    })),
    siteConfig.region.lanCode,
  );
  return cmsConfig(
    describedCollections(),
    {
      contentDir: contentDir().replace(/^\.\//, '').replace(/\/$/, ''),
      kommuner,
      backend: editorBackend(siteConfig.editor),
      siteName: siteConfig.siteName,
      siteUrl: import.meta.env.SITE ?? '',
      logo: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}favicon.svg`,
    },
    bodyHelp(),
  );
}
