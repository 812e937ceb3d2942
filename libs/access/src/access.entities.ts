import { AlertSubscription } from './users/alert-subscription.entity';
import { User } from './users/user.entity';

export const ACCESS_ENTITIES = [User, AlertSubscription] as const;
