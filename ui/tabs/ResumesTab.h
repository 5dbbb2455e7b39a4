#pragma once

#include "DocumentTab.h"

namespace careerdesk {

class ResumeModel;

// Manage Resumes: several versions, one the default (Ctrl+Return); printed and exported with a template.
class ResumesTab : public DocumentTab
{
    Q_OBJECT

public:
    explicit ResumesTab(TabHost& host, QWidget* parent = nullptr);

    QString rowActionText() const override;
    bool offersRowAction(int row) const override;
    void runRowAction(int row) override;

private:
    ResumeModel* m_resumes;
};

} // namespace careerdesk
