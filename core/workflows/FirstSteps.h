#pragma once

#include "domain/Result.h"

namespace careerdesk {

class Workspace;

// The first things a new person does, and which of them are done: the Dashboard's "Getting started"
// list ticks itself off from these.
struct FirstSteps
{
    enum class Step { Profile, Resume, Posting, Goal, Reflection };
    static constexpr Step all[] = {Step::Profile, Step::Resume, Step::Posting, Step::Goal, Step::Reflection};

    bool profile = false;    // first and last name, and an email
    bool resume = false;     // one resume at least
    bool posting = false;    // a posting to look at, or one in the pipeline
    bool goal = false;       // one goal at least
    bool reflection = false; // one prompt answered at least

    bool isDone(Step step) const;
    int doneCount() const;
    static Result<FirstSteps> compute(Workspace& workspace, qint64 userId);
};

} // namespace careerdesk
