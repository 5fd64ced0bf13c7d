/**
 * Datelines and outlets in every form the issue lists, plus forms from other outlets' styles
 * (news-agency parentheses, an outlet of two plain words after the place), and leads that
 * merely start with capitalised words and must not be read as datelines.
 */
import * as assert from 'node:assert/strict';
import { DatelineReader } from '../../../src/core/dateline/dateline';
import { getLanguage } from '../../../src/core/lang/language';

const data = getLanguage('id').boilerplate.structure?.dateline;
if (!data) throw new Error('the Indonesian data has no dateline section');
const reader = new DatelineReader(data);

const READS: readonly [string, string | null, string | null, string][] = [
  ['CIPUTAT - Wali Kota memimpin apel pagi.', 'CIPUTAT', null, 'CIPUTAT - '],
  ['TANGERANG – Jelang pilkada, ASN diminta netral.', 'TANGERANG', null, 'TANGERANG – '],
  ['Palangka Raya, InfoPublik – Menjelang pilkada, Pj Wali Kota mengimbau jajaran.', 'Palangka Raya', 'InfoPublik', 'Palangka Raya, InfoPublik – '],
  ['Pangkalan Balai,KORANHARIANBANYUASIN.ID - Penjabat Bupati memimpin apel.', 'Pangkalan Balai', 'KORANHARIANBANYUASIN.ID', 'Pangkalan Balai,KORANHARIANBANYUASIN.ID - '],
  ['TRIBUN-BALI.COM, DENPASAR – Ribuan wisatawan memadati pantai.', 'DENPASAR', 'TRIBUN-BALI.COM', 'TRIBUN-BALI.COM, DENPASAR – '],
  ['jpnn.com, JAKARTA - Deklarasi itu berbuntut panjang.', 'JAKARTA', 'jpnn.com', 'jpnn.com, JAKARTA - '],
  ['JAKARTA, KOMPAS.com - Harga cabai naik.', 'JAKARTA', 'KOMPAS.com', 'JAKARTA, KOMPAS.com - '],
  ['Bantenraya.co.id – Menjelang pilkada, wali kota mengingatkan ASN.', null, 'Bantenraya.co.id', 'Bantenraya.co.id – '],
  ['Liputan6.com, JakartaPasca hujan deras, jalan tergenang.', 'Jakarta', 'Liputan6.com', 'Liputan6.com, Jakarta'],
  ['jpnn.com - TOCHIGI - Balapan dihentikan karena hujan.', 'TOCHIGI', 'jpnn.com', 'jpnn.com - TOCHIGI - '],
  ['TEMPO.CO,Jakarta- Kepala Ombudsman mengatakan.', 'Jakarta', 'TEMPO.CO', 'TEMPO.CO,Jakarta- '],
  ['KARIMUN, POSMETRO.CO:Empat pria ditangkap.', 'KARIMUN', 'POSMETRO.CO', 'KARIMUN, POSMETRO.CO:'],
  ['SRIPOKU.COM , SEKAYU -- Polsek mengungkap dua kasus.', 'SEKAYU', 'SRIPOKU.COM', 'SRIPOKU.COM , SEKAYU -- '],
  ['POSMETRO MEDAN– Hidup miskin menjadi hal biasa.', null, 'POSMETRO MEDAN', 'POSMETRO MEDAN– '],
  ['TANGERANG SELATAN , KOMPAS.com - Sebuah pohon tumbang.', 'TANGERANG SELATAN', 'KOMPAS.com', 'TANGERANG SELATAN , KOMPAS.com - '],
  ['Jakarta (ANTARA) - Presiden meresmikan bendungan.', 'Jakarta', 'ANTARA', 'Jakarta (ANTARA) - '],
  ['Surabaya, Harian Timur - Wali kota meninjau pasar.', 'Surabaya', 'Harian Timur', 'Surabaya, Harian Timur - '],
  ['Ramallah - Presiden Palestina mengatakan.', 'Ramallah', null, 'Ramallah - '],
  ['Jakarta, CNN Indonesia -- Harga emas naik.', 'Jakarta', 'CNN Indonesia', 'Jakarta, CNN Indonesia -- '],
  ['Jakarta, Senin (10/6/2025) - Harga emas naik.', 'Jakarta', null, 'Jakarta, Senin (10/6/2025) - '],
  ['SURABAYA, KOMPAS.TV - Banjir rob melanda pesisir.', 'SURABAYA', 'KOMPAS.TV', 'SURABAYA, KOMPAS.TV - '],
];

const NOT_DATELINES: readonly string[] = [
  'Sejak beberapa tahun terakhir, mulai banyak produsen roda dua yang membuat skuter bergaya retro.',
  'Polres Padang Pariaman, Sumatera Barat (Sumbar) mengungkapkan bahwa korban berjumlah tiga orang.',
  'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Tjahjo Kumolo sebelumnya melempar wacana.',
  '"Kita kembali kerja secara normal saja," ucapnya.',
  'Harga minyak goreng di pasar tradisional - terutama curah - naik lagi.',
  'Pasal 56: produsen wajib menjaga kehalalan produk.',
];

suite('dateline reader', () => {
  for (const [lead, place, outlet, raw] of READS) {
    test(`reads "${raw.trim()}"`, () => {
      const got = reader.read(lead);
      assert.ok(got, 'a dateline');
      assert.equal(got.place, place, 'place');
      assert.equal(got.outlet, outlet, 'outlet');
      assert.equal(lead.slice(0, got.length), raw, 'extent');
    });
  }
  for (const lead of NOT_DATELINES) {
    test(`no dateline in "${lead.slice(0, 40)}…"`, () => {
      assert.equal(reader.read(lead), null);
    });
  }

  test('outlet shapes: web addresses and generic newspaper-name parts, never a plain place', () => {
    assert.ok(reader.isOutlet('KabarSerpong.id'));
    assert.ok(reader.isOutlet('InfoPublik'));
    assert.ok(reader.isOutlet('Radar Bogor'));
    assert.ok(!reader.isOutlet('TANGERANG SELATAN'));
    assert.ok(!reader.isOutlet('Palangka Raya'));
    assert.ok(!reader.isOutlet('POSO'));
  });
});

suite('dateline reader: remembered answers', () => {
  test('an outlet answer asked again, or after the reader has forgotten, is the answer of a fresh reader', () => {
    const parts = ['JAKARTA', 'KOMPAS.com', 'InfoPublik', 'Palangka Raya', 'TRIBUN-BALI.COM', 'Lembah Hijau', 'POSMETRO', 'Harian Rakyat', 'jpnn.com', 'Yulia'];
    // More distinct parts than a reader keeps, so that it forgets and reads them again.
    const many = Array.from({ length: 9000 }, (_, i) => `${parts[i % parts.length] as string}${i % 3 === 0 ? '' : ` ${i}`}`);
    const asked = new DatelineReader(data);
    let fresh = new DatelineReader(data);
    for (let round = 0; round < 2; round++) {
      many.forEach((part, i) => {
        if (i % 100 === 0) fresh = new DatelineReader(data);
        assert.equal(asked.isOutlet(part), fresh.isOutlet(part), part);
      });
    }
    assert.ok(many.some((part) => asked.isOutlet(part)) && many.some((part) => !asked.isOutlet(part)), 'both answers occur');
  });
});
