import { readPage } from '../src/node/read-page';
import { loadCatalogue } from '../src/node/catalogue';
const [file, ...snips] = process.argv.slice(2);
const r = await readPage(file!, { catalogue: await loadCatalogue() });
if (!r.ok) throw 1;
const t = r.value.doc.text;
console.log('BYLINE', r.value.doc.byline, '| TITLE', r.value.doc.title, '| LANG', r.value.doc.lang);
for (const s of snips) { const i = t.indexOf(s); console.log('---', s, i, JSON.stringify(t.slice(Math.max(0, i - 300), i + 200))); }
