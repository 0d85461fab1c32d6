/**
 * Worked signing examples computed outside MemberGraph's code, with OpenSSL 3.0 on the command
 * line, so a change to both the server's and the tests' signing code cannot pass unnoticed.
 * The RSA keys are throw-away test keys made for these fixtures only:
 *
 *   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out partner.key.pem
 *   openssl pkey -in partner.key.pem -pubout -out partner.pub.pem   (the same for merchant.*)
 *
 * RSA PKCS#1 v1.5 signatures are deterministic, so each expected signature is a fixed string.
 * @module
 */
import { createHmac } from 'node:crypto';

/** partner-openapi: the partner's key pair (the app is registered with the public key). */
export const PARTNER_PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDCRzZ9Ga/kpZnK
qqmZrq5L556iuQGGz4/bHDw/ZSpr9YnOHR35GKWKKUphfMhPM+imJv7tFvJIMn6j
Pzh+2l4FnadxqQqDMwE/QC/jDfBlv+RnVIAuP0ymfYXCllYHawydUlh8kTLb473H
4/MMIt3d32TlrpZdYc3CH+WIDympHJJ6TRknFgBxuNNOF+wzSTrLPfMYyjMEU0z8
G3V48TUqIjJYZn4ae1rLQUt3+gl71Y+ovqMCfItP41gVyOrq9B8QaePrG9cMqCFH
EVbLm/KKIU3qutQtGNXjViLIu0ZCsNq5VkNCwB9/n1+iwqinxRVNB1qrgDwwO/8Z
1KU0kXYfAgMBAAECggEAEEE7vTUm/a8gB6Wb0cXxw1wPw8xNj7qnbffA0ApmMD43
rM0hiDPttc+amj7XK6P2NTX8t62R0USYSo8BlRYu2QgbIxa3pck2CNVqrElVnHh1
DcgzfqsWfgpGj29bUfznmJ9z092k2bexAJvWkWS2wizsw42F+y4xtFT4NBgWA5YW
Zplf4hI/j/tdtW664MBBCF8YFxQLOQ38rWw7qCPlBiaNtdzrXMBWUZbtSgis+DS8
ddkKAF3RNx3YgJNOtckrGydgiOZ2wOyn0Q/78seykDoFs1pc1+kGGeBUozxA5e1t
4Ry2XyuLcdrUCfDgELC7F1WtjgJcWz1VRg8+cEebAQKBgQDm8he5BZ8HehmlMmif
I7lA8IwIfLBj/lep092z1GhOj8gkPQSoxWsztw+2dJp89xhh39tDrnIJaFh+N+3n
OSNmzRuMSgeiZGfZIOqMjjzH+VvDgkkB5s4W+cNxllHHXSbr7l7kiiN0X2VGnjXo
7PCNFJalwqnRr23B8nY9OR7F3wKBgQDXWsbsP55MzmaMOQvB/TVR8FoPq8//hshL
UefdQ5JG9nAo+qwCIs+U0+TxgHb4UvwE+/S3QIDU5r7wuTsRNsEVrxlh+xNpoPbi
8ecP1G+hdxEFcRAsndoLAE4RzABpqUQpEGCwTeO6d5y0mt7DFJZq5eSat5o0NZeH
ahNnWdDXwQKBgQCYGhwLrKsXhpA7X97N6P5KyeLAeDbINKxR2orqtFtaWpILY/Cc
oyE+tzNvDI7u/OKfG4tSoSLUFVgrEPTr05MAUtfw5pTunEhVFbvEhK19WzrXoggp
a3SSZz8UoVcNAcnvm1f+FwjQzT9rainBVcP8dvHdDD9CLdMQ6Hp9ShB9awKBgQDN
4LW9U1CFwuhcc4jfCq+3xtyCkNGHSpYfE41jhV7JQn2VX5ejbx4d/LipfBPAcK0I
IssfiaXgYzv1LE/gtATBMyVD+2DioYSFD5fDFWcm6Io4No+s57d0vvTjpLBcUvqb
e1HEGqJ0ODdynYAK5ZqrVV5H3vCnqvhS98DXFBFIwQKBgHzovlPQGxFuGUm8FdEz
w0RUtmD+KUzMYFJemK3N0iadCSiJFnV5N2P8Pca2nV0Y2Ejsj6hfdqevXMASqSeC
5XOzu2yHnbCZPXJEVnsVblxzlkMLFT8J56whjBmU7Py2nLllzY45oLVoROUHlhfP
CyZg4J8EST/ZuEUOu0uTq5cq
-----END PRIVATE KEY-----
`;
export const PARTNER_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwkc2fRmv5KWZyqqpma6u
S+eeorkBhs+P2xw8P2Uqa/WJzh0d+RiliilKYXzITzPopib+7RbySDJ+oz84ftpe
BZ2ncakKgzMBP0Av4w3wZb/kZ1SALj9Mpn2FwpZWB2sMnVJYfJEy2+O9x+PzDCLd
3d9k5a6WXWHNwh/liA8pqRySek0ZJxYAcbjTThfsM0k6yz3zGMozBFNM/Bt1ePE1
KiIyWGZ+Gntay0FLd/oJe9WPqL6jAnyLT+NYFcjq6vQfEGnj6xvXDKghRxFWy5vy
iiFN6rrULRjV41YiyLtGQrDauVZDQsAff59fosKop8UVTQdaq4A8MDv/GdSlNJF2
HwIDAQAB
-----END PUBLIC KEY-----
`;
/** partner-openapi: the merchant's key pair that signs the answers. */
export const MERCHANT_PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDcKCD096M7pBM4
CbOa0bSgWQMkVV3HQkDTalUE5GDuf93hOFP62Ciu3w1oSSwCRiov1xY0EjZfvez7
cqN+L77AsiyWVHboefhNoB+S1di5GMRoJ4ErcB0ysC+IAdFtXoGL3NaRkj2IKmrn
REpvcmWEi97YbvG3L2+5Y7lSU9g6aspIwG608ox9TwMFNodfymBQ8TiHh4ZQf83B
0ZJzwEJxAyY55XTpt7A+nKaJnsZAXJfq5UIO7QTmbQlmObTiDhkmhVdj4rz/R0HP
yk60+r56w8zwYMexo2rlDJwJarUPb5f4QtVgvXKo3FR21VMk7eVkmoywBXIFfOPN
hZWEX/9nAgMBAAECggEACYsvyo7Fo7s8HgzFnWuD0gOp0DRnKVEk8EVGxDyGOzCN
1MqVUWV3dgUzVpb9cmfKQmKnksBLXSElmczha4H0WfQfXLDyqqdG7U6Ir9vXVkbN
lNpJjjGBAoaCuPmjM4OKSB7dqlfVlQaJtdbPBz/FSNarZWSB0/gZdsbs7LW3xOhx
oN+NbRpAukW6OuOB+/WhgLglKHES63XIj4RPp7JV6TJGoQPDK2CUf9a52ot0yLjf
vUK+piXhCHyCXzR3YUYriOKRfnaN3Kvh7BnhO9TzqZOlcSC151gTn4bxc5oQjxP0
fg0V8EOK9TpwoCN706B2q0QbHu6wQ3HIUcPCuBIPaQKBgQDwFUziU3P48Jx2DM0+
ZiLyzykkBy0jD1gCdYHt3E5uZZfwu9qT0bBr5Zc7VQ2JMeECwPHiYt8oQSMLgjDg
LOO/Yrohi3caEgVq/V7eXYcJJGporbeRMbrBom4HEkrXrY7DxXyzpksAn6WI6suW
D1/yq4fo92wN2k5v0NE/6IVqmwKBgQDqwKLUI4c9/RzVivPLUi0ElqDkx+D6aNSI
DLSjx6djc0w6Jt8o5fNGHLfFvZhq5/JlH6J2v+uxuIYEZ4Stn6t+hj1vPfgWVhO9
aaP/R9itFvmDjHJVZvNMCHKzX4Ow8hi8Oo+072NJgeymAm571dI5ZJIb7FbIcrlV
Htk8Tai1JQKBgHwA5Hc513rK/GVU82W5Z2+2ZG+BbWTgdfq/Kt7qnXAT9UiYHque
8Nqp+VTh913Xb3r2oXjmzJCEJE+7bPc8+F1P5weQe3HxwO6j864y7J5iOrvajifm
YanF9cKdRh7kPAsOI/y+dZra2qs/auwVAN/cjRRdR2hYS48hchLqTI7lAoGBALX/
PP3MwZgceNNRk+rovcAV640TLWfWCBemChIDwtFGXS2kX1S82htcPlmOwPD4/CLM
IM+BwYAaN8SIYQOei31fI5fv6jue5lTt5tgOYnznF/CV3To6w5sJ3asU/Osc9nJP
0IQNJ+OgV9Doh7F4NzCJuQDu/OUQlIDalr660nYFAoGBAJ0pr7i+8mD2QddN2Wlp
Ppnyi1p6FpaSk7v7nT7w/fGi6j9qNjYsxC2Bw96TByhH4vvRVAfkvw7rwWH/yPHg
sRhcRm2uVlYy3HePkIO0l2tfMm60lk5A0brtAggI+M6x3tD8TRdAU0JlRv6w6Eez
xuGUEBFoYH6kxWeaiX8EAzyd
-----END PRIVATE KEY-----
`;
export const MERCHANT_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3Cgg9PejO6QTOAmzmtG0
oFkDJFVdx0JA02pVBORg7n/d4ThT+tgort8NaEksAkYqL9cWNBI2X73s+3Kjfi++
wLIsllR26Hn4TaAfktXYuRjEaCeBK3AdMrAviAHRbV6Bi9zWkZI9iCpq50RKb3Jl
hIve2G7xty9vuWO5UlPYOmrKSMButPKMfU8DBTaHX8pgUPE4h4eGUH/NwdGSc8BC
cQMmOeV06bewPpymiZ7GQFyX6uVCDu0E5m0JZjm04g4ZJoVXY+K8/0dBz8pOtPq+
esPM8GDHsaNq5QycCWq1D2+X+ELVYL1yqNxUdtVTJO3lZJqMsAVyBXzjzYWVhF//
ZwIDAQAB
-----END PUBLIC KEY-----
`;

/** The request of docs/shims/partner-openapi.md's worked example. */
export const PARTNER_REQUEST = {
  appId: '2eb5c8f1170246429755e6dac313f89d',
  partnerId: '1864',
  requestBody: "{'partnerId':'1864','memberId':'115589208394311926'}",
  ver: '1',
};
/** The route the request is sent to: the canonical string binds it (docs/shims/partner-openapi.md). */
export const PARTNER_REQUEST_PATH = '/member/getMemberInfoByIdOrMobile';
/** POST, the path, then the envelope's fields but `sign`, percent-encoded (RFC 3986) and sorted. */
export const PARTNER_REQUEST_CANONICAL =
  'POST\n/member/getMemberInfoByIdOrMobile\nappId=2eb5c8f1170246429755e6dac313f89d&partnerId=1864&requestBody=%7B%27partnerId%27%3A%271864%27%2C%27memberId%27%3A%27115589208394311926%27%7D&ver=1';
/** printf '%s' "$PARTNER_REQUEST_CANONICAL" | openssl dgst -sha256 -sign partner.key.pem | base64 -w0 */
export const PARTNER_REQUEST_SIGN =
  'BuyEsrCwJHsp926EVsTjxWYvKpr3Suc8MOBkyfjHiEffuD7WTVfjvh4HIp44HsCvNHLM9AHojV87U5sYUnlt47wIoJv5TQsKHd9diK3fu7RsTIuKvyv1DblRfEE+L5sbx6V2tg6QLlLb54D9OpjrSzBc6h2ehu5ll8HKRxvd8Fqq0jhI+njCSxxmyuGtbMLIoWcq0kXvYTJN8Xb2iLIfPfJWTUh2SjxXxLL3xfdpozeUIQ3kMDT94vYhiof8McsnboMawMx3tIk2P9yRMXhbb/By7jhcvGm3W9ypdEP47Onc8w7SgJTNR3ENDDjRMI1riZQK4J9kTL+dYWpslfZZWg==';

/** The answer to that request (no such member): 301, signed with the merchant's key. */
export const PARTNER_ANSWER_CANONICAL = 'message=会员不存在&statusCode=301&ver=1';
/** printf '%s' "$PARTNER_ANSWER_CANONICAL" | openssl dgst -sha256 -sign merchant.key.pem | base64 -w0 */
export const PARTNER_ANSWER_SIGN =
  'Oj7gtDHG7TiaCvmZVrKPuhGKG5KB5r7nO9pSlJppsvW//no3dEkuhLlWz/sCI5e7nVaERXKTEfAKP+fGppBMVBxAt3SUvPxiSJf/Ql1ZS/dQJ7Ip29Bx0rgpA+HYcCzv6Vq41Nl/VVaxQYdN4CM+huTz6I/12/GszXA8y8YUMXS6yPUNg9XzJxFagkxx5UX+AFMEtGP0o1yP0iPLe+LlHnG0wUxOtNNzEgF17bycDdGPMupsWLzbD4BcQYVBVtvESwiNLN9P9EllPuCLQZg50e6PrEyK3B5pA18uL2I+ggDnzXCrCwVeFMXguY+kGkyVQA3sZdlrXBFhp7gX5Wq3kA==';

/** erp-member-points: docs/shims/erp-member-points.md's worked example. */
export const ERP_EXAMPLE = {
  secret: 'demo-secret-123',
  timestamp: '1795430000',
  body: '{"mobile":"13800001111","storeNumber":"1001","name":"小马哥","inviteCode":"200150"}',
};
/** printf '%s\n%s' "$TIMESTAMP" "$BODY" | openssl dgst -sha256 -hmac demo-secret-123 -hex */
export const ERP_EXAMPLE_SIGNATURE = '8a708403c3192e2a02b75ce603dbc439504c3f5f680936cf8417ab9f4176fdc0';

/**
 * The erp-member-points signature as docs/shims/erp-member-points.md defines it, written here with
 * node:crypto rather than src's signing code; the tests check it against the openssl value first.
 */
export const erpReferenceSignature = (secret: string, timestamp: string, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}\n${body}`, 'utf8').digest('hex');
