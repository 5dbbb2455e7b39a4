#pragma once

#include "workflows/ImportService.h"

#include <QObject>

#include <functional>

class QProgressDialog;
class QWidget;

namespace careerdesk {

class TabHost;

// Files to import (File › Import…, or dropped anywhere on the window): read and checked off the UI thread,
// shown in a preview, then written in one transaction with progress and Cancel, as one undo step
// when small enough to archive row by row; that undo and its redo run off the UI thread too.
class FileImport : public QObject
{
    Q_OBJECT

public:
    // `documentsAs` tells what resumes and letters among the files become (asked once they are read).
    FileImport(TabHost& host, std::function<ImportService::DocumentsAs()> documentsAs, QWidget* window);

    void askForFiles();
    void importFiles(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the window's drops
Q_SIGNALS:
    void imported(); // rows were added: every view reads them once

private:
    void commit(const ImportService::Plan& plan, ImportService::DocumentsAs documentsAs);
    bool offerUndo(const ImportService::Summary& summary); // false: too large to undo
    Status runAside(const QString& label, const std::function<Status()>& operation) const;
    QProgressDialog* progressBox(const QString& label, int maximum, const QString& name) const;

    TabHost& m_host;
    std::function<ImportService::DocumentsAs()> m_documentsAs;
    QWidget* m_window;
};

} // namespace careerdesk
