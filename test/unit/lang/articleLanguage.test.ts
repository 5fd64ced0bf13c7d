import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../src/core/analyze';
import { parseArticle } from '../../../src/core/article/article';
import { detectOtherLanguage, readingLanguage, DETECTION } from '../../../src/core/lang/articleLanguage';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { unionSection } from '../../../src/core/lang/languageUnion';
import { toRecord } from '../../../src/core/output/record';
import { buildSidecar } from '../../../src/core/sidecar';
import { parse } from 'yaml';
import { validateSidecar } from '../sidecar/schemaValidator';

// Articles written for these tests (no real article text).
const ENGLISH = [
  'The Harbour Herald',
  'News | Business | Opinion | Subscribe',
  'Ferry services resume in Sunda Strait after storm',
  'By Wulan Pratiwi',
  'November 20, 2026 | 8:15 am',
  '',
  'MERAK, Banten — Ferry services between Merak and Bakauheni resumed on Thursday morning after two days of high waves forced the port to close, the operator said.',
  '',
  'More than 3,000 trucks had queued along the toll road to the port by Wednesday night, according to the regional police.',
  '',
  '"We reopened four of the seven docks at dawn. The rest will follow once the wind drops," said Bambang Sutejo, the port manager.',
  '',
  'Truck driver Joko Susilo said he had waited for more than thirty hours in a convoy led by a bus that Hendra Wijaya owns.',
  '',
  '"The company should have warned us before we left Jakarta," he said.',
  '',
  'Share this article',
].join('\n');

const INDONESIAN_WITH_ENGLISH = [
  'Harian Pesisir',
  'Home | News | Sport | Lifestyle | Tech',
  'Pelatih Asal Inggris Puas dengan Permainan Tim Muda',
  '',
  'SERANG - Pelatih tim muda Banten, Graham Scott, mengaku puas dengan permainan anak asuhnya saat menang 2-0 atas tim tamu di Stadion Maulana Yusuf, Minggu (22/11/2026).',
  '',
  '"We played very well today and the boys showed a lot of character in the second half," kata Scott usai pertandingan.',
  '',
  'Menurut dia, para pemain sudah bekerja keras selama dua bulan terakhir dan hasil itu menjadi bukti bahwa latihan mereka tidak sia-sia.',
  '',
  'Pertandingan tersebut disponsori oleh Kopi Senja, Smart Bank dan Happy Mart yang juga memberikan bonus kepada pemain terbaik.',
  '',
  'Share this article',
  'Read more: Persiraja Siap Hadapi Laga Tandang',
].join('\n');

const MIXED = [
  'Festival Budaya Ramaikan Kota Tua',
  '',
  'JAKARTA - Ribuan warga memadati kawasan Kota Tua untuk menyaksikan festival budaya yang digelar selama tiga hari sejak Jumat.',
  '',
  'The festival, which is held every year, was attended by visitors from several countries who came to see the dances.',
  '',
  'Panitia menyebut jumlah pengunjung tahun ini lebih banyak dibandingkan dengan tahun lalu karena cuaca yang cerah.',
  '',
  'The organisers said that they would add more stages next year because the crowds were so large.',
  '',
  'Warga yang datang juga bisa mencicipi kuliner khas Betawi di sejumlah tenda yang disediakan oleh panitia.',
].join('\n');

const id = getLanguage('id');
const en = getLanguage('en');
const candidates = Object.values(LANGUAGES);
const linesOf = (text: string) => parseArticle(text).lines;

suite('article language: detection from stop-word shares', () => {
  test('an English article in an Indonesian run is detected as English', () => {
    assert.equal(detectOtherLanguage(linesOf(ENGLISH), id, candidates)?.code, 'en');
  });

  test('an Indonesian article with an English menu, an English quote and English brand names stays Indonesian', () => {
    assert.equal(detectOtherLanguage(linesOf(INDONESIAN_WITH_ENGLISH), id, candidates), null);
  });

  test('an article with as many English as Indonesian paragraphs stays as configured', () => {
    assert.equal(detectOtherLanguage(linesOf(MIXED), id, candidates), null);
  });

  test('an English article in an English run is read with the English data alone', () => {
    assert.equal(readingLanguage(linesOf(ENGLISH), en, candidates), en);
  });

  test('an Indonesian article in an English run is detected as Indonesian', () => {
    assert.equal(detectOtherLanguage(linesOf(INDONESIAN_WITH_ENGLISH), en, candidates)?.code, 'id');
  });

  test('too few prose words decide nothing (thresholds from detection.json)', () => {
    const short = 'Ferry services resume after the storm\n\nThe ferry services resumed on Thursday after the storm, the operator said.';
    assert.ok(short.split(/\s+/u).length < DETECTION.minWords);
    assert.equal(detectOtherLanguage(linesOf(short), id, candidates), null);
    assert.equal(detectOtherLanguage(linesOf(short), id, candidates, { ...DETECTION, minWords: 5 })?.code, 'en');
  });
});

suite('article language: an English article in an Indonesian run', () => {
  const { analysis } = analyzeText(ENGLISH);

  test('the analysis records the language it was read as', () => {
    assert.equal(analysis.language, 'en');
    assert.equal(analyzeText(INDONESIAN_WITH_ENGLISH).analysis.language, 'id');
  });

  test('the JSONL record and the sidecar carry that language (the sidecar still valid against its schema)', () => {
    const { article } = analyzeText(ENGLISH);
    assert.equal(toRecord('ferry.txt', article, analysis)['language'], 'en');
    const sidecar = parse(buildSidecar({ fileName: 'ferry.txt', article, analysis, extractorVersion: '0.2.0', now: '2026-11-24T01:00:00.000Z' })) as Record<string, unknown>;
    assert.equal(sidecar['language'], 'en');
    assert.ok(validateSidecar(sidecar), JSON.stringify(validateSidecar.errors));
  });

  test('"…," said X: the speaker is the person named after the English verb', () => {
    const q = analysis.quotes.find((x) => ENGLISH.slice(x.span.start, x.span.end).includes('reopened four'));
    assert.equal(q?.speaker, 'Bambang Sutejo');
  });

  test('"…," he said: the English pronoun resolves to the last person named as speaking', () => {
    const q = analysis.quotes.find((x) => ENGLISH.slice(x.span.start, x.span.end).includes('should have warned'));
    assert.equal(q?.speaker, 'Joko Susilo');
  });

  test('the page furniture is still read with the configured data (title, byline, share line)', () => {
    assert.equal(analysis.title?.text, 'Ferry services resume in Sunda Strait after storm');
    const lines = new Set(analysis.boilerplate.map((b) => b.line));
    for (const line of [1, 3, 16]) assert.ok(lines.has(line), `line ${line} is boilerplate`);
  });
});

suite('article language: English cue shapes after a quote (English data only)', () => {
  const text = [
    'Seaweed farmers count losses after warm water',
    '',
    'SELONG - Seaweed farmers along the southern coast say that more than half of their crop has turned white after weeks of unusually warm water in the bay.',
    '',
    '"The plants just go pale and break when you lift them from the lines," said Ahmad Fauzi, who farms six plots near the bay.',
    '',
    '"This is the third bleaching event since 2023, and each one has been longer than the last," Dewi Lestari, head of aquaculture at the East Lombok fisheries agency, told reporters on Monday.',
    '',
    '"We will send new seedlings to the villages before the rains come in December," DKP Lombok Timur head Rudi Hartono said in a statement.',
  ].join('\n');
  const { analysis } = analyzeText(text);
  const speakerOf = (words: string) => analysis.quotes.find((q) => text.slice(q.span.start, q.span.end).includes(words))?.speaker;

  test('"…," Name, an apposition, told reporters: the name before the apposition speaks', () => {
    assert.equal(analysis.language, 'en');
    assert.equal(speakerOf('third bleaching'), 'Dewi Lestari');
  });

  test('"…," Organisation head Name said: the holder of the lower-case role speaks', () => {
    assert.equal(speakerOf('new seedlings'), 'Rudi Hartono');
  });

  test('an Indonesian run reads neither shape in Indonesian text (the Indonesian data leaves them out)', () => {
    const id = '"Kami akan mengirim bibit baru ke desa-desa sebelum musim hujan tiba pada bulan Desember," Rudi Hartono, kepala dinas perikanan, kepada wartawan.';
    assert.equal(analyzeText(`Judul\n\n${id}`).analysis.quotes[0]?.cue ?? null, null);
  });
});

suite('article language: the union of two data sets', () => {
  test('word lists are joined, settings stay the first language\'s, single-word patterns are read as either', () => {
    const a = { verbs: ['kata', 'ujar'], quoteRules: { minQuotationWords: 6 }, subjectVerbPattern: '^me\\p{Ll}+$', aliasPhrase: '^(a)' };
    const b = { verbs: ['said', 'kata'], quoteRules: { minQuotationWords: 4 }, subjectVerbPattern: '^\\p{Ll}+ed$', aliasPhrase: '^(b)' };
    const u = unionSection(a, b);
    assert.deepEqual(u.verbs, ['kata', 'ujar', 'said']);
    assert.deepEqual(u.quoteRules, { minQuotationWords: 6 });
    assert.ok(new RegExp(u.subjectVerbPattern, 'u').test('menyebut') && new RegExp(u.subjectVerbPattern, 'u').test('claimed'));
    assert.equal(u.aliasPhrase, '^(a)');
  });
});
