#pragma once

#include "DocumentTab.h"

namespace careerdesk {

// Write Cover Letter: letters written here or generated for postings; printed and exported with a
// template. Documents imported while this tab is open become letters.
class CoverLettersTab : public DocumentTab
{
    Q_OBJECT

public:
    explicit CoverLettersTab(TabHost& host, QWidget* parent = nullptr);

    ImportService::DocumentsAs documentsAs() const override
    {
        return ImportService::DocumentsAs::CoverLetters;
    }
};

} // namespace careerdesk
