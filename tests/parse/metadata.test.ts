import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { parseMetadata } from '../../src/parse/metadata.js';
import { readDateLine, readFiveYearPlan } from '../../src/parse/metadata-dates.js';
import { planId, slugFromRegionName, uniqueIds } from '../../src/parse/plan-id.js';

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const meta = (text: string, source = 'plan.txt') => parseMetadata(splitLines(text), source);

describe('parseMetadata on the seeds (expectations read from each document’s top lines)', () => {
  it('Zigong: number alone on line 3, signature 自贡市人民政府 over 2022年7月28日, 十四五 period', () => {
    const { metadata, diagnostics } = meta(seed('000_21f4ce37752d4b1d.txt'));
    expect(metadata).toEqual({
      id: 'zigong-shi',
      region: { name: '自贡市', level: 'city', province: '四川省', code: '510300' },
      title: '自贡市“十四五”残疾人保障和发展规划',
      kind: 'plan',
      status: 'final',
      docNumber: '自府发〔2022〕24号',
      issuer: '自贡市人民政府',
      issuedOn: '2022-07-28',
      period: { start: 2021, end: 2025 },
    });
    expect(diagnostics).toEqual([]);
  });

  it('Wushan: number under the notice heading, period from （2021—2025年）, county of 重庆市', () => {
    const { metadata } = meta(seed('001_bb691c6d2d96190b.txt'));
    expect(metadata).toMatchObject({
      id: 'wushan-xian',
      region: { name: '巫山县', level: 'county', province: '重庆市', code: '500237' },
      title: '巫山县“十四五”残疾人保障和发展规划',
      docNumber: '巫山府发〔2022〕9号',
      issuer: '巫山县人民政府',
      issuedOn: '2022-04-14',
      period: { start: 2021, end: 2025 },
      status: 'final',
    });
  });

  it('Beilin: a draft for comment without a document number, sent by the committee office', () => {
    const { metadata } = meta(seed('002_14224bd1933eea7c.txt'));
    expect(metadata).toMatchObject({
      id: 'beilin-qu',
      region: { name: '碑林区', level: 'district', province: '陕西省', code: '610103' },
      title: '碑林区“十四五”残疾人保障和发展规划',
      status: 'draft',
      docNumber: null,
      issuer: '碑林区残疾人工作委员会办公室',
      issuedOn: '2022-05-20',
    });
  });

  it('Leshan: implementation plan, 2023—2025, no number of its own (乐府发 is only cited), no signature', () => {
    const { metadata } = meta(seed('003_30aace08bb1585e7.txt'));
    expect(metadata).toMatchObject({
      id: 'leshan-shi',
      region: { name: '乐山市', level: 'city', province: '四川省', code: '511100' },
      title: '乐山市惠残助残行动计划实施方案',
      kind: 'implementation-plan',
      status: 'final',
      docNumber: null,
      issuer: null,
      issuedOn: null,
      period: { start: 2023, end: 2025 },
    });
  });

  it('Banan: scraped-page fields win over the broken signature date "2022年630"', () => {
    const { metadata } = meta(seed('004_263aaca7cdd2ddaa.txt'));
    expect(metadata).toMatchObject({
      id: 'banan-qu',
      region: { name: '巴南区', level: 'district', province: '重庆市', code: '500113' },
      title: '巴南区“十四五”残疾人保障和发展规划',
      docNumber: '巴南府发〔2022〕35号',
      issuer: '巴南区人民政府',
      issuedOn: '2022-06-30',
      period: { start: 2021, end: 2025 },
    });
  });
});

describe('parseMetadata by shape', () => {
  it('resolves an ambiguous district by the parents the text names, else says it cannot', () => {
    const plain = meta('城关区“十四五”残疾人保障和发展规划\n\n正文。');
    expect(plain.metadata.region).toEqual({ name: '城关区', level: 'district', province: null, code: null });
    expect(plain.diagnostics.map((d) => d.code)).toContain('parse/region-ambiguous');
    const lanzhou = meta('城关区“十四五”残疾人保障和发展规划\n\n根据兰州市有关要求，制定本规划。');
    expect(lanzhou.metadata.region).toMatchObject({ name: '城关区', province: '甘肃省', code: '620102' });
  });

  it('reads the title from the notice when the title line is broken, and a Chinese-numeral date', () => {
    const text = ['某某县人民政府', '关于印发《巫山县“十四五”残疾人保障和', '发展规划》的通知', '', '巫山县人民政府', '二〇二二年四月十四日'].join('\n');
    const { metadata } = meta(text);
    expect(metadata.title).toBe('巫山县“十四五”残疾人保障和发展规划');
    expect(metadata.issuedOn).toBe('2022-04-14');
    expect(metadata.issuer).toBe('巫山县人民政府');
  });

  it('reads a county-level city as a county, and a title opening with 郊区', () => {
    expect(meta('珲春市“十四五”残疾人保障和发展规划\n').metadata.region).toEqual({
      name: '珲春市', level: 'county', province: '吉林省', code: '222404',
    });
    expect(meta('郊区“十四五”残疾人保障和发展规划\n\n根据阳泉市要求。').metadata.region).toMatchObject({
      name: '郊区', level: 'district', province: '山西省',
    });
  });

  it('takes no region from a place a sentence merely mentions', () => {
    const { metadata, diagnostics } = meta('“十四五”残疾人保障和发展规划\n\n学习借鉴富顺县的做法，推动工作。');
    expect(metadata.region.name).toBeNull();
    expect(diagnostics.map((d) => d.code)).toContain('parse/region-unknown');
  });

  it('is not a draft because a sentence cites another document’s 征求意见稿', () => {
    const text = '某某县“十四五”残疾人保障和发展规划\n\n依据本次市级规划（征求意见稿），结合我县残疾人工作实际，制定本规划。';
    expect(meta(text).metadata.status).toBe('final');
  });

  it('keeps a draft mark out of the title but reads it as the status', () => {
    const { metadata } = meta('# 某某市“十四五”残疾人保障和发展规划（征求意见稿）\n\n正文。');
    expect(metadata.title).toBe('某某市“十四五”残疾人保障和发展规划');
    expect(metadata.status).toBe('draft');
    expect(metadata.kind).toBe('plan');
  });

  it('does not guess a broken date when it is the only one', () => {
    const { metadata, diagnostics } = meta('巴南区“十四五”残疾人保障和发展规划\n\n巴南区人民政府\n\n2022年630\n');
    expect(metadata.issuedOn).toBeNull();
    expect(diagnostics.find((d) => d.code === 'parse/date-unreadable')?.line).toBe(5);
  });

  it('does not take a document number cited inside a sentence', () => {
    expect(meta('根据《通知》（川府发〔2021〕3号）精神，制定本方案。').metadata.docNumber).toBeNull();
  });

  it('stays fast on a huge single line', () => {
    const started = performance.now();
    meta(`${'和县城关区'.repeat(200_000)}\n`);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('never throws and falls back to the file name for the id', () => {
    const { metadata } = meta('', 'docs/Plan 7.txt');
    expect(metadata.id).toBe('plan-7');
    expect(metadata.region).toEqual({ name: null, level: null, province: null, code: null });
  });
});

describe('fields and ids', () => {
  it.each([
    ['2022年7月28日', '2022-07-28'],
    ['2022-06-30', '2022-06-30'],
    ['二〇二二年七月二十八日', '2022-07-28'],
    ['2022年630', null],
    ['2022年13月1日', null],
  ])('date %s → %s', (text, expected) => {
    expect(readDateLine(text)).toBe(expected);
  });

  it('maps five-year plans to their years', () => {
    expect(readFiveYearPlan('“十四五”残疾人保障')).toEqual({ start: 2021, end: 2025 });
    expect(readFiveYearPlan('“十三五”时期')).toEqual({ start: 2016, end: 2020 });
    expect(readFiveYearPlan('十五个乡镇')).toBeNull();
  });

  it('slugs region names with the division suffix set apart', () => {
    expect(slugFromRegionName('重庆市')).toBe('chongqing-shi');
    expect(slugFromRegionName('乐山市')).toBe('leshan-shi');
    expect(planId(null, '“十四五”残疾人规划', 'x.txt')).toMatch(/^shi-si-wu/);
  });

  it('makes ids unique in order', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-3', 'a-4', 'a-2']);
  });
});
