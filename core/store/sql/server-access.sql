-- CareerDesk on a PostgreSQL server: who sees what.
--
-- `careerdesk --database URL --init-server` runs this after creating or upgrading the schema, every time;
-- each statement can run again. Run it as the database's owner: the owner (the administrator) is not
-- bound by these policies, every other role is. Each person logs in as a role of their own that is a
-- member of careerdesk_person; a coach's role is a member of careerdesk_coach too, and
-- `careerdesk --add-person` maps a login to a person. Coaches see the data of the clients assigned to
-- them (`careerdesk --assign-coach`), and add action items and notes for them.

-- The group roles, shared by every database of the server (creating them needs CREATEROLE, once; two
-- databases set up at the same moment both find them made).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'careerdesk_person') THEN
        BEGIN
            CREATE ROLE careerdesk_person NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'careerdesk_coach') THEN
        BEGIN
            CREATE ROLE careerdesk_coach NOLOGIN IN ROLE careerdesk_person;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END
$$;

-- The person a login is (NULL for none). It reads users as the owner, so that the policies on users
-- can use it.
CREATE OR REPLACE FUNCTION careerdesk_person_of(login name) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT id FROM users WHERE users.login = careerdesk_person_of.login $$;

-- The person running the statement. Policies call it as (SELECT careerdesk_me()): once per statement.
CREATE OR REPLACE FUNCTION careerdesk_me() RETURNS bigint
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $$ SELECT careerdesk_person_of(current_user) $$;

-- What people may do at all; the policies below narrow it to rows.
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO careerdesk_person', current_schema());
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO careerdesk_person', current_schema());
END
$$;
GRANT SELECT ON schema_info, preferences, coach_assignments TO careerdesk_person;
GRANT SELECT, UPDATE (email, first_name, last_name, created_at, updated_at, changed_by) ON users
    TO careerdesk_person;
GRANT SELECT, INSERT, UPDATE, DELETE ON opportunities, application_events, prompt_answers, notes
    TO careerdesk_person;

-- A person's own rows, and (to read) their clients': every table with a user_id column (a new area's
-- too, without a line here), but notes, whose policies follow.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             JOIN information_schema.tables USING (table_schema, table_name)
             WHERE c.table_schema = current_schema() AND c.column_name = 'user_id'
                 AND table_type = 'BASE TABLE' AND c.table_name <> 'notes' LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO careerdesk_person', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS own_rows ON %I', t);
        EXECUTE format('CREATE POLICY own_rows ON %I USING (user_id = (SELECT careerdesk_me()))', t);
        EXECUTE format('DROP POLICY IF EXISTS clients_rows ON %I', t);
        EXECUTE format('CREATE POLICY clients_rows ON %I FOR SELECT USING (user_id IN'
                       ' (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me())))', t);
    END LOOP;
END
$$;

-- A coach adds action items for a client, and changes or deletes the ones they added.
DROP POLICY IF EXISTS coach_adds ON action_items;
CREATE POLICY coach_adds ON action_items FOR INSERT WITH CHECK (
    created_by = (SELECT careerdesk_me())
    AND user_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me())));
DROP POLICY IF EXISTS coach_changes ON action_items;
CREATE POLICY coach_changes ON action_items FOR UPDATE USING (
    created_by = (SELECT careerdesk_me())
    AND user_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me())));
DROP POLICY IF EXISTS coach_deletes ON action_items;
CREATE POLICY coach_deletes ON action_items FOR DELETE USING (
    created_by = (SELECT careerdesk_me())
    AND user_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me())));

-- Notes: a person reads their own and those their coaches added for them, and a coach their clients'.
-- Whoever added a note is the only one who changes or deletes it: the person their own (no author), a
-- coach those they added for a client of theirs.
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS notes_read ON notes;
CREATE POLICY notes_read ON notes FOR SELECT USING (
    user_id = (SELECT careerdesk_me())
    OR user_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me())));
DROP POLICY IF EXISTS own_notes ON notes;
CREATE POLICY own_notes ON notes USING (user_id = (SELECT careerdesk_me()) AND created_by IS NULL);
DROP POLICY IF EXISTS coach_notes ON notes;
CREATE POLICY coach_notes ON notes USING (
    created_by = (SELECT careerdesk_me())
    AND user_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me())));

-- Rows that belong to a person through their parent row: an application's stage events, a prompt's
-- answers. They are seen with their parent, and written by the parent's owner only.
ALTER TABLE application_events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_rows ON application_events;
CREATE POLICY own_rows ON application_events USING (EXISTS (
    SELECT 1 FROM applications a
    WHERE a.id = application_events.application_id AND a.user_id = (SELECT careerdesk_me())));
DROP POLICY IF EXISTS clients_rows ON application_events;
CREATE POLICY clients_rows ON application_events FOR SELECT USING (EXISTS (
    SELECT 1 FROM applications a WHERE a.id = application_events.application_id));

ALTER TABLE prompt_answers ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_rows ON prompt_answers;
CREATE POLICY own_rows ON prompt_answers USING (EXISTS (
    SELECT 1 FROM prompts p WHERE p.id = prompt_answers.prompt_id AND p.user_id = (SELECT careerdesk_me())));
DROP POLICY IF EXISTS clients_rows ON prompt_answers;
CREATE POLICY clients_rows ON prompt_answers FOR SELECT USING (EXISTS (
    SELECT 1 FROM prompts p WHERE p.id = prompt_answers.prompt_id));

-- Postings: a person's own, their clients' (to read), and those published to everyone (no owner),
-- which only coaches add, change or delete.
ALTER TABLE opportunities ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS visible_postings ON opportunities;
CREATE POLICY visible_postings ON opportunities FOR SELECT USING (
    owner_id IS NULL OR owner_id = (SELECT careerdesk_me())
    OR owner_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me())));
DROP POLICY IF EXISTS own_postings ON opportunities;
CREATE POLICY own_postings ON opportunities USING (owner_id = (SELECT careerdesk_me()));
DROP POLICY IF EXISTS published_postings ON opportunities;
CREATE POLICY published_postings ON opportunities USING (
    owner_id IS NULL AND pg_has_role('careerdesk_coach', 'MEMBER'));

-- A person's searches of postings. Under the policies PostgreSQL applies a condition of the person's own
-- after the policy's, and reads no index for one that is not leakproof: the full-text match (@@) and
-- lower(title) are not, so a search would test every visible posting one by one (seconds at a million).
-- These functions read the indexes as the owner and apply visible_postings themselves, for the person
-- who calls them, so they tell no one more than their own SELECT would. Inside them current_user is the
-- owner: careerdesk_caller() is the person of the role the session set (SET ROLE), or else of its login.
CREATE OR REPLACE FUNCTION careerdesk_caller() RETURNS bigint
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $$ SELECT careerdesk_person_of(COALESCE(NULLIF(current_setting('role'), 'none'), session_user)) $$;

-- The ids of the visible postings that `q` matches in their title (title_only) or anywhere: the newest
-- `most` of them (or any `most`, when not `newest`: cheaper, for a count), or all when `most` is NULL. EXECUTE plans with the values, as a statement of the
-- person's own would be: a rare word reads the GIN index, the newest few of a common one the table
-- backwards.
DROP FUNCTION IF EXISTS careerdesk_matching_postings(tsquery, boolean, bigint); -- schema 12 and before
CREATE OR REPLACE FUNCTION careerdesk_matching_postings(q tsquery, title_only boolean,
                                                        most bigint DEFAULT NULL, newest boolean DEFAULT true)
    RETURNS TABLE (id bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT o.id FROM opportunities o WHERE '
        || CASE WHEN title_only THEN 'o.title_search' ELSE 'o.search' END || ' @@ $1'
        || ' AND (o.owner_id IS NULL OR o.owner_id = $2'
        || ' OR o.owner_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = $2))'
        || CASE WHEN most IS NULL THEN '' WHEN newest THEN ' ORDER BY o.id DESC LIMIT $3' ELSE ' LIMIT $3' END
        USING q, careerdesk_caller(), most;
END
$$;

-- The ids of the visible postings whose title, lower case, is one of `titles` (an import's duplicates).
CREATE OR REPLACE FUNCTION careerdesk_postings_titled(titles text[]) RETURNS TABLE (id bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
    SELECT o.id FROM opportunities o, (SELECT careerdesk_caller() AS me) caller
    WHERE lower(o.title) = ANY (titles)
        AND (o.owner_id IS NULL OR o.owner_id = caller.me
             OR o.owner_id IN (SELECT client_id FROM coach_assignments WHERE coach_id = caller.me))
    $$;

REVOKE ALL ON FUNCTION careerdesk_matching_postings(tsquery, boolean, bigint, boolean),
    careerdesk_postings_titled(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION careerdesk_matching_postings(tsquery, boolean, bigint, boolean),
    careerdesk_postings_titled(text[]) TO careerdesk_person;

-- People: each sees themself, their clients and their coaches, and changes only their own name and
-- email (not their login). Only the administrator adds or removes people.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS self ON users;
CREATE POLICY self ON users USING (id = (SELECT careerdesk_me()));
DROP POLICY IF EXISTS coaches_and_clients ON users;
CREATE POLICY coaches_and_clients ON users FOR SELECT USING (
    id IN (SELECT client_id FROM coach_assignments WHERE coach_id = (SELECT careerdesk_me()))
    OR id IN (SELECT coach_id FROM coach_assignments WHERE client_id = (SELECT careerdesk_me())));

ALTER TABLE coach_assignments ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS involved ON coach_assignments;
CREATE POLICY involved ON coach_assignments FOR SELECT USING (
    coach_id = (SELECT careerdesk_me()) OR client_id = (SELECT careerdesk_me()));
