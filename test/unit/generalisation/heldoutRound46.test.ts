/**
 * Forms met in held-out round forty-six (test/fixtures/heldout/README.md: h364–h373, regional sites of national
 * networks in their 2025–2026 page styles: key-points boxes written as sentences, AI summary notes, partner labels,
 * contributor disclaimers, an opinion column's note on its writer), each fixed by language data or a small general
 * rule and checked here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('regional sites of national networks (round forty-six)', () => {
  test('a key-points box of sentences glued over the lead is boilerplate, and the dateline under it is found', () => {
    const a = analyse([
      'Festival Perahu Naga Digelar di Sungai Mahakam Akhir Pekan Ini',
      'Penulis: Rina Agustina',
      'Jumat, 20 November 2026 | 09:10 WITA',
      'Poin Penting',
      'Festival perahu naga diikuti 24 tim dari lima kabupaten.',
      'Panitia menutup sebagian jalan tepian sungai selama dua hari.',
      'Pemenang lomba mendapat hadiah total Rp150 juta.',
      'SAMARINDA, Kabar Mahakam – Sebanyak 24 tim dari lima kabupaten akan beradu cepat dalam festival perahu naga di Sungai Mahakam, Sabtu (21/11/2026). Panitia menyiapkan tribun penonton di tepian sungai.',
      'Ketua panitia menyebut persiapan sudah rampung.',
    ]);
    assert.equal(a.dateline?.place, 'SAMARINDA');
    for (const line of [4, 5, 6, 7]) assert.equal(kindOf(a, line), 'toc', `line ${line}`);
    assert.equal(kindOf(a, 8), undefined);
    assert.equal(kindOf(a, 9), undefined);
  });

  test('"Intinya sih...", "AI Summary" and an AI note head a summary box; a blank line after its points ends it', () => {
    const intinya = analyse([
      'Jalan Provinsi di Garut Selatan Longsor, Akses ke Pantai Terputus',
      '22 Nov 2026, 08:40 WIB',
      'Intinya sih...',
      'Longsor menutup jalan provinsi di Cikelet sepanjang 30 meter.',
      'Alat berat dikerahkan sejak Minggu pagi.',
      'Garut, Warta Priangan - Longsor menutup ruas jalan provinsi di Kecamatan Cikelet, Kabupaten Garut, Minggu (22/11/2026) dini hari, sehingga akses menuju kawasan pantai selatan terputus.',
    ]);
    assert.equal(intinya.dateline?.place, 'Garut');
    assert.equal(kindOf(intinya, 3), 'toc');
    assert.equal(kindOf(intinya, 5), 'toc');
    const ai = analyse([
      'Harga Telur Ayam di Pasar Tradisional Mataram Naik',
      'Senin, 23 November 2026 | 10:00 WITA',
      'Ringkasan berita ini dibuat dengan bantuan AI dan telah ditinjau redaksi.',
      'Harga telur ayam naik Rp3.000 per kilogram dalam sepekan.',
      '',
      'Pedagang menyebut pasokan dari Jawa Timur berkurang sejak awal bulan.',
      '',
      'Dinas Perdagangan berencana menggelar pasar murah pekan depan.',
    ]);
    assert.equal(kindOf(ai, 3), 'toc');
    assert.equal(kindOf(ai, 4), 'toc');
    assert.equal(kindOf(ai, 6), undefined);
    // No blank lines and no dateline: the box's points are single short sentences, the lead under them is not.
    const glued = analyse([
      'Banjir Rob Kembali Genangi Pesisir Demak',
      'Selasa, 24 November 2026 07:30 WIB',
      'Poin Penting:',
      '1. Banjir rob menggenangi tiga desa di pesisir Demak.',
      '2. Warga meminta tanggul laut segera ditinggikan.',
      'Banjir rob kembali menggenangi tiga desa di Kecamatan Sayung, Demak, sejak Senin malam. Ketinggian air di jalan desa mencapai 40 sentimeter.',
      'Warga memindahkan barang ke tempat yang lebih tinggi.',
    ]);
    assert.equal(kindOf(glued, 4), 'toc');
    assert.equal(kindOf(glued, 5), 'toc');
    assert.equal(kindOf(glued, 6), undefined);
    assert.equal(kindOf(glued, 7), undefined);
    const summary = analyse(['Pasar Murah Digelar di Alun-alun Kota', 'Senin, 23 November 2026 | 10:00 WIB', 'AI Summary', 'Pasar murah digelar selama tiga hari.', '', 'Warga antre sejak pagi untuk membeli beras dan minyak goreng murah di alun-alun kota.']);
    assert.equal(kindOf(summary, 4), 'toc');
    assert.equal(kindOf(summary, 6), undefined);
  });

  test('a summary box of sentences over the headline is the page\'s furniture: the headline is the line over the stamp', () => {
    const a = analyse([
      'warta',
      'Beranda  Trending  Berita  Bisnis  Regional',
      'Konten Media Partner',
      'Hai!Madura',
      'Ringkasan berita ini dibuat dengan bantuan AI dan telah ditinjau redaksi.',
      'Banjir merendam 300 rumah di Sampang dan Torjun.',
      'Warga mengungsi ke masjid dan balai desa.',
      'Banjir Rendam 300 Rumah di Sampang dan Torjun, Ratusan Warga Mengungsi ke Masjid',
      '23 November 2026 09:00 WIB',
      'Hai!Madura - Banjir merendam sedikitnya 300 rumah di Kecamatan Sampang dan Torjun setelah hujan deras semalaman, Senin (23/11/2026).',
    ]);
    assert.equal(a.title?.text, 'Banjir Rendam 300 Rumah di Sampang dan Torjun, Ratusan Warga Mengungsi ke Masjid');
    for (const line of [1, 5, 6, 7]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    // A box under the headline and its stamp leaves the headline where it was.
    const under = analyse([
      'Banjir Rendam 300 Rumah di Sampang',
      '23 November 2026 09:00 WIB',
      'Poin Penting',
      'Banjir merendam 300 rumah di Sampang dan Torjun.',
      '',
      'SAMPANG - Banjir merendam sedikitnya 300 rumah di Kecamatan Sampang dan Torjun setelah hujan deras semalaman, Senin (23/11/2026).',
    ]);
    assert.equal(under.title?.text, 'Banjir Rendam 300 Rumah di Sampang');
    assert.equal(kindOf(under, 4), 'toc');
  });

  test('a team\'s credits, a contributors\' disclaimer and a column\'s note on its writer are boilerplate and name no one', () => {
    const a = analyse([
      'Menjaga Sungai Kota dari Sampah Plastik',
      '',
      'Setiap musim hujan, sampah plastik menyumbat pintu air di tengah kota. Warga di bantaran sungai mengaku sudah bosan membersihkannya.',
      '',
      'Kepala Dinas Lingkungan Hidup, Yusuf Mahendra, mengatakan pihaknya menambah dua unit perahu pengangkut sampah.',
      '',
      '*) Penulis adalah peneliti Pusat Studi Lingkungan Hidup di sebuah universitas negeri.',
      'Kabar Warga adalah platform untuk menulis. Semua tulisan yang dipublikasikan menjadi tanggung jawab penulis.',
      'Editorial Team: Dimas Anggoro, Salsabila Putri',
    ]);
    assert.equal(kindOf(a, 7), 'byline');
    assert.equal(kindOf(a, 8), 'other');
    assert.equal(kindOf(a, 9), 'byline');
    const found = names(a);
    assert.ok(found.includes('Yusuf Mahendra'), found.join(', '));
    for (const name of ['Dimas Anggoro', 'Salsabila Putri', 'Editorial Team', 'Pusat Studi']) assert.ok(!found.includes(name), found.join(', '));
  });

  test('a partner-content label over the headline and a "Baca Lainnya" list are boilerplate', () => {
    const a = analyse([
      'Konten Media Partner',
      'Warga Sintang Gelar Gawai Dayak di Rumah Betang',
      'Sabtu, 21 November 2026 14:20 WIB',
      '',
      'SINTANG - Ratusan warga menghadiri Gawai Dayak di rumah betang Ensaid Panjang, Sabtu (21/11/2026).',
      '',
      'Baca Lainnya',
      'Festival Tenun Ikat Digelar di Kapuas Hulu',
      'Jembatan Gantung di Ketungau Diperbaiki',
    ]);
    assert.equal(a.title?.text, 'Warga Sintang Gelar Gawai Dayak di Rumah Betang');
    assert.equal(kindOf(a, 1), 'banner');
    for (const line of [7, 8, 9]) assert.equal(kindOf(a, line), 'related-list', `line ${line}`);
  });

  test('a caption in the body closed by a credit in square brackets ("[Site.id/Name]") is a caption; a sentence ending in a bracket stays body', () => {
    const a = analyse([
      'Nelayan Tolak Reklamasi Pantai di Teluk Kendari',
      '',
      'KENDARI - Puluhan nelayan membentangkan spanduk menolak rencana reklamasi pantai di Teluk Kendari, Rabu (18/11/2026).',
      '',
      'Nelayan membentangkan spanduk penolakan reklamasi di Teluk Kendari, Rabu (18/11/2026). [KabarSultra.id/Anton]',
      '',
      'Mereka menyebut reklamasi mengancam tempat tambat perahu [lihat peta].',
      '',
      'Koordinator nelayan meminta pemerintah kota membuka dokumen analisis dampak lingkungan kepada warga pesisir.',
    ]);
    assert.equal(kindOf(a, 5), 'caption');
    assert.equal(kindOf(a, 7), undefined);
  });

  test('a WhatsApp promo naming the outlet before "langsung di" gives the outlet without that word', () => {
    const a = analyse([
      'Petani Kopi Lereng Argopuro Mulai Panen Raya',
      '',
      'Petani kopi di lereng Argopuro mulai memanen biji kopi robusta sejak pekan lalu.',
      '',
      'Dapatkan berita terbaru Warta Tapal Kuda langsung di WhatsApp Channel kami',
    ]);
    assert.equal(a.outlet, 'Warta Tapal Kuda');
  });

  test('"Relawan" before a unit and "Regional" in a facility\'s name are not first names', () => {
    const a = analyse([
      'Banjir Surut, Warga Kembali ke Rumah',
      '',
      'SUKABUMI - Banjir di Kecamatan Cibadak mulai surut, Selasa (24/11/2026). Relawan Tagana membantu warga membersihkan rumah.',
      '',
      'Sampah sisa banjir diangkut ke Tempat Pemrosesan Akhir (TPA) Regional Cikundul. Camat Cibadak, Dedi Kurniawan, meminta warga waspada.',
    ]);
    const found = names(a);
    assert.ok(found.includes('Dedi Kurniawan'), found.join(', '));
    assert.ok(!found.includes('Relawan Tagana') && !found.includes('Regional Cikundul'), found.join(', '));
  });
});
