-- The language a notification or mail was written in (its recipient's), so that a reader of another language sees
-- it marked as such. Rows written before this are of unknown language and stay null.
alter table app_notification add column lang varchar(2);
alter table outbox_message add column lang varchar(2);
