import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '@app/common/errors/domain-error';
import { User } from '../users/user.entity';
import { Viewer } from '../scope/viewer';
import { AuthService } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { Public } from './public.decorator';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as Authorization: Bearer <token>' })
  token: string;

  @Field(() => User)
  user: User;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args('username') username: string, @Args('password') password: string): Promise<AuthPayload> {
    return this.auth.login(username, password);
  }

  @Query(() => User)
  async me(@CurrentViewer() viewer: Viewer): Promise<User> {
    const user = await this.users.findOne({ where: { id: viewer.userId } });
    if (!user) throw notFound('User', viewer.userId);
    return user;
  }
}
