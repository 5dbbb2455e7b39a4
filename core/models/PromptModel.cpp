#include "PromptModel.h"

namespace careerdesk {

PromptModel::PromptModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.prompts(), parent)
{
    setColumns({
        column(tr("Prompt"), EditorKind::Text),
        column(tr("Category"), EditorKind::Choice, Editable, choicesOf<PromptCategory>()),
        column(tr("Cadence"), EditorKind::Choice, Editable, choicesOf<PromptCadence>()),
        column(tr("Tags"), EditorKind::Tags),
        column(tr("Last answered"), EditorKind::DateTime, ReadOnly),
    });
}

QString PromptModel::itemName(int row) const
{
    return tr("prompt “%1”").arg(DisplayFormat::firstLine(entityAt(row).text, 40));
}

bool PromptModel::answer(int row, const QString& text)
{
    const qint64 promptId = entityAt(row).id;
    auto answerId = std::make_shared<qint64>(0);
    return run(
        tr("Answer %1").arg(itemName(row)),
        [this, promptId, text, answerId] {
            auto added = m_workspace.prompts().answerPrompt(m_userId, promptId, text);
            if (added)
                *answerId = added->id;
            return toStatus(added);
        },
        [this, answerId] { return m_workspace.prompts().deletePromptAnswer(m_userId, *answerId); });
}

int PromptModel::dueCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Prompt& p) { return needsAttention(p); }));
}

bool PromptModel::needsAttention(const Prompt& prompt) const
{
    const QDateTime next = PromptService::nextDue(prompt.cadence, m_lastAnswered.value(prompt.id));
    return next.isValid() && next <= m_workspace.clock().now();
}

Result<QList<Prompt>> PromptModel::load() const
{
    auto last = m_workspace.prompts().lastAnsweredTimes(m_userId);
    if (!last)
        return last.error();
    m_lastAnswered = last.value();
    return m_workspace.prompts().getUserPrompts(m_userId);
}

Result<Prompt> PromptModel::fetch(qint64 id) const
{
    auto prompt = m_workspace.prompts().getPrompt(m_userId, id);
    if (!prompt)
        return prompt;
    auto answers = m_workspace.prompts().getPromptAnswers(m_userId, id);
    if (answers && !answers->isEmpty())
        m_lastAnswered.insert(id, answers->constLast().answeredAt);
    else
        m_lastAnswered.remove(id);
    return prompt;
}

QVariant PromptModel::value(const Prompt& prompt, int column) const
{
    switch (column) {
    case Text:
        return prompt.text;
    case Category:
        return enumKey(prompt.category);
    case Cadence:
        return enumKey(prompt.cadence);
    case Tags:
        return prompt.tags.join(QStringLiteral(", "));
    case LastAnswered:
        return m_lastAnswered.value(prompt.id);
    default:
        return {};
    }
}

bool PromptModel::assign(Prompt& prompt, int column, const QVariant& value) const
{
    switch (column) {
    case Text:
        prompt.text = value.toString();
        return true;
    case Category:
        return assignEnum(prompt.category, value);
    case Cadence:
        return assignEnum(prompt.cadence, value);
    case Tags:
        prompt.tags = tagsOf(value);
        return true;
    default:
        return false;
    }
}

Prompt PromptModel::blank() const
{
    Prompt prompt;
    prompt.text = tr("New prompt");
    return prompt;
}

Result<Prompt> PromptModel::create(const Prompt& prompt)
{
    return m_workspace.prompts().createPrompt(m_userId, prompt);
}

Result<Prompt> PromptModel::save(const Prompt& prompt)
{
    return m_workspace.prompts().updatePrompt(m_userId, prompt);
}

Status PromptModel::erase(qint64 id)
{
    return m_workspace.prompts().deletePrompt(m_userId, id);
}

} // namespace careerdesk
