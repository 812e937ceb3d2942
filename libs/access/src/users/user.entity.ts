import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './role.enum';

@Entity('app_user')
@ObjectType({ description: '系统用户' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  @Field()
  username: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  @Field(() => Role)
  role: Role;

  @Column({ type: 'varchar', length: 36 })
  @Field({ description: 'A division code (e.g. 450123), or a site id for site staff.' })
  jurisdiction: string;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  /** Carried in every token; raised when a token must stop working (see UserAdminService). */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
