import { describe, expect, test } from 'vitest';
import { figureProblems, figuresInHtml, indexTables } from './figureCheck';

const DISTRICTS =
  '\uFEFFdistrict_id,name_en,new_places,new_places_qualifier,public_kindergarten_share_target,public_kindergarten_share_target_qualifier\r\n' +
  'alder,"Alder, North",3000,,0.85,more-than\r\nbirch,Birch City,,,,\r\n';
const MILESTONES =
  '\uFEFFdistrict,row,year,schools,schools_qualifier,kindergartens,kindergartens_qualifier,places,places_qualifier,note,issue\r\n' +
  'alder,1,2023,3,,,,,,,1\r\nalder,2,2023,,,8,,1800,at-least,,1\r\n';
const tables = indexTables({ districts: DISTRICTS, milestones: MILESTONES });
const page = (body: string) => [{ page: 'districts/alder/index.html', html: `<p>${body}</p>` }];

describe('figuresInHtml', () => {
  test('reads the key and value of every data element with a data-figure', () => {
    const html =
      '<data value="3000" data-figure="districts/alder/new_places">3,000</data>' +
      "<DATA data-figure='milestones/alder-1/schools' value=3>3</DATA>" +
      '<data value="7">not a figure</data><data data-figure="x/y/z">no value</data>';
    expect(figuresInHtml(html)).toEqual([
      { key: 'districts/alder/new_places', value: '3000', qualifier: '' },
      { key: 'milestones/alder-1/schools', value: '3', qualifier: '' },
      { key: 'x/y/z', value: undefined, qualifier: '' },
    ]);
  });

  test('reads the qualifier of a figure from its data-qualifier, empty when it has none', () => {
    const html =
      '<data value="0.85" data-qualifier="more-than" data-figure="districts/alder/public_kindergarten_share_target">more than 85%</data>' +
      "<data data-qualifier='at-least' value=1800 data-figure=milestones/alder-2/places>at least 1,800</data>";
    expect(figuresInHtml(html)).toEqual([
      {
        key: 'districts/alder/public_kindergarten_share_target',
        value: '0.85',
        qualifier: 'more-than',
      },
      { key: 'milestones/alder-2/places', value: '1800', qualifier: 'at-least' },
    ]);
  });

  test('decodes character references in attributes', () => {
    expect(figuresInHtml('<data data-figure="a&#x2F;b/c" value="1&amp;2">')).toEqual([
      { key: 'a/b/c', value: '1&2', qualifier: '' },
    ]);
  });
});

describe('figureProblems', () => {
  test('finds nothing when every figure equals its cell, as a number or as text', () => {
    expect(
      figureProblems(
        page(
          '<data value="3000" data-figure="districts/alder/new_places">3,000</data>' +
            '<data value="0.850" data-qualifier="more-than" data-figure="districts/alder/public_kindergarten_share_target">more than 85%</data>' +
            '<data value="Alder, North" data-figure="districts/alder/name_en">Alder</data>' +
            '<data value="8" data-figure="milestones/alder-2/kindergartens">8</data>' +
            '<data value="1800" data-qualifier="at-least" data-figure="milestones/alder-2/places">at least 1,800</data>',
        ),
        tables,
      ),
    ).toEqual([]);
  });

  test('names the page, the figure and both values when they differ', () => {
    expect(
      figureProblems(
        page('<data value="2900" data-figure="districts/alder/new_places">2,900</data>'),
        tables,
      ),
    ).toEqual([
      'districts/alder/index.html: figure districts/alder/new_places is "2900" on the page but "3000" in data/districts.csv',
    ]);
  });

  test('returns a problem when the page’s qualifier differs from the qualifier cell', () => {
    expect(
      figureProblems(
        page(
          '<data value="0.85" data-qualifier="about" data-figure="districts/alder/public_kindergarten_share_target">about 85%</data>',
        ),
        tables,
      ),
    ).toEqual([
      'districts/alder/index.html: figure districts/alder/public_kindergarten_share_target is qualified "about" on the page but "more-than" in data/districts.csv',
    ]);
  });

  test('returns a problem when the page drops a qualifier the download gives, or adds one it does not', () => {
    expect(
      figureProblems(
        page(
          '<data value="1800" data-figure="milestones/alder-2/places">1,800</data>' +
            '<data value="3000" data-qualifier="more-than" data-figure="districts/alder/new_places">more than 3,000</data>',
        ),
        tables,
      ).map((line) => line.replace('districts/alder/index.html: figure ', '')),
    ).toEqual([
      'milestones/alder-2/places is qualified "" on the page but "at-least" in data/milestones.csv',
      'districts/alder/new_places is qualified "more-than" on the page but "" in data/districts.csv',
    ]);
  });

  test('returns no qualifier problem for a column without a qualifier column beside it', () => {
    expect(
      figureProblems(
        page(
          '<data value="Alder, North" data-qualifier="about" data-figure="districts/alder/name_en">Alder</data>',
        ),
        tables,
      ),
    ).toEqual([]);
  });

  test('counts a figure the download leaves empty as a difference, 0 included', () => {
    expect(
      figureProblems(
        page('<data value="0" data-figure="districts/birch/new_places">0</data>'),
        tables,
      ),
    ).toEqual([
      'districts/alder/index.html: figure districts/birch/new_places is "0" on the page but "" in data/districts.csv',
    ]);
  });

  test('reports a key that names no table, row or column, and a figure without a value', () => {
    const html = [
      'projects/alder-north/id',
      'districts/cedar/new_places',
      'districts/alder/old_places',
      'districts/alder',
    ]
      .map((key) => `<data value="1" data-figure="${key}">1</data>`)
      .join('');
    expect(
      figureProblems(
        page(`${html}<data data-figure="districts/alder/new_places">3,000</data>`),
        tables,
      ).map((line) => line.replace('districts/alder/index.html: figure ', '')),
    ).toEqual([
      'projects/alder-north/id names no download: there is no data/projects.csv',
      'districts/cedar/new_places names no row: data/districts.csv has no row "cedar"',
      'districts/alder/old_places names no column: data/districts.csv has no column "old_places"',
      'districts/alder is not table/row/column',
      'districts/alder/new_places has no value attribute to compare',
    ]);
  });
});
