-- Files carried by an outgoing mail (an invoice's PDF), written in the same transaction as the mail itself.
create table outbox_attachment (
    message_id    uuid not null references outbox_message (id),
    position      int not null,
    filename      text not null check (char_length(filename) <= 200),
    content_type  text not null check (char_length(content_type) <= 100),
    content       bytea not null,
    primary key (message_id, position)
);
