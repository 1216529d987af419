//! Schema migrations, applied in order; `PRAGMA user_version` records how many ran.

/// Each entry is one migration. Never edit a released entry: append a new one.
pub const MIGRATIONS: &[&str] = &[
    // 1: initial schema.
    r#"
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        password_hash TEXT,
        slack_id TEXT NOT NULL DEFAULT '',
        picture TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL
    );
    CREATE TABLE user_groups (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        group_name TEXT NOT NULL,
        PRIMARY KEY (user_id, group_name)
    );
    -- Groups created on their own (POST /api/users/groups), without members.
    CREATE TABLE standalone_groups (name TEXT PRIMARY KEY);

    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        expires_at INTEGER NOT NULL,
        absolute_expires_at INTEGER NOT NULL,
        ended_at INTEGER,
        created_at INTEGER NOT NULL
    );

    -- The real column is VARCHAR(255): longer names are a database error there too.
    CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) <= 255),
        key_hash TEXT NOT NULL UNIQUE,
        masked_key TEXT NOT NULL,
        status TEXT NOT NULL,
        created_by TEXT NOT NULL,
        deactivated_by TEXT,
        created_at INTEGER NOT NULL,
        deactivated_at INTEGER,
        last_used_at INTEGER
    );
    CREATE TABLE api_key_groups (
        api_key_id TEXT NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
        group_name TEXT NOT NULL,
        PRIMARY KEY (api_key_id, group_name)
    );

    CREATE TABLE connections (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        subtype TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'online',
        agent_id TEXT NOT NULL DEFAULT '',
        resource_name TEXT NOT NULL DEFAULT '',
        command TEXT NOT NULL DEFAULT '[]',
        default_database TEXT NOT NULL DEFAULT '',
        access_mode_connect TEXT NOT NULL DEFAULT 'enabled',
        access_mode_exec TEXT NOT NULL DEFAULT 'enabled',
        access_mode_runbooks TEXT NOT NULL DEFAULT 'enabled',
        access_schema TEXT NOT NULL DEFAULT 'disabled',
        reviewers TEXT NOT NULL DEFAULT '[]',
        attributes TEXT NOT NULL DEFAULT '[]',
        connection_tags TEXT NOT NULL DEFAULT '{}',
        tags TEXT NOT NULL DEFAULT '[]',
        access_max_duration INTEGER,
        managed_by TEXT,
        -- Groups the access-control plugin lets through (JSON array).
        access_groups TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL
    );

    CREATE TABLE access_request_rules (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        access_type TEXT NOT NULL DEFAULT 'jit',
        connection_names TEXT NOT NULL DEFAULT '[]',
        attributes TEXT NOT NULL DEFAULT '[]',
        reviewers_groups TEXT NOT NULL DEFAULT '[]',
        approval_required_groups TEXT NOT NULL DEFAULT '[]',
        skip_review_groups TEXT NOT NULL DEFAULT '[]',
        access_max_duration INTEGER,
        min_approvals INTEGER,
        created_at INTEGER NOT NULL
    );

    CREATE TABLE attributes (name TEXT PRIMARY KEY);

    CREATE TABLE machine_identities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        connection_names TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE machine_identity_attributes (
        machine_identity_id TEXT NOT NULL REFERENCES machine_identities(id) ON DELETE CASCADE,
        attribute TEXT NOT NULL,
        PRIMARY KEY (machine_identity_id, attribute)
    );

    -- Audit sessions behind connection credentials: open, ready (approved review) or done.
    CREATE TABLE audit_sessions (
        id TEXT PRIMARY KEY,
        owner_subject TEXT NOT NULL,
        connection_id TEXT NOT NULL,
        connection_name TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        ended_at INTEGER
    );

    -- Credentials of users/API keys (owner_subject) and of machine identities.
    CREATE TABLE credentials (
        id TEXT PRIMARY KEY,
        owner_subject TEXT,
        machine_identity_id TEXT REFERENCES machine_identities(id) ON DELETE CASCADE,
        connection_id TEXT NOT NULL,
        connection_name TEXT NOT NULL,
        secret_key TEXT NOT NULL,
        session_id TEXT NOT NULL DEFAULT '',
        expire_at INTEGER,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
    );
    CREATE UNIQUE INDEX credentials_mi_connection
        ON credentials (machine_identity_id, connection_name)
        WHERE machine_identity_id IS NOT NULL;
    CREATE INDEX credentials_owner ON credentials (owner_subject, connection_id);

    CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL DEFAULT 'jit',
        connection_id TEXT NOT NULL,
        connection_name TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        owner_email TEXT NOT NULL,
        owner_slack_id TEXT NOT NULL DEFAULT '',
        access_duration_sec INTEGER NOT NULL,
        status TEXT NOT NULL,
        min_approvals INTEGER,
        rejection_reason TEXT,
        revoke_at INTEGER,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE review_groups (
        id TEXT PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        group_name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'PENDING',
        reviewed_by_id TEXT,
        reviewed_by_name TEXT,
        reviewed_by_email TEXT,
        review_date INTEGER
    );
    "#,
    // 2: security audit log and per-org feature flags.
    r#"
    -- created_at in Unix microseconds; the *_lc columns hold Unicode-lowercased copies so the
    -- case-insensitive filters (ILIKE on the gateway) also fold non-ASCII letters.
    CREATE TABLE security_audit_logs (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        actor_subject TEXT NOT NULL,
        actor_email TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        resource_type TEXT NOT NULL,
        action TEXT NOT NULL,
        http_method TEXT NOT NULL,
        http_status INTEGER NOT NULL,
        http_path TEXT NOT NULL,
        client_ip TEXT NOT NULL,
        -- JSON text, NULL when the request had no body.
        request_payload_redacted TEXT,
        outcome INTEGER NOT NULL,
        error_message TEXT NOT NULL DEFAULT '',
        actor_subject_lc TEXT NOT NULL,
        actor_email_lc TEXT NOT NULL,
        http_path_lc TEXT NOT NULL,
        client_ip_lc TEXT NOT NULL
    );
    CREATE INDEX security_audit_logs_created_at ON security_audit_logs (created_at);

    CREATE TABLE org_feature_flags (
        org_id TEXT NOT NULL,
        name TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (org_id, name)
    );
    "#,
];
