import { describe, expect, it } from 'vitest';
import { taskKey } from '../../src/parse/duplicate-task-keys.js';

// The definition the char-code loop implements.
const reference = (text: string): string =>
  text.replace(/^\s*[\d一二三四五六七八九十]+[.、．]\s*/, '').replace(/[\s\p{P}\p{S}]/gu, '');

describe('taskKey', () => {
  it('drops the numbering, white space, punctuation and symbols as the regexes do', () => {
    const texts = [
      '', '  ', '1.', '12、建设康复中心。', ' 三．加强托养服务，（牵头）', '十一 、不是编号', '1 .不是编号',
      '一二三', '５．全角数字不是编号', '𠀀汉字𠀁、补充平面！', '\ud800孤立代理\udc00', 'abc　def＋ghi€',
      '（1）括号编号', '\ufeff2.带 BOM', '2.', '七、', '残疾人“两项补贴”~标准',
    ];
    for (const text of texts) expect(taskKey(text), JSON.stringify(text)).toBe(reference(text));
  });
});
