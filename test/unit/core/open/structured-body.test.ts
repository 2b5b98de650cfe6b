// The article from the page's declared schema.org content, when Readability picks a summary instead.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { coversDeclared, declaredTexts, structuredBody } from '../../../../src/core/open/structured-body';
import { readDocument } from '../../../../src/core/open/pipeline';
import { jsdomDomEnv } from '../../../../src/node/jsdom-env';

const doc = (html: string): Document => new JSDOM(html).window.document;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const STEPS = [
  'Ziemniaki obierz, ugotuj w osolonej wodzie i przeciśnij przez praskę.',
  'Cebulę pokrój w kostkę i zeszklij na maśle, odłóż połowę do farszu.',
  'Wymieszaj ziemniaki z twarogiem, cebulą, solą i pieprzem.',
  'Z mąki, wody i jajka zagnieć ciasto, rozwałkuj i wykrawaj krążki szklanką.',
  'Nakładaj farsz, sklejaj brzegi i gotuj pierogi w osolonej wodzie do wypłynięcia.',
];
const INGREDIENTS = ['ziemniaki', 'twaróg półtłusty', 'cebula', 'mąka pszenna', 'jajko', 'masło'];
const SUMMARY = Array.from({ length: 6 }, (_, i) => `Pierogi ruskie to klasyka polskiej kuchni, którą znają wszyscy, a każdy dom ma swój sposób na farsz i ciasto (${i}). Podajemy je ze skwarkami, z cebulką albo ze śmietaną, na obiad lub na kolację, i zawsze znikają z talerza szybciej, niż się spodziewamy.`).join(' ');

function recipePage(jsonLd: unknown): string {
  return `<!doctype html><html lang="pl"><head><title>Pierogi ruskie</title>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body>
<nav><a href="/">Przepisy</a> <a href="/obiady">Obiady</a></nav>
<div class="recipe"><h1>Pierogi ruskie</h1>
 <div class="ingredients"><h2>Składniki</h2><ul>${INGREDIENTS.map((i) => `<li><label><input type="checkbox"><span>${i}</span></label> <span>1 sztuka</span></li>`).join('')}</ul>
  <button>Dodaj składniki do listy zakupów</button></div>
 <div class="steps"><h2>Przygotowanie krok po kroku</h2>${STEPS.map((s, i) => `<div class="step"><h3>Krok ${i + 1}</h3><p>${s}</p></div>`).join('')}</div>
</div>
<div class="seo"><h2>Pierogi ruskie</h2><p>${SUMMARY}</p></div>
<footer><p>Wszelkie prawa zastrzeżone.</p></footer></body></html>`;
}

const RECIPE = { '@context': 'https://schema.org', '@type': 'Recipe', name: 'Pierogi ruskie', recipeIngredient: INGREDIENTS, recipeInstructions: STEPS.map((text) => ({ '@type': 'HowToStep', text })) };

describe('declaredTexts', () => {
  it('reads steps, sections, ingredients and articleBody from JSON-LD, inside @graph too', () => {
    const texts = declaredTexts(doc(`<script type="application/ld+json">${JSON.stringify({ '@graph': [
      { '@type': 'Recipe', recipeIngredient: ['sól'], recipeInstructions: [{ '@type': 'HowToSection', itemListElement: [{ '@type': 'HowToStep', text: 'Krok w sekcji.' }] }, 'Krok jako tekst.'] },
      { '@type': 'NewsArticle', articleBody: 'Pierwszy akapit.\nDrugi <b>akapit</b>.' },
    ] })}</script>`));
    expect(texts.map((t) => t.text)).toEqual(['sól', 'Krok w sekcji.', 'Krok jako tekst.', 'Pierwszy akapit.', 'Drugi ', 'akapit', '.']);
    expect(texts.map((t) => t.field)).toEqual(['recipeIngredient', 'recipeInstructions', 'recipeInstructions', 'articleBody', 'articleBody', 'articleBody', 'articleBody']);
  });

  it('reads microdata and ignores broken JSON-LD and other fields', () => {
    const texts = declaredTexts(doc('<script type="application/ld+json">{"@type": "Recipe",}</script><div itemprop="articleBody">Treść artykułu.</div><p itemprop="description">Opis.</p>'));
    expect(texts).toEqual([{ field: 'articleBody', text: 'Treść artykułu.' }]);
  });
});

describe('structuredBody', () => {
  it('finds the block that shows the steps and ingredients, without its controls', () => {
    const found = structuredBody(doc(recipePage(RECIPE)));
    expect(found?.block.className).toBe('recipe');
    const text = found!.block.textContent!;
    expect(text).toContain('Przygotowanie krok po kroku');
    expect(text).toContain('twaróg półtłusty');
    expect(text).not.toContain('Dodaj składniki do listy zakupów');
    expect(coversDeclared(text, found!)).toBe(true);
    expect(coversDeclared(SUMMARY, found!)).toBe(false);
  });

  it('finds nothing when the page declares too little or does not show it', () => {
    expect(structuredBody(doc(recipePage({ '@type': 'Recipe', recipeIngredient: ['sól', 'pieprz'] })))).toBeNull();
    expect(structuredBody(doc(recipePage({ '@type': 'Recipe', recipeInstructions: ['Zupełnie inny przepis na coś, czego ta strona nie pokazuje wcale, w pięciu długich zdaniach i wielu słowach, żeby było ich dosyć.'.repeat(2)] })))).toBeNull();
  });
});

describe('the pipeline on a recipe page', () => {
  it('shows the ingredients and the steps rather than the summary Readability prefers, which stays in the chrome', () => {
    const r = readDocument({ bytes: enc(recipePage(RECIPE)), name: 'pierogi.html' }, jsdomDomEnv());
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.text).toContain(STEPS[4]);
    expect(r.value.text).toContain('twaróg półtłusty');
    expect(r.value.text).not.toContain('znikają z talerza');
    expect(r.value.chrome.some((c) => c.text.includes('znikają z talerza'))).toBe(true);
    expect(r.value.chrome.map((c) => c.text)).toContain('Dodaj składniki do listy zakupów');
  });

  it('keeps Readability’s pick when it comes from a declared articleBody that also wraps other stories', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Akapit ${i} artykułu o budowie mostu, który miasto otworzyło w piątek po dwóch latach prac i wielu opóźnieniach.</p>`).join('');
    const others = Array.from({ length: 12 }, (_, i) => `<li><a href="/x${i}">Inna wiadomość numer ${i} o zupełnie innej sprawie z regionu</a> i jej zajawka, która opowiada o czymś zupełnie innym niż artykuł, w kilku zdaniach.</li>`).join('');
    const html = `<html lang="pl"><body><div itemprop="articleBody"><article><h1>Most</h1>${body}</article><aside><ul>${others}</ul></aside></div></body></html>`;
    const found = structuredBody(doc(html));
    expect(found).not.toBeNull();
    const r = readDocument({ bytes: enc(html), name: 'most.html' }, jsdomDomEnv());
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.text).toContain('Akapit 5 artykułu');
    expect(r.value.text).not.toContain('Inna wiadomość numer 3');
  });

  it('leaves Readability’s article alone when it already shows the declared body', () => {
    const body = Array.from({ length: 6 }, (_, i) => `Akapit ${i} artykułu o budowie mostu, który miasto otworzyło w piątek po dwóch latach prac i wielu opóźnieniach.`);
    const html = `<html lang="pl"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body.join('\n') })}</script></head><body>
<nav><a href="/">Start</a></nav><article><h1>Most</h1>${body.map((p) => `<p>${p}</p>`).join('')}<p>Podpis pod zdjęciem z otwarcia.</p></article></body></html>`;
    const r = readDocument({ bytes: enc(html), name: 'most.html' }, jsdomDomEnv());
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.text).toContain('Podpis pod zdjęciem z otwarcia.');
    expect(r.value.text).toContain(body[5]);
  });
});
