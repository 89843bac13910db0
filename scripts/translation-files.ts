// The content a translator's file is made from and written back to, read from and written to the
// content folder: the phrase file, the sentences to parents and their translations, the centres'
// own texts (whose number a contact item is) and their translations, and the easy-read texts and
// their translations of one language. Shared by translations:export and
// translations:import. Writes keep the files in the form the editor saves in.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { SWEDISH } from '../src/lib/telling/messages.ts';
import type { LanguageContent } from '../src/lib/translation/units.ts';
import { centreTextsOf, translatableTexts } from '../src/lib/translation/centre-texts.ts';

export const contentFolder = () => (process.env.CONTENT_DIR ?? 'src/content').replace(/\/$/, '');

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A file of the language and its YAML, whole or as front matter before a Markdown body. */
export interface ContentFile {
  path: string;
  doc: Document;
  /** The Markdown after the front matter, for an .mdx file. */
  body?: string;
}

export function readContentFile(path: string): ContentFile {
  const raw = readFileSync(path, 'utf8');
  const [, head, body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw) ?? [];
  return head === undefined
    ? { path, doc: parseDocument(raw) }
    : { path, doc: parseDocument(head), body };
}

export function writeContentFile(file: ContentFile) {
  const yaml = file.doc.toString({ lineWidth: 0 });
  // A language's first translation of its kind makes the language's folder.
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.body === undefined ? yaml : `---\n${yaml}---\n${file.body}`);
}

const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];

/** Every file a language's units come from, and its content as the units are made from. */
export function languageFiles(lang: string) {
  const root = contentFolder();
  const phrasePath = join(root, 'oversattningar-fraser', `${lang}.yaml`);
  const phrases = existsSync(phrasePath) ? readContentFile(phrasePath) : undefined;
  const sentencesFile = join(root, 'parent-texts.yaml');
  const swedishSentences = existsSync(sentencesFile)
    ? list(parseDocument(readFileSync(sentencesFile, 'utf8')).toJS()).map(record)
    : [];
  const sentenceDir = join(root, 'oversattningar-foraldratexter', lang);
  const sentenceFiles = new Map(
    yamlFiles(sentenceDir).map((f) => {
      const file = readContentFile(join(sentenceDir, f));
      return [text(record(file.doc.toJS()).translates), file] as const;
    }),
  );
  const centreDir = join(root, 'centres');
  const swedishCentres = existsSync(centreDir)
    ? readdirSync(centreDir)
        .filter((f) => /\.mdx?$/.test(f))
        .sort()
        .map((f) => {
          const data = record(readContentFile(join(centreDir, f)).doc.toJS());
          return {
            id: f.replace(/\.mdx?$/, ''),
            owner: text(data.owner),
            texts: translatableTexts(centreTextsOf(data)),
          };
        })
        .filter((c) => c.texts.size > 0)
    : [];
  const centreTextDir = join(root, 'oversattningar-familjecentraler', lang);
  const centreTextFiles = new Map(
    yamlFiles(centreTextDir).map((f) => {
      const file = readContentFile(join(centreTextDir, f));
      return [text(record(file.doc.toJS()).translates), file] as const;
    }),
  );
  const textDir = join(root, 'oversattningar', lang);
  const textFiles = existsSync(textDir)
    ? readdirSync(textDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => readContentFile(join(textDir, f)))
    : [];
  const swedishText = (id: string) => {
    const file = readContentFile(join(root, 'lattlast', `${id}.mdx`));
    const data = record(file.doc.toJS());
    return { title: text(data.title), summary: text(data.summary), body: file.body ?? '' };
  };
  const content: LanguageContent = {
    messages: SWEDISH,
    phrases: list(record(phrases?.doc.toJS()).phrases)
      .map(record)
      .map((p) => ({ id: text(p.id), text: text(p.text), checked: p.checked === true })),
    sentences: swedishSentences.map((s) => {
      const translation = sentenceFiles.get(text(s.id));
      const data = record(translation?.doc.toJS());
      return {
        id: text(s.id),
        swedish: text(s.text),
        translation: translation && { text: text(data.text), checked: data.checked === true },
      };
    }),
    centreTexts: swedishCentres.map((c) => {
      const translated = list(record(centreTextFiles.get(c.id)?.doc.toJS()).texts).map(record);
      return {
        id: c.id,
        fields: [...c.texts].map(([field, swedish]) => {
          const t = translated.find((x) => x.field === field);
          return {
            field,
            swedish,
            translation: t && { text: text(t.text), checked: t.checked === true },
          };
        }),
      };
    }),
    texts: textFiles.map((file) => {
      const data = record(file.doc.toJS());
      const id = text(data.translates);
      return {
        id,
        swedish: swedishText(id),
        translation: {
          title: text(data.title),
          summary: text(data.summary),
          body: file.body ?? '',
          checked: data.checked === true,
        },
      };
    }),
  };
  return {
    phrases,
    phrasePath,
    sentenceFiles,
    sentenceDir,
    centreTextFiles,
    centreTextDir,
    swedishCentres,
    textFiles,
    swedishSentences,
    content,
  };
}
