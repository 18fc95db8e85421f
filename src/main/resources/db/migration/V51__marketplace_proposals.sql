-- A freelancer invited to a brief (once per brief), their answer, and the client's choice. The client's day rate
-- and the devis number are fixed when the proposal is shortlisted; the mission is the one the selection created.
create table proposal (
    id               uuid primary key,
    brief_id         uuid not null references brief (id),
    freelancer_id    uuid not null references freelancer (id),
    status           text not null constraint proposal_status_known check (status in
                         ('INVITED', 'PROPOSED', 'DECLINED', 'SHORTLISTED', 'SELECTED', 'REJECTED', 'NOT_SELECTED')),
    invited_at       timestamptz not null,
    days             numeric(7, 1) constraint proposal_days_positive check (days > 0),
    day_rate         numeric(12, 2) constraint proposal_day_rate_positive check (day_rate > 0),
    client_day_rate  numeric(12, 2) constraint proposal_client_day_rate_positive check (client_day_rate > 0),
    currency         char(3) not null default 'EUR',
    message          text constraint proposal_message_length check (char_length(message) <= 5000),
    reason           text constraint proposal_reason_length check (char_length(reason) <= 5000),
    answered_at      timestamptz,
    quote_number     text unique,
    quote_issued_on  date constraint proposal_quote_issued_on_range check (quote_issued_on between date '1900-01-01' and date '2199-12-31'),
    purchase_order   text constraint proposal_purchase_order_length check (char_length(purchase_order) <= 100),
    mission_id       uuid references mission (id),
    selected_on      date constraint proposal_selected_on_range check (selected_on between date '1900-01-01' and date '2199-12-31'),
    constraint proposal_once_per_brief unique (brief_id, freelancer_id)
);
create index proposal_freelancer on proposal (freelancer_id, invited_at desc);
