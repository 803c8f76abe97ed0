/**
 * The OpenAPI 3.1 description of the JSON API (`/api/v1/openapi.json`). Written by hand next to
 * the routes; test/web/api-openapi.test.ts checks that every route of the API is described and
 * that the described shapes are what the routes send.
 */
const problem = {
  description: '错误（RFC 9457 problem+json），标题与说明为中文。',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const stringParam = (name: string, description: string, extra: Record<string, unknown> = {}) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', ...extra },
});

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'gongkai 政府信息公开平台 JSON API',
    version: '1',
    description: '公开的政府信息检索与机关目录。所有错误均以 application/problem+json 返回，title 与 detail 为中文。',
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/search': {
      get: {
        operationId: 'search',
        summary: '检索已公开的政府信息',
        description:
          '不含空格的检索词按原样查找（忽略大小写、全角半角和空白）；以空格分开的多个词须全部出现；两个字的词（如“公开”“财政”）可以查到；用户输入的检索语法或 SQL 一律作为普通文字。结果按相关度排列：标题含全部检索词的在前，其余按发布日期从新到旧。每页20条。',
        parameters: [
          stringParam('q', '检索词，至多100个字；为空时没有结果。', { maxLength: 100 }),
          stringParam('org', '机关代码（见 /organisations）。'),
          stringParam('column', '栏目：给出 org 时为该机关的栏目代码，否则为栏目 id。'),
          stringParam('from', '发布日期起（含），YYYY-MM-DD。', { format: 'date' }),
          stringParam('to', '发布日期止（含），YYYY-MM-DD。', { format: 'date' }),
          stringParam('validity', '有效性：valid/repealed/expired（或 有效/废止/失效）。', { enum: ['valid', 'repealed', 'expired', '有效', '废止', '失效'] }),
          { name: 'page', in: 'query', required: false, description: '页码，1–1000，默认为1。', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1 } },
        ],
        responses: {
          '200': { description: '检索结果', content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResult' } } } },
          '400': problem,
        },
      },
    },
    '/organisations': {
      get: {
        operationId: 'listOrganisations',
        summary: '全部机关',
        responses: {
          '200': {
            description: '机关列表',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['organisations'], properties: { organisations: { type: 'array', items: { $ref: '#/components/schemas/Organisation' } } } },
              },
            },
          },
        },
      },
    },
    '/organisations/{code}': {
      get: {
        operationId: 'getOrganisation',
        summary: '一个机关',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: '机关', content: { 'application/json': { schema: { $ref: '#/components/schemas/Organisation' } } } },
          '404': problem,
        },
      },
    },
    '/me': {
      get: {
        operationId: 'me',
        summary: '当前登录的用户（凭会话 Cookie）',
        security: [{ session: [] }],
        responses: {
          '200': { description: '用户及其角色', content: { 'application/json': { schema: { $ref: '#/components/schemas/Me' } } } },
          '401': problem,
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: '本文档',
        responses: { '200': { description: 'OpenAPI 3.1 文档', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: {
    securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gk_session' } },
    schemas: {
      SearchResult: {
        type: 'object',
        required: ['total', 'page', 'items'],
        additionalProperties: false,
        properties: {
          total: { type: 'integer', minimum: 0, description: '符合条件的全部结果数（不只是本页）；超过1000条时只数到1000条（或数到所请求页的末尾），并以 totalCapped 标明。' },
          totalCapped: { type: 'boolean', const: true, description: '仅在计数达到上限时出现：符合条件的结果多于 total。' },
          page: { type: 'integer', minimum: 1 },
          items: { type: 'array', maxItems: 20, items: { $ref: '#/components/schemas/SearchItem' } },
        },
      },
      SearchItem: {
        type: 'object',
        required: ['title', 'url', 'indexNumber', 'organisation', 'publishedOn', 'snippet'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', description: '标题' },
          url: { type: 'string', description: '信息页面在本站的路径，如 /o/shuizhai/items/…' },
          indexNumber: { type: 'string', description: '索引号' },
          organisation: { type: 'string', description: '发布机构' },
          publishedOn: { type: 'string', format: 'date', description: '发布日期' },
          snippet: { type: 'string', description: '正文摘要：已做 HTML 转义，检索词以 <mark> 标出。' },
        },
      },
      Organisation: {
        type: 'object',
        required: ['code', 'name', 'kind', 'kindLabel', 'parentCode', 'url'],
        additionalProperties: false,
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          kind: { type: 'string' },
          kindLabel: { type: 'string' },
          parentCode: { type: ['string', 'null'] },
          url: { type: 'string' },
        },
      },
      Me: {
        type: 'object',
        required: ['username', 'displayName', 'mustChangePassword', 'roles'],
        properties: {
          username: { type: 'string' },
          displayName: { type: 'string' },
          mustChangePassword: { type: 'boolean' },
          roles: {
            type: 'array',
            items: {
              type: 'object',
              required: ['role', 'roleLabel', 'organisationId'],
              properties: { role: { type: 'string' }, roleLabel: { type: 'string' }, organisationId: { type: 'string' } },
            },
          },
        },
      },
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail', 'code', 'instance'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string', description: '中文标题' },
          status: { type: 'integer' },
          detail: { type: 'string', description: '中文说明' },
          code: { type: 'string' },
          instance: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  },
} as const;
