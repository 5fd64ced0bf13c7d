/**
 * Forms met in held-out round eighty-five (test/fixtures/heldout/README.md: h754–h763, long straight news stories with
 * five to nine speakers: hearings, a joint press conference, a landslide, a protest, a match, a market relocation, a
 * village fund case, an election count), each fixed by language data or a small general rule and checked here on a
 * further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, names } from './analyse';

const speakers = (lines: readonly string[]): (string | null)[] => analyse(lines).quotes.map((q) => q.speaker);

suite('many voices in one story (round eighty-five)', () => {
  test('"Kalaksa BPBD" is a role: the name after it speaks; "Kepala BPBD" keeps its reading', () => {
    const a = analyse([
      'Banjir Bandang Terjang Dolo',
      '',
      'SIGI – Banjir bandang menerjang Desa Dolo, Senin (2/3/2026).',
      '',
      '"Dua jembatan putus," kata Kalaksa BPBD Sigi, Rahman Lamba, di posko.',
      '',
      '"Warga sudah kami ungsikan," kata Kepala BPBD Donggala, Yusran Mangge.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Rahman Lamba');
    assert.equal(a.quotes[1]?.speaker, 'Yusran Mangge');
    assert.ok(!names(a).some((n) => n.startsWith('Kalaksa')), names(a).join(', '));
  });

  test('an agency\'s words ("Air Minum", "Tindak Pidana Khusus", "Pidsus") are no person; "ujar Kasi Pidsus" goes to its holder', () => {
    const a = analyse([
      'Jaksa Periksa Direksi Perumda',
      '',
      'PANGKEP – Kejari Pangkep memeriksa direksi Perumda Air Minum Pangkep, Senin (2/3/2026).',
      '',
      'Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus) Kejari Pangkep, Irwan Basri, memimpin pemeriksaan.',
      '',
      '"Ada tiga pengadaan yang kami dalami," kata Irwan.',
      '',
      '"Berkasnya kami lengkapi pekan depan," ujar Kasi Pidsus.',
    ]);
    assert.deepEqual(names(a), ['Irwan Basri']);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Irwan Basri', 'Irwan Basri']);
  });

  test('"yang menurut X" inside someone else\'s sentence does not take the pronoun cue after it; "Menurut X," does', () => {
    const lines = (source: string): string[] => [
      'Longsor Tutup Jalan Poros',
      '',
      'MAKALE – Longsor menutup jalan poros, Selasa (3/3/2026).',
      '',
      'Kepala BPBD Tana Toraja, Yunus Palimbong, memimpin pembersihan.',
      '',
      'Kepala Desa Sillanan, Markus Tandi, meminta alat berat.',
      '',
      source,
      '',
      '"Besok jalan kami buka lagi," ujarnya.',
    ];
    assert.equal(speakers(lines('Yunus menambahkan, ia sudah meminta alat berat ke Dinas PUPR, yang menurut Markus dijanjikan sejak pagi.'))[0], 'Yunus Palimbong');
    assert.equal(speakers(lines('Menurut Markus, alat berat dijanjikan sejak pagi.'))[0], 'Markus Tandi', 'a source opening the sentence still speaks');
  });

  test('a given name cut short with the surname ("Frans Meo") is the person with the fuller name; "Andi" and "Andika" stay two', () => {
    const a = analyse([
      'Panitia Tetapkan Pemenang Pilkades',
      '',
      'BAJAWA – Ketua panitia, Fransiskus Xaverius Meo, membacakan hasil, Senin (2/3/2026).',
      '',
      '"Hasil ini sah," kata Frans Meo.',
      '',
      'Dua saksi, Andika Saputra dan Andi Saputra, ikut menandatangani berita acara.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Fransiskus Xaverius Meo');
    assert.ok(!names(a).includes('Frans Meo'), names(a).join(', '));
    assert.ok(names(a).includes('Andika Saputra') && names(a).includes('Andi Saputra'), names(a).join(', '));
  });

  test('a nickname cut from the given name after a cue ("bupati yang akrab disapa Ra Fadhil") is the last named person\'s', () => {
    const a = analyse([
      'Bupati Tanggung Biaya Pasien',
      '',
      'SAMPANG – Bupati Sampang Moh. Fadhilah Ridwan menjenguk pasien, Selasa (3/3/2026).',
      '',
      '"Semua biaya ditanggung pemkab," ujar bupati yang akrab disapa Ra Fadhil itu.',
    ]);
    assert.ok(!names(a).includes('Ra Fadhil'), names(a).join(', '));
    assert.ok(a.people.find((p) => p.name === 'Moh. Fadhilah Ridwan')?.aliases.includes('Ra Fadhil'));
    const b = analyse([
      'Bupati Tanggung Biaya Pasien',
      '',
      'SAMPANG – Bupati Sampang Moh. Fadhilah Ridwan menjenguk pasien, Selasa (3/3/2026).',
      '',
      '"Semua biaya ditanggung pemkab," ujar bupati yang akrab disapa Ra Dhilah itu.',
    ]);
    assert.ok(names(b).includes('Ra Dhilah'), 'letters inside a name word, not opening it, name someone else');
  });

  test('two officers whose names share a word but not their rank are two persons; the same rank in other capitals is one', () => {
    const a = analyse([
      'Puluhan Warga Keracunan',
      '',
      'SAMPANG – Kapolsek Omben AKP Sutrisno melapor ke Kapolsek Jrengik, Iptu Moh. Sutrisno Hadi, Senin (2/3/2026).',
      '',
      '"Tujuh warga kami dirawat," kata Iptu Moh. Sutrisno Hadi.',
    ]);
    assert.ok(names(a).includes('Sutrisno') && names(a).includes('Moh. Sutrisno Hadi'), names(a).join(', '));
    const b = analyse([
      'Polisi Amankan Pengedar',
      '',
      'BANGKALAN – Kapolsek Kota IPTU Rudi Hartono memimpin penangkapan, Senin (2/3/2026).',
      '',
      '"Barang bukti kami sita," kata Iptu Rudi Hartono.',
    ]);
    assert.deepEqual(names(b), ['Rudi Hartono']);
  });

  test('two capitals with an age are initials though a title-case word of the lists is spelled so ("MY"); "KM" stays a vessel\'s', () => {
    const a = analyse([
      'Mantan Kades Ditahan',
      '',
      'BIREUEN – Jaksa menahan mantan kepala desa berinisial MY (52), Selasa (3/3/2026). Barang bukti dibawa dengan KM Sinar Jaya.',
    ]);
    assert.deepEqual(names(a), ['MY']);
  });

  test('a wife called by her husband\'s name ("Bu Jumadi") is not the husband named before; "Gus Ipul" still joins its owner', () => {
    const a = analyse([
      'Pedagang Pindah ke Pasar Sementara',
      '',
      'SAMARINDA – Pedagang mulai pindah, Senin (2/3/2026).',
      '',
      'Jumadi (58), pedagang sembako, mengeluh. "Lapak saya sempit," kata Jumadi.',
      '',
      'Istrinya, Sri Rahayu, yang akrab disapa Bu Jumadi, ikut mengeluh. "Pembeli bingung," kata Bu Jumadi.',
    ]);
    assert.deepEqual(names(a).sort(), ['Jumadi', 'Sri Rahayu']);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Jumadi', 'Sri Rahayu']);
    const b = analyse([
      'Wagub Tinjau Banjir',
      '',
      'SURABAYA – Wakil Gubernur Saifullah Yusuf yang akrab disapa Gus Ipul meninjau banjir, Senin (2/3/2026).',
      '',
      '"Pompa ditambah," kata Ipul.',
    ]);
    assert.deepEqual(names(b), ['Saifullah Yusuf']);
  });

  test('a role cue sharing only its head with a person\'s role ("Kadisdag", "Kepala Satpol PP") does not name them; "Kadis PUPR" does', () => {
    const a = analyse([
      'Pasar Dipindah',
      '',
      'SAMARINDA – Pemkot memindahkan pedagang, Senin (2/3/2026).',
      '',
      'Kepala Satpol PP Samarinda, Anis Siswantini, mengatur lalu lintas. "Bahu jalan harus kosong," kata Anis.',
      '',
      'Kepala Dinas PUPR Samarinda, Rahmadi Noor, memeriksa atap. "Atap aman," kata Kadis PUPR.',
      '',
      '"Daftar pedagang sudah dikunci," kata Kadisdag.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Rahmadi Noor');
    assert.notEqual(a.quotes[2]?.speaker, 'Anis Siswantini', 'the head word "Kepala" alone names no office');
    assert.notEqual(a.quotes[2]?.speaker, 'Kadisdag', 'a role is no name');
  });
});
