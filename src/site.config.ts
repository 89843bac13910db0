/**
 * The region this site is about. Another region adopts the site by changing this file and
 * the content in src/content/: every computed view (which kommuner count, the map, the goals)
 * reads the region from here.
 */
export const siteConfig = {
  /** The site's name, shown in the header and in every page title. */
  siteName: 'Familjecentraler i Dalarna',
  /** A one-line description used on the start page and in meta tags. */
  tagline: 'Gemensam vägledning för familjecentraler i Dalarnas 15 kommuner',
  region: {
    /** The regional authority that owns the guidance. */
    name: 'Region Dalarna',
    /** Two-digit official län code; the kommuner of this län are "the county". */
    lanCode: '20',
    /** The län's name as used in running text ("i Dalarna"). */
    lanName: 'Dalarna',
  },
  /** Who publishes the site (shown in the footer and the tillgänglighetsredogörelse). */
  publisher: 'Region Dalarna, regional samordning för familjecentraler',
  /** Where feedback on content or accessibility goes: an organisation's address, never a person's.
   * Both are unknown until the publishing organisation sets them; the site then says "uppgift saknas". */
  feedback: {
    /** Form endpoint (POST). Empty: the form is not shown and only the e-mail route is offered. */
    formAction: process.env.FEEDBACK_FORM_ACTION ?? '',
    email: process.env.FEEDBACK_EMAIL ?? '',
  },
} as const;

export type SiteConfig = typeof siteConfig;
