/**
 * How the site names its publisher and the role that answers for its pages. Once a source shows
 * that the publisher has taken the site on (region.yaml's publisherConfirmed), they are named as
 * they are; until then, as the proposal foresees them, never as if they already stood behind it.
 */
import { siteConfig } from '../content/site-config';

export interface Publisher {
  /** The publishing organisation as region.yaml names it. */
  name: string;
  /** Whether a source shows that it publishes the site and that the roles named exist. */
  confirmed: boolean;
}

export interface PublisherWords {
  /** The publisher on its own, as in the footer and the print edition's title page. */
  named: string;
  /** What follows a review date in the footer: who reviewed, or whom the proposal makes answer. */
  afterReviewDate: (owner: string) => string;
  /** The about page's sentence on who publishes the site. */
  publishes: string;
  /** The accessibility statement's opening: who stands behind the site. */
  standsBehind: (siteName: string) => string;
  /** Where a Word template comes from, before its review date. */
  templateFrom: string;
}

export function publisherWords({ name, confirmed }: Publisher): PublisherWords {
  if (confirmed)
    return {
      named: name,
      afterReviewDate: (owner) => ` av ${owner}.`,
      publishes: `Webbplatsen ges ut av ${name}.`,
      standsBehind: (siteName) => `${name} står bakom webbplatsen ${siteName}.`,
      templateFrom: `Mall från ${name}`,
    };
  const notShown = 'att det sker i dag visar ingen källa';
  return {
    named: `Utgivare enligt förslaget: ${name}`,
    afterReviewDate: (owner) => `. Ansvarig enligt förslaget: ${owner}.`,
    publishes: `Förslaget tänker sig att ${name} ger ut webbplatsen; ${notShown}.`,
    standsBehind: (siteName) =>
      `Enligt förslaget står ${name} bakom webbplatsen ${siteName}; ${notShown}.`,
    templateFrom: `Mall i förslaget till vägledning (utgivare enligt förslaget: ${name})`,
  };
}

/** This site's publisher, told as region.yaml says a source shows it. */
export const sitePublisher: PublisherWords = publisherWords({
  name: siteConfig.publisher,
  confirmed: siteConfig.publisherConfirmed,
});
