import { readFileSync } from 'node:fs';
import { Catalog } from '@confnotes/content/portable';
import { renderToString } from 'ink';
import { initialModel, update } from '../src/model.ts';
import { View } from '../src/view.tsx';

const catalog = Catalog.parse(JSON.parse(readFileSync('/tmp/large.json', 'utf8')));
let m = update(initialModel({ columns: 100, rows: 30 }, { showUrls: true }), {
  type: 'loaded',
  catalog,
  diagnostics: [],
});
let t = performance.now();
renderToString(<View model={m} />, { columns: 100 });
console.log('first render', performance.now() - t);
m = update(m, { type: 'action', action: 'filter' });
for (const c of 'notes12') {
  t = performance.now();
  m = update(m, { type: 'typed', text: c });
  const u = performance.now() - t;
  renderToString(<View model={m} />, { columns: 100 });
  console.log(c, 'update', u.toFixed(1), 'total', (performance.now() - t).toFixed(1));
}
