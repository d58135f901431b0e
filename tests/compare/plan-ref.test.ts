import { describe, expect, it } from 'vitest';
import { placeFromTitle, planRefs } from '../../src/compare/plan-ref.js';
import { doc } from './fixtures.js';

// Titles as printed in the seeds' headers.
describe('placeFromTitle', () => {
  it.each([
    ['自贡市“十四五”残疾人保障和发展规划', '自贡市'],
    ['巫山县“十四五”残疾人保障和发展规划', '巫山县'],
    ['乐山市惠残助残行动计划实施方案', '乐山市'],
    ['关于碑林区“十四五”残疾人保障和发展规划 再次征求意见建议的通知', '碑林区'],
    ['现将《巴南区“十四五”残疾人保障和发展规划(2021—2025年)》印发给你们', '巴南区'],
    ['附件：《规划》征求意见稿', null],
    [null, null],
  ])('%s → %s', (title, place) => expect(placeFromTitle(title)).toBe(place));
});

describe('placeFromTitle does not take a word ending in 区 for a place', () => {
  it('ignores 社区 inside a phrase', () => expect(placeFromTitle('关于推进社区康复工作的通知')).toBeNull());
});

describe('planRefs', () => {
  const inProvince = (id: string, name: string, province: string | null) => {
    const d = doc(id, name);
    return { ...d, plan: { ...d.plan, region: { ...d.plan.region, province } } };
  };

  it('keeps labels that no other plan has', () => {
    expect(planRefs([doc('zigong', '自贡市'), doc('wushan', '巫山县')]).map((r) => r.label)).toEqual(['自贡市', '巫山县']);
  });

  it('puts the province before a name places in two provinces share, and the id after a place named twice', () => {
    const refs = planRefs([
      inProvince('chaoyang-qu', '朝阳区', '北京市'),
      inProvince('chaoyang-qu-2', '朝阳区', '吉林省'),
      inProvince('zigong-shi', '自贡市', '四川省'),
      inProvince('zigong-shi-2', '自贡市', '四川省'),
      inProvince('gulou-qu', '鼓楼区', null),
    ]);
    expect(refs.map((r) => r.label)).toEqual(['北京市朝阳区', '吉林省朝阳区', '自贡市 (zigong-shi)', '自贡市 (zigong-shi-2)', '鼓楼区']);
  });

  it('settles a province-led label that meets one written that way with the ids', () => {
    const refs = planRefs([inProvince('a', '北京市朝阳区', null), inProvince('b', '朝阳区', '北京市'), inProvince('c', '朝阳区', '吉林省')]);
    expect(refs.map((r) => r.label)).toEqual(['北京市朝阳区 (a)', '北京市朝阳区 (b)', '吉林省朝阳区']);
  });
});
