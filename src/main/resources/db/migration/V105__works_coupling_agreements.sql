-- Owners agree on couplings (werk-met-werk afspraken): a proposed package of coupled tasks, each owning party's
-- answer, and the pairs whose owners were told by e-mail that a newly registered task couples with theirs.
-- Identical on H2 (PostgreSQL mode) and PostgreSQL.

create table works_coupling_proposal (
    id                uuid primary key,
    neighbourhood_id  uuid          not null references neighbourhood (id),
    -- PROPOSED (open), AGREED, DECLINED, CHANGE_REQUESTED or WITHDRAWN
    status            varchar(20)   not null,
    -- the task codes of the package, sorted, separated by ';'
    tasks             varchar(4000) not null,
    note              varchar(2000),
    proposed_by_user  uuid,
    proposed_by       varchar(300)  not null,
    proposed_at       timestamp with time zone not null,
    -- when it was agreed, declined or a change was asked for
    decided_at        timestamp with time zone,
    withdrawn_by_user uuid,
    withdrawn_by      varchar(300),
    withdrawn_at      timestamp with time zone,
    withdrawn_reason  varchar(2000),
    example           boolean       not null default false,
    version           bigint        not null default 0
);
create index works_coupling_proposal_neighbourhood on works_coupling_proposal (neighbourhood_id, status);

-- one row per owning party, written with the proposal; the decision columns are filled by its one answer
create table works_coupling_answer (
    id               uuid primary key,
    proposal_id      uuid          not null references works_coupling_proposal (id) on delete cascade,
    party_id         uuid          not null references party (id),
    decision         varchar(10),
    reason           varchar(2000),
    answered_by_user uuid,
    answered_by      varchar(300),
    answered_at      timestamp with time zone,
    constraint works_coupling_answer_once unique (proposal_id, party_id)
);

-- a pair (task_a < task_b) whose owners were told about it; a pair is told once, also after a re-import
create table works_coupling_notice (
    neighbourhood_id uuid         not null references neighbourhood (id),
    task_a           varchar(100) not null,
    task_b           varchar(100) not null,
    noticed_at       timestamp with time zone not null,
    primary key (neighbourhood_id, task_a, task_b)
);
