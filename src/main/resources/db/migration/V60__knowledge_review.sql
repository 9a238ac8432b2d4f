-- Residents may propose a resource; it is public and searchable only once a programme admin approved it.
-- Existing resources were added by admins and count as approved.
alter table knowledge_resource add column status varchar(20) default 'APPROVED' not null;
alter table knowledge_resource add column proposed_by uuid;
