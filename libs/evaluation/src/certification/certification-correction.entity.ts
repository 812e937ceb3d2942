import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';

/** A household edited after its county had confirmed a month whose figures the edit may change. */
@Entity('certification_correction')
@ObjectType('CertificationCorrection', { description: '确认后更正：县级确认某月数据后，对该月数据有影响的修改' })
export class CertificationCorrection {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 7 })
  @Field({ description: '被更正的月份' })
  period: string;

  @Column({ name: 'county_code', type: 'varchar', length: 6 })
  @Field(() => ID)
  countyCode: string;

  @Column({ name: 'household_id', type: 'uuid' })
  @Field(() => ID)
  householdId: string;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '修改人' })
  actor: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => DateTimeScalar)
  at: Date;
}
