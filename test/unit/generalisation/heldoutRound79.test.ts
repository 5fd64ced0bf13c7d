/**
 * Forms met in held-out round seventy-nine (test/fixtures/heldout/README.md: h694–h703, regional desks of national
 * portals saved as whole pages), each fixed by language data or a small general rule and checked here on a further
 * short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('regional desks of national portals saved as whole pages (round seventy-nine)', () => {
  test('a navigation path split by spaced slashes, with no home item, is boilerplate and no part of the headline', () => {
    const a = analyse([
      'KABARJATIM.ID',
      'Jatim / Kediri Raya / Pendidikan',
      'Sekolah Rusak Diterjang Angin Puting Beliung di Pare',
      'Selasa, 3 Maret 2026 09:10 WIB',
      'KEDIRI - Angin puting beliung merusak atap SDN Pare 3, Senin (2/3/2026) sore.',
      '"Atap kelas dua dan tiga terbang semua," kata Kepala Sekolah, Sri Wahyuni.',
      'Ia menyebut siswa kelas 4 / 5 / 6 tetap belajar di musala.',
    ]);
    assert.equal(kindOf(a, 2), 'breadcrumb');
    assert.equal(a.title?.text, 'Sekolah Rusak Diterjang Angin Puting Beliung di Pare');
    assert.equal(kindOf(a, 7), undefined, 'numbers split by slashes in a sentence stay body');
  });

  test('share buttons printed in brackets under a label are boilerplate', () => {
    const a = analyse([
      'Pasar Ikan Bitung Direnovasi',
      'BITUNG - Pemerintah Kota Bitung mulai merenovasi pasar ikan Girian, Rabu (4/3/2026).',
      '"Pedagang kami pindahkan sementara ke lapangan," kata Lurah Girian, Yanti Makalew.',
      'Bagikan artikel ini:  [WhatsApp]  [Facebook]  [Salin]',
      'Share  [X]  [Telegram]',
    ]);
    assert.equal(kindOf(a, 4), 'share');
    assert.equal(kindOf(a, 5), 'share');
    assert.equal(kindOf(a, 3), undefined);
  });

  test('a menu row opened by its "Menu ▾" toggle and closed by the search box is the navigation, not the headline', () => {
    const a = analyse([
      'SULTENG24.co.id',
      'Menu ▾   Palu   Donggala   Sigi   Nasional   Cari...',
      'Harga Bawang Merah di Palu Turun Jelang Panen',
      'PALU - Harga bawang merah di Pasar Inpres Manonda turun menjadi Rp28 ribu per kilogram, Kamis (5/3/2026).',
      '"Pasokan dari Sigi mulai masuk," kata pedagang, Nurlela.',
    ]);
    assert.equal(kindOf(a, 2), 'breadcrumb');
    assert.equal(a.title?.text, 'Harga Bawang Merah di Palu Turun Jelang Panen');
  });

  test('a stamp naming the place and desk before the weekday, date and time is boilerplate; its desk is no person', () => {
    const a = analyse([
      'Nelayan Aceh Jaya Kembali Melaut',
      'Calang - Kanal Aceh — Jumat, 6 Maret 2026 | 08:15',
      'CALANG - Nelayan di Aceh Jaya kembali melaut setelah cuaca membaik, Jumat (6/3/2026).',
      '"Ombak sudah turun sejak kemarin," ujar Panglima Laot, Teuku Raja Ali.',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.deepEqual(names(a), ['Teuku Raja Ali']);
  });

  test('a site name of letters closed by a number after the dateline\'s place is the outlet', () => {
    const a = analyse([
      'Jalan Trans Papua Longsor di Wamena',
      'WAMENA, PEGUNUNGAN24 - Jalan Trans Papua ruas Wamena–Elelim tertutup longsor, Sabtu (7/3/2026).',
      '"Alat berat sudah kami kirim," kata Kepala Dinas PUPR, Yance Wenda.',
    ]);
    assert.equal(a.dateline?.place, 'WAMENA');
    assert.equal(a.outlet, 'PEGUNUNGAN24');
  });

  test('in English, "Christmas" and "New Year" are no people', () => {
    const a = analyse([
      'Ferry Tickets Sell Out Before the Holidays',
      'KUPANG, East Nusa Tenggara — Ferry tickets from Kupang to the outer islands sold out on Monday, as families booked trips home for the Christmas and New Year holidays.',
      '"We added two more sailings for the week, but they were gone in a day," port official Yosef Manu said.',
      'He said the company would open a waiting list for people who could not get a seat.',
    ]);
    assert.equal(a.language, 'en');
    assert.deepEqual(names(a), ['Yosef Manu']);
  });
  test('a masthead naming the portal before its regional desk ("<name> — Kanal Aceh") names the outlet', () => {
    const a = analyse([
      'SerambiKita — Kanal Aceh',
      'Terkini | Aceh | Nasional',
      '',
      'Harga Cabai di Lhokseumawe Naik Dua Kali Lipat',
      '',
      'LHOKSEUMAWE - Harga cabai merah di Pasar Inpres Lhokseumawe naik menjadi Rp90 ribu per kilogram, Senin (2/3/2026).',
      '"Pasokan dari Bener Meriah berkurang karena hujan," kata pedagang, Nurdin.',
    ]);
    assert.equal(a.outlet, 'SerambiKita');
  });

  test('a headline line with a dash before "Regional" is no masthead', () => {
    const a = analyse([
      'Menu',
      'Liga 3 — Regional Bali Ditunda Sepekan',
      '',
      'DENPASAR - PSSI Bali menunda Liga 3 Zona Bali sepekan karena lapangan rusak, Senin (2/3/2026).',
      '"Kami tunggu perbaikan rumput," kata Ketua Asprov, Made Wira.',
    ]);
    assert.equal(a.outlet, null);
  });
});
