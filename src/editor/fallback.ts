import type { Cta, Dataset, Texts } from '../dataset/format.js';
import { comparison, type ComparisonRow } from '../elements/comparison.js';
import { ids } from '../shared/ids.js';
import { isSafeUrl, withParams } from '../shared/links.js';
import { languageFrom, wordsFor } from '../words/index.js';
import { escapeHtml as e, type Attributes } from './escape.js';

/**
 * Static HTML that shows a dataset's content inside an element until the element renders, so
 * that readers without JavaScript and search engines see it too. It draws the same comparison
 * as `<career-compare>`. Every text is escaped, and a link is written only when its URL passes
 * `isSafeUrl`.
 */
export function fallbackHtml(dataset: Dataset, tag: string, attributes: Attributes = {}): string {
  const text = (name: string) => (typeof attributes[name] === 'string' ? (attributes[name] as string) : '');
  const words = wordsFor(languageFrom(text('lang'), dataset.lang), dataset);
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
          ...(own.length
            ? ['    <ul>', ...own.map((role) => `      <li><strong>${e(role.title)}</strong>${role.summary ? `: ${e(role.summary)}` : ''}</li>`), '    </ul>']
            : []),
          ...(link ? [`    <p>${link}</p>`] : []),
          '  </li>',
        ];
      }),
      '</ul>',
    ].join('\n');

  const { paths, highlight, summaries, rows, ctas } = comparison(dataset, words, {
    paths: ids(text('paths')),
    criteria: ids(text('criteria')),
    highlight: text('highlight'),
  });
  const texts = (value: Texts | undefined) =>
    value === undefined ? '—' : Array.isArray(value) ? `<ul>${value.map((item) => `<li>${e(item)}</li>`).join('')}</ul>` : e(value);
  const cell = (row: ComparisonRow, i: number, span = '') => `<td${span}>${texts(row.cells[i])}${row.note ? `<br><small>${e(row.note)}</small>` : ''}</td>`;
  const header = ({ label, source }: ComparisonRow) => {
    const name = source && (source.url && isSafeUrl(source.url) ? `<a href="${e(source.url)}">${e(source.name)}</a>` : e(source.name));
    return `<th scope="row">${e(label)}${source ? `<br><small>${e(words.source)}: ${name}${source.date ? `, ${e(source.date)}` : ''}</small>` : ''}</th>`;
  };
  const row = (content: string) => `    <tr>${content}</tr>`;

  return [
    ...(dataset.intro ? [`<p>${e(dataset.intro)}</p>`] : []),
    '<table>',
    `  <caption>${e(dataset.title)}</caption>`,
    '  <thead>',
    row(
      `<td></td>${paths.map((path) => `<th scope="col">${e(path.name)}${path.id === highlight ? ` <strong>${e(path.badge ?? words.badge)}</strong>` : ''}</th>`).join('')}`,
    ),
    ...(summaries ? [row(`<th scope="row">${e(words.about)}</th>${paths.map((path) => `<td>${e(path.summary ?? '')}</td>`).join('')}`)] : []),
    '  </thead>',
    '  <tbody>',
    ...rows.map((each) => row(header(each) + (each.shared ? cell(each, 0, ` colspan="${paths.length}"`) : paths.map((_, i) => cell(each, i)).join('')))),
    '  </tbody>',
    ...(ctas.some(Boolean)
      ? ['  <tfoot>', row(`<th scope="row">${e(words.nextStep)}</th>${ctas.map((link) => `<td>${cta(link)}</td>`).join('')}`), '  </tfoot>']
      : []),
    '</table>',
  ].join('\n');
}
