// The module, its entities and GraphQL surface
export * from './access.module';
export * from './access.entities';
export * from './access.resolvers';
// Who is calling: the viewer every service scopes its reads and writes by
export { Viewer } from './scope/viewer';
export { CurrentViewer } from './auth/current-viewer.decorator';
export { AuthService } from './auth/auth.service';
export { type AuthenticatedRequest } from './auth/request-context';
export { jurisdictionCoversDivision, parseJurisdiction, siteWithinDivisionSql, type Jurisdiction } from './scope/jurisdiction';
// Users, as other features need them
export { Role } from './users/role.enum';
export { User } from './users/user.entity';
export { UserDirectory, UserDirectoryModule } from './users/user-directory';
export { JurisdictionDirectory } from './users/jurisdiction-directory';
export { type AlertSubscriber, AlertSubscriptionService } from './users/alert-subscription.service';
