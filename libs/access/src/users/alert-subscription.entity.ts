import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/** A user's subscription to the red-line alerts of one division (county, city or the region). */
@Entity('alert_subscription')
export class AlertSubscription {
  @PrimaryColumn('uuid')
  userId: string;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 6 })
  divisionCode: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  protected userRef?: User;
}
