import { z } from 'astro/zod';
import { group, text } from './common.ts';

const LAN_CODE = 'a two-digit official län code in quotes, for example "20"';

/**
 * The region the site is about (src/content/region.yaml). Another region adopts the site by
 * changing this file and the content; `npm run region:new -- --lan 18` writes it for a län.
 */
export const regionSchema = z.object({
  siteName: text({ label: 'Webbplatsens namn', help: 'Visas i sidhuvudet och i varje sidas titel.', example: 'Familjecentraler i Dalarna', expected: 'the site’s name' }, { min: 3 }),
  tagline: text({ label: 'Undertitel', help: 'En mening om webbplatsen, på startsidan och i sökmotorer.', example: 'Gemensam vägledning för familjecentraler i Dalarna', expected: 'a one-line description' }, { min: 10 }),
  regionName: text({ label: 'Regionen', help: 'Regionen som står bakom vägledningen.', example: 'Region Dalarna', expected: 'the region’s name, for example "Region Dalarna"' }, { min: 3 }),
  lanCode: text({ label: 'Länskod', help: 'Länets officiella tvåsiffriga kod, inom citattecken; länets kommuner är ”regionen” på webbplatsen.', example: '"20"', expected: LAN_CODE }).regex(/^\d{2}$/, { error: `expected ${LAN_CODE}` }),
  lanName: text({ label: 'Länets namn', help: 'Länets namn som det skrivs i löptext: ”i Dalarna”.', example: 'Dalarna', expected: 'the län’s name as used in running text' }, { min: 2 }),
  publisher: text({ label: 'Utgivare', help: 'Vem som ger ut webbplatsen: visas i sidfoten och i tillgänglighetsredogörelsen.', example: 'Region Dalarna, regional samordning för familjecentraler', expected: 'the publishing organisation' }, { min: 3 }),
  assessmentBaseline: group(
    {
      label: text({ label: 'Rubrik', help: 'Vad jämförelsen är, före varje siffra.', example: 'I Dalarna hösten 2019', expected: 'a short label, for example "I Dalarna hösten 2019"' }),
      note: text({ label: 'Förklaring', help: 'Vad siffrorna gäller, under frågorna.', example: 'Siffrorna gäller länets åtta familjecentraler tillsammans, inte enskilda centraler.', expected: 'a sentence' }),
      unasked: text({ label: 'När frågan inte ställdes', help: 'Vad som står vid en fråga utan jämförelse.', example: 'Frågan ställdes inte i kartläggningen 2019.', expected: 'a sentence' }),
    },
    { label: 'Jämförelse i självskattningen', help: 'Länets samlade svar som självskattningen jämför med. Utelämnas när regionen inte har någon.' },
  ).optional(),
  owner: text({ label: 'Ansvarig för nya poster', help: 'Roll och organisation som står som ansvarig när npm run region:new skriver nya poster.', example: 'Regional samordnare för familjecentraler, Region Dalarna', expected: 'a role and organisation' }, { min: 3 }),
});

export type RegionConfig = z.infer<typeof regionSchema>;
