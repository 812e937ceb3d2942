import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { UserAdminService } from '../users/user-admin.service';
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
    private readonly userAdmin: UserAdminService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args('username') username: string, @Args('password') password: string, @Context('req') request: Request): Promise<AuthPayload> {
    // The client's address as Express sees it: the socket's, or X-Forwarded-For from a trusted proxy (TRUST_PROXY).
    return this.auth.login(username, password, request.ip ?? request.socket.remoteAddress ?? 'unknown');
  }

  @Query(() => User)
  me(@CurrentViewer() viewer: Viewer): Promise<User> {
    return this.userAdmin.self(viewer);
  }
}
