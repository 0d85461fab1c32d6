export enum Sex {
  UNKNOWN = 'UNKNOWN',
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  EXPIRED = 'EXPIRED',
  REMOVED = 'REMOVED',
}

/** Organisation level of a store, as the legacy contracts number it. */
export enum OrgType {
  HEAD_OFFICE = 1,
  BRANCH = 2,
  STORE = 3,
}
