/**
 * The editor's preview (/redaktion/), bundled at build time into /redaktion/forhandsvisning.js
 * (src/integrations/editor.ts): the site's own style sheets for every preview, and for a centre
 * the box "För dig som förälder" and the week as the centre page shows them
 * (src/lib/editor/preview.ts). The CMS provides `h` (React's createElement) and `createClass`;
 * what it hands over (Immutable maps) is made plain here and checked against the schemas there.
 */
import './zod-jitless';
import { renderCentre, type PreviewLookups } from '../lib/editor/preview';
import type { H } from '../lib/telling/html';
import type { SourceData } from '../lib/source-view';
import { PARENT_TEXT_TOPICS, type ParentTextTopic } from '../schemas/parent-text';
import { isoDay } from '../lib/format';

/** What the CMS hands a preview: its entry and a way to read other collections. */
interface ImmutableLike {
  toJS(): unknown;
}
const isImmutable = (value: unknown): value is ImmutableLike =>
  typeof value === 'object' &&
  value !== null &&
  'toJS' in value &&
  typeof value.toJS === 'function';
/** Plain data from the CMS's Immutable maps, or the value itself. */
const plain = (value: unknown): unknown => (isImmutable(value) ? value.toJS() : value);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
/** A date field as the CMS holds it (a string, maybe with a time) or as a Date, as YYYY-MM-DD. */
const day = (value: unknown): string | undefined =>
  value instanceof Date
    ? isoDay(value)
    : typeof value === 'string' && value
      ? value.slice(0, 10)
      : undefined;
const isTopic = (value: unknown): value is ParentTextTopic =>
  PARENT_TEXT_TOPICS.some((t) => t === value);

type GetCollection = (name: string, slug?: string) => Promise<unknown>;

/** The sources and the parents' sentences from the editor's copy of the content. */
async function loadLookups(getCollection: GetCollection): Promise<PreviewLookups> {
  const entries = plain(await getCollection('sources').catch(() => []));
  const sources = new Map<string, SourceData>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const e = record(plain(entry));
    const data = record(e.data);
    const slug = text(e.slug);
    const publisher = text(data.publisher);
    if (!slug || !publisher) continue;
    const accessed = day(data.accessed);
    sources.set(slug, {
      title: text(data.title),
      description: text(data.description),
      publisher,
      short: text(data.short),
      // A year alone (2019) is a number in YAML.
      date: day(data.date) ?? (typeof data.date === 'number' ? String(data.date) : 'okänd'),
      accessed: accessed ? new Date(`${accessed}T00:00:00Z`) : undefined,
      reported: data.reported === true,
      url: text(data.url),
    });
  }
  const file = record(
    plain(await getCollection('parentTexts', 'parentTexts').catch(() => undefined)),
  );
  const data = file.data;
  const list = Array.isArray(data) ? data : record(data).items;
  const texts = (Array.isArray(list) ? list : []).flatMap((item) => {
    const t = record(item);
    const body = text(t.text);
    if (!isTopic(t.about) || !body) return [];
    const ids = Array.isArray(t.sources) ? t.sources.filter((s) => typeof s === 'string') : [];
    return [{ about: t.about, text: body, sources: ids }];
  });
  return { sources, texts };
}

/** What the CMS puts on the window before it loads this script. */
interface CmsWindow {
  CMS?: {
    registerPreviewStyle: (href: string) => void;
    registerPreviewTemplate: (name: string, component: unknown) => void;
  };
  h?: H;
  createClass?: (spec: Record<string, unknown>) => unknown;
}
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the window as the CMS leaves it
  interface Window extends CmsWindow {}
}
interface PreviewProps {
  entry: { get(key: string): unknown };
  getCollection: GetCollection;
}

function register(win: CmsWindow, stylesheets: readonly string[]) {
  const { CMS, h, createClass } = win;
  if (!CMS || !h || !createClass) return;
  for (const href of stylesheets) CMS.registerPreviewStyle(href);
  const CentrePreview = createClass({
    getInitialState: () => ({ lookups: undefined }),
    componentDidMount(this: { props: PreviewProps; setState: (s: object) => void }) {
      void loadLookups(this.props.getCollection).then((lookups) => this.setState({ lookups }));
    },
    render(this: { props: PreviewProps; state: { lookups?: PreviewLookups } }) {
      return renderCentre(
        h,
        plain(this.props.entry.get('data')),
        this.state.lookups ?? { sources: new Map(), texts: [] },
        new Date(),
      );
    },
  });
  CMS.registerPreviewTemplate('centres', CentrePreview);
}

declare const __STYLESHEETS__: string[];
register(window, __STYLESHEETS__);
