/**
 * Editor mistakes stop the build with a message naming the file, the field, what was received
 * and what is expected. Each message is pinned by a unit test beside its check (src/lib/*.test.ts,
 * src/schemas/errors.test.ts); these few real builds show that the build itself stops and prints
 * them: one copy with many cross-entry mistakes at once (all are reported together), one with what
 * cannot be true (dates in the future, a source dated after it was read, two entries where there
 * is room for one), one with a schema mistake, one with two files for one id, and one switched to
 * another län without texts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithMistake, edit, write } from './broken-site';

const centre = 'src/content/centres/mora.md';
const chapter = 'src/content/guidance/vardegrund.mdx';
const centreTexts = 'src/content/oversattningar-familjecentraler/en/orsa.yaml';

describe('the build stops on editor mistakes', { concurrent: false }, () => {
  it('reports every cross-entry mistake of a build at once, each with file, field, received and expected', () => {
    const lineOf = (root: string, file: string, text: string) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(text)) + 1;
    let lines: Record<string, number> = {};
    const result = buildWithMistake((root) => {
      edit(root, centre, "kommun: '2062'", "kommun: '2099'");
      edit(root, centre, /^ {2}- mora-familjens-hus$/m, '  - mora-familjenshus');
      // HTML in a Markdown text, which would be published unchecked.
      edit(root, centre, /\n*$/, '\n\nRing <a href="/kontakt/">oss</a>.\n');
      // A <Term> with an unknown id written over two lines, and one in inline code, which is no mistake.
      edit(root, chapter, '<Term id="bvc" /> får', '<Term\n  id="bvcc"\n/> får');
      edit(
        root,
        chapter,
        /\n*$/,
        '\n\nSkriv `<Term id="finns-inte" />` i texten. Läs också om [grunduppdraget](/vagledning/grunduppdrg/) och [mer här][x].\n\n[x]: /finns-inte/\n',
      );
      edit(
        root,
        'src/content/guidance/grunduppdrag.mdx',
        '<Term id="mvc" />',
        '<Term ide="mvc" />',
      );
      edit(root, 'src/content/start-steps.yaml', 'section: 4. Budgetram', 'section: 4. Budget');
      edit(
        root,
        'src/content/templates/avsiktsforklaring.mdx',
        '## Syfte\n',
        '## Syfte\n\n- En punkt\n  - med en underpunkt\n',
      );
      write(
        root,
        'src/content/guidance/tomt.mdx',
        '---\ntitle: Tomt kapitel\nsummary: Ett kapitel som ännu inte har någon text alls.\norder: 2\naudiences: [personal]\nsources: [kopparberg-pm-2018]\nowner: Regional samordnare, Region Dalarna\nlastReviewed: 2026-11-22\n---\n',
      );
      rmSync(join(root, 'src/content/kommunprofiler/vansbro.md'));
      // A centre's translated text for a field the centre has no text in.
      edit(root, centreTexts, /field: contact\[0\]\.note$/m, 'field: contact[7].note');
      // A translated sentence whose id names no sentence in parent-texts.yaml.
      edit(
        root,
        'src/content/oversattningar-foraldratexter/en/bvc.yaml',
        /^translates: bvc$/m,
        'translates: bcv',
      );
      lines = {
        term:
          readFileSync(join(root, chapter), 'utf8')
            .split('\n')
            .findIndex((l) => l.endsWith('<Term')) + 1,
        link: lineOf(root, chapter, '[grunduppdraget]'),
        definition: lineOf(root, chapter, '[x]: /finns-inte/'),
        prop: lineOf(root, 'src/content/guidance/grunduppdrag.mdx', '<Term ide="mvc" />'),
        nested: lineOf(root, 'src/content/templates/avsiktsforklaring.mdx', '- En punkt'),
        html: lineOf(root, centre, 'Ring <a href'),
      };
    });
    expect(result.ok).toBe(false);
    const sentenceIds = [
      ...readFileSync('src/content/parent-texts.yaml', 'utf8').matchAll(/^- id: (\S+)$/gm),
    ]
      .map((m) => m[1])
      .sort()
      .join(', ');
    const expected = [
      '- src/content/kommunprofiler/\n    field: (file)\n    received: no text for Vansbro (kommun "2021")\n    expected: a file with kommun: "2021" for every kommun in the region; npm run region:new -- --lan 20 writes one for each kommun that has none',
      '- src/content/centres/mora.md\n    field: kommun\n    received: "2099", which is not in the collection "kommuner"',
      '- src/content/centres/mora.md\n    field: sources[1]\n    received: "mora-familjenshus", which is not in the collection "sources"\n    expected: the id (file name without .yaml) of a source in src/content/sources/, for example mora-familjens-hus',
      `- ${centre}\n    field: (body), line ${lines.html}\n    received: HTML in a .md file: "<a href=\\"/kontakt/\\">"\n    expected: Markdown text, lists and links written [text](/address/); HTML, tables and the site’s components only in .mdx files`,
      `- ${chapter}\n    field: (body), line ${lines.term}, <Term id>\n    received: "bvcc", which does not exist\n    expected: the id (file name without .yaml) of a term in src/content/glossary/, for example bvc`,
      `- ${chapter}\n    field: (body), line ${lines.link}\n    received: a link to "/vagledning/grunduppdrg/", where there is no page\n    expected: the address of a page on this site, for example /vagledning/grunduppdrag/`,
      `- ${chapter}\n    field: (body), line ${lines.definition}\n    received: a link to "/finns-inte/", where there is no page`,
      `- src/content/guidance/grunduppdrag.mdx\n    field: (body), line ${lines.prop}, <Term ide>\n    received: the prop "ide" in <Term ide="mvc" />\n    expected: only the props of <Term id="…" [text="…"] />`,
      '- src/content/start-steps.yaml\n    field: section (item "budgetram")\n    received: "4. Budget", which is not a heading in the chapter starta-en-familjecentral',
      `- src/content/templates/avsiktsforklaring.mdx\n    field: (body), line ${lines.nested}\n    received: a list item with more than one paragraph or a nested list`,
      'field: order\n    received: 2, which src/content/guidance/',
      `- ${centreTexts}\n    field: texts[1].field\n    received: "contact[7].note", which orsa has no text in\n    expected: a field with a text in the centre’s file: contact[0].label, contact[0].note`,
      `- src/content/oversattningar-foraldratexter/en/bvc.yaml\n    field: translates\n    received: "bcv"\n    expected: the id of a sentence in parent-texts.yaml: ${sentenceIds}`,
      'field: (body)\n    received: 0 characters of text\n    expected: a chapter text of at least 50 characters below the frontmatter',
    ];
    for (const message of expected) expect(result.output).toContain(message);
    const count = Number(
      /The content has (\d+) errors\. Fix them and build again:/.exec(result.output)?.[1],
    );
    expect(result.output.match(/^- \S+\n {4}field: /gm)).toHaveLength(count);
    expect(result.output).not.toContain('finns-inte" />');
    expect(result.output).not.toMatch(/\n\s+at .+\(file:/);
    // Astro guesses at a cause from words in a message; none of its hints should mislead an editor.
    expect(result.output).not.toContain('Hint:');
  });

  it('stops on what cannot be true: a date after the build day where only the past is possible, a source dated after it was read, and two entries where there is room for one', () => {
    const copy = 'src/content/centres/ovre-mora.md';
    const source = 'src/content/sources/mora-familjens-hus.yaml';
    const translation = 'src/content/oversattningar/fi/vad-ar-en-familjecentral.mdx';
    const result = buildWithMistake((root) => {
      write(root, copy, readFileSync(join(root, centre), 'utf8'));
      write(root, 'src/content/sources/mora-kopia.yaml', readFileSync(join(root, source), 'utf8'));
      edit(root, centre, "    date: '2019'\n", "    date: '2099'\n");
      edit(root, centre, /^lastReviewed: .*$/m, 'lastReviewed: 2099-01-01');
      edit(root, source, 'date: 2014-11-11', 'date: 2026-12-05');
      edit(root, translation, /^translatedOn: .*$/m, 'translatedOn: 2099-01-01');
      const steps = readFileSync(join(root, 'src/content/start-steps.yaml'), 'utf8');
      write(root, 'src/content/start-steps.yaml', `${steps}${steps.split(/\n(?=- id:)/)[0]}\n`);
    });
    expect(result.ok).toBe(false);
    const day = String.raw`\d{4}-\d{2}-\d{2}`;
    const expected = [
      new RegExp(
        String.raw`- ${centre}\n    field: events\[2\]\.date\n    received: 2099, after the day of the build \(${day}\)\n    expected: a date on or before ${day}: the day of an event that has happened \(an opening still to come is a planerad-oppning\), which cannot be in the future`,
      ),
      new RegExp(
        String.raw`- ${centre}\n    field: lastReviewed\n    received: 2099-01-01, after the day of the build \(${day}\)\n    expected: a date on or before ${day}: the day the entry was last reviewed`,
      ),
      new RegExp(
        String.raw`- ${translation}\n    field: translatedOn\n    received: 2099-01-01, after the day of the build`,
      ),
    ];
    for (const message of expected) expect(result.output).toMatch(message);
    for (const message of [
      `- ${source}\n    field: date\n    received: 2026-12-05, after the day the page was read (accessed: 2026-12-01)\n    expected: a date on or before 2026-12-01: a page is read after it is written; or correct accessed`,
      `- ${copy}\n    field: name and kommun\n    received: "Familjens hus i Mora" and "2062", which ${centre} already has\n    expected: a name no other centre in the kommun has`,
      `- src/content/sources/mora-kopia.yaml\n    field: url\n    received: "http://morakommun.se/Kommun--politik/Nyheter-Kommun--politik/Beslut-om-Familjens-hus-i-Mora/", which ${source} already has\n    expected: an address no other source has`,
      `- src/content/start-steps.yaml\n    field: [`,
      `.id\n    received: "samtal", which an item above already has\n    expected: an id no other item of the file has: each item is one entry`,
    ])
      expect(result.output).toContain(message);
  });

  it('reports a field that breaks the schema, naming the entry and the field', () => {
    // A status the events contradict: the editor saves this change as the same bytes as this hand
    // edit (tests/e2e/editor.test.ts), so it stops the build with this same message. Each field's
    // own message (a missing summary, a wrong date …) is pinned by src/schemas/errors.test.ts.
    const result = buildWithMistake((root) =>
      edit(root, centre, /^status: öppen$/m, 'status: stängd'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('centres → mora data does not match collection schema');
    expect(result.output).toMatch(
      /status: expected "öppen", the status that the newest event gives \("[a-z-]+", [\d-]+, events\[\d+\]\); received "stängd"\. Change the status, or add the newer event that supports it/,
    );
    expect(result.output).toContain('src/content/centres/mora.md');
  });

  it('refuses two files with the same id', () => {
    const result = buildWithMistake((root) =>
      write(root, 'src/content/centres/mora.mdx', readFileSync(join(root, centre), 'utf8')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /- src\/content\/centres\/mora\.mdx?\n {4}field: \(file name\)\n {4}received: the id "mora", which src\/content\/centres\/mora\.mdx? already has/,
    );
    expect(result.output).toContain(
      'expected: a file name that no other entry in the folder has, whatever the extension (.md, .mdx, .yaml)',
    );
  });

  it('switched to another län without its kommun texts, says which are missing and how to write them', () => {
    const result = buildWithMistake((root) =>
      edit(root, 'src/content/region.yaml', "lanCode: '20'", "lanCode: '18'"),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /received: no text for Örebro \(kommun "1880"\)\n {4}expected: a file with kommun: "1880" for every kommun in the region; npm run region:new -- --lan 18 writes one/,
    );
    expect(result.output).not.toMatch(/\n\s+at .+\(file:/);
  });

  it('a build for a published address stops without a feedback route, naming the setting', () => {
    const result = buildWithMistake((root) =>
      edit(
        root,
        'src/content/region.yaml',
        /\n*$/,
        '\npublishing:\n  siteUrl: https://familjecentraler.example.se/\n',
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /- src\/content\/region\.yaml\n {4}field: publishing\.feedbackEmail\n {4}received: nothing, while the site is built for https:\/\/familjecentraler\.example\.se\/\n {4}expected: the publishing organisation’s functional e-mail address \(publishing\.feedbackEmail or FEEDBACK_EMAIL\) or feedback form/,
    );
  });

  it('refuses a person’s e-mail address as the feedback route', () => {
    const result = buildWithMistake((root) =>
      edit(
        root,
        'src/content/region.yaml',
        /\n*$/,
        '\npublishing:\n  feedbackEmail: anna.andersson@region.se\n',
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /field: publishing\.feedbackEmail\n {4}received: "anna\.andersson@region\.se"\n {4}expected: an organisation’s functional address/,
    );
  });

  it('npm run check:publish stops on a broken link and a reference to nothing, naming file, line and field', () => {
    const result = buildWithMistake(
      (root) => {
        edit(root, chapter, /\n*$/, '\n\nLäs om [grunduppdraget](/vagledning/grunduppdrg/).\n');
        edit(root, centre, /^ {2}- mora-familjens-hus$/m, '  - mora-familjenshus');
      },
      ['node', 'scripts/check-publish.ts'],
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      new RegExp(
        `- ${chapter}\\n    field: \\(body\\), line \\d+\\n    received: a link to "/vagledning/grunduppdrg/", where there is no page`,
      ),
    );
    expect(result.output).toContain(
      '- src/content/centres/mora.md\n    field: sources[1]\n    received: "mora-familjenshus", which is not in the collection "sources"',
    );
    expect(result.output).toContain('Stoppat: rätta det som står ovan och kör igen');
  });
});
