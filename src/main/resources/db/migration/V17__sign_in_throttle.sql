-- Sign-in throttling by account and client address, counted in the database so that every node agrees: wrong
-- passwords for one account from one address are slowed down without keeping its owner out from elsewhere.
-- The account-wide lock-out it replaces let a stranger keep the owner out by guessing on purpose.
create table sign_in_throttle (
    -- the account's name in lower case, or '*' for every account tried from the address
    account       varchar(60)  not null,
    address       varchar(64)  not null,
    failures      integer      not null,
    window_start  timestamp    not null,
    blocked_until timestamp,
    -- blocks so far: each one lasts twice as long as the one before
    strikes       integer      not null default 0,
    primary key (account, address)
);

alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;
