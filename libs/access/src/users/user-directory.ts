import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Role } from './role.enum';
import { User } from './user.entity';

/** Read-only lookups of active accounts, for features that assign work to people (spot checks). */
@Injectable()
export class UserDirectory {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findActive(username: string): Promise<User | null> {
    return this.users.findOne({ where: { username, active: true } });
  }

  activeWithRole(role: Role): Promise<User[]> {
    return this.users.find({ where: { role, active: true }, order: { username: 'ASC' } });
  }
}

/** Static, so any feature module can import it without a second AccessModule.forRoot. */
@Module({ imports: [TypeOrmModule.forFeature([User])], providers: [UserDirectory], exports: [UserDirectory] })
export class UserDirectoryModule {}
