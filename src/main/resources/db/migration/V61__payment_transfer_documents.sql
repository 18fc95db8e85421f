-- The pain.001.001.09 file of a SEPA transfer, kept as it was issued: a second download gives the same bytes even
-- after a freelancer's name or IBAN changed, and the file the bank received can always be shown again.
create table transfer_document (
    transfer_id uuid primary key references transfer (id),
    xml         text not null
);
