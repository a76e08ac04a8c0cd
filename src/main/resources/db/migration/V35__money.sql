-- Typed money figures of a project-year (issue 20): 当初・補正・繰越・流用・予算現額・支出済・翌年度繰越・
-- 不用額, 要求額・査定額, 財源内訳 and full cost, in exact yen with the unit each was published in.
-- The samples' 予算額 / 決算額 stay in year_records (千円); these rows hold what a list gives beyond them.
-- Derived figures (予算現額, 不用額, 執行率) are computed when read, never stored.
CREATE TABLE year_money_figures (
    year_record_id BIGINT       NOT NULL REFERENCES year_records (id) ON DELETE CASCADE,
    ord            INTEGER      NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    label          VARCHAR(200) NOT NULL,
    amount_kind    VARCHAR(12)  NOT NULL,
    yen            BIGINT,
    unit           VARCHAR(24),
    place          VARCHAR(200) NOT NULL,
    PRIMARY KEY (year_record_id, ord),
    CONSTRAINT year_money_figures_kind_check CHECK (kind IN ('INITIAL_BUDGET', 'SUPPLEMENTARY_BUDGET',
        'CARRIED_FROM_PREVIOUS', 'RESERVE_AND_TRANSFER', 'CURRENT_BUDGET', 'EXPENDITURE', 'CARRIED_TO_NEXT',
        'UNUSED', 'REQUESTED', 'ASSESSED', 'NATIONAL_FUNDS', 'PREFECTURAL_FUNDS', 'LOCAL_BONDS', 'FEES',
        'DONATIONS', 'TRANSFERS_FROM_FUNDS', 'OTHER_SPECIFIC_FUNDS', 'GENERAL_FUNDS', 'PROJECT_COST',
        'PERSONNEL_COST', 'TOTAL_COST')),
    CONSTRAINT year_money_figures_amount_check CHECK (
        (amount_kind = 'VALUE' AND yen IS NOT NULL AND unit IS NOT NULL)
        OR (amount_kind IN ('NONE', 'UNDISCLOSED', 'NOT_STATED') AND yen IS NULL AND unit IS NULL)),
    CONSTRAINT year_money_figures_unit_check CHECK (unit IS NULL OR unit IN ('YEN', 'THOUSAND_YEN',
        'TEN_THOUSAND_YEN', 'MILLION_YEN', 'TEN_MILLION_YEN', 'HUNDRED_MILLION_YEN'))
);
