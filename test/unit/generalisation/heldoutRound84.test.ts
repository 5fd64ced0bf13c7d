/**
 * Forms met in held-out round eighty-four (test/fixtures/heldout/README.md: h744–h753, regional pages of genres other
 * than the straight news story: live report, transcript, column, photo story, obituary, minute-by-minute report), each
 * fixed by language data or a small general rule and checked here on a further short article written for the test,
 * with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('regional pages of other genres (round eighty-four)', () => {
  test('a live page\'s team credit and its LIVE badge are boilerplate, and the dateline under them is found', () => {
    const a = analyse([
      'LIVE: Banjir Rendam Jalan Lintas Sekayu',
      'Diperbarui Senin, 6 April 2026 | 14.10 WIB',
      'Tim Liputan: Anton Wijaya, Dewi Lestari',
      '● LIVE',
      'SEKAYU, SP – Banjir merendam jalan lintas Sekayu sejak pagi, Senin (6/4/2026).',
      '14.10 WIB – Air mulai surut di simpang Desa Lumpatan.',
      'Tim liputan kami tiba di lokasi pukul 09.00 dan melihat antrean truk.',
    ]);
    assert.notEqual(kindOf(a, 3), undefined, 'the team credit');
    assert.notEqual(kindOf(a, 4), undefined, 'the badge');
    assert.equal(a.dateline?.place, 'SEKAYU');
    assert.ok(!names(a).includes('Anton Wijaya'), 'the reporters are no people of the story');
    assert.equal(kindOf(a, 7), undefined, 'a sentence about the reporting team stays body');
  });

  test('a reporter\'s question in a press-conference transcript is body; a reporter\'s credit stays boilerplate', () => {
    const a = analyse([
      'Polisi Tangkap Pengedar Sabu di Pelabuhan',
      'Wartawan: Rudi Hartono',
      'KUALA KAPUAS – Polres menggelar konferensi pers pengungkapan sabu, Senin (6/4/2026).',
      'Kapolres: Barang bukti kami temukan di bawah tumpukan karet.',
      'Wartawan: Berapa orang yang ditangkap, Pak?',
      'Kapolres: Dua orang, keduanya warga Kapuas Hilir.',
    ]);
    assert.equal(kindOf(a, 5), undefined, 'the question is body');
    assert.notEqual(kindOf(a, 2), undefined, 'the credit is boilerplate');
  });

  test('a column\'s author box and its note that the writer answers for the text are boilerplate', () => {
    const a = analyse([
      'Sawah Kita Makin Sempit',
      'Oleh: Dr. Made Sutama, M.Si.',
      'Made Sutama | Dosen Fakultas Pertanian Universitas Udayana. Meneliti alih fungsi lahan.',
      '',
      'Setiap tahun ratusan hektare sawah di Bali berubah menjadi vila dan toko.',
      '',
      'Isi tulisan di papan desa itu menjadi tanggung jawab kepala desa, bukan warga.',
      '',
      'Isi tulisan sepenuhnya tanggung jawab penulis, bukan sikap redaksi.',
    ]);
    assert.notEqual(kindOf(a, 3), undefined, 'the author box');
    assert.notEqual(kindOf(a, 9), undefined, 'the note');
    assert.equal(kindOf(a, 7), undefined, 'a sentence about a notice board stays body');
  });

  test('a photo story\'s "Teks dan foto:" credit with its stamp gives the article\'s date; a plain photo credit stays a caption', () => {
    const a = analyse([
      'FOTO: Nelayan Lamalera Turun ke Laut',
      'Teks dan foto: Yosef Bataona | Minggu, 7 Juni 2026 | 10.00 WITA',
      'LEWOLEBA – Nelayan Lamalera kembali turun ke laut setelah upacara adat, Sabtu (6/6/2026).',
      'Perahu peledang didorong ke laut oleh puluhan warga.',
      'Foto: Dok. Pemkab Lembata',
    ]);
    assert.equal(a.date?.iso, '2026-06-07');
    assert.notEqual(kindOf(a, 2), undefined);
    assert.equal(kindOf(a, 5), 'caption');
  });

  test('"…," begitu katanya: the cue is "katanya", which points back to the person just named', () => {
    const a = analyse([
      'Sungai Dangkal, Warga Diminta Tidak Buang Sampah',
      'RUPIT – Pemkab Muratara membangun tanggul di Rawas Ilir, Rabu (11/2/2026).',
      '',
      'Ketua RT setempat, Hendri Saputra, datang ke kantor bupati. "Pak, sungai dangkal karena warga buang kasur dan kayu," begitu katanya.',
      '',
      '"Kami akan bersihkan sungai itu pekan depan bersama warga," begitu Bupati Devi Suhartoni menjawab.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Hendri Saputra');
    assert.equal(a.quotes[1]?.speaker, 'Devi Suhartoni', '"begitu" before a name keeps its reading');
  });

  test('a short phrase in marks right after "sebagai" is a name for something, even in a sentence with a reporting verb', () => {
    const a = analyse([
      'Selamat Jalan Sang Penjaga Hikayat',
      'BIMA – Tokoh adat Bima, Abdul Rahman, berpulang, Rabu (20/5/2026).',
      '',
      'Bupati menyebut almarhum sebagai "perpustakaan berjalan" Dana Mbojo. Menurut bupati, catatannya akan didigitalkan.',
      '',
      'Camat Rasanae menyebut kebijakan itu sebagai "langkah yang terlambat dan merugikan para penutur muda".',
    ]);
    assert.equal(a.quotes.filter((q) => q.text.includes('perpustakaan')).length, 0);
    assert.equal(a.quotes.filter((q) => q.text.includes('langkah yang terlambat')).length, 1, 'a long quoted phrase stays a quotation');
  });

  test('a penalty taker named after his role word "Eksekutor" is read without it', () => {
    const a = analyse([
      'Persiba Menang 3-1 di Palangka Raya',
      'PALANGKA RAYA – Persiba Balikpapan menang 3-1 atas tuan rumah, Minggu (19/7/2026).',
      'Menit 76 – Penalti untuk Persiba. Eksekutor Fandi Eko Utomo tidak gagal.',
      'Gelandang Rizky Ramadhan mencetak satu-satunya gol tuan rumah.',
    ]);
    assert.ok(names(a).includes('Fandi Eko Utomo'), names(a).join(', '));
    assert.ok(names(a).includes('Rizky Ramadhan'));
  });

  test('a letter writer\'s name right above their address, and a press office\'s signature, are boilerplate with or without blank lines', () => {
    for (const gap of [[''], []]) {
      const lines = [
        'Lampu Jalan di Kelurahan Dufa-Dufa Padam Tiga Bulan',
        ...gap,
        'Sudah tiga bulan lampu jalan di lingkungan kami padam dan warga takut keluar malam.',
        ...gap,
        'Rahmat Sangaji',
        'Kelurahan Dufa-Dufa, Kota Ternate',
        ...gap,
        'Terima kasih atas suratnya. Perbaikan dijadwalkan pekan depan.',
        ...gap,
        'Humas Dinas Sosial mengimbau warga menjaga lampu jalan bersama',
        ...gap,
        'Humas Dinas Perhubungan Ternate',
        ...gap,
        'Kirim surat pembaca Anda ke surat@malutpos.id',
      ];
      const a = analyse(lines);
      const at = (text: string): number => (kindOf(a, lines.indexOf(text) + 1) === undefined ? -1 : 1);
      assert.notEqual(at('Rahmat Sangaji'), -1, `the writer's name (${gap.length ? 'blank lines' : 'none'})`);
      assert.notEqual(at('Humas Dinas Perhubungan Ternate'), -1, 'the press office');
      assert.equal(at('Humas Dinas Sosial mengimbau warga menjaga lampu jalan bersama'), -1, 'a sentence opening with a press office stays body');
      assert.equal(at('Terima kasih atas suratnya. Perbaikan dijadwalkan pekan depan.'), -1, 'the reply stays body');
    }
  });
});
