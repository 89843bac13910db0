/**
 * Editor mistakes must stop the build with a message naming the file, the field, what was
 * received and what is expected. Each case builds a copy of the site with one mistake in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithMistake, edit, write } from './broken-site';

const centre = 'src/content/centres/mora.mdx';
const chapter = 'src/content/guidance/vardegrund.mdx';

interface Case {
  name: string;
  mutate: (root: string) => void;
  /** Lines that must all appear in the build output. */
  messages: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'a required field is missing',
    mutate: (root) => edit(root, chapter, /^summary: .*\n/m, ''),
    messages: ['guidance → vardegrund data does not match collection schema', 'summary: expected a summary of 20 to 160 characters; received nothing (the field is missing)', 'src/content/guidance/vardegrund.mdx'],
  },
  {
    name: 'a field has the wrong type',
    mutate: (root) => edit(root, chapter, 'order: 2', 'order: två'),
    messages: ['guidance → vardegrund data does not match collection schema', 'order: expected a whole number giving the chapter position; received "två"'],
  },
  {
    name: 'a kommun code that does not exist',
    mutate: (root) => edit(root, centre, 'kommun: "2062"', 'kommun: "2099"'),
    messages: ['- src/content/centres/mora.mdx', 'field: kommun', 'received: "2099", which is not in the collection "kommuner"', /expected: an official four-digit kommun code, for example 20\d\d \(/],
  },
  {
    name: 'a source that does not exist',
    mutate: (root) => edit(root, centre, 'mora-familjens-hus]', 'mora-familjenshus]'),
    messages: ['- src/content/centres/mora.mdx', 'field: sources[1]', 'received: "mora-familjenshus", which is not in the collection "sources"', 'expected: the id (file name without .yaml) of a source in src/content/sources/, for example mora-familjens-hus'],
  },
  {
    name: 'a date written the wrong way',
    mutate: (root) => edit(root, centre, 'date: 2014-11-11', 'date: 11/11 2014'),
    messages: ['centres → mora data does not match collection schema', 'events.0.date: expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-05-14, or "okänd"; received "11/11 2014"'],
  },
  {
    name: 'a summary that is too long',
    mutate: (root) => edit(root, chapter, /^summary: .*$/m, `summary: ${'Lång sammanfattning. '.repeat(10)}`),
    messages: ['summary: expected a summary of at most 160 characters; received a text of 209 characters'],
  },
  {
    name: 'a status that the newest event contradicts',
    mutate: (root) => edit(root, centre, 'status: öppen', 'status: planerad'),
    messages: ['centres → mora data does not match collection schema', 'status: expected "öppen", the status that the newest event gives ("i-drift", 2019, events[2]); received "planerad"'],
  },
  {
    name: 'a glossary term that does not exist, used in a chapter',
    mutate: (root) => edit(root, chapter, '<Term id="mvc" />', '<Term id="mvcc" />'),
    messages: ['- src/content/guidance/vardegrund.mdx', /field: \(body\), line \d+, <Term id>/, 'received: "mvcc", which does not exist', 'expected: the file name (without .yaml) of a term in src/content/glossary/, for example mvc'],
  },
  {
    name: 'a component used with a prop it does not have',
    mutate: (root) => edit(root, chapter, '<Term id="mvc" />', '<Term ide="mvc" />'),
    messages: [
      '- src/content/guidance/vardegrund.mdx',
      /field: \(body\), line \d+, <Term ide>/,
      'received: the prop "ide" in <Term ide="mvc" />',
      'expected: only the props of <Term id="…" [text="…"] />',
      'received: <Term ide="mvc" /> without id',
    ],
  },
  {
    name: 'a link to a page that does not exist',
    mutate: (root) => edit(root, chapter, /\n*$/, '\n\nLäs också om [grunduppdraget](/vagledning/grunduppdrg/).\n'),
    messages: [
      '- src/content/guidance/vardegrund.mdx',
      /field: \(body\), line \d+\n/,
      'received: a link to "/vagledning/grunduppdrg/", where there is no page',
      'expected: the address of a page on this site, for example /vagledning/grunduppdrag/',
    ],
  },
  {
    name: 'two files with the same id',
    mutate: (root) => write(root, 'src/content/centres/mora.md', readFileSync(join(root, centre), 'utf8')),
    messages: [
      /- src\/content\/centres\/mora\.mdx?\n {4}field: \(file name\)\n {4}received: the id "mora", which src\/content\/centres\/mora\.mdx? already has/,
      'expected: a file name that no other entry in the folder has, whatever the extension (.md, .mdx, .yaml)',
    ],
  },
  {
    name: 'a checklist step pointing to a heading the chapter does not have',
    mutate: (root) => edit(root, 'src/content/start-steps.yaml', 'section: 5. Budgetram', 'section: 5. Budget'),
    messages: [
      '- src/content/start-steps.yaml',
      'field: section (item "budgetram")',
      'received: "5. Budget", which is not a heading in the chapter starta-en-familjecentral',
      /expected: one of its headings, written exactly: .*"5\. Budgetram"/,
    ],
  },
  {
    name: 'a template with something its Word document could not show',
    mutate: (root) => edit(root, 'src/content/templates/avsiktsforklaring.mdx', '## Syfte\n', '## Syfte\n\n- En punkt\n  - med en underpunkt\n'),
    messages: [
      '- src/content/templates/avsiktsforklaring.mdx',
      /field: \(body\), line \d+\n/,
      'received: a list item with more than one paragraph or a nested list',
      'expected: in a template only headings, paragraphs, lists, tables, **bold**, *italics*, links and <Fill label="…" />, so that the Word document matches the page',
    ],
  },
  {
    name: 'two chapters with the same position, and an empty chapter',
    mutate: (root) => write(root, 'src/content/guidance/tomt.mdx', '---\ntitle: Tomt kapitel\nsummary: Ett kapitel som ännu inte har någon text alls.\norder: 2\naudiences: [personal]\nsources: [kopparberg-pm-2018]\nowner: Regional samordnare, Region Dalarna\nlastReviewed: 2026-11-22\n---\n'),
    messages: ['The content has 2 errors', 'field: order', 'received: 2, which src/content/guidance/', 'field: (body)', 'expected: a chapter text of at least 50 characters below the frontmatter'],
  },
];

describe('the build stops on editor mistakes', { concurrent: false }, () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { mutate, messages }) => {
    const result = buildWithMistake(mutate);
    expect(result.ok).toBe(false);
    for (const message of messages) {
      if (typeof message === 'string') expect(result.output).toContain(message);
      else expect(result.output).toMatch(message);
    }
  });
});
