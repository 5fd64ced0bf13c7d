/**
 * Speaker and people shapes left over on the held-out set (test/fixtures/heldout/README.md, "Speaker and people
 * leftovers (stop 17)"), each fixed by language data or a small general rule and checked here on a short article
 * written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, names } from './analyse';

suite('speaker and people leftovers (stop 17)', () => {
  test('a short form of Muhammad ("Moh.", "Muh.") opens a name after a title, and keeps the quote', () => {
    const a = analyse([
      'Warga Pulau Kesulitan BBM',
      'SUMENEP - Warga kepulauan kesulitan mendapatkan bahan bakar sejak sepekan terakhir, Senin (23/11/2026).',
      '',
      'Kepala Desa Karangjati, H. Moh. Sahlan, mengatakan kapal pengangkut BBM tertahan cuaca buruk.',
      '',
      '"Nelayan sudah lima hari tidak melaut karena bensin habis," ungkapnya.',
      '',
      'Kepala Dinas Perikanan, Drs. H. Muh. Ilham Syam, berjanji mengirim bantuan. "Kami kirim kapal besok pagi," katanya.',
      '',
      'Nelayan lain, Andi Muh. Fadhil, membenarkan. "Kapal terakhir datang Selasa," ujarnya.',
    ]);
    assert.deepEqual(names(a), ['Moh. Sahlan', 'Muh. Ilham Syam', 'Andi Muh. Fadhil']);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Moh. Sahlan', 'Muh. Ilham Syam', 'Andi Muh. Fadhil']);
  });

  test('an office whose holder the text never names speaks as itself ("Kapolsek Maulafa mengatakan …", "ujar Kapolsek")', () => {
    const a = analyse([
      'Pencuri Sapi Ditangkap',
      'KUPANG - Dua pria ditangkap polisi setelah mencuri sapi milik warga, Kamis (4/12/2025).',
      '',
      'Sapi itu milik Yohanis Lakapu (58), peternak di Naimata. "Tali dipotong pakai parang," kata Yohanis.',
      '',
      'Kapolsek Maulafa mengatakan kedua pelaku ditangkap di rumah masing-masing pada Rabu malam.',
      '',
      '"Satu ekor sudah mereka jual ke pedagang," ujar Kapolsek.',
      '',
      'Gubernur NTT meninjau kandang warga pada hari yang sama. Gubernur meminta warga memasang cap pada ternak.',
      '',
      '"Supaya gampang dikenali kalau hilang," ujarnya.',
    ]);
    assert.deepEqual(names(a), ['Yohanis Lakapu']);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Yohanis Lakapu', 'Kapolsek Maulafa', 'Gubernur NTT']);
  });

  test('an office whose holder is named resolves to that person, not to the office', () => {
    const a = analyse([
      'Pencuri Sapi Ditangkap',
      'KUPANG - Dua pria ditangkap polisi setelah mencuri sapi milik warga, Kamis (4/12/2025).',
      '',
      'Kapolsek Maulafa, Iptu Daniel Seran, mengatakan kedua pelaku ditangkap di rumah masing-masing.',
      '',
      '"Satu ekor sudah mereka jual ke pedagang," ujar Kapolsek.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Daniel Seran');
  });

  test('a role of someone ("Pelatih Zohri", "Pelatih Persiba asal Brasil") is held by the person set off by commas after it', () => {
    const a = analyse([
      'Zohri Siap Tampil di Final',
      'JAKARTA - Rekor nasional 100 meter dipecahkan sprinter Lalu Muhammad Zohri, Minggu (22/11/2026).',
      '',
      '"Saya senang sekali bisa memecahkan rekor," kata Zohri.',
      '',
      'Pelatih Zohri asal Amerika Serikat, Harry Marra, lewat pesan singkat menulis: "Dia siap untuk level berikutnya."',
      '',
      'Pelatih Persiba asal Brasil, Marcos Ribeiro, memuji anak asuhnya. Dalam jumpa pers, ia berkata, "Kami bangga dengan mental pemain."',
    ]);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Lalu Muhammad Zohri', 'Harry Marra', 'Marcos Ribeiro']);
  });

  test('a name closing a lower-case description set off by commas ("warga … dari Sebalo,") is not the subject of the verb', () => {
    const a = analyse([
      'Tatung Meriahkan Cap Go Meh',
      'SINGKAWANG - Ratusan tatung mengikuti parade Cap Go Meh, Minggu (22/2/2026).',
      '',
      'Salah satunya, Ambrosius Ijat (34), warga Dayak Salako dari Sebalo, mengaku sudah tujuh tahun ikut parade. "Keluarga saya sekarang yang paling semangat," katanya.',
      '',
      'Peserta termuda, Putri Lestari, yang bercita-cita kuliah di program studi Antropologi, berharap tradisi ini tetap hidup. "Saya ingin meneliti budaya sendiri," ujarnya.',
      '',
      'Salah satu pedagang, ibu dua anak bernama Sari Wulandari, mengaku dagangannya laris. "Dari pagi sudah habis," katanya.',
    ]);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Ambrosius Ijat', 'Putri Lestari', 'Sari Wulandari']);
  });

  test('an adverb between a subject and its verb ("Putu Eka Suardana, sebelumnya menyatakan", "justru", "pula") keeps the subject speaking', () => {
    const a = analyse([
      'Paslon Janjikan Seragam Gratis',
      'DENPASAR - Pasangan calon nomor urut 1 menjanjikan seragam sekolah gratis, Selasa (19/11/2024).',
      '',
      'Kubu petahana, paslon nomor urut 2, Ni Luh Putu Ayu Sriasih, belum memberi tanggapan. Namun juru bicara timnya, Putu Eka Suardana, sebelumnya menyatakan program itu sudah berjalan.',
      '',
      '"Jangan mengklaim program orang lain," katanya.',
      '',
      'Ketua tim pemenangan, Made Sudarsana, justru menilai program itu belum merata. "Banyak sekolah belum dapat," ujarnya.',
    ]);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Putu Eka Suardana', 'Made Sudarsana']);
  });

  test('a degree written in title case before a name word ("Eng Hian", "Tan Eng Liang") is a name word; after the name it stays a degree', () => {
    const a = analyse([
      'Indonesia Loloskan Lima Wakil',
      'JAKARTA - Indonesia meloloskan lima wakil ke perempat final, Kamis (16/1/2025).',
      '',
      'Kabid Binpres PBSI, Eng Hian, menyebut target tim adalah dua gelar. "Kami realistis," tutur Eng Hian.',
      '',
      'Pengusaha Tan Eng Liang ikut menonton. "Penontonnya luar biasa," kata Tan Eng Liang.',
      '',
      'Dosen teknik sipil, Budi Santoso, M.Eng, menilai stadion layak. "Atapnya kokoh," ujar Budi.',
    ]);
    assert.deepEqual(names(a), ['Eng Hian', 'Tan Eng Liang', 'Budi Santoso']);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Eng Hian', 'Tan Eng Liang', 'Budi Santoso']);
  });

  test('after a role, a company the text writes on its own is the role\'s, not the first words of the name', () => {
    const a = analyse([
      'Harbour Link Akuisisi Gudang Dingin Batam',
      'SINGAPURA - Perusahaan logistik asal Singapura, Harbour Link Holdings, mengakuisisi gudang berpendingin di Batam, Rabu (18/11/2026).',
      '',
      'Chief Executive Officer Harbour Link Lim Boon Heng mengatakan Batam dekat dengan jalur pelayaran.',
      '',
      '"Permintaan rantai dingin naik setiap tahun," ujar Lim.',
      '',
      'Saham Harbour Link naik 4 persen pada perdagangan siang.',
    ]);
    assert.deepEqual(names(a), ['Lim Boon Heng']);
    assert.equal(a.quotes[0]?.speaker, 'Lim Boon Heng');
  });

  test('a title alone in the cue ("ujar Sultan") is the person the text gave that title, not a person named "Sultan"', () => {
    const a = analyse([
      'Ritual Pingitan Digelar di Keraton',
      'BAUBAU - Sebanyak 12 gadis menjalani ritual pingitan adat di Keraton Buton, Minggu (22/11/2026).',
      '',
      'Ritual itu dibuka oleh Sultan Buton ke-41, La Ode Muhammad Izat Manarfa, yang mengingatkan bahwa ritual bukan tontonan.',
      '',
      '"Ini sekolah adat bagi anak perempuan," ujar Sultan.',
    ]);
    assert.deepEqual(names(a), ['La Ode Muhammad Izat Manarfa']);
    assert.equal(a.quotes[0]?.speaker, 'La Ode Muhammad Izat Manarfa');
  });

  test('"Ia mengatakan" points back to the person set off by commas near the sentence start ("Salah satu bhisa, Wa Ode Sitti Hadijah (63), …")', () => {
    const a = analyse([
      'Ritual Pingitan Digelar di Keraton',
      'BAUBAU - Sebanyak 12 gadis menjalani ritual pingitan adat, Minggu (22/11/2026).',
      '',
      '"Ini sekolah adat bagi anak perempuan," kata Kepala Dinas Kebudayaan, La Ode Abdul Rasyid.',
      '',
      'Salah satu pendamping, Wa Ode Sitti Hadijah (63), sudah 30 tahun mendampingi peserta. Ia mengatakan jumlah peserta meningkat.',
      '',
      'Bersambung ke hal. 7',
      '',
      'Tradisi Pingitan...',
      '',
      '"Tahun ini ada dua belas," katanya.',
    ]);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['La Ode Abdul Rasyid', 'Wa Ode Sitti Hadijah']);
  });

  test('a promise is speaking ("dr. Rahma menjanjikan …"): "katanya" after it is that person\'s', () => {
    const a = analyse([
      'Paslon Kampanye di Kajang',
      'BULUKUMBA - Pasangan calon bupati nomor urut 2 berkampanye di Kajang, Senin (18/11/2024).',
      '',
      'Didampingi calon wakil bupati dr. Hj. Sitti Rahmawati Lallo, Takdir mendengar keluhan warga soal jalan rusak.',
      '',
      '"Semua jalan desa di Kajang kami aspal," ujar Takdir disambut yel-yel pendukungnya.',
      '',
      'Sementara dr. Rahma menjanjikan ambulans desa di setiap kecamatan. "Ibu hamil tidak boleh melahirkan di jalan," katanya.',
    ]);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Takdir', 'Sitti Rahmawati Lallo']);
  });

  test('one word opening its sentence, set off by a comma, with the name the person goes by ("Sumarni, … yang akrab disapa Bu Rini,") is a person', () => {
    const a = analyse([
      'Guru Honorer Bertahan di Pelosok',
      'LAHAT - Sekolah di pelosok Lahat kekurangan guru tetap, Senin (23/11/2026).',
      '',
      'Sumarni, guru honorer yang akrab disapa Bu Rini, sudah mengajar di sekolah itu sejak 2011.',
      '',
      '"Kadang gaji honor baru cair tiga bulan sekali," ujar Bu Rini.',
      '',
      'Bintang yang akrab disapa Kak Tata itu juga hadir bersama murid-muridnya.',
    ]);
    assert.ok(names(a).includes('Sumarni'));
    assert.ok(!names(a).includes('Bintang'), 'a common noun before "yang akrab disapa" without a comma');
    assert.equal(a.quotes[0]?.speaker, 'Sumarni');
  });

  test('"Indonesia" is a country like the others: "Dari kubu Indonesia, Odekta Elvina Naibaho tampil …" names a person', () => {
    const a = analyse([
      'Pelari Kenya Kuasai Full Marathon',
      'MAGELANG - Pelari asal Kenya, Geoffrey Kipchumba, menjuarai kategori full marathon, Minggu (16/11/2025).',
      '',
      'Dari kubu Indonesia, Odekta Elvina Naibaho tampil sebagai pelari putri nasional tercepat. Odekta mengatakan cuaca dingin sangat membantu. "Saya bisa jaga pace sampai kilometer 35," ujar pelari asal Sumatera Utara itu.',
    ]);
    assert.deepEqual(names(a), ['Geoffrey Kipchumba', 'Odekta Elvina Naibaho']);
    assert.equal(a.quotes[0]?.speaker, 'Odekta Elvina Naibaho');
  });

  test('a place after an institution word stops before a short form of Muhammad: the name after it stays a person', () => {
    const a = analyse([
      'Rumpon Digital Diuji di Sultra',
      'KENDARI - Nelayan di Sulawesi Tenggara mulai memakai rumpon digital, Selasa (24/11/2026).',
      '',
      'Kepala Dinas Kelautan serta Perikanan (DKP) Sultra La Ode Muh. Arsyad di Kendari mengatakan program itu masih uji coba.',
      '',
      '"Nelayan tidak perlu lagi menunggu berjam-jam di sekitar rumpon," kata Arsyad.',
    ]);
    assert.ok(names(a).some((n) => n.endsWith('Muh. Arsyad')), names(a).join(', '));
  });
});
