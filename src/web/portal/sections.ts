/**
 * The sections of an organisation's 政府信息公开 site, in the order the national guidance lists
 * them. Each is a shell for now: `planned` says what later issues will put there.
 */
export const PORTAL_SECTIONS = [
  {
    slug: 'guide',
    title: '政府信息公开指南',
    summary: '如何获取本机关的政府信息：公开方式、申请渠道、办理时限和救济途径。',
    planned: '本机关的政府信息公开指南（依据《条例》第十二条编制并适时更新）将在此发布。',
  },
  {
    slug: 'rules',
    title: '政府信息公开制度',
    summary: '本机关政府信息公开工作的各项制度。',
    planned: '本机关的政府信息公开工作制度（含审查、保密审查、发布协调等）将在此发布。',
  },
  {
    slug: 'proactive',
    title: '法定主动公开内容',
    summary: '依据《条例》第二十条至第二十二条应当主动公开的政府信息。',
    planned: '按目录分类的主动公开信息（机构职能、规范性文件、规划计划、预决算、行政许可等）将在此公开，并提供检索。',
  },
  {
    slug: 'annual-reports',
    title: '政府信息公开年报',
    summary: '本机关每年1月31日前公布的上一年度政府信息公开工作年度报告。',
    planned: '本机关历年的政府信息公开工作年度报告（依据《条例》第四十九条、第五十条）将在此发布。',
  },
  {
    slug: 'on-request',
    title: '依申请公开',
    summary: '向本机关申请获取政府信息的方式和流程。',
    planned: '在线提交政府信息公开申请、查询办理进度的功能将在此提供。',
  },
  {
    slug: 'about',
    title: '机构概况',
    summary: '本机关的名称、类型、上级机关与下设机构。',
    planned: '',
  },
] as const;

export type PortalSection = (typeof PORTAL_SECTIONS)[number];

export function findSection(slug: string): PortalSection | undefined {
  return PORTAL_SECTIONS.find((section) => section.slug === slug);
}
