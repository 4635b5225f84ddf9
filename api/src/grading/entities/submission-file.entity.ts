import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file, owned by its uploader; a submission refers to it by id. The bytes live in file storage. */
@Entity('submission_file')
export class SubmissionFileEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'owner_id' }) ownerId: string;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  /** the name on the uploader's computer, cleaned of paths and control characters */
  @Column('text') filename: string;
  /** the type found in the file's content (not the one the browser claimed) */
  @Column('text', { name: 'content_type' }) contentType: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes: number;
  @Column('text') sha256: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
