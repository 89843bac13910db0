/**
 * The region this site is about, read from src/content/region.yaml (or CONTENT_DIR/region.yaml):
 * another region adopts the site by changing that file and the content, and every computed view
 * (which kommuner count, the map, the goals) reads the region from here. The feedback route is
 * the publisher's, set when building.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { regionSchema, type RegionConfig } from '../../schemas/region.ts';
import { contentDir } from './dir.ts';
import { ContentError } from './problem.ts';
import { isRecord } from '../typed.ts';

const file = `${contentDir()}/region.yaml`.replace(/^\.\//, '');

/** The publishing settings set when building (CI variables) take the place of region.yaml's. */
function withBuildSettings(data: unknown): unknown {
  if (!isRecord(data)) return data;
  const env = {
    siteUrl: process.env.SITE_URL,
    feedbackEmail: process.env.FEEDBACK_EMAIL,
    feedbackForm: process.env.FEEDBACK_FORM_ACTION,
  };
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v));
  if (Object.keys(set).length === 0) return data;
  return { ...data, publishing: { ...(isRecord(data.publishing) && data.publishing), ...set } };
}

function readRegion(): RegionConfig {
  let data: unknown;
  try {
    data = withBuildSettings(yaml.load(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new ContentError([
      {
        file,
        field: '(file)',
        received: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '',
        expected:
          'a YAML file with siteName, tagline, regionName, lanCode, lanName, publisher and owner; npm run region:new -- --lan <code> writes one',
      },
    ]);
  }
  const result = regionSchema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => {
        const [expected = issue.message, received] = issue.message
          .replace(/^expected /, '')
          .split('; received ');
        return {
          file,
          field: issue.path.join('.'),
          received: received ?? 'a value that does not fit',
          expected,
        };
      }),
    );
  }
  return result.data;
}

const region = readRegion();

/** localhost and 127.0.0.1 are where a site is tried, not published. */
const isLocal = (address: string) =>
  /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(address);
const siteUrl = region.publishing?.siteUrl ?? '';
const feedback = {
  formAction: region.publishing?.feedbackForm ?? '',
  email: region.publishing?.feedbackEmail ?? '',
};
const preview = !siteUrl || isLocal(siteUrl);
if (!preview && !feedback.email && !feedback.formAction) {
  // The accessibility law (lag 2018:1937) requires a way to give feedback; a published site without
  // one would say "uppgift saknas" on every page.
  throw new ContentError([
    {
      file,
      field: 'publishing.feedbackEmail',
      received: `nothing, while the site is built for ${siteUrl}`,
      expected:
        'the publishing organisation’s functional e-mail address (publishing.feedbackEmail or FEEDBACK_EMAIL) or feedback form (publishing.feedbackForm or FEEDBACK_FORM_ACTION): a published site must offer a way to report problems with content and accessibility',
    },
  ]);
}

const standing =
  region.standing ??
  `Webbplatsen är ett förslag till gemensam vägledning för familjecentraler i ${region.lanName}. Ingen källa visar att den är antagen.`;

export const siteConfig = {
  /** The site's name, shown in the header and in every page title. */
  siteName: region.siteName,
  /** A one-line description used on the start page and in meta tags. */
  tagline: region.tagline,
  /** What the guidance is (a proposal, or adopted and by whom), as far as a source shows it. */
  standing,
  /** Its first sentence, for the start page and the guidance index; the about page says it all. */
  standingLead: standing.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? standing,
  /** Who receives the self-assessment's files, as a source names it; undefined when no source does. */
  followUpRecipient: region.followUpRecipient,
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
  /** Whether a source shows that the publisher has taken the site on and the owners' role exists. */
  publisherConfirmed: region.publisherConfirmed ?? false,
  /** The county's own survey that the self-assessment compares with, when there is one. */
  assessmentBaseline: region.assessmentBaseline,
  /** The git host the editor (/redaktion/) saves to; without it only a local copy can be edited. */
  editor: region.editor,
  /** Who answers for entries that npm run region:new writes. */
  owner: region.owner,
  /** Where the site is published: region.yaml's publishing.siteUrl or SITE_URL. Without one (or with a
   * local address) the build is a preview and every page says so. */
  site: { url: siteUrl || 'http://localhost:4321', preview },
  /** Where feedback on content or accessibility goes: an organisation's address, never a person's.
   * A preview may lack both (the pages then say "uppgift saknas"); a published build stops without. */
  feedback,
} as const;

export type SiteConfig = typeof siteConfig;
