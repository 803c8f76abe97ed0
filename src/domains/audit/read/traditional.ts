/**
 * Reports printed in traditional characters (辦公廳, 政府信息公開, 申請): the characters of the
 * national tables' labels, the section headings and the words of titles, mapped to the simplified
 * forms the reader's matchers are written in. Applied to the whole text only when it has some.
 */
const PAIRS = '開开請请辦办廳厅報报處处結结轉转務务條条機机關关內内複复議议訟讼維维糾纠審审總总計计數数規规範范許许強强費费據据類类護护權权與与確确當当無无應应項项發发廢废現现對对採采購购萬万額额區区縣县鎮镇鄉乡街街閱阅讀读實实際际況况門门會会員员營营業业療疗衛卫體体網网簡简門门辦办書书論论認认證证說说時时間间條条們们個个來来這这為为於于從从區区國国際际號号點点歸归並并與与產产職职責责聯联絡络導导傳传統统級级單单據据圍围規规劃划將将舉举訪访訴诉訊讯識识選选擇择戶户齊齐劑剂園园場场構构樣样資资質质貨货資资賦赋環环境境壞坏擁拥擬拟擴扩據据檔档歲岁歷历預预領领頒颁頁页題题風风飛飞館馆驗验體体黨党齡龄態态慣惯嚴严變变讓让議议護护讀读謝谢證证鑑鉴銷销錄录鏈链長长門门閉闭問问閘闸陳陈陸陆隊队階阶雙双雜杂離离雲云電电靜静順顺頭头顯显類类飯饭馬马駐驻髮发魚鱼鳥鸟麥麦黃黄龍龙';
const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);

const SIGN = /[開請辦廳報處結轉關議總數據]/;

/** The text with traditional characters mapped to simplified (only if it has some of the tell-tale ones). */
export function toSimplified(text: string): string {
  if (!SIGN.test(text)) return text;
  let out = '';
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
