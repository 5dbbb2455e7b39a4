#pragma once

#include "EnumStrings.h"

#include <QtGlobal>

namespace careerdesk {

// The seed's enums. Their stored form is the seed spelling (enumKey / enumFromKey); the UI shows
// enumLabel, which is translated.

enum class InterestCategory { Industry, Role, Technology, Skill, Company };

template <> struct EnumTraits<InterestCategory>
{
    static constexpr const char* name = "InterestCategory";
    static constexpr std::array<EnumEntry<InterestCategory>, 5> entries{{
        {InterestCategory::Industry, "INDUSTRY", QT_TRANSLATE_NOOP("EnumLabels", "Industry")},
        {InterestCategory::Role, "ROLE", QT_TRANSLATE_NOOP("EnumLabels", "Role")},
        {InterestCategory::Technology, "TECHNOLOGY", QT_TRANSLATE_NOOP("EnumLabels", "Technology")},
        {InterestCategory::Skill, "SKILL", QT_TRANSLATE_NOOP("EnumLabels", "Skill")},
        {InterestCategory::Company, "COMPANY", QT_TRANSLATE_NOOP("EnumLabels", "Company")},
    }};
};

enum class GoalCategory { Career, SkillDevelopment, Networking, Salary, Education };

template <> struct EnumTraits<GoalCategory>
{
    static constexpr const char* name = "GoalCategory";
    static constexpr std::array<EnumEntry<GoalCategory>, 5> entries{{
        {GoalCategory::Career, "CAREER", QT_TRANSLATE_NOOP("EnumLabels", "Career")},
        {GoalCategory::SkillDevelopment, "SKILL_DEVELOPMENT",
         QT_TRANSLATE_NOOP("EnumLabels", "Skill development")},
        {GoalCategory::Networking, "NETWORKING", QT_TRANSLATE_NOOP("EnumLabels", "Networking")},
        {GoalCategory::Salary, "SALARY", QT_TRANSLATE_NOOP("EnumLabels", "Salary")},
        {GoalCategory::Education, "EDUCATION", QT_TRANSLATE_NOOP("EnumLabels", "Education")},
    }};
};

enum class GoalStatus { NotStarted, InProgress, Completed, Paused, Cancelled };

template <> struct EnumTraits<GoalStatus>
{
    static constexpr const char* name = "GoalStatus";
    static constexpr std::array<EnumEntry<GoalStatus>, 5> entries{{
        {GoalStatus::NotStarted, "NOT_STARTED", QT_TRANSLATE_NOOP("EnumLabels", "Not started")},
        {GoalStatus::InProgress, "IN_PROGRESS", QT_TRANSLATE_NOOP("EnumLabels", "In progress")},
        {GoalStatus::Completed, "COMPLETED", QT_TRANSLATE_NOOP("EnumLabels", "Completed")},
        {GoalStatus::Paused, "PAUSED", QT_TRANSLATE_NOOP("EnumLabels", "Paused")},
        {GoalStatus::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("EnumLabels", "Cancelled")},
    }};
};

enum class Priority { Low, Medium, High };

template <> struct EnumTraits<Priority>
{
    static constexpr const char* name = "Priority";
    static constexpr std::array<EnumEntry<Priority>, 3> entries{{
        {Priority::Low, "LOW", QT_TRANSLATE_NOOP("EnumLabels", "Low")},
        {Priority::Medium, "MEDIUM", QT_TRANSLATE_NOOP("EnumLabels", "Medium")},
        {Priority::High, "HIGH", QT_TRANSLATE_NOOP("EnumLabels", "High")},
    }};
};

// What a resume's text was written in: the seed's PDF, DOCX and HTML for imported documents, and Markdown
// for text written in CareerDesk, imported from a text file or from JSON Resume.
enum class ResumeFormat { Pdf, Docx, Html, Markdown };

template <> struct EnumTraits<ResumeFormat>
{
    static constexpr const char* name = "ResumeFormat";
    static constexpr std::array<EnumEntry<ResumeFormat>, 4> entries{{
        {ResumeFormat::Pdf, "PDF", QT_TRANSLATE_NOOP("EnumLabels", "PDF")},
        {ResumeFormat::Docx, "DOCX", QT_TRANSLATE_NOOP("EnumLabels", "Word (DOCX)")},
        {ResumeFormat::Html, "HTML", QT_TRANSLATE_NOOP("EnumLabels", "HTML")},
        {ResumeFormat::Markdown, "MARKDOWN", QT_TRANSLATE_NOOP("EnumLabels", "Markdown")},
    }};
};

enum class ActionItemStatus { Pending, InProgress, Completed, Cancelled };

template <> struct EnumTraits<ActionItemStatus>
{
    static constexpr const char* name = "ActionItemStatus";
    static constexpr std::array<EnumEntry<ActionItemStatus>, 4> entries{{
        {ActionItemStatus::Pending, "PENDING", QT_TRANSLATE_NOOP("EnumLabels", "Pending")},
        {ActionItemStatus::InProgress, "IN_PROGRESS", QT_TRANSLATE_NOOP("EnumLabels", "In progress")},
        {ActionItemStatus::Completed, "COMPLETED", QT_TRANSLATE_NOOP("EnumLabels", "Completed")},
        {ActionItemStatus::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("EnumLabels", "Cancelled")},
    }};
};

enum class OpportunityType { FullTime, PartTime, Contract, Freelance, Internship, Temporary };

template <> struct EnumTraits<OpportunityType>
{
    static constexpr const char* name = "OpportunityType";
    static constexpr std::array<EnumEntry<OpportunityType>, 6> entries{{
        {OpportunityType::FullTime, "FULL_TIME", QT_TRANSLATE_NOOP("EnumLabels", "Full-time")},
        {OpportunityType::PartTime, "PART_TIME", QT_TRANSLATE_NOOP("EnumLabels", "Part-time")},
        {OpportunityType::Contract, "CONTRACT", QT_TRANSLATE_NOOP("EnumLabels", "Contract")},
        {OpportunityType::Freelance, "FREELANCE", QT_TRANSLATE_NOOP("EnumLabels", "Freelance")},
        {OpportunityType::Internship, "INTERNSHIP", QT_TRANSLATE_NOOP("EnumLabels", "Internship")},
        {OpportunityType::Temporary, "TEMPORARY", QT_TRANSLATE_NOOP("EnumLabels", "Temporary")},
    }};
};

enum class OpportunityStatus { Active, Expired, Filled, Cancelled };

template <> struct EnumTraits<OpportunityStatus>
{
    static constexpr const char* name = "OpportunityStatus";
    static constexpr std::array<EnumEntry<OpportunityStatus>, 4> entries{{
        {OpportunityStatus::Active, "ACTIVE", QT_TRANSLATE_NOOP("EnumLabels", "Active")},
        {OpportunityStatus::Expired, "EXPIRED", QT_TRANSLATE_NOOP("EnumLabels", "Expired")},
        {OpportunityStatus::Filled, "FILLED", QT_TRANSLATE_NOOP("EnumLabels", "Filled")},
        {OpportunityStatus::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("EnumLabels", "Cancelled")},
    }};
};

enum class ApplicationStatus {
    Saved,
    Applied,
    Screening,
    Interviewing,
    Offer,
    Accepted,
    Rejected,
    Withdrawn
};

template <> struct EnumTraits<ApplicationStatus>
{
    static constexpr const char* name = "ApplicationStatus";
    static constexpr std::array<EnumEntry<ApplicationStatus>, 8> entries{{
        {ApplicationStatus::Saved, "SAVED", QT_TRANSLATE_NOOP("EnumLabels", "Saved")},
        {ApplicationStatus::Applied, "APPLIED", QT_TRANSLATE_NOOP("EnumLabels", "Applied")},
        {ApplicationStatus::Screening, "SCREENING", QT_TRANSLATE_NOOP("EnumLabels", "Screening")},
        {ApplicationStatus::Interviewing, "INTERVIEWING", QT_TRANSLATE_NOOP("EnumLabels", "Interviewing")},
        {ApplicationStatus::Offer, "OFFER", QT_TRANSLATE_NOOP("EnumLabels", "Offer")},
        {ApplicationStatus::Accepted, "ACCEPTED", QT_TRANSLATE_NOOP("EnumLabels", "Accepted")},
        {ApplicationStatus::Rejected, "REJECTED", QT_TRANSLATE_NOOP("EnumLabels", "Rejected")},
        {ApplicationStatus::Withdrawn, "WITHDRAWN", QT_TRANSLATE_NOOP("EnumLabels", "Withdrawn")},
    }};
};

enum class EmailPurpose { Networking, FollowUp, Inquiry, Introduction, ThankYou };

template <> struct EnumTraits<EmailPurpose>
{
    static constexpr const char* name = "EmailPurpose";
    static constexpr std::array<EnumEntry<EmailPurpose>, 5> entries{{
        {EmailPurpose::Networking, "NETWORKING", QT_TRANSLATE_NOOP("EnumLabels", "Networking")},
        {EmailPurpose::FollowUp, "FOLLOW_UP", QT_TRANSLATE_NOOP("EnumLabels", "Follow-up")},
        {EmailPurpose::Inquiry, "INQUIRY", QT_TRANSLATE_NOOP("EnumLabels", "Inquiry")},
        {EmailPurpose::Introduction, "INTRODUCTION", QT_TRANSLATE_NOOP("EnumLabels", "Introduction")},
        {EmailPurpose::ThankYou, "THANK_YOU", QT_TRANSLATE_NOOP("EnumLabels", "Thank-you")},
    }};
};

enum class SalaryPeriod { Hourly, Daily, Weekly, Monthly, Yearly };

template <> struct EnumTraits<SalaryPeriod>
{
    static constexpr const char* name = "SalaryPeriod";
    static constexpr std::array<EnumEntry<SalaryPeriod>, 5> entries{{
        {SalaryPeriod::Hourly, "HOURLY", QT_TRANSLATE_NOOP("EnumLabels", "an hour")},
        {SalaryPeriod::Daily, "DAILY", QT_TRANSLATE_NOOP("EnumLabels", "a day")},
        {SalaryPeriod::Weekly, "WEEKLY", QT_TRANSLATE_NOOP("EnumLabels", "a week")},
        {SalaryPeriod::Monthly, "MONTHLY", QT_TRANSLATE_NOOP("EnumLabels", "a month")},
        {SalaryPeriod::Yearly, "YEARLY", QT_TRANSLATE_NOOP("EnumLabels", "a year")},
    }};
};

enum class PromptCategory { Interview, Reflection, Coaching };

template <> struct EnumTraits<PromptCategory>
{
    static constexpr const char* name = "PromptCategory";
    static constexpr std::array<EnumEntry<PromptCategory>, 3> entries{{
        {PromptCategory::Interview, "INTERVIEW", QT_TRANSLATE_NOOP("EnumLabels", "Interview question")},
        {PromptCategory::Reflection, "REFLECTION", QT_TRANSLATE_NOOP("EnumLabels", "Reflection")},
        {PromptCategory::Coaching, "COACHING", QT_TRANSLATE_NOOP("EnumLabels", "Coaching question")},
    }};
};

enum class PromptCadence { None, Daily, Weekly, Monthly };

template <> struct EnumTraits<PromptCadence>
{
    static constexpr const char* name = "PromptCadence";
    static constexpr std::array<EnumEntry<PromptCadence>, 4> entries{{
        {PromptCadence::None, "NONE", QT_TRANSLATE_NOOP("EnumLabels", "No cadence")},
        {PromptCadence::Daily, "DAILY", QT_TRANSLATE_NOOP("EnumLabels", "Daily")},
        {PromptCadence::Weekly, "WEEKLY", QT_TRANSLATE_NOOP("EnumLabels", "Weekly")},
        {PromptCadence::Monthly, "MONTHLY", QT_TRANSLATE_NOOP("EnumLabels", "Monthly")},
    }};
};

} // namespace careerdesk
