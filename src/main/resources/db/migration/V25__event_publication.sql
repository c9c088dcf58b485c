-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc, one definition for H2 and
-- PostgreSQL): each event a module publishes is stored with its listeners in the publishing transaction, completed
-- when the listener has run, and republished on restart while incomplete.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_listener on event_publication (listener_id);

-- The figures module: when each tenant's figures of a year last changed, from the events of the work lines; the
-- annual report compares a draft's date with it.
create table figure_change (
    tenant_id   bigint       not null,
    figure_year integer      not null,
    changed_at  timestamp with time zone not null,
    last_event  varchar(100) not null,
    primary key (tenant_id, figure_year)
);
