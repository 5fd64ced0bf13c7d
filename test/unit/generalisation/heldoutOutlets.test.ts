/**
 * Outlet leftovers of the held-out set (test/fixtures/heldout/README.md, "Outlet leftovers (stop 17)"): the outlet named
 * only in a newsletter's subscription or dispatch line, over its stamp with a weekly's word, or in a body's own byline
 * credit. Each fix is checked on a short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse } from './analyse';

suite('outlet leftovers of the held-out set (stop 17)', () => {
  test("a newsletter's subscription footer names the outlet, past the bulletin's own name", () => {
    const a = analyse([
      'Jembatan Gantung Desa Lembang Diperbaiki Warga Secara Swadaya',
      '',
      'MAMASA -- Warga Desa Lembang memperbaiki jembatan gantung yang putus diterjang banjir, Sabtu (21/11/2026).',
      'Kepala desa, Yohanis Patading, menyebut perbaikan butuh dua pekan.',
      '',
      '---',
      'Anda menerima email ini karena berlangganan Buletin Sore Lembah Kalumpang.',
      'Berhenti berlangganan | Ubah preferensi',
    ]);
    assert.equal(a.outlet, 'Lembah Kalumpang');
    // A footer that names no one: still no outlet.
    const b = analyse([
      'Jembatan Gantung Desa Lembang Diperbaiki Warga Secara Swadaya',
      '',
      'MAMASA -- Warga Desa Lembang memperbaiki jembatan gantung yang putus diterjang banjir, Sabtu (21/11/2026).',
      '',
      '---',
      'Anda menerima email ini karena berlangganan.',
      'Berhenti berlangganan | Ubah preferensi',
    ]);
    assert.equal(b.outlet, null);
  });

  test("a newsletter's dispatch line (\"<name> dikirim setiap hari …\") names the outlet", () => {
    const a = analyse([
      'Pasar Apung Kembali Ramai Setelah Dermaga Selesai Diperbaiki',
      '',
      'BANJARMASIN -- Pasar apung di Sungai Martapura kembali ramai sejak dermaga selesai diperbaiki, Minggu (22/11/2026).',
      'Seorang pedagang, Hj. Aminah, menyebut pembeli datang sejak subuh.',
      '',
      '---',
      'Pagi Sungai Martapura dikirim setiap hari pukul 05.30 WITA.',
    ]);
    assert.equal(a.outlet, 'Pagi Sungai Martapura');
  });

  test('a name ending in a weekly\'s word ("Sepekan") over the publication stamp is the outlet', () => {
    const a = analyse([
      'Wawancara',
      '',
      'Kepala Balai Sungai: "Tanggul Harus Selesai Sebelum Puncak Hujan"',
      'Lembah Sepekan',
      'Rabu, 04 Nov 2026 | 11:30',
      'Penulis: Fitriani | Editor: Rahmad',
      '',
      'PALU — Kepala Balai Wilayah Sungai, Ir. Darman Lasaka, meminta kontraktor menuntaskan tanggul sebelum Desember.',
    ]);
    assert.equal(a.outlet, 'Lembah Sepekan');
  });

  test("a body's own byline credit by its name names the outlet; a generic unit does not", () => {
    const lines = (credit: string): string[] => [
      'Dinas Perikanan Salurkan 40 Mesin Tempel untuk Nelayan Pesisir',
      `Senin, 23 November 2026 | ${credit} | 310 views`,
      '',
      'BUNGKU – Dinas Perikanan menyalurkan 40 mesin tempel kepada nelayan di pesisir Bungku, Senin (23/11/2026).',
      'Kepala dinas, Arman Lamadi, berharap hasil tangkapan naik.',
    ];
    assert.equal(analyse(lines('Humas Dinas Perikanan Morowali')).outlet, 'Humas Dinas Perikanan Morowali');
    assert.equal(analyse(lines('oleh Tim Komunikasi DKP')).outlet, 'Tim Komunikasi DKP');
    // One capitalised word is a kind of unit, not a body's name; a unit cut by a number is not read.
    assert.equal(analyse(lines('Admin Puskesmas')).outlet, null);
    // An acronym that is a kind of unit (every regency has a BPBD) names no one body either.
    assert.equal(analyse(lines('Admin BPBD')).outlet, null);
    // An office named as the story's source ("Sumber: Humas …") is not its publisher: a news site credits it the same way.
    assert.equal(analyse(lines('Sumber: Humas Dinas Perikanan Morowali')).outlet, null);
    assert.equal(analyse(lines('Humas Daop 4 Semarang')).outlet, null);
    // Under the page's masthead that spells the one word out, the credit names that body.
    const page = ['PUSKESMAS TELUK BETUNG', 'Melayani dengan Senyum', ...lines('Admin Puskesmas')];
    assert.equal(analyse(page).outlet, 'Admin Puskesmas');
  });

  test("a top bar of links over the site's name does not hide the masthead", () => {
    const a = analyse([
      'Kabar Haji & Umrah  |  Live TV  |  Masuk',
      '',
      'HARIAN SEBERANG',
      '',
      'Home › Daerah › Pesisir',
      '',
      'Nelayan Pulau Tujuh Mulai Melaut Setelah Gelombang Reda',
      '',
      'TAREMPA -- Ratusan nelayan di Pulau Tujuh kembali melaut setelah gelombang tinggi mereda, Senin (23/11/2026).',
      'Ketua kelompok nelayan, Said Umar, menyebut hasil tangkapan mulai membaik.',
    ]);
    assert.equal(a.outlet, 'HARIAN SEBERANG');
    // A link bar over a name with no newspaper word: still no outlet.
    const b = analyse([
      'Kabar Haji & Umrah  |  Live TV  |  Masuk',
      '',
      'PULAU TUJUH',
      '',
      'Home › Daerah › Pesisir',
      '',
      'Nelayan Pulau Tujuh Mulai Melaut Setelah Gelombang Reda',
      '',
      'TAREMPA -- Ratusan nelayan di Pulau Tujuh kembali melaut setelah gelombang tinggi mereda, Senin (23/11/2026).',
    ]);
    assert.equal(b.outlet, null);
  });

  test('a line saying the story also runs on a site names that site', () => {
    const a = analyse([
      'Tim Dayung Kaltim Raih Dua Emas di Hari Pertama',
      'Tenggarong, Senin 23 November 2026 — Tim dayung Kalimantan Timur meraih dua medali emas di Waduk Panji Sukarame.',
      'Pelatih kepala, Yusran Effendi, menyebut atletnya tampil tanpa beban.',
      'Editor: Rina Marlina',
      'Berita ini juga tayang di MahakamSport.id',
    ]);
    assert.equal(a.outlet, 'MahakamSport.id');
  });

  test("a press release's note about its issuer names the outlet, on a release only", () => {
    const release = (kind: string): string[] => [
      kind,
      'Koperasi Tani Sejahtera Buka Gudang Pendingin di Brebes',
      'Brebes, 23 November 2026 – Koperasi Tani Sejahtera membuka gudang pendingin bawang merah berkapasitas 500 ton.',
      'Ketua koperasi, Wahyudi Santosa, menyebut petani kini bisa menunda jual saat harga jatuh.',
      '***',
      'Tentang Koperasi Tani Sejahtera',
      'Koperasi Tani Sejahtera didirikan pada 1998 dan beranggotakan 2.400 petani bawang merah.',
    ];
    assert.equal(analyse(release('SIARAN PERS No. 12/KTS/XI/2026')).outlet, 'Koperasi Tani Sejahtera');
    // The same note under a page that is no press release, and an author's note on a release: no outlet.
    assert.equal(analyse(release('Kabar Petani')).outlet, null);
    const author = release('SIARAN PERS No. 12/KTS/XI/2026');
    author[5] = 'Tentang Penulis';
    assert.equal(analyse(author).outlet, null);
  });
});
