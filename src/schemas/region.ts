import { z } from 'astro/zod';
import { idExpected } from './ids.ts';
import { choice, expected, group, text, url, yesNo } from './common.ts';
import { FUNCTIONAL_EMAIL } from './contact.ts';

/** Git hosts the editor (Sveltia CMS) can save to. */
export const GIT_HOSTS = ['gitlab', 'github', 'gitea'] as const;
export const GIT_HOST_LABELS: Record<(typeof GIT_HOSTS)[number], string> = {
  gitlab: 'GitLab (gitlab.com eller egen server)',
  github: 'GitHub',
  gitea: 'Forgejo eller Gitea',
};

const FEEDBACK_EMAIL =
  'an organisation’s functional address such as "familjecentraler@region.se" (no dot before @: that is how a person’s address looks)';
const LAN_CODE = `${idExpected('lan')} in quotes, for example "20"`;

/**
 * The region the site is about (src/content/region.yaml). Another region adopts the site by
 * changing this file and the content; `npm run region:new -- --lan 18` writes it for a län.
 */
export const regionSchema = z.object({
  siteName: text(
    {
      label: 'Webbplatsens namn',
      help: 'Visas i sidhuvudet och i varje sidas titel.',
      example: 'Familjecentraler i Dalarna',
      expected: 'the site’s name',
    },
    { min: 3 },
  ),
  tagline: text(
    {
      label: 'Undertitel',
      help: 'En mening om webbplatsen, på startsidan och i sökmotorer.',
      example: 'Förslag till gemensam vägledning för familjecentraler i Dalarna',
      expected: 'a one-line description',
    },
    { min: 10 },
  ),
  standing: text(
    {
      label: 'Vad webbplatsen är',
      help: 'En eller några meningar om vad vägledningen är: ett förslag eller ett antaget dokument, och vem som har antagit det, så långt en källa visar det. Visas på startsidan och på sidan Om webbplatsen. Utelämnad säger sidorna att vägledningen är ett förslag och att ingen källa visar att den är antagen.',
      example:
        'Ett förslag till gemensam vägledning för familjecentraler i Dalarna, byggt av offentliga källor. Ingen källa visar att regionen eller kommunerna har antagit den.',
      expected: 'one or a few sentences on what the guidance is, as far as a source shows it',
    },
    { min: 20 },
  ).optional(),
  followUpRecipient: text(
    {
      label: 'Mottagare av uppföljningen',
      help: 'Den organisation eller roll som tar emot självskattningens filer, så som en källa anger den, aldrig en person. Utelämnad säger sidorna ”uppgift saknas”.',
      example: 'Region Dalarna, barnhälsovårdsenheten',
      expected: 'an organisation or role, never a person’s name',
    },
    { min: 3 },
  ).optional(),
  regionName: text(
    {
      label: 'Regionen',
      help: 'Regionen som står bakom vägledningen.',
      example: 'Region Dalarna',
      expected: 'the region’s name, for example "Region Dalarna"',
    },
    { min: 3 },
  ),
  lanCode: text({
    label: 'Länskod',
    help: 'Länets officiella tvåsiffriga kod, inom citattecken; länets kommuner är ”regionen” på webbplatsen.',
    example: '"20"',
    expected: LAN_CODE,
  }).regex(/^\d{2}$/, { error: `expected ${LAN_CODE}` }),
  lanName: text(
    {
      label: 'Länets namn',
      help: 'Länets namn som det skrivs i löptext: ”i Dalarna”.',
      example: 'Dalarna',
      expected: 'the län’s name as used in running text',
    },
    { min: 2 },
  ),
  publisher: text(
    {
      label: 'Utgivare',
      help: 'Vem som ger ut webbplatsen: visas i sidfoten och i tillgänglighetsredogörelsen.',
      example: 'Region Dalarna, regional samordning för familjecentraler',
      expected: 'the publishing organisation',
    },
    { min: 3 },
  ),
  publisherConfirmed: yesNo({
    label: 'Utgivaren har tagit på sig webbplatsen',
    help: 'Ja när en källa visar att utgivaren ger ut webbplatsen och att rollen som står som ansvarig för sidorna finns. Nej eller utelämnad: sidorna kallar utgivaren och rollen de som förslaget tänker sig.',
  }).optional(),
  assessmentBaseline: group(
    {
      label: text({
        label: 'Rubrik',
        help: 'Vad jämförelsen är, före varje siffra.',
        example: 'I Dalarna hösten 2019',
        expected: 'a short label, for example "I Dalarna hösten 2019"',
      }),
      note: text({
        label: 'Förklaring',
        help: 'Vad siffrorna gäller, under frågorna.',
        example:
          'Siffrorna gäller länets åtta familjecentraler tillsammans, inte enskilda centraler.',
        expected: 'a sentence',
      }),
      unasked: text({
        label: 'När frågan inte ställdes',
        help: 'Vad som står vid en fråga utan jämförelse.',
        example: 'Frågan ställdes inte i kartläggningen 2019.',
        expected: 'a sentence',
      }),
    },
    {
      label: 'Jämförelse i självskattningen',
      help: 'Länets samlade svar som självskattningen jämför med. Utelämnas när regionen inte har någon.',
    },
  ).optional(),
  editor: group(
    {
      backend: choice(GIT_HOSTS, GIT_HOST_LABELS, {
        label: 'Git-tjänst',
        help: 'Var innehållet ligger och dit redaktionen sparar.',
        example: 'gitlab',
      }),
      repo: text({
        label: 'Kodförråd',
        help: 'Gruppen och projektet på git-tjänsten, med snedstreck emellan.',
        example: 'region/familjecentraler',
        expected: 'the group and project, for example "region/familjecentraler"',
      }).regex(/^[\w.-]+(\/[\w.-]+)+$/, {
        error: 'expected the group and project, for example "region/familjecentraler"',
      }),
      branch: text({
        label: 'Gren',
        help: 'Grenen som webbplatsen byggs från, eller som ändringar föreslås mot.',
        example: 'main',
        expected: 'a branch name, for example "main"',
      }),
      baseUrl: url({
        label: 'Inloggningsadress',
        help: 'Git-tjänstens adress för inloggning, när den inte är gitlab.com eller github.com (egen GitLab, Forgejo eller Gitea).',
        example: 'https://gitlab.region.se',
      }).optional(),
      apiRoot: url({
        label: 'API-adress',
        help: 'Git-tjänstens API, när den inte är standard: för egen GitLab …/api/v4, för Forgejo och Gitea …/api/v1.',
        example: 'https://gitlab.region.se/api/v4',
      }).optional(),
      appId: text({
        label: 'Applikations-id',
        help: 'Id för OAuth-applikationen som redaktörerna loggar in med (GitLab, Forgejo, Gitea).',
        example: '0123abcd',
        expected: 'the OAuth application id',
      }).optional(),
    },
    {
      label: 'Redaktionens git-tjänst',
      help: 'Var redaktionen (/redaktion/) sparar ändringar. Utan den går det bara att arbeta mot en lokal kopia av kodförrådet.',
    },
  ).optional(),
  publishing: group(
    {
      siteUrl: url({
        label: 'Webbplatsens adress',
        help: 'Adressen där webbplatsen publiceras. Utan den är bygget en förhandsversion, och varje sida säger det. Kan också anges med SITE_URL när webbplatsen byggs.',
        example: 'https://familjecentraler.region.se/',
      }).optional(),
      feedbackEmail: text({
        label: 'E-post för synpunkter',
        help: 'Utgivarens funktionsadress för synpunkter på innehållet och tillgängligheten (aldrig en persons). Krävs, eller ett formulär, när webbplatsen har en adress. Kan också anges med FEEDBACK_EMAIL.',
        example: 'familjecentraler@region.se',
        expected: FEEDBACK_EMAIL,
      })
        .regex(FUNCTIONAL_EMAIL, { error: expected(FEEDBACK_EMAIL) })
        .optional(),
      feedbackForm: url({
        label: 'Formulär för synpunkter',
        help: 'Adressen som utgivarens formulär för synpunkter skickas till (POST). Kan också anges med FEEDBACK_FORM_ACTION.',
        example: 'https://www.region.se/synpunkter',
      }).optional(),
    },
    {
      label: 'Publicering',
      help: 'Var webbplatsen publiceras och vart synpunkter går. Lagen om tillgänglighet till digital offentlig service kräver en väg för synpunkter; ett bygge med adress men utan den stoppas.',
    },
  ).optional(),
  owner: text(
    {
      label: 'Ansvarig för nya poster',
      help: 'Roll och organisation som står som ansvarig när npm run region:new skriver nya poster.',
      example: 'Regional samordnare för familjecentraler, Region Dalarna',
      expected: 'a role and organisation',
    },
    { min: 3 },
  ),
});

export type RegionConfig = z.infer<typeof regionSchema>;
