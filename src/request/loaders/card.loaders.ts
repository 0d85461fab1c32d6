import DataLoader from 'dataloader';
import { Decimal } from 'decimal.js';
import type { EntityManager } from '../../db/orm.js';
import { CardTemplate } from '../../entities/card-template.entity.js';
import { CardRecharge } from '../../entities/card-transaction.entity.js';
import { Invoice } from '../../entities/invoice.entity.js';
import { Coupon, CouponTemplate } from '../../entities/coupon.entity.js';
import { MemberCard } from '../../entities/member-card.entity.js';
import { RechargeEvent } from '../../entities/recharge-event.entity.js';
import { StaffRole, StaffUser } from '../../entities/staff.entity.js';
import { qrKey } from '../data/card-settings-row.js';
import { merchantToday } from '../data/merchant-day.js';
import { LINKS, UUIDS, linkedIds, type Link } from '../data/links.js';
import { byId, groupedBy } from './loader-kit.js';

function links(em: () => EntityManager, link: Link): DataLoader<string, string[]> {
  return new DataLoader(async (owners) => {
    const map = await linkedIds(em(), link, owners);
    return owners.map((o) => map.get(o) ?? []);
  });
}

/** Computed once per request, on first use. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

/** Per-request loaders of the card domain; a list costs a constant number of statements. */
export function createCardLoaders(em: () => EntityManager) {
  return {
    cardTemplateById: byId((ids) => em().find(CardTemplate, { id: { $in: ids } })),
    memberCardById: byId((ids) => em().find(MemberCard, { id: { $in: ids } })),
    rechargeEventById: byId((ids) => em().find(RechargeEvent, { id: { $in: ids } })),
    couponTemplateById: byId((ids) => em().find(CouponTemplate, { id: { $in: ids } })),
    staffUserById: byId((ids) => em().find(StaffUser, { id: { $in: ids } })),
    staffRoleById: byId((ids) => em().find(StaffRole, { id: { $in: ids } })),
    storeIdsByCardTemplate: links(em, LINKS.cardTemplateStores),
    storeIdsByCouponTemplate: links(em, LINKS.couponTemplateStores),
    storeIdsByStaffUser: links(em, LINKS.staffUserStores),
    cardTemplateIdsByEvent: links(em, LINKS.rechargeEventCards),
    eventIdsByCardTemplate: new DataLoader<string, string[]>(async (templates) => {
      const rows = await em().execute<{ owner: string; target: string }[]>(
        `select card_template_id as owner, recharge_event_id as target from recharge_event_card where card_template_id = any(${UUIDS})`,
        [templates.join(',')],
      );
      return templates.map((t) => rows.filter((r) => r.owner === t).map((r) => r.target));
    }),
    activityRechargesByCard: groupedBy(
      (cardIds) =>
        em().find(
          CardRecharge,
          { memberCardId: { $in: cardIds }, activityStatus: { $ne: null } },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        ),
      (lot) => lot.memberCardId,
    ),
    cardsByMember: groupedBy(
      (memberIds) => em().find(MemberCard, { memberId: { $in: memberIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (card) => card.memberId,
    ),
    couponsByMember: groupedBy(
      (memberIds) => em().find(Coupon, { memberId: { $in: memberIds } }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      (coupon) => coupon.memberId,
    ),
    invoicesByCard: groupedBy(
      (cardIds) => em().find(Invoice, { memberCardId: { $in: cardIds } }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      (invoice) => invoice.memberCardId,
    ),
    /** Count and sum of each member's card spends that were not refunded; one statement per page. */
    spendingByMember: new DataLoader<string, { count: number; amount: string }>(async (memberIds) => {
      const rows = await em().execute<{ member_id: string; count: number; amount: string }[]>(
        `select member_id, count(*)::int as count, sum(amount)::text as amount from card_spend
          where member_id = any(${UUIDS}) and refunded_at is null group by member_id`,
        [memberIds.join(',')],
      );
      const byMember = new Map(rows.map((r) => [r.member_id, r]));
      return memberIds.map((id) => {
        const row = byMember.get(id);
        return { count: row?.count ?? 0, amount: new Decimal(row?.amount ?? 0).toFixed(2) };
      });
    }),
    qrKey: once(() => qrKey(em())),
    today: once(() => merchantToday(em())),
  };
}

export type CardLoaders = ReturnType<typeof createCardLoaders>;
