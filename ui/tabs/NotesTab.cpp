#include "NotesTab.h"

#include "TabHost.h"
#include "models/NoteModel.h"

namespace careerdesk {

NotesTab::NotesTab(TabHost& host, QWidget* parent)
    : AreaTab(new NoteModel(host.workspace()), QStringLiteral("notes"), tr("Notes"),
              QStringLiteral("accessories-text-editor"), parent)
{}

} // namespace careerdesk
