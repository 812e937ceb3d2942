import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AlertSubscription } from './alert-subscription.entity';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  constructor(@InjectRepository(AlertSubscription) private readonly subscriptions: Repository<AlertSubscription>) {}

  @ResolveField(() => [ID], { description: 'Division codes whose red-line alerts this user receives.' })
  async alertSubscriptions(@Parent() user: User): Promise<string[]> {
    const rows = await this.subscriptions.find({ where: { userId: user.id }, order: { divisionCode: 'ASC' } });
    return rows.map((row) => row.divisionCode);
  }
}
