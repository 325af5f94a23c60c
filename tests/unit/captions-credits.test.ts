import { describe, expect, it } from 'vitest';
import {
  describesPhoto,
  isCreditedCaption,
  isNumberedGalleryCaption,
} from '../../src/pipeline/text/page/captions.ts';
import { creditOf } from '../../src/pipeline/text/meta/credits.ts';
import { mastheadName } from '../../src/pipeline/text/meta/masthead.ts';
import { sameOutlet } from '../../src/pipeline/text/meta/stated-meta.ts';

describe('gallery captions with a bare slide number', () => {
  it('"6 A view of Novoozerne, Crimea, on October 18, 2021." is a caption', () => {
    expect(isNumberedGalleryCaption('6 A view of Novoozerne, Crimea, on October 18, 2021.')).toBe(true);
    expect(
      isNumberedGalleryCaption('12 Riot police guard the square in Almaty. (Ilyas Tursyn/Northwind)'),
    ).toBe(true);
  });
  it('a sentence that opens with a number is news, not a caption', () => {
    expect(isNumberedGalleryCaption('12 Russian soldiers were hurt in the clashes on January 6, 2022.')).toBe(
      false,
    );
    expect(isNumberedGalleryCaption('2,500 troops arrived on Thursday.')).toBe(false);
    expect(isNumberedGalleryCaption('40 Years of the Steppe')).toBe(false);
  });
});

describe('photo credits', () => {
  it('reads the credit at the end of a caption, tidied', () => {
    expect(
      creditOf(
        'Image: Troops guard the main square in Almaty, January 6, 2022. Photo by Mariya Gordeyeva/File Photo/REUTERS',
      ),
    ).toBe('Mariya Gordeyeva/Reuters');
    expect(creditOf('Delegates arrive in Brussels. Photograph: Lise Vandermeer/AP')).toBe(
      'Lise Vandermeer/AP',
    );
    expect(creditOf('Paratroopers board a plane on Jan. 6, 2022. (Abduaziz Madyarov/AFP/Getty Images)')).toBe(
      'Abduaziz Madyarov/AFP/Getty Images',
    );
    expect(creditOf('Troops board a plane. (Kazakh Defence Ministry Press Service via AP)')).toBe(
      'Kazakh Defence Ministry Press Service via AP',
    );
  });
  it('reads a slashed credit after the caption sentence, "File Photo" left out', () => {
    expect(
      creditOf(
        'FILE PHOTO: Police officers guard a street in Almaty, January 8, 2022. Eurasia Wire/Olzhas Bek/File Photo',
      ),
    ).toBe('Eurasia Wire/Olzhas Bek');
  });
  it('reads a credit line on its own', () => {
    expect(creditOf('Photo by Pavel Lebedev/REUTERS')).toBe('Pavel Lebedev/Reuters');
    expect(creditOf('Credit: Orbital Vista Imaging')).toBe('Orbital Vista Imaging');
    expect(creditOf('Adam Berry/Getty')).toBe('Adam Berry/Getty');
  });
  it('a caption without a credit, or a sentence with a bracket, states none', () => {
    expect(
      creditOf('Belarusian paratroopers line up before boarding a plane on January 7, 2022.'),
    ).toBeNull();
    expect(creditOf('The alliance (CSTO) sent troops.')).toBeNull();
  });
  it('a caption that ends with "Photo by …" is a caption wherever it stands', () => {
    const caption =
      'Kyrgyz soldiers wait at an airbase near Bishkek on January 7, 2022. Photo by Ermek Daniyarov/TURAN';
    expect(isCreditedCaption(caption)).toBe(true);
    expect(describesPhoto(caption)).toBe(true);
    expect(describesPhoto('A satellite image shows armoured vehicles near Yelnya on January 10, 2022.')).toBe(
      true,
    );
  });
});

describe('mastheads and outlets', () => {
  it('a masthead glued to its slogan still names the outlet', () => {
    expect(mastheadName('The Washington PostDemocracy Dies in Darkness')).toBe('The Washington Post');
    expect(mastheadName('The Ridgeline ObserverTruth Without Fear')).toBe('The Ridgeline Observer');
    expect(mastheadName('Kestrel Valley News')).toBe('Kestrel Valley News');
  });
  it('a headline glued to nothing is no masthead', () => {
    expect(mastheadName('Kazakhstan uprising complicates Putin’s calculus')).toBeNull();
    expect(mastheadName('McDonald leaves Almaty')).toBeNull();
  });
  it('an acronym and its spelled-out name are one outlet; two agencies are not', () => {
    expect(sameOutlet('CTA', 'Caspian Telegraph Agency')).toBe(true);
    expect(sameOutlet('AP', 'The Associated Press')).toBe(true);
    expect(sameOutlet('AP', 'The Prairie Sentinel')).toBe(false);
  });
});
