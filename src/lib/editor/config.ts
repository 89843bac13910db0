/**
 * The editor's configuration for this site: the editors' collections and the region file,
 * described from their schemas, the kommuner from the geodata and the git host from region.yaml,
 * handed to cmsConfig(). /redaktion/config.yml writes it out.
 */
import { siteConfig } from '../content/site-config';
import { contentDir } from '../content/dir';
import { kommunFeatures } from '../map/geodata';
import { cmsConfig, editorBackend, kommunChoices } from './cms-config';
import type { CmsConfig } from '@sveltia/cms';
import { describedCollections } from './collections';
import { componentUsage, siteComponentRules } from '../content/components';

/** The help under every text field: the components and links an MDX text may hold. */
export function bodyHelp(): string {
  const usage = componentUsage(siteComponentRules([]));
  return `Markdown, som den står i filen. Ett ord ur ordlistan: ${usage.Term}. En plats att fylla i, i mallar: ${usage.Fill}. En mall med länk till Word-filen, i kapitel: ${usage.TemplateLink}. I en blankett: svar att kryssa i som en punktlista inom <Choices> … </Choices>, en rad att skriva på ${usage.WriteLine} eller ${usage.WriteLines}, och rader att skriva under på ${usage.Signature}. Interna länkar skrivs från roten: [Värdegrund](/vagledning/vardegrund/). Bygget kontrollerar komponenter och länkar.`;
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
