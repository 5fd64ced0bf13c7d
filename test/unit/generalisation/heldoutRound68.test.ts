/**
 * Forms met in held-out round sixty-eight (test/fixtures/heldout/README.md: h584–h593, regional outlets of Kalimantan,
 * Sulawesi, Maluku, Papua, NTT and NTB saved by a scraper with their own furniture), each fixed by language data or a
 * small general rule and checked here on a further short article written for the test, with the counter-case that must
 * not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('regional outlets of Kalimantan, Sulawesi, Maluku, Papua and Nusa Tenggara (round sixty-eight)', () => {
  test('a site\'s name beside its own web address heads the page; the headline in capitals under it is the title', () => {
    const a = analyse([
      'KABAR TELUK  —  kabarteluk.id',
      'Suara Warga Pesisir Sulawesi',
      '  Daerah  /  Politik  /  Olahraga',
      'POLITIK',
      'HASIL REKAPITULASI KPU BONE: PASANGAN NOMOR 1 MENANG TIPIS',
      '23.11.2026  |  Penulis: Rina  |  3 menit membaca',
      'WATAMPONE (KT) – KPU Kabupaten Bone menetapkan hasil rekapitulasi suara pilkada, Senin (23/11/2026).',
      'Ketua KPU Bone, Andi Makmur, menyebut pleno berjalan lancar.',
    ]);
    assert.equal(a.title?.text, 'HASIL REKAPITULASI KPU BONE: PASANGAN NOMOR 1 MENANG TIPIS');
    assert.equal(a.dateline?.place, 'WATAMPONE');
    assert.ok(kindOf(a, 1), 'the masthead');
    // A name beside another site's address, or a headline beside a dash, is no masthead of this kind.
    const b = analyse([
      'Warga Tolak Tambang Pasir  —  lapor.go.id',
      'KENDARI - Warga Desa Lalonggasu menolak tambang pasir di sungai mereka, Senin (23/11/2026).',
    ]);
    assert.equal(b.title?.text, 'Warga Tolak Tambang Pasir — lapor.go.id');
  });

  test('English headings and footer rows of an Indonesian site are boilerplate, and their words no people', () => {
    const a = analyse([
      'Festival Perahu Hias Dibuka di Waisai',
      'WAISAI - Ratusan perahu hias memenuhi Teluk Waisai, Senin (23/11/2026).',
      'Tokoh adat, Yance Rumbiak, membuka festival.',
      '',
      'Most Read',
      '01  Sorong Airport Adds Second Daily Flight to Manado',
      '02  Harga Pinang Naik di Pasar Remu',
      '',
      'Follow us: Instagram | YouTube | TikTok',
      'About  •  Advertise  •  Privacy Policy  •  Contact',
    ]);
    assert.equal(kindOf(a, 5), 'related-list');
    assert.ok(kindOf(a, 6), 'a most-read item');
    assert.equal(kindOf(a, 9), 'promo');
    assert.equal(kindOf(a, 10), 'share');
    assert.deepEqual(names(a), ['Yance Rumbiak']);
    assert.equal(kindOf(a, 3), undefined);
  });

  test('a rank written like a name word that closes a name is the surname', () => {
    const a = analyse([
      'Festival Bahari Dibuka di Waisai',
      'WAISAI - Festival bahari dibuka di Teluk Waisai, Senin (23/11/2026).',
      'Tokoh adat Waigeo, Yance Mayor, membuka festival dengan ritual penyambutan.',
      '"Jangan tinggal sampah di kampung," ujar Yance.',
      'Pengamanan dipimpin Mayor Inf Budi Santoso dari Kodim setempat.',
    ]);
    const found = names(a);
    assert.ok(found.includes('Yance Mayor'), found.join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Yance Mayor');
    // Before the name it stays a rank.
    assert.ok(found.includes('Budi Santoso'), found.join(', '));
    assert.ok(!found.some((n) => n.startsWith('Mayor')), found.join(', '));
  });

  test('the town closing a numbered school\'s name is no person, and the quote goes to the teacher before it', () => {
    const a = analyse([
      'Guru Honorer Mogok di Palu',
      'PALU - Ratusan guru honorer mogok mengajar, Senin (23/11/2026).',
      'Ikbal, guru honorer di SD Inpres 5 Tondo, mengaku sudah delapan tahun mengajar.',
      '"Pagi saya guru, sore saya ojek," ungkapnya.',
      'Siswi SMAN 2 Bungku, Nadia, ikut menemani gurunya.',
    ]);
    const found = names(a);
    assert.ok(!found.includes('Tondo'), found.join(', '));
    assert.ok(!found.includes('Bungku'), found.join(', '));
    assert.ok(found.includes('Ikbal'), found.join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Ikbal');
  });

  test('"Jenazah" before a name or initials is a word put before the person, not part of the name', () => {
    const a = analyse([
      'Pemuda Tewas Ditikam di Ternate',
      'TERNATE - Seorang pemuda berinisial FH (23) tewas ditikam, Senin (23/11/2026).',
      'Ayah korban, Hasan Ibrahim, meminta pelaku dihukum berat. Jenazah FH dimakamkan di Pulau Hiri.',
      'Jenazah Markus Wenda tiba di Wamena dengan pesawat kargo.',
    ]);
    const found = names(a);
    assert.ok(!found.some((n) => n.startsWith('Jenazah')), found.join(', '));
    assert.ok(found.includes('Markus Wenda'), found.join(', '));
    assert.ok(found.includes('FH'), found.join(', '));
    assert.ok(found.includes('Hasan Ibrahim'), found.join(', '));
  });

  test('a given name spelled with "t" for "th" is the same person ("Marthen" / "Marten")', () => {
    const a = analyse([
      'Festival Bahari Dibuka di Waisai',
      'WAISAI - Festival bahari dibuka di Teluk Waisai, Senin (23/11/2026).',
      'Kepala Dinas Pariwisata Raja Ampat, Marthen Mambraku, mengatakan festival memperpanjang lama tinggal wisatawan.',
      '"Wisatawan jangan cuma lihat karang," kata Marten.',
      'Pemandu selam, Martin Sauyai, menyambut festival itu.',
    ]);
    const found = names(a);
    assert.ok(!found.includes('Marten'), found.join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Marthen Mambraku');
    // Another vowel is another name.
    assert.ok(found.includes('Martin Sauyai'), found.join(', '));
  });
});
