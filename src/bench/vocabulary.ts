/** Names the synthetic plans are made of: indicators, box titles, sections, department stems. */

export const INDICATORS: { name: string; unit: string | null; kind: 'rate' | 'count' | 'sync' }[] = [
  { name: '残疾人家庭人均收入年均增长', unit: '%', kind: 'sync' },
  { name: '城乡残疾人职业技能培训人数', unit: '人次', kind: 'count' },
  { name: '符合条件的残疾人纳入最低生活保障比例', unit: '%', kind: 'rate' },
  { name: '困难残疾人生活补贴覆盖率', unit: '%', kind: 'rate' },
  { name: '重度残疾人护理补贴覆盖率', unit: '%', kind: 'rate' },
  { name: '残疾人城乡居民基本养老保险参保率', unit: '%', kind: 'rate' },
  { name: '残疾人城乡居民基本医疗保险参保率', unit: '%', kind: 'rate' },
  { name: '残疾儿童少年义务教育入学率', unit: '%', kind: 'rate' },
  { name: '残疾人基本康复服务覆盖率', unit: '%', kind: 'rate' },
  { name: '残疾人辅助器具适配率', unit: '%', kind: 'rate' },
  { name: '困难重度残疾人家庭无障碍改造数', unit: '户', kind: 'count' },
  { name: '村(社区)残疾人协会建设覆盖率', unit: '%', kind: 'rate' },
  { name: '新增残疾人就业人数', unit: '人', kind: 'count' },
  { name: '残疾人托养服务人数', unit: '人', kind: 'count' },
];

export const BOX_TITLES = ['残疾人社会保障重点项目', '残疾人就业创业补贴奖励重点项目', '残疾人就业服务重点项目',
  '残疾人健康和康复服务重点项目', '残疾人教育重点项目', '残疾人文化、体育服务重点项目', '无障碍重点项目',
  '基础设施和信息化重点项目'];
export const GROUP_TITLES = ['一、资金类', '二、服务类', '三、设施类', '四、监督类'];
export const SECTION_TITLES = ['健全残疾人社会保障体系', '促进残疾人就业创业', '提升残疾人公共服务质量',
  '推进无障碍环境建设', '保障残疾人平等权利', '加强组织服务体系建设'];
export const DEPARTMENTS = ['民政局', '残联', '财政局', '教育局', '人力资源社会保障局', '卫生健康委', '住房城乡建设局',
  '乡村振兴局', '医保局', '税务局', '委组织部', '委宣传部', '发展改革委', '司法局', '公安局', '文化广电旅游局',
  '体育局', '交通运输局', '统计局', '总工会', '妇联', '农业农村局', '应急管理局', '市场监管局'];
