import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { QrKind } from '../../src/domain/card.enums.js';
import { signQr, verifyQr } from '../../src/services/qr.service.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('QR signatures', () => {
  const key = randomBytes(32);

  it('verifies what it signed, for cards and coupons', () => {
    const id = randomUUID();
    expect(verifyQr(key, signQr(key, QrKind.CARD, id))).toEqual({ kind: QrKind.CARD, id });
    expect(verifyQr(key, ` ${signQr(key, QrKind.COUPON, id)}\n`)).toEqual({ kind: QrKind.COUPON, id });
  });

  it('refuses every one-character change of the signature, including the spare bits of the last one', () => {
    for (let n = 0; n < 20; n++) {
      const content = signQr(key, QrKind.CARD, randomUUID());
      const dot = content.lastIndexOf('.');
      for (let i = dot + 1; i < content.length; i++) {
        for (const c of BASE64URL) {
          if (c === content[i]) continue;
          expect(verifyQr(key, content.slice(0, i) + c + content.slice(i + 1))).toBeNull();
        }
      }
    }
  });

  it("refuses another key's signature, another kind or id, and malformed contents", () => {
    const id = randomUUID();
    const content = signQr(key, QrKind.CARD, id);
    const [, , , sig] = content.split('.');
    expect(verifyQr(randomBytes(32), content)).toBeNull();
    expect(verifyQr(key, `MG1.K.${id}.${sig}`)).toBeNull();
    expect(verifyQr(key, `MG1.C.${randomUUID()}.${sig}`)).toBeNull();
    for (const bad of ['', 'MG1', `MG1.C.${id}`, `MG2.C.${id}.${sig}`, `MG1.X.${id}.${sig}`, `${content}.x`]) {
      expect(verifyQr(key, bad)).toBeNull();
    }
  });
});
