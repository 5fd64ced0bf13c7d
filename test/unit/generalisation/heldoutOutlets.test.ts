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
    assert.equal(analyse(lines('Humas Daop 4 Semarang')).outlet, null);
  });
});
