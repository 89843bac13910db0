/**
 * The region this site is about, read from src/content/region.yaml (or CONTENT_DIR/region.yaml):
 * another region adopts the site by changing that file and the content, and every computed view
 * (which kommuner count, the map, the goals) reads the region from here. The feedback route is
 * the publisher's, set when building.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { regionSchema, type RegionConfig } from './schemas/region.ts';
import { contentDir } from './lib/content-dir.ts';
import { ContentError } from './lib/content-problem.ts';

function readRegion(): RegionConfig {
  const file = `${contentDir()}/region.yaml`.replace(/^\.\//, '');
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError([{ file, field: '(file)', received: String((error as Error).message).split('\n')[0], expected: 'a YAML file with siteName, tagline, regionName, lanCode, lanName, publisher and owner; npm run region:new -- --lan <code> writes one' }]);
  }
  const result = regionSchema.safeParse(data);
  if (!result.success) {
    throw new ContentError(result.error.issues.map((issue) => {
      const [expected, received] = issue.message.replace(/^expected /, '').split('; received ');
      return { file, field: issue.path.join('.'), received: received ?? 'a value that does not fit', expected };
    }));
  }
  return result.data;
}

const region = readRegion();

export const siteConfig = {
  /** The site's name, shown in the header and in every page title. */
  siteName: region.siteName,
  /** A one-line description used on the start page and in meta tags. */
  tagline: region.tagline,
  region: {
    /** The regional authority that owns the guidance. */
    name: region.regionName,
    /** Two-digit official län code; the kommuner of this län are "the county". */
    lanCode: region.lanCode,
    /** The län's name as used in running text ("i Dalarna"). */
    lanName: region.lanName,
  },
  /** Who publishes the site (shown in the footer and the tillgänglighetsredogörelse). */
  publisher: region.publisher,
  /** The county's own survey that the self-assessment compares with, when there is one. */
  assessmentBaseline: region.assessmentBaseline,
  /** The git host the editor (/redaktion/) saves to; without it only a local copy can be edited. */
  editor: region.editor,
  /** Who answers for entries that npm run region:new writes. */
  owner: region.owner,
  /** Where feedback on content or accessibility goes: an organisation's address, never a person's.
   * Both are unknown until the publishing organisation sets them; the site then says "uppgift saknas". */
  feedback: {
    /** Form endpoint (POST). Empty: the form is not shown and only the e-mail route is offered. */
    formAction: process.env.FEEDBACK_FORM_ACTION ?? '',
    email: process.env.FEEDBACK_EMAIL ?? '',
  },
} as const;

export type SiteConfig = typeof siteConfig;
