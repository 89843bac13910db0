/** The editor's configuration (Sveltia CMS reads /redaktion/config.yml), written from the schemas. */
import yaml from 'js-yaml';
import { editorConfig } from '../../lib/editor/config';

export function GET() {
  const text = `# Written at build time from the schemas in src/schemas/ (src/lib/editor/cms-config.ts); do not edit.\n${yaml.dump(editorConfig(), { lineWidth: -1, noRefs: true })}`;
  return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
