/**
 * Publishers known by name (lang/id/publishers.json) and brands written in a brand's case: outlets by what they are,
 * read only where the text's shape leaves a name's kind open. Articles written for the test.
 */
import * as assert from 'node:assert/strict';
import { analyse, outletOf } from '../generalisation/analyse';

const lead = 'Harga cabai rawit di Pasar Wedi naik menjadi Rp80 ribu per kilogram, Senin (23/11/2026).';

suite('publishers known by name', () => {
  test('a one-word dateline part that is a listed publisher is the outlet, not a place; an unknown word stays a place', () => {
    const a = analyse(['Harga Cabai Naik di Pasar Wedi', '', `VIVA – ${lead}`]);
    assert.equal(a.dateline?.place ?? null, null);
    assert.equal(outletOf(['Harga Cabai Naik di Pasar Wedi', '', `VIVA – ${lead}`]), 'VIVA');
    const b = analyse(['Harga Cabai Naik di Pasar Wedi', '', `WEDI – ${lead}`]);
    assert.equal(b.dateline?.place, 'WEDI');
  });

  test('a listed publisher after an interview phrase is the outlet; a person whose first name is one is not', () => {
    const quote = (tail: string): string[] => ['Harga Cabai Naik di Pasar Wedi', '', lead, '', `"Pasokan dari petani berkurang karena hujan," kata Sumarni ${tail}, Senin.`];
    assert.equal(outletOf(quote('kepada kumparan')), 'kumparan');
    assert.equal(outletOf(quote('kepada Viva Yoga Pratama')), null);
    assert.equal(outletOf(quote('kepada wartawan')), null);
  });

  test('a brand written in a brand\'s case after an interview phrase is the outlet; a capitalised office is not', () => {
    const quote = (tail: string): string[] => ['Harga Cabai Naik di Pasar Wedi', '', lead, '', `"Pasokan dari petani berkurang," ujar Sumarni ${tail}.`];
    assert.equal(outletOf(quote('saat dihubungi detikJateng')), 'detikJateng');
    assert.equal(outletOf(quote('saat dihubungi Bupati')), null);
  });

  test('a masthead that is a listed publisher heading its desk is the outlet', () => {
    assert.equal(outletOf(['TVRI Jawa Tengah', 'Berita  Daerah  Budaya  Olahraga', 'Harga Cabai Naik di Pasar Wedi', '', lead]), 'TVRI Jawa Tengah');
  });

  test('two capitalised words joined are a site\'s name over the page; an app written so is not', () => {
    const page = (first: string): string[] => [first, 'Beranda  Kegiatan  Pengumuman  Galeri', 'Harga Cabai Naik di Pasar Wedi', '', lead, '', '"Pasokan berkurang," kata Sumarni saat dihubungi lewat WhatsApp.'];
    assert.equal(outletOf(page('RuangTani')), 'RuangTani');
    assert.equal(outletOf(page('WhatsApp')), null);
    assert.equal(outletOf(['Harga Cabai Naik di Pasar Wedi', '', lead, '', '"Pasokan berkurang," kata Sumarni saat dihubungi WhatsApp.']), null);
  });
});
