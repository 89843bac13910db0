/**
 * The editor's preview (/redaktion/), bundled at build time into /redaktion/forhandsvisning.js
 * (src/integrations/editor.ts): the site's own style sheets for every preview, and for a centre
 * the box "För dig som förälder" and the week as the centre page shows them
 * (src/lib/editor/preview.ts). The CMS provides `h` (React's createElement) and `createClass`.
 */
import {
  day,
  plain,
  renderCentre,
  type H,
  type ImmutableLike,
  type PreviewLookups,
  type RawCentre,
} from '../lib/editor/preview';
import { isoDate } from '../lib/register/programme';
import type { SourceData } from '../lib/source-view';
import type { ParentTextTopic } from '../schemas/parent-text';

interface PreviewProps {
  entry: ImmutableLike;
  getCollection: (name: string, slug?: string) => Promise<ImmutableLike[] | ImmutableLike>;
}
interface CmsWindow {
  CMS?: {
    registerPreviewStyle: (href: string) => void;
    registerPreviewTemplate: (name: string, component: unknown) => void;
  };
  h?: H;
  createClass?: (spec: Record<string, unknown>) => unknown;
}

/** The sources and the parents' sentences from the editor's copy of the content. */
async function loadLookups(getCollection: PreviewProps['getCollection']): Promise<PreviewLookups> {
  const entries = (await getCollection('sources').catch(() => [])) as ImmutableLike[];
  const sources = new Map<string, SourceData>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const e = plain(entry) as {
      slug?: string;
      data?: SourceData & { date?: unknown; accessed?: unknown };
    };
    if (!e?.slug || !e.data) continue;
    const accessed = day(e.data.accessed);
    sources.set(e.slug, {
      ...e.data,
      date: day(e.data.date) ?? String(e.data.date ?? 'okänd'),
      accessed: accessed ? new Date(`${accessed}T00:00:00Z`) : undefined,
      reported: Boolean(e.data.reported),
    });
  }
  const file = plain(await getCollection('parentTexts', 'parentTexts').catch(() => undefined)) as
    { data?: unknown } | undefined;
  const list = Array.isArray(file?.data)
    ? file.data
    : ((file?.data as { items?: unknown[] } | undefined)?.items ?? []);
  const texts = (list as { about: ParentTextTopic; text: string; sources?: string[] }[])
    .filter((t) => t?.about && t.text)
    .map((t) => ({ about: t.about, text: t.text, sources: t.sources ?? [] }));
  return { sources, texts };
}

function register(win: CmsWindow, stylesheets: readonly string[]) {
  const { CMS, h, createClass } = win;
  if (!CMS || !h || !createClass) return;
  for (const href of stylesheets) CMS.registerPreviewStyle(href);
  const CentrePreview = createClass({
    getInitialState: () => ({ lookups: undefined as PreviewLookups | undefined }),
    componentDidMount(this: { props: PreviewProps; setState: (s: object) => void }) {
      loadLookups(this.props.getCollection).then((lookups) => this.setState({ lookups }));
    },
    render(this: { props: PreviewProps; state: { lookups?: PreviewLookups } }) {
      const raw = plain(this.props.entry.get?.('data')) as
        (RawCentre & { name?: string }) | undefined;
      return renderCentre(
        h,
        raw ?? {},
        this.state.lookups ?? { sources: new Map(), texts: [] },
        isoDate(new Date()),
      );
    },
  });
  CMS.registerPreviewTemplate('centres', CentrePreview);
}

declare const __STYLESHEETS__: string[];
register(window as unknown as CmsWindow, __STYLESHEETS__);
