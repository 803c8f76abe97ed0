import { describe, expect, it } from 'vitest';
import { PRIVACY_KIND_LABELS, idCheckCharacter, isValidIdNumber, maskText, passesLuhn, scanText } from './index.ts';
import type { PrivacyKind } from './index.ts';

/** Luhn check digit, written independently of the module's check. */
function luhnComplete(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const n = body + d;
    let sum = 0;
    [...n].reverse().forEach((c, i) => {
      let v = Number(c) * (i % 2 === 1 ? 2 : 1);
      if (v > 9) v -= 9;
      sum += v;
    });
    if (sum % 10 === 0) return n;
  }
  throw new Error('unreachable');
}

// 11010519491231002X is the example of GB 11643-1999 itself.
const ID = '11010519491231002X';
const ID2 = '410329199003071231';
const UNIONPAY = luhnComplete('622202123456789012');
const VISA = '4111111111111111';

const TRUE_POSITIVES: [string, PrivacyKind, string, string][] = [
  // text, kind, found, masked
  [`身份证号：${ID}，`, 'id-card', ID, '110105********002X'],
  [`公民身份号码${ID.toLowerCase()}`, 'id-card', ID.toLowerCase(), '110105********002x'],
  [`申请人（${ID2}）`, 'id-card', ID2, '410329********1231'],
  ['身份证号１１０１０５１９４９１２３１００２Ｘ。', 'id-card', '１１０１０５１９４９１２３１００２Ｘ', '１１０１０５********００２Ｘ'],
  ['联系电话13812345678。', 'mobile', '13812345678', '138****5678'],
  ['手机：+86 139 1234 5678', 'mobile', '+86 139 1234 5678', '+86 139 **** 5678'],
  ['+8615903791234', 'mobile', '+8615903791234', '+86159****1234'],
  ['138-1234-5678', 'mobile', '138-1234-5678', '138-****-5678'],
  ['电话:19912345678', 'mobile', '19912345678', '199****5678'],
  ['电话：0379-65123456', 'phone', '0379-65123456', '0379-****3456'],
  ['(0379)65123456', 'phone', '(0379)65123456', '(0379)****3456'],
  ['（0379）6512345转801', 'phone', '（0379）6512345', '（0379）***2345'],
  ['北京010-62123456', 'phone', '010-62123456', '010-****3456'],
  ['电话 0379 65123456', 'phone', '0379 65123456', '0379 ****3456'],
  [`卡号${UNIONPAY}。`, 'bank-card', UNIONPAY, `6222${'*'.repeat(11)}${UNIONPAY.slice(-4)}`],
  ['账号：4111 1111 1111 1111', 'bank-card', '4111 1111 1111 1111', '4111 **** **** 1111'],
  [`开户行账号${VISA}`, 'bank-card', VISA, '4111********1111'],
  ['邮箱zhang.san@example.com。', 'email', 'zhang.san@example.com', 'z***@example.com'],
  ['a_b-c+d@mail.gov.cn', 'email', 'a_b-c+d@mail.gov.cn', 'a***@mail.gov.cn'],
  ['QQ邮箱：12345678@qq.com', 'email', '12345678@qq.com', '1***@qq.com'],
  // Domain labels between the first and the last of any length: one character, five.
  ['邮箱：zwgk@mail.henan.gov.cn', 'email', 'zwgk@mail.henan.gov.cn', 'z***@mail.henan.gov.cn'],
  ['邮箱：zwgk@ha.s.gov.cn', 'email', 'zwgk@ha.s.gov.cn', 'z***@ha.s.gov.cn'],
];

describe('privacy detectors: what is personal data', () => {
  it.each(TRUE_POSITIVES)('%s → %s', (text, kind, found, masked) => {
    const findings = scanText(text);
    expect(findings.map((f) => [f.kind, f.text, f.masked])).toEqual([[kind, found, masked]]);
    const [f] = findings;
    expect(text.slice(f!.start, f!.end)).toBe(found);
    expect(maskText(text)).toBe(text.replace(found, masked));
  });
});

const wrongCheck = ID.slice(0, 17) + '1';
const badDate = '110105194913310021';
const FALSE_POSITIVES: [string, string][] = [
  ['统一社会信用代码', '统一社会信用代码：11410329MB1234567X'],
  ['a credit code that happens to pass the ID checks, labelled', `统一社会信用代码：${ID}`],
  ['索引号', '索引号：11410329MB1234567X/2026-00001'],
  ['索引号 whose organisation part looks like an ID', `${ID}/2026-00001`],
  ['文号', '伊政〔2025〕12号、伊政办〔2026〕138号'],
  ['dates', '2025年12月31日 2025-12-31 20251231 2025.12.31'],
  ['an amount that looks like a mobile number', '资金13812345678元，合计13812345678.50，增长13812345678%'],
  ['a mobile number inside a longer number', '编号9913812345678、138123456789'],
  ['an ID inside a longer number', `${ID.slice(0, 17)}99 1${ID}`],
  ['an ID with a wrong check digit', `身份证号${wrongCheck}`],
  ['an ID with an impossible birth date', `身份证号${badDate}`],
  ['an ID with an unknown province code', '090105194912310023'],
  ['a card number failing Luhn', `卡号${UNIONPAY.slice(0, -1)}${(Number(UNIONPAY.at(-1)) + 1) % 10}`],
  ['a long serial number', '订单号20251231138123456780'],
  ['a phone number without area-code separator is ambiguous', '03796512345'],
  ['a hotline', '服务热线400-123-4567、12345'],
  ['a version number', 'v1.3812345678'],
  ['an address without a domain', 'user@localhost'],
  ['a date range with dashes', '2026-00001、2025-2026'],
  ['an amount in 元', '预算 65123456 元'],
];

describe('privacy detectors: what is not personal data', () => {
  it.each(FALSE_POSITIVES)('%s', (_name, text) => {
    expect(scanText(text)).toEqual([]);
    expect(maskText(text)).toBe(text);
  });
});

describe('labels that make a number an organisation\'s code', () => {
  it.each(['信用代码', '索引号', '注册号', '机构代码', '识别号', '税号', '文号', '编码'])('%s', (label) => {
    expect(scanText(`${label}${ID}`)).toEqual([]);
    expect(scanText(`${label}：${VISA}`)).toEqual([]);
  });
  it('up to four characters between label and number; a fifth, a digit or a line break ends the label', () => {
    expect(scanText(`税号一二三四${ID}`)).toEqual([]);
    expect(scanText(`税号一二三四五${ID}`).map((f) => f.kind)).toEqual(['id-card']);
    expect(scanText(`税号\n${ID}`).map((f) => f.kind)).toEqual(['id-card']);
    expect(scanText(`税号1 ${ID}`).map((f) => f.kind)).toEqual(['id-card']);
    expect(scanText(`编号${ID}`).map((f) => f.kind)).toEqual(['id-card']);
  });
});

describe('checks', () => {
  it.each([
    [ID, true],
    [ID2, true],
    [wrongCheck, false],
    [badDate, false],
    ['11010520000229002X', false],
    ['11010518991231002X', false],
  ])('GB 11643: %s → %s', (id, valid) => {
    expect(isValidIdNumber(id)).toBe(valid);
  });

  /** An ID number born on `yyyymmdd` with the right check character. */
  const bornOn = (yyyymmdd: string) => `110105${yyyymmdd}002`.replace(/^(.{17})$/, (first) => first + idCheckCharacter(first));
  it.each([
    ['19000101', true], ['18991231', false], ['20991231', true], ['21000101', false],
    ['20000229', true], ['19960229', true], ['19000229', false], ['19970229', false], ['19970228', true],
    ['19970101', true], ['19970001', false], ['19971301', false], ['19971231', true], ['19970100', false], ['19970131', true],
    ['19970132', false], ['19970430', true], ['19970431', false],
  ])('GB 11643 birth date %s → %s', (birth, valid) => {
    expect(isValidIdNumber(bornOn(birth))).toBe(valid);
  });

  it('bank cards have 16 to 19 digits', () => {
    const card19 = luhnComplete('622848001234567890');
    expect(scanText(`卡号${card19}`).map((f) => [f.kind, f.text])).toEqual([['bank-card', card19]]);
    const card15 = luhnComplete('62220212345678');
    expect(scanText(`卡号${card15}`)).toEqual([]);
    const card20 = luhnComplete('6222021234567890123');
    expect(scanText(`卡号${card20}`)).toEqual([]);
  });

  it('Luhn', () => {
    expect(passesLuhn(VISA)).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn(UNIONPAY)).toBe(true);
  });
});

describe('more shapes', () => {
  it('the ideographic space separates an area code like a space, and stays full-width in the mask', () => {
    expect(scanText('电话0379\u300065123456').map((f) => [f.kind, f.text, f.masked, f.start])).toEqual([['phone', '0379\u300065123456', '0379\u3000****3456', 2]]);
  });
  it('area codes 010, 02x and 0xxx', () => {
    expect(scanText('021-62123456').map((f) => f.masked)).toEqual(['021-****3456']);
    expect(scanText('(021)62123456').map((f) => f.masked)).toEqual(['(021)****3456']);
  });
  it('an e-mail whose local part is a mobile number is one e-mail, wherever it stands', () => {
    expect(scanText('申请人的邮箱地址：13812345678@139.com').map((f) => [f.kind, f.start])).toEqual([['email', 9]]);
  });
  it('an ID number only as exactly 18 characters, from a known province', () => {
    expect(isValidIdNumber(`${ID}1`)).toBe(false);
    expect(isValidIdNumber(`1${ID}`)).toBe(false);
    // 19 digits whose first 18 are a valid ID number (a 19-digit bank card can be one): not an ID number.
    expect(isValidIdNumber(`${ID2}5`)).toBe(false);
    expect(isValidIdNumber(`${ID2.slice(0, 17)}`)).toBe(false);
    const first = `09${ID2.slice(2, 17)}`;
    expect(isValidIdNumber(first + idCheckCharacter(first))).toBe(false);
    const known = `11${ID2.slice(2, 17)}`;
    expect(isValidIdNumber(known + idCheckCharacter(known))).toBe(true);
  });
  it('labels each kind in Chinese', () => {
    expect(PRIVACY_KIND_LABELS).toEqual({ 'id-card': '身份证号', mobile: '手机号码', phone: '固定电话', 'bank-card': '银行卡号', email: '电子邮箱' });
  });
});

describe('findings', () => {
  it('several in one text, in order, with lines and offsets', () => {
    const text = `张三\n电话13812345678，邮箱z@x.cn\n身份证${ID}`;
    const findings = scanText(text);
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ['mobile', 2],
      ['email', 2],
      ['id-card', 3],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('an e-mail whose local part is a mobile number is one e-mail', () => {
    expect(scanText('13812345678@139.com').map((f) => f.kind)).toEqual(['email']);
  });

  it('a text starting with a line break: the finding is on line 2', () => {
    expect(scanText('\n13812345678').map((f) => f.line)).toEqual([2]);
  });

  it('maskText with given findings in any order', () => {
    const text = '13812345678 z@x.cn';
    expect(maskText(text, [...scanText(text)].reverse())).toBe('138****5678 z***@x.cn');
  });

  it('maskText masks again what the first masking leaves detectable', () => {
    // A Luhn-valid 19-digit run swallows the phone's area code; its mask keeps its last four digits,
    // 0379, and the phone is found on the second pass.
    expect(scanText('9069138123456780379-65123456').map((f) => f.kind)).toEqual(['bank-card']);
    expect(maskText('9069138123456780379-65123456')).toBe('9069***********0379-****3456');
  });

  it('maskText with a finding given twice masks it once', () => {
    const text = '电话13812345678。';
    const [mobile] = scanText(text);
    expect(maskText(text, [mobile!, mobile!])).toBe('电话138****5678。');
  });

  it('maskText with given findings masks only those', () => {
    const text = '13812345678 z@x.cn';
    const [mobile] = scanText(text);
    expect(maskText(text, [mobile!])).toBe('138****5678 z@x.cn');
  });
});
