/** "محادثات بين … الحنيطي. (القيادة العامة للجيش الوطني)" → caption and credit, the credit being the closing parentheses. */
export function splitCredit(text: string): { caption: string; credit?: string } {
  const m = /^(.*?)\s*[(（]([^()]+)[)）]\s*$/s.exec(text);
  return m && m[1] ? { caption: m[1].trim(), credit: m[2]!.trim() } : { caption: text.trim() };
}
