/**
 * The self-assessment saved as a file: a follow-up entry (src/schemas/follow-up.ts) written in
 * the form the editor writes YAML (src/lib/editor/cms-format.ts), so the regional coordinator can add it
 * to src/content/uppfoljning/<year>/<centre>.yaml as it is; and read back, to continue. Plain
 * TypeScript without a YAML library, so the page's script stays small; tests check both
 * directions against the `yaml` package and the schema.
 */
import {
  DOCUMENT_ANSWERS,
  FOLLOW_UP_ANSWERS,
  FOLLOW_UP_DIMENSION_IDS,
  FOLLOW_UP_DOCUMENT_IDS,
  FOLLOW_UP_DOCUMENTS,
  type DocumentAnswer,
  type FollowUpAnswer,
  type FollowUpDimension,
  type FollowUpDocument,
} from '../../schemas/follow-up-vocabulary';
import { fromKeys, isOneOf } from '../typed';

export interface FollowUpFile {
  /** The kommun's four-digit code. */
  kommun: string;
  /** The centre (open or planned); absent for a kommun without one yet. */
  centre?: string;
  year: number;
  answeredBy: string;
  /** YYYY-MM-DD. */
  answeredOn: string;
  answers: Record<FollowUpDimension, FollowUpAnswer>;
  openPreschoolHours?: number;
  socialServicesHours?: number;
  workPlan: DocumentAnswer;
  annualReport: DocumentAnswer;
  visitorSurvey: DocumentAnswer;
  /** YYYY-MM-DD. */
  lastReviewed: string;
  owner: string;
}

/** YAML 1.2 (core schema) would read these plain scalars as something other than text. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A text as the `yaml` package writes it with the editor's options: plain when it can be, else in single quotes. */
export function yamlText(value: string): string {
  const plain =
    value !== '' &&
    value === value.trim() &&
    !NOT_TEXT.test(value) &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |:$| #|[\n\t]/.test(value);
  if (plain) return value;
  // The package falls back to double quotes for a text with ' and no ".
  if (value.includes("'") && !value.includes('"')) return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}

/** The file's text. */
export function followUpFileText(f: FollowUpFile): string {
  const lines = [
    `kommun: ${yamlText(f.kommun)}`,
    ...(f.centre ? [`centre: ${yamlText(f.centre)}`] : []),
    `year: ${f.year}`,
    `answeredBy: ${yamlText(f.answeredBy)}`,
    `answeredOn: ${f.answeredOn}`,
    'answers:',
    ...FOLLOW_UP_DIMENSION_IDS.map((id) => `  ${id}: ${f.answers[id]}`),
    ...(f.openPreschoolHours === undefined ? [] : [`openPreschoolHours: ${f.openPreschoolHours}`]),
    ...(f.socialServicesHours === undefined
      ? []
      : [`socialServicesHours: ${f.socialServicesHours}`]),
    ...FOLLOW_UP_DOCUMENT_IDS.map((d) => `${d}: ${f[d]}`),
    `lastReviewed: ${f.lastReviewed}`,
    `owner: ${yamlText(f.owner)}`,
  ];
  return `${lines.join('\n')}\n`;
}

export type Parsed = { ok: true; file: FollowUpFile } | { ok: false; error: string };

function unquote(raw: string): string {
  const value = raw.replace(/\s+#.*$/, '').trim();
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  if (value.startsWith('"') && value.endsWith('"')) {
    const text: unknown = JSON.parse(value);
    return typeof text === 'string' ? text : value;
  }
  return value;
}

/** A line's key and value, when it is of the form `key: value`. */
function keyValue(pattern: RegExp, line: string): [string, string] | undefined {
  const [, key, value] = pattern.exec(line) ?? [];
  return key === undefined ? undefined : [key, unquote(value ?? '')];
}

/**
 * The file's name, which is also its name in the year's folder: the centre's id, or
 * kommun-<kommun's address name> for a kommun without a centre ("kommun-vansbro.yaml").
 */
export function followUpFileName(centre: string | undefined, kommunSlug: string): string {
  return `${centre ?? `kommun-${kommunSlug}`}.yaml`;
}

/** Reads a saved file back; the error says in Swedish what is wrong with it. */
export function parseFollowUpFile(text: string): Parsed {
  const top = new Map<string, string>();
  const answers = new Map<string, string>();
  let inAnswers = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const nested = keyValue(/^\s+([\w-]+):\s*(.*)$/, line);
    const plain = keyValue(/^([\w-]+):\s*(.*)$/, line);
    if (nested && inAnswers) answers.set(...nested);
    else if (plain) {
      inAnswers = plain[0] === 'answers' && plain[1] === '';
      if (!inAnswers) top.set(...plain);
    } else
      return {
        ok: false,
        error: 'Filen är inte en sparad självskattning: en rad kunde inte läsas.',
      };
  }
  const required: Record<string, string> = {
    kommun: 'kommun',
    year: 'år',
    ...Object.fromEntries(
      FOLLOW_UP_DOCUMENT_IDS.map((d) => [d, FOLLOW_UP_DOCUMENTS[d].toLowerCase()]),
    ),
  };
  const missing = Object.entries(required)
    .filter(([k]) => !top.has(k))
    .map(([k, label]) => `${label} (${k})`);
  if (missing.length || answers.size === 0)
    return {
      ok: false,
      error: `Filen är inte en sparad självskattning: ${missing.length ? `${missing.join(', ')} saknas` : 'svaren saknas'}.`,
    };
  const year = Number(top.get('year'));
  if (!Number.isInteger(year)) return { ok: false, error: 'Året i filen är inte ett årtal.' };
  const answerOf = (id: FollowUpDimension): FollowUpAnswer => {
    const a = answers.get(id);
    return isOneOf(FOLLOW_UP_ANSWERS, a) ? a : 'okänd';
  };
  const document = (d: FollowUpDocument): DocumentAnswer => {
    const a = top.get(d);
    return isOneOf(DOCUMENT_ANSWERS, a) ? a : 'okänd';
  };
  const hours = (key: string) => {
    const value = top.get(key);
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const centre = top.get('centre');
  return {
    ok: true,
    file: {
      // Present: a file without it is refused above.
      kommun: top.get('kommun') ?? '',
      ...(centre && { centre }),
      year,
      answeredBy: top.get('answeredBy') ?? '',
      answeredOn: top.get('answeredOn') ?? '',
      answers: fromKeys(FOLLOW_UP_DIMENSION_IDS, answerOf),
      openPreschoolHours: hours('openPreschoolHours'),
      socialServicesHours: hours('socialServicesHours'),
      workPlan: document('workPlan'),
      annualReport: document('annualReport'),
      visitorSurvey: document('visitorSurvey'),
      lastReviewed: top.get('lastReviewed') ?? '',
      owner: top.get('owner') ?? '',
    },
  };
}
