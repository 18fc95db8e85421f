-- What invoicing a client company needs beyond its billing address, invoice e-mail and VAT number: when it pays
-- and the platform's commission on freelancers' rates in its contract (the platform's 0.15 unless negotiated).
alter table company
    add column payment_terms text not null default 'NET_30'
        constraint company_payment_terms_known check (payment_terms in ('NET_30', 'NET_60', 'EOM_45')),
    add column commission_rate numeric(5, 4) not null default 0.15
        constraint company_commission_rate_range check (commission_rate >= 0 and commission_rate < 1);
