import type { Cta, Dataset, Texts } from '../dataset/format.js';
import { ids, pick } from '../shared/ids.js';
import { isSafeUrl, withParams } from '../shared/links.js';
import { languages, wordsFor } from '../words/index.js';
import { escapeHtml as e, type Attributes } from './escape.js';

/**
 * Static HTML that shows a dataset's content inside an element until the element renders, so
 * that readers without JavaScript and search engines see it too. Every text is escaped, and a
 * link is written only when its URL passes `isSafeUrl`.
 */
export function fallbackHtml(dataset: Dataset, tag: string, attributes: Attributes = {}): string {
  const text = (name: string) => (typeof attributes[name] === 'string' ? (attributes[name] as string) : '');
  const primary = (text('lang') || dataset.lang || '').toLowerCase().split('-')[0];
  const words = wordsFor(primary in languages ? primary : 'en', dataset);
  const cta = (link?: Cta) => (link && isSafeUrl(link.href) ? `<a href="${e(withParams(link.href, text('link-params')))}">${e(link.label)}</a>` : '');
  const roles = dataset.roles ?? [];

  if (tag === 'career-picker')
    return [
      '<ul>',
      ...dataset.paths.flatMap((path) => {
        const own = roles.filter((role) => role.path === path.id);
        const link = cta(path.cta);
        return [
          `  <li>${e(path.name)}`,
          ...(own.length ? ['    <ul>', ...own.map((role) => `      <li><strong>${e(role.title)}</strong>${role.summary ? `: ${e(role.summary)}` : ''}</li>`), '    </ul>'] : []),
          ...(link ? [`    <p>${link}</p>`] : []),
          '  </li>',
        ];
      }),
      '</ul>',
    ].join('\n');

  const paths = pick(dataset.paths, ids(text('paths')));
  const criteria = pick([...(dataset.criteria ?? []), { id: 'roles', label: words.roles }], ids(text('criteria')));
  const highlight = text('highlight');
  const cells = (value: Texts | undefined, span = '') =>
    `<td${span}>${value === undefined || (Array.isArray(value) && !value.length) ? '—' : Array.isArray(value) ? `<ul>${value.map((item) => `<li>${e(item)}</li>`).join('')}</ul>` : e(value)}</td>`;
  const row = (content: string) => `    <tr>${content}</tr>`;

  return [
    ...(dataset.intro ? [`<p>${e(dataset.intro)}</p>`] : []),
    '<table>',
    `  <caption>${e(dataset.title)}</caption>`,
    '  <thead>',
    row(`<td></td>${paths.map((path) => `<th scope="col">${e(path.name)}${path.id === highlight ? ` <strong>${e(path.badge ?? words.badge)}</strong>` : ''}</th>`).join('')}`),
    ...(paths.some((path) => path.summary) ? [row(`<td></td>${paths.map((path) => cells(path.summary ?? '')).join('')}`)] : []),
    '  </thead>',
    '  <tbody>',
    ...criteria.map((criterion) => {
      const source = 'source' in criterion ? criterion.source : undefined;
      const name = source && (source.url && isSafeUrl(source.url) ? `<a href="${e(source.url)}">${e(source.name)}</a>` : e(source.name));
      const header = `<th scope="row">${e(criterion.label)}${source ? `<br><small>${e(words.source)}: ${name}${source.date ? `, ${e(source.date)}` : ''}</small>` : ''}</th>`;
      if (criterion.id === 'roles')
        return row(header + paths.map((path) => cells(roles.filter((role) => role.path === path.id).map((role) => role.title))).join(''));
      if ('value' in criterion && criterion.value !== undefined) return row(header + cells(criterion.value, ` colspan="${paths.length}"`));
      return row(header + paths.map((path) => cells('values' in criterion ? criterion.values?.[path.id] : undefined)).join(''));
    }),
    '  </tbody>',
    ...(paths.some((path) => cta(path.cta)) ? ['  <tfoot>', row(`<td></td>${paths.map((path) => `<td>${cta(path.cta)}</td>`).join('')}`), '  </tfoot>'] : []),
    '</table>',
  ].join('\n');
}
