#!/usr/bin/env node
// Writes a members CSV for import measurements: node scripts/generate-members-csv.mjs 1000000 > members.csv
// Every row is valid and distinct (code, mobile, channel openid); a third carry a WeChat identity.
import { once } from 'node:events';
import process from 'node:process';

const count = Number(process.argv[2] ?? 1000);
const out = process.stdout;
const sexes = ['MALE', 'FEMALE', ''];
out.write('code,mobile,name,sex,birthday,registeredAt,labels,channelCode,openid\n');
for (let i = 1; i <= count; i++) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const channel = i % 3 === 0 ? `wxgzpt,o${i.toString(36).padStart(12, '0')}` : ',';
  const line = `M${String(i).padStart(9, '0')},1${String(3000000000 + i).padStart(10, '0')},Member ${i},${sexes[i % 3]},19${60 + (i % 40)}-${month}-${day},2019-${month}-${day} 10:00:00,${i % 5 === 0 ? 'vip;legacy' : 'legacy'},${channel}\n`;
  if (!out.write(line)) await once(out, 'drain');
}
