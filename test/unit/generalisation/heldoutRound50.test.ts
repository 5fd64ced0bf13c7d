/**
 * Forms met in held-out round fifty (test/fixtures/heldout/README.md: h404–h413, outlets named in hard places: a
 * masthead logo's alt text, an editorial mailbox, social handles, a print view's address and "Dicetak dari …", a
 * newsletter's sender, a company's copyright line with the site's address), each fixed by language data or a small
 * general rule and checked here on a further short article written for the test, with the counter-case that must not
 * change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('outlets named in hard places (round fifty)', () => {
  test('a print view: the bare address over the headline is no headline, its controls and "Dicetak dari <site> pada …" are boilerplate and name the outlet', () => {
    const a = analyse([
      'https://www.kabarmaluku.com/daerah/2026/11/20/jalan-rusak',
      'Cetak | Tutup jendela ini',
      '',
      'Jalan Provinsi di Seram Bagian Barat Rusak Parah, Warga Tanam Pisang',
      '',
      'PIRU – Warga Desa Kairatu menanam pohon pisang di tengah jalan provinsi yang rusak parah sejak dua tahun lalu, Jumat (20/11/2026).',
      '',
      'Tautan: https://www.kabarmaluku.com/?p=1201',
      'Dicetak dari KabarMaluku.com pada 20/11/2026 16:40',
    ]);
    assert.equal(a.title?.text, 'Jalan Provinsi di Seram Bagian Barat Rusak Parah, Warga Tanam Pisang');
    assert.ok(kindOf(a, 1) !== undefined);
    assert.ok(kindOf(a, 2) !== undefined);
    assert.ok(kindOf(a, 8) !== undefined);
    assert.ok(kindOf(a, 9) !== undefined);
    assert.equal(kindOf(a, 9), 'other');
    assert.equal(a.outlet, 'KabarMaluku.com');
    // A bare address alone over the headline, with no print controls under it, is no headline either.
    const bare = analyse([
      'https://www.kabarmaluku.com/daerah/2026/11/20/jalan-rusak',
      '',
      'Jalan Provinsi di Seram Bagian Barat Rusak Parah, Warga Tanam Pisang',
      '',
      'PIRU – Warga Desa Kairatu menanam pohon pisang di tengah jalan provinsi yang rusak parah sejak dua tahun lalu, Jumat (20/11/2026).',
    ]);
    assert.equal(bare.title?.text, 'Jalan Provinsi di Seram Bagian Barat Rusak Parah, Warga Tanam Pisang');
  });

  test('an e-mailed newsletter: its headers, links, greeting and footer are boilerplate, the story\'s headline is the title and the sender the outlet', () => {
    const a = analyse([
      'Dari: Harian Selatan <pilihan@harianselatan.id>',
      'Kepada: pelanggan',
      'Tanggal: Sen, 16 Nov 2026 06.30',
      'Subjek: Pilihan Redaksi: Harga Gabah Turun',
      '',
      'Lihat versi web | Berhenti berlangganan',
      '',
      'Selamat pagi, pembaca. Ini kabar pilihan kami hari ini.',
      '',
      'Harga Gabah di Sidrap Turun Jelang Panen Raya',
      '',
      'SIDRAP—Harga gabah kering panen di Kabupaten Sidrap turun menjadi Rp5.900 per kilogram, Minggu (15/11).',
      '',
      'Anda menerima surel ini karena berlangganan Pilihan Redaksi.',
    ]);
    assert.equal(a.title?.text, 'Harga Gabah di Sidrap Turun Jelang Panen Raya');
    // The headers are read as such (a byline's kind), not merely skipped as lines over the headline.
    assert.deepEqual([1, 2, 3, 4, 6, 8, 14].map((line) => kindOf(a, line)), ['byline', 'byline', 'byline', 'byline', 'breadcrumb', 'promo', 'promo']);
    assert.equal(a.dateline?.place, 'SIDRAP');
    assert.equal(a.outlet, 'Harian Selatan');
    // "Kepada:" opening a sentence of the body is no header.
    const b = analyse([
      'Surat Terbuka Warga untuk Bupati',
      '',
      'Warga Desa Loka menulis surat terbuka tentang jalan desa yang rusak.',
      'Kepada: Bapak Bupati, kami mohon jalan kami diperbaiki sebelum musim hujan.',
    ]);
    assert.equal(kindOf(b, 4), undefined);
  });

  test('a masthead logo\'s alt text and the editorial mailbox name the outlet', () => {
    const logo = analyse([
      'Logo Kabar Sumbawa',
      'Beranda | Daerah | Hukum | Olahraga',
      '',
      'Nelayan Labuhan Badas Dapat Bantuan Mesin Perahu',
      '',
      'SUMBAWA BESAR – Sebanyak 40 nelayan di Labuhan Badas menerima bantuan mesin perahu dari pemerintah provinsi, Kamis (19/11/2026).',
    ]);
    assert.equal(logo.outlet, 'Kabar Sumbawa');
    const mailbox = analyse([
      'Nelayan Labuhan Badas Dapat Bantuan Mesin Perahu',
      '',
      'SUMBAWA BESAR – Sebanyak 40 nelayan di Labuhan Badas menerima bantuan mesin perahu dari pemerintah provinsi, Kamis (19/11/2026).',
      '',
      'Redaksi menerima rilis dan opini. Kirim ke redaksi@suarasamawa.com',
      'Tentang Kami | Pedoman Media Siber | Kontak | Kebijakan Privasi',
    ]);
    assert.equal(mailbox.outlet, 'suarasamawa.com');
    // A logo naming a public body, with no newspaper word, names no outlet.
    const office = analyse([
      'Logo Dinas Perikanan Sumbawa',
      '',
      'Nelayan Labuhan Badas Dapat Bantuan Mesin Perahu',
      '',
      'Sebanyak 40 nelayan di Labuhan Badas menerima bantuan mesin perahu, Kamis (19/11/2026).',
    ]);
    assert.equal(office.outlet, null);
  });

  test('social handles, a tip-off call, a live-stream promo and a lone dash under the body are boilerplate, and "DM kami di Instagram @…" names the outlet', () => {
    const footer = (line: string) =>
      analyse([
        'Pasar Murah Digelar di Alun-alun Jember',
        '',
        'Jember — Pemerintah kabupaten menggelar pasar murah di alun-alun selama tiga hari mulai Senin (23/11/2026). Beras dijual Rp10.500 per kilogram.',
        '',
        line,
      ]);
    // Each alone under the body, so that no neighbouring boilerplate line lends it its kind.
    assert.equal(kindOf(footer('—'), 5), 'other');
    assert.equal(kindOf(footer('IG @jemberhariini | X @jemberhi | TikTok @jemberhariini'), 5), 'share');
    assert.equal(kindOf(footer('Saksikan siaran langsung di jembertv.co.id/live'), 5), 'promo');
    const tip = footer('Punya info kejadian di sekitarmu? DM kami di Instagram @jemberhariini.id');
    assert.equal(kindOf(tip, 5), 'promo');
    assert.equal(tip.outlet, 'jemberhariini.id');
    // A reader's question in the body that asks for no tip stays body.
    assert.equal(kindOf(footer('Punya rencana belanja ke pasar murah? Warga diminta membawa kartu keluarga.'), 5), undefined);
  });

  test('a company\'s copyright line followed by the site\'s address names the site', () => {
    const a = analyse([
      'Banjir Rendam Jalan Poros Kolaka',
      'Redaksi  |  Senin, 23 November 2026',
      'KOLAKA (23/11) — Banjir setinggi lutut merendam jalan poros Kolaka–Kendari sejak Minggu malam.',
      '© 2026 PT Media Mekongga Raya · kolakanews.id · Pedoman Media Siber · Redaksi',
    ]);
    assert.equal(a.outlet, 'kolakanews.id');
    // A desk byline with a wide gap before its bar ("Redaksi   |  …", as zero-width spaces read) names no outlet of spaces.
    const gap = analyse([
      'Banjir Rendam Jalan Poros Kolaka',
      'Redaksi   |  Senin, 23 November 2026',
      'KOLAKA (23/11) — Banjir setinggi lutut merendam jalan poros Kolaka–Kendari sejak Minggu malam.',
    ]);
    assert.equal(gap.outlet?.trim() || null, gap.outlet);
  });

  test('"Moch." inside a name and the Bantenese title "Tb."/"Tubagus" keep one person', () => {
    const a = analyse([
      'Petani Jeruk Minta Pasar',
      '',
      'Ketua kelompok tani, H. Moch. Ridwan, meminta pemerintah membuka pasar. "Kami butuh pembeli tetap," ujar Ridwan.',
      '',
      'Kepala dinas, Tb. Hendra Wijaya, menyebut pasar lelang dibuka Desember. "Pembeli dari Jakarta sudah siap," jelas Tubagus Hendra.',
    ]);
    const found = names(a);
    assert.ok(!found.includes('Moch'), found.join(', '));
    assert.ok(!found.includes('Tubagus Hendra'), found.join(', '));
    assert.equal(a.quotes[1]?.speaker, 'Hendra Wijaya');
  });

  test('"Share this:" and its buttons are share words', () => {
    const a = analyse([
      'Fishermen in Bitung count losses after storm',
      '',
      'BITUNG, Nov 20 — Dozens of boats were damaged when a storm hit the harbour on Thursday night.',
      '',
      'Share this: Facebook | X | WhatsApp | Email',
    ]);
    assert.equal(kindOf(a, 5), 'share');
  });
});
