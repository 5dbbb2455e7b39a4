#pragma once

#include <QStringView>

namespace careerdesk::SchemaReferences {

struct ForeignKey
{
    const char* table;
    const char* column;
    const char* parent;
    bool cascade; // otherwise SET NULL
};

// The references of the schema (core/store/Migrations.cpp), child side first. What a delete takes
// with it (RowArchive) and how a person's rows point at each other (PersonExport) are read from here.
constexpr ForeignKey foreignKeys[] = {
    {"interests", "user_id", "users", true},
    {"goals", "user_id", "users", true},
    {"resumes", "user_id", "users", true},
    {"cover_letters", "user_id", "users", true},
    {"user_opportunities", "user_id", "users", true},
    {"action_items", "user_id", "users", true},
    {"intro_emails", "user_id", "users", true},
    {"prompts", "user_id", "users", true},
    {"notes", "user_id", "users", true},
    {"opportunities", "owner_id", "users", true},
    {"coach_assignments", "coach_id", "users", true},
    {"coach_assignments", "client_id", "users", true},
    {"action_items", "created_by", "users", false},
    {"notes", "created_by", "users", false},
    {"cover_letters", "opportunity_id", "opportunities", false},
    {"user_opportunities", "opportunity_id", "opportunities", true},
    {"user_opportunities", "cover_letter_id", "cover_letters", false},
    {"user_opportunities", "resume_id", "resumes", false},
    {"application_events", "user_opportunity_id", "user_opportunities", true},
    {"action_items", "related_opportunity_id", "opportunities", false},
    {"intro_emails", "opportunity_id", "opportunities", false},
    {"prompt_answers", "prompt_id", "prompts", true},
};

// Columns the database computes itself (PostgreSQL's search vectors of opportunities): a copy of a row
// leaves them out, and the database makes them again.
inline bool isComputed(QStringView column)
{
    return column == u"search" || column == u"title_search";
}

} // namespace careerdesk::SchemaReferences
