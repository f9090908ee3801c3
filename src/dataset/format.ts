/**
 * The dataset format (version 1), defined once. The validator walks this definition, and
 * `npm run schema` turns it into `data/schema.json`, so the two cannot drift apart.
 */

/** A list of the dataset whose ids other fields may name. */
export type IdList = 'paths' | 'interests';

export type Rule =
  | { type: 'text'; nonEmpty?: boolean }
  | { type: 'date' }
  | { type: 'id'; not?: string }
  | { type: 'url' }
  | { type: 'ref'; to: IdList }
  | { type: 'pattern'; pattern: string; hint: string }
  | { type: 'version' }
  | { type: 'flag' }
  | { type: 'list'; of: Rule; min?: number }
  | { type: 'texts' }
  | { type: 'record'; keys?: IdList; of: Rule }
  | { type: 'object'; fields: Record<string, Rule>; required: string[]; oneOf?: string[] };

export const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

const text: Rule = { type: 'text' };
/** Names, titles and labels: an empty one would leave a blank header or link. */
const name: Rule = { type: 'text', nonEmpty: true };
const id: Rule = { type: 'id' };
const url: Rule = { type: 'url' };
const texts: Rule = { type: 'texts' };
const list = (of: Rule, min?: number): Rule => ({ type: 'list', of, min });
const object = (fields: Record<string, Rule>, required: string[], oneOf?: string[]): Rule => ({
  type: 'object',
  fields,
  required,
  oneOf,
});

const cta = object({ label: name, href: url, newTab: { type: 'flag' } }, ['label', 'href']);
const source = object({ name, url, date: { type: 'date' } }, ['name']);

export const datasetRule: Rule = object(
  {
    version: { type: 'version' },
    title: name,
    intro: text,
    lang: text,
    paths: list(object({ id, name, summary: text, badge: text, cta }, ['id', 'name']), 1),
    criteria: list(
      object(
        {
          id: { type: 'id', not: 'roles' },
          label: name,
          values: { type: 'record', keys: 'paths', of: texts },
          value: texts,
          note: text,
          source,
        },
        ['id', 'label'],
        ['values', 'value'],
      ),
    ),
    interests: list(object({ id, label: name }, ['id', 'label'])),
    roles: list(
      object(
        {
          id,
          title: name,
          path: { type: 'ref', to: 'paths' },
          summary: text,
          duties: list(text),
          interests: list({ type: 'ref', to: 'interests' }),
          onet: { type: 'pattern', pattern: '^\\d{2}-\\d{4}\\.\\d{2}$', hint: 'an O*NET-SOC code such as 11-9111.00' },
          cta,
        },
        ['id', 'title', 'path'],
      ),
    ),
    cta,
    source,
    strings: { type: 'record', of: text },
  },
  ['version', 'title', 'paths'],
);

/** A text, or a list of texts. */
export type Texts = string | string[];

export interface Cta {
  label: string;
  href: string;
  /** Open the link in a new tab. */
  newTab?: boolean;
}

export interface Source {
  name: string;
  url?: string;
  /** When the source was published, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an older one than three years is warned about. */
  date?: string;
}

export interface Path {
  id: string;
  name: string;
  summary?: string;
  badge?: string;
  cta?: Cta;
}

export interface Criterion {
  id: string;
  label: string;
  /** One value per path id. */
  values?: Record<string, Texts>;
  /** One value shared by every path. */
  value?: Texts;
  /** What qualifies the figure (whose figure, which year, what it is not), shown with the value. */
  note?: string;
  source?: Source;
}

export interface Interest {
  id: string;
  label: string;
}

export interface Role {
  id: string;
  title: string;
  path: string;
  summary?: string;
  duties?: string[];
  interests?: string[];
  onet?: string;
  cta?: Cta;
}

export interface Dataset {
  version: 1;
  title: string;
  intro?: string;
  /** The language the dataset is written in; its `strings` apply to that language. */
  lang?: string;
  paths: Path[];
  criteria?: Criterion[];
  interests?: Interest[];
  roles?: Role[];
  cta?: Cta;
  source?: Source;
  strings?: Record<string, string>;
}
