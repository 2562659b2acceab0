import { describe, expect, test } from 'vitest';
import { figureProblems, figuresInHtml, indexTables } from './figureCheck';

const DISTRICTS =
  '\uFEFFdistrict_id,name_en,new_places,public_kindergarten_share_target\r\nalder,"Alder, North",3000,0.85\r\nbirch,Birch City,,\r\n';
const MILESTONES =
  '\uFEFFdistrict,year,schools,kindergartens,places,issue\r\nalder,2023,3,8,1800,1\r\n';
const tables = indexTables({ districts: DISTRICTS, milestones: MILESTONES });
const page = (body: string) => [{ page: 'districts/alder/index.html', html: `<p>${body}</p>` }];

describe('figuresInHtml', () => {
  test('reads the key and value of every data element with a data-figure', () => {
    const html =
      '<data value="3000" data-figure="districts/alder/new_places">3,000</data>' +
      "<DATA data-figure='milestones/alder-2023/schools' value=3>3</DATA>" +
      '<data value="7">not a figure</data><data data-figure="x/y/z">no value</data>';
    expect(figuresInHtml(html)).toEqual([
      { key: 'districts/alder/new_places', value: '3000' },
      { key: 'milestones/alder-2023/schools', value: '3' },
      { key: 'x/y/z', value: undefined },
    ]);
  });

  test('decodes character references in attributes', () => {
    expect(figuresInHtml('<data data-figure="a&#x2F;b/c" value="1&amp;2">')).toEqual([
      { key: 'a/b/c', value: '1&2' },
    ]);
  });
});

describe('figureProblems', () => {
  test('finds nothing when every figure equals its cell, as a number or as text', () => {
    expect(
      figureProblems(
        page(
          '<data value="3000" data-figure="districts/alder/new_places">3,000</data>' +
            '<data value="0.850" data-figure="districts/alder/public_kindergarten_share_target">85%</data>' +
            '<data value="Alder, North" data-figure="districts/alder/name_en">Alder</data>' +
            '<data value="8" data-figure="milestones/alder-2023/kindergartens">8</data>',
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
