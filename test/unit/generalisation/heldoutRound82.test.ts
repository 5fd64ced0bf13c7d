/**
 * Forms met in held-out round eighty-two (test/fixtures/heldout/README.md: h724–h733, older regional pages of 2009–2018
 * on blog and CMS themes), each fixed by language data or a small general rule and checked here on a further short
 * article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('older regional pages on blog and CMS themes (round eighty-two)', () => {
  test('a Blogger page\'s labels, comment count, English furniture, share words, blogroll and counter are boilerplate', () => {
    const a = analyse([
      'Jembatan Gantung Desa Lubuk Putus',
      'LAHAT - Jembatan gantung di Desa Lubuk Seketi putus diterjang arus Sungai Lematang, Minggu (6/5/12).',
      '"Anak-anak sekarang harus memutar dua kilometer," kata Kades, Sukirman.',
      'Pengunjung pasar desa pun ikut berkurang sejak jembatan putus.',
      'Labels: Lahat, bencana',
      '3 comments:',
      'Post a Comment',
      'Newer Post Older Post Home',
      'Subscribe to: Post Comments (Atom)',
      'Bagikan ke Twitter Bagikan ke Facebook',
      'Link Sahabat',
      'Catatan Wong Lahat',
      'Pengunjung: 12.044',
    ]);
    for (const line of [5, 6, 7, 8, 9, 10, 11, 12, 13]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    assert.equal(kindOf(a, 4), undefined, 'a sentence about visitors stays body');
    assert.equal(kindOf(a, 3), undefined);
  });

  test('a blog\'s tagline over its date header is no headline: the post title between the date and "Posted by" is', () => {
    const a = analyse([
      'Kabar Kampung Sindang',
      'Catatan warga apa adanya',
      '',
      'Monday, 7 May 2012',
      '',
      'Warga Perbaiki Jembatan Bambu Secara Swadaya',
      '',
      'Posted by Mang Udin at 09.40',
      '',
      'SINDANG - Warga Desa Sindang memperbaiki jembatan bambu yang rusak diterjang banjir, Minggu (6/5/12).',
      '"Kalau menunggu proyek, kapan selesainya," ujar Ketua RT, Dadang Suherman.',
    ]);
    assert.equal(a.title?.text, 'Warga Perbaiki Jembatan Bambu Secara Swadaya');
    assert.notEqual(kindOf(a, 2), undefined, 'the tagline is boilerplate');
  });

  test('a column\'s headline over its author\'s byline, title and date keeps its place (no blank lines)', () => {
    const a = analyse([
      'KOLOM',
      'Jembatan Bambu dan Gotong Royong Kita',
      'Oleh: Ir. Dadang Suherman, M.T.',
      'Dosen Teknik Sipil Universitas Siliwangi',
      'Diterbitkan: 07/05/2012',
      'Setiap musim hujan, jembatan bambu di desa-desa kita putus dan warga memperbaikinya sendiri tanpa menunggu anggaran.',
      'Gotong royong semacam itu patut dihargai, tetapi tidak boleh menjadi alasan pemerintah berdiam diri.',
    ]);
    assert.equal(a.title?.text, 'Jembatan Bambu dan Gotong Royong Kita');
  });

  test('a nickname in quote marks after "yang akrab disapa" is the same person\'s name', () => {
    const a = analyse([
      'Tetua Adat Pimpin Ritual Tanam',
      'ATAMBUA - Tetua adat setempat, Fransiskus Seran yang akrab disapa "Ama Frans", memimpin ritual sebelum tanam jagung, Sabtu (5/5/12).',
      '"Tanah harus diberi makan dulu," ujar Ama Frans.',
      'Camat Lamaknen, Agustinus Leki, ikut hadir dalam ritual itu.',
    ]);
    assert.deepEqual(names(a), ['Fransiskus Seran', 'Agustinus Leki']);
    assert.equal(a.quotes[0]?.speaker, 'Fransiskus Seran');
  });

  test('initials with a nickname after "alias" are one person; two initials joined by "dan" stay two', () => {
    const one = analyse([
      'Pencuri Ponsel Ditangkap',
      'SOFIFI - Polisi menangkap pria berinisial RS alias Bonceng (31) yang mencuri ponsel di pasar, Rabu (9/5/12).',
      'Akibat perbuatannya, Bonceng dijerat pasal pencurian.',
    ]);
    assert.deepEqual(names(one), ['RS']);
    const two = analyse([
      'Pencuri Ponsel Ditangkap',
      'SOFIFI - Polisi menangkap dua pria berinisial RS (31) dan TM (27) yang mencuri ponsel di pasar, Rabu (9/5/12).',
    ]);
    assert.deepEqual(names(two), ['RS', 'TM']);
  });
});
