// Builds the static pages into dist/: fills each page template with its language's text, writes the CBS
// municipality table (the backend's own data file) into the form's <select>, and copies the front-end parts
// from node_modules. No bundler and nothing fetched at run time: dist/ is what is served and uploaded.
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const pages = join(web, 'pages');
const dist = join(web, 'dist');
const reference = join(web, '..', 'functions', 'domain', 'src', 'main', 'resources', 'reference');

// Each page in each language: the file it becomes and the relative link to it (the uploaded object's key).
const PAGES = {
  intake: { nl: ['index.html', './'], en: ['en.html', 'en'] },
  withdraw: { nl: ['intrekken.html', 'intrekken'], en: ['withdraw.html', 'withdraw'] },
  privacy: { nl: ['privacyverklaring.html', 'privacyverklaring'], en: ['privacy.html', 'privacy'] },
  desk: { nl: ['balie.html', 'balie'], en: ['desk.html', 'desk'] },
  employer: { nl: ['werkgever.html', 'werkgever'], en: ['employer.html', 'employer'] },
  letter: { nl: ['uitnodigingsbrief.html', 'uitnodigingsbrief'], en: ['invitation-letter.html', 'invitation-letter'] },
};
const LANGUAGES = { nl: 'Nederlands', en: 'English' };
const VENDOR = [
  ['@utrecht/component-library-css/dist/index.css', 'utrecht.css', 'EUPL-1.2'],
  ['accessible-autocomplete/dist/accessible-autocomplete.min.js', 'accessible-autocomplete.min.js', 'MIT'],
  ['accessible-autocomplete/dist/accessible-autocomplete.min.css', 'accessible-autocomplete.min.css', 'MIT'],
  ['aws4fetch/dist/aws4fetch.umd.js', 'aws4fetch.umd.js', 'MIT'],
  // The build without inline workers, so that the pages' Content-Security-Policy (script-src 'self') holds.
  ['altcha/dist_external/altcha.js', 'altcha.js', 'MIT'],
  ['altcha/dist_external/worker.js', 'altcha-worker.js', 'MIT'],
  ['altcha/dist_external/altcha.css', 'altcha.css', 'MIT'],
  ['qrcode-generator/dist/qrcode.js', 'qrcode.js', 'MIT'],
];
const STEPS = 4;

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function lookup(text, key) {
  const value = key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), text);
  if (typeof value !== 'string') throw new Error(`No text "${key}"`);
  return value;
}

// RFC 4180 fields: a name such as "Nuenen, Gerwen en Nederwetten" is quoted because it holds a comma.
function csvFields(row) {
  return [...row.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)]
    .map((match) => (match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]));
}

function municipalityTable() {
  const table = readFileSync(join(reference, 'municipalities.properties'), 'utf8')
    .split('\n').map((line) => line.trim()).find((line) => line.startsWith('table='))
    .slice('table='.length);
  const [header, ...rows] = readFileSync(join(reference, table), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return rows.map(csvFields).map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]])));
}

const option = (value, label) => `        <option value="${escape(value)}">${escape(label)}</option>`;

function municipalityOptions(table) {
  return [...table].sort((a, b) => a.gemeente_naam.localeCompare(b.gemeente_naam, 'nl'))
    .map((row) => option(row.gemeente_code, row.gemeente_naam)).join('\n');
}

// The desk's register form offers only its own region's municipalities: each option names its region.
function municipalityRegionOptions(table) {
  return [...table].sort((a, b) => a.gemeente_naam.localeCompare(b.gemeente_naam, 'nl'))
    .map((row) => option(row.gemeente_code, row.gemeente_naam)
      .replace('">', `" data-region="${escape(row.arbeidsmarktregio_code)}">`)).join('\n');
}

// Region code to name, for the pages that name a region in their text (the invitation letter).
function regionNames(table) {
  const names = Object.fromEntries(table.map((row) => [row.arbeidsmarktregio_code, row.arbeidsmarktregio_naam]));
  return JSON.stringify(names).replace(/</g, '\\u003c');
}

// The sectors (CBS SBI 2008 sections A to U) in the page's language, from the backend's own data file.
function sectorNames(lang) {
  const { sections } = JSON.parse(readFileSync(join(reference, 'sbi-sections.json'), 'utf8'));
  return Object.fromEntries(sections.map((section) => [section.letter, section[lang]]));
}

// The labour-market regions, from the same table: code and name, in code order.
function regionOptions(table) {
  const regions = new Map(table.map((row) => [row.arbeidsmarktregio_code, row.arbeidsmarktregio_naam]));
  return [...regions].sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => option(code, `${code} ${name}`)).join('\n');
}

function choices(type, idPrefix, group, values, text) {
  return values.split(',').map((value) => {
    const id = `${idPrefix}-${value}`;
    return `      <div class="rmt-choice">
        <input class="utrecht-${type === 'radio' ? 'radio-button utrecht-radio-button' : 'checkbox utrecht-checkbox'}--html-input" type="${type}" id="${id}" name="${idPrefix}" value="${value}">
        <label class="utrecht-form-label utrecht-form-label--${type}" for="${id}">${escape(lookup(text, `${group}.${value}`))}</label>
      </div>`;
  }).join('\n');
}

function render(template, page, lang, text, lists) {
  const other = lang === 'nl' ? 'en' : 'nl';
  const values = {
    lang,
    'other.lang': other,
    'other.name': LANGUAGES[other],
    'other.href': PAGES[page][other][1],
    'link.intake': PAGES.intake[lang][1],
    'link.withdraw': PAGES.withdraw[lang][1],
    'link.privacy': PAGES.privacy[lang][1],
    // Every page in either language, for links to a page in a chosen language (the desk's invitation letters).
    ...Object.fromEntries(Object.entries(PAGES).flatMap(([name, files]) =>
      Object.entries(files).map(([language, [, link]]) => [`link.${name}.${language}`, link]))),
  };
  let html = template;
  // Partials first (a partial may include another), so that their placeholders are filled too.
  // {{include:file}}, or {{include:file:name}} for a partial used more than once: its {{param}} becomes the name.
  // {{include:file:name:autofill}} also fills the partial's {{autocomplete:part}} with an autofill token
  // ({{include:partials/date-boxes.html:person-dateOfBirth:bday}} gives autocomplete="bday-day"); without one, off.
  const include = /\{\{include:([\w./-]+)(?::([\w-]+))?(?::([\w-]+))?\}\}/g;
  while (include.test(html)) {
    html = html.replace(include, (_, file, param, autofill) => readFileSync(join(pages, file), 'utf8').trimEnd()
      .replace(/\{\{param\}\}/g, param || '')
      .replace(/\{\{autocomplete:([\w-]+)\}\}/g, (__, part) => (autofill ? `${autofill}-${part}` : 'off')));
  }
  return html.replace(/\{\{([^}]+)\}\}/g, (_, expression) => {
    const [kind, ...args] = expression.split(':');
    if (kind in lists) return lists[kind];
    if (kind === 'options') return args[1].split(',').map((v) => option(v, lookup(text, `${args[0]}.${v}`))).join('\n');
    if (kind === 'json') return JSON.stringify(text).replace(/</g, '\\u003c');
    if (kind === 'attribute-json') return escape(JSON.stringify(text[args[0]]));
    if (kind === 'radios') return choices('radio', args[0], args[1], args[2], text);
    if (kind === 'checkboxes') return choices('checkbox', args[0], args[1], args[2], text);
    if (kind === 'step.of') return escape(lookup(text, 'step.of').replace('{n}', args[0]).replace('{total}', STEPS));
    if (kind in values) return escape(values[kind]);
    return escape(lookup(text, kind));
  });
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets', 'vendor'), { recursive: true });
const table = municipalityTable();
const lists = { municipalities: municipalityOptions(table), regions: regionOptions(table),
  'municipalities-with-region': municipalityRegionOptions(table), 'region-names': regionNames(table) };
for (const [page, files] of Object.entries(PAGES)) {
  const template = readFileSync(join(pages, `${page}.html`), 'utf8');
  for (const lang of Object.keys(LANGUAGES)) {
    const text = JSON.parse(readFileSync(join(pages, 'text', `${lang}.json`), 'utf8'));
    text.sector = sectorNames(lang);
    writeFileSync(join(dist, files[lang][0]), render(template, page, lang, text, lists));
  }
}
for (const file of readdirSync(join(pages, 'assets'))) {
  copyFileSync(join(pages, 'assets', file), join(dist, 'assets', file));
}
const notices = [];
for (const [source, target, licence] of VENDOR) {
  copyFileSync(join(web, 'node_modules', source), join(dist, 'assets', 'vendor', target));
  const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
  const { version } = JSON.parse(readFileSync(join(web, 'node_modules', name, 'package.json'), 'utf8'));
  notices.push(`${target}: ${name} ${version}, licence ${licence}`);
}
writeFileSync(join(dist, 'assets', 'vendor', 'LICENSES.txt'), `${notices.join('\n')}\n`);
console.log(`Built ${Object.keys(PAGES).length * 2} pages into ${dist}`);
