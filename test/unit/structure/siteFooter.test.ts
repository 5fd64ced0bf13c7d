/**
 * The site's footer (pageTitle.ts outletFromSiteFooter): an address and its tagline among the page's last lines name
 * the publisher as the same line over the headline would; a sentence that merely opens with an address does not.
 */
import * as assert from 'node:assert/strict';
import { analyse } from '../generalisation/analyse';

suite('structure: the outlet from the site footer', () => {
  test('"<address> — <tagline>" under the body names the publisher', () => {
    const a = analyse([
      'Pelari Muda Sukamaju Catat Rekor Baru',
      '',
      'SUKAMAJU - Pelari muda asal Sukamaju mencatat waktu terbaik dalam lomba lari sepuluh kilometer yang digelar Minggu pagi di jalan utama kota, mengalahkan para pelari senior yang sudah bertahun-tahun mengikuti lomba yang sama dan selalu menjadi unggulan panitia sejak lomba ini pertama kali digelar.',
      '',
      'Lomba diikuti lebih dari dua ribu peserta dari berbagai daerah.',
      '',
      'JalanCepat.id — Komunitas Pelari Nusantara',
      'Bagikan ke: WA | FB | X',
    ]);
    assert.equal(a.outlet, 'JalanCepat.id');
  });

  test('a closing sentence that opens with an address names no publisher', () => {
    const a = analyse([
      'Pelari Muda Sukamaju Catat Rekor Baru',
      '',
      'SUKAMAJU - Pelari muda asal Sukamaju mencatat waktu terbaik dalam lomba lari sepuluh kilometer yang digelar Minggu pagi di jalan utama kota, mengalahkan para pelari senior yang sudah bertahun-tahun mengikuti lomba yang sama dan selalu menjadi unggulan panitia sejak lomba ini pertama kali digelar.',
      '',
      'JalanCepat.id - laman pendaftaran lomba berikutnya sudah dibuka sejak pekan lalu bagi semua pelari.',
    ]);
    assert.equal(a.outlet, null);
  });
});
