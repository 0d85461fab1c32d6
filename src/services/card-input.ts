import { z } from 'zod';
import { CardChannel } from '../domain/card.enums.js';

/** The fields naming a card, shared by every card command (see CardRef). */
export const cardRefShape = {
  cardId: z.string().nullish(),
  cardNo: z.string().trim().max(40).nullish(),
  memberId: z.string().nullish(),
  phone: z.string().trim().max(40).nullish(),
  cardTemplateId: z.string().nullish(),
};

export const commandShape = {
  channel: z.nativeEnum(CardChannel).default(CardChannel.STORE),
  storeId: z.string().nullish(),
  note: z.string().trim().max(500).nullish(),
  idempotencyKey: z.string().trim().min(1).max(100).nullish(),
  repeatGuardSeconds: z.number().int().min(1).max(3600).nullish(),
};
