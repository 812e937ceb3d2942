export * from './access.module';
export * from './access.entities';
export { Viewer } from './scope/viewer';
export { Role } from './users/role.enum';
export { User } from './users/user.entity';
export { CurrentViewer } from './auth/current-viewer.decorator';
