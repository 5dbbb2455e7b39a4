#include "NotesTab.h"

#include "TabHost.h"
#include "models/NoteModel.h"

namespace careerdesk {

NotesTab::NotesTab(TabHost& host, QWidget* parent)
    : AreaTab(new NoteModel(host.workspace()), QStringLiteral("notes"), tr("Notes"),
              QStringLiteral("accessories-text-editor"), parent)
{
    setEmptyState(tr("Dated notes of your search: an interview debrief, research on a company, what was "
                     "agreed. A coach\u2019s notes for you show here too."),
                  {newStep(tr("New Note"))});
}

} // namespace careerdesk
