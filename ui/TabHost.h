#pragma once

#include "Questions.h"

class QUndoStack;

namespace careerdesk {

class Workspace;

// What a tab asks of the window that holds it: the data, whose they are, the person's answers, and
// where to say what happened.
class TabHost
{
public:
    virtual ~TabHost() = default;

    virtual Workspace& workspace() const = 0;
    virtual qint64 userId() const = 0;         // whose data the tabs show
    virtual qint64 signedInUserId() const = 0; // who works in the window
    virtual const Questions& questions() const = 0;
    virtual QUndoStack* undoStack() const = 0;
    virtual void showError(const QString& message) = 0;
    virtual void showMessage(const QString& message, int milliseconds = 5000) = 0;
    // File › Import…: files chosen, read, previewed and added; a tab's documents become what it keeps.
    virtual void askToImport() = 0;
};

} // namespace careerdesk
