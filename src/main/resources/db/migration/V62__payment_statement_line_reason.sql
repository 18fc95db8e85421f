-- Why an imported credit line found no invoice (no reference, unknown number, too much, ...): kept with the line so
-- that the person settling it by hand reads the same reason the import gave.
alter table bank_statement_line add column unmatched_reason text
    check (unmatched_reason in ('NO_REFERENCE', 'UNKNOWN_INVOICE', 'CANCELLED', 'TOO_MUCH', 'AMOUNT_MISMATCH',
                                'CURRENCY'));
