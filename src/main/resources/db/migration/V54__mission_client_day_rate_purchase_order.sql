-- Billing (issue 12) invoices the client at the mission's own client day rate, fixed when the quote was accepted,
-- and proposes the purchase order given at selection. Missions created directly by an account manager take the
-- freelancer's rate plus the company's commission, rounded half-up to the cent (round() on a positive numeric).
alter table mission
    add column client_day_rate numeric(12, 2) constraint mission_client_day_rate_positive check (client_day_rate > 0),
    add column purchase_order text constraint mission_purchase_order_length check (char_length(purchase_order) <= 100);

update mission m set client_day_rate = p.client_day_rate, purchase_order = p.purchase_order
from proposal p where p.mission_id = m.id and p.status = 'SELECTED';

update mission m set client_day_rate = round(m.day_rate * (1 + c.commission_rate), 2)
from company c where c.id = m.company_id and m.client_day_rate is null and m.day_rate is not null;

-- BILLING.md: a company pays at 60 days unless its contract says otherwise (V49 had 30).
alter table company alter column payment_terms set default 'NET_60';
