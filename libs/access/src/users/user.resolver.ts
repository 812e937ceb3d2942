import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../scope/viewer';
import { AlertSubscriptionService } from './alert-subscription.service';
import { CreateUserInput, UpdateUserInput } from './dtos/user.inputs';
import { UserAdminService } from './user-admin.service';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly admin: UserAdminService,
    private readonly subscriptions: AlertSubscriptionService,
  ) {}

  @Query(() => [User], { description: 'Administrators only: the accounts inside their jurisdiction, or inside divisionCode, by username.' })
  users(
    @CurrentViewer() viewer: Viewer,
    @Args('divisionCode', { type: () => ID, nullable: true, description: 'Region, city or county code; the whole jurisdiction when omitted' }) divisionCode?: string,
  ): Promise<User[]> {
    return this.admin.list(viewer, divisionCode ?? undefined);
  }

  @Mutation(() => User, { description: 'Administrators only, inside their jurisdiction.' })
  createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<User> {
    return this.admin.create(viewer, input);
  }

  @Mutation(() => User, { description: 'Administrators only, inside their jurisdiction.' })
  updateUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.admin.update(viewer, id, input);
  }

  @Mutation(() => User, { description: 'Administrators only; the account can no longer sign in or use its tokens.' })
  deactivateUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.admin.deactivate(viewer, id);
  }

  @Mutation(() => User, { description: 'Receive red-line alert e-mails for a division inside your jurisdiction.' })
  async subscribeRedlineAlerts(@CurrentViewer() viewer: Viewer, @Args('divisionCode', { type: () => ID }) divisionCode: string): Promise<User> {
    await this.subscriptions.subscribe(viewer, divisionCode);
    return this.admin.self(viewer);
  }

  @Mutation(() => User)
  async unsubscribeRedlineAlerts(@CurrentViewer() viewer: Viewer, @Args('divisionCode', { type: () => ID }) divisionCode: string): Promise<User> {
    await this.subscriptions.unsubscribe(viewer, divisionCode);
    return this.admin.self(viewer);
  }

  @ResolveField(() => [ID], { description: 'Division codes whose red-line alerts this user receives.' })
  alertSubscriptions(@Parent() user: User): Promise<string[]> {
    return this.subscriptions.divisionCodesOf(user.id);
  }
}
