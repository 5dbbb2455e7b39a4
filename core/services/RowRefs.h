#pragma once

#include "store/RowArchive.h"

namespace careerdesk {

// Rows added together, as (table, id) in the order they were added: what a use case hands the window
// so that one undo step takes them all away again (Workspace::takeAway).
using RowRefs = RowArchive::RowRefs;

} // namespace careerdesk
